//! Abbreviations that a full stop may not end a sentence after, sorted by how they
//! behave, and the few closed-class words that settle the ambiguous ones.
//!
//! The categories matter more than the words: a title (`Mr.`) is always followed by a
//! name, so its full stop never ends a sentence; a company form (`Inc.`) or a dotted
//! acronym (`U.S.`) often does, so the splitter looks at the next word; a number prefix
//! (`No.`, `p.`) is an abbreviation only when a number follows.

/// How an abbreviation behaves before a capitalised word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Always followed by a name (`Mr.`, `Gen.`, `Mt.`): never ends a sentence.
    Title,
    /// Only ever inside a sentence (`e.g.`, `vs.`, `cf.`): never ends one.
    Inner,
    /// May be last in a sentence but is as often followed by a name or a noun it
    /// belongs to (`U.S.`, `St.`, `Calif.`, `Jan.`): ends it only when the next word
    /// plainly starts a new sentence.
    CanEnd,
    /// Closes a name or a list and is rarely followed by more of it (`Inc.`, `Corp.`,
    /// `Jr.`, `etc.`): ends the sentence also when a capitalised word follows that is
    /// itself followed by a lower-case one (`Acme Corp. Workers were told`).
    Closing,
    /// An abbreviation only before a number (`No. 5`, `p. 55`, `5 ft. 3 in.`).
    BeforeNumber,
}

/// Whether `word` (without its final full stop) is an abbreviation whose full stop never
/// ends a sentence: a title before a name (`Mr`, `Gen`) or one that only occurs inside a
/// sentence (`e.g`, `vs`).
///
/// Blocks use this to avoid a paragraph break after `Mr.` at the end of a line. Words
/// that may also end a sentence (`Inc`, `etc`, `U.S`, `no`) answer `false`, so that a
/// line ending `… Acme Inc.` in a one-paragraph-per-line feed still ends its paragraph.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    // `Dr.` and `St.` can end a sentence (Drive, Street) but far more often stand
    // before a name.
    matches!(lookup(word), Some(Abbrev::Title | Abbrev::Inner)) || matches!(word, "Dr" | "St")
}

/// The category of `word` (without its final full stop, internal dots kept: `U.S`,
/// `e.g`), or `None` when it is not in the table.
pub(crate) fn lookup(word: &str) -> Option<Abbrev> {
    let bytes = word.as_bytes();
    // No listed word is longer than seven bytes, so a word of up to seven packs into one
    // integer with its length (see `key`).
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return None;
    };
    if bytes.len() > 7 || !may_be_listed(bytes.len(), first, last) {
        return None;
    }
    let mut packed = 0u64;
    for &b in bytes.iter().rev() {
        packed = packed << 8 | u64::from(b);
    }
    if packed & 0x8080_8080_8080_8080 != 0 {
        return match word {
            "N°" | "n°" | "Nº" | "nº" | "№" => Some(Abbrev::BeforeNumber),
            "Jän" | "Mär" => Some(Abbrev::CanEnd),
            _ => None,
        };
    }
    let len = (bytes.len() as u64) << 56;
    let exact = packed | len;
    let capitalised = first.is_ascii_uppercase();
    // Every byte is ASCII, so adding to one byte never carries into the next: a byte has
    // its top bit set after `+ 0x3F` when it is at least `A`, after `+ 0x25` when it is
    // past `Z`. The capitals get 0x20 added, as `make_ascii_lowercase` would.
    const ONES: u64 = 0x0101_0101_0101_0101;
    let upper =
        (packed.wrapping_add(0x3F * ONES) & !packed.wrapping_add(0x25 * ONES)) & (0x80 * ONES);
    let lower = (packed | upper >> 2) | len;
    // One probe or two in a table of every listed word, in place of a test per list.
    let mut h = slot(lower);
    let info = loop {
        match (KEYS.get(h), INFO.get(h)) {
            (Some(&k), Some(&info)) if k == lower => break info,
            (Some(&k), Some(_)) if k != 0 => h = (h + 1) % TABLE,
            _ => return None,
        }
    };
    if capitalised {
        // State names are also words (`Ill.`, `Mass.`, `Wash.`): only their own spelling
        // counts, a capital and lower case (that of `lower` with the first letter raised).
        if info & STATE != 0 && bytes.len() <= 5 && exact == lower & !0x20 {
            return Some(Abbrev::CanEnd);
        }
        decode(info >> 3)
    } else {
        decode(info)
    }
}

