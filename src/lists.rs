//! Headings and lists: bulleted and numbered lists with nesting, their lead-in line, and
//! the count the lead-in announces.
//!
//! Lists are built from the list-item blocks of [`crate::blocks()`] in one pass with an
//! explicit stack of open lists, so no input can nest deep enough to exhaust the call
//! stack (lists deeper than 64 levels stay at the 64th).
//!
//! # Nesting and new lists
//!
//! An item nests under the item above it when it is indented to that item's content column
//! (as in CommonMark: `1. ` needs three columns, `10) ` four). It also nests, at the same
//! indentation, when its marker family changes (`1.` to `a.`, `i.` or `-`) right under an
//! item (no blank line between) and the outer list resumes after the run, or the item above
//! ends with a colon, or the same change already nested once in this list. A different
//! bullet glyph, a different delimiter (`1.` against `1)`), a number or letter that goes
//! back (`1. 2. 1.`) or a change of family after a blank line begins a new list. A
//! paragraph indented to an item's content column belongs to that item; "Advertisement"
//! between two items does not end the list; anything else does. `i.` after `h.` is a
//! letter, after `ii.` or at the start a numeral.
//!
//! # Unmarked lists
//!
//! Short lines set one item a line under a lead-in that ends with a colon, without
//! markers (`Critics listed three demands:⏎Stop lying⏎Show humility⏎Pay on time`), are an
//! unmarked list ([`MarkerStyle::Unmarked`]): at least two unindented lines of at most 80
//! bytes, none ending with a colon or opening a quotation, with no blank line between them
//! (one may stand after the lead-in). When a blank line or the end of the text closes the
//! lines, all of them are items; when prose follows on the next line, as in a feed with
//! one paragraph a line, the items end with the first line that ends a sentence, so that
//! sentences quoted under `Ruiz was blunt:` are not read as a list. A lead-in announcing a
//! count of at least two takes that many lines. The blocks of such a list stay paragraphs
//! (each line its own), so the sentence splitter ends a sentence at each.
//!
//! # Lead-ins and counts
//!
//! A top-level list's lead-in is the last sentence of the paragraph or heading right
//! before it, a sub-list's the item it hangs under, when that sentence ends with a colon,
//! reads "include(s/d/ing)", "the following" or "as follows", ends on "are", "were", "is"
//! or "was" without final punctuation ("Nobody knows how old it is." is finished), or
//! announces a count. The count is the last number (digits up to 999, number words up to
//! ninety-nine, `twenty-one`) followed by a colon, or right after "following" ("the
//! following five"), or followed within three words by a plural noun ("three main
//! demands", "3 reasons") whose phrase is what the list names: the noun ends the sentence,
//! or a prepositional phrase or relative clause follows it ("two reasons for the delay",
//! "five things to know") without a determined plural of its own, or a verb follows it
//! without naming other things ("Two proposals were tabled:"). In "The three candidates
//! agree on these points:" the number counts the subject, not the points. A number
//! followed by a unit ("5 percent", "two years") or preceded by a currency sign is not a
//! count. [`List::count_matches`] compares it with the number of top-level items.

use crate::blocks::{
    contains_ci, ends_sentence, is_boilerplate, marker_kind, roman_value, Block, BlockKind, Delim,
    MarkKind,
};
use crate::quotes::Fragment;
use crate::span::Span;

/// Lists nested deeper than this are kept at this depth as siblings, so that results
/// stay shallow enough to clone, compare and drop without deep recursion.
const MAX_DEPTH: usize = 64;

/// How far ahead a change of marker family looks for the outer list to resume.
const RESUME_WINDOW: usize = 256;

/// A heading.
///
/// ```
/// let h = tidings::headings("## Results\n\nTurnout rose.");
/// assert_eq!((h[0].as_str(), h[0].level()), ("Results", Some(2)));
/// assert_eq!(h[0].span().range(), 0..10);
/// ```
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
    ///
    /// ```
    /// let h = tidings::headings("Results\n=======\n");
    /// assert_eq!(h[0].span().range(), 0..15);
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }
    /// The heading's text, without `#` marks or underline.
    ///
    /// ```
    /// assert_eq!(tidings::headings("# Results #")[0].as_str(), "Results");
    /// ```
    pub fn as_str(&self) -> &'a str {
        self.text
    }
    /// The level where the text shows one: the number of `#`, 1 for `===`, 2 for `---`,
    /// 1 for the title line of the article.
    ///
    /// ```
    /// let h = tidings::headings("Storm Hits Coast\n\nRoads closed.\n\nWhat Comes Next\n\nRepairs.");
    /// assert_eq!(h[0].level(), Some(1));
    /// assert_eq!(h[1].level(), None);
    /// ```
    pub fn level(&self) -> Option<u8> {
        self.level
    }
}

/// How a list's items are marked.
///
/// ```
/// use tidings::{Delimiter, MarkerStyle};
/// let l = tidings::lists("Steps:\n(a) apply\n(b) wait");
/// assert_eq!(l[0].style(), MarkerStyle::LowerAlpha(Delimiter::Parens));
/// ```
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
    /// No marker: short lines under a lead-in ending with a colon, one item a line.
    ///
    /// ```
    /// use tidings::MarkerStyle;
    /// let text = "Critics listed two demands:\nStop lying\nShow humility\n\nTalks go on.";
    /// let l = &tidings::lists(text)[0];
    /// assert_eq!((l.style(), l.count_matches()), (MarkerStyle::Unmarked, Some(true)));
    /// assert_eq!(l.items()[1].as_str(), "Show humility");
    /// assert!(l.items()[1].marker().is_empty());
    /// ```
    Unmarked,
}

impl MarkerStyle {
    /// The style as a short string: the bullet itself, or the first marker of the
    /// sequence (`1.`, `(a)`, `i)`, `A.`); empty for an unmarked list.
    ///
    /// ```
    /// let l = tidings::lists("Options:\niii. stay\niv. leave");
    /// assert_eq!(l[0].style().as_string(), "i.");
    /// assert_eq!(l[0].start_number(), Some(3));
    /// ```
    pub fn as_string(&self) -> String {
        let (body, d) = match *self {
            MarkerStyle::Bullet(c) => return c.to_string(),
            MarkerStyle::Unmarked => return String::new(),
            MarkerStyle::Decimal(d) => ("1", d),
            MarkerStyle::LowerAlpha(d) => ("a", d),
            MarkerStyle::UpperAlpha(d) => ("A", d),
            MarkerStyle::LowerRoman(d) => ("i", d),
            MarkerStyle::UpperRoman(d) => ("I", d),
        };
        match d {
            Delimiter::Period => format!("{body}."),
            Delimiter::Paren => format!("{body})"),
            Delimiter::Parens => format!("({body})"),
        }
    }
}

