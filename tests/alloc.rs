//! Allocation counts: the pipeline allocates in proportion to the results it returns,
//! not to the bytes it reads. (A counting global allocator that counts per thread, so
//! tests running side by side do not mix their counts.)

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

#[path = "../benches/common/mod.rs"]
mod common;

struct Counting;
thread_local! {
    static ALLOCS: Cell<usize> = const { Cell::new(0) };
}

fn bump() {
    let _ = ALLOCS.try_with(|c| c.set(c.get() + 1));
}

// The impl only forwards to the system allocator and counts; `unsafe` is the trait's.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        bump();
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        bump();
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations made by `analyze(text)`, and the number of results it returned.
fn count(text: &str) -> (usize, usize) {
    let _ = tidings::analyze("Warm up. \"Lazy tables,\" he said.\n\n- built\n- once\n");
    let before = ALLOCS.with(Cell::get);
    let a = tidings::analyze(text);
    let after = ALLOCS.with(Cell::get);
    let results = a.blocks().len()
        + a.sentences().len()
        + a.quotes().len()
        + a.speakers()
            .iter()
            .map(|s| 1 + s.mentions().len())
            .sum::<usize>()
        + a.headings().len()
        + a.lists().iter().map(|l| 1 + l.items().len()).sum::<usize>();
    (after - before, results)
}

#[test]
fn a_megabyte_without_structure_allocates_a_constant() {
    // one hard-wrapped paragraph: 1 MB, thousands of lines, one block, one sentence
    let line = "and the committee went on talking about the ferry route without end\n";
    let text = line.repeat((1 << 20) / line.len());
    let (allocs, results) = count(&text);
    assert!(
        results <= 4,
        "expected one block and one sentence, got {results} results"
    );
    assert!(
        allocs <= 64,
        "{allocs} allocations for a 1 MB text with {results} results"
    );
}

#[test]
fn articles_allocate_in_proportion_to_results() {
    let docs = common::batch(3, 200);
    for doc in &docs {
        let (allocs, results) = count(doc);
        assert!(
            allocs <= 48 + 3 * results,
            "{allocs} allocations for {results} results in a {} byte article",
            doc.len()
        );
    }
}

#[test]
fn ten_copies_cost_about_ten_times_one() {
    let doc = common::batch(5, 1).pop().unwrap_or_default();
    let (one, r1) = count(&doc);
    let (ten, r10) = count(&doc.repeat(10));
    assert!(r10 >= 9 * r1, "results did not scale: {r1} vs {r10}");
    assert!(
        ten <= 12 * one.max(1),
        "allocations grew faster than results: {one} vs {ten}"
    );
}
