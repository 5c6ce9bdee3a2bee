//! Quotation marks: which characters open, which close, and which opening mark each
//! closing mark may end.

/// What a quotation mark character can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Only opens (“ « „ 「).
    Open,
    /// Only closes (” » 」).
    Close,
    /// Opens or closes depending on its neighbours (" and ').
    Either,
    /// Closes a quotation or is an apostrophe (’).
    CloseOrApostrophe,
}

/// A quotation mark: its role and whether it belongs to the single-quote family (whose
/// members double as apostrophes and are distrusted when unbalanced).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mark {
    pub(crate) role: Role,
    pub(crate) single: bool,
}

/// The built-in marks. `“` opens, but also closes a German `„`; `‘` likewise closes `‚`.
pub(crate) fn builtin(c: char) -> Option<Mark> {
    let (role, single) = match c {
        '"' => (Role::Either, false),
        '\'' => (Role::Either, true),
        '“' | '„' | '«' | '「' | '『' => (Role::Open, false),
        '”' | '»' | '」' | '』' => (Role::Close, false),
        '‘' | '‚' | '‹' => (Role::Open, true),
        '’' => (Role::CloseOrApostrophe, true),
        '›' => (Role::Close, true),
        _ => return None,
    };
    Some(Mark { role, single })
}

/// Whether the built-in `close` ends a quotation opened by `open`.
pub(crate) fn builtin_pair(open: char, close: char) -> bool {
    matches!(
        (open, close),
        ('"', '"')
            | ('\'', '\'')
            | ('“', '”')
            | ('„', '“')
            | ('„', '”')
            | ('«', '»')
            | ('‹', '›')
            | ('‘', '’')
            | ('‘', '\'')
            | ('\'', '’')
            | ('‚', '‘')
            | ('‚', '’')
            | ('「', '」')
            | ('『', '』')
            | ('“', '"')
            | ('"', '”')
    )
}

/// Whether `c` is a closing mark that also opens German quotations (`“`, `‘`).
pub(crate) fn closes_low_mark(c: char) -> bool {
    matches!(c, '“' | '‘')
}

/// Words that start with an apostrophe standing for dropped letters (`'tis`, `'em`).
pub(crate) fn is_elision(word: &str) -> bool {
    const W: &[&str] = &[
        "tis", "twas", "em", "n", "cause", "til", "bout", "round", "cos", "s", "nuff", "twere",
        "ello", "ere",
    ];
    W.iter().any(|w| w.eq_ignore_ascii_case(word))
}
