//! Sentence splitting. Every sentence boundary is decided in this module.

use crate::blocks::{Block, Blocks};
use crate::error::Error;
use crate::span::Span;
use once_cell::sync::Lazy;

/// One sentence: its span (trimmed of surrounding whitespace) and its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Sentence<'a> {
    #[cfg_attr(feature = "serde", serde(flatten))]
    span: Span,
    text: &'a str,
}

impl<'a> Sentence<'a> {
    pub(crate) fn new(text: &'a str, span: Span) -> Sentence<'a> {
        Sentence {
            span,
            text: span.as_str(text),
        }
    }
    /// The sentence's span in the text it came from.
    pub fn span(&self) -> Span {
        self.span
    }
    /// Byte offset of the sentence's first character.
    pub fn start(&self) -> usize {
        self.span.start()
    }
    /// Byte offset just past the sentence's last character.
    pub fn end(&self) -> usize {
        self.span.end()
    }
    /// The sentence's text, borrowed from the input.
    pub fn as_str(&self) -> &'a str {
        self.text
    }
}

/// Builds a [`SentenceSplitter`] with options.
#[derive(Clone, Debug, Default)]
pub struct SentenceSplitterBuilder {
    abbreviations: Vec<String>,
}

impl SentenceSplitterBuilder {
    /// Adds an abbreviation that never ends a sentence by itself, such as `"Gen."` or
    /// `"approx."`. The trailing full stop is optional.
    pub fn abbreviation(mut self, abbr: impl Into<String>) -> Self {
        self.abbreviations.push(abbr.into());
        self
    }

    /// Builds the splitter.
    ///
    /// # Errors
    /// [`Error::InvalidAbbreviation`] if an abbreviation is empty or contains whitespace.
    pub fn build(self) -> Result<SentenceSplitter, Error> {
        let mut extra = Vec::with_capacity(self.abbreviations.len());
        for a in self.abbreviations {
            let t = a.trim_end_matches('.');
            if t.is_empty() || a.chars().any(char::is_whitespace) {
                return Err(Error::InvalidAbbreviation(a));
            }
            extra.push(t.to_lowercase());
        }
        Ok(SentenceSplitter { extra })
    }
}

/// A sentence splitter built once and reused for any number of texts.
///
/// ```
/// let splitter = tidings::SentenceSplitter::builder().abbreviation("approx.").build().unwrap();
/// let n = splitter.split("It weighs approx. 5 kg. It is heavy.").count();
/// assert_eq!(n, 2);
/// ```
#[derive(Clone, Debug, Default)]
pub struct SentenceSplitter {
    extra: Vec<String>,
}

pub(crate) static DEFAULT: Lazy<SentenceSplitter> = Lazy::new(SentenceSplitter::default);

impl SentenceSplitter {
    /// A builder for a splitter with custom options.
    pub fn builder() -> SentenceSplitterBuilder {
        SentenceSplitterBuilder::default()
    }

    /// The sentences of `text`, lazily.
    pub fn split<'r, 'h>(&'r self, text: &'h str) -> Sentences<'r, 'h> {
        Sentences {
            splitter: self,
            text,
            blocks: Blocks::new(text),
            current: None,
            pos: 0,
        }
    }

    /// The sentences within blocks already computed by [`crate::blocks`], so the text is
    /// not scanned for blocks twice.
    pub fn split_blocks<'r, 'h>(
        &'r self,
        text: &'h str,
        blocks: &'r [Block<'h>],
    ) -> BlockSentences<'r, 'h> {
        BlockSentences {
            splitter: self,
            text,
            blocks: blocks.iter(),
            current: None,
            pos: 0,
        }
    }

    /// Next sentence end inside `block` at or after `pos`; returns the end offset.
    fn next_end(&self, text: &str, block: Span, pos: usize) -> usize {
        let b = text.as_bytes();
        let mut i = pos;
        while i < block.end() {
            let c = b[i];
            if matches!(c, b'.' | b'!' | b'?') {
                let mut j = i + 1;
                while j < block.end() && matches!(b[j], b'.' | b'!' | b'?' | b'"' | b')') {
                    j += 1;
                }
                if j >= block.end() || b[j] == b' ' {
                    let _ = &self.extra;
                    return j;
                }
                i = j;
            } else {
                i += 1;
            }
        }
        block.end()
    }
}

/// Iterator over the sentences of a text, made by [`sentences`] or
/// [`SentenceSplitter::split`].
#[derive(Clone, Debug)]
pub struct Sentences<'r, 'h> {
    splitter: &'r SentenceSplitter,
    text: &'h str,
    blocks: Blocks<'h>,
    current: Option<Span>,
    pos: usize,
}

fn step<'a>(
    splitter: &SentenceSplitter,
    text: &'a str,
    current: &mut Option<Span>,
    pos: &mut usize,
    mut next_block: impl FnMut() -> Option<Span>,
) -> Option<Sentence<'a>> {
    loop {
        let block = match *current {
            Some(b) if *pos < b.end() => b,
            _ => {
                let b = next_block()?;
                *current = Some(b);
                *pos = b.start();
                b
            }
        };
        let end = splitter.next_end(text, block, *pos);
        let span = Span::new(*pos, end).trim(text);
        *pos = end;
        if !span.is_empty() {
            return Some(Sentence::new(text, span));
        }
    }
}

impl<'h> Iterator for Sentences<'_, 'h> {
    type Item = Sentence<'h>;
    fn next(&mut self) -> Option<Sentence<'h>> {
        let blocks = &mut self.blocks;
        step(
            self.splitter,
            self.text,
            &mut self.current,
            &mut self.pos,
            || blocks.next().map(|b| b.span()),
        )
    }
}
impl core::iter::FusedIterator for Sentences<'_, '_> {}

/// Iterator over the sentences within precomputed blocks, made by
/// [`SentenceSplitter::split_blocks`].
#[derive(Clone, Debug)]
pub struct BlockSentences<'r, 'h> {
    splitter: &'r SentenceSplitter,
    text: &'h str,
    blocks: core::slice::Iter<'r, Block<'h>>,
    current: Option<Span>,
    pos: usize,
}

impl<'h> Iterator for BlockSentences<'_, 'h> {
    type Item = Sentence<'h>;
    fn next(&mut self) -> Option<Sentence<'h>> {
        let blocks = &mut self.blocks;
        step(
            self.splitter,
            self.text,
            &mut self.current,
            &mut self.pos,
            || blocks.next().map(|b| b.span()),
        )
    }
}
impl core::iter::FusedIterator for BlockSentences<'_, '_> {}

/// The sentences of `text`, using the default splitter.
///
/// ```
/// let text = "Dr. Okafor arrived at 5 p.m. on Friday. “We agree,” she said.";
/// let s: Vec<&str> = tidings::sentences(text).map(|s| s.as_str()).collect();
/// assert_eq!(s, ["Dr. Okafor arrived at 5 p.m. on Friday.", "“We agree,” she said."]);
/// ```
pub fn sentences(text: &str) -> Sentences<'static, '_> {
    DEFAULT.split(text)
}
