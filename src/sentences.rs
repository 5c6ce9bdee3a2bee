//! Sentence splitting. Every sentence boundary is decided in this module, in
//! `SentenceSplitter::decide` (the commonest case, a full stop, a space and a capital or a
//! digit, is read on a fast path in `SentenceSplitter::next_end` that asks the same rule for
//! the word before the stop, `stop_ends`); the word lists it consults live in
//! `lexicon::abbreviations`.
//!
//! # How a boundary is found
//!
//! Sentences never cross a [block](mod@crate::blocks): a blank line, a heading, a byline or a
//! list item always ends the sentence before it, with or without final punctuation. Inside
//! a block a single newline is only whitespace, so a hard-wrapped paragraph reads as one
//! run of text; CRLF and a lone CR are whitespace like LF. The one exception is a line
//! that ends in `;` before a line that starts with a capital: a headline and its subhead
//! (`Candidates vie for support;⏎Trump and Clinton…`).
//!
//! Inside a block the scanner jumps from one candidate to the next (with `memchr` for the
//! ASCII ones, and for the others one pass that reads only the non-ASCII bytes): the
//! ASCII `.` `?` `!`, `…` (found by its last byte, so curly quotes and dashes cost
//! nothing), the CJK/full-width `。` `！` `？` `．` `｡`, the Arabic `؟`, Urdu `۔` and
//! Indic `।` `॥`, and `;`. (`‼` `⁇` `⁈` `⁉` count
//! inside a run.) At each candidate:
//!
//! 1. **The run.** A run of terminators is one: `?!`, `...`, `…`, and spaced runs such as
//!    `. . .` and `! ! !`. Closing quotes and brackets right after it (`”` `’` `"` `'`
//!    `` ` `` `»` `)` `]` `」`, German `“`, a spaced French `»`) belong to the sentence
//!    they close, and so do reference marks (`.[1]`, `. [2][3]`) and zero-width marks.
//! 2. **What follows.** CJK terminators end a sentence at once (unless a closed quotation
//!    is followed by the particle `と`). Otherwise the run must be followed by whitespace
//!    or the end of the block, so `3.14`, `v2.0.1`, `192.168.1.20`, `example.com`,
//!    `U.S.-led` and `e.g.,` never split. The next word, past any opening quotes,
//!    brackets and `¿` `¡`, is then classed: lower case never starts a sentence
//!    (`“Are you sure?” she asked.`, `etc. and more`, `... and then`) unless it is a
//!    name such as `eBay` or an item marker such as `(a)`; nothing starts with `?`.
//! 3. **`?` and `!`** end the sentence, except a quotation closed by them and followed by
//!    a short attribution: `“Why now?” Ms. Ortiz asked.` is one sentence, while
//!    `“Never!” Protesters chanted it.` is two.
//! 4. **Ellipses** end the sentence before a capital only with more evidence, since they
//!    mark elisions as often as ends: a word that plainly starts a sentence (`… It was`),
//!    a closed quotation, a full stop of its own (`....`, `it. ...`). `I` never counts.
//!    `compounds. . . . The` ends after the full stop, and the ellipsis opens the next.
//! 5. **A single `.`** depends on the word before it (at most one short word back):
//!    - an item marker (`1.`, `a.`, `IV.`) first in its sentence or line: never; and in
//!      a sentence that starts with item `n`, the marker `n + 1` starts the next one
//!      (`1. The first item 2. The second item`);
//!    - a title that is always followed by a name (`Mr.`, `Gen.`, `Lt.`, `Mt.`), an
//!      abbreviation that only occurs inside a sentence (`e.g.`, `vs.`, `cf.`), one added
//!      through the builder, or a word inside brackets opened a few words before
//!      (`(Proc. ABC)`, `[page. 42]`): never;
//!    - a number prefix or unit (`No.`, `p.`, `pp.`, `vol.`, `ft.`, `N°.`): not before a
//!      number or a code (`No. 5`, `No. A13`), a boundary otherwise (`He said No. Then`);
//!    - an abbreviation that can end a sentence (`U.S.`, `St.`, `Calif.`, `Jan.`, and any
//!      dotted acronym such as `a.m.` or `D.C.`): a boundary only when the next word
//!      plainly starts a sentence (a pronoun, determiner, conjunction or sentence adverb
//!      such as `The`, `He`, `But`, `Then`), opens a quotation, or is a title well into
//!      the sentence (`He left at 6 P.M. Mr. Smith stayed.` against `At 5 a.m. Mr. Smith
//!      left.`); so `the U.S. Government` and `in the U.S. for 20 years` stay whole while
//!      `in the U.S. How about you?` splits;
//!    - a company form, name suffix or list-closing Latin (`Inc.`, `Corp.`, `Jr.`,
//!      `etc.`): as above, and also before a capitalised word followed by a lower-case
//!      one (`Acme Corp. Workers were told`), but not `Acme Inc. Chief Executive`;
//!    - a single capital (`J. R. R. Tolkien`, `George W. Bush`) is an initial: a boundary
//!      only before a word that plainly starts a sentence (`Plan B. The`);
//!    - a number of up to three digits: a boundary unless a month follows (`Am 3. Oktober`);
//!    - any other word ends the sentence before a capital, a digit or a symbol.
//!
//!    A closing quote or bracket between the word and what follows (`“Inc.” The`) settles
//!    the question for the boundary.
//! 6. **Bracket item markers**, which no terminator ends: in a sentence that opens with
//!    `n)`, the marker `n + 1)` after a space starts the next sentence (`1) The first
//!    item 2) The second item`); inside a sentence (`three parts: 1) a levy, 2) a cap`)
//!    they stay.
//!
//! Every non-whitespace character of the block belongs to exactly one sentence; sentences
//! are trimmed of surrounding whitespace (Unicode whitespace, so non-breaking spaces too).
//! The work per candidate looks back at most one word (a few more for brackets) and ahead
//! at most a few words, so splitting is linear in the input and allocates nothing.
//!
//! ```
//! let text = "Sen. J. R. Ortiz (D-Calif.) spoke at 10 a.m. on Jan. 5. “Why now?” he asked. \
//!             The vote cost $1.5 billion, i.e. more than planned.";
//! let s: Vec<&str> = tidings::sentences(text).map(|s| s.as_str()).collect();
//! assert_eq!(s, [
//!     "Sen. J. R. Ortiz (D-Calif.) spoke at 10 a.m. on Jan. 5.",
//!     "“Why now?” he asked.",
//!     "The vote cost $1.5 billion, i.e. more than planned.",
//! ]);
//! ```

use crate::blocks::{self as search, Block, Blocks};
use crate::error::Error;
use crate::lexicon::abbreviations::{self, Abbrev};
use crate::span::Span;
use once_cell::sync::Lazy;

/// One sentence: its span (trimmed of surrounding whitespace) and its text.
///
/// ```
/// let s = tidings::sentences("  Prices fell.  ").next().unwrap();
/// assert_eq!(s.as_str(), "Prices fell.");
/// assert_eq!((s.start(), s.end()), (2, 14));
/// ```
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
    ///
    /// ```
    /// let text = "One. Two.";
    /// let s = tidings::sentences(text).nth(1).unwrap();
    /// assert_eq!(s.span().as_str(text), "Two.");
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }
    /// Byte offset of the sentence's first character.
    ///
    /// ```
    /// assert_eq!(tidings::sentences("One. Two.").nth(1).unwrap().start(), 5);
    /// ```
    pub fn start(&self) -> usize {
        self.span.start()
    }
    /// Byte offset just past the sentence's last character.
    ///
    /// ```
    /// assert_eq!(tidings::sentences("One. Two.").next().unwrap().end(), 4);
    /// ```
    pub fn end(&self) -> usize {
        self.span.end()
    }
    /// The sentence's text, borrowed from the input.
    ///
    /// ```
    /// assert_eq!(tidings::sentences("Mr. Li won.").next().unwrap().as_str(), "Mr. Li won.");
    /// ```
    pub fn as_str(&self) -> &'a str {
        self.text
    }
}

/// Builds a [`SentenceSplitter`] with options.
///
/// ```
/// let splitter = tidings::SentenceSplitter::builder()
///     .abbreviation("Ald.")
///     .abbreviation("approx")
///     .build()?;
/// assert_eq!(splitter.split("Ald. Ruiz voted. It passed.").count(), 2);
/// # Ok::<(), tidings::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct SentenceSplitterBuilder {
    abbreviations: Vec<String>,
}

impl SentenceSplitterBuilder {
    /// Adds an abbreviation that never ends a sentence by itself, such as `"Gen."` or
    /// `"approx."`. The trailing full stop is optional; case does not matter. Internal
    /// full stops are kept (`"a.d."`).
    ///
    /// ```
    /// let s = tidings::SentenceSplitter::builder().abbreviation("Supt.").build().unwrap();
    /// assert_eq!(s.split("Supt. Kaur spoke.").count(), 1);
    /// ```
    pub fn abbreviation(mut self, abbr: impl Into<String>) -> Self {
        self.abbreviations.push(abbr.into());
        self
    }

    /// Builds the splitter.
    ///
    /// # Errors
    /// [`Error::InvalidAbbreviation`] if an abbreviation is empty or contains whitespace.
    ///
    /// ```
    /// assert!(tidings::SentenceSplitter::builder().abbreviation("a b").build().is_err());
    /// assert!(tidings::SentenceSplitter::builder().abbreviation(".").build().is_err());
    /// ```
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
    /// Custom abbreviations, lower case, without the final full stop.
    extra: Vec<String>,
}

pub(crate) static DEFAULT: Lazy<SentenceSplitter> = Lazy::new(SentenceSplitter::default);

/// What a run of terminators is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Terminal {
    /// One `.`.
    Period,
    /// `...`, `…`, `. . .`.
    Ellipsis,
    /// Any run holding `?` or `!`.
    Strong,
    /// `。` `！` `？` and their full-width kin: no space follows them.
    Cjk,
}

/// The first character of the next word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Next {
    Upper,
    Lower,
    Digit,
    Other,
}

/// What the word before a single `.` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    Plain,
    /// A title, an inner abbreviation or a custom one: the stop never ends a sentence.
    Never,
    BeforeNumber,
    CanEnd,
    Closing,
    Initial,
    ListNumber,
    /// A number of up to three digits inside a line: `in room 12. The` ends a sentence,
    /// `am 3. Oktober` does not.
    SmallNumber,
}

/// How far back the word before a full stop is looked for: no abbreviation is longer.
const WORD_MAX: usize = 24;

/// Classes of the bytes of a plain word before a full stop: [`LETTER`], [`DIGIT`], [`DOT`],
/// 0 for any other byte.
// Every index is below 256 and the table is built at compile time, where a bad index would
// not compile.
#[allow(clippy::indexing_slicing)]
const WORD_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c == b'.' {
            DOT
        } else {
            0
        };
        b += 1;
    }
    t
};
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const DOT: u8 = 4;

/// The outcome at one candidate.
enum Decision {
    /// The sentence ends here (offset just past the run and its closing marks).
    End(usize),
    /// Not a boundary; scanning resumes here.
    Skip(usize),
}

/// Scan state, kept across sentences and blocks so that no byte is searched twice: each
/// search runs to the end of the text, not of the block, and its hit serves every block
/// up to it (most blocks hold none of the rarer terminators nor a bracket, and are then
/// settled without a search of their own).
#[derive(Clone, Debug, Default)]
struct Cursor {
    block: Option<Span>,
    /// Whether the block lies on one line (a `;` then ends no sentence in it).
    one_line: bool,
    /// Start of the next sentence.
    pos: usize,
    /// Cached next ASCII terminator at or after the last search.
    ascii: Option<usize>,
    /// Cached next start of a multi-byte terminator (`…`, CJK, full-width, Arabic, Urdu,
    /// Indic, `‼ ⁇ ⁈ ⁉`), or a byte that may belong to one.
    multi: Option<usize>,
    /// Cached next `;`, which ends a headline line followed by its subhead.
    semi: Option<usize>,
    /// The least of `multi` and (in a block of several lines) `semi` while neither is
    /// behind the scan.
    rest: Option<usize>,
    /// Where the brackets before a full stop are.
    openers: Openers,
    /// The search for the ASCII terminators.
    finder: search::TerminatorFinder,
}

