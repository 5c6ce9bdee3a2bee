//! Static tables: abbreviations, speech cues, quotation marks. Kept apart from the logic
//! so that a reader finds every word list in one place.

pub(crate) mod abbreviations;
pub(crate) mod cues;
pub(crate) mod marks;
pub(crate) mod states;
