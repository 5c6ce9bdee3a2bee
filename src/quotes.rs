//! Quotations and who said them: direct, mixed and reported speech, with the speaker as
//! written, the cue, and the speaker resolved to the fullest name the article gives.
//!
//! Where things are decided:
//! - quotation marks are paired in [`QuoteExtractor::extract_sentences`]'s first pass, one
//!   paragraph at a time (a quotation runs on into the next paragraph only when that one
//!   reopens it with the same mark; stray marks never leave their paragraph). The marks:
//!   `"` and `'`, `“ ”` and `‘ ’`, `„ “` and `‚ ‘`, `« »` and `‹ ›`, `「 」` and `『 』`,
//!   two apostrophes `'' ''` as archive text writes double marks, and any pair added with
//!   [`QuoteExtractorBuilder::quote_marks`]. An apostrophe between letters, before a
//!   decade or an elision (`don't`, `the '90s`, `'tis`) is not a mark;
//! - cues (speech verbs in every tense, `according to`, `was quoted as saying`, and label
//!   verbs such as `called` or `described ... as` when a quotation stands in their object:
//!   `called them “lone wolves”` is a mixed quote) and their
//!   speakers are found per sentence, in a bounded window of words;
//! - speakers are resolved through a per-article table of the names seen so far
//!   (surname, first name, role), never by scanning the text again.
//!
//! ```
//! let text = "Finance Minister Adaeze Okafor spoke on Monday.\n\n\
//!             “We will not raise taxes,” Okafor told reporters. “Not this year.”\n\n\
//!             She added that the budget would balance by 2027.";
//! let quotes = tidings::quotes(text);
//! assert_eq!(quotes.len(), 3);
//! let q = &quotes[0];
//! assert_eq!(q.kind(), tidings::QuoteKind::Direct);
//! assert_eq!(q.speaker().unwrap().name(), Some("Adaeze Okafor"));
//! assert_eq!(q.cue().unwrap().as_str(), "told reporters");
//! // The second part of the quotation split by "Okafor told reporters".
//! assert_eq!(quotes[1].as_str(), "Not this year.");
//! assert!(quotes[1].is_part());
//! assert_eq!(quotes[2].kind(), tidings::QuoteKind::Indirect);
//! assert_eq!(quotes[2].as_str(), "the budget would balance by 2027");
//! ```

use crate::error::Error;
use crate::lexicon::cues::{self, CueClass, FxMap, WordKey, WordTable};
use crate::lexicon::marks::{self, Mark, Role};
use crate::lexicon::states;
use crate::sentences::Sentence;
use crate::span::Span;
use crate::speakers::{
    age_appositive, at, canonical_role, first_lady, kin_key, kin_word, name_parts,
    name_parts_known, np_back, np_forward, particle_surname, party_of, possessive, tokenize, word,
    year_old, NameParts, Names, Tok, TokKind,
};
use once_cell::sync::Lazy;
use std::sync::Arc;

/// How a quotation is given.
///
/// ```
/// use tidings::QuoteKind;
/// let q = tidings::quotes("Ruiz said the repairs were “long overdue” and costly.");
/// assert_eq!(q[0].kind(), QuoteKind::Mixed);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// The content is all inside quotation marks.
    Direct,
    /// Reported content that contains a quoted fragment:
    /// `He said the talks were "very useful."`
    Mixed,
    /// Reported speech without marks: `Lindqvist added that ...`, `According to
    /// officials, ...`.
    Indirect,
}

/// A piece of the text with its span (a quote's cue).
///
/// ```
/// let text = "“Fine,” Ruiz said in a statement.";
/// let cue = tidings::quotes(text)[0].cue().unwrap();
/// assert_eq!(cue.as_str(), "said in a statement");
/// assert_eq!(&text[cue.span().range()], "said in a statement");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Fragment<'a> {
    #[cfg_attr(feature = "serde", serde(flatten))]
    span: Span,
    text: &'a str,
}

impl<'a> Fragment<'a> {
    pub(crate) fn new(text: &'a str, span: Span) -> Fragment<'a> {
        Fragment {
            span,
            text: span.as_str(text),
        }
    }
    /// Where the fragment is.
    ///
    /// ```
    /// let cue = tidings::quotes("“Fine,” Ruiz said.")[0].cue().unwrap();
    /// assert_eq!(cue.span().len(), 4);
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }
    /// Its text.
    ///
    /// ```
    /// let cue = tidings::quotes("“Fine,” Ruiz told reporters.")[0].cue().unwrap();
    /// assert_eq!(cue.as_str(), "told reporters");
    /// ```
    pub fn as_str(&self) -> &'a str {
        self.text
    }
}

/// Who said a quotation: the mention as written and the person it resolves to.
///
/// ```
/// let text = "Maria Lindqvist arrived. “We are ready,” she said.";
/// let sp = tidings::quotes(text)[0].speaker().unwrap();
/// assert_eq!((sp.as_str(), sp.name()), ("she", Some("Maria Lindqvist")));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SpeakerMention<'a> {
    #[cfg_attr(feature = "serde", serde(flatten))]
    span: Span,
    text: &'a str,
    name: Option<&'a str>,
}

impl<'a> SpeakerMention<'a> {
    pub(crate) fn new(text: &'a str, span: Span, name: Option<&'a str>) -> SpeakerMention<'a> {
        SpeakerMention {
            span,
            text: span.as_str(text),
            name,
        }
    }
    /// Where the mention is ("he", "Okafor", "Senior aide Maria Lindqvist"). For an
    /// inferred speaker, the earlier mention it was inferred from.
    ///
    /// ```
    /// let text = "“Yes,” Ruiz said.";
    /// let sp = tidings::quotes(text)[0].speaker().unwrap();
    /// assert_eq!(&text[sp.span().range()], "Ruiz");
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }
    /// The mention as written.
    ///
    /// ```
    /// let q = tidings::quotes("“Yes,” said Senior aide Maria Lindqvist.");
    /// assert_eq!(q[0].speaker().unwrap().as_str(), "Senior aide Maria Lindqvist");
    /// ```
    pub fn as_str(&self) -> &'a str {
        self.text
    }
    /// The fullest name the article gives this speaker ("Maria Lindqvist"), or `None`
    /// when the text does not say who it is.
    ///
    /// ```
    /// let q = tidings::quotes("“Yes,” said Senior aide Maria Lindqvist. “No,” officials said.");
    /// assert_eq!(q[0].speaker().unwrap().name(), Some("Maria Lindqvist"));
    /// assert_eq!(q[1].speaker().unwrap().name(), None);
    /// ```
    pub fn name(&self) -> Option<&'a str> {
        self.name
    }
}

/// One quotation: where it is, what was said, how, by whom, and with which cue.
///
/// ```
/// let text = "“The bridge is safe,” Haddad said, “but the roads are not.”";
/// let q = tidings::quotes(text);
/// assert_eq!(q.len(), 2); // one quotation split by its attribution: two parts
/// assert_eq!(&text[q[0].span().range()], "“The bridge is safe,”");
/// assert_eq!(q[0].as_str(), "The bridge is safe,");
/// assert_eq!(q[1].as_str(), "but the roads are not.");
/// assert_eq!(q[1].speaker().unwrap().as_str(), "Haddad");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Quote<'a> {
    #[cfg_attr(feature = "serde", serde(flatten))]
    span: Span,
    text: &'a str,
    #[cfg_attr(feature = "serde", serde(skip))]
    content: Span,
    kind: QuoteKind,
    speaker: Option<SpeakerMention<'a>>,
    cue: Option<Fragment<'a>>,
    inferred: bool,
    part: bool,
}

impl<'a> Quote<'a> {
    /// The whole quotation: for a direct quote from its opening mark to its closing mark
    /// (a quotation run across paragraphs spans them all); for reported speech, the
    /// reported content. A quotation split by its attribution (`"A," he said. "B."`) is
    /// two quotes, each with its own span and content and both with the attribution's
    /// speaker and cue; the second is [`Quote::is_part`], not inferred.
    ///
    /// ```
    /// let text = "Ruiz said the vote was close.";
    /// let q = &tidings::quotes(text)[0];
    /// assert_eq!(&text[q.span().range()], "the vote was close");
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }
    /// The content's span: inside the outer marks for a direct quote.
    ///
    /// ```
    /// let text = "“Yes,” Ruiz said.";
    /// let q = &tidings::quotes(text)[0];
    /// assert_eq!(&text[q.content().range()], "Yes,");
    /// assert!(q.span().contains(q.content()));
    /// ```
    pub fn content(&self) -> Span {
        self.content
    }
    /// The content's text.
    ///
    /// ```
    /// assert_eq!(tidings::quotes("“Yes,” Ruiz said.")[0].as_str(), "Yes,");
    /// ```
    pub fn as_str(&self) -> &'a str {
        self.text
    }
    /// Direct, mixed or indirect.
    ///
    /// ```
    /// let q = tidings::quotes("According to the ministry, the vote was close.");
    /// assert_eq!(q[0].kind(), tidings::QuoteKind::Indirect);
    /// ```
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }
    /// Who said it, if the text says.
    ///
    /// ```
    /// let q = tidings::quotes("“Count every vote.” — Senator Ana Ruiz");
    /// assert_eq!(q[0].speaker().unwrap().name(), Some("Ana Ruiz"));
    /// ```
    pub fn speaker(&self) -> Option<SpeakerMention<'a>> {
        self.speaker
    }
    /// The cue: "said", "told reporters", "according to". `None` where the speaker is
    /// given without one (a dash, a line ending in a colon, an inferred speaker).
    ///
    /// ```
    /// let q = tidings::quotes("Ruiz was quoted as saying that the vote was close.");
    /// assert_eq!(q[0].cue().unwrap().as_str(), "quoted as saying");
    /// ```
    pub fn cue(&self) -> Option<Fragment<'a>> {
        self.cue
    }
    /// Whether the speaker was inferred from an earlier quote rather than stated.
    ///
    /// ```
    /// let q = tidings::quotes("“We are ready,” Ruiz said.\n\n“We have been for months.”");
    /// assert!(!q[0].is_inferred());
    /// assert!(q[1].is_inferred());
    /// assert_eq!(q[1].speaker().unwrap().as_str(), "Ruiz");
    /// ```
    pub fn is_inferred(&self) -> bool {
        self.inferred
    }
    /// Whether this quote is a later part of the quotation before it: split from it by
    /// their shared attribution (`"A," he said, "B."` or `"A," he said. "B."`), or
    /// following it in the same paragraph with nothing in between. It has that
    /// quotation's speaker and cue, and the speaker directory counts the parts once.
    ///
    /// ```
    /// let q = tidings::quotes("“The bridge is safe,” Haddad said. “The roads are not.”");
    /// assert_eq!(q.len(), 2);
    /// assert_eq!(q[1].as_str(), "The roads are not.");
    /// assert!(q[1].is_part() && !q[1].is_inferred());
    /// assert_eq!(q[1].speaker().unwrap().as_str(), "Haddad");
    /// assert_eq!(q[1].cue().unwrap().as_str(), "said");
    /// ```
    pub fn is_part(&self) -> bool {
        self.part
    }
}

/// One person or named body quoted in an article, with how they were referred to and
/// how many quotes of each kind they have. Made by [`speakers`].
///
/// ```
/// let text = "“Yes,” said Ana Ruiz. Ruiz added that the vote was close.";
/// let dir = tidings::quotes::speakers(&tidings::quotes(text));
/// assert_eq!(dir.len(), 1);
/// assert_eq!(dir[0].name(), "Ana Ruiz");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Speaker<'a> {
    name: &'a str,
    mentions: Vec<&'a str>,
    quotes: usize,
    direct: usize,
    mixed: usize,
    indirect: usize,
}

impl<'a> Speaker<'a> {
    /// The resolved name, borrowed from the text.
    ///
    /// ```
    /// let dir = tidings::quotes::speakers(&tidings::quotes("“Yes,” said Dr. Ana Ruiz."));
    /// assert_eq!(dir[0].name(), "Ana Ruiz");
    /// ```
    pub fn name(&self) -> &'a str {
        self.name
    }
    /// The distinct ways the article refers to this speaker, in order of first use.
    ///
    /// ```
    /// let text = "“Yes,” said Ana Ruiz. “No,” Ruiz said.";
    /// let dir = tidings::quotes::speakers(&tidings::quotes(text));
    /// assert_eq!(dir[0].mentions(), ["Ana Ruiz", "Ruiz"]);
    /// ```
    pub fn mentions(&self) -> &[&'a str] {
        &self.mentions
    }
    /// How many quotations are attributed to this speaker; the parts of a quotation
    /// split by its attribution ([`Quote::is_part`]) count once.
    ///
    /// ```
    /// let text = "“Yes,” said Ana Ruiz. “No,” Ruiz said. “Never.”";
    /// assert_eq!(tidings::quotes::speakers(&tidings::quotes(text))[0].quote_count(), 2);
    /// ```
    pub fn quote_count(&self) -> usize {
        self.quotes
    }
    /// How many of them are of `kind`.
    ///
    /// ```
    /// use tidings::QuoteKind;
    /// let text = "“Yes,” said Ana Ruiz. Ruiz added that the vote was close.";
    /// let s = &tidings::quotes::speakers(&tidings::quotes(text))[0];
    /// assert_eq!((s.count(QuoteKind::Direct), s.count(QuoteKind::Indirect)), (1, 1));
    /// ```
    pub fn count(&self, kind: QuoteKind) -> usize {
        match kind {
            QuoteKind::Direct => self.direct,
            QuoteKind::Mixed => self.mixed,
            QuoteKind::Indirect => self.indirect,
        }
    }
}

/// Builds a [`QuoteExtractor`].
///
/// ```
/// let ex = tidings::QuoteExtractor::builder()
///     .cue("opine")
///     .quote_marks('⟪', '⟫')
///     .build()
///     .unwrap();
/// let q = ex.extract("⟪We are ready,⟫ Okafor opined.");
/// assert_eq!(q[0].as_str(), "We are ready,");
/// assert_eq!(q[0].speaker().unwrap().as_str(), "Okafor");
/// ```
#[derive(Clone, Debug, Default)]
pub struct QuoteExtractorBuilder {
    cues: Vec<String>,
    marks: Vec<(char, char)>,
}

impl QuoteExtractorBuilder {
    /// Adds a speech verb (base form, e.g. `"opine"`; its tenses are generated) or a
    /// phrase matched as written (e.g. `"went on to say"`).
    ///
    /// ```
    /// let ex = tidings::QuoteExtractor::builder().cue("harrumph").build().unwrap();
    /// let q = ex.extract("“Nonsense from start to end,” Ruiz harrumphed.");
    /// assert_eq!(q[0].cue().unwrap().as_str(), "harrumphed");
    /// ```
    pub fn cue(mut self, cue: impl Into<String>) -> Self {
        self.cues.push(cue.into());
        self
    }
    /// Adds a pair of quotation marks.
    ///
    /// ```
    /// let ex = tidings::QuoteExtractor::builder().quote_marks('⟪', '⟫').build().unwrap();
    /// assert_eq!(ex.extract("⟪We will see,⟫ she said.").len(), 1);
    /// ```
    pub fn quote_marks(mut self, open: char, close: char) -> Self {
        self.marks.push((open, close));
        self
    }
    /// Builds the extractor.
    ///
    /// # Errors
    /// [`Error::InvalidCue`] for an empty or non-word cue; [`Error::InvalidQuoteMarks`]
    /// for marks that are whitespace or alphanumeric.
    ///
    /// ```
    /// assert!(tidings::QuoteExtractor::builder().cue("say 2").build().is_err());
    /// assert!(tidings::QuoteExtractor::builder().quote_marks('a', 'b').build().is_err());
    /// ```
    pub fn build(self) -> Result<QuoteExtractor, Error> {
        for c in &self.cues {
            if c.trim().is_empty()
                || !c
                    .chars()
                    .all(|ch| ch.is_alphabetic() || matches!(ch, ' ' | '-' | '\''))
            {
                return Err(Error::InvalidCue(c.clone()));
            }
        }
        for &(open, close) in &self.marks {
            if [open, close]
                .iter()
                .any(|c| c.is_whitespace() || c.is_alphanumeric())
            {
                return Err(Error::InvalidQuoteMarks { open, close });
            }
        }
        let mut lex = Lexicon::base();
        for c in &self.cues {
            lex.add_cue(c.trim(), true);
        }
        for &(open, close) in &self.marks {
            lex.marks.push((open, close));
            for ch in [open, close] {
                let mut buf = [0u8; 4];
                if let Some(&first) = ch.encode_utf8(&mut buf).as_bytes().first() {
                    lex.set_mark_byte(first);
                }
            }
        }
        Ok(QuoteExtractor { lex: Arc::new(lex) })
    }
}

/// A quote extractor built once and reused: the cue lexicon and quotation marks are
/// compiled at construction, never per call.
///
/// ```
/// let ex = tidings::QuoteExtractor::default();
/// let text = "“We will not raise taxes,” Finance Minister Adaeze Okafor said on Monday.";
/// let q = &ex.extract(text)[0];
/// assert_eq!(q.as_str(), "We will not raise taxes,");
/// assert_eq!(q.speaker().unwrap().name(), Some("Adaeze Okafor"));
/// ```
#[derive(Clone, Debug)]
pub struct QuoteExtractor {
    lex: Arc<Lexicon>,
}

impl Default for QuoteExtractor {
    fn default() -> QuoteExtractor {
        QuoteExtractor {
            lex: Arc::clone(&BASE),
        }
    }
}

/// The cue extensions (`in a statement`) grouped by their first word, each as the words
/// after it, in list order: a cue followed by `in` tries only the extensions that start
/// with it.
type ExtensionGroups = Vec<(&'static str, Vec<Vec<&'static str>>)>;
static EXTENSION_GROUPS: Lazy<ExtensionGroups> = Lazy::new(|| {
    let mut groups: ExtensionGroups = Vec::new();
    for e in cues::EXTENSIONS {
        let mut words = e.split(' ');
        let Some(first) = words.next() else { continue };
        let rest: Vec<&str> = words.collect();
        match groups.iter_mut().find(|g| g.0 == first) {
            Some(g) => g.1.push(rest),
            None => groups.push((first, vec![rest])),
        }
    }
    groups
});

static BASE: Lazy<Arc<Lexicon>> = Lazy::new(|| Arc::new(Lexicon::base()));

pub(crate) static DEFAULT: Lazy<QuoteExtractor> = Lazy::new(QuoteExtractor::default);

impl QuoteExtractor {
    /// A builder for an extractor with custom options.
    ///
    /// ```
    /// let ex = tidings::QuoteExtractor::builder().build().unwrap();
    /// assert!(ex.extract("No quotes here.").is_empty());
    /// ```
    pub fn builder() -> QuoteExtractorBuilder {
        QuoteExtractorBuilder::default()
    }

    /// The quotes of `text`, in order.
    ///
    /// ```
    /// let q = tidings::QuoteExtractor::default().extract("“Yes,” she said. “No.”");
    /// assert_eq!(q.len(), 2); // one quotation split by its attribution: two parts
    /// assert!(q[1].is_part());
    /// ```
    pub fn extract<'a>(&self, text: &'a str) -> Vec<Quote<'a>> {
        // The sentences are read as they are split, not collected first.
        let mut run = Run::new(&self.lex, text);
        run.go(crate::sentences(text).map(|s| s.span()));
        run.out
    }

    /// The quotes of `text`, given its sentences already split (in order, as
    /// [`crate::sentences()`] returns them). A newline between two sentences is a
    /// paragraph break.
    ///
    /// ```
    /// let text = "Okafor said the talks were useful.";
    /// let s: Vec<_> = tidings::sentences(text).collect();
    /// let q = tidings::QuoteExtractor::default().extract_sentences(text, &s);
    /// assert_eq!(q[0].kind(), tidings::QuoteKind::Indirect);
    /// assert_eq!(q[0].as_str(), "the talks were useful");
    /// ```
    pub fn extract_sentences<'a>(
        &self,
        text: &'a str,
        sentences: &[Sentence<'a>],
    ) -> Vec<Quote<'a>> {
        let mut run = Run::new(&self.lex, text);
        run.go(sentences.iter().map(Sentence::span));
        run.out
    }
}

/// The speaker directory for a list of quotes: everyone quoted whose name the article
/// gives, with how they were referred to and their quote counts, in order of first quote.
///
/// ```
/// let text = "“We are ready,” said Maria Lindqvist. Later, Lindqvist said the plan would work.";
/// let q = tidings::quotes(text);
/// let s = tidings::quotes::speakers(&q);
/// assert_eq!(s[0].name(), "Maria Lindqvist");
/// assert_eq!(s[0].mentions(), ["Maria Lindqvist", "Lindqvist"]);
/// assert_eq!(s[0].count(tidings::QuoteKind::Indirect), 1);
/// ```
pub fn speakers<'a>(quotes: &[Quote<'a>]) -> Vec<Speaker<'a>> {
    let mut out: Vec<Speaker<'a>> = Vec::new();
    let mut index: FxMap<&'a str, usize> = FxMap::default();
    for q in quotes {
        let Some(sp) = q.speaker else { continue };
        let Some(name) = sp.name else { continue };
        let idx = *index.entry(name).or_insert_with(|| {
            out.push(Speaker {
                name,
                mentions: Vec::new(),
                quotes: 0,
                direct: 0,
                mixed: 0,
                indirect: 0,
            });
            out.len() - 1
        });
        if let Some(s) = out.get_mut(idx) {
            if !s.mentions.contains(&sp.text) {
                s.mentions.push(sp.text);
            }
            if q.part {
                continue;
            }
            s.quotes += 1;
            match q.kind {
                QuoteKind::Direct => s.direct += 1,
                QuoteKind::Mixed => s.mixed += 1,
                QuoteKind::Indirect => s.indirect += 1,
            }
        }
    }
    out
}

/// The quotes of `text` with the default extractor.
///
/// ```
/// let text = "“It will pass,” said Sen. Ana Ruiz. The senator added that a vote was near.";
/// let q = tidings::quotes(text);
/// assert_eq!(q.len(), 2);
/// assert_eq!(q[1].speaker().unwrap().name(), Some("Ana Ruiz"));
/// ```
pub fn quotes(text: &str) -> Vec<Quote<'_>> {
    DEFAULT.extract(text)
}

// ---------------------------------------------------------------------------------
// The compiled lexicon.

#[derive(Debug)]
struct Lexicon {
    /// Every cue word (lowercase): its class as a single word, and whether phrases
    /// start with it.
    words: WordTable<(Option<CueClass>, bool)>,
    phrases: FxMap<WordKey, Vec<(Vec<String>, CueClass)>>,
    /// The length of the shortest first word of a cue: shorter words (`a`, `of`, `to`)
    /// are turned away before any lookup.
    min_len: usize,
    /// The first three bytes of every cue's first word, one bit per triple (each byte
    /// folded to five bits as [`prefix_bit`] does): most words of a sentence miss here
    /// and skip the table.
    prefixes: Box<[u64; 512]>,
    /// The first four bytes of every cue's first word (for a word of three, with each
    /// byte that can end it or a full stop), one bit per hashed quadruple
    /// ([`quad_index`]), for the scan of [`Run::scan_names`]: most words that share
    /// three bytes with a cue (`for`, `not`, `decision`) differ in the fourth.
    quads: Box<[u64; 512]>,
    marks: Vec<(char, char)>,
    mark_bytes: [bool; 256],
}

/// The word and bit of a word's first three bytes in [`Lexicon::prefixes`]. Folding
/// `b | 0x20` maps an ASCII capital to its small letter, so a word matches whatever
/// the case of its ASCII letters, as the word table does.
#[inline]
fn prefix_bit(w: &[u8]) -> (usize, u64) {
    let fold = |b: u8| usize::from((b | 0x20) & 31);
    let n = match *w {
        [a, b, c, ..] => fold(a) << 10 | fold(b) << 5 | fold(c),
        _ => {
            let at = |i: usize| w.get(i).map_or(0, |&b| fold(b));
            at(0) << 10 | at(1) << 5 | at(2)
        }
    };
    (n >> 6, 1 << (n & 63))
}

/// The bit in [`Lexicon::quads`] of the four bytes `x` that start a word (a word of
/// three bytes that ends the unit has a zero fourth), ASCII case folded: a
/// multiplicative hash to fifteen bits.
#[inline]
fn quad_index(x: u32) -> usize {
    ((x | 0x2020_2020).wrapping_mul(0x9E37_79B1) >> 17) as usize
}

impl Lexicon {
    fn base() -> Lexicon {
        let mut lex = Lexicon {
            words: WordTable::default(),
            phrases: FxMap::default(),
            min_len: usize::MAX,
            prefixes: Box::new([0; 512]),
            quads: Box::new([0; 512]),
            marks: Vec::new(),
            mark_bytes: [false; 256],
        };
        for (form, class) in cues::forms() {
            lex.add_form(&form, class);
        }
        for b in [b'"', b'\'', 0xE2, 0xC2, 0xE3] {
            lex.set_mark_byte(b);
        }
        lex
    }

    fn add_cue(&mut self, cue: &str, generate: bool) {
        if cue.contains(' ') || !generate {
            self.add_form(cue, CueClass::Say);
            return;
        }
        let lower = cue.to_lowercase();
        for (form, class) in cues::forms_of(&lower) {
            self.add_form(&form, class);
        }
    }

    fn add_form(&mut self, form: &str, class: CueClass) {
        let mut words = form.split(' ').filter(|w| !w.is_empty());
        let Some(first) = words.next() else { return };
        let first = first.to_lowercase();
        let rest: Vec<String> = words.map(str::to_string).collect();
        let Some(key) = WordKey::new(first.as_bytes()) else {
            return;
        };
        let phrase = !rest.is_empty();
        self.min_len = self.min_len.min(first.len());
        let (row, bit) = prefix_bit(first.as_bytes());
        if let Some(r) = self.prefixes.get_mut(row) {
            *r |= bit;
        }
        // The scan asks a word's first four bytes as they stand in the text: after a
        // word of three comes a byte that ends it (or the unit's end, read as zero),
        // or the full stop the scan keeps in the word.
        let mut set = |q: [u8; 4]| {
            let n = quad_index(u32::from_le_bytes(q));
            if let Some(r) = self.quads.get_mut(n >> 6) {
                *r |= 1 << (n & 63);
            }
        };
        match *first.as_bytes() {
            [a, b, c] => {
                for x in 0..=u8::MAX {
                    if !continues_word(x) || x == b'.' {
                        set([a, b, c, x]);
                    }
                }
            }
            [a, b, c, d, ..] => set([a, b, c, d]),
            // The scan never asks shorter words; `may_start_at` asks them padded.
            [a, b] => set([a, b, b' ', b' ']),
            [a] => set([a, b' ', b' ', b' ']),
            _ => {}
        }
        self.words.update(first.as_bytes(), |entry| {
            if phrase {
                entry.1 = true;
            } else {
                entry.0 = Some(class);
            }
        });
        if phrase {
            self.phrases.entry(key).or_default().push((rest, class));
        }
    }

    /// Whether `w` may be the first word of a cue: a cheap test that turns most
    /// words away before the table.
    #[inline]
    fn may_start(&self, w: &[u8]) -> bool {
        if w.len() < self.min_len {
            return false;
        }
        let (row, bit) = prefix_bit(w);
        self.prefixes.get(row).is_some_and(|r| r & bit != 0)
    }

    /// [`Lexicon::may_start`] for the word of `len` bytes at `start` of `b`, asked of the
    /// four-byte filter the scan asks ([`Lexicon::quads`]), which turns away more words
    /// than the three-letter prefixes: the bytes past a shorter word are read as spaces,
    /// masked without a branch on the word's length.
    #[inline]
    fn may_start_at(&self, b: &[u8], start: usize, len: usize) -> bool {
        let Some(&q) = b.get(start..).and_then(<[u8]>::first_chunk::<4>) else {
            return self.may_start(b.get(start..start + len).unwrap_or(&[]));
        };
        let keep = ((1u64 << (8 * len.min(4))) - 1) as u32;
        let x = u32::from_le_bytes(q) & keep | 0x2020_2020 & !keep;
        let n = quad_index(x);
        let hit = self
            .quads
            .get(n >> 6)
            .is_some_and(|r| r & 1 << (n & 63) != 0);
        (len >= self.min_len) & hit
    }

    /// The cue class of a single word, and whether a phrase may start at it.
    #[inline]
    fn lookup(&self, w: &str) -> Option<(Option<CueClass>, bool)> {
        if !self.may_start(w.as_bytes()) {
            return None;
        }
        self.words.get(w.as_bytes())
    }

    fn is_mark_byte(&self, b: u8) -> bool {
        self.mark_bytes
            .get(usize::from(b))
            .copied()
            .unwrap_or(false)
    }

    fn set_mark_byte(&mut self, b: u8) {
        if let Some(x) = self.mark_bytes.get_mut(usize::from(b)) {
            *x = true;
        }
    }

    fn mark(&self, c: char) -> Option<Mark> {
        // The common marks read from a small table rather than by `marks::builtin`,
        // whose `match` is a jump table: an indirect branch that alternates between the
        // marks of a text and is mispredicted.
        if let Some(m) = common_mark(c) {
            return m;
        }
        if let Some(m) = marks::builtin(c) {
            return Some(m);
        }
        for &(o, cl) in &self.marks {
            if c == o && c == cl {
                return Some(Mark {
                    role: Role::Either,
                    single: false,
                });
            }
            if c == o {
                return Some(Mark {
                    role: Role::Open,
                    single: false,
                });
            }
            if c == cl {
                return Some(Mark {
                    role: Role::Close,
                    single: false,
                });
            }
        }
        None
    }

    fn pairs(&self, open: char, close: char) -> bool {
        marks::builtin_pair(open, close)
            || (open == close && matches!(open, '“' | '”'))
            || self.marks.iter().any(|&(o, c)| o == open && c == close)
    }
}

/// [`marks::builtin`] of `"`, `'` and `‘ ’ ‚ ‛ “ ” „` (U+2018 to U+201E), the marks news
/// text is written with, by comparisons and a table load; `None` for any other
/// character.
#[inline]
fn common_mark(c: char) -> Option<Option<Mark>> {
    const fn m(role: Role, single: bool) -> Option<Mark> {
        Some(Mark { role, single })
    }
    const CURLY: [Option<Mark>; 7] = [
        m(Role::Open, true),
        m(Role::CloseOrApostrophe, true),
        m(Role::Open, true),
        None,
        m(Role::Open, false),
        m(Role::Close, false),
        m(Role::Open, false),
    ];
    if c == '"' {
        Some(m(Role::Either, false))
    } else if c == '\'' {
        Some(m(Role::Either, true))
    } else {
        let i = u32::from(c).wrapping_sub(0x2018) as usize;
        CURLY.get(i).copied()
    }
}

#[cfg(test)]
mod common_mark_tests {
    use super::*;

    #[test]
    fn common_marks_read_as_the_builtin_table() {
        for c in (0..0x3100).filter_map(char::from_u32) {
            if let Some(m) = common_mark(c) {
                assert_eq!(m, marks::builtin(c), "{c:?}");
            }
        }
        for c in ['"', '\'', '‘', '’', '‚', '“', '”', '„'] {
            assert!(common_mark(c).is_some(), "{c:?}");
        }
    }
}

// ---------------------------------------------------------------------------------
// One extraction run over one article.

/// A quotation found by pairing marks, before attribution.
#[derive(Clone, Copy, Debug)]
struct Raw {
    span: Span,
    content: Span,
    closed: bool,
}

#[derive(Clone, Copy, Debug)]
struct Open {
    pos: usize,
    after: usize,
    ch: char,
    single: bool,
}

/// The quotation marks open in a paragraph, innermost last: eight at most (deeper
/// nesting is not quoting), kept in place rather than allocated.
#[derive(Debug)]
struct OpenMarks {
    open: [Open; 8],
    len: usize,
}

impl Default for OpenMarks {
    fn default() -> OpenMarks {
        let none = Open {
            pos: 0,
            after: 0,
            ch: '\0',
            single: false,
        };
        OpenMarks {
            open: [none; 8],
            len: 0,
        }
    }
}

impl OpenMarks {
    fn as_slice(&self) -> &[Open] {
        self.open.get(..self.len).unwrap_or(&[])
    }
    fn first(&self) -> Option<&Open> {
        self.as_slice().first()
    }
    /// Opens a mark; one past the eighth is dropped.
    fn push(&mut self, o: Open) {
        if let Some(slot) = self.open.get_mut(self.len) {
            *slot = o;
            self.len += 1;
        }
    }
    fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }
    fn clear(&mut self) {
        self.len = 0;
    }
}

/// A cue found in a unit, with its speaker.
#[derive(Clone, Copy, Debug)]
struct Attr {
    /// Cue token range (with extensions).
    cue: (usize, usize),
    class: CueClass,
    speaker: Option<(usize, usize)>,
    inverted: bool,
}

struct Run<'l, 'a> {
    lex: &'l Lexicon,
    text: &'a str,
    raws: Vec<Raw>,
    toks: Vec<Tok<'a>>,
    names: Names<'a>,
    out: Vec<Quote<'a>>,
    /// The person each quote of `out` was resolved to ([`NO_PERSON`] for none): the
    /// name is read again at the end, when the article has given its fullest form
    /// (`Flynn says …` in a headline, `Michael Flynn` below it).
    who: Vec<u32>,
    /// The last direct quote emitted, or reported one with a speaker: its index in
    /// `out`, where the text after its attribution starts, its paragraph, and whether it
    /// was direct.
    last_direct: Option<(usize, usize, usize, bool)>,
    /// The last quote with a speaker, of any kind, and its paragraph: the voice a
    /// quotation later in the same paragraph is left to.
    last_voice: Option<(usize, usize)>,
    /// A speaker announced by a line ending in a colon: mention span, cue, person.
    colon: Option<(Span, Option<Span>, Option<u32>, usize)>,
    /// The quote (its index in `out`) of a paragraph read as a block quotation after a
    /// colon line with a cue (`The governor added:`): the units after it in the same
    /// paragraph extend it.
    block_quote: Option<usize>,
    /// Tokens of the current unit before this index have had their names registered.
    registered: usize,
    /// The names being registered stand in a report fronted before its pronoun speaker
    /// (`Trump, he said, has …`): none is a subject that pronoun could mean.
    fronted: bool,
    /// The unit being read, and whether it is a title-case headline (asked only when a
    /// run of capitals is registered).
    unit: (usize, usize),
    unit_para: usize,
    headline: Option<bool>,
    /// Which tokens of the current unit an attribution has claimed (a reused buffer).
    taken: Vec<bool>,
    /// Cues of the current unit and quotations ready to emit (reused buffers).
    attrs: Vec<Attr>,
    pending: Vec<Emit>,
    /// The first colon at or after the start of an earlier unit (the text's length if
    /// none): good for every later unit that starts no further on.
    next_colon: Option<usize>,
}

/// How the byte-level scan of [`Run::scan_names`] treats each byte. The order matters:
/// every class from [`SCAN_UPPER`] on continues a word, and a word whose first byte
/// is past [`SCAN_STOP`] may start one.
const SCAN_SPACE: u8 = 0;
/// Punctuation: ends a run of capitalised words.
const SCAN_STOP: u8 = 1;
/// The lead byte of a multi-byte character: part of a word unless the character is a
/// space.
const SCAN_LEAD: u8 = 2;
/// ASCII capitals.
const SCAN_UPPER: u8 = 3;
/// ASCII small letters.
const SCAN_LOWER: u8 = 4;
/// ASCII digits, and the apostrophe, full stop and hyphen inside words.
const SCAN_WORD: u8 = 5;
/// A continuation byte of a multi-byte character.
const SCAN_CONT: u8 = 6;

/// The scan class of each byte, so the scan loads one table entry per byte.
static SCAN_CLASS: [u8; 256] = {
    let mut t = [SCAN_STOP; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        let class = if c >= 0xC0 {
            SCAN_LEAD
        } else if c >= 0x80 {
            SCAN_CONT
        } else if c.is_ascii_uppercase() {
            SCAN_UPPER
        } else if c.is_ascii_lowercase() {
            SCAN_LOWER
        } else if c.is_ascii_digit() || c == b'\'' || c == b'.' || c == b'-' {
            SCAN_WORD
        } else if c == b' ' || c == b'"' {
            // A straight double mark outside every quotation is a nickname's (`Marcia
            // "Cia" Price`) or a stray one: a name reads through it.
            SCAN_SPACE
        } else {
            SCAN_STOP
        };
        #[allow(clippy::indexing_slicing)] // `i < 256`, checked by the loop; const context.
        {
            t[i] = class;
        }
        i += 1;
    }
    t
};

/// Whether a whitespace character starts at byte `i` of `text`: asked of the rare lead
/// byte of a multi-byte character in [`Run::scan_names`], out of that loop.
#[cold]
#[inline(never)]
fn wide_space_at(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_whitespace)
}

/// The ASCII bytes of `chars` as bits of a `u128`, for a set test without a branch.
const fn ascii_set(chars: &[u8]) -> u128 {
    let mut m = 0;
    let mut i = 0;
    while i < chars.len() {
        #[allow(clippy::indexing_slicing)] // `i < chars.len()`, checked by the loop; const context.
        {
            m |= 1 << chars[i];
        }
        i += 1;
    }
    m
}

