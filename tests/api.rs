//! The public API's promises that are not about any one stage: thread safety, errors,
//! bytes in.

use tidings::*;

fn send_sync<T: Send + Sync>() {}
fn unwind_safe<T: std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}

#[test]
fn public_types_are_send_sync_and_unwind_safe() {
    send_sync::<Span>();
    send_sync::<Error>();
    send_sync::<Sentence<'static>>();
    send_sync::<Sentences<'static, 'static>>();
    send_sync::<sentences::BlockSentences<'static, 'static>>();
    send_sync::<SentenceSplitter>();
    send_sync::<Block<'static>>();
    send_sync::<Blocks<'static>>();
    send_sync::<BlockKind>();
    send_sync::<Quote<'static>>();
    send_sync::<QuoteKind>();
    send_sync::<QuoteExtractor>();
    send_sync::<Speaker<'static>>();
    send_sync::<SpeakerMention<'static>>();
    send_sync::<Fragment<'static>>();
    send_sync::<List<'static>>();
    send_sync::<ListItem<'static>>();
    send_sync::<Heading<'static>>();
    send_sync::<MarkerStyle>();
    send_sync::<Analysis<'static>>();
    send_sync::<Extractor>();
    unwind_safe::<Analysis<'static>>();
    unwind_safe::<Extractor>();
    unwind_safe::<SentenceSplitter>();
    unwind_safe::<QuoteExtractor>();
    unwind_safe::<Error>();
}

#[test]
fn invalid_utf8_says_where() {
    let err = from_utf8(b"Prices rose \xE2\x82 sharply").unwrap_err();
    assert_eq!(
        err,
        Error::InvalidUtf8 {
            valid_up_to: 12,
            error_len: Some(2)
        }
    );
    assert_eq!(
        err.to_string(),
        "input is not valid UTF-8: invalid byte at offset 12"
    );
    let err = from_utf8(b"cut short \xE2\x82").unwrap_err();
    assert_eq!(
        err,
        Error::InvalidUtf8 {
            valid_up_to: 10,
            error_len: None
        }
    );
    assert!(err
        .to_string()
        .contains("incomplete character at offset 10"));
}

#[test]
fn lossy_replaces_and_borrows_when_valid() {
    assert_eq!(from_utf8_lossy(b"a\xFFb"), "a\u{FFFD}b");
    assert!(matches!(
        from_utf8_lossy(b"fine"),
        std::borrow::Cow::Borrowed("fine")
    ));
}

#[test]
fn bad_options_are_errors_not_panics() {
    for bad in ["", "  ", "a b", "."] {
        let r = SentenceSplitter::builder().abbreviation(bad).build();
        assert!(
            matches!(r, Err(Error::InvalidAbbreviation(_))),
            "{bad:?} accepted"
        );
    }
    assert!(matches!(
        QuoteExtractor::builder().cue("").build(),
        Err(Error::InvalidCue(_))
    ));
    assert!(matches!(
        QuoteExtractor::builder().cue("say2").build(),
        Err(Error::InvalidCue(_))
    ));
    assert!(matches!(
        QuoteExtractor::builder().quote_marks('a', '"').build(),
        Err(Error::InvalidQuoteMarks { .. })
    ));
    assert!(QuoteExtractor::builder()
        .cue("went on to say")
        .quote_marks('⟪', '⟫')
        .build()
        .is_ok());
}

#[test]
fn empty_and_blank_input_give_empty_results() {
    for t in ["", " ", "\n\n\r\n", "\u{feff}", "\u{200b}"] {
        let a = analyze(t);
        assert!(
            a.quotes().is_empty() && a.lists().is_empty() && a.headings().is_empty(),
            "{t:?}"
        );
        assert_eq!(
            a.sentences().len(),
            usize::from(!t.trim().is_empty()),
            "{t:?}"
        );
    }
}

#[test]
fn a_custom_cue_may_start_with_a_non_ascii_letter() {
    let ex = QuoteExtractor::builder().cue("éclaire").build().unwrap();
    for text in [
        "Dr. Anna Berg éclaire that the vaccine is safe and effective.",
        "Dr. Anna Berg éclaire that the “vaccine” is safe and effective.",
    ] {
        let q = ex.extract(text);
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].cue().unwrap().as_str(), "éclaire", "{text}");
        assert_eq!(q[0].speaker().unwrap().name(), Some("Anna Berg"), "{text}");
    }
}
