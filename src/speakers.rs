//! Who speaks: words of a clause as tokens, speaker noun phrases around a cue, and the
//! per-article table of people that resolves `Okafor`, `she` and `the senator` to the
//! fullest name the article gives.
//!
//! Everything here works on bounded windows of tokens (one clause, a handful of words
//! either side of a cue) and on hash tables keyed by name words, so resolving a speaker
//! never rescans earlier text.

use crate::lexicon::cues;
use crate::quotes::{ascii_letters, load8, SWAR_HIGH};
use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A word; `cap` when it starts with an uppercase letter.
    Word { cap: bool },
    /// One punctuation character.
    Punct(char),
    /// A whole quotation, by index into the article's quotations.
    Quote(usize),
}

/// One token: a word, a punctuation mark, or a whole quotation, with its text, so that
/// the rules read a word without slicing the article again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    pub(crate) start: usize,
    pub(crate) text: &'a str,
    pub(crate) kind: TokKind,
}

impl<'a> Tok<'a> {
    pub(crate) fn end(&self) -> usize {
        self.start + self.text.len()
    }
    pub(crate) fn span(&self) -> Span {
        Span::new(self.start, self.end())
    }
    pub(crate) fn is_word(&self) -> bool {
        matches!(self.kind, TokKind::Word { .. })
    }
    pub(crate) fn is_cap(&self) -> bool {
        matches!(self.kind, TokKind::Word { cap: true })
    }
    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }
    pub(crate) fn is_dash(&self) -> bool {
        matches!(self.kind, TokKind::Punct('-' | '—' | '–' | '―'))
    }
    pub(crate) fn quote(&self) -> Option<usize> {
        match self.kind {
            TokKind::Quote(q) => Some(q),
            _ => None,
        }
    }
}

/// Whether `c` is a Latin-1 sign or control that UTF-8 read as Latin-1 leaves after a
/// letter (`Ã©`, `Ã§`, `Â§`); not a space or a guillemet.
fn latin1_sign(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{bf}') && !matches!(c, '\u{a0}' | '«' | '»')
}

/// Whether `c` is a combining mark, which belongs to the letter before it.
fn combining(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36f}'
            | '\u{1ab0}'..='\u{1aff}'
            | '\u{1dc0}'..='\u{1dff}'
            | '\u{20d0}'..='\u{20ff}'
            | '\u{fe20}'..='\u{fe2f}'
    )
}

/// Appends the tokens of `text[from..to]` to `out`. Letters, digits and the apostrophes,
/// hyphens and full stops inside a word make words; an abbreviation or an initial keeps
/// its final full stop.
pub(crate) fn tokenize<'a>(text: &'a str, from: usize, to: usize, out: &mut Vec<Tok<'a>>) {
    let Some(slice) = text.get(from..to) else {
        return;
    };
    let b = slice.as_bytes();
    let class = |c: u8| TOK_CLASS.get(usize::from(c)).copied().unwrap_or(T_PUNCT);
    let mut i = 0;
    'toks: while let Some(&c) = b.get(i) {
        let start = i;
        // An `if` chain rather than a `match`: a jump table on the byte class is an
        // indirect branch that predicts badly.
        let k = class(c);
        let cap = if k <= T_LOWER {
            i += 1;
            k == T_UPPER
        } else if k == T_SPACE {
            i += 1;
            continue;
        } else if k != T_WIDE {
            // A double mark outside every paired quotation is a nickname's (`Marcia
            // "Cia" Price`) or a stray one: no token, so a name reads through it.
            if c != b'"' {
                out.push(Tok {
                    start: from + i,
                    text: slice.get(i..i + 1).unwrap_or(""),
                    kind: TokKind::Punct(char::from(c)),
                });
            }
            i += 1;
            continue;
        } else {
            // A character past ASCII, read out of line.
            let (ch, n, word) = wide_start(slice, i);
            let Some(cap) = word else {
                if !ch.is_whitespace() {
                    out.push(Tok {
                        start: from + i,
                        text: slice.get(i..i + n).unwrap_or(""),
                        kind: TokKind::Punct(ch),
                    });
                }
                i += n;
                continue;
            };
            i += n;
            cap
        };
        // Whether a full stop sits inside the word (`U.S`): it then keeps a final one.
        let mut dotted = false;
        loop {
            // ASCII letters eight bytes at a time, the word's end found branch-free: an
            // exit that depended on the word's length (one byte at a time, or four) was
            // a branch the processor mispredicted about once a word. Digits, and the
            // last bytes of the slice, one at a time after.
            while let Some(x) = load8(b, i) {
                let other = !ascii_letters(x) & SWAR_HIGH;
                i += (other.trailing_zeros() / 8) as usize;
                if other != 0 {
                    break;
                }
            }
            while b.get(i).is_some_and(|&c| class(c) <= T_LOWER) {
                i += 1;
            }
            // Most words end at a space: nothing after them is asked (no full stop to
            // keep, no comma inside a number), the word is pushed and the space
            // stepped over.
            if b.get(i) == Some(&b' ') {
                out.push(Tok {
                    start: from + start,
                    text: slice.get(start..i).unwrap_or(""),
                    kind: TokKind::Word { cap },
                });
                i += 1;
                continue 'toks;
            }
            let Some(&c) = b.get(i) else { break };
            let k = class(c);
            if k <= T_BREAK {
                if c == b',' && thousands_comma(b, i) {
                    i += 1;
                    continue;
                }
                break;
            }
            if k == T_WIDE {
                // A character past ASCII, read out of line.
                match wide_in_word(slice, i) {
                    Some(n) => {
                        i += n;
                        continue;
                    }
                    None => break,
                }
            }
            if matches!(c, b'\'' | b'-' | b'.' | b'&') {
                // Only inside a word: "don't", "U.S", "well-known".
                let next_alnum = match b.get(i + 1) {
                    Some(&d) if d < 0x80 => class(d) <= T_LOWER,
                    Some(_) => is_alnum(char_at(slice, i + 1).0),
                    None => false,
                };
                if next_alnum {
                    dotted |= c == b'.';
                    i += 1;
                } else {
                    break;
                }
            } else if c == b'/'
                && i > start
                && b.get(i - 1).is_some_and(u8::is_ascii_digit)
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            {
                // Between digits: "9/11", "24/7".
                i += 1;
            } else {
                break;
            }
        }
        if b.get(i) == Some(&b'.')
            && (matches!(b.get(i + 1), Some(b')' | b','))
                || dotted
                || keeps_period(slice.get(start..i).unwrap_or(""))
                || closing_inside(b, i, slice.get(start..i).unwrap_or("")))
        {
            i += 1;
        }
        out.push(Tok {
            start: from + start,
            text: slice.get(start..i).unwrap_or(""),
            kind: TokKind::Word { cap },
        });
        // A space after a kept full stop is stepped over here; a comma after the word
        // is pushed here, and a space after it stepped over.
        match b.get(i) {
            Some(b' ') => i += 1,
            Some(b',') => {
                out.push(Tok {
                    start: from + i,
                    text: slice.get(i..i + 1).unwrap_or(""),
                    kind: TokKind::Punct(','),
                });
                i += if b.get(i + 1) == Some(&b' ') { 2 } else { 1 };
            }
            _ => {}
        }
    }
}

/// The character past ASCII at byte `i` of `slice`, its length, and whether it starts a
/// word (`Some(capitalised)`) or not (a mark or a space). Out of line: most tokens are
/// ASCII.
#[cold]
#[inline(never)]
fn wide_start(slice: &str, i: usize) -> (char, usize, Option<bool>) {
    let (ch, n) = char_at(slice, i);
    (ch, n, is_alnum(ch).then(|| ch.is_uppercase()))
}

/// How many bytes the character past ASCII at byte `i` of `slice` adds to the word it
/// follows, or `None` if it ends the word: `’` between letters (`Okafor’s`), a letter or
/// digit, a combining mark (`e` + U+0301) or a Latin-1 sign of text decoded twice
/// (`JosÃ©` for `José`). Out of line: most words are ASCII.
#[cold]
#[inline(never)]
fn wide_in_word(slice: &str, i: usize) -> Option<usize> {
    let (ch, n) = char_at(slice, i);
    let b = slice.as_bytes();
    if ch == '’' {
        let next_alnum = match b.get(i + n) {
            Some(&d) if d < 0x80 => d.is_ascii_alphanumeric(),
            Some(_) => is_alnum(char_at(slice, i + n).0),
            None => false,
        };
        return next_alnum.then_some(n);
    }
    (is_alnum(ch) || combining(ch) || latin1_sign(ch)).then_some(n)
}

/// Whether the comma at `i` separates thousands in a number (`12,000`, `1,250,000`): a
/// digit before it and exactly three digits after it. Such a comma is inside the word,
/// so a number is never read as a clause boundary.
fn thousands_comma(b: &[u8], i: usize) -> bool {
    i > 0
        && b.get(i - 1).is_some_and(u8::is_ascii_digit)
        && b.get(i + 1..i + 4)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
}

/// How [`tokenize`] treats each byte; the order matters: every class up to
/// [`T_LOWER`] continues a word, and every class up to [`T_BREAK`] ends one.
const T_UPPER: u8 = 0;
/// ASCII small letters and digits.
const T_LOWER: u8 = 1;
/// ASCII whitespace.
const T_SPACE: u8 = 2;
/// Punctuation that always ends a word: `, ; : " ) ( ! ?`.
const T_BREAK: u8 = 3;
/// Other ASCII: punctuation that may sit inside a word (`'`, `-`, `.`, `&`, `/`).
const T_PUNCT: u8 = 4;
/// Any byte of a multi-byte character.
const T_WIDE: u8 = 5;

/// The [`tokenize`] class of each byte.
static TOK_CLASS: [u8; 256] = {
    let mut t = [T_PUNCT; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        let class = if c >= 0x80 {
            T_WIDE
        } else if c.is_ascii_uppercase() {
            T_UPPER
        } else if c.is_ascii_alphanumeric() {
            T_LOWER
        } else if c.is_ascii_whitespace() {
            T_SPACE
        } else if matches!(c, b',' | b';' | b':' | b'"' | b')' | b'(' | b'!' | b'?') {
            T_BREAK
        } else {
            T_PUNCT
        };
        #[allow(clippy::indexing_slicing)] // `i < 256`, checked by the loop; const context.
        {
            t[i] = class;
        }
        i += 1;
    }
    t
};