/// Whether the character before a quotation mark lets it open. An ASCII character (the
/// common case: a space, a letter) is one bit test: a `match` on it was a jump table,
/// an indirect branch the processor mispredicted often.
fn is_space_like(c: Option<char>) -> bool {
    // ASCII whitespace, `( [ { - /` and the built-in marks `"` and `'`.
    const ASCII: u128 = ascii_set(b"\t\n\x0B\x0C\r ([{-/\"'");
    match c {
        None => true,
        Some(c) if c.is_ascii() => ASCII >> u32::from(c) & 1 != 0,
        Some(c) => c.is_whitespace() || matches!(c, '—' | '–' | '…') || marks::builtin(c).is_some(),
    }
}

/// Whether the character after a quotation mark lets it close: as in [`is_space_like`],
/// an ASCII character is one bit test.
fn is_closing_context(c: Option<char>) -> bool {
    // ASCII whitespace, `. , ; : ! ? ) ] } -` and the built-in marks `"` and `'`.
    const ASCII: u128 = ascii_set(b"\t\n\x0B\x0C\r .,;:!?)]}-\"'");
    match c {
        None => true,
        Some(c) if c.is_ascii() => ASCII >> u32::from(c) & 1 != 0,
        Some(c) => c.is_whitespace() || matches!(c, '—' | '–' | '…') || marks::builtin(c).is_some(),
    }
}

#[cfg(test)]
mod context_tests {
    use super::*;

    #[test]
    fn mark_contexts_read_as_the_character_tests() {
        let space_like = |c: char| {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '…')
                || marks::builtin(c).is_some()
        };
        let closing = |c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…'
                )
                || marks::builtin(c).is_some()
        };
        for c in (0..0x3100).filter_map(char::from_u32) {
            assert_eq!(is_space_like(Some(c)), space_like(c), "{c:?}");
            assert_eq!(is_closing_context(Some(c)), closing(c), "{c:?}");
        }
        assert!(is_space_like(None) && is_closing_context(None));
    }
}

/// Eight bytes read as one `u64` (SWAR): the high bit of each byte stands for that byte
/// in a mask.
pub(crate) const SWAR_HIGH: u64 = 0x8080_8080_8080_8080;
/// The low seven bits of every byte.
const SWAR_LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
/// One in every byte: times `c`, the byte `c` in every byte.
const SWAR_ONES: u64 = 0x0101_0101_0101_0101;

/// The ASCII letters among the eight bytes of `x`, each as the high bit of its byte.
/// `| 0x20` folds capitals to small letters and moves no other byte into `a..=z`; with
/// the high bits cleared, adding `0x80 - c` sets a byte's high bit exactly when it is
/// `c` or more, and no sum carries into the next byte.
#[inline]
pub(crate) fn ascii_letters(x: u64) -> u64 {
    let folded = (x | (SWAR_ONES * 0x20)) & SWAR_LOW;
    let at_least_a = folded + SWAR_ONES * u64::from(0x80 - b'a');
    let past_z = folded + SWAR_ONES * u64::from(0x80 - b'{');
    at_least_a & !past_z & !x & SWAR_HIGH
}

#[cfg(test)]
mod swar_tests {
    use super::*;
    use proptest::prelude::*;

    fn letters_bytewise(bytes: [u8; 8]) -> u64 {
        (0..8).fold(0, |m, j| match bytes.get(j) {
            Some(b) if b.is_ascii_alphabetic() => m | 0x80 << (8 * j),
            _ => m,
        })
    }

    #[test]
    fn ascii_letters_reads_every_byte_beside_every_other() {
        for b in 0..=255u8 {
            for n in 0..=255u8 {
                let bytes = [n, b, n, b, b, n, n, b];
                assert_eq!(
                    ascii_letters(u64::from_le_bytes(bytes)),
                    letters_bytewise(bytes),
                    "{bytes:?}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn ascii_letters_reads_as_the_byte_test(bytes in proptest::array::uniform8(any::<u8>())) {
            prop_assert_eq!(ascii_letters(u64::from_le_bytes(bytes)), letters_bytewise(bytes));
        }
    }
}

/// The eight bytes of `bb` from `at` as one `u64`, if there are eight.
#[inline]
pub(crate) fn load8(bb: &[u8], at: usize) -> Option<u64> {
    bb.get(at..)
        .and_then(<[u8]>::first_chunk::<8>)
        .map(|c| u64::from_le_bytes(*c))
}

/// Whether the scan of [`Run::scan_names`] may read byte `x` inside a word: ASCII letters
/// and digits, `'`, `.`, `-`, and every byte of a character past ASCII but the lead
/// byte of a space; the byte after a word is none of these, but perhaps a lead byte.
fn continues_word(x: u8) -> bool {
    let k = SCAN_CLASS.get(usize::from(x)).copied().unwrap_or(SCAN_STOP);
    k >= SCAN_UPPER
}

/// Whether the word at `w0` of `bb` may start as a cue does ([`Lexicon::quads`]): its
/// first four bytes are read as they stand (after a word of three, whatever ends it;
/// at the unit's end, a zero).
#[inline]
fn has_quad(quads: &[u64; 512], bb: &[u8], w0: usize) -> bool {
    let x = match bb.get(w0..).and_then(<[u8]>::first_chunk::<4>) {
        Some(&q) => u32::from_le_bytes(q),
        // Fewer than four bytes left: a word of three that ends the unit.
        None => match bb.get(w0..).and_then(<[u8]>::first_chunk::<3>) {
            Some(&[a, b, c]) => u32::from_le_bytes([a, b, c, 0]),
            None => return false,
        },
    };
    let n = quad_index(x);
    quads.get(n >> 6).is_some_and(|r| r & 1 << (n & 63) != 0)
}

impl<'l, 'a> Run<'l, 'a> {
    /// The raw quotation `r` (an empty one past the end, which no caller asks for).
    fn raw(&self, r: usize) -> Raw {
        self.raws.get(r).copied().unwrap_or(Raw {
            span: Span::new(0, 0),
            content: Span::new(0, 0),
            closed: false,
        })
    }

    /// Whether token `m` is a quotation whose words end a sentence (`“...over.”`,
    /// `“...?”`) with a capitalised word after it: the sentence ends with it.
    fn closes_sentence(&self, toks: &[Tok], m: usize) -> bool {
        let Some(q) = toks.get(m).and_then(Tok::quote) else {
            return false;
        };
        let inner = self.raw(q).content.as_str(self.text).trim_end();
        inner.ends_with(['.', '?', '!', '…']) && toks.get(m + 1).is_some_and(Tok::is_cap)
    }

    fn new(lex: &'l Lexicon, text: &'a str) -> Run<'l, 'a> {
        Run {
            lex,
            text,
            // Most articles quote someone: room for a few quotations at once.
            raws: Vec::with_capacity(if text.is_empty() { 0 } else { 16 }),
            // Buffers reused for every sentence, sized once for a long one.
            toks: Vec::with_capacity(if text.is_empty() { 0 } else { 128 }),
            names: Names::default(),
            out: Vec::new(),
            who: Vec::new(),
            last_direct: None,
            last_voice: None,
            colon: None,
            block_quote: None,
            registered: 0,
            fronted: false,
            unit: (0, 0),
            unit_para: 0,
            headline: None,
            taken: Vec::with_capacity(if text.is_empty() { 0 } else { 128 }),
            attrs: Vec::with_capacity(if text.is_empty() { 0 } else { 8 }),
            pending: Vec::with_capacity(if text.is_empty() { 0 } else { 8 }),
            next_colon: None,
        }
    }

    fn go(&mut self, sentences: impl Iterator<Item = Span>) {
        // Sentences must be in order and inside the text; anything else is skipped.
        // News sentences run about 120 bytes, short ones (datelines, one-line
        // paragraphs) half that: room for the short, one allocation as a rule.
        let guess = (self.text.len() / 48).min(8192) + 4;
        let mut spans: Vec<(Span, usize)> = Vec::with_capacity(guess.max(sentences.size_hint().0));
        let mut last_end = 0;
        let mut para = 0;
        for sp in sentences {
            if sp.start() < last_end || self.text.get(sp.range()).is_none() || sp.is_empty() {
                continue;
            }
            if !spans.is_empty() {
                let gap = self
                    .text
                    .as_bytes()
                    .get(last_end..sp.start())
                    .unwrap_or(&[]);
                // Gaps are a few spaces between checked spans: a byte loop costs less
                // than the call a searcher (`contains`) makes.
                #[allow(clippy::manual_contains)]
                let newline = gap.iter().any(|&b| b == b'\n');
                if newline {
                    para += 1;
                }
            }
            spans.push((sp, para));
            last_end = sp.end();
        }
        self.pair_marks(&spans);

        // Every paired quotation is emitted as a rule, and an article that quotes
        // reports speech too: one allocation for both as a rule, none without marks.
        self.out.reserve(self.raws.len() * 3);
        self.who.reserve(self.raws.len() * 3);
        self.units(&spans);
        // Only an article that gave someone a fuller name later has names to update.
        if self.names.renamed {
            for (q, &id) in self.out.iter_mut().zip(&self.who) {
                if let Some(sp) = q.speaker.as_mut().filter(|_| id != NO_PERSON) {
                    sp.name = self.names.name(self.text, id).or(sp.name);
                }
            }
        }
        // Quotes come out in order as a rule: the sort (and its buffer) only when not.
        let key = |q: &Quote| (q.span.start(), q.span.end());
        if !self.out.windows(2).all(|w| match w {
            [a, b] => key(a) <= key(b),
            _ => true,
        }) {
            self.out.sort_by_key(key);
        }
    }

    // -----------------------------------------------------------------------------
    // Pairing quotation marks.

    fn pair_marks(&mut self, spans: &[(Span, usize)]) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut stack = OpenMarks::default();
        // A quotation carried over a paragraph break: its opening and content start.
        let mut carried: Option<Open> = None;
        // With the built-in marks only, every mark starts with one of five bytes: the
        // three common ones and the lead bytes of guillemets and corner brackets, found
        // by two searches whose next hits are kept until passed.
        let builtin = self.lex.marks.is_empty();
        // The next hits are searched to the end of the text, not of the paragraph, so
        // that a hit (or the lack of one) stays good for the paragraphs after: two
        // searches per mark rather than two per paragraph.
        let (mut next_common, mut next_rare) = (None, None);
        let mut i = 0;
        while i < spans.len() {
            let Some(&(first, para)) = spans.get(i) else {
                break;
            };
            let mut j = i;
            while spans.get(j).is_some_and(|x| x.1 == para) {
                j += 1;
            }
            let pstart = first.start();
            let pend = spans.get(j - 1).map_or(pstart, |x| x.0.end());
            stack.clear();
            let mut skip_first_open = false;
            if let Some(c) = carried.take() {
                stack.push(c);
                skip_first_open = true;
            }
            let mut k = pstart;
            while k < pend {
                if builtin {
                    let find = |at: &mut Option<usize>, rare: bool| {
                        if at.map_or(true, |a| a < k) {
                            let r = bytes.get(k..).unwrap_or(&[]);
                            let o = if rare {
                                memchr::memchr2(0xC2, 0xE3, r)
                            } else {
                                memchr::memchr3(b'"', b'\'', 0xE2, r)
                            };
                            *at = Some(o.map_or(bytes.len(), |o| k + o));
                        }
                        at.unwrap_or(pend)
                    };
                    k = find(&mut next_common, false).min(find(&mut next_rare, true));
                    if k >= pend {
                        break;
                    }
                } else if !bytes.get(k).is_some_and(|&b| self.lex.is_mark_byte(b)) {
                    k += 1;
                    continue;
                }
                // An apostrophe between two ASCII letters or digits (`don't`, `Okafor’s`)
                // is never a mark, whatever the stack holds: skipped on its bytes.
                if !skip_first_open {
                    let alnum = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
                    let width = match bytes.get(k..) {
                        Some([b'\'', ..]) => 1,
                        Some([0xE2, 0x80, 0x99, ..]) => 3,
                        _ => 0,
                    };
                    if width > 0 && k > 0 && alnum(k - 1) && alnum(k + width) {
                        k += width;
                        continue;
                    }
                }
                let Some((c, mark, n)) = self.mark_at(k) else {
                    k += text
                        .get(k..)
                        .and_then(|s| s.chars().next())
                        .map_or(1, char::len_utf8);
                    continue;
                };
                if skip_first_open {
                    skip_first_open = false;
                    if k == pstart {
                        // The reopening mark of a continued quotation.
                        k += n;
                        continue;
                    }
                }
                let prev = text.get(..k).and_then(|s| s.chars().next_back());
                let next = text.get(k + n..).and_then(|s| s.chars().next());
                match self.act(c, mark, prev, next, k + n, pend, stack.as_slice()) {
                    Act::Open => {
                        stack.push(Open {
                            pos: k,
                            after: k + n,
                            ch: c,
                            single: mark.single,
                        });
                    }
                    Act::Close(at) => {
                        if at == 0 {
                            if let Some(o) = stack.first().filter(|o| !self.nickname(o, k, n)) {
                                self.raws.push(Raw {
                                    span: Span::new(o.pos, k + n),
                                    content: Span::new(o.after, k),
                                    closed: true,
                                });
                            }
                        }
                        stack.truncate(at);
                    }
                    Act::None => {}
                }
                k += n;
            }
            if let Some(o) = stack.first().copied() {
                // Only a quotation that opens its paragraph or a sentence (or follows a
                // colon or comma) runs on (`“A,” she said. “B.⏎⏎“C.”`); a stray mark
                // inside a sentence does not.
                let before = text
                    .get(..o.pos)
                    .and_then(|t| t.trim_end_matches([' ', '\u{a0}']).chars().next_back());
                let leads = o.pos <= pstart
                    || o.pos == pstart
                    || matches!(
                        before,
                        None | Some('\n' | ':' | ',' | '—' | '–' | '.' | '!' | '?')
                    );
                let reopens = leads
                    && spans.get(j).is_some_and(|(ns, _)| {
                        self.mark_at(ns.start()).is_some_and(|(f, m, _)| {
                            m.single == o.single
                                && matches!(m.role, Role::Open | Role::Either)
                                && f == o.ch
                        })
                    });
                if reopens {
                    carried = Some(o);
                } else if !o.single {
                    let end = pend;
                    let content = Span::new(o.after, end).trim(text);
                    self.raws.push(Raw {
                        span: Span::new(o.pos, end),
                        content,
                        closed: false,
                    });
                }
            }
            i = j;
        }
    }

    /// The quotation mark at byte `k`: its character, what it can do and its length. Two
    /// straight apostrophes (`''`) are one double mark, the style of wire and archive
    /// text that has no `"` (`''It is over,'' she said.`).
    fn mark_at(&self, k: usize) -> Option<(char, Mark, usize)> {
        let c = self.text.get(k..)?.chars().next()?;
        let mark = self.lex.mark(c)?;
        if c == '\'' && self.text.as_bytes().get(k + 1) == Some(&b'\'') {
            let double = Mark {
                role: Role::Either,
                single: false,
            };
            return Some((c, double, 2));
        }
        Some((c, mark, c.len_utf8()))
    }

    /// Whether the straight double marks opened at `o` and closed at `close` (a mark of
    /// `n` bytes) hold a nickname inside a name, not a quotation: one to three
    /// capitalised words without punctuation, with a capitalised word before and after
    /// (`Marcia "Cia" Price`, `Thomas "Tip" O'Neill`).
    fn nickname(&self, o: &Open, close: usize, n: usize) -> bool {
        let text = self.text;
        if o.ch != '"' || n != 1 {
            return false;
        }
        let Some(inner) = text.get(o.after..close) else {
            return false;
        };
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        // Only whether there are more than three (three spaces or more), read up to the
        // third space rather than through a long quotation.
        let words = 1 + inner.bytes().filter(|&b| b == b' ').take(3).count();
        if inner.is_empty()
            || words > 3
            || inner.contains(|c: char| c.is_ascii_punctuation() && c != '\'' && c != '-')
            || !inner.split(' ').all(capital)
        {
            return false;
        }
        let before = text.get(..o.pos).unwrap_or("");
        let after = text.get(close + n..).unwrap_or("");
        let Some(prev_word) = before.strip_suffix(' ').and_then(|b| b.rsplit(' ').next()) else {
            return false;
        };
        let next_word = after.strip_prefix(' ').and_then(|a| a.split(' ').next());
        capital(prev_word)
            && prev_word.chars().all(char::is_alphabetic)
            && next_word
                .is_some_and(|w| capital(w) && w.chars().next().is_some_and(char::is_alphabetic))
    }

    #[allow(clippy::too_many_arguments)]
    fn act(
        &self,
        c: char,
        mark: Mark,
        prev: Option<char>,
        next: Option<char>,
        after: usize,
        pend: usize,
        stack: &[Open],
    ) -> Act {
        let prev_ws = is_space_like(prev);
        let next_ws = is_closing_context(next);
        let closable = |single: bool| {
            stack
                .iter()
                .rposition(|o| o.single == single && self.lex.pairs(o.ch, c))
        };
        let alnum = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
        match mark.role {
            Role::Open => {
                if !prev_ws && next_ws {
                    if let Some(at) = closable(mark.single) {
                        return Act::Close(at);
                    }
                }
                if mark.single && alnum(prev) && alnum(next) {
                    return Act::None;
                }
                if mark.single && self.elision_follows(after, pend) {
                    return Act::None;
                }
                if marks::closes_low_mark(c) && !prev_ws {
                    if let Some(at) = closable(mark.single) {
                        return Act::Close(at);
                    }
                }
                Act::Open
            }
            Role::Close => {
                if prev_ws && !next_ws && closable(mark.single).is_none() {
                    return Act::Open;
                }
                match closable(mark.single) {
                    Some(at) => Act::Close(at),
                    None => Act::None,
                }
            }
            Role::Either if mark.single => {
                let apostrophe = alnum(prev) && alnum(next)
                    || prev_ws && next.is_some_and(|n| n.is_ascii_digit());
                if apostrophe {
                    Act::None
                } else if prev_ws && !next_ws {
                    if self.elision_follows(after, pend) {
                        Act::None
                    } else {
                        Act::Open
                    }
                } else if !prev_ws && next_ws {
                    match closable(true) {
                        Some(at) => Act::Close(at),
                        None => Act::None,
                    }
                } else {
                    Act::None
                }
            }
            Role::Either => {
                if prev_ws && !next_ws {
                    Act::Open
                } else {
                    match closable(false) {
                        Some(at) => Act::Close(at),
                        None => Act::None,
                    }
                }
            }
            Role::CloseOrApostrophe => {
                if alnum(prev) && alnum(next) || prev_ws {
                    Act::None
                } else if next_ws {
                    match closable(true) {
                        Some(at) => Act::Close(at),
                        None => Act::None,
                    }
                } else {
                    Act::None
                }
            }
        }
    }

    /// Whether the word after an apostrophe-like mark is an elision (`'tis`, `'n'`).
    fn elision_follows(&self, after: usize, pend: usize) -> bool {
        let rest = self.text.get(after..pend.min(after + 8)).unwrap_or("");
        let w: &str = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        !w.is_empty() && marks::is_elision(w)
    }

    // -----------------------------------------------------------------------------
    // Units: sentences joined by the quotations that cross them.

    fn units(&mut self, spans: &[(Span, usize)]) {
        let mut rp = 0; // first raw not yet before the current unit
        let mut i = 0;
        while i < spans.len() {
            let mut j = i;
            let Some(&(first, para)) = spans.get(i) else {
                break;
            };
            let mut end = first.end();
            let start = first.start();
            while rp < self.raws.len() && self.raw(rp).span.end() <= start {
                rp += 1;
            }
            let mut r = rp;
            while r < self.raws.len() && self.raw(r).span.start() < end {
                let re = self.raw(r).span.end();
                while re > end && j + 1 < spans.len() {
                    j += 1;
                    end = spans.get(j).map_or(end, |x| x.0.end());
                }
                r += 1;
            }
            // A sentence that ends on a closing mark takes the short sentence after it,
            // where the attribution stands: `"Why?" Okafor asked.`, `"..." - Ruiz`.
            // Not one whose own stop follows the mark (`was 'ready to talk'.`): that
            // sentence ended on its stop, and the next is a sentence of its own.
            let ends_on_quote = r > rp && {
                let close = self.raw(r - 1).span.end();
                close + 2 >= end
                    && !self
                        .text
                        .get(close..end)
                        .is_some_and(|t| t.contains(['.', '!', '?']))
            };
            let next_same_para = spans
                .get(j + 1)
                .filter(|n| spans.get(j).is_some_and(|c| c.1 == n.1));
            if let Some(&(next, _)) = next_same_para.filter(|_| ends_on_quote) {
                let starts_quote = next
                    .as_str(self.text)
                    .chars()
                    .next()
                    .is_some_and(|c| self.lex.mark(c).is_some());
                let words = next.as_str(self.text).split_whitespace().take(13).count();
                let cont = self
                    .raws
                    .get(r)
                    .is_some_and(|x| x.span.start() < next.end());
                if !starts_quote && words <= 12 && !cont {
                    j += 1;
                    end = next.end();
                }
            }
            let para_start = i == 0 || spans.get(i - 1).is_some_and(|p| p.1 != para);
            self.unit(start, end, rp, r, para, para_start);
            rp = r;
            i = j + 1;
        }
    }

    fn unit(
        &mut self,
        start: usize,
        end: usize,
        r0: usize,
        r1: usize,
        para: usize,
        para_start: bool,
    ) {
        let text = self.text;
        self.unit = (start, end);
        self.unit_para = para;
        self.headline = None;
        self.lone_subject(start, end);
        // A line ending in a colon needs reading when a quotation opens right after it
        // (it names that quotation's speaker), and so does a line that starts with a
        // run of capitalised words and a colon (`WALLACE: ...`); a clock time or a
        // list's lead-in does not.
        let head = text
            .as_bytes()
            .get(start..end.min(start + 48))
            .unwrap_or(&[]);
        let first_colon = self.colon_from(start);
        let quote_follows = || {
            text.get(end..)
                .and_then(|r| r.trim_start().chars().next())
                .is_some_and(|c| self.lex.mark(c).is_some())
        };
        let label = || {
            let in_head = first_colon.checked_sub(start).filter(|&c| c < head.len());
            in_head.is_some_and(|c| {
                let before = head.get(..c).unwrap_or(&[]);
                !before.is_empty()
                    && before
                        .split(|b| b.is_ascii_whitespace())
                        .filter_map(|w| w.first())
                        .all(|&f| f.is_ascii_uppercase() || f >= 0x80)
            })
        };
        if r0 == r1 && self.block_quotation(start, end, para, para_start) {
            return;
        }
        self.block_quote = None;
        // Asked only of a unit without quotations: one with them is read closely anyway.
        let colon = || ends_in_colon(text, start, end) && quote_follows() || label();
        // A title-case headline writes its cue with a capital (`Obama Says …`, `…, Former
        // Doctor Says`), which the scan below takes for a name: the article's first
        // paragraph is asked for one first.
        let headline_cue =
            para == 0 && para_start && self.headline_cue(start, end) && self.in_headline();
        if r0 == r1 && !colon() && !headline_cue && !self.scan_names(start, end) {
            // Nothing to attribute here; the names it introduces are registered.
            self.colon = None;
            return;
        }
        let mut toks = core::mem::take(&mut self.toks);
        toks.clear();
        let mut pos = start;
        for r in r0..r1 {
            let raw = self.raw(r);
            let rs = raw.span.start().max(pos);
            tokenize(text, pos, rs, &mut toks);
            toks.push(Tok {
                start: raw.span.start(),
                text: raw.span.as_str(text),
                kind: TokKind::Quote(r),
            });
            pos = raw.span.end().max(pos);
        }
        if pos < end {
            tokenize(text, pos, end, &mut toks);
        }
        let mut attrs = core::mem::take(&mut self.attrs);
        attrs.clear();
        self.find_cues(&toks, &mut attrs);
        self.registered = 0;
        self.attribute(&toks, &attrs, para, para_start, r1 > r0);
        self.register_names(&toks, toks.len());
        // Remember a line ending in a colon for a quotation that opens the next line.
        self.colon = None;
        if let Some(last) = toks.last() {
            if last.is_punct(':') {
                let n = toks.len() - 1;
                let from_cue = attrs
                    .iter()
                    .rev()
                    .find(|a| a.speaker.is_some() && a.cue.1 + 4 >= n);
                let (sp, cue) = match from_cue {
                    Some(a) => (a.speaker, Some(self.cue_span(&toks, a))),
                    None => (self.colon_subject(&toks, n), None),
                };
                if let Some(sp) = sp {
                    let person = self.resolve(&toks, sp, false);
                    let span = Span::new(at(&toks, sp.0).start, at(&toks, sp.1 - 1).end());
                    self.colon = Some((span, cue, person, para));
                }
            }
        }
        self.attrs = attrs;
        self.toks = toks;
    }

    /// Who a line ending in a colon at `n`, with no cue near it, announces: the phrase
    /// before the colon if it opens the clause (`Trump's remarks:`), else the clause's
    /// subject when it is a name or a pronoun (`Judd laid out the problem in stark
    /// terms:`, not "terms"), else no one.
    #[cold]
    fn colon_subject(&self, toks: &[Tok], n: usize) -> Option<(usize, usize)> {
        let text = self.text;
        let cs = clause_start(toks, n);
        let sp = np_back(text, toks, cs, n)?;
        // `And from the chairwoman:` names the source itself.
        if sp.0 == cs || sp.0 > cs && at(toks, sp.0 - 1).text == "from" {
            return Some(sp);
        }
        // The subject opens the clause or follows a fronted phrase's comma (`In
        // testimony this year, Judd laid out ...:`).
        let named_at = |k: usize| {
            let subject = np_forward(text, toks, k, n)?;
            let head = at(toks, subject.1.checked_sub(1)?);
            // A name the article gave (`Partial transcript as follows:` names no one).
            let hw = word(text, &head);
            let named = head.is_word()
                && (head.is_cap() && (subject.1 > k + 1 || self.names.is_surname(hw))
                    || cues::is_pronoun(hw));
            (subject.0 == k && subject.1 <= sp.0 && named).then_some(subject)
        };
        named_at(cs).or_else(|| {
            let c = (cs..sp.0).rev().find(|&k| at(toks, k).is_punct(','))?;
            named_at(c + 1)
        })
    }

    /// The subject of the sentence holding `s0`, when a cue verb follows it right away
    /// and it is a name or a pronoun (after a fronted phrase and its comma, if any),
    /// ending before `colon`.
    #[cold]
    fn cue_subject_before(&self, toks: &[Tok], s0: usize, colon: usize) -> Option<(usize, usize)> {
        let text = self.text;
        let lo = sentence_start(toks, s0);
        let k = fronted_end(text, toks, lo, colon).unwrap_or(lo);
        let sp = np_forward(text, toks, k, colon)?;
        let named = names_someone(text, &at(toks, sp.1.checked_sub(1)?));
        let verb = toks.get(sp.1).is_some_and(|t| {
            t.is_word() && !t.is_cap() && self.lex.lookup(word(text, t)).is_some()
        });
        (sp.0 == k && named && verb).then_some(sp)
    }

    /// A unit that opens with one capitalised word and a small one (`Pence spoke next.`,
    /// `Kaine agreed.`) has that name as its subject: the registered runs of names are of
    /// two words or more, so this one is noted here, on the bytes.
    // Out of line: inlined, it costs the unit loop registers.
    #[inline(never)]
    fn lone_subject(&mut self, start: usize, end: usize) {
        let b = self.text.as_bytes();
        if self.names.is_empty() || !b.get(start).is_some_and(u8::is_ascii_uppercase) {
            return;
        }
        // A name is short: a longer run of letters is no lone surname.
        let mut n = 1;
        while n < 16 && b.get(start + n).is_some_and(u8::is_ascii_alphabetic) {
            n += 1;
        }
        // `Kaine agreed.`, or an appositive between: `Fennimore, 58, apologized.`
        let small_next = start + n + 1 < end
            && (b.get(start + n) == Some(&b' ')
                && b.get(start + n + 1).is_some_and(u8::is_ascii_lowercase)
                || b.get(start + n) == Some(&b','));
        if n >= 3
            && small_next
            && !(b.get(start + n) == Some(&b',') && fronted_name(b, start + n, end))
        {
            if let Some(w) = self.text.get(start..start + n) {
                self.names.lone_subject(w);
            }
        } else if matches!(b.get(start + n), Some(b'\'' | 0xE2)) && possessive_next(b, start + n) {
            // `Trump's children have …`: no subject, but a use of the surname alone.
            if let Some(w) = self.text.get(start..start + n) {
                self.names.lone_surname(w);
            }
        }
    }

    /// `Ruiz announced the decision on Twitter.`: a cue that reports nothing still has a
    /// speaker, whom a later `she` may mean. A lone word there that the article has not
    /// given as a surname is registered as a person when it reads as a name, as
    /// [`Run::resolve`] would read it had the cue reported words.
    #[cold]
    #[inline(never)]
    fn unreported_speaker(&mut self, toks: &[Tok], a: &Attr) {
        let text = self.text;
        let Some(sp) = a.speaker.filter(|sp| sp.1 == sp.0 + 1 && !a.inverted) else {
            return;
        };
        let t = at(toks, sp.0);
        let w = word(text, &t);
        // (Not a plural, `Officials`, nor a verb's third person, `Keeps saying …`.)
        if !t.is_cap() || w.ends_with('s') || self.names.is_surname(w) {
            return;
        }
        // `Police said …`: a title or role alone is no name.
        let f = cues::facts(w);
        if f.title() || f.role_noun() {
            return;
        }
        if let Some(parts) = name_parts_known(text, toks, sp.0, sp.1, Some((sp.0, f))) {
            self.names.mention(text, &parts, true);
        }
    }

    /// Reads a unit without quotation marks as (part of) a block quotation whose marks
    /// the text lost: the paragraph right after a line that ends with a cue, its speaker
    /// and a colon (`The governor added:⏎⏎It is typical of her. …`) is that speaker's
    /// words, as one indirect quote; the later units of the paragraph extend it. Returns
    /// whether the unit was read so.
    fn block_quotation(&mut self, start: usize, end: usize, para: usize, para_start: bool) -> bool {
        let text = self.text;
        if let Some(idx) = self.block_quote {
            // (Reports inside it may follow: `WALLACE: Mayor, you have said she is too
            // sick. What is your evidence?` goes on past its `said`.)
            let last = self.out.get(idx).is_some_and(|q| {
                let inside = |r: &Quote| r.span.end() <= q.span.end();
                self.out.get(idx + 1..).unwrap_or(&[]).iter().all(inside)
            });
            if let Some(q) = self.out.get_mut(idx).filter(|_| last && !para_start) {
                let gap = text.get(q.span.end()..start).unwrap_or("\n\n");
                if !gap.contains("\n\n") && !gap.contains("\r\n\r\n") {
                    q.span = Span::new(q.span.start(), end);
                    q.content = q.span;
                    q.text = q.span.as_str(text);
                    return true;
                }
            }
            return false;
        }
        let Some((span, Some(cue), person, cpara)) = self.colon else {
            return false;
        };
        if !para_start || cpara + 1 != para {
            return false;
        }
        let mut e = Emit::reported(Span::new(start, end), QuoteKind::Indirect, (0, 0));
        e.given = Some((span, Some(cue), person));
        e.tail_end = end;
        self.colon = None;
        self.finish(&[], e, para);
        self.block_quote = Some(self.out.len() - 1);
        true
    }

    /// The first colon at or after `from` (the text's length if none), for units asked
    /// in order: one search per colon in the text, not one per unit.
    fn colon_from(&mut self, from: usize) -> usize {
        let len = self.text.len();
        if self.next_colon.map_or(true, |c| c < from) {
            let rest = self.text.as_bytes().get(from..).unwrap_or(&[]);
            self.next_colon = Some(memchr::memchr(b':', rest).map_or(len, |o| from + o));
        }
        self.next_colon.unwrap_or(len)
    }

    /// Whether the sentence up to `end` (where a speaker and cue follow) is one quotation
    /// that hands over to them: it opens the sentence and its words end in a comma, a
    /// question or exclamation mark or a dash (`"We will win," she said`).
    fn quotation_leads(&self, toks: &[Tok], end: usize) -> bool {
        let mut q = end;
        while q > 0 && at(toks, q - 1).is_punct(',') {
            q -= 1;
        }
        q > 0
            && starts_sentence(toks, q - 1)
            && at(toks, q - 1).quote().is_some_and(|r| {
                self.raw(r)
                    .content
                    .as_str(self.text)
                    .trim_end()
                    .ends_with([',', '?', '!', '—', '–', '-'])
            })
    }

    /// Whether a token is a quotation that names a title, not words said: a few
    /// capitalised words without a final stop or comma (`“Meet the Press”`), as in
    /// `said on NBC’s “Meet the Press” that …`.
    fn title_quote(&self, t: &Tok) -> bool {
        t.quote().is_some_and(|r| {
            let c = self.raw(r).content.as_str(self.text).trim();
            let cap = |w: &str| w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit());
            c.len() <= 48
                && !c.ends_with([',', '.', '!', '?', ';', ':', '—', '-'])
                && c.split_whitespace().next().is_some_and(cap)
                && c.split_whitespace()
                    .all(|w| cap(w) || w == "&" || cues::is_title_minor(w))
        })
    }

    /// Whether a token is a quotation whose words end in a comma inside the marks
    /// (`"trending our way,"`).
    fn comma_quote(&self, t: &Tok) -> bool {
        t.quote().is_some_and(|r| {
            self.raw(r)
                .content
                .as_str(self.text)
                .trim_end()
                .ends_with(',')
        })
    }

    fn cue_span(&self, toks: &[Tok], a: &Attr) -> Span {
        Span::new(at(toks, a.cue.0).start, at(toks, a.cue.1 - 1).end())
    }

    // -----------------------------------------------------------------------------
    // Cues and their speakers.

    fn find_cues(&self, toks: &[Tok], out: &mut Vec<Attr>) {
        let text = self.text;
        let mut i = 0;
        // One past the last token that ends a clause (see `clause_start`) before `i`,
        // kept on the way so that a cue's clause is not found by walking back. Tokens
        // stepped over after a cue are words of its cue or speaker, which end nothing.
        let mut last_stop = 0;
        // Tokens are read in place, not copied out.
        while let Some(t) = toks.get(i) {
            if !t.is_word() {
                if ends_clause(t) {
                    last_stop = i + 1;
                }
                i += 1;
                continue;
            }
            if t.is_cap()
                && i > 0
                && toks.get(i - 1).is_some_and(|p| {
                    !matches!(
                        p.kind,
                        TokKind::Quote(_) | TokKind::Punct('.' | '!' | '?' | ':' | '(')
                    )
                })
            {
                // A capitalised word inside a sentence is a name or a title, but in a
                // title-case headline it may be the cue (`Obama Says …`).
                if self.headline == Some(true) {
                    if let Some(a) = self.headline_attr(toks, i, last_stop, out.last()) {
                        out.push(a);
                        i = a.cue.1.max(a.speaker.map_or(0, |s| s.1)).max(i + 1);
                        continue;
                    }
                }
                i += 1;
                continue;
            }
            let w = word(text, t);
            if !self.lex.may_start_at(text.as_bytes(), t.start, w.len()) {
                i += 1;
                continue;
            }
            // `may_start_at` has passed: straight to the table.
            let Some((single, phrase)) = self.lex.words.get(w.as_bytes()) else {
                i += 1;
                continue;
            };
            let mut hit = None;
            if phrase {
                let list = WordKey::new(w.as_bytes())
                    .and_then(|k| self.lex.phrases.get(&k))
                    .map_or(&[][..], Vec::as_slice);
                for (rest, class) in list {
                    if words_at(text, toks, i + 1, rest) {
                        hit = Some((i + 1 + rest.len(), *class));
                        break;
                    }
                }
                // `was quoted by Le Monde as saying`: a passive phrase may name its agent
                // before the rest of the phrase.
                if hit.is_none()
                    && w.ends_with("ed")
                    && toks.get(i + 1).is_some_and(|x| word(text, x) == "by")
                {
                    hit = agent_phrase(text, toks, i, list);
                }
            }
            if hit.is_none() {
                if let Some(class) = single {
                    if t.is_cap() && i > 0 && class != CueClass::According {
                        // A capitalised cue inside a sentence is a name or a title.
                        i += 1;
                        continue;
                    }
                    hit = Some((i + 1, class));
                }
            }
            let Some((j, class)) = hit else {
                i += 1;
                continue;
            };
            if let Some(a) = self.speaker_for(toks, i, j, last_stop, class, out.last()) {
                out.push(a);
                i = a.cue.1.max(a.speaker.map_or(0, |s| s.1)).max(i + 1);
                continue;
            }
            i += 1;
        }
    }

