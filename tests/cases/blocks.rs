//! Data-driven cases for the blocks stage (files under tests/data/blocks/).