/// Appends the tokens of `text[from..to]` to `out`. Letters, digits and the apostrophes,
/// hyphens and full stops inside a word make words; an abbreviation or an initial keeps
/// its final full stop.
#[cfg(test)]
fn tokenize_reference<'a>(text: &'a str, from: usize, to: usize, out: &mut Vec<Tok<'a>>) {
    let Some(slice) = text.get(from..to) else {
        return;
    };
    let b = slice.as_bytes();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_alphanumeric() || c >= 0x80 {
            let (ch, n) = if c < 0x80 {
                (char::from(c), 1)
            } else {
                char_at(slice, i)
            };
            if c >= 0x80 && !ch.is_alphanumeric() {
                if !ch.is_whitespace() {
                    out.push(Tok {
                        start: from + i,
                        text: slice.get(i..i + n).unwrap_or(""),
                        kind: TokKind::Punct(ch),
                    });
                }
                i += n;
                continue;
            }
            let start = i;
            let cap = if c < 0x80 {
                c.is_ascii_uppercase()
            } else {
                ch.is_uppercase()
            };
            i += n;
            while let Some(&c) = b.get(i) {
                if ALNUM.get(usize::from(c)).copied().unwrap_or(false) {
                    i += 1;
                    continue;
                }
                if c == b',' && thousands_comma(b, i) {
                    i += 1;
                    continue;
                }
                if c.is_ascii_whitespace()
                    || matches!(c, b',' | b';' | b':' | b'"' | b')' | b'(' | b'!' | b'?')
                {
                    break;
                }
                let (ch, n) = char_at(slice, i);
                if ch.is_alphanumeric() || combining(ch) || latin1_sign(ch) {
                    i += n;
                } else if matches!(ch, '\'' | '’' | '-' | '.' | '&') {
                    // Only inside a word: "don't", "U.S", "well-known".
                    let next = slice.get(i + n..).and_then(|s| s.chars().next());
                    if next.is_some_and(char::is_alphanumeric) {
                        i += n;
                    } else {
                        break;
                    }
                } else if ch == '/'
                    && i > start
                    && b.get(i - 1).is_some_and(u8::is_ascii_digit)
                    && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                {
                    // Between digits: "9/11", "24/7".
                    i += 1;
                } else {
                    break;
                }
            }
            let word = slice.get(start..i).unwrap_or("");
            if b.get(i) == Some(&b'.')
                && (matches!(b.get(i + 1), Some(b')' | b','))
                    || word.contains('.')
                    || keeps_period(word)
                    || closing_inside(b, i, word))
            {
                i += 1;
            }
            out.push(Tok {
                start: from + start,
                text: slice.get(start..i).unwrap_or(""),
                kind: TokKind::Word { cap },
            });
            continue;
        }
        if c != b'"' {
            out.push(Tok {
                start: from + i,
                text: slice.get(i..i + 1).unwrap_or(""),
                kind: TokKind::Punct(c as char),
            });
        }
        i += 1;
    }
}

/// ASCII letters and digits, by byte: one load per byte in the word loop.
#[cfg(test)]
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        #[allow(clippy::indexing_slicing)] // `i < 256`, checked by the loop; const context.
        {
            t[i] = (i as u8).is_ascii_alphanumeric();
        }
        i += 1;
    }
    t
};

/// [`char::is_alphanumeric`], answered without the Unicode tables for the General
/// Punctuation block (dashes, curly quotes, the ellipsis), where no character is a letter
/// or a digit and where most characters past ASCII in news text fall.
#[inline]
fn is_alnum(ch: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&ch) && ch.is_alphanumeric()
}

fn char_at(s: &str, i: usize) -> (char, usize) {
    match s.get(i..).and_then(|r| r.chars().next()) {
        Some(c) => (c, c.len_utf8()),
        None => (' ', 1),
    }
}

/// Whether the full stop at `dot` after `word` closes a company form or a name suffix
/// inside its sentence (`Acme Corp. said`, `Ruiz Jr. told`): a small letter follows, so
/// the sentence goes on and the stop is the word's; so is the stop of `No.` before a
/// number.
fn closing_inside(b: &[u8], dot: usize, word: &str) -> bool {
    let mut k = dot + 1;
    while b.get(k) == Some(&b' ') {
        k += 1;
    }
    k > dot + 1
        && match b.get(k) {
            Some(c) if c.is_ascii_lowercase() => {
                word.len() <= 4
                    && matches!(
                        crate::lexicon::abbreviations::lookup(word),
                        Some(crate::lexicon::abbreviations::Abbrev::Closing)
                    )
            }
            // `the No. 2 Democrat`: a rank by its number.
            Some(c) if c.is_ascii_digit() => word == "No",
            _ => false,
        }
}

/// Whether a word without a full stop inside keeps a final one (the caller has asked
/// about a full stop inside). A short title keeps it only capitalised, as abbreviated
/// (`Sen.`, `Gov.`): `a senior aide.` ends its sentence.
fn keeps_period(word: &str) -> bool {
    let single_capital =
        word.len() == 1 && word.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    // No abbreviation is longer than seven bytes: a longer word is not asked.
    single_capital
        || word.len() <= 7 && crate::lexicon::abbreviations::is_abbreviation(word)
        // `Missouri-St. Louis`: the part after a hyphen may be an abbreviation of its own.
        || word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && word.rsplit_once('-').is_some_and(|(_, w)| {
                w.len() <= 7 && crate::lexicon::abbreviations::is_abbreviation(w)
            })
        || word.len() <= 4
            && word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && cues::title_role(word).is_some()
}

/// The word of a token (`""` for any other token). `text` is the article the token was
/// read from.
pub(crate) fn word<'a>(text: &'a str, t: &Tok<'a>) -> &'a str {
    let _ = text;
    if !t.is_word() {
        return "";
    }
    t.text
}

fn bare(w: &str) -> &str {
    w.trim_end_matches('.')
}

/// The surname in a word that joins an Arabic particle to it with a hyphen (`al-Assad`,
/// `Al-Mahdi`, `bin-Talal`): `Assad`, `Mahdi`; `None` for any other word.
#[inline(always)]
pub(crate) fn particle_surname(w: &str) -> Option<&str> {
    let b = w.as_bytes();
    // Nearly every word is turned away by the three bytes where the hyphen would be.
    let hyphen = match b {
        [_, _, b'-', ..] => 2,
        [_, _, _, b'-', ..] => 3,
        [_, _, _, _, b'-', ..] => 4,
        _ => return None,
    };
    let (particle, rest) = (w.get(..hyphen)?, w.get(hyphen + 1..)?);
    (rest.starts_with(|c: char| c.is_uppercase())
        && [
            "al", "el", "ad", "ash", "as", "az", "ar", "bin", "ibn", "abu", "bint",
        ]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(particle)))
    .then_some(rest)
}

#[inline]
/// Whether a word ends in the possessive `’s` (either apostrophe).
pub(crate) fn possessive(w: &str) -> bool {
    // Asked of most words of a phrase: the last byte turns nearly all away.
    w.as_bytes().last() == Some(&b's') && (w.ends_with("'s") || w.ends_with("’s"))
}

// ---------------------------------------------------------------------------------
// Speaker noun phrases.

/// Token range `[a, b)` of a speaker mention.
pub(crate) type Range = (usize, usize);

fn is_head(text: &str, t: &Tok) -> bool {
    let w = word(text, t);
    (t.is_cap() && !cues::is_stop_capital(bare(w))) || cues::is_role_noun(w)
}

/// Whether token `k` is the ordinal of an enlisted rank's class (`1st` in `Sgt. 1st
/// Class`, `2nd` in `Petty Officer 2nd Class`).
fn rank_class(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        t.text.starts_with(|c: char| c.is_ascii_digit())
            && t.text.ends_with(['t', 'd', 'h'])
            && toks.get(k + 1).is_some_and(|n| n.text == "Class")
    })
}

/// Whether `w` names a share of a group (`one`, `some`, `several`, `two`): the head of
/// `one of the organizers`.
fn is_share(w: &str) -> bool {
    const SHARES: &[&str] = &[
        "one",
        "some",
        "many",
        "several",
        "most",
        "all",
        "none",
        "each",
        "both",
        "few",
        "two",
        "three",
        "four",
        "five",
        "half",
        "dozens",
        "hundreds",
        "thousands",
        "any",
    ];
    w.len() <= 9 && SHARES.iter().any(|s| s.eq_ignore_ascii_case(w))
}

/// Whether the share `w` at `end - 1`, after the clause start `lo` or a mark, is the
/// subject (not between dashes: `an aggressive - some say unrealistic - pledge`). Out of
/// line: [`np_back`] is asked often.
#[inline(never)]
fn share_subject(toks: &[Tok], lo: usize, end: usize, w: &str) -> bool {
    let dash = end - 1 > lo
        && toks
            .get(end - 2)
            .is_some_and(|t| t.is_dash() || t.is_punct('-'));
    !dash
        && [
            "some", "many", "several", "most", "few", "both", "one", "another",
        ]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(w))
}

/// `"…," said another.`, `said one, a nurse`: `one` or `another` alone after an
/// inverted cue is the speaker, one of the people the text just spoke of.
fn lone_share(toks: &[Tok], start: usize, w: &str) -> bool {
    matches!(w, "one" | "another") && !at(toks, start + 1).is_word()
}

/// `Sen. Dianne Feinstein (D-Calif.) and Rep. Adam Schiff`: where the first of two
/// lawmakers joined by `and` starts, when a party tag closes the first (`a` is where the
/// second starts).
#[cold]
fn tagged_pair(text: &str, toks: &[Tok], lo: usize, a: usize) -> Option<usize> {
    if a < lo + 6 || at(toks, a - 1).text != "and" || !at(toks, a - 2).is_punct(')') {
        return None;
    }
    // `Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez`: a few
    // more before a comma.
    let mut first = None;
    let mut a = a;
    for _ in 0..4 {
        let joined = a >= lo + 6
            && (at(toks, a - 1).text == "and" || at(toks, a - 1).is_punct(','))
            && at(toks, a - 2).is_punct(')')
            && at(toks, a - 4).is_punct('(')
            && crate::lexicon::states::party_tag(at(toks, a - 3).text).is_some();
        let Some(c) = joined
            .then(|| np_core_back(text, toks, lo, a - 4, None))
            .flatten()
            .filter(|&c| at(toks, c).is_cap())
        else {
            break;
        };
        first = Some(c);
        a = c;
    }
    first
}