    #[inline(never)]
    fn speaker_for(
        &self,
        toks: &[Tok],
        i: usize,
        j: usize,
        last_stop: usize,
        class: CueClass,
        previous: Option<&Attr>,
    ) -> Option<Attr> {
        let text = self.text;
        let mut lower = [0u8; 12];
        let mut w = word(text, &at(toks, i));
        // A title-case headline's cue (`Obama Says …`) is read as the lowercase verb.
        if at(toks, i).is_cap() && self.headline == Some(true) {
            w = cues::lower_into(w, &mut lower);
        }
        // `clause_start(toks, i)`, known without the walk back.
        let lo = last_stop.max(i.saturating_sub(CLAUSE_BACK));
        debug_assert_eq!(lo, clause_start(toks, i));
        // `Asked whether the plan was dead, Ruiz replied: …`: a participle that opens
        // the sentence tells what was put to the main clause's subject; it reports no
        // words of its own.
        if matches!(
            w,
            "Asked" | "Pressed" | "Questioned" | "Told" | "Challenged"
        ) && starts_sentence(toks, i)
        {
            return None;
        }
        // `With 60 percent of precincts reporting, Trump leads`: returns, not words.
        if w == "reporting"
            && i > 0
            && matches!(
                word(text, &at(toks, i - 1)),
                "precincts" | "districts" | "counties" | "wards"
            )
            // `doctors must have admitting privileges`: a hospital's, not a confession.
            || w == "admitting" && at(toks, i + 1).text == "privileges"
            || matches!(w, "comment" | "respond" | "say" | "elaborate" | "reply" | "answer")
                && silent_at_end(text, toks, i)
        {
            return None;
        }
        // `Smith, asked about the report, said …`: the same participles as an aside
        // between commas after the subject.
        if matches!(w, "asked" | "pressed" | "questioned" | "challenged")
            && i > lo + 1
            && at(toks, i - 1).is_punct(',')
            && np_back(text, toks, lo, i - 1).is_some_and(|p| p.0 == lo)
            && (i + 1..(i + 14).min(toks.len()))
                .take_while(|&m| at(toks, m).is_word() || at(toks, m).is_punct(','))
                .any(|m| at(toks, m).is_punct(','))
        {
            return None;
        }
        // The word before the cue is asked two questions; one lookup answers both.
        let before =
            (i > lo && at(toks, i - 1).is_word()).then(|| cues::info(word(text, &at(toks, i - 1))));
        // Passive or subordinate uses: "was told", "when asked".
        let mut k = i;
        while k > lo
            && at(toks, k - 1).is_word()
            && match before.filter(|_| k == i) {
                Some(b) => b.cue_filler(),
                None => cues::is_cue_filler(word(text, &at(toks, k - 1))),
            }
            && !self.surname_filler(toks, k - 1, lo)
        {
            k -= 1;
        }
        let fillers = k;
        // "appeared to suggest", "seemed to concede": the speaker is before them; so
        // after "went on to argue".
        let went_on = k > lo + 3
            && word(text, &at(toks, k - 2)) == "on"
            && matches!(word(text, &at(toks, k - 3)), "went" | "goes" | "go");
        if k > lo + 2
            && word(text, &at(toks, k - 1)) == "to"
            && (went_on
                || matches!(
                    word(text, &at(toks, k - 2)),
                    "appeared"
                        | "appears"
                        | "seemed"
                        | "seems"
                        | "went"
                        | "continued"
                        | "continues"
                ))
        {
            k -= if went_on { 3 } else { 2 };
            while k > lo
                && at(toks, k - 1).is_word()
                && cues::is_cue_filler(word(text, &at(toks, k - 1)))
            {
                k -= 1;
            }
        } else if class != CueClass::According && k > lo && word(text, &at(toks, k - 1)) == "to" {
            // `declined to threaten`, `wants to say`, `has yet to explain`: a saying
            // refused, wanted or still owed is not one that happened.
            return None;
        }
        // A parenthesis between speaker and cue: "Rep. Gwen Moore (D-Wis.) said".
        if k > lo + 1 && at(toks, k - 1).is_punct(')') {
            let floor = k.saturating_sub(12).max(lo);
            if let Some(open) = (floor..k - 1).rev().find(|&m| at(toks, m).is_punct('(')) {
                k = open;
            }
        }
        // An aside between dashes: "Mr. Kall -- co-editor of a book on debates -- said".
        if k > lo + 2 && at(toks, k - 1).is_dash() {
            let mut close = k - 1;
            while close > lo && at(toks, close - 1).is_dash() {
                close -= 1;
            }
            let floor = close.saturating_sub(30).max(lo);
            if let Some(mut open) = (floor..close).rev().find(|&m| at(toks, m).is_dash()) {
                while open > lo && at(toks, open - 1).is_dash() {
                    open -= 1;
                }
                if open > lo && at(toks, open - 1).is_word() {
                    k = open;
                }
            }
        }
        // A time between speaker and cue: "Ruiz in 2010 said", "who on Monday said".
        // The word before the time first: it turns nearly every cue away.
        if k > lo + 2
            && matches!(
                word(text, &at(toks, k - 2)),
                "in" | "on" | "last" | "this" | "that" | "early" | "late" | "since"
            )
            && is_time_word(word(text, &at(toks, k - 1)))
        {
            k -= 2;
            while k > lo
                && at(toks, k - 1).is_word()
                && cues::is_cue_filler(word(text, &at(toks, k - 1)))
            {
                k -= 1;
            }
        }
        let continues = w.len() > 6
            && w.as_bytes()
                .get(..6)
                .is_some_and(|p| p.eq_ignore_ascii_case(b"contin"));
        // `said via email that`, `in a tweet`: after a preposition or a determiner a cue
        // noun is a noun.
        if class == CueClass::Noun && i > lo && marks_noun(word(text, &at(toks, i - 1))) {
            return None;
        }
        // `Talks on disputed river stall`, `over contested ballots`: a participle right
        // after a preposition describes the noun after it.
        if w.ends_with("ed")
            && i > lo
            && matches!(
                word(text, &at(toks, i - 1)),
                "on" | "of" | "in" | "for" | "with" | "about" | "over" | "into" | "from" | "under"
            )
        {
            return None;
        }
        // `Trump's repeated claims`, `the repeated warnings`: after a determiner or a
        // possessive, `repeated` means often, unless the noun after it opens a clause
        // (`Stumpf's repeated emphasis that …`). (PolNeAR counts `the alliance's
        // recommended 2 percent`: other participles stay cues.)
        if w == "repeated"
            && i > lo
            && {
                let p = word(text, &at(toks, i - 1));
                cues::is_determiner(p) || owner_before(p)
            }
            && toks.get(j + 1).map_or(true, |t| word(text, t) != "that")
        {
            return None;
        }
        // `Asked whether she had advised Trump to …, Conway smiled`: a cue inside the
        // question put to the subject reports nothing.
        if i > lo && self.in_question_put(toks, lo, i) {
            return None;
        }
        // `the Pentagon's warning,`: a form in -ing after a possessive is a noun, which
        // reports words only with a clause or quotation after it (see
        // `possessor_speaks`).
        if w.ends_with("ing")
            && i > lo
            && owner_before(word(text, &at(toks, i - 1)))
            && toks.get(j).map_or(true, |n| {
                n.quote().is_none() && !n.is_punct(':') && word(text, n) != "that"
            })
        {
            return None;
        }
        if (class == CueClass::Noun && !matches!(w, "said" | "says")) || continues {
            // "Okafor notes that", "his claims", "Editor's note:".
            // A clause must follow: "that", a quotation, a comma, a colon, or a subject
            // pronoun ("Okafor notes they were appointed", "Ruiz reports:").
            let next_ok = toks.get(j).is_some_and(|n| {
                let nw = word(text, n);
                n.quote().is_some()
                    || n.is_punct(',')
                    || n.is_punct(':')
                    || n.is_word()
                        && (nw == "that" || matches!(nw, "he" | "she" | "they" | "we" | "I" | "it"))
            });
            // `“...,” the letter reads.`: right after a quotation, at the end of its clause.
            let after_quotation = lo > 0
                && at(toks, lo - 1).quote().is_some()
                && toks
                    .get(j)
                    .map_or(true, |n| matches!(n.kind, TokKind::Punct('.' | '!' | '?')));
            let next_ok = next_ok || after_quotation;
            let prev_poss = k > lo && {
                let p = word(text, &at(toks, k - 1));
                p.ends_with("'s") || p.ends_with("’s") || p.ends_with('\'') || p.ends_with('’')
            };
            let inflected =
                !continues && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("wrote"));
            let next_ok = next_ok
                || continues
                    && toks.get(j).map_or(true, |n| {
                        matches!(n.kind, TokKind::Punct(':' | '.' | ';' | '!' | '?'))
                    });
            if prev_poss {
                return self.possessor_speaks(toks, i, j, k, lo, class);
            }
            if !(next_ok || inflected) {
                return None;
            }
        }
        let participle = w.ends_with("ed") || matches!(w, "told" | "said" | "written" | "spoken");
        if participle && j == i + 1 && i > lo {
            // `not` is passive only after a form of `be` (`were not told`), not after
            // `have` (`have not said`); an adverb between does not hide the passive
            // (`were mistakenly charged`).
            let marker = |m: usize| {
                let w = word(text, &at(toks, m));
                w != "not" && cues::is_passive_marker(w)
            };
            let passive = if word(text, &at(toks, i - 1)) == "not" {
                false
            } else {
                match before {
                    Some(b) => b.passive_marker(),
                    None => cues::is_passive_marker(word(text, &at(toks, i - 1))),
                }
            };
            let passive = passive || (fillers..i - 1).any(marker);
            if passive && !self.active_adverb(toks, lo, i) {
                return None;
            }
        }
        if class == CueClass::Label {
            // `called them “lone wolves”`: a quotation before the clause ends, and no
            // particle (`called for`, `called off`) or passive (`was called`) first.
            let opens_object = toks
                .get(j)
                .is_some_and(|n| n.quote().is_some() || n.is_word() && label_object(word(text, n)));
            let stop = (j + 24).min(toks.len());
            let quoted = (j..stop)
                .take_while(|&m| {
                    !matches!(
                        at(toks, m).kind,
                        TokKind::Punct('.' | ';' | '!' | '?' | ':')
                    )
                })
                .any(|m| at(toks, m).quote().is_some());
            let passive = i > lo
                && match before {
                    Some(b) => b.passive_marker(),
                    None => false,
                }
                && !self.active_adverb(toks, lo, i);
            // `a group called “Voters First”`: a quoted title names, it does not quote.
            let named = toks
                .get(j)
                .and_then(Tok::quote)
                .is_some_and(|q| title_case(self.raw(q).content.as_str(text)));
            if !opens_object || !quoted || passive || named || k == lo {
                return None;
            }
        }
        let mut cue_end = j;
        // Cue extensions: "said in a statement", "told reporters".
        cue_end = self.extend_cue(toks, cue_end);
        if class == CueClass::According {
            let hi = next_punct(toks, j);
            let mut sp = np_forward(text, toks, j, hi)?;
            // "according to a new report by Politico,": the source's author or outlet
            // belongs to it, up to the comma.
            let source = toks.get(sp.1).is_some_and(|t| {
                // `a person familiar with the matter`, `officials close to the talks`.
                t.is_word()
                    && matches!(
                        word(text, t),
                        "by" | "from"
                            | "of"
                            | "for"
                            | "in"
                            | "at"
                            | "familiar"
                            | "close"
                            | "with"
                            | "who"
                            | "knowledgeable"
                            | "briefed"
                            | "involved"
                    )
                    // `a Quinnipiac poll released Wednesday`, `documents obtained by`.
                    || word(text, t).len() > 4
                        && word(text, t).ends_with("ed")
                        && !t.is_cap()
            });
            if source && hi > sp.1 + 1 && hi <= sp.1 + 7 {
                sp.1 = hi;
            }
            return Some(Attr {
                cue: (i, j),
                class,
                speaker: Some(sp),
                inverted: true,
            });
        }
        let prev = if k > lo { toks.get(k - 1) } else { None };
        if let Some(q) = self.inner_quote_before(toks, i, j, k, lo) {
            return self.after_inner_quote(toks, i, cue_end, q, class, previous);
        }
        // ", adding that ...": the participle shares the speaker of the clause before;
        // "..., and said ...": the verb shares the subject of the sentence.
        // After a passive of perceiving the participle's speaker is the sentence's
        // subject (`Trump can be heard saying`, `was caught on tape saying`).
        let perceived = |m: usize| {
            matches!(
                word(text, &at(toks, m)),
                "heard" | "seen" | "overheard" | "caught" | "recorded" | "filmed" | "videotaped"
            )
        };
        let perception = w.ends_with("ing")
            && prev.is_some_and(|p| {
                p.is_word()
                    && (perceived(k - 1)
                        || k >= lo + 3
                            && matches!(word(text, &at(toks, k - 2)), "on" | "in")
                            && perceived(k - 3))
            });
        if perception {
            // The subject at the clause's start, or else the sentence's.
            let at_lo = np_forward(text, toks, lo, i).filter(|sp| {
                let head = at(toks, sp.1 - 1);
                head.is_cap() || cues::is_pronoun(word(text, &head))
            });
            return at_lo
                .or_else(|| self.sentence_subject(toks, i))
                .map(|sp| Attr {
                    cue: (i, cue_end),
                    class,
                    speaker: Some(sp),
                    inverted: false,
                });
        }
        let participle_after_comma = w.ends_with("ing")
            && prev.is_some_and(|p| {
                p.is_punct(',') || matches!(word(text, p), "while" | "before" | "after" | "by")
            });
        let coordinated =
            prev.is_some_and(|p| p.is_word() && matches!(word(text, p), "and" | "but"));
        if coordinated && self.shares_modal(toks, i, k, previous) {
            return None;
        }
        if participle_after_comma || coordinated {
            // "..., I laughed and said": the subject of this clause comes first.
            if coordinated {
                if let Some(sp) = self.clause_subject(toks, i) {
                    return Some(Attr {
                        cue: (i, cue_end),
                        class,
                        speaker: Some(sp),
                        inverted: false,
                    });
                }
            }
            // A speaker inside a relative clause ("an architect who said") does not
            // carry over to a participle of the main clause.
            let relative = |p: &Attr| {
                p.speaker
                    .is_some_and(|sp| matches!(word(text, &at(toks, sp.1)), "who" | "which"))
            };
            if let Some(p) = previous.filter(|p| p.cue.1 < i && p.speaker.is_some() && !relative(p))
            {
                if let Some(sp) = self.new_subject_between(toks, p.cue.1, k) {
                    return Some(Attr {
                        cue: (i, cue_end),
                        class,
                        speaker: Some(sp),
                        inverted: false,
                    });
                }
                return Some(Attr {
                    cue: (i, cue_end),
                    class,
                    speaker: p.speaker,
                    inverted: p.inverted,
                });
            }
            return self.sentence_subject(toks, i).map(|sp| Attr {
                cue: (i, cue_end),
                class,
                speaker: Some(sp),
                inverted: false,
            });
        }
        let after_quote = i == lo || prev.is_some_and(|p| p.is_punct(','));
        let forward = || -> Option<Attr> {
            // A gerund never has its speaker after it: in `Lamenting their luck, Ruiz
            // said` the phrase after `Lamenting` is what is lamented.
            // After `told` stands whom the words were told to, never who told them.
            if class == CueClass::Noun && !matches!(w, "said" | "says")
                || class == CueClass::Label
                || w.ends_with("ing")
                || matches!(w, "told" | "tell" | "tells")
            {
                return None;
            }
            // `, said Redmond's entry changes nothing`: a possessive before a thing, and
            // words after it, opens the words; `said Trump's spokesman.` and `noted
            // NBC's Dante Chinni` name the speaker.
            // (`said Ivanka Trump's statement didn't …`: the owner may be a full name.)
            let owner = |t: &Tok| t.is_word() && possessive(t.text);
            let mut o = j;
            while o < j + 3 && toks.get(o).is_some_and(|t| t.is_cap() && !owner(t)) {
                o += 1;
            }
            if toks.get(o).is_some_and(owner)
                && toks.get(o + 1).is_some_and(|n| {
                    n.is_word()
                        && !n.is_cap()
                        && (!cues::is_person_role(word(text, n))
                            || toks.get(o + 2).is_some_and(Tok::is_word))
                })
            {
                return None;
            }
            let hi = next_punct(toks, j);
            let sp = np_forward(text, toks, j, hi)?;
            Some(Attr {
                cue: (i, cue_end),
                class,
                speaker: Some(sp),
                inverted: true,
            })
        };
        if i == lo && w.ends_with("ing") && starts_sentence(toks, i) {
            // "Claiming the vote was rigged, Ruiz told ...": an opening gerund phrase is
            // the content, and the subject after it the speaker.
            let stop = (j + 30).min(toks.len());
            let comma = (j..stop)
                .take_while(|&m| !matches!(at(toks, m).kind, TokKind::Punct('.' | ';' | '!' | '?')))
                .find(|&m| at(toks, m).is_punct(','))?;
            let sp = np_forward(text, toks, comma + 1, next_punct(toks, comma + 1))?;
            let head = at(toks, sp.1 - 1);
            let person = head.is_cap() || cues::is_pronoun(word(text, &head));
            return (person && toks.get(sp.1).is_some_and(Tok::is_word)).then_some(Attr {
                cue: (i, cue_end),
                class,
                speaker: Some(sp),
                inverted: false,
            });
        }
        if i == lo || k == lo {
            // Nothing before the cue in its clause: the speaker follows ("said Okafor").
            if lo > 0 && (at(toks, lo - 1).quote().is_some() || at(toks, lo - 1).is_punct(','))
                || i == lo
            {
                return forward();
            }
            return None;
        }
        let prev = prev?;
        if prev.is_punct(',') {
            // ", said David Gorski, a professor": a name right after the cue speaks.
            let name_follows = toks.get(j).is_some_and(|n| {
                n.is_cap() && !cues::is_stop_capital(word(text, n).trim_end_matches('.'))
            });
            // `The campaign, in a statement, said Trump was …`: after an aside between
            // commas the subject stands before the aside, and the name after the cue
            // opens the words.
            let aside = {
                let close = k - 1;
                let open = (close.saturating_sub(8)..close)
                    .rev()
                    .find(|&m| at(toks, m).is_punct(','));
                open.is_some_and(|o| {
                    let w = word(text, &at(toks, o + 1));
                    o + 1 < close
                        && (o + 1..close).all(|m| at(toks, m).is_word())
                        && (matches!(
                            w,
                            "in" | "on"
                                | "at"
                                | "for"
                                | "with"
                                | "during"
                                | "after"
                                | "before"
                                | "however"
                                | "meanwhile"
                                | "though"
                                | "too"
                                | "like"
                                | "unlike"
                        ) || w.ends_with("ly"))
                })
            };
            // `Redmond, 52, said Georgia needed …`, `The aide, Robby Mook, said Trump
            // was …`: a subject and its appositive fill the clause up to the comma, so
            // the name after the cue opens the words.
            let subject = name_follows && !aside && self.subject_appositive(toks, lo, k - 1);
            if name_follows && !aside && !subject {
                if let Some(a) = forward() {
                    return Some(a);
                }
            }
            // Appositive or relative clause: "Hugh Hill, a doctor, said".
            if let Some(sp) = self.appositive_speaker(toks, lo, k - 1) {
                return Some(Attr {
                    cue: (i, cue_end),
                    class,
                    speaker: Some(sp),
                    inverted: false,
                });
            }
            if after_quote {
                return forward();
            }
            return None;
        }
        if let Some(q) = prev.quote() {
            // `“...,” said X`: only a quotation that ends its clause is attributed so;
            // a quoted phrase inside a sentence is not.
            let inner = self.raw(q).content.as_str(text).trim_end();
            if inner.ends_with([',', '?', '!', '.', '—', '-']) || k == lo + 1 {
                return forward();
            }
            return None;
        }
        let mut end = k;
        let mut np_lo = lo;
        if prev.is_word() && matches!(word(text, prev), "who" | "which") {
            end = k - 1;
            if end > lo && at(toks, end - 1).is_punct(',') {
                end -= 1;
            } else if end > lo && at(toks, end - 1).is_dash() {
                while end > lo && at(toks, end - 1).is_dash() {
                    end -= 1;
                }
            } else if end == lo && lo > 1 && at(toks, lo - 1).is_dash() {
                // `the study -- which notes that …`: the dash opened the clause.
                end = lo - 1;
                while end > 0 && at(toks, end - 1).is_dash() {
                    end -= 1;
                }
                np_lo = clause_start(toks, end);
            }
        }
        let relative = end < k;
        let sp = match np_back(text, toks, np_lo, end) {
            Some(sp) => sp,
            None if relative => {
                // "an architect who said": any noun with a determiner.
                let floor = end.saturating_sub(4).max(np_lo);
                let d = (floor..end).rev().find(|&m| {
                    at(toks, m).is_word() && cues::is_determiner(word(text, &at(toks, m)))
                })?;
                if !toks.get(d..end).unwrap_or(&[]).iter().all(Tok::is_word) || d + 1 >= end {
                    return None;
                }
                (d, end)
            }
            // `May added`: a sentence word the article gave as a surname.
            None if end > np_lo && self.surname_filler(toks, end - 1, end - 1) => (end - 1, end),
            None => return None,
        };
        // `Jon Husted, a Republican, who said`: after an indefinite appositive the
        // relative clause is the name's.
        let sp = if relative
            && sp.0 >= np_lo + 2
            && matches!(word(text, &at(toks, sp.0)), "a" | "an")
            && at(toks, sp.0 - 1).is_punct(',')
        {
            np_back(text, toks, np_lo, sp.0 - 1)
                .filter(|n| at(toks, n.1 - 1).is_cap())
                .unwrap_or(sp)
        } else {
            sp
        };
        if class == CueClass::Noun && !matches!(w, "said" | "says") {
            // "his claims", "a blog post": a noun, not a cue.
            let head = &at(toks, sp.1 - 1);
            let hw = word(text, head);
            let at_quote_end = lo > 0 && at(toks, lo - 1).quote().is_some();
            let third = w.ends_with('s');
            let ok = cues::is_pronoun(hw)
                || head.is_cap()
                || (hw.ends_with('s') && !hw.ends_with("ss"))
                || at_quote_end && cues::is_role_noun(hw);
            let doc = third && self.document_subject(toks, sp, j);
            // After `which` or `who` the cue is a verb whatever the head (`the study,
            // which notes that`).
            if !relative && !doc && (!ok || (third && end - sp.0 > 3 && !head.is_cap())) {
                return None;
            }
            // `In a Facebook post, Sanders wrote`: a phrase that a preposition opens
            // names where the words stood; the clause's own verb reports them.
            let det = sp.0 > lo && cues::is_determiner(word(text, &at(toks, sp.0)));
            if det && {
                let p = word(text, &at(toks, sp.0 - 1));
                ["in", "on", "via", "through", "with", "from"]
                    .iter()
                    .any(|x| p.eq_ignore_ascii_case(x))
            } {
                return None;
            }
        }
        if class == CueClass::Label {
            // "a bill called", "the group labeled": a common noun before a label is what
            // the label names; a person, a pronoun or a role puts it on something.
            let head = &at(toks, sp.1 - 1);
            let hw = word(text, head);
            // `Officials familiar with the talks described them as …`: a role that
            // opens the phrase puts the label on too.
            let role_first = || {
                let mut buf = [0u8; 24];
                cues::is_role_noun(cues::lower_into(word(text, &at(toks, sp.0)), &mut buf))
            };
            if !(head.is_cap() || cues::is_pronoun(hw) || cues::is_role_noun(hw) || role_first()) {
                return None;
            }
        }
        // `Pence issued a statement saying …`: the words are the sender's.
        let sp = if w.ends_with("ing") {
            self.document_sender(toks, lo, sp).unwrap_or(sp)
        } else {
            sp
        };
        if class == CueClass::Tell && matches!(w, "ask" | "asks" | "asked" | "asking") {
            // "asked about", "asked to": a question needs a quotation or a clause.
            let n = toks.get(cue_end);
            if n.is_some_and(|n| n.is_word() && word(text, n) == "to") {
                return None;
            }
        }
        Some(Attr {
            cue: (i, cue_end),
            class,
            speaker: Some(sp),
            inverted: false,
        })
    }

    /// `Trump’s claim that …`, `the agency’s earlier claim that …`: a cue noun after a
    /// possessive, with a `that` clause after it, is the possessor's attribution. `k` is
    /// the token after the possessive (the cue at `i`, or a describing word before it).
    fn possessor_speaks(
        &self,
        toks: &[Tok],
        i: usize,
        j: usize,
        k: usize,
        lo: usize,
        class: CueClass,
    ) -> Option<Attr> {
        let text = self.text;
        let w = word(text, &at(toks, i));
        let noun = !w.ends_with("ed") && !w.ends_with("ing");
        let that = toks.get(j).is_some_and(|n| word(text, n) == "that");
        let describing = (k..i).all(|m| cues::is_cue_filler(word(text, &at(toks, m))));
        if !noun || !that || !describing {
            return None;
        }
        let sp = np_back(text, toks, lo, k)?;
        let head = at(toks, sp.1 - 1);
        let person = head.is_cap()
            || cues::is_role_noun(word(text, &head).trim_end_matches(['s', '\'', '’']));
        // Only an object: as the subject (`The firm’s claim that it paid was false`) the
        // clause ends where the main verb starts, which is not marked.
        if sp.1 != k || sp.0 == lo || !person {
            return None;
        }
        Some(Attr {
            cue: (i, j),
            class,
            speaker: Some(sp),
            inverted: false,
        })
    }

    /// Whether the cue at `i` stands in a participle phrase that opens the sentence at
    /// `lo` and tells what was put to the subject (`Asked whether she had advised …,`,
    /// `Pressed on whether he had told donors …,`): no comma has closed it yet.
    fn in_question_put(&self, toks: &[Tok], lo: usize, i: usize) -> bool {
        let text = self.text;
        matches!(
            word(text, &at(toks, lo)),
            "Asked" | "Pressed" | "Questioned" | "Challenged"
        ) && starts_sentence(toks, lo)
            && toks.get(lo + 1).is_some_and(|t| {
                matches!(
                    word(text, t),
                    "whether" | "if" | "why" | "how" | "what" | "about" | "on" | "to"
                )
            })
            && !(lo + 1..i).any(|m| at(toks, m).is_punct(','))
    }

    /// Whether the adverb before the participle cue at `i`, one that marks a passive
    /// after `be` or a determiner (`were previously reported`, `the widely reported
    /// deal`), follows the subject or `have` instead: the verb is active (`Trump
    /// reportedly told donors`, `has previously said`).
    fn active_adverb(&self, toks: &[Tok], lo: usize, i: usize) -> bool {
        let text = self.text;
        if i < lo + 2 || !word(text, &at(toks, i - 1)).ends_with("ly") {
            return false;
        }
        let t = at(toks, i - 2);
        let w = word(text, &t);
        t.is_word()
            && (matches!(w, "has" | "have" | "had")
                || t.is_cap() && !cues::is_stop_capital(w)
                || cues::is_pronoun(w) && !matches!(w, "it" | "It")
                || cues::is_role_noun(w))
    }

    /// The subject of the verb that put out the document `sp` is (`Pence issued a
    /// statement`, `The campaign put out a letter`), who speaks through a participle after
    /// it.
    #[inline(never)]
    fn document_sender(
        &self,
        toks: &[Tok],
        lo: usize,
        sp: (usize, usize),
    ) -> Option<(usize, usize)> {
        let text = self.text;
        if !cues::is_document_noun(word(text, &at(toks, sp.1 - 1))) || sp.0 <= lo {
            return None;
        }
        let mut v = sp.0 - 1;
        let vw = word(text, &at(toks, v));
        if !at(toks, v).is_word() || !cues::is_issue_verb(vw) {
            return None;
        }
        if vw == "out" {
            v = v.checked_sub(1).filter(|&v| v >= lo)?;
            if !matches!(word(text, &at(toks, v)), "put" | "puts" | "sent" | "sends") {
                return None;
            }
        }
        while v > lo
            && at(toks, v - 1).is_word()
            && cues::is_cue_filler(word(text, &at(toks, v - 1)))
        {
            v -= 1;
        }
        let subject = np_back(text, toks, lo, v)?;
        let head = at(toks, subject.1 - 1);
        let hw = word(text, &head);
        (head.is_cap() || cues::is_pronoun(hw) || cues::is_role_noun(hw)).then_some(subject)
    }

    /// The quotation right before a cue's first filler `k` (its comma inside the marks or
    /// right after them) when it is a short quoted title, nickname or phrase inside its
    /// clause (`appearing on "Hannity," said`, `who calls her "Crooked Hillary," told`,
    /// `called the plan a “disaster,” saying`), not words handed to a speaker after them:
    /// a word of the sentence stands before it, and no conjunction (`and "we will win,"
    /// said Ruiz`). A verb whose words after it up to the next stop are a noun phrase
    /// keeps the speaker there (`are "not meeting the demand," says Paul Rieckhoff, …`).
    fn inner_quote_before(
        &self,
        toks: &[Tok],
        i: usize,
        j: usize,
        k: usize,
        lo: usize,
    ) -> Option<usize> {
        let text = self.text;
        let q = if k == lo {
            k.checked_sub(1)?
        } else if k == lo + 1 && at(toks, lo).is_punct(',') {
            lo.checked_sub(1)?
        } else {
            return None;
        };
        let r = at(toks, q).quote()?;
        let inner = self.raw(r).content.as_str(text).trim();
        let comma_inside = inner.ends_with(',');
        if comma_inside == (q + 1 < k) {
            return None;
        }
        // `said "…," adding that …`: a participle after any quotation inside the
        // sentence shares its speaker.
        let w = word(text, &at(toks, i));
        if w.ends_with("ing") && q > 0 && !starts_sentence(toks, q) {
            return Some(q);
        }
        let inner = inner.trim_end_matches(',');
        if inner.is_empty()
            || inner.split_whitespace().nth(4).is_some()
            || inner.contains(['.', '!', '?', ',', ';', ':'])
        {
            return None;
        }
        let before = toks.get(q.checked_sub(1)?)?;
        let bw = word(text, before);
        if !w.ends_with("ing") && !matches!(w, "told" | "tell" | "tells") {
            let hi = next_punct(toks, j);
            if np_forward(text, toks, j, hi).is_some_and(|sp| sp.1 == hi) {
                return None;
            }
        }
        (before.is_word()
            && !(before.is_cap() && starts_sentence(toks, q - 1))
            && !matches!(bw, "and" | "but" | "or" | "yet" | "so" | "then"))
        .then_some(q)
    }

    /// The speaker of a cue after a quotation found by
    /// [`inner_quote_before`](Self::inner_quote_before): a participle shares the speaker of
    /// the cue before the quotation or the sentence's subject; a finite verb has its
    /// subject before an aside that holds the quotation (`Trump, appearing on "Hannity,"
    /// said he …`).
    fn after_inner_quote(
        &self,
        toks: &[Tok],
        i: usize,
        cue_end: usize,
        q: usize,
        class: CueClass,
        previous: Option<&Attr>,
    ) -> Option<Attr> {
        let w = word(self.text, &at(toks, i));
        let attr = |sp: (usize, usize)| Attr {
            cue: (i, cue_end),
            class,
            speaker: Some(sp),
            inverted: false,
        };
        if w.ends_with("ing") {
            if let Some(sp) = previous.filter(|p| p.cue.1 <= q).and_then(|p| p.speaker) {
                return Some(attr(sp));
            }
            return self.sentence_subject(toks, i).map(attr);
        }
        let sp = self.appositive_speaker(toks, clause_start(toks, q), q)?;
        at(toks, sp.1 - 1).is_cap().then(|| attr(sp))
    }

    /// The subject of the clause a coordinated cue belongs to: the noun phrase after the
    /// last comma before it (`..., I laughed and said`).
    fn clause_subject(&self, toks: &[Tok], i: usize) -> Option<(usize, usize)> {
        let text = self.text;
        let floor = i.saturating_sub(12);
        let c = (floor..i).rev().find(|&m| {
            let t = at(toks, m);
            t.is_punct(',') || t.quote().is_some() || matches!(t.kind, TokKind::Punct('.' | ';'))
        })?;
        let Some(sp) = np_forward(text, toks, c + 1, i) else {
            // "Donald Trump, her opponent, bemoaned the unrest and said": the subject
            // stands before the appositive that the comma closes.
            if !at(toks, c).is_punct(',') {
                return None;
            }
            let sp = self.appositive_speaker(toks, sentence_start(toks, c), c)?;
            return at(toks, sp.1 - 1).is_cap().then_some(sp);
        };
        let head = at(toks, sp.1 - 1);
        let hw = word(text, &head);
        (head.is_cap() || cues::is_pronoun(hw)).then_some(sp)
    }

    /// The subject of the sentence holding token `i`: the first noun phrase that starts
    /// the sentence or follows one of its commas (`During the speech, Trump attacked
    /// Clinton, saying ...`).
    fn sentence_subject(&self, toks: &[Tok], i: usize) -> Option<(usize, usize)> {
        let text = self.text;
        let mut s0 = sentence_start(toks, i);
        // `But the mayor, Jane Doe, defended …`: a conjunction before the subject.
        if s0 + 1 < i
            && matches!(
                word(text, &at(toks, s0)),
                "But" | "And" | "Yet" | "Still" | "So"
            )
        {
            s0 += 1;
        }
        let mut start = s0;
        // A sentence that opens with a quotation has its subject after it.
        while start < i && (at(toks, start).quote().is_some() || at(toks, start).is_punct(',')) {
            start += 1;
        }
        while start < i {
            if let Some(sp) = np_forward(text, toks, start, i) {
                let sp = self.title_of(toks, sp, i);
                let head = at(toks, sp.1 - 1);
                let hw = word(text, &head);
                let verb_follows = at(toks, party_tag_end(toks, sp.1)).is_word();
                // "Chastened by the analyses, Trump revised": a participle that opens the
                // sentence is capitalised, not a name.
                let participle = sp.1 == sp.0 + 1
                    && head.is_cap()
                    && (hw.ends_with("ed") || hw.ends_with("ing"));
                // A plural head after a modifier speaks too: "two Democratic speechwriters".
                // So does one after a determiner: "several environmental groups".
                let plural = sp.1 >= sp.0 + 2
                    && hw.len() > 3
                    && hw.ends_with('s')
                    && !hw.ends_with("ss")
                    && (at(toks, sp.1 - 2).is_cap()
                        || cues::is_determiner(word(text, &at(toks, sp.0))));
                if verb_follows
                    && !participle
                    && (head.is_cap() || cues::is_pronoun(hw) || cues::is_role_noun(hw) || plural)
                {
                    return Some(self.role_after_body(toks, sp, i).unwrap_or(sp));
                }
                // "Dean, a medical doctor, then appeared …": a name, an appositive opened
                // by a determiner, and the verb after its comma.
                // `The mayor, Jane Doe, defended the plan, saying`: a role, then the name
                // that fills it. (`Redmond, 52, spoke in Macon, telling`: an age; `Miller,
                // Trump's adviser,`: a possessive.)
                // So does one opened by a determiner or a possessive whose appositive is
                // a name of two words or more (`Trump's running mate, Mike Pence,`).
                // `another Republican, businesswoman Kayla Strand,`: a capitalised role
                // after a determiner is one too.
                let role = !head.is_cap()
                    && (cues::is_role_noun(hw) || {
                        let w0 = word(text, &at(toks, sp.0));
                        (cues::is_determiner(w0) || possessive(w0))
                            && toks.get(sp.1 + 2).is_some_and(Tok::is_cap)
                    })
                    || head.is_cap()
                        && sp.1 > sp.0 + 1
                        && cues::is_determiner(word(text, &at(toks, sp.0)));
                if start == s0
                    && (head.is_cap() || role)
                    && !participle
                    && at(toks, sp.1).is_punct(',')
                {
                    let opens = toks.get(sp.1 + 1).is_some_and(|t| {
                        let w = word(text, t);
                        t.is_word()
                            && if role {
                                // A lowercase occupation may stand before the name.
                                t.is_cap() || toks.get(sp.1 + 2).is_some_and(Tok::is_cap)
                            } else {
                                // `Hillary Clinton, like Obama, has said`: a comparison
                                // between the subject and its verb.
                                cues::is_determiner(w)
                                    || possessive(w)
                                    || w.as_bytes().first().is_some_and(u8::is_ascii_digit)
                                    || matches!(w, "like" | "unlike")
                            }
                    });
                    let stop = (sp.1 + 14).min(i);
                    let close = (sp.1 + 2..stop).find(|&m| !at(toks, m).is_word());
                    let verb = close.filter(|&c| at(toks, c).is_punct(',')).and_then(|c| {
                        toks.get(c + 1).filter(|t| {
                            t.is_word() && !t.is_cap() && !matches!(word(text, t), "and" | "or")
                        })
                    });
                    if opens && verb.is_some() {
                        return Some(sp);
                    }
                }
            }
            // On to the words after the next comma.
            match (start..i).find(|&m| at(toks, m).is_punct(',')) {
                Some(c) => start = c + 1,
                None => break,
            }
        }
        // "On September 27 they published …, announcing": a subject pronoun after an
        // opening phrase without a comma, with a verb after it.
        let stop = (s0 + 8).min(i);
        (s0 + 1..stop)
            .find(|&m| {
                matches!(word(text, &at(toks, m)), "he" | "she" | "they" | "we" | "I")
                    && toks.get(m + 1).is_some_and(|n| n.is_word() && !n.is_cap())
            })
            .map(|m| (m, m + 1))
    }

    /// Whether person `id`, given `role` (`secretary`), may be the one of `field`
    /// (`defense` in `the secretary of defense`): the title written beside their name
    /// names that field, or names no role at all (`Secretary of State John Kerry` is
    /// not `the secretary of defense`; `Defense Secretary Ash Carter` is not `the
    /// secretary of state`). With `plain`, `field` is empty and the title must hold no
    /// rank word (`the president` is not `Vice President Joe Biden`); a rank word as
    /// `field` must be in it (`the vice president` is not `President Barack Obama`).
    fn same_field(&self, id: u32, role: &str, field: &str, plain: bool) -> bool {
        let text = self.text;
        let Some(name) = self.names.name_span(id) else {
            return true;
        };
        let mut lo = name.start().saturating_sub(48);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let mut hi = (name.end() + 48).min(text.len());
        while !text.is_char_boundary(hi) {
            hi -= 1;
        }
        let has = |hay: &str, n: &str| {
            !n.is_empty()
                && hay
                    .as_bytes()
                    .windows(n.len())
                    .any(|w| w.eq_ignore_ascii_case(n.as_bytes()))
        };
        let before = text.get(lo..name.start()).unwrap_or("");
        let after = text.get(name.end()..hi).unwrap_or("");
        // Only the title right before the name (`… and Vice President Joe Biden`: not
        // `President Barack Obama and`) and an appositive right after it (`, the
        // deputy campaign manager,`).
        let before = before.rsplit(['.', ',', '\n']).next().unwrap_or(before);
        let before = before.rsplit(" and ").next().unwrap_or(before);
        let after = after
            .strip_prefix(',')
            .map_or("", |a| a.split(['.', ',', '\n']).next().unwrap_or(a));
        let ranked = |side: &str| RANKS.iter().any(|r| has(side, r));
        [before, after].iter().all(|side| {
            !has(side, role)
                || if plain {
                    !ranked(side)
                } else {
                    has(side, field)
                }
        })
    }

    /// `…, he acknowledged, but he said …`: a conjunction at `m` and a subject pronoun
    /// after it open a clause of the narrator's, not more of the words.
    fn new_subject_after(&self, toks: &[Tok], m: usize) -> bool {
        let text = self.text;
        matches!(word(text, &at(toks, m)), "and" | "but")
            && toks
                .get(m + 1)
                .is_some_and(|p| matches!(word(text, p), "he" | "she" | "they" | "we" | "I"))
    }

    /// `The plan, Ruiz said on Monday, would cut taxes`, `said in an interview with
    /// the Times,`: the comma after a short time, place or manner phrase that follows a
    /// middle cue at `from`, or `from` itself when none does.
    fn past_short_tail(&self, toks: &[Tok], from: usize) -> usize {
        let text = self.text;
        let opens = toks.get(from).is_some_and(|t| {
            let w = word(text, t);
            t.is_word()
                && (is_time_word(w)
                    || w.ends_with("ly")
                    || matches!(
                        w,
                        "on" | "in"
                            | "at"
                            | "with"
                            | "during"
                            | "last"
                            | "this"
                            | "earlier"
                            | "later"
                    ))
        });
        if !opens {
            return from;
        }
        (from + 1..(from + 10).min(toks.len()))
            .take_while(|&m| {
                let t = at(toks, m);
                t.is_word() && !cues::is_clause_verb(word(text, &t))
                    || t.is_punct(',')
                    || s_apostrophe(toks, m)
            })
            .find(|&m| at(toks, m).is_punct(','))
            .unwrap_or(from)
    }

    /// `Speaker of the House Paul Ryan`, `Pennsylvania Secretary of the Commonwealth Lena
    /// Morales`: a title noun phrase `sp` that `of` and a capitalised complement carry on
    /// to the name after them (before `i`), read as one subject.
    fn title_of(&self, toks: &[Tok], sp: (usize, usize), i: usize) -> (usize, usize) {
        let text = self.text;
        let head = at(toks, sp.1 - 1);
        if !head.is_cap() || toks.get(sp.1).map_or(true, |t| t.text != "of") {
            return sp;
        }
        let hw = word(text, &head);
        if !(cues::is_role_noun(hw) || cues::facts(hw).title()) {
            return sp;
        }
        let from = if toks.get(sp.1 + 1).is_some_and(|t| t.text == "the") {
            sp.1 + 2
        } else {
            sp.1 + 1
        };
        match np_forward(text, toks, from, i) {
            Some(rest)
                if rest.1 > from + 1 && rest.1 <= sp.0 + 12 && at(toks, rest.1 - 1).is_cap() =>
            {
                (sp.0, rest.1)
            }
            _ => sp,
        }
    }

    /// `Ruiz said the bill was dead, and Pike went further, arguing …`: a clause with a
    /// subject of its own, opened by `, and` or `, but` after the last cue and before the
    /// participle at `k`, whose subject is a name or a pronoun followed by its verb.
    fn new_subject_between(&self, toks: &[Tok], from: usize, k: usize) -> Option<(usize, usize)> {
        let text = self.text;
        let floor = from.max(k.saturating_sub(16)).max(1);
        let m = (floor..k).rev().find(|&m| {
            matches!(word(text, &at(toks, m)), "and" | "but")
                && (at(toks, m - 1).is_punct(',') || self.comma_quote(&at(toks, m - 1)))
        })?;
        let sp = np_forward(text, toks, m + 1, k)?;
        let head = at(toks, sp.1 - 1);
        let verb = toks
            .get(sp.1)
            .is_some_and(|t| t.is_word() && !t.is_cap() && clause_verb_or_past(word(text, t)));
        // A person: a name the article has given, or one after a title (`Sen. Harold
        // Pike`); `, and Americans deserved better, adding` is still the words.
        let hw = word(text, &head);
        let person = head.is_cap()
            && (self.names.is_surname(hw)
                || sp.1 > sp.0 + 1
                    && (cues::facts(word(text, &at(toks, sp.0))).title()
                        || has_first_name(text, toks.get(sp.0..sp.1).unwrap_or(&[]))));
        (sp.0 == m + 1 && verb && person).then_some(sp)
    }

    /// `Democratic National Committee interim chairwoman Donna Brazile`: a body's name,
    /// then a lowercase role (after at most one modifier) and the name that holds it,
    /// all one speaker phrase, when the capitalised phrase `sp` stops at the role.
    fn role_after_body(
        &self,
        toks: &[Tok],
        sp: (usize, usize),
        i: usize,
    ) -> Option<(usize, usize)> {
        let text = self.text;
        let mut m = sp.1;
        let role = (m..(m + 2).min(i)).rev().find(|&n| {
            let t = at(toks, n);
            t.is_word() && !t.is_cap() && {
                let f = cues::facts(word(text, &t));
                f.role_noun() || f.title()
            }
        })?;
        if !(m..role).all(|n| at(toks, n).is_word() && !at(toks, n).is_cap()) {
            return None;
        }
        m = role + 1;
        if !toks.get(m).is_some_and(|t| t.is_cap()) {
            return None;
        }
        let name = np_forward(text, toks, m, i)?;
        (name.0 == m && name.1 > m + 1).then_some((sp.0, name.1))
    }

    /// The speaker before one or more appositives: `Hugh Hill, a doctor, said`,
    /// `Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said`.
    fn appositive_speaker(&self, toks: &[Tok], lo: usize, comma: usize) -> Option<(usize, usize)> {
        let text = self.text;
        let floor = comma.saturating_sub(40).max(lo);
        let mut best = None;
        let mut seg_end = comma;
        let mut c = comma;
        while c > floor {
            c -= 1;
            if at(toks, c).quote().is_some() || at(toks, c).is_punct('.') {
                break;
            }
            if !at(toks, c).is_punct(',') {
                continue;
            }
            let Some(first) = toks.get(c + 1) else { break };
            let fw = word(text, first);
            let short = seg_end - c <= 4 && fw.contains(['-', '.']);
            // The cheap questions first; the two of the lexicon with one lookup.
            let apposition = c + 1 < seg_end
                && (short
                    || first.is_word() && !first.is_cap()
                    || matches!(fw, "who" | "which" | "whose")
                    // `Jason Miller, Trump's senior adviser, said`.
                    || possessive(fw)
                    || {
                        let f = cues::facts(fw);
                        f.determiner() || f.title_role().is_some()
                    }
                    || first.is_cap() && name_possessive_opens(toks, c + 1, seg_end));
            if !apposition && place_after_place(toks, c, seg_end) && !self.names.is_surname(fw) {
                // `a professor at the University of California, Berkeley, said`: one
                // capitalised word after a capitalised one is the place's, no name.
                continue;
            }
            if !apposition {
                // "A lawyer for the outlets, David Schulz, said": the name is the
                // appositive itself.
                if best.is_none() && seg_end - c <= 6 {
                    if let Some(sp) = np_back(text, toks, c + 1, seg_end) {
                        if sp.0 == c + 1 && at(toks, sp.0).is_cap() {
                            best = Some(sp);
                        }
                    }
                }
                // `The pastor, Jim Hagen of the Ankeny Bible Church, said`: the name
                // before its body.
                if best.is_none() && first.is_cap() {
                    best = (c + 3..(c + 5).min(seg_end))
                        .find(|&o| at(toks, o).text == "of")
                        .filter(|&o| place_closes(text, toks, o))
                        .and_then(|o| np_back(text, toks, c + 1, o))
                        .filter(|sp| sp.0 == c + 1);
                }
                break;
            }
            // `Clinton herself, speaking by phone, said`: the name before its reflexive.
            let reflexive =
                c > lo + 1 && matches!(at(toks, c - 1).text, "himself" | "herself" | "themselves");
            if let Some(sp) = np_back(text, toks, lo, c - usize::from(reflexive)) {
                let after_prep = sp.0 > lo
                    && at(toks, sp.0 - 1).is_word()
                    && cues::is_speaker_preposition(word(text, &at(toks, sp.0 - 1)));
                if !after_prep {
                    best = Some(sp);
                }
            }
            seg_end = c;
        }
        best
    }

    /// `said it would close two plants and add 300 jobs`: a bare verb after `and`, with a
    /// modal or `to` before it since the last cue, is governed by that modal inside the
    /// reported words; it is no cue of its own (`and added that …` still is). `k` is the
    /// index of the cue's first filler, the conjunction before it.
    fn shares_modal(&self, toks: &[Tok], i: usize, k: usize, previous: Option<&Attr>) -> bool {
        let text = self.text;
        let Some(p) = previous.filter(|p| p.cue.1 < k) else {
            return false;
        };
        let w = word(text, &at(toks, i));
        let bare = !(w.ends_with('s')
            || w.ends_with("ed")
            || w.ends_with("ing")
            || matches!(
                w,
                "said" | "told" | "wrote" | "spoke" | "swore" | "taught" | "sought"
            ));
        if !bare {
            return false;
        }
        let floor = p.cue.1.max(k.saturating_sub(16));
        (floor..k.saturating_sub(1)).any(|m| {
            let t = at(toks, m);
            let mw = word(text, &t);
            t.is_word()
                && (matches!(
                    mw,
                    "would" | "will" | "could" | "can" | "should" | "may" | "might" | "must" | "to"
                ) || mw.ends_with("'ll")
                    || mw.ends_with("’ll"))
        })
    }

    /// Whether the clause from `lo` to `comma` is a subject and its appositives (`Redmond,
    /// 52,`, `Clinton, the Democratic nominee,`, `The aide, Robby Mook,`), so that a cue
    /// after the comma has its speaker before it. The last appositive must open like one:
    /// a determiner, a role, a number, `who`, `of`, a participle or a name; `The economy,
    /// which grew, is strong, said Ruiz` ends in a verb phrase and stays reported words.
    fn subject_appositive(&self, toks: &[Tok], lo: usize, comma: usize) -> bool {
        let text = self.text;
        let floor = comma.saturating_sub(24).max(lo);
        let Some(c) = (floor..comma).rev().find(|&m| at(toks, m).is_punct(',')) else {
            return false;
        };
        let Some(first) = toks.get(c + 1).filter(|t| t.is_word() && c + 1 < comma) else {
            return false;
        };
        let fw = word(text, first);
        let opens = first.is_cap()
            || fw.as_bytes().first().is_some_and(u8::is_ascii_digit)
            || matches!(
                fw,
                "who" | "whose" | "which" | "of" | "from" | "now" | "himself" | "herself"
            )
            || fw.len() > 5 && fw.ends_with("ing")
            // `The letter, signed by 50 officials,`, `The memo, sent to donors,`: a
            // participle and its preposition.
            || (fw.len() > 4 && fw.ends_with("ed")
                || matches!(fw, "sent" | "written" | "given" | "made" | "taken" | "held"))
                && toks.get(c + 2).is_some_and(|t| {
                    matches!(
                        t.text,
                        "by" | "to" | "in" | "on" | "at" | "from" | "for" | "last" | "earlier"
                    ) || is_time_word(t.text)
                })
            || {
                let f = cues::facts(fw);
                f.determiner() || f.title_role().is_some()
            };
        if !opens {
            return false;
        }
        let Some(sp) = self.appositive_speaker(toks, lo, comma) else {
            return false;
        };
        // The name is the appositive itself: the phrase before it opens the clause
        // (`The deputy communications director, Jessica Ditto,`: a few words after a
        // determiner or a possessive are one too).
        let plain = |lo: usize| {
            c > lo && c <= lo + 6 && (lo..c).all(|m| at(toks, m).is_word()) && {
                let w = word(text, &at(toks, lo));
                cues::is_determiner(w) || possessive(w)
            }
        };
        let fits = |lo: usize| {
            sp.0 == lo
                || sp.0 == c + 1
                    && (np_back(text, toks, lo, c).is_some_and(|p| p.0 == lo) || plain(lo))
        };
        // `In Ohio, the governor, John Kasich, said Trump …`: after a fronted phrase.
        fits(lo) || fronted_end(text, toks, lo, c).is_some_and(fits)
    }

    fn extend_cue(&self, toks: &[Tok], at: usize) -> usize {
        let text = self.text;
        let first = toks.get(at).map_or("", |t| word(text, t));
        if !matches!(first, "in" | "on" | "reporters" | "journalists" | "the") {
            return at;
        }
        let Some((_, rests)) = EXTENSION_GROUPS.iter().find(|g| g.0 == first) else {
            return at;
        };
        for rest in rests {
            let matched = rest.iter().enumerate().all(|(k, part)| {
                toks.get(at + 1 + k)
                    .is_some_and(|t| t.is_word() && word(text, t).eq_ignore_ascii_case(part))
            });
            if matched {
                return at + 1 + rest.len();
            }
        }
        at
    }

    // -----------------------------------------------------------------------------
    // Attribution: tie cues to quotations and reported clauses.

    /// `quotes` says whether the unit holds any quotation (a token of
    /// [`TokKind::Quote`]); without one, the search for unclaimed quotations is skipped.
    fn attribute(
        &mut self,
        toks: &[Tok],
        attrs: &[Attr],
        para: usize,
        para_start: bool,
        quotes: bool,
    ) {
        let text = self.text;
        let mut taken = core::mem::take(&mut self.taken);
        taken.clear();
        taken.resize(toks.len(), false);
        // Attributions in order; each claims the quotations and content it covers.
        let mut pending = core::mem::take(&mut self.pending);
        pending.clear();
        // What relative clauses with a cue took (`Ruiz's aides, who asked X to Y,
        // watched it, lawyers said`): a later attribution's words before its cue may
        // hold them, one attribution nested in another.
        let mut nested = [(0usize, 0usize); 4];
        let mut n_nested = 0;
        for a in attrs {
            let Some(sp) = a.speaker else { continue };
            let held = |m: usize| {
                any_taken(&taken, m, m + 1)
                    && !nested.iter().take(n_nested).any(|r| r.0 <= m && m < r.1)
            };
            // ", promising to ...": a participle whose speaker stands earlier in the
            // sentence (`Trump revised his plan, promising`) has only what follows it.
            let participle = a.cue.0 > 0
                && at(toks, a.cue.0 - 1).is_punct(',')
                && word(text, &at(toks, a.cue.0)).ends_with("ing")
                && sp.1 < a.cue.0;
            let cluster = if a.inverted {
                (a.cue.0, sp.1.max(a.cue.1))
            } else if participle {
                (a.cue.0, a.cue.1)
            } else {
                (sp.0.min(a.cue.0), a.cue.1)
            };
            // Content before: "CONTENT, X said." / "\"...,\" X said." / "CONTENT, as X
            // put it."
            // (Not `If, as I've suggested, …`: a lone conjunction is no content.)
            let as_before = !a.inverted
                && !participle
                && cluster.0 >= 2
                && word(text, &at(toks, cluster.0 - 1)) == "as"
                && (sentence_start(toks, cluster.0)..cluster.0 - 2)
                    .filter(|&m| at(toks, m).is_word())
                    .nth(1)
                    .is_some();
            let before_end = cluster.0 - usize::from(as_before);
            let mut tail_from = cluster.1;
            if a.class == CueClass::Tell && !a.inverted {
                // The addressee: "told Bill O'Reilly of Fox News this week".
                if let Some(obj) = np_forward(text, toks, tail_from, next_punct(toks, tail_from)) {
                    tail_from = obj.1;
                } else if toks.get(tail_from).is_some_and(|t| {
                    matches!(
                        word(text, t),
                        "him" | "her" | "them" | "us" | "me" | "reporters"
                    )
                }) {
                    tail_from += 1;
                }
            }
            // A label's words are in its object, never before it.
            // Content before the speaker only when the speaker and the cue stand
            // together: in `Ruiz, an aide, told X the offer was "fair" and accused Y`,
            // what stands between `Ruiz` and `accused` is another attribution's words,
            // and `an aide` is nobody's content.
            let apart = !a.inverted && any_taken(&taken, sp.1, a.cue.0);
            let sep_before = a.class != CueClass::Label
                && !participle
                && !apart
                && before_end > 0
                && (at(toks, before_end - 1).is_punct(',')
                    || at(toks, before_end - 1).quote().is_some()
                    || at(toks, before_end - 1).is_dash());
            // The tail matters only to content before the cue. A promise's infinitive
            // is its content, not a tail (`- Trump has vowed to bring back jobs`).
            let promised = toks.get(tail_from).is_some_and(|t| word(text, t) == "to")
                && promise_word(word(text, &at(toks, a.cue.0)));
            let tail = if sep_before && !promised {
                clause_tail(text, toks, tail_from).or_else(|| {
                    // `"We will win," she said hours before the vote.`: after a quotation
                    // that opens the sentence and hands over to its speaker, what follows
                    // the cue is narration, whatever its shape.
                    self.quotation_leads(toks, before_end)
                        .then(|| narration_end(toks, tail_from))
                })
            } else {
                None
            };
            if a.class == CueClass::According && !sep_before {
                if let Some(e) = self.content_after(toks, a, cluster.1, &taken, attrs) {
                    mark(&mut taken, e.toks);
                    pending.push(e);
                    continue;
                }
            }
            // `"…," Brandt told an audience, according to a recording`: a source after
            // another attribution in its sentence is where that one was reported, and
            // the words before it are not the source's.
            // A quotation may end a sentence inside its marks (`"… delay." Clinton plans
            // to visit, according to an aide`): only a cue after the last one counts.
            let sourced = a.class == CueClass::According && {
                let mut ss = sentence_start(toks, before_end);
                if let Some(q) = (ss..before_end)
                    .rev()
                    .find(|&m| at(toks, m).quote().is_some())
                {
                    ss = q;
                }
                attrs
                    .iter()
                    .any(|n| n.cue != a.cue && n.cue.0 >= ss && n.cue.1 <= before_end)
            };
            if sep_before && !sourced && (tail.is_some() || a.class == CueClass::According) {
                let mut cs = sentence_start(toks, before_end);
                // Content stops at a colon before it and at what another attribution
                // already took: `X scolded him: "...," she said.`
                if let Some(c) = (cs..before_end)
                    .rev()
                    .find(|&m| at(toks, m).is_punct(':') || held(m))
                {
                    cs = c + 1;
                }
                // Words start the content, not the comma after what was taken.
                while cs < before_end && at(toks, cs).is_punct(',') {
                    cs += 1;
                }
                cs = dateline_end(text, toks, cs, before_end);
                let mut ce = before_end;
                if at(toks, ce - 1).is_punct(',') || at(toks, ce - 1).is_dash() {
                    ce -= 1;
                }
                // The words and quotations before the cue, counted in one pass.
                let (words, quoted) = toks
                    .get(cs..ce)
                    .unwrap_or(&[])
                    .iter()
                    .fold((0usize, false), |(w, q), t| {
                        (w + usize::from(t.is_word()), q || t.quote().is_some())
                    });
                // `..., O'Neill said, "..."` and `Kall said: "..."`: the content follows.
                let content_follows = tail.is_some_and(|t| {
                    let at = toks.get(t.saturating_sub(1));
                    at.is_some_and(|x| x.is_punct(':'))
                        || toks.get(t).is_some_and(|x| x.quote().is_some()) && !quoted
                });
                // "The plan, she said, would help": the content goes on after the cue.
                // Not after a quotation alone (`"Ready?" she said, but he slept`: what
                // follows is narration).
                let unquoted = words > 0;
                // `, replacing Clinton would be ...`: a gerund that is the subject of
                // the clause going on (a verb follows), not a participle (`, adding`).
                let gerund_subject = |m: usize| {
                    let stop = (m + 7).min(toks.len());
                    (m + 1..stop)
                        .take_while(|&n| at(toks, n).is_word())
                        .any(|n| {
                            matches!(
                                word(text, &at(toks, n)),
                                "would"
                                    | "will"
                                    | "could"
                                    | "can"
                                    | "is"
                                    | "was"
                                    | "may"
                                    | "might"
                                    | "should"
                                    | "must"
                            )
                        })
                };
                let tail_from = self.past_short_tail(toks, tail_from);
                let middle = !a.inverted
                    && unquoted
                    && toks.get(tail_from).is_some_and(|t| t.is_punct(','))
                    && toks.get(tail_from + 1).is_some_and(|t| {
                        let w = word(text, t);
                        t.is_word()
                            && !t.is_cap()
                            && !cues::is_determiner(w)
                            && (!w.ends_with("ing")
                                || self.lex.lookup(w).is_none() && gerund_subject(tail_from + 1))
                            && !w.ends_with("ed")
                            && !cues::opens_tail(w)
                            && !w.ends_with("ly")
                            && !matches!(w, "who" | "which" | "whose" | "where")
                            && !self.new_subject_after(toks, tail_from + 1)
                    });
                if middle && cs < ce && !(cs..ce).any(held) {
                    let end = clause_end(toks, tail_from);
                    if end > tail_from + 2 {
                        let mut e = self.emit_range(toks, cs, end, a);
                        e.tail_end = at(toks, end - 1).end();
                        mark(&mut taken, (cs, end));
                        pending.push(e);
                        continue;
                    }
                }
                // "In the end, they agreed": an adverbial, not something said. `About 200
                // people attended` is a clause: a number follows the preposition.
                let number_next = toks
                    .get(cs + 1)
                    .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()));
                // `Her senior adviser, Tom Hale, said on a call that …`: a phrase that
                // names the role of the appositive name after it is the speaker's, not
                // words before the cue.
                let role_phrase = || {
                    sp.0 == ce + 1
                        && at(toks, ce).is_punct(',')
                        && toks
                            .get(cs + 1..ce)
                            .is_some_and(|w| w.iter().all(|t| t.is_word() && !t.is_cap()))
                        && cues::is_determiner(word(text, &at(toks, cs)))
                        && {
                            let h = word(text, &at(toks, ce - 1));
                            cues::is_role_noun(h) || cues::is_relation_noun(h)
                        }
                };
                let adverbial = !quoted
                    && (words < 3
                        || words < 6
                            && cues::opens_tail(word(text, &at(toks, cs)))
                            && !number_next
                        || words < 6 && role_phrase());
                // `"We won," Scott's niece, Marcia Price, said`: the few words between the
                // quotation and an appositive name give the speaker's role; the quote is
                // the quotation alone.
                let mut role_first = *a;
                if ce > cs + 1
                    && ce <= cs + 7
                    && at(toks, cs).quote().is_some()
                    && at(toks, ce).is_punct(',')
                    && sp.0 == ce + 1
                    && !a.inverted
                    && toks
                        .get(cs + 1..ce)
                        .is_some_and(|w| w.iter().all(Tok::is_word))
                    && at(toks, sp.1 - 1).is_cap()
                    && toks.get(cs + 1).is_some_and(|t| {
                        let w = word(text, t);
                        t.is_cap()
                            || cues::is_determiner(w)
                            || w.ends_with("'s")
                            || w.ends_with("’s")
                    })
                {
                    role_first.speaker = Some((cs + 1, sp.1));
                    ce = cs + 1;
                }
                let a = &role_first;
                if cs < ce && !content_follows && !adverbial && !(cs..ce).any(held) {
                    let mut e = self.emit_range(toks, cs, ce, a);
                    let mut parts_end = cluster.1;
                    // A split quotation continues after the attribution: `, "B."`
                    if e.kind == QuoteKind::Direct {
                        let mut k = cluster.1;
                        // Past a tail of time and place: `"A," Schiff told Capital
                        // Download on Wednesday, "B."`
                        let stop = (k + 16).min(toks.len());
                        if let Some(m) = (k..stop).find(|&m| {
                            at(toks, m).is_punct(',') && at(toks, m + 1).quote().is_some()
                        }) {
                            let plain = (k..m).all(|n| {
                                let t = at(toks, n);
                                t.is_punct(',')
                                    || t.is_word()
                                        && !matches!(word(text, &t), "that" | "and" | "but")
                                    || then_after(text, toks, n)
                            });
                            if plain {
                                k = m;
                            }
                        }
                        while toks
                            .get(k)
                            .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
                        {
                            k += 1;
                        }
                        // Each later part is a quotation of its own with the same
                        // attribution.
                        while let Some(q) = toks.get(k).and_then(Tok::quote) {
                            let raw = self.raw(q);
                            let mut p = Emit::direct(raw, (k, k + 1));
                            p.cue = e.cue;
                            p.part = true;
                            p.tail_end = raw.span.end();
                            pending.push(p);
                            parts_end = k + 1;
                            k += 1;
                        }
                    }
                    // The attribution's sentence ends the quotation's run: a quotation
                    // right after it continues the same voice.
                    let _ = tail;
                    let se = clause_end(toks, cluster.1);
                    e.tail_end = toks.get(se).unwrap_or(&at(toks, toks.len() - 1)).end();
                    mark(&mut taken, (cs, ce));
                    mark(&mut taken, cluster);
                    if parts_end > cluster.1 {
                        mark(&mut taken, (cluster.1, parts_end));
                    }
                    pending.push(e);
                    continue;
                }
            }
            if let Some(e) = self.content_after(toks, a, cluster.1, &taken, attrs) {
                mark(&mut taken, cluster);
                mark(&mut taken, e.toks);
                let relative = a.cue.0 >= 2
                    && matches!(word(text, &at(toks, a.cue.0 - 1)), "who" | "which")
                    && at(toks, a.cue.0 - 2).is_punct(',');
                if let Some(slot) = nested.get_mut(n_nested).filter(|_| relative) {
                    *slot = (cluster.0, e.toks.1);
                    n_nested += 1;
                }
                pending.push(e);
            } else {
                self.unreported_speaker(toks, a);
            }
        }
        // A headline or transcript line: `Okafor: Taxes will not rise`, `WALLACE: ...`.
        if let Some(e) = self.name_colon(toks, &taken) {
            mark(&mut taken, (0, e.toks.1));
            pending.push(e);
        }
        // Quotations no cue claimed.
        let with_quotes = if quotes { toks } else { &[] };
        for (ti, t) in with_quotes.iter().enumerate() {
            let Some(q) = t.quote() else { continue };
            if any_taken(&taken, ti, ti + 1) {
                continue;
            }
            let raw = self.raw(q);
            let mut e = Emit::direct(raw, (ti, ti + 1));
            let lo = clause_start(toks, ti);
            // Dash attribution: "..." - Commissioner Ruiz
            if toks.get(ti + 1).is_some_and(Tok::is_dash) {
                let hi = next_punct(toks, ti + 2);
                if let Some(sp) = np_forward(text, toks, ti + 2, hi) {
                    if at(toks, sp.0).is_cap() && (hi >= toks.len() || !at(toks, hi).is_punct(','))
                    {
                        e.speaker = Some(sp);
                        e.tail_end = at(toks, sp.1 - 1).end();
                        mark(&mut taken, (ti + 1, sp.1));
                    }
                }
            }
            // The dash line after a quotation the sentence splitter cut off.
            if e.speaker.is_none() && ti + 1 == toks.len() {
                e.given = self.dash_line(raw.span.end());
            }
            // "Okafor was blunt: \"...\"", "so I had to change my answer: \"...\""
            if e.speaker.is_none() && ti > 0 && at(toks, ti - 1).is_punct(':') {
                let mut s0 = ti - 1;
                let floor = s0.saturating_sub(30);
                while s0 > floor
                    && !matches!(
                        at(toks, s0 - 1).kind,
                        TokKind::Punct('.' | '!' | '?' | ';' | ',')
                    )
                    && at(toks, s0 - 1).quote().is_none()
                {
                    s0 -= 1;
                }
                while s0 < ti - 1
                    && at(toks, s0).is_word()
                    && matches!(
                        word(text, &at(toks, s0)),
                        "so" | "and" | "but" | "then" | "yet" | "or"
                    )
                {
                    s0 += 1;
                }
                // (`Reince Priebus, the party's chairman, issued a statement: "…"`: the
                // name before an appositive.)
                let before_comma = (s0 > 0 && at(toks, s0 - 1).is_punct(','))
                    .then(|| {
                        let lo = sentence_start(toks, s0 - 1);
                        // (Not a place or time a preposition opens: `In Ohio, the
                        // mood was grim: "…"`.)
                        let object = |sp: &(usize, usize)| {
                            sp.0 > lo
                                && matches!(
                                    word(text, &at(toks, sp.0 - 1)),
                                    "in" | "In"
                                        | "on"
                                        | "On"
                                        | "at"
                                        | "At"
                                        | "after"
                                        | "After"
                                        | "before"
                                        | "Before"
                                        | "during"
                                        | "During"
                                        | "from"
                                        | "From"
                                        // An addressee: `wrote to Cheryl Mills, …:`.
                                        | "to"
                                )
                        };
                        np_back(text, toks, lo, s0 - 1)
                            .filter(|sp| at(toks, sp.1 - 1).is_cap() && !object(sp))
                            .or_else(|| self.appositive_speaker(toks, lo, s0 - 1))
                    })
                    .flatten()
                    .filter(|sp| at(toks, sp.1 - 1).is_cap());
                let subject = np_forward(text, toks, s0, ti - 1).filter(|sp| {
                    let head = &at(toks, sp.1 - 1);
                    // (`Clinton's former chief of staff:` is a phrase about its owner.)
                    names_someone(text, head)
                });
                let subject = subject.and_then(|sp| self.headline_subject(toks, sp, ti - 1));
                // `In one email, he wrote to Cheryl Mills, her aide, about the server:
                // "…"`: the sentence's subject before its cue verb.
                e.speaker = before_comma
                    .or(subject)
                    .or_else(|| self.cue_subject_before(toks, s0, ti - 1));
            }
            if e.speaker.is_none() && ti == 0 {
                if let Some((span, cue, person, cpara)) = self.colon {
                    if cpara + 1 >= para {
                        e.given = Some((span, cue, person));
                    }
                }
            }
            // A quoted title (`'All Bets Are Off.'` as a line of its own) is nobody's
            // words, and no continuation of the voice before it either.
            // `«…», a déclaré le ministre.`, `"…," the lawyer countered`: after a comma,
            // words go on in the quotation's sentence, an attribution that was not read;
            // the voice before does not carry over.
            let unread_tail = {
                let inner = raw.content.as_str(text).trim_end();
                let word_at = |n: usize| toks.get(n).is_some_and(Tok::is_word);
                inner.ends_with(',') && word_at(ti + 1)
                    || toks.get(ti + 1).is_some_and(|t| t.is_punct(',')) && word_at(ti + 2)
            };
            if e.speaker.is_none()
                && e.given.is_none()
                && !unread_tail
                && !title_case(raw.content.as_str(text))
            {
                // Continuation of the previous direct quote by the same voice.
                // Nothing but space between the two: the same voice goes on (one
                // quotation if in one paragraph). In the same paragraph, narration in
                // between still leaves the quotation to the voice of the paragraph.
                if let Some((idx, tail, lpara, direct)) = self.last_direct {
                    let gap = text.get(tail..raw.span.start()).unwrap_or("x");
                    let empty = gap.len() < 64 && !gap.chars().any(char::is_alphanumeric);
                    // After a reported quote, only a quotation that opens the next
                    // paragraph: in its own paragraph it is read as a part.
                    let next_para = para_start && lpara != para;
                    if empty && (direct && lpara == para || para_start && (direct || next_para)) {
                        e.continues = Some((idx, lpara == para));
                    }
                }
                if e.continues.is_none() && ti == lo {
                    if let Some((idx, vpara)) = self.last_voice.filter(|v| v.1 == para) {
                        let _ = vpara;
                        e.continues = Some((idx, false));
                    }
                }
            }
            if e.speaker.is_none() && e.given.is_none() && e.continues.is_none() {
                let words = raw.content.as_str(text).split_whitespace().take(6).count();
                // At the start of its clause, after a colon, or after a cue and a comma
                // ("saying, \"...\"").
                let after_cue = ti >= 2
                    && at(toks, ti - 1).is_punct(',')
                    && self.lex.lookup(word(text, &at(toks, ti - 2))).is_some();
                let initial = ti == lo || (ti > 0 && at(toks, ti - 1).is_punct(':')) || after_cue;
                if !raw.closed
                    || !(words >= 6 || initial && words >= 3)
                    || title_case(raw.content.as_str(text))
                {
                    continue;
                }
            }
            mark(&mut taken, (ti, ti + 1));
            if e.tail_end == 0 {
                e.tail_end = raw.span.end();
            }
            pending.push(e);
        }
        pending.sort_by_key(|e| e.toks.0);
        // Read in place: an emission is too large to copy out for each.
        for e in &pending {
            self.finish_ref(toks, e, para);
        }
        pending.clear();
        self.taken = taken;
        self.pending = pending;
    }

    /// The subject `sp` of the quotation after the colon at `colon`, or the part of it
    /// that names the speaker. `Trump Caught On Tape …: 'When …'`: in a title-case
    /// headline, a run of capitals that stops short of the colon may hold the
    /// headline's verb (`Caught`), capitalised as a name's words are. Unless the run
    /// opens with a first name or a title (`Mike Pence on …:`), only its first word, a
    /// surname, names the speaker, and a word that names no one none.
    #[cold]
    fn headline_subject(
        &self,
        toks: &[Tok],
        sp: (usize, usize),
        colon: usize,
    ) -> Option<(usize, usize)> {
        let text = self.text;
        if sp.1 >= colon || sp.1 < sp.0 + 2 {
            return Some(sp);
        }
        let w = word(text, &at(toks, sp.0));
        let f = cues::facts(w);
        let verb_inside = f.name_start().1.is_none()
            && !f.title()
            && f.title_role().is_none()
            // (Asked of the words before the colon: the whole line, with its
            // quotation, reads as no title.)
            && text
                .get(at(toks, sp.0).start..at(toks, colon).start)
                .is_some_and(title_case);
        if !verb_inside {
            return Some(sp);
        }
        let surname = !f.stop_capital() && !f.role_noun() && !cues::is_body_head(w);
        surname.then_some((sp.0, sp.0 + 1))
    }

    /// `Name: what they said` at the start of a sentence (headlines, transcripts): a
    /// name of one to four capitalised words, a colon, and at least three words.
    fn name_colon(&self, toks: &[Tok], taken: &[bool]) -> Option<Emit> {
        let text = self.text;
        let c = (1..5.min(toks.len())).find(|&m| !at(toks, m).is_cap())?;
        if !at(toks, c).is_punct(':') || any_taken(taken, 0, c + 1) {
            return None;
        }
        const LABELS: &[&str] = &[
            "update",
            "note",
            "editor",
            "correction",
            "related",
            "photo",
            "video",
            "watch",
            "read",
            "source",
            "sources",
            "warning",
            "breaking",
            "exclusive",
            "analysis",
            "opinion",
            "q",
            "a",
            "q&a",
            "question",
            "answer",
            "caption",
            "credit",
            "image",
            "see",
            "also",
            "contact",
            "email",
            "phone",
            "tel",
            "fax",
            "web",
            "disclosure",
            "clarification",
            "corrections",
            "updated",
            "editors",
            "more",
            "listen",
            "follow",
            // A headline's kicker names the kind of story, not a speaker (`Fact Check:
            // …`, `Explainer: …`); a `Poll:` or `Study:` is the source of its finding.
            "review",
            "explainer",
            "factbox",
            "timeline",
            "check",
            "live",
            "podcast",
            "editorial",
            "commentary",
            "interview",
            "transcript",
            "obituary",
            "letters",
            "recap",
            // `Report: …` tells of a report the story is about, not what it says.
            "report",
        ];
        let all_names = toks.get(..c).unwrap_or(&[]).iter().all(|t| {
            let w = word(text, t).trim_end_matches('.');
            t.is_cap()
                && !cues::is_stop_capital(w)
                && !LABELS.iter().any(|l| l.eq_ignore_ascii_case(w))
        });
        if !all_names {
            return None;
        }
        let end = clause_end(toks, c + 1);
        let words = toks
            .get(c + 1..end)
            .unwrap_or(&[])
            .iter()
            .filter(|t| t.is_word())
            .count();
        let quoted = toks
            .get(c + 1..end)
            .unwrap_or(&[])
            .iter()
            .any(|t| t.quote().is_some());
        // A transcript's speaker in capitals (`CLINTON: That's horrifying.`) owns
        // words of any length.
        let transcript = toks.get(..c).unwrap_or(&[]).iter().all(|t| {
            let w = t.text.as_bytes();
            w.len() >= 2 && w.iter().all(|b| !b.is_ascii_lowercase())
        });
        // (A turn owns its words even when a report inside them was taken: `WALLACE:
        // Mayor, you have said she is too sick.` is the host's turn.)
        if end <= c + 1
            || (words < 3 && !quoted && !transcript)
            || !transcript && any_taken(taken, c + 1, end)
        {
            return None;
        }
        let attr = Attr {
            cue: (c, c + 1),
            class: CueClass::Say,
            speaker: Some((0, c)),
            inverted: false,
        };
        let mut e = self.emit_range(toks, c + 1, end, &attr);
        e.tail_end = at(toks, end.min(toks.len()) - 1).end();
        e.runs_on = true;
        Some(e)
    }

    /// A speaker on a dash right after a quotation, up to the end of its line:
    /// `” ― Jacklyn Ashley`.
    fn dash_line(&mut self, from: usize) -> Option<(Span, Option<Span>, Option<u32>)> {
        let text = self.text;
        let rest = text.get(from..)?;
        let lead = rest.len() - rest.trim_start_matches([' ', '\u{a0}', '\t']).len();
        let start = from + lead;
        let c = text.get(start..)?.chars().next()?;
        if !matches!(c, '-' | '—' | '–' | '―') {
            return None;
        }
        let mut end = (start + 120).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let window = text.get(start..end)?;
        let line_end = start + window.find('\n').unwrap_or(window.len());
        let mut scratch = Vec::new();
        tokenize(text, start, line_end, &mut scratch);
        let hi = next_punct(&scratch, 1);
        let sp = np_forward(text, &scratch, 1, hi)?;
        if !at(&scratch, sp.0).is_cap() {
            return None;
        }
        let span = Span::new(at(&scratch, sp.0).start, at(&scratch, sp.1 - 1).end());
        let person = self.resolve(&scratch, sp, true);
        Some((span, None, person))
    }

    /// Content after the cue: `X said (that) ...`, `According to X, ...`,
    /// `X said: "..."`.
    fn content_after(
        &self,
        toks: &[Tok],
        a: &Attr,
        from: usize,
        taken: &[bool],
        attrs: &[Attr],
    ) -> Option<Emit> {
        let text = self.text;
        let mut k = from;
        // `asked whether …`: the question follows at once, with no addressee.
        let question = toks
            .get(k)
            .is_some_and(|t| self.indirect_question(toks, a, word(text, t)));
        // An extended cue has its addressee already (`told reporters`); `called on` has
        // it after.
        let call_on = a.cue.1 == a.cue.0 + 2 && at(toks, a.cue.0 + 1).text == "on";
        let addressed = a.cue.1 > a.cue.0 + 1 && !call_on;
        if a.class == CueClass::Tell && !a.inverted && !question && !addressed {
            // The addressee: "told reporters", "warned lawmakers on Tuesday".
            let stop = (k + 6).min(toks.len());
            // `told supporters in Canton, Ohio that`, `told a rally in Manheim,
            // Pennsylvania, on Saturday that`: the place's comma is inside it.
            let stop = if (k..stop).any(|m| place_comma(toks, m)) {
                (k + 11).min(toks.len())
            } else {
                stop
            };
            let mut m = k;
            // `told reporters it is clear that …`: a subject pronoun after the addressee
            // starts the words.
            // (`told it to the court`: right after the verb itself, `it` is the object).
            let subject = |m: usize| match word(text, &at(toks, m)) {
                "he" | "she" | "they" | "we" | "I" => true,
                "it" => m > k || a.cue.1 > a.cue.0 + 1,
                _ => false,
            };
            // (`urged Congress to leave it intact, although …`: `to` ends the addressee
            // too, before a comma further on can pass for the end of one.)
            while m < stop
                && (at(toks, m).is_word()
                    || self.title_quote(&at(toks, m))
                    || s_apostrophe(toks, m)
                    || place_comma(toks, m))
                && !matches!(word(text, &at(toks, m)), "that" | "to")
                && !subject(m)
            {
                m += 1;
            }
            if m == stop {
                m = long_addressee(text, toks, k).unwrap_or(m);
            }
            // The words walked are the addressee only if they hold no verb: in `told
            // the BBC the offer was "generous"` the clause starts after `the BBC`.
            let clause = (k..m).any(|n| cues::is_clause_verb(word(text, &at(toks, n))));
            // `When the moderator asked about abortion, Calloway said …`, `When veterans
            // ask for help, …`: a topic or a request, not an addressee, and the comma
            // after it ends the question's clause.
            if m > k
                && at(toks, m).is_punct(',')
                && matches!(word(text, &at(toks, k)), "about" | "for")
                && toks.get(m + 1).map_or(true, |t| t.quote().is_none())
            {
                return None;
            }
            // `asked for the documents that the agency withheld`, `warned about the
            // risks that …`: a `that` after a request or a topic opens a relative
            // clause, not the words.
            if m > k + 1
                && matches!(word(text, &at(toks, k)), "about" | "for")
                && toks
                    .get(m)
                    .is_some_and(|t| t.is_word() && word(text, t) == "that")
            {
                return None;
            }
            // `told CNN the nominee "has to do better."`: a noun phrase after the
            // addressee is the subject of the quoted words.
            let subject_before_quote = || {
                let w = word(text, &at(toks, k));
                let addressee = if matches!(w, "him" | "her" | "them" | "us" | "me") {
                    Some(k + 1)
                } else {
                    np_forward(text, toks, k, m).map(|sp| sp.1)
                };
                addressee.filter(|&e| {
                    e < m && {
                        let t = at(toks, e);
                        let f = cues::facts(word(text, &t));
                        t.is_word() && (f.determiner() || t.is_cap() && !f.stop_capital())
                    }
                })
            };
            let quote_at_m = m < toks.len() && at(toks, m).quote().is_some();
            if let Some(e) = (quote_at_m && !clause && m > k + 1)
                .then(subject_before_quote)
                .flatten()
            {
                k = e;
            } else if m < toks.len()
                && !clause
                && (at(toks, m).is_word() && word(text, &at(toks, m)) == "that"
                    || m < stop && subject(m)
                    || at(toks, m).is_punct(':')
                    || at(toks, m).is_punct(',')
                    || quote_at_m)
            {
                // `in Manheim, Pennsylvania, on Saturday that`: the comma that closes the
                // place opens the adverbials before the words.
                let placed = at(toks, m).is_punct(',') && (k..m).any(|n| place_comma(toks, n));
                k = if placed { m + 1 } else { m };
            } else if m > k {
                let w = word(text, &at(toks, k));
                // `told them the department would …`: an object pronoun is the whole
                // addressee (not `her`, which may own the next word: `told her staff`).
                if matches!(w, "him" | "them" | "us" | "me") {
                    k += 1;
                } else if let Some(sp) = np_forward(text, toks, k, stop) {
                    k = sp.1;
                } else if cues::is_pronoun(w) || matches!(w, "him" | "her" | "them" | "us" | "me") {
                    k += 1;
                } else {
                    return None;
                }
            }
        }
        // `warned North Korea to refrain from …`: after the addressee, `to` opens what
        // was asked or warned, not an adverbial before a `that` further on.
        let infinitive = a.class == CueClass::Tell
            && (k > from || addressed)
            && toks.get(k).is_some_and(|t| word(text, t) == "to");
        // `called on a student`: a call is a demand only with what is demanded.
        if call_on && !infinitive {
            return None;
        }
        // "says of Clinton, “...”": the topic, then the words.
        if toks
            .get(k)
            .is_some_and(|t| matches!(word(text, t), "of" | "about"))
        {
            let stop = (k + 8).min(toks.len());
            if let Some(m) = (k + 1..stop).find(|&m| !at(toks, m).is_word()) {
                if (at(toks, m).is_punct(',') || at(toks, m).is_punct(':'))
                    && toks.get(m + 1).is_some_and(|t| t.quote().is_some())
                {
                    k = m + 1;
                }
            }
        }
        // `tweeted a warning that …`, `posted a video saying …`: the message the cue
        // sent, then its words.
        if let Some(m) = self.message_object(toks, k) {
            k = m;
        }
        // `said in an interview that aired Sunday that …`: past the interview's clause.
        if let Some(m) = self.message_relative(toks, a, k) {
            k = m?;
        }
        // The word where the content may start is asked up to three questions: the
        // last lookup is kept.
        let mut memo: Option<(usize, cues::WordInfo)> = None;
        let mut info_at = |m: usize| -> cues::WordInfo {
            match memo {
                Some((n, info)) if n == m => info,
                _ => {
                    let info = cues::info(word(text, &at(toks, m)));
                    memo = Some((m, info));
                    info
                }
            }
        };
        // "vowed to punish", "pledged to cut": a promise reports what will be done.
        let promise = || promise_word(word(text, &at(toks, a.cue.0)));
        // Adverbials before "that": "said on Monday that", "said Tuesday that". After a
        // promise, `to` opens what is promised (`vowed to end it`), not an adverbial.
        let adverbial = toks.get(k).is_some_and(|t| {
            let w = word(text, t);
            t.is_word()
                && (w == "that"
                    || info_at(k).opens_tail()
                    || w.ends_with("ly")
                    || duration_at(text, toks, k))
                && !(w == "to" && (infinitive || promise()))
                && !self.indirect_question(toks, a, w)
                && !bound_at(text, toks, k)
        });
        let mut m = k;
        let mut subject = None;
        // A comma inside the phrase only before a place or the clause itself: "says at
        // a stop in Toledo, Ohio, that".
        let goes_on = |m: usize| {
            let t = at(toks, m);
            t.is_word()
                || self.title_quote(&t)
                || s_apostrophe(toks, m)
                || t.is_punct(',')
                    && toks.get(m + 1).is_some_and(|n| {
                        n.is_word()
                            && (n.is_cap()
                                || matches!(
                                    word(text, n),
                                    "that" | "he" | "she" | "they" | "we" | "I"
                                ))
                    })
        };
        let mut in_subordinate = false;
        let k0 = k;
        while adverbial && m < toks.len() && m < k + 12 && goes_on(m) {
            let w = word(text, &at(toks, m));
            if w == "that" && !that_time(text, toks, m) {
                // `said that day was the worst`: `that` and a time word before a verb are
                // the clause's subject, not its opening.
                let time_subject = time_after(text, toks, m).is_some_and(|t| {
                    toks.get(t + 1)
                        .is_some_and(|v| cues::is_clause_verb(word(text, v)))
                });
                // `says that isn't true`: `that` before a verb is the subject itself.
                let pronoun = toks.get(m + 1).is_some_and(|v| {
                    let vw = word(text, v);
                    v.is_word()
                        && (cues::is_clause_verb(vw) || vw.ends_with("n't") || vw.ends_with("n’t"))
                });
                k = if time_subject || pronoun { m } else { m + 1 };
                if k > m
                    && toks.get(m + 1).is_some_and(|p| {
                        matches!(p.text, "in" | "on" | "at" | "during" | "for" | "since")
                    })
                    && that_object(text, toks, m)
                {
                    return None;
                }
                subject = None;
                break;
            }
            // Another cue inside the phrase starts an attribution of its own: `concludes
            // with footage of Trump saying during the debate, “...”`.
            // (After a preposition or a determiner a cue noun is a noun: `said via
            // email that`.)
            // (So is a bare form after a common noun: `on a conference call`.)
            if m > k && self.lex.lookup(w).is_some() && {
                let p = at(toks, m - 1);
                let pw = word(text, &p);
                let compound = p.is_word()
                    && !p.is_cap()
                    && !cues::is_pronoun(pw)
                    && !pw.ends_with("ly")
                    && !matches!(pw, "and" | "or" | "but" | "to" | "not" | "never")
                    && !w.ends_with(['s', 'd', 'g']);
                !marks_noun(pw) && !compound
            } {
                break;
            }
            // "said after the convention he would": the clause starts at its subject;
            // "said Friday as he entered the talks": a subordinate clause does not.
            // `said Tuesday the outages could last`, `told reporters on Tuesday the state
            // was …`: after a time, a determiner or a name opens the clause.
            if m > k && subject.is_none() && {
                let p = word(text, &at(toks, m - 1));
                (is_time_word(p) || matches!(p, "today" | "yesterday" | "tonight"))
                    && at(toks, m).is_word()
                    && (at(toks, m).is_cap() && !is_time_word(w)
                        || matches!(
                            w,
                            "the"
                                | "a"
                                | "an"
                                | "his"
                                | "her"
                                | "their"
                                | "its"
                                | "this"
                                | "these"
                                | "those"
                                | "some"
                                | "many"
                                | "most"
                                | "no"
                        ))
            } {
                subject = Some(m);
            }
            if m > k && subject.is_none() && matches!(w, "he" | "she" | "they" | "it" | "we" | "I")
            {
                let w0 = word(text, &at(toks, m - 1));
                let subordinate = cues::is_subordinator(w0);
                if subordinate {
                    in_subordinate = true;
                } else {
                    subject = Some(m);
                }
            }
            m += 1;
        }
        // `conceded shortly before midnight.`, `said at a news conference on Tuesday.`:
        // a time, place or manner that runs to the end of the sentence is all there is.
        let only_adverbial = adverbial
            && subject.is_none()
            && k == k0
            && m > k
            && toks
                .get(m)
                .map_or(true, |t| matches!(t.kind, TokKind::Punct('.' | '!' | '?')))
            && (k..m).all(|n| !cues::is_clause_verb(word(text, &at(toks, n))))
            && toks.get(k).is_some_and(|t| {
                let w = word(text, t);
                w.ends_with("ly")
                    || is_time_word(w)
                    || matches!(
                        w,
                        "shortly"
                            | "late"
                            | "early"
                            | "before"
                            | "after"
                            | "during"
                            | "at"
                            | "in"
                            | "last"
                            | "this"
                            | "earlier"
                            | "later"
                            | "today"
                            | "yesterday"
                            | "tonight"
                            | "again"
                            | "afterward"
                            | "afterwards"
                            | "once"
                            | "soon"
                            | "while"
                            | "outside"
                            | "inside"
                            | "near"
                            | "aboard"
                            | "ahead"
                            | "via"
                    )
            });
        if only_adverbial {
            return None;
        }
        if in_subordinate && subject.is_none() && k == k0 {
            // "said Friday as he entered the talks": a time clause and no content.
            return None;
        }
        if let Some(sj) = subject {
            // `complained about speeding for years, he noted.`: the subject and a cue
            // closing the sentence attribute what came before; this cue reports nothing.
            let closing = toks
                .get(sj + 1)
                .is_some_and(|v| v.is_word() && self.lex.lookup(word(text, v)).is_some())
                && toks
                    .get(sj + 2)
                    .map_or(true, |e| matches!(e.kind, TokKind::Punct('.' | '!' | '?')));
            if closing {
                return None;
            }
            k = sj;
        } else if adverbial
            && at(toks, m).is_punct(',')
            && at(toks, m + 1).quote().is_some()
            && word(text, &at(toks, k)) != "that"
        {
            // "saying during the debate last week, “...”": the words follow the phrase.
            k = m;
        }
        // `claimed, without evidence, that …`: an aside between commas before `that`.
        if toks.get(k).is_some_and(|t| t.is_punct(',')) {
            let stop = (k + 8).min(toks.len());
            if let Some(c) = (k + 2..stop).find(|&m| at(toks, m).is_punct(',')) {
                if (k + 1..c).all(|m| at(toks, m).is_word())
                    && toks.get(c + 1).is_some_and(|t| word(text, t) == "that")
                {
                    k = c + 2;
                }
            }
        }
        let mut that = k > from && k > 0 && word(text, &at(toks, k - 1)) == "that";
        // "adding later, ..." / "said simply: ..."
        let mut f = k;
        while f < toks.len() && f < k + 3 && at(toks, f).is_word() && info_at(f).cue_filler() {
            f += 1;
        }
        if f > k
            && toks
                .get(f)
                .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
        {
            k = f;
        }
        if let Some(c) = self.as_clause_end(toks, a, k) {
            k = c;
        }
        while toks
            .get(k)
            .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
        {
            if at(toks, k).is_punct(':') {
                that = false;
            }
            k += 1;
        }
        if let Some(t) = toks.get(k) {
            let w = word(text, t);
            let participle = k > 0 && at(toks, k - 1).is_punct(',') && w.ends_with("ing");
            if participle
                || t.is_punct('(')
                || (!that
                    && t.is_word()
                    && info_at(k).blocks_content()
                    && !(a.class == CueClass::Label && label_object(w))
                    && !(w == "to" && (a.class == CueClass::Tell || promise()))
                    && !(matches!(w, "about" | "around" | "nearly" | "almost")
                        && toks
                            .get(k + 1)
                            .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit())))
                    && !(w == "not"
                        && promise()
                        && toks.get(k + 1).is_some_and(|n| word(text, n) == "to"))
                    && !bound_at(text, toks, k)
                    && !self.indirect_question(toks, a, w))
            {
                return None;
            }
        }
        // One pass to the end of the clause (as `clause_end` reads it) also finds the
        // first quotation that ends its own sentence (`said, “The vote is over.” The
        // council adjourned`: what follows is a new sentence) and the first `, adding`
        // (the next attribution by the same speaker starts there).
        let (mut end, mut closing, mut adding) = (k, None, None);
        // `said he expected a vote, but declined to give a date`: the speaker's refusal
        // is narration, not the words.
        let mut demur = None;
        // `said the plan would fail and offered no details`: the main clause's second
        // verb (the first `and` or `but` before a past form; judged below).
        let mut verb_and = None;
        while end < toks.len() && end < k + 200 {
            match at(toks, end).kind {
                // (Both are asked only of a three-letter word.)
                TokKind::Word { .. } if end > k + 2 && at(toks, end).text.len() == 3 => {
                    let w = at(toks, end).text;
                    if demur.is_none() && w == "but" && declines(text, toks, end + 1) {
                        demur = Some(end);
                    } else if verb_and.is_none()
                        && matches!(w, "and" | "but")
                        && toks
                            .get(end + 1)
                            .is_some_and(|v| cues::simple_past(word(text, v)).is_some())
                    {
                        verb_and = Some(end);
                    }
                }
                TokKind::Punct('.') if toks.get(end + 1).is_some_and(Tok::is_word) => {}
                TokKind::Punct('.' | '!' | '?' | ';') => break,
                TokKind::Quote(_) if closing.is_none() && self.closes_sentence(toks, end) => {
                    closing = Some(end);
                }
                // `was "a disaster," adding …`: the comma inside the marks.
                TokKind::Quote(_)
                    if adding.is_none()
                        && self.comma_quote(&at(toks, end))
                        && toks.get(end + 1).is_some_and(|n| {
                            let w = word(text, n);
                            n.is_word() && w.ends_with("ing") && self.lex.lookup(w).is_some()
                        }) =>
                {
                    adding = Some(end + 1);
                }
                // (So does the narrator's `, setting up a primary`, `, prompting …`.)
                TokKind::Punct(',')
                    if adding.is_none()
                        && toks.get(end + 1).is_some_and(|n| {
                            let w = word(text, n);
                            n.is_word()
                                && w.ends_with("ing")
                                && (self.lex.lookup(w).is_some() || narrator_participle(w))
                        }) =>
                {
                    adding = Some(end);
                }
                _ => {}
            }
            end += 1;
        }
        if let Some(m) = closing {
            end = m + 1;
        }
        // The next attribution in the sentence ends this one's content, and keeps the
        // quotation it follows: `X said A because "B," she said.`
        // `Ruiz said the offer was fair and accused the union of …`: a cue joined by
        // `and` or `but` that shares this speaker is a verb of the main clause, and its
        // conjunction ends these words.
        let coordinated = |n: &Attr| {
            n.cue.0 > k + 1
                && n.speaker == a.speaker
                && n.speaker.is_some_and(|sp| sp.1 <= a.cue.0)
                && matches!(word(text, &at(toks, n.cue.0 - 1)), "and" | "but")
        };
        let starts_clause = |n: &Attr| {
            if coordinated(n) {
                return true;
            }
            // (A speaker before these words is shared: `Peabody said: "…," adding`.)
            let c0 = n
                .speaker
                .filter(|sp| sp.0 >= k)
                .map_or(n.cue.0, |sp| sp.0.min(n.cue.0));
            let c0 = titles_before(text, toks, k, c0);
            let before = at(toks, c0.saturating_sub(1));
            before.is_punct(',')
                || before.is_punct(';')
                || before.quote().is_some()
                || matches!(word(text, &before), "but" | "while" | "whereas")
                // `, and Clinton is promising`, `, though the Air Force acknowledged`: a
                // new clause with its own speaker.
                || matches!(word(text, &before), "and" | "though" | "although")
                    && c0 >= 2
                    && (at(toks, c0 - 2).is_punct(',') || self.comma_quote(&at(toks, c0 - 2)))
                    && n.speaker.is_some_and(|sp| sp.0 < n.cue.0)
        };
        // Attributions come in token order: look only at those after `k` and before the
        // clause ends, never at the whole list.
        let first_after = attrs.partition_point(|n| n.cue.0 <= k);
        // `Pence, asked whether he agreed, said he did not`: words that would open with
        // another attribution's cue are that one's predicate, not these words.
        if first_after > 0
            && attrs
                .get(first_after - 1)
                .is_some_and(|n| n.cue.0 == k && n.cue != a.cue)
        {
            return None;
        }
        if let Some(n) = attrs
            .get(first_after..)
            .unwrap_or(&[])
            .iter()
            .take_while(|n| n.cue.0 < end)
            .find(|n| starts_clause(n))
        {
            let c0 = if coordinated(n) {
                n.cue.0 - 1
            } else {
                let c0 = n
                    .speaker
                    .filter(|sp| sp.0 >= k)
                    .map_or(n.cue.0, |sp| sp.0.min(n.cue.0));
                titles_before(text, toks, k, c0)
            };
            let mut e2 = c0.max(k);
            if e2 > k + 1
                && word(text, &at(toks, e2 - 1)) == "and"
                && at(toks, e2 - 2).is_punct(',')
            {
                e2 -= 1;
            }
            // `was "trending our way," and she predicted …`: the quotation is these words.
            let comma_quote_and = e2 > k + 1
                && matches!(
                    word(text, &at(toks, e2 - 1)),
                    "and" | "but" | "though" | "although" | "while"
                )
                && self.comma_quote(&at(toks, e2 - 2));
            if comma_quote_and {
                e2 -= 1;
            }
            while e2 > k && (at(toks, e2 - 1).is_punct(',') || at(toks, e2 - 1).is_dash()) {
                e2 -= 1;
            }
            e2 = self.role_before_appositive(toks, k, e2);
            // `said the bill was dead but Pike said …`: the conjunction that opens the
            // next clause is that clause's.
            if e2 == c0
                && e2 > k + 1
                && matches!(at(toks, e2 - 1).text, "but" | "while" | "whereas")
            {
                e2 -= 1;
                while e2 > k && at(toks, e2 - 1).is_punct(',') {
                    e2 -= 1;
                }
            }
            // After a plain word the quotation goes on with these words (`told the
            // group that the deal was "the best we can get," one of the people said`:
            // the later source reports the whole sentence); only a pronoun after it
            // (`because "…," she said`) takes the quotation as its own.
            let pronoun = || {
                n.speaker.is_some_and(|sp| {
                    sp.0 >= k && sp.1 == sp.0 + 1 && cues::is_pronoun(word(text, &at(toks, sp.0)))
                })
            };
            let lead_in = |t: Tok| {
                t.is_punct(':') || t.is_punct(',') || t.is_dash() || t.is_word() && pronoun()
            };
            if e2 > k + 1
                && !coordinated(n)
                && !comma_quote_and
                && n.speaker.map_or(true, |sp| sp.0 >= k)
                && at(toks, e2 - 1).quote().is_some()
                && lead_in(at(toks, e2 - 2))
            {
                e2 -= 1;
            }
            if e2 > k {
                end = e2;
            } else if !coordinated(n) {
                // `Asked whether he agreed, Pence said …`: the next attribution starts
                // where these words would, so there are none.
                return None;
            }
        }
        // ", adding that ...": the first one before the content's end, found above.
        if let Some(stop) = adding.filter(|&a| a < end) {
            end = stop;
        }
        if let Some(stop) = demur.filter(|&d| d < end) {
            end = stop;
            while end > k && at(toks, end - 1).is_punct(',') {
                end -= 1;
            }
        }
        if let Some(stop) = verb_and.filter(|&m| m < end && main_verb_resumes(text, toks, k, m)) {
            end = stop;
            while end > k && at(toks, end - 1).is_punct(',') {
                end -= 1;
            }
        }
        // "Ruiz, who said the goal was growth, left the party": a relative clause's
        // content ends at the comma where the main clause's verb phrase takes over.
        // So does one whose speaker follows the pronoun: `the plan, which critics say
        // would add $5 trillion to the debt, passed`. `rel_mark` is the comma or dash
        // that opens the clause.
        let opens = |m: usize| at(toks, m).is_punct(',') || at(toks, m).is_dash();
        // (`Smith, who has long denied wrongdoing, said …`: fillers may stand between
        // the pronoun and the cue.)
        // (Looked for only near a relative pronoun: the walk asks the lexicon.)
        let near = toks
            .get(a.cue.0.saturating_sub(5)..a.cue.0)
            .unwrap_or(&[])
            .iter()
            .any(|t| t.text.as_bytes().starts_with(b"wh"));
        let mut r = a.cue.0;
        while near
            && r > 0
            && r + 3 > a.cue.0
            && at(toks, r - 1).is_word()
            && !matches!(word(text, &at(toks, r - 1)), "who" | "which")
            && cues::is_cue_filler(word(text, &at(toks, r - 1)))
        {
            r -= 1;
        }
        let rel_mark =
            if r >= 2 && matches!(word(text, &at(toks, r - 1)), "who" | "which") && opens(r - 2) {
                Some(r - 2)
            } else {
                // (`Trump's speech, in which he said …, drew`, `At the rally, where he
                // said …, Trump`: a preposition before the pronoun, or `where` or `when`.)
                a.speaker
                    .filter(|sp| !a.inverted && sp.0 >= 2 && sp.1 == r)
                    .and_then(|sp| match word(text, &at(toks, sp.0 - 1)) {
                        "which" | "whom" if opens(sp.0 - 2) => Some(sp.0 - 2),
                        "which" | "whom" => Some(sp.0.checked_sub(3)?).filter(|&m| {
                            opens(m) && cues::is_preposition(word(text, &at(toks, m + 1)))
                        }),
                        // (Only after an opening phrase: `Ruiz spoke on Monday, when she
                        // said …, at least for now` runs to the stop.)
                        "where" | "when" => Some(sp.0 - 2).filter(|&m| {
                            opens(m) && {
                                let first = word(text, &at(toks, clause_start(toks, m)));
                                let mut buf = [0u8; 12];
                                cues::is_preposition(cues::lower_into(first, &mut buf))
                                    || is_time_word(first)
                            }
                        }),
                        _ => None,
                    })
            };
        let relative = rel_mark.is_some();
        // `At the rally, where he said …, Trump drew`: a clause of place or time after
        // an opening phrase ends at its comma, where the main clause's subject stands.
        let opening_rel = relative
            && a.speaker.is_some_and(|sp| {
                sp.0 >= 1 && matches!(word(text, &at(toks, sp.0 - 1)), "where" | "when")
            });
        // `When the state said that …, nobody checked`: a clause opened by a
        // subordinating conjunction at the start of the sentence ends at its last comma,
        // where the main clause begins.
        let subordinate = a.speaker.filter(|_| !a.inverted).is_some_and(|sp| {
            sp.0 >= 1
                && starts_sentence(toks, sp.0 - 1)
                && !ends_sentence(&at(toks, sp.0 - 1))
                && cues::is_subordinator(word(text, &at(toks, sp.0 - 1)))
        });
        if subordinate {
            if let Some(c) = (k + 1..end).rev().find(|&m| at(toks, m).is_punct(',')) {
                end = c;
            }
        }
        // `the study -- which notes that … -- should`: the closing dash ends the words.
        if rel_mark.is_some_and(|m| at(toks, m).is_dash()) {
            if let Some(d) = (k + 1..end).find(|&m| at(toks, m).is_dash()) {
                end = d;
            }
        }
        if relative {
            // A relative clause inside the words (`the plan, which passed, would fail`)
            // is closed by the comma after it, which resumes nothing.
            let mut embedded = false;
            for c in k + 1..end {
                if !at(toks, c).is_punct(',') {
                    continue;
                }
                let next = word(text, &at(toks, c + 1));
                if matches!(next, "which" | "who" | "whose" | "whom") {
                    embedded = true;
                } else if embedded {
                    embedded = false;
                } else if opening_rel && c >= k + 2
                    || (c >= k + 3
                    // `Smith, who denied wrongdoing, said …`: a short clause before the
                    // main clause's own cue.
                    || c > k && self.lex.lookup(word(text, &at(toks, c + 1))).is_some())
                        && self.main_clause_resumes(toks, c + 1, end)
                {
                    end = c;
                    break;
                }
            }
        }
        // An opening gerund phrase ends at the comma before its speaker: `Saying the
        // plan was dead, Ruiz left`.
        if let Some(sp) = a.speaker.filter(|sp| !a.inverted && sp.0 > a.cue.1) {
            let mut e2 = sp.0.min(end);
            while e2 > k && at(toks, e2 - 1).is_punct(',') {
                e2 -= 1;
            }
            end = e2;
        }
        // A label's words end with its last quotation: `called them “lone wolves” and
        // described their acts as crimes`. With none left in them (`praised the project
        // in a statement, calling it “…”`: the quotation is the participle's), it
        // reports no speech.
        if a.class == CueClass::Label {
            match (k..end).rev().find(|&m| at(toks, m).quote().is_some()) {
                Some(q) => end = q + 1,
                None => return None,
            }
        }
        if end <= k || any_taken(taken, k, end) {
            return None;
        }
        // `officials, who asked that their names be withheld, said`: a request to stay
        // anonymous, not words reported.
        if that && anonymity_request(text, toks, a.cue.0, k, end) {
            return None;
        }
        // `answering questions about her career`: the questions answered, not words said.
        if !that && answers_questions(text, toks, a.cue.0, k) {
            return None;
        }
        // `argued the case before the court`, `says a lot about`, `said goodbye`.
        if !that && other_sense(text, toks, a.cue.0, k, end) {
            return None;
        }
        // `maintains a program`, `added a note of caution`: verbs that report speech only
        // with a clause, not with a noun phrase that has no verb.
        if !that
            && clause_only_cue(word(text, &at(toks, a.cue.0)))
            && (noun_phrase_only(toks, k, end) || written_things(toks, a.cue.0, k, end))
        {
            return None;
        }
        let mut e = self.emit_range(toks, k, end, a);
        if that && e.kind == QuoteKind::Direct {
            e.kind = QuoteKind::Mixed;
            e.span = Span::new(at(toks, k).start, at(toks, end - 1).end());
            e.content = e.span;
        }
        if e.kind == QuoteKind::Indirect {
            // Counted up to three: only fewer matter.
            let words = toks
                .get(k..end)
                .unwrap_or(&[])
                .iter()
                .filter(|t| t.is_word())
                .take(3)
                .count();
            // Two words are a clause after `that`, with a subject pronoun (`said that
            // it failed`, `said he lost`), or as a name or `it` and a past form (`said
            // Clinton lied`, `said it worked`); fewer, or two others (`said last week`),
            // are not reported words.
            let clause = words == 2
                && (that
                    || toks.get(k).is_some_and(|t| {
                        matches!(word(text, t), "he" | "she" | "they" | "we" | "I")
                    })
                    || self.name_and_past(toks, k))
                && toks.get(k + 1).is_some_and(|t| {
                    // `said he agreed`, `said she objected`; not a bare saying again.
                    let w = word(text, t);
                    !matches!(
                        w,
                        "said" | "says" | "say" | "told" | "tells" | "asked" | "asks"
                    )
                });
            if words < 3 && !clause {
                return None;
            }
        }
        e.tail_end = at(toks, end - 1).end();
        Some(e)
    }

    /// `Clinton lied`, `it worked`: a capitalised word that names no time, or `it`, at
    /// `k`, and a past form in -ed after it, read as a clause of two words.
    #[cold]
    fn name_and_past(&self, toks: &[Tok], k: usize) -> bool {
        let text = self.text;
        let (Some(first), Some(verb)) = (toks.get(k), toks.get(k + 1)) else {
            return false;
        };
        let (f, v) = (word(text, first), word(text, verb));
        let subject = f == "it" || first.is_cap() && !is_time_word(f) && !cues::is_pronoun(f);
        subject && !verb.is_cap() && v.len() > 3 && v.ends_with("ed")
    }

    /// Whether `w`, the first word after the cue of `a`, opens an indirect question that
    /// the cue reports: `whether` or `if` after a verb of saying or asking (`asked
    /// whether the plan would pass`), and a question word after `ask` or `wonder` or a
    /// denied saying (`did not say when the vote would be held`).
    #[inline]
    fn indirect_question(&self, toks: &[Tok], a: &Attr, w: &str) -> bool {
        let text = self.text;
        // Nearly every word asked opens no question: answered before the cue is read.
        if !matches!(
            w,
            "whether" | "if" | "when" | "why" | "how" | "what" | "who" | "where" | "which"
        ) || !matches!(a.class, CueClass::Say | CueClass::Tell | CueClass::Noun)
        {
            return false;
        }
        let cue = word(text, &at(toks, a.cue.0));
        // `would respond if asked`: after a verb of answering `if` opens a condition.
        if w == "if"
            && ["respon", "repl", "react", "answer", "comment"]
                .iter()
                .any(|p| cue.starts_with(p))
        {
            return false;
        }
        if matches!(w, "whether" | "if") {
            return a.class != CueClass::Noun || matches!(cue, "said" | "says" | "saying");
        }
        if !matches!(
            w,
            "when" | "why" | "how" | "what" | "who" | "where" | "which"
        ) {
            return false;
        }
        let asking = ["ask", "wonder"].iter().any(|p| cue.starts_with(p));
        let denied = (a.cue.0.saturating_sub(3)..a.cue.0).any(|m| {
            let b = word(text, &at(toks, m));
            matches!(b, "not" | "never") || b.ends_with("n't") || b.ends_with("n’t")
        });
        asking || denied
    }

    /// Whether the words from `from` up to the next comma or `end` read as the verb
    /// phrase of a main clause taking over after a relative clause (`, left the party`,
    /// `, has refused`), not as more of the reported words: a lowercase first word that
    /// is no conjunction, relative, determiner or pronoun, and no `and`/`or` (a list
    /// goes on).
    fn main_clause_resumes(&self, toks: &[Tok], from: usize, end: usize) -> bool {
        let text = self.text;
        let Some(first) = toks.get(from).filter(|t| t.is_word() && !t.is_cap()) else {
            return false;
        };
        let w = word(text, first);
        let f = cues::facts(w);
        if f.determiner()
            || f.pronoun()
            || matches!(
                w,
                "and"
                    | "or"
                    | "but"
                    | "which"
                    | "who"
                    | "whom"
                    | "whose"
                    | "that"
                    | "as"
                    | "while"
                    | "including"
                    | "if"
                    | "when"
                    | "because"
                    | "although"
                    | "though"
                    | "so"
                    | "then"
                    | "not"
                    | "even"
                    | "since"
                    | "until"
            )
        {
            return false;
        }
        !(from..end)
            .take_while(|&m| !at(toks, m).is_punct(','))
            .any(|m| matches!(word(text, &at(toks, m)), "and" | "or"))
    }

    /// Where the words start after a message a cue sent, at `k`: `a warning that …`
    /// (at the `that`, which the caller steps over), `her latest video saying …` (after
    /// `saying`). A `that` opens the words only before their subject (`a warning that the
    /// bill would fail`), not a relative clause (`the statement that was read aloud`).
    fn message_object(&self, toks: &[Tok], k: usize) -> Option<usize> {
        let text = self.text;
        let first = word(text, toks.get(k)?);
        if !matches!(
            first,
            "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "this" | "another"
        ) {
            return None;
        }
        let n = (k + 1..(k + 4).min(toks.len())).find(|&n| {
            let t = at(toks, n);
            !t.is_word() || t.is_cap() || cues::is_message_noun(word(text, &t))
        })?;
        let noun = at(toks, n);
        if !noun.is_word() || noun.is_cap() {
            return None;
        }
        match word(text, toks.get(n + 1)?) {
            "saying" => Some(n + 2).filter(|&c| c < toks.len()),
            "that" => {
                let after = toks.get(n + 2)?;
                let w = word(text, after);
                let subject = after.is_cap()
                    || cues::is_determiner(w)
                    || matches!(
                        w,
                        "he" | "she" | "they" | "we" | "it" | "his" | "her" | "their"
                    );
                (subject && !cues::is_clause_verb(w)).then_some(n + 1)
            }
            _ => None,
        }
    }

    /// `said in an interview that aired Sunday that the polls were rigged`: a relative
    /// clause on the cue's own interview or statement (a verb right after its `that`)
    /// is no report. `Some` of where the words' `that` stands after it, or `Some(None)`
    /// when the sentence ends first (`responded in an interview that aired Sunday.`).
    fn message_relative(&self, toks: &[Tok], a: &Attr, k: usize) -> Option<Option<usize>> {
        let text = self.text;
        if a.cue.1 < a.cue.0 + 3 {
            return None;
        }
        let noun = word(text, &at(toks, a.cue.1 - 1));
        if !(noun == "interview" || noun == "speech" || cues::is_message_noun(noun)) {
            return None;
        }
        // `with ABC News`, `on CNN`: whom the interview was with.
        let mut j = k;
        while j < k + 6 {
            let t = at(toks, j);
            if !(t.is_cap() || t.is_word() && matches!(t.text, "with" | "on" | "to" | "the")) {
                break;
            }
            j += 1;
        }
        let rel = at(toks, j);
        let verb = at(toks, j + 1);
        if !(matches!(rel.text, "that" | "which") && rel.is_word() && verb.is_word()) {
            return None;
        }
        let relative = matches!(
            verb.text,
            "aired"
                | "airs"
                | "ran"
                | "runs"
                | "appeared"
                | "appears"
                | "was"
                | "is"
                | "will"
                | "published"
                | "posted"
                | "broadcast"
                | "released"
                | "followed"
                | "came"
        );
        if !relative {
            return None;
        }
        for m in j + 2..(j + 16).min(toks.len()) {
            let t = at(toks, m);
            if t.is_word() && t.text == "that" {
                return Some(Some(m));
            }
            if t.quote().is_some() || t.is_punct(':') {
                return None;
            }
            if matches!(t.kind, TokKind::Punct('.' | '!' | '?' | ';')) {
                return Some(None);
            }
        }
        None
    }

    /// `Clinton has said she expects …, and her attorney, David Kendall, has said`: when
    /// these words (`k..e`) end before the next speaker's appositive name, the role that
    /// name fills (`and her attorney`) opens that clause too. Where the words end then.
    fn role_before_appositive(&self, toks: &[Tok], k: usize, e: usize) -> usize {
        let text = self.text;
        if !at(toks, e).is_punct(',') || e < k + 4 {
            return e;
        }
        let Some(j) = (e.saturating_sub(5).max(k + 2)..e - 2).rev().find(|&j| {
            matches!(at(toks, j).text, "and" | "but" | "while") && at(toks, j - 1).is_punct(',')
        }) else {
            return e;
        };
        let np = toks.get(j + 1..e).unwrap_or(&[]);
        let opens = np.first().is_some_and(|t| {
            let w = word(text, t);
            cues::is_determiner(w) || possessive(w)
        });
        let role = np.last().is_some_and(|t| {
            let w = word(text, t);
            !t.is_cap() && (cues::is_role_noun(w) || cues::is_relation_noun(w))
        });
        if opens && role && np.iter().all(|t| t.is_word() && !t.is_cap()) {
            j - 1
        } else {
            e
        }
    }

    /// The emission for content tokens `[a, b)` attributed by `attr`: direct when the
    /// content is quotations only, mixed when it holds one, indirect otherwise.
    fn emit_range(&self, toks: &[Tok], a: usize, b: usize, attr: &Attr) -> Emit {
        let mut quotes = toks.get(a..b).unwrap_or(&[]).iter().filter_map(Tok::quote);
        let words = toks.get(a..b).unwrap_or(&[]).iter().any(Tok::is_word);
        let first_q = quotes.next();
        let mut e = match first_q {
            Some(q) if !words => {
                let mut e = Emit::direct(self.raw(q), (a, b));
                for q in quotes {
                    e.extend(self.raw(q));
                }
                e
            }
            Some(_) => {
                let span = Span::new(at(toks, a).start, at(toks, b - 1).end());
                Emit::reported(span, QuoteKind::Mixed, (a, b))
            }
            None => {
                // Trailing punctuation is not the words', but a sign that belongs to the
                // number before it is (`a turnout of 54%`), and so is a bracket that
                // closes one opened in them.
                let opened = |end: usize| {
                    let (mut open, mut close) = (0usize, 0usize);
                    for t in toks.get(a..end).unwrap_or(&[]) {
                        open += usize::from(t.is_punct('('));
                        close += usize::from(t.is_punct(')'));
                    }
                    open > close
                };
                let mut end = b;
                loop {
                    while end > a + 1
                        && !at(toks, end - 1).is_word()
                        && at(toks, end - 1).quote().is_none()
                        && !at(toks, end - 1).is_punct('%')
                        && !(at(toks, end - 1).is_punct(')') && opened(end - 1))
                    {
                        end -= 1;
                    }
                    // `said the plan was sound, while Okafor insisted …`: the conjunction
                    // before the next attribution opens that clause, not these words.
                    let conjunction = end > a + 2
                        && at(toks, end - 2).is_punct(',')
                        && matches!(
                            word(self.text, &at(toks, end - 1)),
                            "but" | "and" | "while" | "though" | "although" | "whereas" | "yet"
                        );
                    if !conjunction {
                        break;
                    }
                    end -= 1;
                }
                let span = Span::new(at(toks, a).start, at(toks, end - 1).end());
                Emit::reported(span, QuoteKind::Indirect, (a, b))
            }
        };
        e.speaker = attr.speaker;
        e.cue = Some(Span::new(
            at(toks, attr.cue.0).start,
            at(toks, attr.cue.1 - 1).end(),
        ));
        e
    }

    fn finish(&mut self, toks: &[Tok], e: Emit, para: usize) {
        self.finish_ref(toks, &e, para);
    }

    /// [`Run::finish`] of an emission read in place.
    fn finish_ref(&mut self, toks: &[Tok], e: &Emit, para: usize) {
        let text = self.text;
        let mut speaker = None;
        let mut inferred = false;
        let mut prev_cue = None;
        let part = e.part || e.continues.is_some_and(|c| c.1) && e.kind == QuoteKind::Direct;
        let mut who = NO_PERSON;
        if let Some(sp) = e.speaker {
            self.register_before(toks, e, sp);
            let person = self.resolve(toks, sp, true);
            who = person.unwrap_or(NO_PERSON);
            if person.is_none() {
                // "Lena Ortiz's campaign said": the speaker is not a person, but the
                // name in the phrase is still introduced.
                self.register_names(toks, sp.1);
                self.unnamed_with_modifier(toks, sp);
            }
            self.registered = self.registered.max(sp.1);
            let span = Span::new(at(toks, sp.0).start, at(toks, sp.1 - 1).end());
            speaker = Some(SpeakerMention::new(
                text,
                span,
                person.and_then(|p| self.names.name(text, p)),
            ));
        } else if let Some((span, _, person)) = e.given {
            who = person.unwrap_or(NO_PERSON);
            speaker = Some(SpeakerMention::new(
                text,
                span,
                person.and_then(|p| self.names.name(text, p)),
            ));
        } else if e.part {
            // A later part of a quotation split by its attribution: the quote that
            // attribution emitted gives speaker and cue.
            let cue = e.cue;
            let n = self.out.len();
            if let Some(idx) = (n.saturating_sub(8)..n)
                .rev()
                .find(|&k| self.out.get(k).and_then(|q| q.cue.map(|c| c.span())) == cue)
            {
                speaker = self.out.get(idx).and_then(|q| q.speaker);
                who = self.who.get(idx).copied().unwrap_or(NO_PERSON);
            }
        } else if let Some((idx, same_para)) = e.continues {
            if let Some(prev) = self.out.get(idx) {
                speaker = prev.speaker;
                who = self.who.get(idx).copied().unwrap_or(NO_PERSON);
                if same_para && e.kind == QuoteKind::Direct {
                    // The next part of a quotation whose attribution stands between
                    // its parts (`"A," he said. "B."`): stated, not inferred.
                    prev_cue = prev.cue;
                } else {
                    inferred = speaker.is_some();
                }
            }
        }
        let cue = e
            .cue
            .or(e.given.and_then(|g| g.1))
            .map(|c| Fragment::new(text, c))
            .or(prev_cue);
        let q = Quote {
            span: e.span,
            text: e.content.as_str(text),
            content: e.content,
            kind: e.kind,
            speaker,
            cue,
            inferred,
            part,
        };
        self.out.push(q);
        self.who.push(who);
        if e.runs_on {
            self.block_quote = Some(self.out.len() - 1);
        }
        if speaker.is_some() {
            self.last_voice = Some((self.out.len() - 1, para));
        }
        // A reported quote with its speaker hands over too: `Gen. Ashby said the Army
        // was in trouble.⏎⏎"We are not meeting our numbers."` is his.
        if e.kind == QuoteKind::Direct || speaker.is_some() {
            self.last_direct = Some((
                self.out.len() - 1,
                e.tail_end,
                para,
                e.kind == QuoteKind::Direct,
            ));
        } else {
            self.last_direct = None;
        }
    }

    /// `A senior official at the Pentagon said`, `A lawmaker from Ohio said`: an unnamed
    /// person with a modifier after the role word is, like `a spokesman said`, who a
    /// later `he` or `she` means, not a person named earlier or in the modifier.
    fn unnamed_with_modifier(&mut self, toks: &[Tok], (a, b): (usize, usize)) {
        let text = self.text;
        let first = word(text, &at(toks, a));
        if b < a + 3
            || !["a", "an", "another", "one", "his", "her", "their", "its"]
                .iter()
                .any(|d| first.eq_ignore_ascii_case(d))
        {
            return;
        }
        // The role word is the last before the first preposition, within a few words.
        let Some(p) = (a + 2..b.min(a + 6)).find(|&p| {
            matches!(
                at(toks, p).text,
                "at" | "in" | "from" | "with" | "for" | "of" | "on" | "inside" | "near"
            )
        }) else {
            return;
        };
        let role = at(toks, p - 1);
        let rw = word(text, &role);
        if role.is_word() && !role.is_cap() && cues::is_person_role(rw) {
            self.names.spoke_unnamed(cues::title_gender(rw));
        }
    }

    /// Whether the filler word `k` (`May`, `Long`, `Will`) is a surname instead: it is
    /// capitalised, outside a title-case headline, after a capitalised word (`Theresa May
    /// said`, `Sen. Long said`) or, opening the clause, as a surname the article gave
    /// (`May added`).
    fn surname_filler(&self, toks: &[Tok], k: usize, lo: usize) -> bool {
        let t = at(toks, k);
        t.is_cap()
            && self.headline != Some(true)
            && if k > lo && at(toks, k - 1).is_word() {
                at(toks, k - 1).is_cap()
            } else {
                self.names.is_surname(word(self.text, &t))
            }
    }

    /// `His sister said`: the one relative of that kind the article named (`her
    /// sister, Ann Lee,`).
    fn kin_speaker(&self, toks: &[Tok], a: usize, b: usize) -> Option<u32> {
        let text = self.text;
        let det = word(text, toks.get(a).filter(|_| b == a + 2)?);
        if !["his", "her", "their"]
            .iter()
            .any(|d| det.eq_ignore_ascii_case(d))
        {
            return None;
        }
        self.names.by_kin(word(text, &at(toks, a + 1)))
    }

    /// `The memo states that`, `The report notes that`: a cue noun's `-s` form after a
    /// determiner and a singular common noun (and perhaps a phrase a preposition opens),
    /// with `that` after it, is the verb.
    fn document_subject(&self, toks: &[Tok], sp: (usize, usize), j: usize) -> bool {
        let text = self.text;
        // `A document on the campaign's website states that`: the noun may take a
        // phrase that a preposition opens.
        let tail = || {
            toks.get(sp.0 + 2).is_some_and(|p| {
                matches!(word(text, p), "on" | "in" | "of" | "from" | "by" | "for")
            })
        };
        (sp.1 == sp.0 + 2 || sp.1 <= sp.0 + 8 && tail())
            && toks.get(j).is_some_and(|t| word(text, t) == "that")
            && toks.get(sp.0).is_some_and(|d| {
                [
                    "the", "a", "an", "this", "that", "its", "his", "her", "their",
                ]
                .iter()
                .any(|x| word(text, d).eq_ignore_ascii_case(x))
            })
            && toks.get(sp.0 + 1).is_some_and(|h| {
                let w = word(text, h);
                h.is_word() && !h.is_cap() && !w.ends_with('s') && w.len() > 2
            })
    }

    /// `another Republican, businesswoman Kayla Strand,`: a capitalised role after a
    /// determiner, named by the appositive after it.
    fn role_appositive(&mut self, toks: &[Tok], a: usize, b: usize) -> Option<u32> {
        let text = self.text;
        if !(toks.get(b).is_some_and(|t| t.is_punct(','))
            && b > a + 1
            && at(toks, b - 1).is_cap()
            && cues::is_determiner(word(text, &at(toks, a))))
        {
            return None;
        }
        let c = self.appositive_name(toks, b + 1)?;
        let mut e = c;
        while e < toks.len() && e < c + 5 && at(toks, e).is_cap() {
            e += 1;
        }
        let mut parts = name_parts(text, toks, b + 1, e)?;
        if parts.role.is_none() {
            parts.role = canonical_role(word(text, &at(toks, b - 1)));
        }
        (parts.words >= 2).then(|| self.names.mention(text, &parts, true))
    }

    /// `As Ms. Reyes put it in a statement to reporters, the plan is dead`: after a
    /// clause that `As` opens at the sentence start, the words follow its comma, past a
    /// few words of where or to whom (no verb among them).
    fn as_clause_end(&self, toks: &[Tok], a: &Attr, k: usize) -> Option<usize> {
        let text = self.text;
        let sp = a.speaker?;
        if a.inverted || sp.0 == 0 || !toks.get(k).is_some_and(Tok::is_word) {
            return None;
        }
        let opener = at(toks, sp.0 - 1);
        if !opener.is_word() || word(text, &opener) != "As" || !starts_sentence(toks, sp.0 - 1) {
            return None;
        }
        let stop = (k + 8).min(toks.len());
        let c = (k + 1..stop).find(|&m| !at(toks, m).is_word())?;
        (at(toks, c).is_punct(',')
            && matches!(
                word(text, &at(toks, k)),
                "to" | "in" | "on" | "at" | "during" | "with" | "for"
            )
            && (k..c).all(|m| !cues::is_clause_verb(word(text, &at(toks, m)))))
        .then_some(c)
    }

    /// The name parts of a lone sentence word the article gave as a surname (`May
    /// added`, after `Theresa May`), which [`name_parts_known`] turns away.
    fn word_surname_parts(&self, toks: &[Tok], s: usize, b: usize) -> Option<NameParts> {
        let t = toks.get(s).filter(|t| b == s + 1 && t.is_cap())?;
        self.names
            .is_surname(word(self.text, t))
            .then(|| NameParts {
                name: t.span(),
                words: 1,
                first: t.span(),
                last: t.span(),
                suffix: false,
                role: None,
                party: None,
                gender: None,
                kin: false,
                body: false,
            })
    }

    /// Whether `w`, a capitalised word, is a cue verb as a headline writes it (`Says`,
    /// `Warns`, `Said`, `Told`).
    #[inline(never)]
    fn headline_verb(&self, w: &str) -> bool {
        let b = w.as_bytes();
        if b.len() < 4 || b.len() > 12 || !(b.last() == Some(&b's') || matches!(w, "Said" | "Told"))
        {
            return false;
        }
        let mut buf = [0u8; 12];
        let lower = cues::lower_into(w, &mut buf);
        self.lex
            .lookup(lower)
            .is_some_and(|(single, _)| single.is_some())
    }

    /// The attribution of the capitalised word `i` of a title-case headline, if it is a
    /// cue verb (`Obama Says …`, `…, Former Doctor Says`).
    #[inline(never)]
    fn headline_attr(
        &self,
        toks: &[Tok],
        i: usize,
        last_stop: usize,
        previous: Option<&Attr>,
    ) -> Option<Attr> {
        let w = word(self.text, &at(toks, i));
        if !self.headline_verb(w) {
            return None;
        }
        let mut buf = [0u8; 12];
        let class = self.lex.lookup(cues::lower_into(w, &mut buf))?.0?;
        self.speaker_for(toks, i, i + 1, last_stop, class, previous)
    }

    /// Whether a word of the title-case headline `start..end` is a capitalised cue verb
    /// (`Says`, `Warns`, `Vows`) after its first word.
    fn headline_cue(&self, start: usize, end: usize) -> bool {
        let text = self.text;
        let b = text.as_bytes().get(..end).unwrap_or(&[]);
        // Only a capital after a space can open one, and only a word ending in `s` or
        // `Said`/`Told` is asked the table.
        let mut i = start;
        while let Some(p) = memchr::memchr(b' ', b.get(i..).unwrap_or(&[])) {
            let w0 = i + p + 1;
            i = w0;
            if !b.get(w0).is_some_and(u8::is_ascii_uppercase) {
                continue;
            }
            let len = b
                .get(w0..)
                .unwrap_or(&[])
                .iter()
                .position(|c| !c.is_ascii_alphabetic())
                .unwrap_or(b.len() - w0);
            let last = b.get(w0 + len.saturating_sub(1)).copied();
            if (last == Some(b's') || last == Some(b'd')) && len >= 4 {
                if let Some(w) = text.get(w0..w0 + len) {
                    if self.headline_verb(w) {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// Registers the names before the speaker `sp` of `e`. A report fronted before a
    /// pronoun speaker (`Trump, he said, has a ceiling`) names the one spoken about, not
    /// the one who speaks: its names are no subjects the pronoun could mean.
    fn register_before(&mut self, toks: &[Tok], e: &Emit, sp: (usize, usize)) {
        let s = at(toks, sp.0);
        self.fronted = sp.1 == sp.0 + 1
            && e.content.start() < s.start
            && s.start < e.content.end()
            && cues::is_pronoun(word(self.text, &s));
        self.register_names(toks, sp.0);
        self.fronted = false;
    }

    /// Registers the names in `toks.get(self.registered..upto).unwrap_or(&[])` outside quotations, so that
    /// a later surname, role or pronoun can find them.
    fn register_names(&mut self, toks: &[Tok], upto: usize) {
        let text = self.text;
        let upto = upto.min(toks.len());
        let mut i = self.registered;
        while i < upto {
            // Straight to the next capitalised word.
            let Some(skip) = toks
                .get(i..upto)
                .and_then(|r| r.iter().position(Tok::is_cap))
            else {
                break;
            };
            i += skip;
            let a = i;
            let mut b = i;
            while b < upto {
                let t = &at(toks, b);
                let connector = || {
                    let w = word(text, t);
                    b > a
                        && w.len() <= 3
                        && toks.get(b + 1).is_some_and(Tok::is_cap)
                        && cues::is_name_connector(w)
                        && !joins_two_names(toks, a, b)
                };
                // A capitalised cue verb in a headline (`Former Doctor Says`) ends the
                // run: it is no part of a name. The cue words' bit filter folds ASCII case
                // as the lowered lookup does: most capitals are turned away unlowered.
                let verb =
                    || self.lex.words.may_contain(t.text.as_bytes()) && self.headline_verb(t.text);
                // `Fatima al-Mahdi`: a surname after an Arabic particle.
                let particle = || b > a && particle_surname(t.text).is_some();
                if t.is_cap() && !verb() || connector() || particle() {
                    b += 1;
                } else {
                    break;
                }
            }
            i = b.max(a + 1);
            if b - a >= 2 {
                self.register_run(toks, a, b);
            }
        }
        self.registered = self.registered.max(upto);
    }

    /// Registers the name in the run of capitalised words `toks[a..b]` (two or more),
    /// if there is one. Out of line: the walk over every token keeps its registers.
    #[inline(never)]
    fn register_run(&mut self, toks: &[Tok], a: usize, b: usize) {
        let text = self.text;
        // Leading sentence words that are not part of the name; the first word
        // kept is looked up once for this and for the name.
        let mut s = a;
        let mut known = None;
        while s < b {
            let f = cues::facts(word(text, &at(toks, s)));
            if !f.stop_capital_only() {
                known = Some((s, f));
                break;
            }
            s += 1;
        }
        if b - s < 2 {
            return;
        }
        let b = self.name_before_of(toks, s, b);
        // In a title-case headline every word is capitalised, so a run of capitals is
        // a name only with a known first name in it, or before a capitalised cue verb
        // (`Mayor Ana Ruiz Calls …`): `Senator Presses Regulators on Fees` names nobody
        // whom a later `the senator` could mean.
        if self.in_headline() {
            let verb_next = toks
                .get(b)
                .is_some_and(|t| t.is_cap() && self.headline_verb(t.text));
            if !verb_next && !has_first_name(text, toks.get(s..b).unwrap_or(&[])) {
                return;
            }
            if let Some(k) = known.and_then(|(_, f)| headline_name_start(text, toks, s, b, f)) {
                (s, known) = (k, None);
            }
        }
        let Some(mut parts) = name_parts_known(text, toks, s, b, known) else {
            return;
        };
        if parts.words < 2 && parts.role.is_none() && parts.gender.is_none() {
            return;
        }
        // `her husband, Luis Ruiz`: a relative, of the gender the word gives.
        if let Some(g) = s
            .checked_sub(2)
            .filter(|_| at(toks, s - 1).is_punct(','))
            .and_then(|k| kin_word(word(text, &at(toks, k))))
        {
            parts.kin = true;
            parts.gender = parts.gender.or(g);
            parts.role = parts.role.or(kin_key(word(text, &at(toks, s - 2))));
        }
        // `The spokeswoman, Jane Doe, said`, `Trump's running mate, Mike Pence,`: the
        // role the appositive's name fills, when a determiner or a possessive opens the
        // phrase and a comma closes the name.
        if parts.role.is_none()
            && s >= 3
            && at(toks, s - 1).is_punct(',')
            && toks.get(b).is_some_and(|t| t.is_punct(','))
        {
            let opens = |k: usize| {
                let w = word(text, &at(toks, k));
                cues::is_determiner(w) || possessive(w)
            };
            let modified = s >= 4 && at(toks, s - 3).is_word() && !at(toks, s - 3).is_cap();
            if opens(s - 3) || modified && opens(s - 4) {
                let role = at(toks, s - 2);
                parts.role = canonical_role(word(text, &role)).or_else(|| first_lady(text, role));
            }
        }
        if s > 0 && parts.role.is_none() && !at(toks, s - 1).is_cap() {
            let f = cues::facts(word(text, &at(toks, s - 1)));
            parts.role = f
                .canonical_role()
                .or_else(|| first_lady(text, at(toks, s - 1)));
            parts.gender = parts.gender.or(f.title_gender());
            // `Republican nominee Donald Trump`: the party before the role.
            if parts.role.is_some() && s >= 2 {
                let p = if s >= 3 && at(toks, s - 2).text == "presidential" {
                    s - 3
                } else {
                    s - 2
                };
                parts.party = parts.party.or_else(|| party_of(at(toks, p).text));
            }
        }
        // After a sentence's stop, a colon or a quotation; `opens` takes a comma too.
        let after_stop = |k: usize| {
            k > 0
                && (at(toks, k - 1).quote().is_some()
                    || matches!(
                        at(toks, k - 1).kind,
                        TokKind::Punct('.' | '!' | '?' | ';' | ':')
                    ))
        };
        // The tokens may be a window around a name (see `scan_names`): its first
        // token opens a clause only when nothing but marks stands before it in the unit.
        let unit_start = || {
            let first = toks.first().map_or(self.unit.0, |t| t.start);
            text.get(self.unit.0..first)
                .is_some_and(|g| !g.bytes().any(|c| c.is_ascii_alphanumeric()))
        };
        let opens = |k: usize| {
            k == 0 && unit_start() || k > 0 && at(toks, k - 1).is_punct(',') || after_stop(k)
        };
        // `Republican nominee Donald Trump has called …`: a role before the name that
        // opens the sentence leaves the name its subject (an appositive after a comma,
        // `his wife, Democratic nominee Hillary Clinton,`, does not).
        let role_before = || {
            // A window's first name has no word before it here.
            if s == 0 {
                return false;
            }
            let f = cues::facts(word(text, &at(toks, s - 1)));
            if !(f.role_noun() || f.title()) {
                return false;
            }
            let mut k = s - 1;
            while k > 0 && k + 4 > s && at(toks, k - 1).is_word() {
                k -= 1;
            }
            // The tokens may be a window around the name, whose start is the unit's
            // only if the words before it (a few, without punctuation) are.
            k == 0 && {
                let lead = text.get(self.unit.0..at(toks, 0).start).unwrap_or(".");
                lead.split_whitespace().count() + (s - k) <= 4
                    && lead
                        .bytes()
                        .all(|c| c.is_ascii_alphanumeric() || c == b' ' || c == b'-')
            } || after_stop(k)
                || self.role_appositive_to_opening(toks, s)
                || k > 0 && at(toks, k - 1).is_punct(',') && self.opening_phrase(at(toks, k - 1))
        };
        // After a comma the name opens a clause only after an opening phrase (`In a
        // statement, Ana Ruiz …`), not as the next item of a list (`New York, Los
        // Angeles and Philadelphia`) or an appositive deep in a clause (`… the voice of
        // his client, Peabody Energy,`): neither is a subject a later `he` looks for.
        let comma_only = s > 0 && at(toks, s - 1).is_punct(',') && !after_stop(s - 1);
        let subject = !self.fronted
            && if comma_only {
                !self.list_item(toks, s, b) && !self.deep_in_clause(at(toks, s - 1).start)
            } else {
                opens(s) || role_before()
            };
        let id = self.mention_run(&parts, subject);
        self.appositive_role(toks, b, id);
        // `Kentucky Sen. Rand Paul`: the state before the title.
        if parts.name.start() > at(toks, s).start {
            let second = toks.get(s + 1).map(|t| t.text);
            if let Some((state, _)) = states::state_name(at(toks, s).text, second) {
                self.names.add_role(state, id);
            }
        }
    }

    /// Registers the name of a run: a mention, or a birth name (`Phyllis McAlpin
    /// Stewart was born …`, see [`Names::birth_name`]), read on the bytes after the name:
    /// the tokens may be a window that ends with the run.
    #[inline]
    fn mention_run(&mut self, parts: &NameParts, subject: bool) -> u32 {
        let text = self.text;
        let e = parts.name.end();
        let born = text.as_bytes().get(e + 1) == Some(&b'w')
            && text.get(e..).is_some_and(|r| r.starts_with(" was born "));
        born.then(|| self.names.birth_name(text, parts, subject))
            .flatten()
            .unwrap_or_else(|| self.names.mention(text, parts, subject))
    }

    /// `Lester Holt of NBC News`, `Ana Ruiz of Bank of America`: where the name in the
    /// run `s..b` ends, before an `of` or `for` after two name words (as
    /// [`Run::resolve`] reads a speaker); `b` if there is none. A single word before it
    /// is a title's or a body's (`Secretary of State`, `Bank of America`), and so is a
    /// body's head word (`Chamber of Commerce`).
    fn name_before_of(&self, toks: &[Tok], s: usize, b: usize) -> usize {
        let text = self.text;
        (s + 2..b.saturating_sub(1))
            .find(|&o| {
                matches!(at(toks, o).text, "of" | "for")
                    && name_word(text, &at(toks, o - 1))
                    && name_word(text, &at(toks, o - 2))
                    && !cues::is_body_head(word(text, &at(toks, o - 1)))
            })
            .unwrap_or(b)
    }

    /// Whether the unit being read is a title-case headline, asked once per unit.
    /// Whether the name at `s`, after a role and up to five words before it, is the
    /// appositive of a short phrase that opens its unit: `The moderator, Lakewood
    /// Chamber of Commerce president Gloria Ames, asked …` (the name is the subject a
    /// later `she` looks for).
    fn role_appositive_to_opening(&self, toks: &[Tok], s: usize) -> bool {
        let mut j = s.saturating_sub(1);
        while j > 0 && j + 6 > s && at(toks, j - 1).is_word() {
            j -= 1;
        }
        let Some(comma) = j
            .checked_sub(1)
            .map(|c| at(toks, c))
            .filter(|c| c.is_punct(','))
        else {
            return false;
        };
        let lead = self.text.get(self.unit.0..comma.start).unwrap_or("");
        let mut words = lead.split_ascii_whitespace();
        let opens = words.next().is_some_and(|w| {
            ["the", "a", "an", "its", "his", "her", "their"]
                .iter()
                .any(|d| d.eq_ignore_ascii_case(w))
        });
        opens && words.nth(2).is_none()
    }

    /// Whether the comma `comma` closes a short phrase of time or place that opens its
    /// unit (`On Sunday, WikiLeaks founder Julian Assange promised …`, `As of Sunday
    /// night,`): a role and a name after it are the sentence's subject.
    #[cold]
    fn opening_phrase(&self, comma: Tok) -> bool {
        let lead = self.text.get(self.unit.0..comma.start).unwrap_or("");
        let mut words = lead.split_ascii_whitespace();
        // (`Ely,` is a place, not an adverb.)
        let opens = words.next().is_some_and(|w| {
            if w.ends_with("ly") {
                w.len() > 3
            } else {
                fronting_word(w) || matches!(w, "As" | "By" | "Late" | "Until")
            }
        });
        opens && words.nth(4).is_none()
    }

    /// Whether the run of capitals at `s..b`, after a comma, is the next item of a list
    /// of names (`New York, Los Angeles and Philadelphia`): a capitalised word other
    /// than a date before the comma, and `and`, `or` or another comma and name after it
    /// (not a verb: `…Policy, Renata Solis-Burke, briefed`).
    fn list_item(&self, toks: &[Tok], s: usize, b: usize) -> bool {
        let text = self.text;
        s >= 2 && at(toks, s - 2).is_cap() && !is_time_word(word(text, &at(toks, s - 2))) && {
            // Read on the bytes: the tokens may be a window that ends with the run.
            let after = text.get(at(toks, b - 1).end()..).unwrap_or("");
            let next_cap = |r: &str| r.bytes().next().is_some_and(|c| c.is_ascii_uppercase());
            after.starts_with(" and ")
                || after.starts_with(" or ")
                || after.strip_prefix(", ").is_some_and(next_cap)
        }
    }

    /// Whether the comma at byte `comma` has more than six lowercase words before it in
    /// its unit, past where an opening phrase ends (`In a statement,`, `After the debate
    /// on Monday,`): a name after it is an appositive or an object's, no subject. (A
    /// long title is capitalised: `The Deputy Secretary of Homeland Security for Border
    /// and Immigration Policy, Renata Solis-Burke, briefed`.)
    fn deep_in_clause(&self, comma: usize) -> bool {
        let lead = self.text.get(self.unit.0..comma).unwrap_or("");
        lead.split_ascii_whitespace()
            .filter(|w| w.as_bytes().first().is_some_and(u8::is_ascii_lowercase))
            .nth(6)
            .is_some()
    }

    fn in_headline(&mut self) -> bool {
        let (start, end) = self.unit;
        let text = self.text;
        // The article's first paragraph (its headline, perhaps with a full stop) or a
        // unit that ends in a word, as a heading does: one test turns nearly every unit
        // away before its words are read.
        let first_para = self.unit_para == 0;
        *self.headline.get_or_insert_with(|| {
            let s = text.get(start..end).unwrap_or("").trim_end();
            let open_end = s
                .as_bytes()
                .last()
                .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'?' || b == b'!');
            (first_para || open_end) && title_case(s)
        })
    }

    /// Reads a sentence without quotations on its bytes: returns `true` as soon as a
    /// word may be a cue (the caller then reads it closely), and otherwise registers
    /// the names in it, tokenizing only a window around each run of two or more
    /// capitalised words.
    // Out of line: inlined into `units`, its byte loop shares registers with the unit
    // loop and spills more (fewer instructions on both corpora measured so).
    #[inline(never)]
    fn scan_names(&mut self, start: usize, end: usize) -> bool {
        let text = self.text;
        let b = text.as_bytes();
        let end = end.min(b.len());
        let class = |c: u8| SCAN_CLASS.get(usize::from(c)).copied().unwrap_or(SCAN_STOP);
        // Runs of two or more capitalised words: (window start, run end).
        let mut runs = [(0usize, 0usize); 8];
        let mut nruns = 0;
        // The run being read: its window start, end and words (none while 0).
        let (mut run_ws, mut run_end, mut run_words) = (0usize, 0usize, 0u32);
        let mut flush = |ws: usize, re: usize, words: &mut u32| {
            if *words >= 2 {
                if let Some(slot) = runs.get_mut(nruns) {
                    *slot = (ws, re);
                    nruns += 1;
                }
            }
            *words = 0;
        };
        // A multi-byte space (no-break space, thin space) separates words too.
        let wide_space = |i: usize| wide_space_at(text, i);
        let bb = b.get(..end).unwrap_or(&[]);
        let min_len = self.lex.min_len.max(3);
        let quads: &[u64; 512] = &self.lex.quads;
        let mut i = start;
        let mut prev_word = start;
        while let Some(&c) = bb.get(i) {
            let k = class(c);
            // Nearly every byte asked here starts a word: the other classes behind one
            // test.
            if k.wrapping_sub(SCAN_UPPER) >= SCAN_CONT - SCAN_UPPER {
                if k == SCAN_SPACE {
                    i += 1;
                    continue;
                } else if k == SCAN_STOP {
                    if run_words > 0 {
                        flush(run_ws, run_end, &mut run_words);
                    }
                    i += 1;
                    continue;
                } else if wide_space(i) {
                    i += utf8_len(c);
                    continue;
                }
            }
            let w0 = i;
            i += 1;
            loop {
                // Eight bytes at a time while they are ASCII letters, found branch-free
                // (no exit that depends on the word's length); the first other byte is
                // asked its class: a digit, `'`, `.`, `-` or a continuation byte goes on,
                // a lead byte only if its character is no space.
                while let Some(x) = load8(bb, i) {
                    let other = !ascii_letters(x) & SWAR_HIGH;
                    i += (other.trailing_zeros() / 8) as usize;
                    if other != 0 {
                        break;
                    }
                }
                // Most words end at a space.
                if bb.get(i) == Some(&b' ') {
                    break;
                }
                while bb.get(i).is_some_and(|&c| class(c) >= SCAN_UPPER) {
                    i += 1;
                }
                match bb.get(i) {
                    Some(&c) if class(c) == SCAN_LEAD && !wide_space(i) => i += 1,
                    _ => break,
                }
            }
            if k == SCAN_UPPER {
                if run_words == 0 {
                    run_ws = prev_word;
                }
                run_end = i;
                run_words += 1;
            } else if run_words > 0 {
                // `Mayor Bill de Blasio`: a surname's particle between capitals goes on
                // with the run (`register_names` then reads it as it reads any run). A
                // place or employer after `of` or `for` does not.
                let connector = i - w0 <= 3
                    && bb.get(i) == Some(&b' ')
                    && bb.get(i + 1).is_some_and(u8::is_ascii_uppercase)
                    && bb.get(w0..i).is_some_and(|w| {
                        matches!(
                            w,
                            b"de"
                                | b"da"
                                | b"di"
                                | b"du"
                                | b"del"
                                | b"van"
                                | b"von"
                                | b"der"
                                | b"den"
                                | b"la"
                                | b"le"
                                | b"dos"
                                | b"das"
                                | b"bin"
                                | b"ibn"
                        )
                    });
                if !connector {
                    flush(run_ws, run_end, &mut run_words);
                }
            }
            // A cue starts with a small letter (a custom one perhaps with a letter past
            // ASCII, `éclaire`), or opens the sentence, and its first four bytes have
            // their bit, which turns most words away before the table. A word of one or
            // two bytes has a space or mark among them, which no cue's bytes hold: it
            // passes only on a shared bit, and `cue_word` asks its length first.
            if (k == SCAN_LOWER || k == SCAN_LEAD || w0 == start)
                && has_quad(quads, bb, w0)
                && self.cue_word(w0, i, end, min_len)
            {
                return true;
            }
            prev_word = w0;
            // Most words end at a space: step over it here (an add, not a branch).
            i += usize::from(bb.get(i) == Some(&b' '));
        }
        flush(run_ws, run_end, &mut run_words);
        for &(ws, re) in runs.iter().take(nruns) {
            // The window: the word before the run (a role), the run, and an appositive.
            let ws = role_appositive_start(b, start, ws);
            let mut win_end = re;
            if b.get(re) == Some(&b',') {
                win_end = (re + 60).min(end);
                while !text.is_char_boundary(win_end) {
                    win_end -= 1;
                }
                // Past the comma only an appositive opened by a determiner (`, a
                // doctor,`) is read: otherwise the comma ends the window.
                if win_end > re + 1 && !determiner_opens(text, re + 1, win_end) {
                    win_end = re + 1;
                }
            }
            win_end = tag_window(b, re, end).map_or(win_end, |e| e.max(win_end));
            let mut toks = core::mem::take(&mut self.toks);
            toks.clear();
            tokenize(text, ws, win_end, &mut toks);
            let upto = toks
                .iter()
                .position(|t| t.start >= re)
                .unwrap_or(toks.len());
            self.registered = 0;
            self.register_names(&toks, upto);
            self.toks = toks;
        }
        false
    }

    /// Whether the word at `w0..i` of a sentence without quotations (ending at `end`),
    /// whose first four bytes have their bit in [`Lexicon::quads`], may be a cue: the
    /// table is asked straight away (its bit filter would only repeat what the four
    /// bytes turned away). Out of line: few words get here, and the table lookups would
    /// otherwise crowd the registers of [`Run::scan_names`]'s loop.
    #[inline(never)]
    fn cue_word(&self, w0: usize, i: usize, end: usize, min_len: usize) -> bool {
        let text = self.text;
        let w = text.as_bytes().get(w0..i).unwrap_or(&[]);
        let w = w.strip_suffix(b".").unwrap_or(w);
        w.len() >= min_len
            && text
                .get(w0..w0 + w.len())
                .is_some_and(|s| self.may_cue(s, w0 + s.len(), end))
    }

    /// Whether `w`, a word of a sentence without quotations that ends at byte `after`,
    /// can be a cue there. What [`Run::speaker_for`] asks of the words that follow a cue
    /// is checked on the bytes: the first word of a phrase only with the phrase's next
    /// word after it, a noun-like form (`note`, `report`, `state`) only before a comma,
    /// `that` or a subject pronoun.
    fn may_cue(&self, w: &str, after: usize, end: usize) -> bool {
        // The caller has asked a prefix filter: straight to the table.
        let Some((single, phrase)) = self.lex.words.get(w.as_bytes()) else {
            return false;
        };
        // Most cues (`said`, `told`) start no phrase and are neither noun nor label:
        // nothing after them needs reading.
        if !phrase && single.is_some_and(|c| !matches!(c, CueClass::Noun | CueClass::Label)) {
            return true;
        }
        let next = self.text.get(after..end).unwrap_or("").trim_start();
        let next_word = next.get(..word_len(next)).unwrap_or("");
        if phrase {
            let list = WordKey::new(w.as_bytes()).and_then(|k| self.lex.phrases.get(&k));
            let starts = list.is_some_and(|l| {
                l.iter().any(|(rest, _)| {
                    rest.first()
                        .is_some_and(|r| r.eq_ignore_ascii_case(next_word))
                })
            });
            if starts {
                return true;
            }
        }
        match single {
            // A label reports speech only with a quotation in its object.
            None | Some(CueClass::Label) => false,
            Some(CueClass::Noun) => {
                let continues = w.len() > 6
                    && w.as_bytes()
                        .get(..6)
                        .is_some_and(|p| p.eq_ignore_ascii_case(b"contin"));
                let inflected = w.ends_with("ed") || w.ends_with("ing") || w.ends_with("wrote");
                continues
                    || inflected
                    || matches!(w, "said" | "says")
                    || next.starts_with([',', ':'])
                    || matches!(
                        next_word,
                        "that" | "he" | "she" | "they" | "we" | "I" | "it"
                    )
            }
            Some(_) => true,
        }
    }

    /// An appositive after a name gives the person a role: "Hugh Hill, a doctor,".
    /// An age before it is the person's too: "Tom Hale, 62, a retired teacher,".
    fn appositive_role(&mut self, toks: &[Tok], b: usize, id: u32) {
        let text = self.text;
        self.state_tag(toks, b, id);
        let b = match age_appositive(text, toks, b) {
            Some((age, next)) => {
                self.names.add_age(age, id);
                next
            }
            None => b,
        };
        if !toks.get(b).is_some_and(|t| t.is_punct(',')) {
            return;
        }
        // `, a doctor,`, `, a spokesman for the mayor,`, or a role without a determiner
        // (`, chairwoman of the committee,`): the role is the word before the phrase
        // that places it.
        let Some(first) = toks.get(b + 1).filter(|t| t.is_word()) else {
            return;
        };
        let det = cues::is_determiner(word(text, first));
        if !det && canonical_role(word(text, first)).is_none() {
            return;
        }
        let stop = (b + 8).min(toks.len());
        let mut k = b + 1;
        while k < stop
            && at(toks, k).is_word()
            && !matches!(
                word(text, &at(toks, k)),
                "of" | "at" | "for" | "who" | "in" | "with" | "from" | "to" | "on"
            )
        {
            k += 1;
        }
        if k > b + 1 + usize::from(det) {
            if let Some(r) = canonical_role(word(text, &at(toks, k - 1))) {
                self.names.add_role(r, id);
                // `Donald Trump, the Republican nominee,`: and the party.
                let party = toks
                    .get(b + 1..k - 1)
                    .and_then(|ws| ws.iter().find_map(|t| party_of(t.text)));
                if let Some(pa) = party {
                    self.names.add_role(pa, id);
                }
            }
            // A `-woman` word states the gender over a first name's (`Andy McGuire, the
            // chairwoman`); a `chairman` or a `spokesman` may be a woman.
            match cues::title_gender(word(text, &at(toks, k - 1))) {
                Some(false) => self.names.state_gender(id, false),
                Some(true) => self.names.set_gender(id, true),
                None => {}
            }
        }
    }

    /// `Sen. Mitch McConnell (R-Ky.)`, `Rep. Al Green, D-Texas,`, `Senator John McCain of
    /// Arizona`: the party and state after a name, which a later `the Kentucky
    /// Republican` picks the person by.
    fn state_tag(&mut self, toks: &[Tok], b: usize, id: u32) {
        let text = self.text;
        let Some(t) = toks.get(b) else {
            return;
        };
        let next = |k: usize| toks.get(k).filter(|t| t.is_cap()).map(|t| t.text);
        if t.is_punct('(') || t.is_punct(',') {
            if let Some((party, state)) = next(b + 1).and_then(states::party_tag) {
                self.names.add_role(state, id);
                if let Some(pa) = party {
                    self.names.add_role(pa, id);
                }
            }
        } else if word(text, t) == "of" {
            if let Some((state, _)) = next(b + 1).and_then(|w| states::state_name(w, next(b + 2))) {
                self.names.add_role(state, id);
            }
        }
    }

    /// `the Kentucky Republican`, `the Vermont senator`: a state before a party or a role
    /// picks among the people the article tied to that state. `Some` when the phrase is
    /// one (its person, if found).
    fn state_epithet(&mut self, toks: &[Tok], (a, b): (usize, usize)) -> Option<Option<u32>> {
        let text = self.text;
        if b < a + 3 || b > a + 4 || !word(text, &at(toks, a)).eq_ignore_ascii_case("the") {
            return None;
        }
        let second = toks.get(a + 2).filter(|t| t.is_cap()).map(|t| t.text);
        let (state, n) = states::state_name(toks.get(a + 1)?.text, second)?;
        if a + 2 + n != b {
            return None;
        }
        let hw = word(text, &at(toks, b - 1));
        let key = party_of(hw).or_else(|| canonical_role(hw))?;
        Some(self.names.by_state(state, key))
    }

    /// Where the capitalised name of an appositive that starts at token `k` starts: at
    /// `k`, or after a few lowercase words that end in `the` or a role (`public
    /// defender Raymond Tuck`, `the Rev. Alton Pierce`), not after others (`speaking
    /// at City Hall`).
    fn appositive_name(&self, toks: &[Tok], k: usize) -> Option<usize> {
        let text = self.text;
        let c = (k..k + 4).find(|&i| !toks.get(i).is_some_and(|t| t.is_word() && !t.is_cap()))?;
        if !toks.get(c).is_some_and(Tok::is_cap) {
            return None;
        }
        if c > k {
            let w = word(text, &at(toks, c - 1));
            let f = cues::facts(w);
            let role = w == "the"
                || f.role_noun()
                || f.title()
                || f.canonical_role().is_some()
                || crate::speakers::occupation(w);
            if !role {
                return None;
            }
        }
        Some(c)
    }

    /// The person a speaker mention refers to, registering a name it introduces.
    fn resolve(&mut self, toks: &[Tok], sp: (usize, usize), speaking: bool) -> Option<u32> {
        let text = self.text;
        let (a, b) = sp;
        let head = toks.get(b.checked_sub(1)?)?;
        // `Both Mr. King and Mr. Schultz said`: two people, neither of whom is the
        // speaker alone (`name_parts` turns away a joint titled subject it reads whole;
        // this one opens with a word that is no part of it).
        if b >= a + 5
            && (a + 2..b - 2).any(|m| {
                joins_two_names(toks, a, m)
                    || at(toks, m - 1).is_punct(')') && at(toks, m).text == "and"
            })
        {
            return None;
        }
        let hw = word(text, head);
        // "He’s said": the pronoun under its contraction.
        let contracted = crate::speakers::contracted_pronoun(hw);
        let pronoun = contracted.is_some() || cues::is_pronoun(hw);
        let hw = contracted.unwrap_or(hw);
        // The facts of a lone capitalised head, once asked, for the name read from it.
        let mut head_facts = None;
        // Whether the head is a role noun or names a role: both with one lookup.
        let role_head = || {
            let f = cues::facts(hw);
            f.role_noun() || f.canonical_role().is_some()
        };
        // A title-case headline capitalises a role too (`…, Former White House Doctor
        // Says`): there, words in capitals name someone only with a known first name in
        // them (`Lindsey Graham Says`), as `register_run` has it, or as a lone surname.
        if let Some(id) = self.state_epithet(toks, sp) {
            return id.inspect(|&id| {
                if speaking {
                    self.names.spoke(id);
                }
            });
        }
        let id = if head.is_cap()
            && b > a + 1
            && self.headline == Some(true)
            && !has_first_name(text, toks.get(a..b).unwrap_or(&[]))
        {
            None
        } else if b == a + 1 && pronoun {
            if hw.eq_ignore_ascii_case("he") {
                self.names.pronoun(true)
            } else if hw.eq_ignore_ascii_case("she") {
                self.names.pronoun(false)
            } else {
                None
            }
        } else if head.is_cap()
            && b == a + 1
            && (a == 0 || matches!(at(toks, a - 1).kind, TokKind::Punct('.' | '!' | '?' | ':')))
            && (hw.ends_with("ing")
                && !toks
                    .get(b)
                    .is_some_and(|t| self.lex.lookup(word(text, t)).is_some())
                || self.lex.lookup(hw).is_some())
            && !self.names.is_surname(hw)
        {
            // "Preys on our fears and says": a verb or a participle that opens the
            // sentence is capitalised, not a name, unless the article gave it as a
            // surname (`Sen. Angus King …. King added`). Right before a cue an `-ing`
            // word is the subject's name (`Manning said`, `Boeing said`).
            None
        } else if head.is_cap()
            && b == a + 1
            && role_word(hw, head_facts.insert((b - 1, cues::facts(hw))).1)
        {
            // "Officials said", "Democrats say": a role or a party, capitalised at the
            // start of a sentence or as a party's name, is a group, not a person.
            None
        } else if let Some(id) = (b == a + 1).then(|| self.names.in_capitals(hw)).flatten() {
            // A transcript's `DELGADO:` is the Rosa Delgado the article named.
            Some(id)
        } else if let Some(id) = self.role_appositive(toks, a, b) {
            Some(id)
        } else if head.is_cap() || particle_surname(hw).is_some() {
            // "Rep. Elijah Cummings of Maryland", "Cameron Easley for Morning Consult":
            // a place or an employer after a full name is not part of it (a single word
            // before `of` or `for` is: "Secretary of State", "Center for Progress").
            let mut b = b;
            // `of` or `for` after two words at least, before the last one to four
            // (`Jane Roe of Mount Sinai Hospital`, `John Smith of Wells Fargo
            // Securities`), the nearest first: the nearest may be inside the employer's
            // name (`Ana Ruiz of Bank of America`). Past the last two words, only
            // before capitalised ones and their connectors.
            let window = (a + 2).max(b.saturating_sub(5))..b.saturating_sub(1);
            let of = toks
                .get(window.clone())
                .unwrap_or(&[])
                .iter()
                .zip(window)
                .rev()
                .filter(|(t, _)| matches!(t.text, "of" | "for"))
                .map(|(_, o)| o)
                .find(|&o| {
                    // `The U.S. Chamber of Commerce`: after a body's head word the place or
                    // field is the body's name.
                    name_word(text, &at(toks, o - 1))
                        && name_word(text, &at(toks, o - 2))
                        && !cues::is_body_head(word(text, &at(toks, o - 1)))
                        && (o + 3 >= b
                            || toks.get(o + 1..b).is_some_and(|r| {
                                r.iter()
                                    .all(|t| t.is_cap() || cues::is_name_connector(t.text))
                            }))
                });
            if let Some(o) = of {
                b = o;
            }
            // The capitalised run at the end of the phrase, with any titles.
            let mut s = b - 1;
            // The facts of the word before `s`, where the walk stopped, and of the
            // word at `s`, which the name is read from.
            let mut before = None;
            let mut first = None;
            while s > a {
                let t = &at(toks, s - 1);
                let f = cues::facts(word(text, t));
                // `in` of the title `Special Agent in Charge` too, and `the` after a
                // title's `of` (`Secretary of the Treasury Janet Yellen`).
                let in_charge = || t.text == "in" && at(toks, s).text == "Charge";
                // `the` or `a` after a body's `of` or `for` too (`the Committee for a
                // Responsible Federal Budget`, `the Institute for the Study of War`).
                let of_the = || {
                    matches!(t.text, "the" | "a")
                        && s >= a + 3
                        && matches!(at(toks, s - 2).text, "of" | "for")
                        && at(toks, s - 3).is_cap()
                        && {
                            let w = word(text, &at(toks, s - 3));
                            t.text == "the"
                                && at(toks, s - 2).text == "of"
                                && cues::facts(w).title()
                                || cues::is_body_head(w)
                        }
                };
                if t.is_cap() && !f.stop_capital()
                    || crate::speakers::middle_initial(toks, s - 1)
                    || f.title() && t.is_cap()
                    || (f.name_connector() || in_charge()) && s >= a + 2 && at(toks, s - 2).is_cap()
                    || of_the()
                    // `Ursula von der Leyen`, `Carmen López de la Vega`.
                    || f.name_connector()
                        && s >= a + 3
                        && cues::is_name_connector(at(toks, s - 2).text)
                        && at(toks, s - 3).is_cap()
                {
                    s -= 1;
                    first = Some((s, f));
                } else {
                    before = Some(f);
                    break;
                }
            }
            // "Experts on North Korea", "a spokesman for Ruiz", "an aide to Ruiz": a name
            // after a preposition is not the speaker's ("a letter from Ruiz" is).
            // "the senator from Texas": a place after a role or title.
            // A determiner may stand between: "a spokeswoman for the Department for
            // Transport".
            let p = if s >= a + 2 && word(text, &at(toks, s - 1)).eq_ignore_ascii_case("the") {
                s - 1
            } else {
                s
            };
            let from_place = p >= a + 2 && word(text, &at(toks, p - 1)) == "from" && {
                cues::facts(word(text, &at(toks, p - 2))).title()
            };
            // `Officials at the State Department and the Pentagon`: a name after `and`
            // in a preposition's object is that object's too.
            let mut p = p;
            if p > a + 2 && matches!(at(toks, p - 1).text, "and" | "or") {
                let floor = p.saturating_sub(8).max(a + 1);
                if let Some(m) = (floor..p - 1)
                    .rev()
                    .find(|&m| matches!(at(toks, m).text, "on" | "in" | "at" | "with"))
                {
                    p = m + 1;
                }
            }
            let object = from_place
                || p > a
                    && matches!(
                        word(text, &at(toks, p - 1)),
                        "on" | "in"
                            | "at"
                            | "for"
                            | "with"
                            | "about"
                            | "against"
                            | "to"
                            | "toward"
                            | "towards"
                            | "near"
                            | "across"
                            | "within"
                            | "inside"
                            | "outside"
                    )
                || kin_of(text, toks, a, p);
            if object {
                return None;
            }
            // `Neera Tanden of the Center for American Progress`: a body after `of the`
            // is where the named person works; the speaker is the person.
            if p >= a + 2
                && p < s
                && word(text, &at(toks, p - 1)) == "of"
                && at(toks, p - 2).is_cap()
                && !cues::facts(word(text, &at(toks, p - 2))).title()
            {
                return self.resolve(toks, (a, p - 1), speaking);
            }
            // `The Chancellor has insisted`, `A Conservative MP`: a title or role alone,
            // capitalised, is a role (the one person given it, after `the`), no name.
            // So is one after capitalised modifiers when a determiner opens the phrase
            // (`A Conservative MP`, `The Foreign Secretary`): no name ends in them.
            let det = word(text, &at(toks, a));
            let determined = a < s
                && ["a", "an", "the", "another", "one"]
                    .iter()
                    .any(|d| det.eq_ignore_ascii_case(d));
            if s + 1 == b || determined {
                let f = cues::facts(hw);
                // After modifiers, only a head that names a role (`MP`, `Secretary`), not
                // a word of a body's name (`The White House`, `the United States`).
                // After `a` or `an` a party is a role too (`An Iowa Republican`).
                let role = if s + 1 == b {
                    f.title() || f.role_noun()
                } else {
                    f.canonical_role().is_some()
                        || !det.eq_ignore_ascii_case("the") && role_word(hw, f)
                };
                if role && !self.names.is_surname(hw) {
                    return if a < s && det.eq_ignore_ascii_case("the") {
                        self.names.by_role(hw)
                    } else {
                        None
                    };
                }
            }
            // `The leader of Bristol City Council`: a body after a role and `of` is
            // where the unnamed speaker works.
            if p >= a + 2
                && word(text, &at(toks, p - 1)) == "of"
                && at(toks, p - 2).is_word()
                && !at(toks, p - 2).is_cap()
                && {
                    let f = cues::facts(word(text, &at(toks, p - 2)));
                    f.role_noun() || f.title()
                }
            {
                return None;
            }
            let parts = name_parts_known(text, toks, s, b, first.or(head_facts))
                .or_else(|| self.word_surname_parts(toks, s, b))?;
            let mut parts = parts;
            // `the younger Talbot`: of a father and a son, the one named `Jr.`.
            let generation = (parts.words == 1 && s > a)
                .then(|| match word(text, &at(toks, s - 1)) {
                    "younger" => Some(true),
                    "elder" => Some(false),
                    _ => None,
                })
                .flatten()
                .and_then(|younger| {
                    self.names
                        .generation(text, parts.last.as_str(text), younger)
                });
            if generation.is_some() {
                return generation.inspect(|&id| {
                    if speaking {
                        self.names.spoke(id);
                    }
                });
            }
            if parts.role.is_none() && s > a {
                let f = before.unwrap_or_else(|| cues::facts(word(text, &at(toks, s - 1))));
                parts.role = f.canonical_role();
                if parts.gender.is_none() {
                    parts.gender = f.title_gender();
                }
            }
            kin_appositive(text, toks, s, &mut parts);
            Some(self.names.mention(text, &parts, true))
        } else if let Some(c) = toks
            .get(b)
            .filter(|t| t.is_punct(','))
            .and_then(|_| self.appositive_name(toks, b + 1))
        {
            // "the French envoy, Claire Dubois": the appositive names the speaker.
            let mut e = c;
            while e < toks.len() && e < c + 5 && at(toks, e).is_cap() {
                e += 1;
            }
            // An appositive closes before a word goes on: in `According to exit polls,
            // Mitt Romney had a lead` the name is the reported clause's subject.
            if toks.get(e).is_some_and(Tok::is_word) && !place_closes(text, toks, e) {
                return None;
            }
            let mut parts = name_parts(text, toks, b + 1, e)?;
            if parts.role.is_none() {
                parts.role = canonical_role(hw);
            }
            (parts.words >= 2).then(|| self.names.mention(text, &parts, true))
        } else if let Some(age) = word(text, &at(toks, a))
            .eq_ignore_ascii_case("the")
            .then(|| toks.get(a + 1..b.min(a + 3)))
            .flatten()
            .and_then(|ws| ws.iter().find_map(|t| year_old(word(text, t))))
        {
            // "the 45-year-old said": the one person the article gave that age.
            self.names.by_age(age)
        } else if let Some(id) = (b == a + 2
            && word(text, &at(toks, a)).eq_ignore_ascii_case("the"))
        .then(|| self.names.body_by_head(cues::body_heads(hw)))
        .flatten()
        {
            // `Southline Airways grounded its fleet. "…," the airline said`: the body
            // the article named.
            Some(id)
        } else if b == a + 2
            && matches!(hw, "teenager" | "teen")
            && word(text, &at(toks, a)).eq_ignore_ascii_case("the")
        {
            // "the teenager said": the one person the article gave an age of 13 to 19.
            self.names.teenager()
        } else if b >= a + 2
            && matches!(
                hw,
                "statement" | "letter" | "memo" | "tweet" | "email" | "post" | "speech" | "remarks"
            )
            && at(toks, b - 2).is_cap()
            && possessive(word(text, &at(toks, b - 2)))
        {
            // `Trump's statement said`: the words are the owner's.
            return self.resolve(toks, (a, b - 1), speaking);
        } else if let Some(id) = self.kin_speaker(toks, a, b) {
            Some(id)
        } else if role_head() {
            let det = word(text, &at(toks, a));
            // `the Republican nominee`: the party picks among the nominees.
            let party = || {
                toks.get(a + 1..b - 1)
                    .and_then(|ws| ws.iter().find_map(|t| party_of(t.text)))
            };
            if !det.eq_ignore_ascii_case("the") {
                None
            } else if let Some(pa) = party() {
                self.names.by_party_role(pa, hw)
            } else {
                let rank = toks
                    .get(a + 1..b - 1)
                    .and_then(|ws| ws.iter().find_map(|t| rank_word(t.text)));
                self.names
                    .by_role(hw)
                    .filter(|&id| self.same_field(id, hw, rank.unwrap_or(""), rank.is_none()))
            }
        } else if hw == "lady"
            && b >= a + 3
            && word(text, &at(toks, a)).eq_ignore_ascii_case("the")
            && word(text, &at(toks, b - 2)).eq_ignore_ascii_case("first")
        {
            // `the first lady`: the one person introduced as such.
            self.names.by_role("first lady")
        } else if let Some(o) =
            (word(text, &at(toks, a)).eq_ignore_ascii_case("the") && !head.is_cap() && b >= a + 4)
                .then(|| (a + 2..b - 1).find(|&o| at(toks, o).text == "of"))
                .flatten()
        {
            // `the former secretary of state`: the role is the title before `of`, with
            // a field after it in small letters.
            let role = word(text, &at(toks, o - 1));
            let field = toks
                .get(o + 1..b)
                .is_some_and(|r| r.iter().all(|t| t.is_word() && !t.is_cap()));
            if field && cues::facts(role).title() {
                self.names
                    .by_role(role)
                    .filter(|&id| self.same_field(id, role, word(text, &at(toks, o + 1)), false))
            } else {
                None
            }
        } else {
            None
        };
        if let Some(id) = id {
            // An appositive names the speaker's age or role: "Hugh Hill, a doctor, said".
            self.appositive_role(toks, b, id);
            if speaking {
                self.names.spoke(id);
            }
        } else if speaking && !pronoun && !head.is_cap() && cues::is_person_role(hw) && {
            // An indefinite or possessive phrase introduces someone new (`a spokesman`,
            // `her lawyer`); a definite one (`the nominee`) means someone known.
            let first = word(text, &at(toks, a));
            ["a", "an", "another", "one", "his", "her", "their", "its"]
                .iter()
                .any(|d| first.eq_ignore_ascii_case(d))
                || (b > a + 1 && possessive(first))
        } {
            // `A White House spokesman said …. He added`: the pronoun means the
            // spokesman, whom the article does not name, not the last person it did.
            self.names.spoke_unnamed(cues::title_gender(hw));
        }
        id
    }
}

#[derive(Clone, Copy, Debug)]
enum Act {
    Open,
    Close(usize),
    None,
}

/// A quotation ready to be resolved and emitted.
#[derive(Clone, Copy, Debug)]
struct Emit {
    span: Span,
    content: Span,
    kind: QuoteKind,
    toks: (usize, usize),
    speaker: Option<(usize, usize)>,
    cue: Option<Span>,
    given: Option<(Span, Option<Span>, Option<u32>)>,
    continues: Option<(usize, bool)>,
    tail_end: usize,
    /// A later part of a quotation split by its attribution (`cue` is that attribution's).
    part: bool,
    /// The words run on to the end of the paragraph (a transcript's `NAME:` line): the
    /// later units of the paragraph extend the quote.
    runs_on: bool,
}

impl Emit {
    fn direct(raw: Raw, toks: (usize, usize)) -> Emit {
        Emit {
            content: raw.content,
            ..Emit::reported(raw.span, QuoteKind::Direct, toks)
        }
    }
    fn reported(span: Span, kind: QuoteKind, toks: (usize, usize)) -> Emit {
        Emit {
            span,
            content: span,
            kind,
            toks,
            speaker: None,
            cue: None,
            given: None,
            continues: None,
            tail_end: 0,
            part: false,
            runs_on: false,
        }
    }
    fn extend(&mut self, raw: Raw) {
        self.span = Span::new(self.span.start(), raw.span.end());
        self.content = Span::new(self.content.start(), raw.content.end());
    }
}

/// Whether `w` names a time that can stand between a speaker and a cue after `in`,
/// `on` or `last`: a year, a weekday, a month, or a unit such as `week`.
fn is_time_word(w: &str) -> bool {
    let year = w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"));
    year || crate::lexicon::abbreviations::is_month(w)
        || matches!(
            w,
            "Monday"
                | "Tuesday"
                | "Wednesday"
                | "Thursday"
                | "Friday"
                | "Saturday"
                | "Sunday"
                | "week"
                | "month"
                | "year"
                | "weekend"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "spring"
                | "summer"
                | "fall"
                | "autumn"
                | "winter"
        )
}

/// Whether the `and` or `&` at `b` joins two names of two words or more (`Patti LaBelle
/// and Stevie Wonder`: two people), not the parts of one (`Ernst and Young`).
fn joins_two_names(toks: &[Tok], a: usize, b: usize) -> bool {
    matches!(toks.get(b).map(|t| t.text), Some("and" | "&"))
        && b >= a + 2
        && toks
            .get(b - 2..b)
            .is_some_and(|l| l.iter().all(Tok::is_cap))
        && toks
            .get(b + 1..b + 3)
            .is_some_and(|r| r.iter().all(Tok::is_cap))
}

/// Whether `w` is a form of a verb that reports speech only with a clause after it
/// (`maintained that …`), its noun object being no speech (`maintains a program`,
/// `added a note`, `is reading the outline`). Not `announce` or `confirm`: what is
/// announced or confirmed is a report even as a noun phrase (`Authorities announced on
/// Friday the arrest of a man`), as news attribution corpora annotate it.
fn clause_only_cue(w: &str) -> bool {
    matches!(
        w,
        "maintain"
            | "maintains"
            | "maintained"
            | "maintaining"
            | "propose"
            | "proposes"
            | "proposed"
            | "proposing"
            | "read"
            | "reads"
            | "reading"
            | "write"
            | "writes"
            | "wrote"
            | "written"
            | "writing"
            | "add"
            | "adds"
            | "added"
            | "adding"
            | "dispute"
            | "disputes"
            | "disputed"
            | "disputing"
            | "threaten"
            | "threatens"
            | "threatened"
            | "threatening"
            | "declare"
            | "declares"
            | "declared"
            | "declaring"
            | "promise"
            | "promises"
            | "promised"
            | "promising"
            | "demand"
            | "demands"
            | "demanded"
            | "demanding"
            | "post"
            | "posts"
            | "posted"
            | "posting"
            | "tweet"
            | "tweets"
            | "tweeted"
            | "tweeting"
    )
}

/// Whether `w` reads as a finite verb after a subject: a past form (`went`, `pushed`),
/// a third-person present (`goes`) or an auxiliary.
fn clause_verb_or_past(w: &str) -> bool {
    cues::is_clause_verb(w)
        || w.len() > 3 && (w.ends_with("ed") || w.ends_with("es"))
        || matches!(
            w,
            "went" | "took" | "made" | "gave" | "came" | "struck" | "held" | "kept" | "got"
        )
}

/// Whether token `m` is the comma between a town and its state (`Canton, Ohio`,
/// `Charlotte, N.C.`): capitalised words on both sides.
fn place_comma(toks: &[Tok], m: usize) -> bool {
    at(toks, m).is_punct(',')
        && m.checked_sub(1).is_some_and(|p| at(toks, p).is_cap())
        && toks.get(m + 1).is_some_and(Tok::is_cap)
}

/// Whether token `m` is the bare apostrophe of a possessive after `s`, which the
/// tokenizer leaves apart (`Fox News' "Hannity"`, `CBS News’ John Dickerson`).
fn s_apostrophe(toks: &[Tok], m: usize) -> bool {
    let t = at(toks, m);
    (t.is_punct('\'') || t.is_punct('’'))
        && m.checked_sub(1).is_some_and(|p| {
            let w = at(toks, p);
            w.is_word() && w.text.ends_with(['s', 'S']) && w.end() == t.start
        })
}

/// Whether the cue at `i` is a form of `answer` whose object, from `k`, is the
/// questions (`answered questions from reporters`, `answering a question about …`).
fn answers_questions(text: &str, toks: &[Tok], i: usize, k: usize) -> bool {
    let w = word(text, &at(toks, i));
    let question = |m: usize| {
        toks.get(m)
            .is_some_and(|t| matches!(word(text, t), "question" | "questions"))
    };
    w.len() >= 6
        && w.as_bytes()
            .get(..6)
            .is_some_and(|p| p.eq_ignore_ascii_case(b"answer"))
        && (question(k) || question(k + 1) || question(k + 2))
}

/// The `that` after a long addressee and the time or place after it, from `k`: `told
/// CBS News anchor Norah Jones on Sunday that`, `told Breitbart News Daily host Stephen
/// K. Bannon on Monday that`. Only names, the titles before them and the words of a time
/// or a place may stand before it (not `told reporters the plan that Congress passed`).
fn long_addressee(text: &str, toks: &[Tok], k: usize) -> Option<usize> {
    let mut cap = false;
    for m in k..(k + 14).min(toks.len()) {
        let t = at(toks, m);
        if !t.is_word() && !place_comma(toks, m) && !s_apostrophe(toks, m) {
            return None;
        }
        let w = word(text, &t);
        if w == "that" {
            return (cap && m > k).then_some(m);
        }
        if t.is_cap() {
            cap = true;
            continue;
        }
        let titled = toks.get(m + 1).is_some_and(|n| n.is_word() && n.is_cap());
        if t.is_word() && !(titled || cues::opens_tail(w) || is_time_word(w)) {
            return None;
        }
    }
    None
}

/// Words that make a role another one below it (`deputy campaign manager`, `vice
/// president`).
const RANKS: [&str; 4] = ["deputy", "assistant", "vice", "associate"];

/// The rank word `w` is, if it is one (`Deputy`, `vice`).
fn rank_word(w: &str) -> Option<&'static str> {
    RANKS.iter().find(|r| r.eq_ignore_ascii_case(w)).copied()
}

/// Whether the cue at `i`, with its object from `k` to `end`, is a verb of saying in a
/// sense that reports no words: a lawyer's argument in court (`argued the case before
/// the Supreme Court`), an idiom (`it says a lot about`, `said goodbye`), a door or a
/// phone answered, a crime reported to the police.
fn other_sense(text: &str, toks: &[Tok], i: usize, k: usize, end: usize) -> bool {
    let v = word(text, &at(toks, i));
    let w = |n: usize| {
        toks.get(n)
            .filter(|t| t.is_word() && n < end)
            .map_or("", |t| word(text, t))
    };
    let stem = |p: &str| {
        v.as_bytes()
            .get(..p.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
    };
    match v.as_bytes().first() {
        Some(b's' | b'S') if matches!(v, "say" | "says" | "said" | "saying") => {
            // (`haven't said much about it`, `Ruiz said a lot about taxes` report what
            // was or was not said: only a thing says a lot about someone.)
            let thing = i > 0
                && matches!(
                    word(text, &at(toks, i - 1)),
                    "It" | "it" | "That" | "that" | "This" | "this" | "which"
                );
            matches!(w(k), "goodbye" | "hello" | "farewell" | "grace" | "amen")
                || thing
                    && (w(k) == "volumes"
                        || w(k) == "a"
                            && w(k + 1) == "lot"
                            && (w(k + 2) == "about"
                                || toks.get(k + 2).map_or(true, |t| !t.is_word())))
        }
        Some(b'a' | b'A') if stem("argu") => {
            let n = if cues::is_determiner(w(k)) { k + 1 } else { k };
            // (Not `argued the case was moot before the court`: a verb makes it a clause.)
            matches!(w(n), "case" | "cases" | "appeal" | "appeals" | "motion")
                && (n + 1..(n + 7).min(end))
                    .take_while(|&m| !cues::is_clause_verb(w(m)))
                    .any(|m| {
                        matches!(
                            w(m),
                            "before" | "court" | "Court" | "justices" | "judge" | "jury"
                        )
                    })
        }
        Some(b'a' | b'A') if stem("answer") => {
            w(k) == "the" && matches!(w(k + 1), "door" | "phone" | "bell" | "doorbell")
        }
        Some(b'r' | b'R') if stem("report") => {
            noun_phrase_only(toks, k, end)
                && (k + 1..end).any(|m| {
                    w(m) == "to"
                        && matches!(
                            if w(m + 1) == "the" {
                                w(m + 2)
                            } else {
                                w(m + 1)
                            },
                            "police" | "authorities" | "FBI" | "sheriff"
                        )
                })
        }
        _ => false,
    }
}

/// Whether the cue at `i` is a form of `write` whose object `toks[k..end]` is a bare
/// plural with no verb after it: what was written (`wrote books on foreign policy`,
/// `writes songs about the town`), not words written.
#[cold]
fn written_things(toks: &[Tok], i: usize, k: usize, end: usize) -> bool {
    let Some(first) = toks.get(k).filter(|t| t.is_word() && !t.is_cap()) else {
        return false;
    };
    let w = first.text;
    at(toks, i).text.starts_with("wr")
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !cues::is_clause_verb(w)
        && !cues::is_determiner(w)
        && verbless(toks, k + 1, end)
}

/// Whether `toks[k..end]` reads as a noun phrase without a verb: it opens with a
/// determiner and holds no auxiliary, modal or past form (`a note of caution, should
/// …` has one: it is a clause).
fn noun_phrase_only(toks: &[Tok], k: usize, end: usize) -> bool {
    let Some(first) = toks.get(k).filter(|t| t.is_word()) else {
        return false;
    };
    let mut buf = [0u8; 8];
    // A determiner or a number opens it (`added a note of caution`, `added 150,000
    // jobs`). (Not a bare noun: PolNeAR counts `proposed marquee projects like …` as
    // reported.)
    let number = first.text.starts_with(|c: char| c.is_ascii_digit());
    if !number
        && !matches!(
            cues::lower_into(first.text, &mut buf),
            "a" | "an" | "the" | "his" | "her" | "their" | "its" | "new" | "some" | "this"
        )
    {
        return false;
    }
    verbless(toks, k + 1, end)
}

/// Whether `toks[k..end]` holds no verb and no quotation up to a subordinating
/// conjunction: what follows one (`added the extra week, after voters faced long
/// lines`) is a clause of its own, not the object's.
fn verbless(toks: &[Tok], k: usize, end: usize) -> bool {
    !toks
        .get(k..end)
        .unwrap_or(&[])
        .iter()
        .take_while(|t| !(t.is_word() && cues::is_subordinator(t.text)))
        .any(|t| {
            let w = t.text;
            // A quotation in the object is speech (`added the words “…”`).
            t.quote().is_some()
                || t.is_word()
                    && (w.len() > 4 && w.ends_with("ed")
                        || cues::is_clause_verb(w)
                        || matches!(w, "do" | "be"))
        })
}

/// Whether `w`, a capitalised word with the [`cues::Facts`] `f`, is a role noun or a
/// party label, or the plural of one (`Officials`, `Lawmakers`, `Democrats`), read in
/// lower case. The lexicon folds ASCII case itself, so the word is not lowered first.
fn role_word(w: &str, f: cues::Facts) -> bool {
    // What has no lower case to read: a word with a byte past ASCII, or longer than
    // any word the tables hold.
    if w.len() < 3 || w.len() > 24 || !w.is_ascii() {
        return false;
    }
    let party = |x: &str| {
        [
            "democrat",
            "republican",
            "independent",
            "liberal",
            "conservative",
        ]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(x))
    };
    f.role_noun()
        || party(w)
        || w.strip_suffix(['s', 'S'])
            .is_some_and(|x| cues::is_role_noun(x) || party(x))
}

/// Whether `w` is a form of a verb of promising (`vow`, `pledge`, `promise`), whose
/// infinitive is what is reported (`vowed to end it`).
fn promise_word(w: &str) -> bool {
    ["vow", "pledg", "promis", "threat"].iter().any(|p| {
        w.as_bytes()
            .get(..p.len())
            .is_some_and(|c| c.eq_ignore_ascii_case(p.as_bytes()))
    })
}

/// Whether `w` can open the object of a label verb: an object pronoun (`called them`)
/// or any word that is not a particle or preposition (`called for`, `called off`).
fn label_object(w: &str) -> bool {
    matches!(w, "them" | "him" | "her" | "us" | "me" | "it") || !cues::info(w).blocks_content()
}

/// `His wife, Ann Reyes, said`: the name at `s` after a relative and a comma is that
/// relative, of the gender the word gives, whom a later `his wife` means.
fn kin_appositive(text: &str, toks: &[Tok], s: usize, parts: &mut NameParts) {
    let Some(k) = s.checked_sub(2).filter(|_| at(toks, s - 1).is_punct(',')) else {
        return;
    };
    let w = word(text, &at(toks, k));
    if let (Some(g), Some(key)) = (kin_word(w), kin_key(w)) {
        parts.kin = true;
        parts.gender = parts.gender.or(g);
        parts.role = parts.role.or(Some(key));
    }
}

/// Whether quoted words read as a title (`The Art of the Deal`, `Coal Isn't the
/// Villain.`): two or more words, every one capitalised but short function words, and
/// no sentence inside. A title in quotation marks with nobody saying it is not a quote.
fn title_case(s: &str) -> bool {
    // Asked of whole headlines, which are title case to their end: read on the bytes,
    // and through the Unicode reading only for text past ASCII.
    match title_case_ascii(s) {
        Some(t) => t,
        None => title_case_chars(s),
    }
}

/// [`title_case`] of ASCII text (`None` as soon as a byte past ASCII is met), one
/// pass over the bytes.
fn title_case_ascii(s: &str) -> Option<bool> {
    let b = s.as_bytes();
    let class = |c: u8| TITLE_CLASS.get(usize::from(c)).copied().unwrap_or(TC_WIDE);
    let mut start = 0;
    while b.get(start).is_some_and(|&c| class(c) == TC_SPACE) {
        start += 1;
    }
    let mut end = b.len();
    while end > start && b.get(end - 1).is_some_and(|&c| class(c) == TC_SPACE) {
        end -= 1;
    }
    // A headline may end in a quotation that ends in a full stop (`… of 'Suffering and
    // Delight.'`): the closing mark goes with the stop.
    while end > start
        && matches!(
            b.get(end - 1),
            Some(b'.' | b',' | b'!' | b'?' | b'"' | b'\'')
        )
    {
        end -= 1;
    }
    let words = b.get(..end).unwrap_or(&[]);
    let mut seen = 0;
    let mut count = 0;
    let mut i = start;
    while let Some(&c) = words.get(i) {
        let k = class(c);
        if k == TC_SPACE {
            i += 1;
            continue;
        }
        let w0 = i;
        // The classes of the word's first letter or digit, past leading signs.
        let mut first = 0;
        let mut k = k;
        loop {
            if k & (TC_SPACE | TC_WIDE) != 0 {
                break;
            }
            if first == 0 {
                first = k & (TC_ALNUM | TC_CAPITAL);
            }
            seen |= k;
            i += 1;
            match words.get(i) {
                Some(&c) => k = class(c),
                None => break,
            }
        }
        if k & TC_WIDE != 0 {
            return None;
        }
        count += 1;
        if first & TC_CAPITAL == 0 && !cues::is_title_minor(s.get(w0..i).unwrap_or("")) {
            return Some(false);
        }
    }
    Some(count >= 2 && seen & TC_STOP == 0)
}

/// [`title_case_ascii`]'s classes of a byte: `char::is_whitespace` on ASCII (`\t` to
/// `\r`, with `\x0B`, and the space), a mark that ends a sentence or clause, a letter
/// or digit, a capital or digit, or a byte past ASCII.
const TC_SPACE: u8 = 1;
const TC_STOP: u8 = 2;
const TC_ALNUM: u8 = 4;
const TC_CAPITAL: u8 = 8;
const TC_WIDE: u8 = 16;

/// The [`title_case_ascii`] class of each byte.
static TITLE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        let class = if c >= 0x80 {
            TC_WIDE
        } else if matches!(c, b'\t'..=b'\r' | b' ') {
            TC_SPACE
        } else if matches!(c, b'.' | b'!' | b'?' | b':' | b';') {
            TC_STOP
        } else if c.is_ascii_uppercase() || c.is_ascii_digit() {
            TC_ALNUM | TC_CAPITAL
        } else if c.is_ascii_alphanumeric() {
            TC_ALNUM
        } else {
            0
        };
        #[allow(clippy::indexing_slicing)] // `i < 256`, checked by the loop; const context.
        {
            t[i] = class;
        }
        i += 1;
    }
    t
};

