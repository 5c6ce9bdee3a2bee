#![no_main]
//! The whole pipeline: never panics, and equals the stages run alone.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let a = tidings::analyze(text);
    assert_eq!(a.sentences(), &tidings::sentences(text).collect::<Vec<_>>()[..]);
    assert_eq!(a.quotes(), &tidings::quotes(text)[..]);
    assert_eq!(a.lists(), &tidings::lists(text)[..]);
    assert_eq!(a.headings(), &tidings::headings(text)[..]);
});
