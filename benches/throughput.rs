//! `cargo bench --bench throughput`: the whole pipeline on the generated batch of 12,000
//! news-style articles (about 35 MB; plus `TIDINGS_CORPUS` if set).
//!
//! - group `throughput`: each stage alone, `analyze`, and `analyze_batch` on one thread
//!   and on every core, in MB/s;
//! - group `scaling`: one document of 1 KB, 100 KB and 10 MB, to show cost linear in size
//!   (MB/s flat across sizes).

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

/// Runs one stage on one article and returns how many results it found.
type Count = fn(&str) -> usize;

fn throughput(c: &mut Criterion) {
    let mut g = c.benchmark_group("throughput");
    g.sample_size(10);
    for (name, docs) in &common::corpora() {
        g.throughput(Throughput::Bytes(common::bytes(docs)));
        let stages: [(&str, Count); 5] = [
            ("blocks", |d| tidings::blocks(d).count()),
            ("sentences", |d| tidings::sentences(d).count()),
            ("quotes", |d| tidings::quotes(d).len()),
            ("lists", |d| tidings::lists(d).len()),
            ("analyze", |d| tidings::analyze(d).sentences().len()),
        ];
        for (stage, count) in stages {
            let expected: usize = docs.iter().map(|d| count(d)).sum();
            g.bench_function(BenchmarkId::new(stage, name), |b| {
                b.iter(|| {
                    let n: usize = docs.iter().map(|d| count(black_box(d))).sum();
                    assert_eq!(n, expected);
                    n
                })
            });
        }
        let expected: usize = docs
            .iter()
            .map(|d| tidings::analyze(d).sentences().len())
            .sum();
        let batch_count = |docs: &[String]| -> usize {
            tidings::analyze_batch(black_box(docs))
                .iter()
                .map(|a| a.sentences().len())
                .sum()
        };
        #[cfg(feature = "parallel")]
        {
            let one = rayon::ThreadPoolBuilder::new().num_threads(1).build();
            if let Ok(pool) = one {
                g.bench_function(BenchmarkId::new("analyze_batch_1_thread", name), |b| {
                    b.iter(|| {
                        let n = pool.install(|| batch_count(docs));
                        assert_eq!(n, expected);
                        n
                    })
                });
            }
        }
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        g.bench_function(
            BenchmarkId::new(format!("analyze_batch_{threads}_threads"), name),
            |b| {
                b.iter(|| {
                    let n = batch_count(docs);
                    assert_eq!(n, expected);
                    n
                })
            },
        );
    }
    g.finish();
}

fn scaling(c: &mut Criterion) {
    let docs = common::news_batch();
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for (label, size) in [
        ("1KB", 1usize << 10),
        ("100KB", 100 << 10),
        ("10MB", 10 << 20),
    ] {
        let mut doc = String::with_capacity(size + 8192);
        for d in docs.iter().cycle() {
            if doc.len() >= size {
                break;
            }
            doc.push_str(d);
            doc.push('\n');
        }
        let cut = (0..=size.min(doc.len()))
            .rev()
            .find(|&i| doc.is_char_boundary(i))
            .unwrap_or(0);
        doc.truncate(cut);
        let expected = tidings::analyze(&doc).sentences().len();
        g.throughput(Throughput::Bytes(doc.len() as u64));
        g.bench_function(BenchmarkId::new("analyze", label), |b| {
            b.iter(|| {
                let n = tidings::analyze(black_box(&doc)).sentences().len();
                assert_eq!(n, expected);
                n
            })
        });
    }
    g.finish();
}

criterion_group!(benches, throughput, scaling);
criterion_main!(benches);
