//! Property tests for the invariants every stage promises.

mod blocks;
mod quotes;
mod sentences;
