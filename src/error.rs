//! The crate's one error type.

/// What can go wrong: building an extractor from bad options, or reading bytes that are
/// not UTF-8. Extraction on a `&str` never fails.
///
/// ```
/// let err = tidings::from_utf8(b"caf\xE9 au lait").unwrap_err();
/// assert_eq!(err.to_string(), "input is not valid UTF-8: invalid byte at offset 3");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input bytes are not valid UTF-8.
    #[error("input is not valid UTF-8: {}", describe_utf8(*.valid_up_to, *.error_len))]
    InvalidUtf8 {
        /// Byte offset of the first byte that is not part of a valid UTF-8 sequence.
        valid_up_to: usize,
        /// Length of the invalid sequence, or `None` if the input ends in the middle of a
        /// character.
        error_len: Option<usize>,
    },
    /// A custom abbreviation is empty or contains whitespace.
    #[error("invalid abbreviation {0:?}: it must be non-empty and contain no whitespace")]
    InvalidAbbreviation(String),
    /// A custom cue verb or phrase is empty or not made of letters, spaces, hyphens and
    /// apostrophes.
    #[error("invalid cue {0:?}: it must be one or more words of letters")]
    InvalidCue(String),
    /// A custom quotation mark pair is unusable (empty, whitespace, or an alphanumeric
    /// character).
    #[error("invalid quotation mark pair {open:?} {close:?}")]
    InvalidQuoteMarks {
        /// The opening mark given.
        open: char,
        /// The closing mark given.
        close: char,
    },
}

fn describe_utf8(valid_up_to: usize, error_len: Option<usize>) -> String {
    match error_len {
        Some(_) => format!("invalid byte at offset {valid_up_to}"),
        None => format!("incomplete character at offset {valid_up_to} (end of input)"),
    }
}

impl From<core::str::Utf8Error> for Error {
    fn from(e: core::str::Utf8Error) -> Error {
        Error::InvalidUtf8 {
            valid_up_to: e.valid_up_to(),
            error_len: e.error_len(),
        }
    }
}

/// Checks that `bytes` are UTF-8 and returns them as `&str`, or an [`Error::InvalidUtf8`]
/// that says at which byte the input stops being valid.
///
/// # Errors
/// [`Error::InvalidUtf8`] when the bytes are not valid UTF-8.
///
/// ```
/// assert_eq!(tidings::from_utf8(b"ok").unwrap(), "ok");
/// let err = tidings::from_utf8(b"ab\xF0\x9F").unwrap_err();
/// assert!(matches!(err, tidings::Error::InvalidUtf8 { valid_up_to: 2, error_len: None }));
/// ```
pub fn from_utf8(bytes: &[u8]) -> Result<&str, Error> {
    core::str::from_utf8(bytes).map_err(Error::from)
}

/// Decodes `bytes` as UTF-8, replacing each invalid sequence with U+FFFD, for callers who
/// prefer some text to an error. Borrows when the input is already valid.
///
/// ```
/// assert_eq!(tidings::from_utf8_lossy(b"caf\xE9"), "caf\u{FFFD}");
/// ```
pub fn from_utf8_lossy(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}
