//! Byte spans into the caller's text.

use core::ops::Range;

/// A half-open range of UTF-8 byte offsets into the text a result came from.
///
/// Every span the crate hands out starts and ends on a `char` boundary of that text, so
/// slicing with [`Span::as_str`] (or `&text[span.range()]`) never panics. Spans are `Copy`,
/// compare by position, and order by start, then end.
///
/// ```
/// let text = "Prices fell. Markets calmed.";
/// let second = tidings::sentences(text).nth(1).unwrap();
/// let span = second.span();
/// assert_eq!((span.start(), span.end()), (13, 28));
/// assert_eq!(span.as_str(text), "Markets calmed.");
/// assert_eq!(span.len(), 15);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// Makes a span from `start` to `end`. If `end < start` the span is empty at `start`.
    ///
    /// The crate's own results always lie on char boundaries; a span you build yourself
    /// may not, and [`Span::as_str`] then returns the empty string rather than panicking.
    ///
    /// ```
    /// let s = tidings::Span::new(3, 7);
    /// assert_eq!(s.range(), 3..7);
    /// assert!(tidings::Span::new(5, 2).is_empty());
    /// ```
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        if end < start {
            Span { start, end: start }
        } else {
            Span { start, end }
        }
    }

    /// The byte offset where the span starts.
    ///
    /// ```
    /// assert_eq!(tidings::Span::new(2, 4).start(), 2);
    /// ```
    #[inline]
    pub const fn start(&self) -> usize {
        self.start
    }

    /// The byte offset just past the span's last byte.
    ///
    /// ```
    /// assert_eq!(tidings::Span::new(2, 4).end(), 4);
    /// ```
    #[inline]
    pub const fn end(&self) -> usize {
        self.end
    }

    /// The span as a `Range<usize>`, for slicing.
    ///
    /// ```
    /// let text = "abcdef";
    /// assert_eq!(&text[tidings::Span::new(1, 3).range()], "bc");
    /// ```
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(tidings::Span::new(2, 5).len(), 3);
    /// ```
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// assert!(tidings::Span::new(4, 4).is_empty());
    /// ```
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies wholly inside this span.
    ///
    /// ```
    /// use tidings::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 10)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 11)));
    /// ```
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers in `text`, or `""` if the span does not fit `text` or
    /// does not fall on its char boundaries (which never happens for the text a result
    /// came from).
    ///
    /// ```
    /// let text = "naïve café";
    /// assert_eq!(tidings::Span::new(7, 12).as_str(text), "café");
    /// assert_eq!(tidings::Span::new(3, 4).as_str(text), ""); // inside 'ï'
    /// ```
    #[inline]
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The span shrunk to exclude leading and trailing whitespace of `text`.
    pub(crate) fn trim(self, text: &str) -> Span {
        let s = self.as_str(text);
        let lead = s.len() - s.trim_start().len();
        let t = s.trim();
        Span::new(self.start + lead, self.start + lead + t.len())
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}
