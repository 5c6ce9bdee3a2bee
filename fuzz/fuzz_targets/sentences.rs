#![no_main]
//! Sentences: never panic; spans in order, in bounds, on char boundaries, covering every
//! non-whitespace character once; the block-fed form agrees.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let sentences: Vec<_> = tidings::sentences(text).collect();
    let mut last = 0;
    for s in &sentences {
        let span = s.span();
        assert!(last <= span.start() && span.start() < span.end() && span.end() <= text.len());
        assert!(text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()));
        assert!(text[last..span.start()].trim().is_empty(), "non-whitespace between sentences");
        last = span.end();
    }
    assert!(text[last..].trim().is_empty(), "non-whitespace after the last sentence");
    let blocks: Vec<_> = tidings::blocks(text).collect();
    let splitter = tidings::SentenceSplitter::default();
    let again: Vec<_> = splitter.split_blocks(text, &blocks).collect();
    assert_eq!(sentences, again);
});