/// The speaker noun phrase that ends just before token `end` and starts no earlier than
/// `lo`: `Senior aide Maria Lindqvist`, `European officials`, `a source familiar with the
/// talks`, `he`.
pub(crate) fn np_back(text: &str, toks: &[Tok], lo: usize, end: usize) -> Option<Range> {
    if end <= lo {
        return None;
    }
    // A parenthesis after the name: "Rep. Jim Jordan (R-Ohio)".
    let mut end = end;
    if at(toks, end - 1).is_punct(')') {
        let floor = end.saturating_sub(10).max(lo);
        end = (floor..end - 1)
            .rev()
            .find(|&m| at(toks, m).is_punct('('))?;
        if end <= lo {
            return None;
        }
    }
    let last = toks.get(end - 1)?;
    let w = word(text, last);
    if !last.is_word() {
        return None;
    }
    // The head is asked several questions here and in `np_core_back`: one lookup.
    let head = cues::facts(w);
    // A word that is its own stem was asked already, by `head`.
    if head.pronoun() || contracted_pronoun(w).is_some() {
        return Some((end - 1, end));
    }
    // `Several said`, `Many say`: a share alone that opens the clause is its subject, of
    // the people the text just spoke of.
    if (end - 1 == lo || toks.get(end - 2).is_some_and(|t| !t.is_word()))
        && share_subject(toks, lo, end, w)
    {
        return Some((end - 1, end));
    }
    let Some(mut a) = np_core_back(text, toks, lo, end, Some(head)) else {
        return coordinated_object(text, toks, lo, end).map(|a| (a, end));
    };
    if a >= lo + 6 && toks.get(a - 2).is_some_and(|t| t.is_punct(')')) {
        a = tagged_pair(text, toks, lo, a).unwrap_or(a);
    }
    // A number in the phrase (`31 percent`, `52% of`): not a year (`In 2016 Trump said`).
    let number = |t: &Tok| {
        t.is_word()
            && t.text.starts_with(|c: char| c.is_ascii_digit())
            && !(t.text.len() == 4 && t.text.bytes().all(|c| c.is_ascii_digit()))
    };
    // A prepositional tail: the head comes before the preposition.
    for _ in 0..2 {
        if a < lo + 2 {
            break;
        }
        // `Officials at the State Department and the Pentagon`: a preposition's object
        // of two noun phrases.
        if matches!(at(toks, a - 1).text, "and" | "or") {
            if let Some(c) = np_core_back(text, toks, lo, a - 1, None) {
                let prep = c > lo && {
                    let p = at(toks, c - 1);
                    p.is_word() && cues::is_speaker_preposition(word(text, &p))
                };
                if prep {
                    a = c;
                }
            }
        }
        let p = &at(toks, a - 1);
        // `Some at the post`, `Many in the crowd`: a share of the people there.
        if matches!(word(text, p), "in" | "at" | "among") && is_share(word(text, &at(toks, a - 2)))
        {
            a -= 2;
            continue;
        }
        if !p.is_word() || !cues::is_speaker_preposition(word(text, p)) {
            break;
        }
        let mut k = a - 1;
        // `one of the organizers`, `Some of the residents`: the share is the head.
        if k > lo && word(text, p) == "of" && is_share(word(text, &at(toks, k - 1))) {
            a = k - 1;
            continue;
        }
        // `52% of respondents`: a share given as a percentage.
        if k >= lo + 2
            && word(text, p) == "of"
            && at(toks, k - 1).is_punct('%')
            && number(&at(toks, k - 2))
        {
            a = k - 2;
            continue;
        }
        if k > lo && {
            let w = word(text, &at(toks, k - 1));
            cues::is_speaker_adjective(w) || w.ends_with("ing") && !at(toks, k - 1).is_cap()
        } {
            // "familiar with", "marching through".
            k -= 1;
        }
        match np_core_back(text, toks, lo, k, None) {
            // A head noun, or any noun phrase that opens the clause ("a narrator in
            // the Clinton ad").
            Some(b)
                if is_head(text, &at(toks, k - 1))
                    || b == lo
                    // `But agents on the ground say`: a conjunction opens the clause.
                    || b == lo + 1 && matches!(at(toks, lo).text, "But" | "And" | "Yet")
                    || at(toks, b - 1).quote().is_some()
                    || at(toks, b - 1).is_punct(',') =>
            {
                a = b
            }
            _ => break,
        }
    }
    // `A retired general who once led Central Command told`: the speaker is the noun
    // phrase before the relative clause, not its object.
    if let Some(r) = (a.saturating_sub(6).max(lo + 1)..a)
        .rev()
        .find(|&m| at(toks, m).is_word() && word(text, &at(toks, m)) == "who")
    {
        if (r + 1..a).all(|m| at(toks, m).is_word()) {
            if let Some(b) = np_core_back(text, toks, lo, r, None) {
                return Some((b, r));
            }
        }
    }
    // `Only 31 percent said`, `40 percent of voters`: the number and its qualifier.
    if a > lo && number(&at(toks, a - 1)) && !at(toks, a).is_cap() {
        a -= 1;
    }
    // `One in five voters`: a proportion.
    if a >= lo + 2
        && at(toks, a - 1).text == "in"
        && ["one", "two", "three", "four"]
            .iter()
            .any(|n| at(toks, a - 2).text.eq_ignore_ascii_case(n))
        && (number(&at(toks, a)) || is_share(word(text, &at(toks, a))))
    {
        a -= 2;
    }
    let qualifier = [
        "only", "nearly", "about", "just", "almost", "roughly", "over",
    ];
    if a > lo && (number(&at(toks, a)) || at(toks, a).text == "half") && {
        let q = word(text, &at(toks, a - 1));
        qualifier.iter().any(|x| q.eq_ignore_ascii_case(x))
    } {
        a -= 1;
    }
    Some((a, end))
}

/// `Experts on nuclear policy and arms control said`: a head, a speaker preposition and
/// an object with `and` or `or` in it that ends in no noun phrase of its own (`North
/// Korea and nuclear nonproliferation`). The start of the whole phrase, if it is one.
fn coordinated_object(text: &str, toks: &[Tok], lo: usize, end: usize) -> Option<usize> {
    let floor = end.saturating_sub(8).max(lo + 1);
    // Most phrases asked here hold no `and`: turned away before any lookup.
    let window = toks.get(floor..end).unwrap_or(&[]);
    if !window.iter().any(|t| matches!(t.text, "and" | "or")) {
        return None;
    }
    let mut and = false;
    let mut k = end;
    while k > floor {
        let t = at(toks, k - 1);
        if !t.is_word() {
            return None;
        }
        let w = word(text, &t);
        if cues::is_speaker_preposition(w) {
            break;
        }
        and |= matches!(w, "and" | "or");
        k -= 1;
    }
    // `k - 1` is the preposition: its object runs to `end`.
    if !and || k <= floor || k + 1 >= end {
        return None;
    }
    let p = k - 1;
    let b = np_core_back(text, toks, lo, p, None)?;
    is_head(text, &at(toks, p - 1)).then_some(b)
}

/// Whether the token `k` is the apostrophe of a plural's possessive (`pilots' union`):
/// written right after a word in `s` and before a space.
fn plural_possessive(toks: &[Tok], k: usize) -> bool {
    let (Some(t), Some(p), Some(n)) = (
        toks.get(k),
        k.checked_sub(1).and_then(|p| toks.get(p)),
        toks.get(k + 1),
    ) else {
        return false;
    };
    (t.is_punct('\'') || t.is_punct('’'))
        && p.is_word()
        && p.text.ends_with('s')
        && p.end() == t.start
        && t.end() < n.start
}

/// Whether the capitalised sentence word at `k` (`May`, `Will`, `Long`) is a surname:
/// a known first name or a title stands before it (`Theresa May`, `Mrs. May`).
fn word_surname(text: &str, toks: &[Tok], lo: usize, k: usize) -> bool {
    k > lo
        && toks.get(k - 1).is_some_and(|p| {
            p.is_word() && p.is_cap() && {
                let f = cues::facts(word(text, p));
                f.title() || f.name_start().1.is_some()
            }
        })
}

/// The start of the noun phrase whose head is the token before `end`; `head_facts` are
/// the head word's [`cues::Facts`] if the caller has them.
fn np_core_back(
    text: &str,
    toks: &[Tok],
    lo: usize,
    end: usize,
    head_facts: Option<cues::Facts>,
) -> Option<usize> {
    if end <= lo {
        return None;
    }
    let head = toks.get(end - 1)?;
    let hw = word(text, head);
    if !head.is_word() {
        return None;
    }
    let plural_head = !head.is_cap() && hw.len() > 3 && hw.ends_with('s');
    // A plural head needs no facts; any other is asked two questions with one lookup.
    let named_head = !plural_head && {
        let f = head_facts.unwrap_or_else(|| cues::facts(hw));
        head.is_cap() && (!f.stop_capital() || word_surname(text, toks, lo, end - 1))
            || f.role_noun()
            || particle_surname(hw).is_some()
    };
    if !(plural_head || named_head) {
        // Any noun with a determiner that opens the clause: "the New York businessman".
        let floor = end.saturating_sub(6).max(lo);
        let mut d = end - 1;
        while d > floor {
            d -= 1;
            let t = &at(toks, d);
            if !t.is_word() {
                return None;
            }
            let w = word(text, t);
            let f = cues::facts(w);
            if f.determiner() || possessive(w) {
                // A possessive takes its owner's name along: "Ivana Trump's brief".
                let mut d = d;
                while possessive(w) && d > lo && at(toks, d - 1).is_cap() {
                    d -= 1;
                }
                // Anchored at the clause start, or after a preposition whose own head
                // the caller looks for: "a member of the panel".
                // A subordinating conjunction opens a clause too: "when the state said".
                let anchored = d == lo
                    || at(toks, d - 1).quote().is_some()
                    || at(toks, d - 1).is_punct(',')
                    || d >= lo + 2
                        && at(toks, d - 1).is_word()
                        && cues::is_speaker_preposition(word(text, &at(toks, d - 1)))
                    || at(toks, d - 1).is_word()
                        && cues::is_subordinator(word(text, &at(toks, d - 1)));
                if anchored {
                    return Some(d);
                }
                if !possessive(w) {
                    return None;
                }
                continue;
            }
            // `The ad concludes with footage of Ruiz saying`: a preposition between a
            // determiner and the head means the two are in different phrases (`of`
            // makes one: `the mother of three`, `many of whom`).
            if f.ends_forward() || f.pronoun() || w != "of" && cues::is_preposition(w) {
                return None;
            }
        }
        return None;
    }
    let mut a = end - 1;
    let mut firm = a; // start of the longest prefix known to be part of the phrase
    let mut budget = 9;
    while a > lo && budget > 0 {
        budget -= 1;
        let t = &at(toks, a - 1);
        if t.is_punct('.') || !t.is_word() {
            // `The airline's pilots' union`: a plural's possessive apostrophe.
            if a >= lo + 2 && plural_possessive(toks, a - 1) {
                a -= 2;
                firm = a;
                continue;
            }
            break;
        }
        let w = word(text, t);
        // Each word is looked up once for all the questions below.
        let f = cues::facts(w);
        if middle_initial(toks, a - 1) {
            a -= 1;
            firm = a;
        } else if t.is_cap() {
            // `A No 10 source`: Downing Street by its door number.
            let door = || {
                matches!(w, "No" | "No.")
                    && toks
                        .get(a)
                        .is_some_and(|n| n.text.starts_with(|c: char| c.is_ascii_digit()))
            };
            if f.stop_capital() && (f.determiner() || !f.title()) && !door() {
                if f.determiner() {
                    a -= 1;
                    firm = a;
                }
                break;
            }
            a -= 1;
            firm = a;
        } else if f.determiner() {
            a -= 1;
            firm = a;
            break;
        } else if f.name_connector()
            && a >= lo + 2
            && at(toks, a - 2).is_cap()
            && at(toks, a).is_cap()
        {
            a -= 1;
        } else if f.role_noun() || possessive(w) {
            a -= 1;
            firm = a;
        } else if f.pronoun() || f.ends_forward() || f.speaker_preposition() {
            // `The president of global affairs`: lowercase modifiers after a
            // preposition belong to its object.
            if w == "of"
                && toks.get(a..firm).unwrap_or(&[]).iter().all(|t| {
                    let m = word(text, t);
                    !matches!(m, "what" | "who" | "which" | "that" | "how" | "why")
                        && !cues::is_determiner(m)
                })
            {
                firm = a;
            }
            break;
        } else if w.len() > 3
            && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss") && at(toks, a).is_cap())
        {
            // A verb between two names ends the phrase: "Ted Cruz endorses Trump". A
            // plural before a noun in small letters modifies it: `the communications
            // director`.
            break;
        } else if cues::is_thing_noun(w) {
            // `In a Bloomberg interview Trump declared`, `the third time AROS said`, `the
            // story Kennedy told`: a noun for a thing or a time is no part of the name
            // after it (an occupation is: `singer Mary J. Blige`).
            break;
        } else {
            // A lowercase modifier: kept only if a determiner or name comes soon.
            a -= 1;
        }
    }
    if a == lo
        && firm > lo
        && toks
            .get(lo..firm)
            .unwrap_or(&[])
            .iter()
            .all(|t| t.is_word() && !t.is_cap())
    {
        // Lowercase words that run back to the clause start: "panel Chairman Jason Chaffetz".
        firm = lo;
    } else if firm == end - 1
        && firm > a
        && firm <= a + 2
        && at(toks, a - 1).is_punct(',')
        && toks.get(a..firm).unwrap_or(&[]).iter().all(|t| {
            let w = word(text, t);
            t.is_word()
                && !t.is_cap()
                && !w.ends_with("ing")
                && !cues::facts(w).ends_forward()
                && !matches!(
                    w,
                    "where" | "yet" | "so" | "though" | "although" | "if" | "because"
                )
        })
        && at(toks, end - 1).text.ends_with('s')
        && !at(toks, end - 1).text.ends_with("ss")
    {
        // One or two adjectives before a plural role after a comma: `The race is
        // tied, local officials said.`
        firm = a;
    } else if firm > a && modifiers_before_role(text, toks, a, firm, end) {
        // `The plan is dead, press secretary Ann Pike said.`
        firm = a;
    }
    if firm < end - 1 && at(toks, firm).is_word() {
        let w = word(text, &at(toks, firm));
        if possessive(w) && !at(toks, firm).is_cap() {
            return Some(end - 1);
        }
    }
    Some(firm)
}

