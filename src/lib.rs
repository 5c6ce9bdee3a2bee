//! # tidings
//!
//! Structure for the plain text of news articles: sentences, quotes with resolved
//! speakers, headings and lists, as spans into your text.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod analysis;
pub mod blocks;
mod error;
mod lexicon;
pub mod lists;
pub mod quotes;
pub mod sentences;
mod span;
mod speakers;

pub use analysis::{analyze, analyze_batch, Analysis, Extractor};
pub use blocks::{blocks, Block, BlockKind, Blocks};
pub use error::{from_utf8, from_utf8_lossy, Error};
pub use lists::{headings, lists, Delimiter, Heading, List, ListItem, MarkerStyle};
pub use quotes::{quotes, Fragment, Quote, QuoteExtractor, QuoteKind, Speaker, SpeakerMention};
pub use sentences::{sentences, Sentence, SentenceSplitter, Sentences};
pub use span::Span;
