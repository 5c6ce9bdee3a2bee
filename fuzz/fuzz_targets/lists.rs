#![no_main]
//! Lists and headings: never panic; items inside their list, spans in bounds.
use libfuzzer_sys::fuzz_target;

fn check(text: &str, list: &tidings::List<'_>) {
    let span = list.span();
    assert!(span.end() <= text.len() && text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()));
    for item in list.items() {
        assert!(span.contains(item.span()), "item outside its list");
        assert!(item.span().contains(item.content()));
        for sub in item.sublists() {
            check(text, sub);
        }
    }
}

fuzz_target!(|text: &str| {
    for list in tidings::lists(text) {
        check(text, &list);
    }
    for h in tidings::headings(text) {
        assert!(h.span().end() <= text.len());
    }
});
