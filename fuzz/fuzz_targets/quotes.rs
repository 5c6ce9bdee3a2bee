#![no_main]
//! Quotes: never panic; content inside the quotation, speaker and cue spans in bounds on
//! char boundaries, quotes in order.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let ok = |s: tidings::Span| s.end() <= text.len() && text.is_char_boundary(s.start()) && text.is_char_boundary(s.end());
    let quotes = tidings::quotes(text);
    let mut last = 0;
    for q in &quotes {
        assert!(ok(q.span()) && q.span().contains(q.content()));
        assert!(q.span().start() >= last, "quotes out of order");
        last = q.span().start();
        if let Some(s) = q.speaker() {
            assert!(ok(s.span()));
        }
        if let Some(c) = q.cue() {
            assert!(ok(c.span()));
        }
    }
    let _ = tidings::quotes::speakers(&quotes);
});