/// What follows or surrounds an ordered list marker.
///
/// ```
/// use tidings::{Delimiter, MarkerStyle};
/// let l = tidings::lists("1) one\n2) two");
/// assert_eq!(l[0].style(), MarkerStyle::Decimal(Delimiter::Paren));
/// ```
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

impl From<Delim> for Delimiter {
    fn from(d: Delim) -> Delimiter {
        match d {
            Delim::Period => Delimiter::Period,
            Delim::Paren => Delimiter::Paren,
            Delim::Parens => Delimiter::Parens,
        }
    }
}

/// One item of a list.
///
/// ```
/// let text = "- tea\n  - green\n- coffee";
/// let l = &tidings::lists(text)[0];
/// let tea = &l.items()[0];
/// assert_eq!((tea.as_str(), tea.depth()), ("tea", 0));
/// assert_eq!(tea.marker().as_str(text), "-");
/// assert_eq!(tea.sublists()[0].items()[0].as_str(), "green");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListItem<'a> {
    span: Span,
    marker: Span,
    content: Span,
    text: &'a str,
    marker_text: &'a str,
    depth: usize,
    sublists: Vec<List<'a>>,
}

impl<'a> ListItem<'a> {
    /// The item's span, marker included, sub-lists excluded (a paragraph indented under
    /// the item after a sub-list extends it).
    ///
    /// ```
    /// let text = "Plan:\n1. Build\n   homes\n2. Wait";
    /// let lists = tidings::lists(text);
    /// let item = &lists[0].items()[0];
    /// assert_eq!(item.span().as_str(text), "1. Build\n   homes");
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }
    /// The marker's span.
    ///
    /// ```
    /// let text = "- a\n- b";
    /// assert_eq!(tidings::lists(text)[0].items()[1].marker().range(), 4..5);
    /// ```
    pub fn marker(&self) -> Span {
        self.marker
    }
    /// The content's span (after the marker).
    ///
    /// ```
    /// let text = "- a\n- b";
    /// assert_eq!(tidings::lists(text)[0].items()[1].content().range(), 6..7);
    /// ```
    pub fn content(&self) -> Span {
        self.content
    }
    /// The content's text.
    ///
    /// ```
    /// assert_eq!(tidings::lists("* Rents\n* Fares")[0].items()[1].as_str(), "Fares");
    /// ```
    pub fn as_str(&self) -> &'a str {
        self.text
    }
    /// Nesting depth, 0 at the top level.
    ///
    /// ```
    /// let l = &tidings::lists("- a\n  - b")[0];
    /// assert_eq!(l.items()[0].sublists()[0].items()[0].depth(), 1);
    /// ```
    pub fn depth(&self) -> usize {
        self.depth
    }
    /// Lists nested under this item.
    ///
    /// ```
    /// let l = &tidings::lists("1. Costs\na. fuel\nb. staff\n2. Income")[0];
    /// assert_eq!(l.items().len(), 2);
    /// assert_eq!(l.items()[0].sublists()[0].items().len(), 2);
    /// ```
    pub fn sublists(&self) -> &[List<'a>] {
        &self.sublists
    }
}

/// A bulleted or numbered list.
///
/// ```
/// let text = "The union has three main demands:\n1. higher pay\n2. shorter shifts\n\nTalks resume Monday.";
/// let l = &tidings::lists(text)[0];
/// assert!(l.is_ordered());
/// assert_eq!(l.lead_in().unwrap().as_str(), "The union has three main demands:");
/// assert_eq!(l.declared_count(), Some(3));
/// assert_eq!(l.count_matches(), Some(false)); // one demand is missing
/// ```
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
    /// The list's span, from its first marker to the end of its last item or sub-list.
    ///
    /// ```
    /// let text = "Intro:\n- a\n- b\nEnd.";
    /// assert_eq!(tidings::lists(text)[0].span().as_str(text), "- a\n- b");
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }
    /// Whether the items are numbered or lettered.
    ///
    /// ```
    /// assert!(!tidings::lists("• a\n• b")[0].is_ordered());
    /// ```
    pub fn is_ordered(&self) -> bool {
        !matches!(self.style, MarkerStyle::Bullet(_) | MarkerStyle::Unmarked)
    }
    /// The marker style.
    ///
    /// ```
    /// use tidings::MarkerStyle;
    /// assert_eq!(tidings::lists("• a\n• b")[0].style(), MarkerStyle::Bullet('•'));
    /// ```
    pub fn style(&self) -> MarkerStyle {
        self.style
    }
    /// The number of the first item, for an ordered list (`c.` is 3, `iv.` is 4).
    ///
    /// ```
    /// assert_eq!(tidings::lists("3. c\n4. d")[0].start_number(), Some(3));
    /// ```
    pub fn start_number(&self) -> Option<u32> {
        self.start_number
    }
    /// The top-level items.
    ///
    /// ```
    /// assert_eq!(tidings::lists("- a\n- b\n- c")[0].items().len(), 3);
    /// ```
    pub fn items(&self) -> &[ListItem<'a>] {
        &self.items
    }
    /// The line or sentence right before the list that introduces it: it ends with `:`,
    /// or reads "include", "the following", "as follows", or announces a count.
    ///
    /// ```
    /// let text = "Talks stalled. Sticking points include\n- pensions\n- pay";
    /// let l = &tidings::lists(text)[0];
    /// assert_eq!(l.lead_in().unwrap().as_str(), "Sticking points include");
    /// ```
    pub fn lead_in(&self) -> Option<Fragment<'a>> {
        self.lead_in
    }
    /// The count the lead-in announces ("three main demands", "3 reasons", "the
    /// following five"), if it announces one.
    ///
    /// ```
    /// let l = &tidings::lists("Voters had 2 options:\n- yes\n- no")[0];
    /// assert_eq!(l.declared_count(), Some(2));
    /// ```
    pub fn declared_count(&self) -> Option<u32> {
        self.declared_count
    }
    /// Whether the announced count matches the top-level items found; `None` when
    /// nothing was announced.
    ///
    /// ```
    /// let l = &tidings::lists("Voters had 2 options:\n- yes\n- no")[0];
    /// assert_eq!(l.count_matches(), Some(true));
    /// ```
    pub fn count_matches(&self) -> Option<bool> {
        self.declared_count
            .map(|n| usize::try_from(n).is_ok_and(|n| n == self.items.len()))
    }
}

