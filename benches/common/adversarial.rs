//! Hostile inputs of any size: what untrusted scraped text can throw at the crate.
//! Shared by the `adversarial` bench (linear time) and tests/adversarial.rs (no panic).
#![allow(dead_code)]

/// Every adversarial input kind, by name, built to about `size` bytes.
pub fn all(size: usize) -> Vec<(&'static str, String)> {
    let article = super::batch(7, 1).pop().unwrap_or_default();
    let deep: String = {
        // list items indented one more level per line, up to 10,000 levels
        let mut s = String::new();
        let mut level = 0usize;
        while s.len() < size {
            s.push_str(&" ".repeat(level % 10_000));
            s.push_str("- item\n");
            level += 1;
        }
        s
    };
    let mut rng = super::Rng::new(99);
    let random_bytes: Vec<u8> = (0..size).map(|_| rng.next() as u8).collect();
    vec![
        ("straight_quotes", fill("\"", size)),
        ("dot_space", fill(". ", size)),
        ("mr_repeated", fill("Mr. ", size)),
        ("one_long_word", fill("abcdefghij", size)),
        ("open_quotes_only", fill("“word ", size)),
        ("open_parens", fill("(", size)),
        ("bullet_lines", fill("- a bullet line\n", size)),
        ("deep_indent", deep),
        (
            "nested_markers",
            fill(&format!("{}item\n", "- ".repeat(10_000)), size),
        ),
        (
            "nul_and_controls",
            fill("a\0b\x01c\x07\x1b[0m.\x0b\x0c", size),
        ),
        ("bom_lines", fill("\u{feff}Title line\n", size)),
        ("lone_cr", fill("He said so.\rShe left.\r", size)),
        (
            "zwj_bidi",
            fill("a\u{200d}b\u{202e}c\u{2066}d\u{200b}. ", size),
        ),
        (
            "combining_marks",
            fill("e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}. ", size),
        ),
        ("four_byte_chars", fill("𝒜😀𠀀. ", size)),
        (
            "random_bytes_lossy",
            String::from_utf8_lossy(&random_bytes).into_owned(),
        ),
        ("said_colon_quote", fill("He said: “", size)),
        ("according_to", fill("according to ", size)),
        ("article_repeated", fill(&article, size)),
    ]
}

fn fill(unit: &str, size: usize) -> String {
    if unit.is_empty() {
        return String::new();
    }
    unit.repeat(size / unit.len().max(1) + 1)
}