/// Slots in the table of listed words (a power of two, over twice as many as words).
const TABLE: usize = 512;

/// The first slot for a lower-case key.
const fn slot(k: u64) -> usize {
    (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize % TABLE
}

/// An `Abbrev` as three bits: 0 for none.
const fn encode(a: Option<Abbrev>) -> u8 {
    match a {
        None => 0,
        Some(Abbrev::Title) => 1,
        Some(Abbrev::Inner) => 2,
        Some(Abbrev::CanEnd) => 3,
        Some(Abbrev::Closing) => 4,
        Some(Abbrev::BeforeNumber) => 5,
    }
}

fn decode(code: u8) -> Option<Abbrev> {
    match code & 7 {
        1 => Some(Abbrev::Title),
        2 => Some(Abbrev::Inner),
        3 => Some(Abbrev::CanEnd),
        4 => Some(Abbrev::Closing),
        5 => Some(Abbrev::BeforeNumber),
        _ => None,
    }
}

/// Set in a word's [`INFO`] when a state is spelt as the word is, with a capital.
const STATE: u8 = 0x40;

/// The category of a lower-case key written in lower case (the lists that count then, in
/// their order).
const fn category_lower(k: u64) -> Option<Abbrev> {
    if is_inner(k) {
        Some(Abbrev::Inner)
    } else if is_closing(k) {
        Some(Abbrev::Closing)
    } else if is_can_end(k) {
        Some(Abbrev::CanEnd)
    } else if is_before_number(k) {
        Some(Abbrev::BeforeNumber)
    } else {
        None
    }
}

/// The category of a lower-case key written with a capital, past the states: titles and
/// months count only capitalised.
const fn category_capitalised(k: u64) -> Option<Abbrev> {
    if is_title(k) {
        Some(Abbrev::Title)
    } else if is_month_short(k) {
        Some(Abbrev::CanEnd)
    } else {
        category_lower(k)
    }
}

/// The lower-case key of a listed word (`key` of its ASCII lower case).
const fn lower_key(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut rest = w;
    while let [head @ .., last] = rest {
        k = k << 8 | last.to_ascii_lowercase() as u64;
        rest = head;
    }
    k | (w.len() as u64) << 56
}

/// The table of every ASCII listed word: its lower-case key in [`KEYS`] (0 in an empty
/// slot), at the first free slot from [`slot`], and what it is in [`INFO`]: the category
/// when written in lower case (bits 0 to 2), when capitalised (bits 3 to 5), and
/// [`STATE`].
// Every index is below `TABLE` and the tables are built at compile time, where a bad index
// would not compile.
#[allow(clippy::indexing_slicing)]
const TABLES: ([u64; TABLE], [u8; TABLE]) = {
    let lists: [&[&[u8]]; 7] = [
        TITLES,
        MONTHS_SHORT,
        INNER,
        CLOSING,
        CAN_END,
        BEFORE_NUMBER,
        STATES,
    ];
    let mut keys = [0u64; TABLE];
    let mut info = [0u8; TABLE];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let w = lists[l][i];
            let k = lower_key(w);
            let mut h = slot(k);
            while keys[h] != 0 && keys[h] != k {
                h = (h + 1) % TABLE;
            }
            if keys[h] == 0 {
                keys[h] = k;
                let state = if w.len() <= 5 && is_state(k & !0x20) {
                    STATE
                } else {
                    0
                };
                info[h] = encode(category_lower(k)) | encode(category_capitalised(k)) << 3 | state;
            }
            i += 1;
        }
        l += 1;
    }
    (keys, info)
};
const KEYS: [u64; TABLE] = TABLES.0;
const INFO: [u8; TABLE] = TABLES.1;

