//! `cargo bench --bench sentences`: the sentences stage alone over the generated news batch (and
//! over `TIDINGS_CORPUS` if set), one thread, in MB/s.

mod common;

use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    common::run_group(c, "sentences", |d| tidings::sentences(d).count());
}

criterion_group!(benches, bench);
criterion_main!(benches);