/// The headings of `text`.
///
/// ```
/// let h = tidings::headings("Markets Rally\n\nStocks rose.\n\n## Outlook\n\nMixed.");
/// let t: Vec<_> = h.iter().map(|h| h.as_str()).collect();
/// assert_eq!(t, ["Markets Rally", "Outlook"]);
/// ```
pub fn headings(text: &str) -> Vec<Heading<'_>> {
    crate::blocks(text)
        .filter(|b| b.kind() == BlockKind::Heading)
        .map(|b| heading_of(&b))
        .collect()
}

fn heading_of<'a>(b: &Block<'a>) -> Heading<'a> {
    Heading {
        span: b.span(),
        text: b.content_str(),
        level: b.heading_level(),
    }
}

/// The headings among blocks already computed.
///
/// ```
/// let text = "# Title\n\nBody.";
/// let blocks: Vec<_> = tidings::blocks(text).collect();
/// assert_eq!(tidings::lists::headings_from_blocks(&blocks).len(), 1);
/// ```
pub fn headings_from_blocks<'a>(blocks: &[Block<'a>]) -> Vec<Heading<'a>> {
    blocks
        .iter()
        .filter(|b| b.kind() == BlockKind::Heading)
        .map(heading_of)
        .collect()
}

/// The lists of `text`, top-level lists in order, each with its sub-lists.
///
/// ```
/// let text = "Officials named four priorities:\n- roads\n- schools\n  - primary\n- water\n- power\n";
/// let l = tidings::lists(text);
/// assert_eq!(l.len(), 1);
/// assert_eq!(l[0].items().len(), 4);
/// assert_eq!(l[0].count_matches(), Some(true));
/// ```
pub fn lists(text: &str) -> Vec<List<'_>> {
    // Only runs of list items (with the block before them, a lead-in candidate, and the
    // indented paragraphs or page furniture between them) are kept: any other block ends
    // every open list, so the runs can be read one at a time, as `lists_from_blocks` would.
    // An unmarked list is the chain of short lines under a colon lead-in: the chain is
    // kept in the run with its lead-in, for `read_lists` to decide.
    let mut out = Vec::new();
    let mut stack = Vec::new();
    let mut run: Vec<Block<'_>> = Vec::new();
    let mut prev: Option<Block<'_>> = None;
    let mut chain = false;
    for b in crate::blocks(text) {
        let bare = prev.is_some_and(|p| {
            (chain && tight(text, &p, &b) || bare_lead_in(&p)) && bare_line(text, &p, &b)
        });
        chain = bare;
        let continues = bare
            || b.kind() == BlockKind::ListItem
            || (!run.is_empty()
                && b.kind() == BlockKind::Paragraph
                && (b.indent() > 0 || is_boilerplate(b.as_str())));
        if continues {
            if run.is_empty() {
                run.extend(prev);
            }
            run.push(b);
        } else if !run.is_empty() {
            read_lists(text, &run, &mut stack, &mut out);
            run.clear();
        }
        prev = Some(b);
    }
    if !run.is_empty() {
        read_lists(text, &run, &mut stack, &mut out);
    }
    out
}

/// An open list while the blocks are read.
struct Frame<'a> {
    list: List<'a>,
    /// Column where the parent item's content starts (0 at the top level): an item left of
    /// it cannot belong to this list.
    base: usize,
    /// Content column of the last item: an item indented to it nests.
    content_col: usize,
    /// Value of the last ordered item.
    last: u32,
    /// Nested by a change of marker family rather than by indentation.
    by_style: bool,
    /// The marker family of a sub-list already nested here by a change of family: the
    /// same change later nests again even if the list does not resume after it.
    styled_sub: Option<u8>,
}

