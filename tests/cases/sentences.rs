//! Data-driven cases for the sentences stage (files under tests/data/sentences/).
