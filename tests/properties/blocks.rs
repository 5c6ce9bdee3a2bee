//! Properties of the blocks stage, and of the headings and lists built on it.

use proptest::prelude::*;

/// Text made of pieces that exercise the scanner: markers, headings, rules, numbers,
/// bylines, line ends of every kind, indentation and multibyte characters.
fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\n\n".to_string()),
        Just("  ".to_string()),
        Just("\t".to_string()),
        Just("- ".to_string()),
        Just("* ".to_string()),
        Just("• ".to_string()),
        Just("— ".to_string()),
        Just("1. ".to_string()),
        Just("2) ".to_string()),
        Just("(a) ".to_string()),
        Just("iv. ".to_string()),
        Just("A. ".to_string()),
        Just("# ".to_string()),
        Just("---".to_string()),
        Just("===".to_string()),
        Just("By Jane Smith".to_string()),
        Just("include:".to_string()),
        Just("three demands".to_string()),
        Just("Mr.".to_string()),
        Just("1582.".to_string()),
        Just("The council voted.".to_string()),
        Just("Key Points".to_string()),
        Just("Why not?".to_string()),
        Just("Where the money comes from".to_string()),
        Just("contributed to this report.".to_string()),
        Just("Denotes".to_string()),
        Just("ASSOCIATED PRESS".to_string()),
        Just("agree on these points:".to_string()),
        Just("the following:\n".to_string()),
        Just("Stop lying\n".to_string()),
        Just("Show humility.".to_string()),
        Just("; ".to_string()),
        Just("naïve café ".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{3000}".to_string()),
        "[a-zA-Z ]{1,12}",
        "\\PC{0,6}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check_blocks(text: &str) -> Result<(), TestCaseError> {
    let blocks: Vec<_> = tidings::blocks(text).collect();
    let mut prev_end = 0usize;
    let mut covered = vec![false; text.len()];
    for b in &blocks {
        let s = b.span();
        prop_assert!(s.end() <= text.len(), "span out of bounds: {:?}", s);
        prop_assert!(text.is_char_boundary(s.start()) && text.is_char_boundary(s.end()));
        prop_assert!(!s.is_empty(), "empty block {:?}", s);
        prop_assert!(
            s.start() >= prev_end,
            "blocks overlap or are unsorted: {:?}",
            s
        );
        prev_end = s.end();
        prop_assert!(
            s.contains(b.content()),
            "content {:?} outside {:?}",
            b.content(),
            s
        );
        prop_assert!(text.is_char_boundary(b.content().start()));
        prop_assert!(text.is_char_boundary(b.content().end()));
        if let Some(m) = b.marker() {
            prop_assert!(s.contains(m));
            prop_assert!(m.end() <= b.content().start());
        }
        let t = b.as_str();
        prop_assert_eq!(t, t.trim(), "block not trimmed");
        for i in s.range() {
            covered[i] = true;
        }
    }
    for (i, c) in text.char_indices() {
        if !c.is_whitespace() {
            prop_assert!(covered[i], "char {:?} at {} in no block", c, i);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn blocks_cover_every_char_once(text in article()) {
        check_blocks(&text)?;
    }

    #[test]
    fn blocks_on_arbitrary_unicode(text in "\\PC{0,200}") {
        check_blocks(&text)?;
    }

    #[test]
    fn same_input_same_output(text in article()) {
        let a: Vec<_> = tidings::blocks(&text).collect();
        let b: Vec<_> = tidings::blocks(&text).collect();
        prop_assert_eq!(a, b);
        prop_assert_eq!(tidings::lists(&text), tidings::lists(&text));
        prop_assert_eq!(tidings::headings(&text), tidings::headings(&text));
    }

    #[test]
    fn list_items_lie_inside_their_list(text in article()) {
        for list in tidings::lists(&text) {
            let mut stack = vec![list];
            while let Some(l) = stack.pop() {
                prop_assert!(l.span().end() <= text.len());
                prop_assert!(!l.items().is_empty());
                for item in l.items() {
                    prop_assert!(l.span().contains(item.span()), "item {:?} outside list {:?}", item.span(), l.span());
                    prop_assert!(item.span().contains(item.marker()));
                    prop_assert!(item.span().contains(item.content()));
                    for sub in item.sublists() {
                        prop_assert!(l.span().contains(sub.span()));
                        stack.push(sub.clone());
                    }
                }
                if let Some(lead) = l.lead_in() {
                    prop_assert!(lead.span().end() <= l.span().start());
                }
            }
        }
    }

    #[test]
    fn lists_equal_lists_from_blocks(text in article()) {
        let blocks: Vec<_> = tidings::blocks(&text).collect();
        prop_assert_eq!(tidings::lists(&text), tidings::lists::lists_from_blocks(&text, &blocks));
        prop_assert_eq!(tidings::headings(&text), tidings::lists::headings_from_blocks(&blocks));
    }

    #[test]
    fn headings_are_heading_blocks(text in article()) {
        let blocks: Vec<_> = tidings::blocks(&text).collect();
        let hs = tidings::lists::headings_from_blocks(&blocks);
        let n = blocks.iter().filter(|b| b.kind() == tidings::BlockKind::Heading).count();
        prop_assert_eq!(hs.len(), n);
        for h in hs {
            prop_assert!(text.is_char_boundary(h.span().start()) && text.is_char_boundary(h.span().end()));
        }
    }
}

proptest! {
    /// Dash lines that answer a dialogue line are never list items, whatever they say.
    #[test]
    fn dialogue_runs_are_not_lists(
        replies in proptest::collection::vec(("[A-Za-z][a-z ]{0,20}", "[.?!]"), 1..6),
        dash in prop_oneof![Just('—'), Just('–')],
        blank in any::<bool>(),
    ) {
        let sep = if blank { "\n\n" } else { "\n" };
        let mut text = format!("{dash} Are you ready? {dash} she asked.");
        for (words, stop) in &replies {
            text.push_str(sep);
            text.push(dash);
            text.push(' ');
            text.push_str(words.trim_end());
            text.push_str(stop);
        }
        let items = tidings::blocks(&text)
            .filter(|b| b.kind() == tidings::BlockKind::ListItem)
            .count();
        prop_assert_eq!(items, 0, "{:?}", text);
        prop_assert!(tidings::lists(&text).is_empty());
    }
}

#[test]
fn deep_nesting_does_not_overflow() {
    let mut text = String::new();
    for i in 0..10_000 {
        text.push_str(&" ".repeat(i * 2));
        text.push_str("- level\n");
    }
    let lists = tidings::lists(&text);
    assert_eq!(lists.len(), 1);
    let blocks = tidings::blocks(&text).count();
    assert_eq!(blocks, 10_000);
    drop(lists);
}

#[test]
fn long_line_without_breaks() {
    let text = "word ".repeat(200_000);
    assert_eq!(tidings::blocks(&text).count(), 1);
    let text = "- ".repeat(100_000);
    assert!(tidings::blocks(&text).count() >= 1);
}