/// The lists among blocks already computed (`text` is the text the blocks came from).
///
/// ```
/// let text = "Key points:\n1. Rates held\n2. Growth slowed";
/// let blocks: Vec<_> = tidings::blocks(text).collect();
/// let lists = tidings::lists::lists_from_blocks(text, &blocks);
/// assert_eq!(lists[0].items()[1].as_str(), "Growth slowed");
/// ```
pub fn lists_from_blocks<'a>(text: &'a str, blocks: &[Block<'a>]) -> Vec<List<'a>> {
    let mut out = Vec::new();
    read_lists(text, blocks, &mut Vec::new(), &mut out);
    out
}

/// Appends the lists among `blocks` to `out`, with `stack` (empty, and left empty) for
/// the lists open while the blocks are read: [`lists`] reuses both across the runs of
/// items it reads.
fn read_lists<'a>(
    text: &'a str,
    blocks: &[Block<'a>],
    stack: &mut Vec<Frame<'a>>,
    out: &mut Vec<List<'a>>,
) {
    let mut skip_to = 0;
    for (i, block) in blocks.iter().enumerate() {
        if i < skip_to {
            continue;
        }
        let in_item = block.kind() == BlockKind::Paragraph
            && !stack.is_empty()
            && (is_boilerplate(block.as_str()) || block.indent() > 0);
        if !in_item && bare_lead_in(block) {
            if let Some((list, next)) = bare_list(text, blocks, i) {
                while !stack.is_empty() {
                    close(stack, out);
                }
                out.push(list);
                skip_to = next;
                continue;
            }
        }
        match block.kind() {
            BlockKind::ListItem => {
                if let Some(mut item) = item_of(text, block) {
                    // `- - foo`: the item's content opens a nested list on the same line,
                    // as in CommonMark; the outer item keeps its marker alone.
                    while let Some(inner) = nested_item(text, &mut item) {
                        place(text, blocks, i, item, stack, out);
                        item = inner;
                    }
                    place(text, blocks, i, item, stack, out);
                }
            }
            // "Advertisement" between two items does not end the list.
            BlockKind::Paragraph if !stack.is_empty() && is_boilerplate(block.as_str()) => {}
            BlockKind::Paragraph if !stack.is_empty() && block.indent() > 0 => {
                // A paragraph indented to an open item's content column belongs to it.
                let d = block.indent();
                while stack.last().is_some_and(|f| d < f.content_col) {
                    close(stack, out);
                }
                if let Some(frame) = stack.last_mut() {
                    let end = block.span().end();
                    frame.list.span = Span::new(frame.list.span.start(), end);
                    if let Some(item) = frame.list.items.last_mut() {
                        item.span = Span::new(item.span.start(), end);
                        let from = if item.content.is_empty() {
                            block.span().start()
                        } else {
                            item.content.start()
                        };
                        item.content = Span::new(from, end);
                        item.text = item.content.as_str(text);
                    }
                }
            }
            _ => {
                while !stack.is_empty() {
                    close(stack, out);
                }
            }
        }
    }
    while !stack.is_empty() {
        close(stack, out);
    }
}

/// Lines longer than this are prose, not the item of an unmarked list.
const BARE_ITEM_MAX: usize = 80;

/// Whether `b` can introduce an unmarked list: a paragraph or heading ending with a colon.
fn bare_lead_in(b: &Block<'_>) -> bool {
    matches!(b.kind(), BlockKind::Paragraph | BlockKind::Heading)
        && match b.text.as_bytes().get(b.span.end().wrapping_sub(1)) {
            // A block ends on its text (ASCII other than whitespace, nearly always): its
            // last byte answers without the block's text being sliced and trimmed.
            Some(&c) if b.span.end() > b.span.start() && c.is_ascii_graphic() => c == b':',
            _ => b.as_str().trim_end().ends_with(':'),
        }
}

/// Whether `b`, the block right after `prev`, can be an item of an unmarked list: one
/// unindented line of at most [`BARE_ITEM_MAX`] bytes that neither introduces something
/// itself (a colon) nor opens a quotation, with no blank line before it unless `prev` is
/// the lead-in (`the following:⏎⏎Stop lying⏎Show humility`).
fn bare_line(text: &str, prev: &Block<'_>, b: &Block<'_>) -> bool {
    let s = b.as_str();
    matches!(b.kind(), BlockKind::Paragraph | BlockKind::Heading)
        && b.heading_level().is_none()
        && b.indent() == 0
        && s.len() <= BARE_ITEM_MAX
        && !s.contains(['\n', '\r'])
        && !s.ends_with(':')
        && !s.starts_with(['"', '“', '‘', '\'', '«', '„', '‹', '「'])
        && (bare_lead_in(prev) || tight(text, prev, b))
}

/// Whether no blank line stands between blocks `a` and `b`.
fn tight(text: &str, a: &Block<'_>, b: &Block<'_>) -> bool {
    text.get(a.span().end()..b.span().start())
        .is_some_and(|gap| !has_blank_line(gap))
}

/// The unmarked list introduced by the lead-in at `blocks[i]`, with the index of the
/// block after it. Its lines are the short lines under the lead-in, one after another
/// without a blank line between them. All of them are items when a blank line or the end
/// of the text closes them; when prose follows on the next line (a feed with one
/// paragraph per line), the items end with the first line that ends a sentence. A
/// lead-in that announces a count of at least two, with that many lines under it, takes
/// that many. At least two items make a list.
fn bare_list<'a>(text: &'a str, blocks: &[Block<'a>], i: usize) -> Option<(List<'a>, usize)> {
    let lead = blocks.get(i)?;
    let mut j = i + 1;
    while let (Some(p), Some(b)) = (blocks.get(j - 1), blocks.get(j)) {
        if !bare_line(text, p, b) || j > i + 1 && !tight(text, p, b) {
            break;
        }
        j += 1;
    }
    let lines = blocks.get(i + 1..j)?;
    if lines.len() < 2 {
        return None;
    }
    let (lead_in, declared_count) = lead_in_of(text, lead.span())?;
    // Read on the text, not on the next block: `lists` hands this function only a run
    // of blocks, which may end with the last line.
    let closed = lines.last().is_some_and(|last| {
        let rest = text.get(last.span().end()..).unwrap_or("");
        let gap = rest.len() - rest.trim_start().len();
        gap == rest.len() || has_blank_line(rest.get(..gap).unwrap_or(""))
    });
    let n = match declared_count.and_then(|c| usize::try_from(c).ok()) {
        Some(c) if c >= 2 && c <= lines.len() => c,
        _ if closed => lines.len(),
        _ => lines
            .iter()
            .position(|b| ends_sentence(b.as_str()))
            .map_or(lines.len(), |p| p + 1),
    };
    let items: Vec<ListItem<'a>> = lines
        .get(..n)?
        .iter()
        .map(|b| ListItem {
            span: b.span(),
            marker: Span::new(b.span().start(), b.span().start()),
            content: b.span(),
            text: b.as_str(),
            marker_text: "",
            depth: 0,
            sublists: Vec::new(),
        })
        .collect();
    if items.len() < 2 {
        return None;
    }
    let (first, last) = (items.first()?.span, items.last()?.span);
    let list = List {
        span: Span::new(first.start(), last.end()),
        style: MarkerStyle::Unmarked,
        start_number: None,
        items,
        lead_in: Some(lead_in),
        declared_count,
    };
    Some((list, i + 1 + n))
}

/// An item read from a list-item block, before it is placed.
struct Item<'a> {
    kind: MarkKind,
    indent: usize,
    content_col: usize,
    li: ListItem<'a>,
}

fn item_of<'a>(text: &'a str, block: &Block<'a>) -> Option<Item<'a>> {
    let marker = block.marker()?;
    let marker_text = marker.as_str(text);
    let kind = marker_kind(marker_text)?;
    let content = block.content();
    let gap = text.get(marker.end()..content.start()).map_or(1, |g| {
        g.chars()
            .take_while(|c| matches!(c, ' ' | '\t' | '\u{a0}'))
            .count()
    });
    let gap = if gap == 0 || gap > 4 { 1 } else { gap };
    let content_col = block.indent() + marker_text.chars().count() + gap;
    Some(Item {
        kind,
        indent: block.indent(),
        content_col,
        li: ListItem {
            span: block.span(),
            marker,
            content,
            text: content.as_str(text),
            marker_text,
            depth: 0,
            sublists: Vec::new(),
        },
    })
}

/// Whether a marker is one CommonMark knows: `-`, `*`, `+`, or a number with `.` or `)`.
fn commonmark_marker(kind: MarkKind) -> bool {
    match kind {
        MarkKind::Bullet(c) => matches!(c, '-' | '*' | '+'),
        MarkKind::Number(_, d) => d != Delim::Parens,
        _ => false,
    }
}