impl Cursor {
    /// Enters `block`, which lies on one line or not. The cached hits stand if the
    /// block comes after the last one (as blocks do); otherwise the searches start afresh.
    fn enter_block(&mut self, (block, one_line): (Span, bool)) {
        if self.block.is_some_and(|b| block.start() < b.end()) {
            *self = Cursor {
                finder: self.finder,
                ..Cursor::default()
            };
        }
        self.block = Some(block);
        self.one_line = one_line;
        self.pos = block.start();
        self.rest = self.least_rest();
    }

    /// The nearest rarer terminator that counts in this block, if every search it needs
    /// has run.
    fn least_rest(&self) -> Option<usize> {
        let semi = if self.one_line {
            usize::MAX
        } else {
            self.semi?
        };
        Some(self.multi?.min(semi))
    }
}

/// The last opening bracket (`(` `[` `{`, or the lead byte `0xEF` of `（`) before a full
/// stop, found by forward searches kept across the candidates of a text, so that the
/// look back for brackets costs one search per bracket instead of one per full stop.
#[derive(Clone, Copy, Debug, Default)]
struct Openers {
    /// The next `(` `[` `{` at or after the last query (the text's end if none); `None`
    /// before the first search.
    next: Option<usize>,
    /// The next `0xEF` byte, likewise.
    next_wide: Option<usize>,
    /// The last of either before the last query.
    last: Option<usize>,
    /// The last full stop asked about.
    upto: usize,
    /// The span of the last search for multi-byte terminators, `from..hit` (the hit, or
    /// the text's end): it looks for `0xEF` too, so no `0xEF` lies inside, and the search
    /// for one starts past it.
    searched: (usize, usize),
}

impl Openers {
    /// Whether an opening bracket byte lies in `bytes[floor..dot]`, for the full stops of
    /// `from..end` asked about in order (each search runs to `end`, the text's end).
    #[inline(always)]
    fn any_in(&mut self, bytes: &[u8], from: usize, end: usize, floor: usize, dot: usize) -> bool {
        if let (Some(n), Some(w)) = (self.next, self.next_wide) {
            // No bracket since the last full stop asked about (most of them): the answer
            // stands.
            if n >= dot && w >= dot && dot >= self.upto {
                self.upto = dot;
                return self.last.is_some_and(|l| l >= floor);
            }
        }
        self.search(bytes, from, end, floor, dot)
    }

    /// [`Openers::any_in`] past the next bracket, or before the first search.
    #[inline(never)]
    fn search(&mut self, bytes: &[u8], from: usize, end: usize, floor: usize, dot: usize) -> bool {
        if dot < self.upto {
            // Out of order (never in practice): look at the window itself.
            let window = bytes.get(floor..dot).unwrap_or(&[]);
            return memchr::memrchr3(b'(', b'[', b'{', window).is_some()
                || memchr::memrchr(0xEF, window).is_some();
        }
        self.upto = dot;
        let find = |at: usize| {
            let hay = bytes.get(at..end).unwrap_or(&[]);
            search::find_bracket(hay).map_or(end, |o| at + o)
        };
        self.next = Some(catch_up(self.next, from, dot, &mut self.last, find));
        let (clear, hit) = self.searched;
        let find_wide = |p: usize| {
            // Most texts hold no `0xEF`, which the search for multi-byte terminators has
            // then told already.
            let p = if (clear..=hit).contains(&p) {
                if hit >= end || at(bytes, hit) == 0xEF {
                    return hit.min(end);
                }
                hit + 1
            } else {
                p
            };
            let hay = bytes.get(p..end).unwrap_or(&[]);
            search::find_wide(hay).map_or(end, |o| p + o)
        };
        self.next_wide = Some(catch_up(
            self.next_wide,
            from,
            dot,
            &mut self.last,
            find_wide,
        ));
        self.last.is_some_and(|l| l >= floor)
    }
}

#[inline]
fn at(bytes: &[u8], i: usize) -> u8 {
    bytes.get(i).copied().unwrap_or(0)
}

/// The char starting at byte `i`, if `i` is a char boundary inside `text`.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// Length of the terminator starting at `i`, and its kind, if there is one.
#[inline]
fn terminator(bytes: &[u8], i: usize) -> Option<(usize, Terminal)> {
    match at(bytes, i) {
        b'.' => Some((1, Terminal::Period)),
        b'?' | b'!' => Some((1, Terminal::Strong)),
        0xE2 => match (at(bytes, i + 1), at(bytes, i + 2)) {
            (0x80, 0xA6) => Some((3, Terminal::Ellipsis)),
            // ‼ ⁇ ⁈ ⁉
            (0x80, 0xBC) | (0x81, 0x87..=0x89) => Some((3, Terminal::Strong)),
            _ => None,
        },
        // 。
        0xE3 if at(bytes, i + 1) == 0x80 && at(bytes, i + 2) == 0x82 => Some((3, Terminal::Cjk)),
        0xEF => match (at(bytes, i + 1), at(bytes, i + 2)) {
            // ！ ． ？ ｡
            (0xBC, 0x81 | 0x8E | 0x9F) | (0xBD, 0xA1) => Some((3, Terminal::Cjk)),
            _ => None,
        },
        // Arabic question mark ؟, Urdu full stop ۔, Devanagari/Bengali danda । and ॥:
        // scripts without case, where the mark alone ends the sentence.
        0xD8 if at(bytes, i + 1) == 0x9F => Some((2, Terminal::Strong)),
        0xDB if at(bytes, i + 1) == 0x94 => Some((2, Terminal::Strong)),
        0xE0 if at(bytes, i + 1) == 0xA5 && matches!(at(bytes, i + 2), 0xA4 | 0xA5) => {
            Some((3, Terminal::Strong))
        }
        _ => None,
    }
}

/// Moves a cached search hit (`next`, or a first search with `find` from `from`) up to
/// `dot`, keeping the greatest hit before `dot` in `last`; returns the first hit at or
/// after `dot`. Every hit is found once per block.
#[inline]
fn catch_up(
    next: Option<usize>,
    from: usize,
    dot: usize,
    last: &mut Option<usize>,
    find: impl Fn(usize) -> usize,
) -> usize {
    let mut n = next.unwrap_or_else(|| find(from));
    while n < dot {
        *last = Some(last.map_or(n, |l| l.max(n)));
        n = find(n + 1);
    }
    n
}

/// Where the `‼ ⁇ ⁈ ⁉` whose byte `p` was found starts (not before `floor`), or `p` itself
/// when the byte belongs to another character (the scan then steps past it).
fn double_mark(bytes: &[u8], floor: usize, p: usize) -> usize {
    match at(bytes, p) {
        0xBC if p >= floor + 2 && at(bytes, p - 2) == 0xE2 && at(bytes, p - 1) == 0x80 => p - 2,
        0x81 if p > floor
            && at(bytes, p - 1) == 0xE2
            && matches!(at(bytes, p + 1), 0x87..=0x89) =>
        {
            p - 1
        }
        _ => p,
    }
}

/// Marks that close what a terminator ended: quotes and brackets.
#[inline]
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '”'
            | '’'
            | '“'
            | '‘'
            | '»'
            | '›'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '］'
            | '】'
            | '〕'
            | '》'
            | '〉'
    )
}

#[inline]
fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '“' | '‘' | '»' | '›' | '」' | '』'
    )
}

/// Marks that may open a sentence before its first word.
#[inline]
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '“'
            | '‘'
            | '„'
            | '‚'
            | '«'
            | '‹'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '【'
    )
}

