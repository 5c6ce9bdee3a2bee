//! Cases as data: every file under `tests/data/<stage>/` is run by the matching module.
//! Adding a case means adding data, not code.

mod blocks;
mod quotes;
mod sentences;
