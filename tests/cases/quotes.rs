//! Data-driven cases for the quotes stage (files under tests/data/quotes/).