/// Splits `- - foo` into the outer item (its marker alone) and the nested item `- foo`,
/// when both markers are CommonMark markers.
fn nested_item<'a>(text: &'a str, outer: &mut Item<'a>) -> Option<Item<'a>> {
    if !commonmark_marker(outer.kind) || outer.li.content.is_empty() {
        return None;
    }
    let content = outer.li.content.as_str(text);
    // A CommonMark marker is `-`, `*`, `+` or a number: most items start with a word.
    if !content
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b, b'-' | b'*' | b'+' | b'0'..=b'9'))
    {
        return None;
    }
    let token_len = content
        .find(|c: char| c.is_whitespace())
        .unwrap_or(content.len());
    let token = content.get(..token_len)?;
    let kind = marker_kind(token).filter(|k| commonmark_marker(*k))?;
    let rest = content.get(token_len..)?;
    let gap_bytes = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    if gap_bytes == 0 && !rest.is_empty() {
        return None;
    }
    let start = outer.li.content.start();
    let marker = Span::new(start, start + token_len);
    let end = outer.li.span.end();
    let inner_content = Span::new(marker.end() + gap_bytes, end).trim(text);
    let gap = if gap_bytes == 0 || gap_bytes > 4 {
        1
    } else {
        gap_bytes
    };
    let indent = outer.content_col;
    let inner = Item {
        kind,
        indent,
        content_col: indent + token.chars().count() + gap,
        li: ListItem {
            span: Span::new(marker.start(), end),
            marker,
            content: inner_content,
            text: inner_content.as_str(text),
            marker_text: token,
            depth: 0,
            sublists: Vec::new(),
        },
    };
    let m = outer.li.marker;
    outer.li.span = m;
    outer.li.content = Span::new(m.end(), m.end());
    outer.li.text = "";
    Some(inner)
}

/// The style and ordinal value of a marker, read in the light of the list it would join:
/// `i.` after `h.` is a letter, after `iii.` a numeral.
fn style_of(kind: MarkKind, after: Option<&Frame<'_>>) -> (MarkerStyle, u32) {
    match kind {
        MarkKind::Bullet(c) => (MarkerStyle::Bullet(c), 0),
        MarkKind::Number(n, d) => (MarkerStyle::Decimal(d.into()), n),
        MarkKind::Roman(v, up, d) => (roman_style(up, d), v),
        MarkKind::Alpha(c, d) => {
            let up = c.is_ascii_uppercase();
            let letter = (
                alpha_style(up, d),
                u32::from(c.to_ascii_lowercase() - b'a' + 1),
            );
            let numeral = roman_value(char::from(c).encode_utf8(&mut [0; 4]))
                .map(|v| (roman_style(up, d), v));
            match (after.map(|f| f.list.style), numeral) {
                (Some(s), _) if s == letter.0 && letter.1 > after.map_or(0, |f| f.last) => letter,
                (Some(s), Some(r)) if s == r.0 => r,
                (_, Some(r)) if r.1 == 1 => r,
                _ => letter,
            }
        }
    }
}

fn roman_style(up: bool, d: Delim) -> MarkerStyle {
    if up {
        MarkerStyle::UpperRoman(d.into())
    } else {
        MarkerStyle::LowerRoman(d.into())
    }
}

fn alpha_style(up: bool, d: Delim) -> MarkerStyle {
    if up {
        MarkerStyle::UpperAlpha(d.into())
    } else {
        MarkerStyle::LowerAlpha(d.into())
    }
}

/// Marker families: a change between them can nest a list; a change within one (another
/// bullet glyph, another delimiter) starts a new list.
fn family(s: MarkerStyle) -> u8 {
    match s {
        MarkerStyle::Bullet(_) => 0,
        MarkerStyle::Decimal(_) => 1,
        MarkerStyle::LowerAlpha(_) | MarkerStyle::UpperAlpha(_) => 2,
        MarkerStyle::LowerRoman(_) | MarkerStyle::UpperRoman(_) => 3,
        MarkerStyle::Unmarked => 4,
    }
}

fn place<'a>(
    text: &'a str,
    blocks: &[Block<'a>],
    i: usize,
    mut item: Item<'a>,
    stack: &mut Vec<Frame<'a>>,
    out: &mut Vec<List<'a>>,
) {
    let d = item.indent;
    let mut base = 0;
    let mut by_style = false;
    loop {
        let depth = stack.len();
        let Some(top) = stack.last_mut() else {
            break;
        };
        if d >= top.content_col && depth < MAX_DEPTH {
            base = top.content_col;
            break;
        }
        if d < top.base {
            close(stack, out);
            continue;
        }
        let (style, value) = style_of(item.kind, Some(top));
        let ordered = !matches!(style, MarkerStyle::Bullet(_));
        if style == top.list.style && (!ordered || value >= top.last) {
            top.content_col = item.content_col;
            top.last = value;
            item.li.depth = depth - 1;
            top.list.span = Span::new(top.list.span.start(), item.li.span.end());
            top.list.items.push(item.li);
            return;
        }
        if top.by_style {
            close(stack, out);
            continue;
        }
        base = top.base;
        let fam = family(style);
        let introduces_sub = top
            .list
            .items
            .last()
            .is_some_and(|it| it.text.trim_end().ends_with(':'));
        // Only a tight change of family nests: after a blank line a new marker family
        // starts a new list, as in CommonMark.
        let tight = i
            .checked_sub(1)
            .and_then(|p| blocks.get(p))
            .and_then(|p| text.get(p.span().end()..item.li.span.start()))
            .is_some_and(|gap| !has_blank_line(gap));
        if fam != family(top.list.style)
            && depth < MAX_DEPTH
            && tight
            && (top.styled_sub == Some(fam) || introduces_sub || resumes(text, blocks, i, top))
        {
            top.styled_sub = Some(fam);
            by_style = true;
        } else {
            close(stack, out);
        }
        break;
    }
    let (style, value) = style_of(item.kind, None);
    item.li.depth = stack.len();
    // A top-level list is introduced by the block before it, a sub-list by the item
    // it hangs under ("1. Costs, which include:").
    let intro = match stack.last().and_then(|f| f.list.items.last()) {
        Some(parent) => lead_in_of(text, parent.content),
        None => i
            .checked_sub(1)
            .and_then(|p| blocks.get(p))
            .filter(|b| matches!(b.kind(), BlockKind::Paragraph | BlockKind::Heading))
            .and_then(|b| lead_in_of(text, b.span())),
    };
    let (lead_in, declared_count) = intro.map_or((None, None), |(f, n)| (Some(f), n));
    stack.push(Frame {
        list: List {
            span: item.li.span,
            style,
            start_number: if matches!(style, MarkerStyle::Bullet(_)) {
                None
            } else {
                Some(value)
            },
            items: {
                // Most lists have a few items: one allocation instead of a regrowth.
                let mut items = Vec::with_capacity(4);
                items.push(item.li);
                items
            },
            lead_in,
            declared_count,
        },
        base,
        content_col: item.content_col,
        last: value,
        by_style,
        styled_sub: None,
    });
}

