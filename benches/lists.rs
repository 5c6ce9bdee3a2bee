//! `cargo bench --bench lists`: the lists stage alone over the generated news batch (and
//! over `TIDINGS_CORPUS` if set), one thread, in MB/s.

mod common;

use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    common::run_group(c, "lists", |d| {
        tidings::lists(d).iter().map(|l| l.items().len()).sum()
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