/// Whether the lowercase words `a..firm`, right after a comma, modify the role noun at
/// `firm` that stands before the name ending at `end` (`..., press secretary Ann Pike
/// said`, `..., national security adviser Ann Pike told`): one to three plain words,
/// no conjunction, participle or preposition among them.
#[cold]
fn modifiers_before_role(text: &str, toks: &[Tok], a: usize, firm: usize, end: usize) -> bool {
    if firm > a + 3 || firm + 1 >= end || a == 0 || !at(toks, a - 1).is_punct(',') {
        return false;
    }
    let role = at(toks, firm);
    if !role.is_word() || role.is_cap() || !cues::is_role_noun(word(text, &role)) {
        return false;
    }
    if !at(toks, end - 1).is_cap() {
        return false;
    }
    toks.get(a..firm).unwrap_or(&[]).iter().all(|t| {
        let w = word(text, t);
        t.is_word()
            && !t.is_cap()
            && !w.ends_with("ing")
            && !cues::facts(w).ends_forward()
            && !cues::is_preposition(w)
            && !matches!(
                w,
                "and"
                    | "or"
                    | "but"
                    | "then"
                    | "where"
                    | "yet"
                    | "so"
                    | "though"
                    | "although"
                    | "if"
                    | "because"
                    | "while"
                    | "when"
                    | "as"
            )
    })
}

/// Whether token `k` is a middle initial between two capitalised words (`John A.
/// Boehner`, `John I. Smith`): a name's part, though `A` and `I` are sentence words too.
pub(crate) fn middle_initial(toks: &[Tok], k: usize) -> bool {
    let b = toks.get(k).map_or(&b""[..], |t| t.text.as_bytes());
    matches!(b, [c, b'.'] if c.is_ascii_uppercase())
        && k > 0
        && toks
            .get(k - 1)
            .is_some_and(|t| t.is_cap() && t.text.len() > 2)
        && toks.get(k + 1).is_some_and(Tok::is_cap)
}

/// The speaker noun phrase that starts at token `start` (after an inverted cue: `said
/// Okafor`, `according to European officials`), at most up to `hi`.
pub(crate) fn np_forward(text: &str, toks: &[Tok], start: usize, hi: usize) -> Option<Range> {
    let first = toks.get(start)?;
    if start >= hi || !first.is_word() {
        return None;
    }
    let w = word(text, first);
    let first_facts = cues::facts(w);
    if first_facts.pronoun() || lone_share(toks, start, w) {
        return Some((start, start + 1));
    }
    // `has encouraged European nations`: a verb phrase, no noun phrase.
    if matches!(w, "that" | "this" | "which" | "what" | "do") || cues::is_clause_verb(w) {
        return None;
    }
    let det = first_facts.determiner();
    let mut b = start;
    let mut has_head = false;
    let mut last_good = None;
    while b < hi && b < start + 10 {
        let t = &at(toks, b);
        if !t.is_word() {
            break;
        }
        let w = word(text, t);
        // Each word is looked up once for all the questions below.
        let f = if b == start {
            first_facts
        } else {
            cues::facts(w)
        };
        if b > start && f.ends_forward() {
            break;
        }
        if b > start && f.name_connector() {
            // "Secretary of State John Kerry", "officials with the agency"
            if toks.get(b + 1).is_some_and(|n| n.is_word()) {
                b += 1;
                continue;
            }
            break;
        }
        if f.speaker_adjective() && b > start {
            b += 1;
            continue;
        }
        // `The union sued the mayor`, `The teachers sued Mayor Ana Ruiz`: after a
        // common noun that heads the phrase, a verb before its object ends the phrase
        // (so the object is not read as the subject's name or role).
        if has_head
            && last_good == Some(b)
            && !t.is_cap()
            && !at(toks, b - 1).is_cap()
            && !f.role_noun()
            && !f.determiner()
            && verb_before_object(text, toks, b)
        {
            break;
        }
        // `Sgt. 1st Class Denise Ruffin`: the class of an enlisted rank is in its title.
        if b > start && rank_class(toks, b) {
            b += 1;
            continue;
        }
        // A title only when a name follows it ("Sen. Ruiz"); "Charlie King" ends in a name.
        let title =
            t.is_cap() && f.title() && (at(toks, b + 1).is_cap() || rank_class(toks, b + 1));
        if title {
            // "Dr.", "Sen.": part of the phrase, not its head.
        } else if t.is_cap() && (!f.stop_capital() || word_surname(text, toks, start, b))
            || f.role_noun()
        {
            has_head = true;
            last_good = Some(b + 1);
        } else if has_head && !t.is_cap() && last_good.is_some_and(|g| at(toks, g - 1).is_cap()) {
            // A name ends at the next lowercase word: "Reid frequently mocked". After a
            // determiner the capitalised words may instead modify a noun that runs to a
            // stop: "the Fox audience.", "the Senate panel,".
            // "two Democratic speechwriters": a plural noun right after one capitalised
            // modifier is the head.
            let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
            if det && plural && last_good == Some(b) && b >= start + 2 && !at(toks, b - 2).is_cap()
            {
                last_good = Some(b + 1);
                break;
            }
            // `Trump's running mate,`: a name's possessive opens a noun phrase as a
            // determiner does.
            let owner = !det && possessive(word(text, &at(toks, b - 1)));
            if det || owner {
                let mut e = b;
                while e < hi && e < b + 3 && toks.get(e).is_some_and(|t| t.is_word() && !t.is_cap())
                {
                    let we = word(text, &at(toks, e));
                    let f = cues::facts(we);
                    // After a possessive, `top` is an adjective (`Clinton's top aide`).
                    let adjective = owner && we == "top";
                    // `told the Journal there was …`: an adverb is no noun.
                    let adverb = matches!(we, "there" | "here" | "now" | "then");
                    if f.determiner() && !adjective || f.pronoun() || f.ends_forward() || adverb {
                        break;
                    }
                    e += 1;
                }
                if e > b && toks.get(e).is_none_or_punct(text) {
                    last_good = Some(e);
                } else if owner && e > b && canonical_role(word(text, &at(toks, e - 1))).is_some() {
                    // `Trump's running mate Mike Pence laughed`: the name that fills the
                    // owner's role ends the phrase.
                    let mut n = e;
                    while n < hi && n < e + 4 && toks.get(n).is_some_and(Tok::is_cap) {
                        n += 1;
                    }
                    if n >= e + 2 {
                        last_good = Some(n);
                    }
                }
            }
            break;
        } else if f.determiner() || !t.is_cap() {
            if b > start + 6 {
                break;
            }
            if !f.determiner() && w.len() > 3 && w.ends_with('s') {
                has_head = true;
                last_good = Some(b + 1);
            }
        } else if b > start {
            break;
        } else if f.determiner() {
            // "The" at the start of "The New York Post"
        } else {
            return None;
        }
        b += 1;
    }
    if !has_head && det && b > start + 1 && b <= start + 5 {
        // "the crowd", "a local newspaper": a determiner and the words up to a stop.
        let stop = toks.get(b);
        let clean = stop.is_none_or_punct(text);
        if clean && at(toks, b - 1).is_word() && !cues::is_determiner(word(text, &at(toks, b - 1)))
        {
            return Some((start, b));
        }
    }
    let end = last_good?;
    has_head.then_some((start, end))
}

/// Whether the lowercase word at `b`, right after a noun phrase's head, is a verb
/// with its object after it: a determiner follows (`sued the mayor`), or a past form
/// before a capitalised word (`sued Mayor Ana Ruiz`). A noun that modifies the next one
/// (`the campaign finance director`) has neither after it.
fn verb_before_object(text: &str, toks: &[Tok], b: usize) -> bool {
    let Some(next) = toks.get(b + 1).filter(|n| n.is_word()) else {
        return false;
    };
    let w = word(text, &at(toks, b));
    // `results from the Associated Press`: a preposition opens no object of a verb.
    !cues::is_preposition(w) && cues::is_determiner(word(text, next))
        || next.is_cap() && w.len() > 3 && w.ends_with("ed")
}

// ---------------------------------------------------------------------------------
// The per-article table of people.

/// One person (or named body) the article mentions by name.
#[derive(Clone, Debug)]
struct Person {
    name: Span,
    words: u8,
    gender: Option<bool>,
    /// A body, not a person: no pronoun's antecedent.
    body: bool,
    /// Named with a suffix (`Jr.`, `III`): not the same person as the name without it.
    suffix: bool,
    spoke: bool,
    /// Called by the surname alone: the principal of a family, whom news style calls
    /// by the bare surname while it names the relatives in full every time.
    principal: bool,
    mentions: u32,
    /// The person registered before this one with the same surname, and with the same
    /// first name ([`NONE`] for none): the name tables keep chains, not lists.
    prev_last: u32,
    prev_first: u32,
}

const NONE: u32 = u32::MAX;
/// In [`Names::recent`], a speaker the article did not name (`a spokesman said`), of
/// unknown gender, male or female: a later pronoun that means them resolves to nobody
/// rather than to the last named person.
const UNNAMED: u32 = u32::MAX - 1;
const UNNAMED_MALE: u32 = u32::MAX - 2;
const UNNAMED_FEMALE: u32 = u32::MAX - 3;

/// Every name the article has given so far, looked up by surname, first name and role,
/// plus the recent people a pronoun may refer to.
#[derive(Debug, Default)]
pub(crate) struct Names<'a> {
    people: Vec<Person>,
    /// The newest person with each surname and first name; older ones follow the chain.
    by_last: NameTable<'a>,
    by_first: NameTable<'a>,
    /// The first two people given each role ([`NONE`] while fewer): two are enough
    /// to make a role ambiguous. A list, not a hash table: an article gives a handful
    /// of roles, and no more than the lexicon's titles and role nouns in any case.
    by_role: Vec<(&'static str, [u32; 2])>,
    /// The same for ages given in an appositive (`Ana Ruiz, 45,`), for a later `the
    /// 45-year-old`: at most the 120 ages read.
    by_age: Vec<(u8, [u32; 2])>,
    /// Recent mentions, newest last: (person, is a subject or speaker).
    recent: Recent,
    /// Whether a person met before has since been given a fuller name, so that names
    /// read earlier may be out of date.
    pub(crate) renamed: bool,
}