/// [`title_case`] as it reads on chars.
fn title_case_chars(s: &str) -> bool {
    let s = s
        .trim()
        .trim_end_matches(['.', ',', '!', '?', '"', '\'', '”', '’', '»']);
    let mut words = 0;
    for w in s.split_whitespace() {
        words += 1;
        let first = w
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .next();
        let capital = first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if !capital && !cues::is_title_minor(w) {
            return false;
        }
    }
    // Read last: a sentence fails on its first small word long before its end.
    words >= 2 && !s.contains(['.', '!', '?', ':', ';'])
}

/// `has been saying that for months.`, `repeated that in an email to us.`: a `that` at `m`
/// followed only by a short adverbial to the sentence's end is the cue's object (what
/// was said before), not the opening of reported words.
#[cold]
fn that_object(text: &str, toks: &[Tok], m: usize) -> bool {
    let prep = at(toks, m + 1);
    // Only a stretch of time (`for months`) or the occasion of the saying (`in an email`,
    // `during the debate`): `said that in Iowa he wins` reports.
    let occasion = matches!(prep.text, "in" | "on" | "at" | "during")
        && (m + 2..m + 5).any(|n| {
            let w = word(text, &at(toks, n));
            cues::is_message_noun(w)
                || matches!(
                    w,
                    "interview" | "interviews" | "speech" | "debate" | "rally" | "print" | "public"
                )
        });
    if !(prep.is_word() && (occasion || duration_at(text, toks, m + 1))) {
        return false;
    }
    for n in m + 2..m + 9 {
        let t = at(toks, n);
        if matches!(t.kind, TokKind::Punct('.' | '!' | '?')) {
            return n > m + 2;
        }
        let w = word(text, &t);
        if !t.is_word() || w == "that" || w.ends_with("ed") || cues::is_clause_verb(w) {
            return false;
        }
    }
    false
}

