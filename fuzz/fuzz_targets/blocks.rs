#![no_main]
//! Blocks: never panic; in order, in bounds, on char boundaries, covering every
//! non-whitespace character once.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last = 0;
    for b in tidings::blocks(text) {
        let span = b.span();
        assert!(last <= span.start() && span.start() < span.end() && span.end() <= text.len());
        assert!(text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()));
        assert!(text[last..span.start()].trim().is_empty(), "non-whitespace between blocks");
        assert!(span.contains(b.content()));
        last = span.end();
    }
    assert!(text[last..].trim().is_empty(), "non-whitespace after the last block");
});