/// Names (their exact bytes) to the newest person with each: an open-addressed table
/// keyed by a name's first eight bytes and its length, so that a lookup is one
/// multiplication and usually one probe, with no hashing of the bytes one by one. Only
/// names longer than eight bytes are compared in full.
#[derive(Debug, Default)]
struct NameTable<'a> {
    /// (first eight bytes, name, person), `None` for an empty slot: a new table is
    /// cleared with one store a slot (the name's null pointer), not four. A power-of-two
    /// length, at most half of it used, so a probe always meets an empty slot.
    slots: Vec<Option<(u64, &'a str, u32)>>,
    /// `64 - log2(slots.len())`: what a product is shifted by to give a slot (0 while
    /// the table is empty: any index then misses).
    shift: u32,
    used: usize,
    /// Whether a name with an apostrophe after its first letter was stored.
    apostrophes: bool,
}

/// Whether `a` and `b` are the same but perhaps for the case of their first letter
/// (`de Blasio`, `De Blasio`).
#[inline(always)]
fn same_but_first_case(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    match (a.split_first(), b.split_first()) {
        (Some((x, ra)), Some((y, rb))) => ra == rb && x.eq_ignore_ascii_case(y),
        _ => a == b,
    }
}

/// Whether an apostrophe of either spelling follows the first letter (`O'Neill`,
/// `O’Neill`), where surnames hold one.
#[inline]
fn apostrophe_second(name: &str) -> bool {
    let b = name.as_bytes();
    b.get(1) == Some(&b'\'') || b.get(1..4) == Some("’".as_bytes())
}

impl<'a> NameTable<'a> {
    /// The slot to start probing at for a name with these first bytes and length.
    #[inline]
    fn home(&self, prefix: u64, len: usize) -> usize {
        let key = prefix.wrapping_add(len as u64);
        key.wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .checked_shr(self.shift)
            .unwrap_or(0) as usize
    }

    /// The person last stored under `name`.
    #[inline]
    fn get(&self, name: &str) -> Option<&u32> {
        let prefix = cues::load_prefix(name.as_bytes());
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = self.home(prefix, name.len());
        loop {
            let (p, s, id) = self.slots.get(i)?.as_ref()?;
            if *p == prefix && s.len() == name.len() && (name.len() <= 8 || *s == name) {
                return Some(id);
            }
            i = (i + 1) & mask;
        }
    }

    /// [`NameTable::get`], and on a miss the same name with its apostrophe spelled the
    /// other way (`O'Neill`, `O’Neill`: one article may write both), while the table
    /// holds a name with one.
    #[inline]
    fn get_either_apostrophe(&self, name: &str) -> Option<&u32> {
        let found = self.get(name);
        if found.is_none() && self.apostrophes {
            return self.get_other_apostrophe(name);
        }
        found
    }

    /// [`NameTable::get`] of `name` with its apostrophe spelled the other way.
    #[cold]
    #[inline(never)]
    fn get_other_apostrophe(&self, name: &str) -> Option<&u32> {
        if !apostrophe_second(name) {
            return None;
        }
        let other = if name.as_bytes().get(1) == Some(&b'\'') {
            name.replacen('\'', "’", 1)
        } else {
            name.replacen('’', "'", 1)
        };
        self.get(&other)
    }

    /// Stores `id` under `name`, returning the person stored there before.
    fn insert(&mut self, name: &'a str, id: u32) -> Option<u32> {
        self.apostrophes |= apostrophe_second(name);
        if (self.used + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let prefix = cues::load_prefix(name.as_bytes());
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = self.home(prefix, name.len());
        loop {
            let slot = self.slots.get_mut(i)?;
            let Some(slot) = slot else {
                *slot = Some((prefix, name, id));
                self.used += 1;
                return None;
            };
            if slot.0 == prefix && slot.1.len() == name.len() && (name.len() <= 8 || slot.1 == name)
            {
                return Some(core::mem::replace(&mut slot.2, id));
            }
            i = (i + 1) & mask;
        }
    }

    /// Doubles the table (32 slots at first: the names of a typical article).
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(32);
        let old = core::mem::replace(&mut self.slots, vec![None; size]);
        self.shift = 64 - size.trailing_zeros();
        let mask = size - 1;
        for (p, s, id) in old.into_iter().flatten() {
            let mut i = self.home(p, s.len());
            while self.slots.get(i).is_some_and(Option::is_some) {
                i = (i + 1) & mask;
            }
            if let Some(slot) = self.slots.get_mut(i) {
                *slot = Some((p, s, id));
            }
        }
    }
}

/// The last sixteen mentions, (person, is a subject or speaker), in a ring kept in
/// place: the oldest leaves without the rest moving, and nothing is allocated.
#[derive(Debug, Default)]
struct Recent {
    ring: [(u32, bool); 16],
    /// How many mentions were ever pushed; the newest is at `(len - 1) % 16`.
    len: usize,
}

impl Recent {
    fn push(&mut self, m: (u32, bool)) {
        if let Some(slot) = self.ring.get_mut(self.len % 16) {
            *slot = m;
        }
        self.len += 1;
    }

    /// The mentions kept, newest first.
    fn newest_first(&self) -> impl Iterator<Item = &(u32, bool)> + '_ {
        let kept = self.len.min(16);
        (1..=kept).filter_map(move |k| self.ring.get((self.len - k) % 16))
    }
}

/// How many earlier people with the same surname a mention is compared with: enough for
/// any article, and it keeps a text of endless namesakes linear.
const RECENT_NAMESAKES: usize = 16;

/// A name found in a mention: the span of the name proper (titles stripped) and what the
/// titles said.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NameParts {
    pub(crate) name: Span,
    pub(crate) words: usize,
    pub(crate) first: Span,
    pub(crate) last: Span,
    pub(crate) suffix: bool,
    pub(crate) role: Option<&'static str>,
    /// The party a title before the name gives (`Republican nominee Donald Trump`), which
    /// a later `the Republican nominee` picks among several nominees.
    pub(crate) party: Option<&'static str>,
    pub(crate) gender: Option<bool>,
    /// Named as someone's relative (`her husband, Luis Ruiz`): a person of their own,
    /// never the one a lone surname before meant.
    pub(crate) kin: bool,
    /// The name of a body (`Republican National Committee`), which no `he` or `she`
    /// means.
    pub(crate) body: bool,
}

/// The gender of a word for a relative (`husband`, `daughter`), if it is one; `None`
/// inside for a relative of either (`spouse`, `partner`).
pub(crate) fn kin_word(w: &str) -> Option<Option<bool>> {
    Some(match w {
        "husband" | "son" | "father" | "brother" | "boyfriend" | "nephew" | "uncle"
        | "grandson" | "grandfather" | "stepfather" | "stepson" => Some(true),
        "wife" | "daughter" | "mother" | "sister" | "girlfriend" | "niece" | "aunt"
        | "granddaughter" | "grandmother" | "stepmother" | "stepdaughter" => Some(false),
        "spouse" | "partner" | "child" | "cousin" | "sibling" | "widow" | "widower" => None,
        _ => return None,
    })
}

/// The word for a relative as a key of the role table (`sister`), if `w` is one.
pub(crate) fn kin_key(w: &str) -> Option<&'static str> {
    Some(match w {
        "husband" => "husband",
        "son" => "son",
        "father" => "father",
        "brother" => "brother",
        "boyfriend" => "boyfriend",
        "nephew" => "nephew",
        "uncle" => "uncle",
        "grandson" => "grandson",
        "grandfather" => "grandfather",
        "stepfather" => "stepfather",
        "stepson" => "stepson",
        "wife" => "wife",
        "daughter" => "daughter",
        "mother" => "mother",
        "sister" => "sister",
        "girlfriend" => "girlfriend",
        "niece" => "niece",
        "aunt" => "aunt",
        "granddaughter" => "granddaughter",
        "grandmother" => "grandmother",
        "stepmother" => "stepmother",
        "stepdaughter" => "stepdaughter",
        "spouse" => "spouse",
        "partner" => "partner",
        "cousin" => "cousin",
        "widow" => "widow",
        "widower" => "widower",
        _ => return None,
    })
}

/// Whether a capitalised word reads as an occupation (`Economist`, `Farmer`,
/// `Neighbor`, `Historian`, `Student`, `Sheriff`, `Cllr`): an ASCII word with a suffix
/// that makes nouns for people, or one of a few titles without one.
pub(crate) fn occupation(w: &str) -> bool {
    let mut buf = [0u8; 24];
    if w.len() < 4 || w.len() > buf.len() || !w.is_ascii() {
        return false;
    }
    let lower = cues::lower_into(w, &mut buf);
    [
        "ist", "er", "or", "ian", "ant", "ent", "man", "woman", "eer",
    ]
    .iter()
    .any(|s| lower.ends_with(s))
        || matches!(
            lower,
            "sheriff"
                | "cllr"
                | "coach"
                | "pastor"
                | "rabbi"
                | "imam"
                | "chef"
                | "nurse"
                | "deputy"
        )
}

fn is_suffix(w: &str) -> bool {
    matches!(bare(w), "Jr" | "Sr" | "II" | "III" | "IV")
}

/// Splits the capitalised run `toks.get(a..b).unwrap_or(&[])` into titles and the name proper.
pub(crate) fn name_parts(text: &str, toks: &[Tok], a: usize, b: usize) -> Option<NameParts> {
    name_parts_known(text, toks, a, b, None)
}

/// [`name_parts`], given the [`cues::Facts`] of one word of the run already looked up
/// (`(index, facts)`), so that no word is looked up twice.
/// `Gov. Jay Nixon and Sen. Claire McCaskill`: whether the words `a..i` before an `and`
/// at `i` end in a person's name, with a title or a first name before a surname that is no
/// title itself (not `Health and Human Services Secretary Sylvia Burwell`). Out of line:
/// few names have an `and` in them.
#[inline(never)]
fn name_before_and(toks: &[Tok], a: usize, i: usize) -> bool {
    let Some(before) = i.checked_sub(1).filter(|&k| k > a) else {
        return false;
    };
    let surname = toks
        .get(before)
        .is_some_and(|t| t.is_cap() && cues::facts(t.text).title_role().is_none());
    surname
        && toks.get(a..before).is_some_and(|r| {
            r.iter().any(|t| {
                let f = cues::facts(t.text);
                t.is_cap() && (f.title_role().is_some() || f.name_start().1.is_some())
            })
        })
}

