//! The benchmarks' generated batch stays calibrated to real news.
//!
//! The reference figures were measured with this crate on the 84 PolNeAR development
//! articles (US political news from 2016, kept outside the repository): 124 bytes a
//! sentence, 3.2 quotes, 10.1 full stops and 4.2 quotation marks per 1,000 bytes. A
//! change to the templates that drifts more than 15% from any of them makes the
//! benchmarks' figures stop forecasting real news, and fails here.

#[path = "../benches/common/mod.rs"]
mod common;

struct Stats {
    bytes_per_sentence: f64,
    quotes_per_kb: f64,
    stops_per_kb: f64,
    marks_per_kb: f64,
}

fn stats(docs: &[String]) -> Stats {
    let bytes = common::bytes(docs) as f64;
    let kb = bytes / 1000.0;
    let sentences: usize = docs.iter().map(|d| tidings::sentences(d).count()).sum();
    let quotes: usize = docs.iter().map(|d| tidings::quotes(d).len()).sum();
    let stops: usize = docs.iter().map(|d| d.matches('.').count()).sum();
    let marks: usize = docs
        .iter()
        .map(|d| {
            d.chars()
                .filter(|c| matches!(c, '"' | '“' | '”' | '«' | '»'))
                .count()
        })
        .sum();
    Stats {
        bytes_per_sentence: bytes / sentences.max(1) as f64,
        quotes_per_kb: quotes as f64 / kb,
        stops_per_kb: stops as f64 / kb,
        marks_per_kb: marks as f64 / kb,
    }
}

fn near(got: f64, want: f64) -> bool {
    (got - want).abs() <= want * 0.15
}

#[test]
fn generated_batch_matches_real_news() {
    let s = stats(&common::news(7, 300));
    let report = format!(
        "{:.0} bytes a sentence, {:.2} quotes, {:.1} full stops, {:.2} marks per KB",
        s.bytes_per_sentence, s.quotes_per_kb, s.stops_per_kb, s.marks_per_kb
    );
    assert!(near(s.bytes_per_sentence, 124.0), "{report}");
    assert!(near(s.quotes_per_kb, 3.2), "{report}");
    assert!(near(s.stops_per_kb, 10.1), "{report}");
    assert!(near(s.marks_per_kb, 4.2), "{report}");
}

#[test]
fn dense_batch_is_denser_than_real_news() {
    let s = stats(&common::batch(7, 300));
    assert!(
        s.bytes_per_sentence < 0.6 * 124.0,
        "{:.0}",
        s.bytes_per_sentence
    );
    assert!(s.stops_per_kb > 2.0 * 10.1, "{:.1}", s.stops_per_kb);
}