/// Whether an ASCII byte is whitespace.
#[inline]
fn is_ascii_space(b: u8) -> bool {
    // A byte above the space is no whitespace: one comparison for most bytes.
    b <= b' ' && matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// What follows a run of terminators, read up to the next word.
#[derive(Clone, Copy)]
struct Follow {
    kind: Terminal,
    /// Full stops in the run.
    dots: usize,
    /// Whether the run has spaces inside (`. . .`).
    spaced: bool,
    /// Past the run and the closing quotes, brackets and reference marks after it.
    k: usize,
    /// Whether a quote or a bracket closes after the run.
    closed: bool,
    /// Whether a quote closes after the run.
    quoted: bool,
    /// Where the next word (or its opening marks) starts, past the whitespace.
    m: usize,
}

/// Steps 1 and 2 of [`SentenceSplitter::decide`] up to the next word: the run of
/// terminators at `c`, what closes after it and the whitespace after that; or the
/// decision, when that settles it.
fn follow(text: &str, end: usize, c: usize) -> Result<Follow, Decision> {
    let bytes = text.as_bytes();
    // 1. The run of terminators.
    let mut j = c;
    let mut kind: Option<Terminal> = None;
    let mut dots = 0usize;
    let mut spaced = false;
    while j < end {
        let Some((len, t)) = terminator(bytes, j) else {
            // `. . .`, `! ! !`: a lone space between terminators keeps the run going.
            if at(bytes, j) == b' '
                && matches!(at(bytes, j + 1), b'.' | b'!' | b'?')
                && matches!(at(bytes, j.wrapping_sub(1)), b'.' | b'!' | b'?')
                && (at(bytes, j + 1) != b'.' || dots > 0)
                && j + 1 < end
            {
                spaced = true;
                j += 1;
                continue;
            }
            break;
        };
        if t == Terminal::Period {
            dots += 1;
        }
        kind = Some(match (kind, t) {
            (Some(Terminal::Cjk), _) | (_, Terminal::Cjk) => Terminal::Cjk,
            (Some(Terminal::Strong), _) | (_, Terminal::Strong) => Terminal::Strong,
            (Some(_), _) | (None, Terminal::Ellipsis) => Terminal::Ellipsis,
            (None, Terminal::Period) => Terminal::Period,
        });
        j += len;
    }
    let Some(kind) = kind else {
        return Err(Decision::Skip(c + 1));
    };

    // Closing quotes and brackets belong to the sentence they close, and so do
    // reference marks such as `[1]`.
    let mut k = j;
    let mut closed = false;
    let mut quoted = false;
    while k < end {
        // ASCII fast path: a letter, a digit or a space closes nothing, nor does a
        // space before anything ASCII but a reference mark.
        let b = at(bytes, k);
        if b.is_ascii_alphanumeric()
            || b == b'\n'
            || b == b' ' && at(bytes, k + 1) < 0x80 && at(bytes, k + 1) != b'['
        {
            break;
        }
        // A curly quote (`‘` `’` `“` `”`), the commonest closer after a stop, is a closer
        // and a quote, told from its bytes without decoding it.
        if b == 0xE2
            && at(bytes, k + 1) == 0x80
            && matches!(at(bytes, k + 2), 0x98 | 0x99 | 0x9C | 0x9D)
        {
            closed = true;
            quoted = true;
            k += 3;
            continue;
        }
        match char_at(text, k) {
            Some(ch) if is_closer(ch) => {
                // `[...]` and `(...)` mark an elision, not an end.
                if kind == Terminal::Ellipsis
                    && k == j
                    && matches!(ch, ']' | ')')
                    && matches!(at(bytes, c.wrapping_sub(1)), b'[' | b'(')
                {
                    return Err(Decision::Skip(k));
                }
                closed = true;
                quoted |= is_quote(ch);
                k += ch.len_utf8();
            }
            // Zero-width marks stay with the sentence they follow.
            Some(ch @ ('\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}')) => {
                k += ch.len_utf8();
            }
            Some('[') => match reference_mark(bytes, k) {
                Some(len) => k += len,
                None => break,
            },
            Some(sp @ (' ' | '\u{A0}' | '\u{202F}')) => {
                match char_at(text, k + sp.len_utf8()) {
                    // French typography spaces the closing guillemet: `prêts. »`.
                    Some(g @ ('»' | '›')) => {
                        closed = true;
                        quoted = true;
                        k += sp.len_utf8() + g.len_utf8();
                    }
                    Some('[') => match reference_mark(bytes, k + 1) {
                        Some(len) => k += 1 + len,
                        None => break,
                    },
                    _ => break,
                }
            }
            _ => break,
        }
    }
    if kind == Terminal::Cjk {
        // `「行きます。」と言った。`: a quotation followed by the particle と goes on.
        if closed && char_at(text, k) == Some('と') {
            return Err(Decision::Skip(k));
        }
        return Err(Decision::End(k));
    }
    if k >= end {
        return Err(Decision::End(k));
    }

    // 2. What follows: whitespace, then the next word.
    let mut m = k;
    loop {
        while m < end && is_ascii_space(at(bytes, m)) {
            m += 1;
        }
        // Unicode whitespace (a no-break space) only starts with a non-ASCII byte.
        match space_at(text, m) {
            Some(len) if m < end && at(bytes, m) >= 0x80 => m += len,
            _ => break,
        }
    }
    if m == k {
        return Err(if glued_start(text, kind, quoted, c, k) {
            Decision::End(k)
        } else {
            Decision::Skip(k)
        });
    }
    if m >= end {
        return Err(Decision::End(k));
    }
    Ok(Follow {
        kind,
        dots,
        spaced,
        k,
        closed,
        quoted,
        m,
    })
}

/// Whether a new sentence starts right after the run of terminators at `c` and its
/// closing marks (up to `k`), with no space between: rare, and kept out of line.
#[cold]
#[inline(never)]
fn glued_start(text: &str, kind: Terminal, quoted: bool, c: usize, k: usize) -> bool {
    let bytes = text.as_bytes();
    // `seen it before.@CityRadio talks`, `the mayor.#Vote2026 starts`: a post copied
    // without its spaces starts a new sentence at a handle or a capitalised hashtag right
    // after the full stop of a plain word (no e-mail address has `.@`; a file name's stop
    // follows another, `index.html.#top`).
    if kind == Terminal::Period
        && k == c + 1
        && match at(bytes, k) {
            b'@' => at(bytes, k + 1).is_ascii_alphanumeric(),
            b'#' => at(bytes, k + 1).is_ascii_uppercase(),
            _ => false,
        }
    {
        let floor = c.saturating_sub(WORD_MAX);
        let len = lower_run_before(bytes, floor, c);
        let s = c - len;
        return len >= 2 && s > floor && !matches!(at(bytes, s - 1), b'.' | b'/' | b'@');
    }
    // `… our greatest shame.”― Ana Ruiz`: a quotation signed with a dash set close ends as
    // it does before a spaced one (`shame.” ― Ana Ruiz`), where a name follows.
    if quoted && kind != Terminal::Ellipsis {
        if let Some(d @ ('―' | '—')) = char_at(text, k) {
            let mut n = k + d.len_utf8();
            n += usize::from(at(bytes, n) == b' ');
            return at(bytes, n).is_ascii_uppercase();
        }
    }
    false
}

/// Whether the bytes at `i` are whitespace; returns its length.
#[inline]
fn space_at(text: &str, i: usize) -> Option<usize> {
    let b = at(text.as_bytes(), i);
    if b < 0x80 {
        return matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C).then_some(1);
    }
    let c = char_at(text, i)?;
    c.is_whitespace().then(|| c.len_utf8())
}