/// `The family of Ambassador Stevens`, `the widow of Officer Ruiz`: the name after `of`
/// (at `p`) is the relative's, not the speaker's.
fn kin_of(text: &str, toks: &[Tok], a: usize, p: usize) -> bool {
    p >= a + 2 && at(toks, p - 1).text == "of" && {
        let w = word(text, &at(toks, p - 2));
        kin_word(w).is_some()
            || matches!(
                w,
                "family" | "families" | "relatives" | "parents" | "children" | "friends"
            )
    }
}

/// `Her running mate, Sen. Tim Kaine of Virginia, said`: `of` and a capitalised place or
/// body from token `e` close the appositive at a comma (`the` and `and` may join it).
fn place_closes(text: &str, toks: &[Tok], e: usize) -> bool {
    if word(text, &at(toks, e)) != "of" || !at(toks, e + 1).is_word() {
        return false;
    }
    for m in e + 1..e + 8 {
        let t = at(toks, m);
        if t.is_punct(',') {
            return m > e + 1 && at(toks, m - 1).is_cap();
        }
        if !(t.is_cap() || matches!(t.text, "the" | "and" | "of")) {
            return false;
        }
    }
    false
}

/// `John Podesta, Hillary Clinton's campaign chairman, said`: a capitalised run of two or
/// three words (from `k`) whose last is possessive, with the role after it before `end`,
/// opens an appositive as `Clinton's campaign chairman` does.
fn name_possessive_opens(toks: &[Tok], k: usize, end: usize) -> bool {
    for m in k + 1..(k + 3).min(end.saturating_sub(1)) {
        let t = at(toks, m);
        if !t.is_cap() {
            return false;
        }
        if possessive(t.text) {
            return true;
        }
    }
    false
}