/// Whether the whitespace between two blocks holds a blank line.
fn has_blank_line(gap: &str) -> bool {
    let mut breaks = 0;
    let mut prev = 0u8;
    for b in gap.bytes() {
        // `\r\n` is one line break.
        if b == b'\r' || (b == b'\n' && prev != b'\r') {
            breaks += 1;
        }
        prev = b;
    }
    breaks >= 2
}

/// Whether the list `top` carries on after the run of items of another marker family
/// that starts at block `i`: then that run is its sub-list.
fn resumes(text: &str, blocks: &[Block<'_>], i: usize, top: &Frame<'_>) -> bool {
    let Some(first) = blocks.get(i).and_then(|b| b.marker()) else {
        return false;
    };
    let Some(run_kind) = marker_kind(first.as_str(text)) else {
        return false;
    };
    let run_family = family(style_of(run_kind, None).0);
    for b in blocks.iter().skip(i + 1).take(RESUME_WINDOW) {
        match b.kind() {
            BlockKind::ListItem => {}
            BlockKind::Paragraph if b.indent() > top.base => continue,
            _ => return false,
        }
        let Some(kind) = b.marker().and_then(|m| marker_kind(m.as_str(text))) else {
            return false;
        };
        if b.indent() >= top.content_col {
            continue;
        }
        let (style, value) = style_of(kind, Some(top));
        if style == top.list.style {
            return matches!(style, MarkerStyle::Bullet(_)) || value == top.last.saturating_add(1);
        }
        if family(style_of(kind, None).0) != run_family {
            return false;
        }
    }
    false
}

/// Closes the innermost open list: it becomes a sub-list of the item above it, or a
/// top-level list.
fn close<'a>(stack: &mut Vec<Frame<'a>>, out: &mut Vec<List<'a>>) {
    let Some(frame) = stack.pop() else {
        return;
    };
    let list = frame.list;
    match stack.last_mut() {
        Some(parent) => {
            let end = parent.list.span.end().max(list.span.end());
            parent.list.span = Span::new(parent.list.span.start(), end);
            if let Some(item) = parent.list.items.last_mut() {
                item.sublists.push(list);
            }
        }
        None => out.push(list),
    }
}

/// The lead-in found in the text at `span` (the block before a list, or the item above
/// a sub-list): its last sentence, when that introduces a list; with the count it
/// announces.
fn lead_in_of(text: &str, span: Span) -> Option<(Fragment<'_>, Option<u32>)> {
    let s = span.as_str(text);
    let start = last_sentence_start(s);
    let sentence = s.get(start..)?;
    let count = declared_count(sentence);
    if count.is_none() && !introduces(sentence) {
        return None;
    }
    Some((
        Fragment::new(text, Span::new(span.start() + start, span.end())),
        count,
    ))
}

/// Byte offset where the last sentence of `s` starts.
fn last_sentence_start(s: &str) -> usize {
    // Walk back from the end to the first sentence boundary: the cost is the length of
    // the last sentence, not of the paragraph.
    let b = s.as_bytes();
    let mut p = b.len();
    while p > 0 {
        p -= 1;
        let Some(&c) = b.get(p) else {
            break;
        };
        if !matches!(c, b'.' | b'!' | b'?' | b':' | b';') {
            continue;
        }
        let mut q = p + 1;
        while let Some(c) = s.get(q..).and_then(|r| r.chars().next()) {
            if !matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»') {
                break;
            }
            q += c.len_utf8();
        }
        let rest = s.get(q..).unwrap_or("");
        if !rest.starts_with(char::is_whitespace) {
            continue;
        }
        if c == b':' || c == b';' || ends_sentence(s.get(..q).unwrap_or("")) {
            return q + (rest.len() - rest.trim_start().len());
        }
    }
    0
}

/// Whether a sentence introduces a list: it ends with a colon, reads "include", "the
/// following" or "as follows", ends on "are"/"were" without final punctuation, or
/// announces a count.
fn introduces(sentence: &str) -> bool {
    let t = sentence.trim_end_matches(['"', '\'', '”', '’', ')', ' ']);
    if t.ends_with(':') {
        return true;
    }
    if contains_ci(t, "the following") || contains_ci(t, "as follows") {
        return true;
    }
    let mut last = "";
    for w in t.split(|c: char| !c.is_alphanumeric()) {
        if ["include", "includes", "including", "included"]
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
        {
            return true;
        }
        if !w.is_empty() {
            last = w;
        }
    }
    // "The winners are" hangs open; "Nobody knows how old it is." is finished, and a
    // finished sentence introduces a list only by the words above.
    !t.ends_with(['.', '!', '?', '…'])
        && ["are", "were", "is", "was", "list", "lists", "listed"]
            .iter()
            .any(|k| last.eq_ignore_ascii_case(k))
}

/// The value of a number word from `zero` to `twenty`.
fn number_index(w: &str) -> Option<usize> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        _ => return None,
    })
}

/// The place of a tens word (`twenty` is 0, `ninety` 7).
fn tens_index(w: &str) -> Option<usize> {
    Some(match w {
        "twenty" => 0,
        "thirty" => 1,
        "forty" => 2,
        "fifty" => 3,
        "sixty" => 4,
        "seventy" => 5,
        "eighty" => 6,
        "ninety" => 7,
        _ => return None,
    })
}

/// The value of a count word: digits, `three`, `twenty-one`, `a dozen`.
fn number_word(w: &str) -> Option<u32> {
    if !w.is_empty() && w.len() <= 3 && w.bytes().all(|c| c.is_ascii_digit()) {
        return w.parse().ok();
    }
    if let Some(i) = number_index(w) {
        return u32::try_from(i).ok();
    }
    if let Some(i) = tens_index(w) {
        return u32::try_from(i * 10 + 20).ok();
    }
    let (tens, unit) = w.split_once('-')?;
    let t = tens_index(tens)?;
    let u = number_index(unit).filter(|u| (1..10).contains(u))?;
    u32::try_from(t * 10 + 20 + u).ok()
}