fn classify(c: char) -> Next {
    if c.is_ascii() {
        return match c {
            'A'..='Z' => Next::Upper,
            'a'..='z' => Next::Lower,
            '0'..='9' => Next::Digit,
            _ => Next::Other,
        };
    }
    if c.is_lowercase() {
        Next::Lower
    } else if c.is_alphabetic() {
        // Upper case, or a script without case: either may start a sentence.
        Next::Upper
    } else if c.is_numeric() {
        Next::Digit
    } else {
        Next::Other
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// The eight bytes at `i` as one little-endian word, when there are eight.
#[inline(always)]
fn word_at(bytes: &[u8], i: usize) -> Option<u64> {
    bytes
        .get(i..i.checked_add(8)?)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
        .map(u64::from_le_bytes)
}

/// The top bit of each byte of `w` that is an ASCII letter. Within the low seven bits no
/// sum carries into the next byte; bytes from 0x80 are no letters.
#[inline(always)]
fn letter_lanes(w: u64) -> u64 {
    let x = (w | (0x20 * ONES)) & LOW7;
    let from_a = x.wrapping_add((0x80 - 0x61) * ONES);
    let past_z = x.wrapping_add((0x80 - 0x7B) * ONES);
    from_a & !past_z & !w & HIGH
}

/// The ASCII letters starting at `i` (a word's stem, `It` of `It’s`).
fn ascii_word(text: &str, i: usize) -> &str {
    // Most words end within eight bytes: one word of them read at once.
    if let Some(w) = word_at(text.as_bytes(), i) {
        let other = !letter_lanes(w) & HIGH;
        if other != 0 {
            let n = (other.trailing_zeros() / 8) as usize;
            let after = (w >> (8 * n)) as u8;
            if (0xC3..0xE0).contains(&after) {
                return "";
            }
            return text.get(i..i + n).unwrap_or("");
        }
    }
    let rest = text.as_bytes().get(i..).unwrap_or(&[]);
    let n = rest
        .iter()
        .take(16)
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    // A longer run, or one that goes on in non-ASCII letters, is not a listed word.
    let after = at(rest, n);
    if after.is_ascii_alphabetic() || (0xC3..0xE0).contains(&after) {
        return "";
    }
    text.get(i..i + n).unwrap_or("")
}

impl SentenceSplitter {
    /// A builder for a splitter with custom options.
    ///
    /// ```
    /// let s = tidings::SentenceSplitter::builder().build().unwrap();
    /// assert_eq!(s.split("One. Two.").count(), 2);
    /// ```
    pub fn builder() -> SentenceSplitterBuilder {
        SentenceSplitterBuilder::default()
    }

    /// The sentences of `text`, lazily.
    ///
    /// ```
    /// let splitter = tidings::SentenceSplitter::default();
    /// let s: Vec<&str> = splitter.split("He left.” She stayed.").map(|s| s.as_str()).collect();
    /// assert_eq!(s, ["He left.”", "She stayed."]);
    /// ```
    pub fn split<'r, 'h>(&'r self, text: &'h str) -> Sentences<'r, 'h> {
        Sentences {
            splitter: self,
            text,
            blocks: Blocks::lean(text),
            cursor: Cursor::default(),
        }
    }

    /// The sentences within blocks already computed by [`crate::blocks()`], so the text is
    /// not scanned for blocks twice. Gives the same sentences as [`SentenceSplitter::split`]
    /// when `blocks` are the blocks of `text`.
    ///
    /// ```
    /// let text = "Vote Delayed\n\nThe council met. It adjourned.";
    /// let blocks: Vec<_> = tidings::blocks(text).collect();
    /// let splitter = tidings::SentenceSplitter::default();
    /// let a: Vec<_> = splitter.split_blocks(text, &blocks).collect();
    /// let b: Vec<_> = splitter.split(text).collect();
    /// assert_eq!(a, b);
    /// assert_eq!(a.len(), 3);
    /// ```
    pub fn split_blocks<'r, 'h>(
        &'r self,
        text: &'h str,
        blocks: &'r [Block<'h>],
    ) -> BlockSentences<'r, 'h> {
        BlockSentences {
            splitter: self,
            text,
            blocks: blocks.iter(),
            cursor: Cursor::default(),
        }
    }

    /// The end of the sentence starting at `cursor.pos`: the first accepted boundary, or
    /// the end of the block. Inlined into the iterators' one caller, so that a sentence
    /// costs one call's entry and exit instead of two.
    #[inline(always)]
    fn next_end(&self, text: &str, cursor: &mut Cursor) -> usize {
        let Some(block) = cursor.block else {
            return cursor.pos;
        };
        let bytes = text.as_bytes();
        let end = block.end().min(bytes.len());
        let mut i = cursor.pos;
        loop {
            if i >= end {
                return end;
            }
            if cursor.ascii.map_or(true, |a| a < i) {
                let hay = bytes.get(i..).unwrap_or(&[]);
                cursor.ascii = Some(cursor.finder.find(hay).map_or(bytes.len(), |o| i + o));
            }
            // The rarer terminators are looked for again only when the scan has passed
            // the nearest of them.
            if cursor.rest.map_or(true, |r| r < i) {
                self.refresh_rest(text, cursor, i);
            }
            let c = cursor
                .ascii
                .unwrap_or(end)
                .min(cursor.rest.unwrap_or(end))
                .min(end);
            // A one-byte terminator that ends the block (a paragraph per line ends most
            // lines with one) ends the sentence with it: `decide` would find nothing after
            // it.
            if c + 1 >= end && (c >= end || matches!(at(bytes, c), b'.' | b'?' | b'!')) {
                return end;
            }
            if at(bytes, c) == b';' {
                match semicolon_line_end(text, c, end) {
                    Some(e) => return e,
                    None => {
                        i = c + 1;
                        continue;
                    }
                }
            }
            // A `.` inside a token (`3.14`, `U.S.`, `example.org`) is never a boundary
            // (`decide` would skip to the next byte): the next terminator is looked for in
            // the rest of the token before the scan goes on.
            if at(bytes, c) == b'.' && c + 1 < end && at(bytes, c + 1).is_ascii_alphanumeric() {
                let token = bytes.get(c + 1..end).unwrap_or(&[]);
                let p = c
                    + 1
                    + token
                        .iter()
                        .take(16)
                        .take_while(|b| b.is_ascii_alphanumeric())
                        .count();
                if p < end && matches!(at(bytes, p), b'.' | b'?' | b'!') {
                    cursor.ascii = Some(p);
                }
                i = c + 1;
                continue;
            }
            // `said. The`, the commonest boundary: a plain word, a full stop, a space and
            // a capital. `decide` would find the word plain, which ends a sentence before
            // anything but lower case; only brackets opened before the word are left to
            // look for.
            // `etc. and`: lower case after a stop never starts a sentence, unless the word
            // is a name such as `eBay` (see `decide`).
            if at(bytes, c) == b'.'
                && at(bytes, c + 1) == b' '
                && c + 2 < end
                && at(bytes, c + 2).is_ascii_lowercase()
                && !capital_inside(text, c + 2)
            {
                i = c + 1;
                continue;
            }
            if self.extra.is_empty()
                && at(bytes, c) == b'.'
                && at(bytes, c + 1) == b' '
                && c + 2 < end
                && (at(bytes, c + 2).is_ascii_uppercase() || at(bytes, c + 2).is_ascii_digit())
            {
                let digit = at(bytes, c + 2).is_ascii_digit();
                // `said. The`, the commonest boundary: a plain lower-case word ends the
                // sentence (brackets aside). It is no initial (its last letter is lower
                // case) and no item marker (two letters or more, not a roman numeral).
                let lower = if at(bytes, c.wrapping_sub(1)).is_ascii_lowercase() {
                    lower_word_before(text, block.start(), c)
                } else {
                    Lower::Other
                };
                if let Lower::Plain = lower {
                    let from = cursor.pos.max(block.start());
                    let floor = from.max(c.saturating_sub(48));
                    if !(cursor
                        .openers
                        .any_in(bytes, block.start(), bytes.len(), floor, c)
                        && inside_brackets(bytes, from, c))
                    {
                        return c + 1;
                    }
                    i = c + 1;
                    continue;
                }
                // `J. R. Tolkien`: a lone capital after a space (not a roman digit) is an
                // initial where no item marker can stand (as `word_before` would class it),
                // which ends the sentence only before a word that plainly starts one.
                let p = c.wrapping_sub(1);
                if !digit
                    && c > block.start()
                    && at(bytes, p).is_ascii_uppercase()
                    && !matches!(at(bytes, p), b'I' | b'V' | b'X')
                    && (p == block.start()
                        || matches!(at(bytes, p - 1), b' ' | b'\t' | b'\n' | b'\r'))
                    && !marker_place(text, block.start(), cursor.pos, p)
                {
                    let after = After::past_space(text, c + 2, false);
                    if !stop_ends(Word::Initial, after, text, cursor.pos, p, end) {
                        i = c + 1;
                        continue;
                    }
                }
                let (class, s) = match lower {
                    // `York.`, `Sept.`, `Gov.`: the word is read as `word_before` reads a
                    // word of ASCII letters after a space, without reading it again.
                    Lower::Capitalised(s) => {
                        let raw = text.get(s..c).unwrap_or("");
                        let class = self.letters_before(text, block.start(), cursor.pos, s, raw);
                        (class, s)
                    }
                    _ => self.word_before(text, block.start(), cursor.pos, c),
                };
                // From here on as `decide` reads a full stop before a word, with nothing
                // between them but a space (so nothing closed or opened): an item marker
                // first, then the class of the word before against the next word.
                if marker_like(bytes, s, c) {
                    if let Some(e) = self.next_item(text, cursor.pos, s) {
                        return e;
                    }
                }
                let w = c + 2;
                let alone = match class {
                    // A plain word (`York. The`) and `Mr. Li`, settled by the class alone.
                    Word::Plain => true,
                    Word::Never | Word::ListNumber => false,
                    _ => stop_ends(
                        class,
                        After::past_space(text, w, digit),
                        text,
                        cursor.pos,
                        s,
                        end,
                    ),
                };
                if alone {
                    let from = cursor.pos.max(block.start());
                    let floor = from.max(c.saturating_sub(48));
                    if !(cursor
                        .openers
                        .any_in(bytes, block.start(), bytes.len(), floor, c)
                        && inside_brackets(bytes, from, c))
                    {
                        return c + 1;
                    }
                }
                i = c + 1;
                continue;
            }
            match self.decide(text, block, cursor.pos, c, &mut cursor.openers) {
                Decision::End(e) => return e,
                Decision::Skip(r) => i = r.max(c + 1),
            }
        }
    }

    /// Finds again the next multi-byte terminator and `;` (in a block of several lines) at
    /// or after `i` where the last search is behind it, and keeps the nearest in
    /// `cursor.rest`.
    fn refresh_rest(&self, text: &str, cursor: &mut Cursor, i: usize) {
        let bytes = text.as_bytes();
        let hay = bytes.get(i..).unwrap_or(&[]);
        let len = bytes.len();
        if cursor.multi.map_or(true, |m| m < i) {
            // One pass finds the first byte of any of them (see `find_rare_terminator`),
            // and a byte after a lead is moved back to the start of its terminator: no
            // lead is such a byte, so the first byte found gives the first start.
            let found = search::find_rare_terminator(hay);
            cursor.openers.searched = (i, found.map_or(len, |o| i + o));
            cursor.multi = Some(match found {
                Some(o) => {
                    let p = i + o;
                    match at(bytes, p) {
                        0xA6 => {
                            let lead = p.saturating_sub(2);
                            if lead >= i && at(bytes, lead) == 0xE2 && at(bytes, lead + 1) == 0x80 {
                                lead
                            } else {
                                p
                            }
                        }
                        0xBC | 0x81 => double_mark(bytes, i, p),
                        _ => p,
                    }
                }
                None => len,
            });
        }
        if !cursor.one_line && cursor.semi.map_or(true, |m| m < i) {
            cursor.semi = Some(search::find_semicolon(hay).map_or(len, |o| i + o));
        }
        cursor.rest = cursor.least_rest();
    }

    /// Whether the terminator at `c` ends the sentence that starts at `start`. The one
    /// place a boundary is decided.
    fn decide(
        &self,
        text: &str,
        block: Span,
        start: usize,
        c: usize,
        openers: &mut Openers,
    ) -> Decision {
        let bytes = text.as_bytes();
        let end = block.end().min(bytes.len());

        // `word. Next`, most candidates, is read without the loops below.
        let f = if at(bytes, c) == b'.'
            && at(bytes, c + 1) == b' '
            && c + 2 < end
            && at(bytes, c + 2).is_ascii_alphanumeric()
        {
            Follow {
                kind: Terminal::Period,
                dots: 1,
                spaced: false,
                k: c + 1,
                closed: false,
                quoted: false,
                m: c + 2,
            }
        } else {
            match follow(text, end, c) {
                Ok(f) => f,
                Err(d) => return d,
            }
        };
        let Follow {
            kind,
            dots,
            spaced,
            k,
            closed,
            quoted,
            m,
        } = f;
        let mut w = m;
        let mut opened = false;
        for _ in 0..4 {
            // A letter or a digit opens nothing.
            if at(bytes, w).is_ascii_alphanumeric() {
                break;
            }
            match char_at(text, w) {
                Some(ch) if is_opener(ch) => {
                    opened = true;
                    w += ch.len_utf8();
                    if matches!(ch, '«' | '‹') {
                        while let Some(len) = space_at(text, w).filter(|_| w < end) {
                            w += len;
                        }
                    }
                }
                _ => break,
            }
        }
        let first = char_at(text, w);
        // Nothing starts with `?`, `!` or `.`: `As shown in Fig. ??`.
        if matches!(first, Some('?' | '!' | '.')) {
            return Decision::Skip(k);
        }
        let mut next = first.map_or(Next::Other, classify);
        let word = ascii_word(text, w);
        if next == Next::Lower && word.bytes().skip(1).any(|b| b.is_ascii_uppercase()) {
            // `eBay`, `iPhone`: lower case first, yet a name that may start a sentence.
            next = Next::Upper;
        } else if next == Next::Lower && enumerator_at(bytes, m) {
            // `(1) No, they go here. [z] Last`: an item marker starts a sentence.
            next = Next::Upper;
        } else if next == Next::Upper && has_digit_after(bytes, w + word.len()) {
            // `No. A13`: a code, not a word.
            next = Next::Digit;
        }
        if next == Next::Lower {
            return Decision::Skip(k);
        }

        let boundary = match kind {
            Terminal::Strong => !(quoted && attribution(text, m, end)),
            Terminal::Ellipsis => {
                if only_space_or_marks(text, start, c) {
                    // `. . . The practice`: an ellipsis opening a sentence.
                    false
                } else if spaced && dots >= 4 && at(bytes, c + 1) == b' ' && next == Next::Upper {
                    // `compounds. . . . The`: a full stop, then an ellipsis that opens the
                    // next sentence, when the stop touches the word.
                    if at(bytes, c.wrapping_sub(1)).is_ascii_alphanumeric() {
                        return Decision::End(c + 1);
                    }
                    true
                } else {
                    // An ellipsis marks an elision as often as an end (`the term … Islamic
                    // terrorist`): it ends a sentence before a capital only with more
                    // evidence: a word that plainly starts one, a closed quotation, or a
                    // full stop of its own (`....`, `. ...`). `I` is capitalised anywhere.
                    next == Next::Upper
                        && word != "I"
                        && (starter(bytes, w, word)
                            || closed
                            || opened
                            || dots >= 4
                            || after_stop(bytes, c))
                }
            }
            Terminal::Cjk => true,
            Terminal::Period => {
                let (class, s) = self.word_before(text, block.start(), start, c);
                if marker_like(bytes, s, c) {
                    if let Some(e) = self.next_item(text, start, s) {
                        return Decision::End(e);
                    }
                }
                let class = match class {
                    Word::ListNumber => Word::ListNumber,
                    _ if closed => Word::Plain,
                    other => other,
                };
                // A word inside brackets opened a few words before (`(Proc. ABC)`) never
                // ends the sentence: looked for only when the word alone would end it
                // (a title, which never does, stays one inside brackets too).
                let after = After {
                    next,
                    opened,
                    w,
                    word,
                };
                stop_ends(class, after, text, start, s, end)
                    && (closed || {
                        let from = start.max(block.start());
                        let floor = from.max(c.saturating_sub(48));
                        !(openers.any_in(bytes, block.start(), bytes.len(), floor, c)
                            && inside_brackets(bytes, from, c))
                    })
            }
        };
        if boundary {
            Decision::End(k)
        } else {
            Decision::Skip(k)
        }
    }

    /// Classes the word that ends just before the full stop at `dot`, looking back at most
    /// one short word; also returns where the word starts.
    // Inlined into its two callers, as `letters_before` is into it.
    #[inline(always)]
    fn word_before(
        &self,
        text: &str,
        block_start: usize,
        start: usize,
        dot: usize,
    ) -> (Word, usize) {
        let bytes = text.as_bytes();
        let floor = block_start.max(dot.saturating_sub(WORD_MAX + 1));
        // The common word, ASCII letters or digits after a space (`said.`, `Mr.`, `J.`,
        // `2019.`), is read in one pass back that also tells letters from digits; any
        // other word goes the general way.
        let mut seen = 0u8;
        let mut len = 0usize;
        for &b in bytes.get(floor..dot).unwrap_or(&[]).iter().rev() {
            let class = WORD_BYTE.get(usize::from(b)).copied().unwrap_or(0);
            if class == 0 {
                break;
            }
            seen |= class;
            len += 1;
        }
        let s = dot - len;
        let (letters, digits) = (seen & LETTER != 0, seen & DIGIT != 0);
        let dotted = seen & DOT != 0;
        let clean = s == block_start
            || match at(bytes, s - 1) {
                b' ' | b'\t' | b'\n' | b'\r' => true,
                // Punctuation, a non-ASCII letter, or a word that fills the window.
                _ => false,
            };
        if s < dot && clean && letters != digits {
            let raw = text.get(s..dot).unwrap_or("");
            if !dotted {
                if letters {
                    return (self.letters_before(text, block_start, start, s, raw), s);
                }
                return (self.digits_before(text, block_start, start, s, raw), s);
            }
            // `U.S`, `a.m`: letters and inner full stops.
            if letters
                && at(bytes, s).is_ascii_alphabetic()
                && at(bytes, dot - 1).is_ascii_alphabetic()
            {
                return (self.dotted_before(raw), s);
            }
        }
        // Two common tokens that the general reading would take char by char, read here as
        // it reads them.
        if len == 0 {
            // `below).`: ASCII letters closed by ASCII quotes or brackets after a space
            // read as the bare word (see `closed_word`).
            let closers = bytes
                .get(floor..dot)
                .unwrap_or(&[])
                .iter()
                .rev()
                .take_while(|b| matches!(b, b'"' | b'\'' | b'`' | b')' | b']' | b'}'))
                .count();
            let k = dot - closers;
            let letters = bytes
                .get(floor..k)
                .unwrap_or(&[])
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
            let w = k - letters;
            if closers > 0
                && letters > 0
                && (w == block_start || matches!(at(bytes, w - 1), b' ' | b'\t' | b'\n' | b'\r'))
            {
                if let Some(word) = text.get(w..k) {
                    return (self.letters_before(text, block_start, start, w, word), w);
                }
            }
        } else if seen == LETTER
            && len >= 2
            && s > floor
            && at(bytes, s - 1) == b'/'
            && self.extra.is_empty()
        {
            // `example.org/votes.`: the last part of a path is the word, a plain one unless
            // listed (then read in full, whose start matters). Such a token is no item
            // marker, and neither is the `/votes` returned as the word, which is all the
            // callers ask of a plain word's start.
            if text
                .get(s..dot)
                .is_some_and(|w| abbreviations::lookup(w).is_none())
            {
                return (Word::Plain, s - 1);
            }
        }
        self.word_before_general(text, block_start, start, dot)
    }

    /// [`SentenceSplitter::word_before`] for a word of ASCII letters only. Inlined into its
    /// callers, the commonest readings of a word before a stop: a call would cost as much
    /// as the reading.
    #[inline(always)]
    fn letters_before(
        &self,
        text: &str,
        block_start: usize,
        start: usize,
        s: usize,
        raw: &str,
    ) -> Word {
        let bytes = text.as_bytes();
        // `enumerator` on letters alone: any one letter, or a roman numeral.
        if raw.len() <= 5
            && (raw.len() == 1
                || raw.bytes().all(is_roman_digit) && crate::blocks::roman_value(raw).is_some())
            && marker_place(text, block_start, start, s)
        {
            Word::ListNumber
        } else if self.is_custom(raw) {
            Word::Never
        } else if raw.len() == 1 && at(bytes, s).is_ascii_uppercase() {
            Word::Initial
        } else if (2..=3).contains(&raw.len())
            && raw.bytes().all(|b| b.is_ascii_uppercase())
            && mixed_case_after(bytes, s + raw.len())
        {
            // `at 9 p.m. ET. Organizers left`: an acronym or a time zone in capitals takes
            // no full stop of its own (`ET` is not `et al.`); in a text in capitals
            // throughout (`ST. LOUIS`) the listed reading stands.
            Word::Plain
        } else {
            match abbreviations::lookup(raw) {
                Some(kind) => listed(kind),
                None if raw.len() == 1 => Word::Initial,
                None => Word::Plain,
            }
        }
    }

    /// [`SentenceSplitter::word_before`] for ASCII letters with inner full stops (`U.S`,
    /// `a.m`, `Ph.D`), as the general path classes them: such a word is never an item
    /// marker, an initial or a compound (`D-Calif`).
    fn dotted_before(&self, raw: &str) -> Word {
        if self.is_custom(raw) {
            Word::Never
        } else if let Some(kind) = abbreviations::lookup(raw) {
            listed(kind)
        } else if raw.split('.').all(|p| !p.is_empty() && p.len() <= 2) {
            // Any dotted acronym: `D.C`, `N.Y`.
            Word::CanEnd
        } else {
            Word::Plain
        }
    }

    /// [`SentenceSplitter::word_before`] for a bare number (`in 2019.`, `Oct. 3.`, `1.`):
    /// an item marker of up to three digits, a custom abbreviation, a small number.
    fn digits_before(
        &self,
        text: &str,
        block_start: usize,
        start: usize,
        s: usize,
        raw: &str,
    ) -> Word {
        if raw.len() <= 3 && marker_place(text, block_start, start, s) {
            Word::ListNumber
        } else if self.is_custom(raw) {
            Word::Never
        } else if raw.len() <= 3 {
            Word::SmallNumber
        } else {
            Word::Plain
        }
    }

    /// [`SentenceSplitter::word_before`] for any word.
    fn word_before_general(
        &self,
        text: &str,
        block_start: usize,
        start: usize,
        dot: usize,
    ) -> (Word, usize) {
        const MAX: usize = WORD_MAX;
        let bytes = text.as_bytes();
        let floor = block_start.max(dot.saturating_sub(MAX + 1));
        let mut s = dot;
        while s > floor {
            let b = at(bytes, s - 1);
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r')
                || (b == 0xA0 && at(bytes, s.wrapping_sub(2)) == 0xC2)
            {
                break;
            }
            s -= 1;
        }
        if s == floor && s > block_start {
            let b = at(bytes, s - 1);
            if !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0xA0) {
                return (Word::Plain, s); // too long to be an abbreviation
            }
        }
        let Some(raw) = text.get(s..dot) else {
            return (Word::Plain, s);
        };
        // A bare ASCII word (`said.`, `Mr.`, `J.`) or number (`in 2019.`, `1.`) is classed
        // as the general path below would class it.
        if !raw.is_empty() && raw.bytes().all(|b| b.is_ascii_alphabetic()) {
            return (self.letters_before(text, block_start, start, s, raw), s);
        }
        if !raw.is_empty() && raw.bytes().all(|b| b.is_ascii_digit()) {
            return (self.digits_before(text, block_start, start, s, raw), s);
        }
        if let Some(word) = closed_word(raw) {
            return (self.letters_before(text, block_start, start, s, word), s);
        }
        (self.token_before(text, block_start, start, s, raw), s)
    }

    /// [`SentenceSplitter::word_before_general`] for the token `raw` at `s`, read char by
    /// char.
    fn token_before(
        &self,
        text: &str,
        block_start: usize,
        start: usize,
        s: usize,
        raw: &str,
    ) -> Word {
        // A closing quote also opens a quotation where a font or a feed turned the mark
        // the wrong way (`”Mr. Lopez said`): the word after it is read the same.
        // No opener, bullet or closer is a letter or a digit: a token with such ends (most
        // of them) is not trimmed char by char.
        let token = match raw.as_bytes().first() {
            Some(c) if c.is_ascii_alphanumeric() => raw,
            _ => raw.trim_start_matches(|c| {
                is_opener(c) || is_bullet(c) || matches!(c, '”' | '’' | '»')
            }),
        };
        let token = match token.as_bytes().last() {
            Some(c) if c.is_ascii_alphanumeric() => token,
            _ => token.trim_end_matches(is_closer),
        };
        if token.is_empty() || token.ends_with('.') {
            return Word::Plain;
        }
        // `1.`, `a.`, `IV.` first in a sentence or a line: an item marker.
        if token.len() <= 5
            && enumerator(token).is_some()
            && marker_place(text, block_start, start, s)
        {
            return Word::ListNumber;
        }
        // `D-Calif.`, `R-N.Y.`: the abbreviation is the last part.
        let key = token
            .rsplit(['-', '/', '–'])
            .next()
            .filter(|k| !k.is_empty())
            .unwrap_or(token);
        if self.is_custom(token) || self.is_custom(key) {
            return Word::Never;
        }
        let mut chars = key.chars();
        if let (Some(first), None) = (chars.next(), chars.next()) {
            if first.is_uppercase() {
                return Word::Initial;
            }
        }
        if let Some(kind) = abbreviations::lookup(key) {
            return listed(kind);
        }
        if key.contains('.')
            && key.split('.').all(|p| {
                !p.is_empty() && p.chars().count() <= 2 && p.chars().all(char::is_alphabetic)
            })
        {
            return Word::CanEnd;
        }
        if key.len() <= 3
            && key.bytes().all(|b| b.is_ascii_digit())
            && raw.trim_start_matches(is_bullet).len() == token.len()
        {
            return Word::SmallNumber;
        }
        if key.chars().count() == 1 && key.chars().all(char::is_alphabetic) {
            return Word::Initial;
        }
        Word::Plain
    }

    /// In a sentence that starts with item marker `n` (`1.`, `a.`, `• 9.`), the marker
    /// `n + 1` starts the next item: `1. The first item 2. The second item`. Returns where
    /// the next sentence starts.
    fn next_item(&self, text: &str, start: usize, s: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        // A capital other than a roman digit is an initial or a capitalised letter marker,
        // neither of which counts (`J.`, `B.`): settled without reading the token.
        if at(bytes, s).is_ascii_uppercase() && !matches!(at(bytes, s), b'I' | b'V' | b'X') {
            return None;
        }
        // Nor does a sentence that opens with a word (most of them): past ASCII spaces, a
        // marker is at most four letters or digits and then `.`, `)` or `]`. Any other
        // first byte is read below.
        let mut p = start;
        while p < s && matches!(at(bytes, p), b' ' | b'\t' | b'\n' | b'\r') {
            p += 1;
        }
        if at(bytes, p).is_ascii_alphanumeric() {
            let mut q = p;
            while q - p < 5 && at(bytes, q).is_ascii_alphanumeric() {
                q += 1;
            }
            if q - p > 4 || !matches!(at(bytes, q), b'.' | b')' | b']') {
                return None;
            }
        }
        let token = text
            .get(s..)?
            .split(['.', ')'])
            .next()?
            .trim_start_matches(is_bullet);
        let (style, n) = enumerator(token)?;
        // Capital letters and roman numerals in a row are initials (`A. B. Smith`).
        if !matches!(style, Style::Digit | Style::Lower) {
            return None;
        }
        // The marker that opens the sentence, past whitespace and a bullet (a bounded
        // look, so that no text is scanned twice).
        let rest = text.get(start..s)?;
        let skip = rest
            .char_indices()
            .take(16)
            .find(|&(_, c)| !(c.is_whitespace() || is_bullet(c)))
            .map(|(i, _)| i)?;
        let lead = rest.get(skip..)?;
        let len = lead.bytes().take(5).position(|b| b == b'.' || b == b')')?;
        let (style0, n0) = enumerator(lead.get(..len)?)?;
        if style != style0 || n != n0 + 1 {
            return None;
        }
        // Start the next item at its bullet, if it has one.
        let mut e = s;
        let mut p = s;
        while p > start && at(bytes, p - 1) == b' ' {
            p -= 1;
        }
        let before = text.get(..p)?.chars().next_back();
        if before.is_some_and(is_bullet) {
            e = p - before.map_or(0, char::len_utf8);
        }
        (e > start).then_some(e)
    }

    #[inline]
    fn is_custom(&self, word: &str) -> bool {
        !self.extra.is_empty()
            && self.extra.iter().any(|a| {
                a.len() == word.len() && a.eq_ignore_ascii_case(word)
                    || a.chars().eq(word.chars().flat_map(char::to_lowercase))
            })
    }
}