/// Whether the first token of `text[from..to]` may open an appositive: a determiner (`a`,
/// `the`: a word of ASCII letters in the list), a number (an age, `Ana Ruiz, 45,`), or
/// anything past ASCII, which is not read here.
fn determiner_opens(text: &str, from: usize, to: usize) -> bool {
    let b = text.as_bytes().get(..to).unwrap_or(&[]);
    let mut p = from;
    while b.get(p).is_some_and(u8::is_ascii_whitespace) {
        p += 1;
    }
    match b.get(p) {
        Some(&c) if c >= 0x80 || c.is_ascii_digit() => true,
        Some(c) if c.is_ascii_alphabetic() => {
            let mut q = p;
            while b.get(q).is_some_and(u8::is_ascii_alphanumeric) {
                q += 1;
            }
            text.get(p..q).is_some_and(cues::is_determiner)
        }
        _ => false,
    }
}

/// Whether `text[start..end]` (on char boundaries) ends in a colon, spaces aside: read
/// on the last byte unless that is a space or part of a wider character.
fn ends_in_colon(text: &str, start: usize, end: usize) -> bool {
    match text.as_bytes().get(start..end).and_then(<[u8]>::last) {
        // `\x0B` is a space to `trim_end` too.
        Some(&b) if b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ') => b == b':',
        _ => text
            .get(start..end)
            .is_some_and(|u| u.trim_end().ends_with(':')),
    }
}