/// A word of up to seven bytes as one integer: the bytes little-endian, the length in the
/// top byte (so that a NUL byte cannot pass for the end of a shorter word). The tables
/// below compare such keys, which the compiler turns into a jump tree instead of one byte
/// comparison per listed word.
const fn key(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut rest = w;
    while let [head @ .., last] = rest {
        k = k << 8 | *last as u64;
        rest = head;
    }
    k | (w.len() as u64) << 56
}

/// Defines `const $list`, the words, and `fn $test(key) -> bool`, whether the key (see
/// `key`) is the key of one of them.
macro_rules! words {
    ($(#[$doc:meta])* $list:ident, $test:ident: $($w:literal)+) => {
        $(#[$doc])*
        const $list: &[&[u8]] = &[$($w),+];
        $(#[$doc])*
        const fn $test(k: u64) -> bool {
            false $(|| k == { const K: u64 = key($w); K })+
        }
    };
}

words!(
    /// Titles, in lower case (they count only capitalised).
    TITLES, is_title:
    b"mr" b"mrs" b"ms" b"messrs" b"mmes" b"mme" b"mlle" b"drs" b"prof" b"profs" b"gen"
    b"gens" b"lt" b"col" b"maj" b"capt" b"cpt" b"cmdr" b"cdr" b"cmdt" b"adm" b"sgt" b"cpl"
    b"pvt" b"pfc" b"spc" b"brig" b"sen" b"sens" b"rep" b"reps" b"gov" b"govs" b"rev" b"hon"
    b"pres" b"supt" b"insp" b"det" b"atty" b"amb" b"fr" b"msgr" b"mt" b"ft" b"sra" b"srta"
    b"ald" b"asst" b"assoc" b"wm" b"chas" b"thos" b"jas" b"robt" b"lieut" b"comdr"
);
words!(
    /// Short month names, in lower case (they count only capitalised).
    MONTHS_SHORT, is_month_short:
    b"jan" b"feb" b"mar" b"apr" b"jun" b"jul" b"aug" b"sep" b"sept" b"oct" b"nov" b"dec"
);
words!(
    /// Abbreviations only ever inside a sentence.
    INNER, is_inner:
    b"e.g" b"i.e" b"cf" b"vs" b"viz" b"v" b"aka" b"a.k.a" b"incl" b"esp" b"resp" b"et" b"eg"
);
words!(
    /// Company forms, name suffixes, Latin that closes a list.
    CLOSING, is_closing:
    b"inc" b"co" b"cos" b"corp" b"ltd" b"llc" b"plc" b"bros" b"mfg" b"jr" b"sr" b"esq"
    b"etc" b"al" b"ibid"
);
words!(
    /// Institutions, street types, times and acronyms, often followed by a name.
    CAN_END, is_can_end:
    b"assn" b"dept" b"univ" b"intl" b"natl" b"govt" b"dr" b"st" b"ste" b"ave" b"blvd" b"rd"
    b"ln" b"ct" b"pl" b"hwy" b"pkwy" b"sq" b"fwy" b"cir" b"a.m" b"p.m" b"u.s" b"u.k" b"u.n"
    b"ph.d" b"d.c"
);
words!(
    /// Abbreviations before a number.
    BEFORE_NUMBER, is_before_number:
    b"no" b"nos" b"nr" b"num" b"p" b"pp" b"pg" b"vol" b"vols" b"ch" b"chap" b"fig" b"figs"
    b"art" b"sec" b"secs" b"para" b"pt" b"pts" b"approx" b"ca" b"c" b"est" b"ft" b"lb"
    b"lbs" b"oz" b"mi" b"yd" b"yds" b"hr" b"hrs" b"min" b"mins" b"sq.ft" b"cu" b"tel"
    b"ext" b"apt" b"rt" b"rte" b"op" b"rs" b"tbsp" b"tsp" b"gal" b"qt" b"ed" b"eds"
);
words!(
    /// State abbreviations, in their own spelling (the key of the word as written).
    STATES, is_state:
    b"Ala" b"Ariz" b"Ark" b"Calif" b"Cal" b"Colo" b"Conn" b"Del" b"Fla" b"Ga" b"Ill" b"Ind"
    b"Kan" b"Kans" b"Ky" b"La" b"Md" b"Mass" b"Mich" b"Minn" b"Miss" b"Mo" b"Mont" b"Neb"
    b"Nebr" b"Nev" b"Okla" b"Ore" b"Oreg" b"Pa" b"Penn" b"Tenn" b"Tex" b"Vt" b"Va" b"Wash"
    b"Wis" b"Wisc" b"Wyo" b"Ont" b"Que" b"Alta"
);

/// The words outside ASCII that `lookup` knows.
const NON_ASCII: &[&[u8]] = &[
    "N°".as_bytes(),
    "n°".as_bytes(),
    "Nº".as_bytes(),
    "nº".as_bytes(),
    "№".as_bytes(),
    "Jän".as_bytes(),
    "Mär".as_bytes(),
];

/// For a word of each length (1 to 7) and each first byte (its low five bits, which are
/// the same for a letter in either case), the last bytes (their low five bits, as bits of
/// the mask) that some listed word has: most words before a full stop share none of them
/// with a listed word and are ruled out with one load.
// Every index is below 256 (a length of at most 7 times 32 plus five bits) and the table
// is built at compile time, where a bad index would not compile.
#[allow(clippy::indexing_slicing)]
const FILTER: [u32; 256] = {
    let lists: [&[&[u8]]; 8] = [
        TITLES,
        MONTHS_SHORT,
        INNER,
        CLOSING,
        CAN_END,
        BEFORE_NUMBER,
        STATES,
        NON_ASCII,
    ];
    let mut t = [0u32; 256];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let w = lists[l][i];
            let n = w.len();
            assert!(n >= 1 && n <= 7, "a listed word is 1 to 7 bytes long");
            t[n * 32 + (w[0] & 31) as usize] |= 1 << (w[n - 1] & 31);
            i += 1;
        }
        l += 1;
    }
    t
};

/// Whether a word of `len` bytes (1 to 7), first byte `first` and last byte `last` could
/// be a listed word: see [`FILTER`].
#[inline]
pub(crate) fn may_be_listed(len: usize, first: u8, last: u8) -> bool {
    FILTER
        .get(len * 32 + usize::from(first & 31))
        .is_some_and(|m| m >> (last & 31) & 1 != 0)
}

/// Whether `word`, capitalised after a full stop, plainly starts a new sentence: closed
/// class words (pronouns, determiners, conjunctions, sentence adverbs) that are almost
/// never part of a name or a title after `U.S.`, `Inc.` or an initial. Names that are also
/// such words (`Will`, `May`, `Bill`, `Hope`) are left out on purpose.
pub(crate) fn starts_sentence(word: &str) -> bool {
    // Most capitalised words after a stop are names, ruled out by one load before the
    // words are compared.
    let b = word.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    STARTER_FILTER
        .get(b.len() * 32 + usize::from(first & 31))
        .is_some_and(|m| m >> (last & 31) & 1 != 0)
        && is_starter(word)
}

word_set!(
    /// Words that plainly start a sentence (see [`starts_sentence`]).
    STARTERS, is_starter:
    "The" "A" "An" "This" "That" "These" "Those" "There" "Then" "Thus" "Hence" "Therefore"
    "However" "But" "And" "Or" "Nor" "So" "Yet" "He" "She" "It" "They" "We" "You" "I"
    "His" "Her" "Its" "Their" "Our" "My" "Your" "In" "On" "At" "For" "With" "After"
    "Before" "During" "When" "While" "If" "As" "Since" "Although" "Though" "Because"
    "Meanwhile" "Still" "Also" "Now" "Today" "Yesterday" "Tomorrow" "Last" "Next" "Some"
    "Many" "Most" "Several" "All" "Both" "Each" "Every" "Few" "Other" "Others" "Such"
    "Not" "No" "None" "Nothing" "What" "Why" "How" "Who" "Whom" "Whose" "Where" "Which"
    "Is" "Are" "Was" "Were" "Do" "Does" "Did" "Has" "Have" "Had" "Can" "Could" "Would"
    "Should" "Must" "Here" "Instead" "Later" "Earlier" "Even" "Only" "Just" "According"
    "Despite" "Under" "Over" "By" "From" "To" "Of" "Among" "Until" "Once" "Already"
    "Indeed" "Moreover" "Furthermore" "Nevertheless" "Nonetheless" "Besides" "Otherwise"
    "Again" "Sometimes" "Often" "Perhaps" "Maybe" "Yes" "Let" "Please" "Asked" "Speaking"
    "Officials" "Authorities" "Experts" "Critics" "Analysts" "Residents" "Shares" "Sales"
    "Prices" "Investors" "Voters" "One" "Two" "Three" "Four" "Five" "Six" "Seven" "Eight"
    "Nine" "Ten" "Twenty" "Dozens" "Hundreds" "Thousands" "Millions"
);

/// For a word of each length (1 to 15) and each first byte (its low five bits), the last
/// bytes (their low five bits, as bits of the mask) that some word of [`STARTERS`] has.
// Every index is below 512 (a length of at most 15 times 32 plus five bits) and the table
// is built at compile time, where a bad index would not compile.
#[allow(clippy::indexing_slicing)]
const STARTER_FILTER: [u32; 512] = {
    let mut t = [0u32; 512];
    let mut i = 0;
    while i < STARTERS.len() {
        let w = STARTERS[i].as_bytes();
        let n = w.len();
        assert!(n >= 1 && n <= 15, "a starter is 1 to 15 bytes long");
        t[n * 32 + (w[0] & 31) as usize] |= 1 << (w[n - 1] & 31);
        i += 1;
    }
    t
};

/// Whether `lower` (in lower case) is a month name or its short form, in English, German,
/// French, Dutch or Swedish: a number before one at the start of a line is a date
/// (`14. August`), not a list marker.
pub(crate) fn is_month_word(lower: &str) -> bool {
    // Every month starts with one of these letters: most words are ruled out by it.
    if !matches!(
        lower.as_bytes().first(),
        Some(b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's')
    ) {
        return false;
    }
    // Matching on the string compiles to a jump on its length and a few compares.
    matches!(
        lower,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "januar"
            | "jänner"
            | "februar"
            | "märz"
            | "mai"
            | "juni"
            | "juli"
            | "oktober"
            | "dezember"
            | "janvier"
            | "février"
            | "mars"
            | "avril"
            | "juin"
            | "juillet"
            | "août"
            | "septembre"
            | "octobre"
            | "novembre"
            | "décembre"
            | "januari"
            | "februari"
            | "maart"
            | "mei"
            | "augustus"
            | "augusti"
            | "maj"
            | "okt"
    )
}

/// Month names, English and German: after `3.` they make the number an ordinal date
/// (`Am 3. Oktober`) rather than the end of a sentence.
pub(crate) fn is_month(word: &str) -> bool {
    // Every month starts with one of these letters: most words are ruled out by it.
    if !matches!(
        word.as_bytes().first(),
        Some(b'A' | b'D' | b'F' | b'J' | b'M' | b'N' | b'O' | b'S')
    ) {
        return false;
    }
    matches!(
        word,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Januar"
            | "Februar"
            | "März"
            | "Mai"
            | "Juni"
            | "Juli"
            | "Oktober"
            | "Dezember"
            | "Jän"
            | "Jänner"
            | "Mär"
            | "Okt"
            | "Dez"
    )
}

/// Words after a verb of saying that make it the start of reported speech
/// (`“Never!” Protesters chanted it.`, `Trump said the plan…`) rather than an attribution.
pub(crate) fn starts_reported_speech(word: &str) -> bool {
    matches!(
        word,
        "it" | "that"
            | "this"
            | "them"
            | "the"
            | "a"
            | "an"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "his"
            | "her"
            | "their"
            | "its"
    )
}

/// Whether `word` (lower case) is a verb of saying that, after a quotation closed by `?`
/// or `!` and a short name, makes the name and verb an attribution of the same sentence:
/// `“Why now?” Ms. Ortiz asked.`
pub(crate) fn is_attribution_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "asked"
            | "asks"
            | "added"
            | "adds"
            | "told"
            | "tells"
            | "wrote"
            | "writes"
            | "replied"
            | "replies"
            | "shouted"
            | "yelled"
            | "explained"
            | "continued"
            | "noted"
            | "recalled"
            | "insisted"
            | "argued"
            | "declared"
            | "demanded"
            | "wondered"
            | "joked"
            | "quipped"
            | "countered"
            | "responded"
            | "tweeted"
            | "posted"
            | "stated"
            | "conceded"
            | "warned"
            | "cried"
            | "whispered"
            | "exclaimed"
            | "remarked"
            | "concluded"
            | "snapped"
            | "acknowledged"
            | "admitted"
            | "mused"
            | "pleaded"
            | "urged"
            | "chanted"
            | "screamed"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories() {
        assert_eq!(lookup("Mr"), Some(Abbrev::Title));
        assert_eq!(lookup("mr"), None);
        assert_eq!(lookup("Inc"), Some(Abbrev::Closing));
        assert_eq!(lookup("U.S"), Some(Abbrev::CanEnd));
        assert_eq!(lookup("e.g"), Some(Abbrev::Inner));
        assert_eq!(lookup("No"), Some(Abbrev::BeforeNumber));
        assert_eq!(lookup("Ill"), Some(Abbrev::CanEnd));
        assert_eq!(lookup("ill"), None);
        assert_eq!(lookup("Ft"), Some(Abbrev::Title));
        assert_eq!(lookup("ft"), Some(Abbrev::BeforeNumber));
        assert_eq!(lookup("Sept"), Some(Abbrev::CanEnd));
        assert_eq!(lookup("dec"), None);
        assert_eq!(lookup("mistress"), None);
        assert_eq!(lookup("été"), None);
        assert!(is_abbreviation("Mr"));
        assert!(is_abbreviation("Gen"));
        assert!(is_abbreviation("e.g"));
        assert!(is_abbreviation("Dr"));
        assert!(!is_abbreviation("Inc"));
        assert!(!is_abbreviation("no"));
        assert!(!is_abbreviation("Smith"));
    }

    /// `lookup` as a test of each list in turn, which the table replaces.
    fn lookup_by_lists(word: &str) -> Option<Abbrev> {
        let b = word.as_bytes();
        if b.is_empty() || b.len() > 7 || !word.is_ascii() {
            return lookup(word);
        }
        let exact = key(b);
        let lower = key(word.to_ascii_lowercase().as_bytes());
        let capitalised = b[0].is_ascii_uppercase();
        if capitalised && b.len() <= 5 && is_state(exact) {
            return Some(Abbrev::CanEnd);
        }
        if capitalised && is_title(lower) {
            return Some(Abbrev::Title);
        }
        if capitalised && is_month_short(lower) {
            return Some(Abbrev::CanEnd);
        }
        category_lower(lower)
    }

    #[test]
    fn the_table_agrees_with_the_lists() {
        let mut words: Vec<String> = [
            TITLES,
            MONTHS_SHORT,
            INNER,
            CLOSING,
            CAN_END,
            BEFORE_NUMBER,
            STATES,
        ]
        .iter()
        .flat_map(|l| l.iter())
        .map(|w| String::from_utf8(w.to_vec()).unwrap())
        .collect();
        words.extend(
            [
                "York", "said", "Gov", "gov", "Ind", "IND", "ind", "Del", "del", "Pa", "PA",
            ]
            .map(String::from),
        );
        for w in words {
            for v in [
                w.clone(),
                w.to_ascii_uppercase(),
                w.to_ascii_lowercase(),
                format!("{}{}", w[..1].to_ascii_uppercase(), &w[1..]),
                format!(
                    "{}{}",
                    w[..1].to_ascii_uppercase(),
                    w[1..].to_ascii_lowercase()
                ),
                format!("{w}x"),
                format!("x{w}"),
                w[1..].to_string(),
            ] {
                assert_eq!(lookup(&v), lookup_by_lists(&v), "{v:?}");
            }
        }
    }

    #[test]
    fn packed_keys_match_only_the_whole_word() {
        // A NUL byte or a longer word must not pass for a listed word.
        assert_eq!(lookup("Mr\0"), None);
        assert_eq!(lookup("\0Mr"), None);
        assert_eq!(lookup("Mrs"), Some(Abbrev::Title));
        assert_eq!(lookup("MRS"), Some(Abbrev::Title));
        assert_eq!(lookup("mrs"), None);
        assert_eq!(lookup("INC"), Some(Abbrev::Closing));
        assert_eq!(lookup("Messrs"), Some(Abbrev::Title));
        assert_eq!(lookup("APPROX"), Some(Abbrev::BeforeNumber));
        assert_eq!(lookup("approxi"), None);
        assert_eq!(lookup("approxim"), None);
        assert_eq!(lookup("Sq.Ft"), Some(Abbrev::BeforeNumber));
        assert_eq!(
            lookup("CALIF"),
            None,
            "states count in their own spelling only"
        );
        assert_eq!(lookup("Calif"), Some(Abbrev::CanEnd));
        assert_eq!(lookup("N°"), Some(Abbrev::BeforeNumber));
        assert_eq!(lookup("Mär"), Some(Abbrev::CanEnd));
        assert_eq!(lookup("[r"), None, "`[` is not a capital");
        assert_eq!(lookup("@r"), None, "`@` is not a capital");
        assert_eq!(key(b"mr"), u64::from_le_bytes(*b"mr\0\0\0\0\0\x02"));
    }

    #[test]
    fn the_filter_lets_every_listed_word_through() {
        for list in [
            TITLES,
            MONTHS_SHORT,
            INNER,
            CLOSING,
            CAN_END,
            BEFORE_NUMBER,
            STATES,
            NON_ASCII,
        ] {
            for w in list {
                let w = std::str::from_utf8(w).unwrap();
                for v in [
                    w.to_string(),
                    w.to_ascii_uppercase(),
                    w.to_ascii_lowercase(),
                    match (w.get(..1), w.get(1..)) {
                        (Some(h), Some(t)) => format!("{}{t}", h.to_ascii_uppercase()),
                        _ => w.to_string(),
                    },
                ] {
                    let b = v.as_bytes();
                    assert!(
                        may_be_listed(b.len(), b[0], b[b.len() - 1]),
                        "{v:?} is filtered out"
                    );
                }
            }
        }
        // Common words before a full stop are ruled out by the filter alone.
        for w in ["said", "year", "York", "Smith", "today", "week"] {
            let b = w.as_bytes();
            assert!(!may_be_listed(b.len(), b[0], b[b.len() - 1]), "{w:?}");
        }
    }
}