/// The letters of `raw` when it is a word of ASCII letters closed by quotes or brackets
/// (`below)`, `useful”`): with the closers trimmed it is classed as a bare word (no
/// opener or bullet starts with a letter, and no letter closes).
fn closed_word(raw: &str) -> Option<&str> {
    let letters = raw.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (word, closers) = (raw.get(..letters)?, raw.get(letters..)?);
    (letters > 0 && !closers.is_empty() && closers.chars().all(is_closer)).then_some(word)
}

/// The word before a full stop, as far as its lower-case letters tell.
#[derive(Clone, Copy)]
enum Lower {
    /// Plain lower-case letters after a space or a line break (see [`lower_word_before`]).
    Plain,
    /// A capital and lower-case letters after a space or a line break (`York`, `Sept`),
    /// starting here.
    Capitalised(usize),
    /// Anything else.
    Other,
}

/// The word before the full stop at `dot`, whose last byte is a lower-case letter. It is
/// [`Lower::Plain`] when it is plain lower-case letters after a space or a line break: two
/// or more, not a roman numeral (`iv.` may be an item marker) and not a listed
/// abbreviation (`etc.`, `approx.`). Such a word always ends a sentence before a capital,
/// as [`SentenceSplitter::word_before`] would class it, without its general reading.
/// (Capitalised words take that reading, as many of them are abbreviations or initials:
/// [`Lower::Capitalised`] tells where such a word starts, found in the same look back.)
#[inline(always)]
fn lower_word_before(text: &str, block_start: usize, dot: usize) -> Lower {
    let bytes = text.as_bytes();
    let floor = block_start.max(dot.saturating_sub(WORD_MAX));
    let len = lower_run_before(bytes, floor, dot);
    let s = dot - len;
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    let clean = s == block_start || space(at(bytes, s - 1));
    if !clean {
        // Within the window (so shorter than any window of `word_before`), a capital
        // after a space or at the block's start.
        return if len > 0
            && s > floor
            && at(bytes, s - 1).is_ascii_uppercase()
            && (s - 1 == block_start || space(at(bytes, s - 2)))
        {
            Lower::Capitalised(s - 1)
        } else {
            Lower::Other
        };
    }
    if len < 2 {
        return Lower::Other;
    }
    // Only a short roman numeral can be an item marker.
    let roman = len <= 5
        && bytes
            .get(s..dot)
            .is_some_and(|w| w.iter().all(|b| matches!(b, b'i' | b'v' | b'x')));
    let plain = !roman
        // Most words are ruled out by the filter in front of the table, read here
        // without a call.
        && (!abbreviations::may_be_listed(len, at(bytes, s), at(bytes, dot - 1))
            || text
                .get(s..dot)
                .is_some_and(|w| abbreviations::lookup(w).is_none()));
    if plain {
        Lower::Plain
    } else {
        Lower::Other
    }
}

