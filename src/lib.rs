//! # tidings
//!
//! Structure for the plain text of news articles, fast and without ever panicking:
//!
//! - **sentences** that are right on the hard cases of real news: abbreviations, initials,
//!   `U.S.`, `a.m.`, decimals, quotes and brackets after the full stop, ellipses, headings
//!   and list lines without punctuation, hard-wrapped lines;
//! - **quotes**: direct, mixed and reported speech, each with its cue ("said", "told
//!   reporters", "according to") and its speaker, resolved to the fullest name the article
//!   gives ("Lindqvist" and "she" become "Maria Lindqvist"), plus a directory of everyone
//!   quoted;
//! - **blocks**: paragraphs, headings, bylines and list items, and from them **lists**
//!   with nesting, their lead-in line and whether the count it announces ("three main
//!   demands") matches the items found.
//!
//! ## Quick start
//!
//! ```
//! let text = "Council Delays Vote\n\n\
//!     PORTMERE - Council President Adaeze Okafor said the vote would wait until Jan. 15. \
//!     \"We heard people tonight,\" Okafor told reporters.\n";
//!
//! // Each stage is a function on any &str ...
//! let sentences: Vec<&str> = tidings::sentences(text).map(|s| s.as_str()).collect();
//! assert_eq!(sentences, [
//!     "Council Delays Vote",
//!     "PORTMERE - Council President Adaeze Okafor said the vote would wait until Jan. 15.",
//!     "\"We heard people tonight,\" Okafor told reporters.",
//! ]);
//!
//! // ... and `analyze` runs them all in one pass.
//! let analysis = tidings::analyze(text);
//! let quote = analysis.quotes().iter().find(|q| q.kind() == tidings::QuoteKind::Direct).unwrap();
//! assert_eq!(quote.as_str(), "We heard people tonight,");
//! assert_eq!(quote.speaker().unwrap().as_str(), "Okafor");
//! assert_eq!(quote.speaker().unwrap().name(), Some("Adaeze Okafor"));
//! assert_eq!(quote.cue().unwrap().as_str(), "told reporters");
//! assert_eq!(analysis.headings()[0].as_str(), "Council Delays Vote");
//! ```
//!
//! ## The data model: spans into your text
//!
//! Every result borrows from the text you pass in. Positions are [`Span`]s: half-open
//! UTF-8 byte offsets that always fall on char boundaries, so `&text[span.range()]` never
//! panics. Nothing is copied unless you ask (the `as_str` accessors return slices of your
//! text; even a resolved speaker name is a slice of the mention where the article gave it
//! in full). With the default `serde` feature every result serializes; `start` and `end`
//! are byte offsets.
//!
//! ```
//! let text = "Prices fell 2.5% on Monday. Analysts shrugged.";
//! let s = tidings::sentences(text).nth(1).unwrap();
//! assert_eq!(&text[s.span().range()], "Analysts shrugged.");
//! assert_eq!(s.start(), 28);
//! ```
//!
//! ## Stages and how they compose
//!
//! | stage | free function | built once, reused | takes earlier output |
//! |---|---|---|---|
//! | blocks | [`blocks()`] | | |
//! | sentences | [`sentences()`] | [`SentenceSplitter`] | [`SentenceSplitter::split_blocks`] |
//! | quotes | [`quotes()`] | [`QuoteExtractor`] | [`QuoteExtractor::extract_sentences`] |
//! | speakers | [`quotes::speakers`] | | the quotes |
//! | headings, lists | [`headings()`], [`lists()`] | | [`lists::headings_from_blocks`], [`lists::lists_from_blocks`] |
//! | everything | [`analyze`], [`analyze_batch`] | [`Extractor`] | |
//!
//! A sentence never crosses a block boundary, so a heading or a list item is never glued
//! to the sentence after it. [`analyze`] computes the blocks once and hands them on; its
//! result equals running each stage alone (a property test checks it).
//!
//! ```
//! let text = "The union listed three demands:\n\n- restore the 6 a.m. ferry\n- cap fares\n- publish figures\n";
//! let lists = tidings::lists(text);
//! assert_eq!(lists[0].items().len(), 3);
//! assert_eq!(lists[0].lead_in().unwrap().as_str(), "The union listed three demands:");
//! assert_eq!(lists[0].declared_count(), Some(3));
//! assert_eq!(lists[0].count_matches(), Some(true));
//! ```
//!
//! ## Batches
//!
//! [`analyze_batch`] (and [`Extractor::analyze_batch`]) analyses many articles on every
//! core with the default `parallel` feature (rayon), and returns results in input order.
//!
//! ```
//! let articles = ["One story. It ends.", "Another story."];
//! let results = tidings::analyze_batch(&articles);
//! assert_eq!(results[0].sentences().len(), 2);
//! assert_eq!(results[1].sentences().len(), 1);
//! ```
//!
//! ## Performance
//!
//! Each stage is a single pass that jumps between candidate bytes (sentence punctuation,
//! quotation marks, newlines) with `memchr`-style scans, allocates only for the results
//! it returns, and compiles its tables once. Measured figures, and the commands that
//! reproduce them, are in the README; `cargo bench` runs them on a generated batch of
//! 12,000 news-style articles (about 35 MB) or on your own corpus (`TIDINGS_CORPUS`).
//!
//! ## The never-panic promise
//!
//! Any `&str` at all is valid input: empty, gigabytes long, binary noise made valid
//! UTF-8, unbalanced quotation marks, ten thousand levels of list nesting. For every such
//! input, every function in this crate
//!
//! - returns (never panics, never overflows the stack: nesting is built with explicit
//!   stacks, not recursion);
//! - takes time linear in the length of the input (look-back and look-ahead windows are
//!   bounded; no stage re-scans text an earlier step already passed);
//! - returns spans inside the input, on char boundaries, in document order.
//!
//! Only construction can fail: a builder given a bad option (an empty abbreviation, a cue
//! that is not words, quotation marks that are letters) returns an [`Error`]. Bytes that
//! may not be UTF-8 go through [`from_utf8`], which says at which byte the input stops
//! being valid, or [`from_utf8_lossy`].
//!
//! How it is checked: `unsafe` code is forbidden; `clippy::unwrap_used`,
//! `clippy::expect_used`, `clippy::panic` and `clippy::indexing_slicing` are denied in
//! library code; property tests run every stage on random strings and on real-looking
//! articles with random edits; a test and a criterion group (`adversarial`) run hostile
//! inputs (only quotation marks, `Mr. ` repeated, lone CRs, bidi controls, 4-byte
//! characters, ...) at 1 MB and 8 MB; fuzz targets under `fuzz/` cover every entry point.
//!
//! ## Features
//!
//! - `serde` (default): `Serialize` for every result type.
//! - `parallel` (default): [`analyze_batch`] uses every core through rayon; without it,
//!   batches run on the calling thread.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

