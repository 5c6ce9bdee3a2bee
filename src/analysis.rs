//! The composed pipeline: every stage in one pass, each consuming the previous stage's
//! output, and batches over every core.

use crate::blocks::Block;
use crate::lists::{Heading, List};
use crate::quotes::{Quote, QuoteExtractor, Speaker};
use crate::sentences::{Sentence, SentenceSplitter};
use once_cell::sync::Lazy;

/// Everything the crate finds in one text. Serializes (with the `serde` feature) to the
/// JSON object that `examples/extract.rs --json` prints.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Analysis<'a> {
    #[cfg_attr(feature = "serde", serde(skip))]
    text: &'a str,
    #[cfg_attr(feature = "serde", serde(skip))]
    blocks: Vec<Block<'a>>,
    sentences: Vec<Sentence<'a>>,
    quotes: Vec<Quote<'a>>,
    speakers: Vec<Speaker<'a>>,
    headings: Vec<Heading<'a>>,
    lists: Vec<List<'a>>,
}

impl<'a> Analysis<'a> {
    /// The text analysed.
    pub fn text(&self) -> &'a str {
        self.text
    }
    /// Its blocks: paragraphs, headings, list items, bylines.
    pub fn blocks(&self) -> &[Block<'a>] {
        &self.blocks
    }
    /// Its sentences.
    pub fn sentences(&self) -> &[Sentence<'a>] {
        &self.sentences
    }
    /// Its quotes.
    pub fn quotes(&self) -> &[Quote<'a>] {
        &self.quotes
    }
    /// Everyone quoted.
    pub fn speakers(&self) -> &[Speaker<'a>] {
        &self.speakers
    }
    /// Its headings.
    pub fn headings(&self) -> &[Heading<'a>] {
        &self.headings
    }
    /// Its lists.
    pub fn lists(&self) -> &[List<'a>] {
        &self.lists
    }
}

/// Runs every stage with options chosen once, on one text or on a batch.
///
/// ```
/// let extractor = tidings::Extractor::builder()
///     .abbreviation("approx.")
///     .cue("quipped")
///     .build()
///     .unwrap();
/// let a = extractor.analyze("It costs approx. 5 euros. \"Cheap,\" Ruiz quipped.");
/// assert_eq!(a.sentences().len(), 2);
/// assert_eq!(a.quotes()[0].cue().unwrap().as_str(), "quipped");
/// ```
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    splitter: SentenceSplitter,
    quotes: QuoteExtractor,
}

static DEFAULT: Lazy<Extractor> = Lazy::new(Extractor::default);

/// Builds an [`Extractor`] with options for every stage.
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    splitter: crate::sentences::SentenceSplitterBuilder,
    quotes: crate::quotes::QuoteExtractorBuilder,
}

impl ExtractorBuilder {
    /// An abbreviation that a full stop does not end a sentence after (see
    /// [`crate::sentences::SentenceSplitterBuilder::abbreviation`]).
    pub fn abbreviation(mut self, abbr: impl Into<String>) -> Self {
        self.splitter = self.splitter.abbreviation(abbr);
        self
    }
    /// An extra speech verb or phrase (see [`crate::quotes::QuoteExtractorBuilder::cue`]).
    pub fn cue(mut self, cue: impl Into<String>) -> Self {
        self.quotes = self.quotes.cue(cue);
        self
    }
    /// An extra pair of quotation marks (see
    /// [`crate::quotes::QuoteExtractorBuilder::quote_marks`]).
    pub fn quote_marks(mut self, open: char, close: char) -> Self {
        self.quotes = self.quotes.quote_marks(open, close);
        self
    }
    /// Builds the extractor.
    ///
    /// # Errors
    /// Any error the stage builders return for a bad option: [`crate::Error::InvalidAbbreviation`],
    /// [`crate::Error::InvalidCue`], [`crate::Error::InvalidQuoteMarks`].
    pub fn build(self) -> Result<Extractor, crate::Error> {
        Ok(Extractor {
            splitter: self.splitter.build()?,
            quotes: self.quotes.build()?,
        })
    }
}

impl Extractor {
    /// A builder with options for every stage.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// An extractor from a configured splitter and quote extractor.
    pub fn new(splitter: SentenceSplitter, quotes: QuoteExtractor) -> Extractor {
        Extractor { splitter, quotes }
    }

    /// Analyses one text.
    pub fn analyze<'a>(&self, text: &'a str) -> Analysis<'a> {
        // Sized once for a news article (a block per 190 bytes or so, a sentence per 125)
        // rather than grown from empty a few times each: the copies cost some 3,000
        // instructions an article, 1.5% of the whole. Capped, so that a long text without
        // structure (one block, one sentence) holds on to some 64 KiB of each at most.
        let mut blocks: Vec<Block<'a>> = Vec::with_capacity((text.len() / 256 + 8).min(1024));
        blocks.extend(crate::blocks::blocks(text));
        let mut sentences: Vec<Sentence<'a>> = Vec::with_capacity((text.len() / 128 + 8).min(2048));
        sentences.extend(self.splitter.split_blocks(text, &blocks));
        let quotes = self.quotes.extract_sentences(text, &sentences);
        let speakers = crate::quotes::speakers(&quotes);
        let headings = crate::lists::headings_from_blocks(&blocks);
        let lists = crate::lists::lists_from_blocks(text, &blocks);
        Analysis {
            text,
            blocks,
            sentences,
            quotes,
            speakers,
            headings,
            lists,
        }
    }

    /// Analyses many texts, on every core with the `parallel` feature. Results come back
    /// in input order.
    pub fn analyze_batch<'a, S: AsRef<str> + Sync>(&self, texts: &'a [S]) -> Vec<Analysis<'a>> {
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            texts.par_iter().map(|t| self.analyze(t.as_ref())).collect()
        }
        #[cfg(not(feature = "parallel"))]
        {
            texts.iter().map(|t| self.analyze(t.as_ref())).collect()
        }
    }
}

/// Analyses one text with the default options.
pub fn analyze(text: &str) -> Analysis<'_> {
    DEFAULT.analyze(text)
}

/// Analyses many texts with the default options, on every core with the `parallel`
/// feature. Results come back in input order.
pub fn analyze_batch<S: AsRef<str> + Sync>(texts: &[S]) -> Vec<Analysis<'_>> {
    DEFAULT.analyze_batch(texts)
}