/// How many ASCII lower-case letters come right before `dot`, not looking before `floor`:
/// eight bytes at a time, since most words before a full stop are plain lower case.
#[inline]
fn lower_run_before(bytes: &[u8], floor: usize, dot: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut end = dot;
    while end >= floor + 8 {
        let Some(w) = end
            .checked_sub(8)
            .and_then(|from| bytes.get(from..end))
            .and_then(|w| <[u8; 8]>::try_from(w).ok())
        else {
            break;
        };
        let w = u64::from_le_bytes(w);
        // Within each byte of the low seven bits no sum carries: the top bit is set when
        // the byte is at least `a`, and when it is past `z`; bytes from 0x80 are neither.
        let x = w & LOW7;
        let from_a = x.wrapping_add((0x80 - 0x61) * ONES);
        let past_z = x.wrapping_add((0x80 - 0x7B) * ONES);
        let lower = from_a & !past_z & !w & HIGH;
        let other = !lower & HIGH;
        if other != 0 {
            // The highest lane holds the byte right before `end`.
            return dot - end + (other.leading_zeros() / 8) as usize;
        }
        end -= 8;
    }
    while end > floor && at(bytes, end - 1).is_ascii_lowercase() {
        end -= 1;
    }
    dot - end
}

/// Whether a capital follows the first letter of the ASCII word at `w`
/// (`ascii_word(text, w)`): `eBay`, `iPhone`. A word of lower case only is settled by
/// its bytes.
#[inline]
fn capital_inside(text: &str, w: usize) -> bool {
    // The lower-case letters after the first, eight at a time: most words end in them.
    if let Some(x) = word_at(text.as_bytes(), w + 1) {
        let low = x & LOW7;
        let from_a = low.wrapping_add((0x80 - 0x61) * ONES);
        let past_z = low.wrapping_add((0x80 - 0x7B) * ONES);
        let other = !(from_a & !past_z & !x) & HIGH;
        if other != 0
            && !((x >> other.trailing_zeros().saturating_sub(7)) as u8).is_ascii_uppercase()
        {
            return false;
        }
    }
    let rest = text.as_bytes().get(w + 1..).unwrap_or(&[]);
    let n = rest
        .iter()
        .take(16)
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    at(rest, n).is_ascii_uppercase()
        && ascii_word(text, w)
            .bytes()
            .skip(1)
            .any(|b| b.is_ascii_uppercase())
}

/// The word after a full stop, as step 5 of [`SentenceSplitter::decide`] reads it.
struct After<'t> {
    /// Its first character's class (`Next::Digit` for a code such as `A13`).
    next: Next,
    /// Whether opening quotes or brackets come before it.
    opened: bool,
    /// Where it starts.
    w: usize,
    /// `ascii_word(text, w)`.
    word: &'t str,
}

impl<'t> After<'t> {
    /// The word at `w`, right after a full stop and one space, with nothing opened
    /// between: a number when it starts with a digit (`digit`) or is a code (`No. A13`).
    #[inline(always)]
    fn past_space(text: &'t str, w: usize, digit: bool) -> After<'t> {
        let word = if digit { "" } else { ascii_word(text, w) };
        let next = if digit || has_digit_after(text.as_bytes(), w + word.len()) {
            Next::Digit
        } else {
            Next::Upper
        };
        After {
            next,
            opened: false,
            w,
            word,
        }
    }
}

/// Step 5 of [`SentenceSplitter::decide`]: whether a full stop after a word of `class`
/// (starting at `s`, in the sentence that starts at `start`) ends the sentence before the
/// word `after`, brackets aside. `decide` and the fast path of
/// [`SentenceSplitter::next_end`] both ask it.
#[inline(always)]
fn stop_ends(
    class: Word,
    after: After<'_>,
    text: &str,
    start: usize,
    s: usize,
    end: usize,
) -> bool {
    let bytes = text.as_bytes();
    let After {
        next,
        opened,
        w,
        word,
    } = after;
    let title_next = || next == Next::Upper && title_at(bytes, w, word);
    match class {
        Word::Plain => true,
        Word::Never | Word::ListNumber => false,
        Word::BeforeNumber => next != Next::Digit,
        Word::CanEnd => {
            next == Next::Upper
                && (opened && !dateline_city(bytes, start, s)
                    || starter(bytes, w, word)
                    || title_next() && !near_start(bytes, start, s))
        }
        Word::Closing => {
            next == Next::Upper
                && (opened
                    || starter(bytes, w, word)
                    || title_next() && !near_start(bytes, start, s)
                    || capital_then_lower(text, w, end))
        }
        Word::Initial => {
            // Not after an opening quote: `Robert C. "Bobby" Scott`.
            next == Next::Upper && word.len() > 1 && starter(bytes, w, word)
        }
        Word::SmallNumber => !(next == Next::Upper && month_at(text, w)),
    }
}

/// Whether the word after the full stop at `dot` is in mixed case (`Organizers`), not in
/// capitals (`LOUIS`).
fn mixed_case_after(bytes: &[u8], dot: usize) -> bool {
    let mut i = dot + 1;
    while matches!(at(bytes, i), b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'(') {
        i += 1;
    }
    at(bytes, i).is_ascii_uppercase() && at(bytes, i + 1).is_ascii_lowercase()
}

/// Whether the sentence from `start` up to the word at `s` is a dateline's city in
/// capitals and a comma (`SPRINGFIELD, Ill. (AP) —`): the bracket after the state names
/// the agency and opens no sentence.
fn dateline_city(bytes: &[u8], start: usize, s: usize) -> bool {
    let head = bytes.get(start..s).unwrap_or(&[]).trim_ascii_start();
    head.strip_suffix(b", ").is_some_and(|city| {
        city.iter().filter(|b| b.is_ascii_uppercase()).count() >= 2
            && city
                .iter()
                .all(|&b| b.is_ascii_uppercase() || matches!(b, b' ' | b'.' | b'-' | b'\''))
    })
}

/// Whether the word at `s` before the full stop at `dot` could be an item marker: only a
/// number, a letter or a roman numeral can (`10.`, `⁃9.`, `b.`, `iv.`).
fn marker_like(bytes: &[u8], s: usize, dot: usize) -> bool {
    dot > s
        && (at(bytes, dot - 1).is_ascii_digit()
            || dot - s == 1
            || dot - s <= 5
                && bytes
                    .get(s..dot)
                    .is_some_and(|t| t.iter().copied().all(is_roman_digit)))
}

/// Whether `b` is a roman digit of an item marker (`i` `v` `x`, either case): a match
/// rather than a search of a list, which would be a call per byte.
fn is_roman_digit(b: u8) -> bool {
    matches!(b, b'i' | b'v' | b'x' | b'I' | b'V' | b'X')
}

/// How the full stop after a listed abbreviation is read.
fn listed(kind: Abbrev) -> Word {
    match kind {
        Abbrev::Title | Abbrev::Inner => Word::Never,
        Abbrev::CanEnd => Word::CanEnd,
        Abbrev::Closing => Word::Closing,
        Abbrev::BeforeNumber => Word::BeforeNumber,
    }
}

/// Bullets that may precede an item marker: `• 9.`, `⁃10.`.
fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '◦' | '▪' | '‣' | '·' | '*' | '-' | '–' | '—')
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Digit,
    Lower,
    Upper,
    Roman,
}

/// An item marker's style and value: `12`, `b`, `C`, `iv` (without `.` or brackets).
fn enumerator(token: &str) -> Option<(Style, u32)> {
    let t = token
        .trim_start_matches(['(', '['])
        .trim_end_matches([')', ']']);
    let b = t.as_bytes();
    match b {
        [] => None,
        _ if b.len() <= 3 && b.iter().all(u8::is_ascii_digit) => {
            t.parse().ok().map(|n| (Style::Digit, n))
        }
        [c] if c.is_ascii_lowercase() => Some((Style::Lower, u32::from(c - b'a'))),
        [c] if c.is_ascii_uppercase() && *c != b'I' && *c != b'V' && *c != b'X' => {
            Some((Style::Upper, u32::from(c - b'A')))
        }
        _ if b.len() <= 5 && b.iter().copied().all(is_roman_digit) => {
            crate::blocks::roman_value(t).map(|n| (Style::Roman, n))
        }
        _ => None,
    }
}

/// A reference mark right after a sentence: `[1]`, `[2–11]`, `[7][8]`; its length.
fn reference_mark(bytes: &[u8], i: usize) -> Option<usize> {
    let mut k = i;
    let mut any = false;
    while at(bytes, k) == b'[' {
        let mut e = k + 1;
        while e - k < 12
            && (at(bytes, e).is_ascii_digit()
                || matches!(at(bytes, e), b',' | b'-' | b' ' | 0xE2 | 0x80 | 0x93))
        {
            e += 1;
        }
        if at(bytes, e) != b']' || !at(bytes, k + 1).is_ascii_digit() {
            break;
        }
        k = e + 1;
        any = true;
        // `[1][2] [3]`
        if at(bytes, k) == b' ' && at(bytes, k + 1) == b'[' && at(bytes, k + 2).is_ascii_digit() {
            k += 1;
        }
    }
    any.then(|| k - i)
}

/// A bracketed item marker followed by a space: `(1) `, `[z] `, `(vii) `.
fn enumerator_at(bytes: &[u8], m: usize) -> bool {
    if !matches!(at(bytes, m), b'(' | b'[') {
        return false;
    }
    let mut e = m + 1;
    while e - m <= 5 && at(bytes, e).is_ascii_alphanumeric() {
        e += 1;
    }
    matches!(at(bytes, e), b')' | b']')
        && at(bytes, e + 1) == b' '
        && e > m + 1
        && std::str::from_utf8(bytes.get(m + 1..e).unwrap_or(&[]))
            .ok()
            .and_then(enumerator)
            .is_some()
}

/// Whether a digit follows within the same word: `A13`.
fn has_digit_after(bytes: &[u8], i: usize) -> bool {
    at(bytes, i).is_ascii_digit()
}

/// Whether `text[from..to]` holds only whitespace, bullets and opening marks (looking at
/// no more than 64 bytes, which keeps the splitter linear).
fn only_space_or_marks(text: &str, from: usize, to: usize) -> bool {
    // Most sentences start with a letter or a digit after the space that follows the
    // sentence before, which settles it without decoding.
    let bytes = text.as_bytes();
    let mut first = from;
    while first < to && first - from < 4 && matches!(at(bytes, first), b' ' | b'\n') {
        first += 1;
    }
    if first < to && at(bytes, first).is_ascii_alphanumeric() {
        return false;
    }
    to >= from
        && to - from <= 64
        && text.get(from..to).is_some_and(|t| {
            t.chars()
                .all(|c| c.is_whitespace() || is_bullet(c) || is_opener(c))
        })
}

