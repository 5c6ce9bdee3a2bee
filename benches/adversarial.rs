//! `cargo bench --bench adversarial`: `analyze` on hostile inputs at 1 MB and 8 MB. Cost
//! must grow linearly: the 8 MB time should be close to 8 times the 1 MB time, so the
//! MB/s figures of the two sizes should be close.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("adversarial");
    g.sample_size(10);
    for mb in [1usize, 8] {
        for (name, input) in common::adversarial::all(mb << 20) {
            g.throughput(Throughput::Bytes(input.len() as u64));
            let expected = tidings::analyze(&input).sentences().len();
            g.bench_with_input(
                BenchmarkId::new(name, format!("{mb}MB")),
                &input,
                |b, input| {
                    b.iter(|| {
                        let n = tidings::analyze(black_box(input)).sentences().len();
                        assert_eq!(n, expected);
                        n
                    })
                },
            );
        }
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
