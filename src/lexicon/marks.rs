//! Quotation mark pairs.