// Before the modules, so that each of them can use it.
/// Defines `const $list`, the words, and `fn $test(word) -> bool`, whether `word` is one
/// of them (a `match` on the string, which compiles to a jump on its length and a few
/// compares).
macro_rules! word_set {
    ($(#[$doc:meta])* $list:ident, $test:ident: $($w:literal)+) => {
        $(#[$doc])*
        const $list: &[&str] = &[$($w),+];
        $(#[$doc])*
        fn $test(word: &str) -> bool {
            matches!(word, $($w)|+)
        }
    };
}

pub mod analysis;
pub mod blocks;
mod error;
mod lexicon;
pub mod lists;
pub mod quotes;
pub mod sentences;
mod span;
mod speakers;

pub use analysis::{analyze, analyze_batch, Analysis, Extractor, ExtractorBuilder};
pub use blocks::{blocks, Block, BlockKind, Blocks};
pub use error::{from_utf8, from_utf8_lossy, Error};
pub use lists::{headings, lists, Delimiter, Heading, List, ListItem, MarkerStyle};
pub use quotes::{quotes, Fragment, Quote, QuoteExtractor, QuoteKind, Speaker, SpeakerMention};
pub use sentences::{sentences, Sentence, SentenceSplitter, Sentences};
pub use span::Span;

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
