//! Properties of the quotes stage: on any text, quote content lies inside its
//! quotation, every span lies on char boundaries of the text, quotes come sorted, and the
//! same input gives the same output.

use proptest::prelude::*;

/// Text built from news-like pieces: names, cues, every kind of quotation mark,
/// apostrophes, paragraph breaks and stray punctuation, so that the rules fire often.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "‹",
        "›",
        "„",
        "‚",
        "「",
        "」",
        "—",
        " - ",
        ", ",
        ". ",
        ": ",
        "; ",
        "? ",
        "\n",
        "\n\n",
        " ",
        "said",
        "says",
        "told reporters",
        "according to",
        "added that",
        "was quoted as saying",
        "Okafor",
        "Adaeze Okafor",
        "Sen. Ruiz",
        "the senator",
        "he",
        "She",
        "European officials",
        "a spokesman",
        "Hugh Hill, a doctor,",
        "(D-Ohio)",
        "that",
        "the plan",
        "is dead",
        "We will win",
        "don't",
        "rock 'n' roll",
        "the '90s",
        "Jones'",
        "’tis",
        "Jr.",
        "Mr.",
        "é",
        "日本",
        "\u{a0}",
        "adding",
        "believes",
        "in a statement",
        "who",
        "And from the chairwoman",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let quotes = tidings::quotes(text);
    let mut last = (0usize, 0usize);
    for q in &quotes {
        let span = q.span();
        let content = q.content();
        prop_assert!(span.end() <= text.len());
        prop_assert!(text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()));
        prop_assert!(
            text.is_char_boundary(content.start()) && text.is_char_boundary(content.end())
        );
        prop_assert!(
            span.contains(content),
            "content {content:?} outside {span:?}"
        );
        prop_assert_eq!(q.as_str(), &text[content.range()]);
        prop_assert!((span.start(), span.end()) >= last, "quotes out of order");
        last = (span.start(), span.end());
        if let Some(sp) = q.speaker() {
            let s = sp.span();
            prop_assert!(s.end() <= text.len());
            prop_assert!(text.is_char_boundary(s.start()) && text.is_char_boundary(s.end()));
            prop_assert_eq!(sp.as_str(), &text[s.range()]);
            if let Some(name) = sp.name() {
                prop_assert!(!name.is_empty());
                // The name is borrowed from the text.
                let base = text.as_ptr() as usize;
                let p = name.as_ptr() as usize;
                prop_assert!(p >= base && p + name.len() <= base + text.len());
            }
        }
        if let Some(cue) = q.cue() {
            let c = cue.span();
            prop_assert!(c.end() <= text.len());
            prop_assert!(text.is_char_boundary(c.start()) && text.is_char_boundary(c.end()));
            prop_assert_eq!(cue.as_str(), &text[c.range()]);
        }
    }
    prop_assert_eq!(&tidings::quotes(text), &quotes, "not deterministic");
    let sentences: Vec<_> = tidings::sentences(text).collect();
    let again = tidings::QuoteExtractor::default().extract_sentences(text, &sentences);
    prop_assert_eq!(&again, &quotes, "extract_sentences differs");
    let dir = tidings::quotes::speakers(&quotes);
    let counted: usize = dir.iter().map(|s| s.quote_count()).sum();
    prop_assert!(counted <= quotes.len());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn quote_invariants_newsy(text in newsy()) {
        check(&text)?;
    }

    #[test]
    fn quote_invariants_any(text in "\\PC{0,200}") {
        check(&text)?;
    }

    #[test]
    fn sentences_in_any_order_never_panic(text in newsy(), cut in 0usize..50) {
        // Sentences given by a caller may be odd: overlapping, out of order, empty.
        let mut s: Vec<_> = tidings::sentences(&text).collect();
        s.reverse();
        let n = s.len().min(cut);
        s.truncate(n);
        let _ = tidings::QuoteExtractor::default().extract_sentences(&text, &s);
    }
}

#[test]
fn quote_types_are_send_sync() {
    fn ok<T: Send + Sync + std::fmt::Debug>() {}
    ok::<tidings::Quote<'static>>();
    ok::<tidings::Speaker<'static>>();
    ok::<tidings::SpeakerMention<'static>>();
    ok::<tidings::Fragment<'static>>();
    ok::<tidings::QuoteExtractor>();
    ok::<tidings::quotes::QuoteExtractorBuilder>();
}