/// Words after a number that measure something rather than name the listed things.
// A `match` on the word compiles to a jump on its length and a few compares.
fn is_unit(w: &str) -> bool {
    matches!(
        w,
        "percent"
            | "per"
            | "%"
            | "years"
            | "year"
            | "months"
            | "weeks"
            | "days"
            | "hours"
            | "minutes"
            | "seconds"
            | "million"
            | "billion"
            | "trillion"
            | "thousand"
            | "hundred"
            | "dollars"
            | "euros"
            | "pounds"
            | "times"
            | "miles"
            | "kilometres"
            | "kilometers"
            | "metres"
            | "meters"
            | "cents"
            | "decades"
            | "centuries"
            | "am"
            | "pm"
            | "a.m."
            | "p.m."
            | "o'clock"
            | "of"
            | "or"
            | "and"
            | "to"
    )
}

/// A word lowered into `buf` (ASCII only; anything else, or a word too long to be a
/// count or a unit, gives `""`), without the punctuation around it.
fn lower_word<'b>(raw: &str, buf: &'b mut [u8; 24]) -> &'b str {
    crate::lexicon::cues::lower_into(trim_punct(raw, b'%'), buf)
}

/// `raw` without the characters around it that are neither alphanumeric nor `-` nor
/// `keep`, as `trim_matches` gives it; ASCII edges are trimmed byte by byte, and only a
/// non-ASCII edge is decoded.
fn trim_punct(raw: &str, keep: u8) -> &str {
    let b = raw.as_bytes();
    let kept = |c: &u8| !c.is_ascii() || c.is_ascii_alphanumeric() || *c == b'-' || *c == keep;
    let lo = b.iter().position(kept).unwrap_or(b.len());
    let hi = b.iter().rposition(kept).map_or(lo, |i| i + 1);
    let w = raw.get(lo..hi).unwrap_or("");
    match (b.get(lo), hi.checked_sub(1).and_then(|i| b.get(i))) {
        (Some(f), Some(l)) if f.is_ascii() && l.is_ascii() => w,
        // A non-ASCII edge (a curly quote, or a letter) is decoded.
        _ => {
            let keep = char::from(keep);
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != keep)
        }
    }
}

/// The count a lead-in announces: the last number that is followed, within three words,
/// by a plural noun or a colon, or that follows "the following".
fn declared_count(sentence: &str) -> Option<u32> {
    let mut words = sentence.split_ascii_whitespace();
    let mut prev = "";
    let mut found = None;
    while let Some(raw) = words.next() {
        let bare = trim_punct(raw, b'-');
        let this = prev;
        prev = bare;
        // "3 people were held and the following were seized:" announces no count; "the
        // following five" does, and its number comes after.
        if bare.eq_ignore_ascii_case("following") || bare.eq_ignore_ascii_case("follows") {
            found = None;
            continue;
        }
        // Every count starts with a digit or with the first letter of a number word.
        let lead = bare.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
        if !matches!(lead, b'0'..=b'9' | b'o' | b't' | b'f' | b's' | b'e' | b'n') {
            continue;
        }
        let mut buf = [0u8; 24];
        let w = lower_word(raw, &mut buf);
        let number = number_word(w).filter(|&n| {
            n > 0
                && !raw.starts_with(['$', '€', '£'])
                && !(w == "one" && this.eq_ignore_ascii_case("no"))
        });
        let Some(n) = number else {
            continue;
        };
        let colon = raw.trim_end_matches(['"', '”', '’', ')']).ends_with(':');
        if this.eq_ignore_ascii_case("following") || colon {
            found = Some(n);
        } else if w != "one" {
            let mut ahead = words.clone();
            for _ in 0..3 {
                let Some(next) = ahead.next() else {
                    break;
                };
                let mut nbuf = [0u8; 24];
                let nw = lower_word(next, &mut nbuf);
                if is_unit(nw) || number_word(nw).is_some() {
                    break;
                }
                if is_plural(nw) {
                    if ends_listed_phrase(next, ahead) {
                        found = Some(n);
                    }
                    break;
                }
                if next.ends_with([':', ',', ';', '.']) {
                    break;
                }
            }
        }
    }
    found
}

/// A plural noun (lowered): "demands", "people"; not "class" or "is".
fn is_plural(w: &str) -> bool {
    w.len() > 2
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !matches!(
            w,
            "its"
                | "his"
                | "has"
                | "was"
                | "this"
                | "does"
                | "yes"
                | "thus"
                | "always"
                | "perhaps"
                | "whereas"
                | "towards"
                | "besides"
                | "afterwards"
        )
        || matches!(
            w,
            "people" | "children" | "men" | "women" | "criteria" | "media"
        )
}

/// Words that may follow a counted noun inside the phrase that names the listed things:
/// a preposition or a relative clause ("three reasons for the delay", "five things to
/// know", "two demands that ..."). A verb there ("three candidates agree on these
/// points:") makes the number the subject's, not the list's.
// A `match` on the word compiles to a jump on its length and a few compares.
fn is_phrase_link(w: &str) -> bool {
    matches!(
        w,
        "to" | "for"
            | "of"
            | "in"
            | "on"
            | "at"
            | "by"
            | "with"
            | "from"
            | "about"
            | "against"
            | "into"
            | "over"
            | "under"
            | "behind"
            | "ahead"
            | "across"
            | "among"
            | "between"
            | "before"
            | "after"
            | "since"
            | "during"
            | "facing"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "where"
            | "why"
            | "how"
            | "when"
            | "we"
            | "you"
            | "they"
            | "i"
            | "he"
            | "she"
            | "it"
            | "he'd"
            | "you'll"
            | "worth"
    )
}

/// Determiners that open the phrase the list enumerates ("these points", "their
/// demands"): a counted noun before one is not what the list names.
// A `match` on the word compiles to a jump on its length and a few compares.
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "these"
            | "those"
            | "their"
            | "our"
            | "its"
            | "his"
            | "her"
            | "your"
            | "my"
            | "such"
            | "several"
            | "many"
            | "other"
    )
}

/// How far from the colon a counted noun may stand: a count is announced close to it.
const PHRASE_WINDOW: usize = 32;