/// Whether the word at `s` stands where a list-item marker can: first in its sentence
/// (after nothing but space, bullets and opening marks) or first on its line.
fn marker_place(text: &str, block_start: usize, start: usize, s: usize) -> bool {
    only_space_or_marks(text, start, s) || line_start(text.as_bytes(), block_start, s)
}

/// Whether `s` is the first word of its line.
fn line_start(bytes: &[u8], block_start: usize, s: usize) -> bool {
    let mut p = s;
    let floor = block_start.max(s.saturating_sub(16));
    while p > floor && matches!(at(bytes, p - 1), b' ' | b'\t') {
        p -= 1;
    }
    p == block_start || matches!(at(bytes, p.wrapping_sub(1)), b'\n' | b'\r')
}

/// Whether the word at `s` is among the first four of its sentence: `At 5 a.m. Mr. Smith`
/// is one sentence, `He left at 6 P.M. Mr. Smith stayed` two.
fn near_start(bytes: &[u8], start: usize, s: usize) -> bool {
    s.saturating_sub(start) <= 40
        && bytes
            .get(start..s)
            .is_some_and(|b| b.trim_ascii().iter().filter(|&&c| c == b' ').count() < 4)
}

/// Whether the full stop at `dot` lies inside brackets opened a few words earlier in the
/// same sentence: `(Proc. ABC with Abs. Reg. Compliance)`, `[page. 42]`. Most full stops
/// have no bracket before them: callers ask [`Openers::any_in`] first.
fn inside_brackets(bytes: &[u8], start: usize, dot: usize) -> bool {
    let floor = start.max(dot.saturating_sub(48));
    let mut depth = 0i32;
    let mut words = 0;
    let window = bytes.get(floor..dot).unwrap_or(&[]);
    for (k, &b) in window.iter().enumerate().rev() {
        let p = floor + k;
        match b {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' => {
                if depth == 0 {
                    return words <= 4;
                }
                depth -= 1;
            }
            // `（` `）`
            0xEF if at(bytes, p + 1) == 0xBC && at(bytes, p + 2) == 0x88 => {
                if depth == 0 {
                    return words <= 4;
                }
                depth -= 1;
            }
            0xEF if at(bytes, p + 1) == 0xBC && at(bytes, p + 2) == 0x89 => depth += 1,
            b' ' => {
                words += 1;
                // No bracket further back can count now: the walk stops.
                if words > 4 {
                    return false;
                }
            }
            b'.' | b'?' | b'!' => return false,
            _ => {}
        }
    }
    false
}

/// Whether a title abbreviation (`Mr.`, `Dr.`) starts at `w`, where `word` is
/// `ascii_word(text, w)` (read once by the caller).
fn title_at(bytes: &[u8], w: usize, word: &str) -> bool {
    at(bytes, w + word.len()) == b'.' && matches!(abbreviations::lookup(word), Some(Abbrev::Title))
}

/// A `;` that ends its line, before a line that starts with a capital, ends a headline
/// that a subhead follows in the same block: `Candidates vie for support;⏎Trump and…`.
/// Returns the end of the sentence.
fn semicolon_line_end(text: &str, c: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut p = c + 1;
    while p < end && matches!(at(bytes, p), b' ' | b'\t') {
        p += 1;
    }
    if !matches!(at(bytes, p), b'\n' | b'\r') {
        return None;
    }
    while p < end && matches!(at(bytes, p), b' ' | b'\t' | b'\n' | b'\r') {
        p += 1;
    }
    let next = char_at(text, p)?;
    (p < end && next.is_uppercase()).then_some(c + 1)
}

/// Whether a sentence-ending mark precedes the run at `c` (past spaces): `it. ... He`.
fn after_stop(bytes: &[u8], c: usize) -> bool {
    let mut p = c;
    while p > 0 && at(bytes, p - 1) == b' ' {
        p -= 1;
    }
    p < c && matches!(at(bytes, p.wrapping_sub(1)), b'.' | b'?' | b'!')
}

/// Whether the word at `w` plainly starts a sentence (and is not an initial such as `A.`),
/// where `word` is `ascii_word(text, w)` (read once by the caller).
fn starter(bytes: &[u8], w: usize, word: &str) -> bool {
    at(bytes, w + word.len()) != b'.' && abbreviations::starts_sentence(word)
}

/// Whether a capitalised word at `w` is followed by a lower-case one: `Workers were`.
fn capital_then_lower(text: &str, w: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let mut i = w;
    while i < end && i - w < 24 {
        let b = at(bytes, i);
        if b.is_ascii_alphabetic() || matches!(b, b'\'' | b'-') {
            i += 1;
        } else if b >= 0x80 {
            match char_at(text, i) {
                Some(ch) if ch.is_alphabetic() => i += ch.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    i > w && at(bytes, i) == b' ' && at(bytes, i + 1).is_ascii_lowercase()
}

/// Whether a month name starts at `w`.
fn month_at(text: &str, w: usize) -> bool {
    // Every month starts with one of these capitals (see `abbreviations::is_month`).
    if !matches!(
        text.as_bytes().get(w),
        Some(b'A' | b'D' | b'F' | b'J' | b'M' | b'N' | b'O' | b'S')
    ) {
        return false;
    }
    let rest = text.get(w..).unwrap_or("");
    // An ASCII word (most) is read as bytes; no month is longer than nine letters.
    let b = rest.as_bytes();
    let n = b
        .iter()
        .take(12)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if n >= 12 {
        return false;
    }
    if b.get(n).map_or(true, u8::is_ascii) {
        return rest.get(..n).is_some_and(abbreviations::is_month);
    }
    let len = rest
        .char_indices()
        .take(12)
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len().min(40), |(i, _)| i);
    rest.get(..len).is_some_and(abbreviations::is_month)
}

/// After a quotation closed by `?` or `!`: whether a name of up to four words and a verb
/// of saying follow (`“Why now?” Ms. Ortiz asked.`), which keeps them in its sentence.
fn attribution(text: &str, mut i: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let mut words = 0;
    while words < 5 && i < end {
        let start = i;
        while i < end {
            let b = at(bytes, i);
            if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'\'' | b'-') {
                i += 1;
            } else if b >= 0x80 {
                match char_at(text, i) {
                    Some(ch) if ch.is_alphabetic() || ch == '’' => i += ch.len_utf8(),
                    _ => break,
                }
            } else {
                break;
            }
        }
        let Some(word) = text.get(start..i) else {
            return false;
        };
        let bare = word.trim_end_matches('.');
        let first_upper = word.starts_with(|c: char| c.is_uppercase());
        if words == 0 && !first_upper {
            return false;
        }
        if !first_upper && abbreviations::is_attribution_verb(bare) {
            // `“Never!” Protesters chanted it.`: the verb opens reported speech instead.
            let rest = text.get(i..).unwrap_or("").trim_start_matches(' ');
            let after = rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            return word.ends_with('.') || !abbreviations::starts_reported_speech(after);
        }
        if bare.is_empty() {
            return false;
        }
        // A full stop after a word that is not an abbreviation ends the would-be name.
        if word.ends_with('.') && bare.chars().count() > 1 && abbreviations::lookup(bare).is_none()
        {
            return false;
        }
        words += 1;
        if at(bytes, i) != b' ' {
            return false;
        }
        i += 1;
    }
    false
}

/// `Span::new(start, end).trim(text)`, stripping ASCII whitespace byte by byte and
/// decoding only a non-ASCII edge.
#[inline]
fn trimmed(text: &str, start: usize, end: usize) -> Span {
    // Most sentences have ASCII edges once ASCII whitespace is skipped: no char to decode
    // and no boundary to check (a byte after an ASCII byte starts a char).
    let b = text.as_bytes();
    if start <= end && end <= b.len() {
        let mut lo = start;
        while lo < end && is_ascii_space(at(b, lo)) {
            lo += 1;
        }
        let mut hi = end;
        while hi > lo && is_ascii_space(at(b, hi - 1)) {
            hi -= 1;
        }
        if lo == hi || at(b, lo) < 0x80 && at(b, hi - 1) < 0x80 {
            return Span::new(lo, hi);
        }
        return trimmed_marks(text, start, end, lo, hi);
    }
    trimmed_unicode(text, start, end)
}

/// [`trimmed`] for a span whose ASCII-trimmed edges `lo..hi` are not both ASCII. A curly
/// quote or a dash (`E2 80 90`..`E2 80 9F`) or a guillemet (`U+00A1`..`U+00BF`, `C2 A1`..
/// `C2 BF`), the commonest non-ASCII edges, is no space: told from its bytes, the span
/// stands without decoding or slicing the text again (the bytes skipped are ASCII, so both
/// ends are char boundaries).
#[inline(never)]
fn trimmed_marks(text: &str, start: usize, end: usize, lo: usize, hi: usize) -> Span {
    let b = text.as_bytes();
    let mark = |p: usize| at(b, p) == 0xE2 && at(b, p + 1) == 0x80 && at(b, p + 2) & 0xF0 == 0x90;
    let latin = |p: usize| at(b, p) == 0xC2 && at(b, p + 1) > 0xA0;
    let first = at(b, lo) < 0x80 || mark(lo) || latin(lo);
    let last =
        at(b, hi - 1) < 0x80 || hi >= lo + 3 && mark(hi - 3) || hi >= lo + 2 && latin(hi - 2);
    if first && last {
        return Span::new(lo, hi);
    }
    trimmed_unicode(text, start, end)
}

/// [`trimmed`] for a span with a non-ASCII edge.
#[inline(never)]
fn trimmed_unicode(text: &str, start: usize, end: usize) -> Span {
    let Some(s) = text.get(start..end) else {
        return Span::new(start, start);
    };
    let b = s.as_bytes();
    let (mut lo, mut hi) = (0, b.len());
    // A curly quote or a dash (`E2 80 90`..`E2 80 9F`), the commonest non-ASCII edge, is
    // no space: told from its bytes without decoding it.
    let mark = |p: usize| at(b, p) == 0xE2 && at(b, p + 1) == 0x80 && at(b, p + 2) & 0xF0 == 0x90;
    while lo < hi {
        match at(b, lo) {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => lo += 1,
            0..=0x7F => break,
            _ if mark(lo) => break,
            _ => match s.get(lo..).and_then(|r| r.chars().next()) {
                Some(ch) if ch.is_whitespace() => lo += ch.len_utf8(),
                _ => break,
            },
        }
    }
    while hi > lo {
        match at(b, hi - 1) {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => hi -= 1,
            0..=0x7F => break,
            _ if hi >= lo + 3 && mark(hi - 3) => break,
            _ => match s.get(lo..hi).and_then(|r| r.chars().next_back()) {
                Some(ch) if ch.is_whitespace() => hi -= ch.len_utf8(),
                _ => break,
            },
        }
    }
    Span::new(start + lo, start + hi)
}

/// Iterator over the sentences of a text, made by [`sentences`] or
/// [`SentenceSplitter::split`].
///
/// ```
/// let mut it = tidings::sentences("Rain fell. Roads closed.");
/// assert_eq!(it.next().unwrap().as_str(), "Rain fell.");
/// assert_eq!(it.next().unwrap().as_str(), "Roads closed.");
/// assert!(it.next().is_none());
/// ```
#[derive(Clone, Debug)]
pub struct Sentences<'r, 'h> {
    splitter: &'r SentenceSplitter,
    text: &'h str,
    blocks: Blocks<'h>,
    cursor: Cursor,
}

/// `1) The first item 2) The second item`: in a sentence that opens with item marker
/// `n)`, the marker `n + 1)` after a space starts the next item (markers with a full stop
/// are read at the stop, by `next_item`). Returns where the next item starts. `start`
/// is the sentence's first byte, a digit; the sentence is read up to its end.
#[inline(never)]
fn paren_item_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let p = start;
    let digits = b
        .get(p..end)?
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits > 3 || b.get(p + digits) != Some(&b')') || b.get(p + digits + 1) != Some(&b' ') {
        return None;
    }
    let n: u32 = text.get(p..p + digits)?.parse().ok()?;
    // The next number's digits, without allocating.
    let mut buf = [0u8; 4];
    let mut m = n + 1;
    let mut len = 0;
    while m > 0 && len < buf.len() {
        if let Some(d) = buf.get_mut(len) {
            *d = b'0' + (m % 10) as u8;
        }
        m /= 10;
        len += 1;
    }
    let want = buf.get_mut(..len)?;
    want.reverse();
    let from = p + digits + 1;
    for q in memchr::memchr_iter(b')', b.get(from..end)?) {
        let close = from + q;
        let first = close.checked_sub(len)?;
        if b.get(first..close) == Some(&*want)
            && first > 0
            && b.get(first - 1) == Some(&b' ')
            && b.get(close + 1) == Some(&b' ')
        {
            return Some(first);
        }
    }
    None
}

