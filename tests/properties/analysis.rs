//! `analyze` equals the stages run alone, on random strings and on generated articles
//! with random edits; the same input always gives the same output.

use proptest::prelude::*;

#[path = "../../benches/common/mod.rs"]
mod common;

/// Characters that drive the rules: punctuation, quotation marks, newlines, list markers,
/// Unicode spaces and marks, and letters.
pub fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range('a', 'z'),
        2 => proptest::char::range('A', 'Z'),
        2 => Just(' '),
        1 => prop::sample::select(vec![
            '.', '?', '!', '…', ',', ':', ';', '-', '*', '•', '(', ')', '[', ']', '"', '\'', '“', '”',
            '‘', '’', '«', '»', '„', '「', '」', '\n', '\n', '\r', '\t', '1', '2', '9', '#', '=',
            '\u{a0}', '\u{200b}', '\u{301}', '。', '😀', '\u{feff}', '\0',
        ]),
    ]
}

pub fn tricky_string(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(tricky_char(), 0..max).prop_map(|v| v.into_iter().collect())
}

/// A generated article with up to 8 random edits (insertions of tricky text, deletions).
pub fn edited_article() -> impl Strategy<Value = String> {
    (
        any::<u64>(),
        proptest::collection::vec((any::<u16>(), any::<bool>(), tricky_string(6)), 0..8),
    )
        .prop_map(|(seed, edits)| {
            let mut rng = common::Rng::new(seed);
            let mut text = common::article(&mut rng);
            for (at, delete, insert) in edits {
                let mut pos = usize::from(at) % (text.len() + 1);
                while !text.is_char_boundary(pos) {
                    pos -= 1;
                }
                if delete {
                    let mut end = (pos + 5).min(text.len());
                    while !text.is_char_boundary(end) {
                        end += 1;
                    }
                    text.replace_range(pos..end, "");
                } else {
                    text.insert_str(pos, &insert);
                }
            }
            text
        })
}

fn same_as_stages(text: &str) {
    let a = tidings::analyze(text);
    let blocks: Vec<_> = tidings::blocks(text).collect();
    assert_eq!(a.blocks(), &blocks[..]);
    let sentences: Vec<_> = tidings::sentences(text).collect();
    assert_eq!(a.sentences(), &sentences[..]);
    let quotes = tidings::quotes(text);
    assert_eq!(a.quotes(), &quotes[..]);
    assert_eq!(a.speakers(), &tidings::quotes::speakers(&quotes)[..]);
    assert_eq!(a.headings(), &tidings::headings(text)[..]);
    assert_eq!(a.lists(), &tidings::lists(text)[..]);
    assert_eq!(a, tidings::analyze(text), "same input, different output");
    let texts = [text, "", text];
    let batch = tidings::analyze_batch(&texts);
    assert_eq!(batch[0], a);
    assert_eq!(batch[2], a);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn analyze_equals_stages_on_random_text(text in tricky_string(300)) {
        same_as_stages(&text);
    }

    #[test]
    fn analyze_equals_stages_on_edited_articles(text in edited_article()) {
        same_as_stages(&text);
    }
}
