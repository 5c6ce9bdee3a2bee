//! Block structure: paragraphs, headings, list items and bylines, found in one pass over
//! the lines of the text.
//!
//! Every later stage stands on blocks: a sentence never crosses a block boundary, so a
//! heading or a list item is never glued to the sentence after it.

use crate::span::Span;

/// What a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BlockKind {
    /// Running text: one or more lines (hard-wrapped lines join into one paragraph).
    Paragraph,
    /// A title or section heading: a short standalone line without final punctuation, a
    /// Markdown `#` line, or a line underlined with `===` / `---`.
    Heading,
    /// One item of a bulleted or numbered list, marker included, with its wrapped lines.
    ListItem,
    /// A byline such as `By Jane Smith`.
    Byline,
    /// A line drawn with `---`, `***` or `___`, separating parts of the text.
    Rule,
}

/// One block of the text: its span, its kind, and where its content starts after any
/// marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block<'a> {
    pub(crate) span: Span,
    pub(crate) content: Span,
    pub(crate) marker: Option<Span>,
    pub(crate) kind: BlockKind,
    pub(crate) indent: usize,
    pub(crate) level: u8,
    pub(crate) text: &'a str,
}

impl<'a> Block<'a> {
    /// The block's span, trimmed of surrounding whitespace (markers and underlines
    /// included).
    pub fn span(&self) -> Span {
        self.span
    }
    /// The block's kind.
    pub fn kind(&self) -> BlockKind {
        self.kind
    }
    /// The text the span covers.
    pub fn as_str(&self) -> &'a str {
        self.span.as_str(self.text)
    }
    /// The span of the content: without a list marker, a Markdown `#` prefix or a
    /// heading underline.
    pub fn content(&self) -> Span {
        self.content
    }
    /// The content's text.
    pub fn content_str(&self) -> &'a str {
        self.content.as_str(self.text)
    }
    /// The list marker (`-`, `1.`, `(a)`), for a list item.
    pub fn marker(&self) -> Option<Span> {
        self.marker
    }
    /// Leading whitespace of the block's first line, in columns (a tab counts 4).
    pub fn indent(&self) -> usize {
        self.indent
    }
    /// A heading's level where the text shows one (1 for `#` or `===`, 2 for `##` or
    /// `---`, ...), `None` otherwise.
    pub fn heading_level(&self) -> Option<u8> {
        if self.kind == BlockKind::Heading && self.level > 0 {
            Some(self.level)
        } else {
            None
        }
    }
}

/// The blocks of `text`, in order. See [`Blocks`].
///
/// ```
/// use tidings::BlockKind;
/// let text = "Council Vote Delayed\n\nThe council met on Monday.\nIt adjourned.\n\n- one\n- two\n";
/// let kinds: Vec<BlockKind> = tidings::blocks(text).map(|b| b.kind()).collect();
/// assert_eq!(kinds[0], BlockKind::Heading);
/// assert_eq!(kinds.iter().filter(|k| **k == BlockKind::ListItem).count(), 2);
/// ```
pub fn blocks(text: &str) -> Blocks<'_> {
    Blocks::new(text)
}

/// Iterator over the [`Block`]s of a text, made by [`blocks`]. One pass over the lines,
/// looking at most one line ahead.
#[derive(Clone, Debug)]
pub struct Blocks<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Blocks<'a> {
    pub(crate) fn new(text: &'a str) -> Blocks<'a> {
        Blocks { text, pos: 0 }
    }
}

impl<'a> Iterator for Blocks<'a> {
    type Item = Block<'a>;
    fn next(&mut self) -> Option<Block<'a>> {
        // Placeholder scanner: one paragraph per run of non-blank lines.
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.pos;
        while i < bytes.len() && text[i..].starts_with(char::is_whitespace) {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
        }
        if i >= bytes.len() {
            self.pos = bytes.len();
            return None;
        }
        let start = i;
        let mut end = bytes.len();
        let mut j = i;
        while let Some(off) = memchr::memchr2(b'\n', b'\r', &bytes[j..]) {
            let nl = j + off;
            let mut k = nl + 1;
            if bytes[nl] == b'\r' && bytes.get(k) == Some(&b'\n') {
                k += 1;
            }
            let line_end =
                memchr::memchr2(b'\n', b'\r', &bytes[k..]).map_or(bytes.len(), |o| k + o);
            if text[k..line_end].trim().is_empty() {
                end = nl;
                break;
            }
            j = k;
        }
        self.pos = end;
        let span = Span::new(start, end).trim(text);
        Some(Block {
            span,
            content: span,
            marker: None,
            kind: BlockKind::Paragraph,
            indent: 0,
            level: 0,
            text,
        })
    }
}

impl core::iter::FusedIterator for Blocks<'_> {}