pub(crate) fn name_parts_known(
    text: &str,
    toks: &[Tok],
    a: usize,
    b: usize,
    known: Option<(usize, cues::Facts)>,
) -> Option<NameParts> {
    // `CNN's Jake Tapper`: an owner before two or more capitalised words is the
    // person's outlet or employer, no part of the name.
    // (`Harbor Weekly's Ines Duarte`: the owner may be of several words.)
    let owner = (a..b.saturating_sub(2)).rev().find(|&o| {
        toks.get(o)
            .is_some_and(|t| t.is_word() && possessive(t.text))
    });
    let a = match owner {
        Some(o)
            if toks
                .get(o + 1..b)
                .is_some_and(|r| r.iter().all(Tok::is_cap)) =>
        {
            o + 1
        }
        _ => a,
    };
    let mut role = None;
    let mut party = None;
    let mut gender = None;
    let mut start = a;
    // The facts of the word at `start`, once looked up.
    let mut start_facts = known;
    let facts_at = |i: usize, w: &str, memo: Option<(usize, cues::Facts)>| match memo {
        Some((j, f)) if j == i => f,
        _ => cues::facts(w),
    };
    // Titles run up to the last title word that still leaves a name after it.
    let run = toks.get(a..b.min(toks.len())).unwrap_or(&[]);
    // Counted on the way for the checks on the name proper below, which would
    // otherwise read its words again: the capitals in the run and those before
    // `start`, and the last `and` or `&`.
    let mut capitals = 0;
    let mut capitals_before = 0;
    let mut last_and = None;
    // An `and` after a person's name, where a second titled person may follow.
    let mut joint = None;
    // The word after a title's `of the`.
    let mut of_the = None;
    let mut of_body = false;
    // A title's `of` before a capitalised body (no `the`).
    let mut of_title = None;
    for (i, t) in (a..).zip(run) {
        if !t.is_word() {
            return None;
        }
        capitals += usize::from(t.is_cap());
        if matches!(t.text, "and" | "&") {
            last_and = Some(i);
            if joint.is_none() && t.text == "and" && name_before_and(toks, a, i) {
                joint = Some(i);
            }
        }
        // `Lakewood Chamber of Commerce`, `Department of Justice`: an institution noun
        // before `of` names a body.
        if matches!(t.text, "of" | "for") && i > a {
            of_body |= cues::is_body_head(word(text, &at(toks, i - 1)));
        }
        // `Committee for a Responsible Federal Budget`: an article after a body's `of`
        // or `for` is inside the body's name.
        if of_body
            && matches!(t.text, "a" | "the")
            && i > a + 1
            && matches!(at(toks, i - 1).text, "of" | "for")
            && cues::is_body_head(word(text, &at(toks, i - 2)))
        {
            continue;
        }
        let w = word(text, t);
        let mut looked = None;
        if of_the == Some(i) && i + 1 < b {
            // `Secretary of the Treasury Janet Yellen`, `Sgt. Maj. of the Army`: the
            // body after a title's `of the` is the title's.
            start = i + 1;
            capitals_before = capitals;
            continue;
        }
        if i + 1 < b {
            let f = facts_at(i, w, start_facts);
            looked = Some(f);
            if i == start {
                start_facts = Some((i, f));
            }
            if let Some(r) = f.title_role() {
                start = i + 1;
                capitals_before = capitals;
                party = party.or_else(|| party_of(w));
                if !r.is_empty() {
                    role = Some(r);
                } else if i > a {
                    // `First Lady Michelle Obama`, whom `the first lady` names later.
                    role = role.or_else(|| first_lady(text, *t));
                }
                gender = f.title_gender().or(gender);
                continue;
            }
        }
        if !t.is_cap() && particle_surname(w).is_none() {
            // `Director of National Intelligence James Clapper`: a title's `of` and the
            // body after it, to be parted from the name below.
            if i == start && i > a && t.text == "of" {
                of_title = Some(i);
            }
            let f = looked.unwrap_or_else(|| facts_at(i, w, start_facts));
            if !f.name_connector() {
                if t.text == "the" && i == start + 1 && i > a + 1 && at(toks, start).text == "of" {
                    of_the = Some(i + 1);
                }
                // Lowercase role words before a name: "aide Maria Lindqvist".
                start = i + 1;
                capitals_before = capitals;
                if f.role_noun() {
                    gender = f.title_gender().or(gender);
                }
            }
        }
    }
    if of_title == Some(start) && start + 3 <= b {
        // The name is its last two words, or runs from a known first name after the
        // body's first word (`Secretary of Homeland Security Jeh Johnson`).
        let from = (start + 2..b - 1)
            .find(|&m| {
                let t = at(toks, m);
                t.is_cap() && cues::facts(t.text).name_start().1.is_some()
            })
            .unwrap_or((b - 2).max(start + 2));
        capitals_before += toks
            .get(start..from)
            .unwrap_or(&[])
            .iter()
            .filter(|t| t.is_cap())
            .count();
        start = from;
    }
    // Two titled people as one subject (`Secretary John Kerry and Foreign Minister Sergei
    // Lavrov`): the titles after `and` leave the second name alone, but it is not the
    // phrase's.
    if start >= b || joint.is_some_and(|i| start > i + 1) {
        return None;
    }
    // "The White House", "the State Department", "the Republican National Committee":
    // title words before an institution noun are its name, not a person's titles.
    let body = of_body || cues::is_body_head(strip_possessive_only(word(text, &at(toks, b - 1))));
    if start > a && body {
        while start > a && at(toks, start - 1).is_cap() {
            start -= 1;
            capitals_before -= 1;
        }
        role = None;
        gender = None;
    }
    let mut end = b;
    let mut suffix = false;
    while end > start + 1 && is_suffix(word(text, &at(toks, end - 1))) {
        suffix = true;
        end -= 1;
    }
    // `Economist Laura Fitch`, `Neighbor Luis Carrillo`, `Sheriff Wendell Pickens`: an
    // occupation capitalised before a name of two words (and no first name itself) is
    // a role, no part of the name.
    if end >= start + 3 && !body {
        let w = word(text, &at(toks, start));
        let f = facts_at(start, w, start_facts);
        if occupation(w) && f.name_start().1.is_none() && !cues::is_body_head(w) {
            start += 1;
            capitals_before += 1;
            gender = gender.or(f.title_gender());
        }
    }
    let first_t = toks.get(start)?;
    let last_t = toks.get(end - 1)?;
    if !first_t.is_cap() && particle_surname(first_t.text).is_none() {
        return None;
    }
    // "Patti LaBelle and Stevie Wonder", "Trump and Clinton": two people, and "Ernst and
    // Young" a firm: no person's name joins words with `and`, and a surname taken from
    // such a phrase would later claim every mention of one of them.
    // The words from `end` to `b` are suffixes, neither `and` nor `&`.
    if last_and.is_some_and(|i| i >= start) {
        return None;
    }
    // Five capitalised words in a row are a headline or a title, not a name: "Chris
    // Christie Calls Hillary Clinton". The suffixes after `end` are capitalised.
    // A body's name may be longer: "the State Department Refugee Processing Center".
    if capitals.saturating_sub(capitals_before + (b - end)) > 4 && !body {
        return None;
    }
    let (stop, first_gender) = facts_at(start, word(text, first_t), start_facts).name_start();
    // `Mrs. May`, `Prime Minister May`: a sentence word alone after a capitalised title
    // is the surname.
    if stop
        && !(end == start + 1
            && start > a
            && toks
                .get(start - 1)
                .is_some_and(|t| t.is_cap() && cues::facts(word(text, t)).title_role().is_some()))
    {
        return None;
    }
    let gender = gender.or(if end - start >= 2 { first_gender } else { None });
    // "Hillary Clinton’s campaign": the name without its possessive ending.
    let owner = if suffix {
        0
    } else {
        let w = last_t.text;
        w.len() - strip_possessive_only(w).len()
    };
    let name_end = if suffix {
        at(toks, b - 1).end()
    } else {
        last_t.end() - owner
    };
    let last = Span::new(last_t.start, last_t.end() - owner);
    Some(NameParts {
        name: Span::new(first_t.start, name_end),
        words: end - start,
        first: first_t.span(),
        last,
        suffix,
        role,
        party,
        gender,
        kin: false,
        body,
    })
}

/// `first lady` for the word `lady` after `first` (`First lady Michelle Obama`, `The
/// first lady, Michelle Obama,`): a role of two words, which `the first lady` names.
pub(crate) fn first_lady(text: &str, t: Tok) -> Option<&'static str> {
    if !t.text.eq_ignore_ascii_case("lady") {
        return None;
    }
    let head = text.get(..t.start).unwrap_or("").trim_end();
    let first = head
        .len()
        .checked_sub(5)
        .and_then(|k| head.get(k..))
        .is_some_and(|w| w.eq_ignore_ascii_case("first"));
    first.then_some("first lady")
}

/// A state key [`Names::by_state`] files people under: a capitalised state name, where
/// every role and party key is in small letters.
fn is_state_key(k: &str) -> bool {
    k.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
}

/// The party a capitalised title word names (`Republican`, `GOP`, `Democratic`), as a
/// role key.
/// The party role keys [`party_of`] gives.
pub(crate) const PARTIES: [&str; 3] = ["republican", "democrat", "libertarian"];

pub(crate) fn party_of(w: &str) -> Option<&'static str> {
    Some(match w {
        "Republican" | "GOP" | "republican" => "republican",
        "Democratic" | "Democrat" | "democratic" => "democrat",
        "Libertarian" | "libertarian" => "libertarian",
        _ => return None,
    })
}

/// A pronoun without its contraction: `He’s` -> `He`, `they'd` -> `they`.
#[inline]
pub(crate) fn pronoun_stem(w: &str) -> &str {
    // Nearly every word has no apostrophe (`’` ends in 0x99): it is its own stem, known
    // without the two searches below; a word of up to eight bytes is asked all at once.
    let no_apostrophe = if w.len() <= 8 {
        let x = cues::load_prefix(w.as_bytes());
        // Whether any byte of `v` is zero (exact: a borrow only runs past a zero byte).
        let zero_byte =
            |v: u64| v.wrapping_sub(0x0101_0101_0101_0101) & !v & 0x8080_8080_8080_8080 != 0;
        // The zero padding of a short word is neither byte.
        !zero_byte(x ^ 0x2727_2727_2727_2727) && !zero_byte(x ^ 0x9999_9999_9999_9999)
    } else {
        !w.bytes().any(|b| b == b'\'' || b == 0x99)
    };
    if no_apostrophe {
        return w;
    }
    for sep in ['\'', '’'] {
        if let Some((stem, rest)) = w.split_once(sep) {
            if matches!(rest, "s" | "d" | "ll" | "re" | "ve" | "m") {
                return stem;
            }
        }
    }
    w
}

/// The pronoun under a contraction (`He’s` -> `He`), if `w` is one: [`pronoun_stem`]
/// when it differs from `w` and is a pronoun.
#[inline]
pub(crate) fn contracted_pronoun(w: &str) -> Option<&str> {
    // A pronoun (four bytes at most), an apostrophe (three) and `ll`, `re` or `ve` (two):
    // a longer word, nearly every name, is none, known without looking for its stem.
    // Nor is a word whose first letter opens no pronoun.
    if w.len() > 9 || !cues::may_open_pronoun(*w.as_bytes().first()?) {
        return None;
    }
    let stem = pronoun_stem(w);
    (stem.len() != w.len() && cues::is_pronoun(stem)).then_some(stem)
}

/// `w` without a final `'s` or `’s` (and nothing else).
pub(crate) fn strip_possessive_only(w: &str) -> &str {
    if w.as_bytes().last() != Some(&b's') {
        return w;
    }
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .filter(|s| !s.is_empty())
        .unwrap_or(w)
}

fn strip_possessive(w: &str) -> &str {
    // Nearly every surname ends in neither `s` nor a full stop: nothing to strip.
    if !matches!(w.as_bytes().last(), Some(b's' | b'.')) {
        return w;
    }
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
        .trim_end_matches('.')
}

