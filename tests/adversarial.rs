//! Hostile inputs never panic, and every result stays inside the text on char boundaries.
//! (Their linear cost is measured by `cargo bench --bench adversarial`, not here.)

#[path = "../benches/common/mod.rs"]
mod common;

fn check(name: &str, text: &str) {
    let a = tidings::analyze(text);
    let ok = |s: tidings::Span| {
        s.start() <= s.end()
            && s.end() <= text.len()
            && text.is_char_boundary(s.start())
            && text.is_char_boundary(s.end())
    };
    for s in a.sentences() {
        assert!(
            ok(s.span()),
            "{name}: sentence span {:?} out of bounds",
            s.span()
        );
    }
    for b in a.blocks() {
        assert!(ok(b.span()), "{name}: block span {:?}", b.span());
    }
    for q in a.quotes() {
        assert!(
            ok(q.span()) && q.span().contains(q.content()),
            "{name}: quote {:?}",
            q.span()
        );
    }
    for l in a.lists() {
        assert!(ok(l.span()), "{name}: list {:?}", l.span());
    }
}

#[test]
fn adversarial_inputs_do_not_panic() {
    for (name, text) in common::adversarial::all(64 << 10) {
        check(name, &text);
    }
}

#[test]
fn ten_thousand_levels_of_nesting_do_not_overflow() {
    let mut staircase = String::new();
    for level in 0..3_000 {
        staircase.push_str(&" ".repeat(level));
        staircase.push_str("- deeper\n");
    }
    check("staircase", &staircase);
    check("one_line", &format!("{}item\n", "- ".repeat(10_000)));
    check("parens", &format!("{}item\n", "(a) ".repeat(10_000)));
}

#[test]
fn inputs_the_fuzzers_found_do_not_panic() {
    // A window of names read on its own, whose first token is a name with no word
    // before it (an overflow in debug builds).
    check("window_first_name", "#speec\nRepopeec\nReporthr Halal");
}
