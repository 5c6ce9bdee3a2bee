//! Peak memory of `analyze_batch` against the text it holds plus the results it returns.
//!
//! ```text
//! cargo run --release --example memory            # the generated 12,000-article batch
//! TIDINGS_CORPUS=dir_or_file cargo run --release --example memory
//! ```
//!
//! Reads the process's peak resident set (`VmHWM` in `/proc/self/status`, Linux only) and
//! prints it beside the bytes of text held and an estimate of the results' heap size.

#[path = "../benches/common/mod.rs"]
mod common;

use std::mem::{size_of, size_of_val};

fn status_kb(key: &str) -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with(key))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn results_bytes(a: &tidings::Analysis<'_>) -> usize {
    let lists: usize = a
        .lists()
        .iter()
        .map(|l| size_of::<tidings::List<'_>>() + size_of_val(l.items()))
        .sum();
    let speakers: usize = a
        .speakers()
        .iter()
        .map(|s| size_of::<tidings::Speaker<'_>>() + s.mentions().len() * 16)
        .sum();
    size_of::<tidings::Analysis<'_>>()
        + size_of_val(a.blocks())
        + size_of_val(a.sentences())
        + size_of_val(a.quotes())
        + size_of_val(a.headings())
        + lists
        + speakers
}

fn main() {
    let (name, docs) =
        common::user_corpus().unwrap_or_else(|| ("generated".to_owned(), common::news_batch()));
    let text: u64 = common::bytes(&docs);
    let base = status_kb("VmRSS:").unwrap_or(0);
    let results = tidings::analyze_batch(&docs);
    let held: usize = results.iter().map(results_bytes).sum();
    let peak = status_kb("VmHWM:").unwrap_or(0);
    let mb = |b: f64| b / 1e6;
    println!("corpus {name}: {} articles", docs.len());
    println!("text held            {:8.1} MB", mb(text as f64));
    println!("results (estimate)   {:8.1} MB", mb(held as f64));
    println!(
        "resident before      {:8.1} MB (text, generator, runtime)",
        mb(base as f64 * 1024.0)
    );
    println!("peak resident        {:8.1} MB", mb(peak as f64 * 1024.0));
    println!(
        "peak / (text + results) = {:.2}",
        (peak as f64 * 1024.0) / (text as f64 + held as f64).max(1.0)
    );
}