impl<'a> Names<'a> {
    /// Registers a mention of a name and returns the person it refers to: an earlier
    /// fuller name with the same surname, or a new person.
    pub(crate) fn mention(&mut self, text: &'a str, p: &NameParts, subject: bool) -> u32 {
        let last = strip_possessive(p.last.as_str(text));
        // `Bashar al-Assad`, later `Assad` or `Al-Assad`.
        let last = particle_surname(last).unwrap_or(last);
        let first = p.first.as_str(text);
        // `Von der Leyen`, `De Blasio`: a surname that opens with its particle is
        // the surname alone.
        let words = if p.words >= 2 && first.len() <= 3 && cues::is_name_connector(first) {
            1
        } else {
            p.words
        };
        let found = if words >= 2 && !p.suffix {
            let sakes = || self.namesakes(self.by_last.get(last), false);
            // `Eugene Talbot` is not his son `Eugene Talbot Jr.`.
            sakes()
                .find(|&id| {
                    self.people
                        .get(id as usize)
                        .is_some_and(|q| !q.suffix && first_word(q.name.as_str(text)) == first)
                })
                .or_else(|| {
                    // A surname given alone before the full name (a headline's `Flynn
                    // says …`, then `Michael Flynn`) was this person: the full name
                    // completes them. Not once the lone name has a gender the full one
                    // does not share (`"…," Ruiz said. She thanked her husband, Luis
                    // Ruiz`): by then the article has told them apart.
                    sakes().find(|&id| {
                        self.people.get(id as usize).is_some_and(|q| {
                            q.words == 1 && !p.kin && (q.gender.is_none() || q.gender == p.gender)
                        })
                    })
                })
                .or_else(|| {
                    // `López Obrador` after `Andrés Manuel López Obrador`: the last
                    // words of a fuller name.
                    let name = p.name.as_str(text);
                    sakes().find(|&id| {
                        self.people.get(id as usize).is_some_and(|q| {
                            let full = q.name.as_str(text);
                            q.words as usize > words
                                && full
                                    .len()
                                    .checked_sub(name.len() + 1)
                                    .and_then(|k| full.get(k..))
                                    .and_then(|t| t.strip_prefix(' '))
                                    // `De Blasio` opening a sentence, after `Bill de Blasio`.
                                    .is_some_and(|t| same_but_first_case(t, name))
                        })
                    })
                })
        } else if words == 1 && !p.suffix {
            self.best(self.by_last.get_either_apostrophe(last), false, p.gender)
                .or_else(|| self.best(self.by_first.get(last), true, p.gender))
        } else {
            // "Okafor Jr." is someone else unless the article named them so before.
            self.namesakes(self.by_last.get(last), false).find(|&id| {
                self.people
                    .get(id as usize)
                    .is_some_and(|q| q.name.as_str(text) == p.name.as_str(text))
            })
        };
        let id = match found {
            Some(id) => id,
            None => {
                let id = self.people.len() as u32;
                let mut prev_first = NONE;
                if self.people.is_empty() {
                    // One allocation for the names of a typical article, not a doubling
                    // series of rehashes.
                    self.people.reserve(32);
                }
                // `Rep. Robert Castellano Jr.` is the `Castellano` of a later mention,
                // unless a namesake who spoke or was named more often is.
                let prev_last = self.by_last.insert(last, id).unwrap_or(NONE);
                if p.words >= 2 {
                    prev_first = self.by_first.insert(first, id).unwrap_or(NONE);
                }
                self.people.push(Person {
                    name: p.name,
                    words: p.words as u8,
                    gender: None,
                    body: p.body,
                    suffix: p.suffix,
                    spoke: false,
                    principal: false,
                    mentions: 0,
                    prev_last,
                    prev_first,
                });
                id
            }
        };
        if let Some(person) = self.people.get_mut(id as usize) {
            person.mentions += 1;
            person.principal |= words == 1;
            if person.gender.is_none() {
                person.gender = p.gender;
            }
            if (p.words as u8) > person.words && !p.suffix {
                if person.words == 1 && found.is_some() {
                    // Completed from a lone surname: findable by the first name now.
                    person.prev_first = self.by_first.insert(first, id).unwrap_or(NONE);
                }
                self.renamed |= found.is_some();
                person.words = p.words as u8;
                person.name = p.name;
            }
        }
        if let Some(r) = p.role {
            self.add_role(r, id);
        }
        if let Some(party) = p.party {
            self.add_role(party, id);
        }
        self.push_recent(id, subject);
        id
    }

    /// `Phyllis McAlpin Stewart was born in St. Louis`: a full name before `was born`
    /// whose first name is that of a person the article named before under another
    /// surname is that person's birth name (an obituary's or a profile's), not someone
    /// new whom a later `she` would mean. Returns that person, if there is one.
    #[cold]
    pub(crate) fn birth_name(
        &mut self,
        text: &'a str,
        p: &NameParts,
        subject: bool,
    ) -> Option<u32> {
        let first = p.first.as_str(text);
        let last = strip_possessive(p.last.as_str(text));
        if p.words < 3 || self.by_last.get(last).is_some() {
            return None;
        }
        let id = self.best(self.by_first.get(first), true, p.gender)?;
        self.push_recent(id, subject);
        Some(id)
    }