/// The length of the word `s` starts with: letters, digits and apostrophes, read on
/// the bytes and decoded only past ASCII.
fn word_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut n = 0;
    while let Some(&c) = b.get(n) {
        if c.is_ascii_alphanumeric() || c == b'\'' {
            n += 1;
        } else if c < 0x80 {
            break;
        } else {
            match s.get(n..).and_then(|r| r.chars().next()) {
                Some(ch) if ch.is_alphanumeric() => n += ch.len_utf8(),
                _ => break,
            }
        }
    }
    n
}

/// Whether a request `[k, end)` after the cue at `i` asks that the speaker stay
/// unnamed: `asked that their names be withheld`, `requested that his identity not be
/// disclosed`.
fn anonymity_request(text: &str, toks: &[Tok], i: usize, k: usize, end: usize) -> bool {
    let v = word(text, &at(toks, i));
    if !matches!(
        v,
        "asked" | "asking" | "asks" | "ask" | "requested" | "requesting"
    ) {
        return false;
    }
    let words = || (k..end.min(k + 10)).map(|m| word(text, &at(toks, m)));
    words().any(|w| matches!(w, "name" | "names" | "identity" | "identities"))
        && words().any(|w| {
            matches!(
                w,
                "withheld"
                    | "withhold"
                    | "used"
                    | "published"
                    | "disclosed"
                    | "revealed"
                    | "printed"
            )
        })
}

