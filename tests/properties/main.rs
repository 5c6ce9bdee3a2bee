//! Property tests for the invariants every stage promises.

mod analysis;
mod blocks;
mod quotes;
mod sentences;