fn step<'a>(
    splitter: &SentenceSplitter,
    text: &'a str,
    cursor: &mut Cursor,
    mut next_block: impl FnMut() -> Option<(Span, bool)>,
) -> Option<Sentence<'a>> {
    loop {
        match cursor.block {
            Some(b) if cursor.pos < b.end() => {}
            _ => cursor.enter_block(next_block()?),
        }
        let start = cursor.pos;
        let mut end = splitter.next_end(text, cursor);
        let mut span = trimmed(text, start, end);
        // Only a sentence that opens with a digit can open with an item marker `1)`.
        if text
            .as_bytes()
            .get(span.start())
            .is_some_and(u8::is_ascii_digit)
        {
            if let Some(e) = paren_item_end(text, span.start(), end) {
                end = e;
                span = trimmed(text, start, end);
            }
        }
        cursor.pos = match cursor.block {
            Some(b) if end <= start => b.end(),
            _ => end,
        };
        if !span.is_empty() {
            return Some(Sentence::new(text, span));
        }
    }
}

impl<'h> Iterator for Sentences<'_, 'h> {
    type Item = Sentence<'h>;
    fn next(&mut self) -> Option<Sentence<'h>> {
        let blocks = &mut self.blocks;
        step(self.splitter, self.text, &mut self.cursor, || {
            blocks.next().map(|b| (b.span(), b.one_line))
        })
    }
}
impl core::iter::FusedIterator for Sentences<'_, '_> {}

/// Iterator over the sentences within precomputed blocks, made by
/// [`SentenceSplitter::split_blocks`].
///
/// ```
/// let text = "One. Two.";
/// let blocks: Vec<_> = tidings::blocks(text).collect();
/// let n = tidings::SentenceSplitter::default().split_blocks(text, &blocks).count();
/// assert_eq!(n, 2);
/// ```
#[derive(Clone, Debug)]
pub struct BlockSentences<'r, 'h> {
    splitter: &'r SentenceSplitter,
    text: &'h str,
    blocks: core::slice::Iter<'r, Block<'h>>,
    cursor: Cursor,
}

impl<'h> Iterator for BlockSentences<'_, 'h> {
    type Item = Sentence<'h>;
    fn next(&mut self) -> Option<Sentence<'h>> {
        let blocks = &mut self.blocks;
        step(self.splitter, self.text, &mut self.cursor, || {
            blocks.next().map(|b| (b.span(), b.one_line))
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trimmed_agrees_with_span_trim() {
        let text =
            " \u{a0}A b.\u{3000} \t\u{2009}“C”\u{85}\r\n\u{202f}x\u{1680} é \u{200b}‘D’—\u{2028}";
        for start in 0..=text.len() {
            for end in 0..=text.len() + 1 {
                assert_eq!(
                    trimmed(text, start, end),
                    Span::new(start, end).trim(text),
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn closed_words_are_classed_as_their_tokens() {
        let general = SentenceSplitter::builder()
            .abbreviation("zzqxw")
            .build()
            .unwrap_or_default();
        let texts = [
            "See the chart below). Then",
            "It was \u{201c}very useful\u{201d}. Then",
            "a). B",
            "Items:\nb). C",
            "iv). The",
            "Ask Mr). Li",
            "and so on etc\u{2019}. Then",
            "Acme Inc\u{bb}. Workers",
            "say Zzqxw\". Then",
            "A). B",
            "x I\u{300d}. Y",
            "he said yes\u{201c}\u{201d}. Then",
        ];
        for t in texts {
            let Some(dot) = t.rfind('.') else {
                continue;
            };
            let s = t
                .get(..dot)
                .and_then(|b| b.rfind(char::is_whitespace))
                .map_or(0, |i| i + 1);
            let raw = &t[s..dot];
            let word = closed_word(raw).unwrap_or_else(|| panic!("{raw:?} is a closed word"));
            for splitter in [&*DEFAULT, &general] {
                assert_eq!(
                    splitter.letters_before(t, 0, 0, s, word),
                    splitter.token_before(t, 0, 0, s, raw),
                    "{t:?}"
                );
            }
        }
        assert_eq!(closed_word("below"), None);
        assert_eq!(closed_word(")"), None);
        assert_eq!(closed_word("a)b)"), None);
        assert_eq!(closed_word("U.S)"), None);
    }

    #[test]
    fn fast_paths_agree_with_the_general_path() {
        // A custom abbreviation turns the fast path for `word. Capital` off; one that never
        // occurs changes nothing else, so both splitters must agree.
        let general = SentenceSplitter::builder()
            .abbreviation("zzqxw")
            .build()
            .unwrap_or_default();
        let texts = [
            "Rain fell. Roads closed. iv. The list. vi. Not one. xi. Two.",
            "Talks went on (as expected. The chair) and ended. The vote came.",
            "He stopped at Acme etc. The rest waited approx. Two hours passed.",
            "Prices rose. The index fell. e.g. The dollar. a.m. Then noon.",
            "1. The first item 2. The second item. it. Then more.\nwrapped line. Next",
            "Officials said. \u{201c}We agree.\u{201d} Others said. [1] Later. (Aside.) Then.",
            "ends here.  Two spaces. Tab\there.\tTab. Line\nbreak. x. Y. ab. Cd.",
            "J. R. R. Tolkien wrote. Plan B. The end. Plan C. A13 came. Plan D. They left.",
            "B. Smith spoke. (C. Then) it ended. I. The list. V. Next. Q. It. Z. \u{201c}Hi.",
            "Items:\nA. The first\nB. The second. K. Then more.",
            "On Jan. 21 it rose. No. 5 won. Acme Inc. 3 units. U.S. 1 rank. B. 2 x. it. 4 the.",
            "The U.S. Senate met. The U.S. The end. Acme Inc. Workers were told. Acme Inc. \
             Chief Li. In the U.S. Mr. Li left. At 6 P.M. Mr. Li stayed there. St. Albans. \
             Acme Corp. A13 rose. U.S. (The) x. Calif. It. etc. Then.",
            "In 2019. 12 of them. Items 1. 2 more. a. 3 b. iv. 5 vi. Calif. 9 St. 4 it. 5 3.",
            "New York. The Gov. Li came. Sept. 12 Iv. The Xi. It Vi. 3 Mass. The Ill. It Va. \
             He.\nIi. The (York. The) Ab. (Cd. Ef) xYork. The Abcdefghijklmnopqrstuvwxyz. The",
            "York. The first. Mr. Li. Ms. Wu. Dr. No. St. Ann. Jr. The Co. Then Inc. 5 Etc. An",
        ];
        for t in texts {
            let a: Vec<_> = DEFAULT.split(t).collect();
            let b: Vec<_> = general.split(t).collect();
            assert_eq!(a, b, "{t:?}");
        }
    }

    #[test]
    fn word_before_agrees_with_its_general_reading() {
        // The closed words and path tails that `word_before` reads on its own, and their
        // near misses, classed as the general reading classes them (a path tail's start
        // may differ, but never whether it is an item marker).
        let texts = [
            "see below). The chart (below). it) ok\") x. a)]\". (iv). I). \"iv\". ab\u{a0}cd). ",
            "site example.org/votes. x/Inc. a/b. /iv. x-iv. 3/ab. a/B. \
             https://example.org/a/long/path/here. zzzzzzzzzzzzzzzzzzzzz/longwordhere. ",
            "x\n(a). \tok)). \u{201c}so\u{201d}). A.B/cd. e/f.g. /ok. (/ok). ab/cd/ef.",
        ];
        for t in texts {
            for (dot, _) in t.match_indices('.') {
                for start in [0, dot.saturating_sub(3)] {
                    let (a, sa) = DEFAULT.word_before(t, 0, start, dot);
                    let (b, sb) = DEFAULT.word_before_general(t, 0, start, dot);
                    let bytes = t.as_bytes();
                    assert_eq!(a, b, "{t:?} at {dot}");
                    assert_eq!(
                        marker_like(bytes, sa, dot),
                        marker_like(bytes, sb, dot),
                        "{t:?} at {dot}"
                    );
                    if a != Word::Plain {
                        assert_eq!(sa, sb, "{t:?} at {dot}");
                    }
                }
            }
        }
    }

    #[test]
    fn byte_readings_agree_with_the_char_readings() {
        let text = "a said. ab cd eBay iPhone xyzzyxyzzyxyzzyxyzzy. Zé été. \
                    abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzA é. x";
        let b = text.as_bytes();
        for dot in 0..=b.len() {
            for floor in [0, dot.saturating_sub(24), dot.saturating_sub(8), dot] {
                let expected = b
                    .get(floor..dot)
                    .unwrap_or(&[])
                    .iter()
                    .rev()
                    .take_while(|c| c.is_ascii_lowercase())
                    .count();
                assert_eq!(lower_run_before(b, floor, dot), expected, "{floor}..{dot}");
            }
            if b[..dot].is_ascii() || text.is_char_boundary(dot) {
                let expected = ascii_word(text, dot)
                    .bytes()
                    .skip(1)
                    .any(|c| c.is_ascii_uppercase());
                assert_eq!(capital_inside(text, dot), expected, "{dot}");
            }
        }
    }

    #[test]
    fn openers_agree_with_a_look_at_the_window() {
        let text =
            "A (b. c) d. [e. f.] g（h. i）j. k {l. m. n. o. p. q. r. s. t. u. v. w. x. y. z.";
        let bytes = text.as_bytes();
        // Told where the search for multi-byte terminators found one (or none), from any
        // start, or nothing.
        let multi = |from: usize| {
            let hay = bytes.get(from..).unwrap_or(&[]);
            (
                from,
                search::find_rare_terminator(hay).map_or(bytes.len(), |o| from + o),
            )
        };
        for searched in [(0, 0), multi(0), multi(6), multi(30), multi(bytes.len())] {
            let mut o = Openers {
                searched,
                ..Openers::default()
            };
            for dot in memchr::memchr_iter(b'.', bytes) {
                for floor in [0, dot.saturating_sub(48), dot.saturating_sub(5), dot] {
                    let window = bytes.get(floor..dot).unwrap_or(&[]);
                    let expected = window
                        .iter()
                        .any(|b| matches!(b, b'(' | b'[' | b'{' | 0xEF));
                    assert_eq!(
                        o.any_in(bytes, 0, bytes.len(), floor, dot),
                        expected,
                        "{dot} {floor} {searched:?}"
                    );
                }
            }
            // Asked out of order, it still answers from the window.
            assert!(o.any_in(bytes, 0, bytes.len(), 0, 5));
        }
    }
}