/// `Her rival, Donald Trump, did not comment.`: a negated bare cue that ends its sentence
/// reports nothing, so the words before its subject are none of its content.
#[cold]
fn silent_at_end(text: &str, toks: &[Tok], i: usize) -> bool {
    at(toks, i + 1).is_punct('.')
        && (i.saturating_sub(2)..i).any(|m| {
            let b = word(text, &at(toks, m));
            matches!(b, "not" | "never") || b.ends_with("n't") || b.ends_with("n’t")
        })
}

/// Whether the words from `m` refuse to say more: `declined`, `refused`, `would not
/// say`, `didn't elaborate`.
fn declines(text: &str, toks: &[Tok], m: usize) -> bool {
    let w = |n: usize| {
        toks.get(n)
            .filter(|t| t.is_word())
            .map_or("", |t| word(text, t))
    };
    let saying = |v: &str| {
        matches!(
            v,
            "say"
                | "comment"
                | "elaborate"
                | "specify"
                | "give"
                | "provide"
                | "discuss"
                | "answer"
                | "disclose"
                | "name"
                | "offer"
                | "identify"
                | "explain"
                | "confirm"
                | "respond"
        )
    };
    match w(m) {
        "declined" | "refused" => true,
        "would" | "did" | "could" | "will" | "does" => w(m + 1) == "not" && saying(w(m + 2)),
        v if v.ends_with("n't") || v.ends_with("n’t") => saying(w(m + 1)),
        _ => false,
    }
}

/// Where the main clause's second verb takes over from reported words `[k, end)`:
/// the `and` or `but` before a past form that cannot go on the reported clause's
/// verb phrase. After a modal or `do` the verb phrase wants a base form (`said the
/// plan would fail and offered no details`). After `have` a simple past may go on the
/// reported clause (`said her father had worked there and knew everyone`): only a
/// comma and `but` turn back to the speaker (`had helped her, but offered no proof`).
/// A past that may be an adjective (`would help students and retired workers`) counts
/// only before a determiner, a pronoun, a preposition or punctuation.
fn main_verb_resumes(text: &str, toks: &[Tok], k: usize, m: usize) -> bool {
    let Some(only) = toks
        .get(m + 1)
        .and_then(|v| cues::simple_past(word(text, v)))
    else {
        return false;
    };
    // The nearest auxiliary before: a modal or `do` wants a base form; `have`, `be`, a
    // subject or a subordinator leave a past possible.
    let lo = k.max(m.saturating_sub(40));
    let base = (lo..m).rev().find_map(|n| {
        let w = word(text, &at(toks, n));
        match w {
            "would" | "will" | "could" | "can" | "should" | "may" | "might" | "must" | "do"
            | "does" | "did" => Some(true),
            "has" | "have" | "had" | "is" | "are" | "was" | "were" | "be" | "been" | "being"
            | "am" | "that" | "who" | "which" | "he" | "she" | "they" | "we" | "I" | "it"
            | "you" => Some(false),
            _ if cues::is_subordinator(w) => Some(false),
            _ => None,
        }
    });
    let perfect = || {
        (lo..m)
            .rev()
            .map(|n| word(text, &at(toks, n)))
            .find(|w| cues::is_clause_verb(w) || matches!(*w, "be" | "been" | "being"))
            .is_some_and(|w| matches!(w, "has" | "have" | "had"))
    };
    let comma_but = word(text, &at(toks, m)) == "but" && at(toks, m - 1).is_punct(',') && perfect();
    if !(base == Some(true) || comma_but) {
        return false;
    }
    only || toks.get(m + 2).map_or(true, |n| {
        !n.is_word() || {
            let nw = word(text, n);
            let f = cues::facts(nw);
            f.determiner() || f.pronoun() || cues::info(nw).blocks_content()
        }
    })
}

/// Whether `w`, a preposition or a determiner, makes a cue word after it a noun (`via
/// email`, `in a tweet`).
fn marks_noun(w: &str) -> bool {
    matches!(
        w,
        "via" | "by" | "in" | "on" | "through" | "per" | "a" | "an" | "the"
    )
}

/// Whether `w` is a participle with which news narration goes on after reported words
/// (`announced that he is running, setting up a crowded primary`).
fn narrator_participle(w: &str) -> bool {
    matches!(
        w,
        "setting"
            | "prompting"
            | "sparking"
            | "drawing"
            | "sending"
            | "triggering"
            | "fueling"
            | "fuelling"
            | "paving"
            | "marking"
    )
}

fn any_taken(taken: &[bool], a: usize, b: usize) -> bool {
    taken.get(a..b).is_some_and(|t| t.iter().any(|&x| x))
}

/// The length of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

fn mark(taken: &mut [bool], (a, b): (usize, usize)) {
    if let Some(s) = taken.get_mut(a..b) {
        s.iter_mut().for_each(|t| *t = true);
    }
}

/// How far back [`clause_start`] looks, in tokens.
const CLAUSE_BACK: usize = 40;

/// Whether a token ends a clause for [`clause_start`]: a quotation, a sentence end, a
/// semicolon or a colon.
#[inline]
fn ends_clause(t: &Tok) -> bool {
    t.quote().is_some() || matches!(t.kind, TokKind::Punct('.' | '!' | '?' | ';' | ':'))
}

/// Start of the clause holding token `i`: after the last sentence end, semicolon or
/// quotation before it, at most [`CLAUSE_BACK`] tokens back.
fn clause_start(toks: &[Tok], i: usize) -> usize {
    let floor = i.saturating_sub(CLAUSE_BACK);
    let mut k = i;
    while k > floor {
        if ends_clause(&at(toks, k - 1)) {
            return k;
        }
        k -= 1;
    }
    k
}

/// Whether a token ends a sentence for [`sentence_start`].
#[inline]
fn ends_sentence(t: &Tok) -> bool {
    matches!(t.kind, TokKind::Punct('.' | '!' | '?' | ';'))
}

/// After a dateline that opens the sentence at `s` (`FRESNO, Calif. (AP) —`, `LONDON
/// (Reuters) -`, `WASHINGTON —`), the token after its dash; `s` if there is none. A
/// dateline is a word in capitals, then only capitalised words, commas, full stops and a
/// bracketed agency before the dash, within ten tokens.
fn dateline_end(text: &str, toks: &[Tok], s: usize, end: usize) -> usize {
    // (The state's abbreviation may have ended a sentence: `(AP) —` is left, or the
    // dash alone: `JEFFERSON CITY, Mo. —`.)
    if toks.get(s).is_some_and(Tok::is_dash) {
        let mut k = s + 1;
        while k < end && at(toks, k).is_dash() {
            k += 1;
        }
        return k.min(end);
    }
    let capitals = toks.get(s).is_some_and(|t| {
        t.is_word() && t.text.len() >= 3 && !t.text.bytes().any(|c| c.is_ascii_lowercase())
            || t.is_punct('(')
    });
    if !capitals {
        return s;
    }
    let stop = (s + 10).min(end);
    let mut k = s + 1;
    while k < stop {
        let t = at(toks, k);
        if t.is_dash() {
            // `--` is two dashes.
            while k + 1 < end && at(toks, k + 1).is_dash() {
                k += 1;
            }
            return k + 1;
        }
        let fits = t.is_cap()
            || matches!(t.kind, TokKind::Punct(',' | '.' | '(' | ')'))
            || word(text, &t).eq_ignore_ascii_case("ap");
        if !fits {
            return s;
        }
        k += 1;
    }
    s
}

/// Whether token `i` starts its sentence: `sentence_start(toks, i) == i`, known from
/// the token before it without the walk back.
#[inline]
fn starts_sentence(toks: &[Tok], i: usize) -> bool {
    let starts = i == 0 || ends_sentence(&at(toks, i - 1));
    debug_assert_eq!(starts, sentence_start(toks, i) == i);
    starts
}

/// Start of the sentence holding token `i` (quotations stay inside it).
fn sentence_start(toks: &[Tok], i: usize) -> usize {
    let floor = i.saturating_sub(80);
    let mut k = i;
    while k > floor {
        if matches!(at(toks, k - 1).kind, TokKind::Punct('.' | '!' | '?' | ';')) {
            return k;
        }
        k -= 1;
    }
    k
}

/// End of the clause starting at `i`: the next sentence end. A full stop with a word after
/// it inside the same sentence is an abbreviation or an initial (`until Jan. 15`, `U.S.
/// officials`): the sentence splitter did not end the sentence there, so neither does the
/// clause.
fn clause_end(toks: &[Tok], i: usize) -> usize {
    let mut k = i;
    while k < toks.len() && k < i + 200 {
        match at(toks, k).kind {
            TokKind::Punct('.') if toks.get(k + 1).is_some_and(Tok::is_word) => {}
            TokKind::Punct('.' | '!' | '?' | ';') => return k,
            _ => {}
        }
        k += 1;
    }
    k
}

/// Index of the next punctuation or quotation at or after `i`, looking at most 40 words
/// ahead (a speaker phrase is never longer).
fn next_punct(toks: &[Tok], i: usize) -> usize {
    let mut k = i;
    while k < toks.len() && k < i + 40 && at(toks, k).is_word() {
        k += 1;
    }
    k
}

/// Whether the attribution ending at `i` closes its clause: nothing follows but a tail
/// of time, place, apposition or a participle (`said at a rally on Friday`, `said
/// Okafor, the minister`, `said, adding ...`). Returns the index past the clause.
/// Where narration after a cue ends: at the end of its sentence, at a quotation, or at a
/// comma before one (`she said the next day, "B."`).
fn narration_end(toks: &[Tok], i: usize) -> usize {
    let stop = (i + 40).min(toks.len());
    for k in i..stop {
        match at(toks, k).kind {
            TokKind::Punct('.' | '!' | '?' | ';') => return k + 1,
            TokKind::Quote(_) => return k,
            TokKind::Punct(',') if toks.get(k + 1).is_some_and(|t| t.quote().is_some()) => {
                return k
            }
            _ => {}
        }
    }
    stop
}

/// Whether `that` or `this` at `k` names a time (`said that evening`, `this week`), not a
/// clause: a time word follows, and the clause or the sentence ends or goes on with `that`.
/// Whether the words at `k` bound a number (`at least`, `at most`): they open reported
/// words (`said at least four people were killed`), as no place or time does.
fn bound_at(text: &str, toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| word(text, t) == "at")
        && toks
            .get(k + 1)
            .is_some_and(|n| matches!(word(text, n), "least" | "most"))
}

/// The end and class of a phrase of `list` whose first word (at `i`) names its agent
/// before the rest: `quoted by Le Monde as saying`.
fn agent_phrase(
    text: &str,
    toks: &[Tok],
    i: usize,
    list: &[(Vec<String>, CueClass)],
) -> Option<(usize, CueClass)> {
    list.iter().find_map(|(rest, class)| {
        let first = rest.first()?;
        let from = (i + 2..(i + 9).min(toks.len()))
            .take_while(|&m| at(toks, m).is_word())
            .find(|&m| word(text, &at(toks, m)).eq_ignore_ascii_case(first))?;
        words_at(text, toks, from, rest).then_some((from + rest.len(), *class))
    })
}

/// Whether the tokens from `from` on are the words of `rest`, ignoring ASCII case.
#[inline(always)]
fn words_at(text: &str, toks: &[Tok], from: usize, rest: &[String]) -> bool {
    rest.iter().enumerate().all(|(k, r)| {
        toks.get(from + k)
            .is_some_and(|x| word(text, x).eq_ignore_ascii_case(r))
    })
}

/// Where the name starts in the run of capitals `toks[s..b]` of a title-case headline:
/// at its first known first name when a word that is no title stands before it, as a
/// headline's verb and its subject do (`Trump Picks Mike Pence as Running Mate`,
/// `Clinton Taps Tim Kaine`); `None` to keep the run as it is.
#[cold]
fn headline_name_start(
    text: &str,
    toks: &[Tok],
    s: usize,
    b: usize,
    first: cues::Facts,
) -> Option<usize> {
    // Most runs open with a first name or a title: asked of the facts the caller has.
    if first.name_start().1.is_some() || first.title_role().is_some() || first.title() {
        return None;
    }
    let k = (s + 1..b).find(|&k| {
        cues::facts(word(text, &at(toks, k)))
            .name_start()
            .1
            .is_some()
    })?;
    let before = toks.get(s..k)?;
    let other = before.iter().any(|t| {
        let f = cues::facts(word(text, t));
        f.name_start().1.is_none() && f.title_role().is_none() && !f.title()
    });
    (other && b >= k + 2).then_some(k)
}

/// Whether a phrase's head `t` names someone: a capitalised word that is no possessive
/// (`Clinton's former chief of staff` is about its owner), or a pronoun.
fn names_someone(text: &str, t: &Tok) -> bool {
    let w = word(text, t);
    t.is_cap() && !possessive(w) || cues::is_pronoun(w)
}

/// Whether the comma at `c` parts a university's name from its campus, which runs to
/// `seg_end` (`the University of California, Berkeley`, `the University of North
/// Carolina, Chapel Hill`): one or two capitalised words, no name.
fn place_after_place(toks: &[Tok], c: usize, seg_end: usize) -> bool {
    let campus = toks.get(c + 1..seg_end).unwrap_or(&[]);
    if campus.is_empty() || campus.len() > 2 || !campus.iter().all(|t| t.is_word() && t.is_cap()) {
        return false;
    }
    // `the University of Texas, Ana Ruiz, said`: a first name opens a person's name.
    if campus.len() == 2 && cues::facts(at(toks, c + 1).text).name_start().1.is_some() {
        return false;
    }
    let mut k = c;
    while k > c.saturating_sub(5) {
        k -= 1;
        let t = at(toks, k);
        if matches!(t.text, "University" | "College" | "Institute") {
            return k + 1 < c;
        }
        if !(t.is_word() && (t.is_cap() || t.text == "of")) {
            return false;
        }
    }
    false
}

/// The token after a short phrase that opens the clause at `lo` before the comma `c`
/// and is no subject: a preposition's phrase or an adverb and its comma (`In Ohio,`,
/// `On Monday,`, `Earlier,`).
#[cold]
fn fronted_end(text: &str, toks: &[Tok], lo: usize, c: usize) -> Option<usize> {
    let first = toks.get(lo).filter(|t| t.is_word())?;
    let w = word(text, first);
    if !(fronting_word(w) || matches!(w, "Still" | "From")) {
        return None;
    }
    let f = (lo + 1..c.min(lo + 8)).find(|&m| at(toks, m).is_punct(','))?;
    (f + 1 < c).then_some(f + 1)
}

/// Whether `w`, the first word of a sentence, opens a fronted phrase of time or place
/// (`In Ohio,`, `On Sunday,`, `Earlier,`, an adverb in -ly), after which the subject
/// comes: what [`fronted_end`] and [`Run::opening_phrase`] both ask first.
fn fronting_word(w: &str) -> bool {
    w.ends_with("ly")
        || matches!(
            w,
            "In" | "On"
                | "At"
                | "After"
                | "Before"
                | "During"
                | "Earlier"
                | "Later"
                | "Meanwhile"
                | "Since"
                | "Outside"
                | "Inside"
        )
}

/// Whether one of the capitalised words `run` is a known first name: in a title-case
/// headline, the sign that a run of capitals names a person (`Lindsey Graham Says`, not
/// `Former White House Doctor Says`).
fn has_first_name(text: &str, run: &[Tok]) -> bool {
    run.iter()
        .any(|t| cues::facts(word(text, t)).name_start().1.is_some())
}

/// Whether `for` or `since` at `k` opens a stretch of time (`has said for months that`,
/// `has insisted for weeks`, `has maintained since 2019 that`, `for the record`), an
/// adverbial that a `that` after it may follow; `asked for help` names no time.
fn duration_at(text: &str, toks: &[Tok], k: usize) -> bool {
    let w = |n: usize| toks.get(n).map_or("", |t| word(text, t));
    let time = |x: &str| {
        is_time_word(x)
            || matches!(
                x,
                "months"
                    | "weeks"
                    | "years"
                    | "days"
                    | "decades"
                    | "hours"
                    | "day"
                    | "decade"
                    | "record"
                    | "then"
                    | "long"
                    | "ages"
            )
            || x.bytes().next().is_some_and(|b| b.is_ascii_digit())
    };
    match w(k) {
        // `for months`, `for several weeks`, `for the past two years`, `for the record`.
        "for" | "since" => {
            (k + 1..k + 5).any(|n| time(w(n)) && toks.get(n).is_some_and(|t| t.is_word()))
        }
        _ => false,
    }
}

/// No person: the resolution of a quote whose speaker names nobody.
const NO_PERSON: u32 = u32::MAX;

/// Where the name window of a run whose word before starts at `ws` begins: up to two
/// words earlier when that word is a role closed by a comma (`The spokeswoman, Jane
/// Doe,`, `Trump's running mate, Mike Pence,`), so the determiner or possessive that
/// opens the role is read with it, or a title's `of` (`Secretary of State John Kerry`),
/// so the title is; `start` is the unit's start.
// Out of line: asked once per run, it would crowd the registers of the scan's loop.
#[inline(never)]
fn role_appositive_start(b: &[u8], start: usize, ws: usize) -> usize {
    let word_end = (ws..b.len().min(ws + 24))
        .find(|&i| b.get(i) == Some(&b' '))
        .unwrap_or(ws);
    // `Secretary of State John Kerry`: the title before `of` too.
    let of = b.get(ws..word_end) == Some(b"of");
    if word_end == ws || b.get(word_end - 1) != Some(&b',') && !of {
        // `Republican nominee Donald Trump`, `GOP presidential nominee …`: a party
        // before the role.
        let mut from = ws;
        for _ in 0..2 {
            let Some(e) = from
                .checked_sub(1)
                .filter(|&i| i > start && b.get(i) == Some(&b' '))
            else {
                break;
            };
            let mut i = e;
            while i > start && b.get(i - 1).is_some_and(u8::is_ascii_alphabetic) {
                i -= 1;
            }
            let w = b.get(i..e).unwrap_or(&[]);
            let party = w.first().is_some_and(u8::is_ascii_uppercase)
                && core::str::from_utf8(w).ok().and_then(party_of).is_some();
            if party {
                return i;
            }
            if w != b"presidential" {
                break;
            }
            from = i;
        }
        return ws;
    }
    // Two words back: a role may have a modifier (`running mate`, `press secretary`).
    let mut from = ws;
    for _ in 0..2 {
        let mut i = from;
        while i > start && b.get(i - 1) == Some(&b' ') {
            i -= 1;
        }
        let floor = i.saturating_sub(24).max(start);
        while i > floor && b.get(i - 1).is_some_and(|&c| c != b' ' && c != b'\n') {
            i -= 1;
        }
        if i < from && b.get(i).is_some_and(|&c| c.is_ascii_alphabetic()) {
            from = i;
        } else {
            break;
        }
    }
    from
}

/// `Sessions (R-Ala.) criticized`, `Sessions, R-Ala., criticized`: the token after a
/// lawmaker's party tag at `k`, or `k` if none is there.
fn party_tag_end(toks: &[Tok], k: usize) -> usize {
    let open = at(toks, k);
    if !(open.is_punct('(') || open.is_punct(',')) {
        return k;
    }
    let close = at(toks, k + 2);
    let tag = (open.is_punct('(') && close.is_punct(')')
        || open.is_punct(',') && close.is_punct(','))
        && states::party_tag(at(toks, k + 1).text).is_some();
    if tag {
        k + 3
    } else {
        k
    }
}

/// `Trump, he said, has a ceiling`: a name at `..k` opens a report fronted before its
/// pronoun speaker; it is spoken about, and is no subject that pronoun means. Out of line:
/// few units open with a lone name.
#[inline(never)]
fn fronted_name(b: &[u8], k: usize, end: usize) -> bool {
    let rest = b.get(k..end).unwrap_or(&[]);
    rest.starts_with(b", he ") || rest.starts_with(b", she ")
}

/// Whether token `n` is a dash or a conjunction that the same speaker's next words
/// follow in time (`"…," he said — and then, after a pause, "in November."`): `and` or
/// `but` before `then`, or a dash before one of them.
#[cold]
fn then_after(text: &str, toks: &[Tok], n: usize) -> bool {
    let then = |m: usize| {
        matches!(word(text, &at(toks, m)), "and" | "but")
            && matches!(word(text, &at(toks, m + 1)), "then")
    };
    // (`--` is two tokens.)
    let mut m = n;
    while m < n + 2 && at(toks, m).is_dash() {
        m += 1;
    }
    m > n && then(m) || then(n)
}

/// Where the next speaker's phrase at `c0` starts with the lowercase title words the
/// speaker span leaves out (`, and former President Bill Clinton has said`): at most two,
/// after `k`.
fn titles_before(text: &str, toks: &[Tok], k: usize, c0: usize) -> usize {
    let mut c = c0;
    while c > k + 1 && c + 2 > c0 && {
        let t = at(toks, c - 1);
        t.is_word() && !t.is_cap() && cues::title_role(word(text, &t)).is_some()
    } {
        c -= 1;
    }
    c
}

/// Whether a possessive `'s` or `’s` and a space stand at byte `k` (`Trump's children`).
#[cold]
fn possessive_next(b: &[u8], k: usize) -> bool {
    let rest = b.get(k..).unwrap_or(&[]);
    rest.starts_with(b"'s ") || rest.starts_with("\u{2019}s ".as_bytes())
}

/// Where a lawmaker's party and state after a name that ends at byte `re` end (` (R-Ky.)`,
/// `, R-Utah,`, ` of Arizona`), for [`Run::scan_names`]'s window to take them in: a few
/// byte tests turn away nearly every name.
fn tag_window(b: &[u8], re: usize, end: usize) -> Option<usize> {
    let at = |k: usize| b.get(re + k).copied().unwrap_or(0);
    let from = match (at(0), at(1)) {
        (b' ', b'(') | (b',', b' ') if matches!(at(2), b'R' | b'D' | b'I') && at(3) == b'-' => {
            re + 2
        }
        (b' ', b'o') if at(2) == b'f' && at(3) == b' ' && at(4).is_ascii_uppercase() => re + 4,
        _ => return None,
    };
    // The tag word, or one or two words of a state's name.
    let limit = (from + 16).min(end);
    let mut e = from;
    let mut words = 0;
    while e < limit {
        match b.get(e).copied() {
            Some(c) if c.is_ascii_alphabetic() || c == b'.' || c == b'-' => e += 1,
            Some(b' ') if words == 0 && b.get(e + 1).is_some_and(u8::is_ascii_uppercase) => {
                words += 1;
                e += 1;
            }
            _ => break,
        }
    }
    // After `of`, only a state's name: `Department of Justice` stays out.
    if from == re + 4 {
        let words = core::str::from_utf8(b.get(from..e)?)
            .ok()?
            .trim_end_matches('.');
        let (first, second) = words
            .split_once(' ')
            .map_or((words, None), |(f, s)| (f, Some(s)));
        states::state_name(first, second)?;
    }
    Some(e)
}

/// Whether `w` is a possessive that owns a noun (`the Pentagon's`), not a pronoun's
/// contraction of `is` or `has` (`It's denouncing`, `She's saying`).
fn owner_before(w: &str) -> bool {
    let stem = crate::speakers::strip_possessive_only(w);
    possessive(w)
        && ![
            "it", "he", "she", "that", "there", "what", "who", "here", "where", "everyone",
        ]
        .iter()
        .any(|p| stem.eq_ignore_ascii_case(p))
}

fn that_time(text: &str, toks: &[Tok], k: usize) -> bool {
    let w = |n: usize| toks.get(n).map_or("", |t| word(text, t));
    matches!(w(k), "that" | "this")
        && time_after(text, toks, k).is_some_and(|t| {
            toks.get(t + 1)
                .map_or(true, |x| !x.is_word() || word(text, x) == "that")
        })
}

/// The time word after the determiner at `k` (`that day`, `that same day`, `this very
/// night`), if one follows.
fn time_after(text: &str, toks: &[Tok], k: usize) -> Option<usize> {
    let w = |n: usize| toks.get(n).map_or("", |t| word(text, t));
    let t = if matches!(w(k + 1), "same" | "very") {
        k + 2
    } else {
        k + 1
    };
    (is_time_word(w(t)) || matches!(w(t), "day" | "time")).then_some(t)
}

fn clause_tail(text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    let first = match toks.get(i) {
        None => return Some(i),
        Some(t) => t,
    };
    match first.kind {
        TokKind::Punct('.' | '!' | '?' | ';' | ':') => return Some(i + 1),
        TokKind::Punct(',' | '(' | '-' | '—' | '–') => {}
        TokKind::Word { .. }
            if cues::opens_tail(word(text, first))
                || word(text, first).ends_with("ly")
                || that_time(text, toks, i) => {}
        _ => return None,
    }
    // ", who emphasized that ...": a relative clause about the speaker, whose own
    // `that` does not make the tail reported content.
    let relative = first.is_punct(',')
        && toks
            .get(i + 1)
            .is_some_and(|n| n.is_word() && matches!(word(text, n), "who" | "whose" | "whom"));
    let mut k = i;
    while k < toks.len() && k < i + 80 {
        let t = &at(toks, k);
        match t.kind {
            TokKind::Punct('.' | '!' | '?' | ';') => return Some(k + 1),
            TokKind::Quote(_) => return Some(k),
            // ", adding ...": a new attribution by the same speaker starts here.
            TokKind::Punct(',')
                if toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_word() && word(text, n).ends_with("ing")) =>
            {
                return Some(k);
            }
            TokKind::Word { .. }
                if !relative
                    && k < i + 4
                    && word(text, t) == "that"
                    && !that_time(text, toks, k) =>
            {
                return None
            }
            _ => {}
        }
        k += 1;
    }
    Some(k)
}

/// Whether `t` is a word of a person's name proper: capitalised, and neither a title
/// nor a capitalised sentence word (what comes before an employer's `of` or `for`).
fn name_word(text: &str, t: &Tok) -> bool {
    let f = cues::facts(word(text, t));
    t.is_cap() && !f.title() && !f.stop_capital()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn plain_word(s: &str) -> &str {
        s.split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .next()
            .unwrap_or("")
    }

    #[test]
    fn ends_in_colon_reads_as_trim_end() {
        for b in 0..=0x7Fu8 {
            for s in [
                format!("a:{}", b as char),
                format!("a{}", b as char),
                format!("{}", b as char),
            ] {
                assert_eq!(
                    ends_in_colon(&s, 0, s.len()),
                    s.trim_end().ends_with(':'),
                    "{s:?}"
                );
            }
        }
        for s in ["", "x:\u{a0}", "x: \u{2003}", "x\u{a0}", "é:", ":é"] {
            assert_eq!(
                ends_in_colon(s, 0, s.len()),
                s.trim_end().ends_with(':'),
                "{s:?}"
            );
        }
    }

    #[test]
    fn word_len_reads_as_the_char_split() {
        for s in [
            "",
            "that",
            "don't go",
            "Ünal, said",
            "東京 x",
            "a’b",
            "x\u{a0}y",
            "9/11",
        ] {
            assert_eq!(s.get(..word_len(s)), Some(plain_word(s)), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn a_determiner_is_never_missed(s in "[ \t\u{a0}]{0,3}(the|a|an|The|ANY|thé|the-|the's|x|9|,|“)[a-z .,'’-]{0,6}") {
            let mut toks = Vec::new();
            tokenize(&s, 0, s.len(), &mut toks);
            let first_is_det = toks
                .first()
                .is_some_and(|t| t.is_word() && cues::is_determiner(word(&s, t)));
            prop_assert!(!first_is_det || determiner_opens(&s, 0, s.len()), "{:?}", s);
        }

        #[test]
        fn title_case_reads_as_the_char_split(s in "[ \t\u{b}\u{a0}]{0,2}([A-Z][a-z]{0,3}|the|of|vs.|a|x|9|[.,!?:;'\"-]|é|É| |\t){0,8}[ .,!?\u{a0}]{0,3}") {
            if let Some(t) = title_case_ascii(&s) {
                prop_assert_eq!(t, title_case_chars(&s), "{:?}", s);
            }
            prop_assert_eq!(title_case(&s), title_case_chars(&s), "{:?}", s);
        }

        #[test]
        fn word_len_matches_the_char_split(s in "[a-zA-Z0-9 ',.’éÉ東\\u{a0}-]{0,12}") {
            prop_assert_eq!(s.get(..word_len(&s)), Some(plain_word(&s)));
        }
    }
}