/// Whether the counted noun `noun` ends the phrase that names the listed things: the
/// sentence ends with it, or what follows is a prepositional phrase or a relative clause
/// with no determined plural of its own ("these points"), or a verb without an object
/// naming other things.
fn ends_listed_phrase<'s>(noun: &str, rest: impl Iterator<Item = &'s str>) -> bool {
    let mut rest = rest.take(PHRASE_WINDOW + 1);
    let Some(link) = rest.next() else {
        return true;
    };
    if noun.ends_with(':') {
        return true;
    }
    let mut buf = [0u8; 24];
    // After a verb ("Two proposals were tabled:") the noun is still what is listed unless
    // the verb takes a noun phrase of its own ("agree on these points:").
    let verb = !is_phrase_link(lower_word(link, &mut buf));
    // Words left to read in the phrase a determiner opens ("these two main points").
    let mut determined = 0u8;
    let mut left = PHRASE_WINDOW;
    for w in rest {
        left = left.saturating_sub(1);
        if left == 0 {
            return false;
        }
        let mut buf = [0u8; 24];
        let w = lower_word(w, &mut buf);
        if (determined > 0 || verb) && is_plural(w) || verb && is_determiner(w) {
            return false;
        }
        determined = if is_determiner(w) {
            3
        } else {
            determined.saturating_sub(1)
        };
    }
    true
}

#[cfg(feature = "serde")]
impl serde::Serialize for List<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("List", 10)?;
        st.serialize_field("start", &self.span.start())?;
        st.serialize_field("end", &self.span.end())?;
        st.serialize_field("ordered", &self.is_ordered())?;
        st.serialize_field("marker", &self.style.as_string())?;
        st.serialize_field("start_number", &self.start_number)?;
        st.serialize_field("lead_in", &self.lead_in)?;
        st.serialize_field("declared_count", &self.declared_count)?;
        st.serialize_field("count_matches", &self.count_matches())?;
        st.serialize_field("items", &FlatItems(self))?;
        st.end()
    }
}

/// A list's items and those of its sub-lists, flattened in document order.
#[cfg(feature = "serde")]
struct FlatItems<'r, 'a>(&'r List<'a>);

#[cfg(feature = "serde")]
impl serde::Serialize for FlatItems<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeSeq, SerializeStruct};
        struct One<'r, 'a>(&'r ListItem<'a>);
        impl serde::Serialize for One<'_, '_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut st = s.serialize_struct("ListItem", 5)?;
                st.serialize_field("start", &self.0.span.start())?;
                st.serialize_field("end", &self.0.span.end())?;
                st.serialize_field("text", self.0.text)?;
                st.serialize_field("marker", self.0.marker_text)?;
                st.serialize_field("depth", &self.0.depth)?;
                st.end()
            }
        }
        let mut seq = s.serialize_seq(None)?;
        let mut stack: Vec<(&List<'_>, usize)> = vec![(self.0, 0)];
        while let Some((list, i)) = stack.pop() {
            let Some(item) = list.items.get(i) else {
                continue;
            };
            seq.serialize_element(&One(item))?;
            stack.push((list, i + 1));
            for sub in item.sublists.iter().rev() {
                stack.push((sub, 0));
            }
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_punct_agrees_with_trim_matches() {
        for w in [
            "",
            "-",
            "%",
            "(three",
            "five:",
            "“twenty-one”",
            "«é»",
            "(é",
            "5%,",
            "...",
            "a.m.",
            "‘two’,",
            "é",
            "”",
            "x—",
            "—x",
            "--",
            "(%)",
        ] {
            for keep in [b'-', b'%'] {
                let k = char::from(keep);
                let expected = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != k);
                assert_eq!(trim_punct(w, keep), expected, "{w:?} {k}");
            }
        }
    }

    #[test]
    fn sublist_lead_in() {
        let text =
            "Parts:\n1. Spending, which covers three areas:\n   - schools\n   - roads\n2. Revenue";
        let l = lists(text);
        let sub = l
            .first()
            .and_then(|l| l.items().first())
            .and_then(|i| i.sublists().first());
        let lead = sub.and_then(|s| s.lead_in()).map(|f| f.as_str());
        assert_eq!(lead, Some("Spending, which covers three areas:"));
        assert_eq!(sub.and_then(|s| s.count_matches()), Some(false));
    }

    #[test]
    fn counts() {
        assert_eq!(
            declared_count("The union made three main demands:"),
            Some(3)
        );
        assert_eq!(declared_count("There are 3 reasons"), Some(3));
        assert_eq!(declared_count("Voters have two options."), Some(2));
        assert_eq!(declared_count("He named the following five:"), Some(5));
        assert_eq!(
            declared_count("Prices rose 5 percent in the following areas:"),
            None
        );
        assert_eq!(declared_count("It lists twenty-one proposals:"), Some(21));
        assert_eq!(
            declared_count("Police held 3 people and the following were seized:"),
            None
        );
        assert_eq!(
            declared_count("The 12 members of the council voted as follows:"),
            None
        );
        assert_eq!(
            declared_count("Here are five things to know about the vote this week:"),
            Some(5)
        );
        assert_eq!(
            declared_count("Since 2019, the group has had these goals:"),
            None
        );
        // The number counts the subject, not the points listed.
        assert_eq!(
            declared_count("The four unions agree on these points:"),
            None
        );
        assert_eq!(
            declared_count("Six council members signed a letter with three demands:"),
            Some(3)
        );
        assert_eq!(
            declared_count("The mayor gave two reasons for the delay."),
            Some(2)
        );
        assert_eq!(
            declared_count("The 9 members of the panel listed their objections:"),
            None
        );
    }

    #[cfg(feature = "serde")]
    #[test]
    fn json_shape() {
        let text = "It has two parts:\n1. Costs\n   - fuel\n2. Income\n";
        let l = lists(text);
        let v = serde_json::to_value(&l).unwrap_or_default();
        let expected = serde_json::json!([{
            "start": 18, "end": text.len() - 1, "ordered": true, "marker": "1.",
            "start_number": 1,
            "lead_in": {"start": 0, "end": 17, "text": "It has two parts:"},
            "declared_count": 2, "count_matches": true,
            "items": [
                {"start": 18, "end": 26, "text": "Costs", "marker": "1.", "depth": 0},
                {"start": 30, "end": 36, "text": "fuel", "marker": "-", "depth": 1},
                {"start": 37, "end": 46, "text": "Income", "marker": "2.", "depth": 0},
            ],
        }]);
        assert_eq!(v, expected);
        let h = serde_json::to_value(headings("# Top\n\nBody.")).unwrap_or_default();
        assert_eq!(
            h,
            serde_json::json!([{"start": 0, "end": 5, "text": "Top", "level": 1}])
        );
    }

    #[test]
    fn sentence_start() {
        let s = "Talks stalled. Sticking points include";
        assert_eq!(&s[last_sentence_start(s)..], "Sticking points include");
        let s = "Mr. Hale listed these:";
        assert_eq!(last_sentence_start(s), 0);
    }
}