    /// The people of a name chain from its newest (`head`), at most
    /// [`RECENT_NAMESAKES`] of them; `first` follows the first-name links.
    fn namesakes(&self, head: Option<&u32>, first: bool) -> impl Iterator<Item = u32> + '_ {
        let mut next = head.copied().unwrap_or(NONE);
        core::iter::from_fn(move || {
            let id = next;
            let p = self.people.get(id as usize)?;
            next = if first { p.prev_first } else { p.prev_last };
            Some(id)
        })
        .take(RECENT_NAMESAKES)
    }

    /// The namesake a lone name means: one of the gender a title gave it (`Mrs.
    /// Clinton` is not Bill Clinton), then the family's principal (`Trump` after
    /// `Eric Trump told reporters` is still Donald Trump, whom the article called
    /// `Trump` before or gave a title), then one who spoke, then the most mentioned.
    fn best(&self, head: Option<&u32>, first: bool, gender: Option<bool>) -> Option<u32> {
        let fits = |id: u32| {
            let g = self.people.get(id as usize).and_then(|p| p.gender);
            gender.is_none() || g.is_none() || g == gender
        };
        self.namesakes(head, first)
            .filter(|&id| fits(id))
            .max_by_key(|&id| {
                let p = self.people.get(id as usize);
                (
                    gender.is_some() && p.and_then(|p| p.gender) == gender,
                    p.is_some_and(|p| p.principal),
                    p.is_some_and(|p| p.spoke),
                    p.map_or(0, |p| p.mentions),
                    u32::MAX - id,
                )
            })
    }

    /// The namesake `the younger Talbot` (`younger`) or `the elder Talbot` means: the
    /// newest named with `Jr.`, `II` or `III`, or the newest named without a suffix or
    /// with `Sr.`.
    pub(crate) fn generation(&self, text: &str, last: &str, younger: bool) -> Option<u32> {
        self.namesakes(self.by_last.get(last), false).find(|&id| {
            self.people.get(id as usize).is_some_and(|q| {
                let senior = q.suffix
                    && q.name
                        .as_str(text)
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| bare(w) == "Sr");
                younger == (q.suffix && !senior)
            })
        })
    }

    /// Notes a lone name that opens a sentence (`Pence spoke next.`) as its subject, so
    /// a later `he` can mean that person: the person an earlier fuller mention gave the
    /// name. A name the article has not given yet is left alone.
    pub(crate) fn lone_subject(&mut self, w: &str) {
        if let Some(id) = self.lone_surname(w) {
            self.push_recent(id, true);
        }
    }

    /// Notes a lone name (`Pence spoke next.`, `Trump's children`) as a use of the
    /// surname alone: the person it means is the principal of that surname (see
    /// [`Names::best`]). Returns that person.
    pub(crate) fn lone_surname(&mut self, w: &str) -> Option<u32> {
        let id = self.best(self.by_last.get(w), false, None)?;
        if let Some(p) = self.people.get_mut(id as usize) {
            p.principal = true;
        }
        Some(id)
    }

    fn push_recent(&mut self, id: u32, subject: bool) {
        self.recent.push((id, subject));
    }

    /// Ties a role noun (`senator`, `aide`) to a person.
    pub(crate) fn add_role(&mut self, role: &'static str, id: u32) {
        first_two(&mut self.by_role, role, id);
    }

    /// Ties an age given in an appositive (`Ana Ruiz, 45,`) to a person.
    pub(crate) fn add_age(&mut self, age: u8, id: u32) {
        first_two(&mut self.by_age, age, id);
    }

    /// The one person the article named as a relative `kin` (`his sister, Ann Lee,`),
    /// if there is exactly one.
    pub(crate) fn by_kin(&self, kin: &str) -> Option<u32> {
        only_one(&self.by_role, kin_key(kin)?)
    }

    /// The one person the article gave the age `age`, if there is exactly one.
    pub(crate) fn by_age(&self, age: u8) -> Option<u32> {
        only_one(&self.by_age, age)
    }

    /// The body a definite common noun means (`the airline` after `Southline Airways`):
    /// the latest name the article gave whose last word is one of `heads`.
    pub(crate) fn body_by_head(&self, heads: &[&str]) -> Option<u32> {
        heads
            .iter()
            .filter_map(|h| self.by_last.get(h).copied())
            .filter(|&id| id != NONE)
            .max()
    }

    /// The one person the article gave an age of 13 to 19, if there is exactly one.
    pub(crate) fn teenager(&self) -> Option<u32> {
        let mut one = None;
        let teens = self.by_age.iter().filter(|r| (13..=19).contains(&r.0));
        for &id in teens.flat_map(|r| r.1.iter()).filter(|&&id| id != NONE) {
            if one.is_some_and(|o| o != id) {
                return None;
            }
            one = Some(id);
        }
        one
    }

    /// The one person the article introduced with `role`, if there is exactly one.
    pub(crate) fn by_role(&self, role: &str) -> Option<u32> {
        let key = canonical_role(role)?;
        if key == "lawmaker" {
            // Any legislator the article named is a lawmaker: the one, if one.
            let mut one = None;
            let legislators = self.by_role.iter().filter(|r| {
                matches!(
                    r.0,
                    "representative"
                        | "senator"
                        | "delegate"
                        | "assemblyman"
                        | "assemblywoman"
                        | "lawmaker"
                )
            });
            for &id in legislators
                .flat_map(|r| r.1.iter())
                .filter(|&&id| id != NONE)
            {
                if one.is_some_and(|o| o != id) {
                    return None;
                }
                one = Some(id);
            }
            return one;
        }
        only_one(&self.by_role, key)
    }

    /// The one person the article introduced with `role` and the party `party` (`the
    /// Republican nominee`): of those given the role, the one given the party, or the
    /// only one given the role if no other party is theirs.
    pub(crate) fn by_party_role(&self, party: &'static str, role: &str) -> Option<u32> {
        let key = canonical_role(role)?;
        if let Some(one) = self.given_both(key, party) {
            return Some(one);
        }
        let one = only_one(&self.by_role, key)?;
        (!self.other_party(party, one)).then_some(one)
    }

    /// The people given the role key `k` (at most two, [`NONE`] for none).
    fn role_ids(&self, k: &str) -> [u32; 2] {
        self.by_role
            .iter()
            .find(|r| r.0 == k)
            .map_or([NONE; 2], |r| r.1)
    }

    /// The one person given both role keys `a` and `b`, if exactly one is.
    fn given_both(&self, a: &str, b: &str) -> Option<u32> {
        let with_b = self.role_ids(b);
        let mut both = self
            .role_ids(a)
            .into_iter()
            .filter(|&id| id != NONE && with_b.contains(&id));
        match (both.next(), both.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }

    /// Whether `id` was given a party other than `party`.
    fn other_party(&self, party: &str, id: u32) -> bool {
        PARTIES
            .iter()
            .filter(|&&q| q != party)
            .any(|q| self.role_ids(q).contains(&id))
    }

    /// The one person `the Kentucky Republican` or `the Vermont senator` means: `key` is a
    /// party or a role key, `state` the state the article tied people to (`Sen. Mitch
    /// McConnell (R-Ky.)`, `Kentucky Sen. Rand Paul`). Of those given both, the one; else
    /// the one given the state, if no other party or role of that kind is theirs; else
    /// the one given `key`, if no other state is theirs.
    pub(crate) fn by_state(&self, state: &'static str, key: &'static str) -> Option<u32> {
        if let Some(one) = self.given_both(key, state) {
            return Some(one);
        }
        let party = PARTIES.contains(&key);
        if let Some(one) = only_one(&self.by_role, state) {
            let other = party && self.other_party(key, one);
            return (!other).then_some(one);
        }
        let one = only_one(&self.by_role, key)?;
        let elsewhere = self
            .by_role
            .iter()
            .any(|r| r.0 != state && is_state_key(r.0) && r.1.contains(&one));
        (!elsewhere).then_some(one)
    }

    /// The most recent person a `he` or `she` can refer to.
    pub(crate) fn pronoun(&mut self, male: bool) -> Option<u32> {
        let ok = |id: u32| {
            self.gender(id).map_or(true, |g| g == male)
                && !self.people.get(id as usize).is_some_and(|p| p.body)
        };
        let pick = self
            .recent
            .newest_first()
            .find(|(id, subj)| *subj && ok(*id))
            .or_else(|| self.recent.newest_first().find(|(id, _)| ok(*id)))
            .map(|(id, _)| *id)?;
        if pick >= UNNAMED_FEMALE {
            return None;
        }
        if let Some(p) = self.people.get_mut(pick as usize) {
            if p.gender.is_none() {
                p.gender = Some(male);
            }
        }
        Some(pick)
    }

    fn gender(&self, id: u32) -> Option<bool> {
        match id {
            UNNAMED_MALE => Some(true),
            UNNAMED_FEMALE => Some(false),
            _ => self.people.get(id as usize).and_then(|p| p.gender),
        }
    }

    /// Records a speaker the article did not name (`a spokeswoman said`), of the gender
    /// its role word gives, as the newest subject for a pronoun.
    pub(crate) fn spoke_unnamed(&mut self, male: Option<bool>) {
        let id = match male {
            Some(true) => UNNAMED_MALE,
            Some(false) => UNNAMED_FEMALE,
            None => UNNAMED,
        };
        self.push_recent(id, true);
    }

    /// The person a surname written in capitals means (a transcript's `DELGADO`), if the
    /// article gave that surname before.
    pub(crate) fn in_capitals(&self, w: &str) -> Option<u32> {
        let mut buf = [0u8; 24];
        let n = w.len();
        if !(3..=buf.len()).contains(&n) || !w.bytes().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        for (d, c) in buf.iter_mut().zip(w.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        if let Some(f) = buf.first_mut() {
            *f = f.to_ascii_uppercase();
        }
        let name = core::str::from_utf8(buf.get(..n)?).ok()?;
        self.best(self.by_last.get(name), false, None)
    }

    /// Whether the article has given `w` as a surname.
    pub(crate) fn is_surname(&self, w: &str) -> bool {
        self.by_last.get(w).is_some()
    }

    /// Whether the article has given no name yet.
    pub(crate) fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    /// Records a person's gender learned from a role word.
    pub(crate) fn set_gender(&mut self, id: u32, male: bool) {
        if let Some(p) = self.people.get_mut(id as usize) {
            p.gender.get_or_insert(male);
        }
    }

    /// Gives a person the gender an appositive's role word states (`Andy McGuire, the
    /// chairwoman of the party,`), over the one a first name suggested.
    pub(crate) fn state_gender(&mut self, id: u32, male: bool) {
        if let Some(p) = self.people.get_mut(id as usize) {
            p.gender = Some(male);
        }
    }

    /// Marks a person as a speaker, so a later pronoun and a later surname prefer them.
    pub(crate) fn spoke(&mut self, id: u32) {
        if let Some(p) = self.people.get_mut(id as usize) {
            p.spoke = true;
        }
        self.push_recent(id, true);
    }

    /// Where the fullest name of a person stands.
    pub(crate) fn name_span(&self, id: u32) -> Option<Span> {
        self.people.get(id as usize).map(|p| p.name)
    }

    /// The fullest name of a person.
    pub(crate) fn name(&self, text: &'a str, id: u32) -> Option<&'a str> {
        self.people.get(id as usize).map(|p| p.name.as_str(text))
    }
}

/// The age an appositive after a name gives at token `b` (`, 45,` or `, 45.`): the age
/// and the token after it.
pub(crate) fn age_appositive(text: &str, toks: &[Tok], b: usize) -> Option<(u8, usize)> {
    if !toks.get(b)?.is_punct(',') {
        return None;
    }
    let w = word(text, toks.get(b + 1)?);
    let after = toks.get(b + 2);
    let closes = after.map_or(true, |t| {
        matches!(t.kind, TokKind::Punct(',' | '.' | ';' | ')'))
    });
    (closes && (1..=3).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_digit()))
        .then(|| w.parse::<u8>().ok())
        .flatten()
        .filter(|&n| (1..=120).contains(&n))
        .map(|n| (n, b + 2))
}

/// The age a descriptor gives (`45-year-old`, `45-years-old`), if `w` is one.
pub(crate) fn year_old(w: &str) -> Option<u8> {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let rest = w.get(digits..)?;
    let known = ["-year-old", "-years-old"]
        .iter()
        .any(|s| rest.eq_ignore_ascii_case(s));
    ((1..=3).contains(&digits) && known)
        .then(|| w.get(..digits)?.parse::<u8>().ok())
        .flatten()
        .filter(|&n| n > 0)
}

/// Records `id` among the first two people given `key` (a role, an age).
fn first_two<K: PartialEq>(list: &mut Vec<(K, [u32; 2])>, key: K, id: u32) {
    let slot = match list.iter().position(|r| r.0 == key) {
        Some(n) => list.get_mut(n),
        None => {
            list.push((key, [NONE; 2]));
            list.last_mut()
        }
    };
    let Some((_, [a, b])) = slot else {
        return;
    };
    if *a == NONE {
        *a = id;
    } else if *b == NONE && *a != id {
        *b = id;
    }
}

/// The one person given `key`, if exactly one was.
fn only_one<K: PartialEq>(list: &[(K, [u32; 2])], key: K) -> Option<u32> {
    match list.iter().find(|r| r.0 == key).map(|r| r.1) {
        Some([one, NONE]) if one != NONE => Some(one),
        _ => None,
    }
}

fn first_word(s: &str) -> &str {
    // Names are short: a byte loop, not a searcher.
    match s.bytes().position(|b| b == b' ') {
        Some(n) => s.get(..n).unwrap_or(s),
        None => s,
    }
}

/// The canonical role for a role noun, so `the senator` finds `Sen. Ruiz`.
pub(crate) fn canonical_role(word: &str) -> Option<&'static str> {
    cues::canonical_role(word)
}

trait StopExt {
    fn is_none_or_punct(&self, text: &str) -> bool;
}

impl StopExt for Option<&Tok<'_>> {
    /// Whether a noun phrase may end before this token: nothing, punctuation, a
    /// quotation, or a word that cannot continue a noun phrase.
    fn is_none_or_punct(&self, text: &str) -> bool {
        match self {
            None => true,
            Some(t) => !t.is_word() || cues::ends_forward_phrase(word(text, t)),
        }
    }
}

/// A token that stands for "no token": what [`at`] returns past either end.
pub(crate) const NO_TOK: Tok<'static> = Tok {
    start: 0,
    text: "",
    kind: TokKind::Punct('\0'),
};

/// The token at `i`, or [`NO_TOK`] past the end, so that rules can look around a
/// position without indexing that could panic.
#[inline]
pub(crate) fn at<'a>(toks: &[Tok<'a>], i: usize) -> Tok<'a> {
    toks.get(i).copied().unwrap_or(NO_TOK)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn both(text: &str) {
        let (mut a, mut b) = (Vec::new(), Vec::new());
        tokenize(text, 0, text.len(), &mut a);
        tokenize_reference(text, 0, text.len(), &mut b);
        assert_eq!(a, b, "{text:?}");
    }

    #[test]
    fn general_punctuation_has_no_alphanumeric() {
        for c in ('\u{2000}'..='\u{206F}').chain(['a', 'é', '9', '’', '—', '東']) {
            assert_eq!(super::is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn tokenize_matches_the_plain_reading() {
        for t in [
            "Dr. Ana Ruiz said: “We don't know.” U.S. officials (D-Wis.) 9/11, 24/7 a/b",
            "Café déjà-vu’s l’été N° 5 — well-known & co. 3.4 percent $27.15 e.g. etc.",
            "JosÃ© Ruiz, Franc\u{327}ois Ge\u{301}rard and FranA\u{303}\u{83}A\u{302}§ois « Dupont »",
            "x\u{a0}y\u{2009}z ’tis rock ’n’ roll ' - . & / end.",
            "Ünal Øre ÅSA. İ. ß. 東京 said",
        ] {
            both(t);
        }
    }

    /// [`pronoun_stem`] as it reads with the byte search alone.
    fn pronoun_stem_reference(w: &str) -> &str {
        if !w.bytes().any(|b| b == b'\'' || b == 0x99) {
            return w;
        }
        for sep in ['\'', '’'] {
            if let Some((stem, rest)) = w.split_once(sep) {
                if matches!(rest, "s" | "d" | "ll" | "re" | "ve" | "m") {
                    return stem;
                }
            }
        }
        w
    }

    #[test]
    fn pronoun_stem_reads_as_the_byte_search() {
        for w in [
            "He’s",
            "he's",
            "they'd",
            "It’ll",
            "we're",
            "I'm",
            "x'",
            "’s",
            "said",
            "",
            "Okafor’s",
            "ab’cdefgh’s",
        ] {
            assert_eq!(pronoun_stem(w), pronoun_stem_reference(w), "{w:?}");
        }
    }

    proptest! {
        #[test]
        fn pronoun_stem_matches_reference(w in "[a-zA-Z'’\u{99}\u{2019}é]{0,12}") {
            prop_assert_eq!(pronoun_stem(&w), pronoun_stem_reference(&w));
        }

        #[test]
        fn tokenize_matches_reference(s in "[a-zA-Z0-9 .,'’&/\\-:;\"()!?\u{a0}éÉ—“”\t\n\u{b}]{0,40}") {
            both(&s);
        }
    }
}
