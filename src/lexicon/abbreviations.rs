//! Abbreviations that a full stop does not end a sentence after.

/// Whether `word` (without its final full stop, any case) is a known abbreviation.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov",
    ];
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}
