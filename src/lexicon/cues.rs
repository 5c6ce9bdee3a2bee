//! Speech and writing cues: verbs in every tense and cue phrases.
//!
//! Beliefs and intentions (`believe`, `think`, `want`, `hope`) are deliberately absent:
//! they attribute a state of mind, not a statement.

use once_cell::sync::Lazy;

/// How a cue word behaves around its speaker and content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueClass {
    /// `say`, `add`, `note`: speaker before (or after, inverted), content follows.
    Say,
    /// `tell`, `inform`, `assure`: an addressee comes between the cue and the content.
    Tell,
    /// A form that is also a common noun (`claims`, `notes`, `report`): a cue only right
    /// after a name or pronoun.
    Noun,
    /// `according to`: speaker follows, content on the other side of a comma.
    According,
    /// `call`, `describe`, `dub`: a label put on someone or something, which reports
    /// speech only when a quotation stands in its object (`called them “lone wolves”`,
    /// `described Ruiz as “a fighter”`). The speaker always comes first.
    Label,
}

/// Speech verbs with their forms: base, third person, past, past participle, gerund.
/// Empty strings mean "same as the regular form".
const VERBS: &[(&str, CueClass, [&str; 4])] = &[
    ("say", CueClass::Say, ["says", "said", "said", "saying"]),
    ("tell", CueClass::Tell, ["tells", "told", "told", "telling"]),
    ("add", CueClass::Say, ["", "", "", ""]),
    ("note", CueClass::Noun, ["", "", "", ""]),
    ("explain", CueClass::Say, ["", "", "", ""]),
    ("emphasize", CueClass::Say, ["", "", "", ""]),
    ("emphasise", CueClass::Say, ["", "", "", ""]),
    ("state", CueClass::Noun, ["", "", "", ""]),
    ("indicate", CueClass::Say, ["", "", "", ""]),
    ("confirm", CueClass::Say, ["", "", "", ""]),
    ("clarify", CueClass::Say, ["", "", "", ""]),
    ("insist", CueClass::Say, ["", "", "", ""]),
    ("argue", CueClass::Say, ["", "", "", ""]),
    ("warn", CueClass::Tell, ["", "", "", ""]),
    (
        "write",
        CueClass::Say,
        ["writes", "wrote", "written", "writing"],
    ),
    ("tweet", CueClass::Noun, ["", "", "", ""]),
    ("text", CueClass::Noun, ["", "", "", ""]),
    ("email", CueClass::Noun, ["", "", "", ""]),
    ("e-mail", CueClass::Noun, ["", "", "", ""]),
    ("message", CueClass::Noun, ["", "", "", ""]),
    (
        "blog",
        CueClass::Noun,
        ["blogs", "blogged", "blogged", "blogging"],
    ),
    ("dispute", CueClass::Noun, ["", "", "", ""]),
    ("threaten", CueClass::Say, ["", "", "", ""]),
    ("post", CueClass::Noun, ["", "", "", ""]),
    ("ask", CueClass::Tell, ["", "", "", ""]),
    ("acknowledge", CueClass::Say, ["", "", "", ""]),
    ("announce", CueClass::Say, ["", "", "", ""]),
    ("claim", CueClass::Noun, ["", "", "", ""]),
    ("reply", CueClass::Noun, ["", "", "", ""]),
    ("respond", CueClass::Say, ["", "", "", ""]),
    ("remark", CueClass::Noun, ["", "", "", ""]),
    ("comment", CueClass::Noun, ["", "", "", ""]),
    ("declare", CueClass::Say, ["", "", "", ""]),
    ("assert", CueClass::Say, ["", "", "", ""]),
    ("contend", CueClass::Say, ["", "", "", ""]),
    ("maintain", CueClass::Say, ["", "", "", ""]),
    ("suggest", CueClass::Say, ["", "", "", ""]),
    ("recall", CueClass::Say, ["", "", "", ""]),
    (
        "admit",
        CueClass::Say,
        ["admits", "admitted", "admitted", "admitting"],
    ),
    ("concede", CueClass::Say, ["", "", "", ""]),
    ("deny", CueClass::Say, ["", "", "", ""]),
    ("report", CueClass::Noun, ["", "", "", ""]),
    ("predict", CueClass::Say, ["", "", "", ""]),
    ("complain", CueClass::Say, ["", "", "", ""]),
    ("observe", CueClass::Say, ["", "", "", ""]),
    ("testify", CueClass::Say, ["", "", "", ""]),
    ("reveal", CueClass::Say, ["", "", "", ""]),
    ("disclose", CueClass::Say, ["", "", "", ""]),
    ("urge", CueClass::Tell, ["", "", "", ""]),
    ("promise", CueClass::Noun, ["", "", "", ""]),
    ("pledge", CueClass::Noun, ["", "", "", ""]),
    ("vow", CueClass::Noun, ["", "", "", ""]),
    ("boast", CueClass::Say, ["", "", "", ""]),
    ("joke", CueClass::Noun, ["", "", "", ""]),
    (
        "quip",
        CueClass::Noun,
        ["quips", "quipped", "quipped", "quipping"],
    ),
    ("shout", CueClass::Say, ["", "", "", ""]),
    ("read", CueClass::Noun, ["reads", "read", "read", "reading"]),
    ("chant", CueClass::Say, ["", "", "", ""]),
    ("yell", CueClass::Say, ["", "", "", ""]),
    ("whisper", CueClass::Say, ["", "", "", ""]),
    ("exclaim", CueClass::Say, ["", "", "", ""]),
    ("conclude", CueClass::Say, ["", "", "", ""]),
    ("continue", CueClass::Say, ["", "", "", ""]),
    ("reiterate", CueClass::Say, ["", "", "", ""]),
    ("repeat", CueClass::Say, ["", "", "", ""]),
    ("stress", CueClass::Noun, ["", "", "", ""]),
    ("caution", CueClass::Noun, ["", "", "", ""]),
    ("allege", CueClass::Say, ["", "", "", ""]),
    ("counter", CueClass::Noun, ["", "", "", ""]),
    ("retort", CueClass::Say, ["", "", "", ""]),
    ("answer", CueClass::Noun, ["", "", "", ""]),
    ("inform", CueClass::Tell, ["", "", "", ""]),
    ("assure", CueClass::Tell, ["", "", "", ""]),
    ("proclaim", CueClass::Say, ["", "", "", ""]),
    ("affirm", CueClass::Say, ["", "", "", ""]),
    ("reaffirm", CueClass::Say, ["", "", "", ""]),
    ("mention", CueClass::Say, ["", "", "", ""]),
    ("recount", CueClass::Say, ["", "", "", ""]),
    ("lament", CueClass::Say, ["", "", "", ""]),
    ("demand", CueClass::Noun, ["", "", "", ""]),
    ("propose", CueClass::Say, ["", "", "", ""]),
    ("advise", CueClass::Tell, ["", "", "", ""]),
    ("opine", CueClass::Say, ["", "", "", ""]),
    ("interject", CueClass::Say, ["", "", "", ""]),
    ("speculate", CueClass::Say, ["", "", "", ""]),
    (
        "concur",
        CueClass::Say,
        ["concurs", "concurred", "concurred", "concurring"],
    ),
    ("agree", CueClass::Say, ["", "", "", ""]),
    ("estimate", CueClass::Noun, ["", "", "", ""]),
    (
        "forecast",
        CueClass::Noun,
        ["forecasts", "forecast", "forecast", "forecasting"],
    ),
    ("recommend", CueClass::Say, ["", "", "", ""]),
    ("charge", CueClass::Noun, ["", "", "", ""]),
    ("accuse", CueClass::Tell, ["", "", "", ""]),
    ("mutter", CueClass::Say, ["", "", "", ""]),
    ("scoff", CueClass::Say, ["", "", "", ""]),
    ("blast", CueClass::Noun, ["", "", "", ""]),
    (
        "brag",
        CueClass::Say,
        ["brags", "bragged", "bragged", "bragging"],
    ),
    (
        "rebut",
        CueClass::Say,
        ["rebuts", "rebutted", "rebutted", "rebutting"],
    ),
    ("object", CueClass::Noun, ["", "", "", ""]),
    ("protest", CueClass::Noun, ["", "", "", ""]),
    ("hint", CueClass::Noun, ["", "", "", ""]),
    ("imply", CueClass::Say, ["", "", "", ""]),
    ("muse", CueClass::Say, ["", "", "", ""]),
    ("cry", CueClass::Say, ["", "", "", ""]),
    ("scream", CueClass::Say, ["", "", "", ""]),
    ("murmur", CueClass::Say, ["", "", "", ""]),
    ("groan", CueClass::Say, ["", "", "", ""]),
    ("sigh", CueClass::Noun, ["", "", "", ""]),
    ("grumble", CueClass::Say, ["", "", "", ""]),
    ("reason", CueClass::Noun, ["", "", "", ""]),
    ("confess", CueClass::Say, ["", "", "", ""]),
    ("remind", CueClass::Tell, ["", "", "", ""]),
    ("wonder", CueClass::Noun, ["", "", "", ""]),
    (
        "forecast",
        CueClass::Noun,
        ["forecasts", "forecast", "forecast", "forecasting"],
    ),
    ("snipe", CueClass::Say, ["", "", "", ""]),
    ("grouse", CueClass::Say, ["", "", "", ""]),
    ("gripe", CueClass::Say, ["", "", "", ""]),
    ("thunder", CueClass::Say, ["", "", "", ""]),
    ("plead", CueClass::Say, ["", "", "", ""]),
    ("elaborate", CueClass::Say, ["", "", "", ""]),
    ("call", CueClass::Label, ["", "", "", ""]),
    ("describe", CueClass::Label, ["", "", "", ""]),
    (
        "dub",
        CueClass::Label,
        ["dubs", "dubbed", "dubbed", "dubbing"],
    ),
    ("brand", CueClass::Label, ["", "", "", ""]),
    ("label", CueClass::Label, ["", "", "", ""]),
    ("liken", CueClass::Label, ["", "", "", ""]),
    ("characterize", CueClass::Label, ["", "", "", ""]),
    ("characterise", CueClass::Label, ["", "", "", ""]),
    ("condemn", CueClass::Label, ["", "", "", ""]),
    ("denounce", CueClass::Label, ["", "", "", ""]),
    ("decry", CueClass::Label, ["", "", "", ""]),
    ("hail", CueClass::Label, ["", "", "", ""]),
    ("criticize", CueClass::Label, ["", "", "", ""]),
    ("criticise", CueClass::Label, ["", "", "", ""]),
    ("praise", CueClass::Label, ["", "", "", ""]),
    ("admire", CueClass::Label, ["", "", "", ""]),
    ("dismiss", CueClass::Label, ["", "", "", ""]),
    ("deride", CueClass::Label, ["", "", "", ""]),
    ("ridicule", CueClass::Label, ["", "", "", ""]),
    ("mock", CueClass::Label, ["", "", "", ""]),
    ("lambaste", CueClass::Label, ["", "", "", ""]),
    ("tout", CueClass::Label, ["", "", "", ""]),
    (
        "slam",
        CueClass::Label,
        ["slams", "slammed", "slammed", "slamming"],
    ),
];

/// Multi-word cues matched as written.
const PHRASES: &[(&str, CueClass)] = &[
    ("according to", CueClass::According),
    ("According to", CueClass::According),
    ("pointed out", CueClass::Say),
    ("points out", CueClass::Say),
    ("point out", CueClass::Say),
    ("went on to say", CueClass::Say),
    ("goes on to say", CueClass::Say),
    ("quoted as saying", CueClass::Say),
    ("put it", CueClass::Say),
    ("shot back", CueClass::Say),
    ("shoots back", CueClass::Say),
    ("fired back", CueClass::Say),
    ("fires back", CueClass::Say),
    ("hit back", CueClass::Say),
    ("hits back", CueClass::Say),
    ("chimed in", CueClass::Say),
    ("chimes in", CueClass::Say),
    ("piped up", CueClass::Say),
    // A demand made in words, told to its addressee like `urged`: `called on the FBI to
    // release …`.
    ("called on", CueClass::Tell),
    ("calls on", CueClass::Tell),
    ("call on", CueClass::Tell),
    ("calling on", CueClass::Tell),
];

/// Phrases that extend a cue when they follow it directly: `said in a statement`,
/// `told reporters`.
pub(crate) const EXTENSIONS: &[&str] = &[
    "in a statement",
    "in an interview",
    "in a tweet",
    "in a post",
    "in a letter",
    "in an email",
    "in a speech",
    "in a radio interview",
    "in a television interview",
    "in a TV interview",
    "in a phone interview",
    "in a telephone interview",
    "in a written statement",
    "in a news release",
    "in a press release",
    "in a blog post",
    "in a Facebook post",
    "on Twitter",
    "on Facebook",
    "reporters",
    "journalists",
    "the press",
];

fn regular_forms(base: &str) -> [String; 4] {
    let third = if base.ends_with('s') || base.ends_with("sh") || base.ends_with("ch") {
        format!("{base}es")
    } else if let Some(stem) = consonant_y(base) {
        format!("{stem}ies")
    } else {
        format!("{base}s")
    };
    let past = if base.ends_with('e') {
        format!("{base}d")
    } else if let Some(stem) = consonant_y(base) {
        format!("{stem}ied")
    } else {
        format!("{base}ed")
    };
    let ing = if base.ends_with('e') && !base.ends_with("ee") {
        format!("{}ing", &base[..base.len() - 1])
    } else {
        format!("{base}ing")
    };
    [third, past.clone(), past, ing]
}

fn consonant_y(base: &str) -> Option<&str> {
    let stem = base.strip_suffix('y')?;
    match stem.as_bytes().last() {
        Some(b'a' | b'e' | b'o' | b'u') | None => None,
        Some(_) => Some(stem),
    }
}

/// Every cue form with its class: verbs in every tense, then phrases.
pub(crate) fn forms() -> Vec<(String, CueClass)> {
    let mut out = Vec::with_capacity(VERBS.len() * 5 + PHRASES.len());
    for &(base, class, irregular) in VERBS {
        let regular = regular_forms(base);
        out.push((base.to_string(), class));
        for (i, r) in regular.into_iter().enumerate() {
            let form = match irregular.get(i) {
                Some(f) if !f.is_empty() => (*f).to_string(),
                _ => r,
            };
            // Participles and gerunds of noun-like verbs are unambiguous verbs (unless
            // spelled like the base form, as `read` is).
            let class = if class == CueClass::Noun && (1..=3).contains(&i) && form != base {
                CueClass::Say
            } else {
                class
            };
            out.push((form, class));
        }
    }
    for &(p, class) in PHRASES {
        out.push((p.to_string(), class));
    }
    out
}

/// Words that make `asked`, `told` and friends passive or non-speech when they come right before it (`was asked`, `when asked`).
const PASSIVE: &[&str] = &[
    "was",
    "were",
    "been",
    "being",
    "be",
    "is",
    "are",
    "when",
    "if",
    "as",
    "get",
    "got",
    "gets",
    "am",
    "not",
    "widely",
    "reportedly",
    "previously",
    "allegedly",
];

/// Adverbs and auxiliaries that may stand between a speaker and the cue (`Okafor also said`, `she has repeatedly said`).
const FILLER: &[&str] = &[
    // Adverbs of time, frequency and manner that stand between a speaker and the cue
    // (`has long said`, `incorrectly stated`, `together vowed`).
    "long",
    "now",
    "keep",
    "keeps",
    "kept",
    // Denials: `isn't saying`, `did not say`.
    "isn't",
    "isn’t",
    "wasn't",
    "wasn’t",
    "aren't",
    "aren’t",
    "weren't",
    "weren’t",
    "hasn't",
    "hasn’t",
    "haven't",
    "haven’t",
    "hadn't",
    "hadn’t",
    "didn't",
    "didn’t",
    "doesn't",
    "doesn’t",
    "don't",
    "don’t",
    "won't",
    "won’t",
    "wouldn't",
    "wouldn’t",
    "together",
    "twice",
    "always",
    "sometimes",
    "usually",
    "routinely",
    "regularly",
    "constantly",
    "consistently",
    "continually",
    "occasionally",
    "widely",
    "barely",
    "briefly",
    "formally",
    "officially",
    "personally",
    "anonymously",
    "incorrectly",
    "mistakenly",
    "erroneously",
    "rightly",
    "clearly",
    "plainly",
    "boldly",
    "defiantly",
    "cautiously",
    "vehemently",
    "forcefully",
    "insistently",
    "pointedly",
    "candidly",
    "frankly",
    "curtly",
    "tersely",
    "jokingly",
    "sarcastically",
    "passionately",
    "happily",
    "gleefully",
    "ruefully",
    "wryly",
    "dryly",
    "solemnly",
    "succinctly",
    "approvingly",
    "mockingly",
    "skeptically",
    "nervously",
    "excitedly",
    "enthusiastically",
    "triumphantly",
    "defensively",
    "indignantly",
    "furiously",
    "bitterly",
    "sadly",
    "casually",
    "reluctantly",
    "grudgingly",
    "also",
    "has",
    "have",
    "had",
    "was",
    "is",
    "were",
    "are",
    "would",
    "will",
    "later",
    "previously",
    "recently",
    "then",
    "once",
    "further",
    "again",
    "repeatedly",
    "publicly",
    "privately",
    "reportedly",
    "never",
    "ever",
    "still",
    "just",
    "already",
    "quickly",
    "flatly",
    "bluntly",
    "simply",
    "often",
    "frequently",
    "first",
    "initially",
    "subsequently",
    "similarly",
    "separately",
    "originally",
    "earlier",
    "specifically",
    "explicitly",
    "directly",
    "openly",
    "angrily",
    "calmly",
    "firmly",
    "famously",
    "emphatically",
    "apparently",
    "could",
    "did",
    "does",
    "do",
    "may",
    "might",
    "can",
    "should",
    "shall",
    "must",
    "not",
    "being",
    "been",
    "actually",
    "even",
    "herself",
    "himself",
    "themselves",
    "itself",
    "only",
    "finally",
    "eventually",
    "last",
    "immediately",
    "quietly",
    "loudly",
    "softly",
    "tearfully",
    "sharply",
    "strongly",
    "correctly",
    "falsely",
    "wrongly",
    "baselessly",
    "confidently",
    "proudly",
    "reportedly",
    "allegedly",
    "nonetheless",
    "however",
    "too",
    "yesterday",
    "today",
    "all",
    "both",
    "each",
    "just",
    "recently",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "on",
    "this",
    "month",
    "week",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "tonight",
    "now",
    "meanwhile",
    "frequently",
    "routinely",
    "consistently",
    "privately",
    "personally",
    "formally",
    "officially",
];

/// Subject pronouns that can be a speaker.
const PRONOUN: &[&str] = &["he", "she", "they", "we", "i", "it", "you"];

/// Determiners and possessives that open a noun phrase.
const DETERMINER: &[&str] = &[
    "a",
    "an",
    "the",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "some",
    "many",
    "several",
    "one",
    "two",
    "three",
    "four",
    "five",
    "most",
    "other",
    "another",
    "both",
    "all",
    "few",
    "numerous",
    "multiple",
    "any",
    "each",
    "every",
    "no",
    "various",
    "more",
    "dozens",
    "hundreds",
    "thousands",
    "top",
];

/// Common nouns for people and bodies that speak: a bare `officials said` or `the spokeswoman said` is a speaker.
const ROLE_NOUN: &[&str] = &[
    // `running mate`.
    "mate",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "spokesmen",
    "official",
    "officials",
    "aide",
    "aides",
    "source",
    "sources",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "police",
    "authorities",
    "campaign",
    "ministry",
    "newspaper",
    "paper",
    "report",
    "statement",
    "minister",
    "president",
    "senator",
    "governor",
    "mayor",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "secretary",
    "leader",
    "leaders",
    "doctor",
    "doctors",
    "researchers",
    "researcher",
    "scientist",
    "scientists",
    "economist",
    "economists",
    "critics",
    "critic",
    "supporters",
    "supporter",
    "opponents",
    "residents",
    "resident",
    "witnesses",
    "witness",
    "investigators",
    "prosecutors",
    "prosecutor",
    "judge",
    "officer",
    "officers",
    "agency",
    "department",
    "government",
    "company",
    "firm",
    "group",
    "organization",
    "organisation",
    "committee",
    "commission",
    "council",
    "board",
    "court",
    "team",
    "office",
    "administration",
    "white",
    "people",
    "person",
    "man",
    "woman",
    "men",
    "women",
    "voters",
    "voter",
    "veteran",
    "veterans",
    "members",
    "member",
    "candidate",
    "nominee",
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
    "diplomat",
    "diplomats",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "strategist",
    "strategists",
    "pollster",
    "pollsters",
    "executive",
    "executives",
    "ceo",
    "manager",
    "chief",
    "commissioner",
    "ambassador",
    "envoy",
    "negotiator",
    "negotiators",
    "representative",
    "representatives",
    "congressman",
    "congresswoman",
    "activist",
    "activists",
    "organizers",
    "organisers",
    "union",
    "unions",
    "party",
    "study",
    "survey",
    "poll",
    "website",
    "site",
    "magazine",
    "network",
    "outlet",
    "channel",
    "station",
    "broadcaster",
    "daily",
    "journal",
    "tabloid",
    "reporter",
    "reporters",
    "journalist",
    "journalists",
    "editor",
    "editors",
    "author",
    "authors",
    "writer",
    "teacher",
    "student",
    "students",
    "parents",
    "parent",
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "friend",
    "friends",
    "colleague",
    "colleagues",
    "neighbor",
    "neighbour",
    "neighbors",
    "neighbours",
    "owner",
    "owners",
    "worker",
    "workers",
    "employee",
    "employees",
    "staff",
    "staffer",
    "staffers",
    "insiders",
    "insider",
    "observers",
    "commentators",
    "commentator",
    "host",
    "founder",
    "president-elect",
    "premier",
    "chancellor",
    "governments",
    "countries",
    "states",
    "military",
    "army",
    "ministers",
    "presidents",
    "senators",
    "governors",
    "mayors",
    "judges",
    "democrats",
    "republicans",
    "conservatives",
    "liberals",
    "surrogates",
    "surrogate",
    "allies",
    "ally",
    "rivals",
    "rival",
    "democrat",
    "republican",
    "everyone",
    "someone",
    "nobody",
    "others",
    "both",
    "data",
    "figures",
    "documents",
    "filings",
    "records",
    "emails",
    "memo",
    "letter",
    "polls",
    "surveys",
    "studies",
    "reports",
    "article",
    "story",
    "ad",
    "advert",
    "video",
    "book",
    "percent",
    "majority",
    "minority",
    "plurality",
    "brief",
    "filing",
    "lawsuit",
    "complaint",
    "ruling",
    "indictment",
];

/// Capitalised words that open a sentence or clause without being part of a name.
const STOP_CAP: &[&str] = &[
    "perhaps",
    "maybe",
    "indeed",
    "having",
    "being",
    "the",
    "a",
    "an",
    "but",
    "and",
    "or",
    "on",
    "in",
    "at",
    "when",
    "after",
    "before",
    "earlier",
    "later",
    "meanwhile",
    "still",
    "yet",
    "so",
    "now",
    "then",
    "also",
    "however",
    "instead",
    "speaking",
    "asked",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "last",
    "this",
    "today",
    "yesterday",
    "while",
    "during",
    "since",
    "for",
    "from",
    "with",
    "by",
    "as",
    "if",
    "because",
    "although",
    "though",
    "of",
    "to",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "there",
    "that",
    "these",
    "those",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "not",
    "no",
    "yes",
    "even",
    "only",
    "here",
    "both",
    "all",
    "some",
    "many",
    "more",
    "most",
    "other",
    "such",
    "one",
    "another",
    // Quantifiers open a group, not a name: `Several Republicans have said`.
    "several",
    "few",
    "numerous",
    "various",
    "multiple",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "every",
    "each",
    "under",
    "over",
    "about",
    "against",
    "among",
    "into",
    "through",
    "without",
    "within",
    "despite",
    "until",
    "unlike",
    "like",
    "according",
    "mr",
    "mrs",
    "ms",
    "dr",
    "again",
    "read",
    "see",
    "watch",
    "do",
    "does",
    "did",
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    // Quantifiers that open a partitive subject (`Several of Donald Trump's advisers`).
    "several",
    "few",
    "none",
    "dozens",
    "half",
];

/// Lowercase words allowed inside a name (`Ludwig van Beethoven`, `Department of Energy`).
const CONNECTOR: &[&str] = &[
    "of", "for", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "al", "bin",
    "ibn", "el", "del", "dos", "das", "y", "and", "&",
];

/// Title words that stand before a name (`Finance Minister Adaeze Okafor`, `Sen. Ruiz`), with the role noun a later `the ...` uses for that person (empty if none).
const TITLES: &[(&str, &str)] = &[
    ("president", "president"),
    ("pres", "president"),
    ("senator", "senator"),
    ("sen", "senator"),
    ("governor", "governor"),
    ("gov", "governor"),
    ("representative", "representative"),
    ("rep", "representative"),
    ("congressman", "representative"),
    ("congresswoman", "representative"),
    ("councilman", "councilman"),
    ("councilwoman", "councilwoman"),
    ("councillor", "councillor"),
    ("cllr", "councillor"),
    ("councilor", "councilor"),
    ("alderman", "alderman"),
    ("assemblyman", "assemblyman"),
    ("assemblywoman", "assemblywoman"),
    ("delegate", "delegate"),
    ("del", "delegate"),
    ("minister", "minister"),
    ("secretary", "secretary"),
    ("mayor", "mayor"),
    ("judge", "judge"),
    ("justice", "justice"),
    ("chairman", "chairman"),
    ("chairwoman", "chairwoman"),
    ("chair", "chair"),
    ("commissioner", "commissioner"),
    ("director", "director"),
    ("dr", "doctor"),
    ("doctor", "doctor"),
    ("professor", "professor"),
    ("prof", "professor"),
    ("general", "general"),
    ("gen", "general"),
    ("colonel", "colonel"),
    ("col", "colonel"),
    ("captain", "captain"),
    ("capt", "captain"),
    ("mp", "mp"),
    ("lt", "lieutenant"),
    ("lieutenant", "lieutenant"),
    ("sgt", "sergeant"),
    ("sergeant", "sergeant"),
    ("maj", "major"),
    ("adm", "admiral"),
    ("admiral", "admiral"),
    ("rear", ""),
    // `Sgt. 1st Class`, `Petty Officer 2nd Class`.
    ("class", ""),
    ("cmdr", "commander"),
    ("commander", "commander"),
    ("cpl", "corporal"),
    ("corporal", "corporal"),
    ("pvt", "private"),
    ("spc", "specialist"),
    ("inspector", "inspector"),
    ("sheriff", "sheriff"),
    ("superintendent", "superintendent"),
    ("supervisor", "supervisor"),
    ("agent", "agent"),
    ("special", ""),
    ("counsel", "counsel"),
    ("envoy", "envoy"),
    // `Special Agent in Charge Lyonel Myrthil`.
    ("charge", ""),
    ("county", ""),
    ("boss", "boss"),
    ("chief", "chief"),
    ("ambassador", "ambassador"),
    ("pope", "pope"),
    ("king", "king"),
    ("queen", "queen"),
    ("prince", "prince"),
    ("princess", "princess"),
    ("sheikh", "sheikh"),
    ("ceo", "chief executive"),
    ("speaker", "speaker"),
    ("leader", "leader"),
    ("chancellor", "chancellor"),
    ("premier", "premier"),
    ("attorney", "attorney"),
    ("detective", "detective"),
    ("officer", "officer"),
    ("coach", "coach"),
    ("bishop", "bishop"),
    ("rabbi", "rabbi"),
    ("father", "father"),
    ("sister", "sister"),
    ("mr", ""),
    ("mrs", ""),
    ("ms", ""),
    ("miss", ""),
    ("sir", ""),
    ("dame", ""),
    ("lord", ""),
    ("lady", ""),
    ("vice", ""),
    ("deputy", ""),
    ("former", ""),
    ("acting", ""),
    ("interim", ""),
    ("state", ""),
    ("first", ""),
    ("prime", ""),
    ("foreign", ""),
    ("finance", ""),
    ("defense", ""),
    ("defence", ""),
    ("health", ""),
    ("interior", ""),
    ("general's", ""),
    ("supreme", ""),
    ("senior", ""),
    ("executive", ""),
    ("managing", ""),
    ("deputy", ""),
    ("assistant", ""),
    ("associate", ""),
    ("press", ""),
    ("white", ""),
    ("house", ""),
    ("u.s.", ""),
    ("us", ""),
    ("democratic", ""),
    ("republican", ""),
    ("gop", ""),
    ("presidential", ""),
    ("nominee", "nominee"),
    ("candidate", "candidate"),
    ("mogul", ""),
    ("businessman", ""),
    ("rev", "reverend"),
    ("reverend", "reverend"),
    ("lawmaker", "lawmaker"),
    ("sens", "senator"),
    ("reps", "representative"),
    ("justices", "justice"),
    ("govs", "governor"),
    ("spokesman", "spokesman"),
    ("spokeswoman", "spokeswoman"),
    ("spokesperson", "spokesperson"),
    ("aide", "aide"),
    ("adviser", "adviser"),
    ("advisor", "adviser"),
    ("democrat", ""),
    ("independent", ""),
    ("libertarian", ""),
    ("rival", ""),
    ("incumbent", ""),
    ("challenger", ""),
];

/// Titles and role words that say a person is a man.
const TITLE_MALE: &[&str] = &[
    "mr",
    "sir",
    "lord",
    "king",
    "prince",
    "father",
    "congressman",
    "councilman",
    "assemblyman",
    "alderman",
    "chairman",
    "spokesman",
    "businessman",
    "man",
    "husband",
    "son",
    "brother",
];

/// Titles and role words that say a person is a woman.
const TITLE_FEMALE: &[&str] = &[
    "mrs",
    "ms",
    "miss",
    "dame",
    "lady",
    "queen",
    "princess",
    "sister",
    "congresswoman",
    "councilwoman",
    "assemblywoman",
    "chairwoman",
    "spokeswoman",
    "businesswoman",
    "woman",
    "wife",
    "daughter",
    "mother",
];

/// Common male first names: a short list that only breaks ties for `he`/`she`.
const NAME_MALE: &[&str] = &[
    "donald",
    "mike",
    "michael",
    "john",
    "james",
    "robert",
    "david",
    "william",
    "bill",
    "barack",
    "joe",
    "bernie",
    "ted",
    "paul",
    "tim",
    "mitch",
    "chris",
    "marco",
    "jeb",
    "ben",
    "rudy",
    "newt",
    "george",
    "richard",
    "thomas",
    "charles",
    "daniel",
    "mark",
    "steven",
    "steve",
    "kevin",
    "brian",
    "jason",
    "eric",
    "jeff",
    "ryan",
    "gary",
    "scott",
    "peter",
    "frank",
    "jim",
    "tom",
    "bob",
    "ron",
    "reince",
    "corey",
    "sean",
    "stephen",
    "jared",
    "vladimir",
    "emeka",
    "hugh",
    "lars",
    "ahmed",
    "mohammed",
    "muhammad",
    "ali",
    "juan",
    "carlos",
    "luis",
    "jose",
    "pierre",
    "hans",
    "ivan",
    "kenji",
    "wei",
    "omar",
    "andrew",
    "anthony",
    "matthew",
    "mitt",
    "harry",
    "jack",
    "nick",
    "patrick",
    "adam",
    "gov",
    "howard",
    "lindsey",
    "rand",
    "rick",
    "martin",
    "samuel",
    "sam",
    "henry",
    "tobias",
    "felix",
    "kwame",
    "olu",
    "raj",
    "arjun",
    "jonas",
    "hector",
    "aaron",
    "alan",
    "albert",
    "alexander",
    "andre",
    "antonio",
    "arthur",
    "barry",
    "benjamin",
    "bobby",
    "bradley",
    "brandon",
    "brent",
    "bruce",
    "bryan",
    "carl",
    "charlie",
    "christopher",
    "clarence",
    "craig",
    "curtis",
    "dale",
    "dan",
    "danny",
    "darren",
    "dennis",
    "derek",
    "dmitri",
    "don",
    "donny",
    "douglas",
    "doug",
    "dustin",
    "edward",
    "eddie",
    "edwin",
    "eugene",
    "fred",
    "gabriel",
    "gerald",
    "glenn",
    "gordon",
    "greg",
    "gregory",
    "harold",
    "jacob",
    "jeffrey",
    "jeremy",
    "jerry",
    "jesse",
    "jimmy",
    "joel",
    "johnny",
    "jonathan",
    "joseph",
    "joshua",
    "justin",
    "keith",
    "ken",
    "kenneth",
    "kyle",
    "larry",
    "lawrence",
    "leonard",
    "lloyd",
    "louis",
    "marcus",
    "mario",
    "marvin",
    "matt",
    "maurice",
    "miguel",
    "nathan",
    "neil",
    "nicholas",
    "norman",
    "oscar",
    "pablo",
    "philip",
    "phil",
    "ralph",
    "randy",
    "raymond",
    "reginald",
    "roger",
    "ronald",
    "roy",
    "sergei",
    "timothy",
    "todd",
    "tony",
    "travis",
    "troy",
    "victor",
    "vincent",
    "walter",
    "wayne",
    "wendell",
    "willie",
    "zachary",
    "ahmad",
    "hassan",
    "hussein",
    "jamal",
    "tariq",
    "rahul",
    "vijay",
    "sanjay",
    "hiroshi",
    "pedro",
    "diego",
    "jorge",
    "alejandro",
    "rafael",
    "fernando",
    "ricardo",
    "roberto",
    "eduardo",
    "francisco",
    "javier",
    "manuel",
    "giuseppe",
    "klaus",
    "boris",
    "angus",
    "chuck",
    "elijah",
    "ethan",
    "gavin",
    "ian",
    "isaac",
    "jon",
    "kirk",
    "luke",
    "mitchell",
    "noah",
    "owen",
    "seth",
    "shane",
    "spencer",
    "tyler",
    "wesley",
    "dwight",
    "gilbert",
    "herbert",
    "julian",
    "lamar",
    "lyle",
    "mohamed",
    "stuart",
    "vernon",
    "andres",
    "andy",
    "bernard",
    "billy",
    "cedric",
    "cornelius",
    "darius",
    "dominic",
    "elliott",
    "emmanuel",
    "ernest",
    "francis",
    "gustavo",
    "hank",
    "ibrahim",
    "jamie",
    "kareem",
    "kurt",
    "lionel",
    "mohammad",
    "nathaniel",
    "quincy",
    "rodney",
    "rudolph",
    "sherrod",
    "stanley",
    "terrence",
    "wilbur",
    "yusuf",
];

/// Common female first names.
const NAME_FEMALE: &[&str] = &[
    "hillary",
    "kellyanne",
    "melania",
    "ivanka",
    "chelsea",
    "elizabeth",
    "nancy",
    "mary",
    "patricia",
    "jennifer",
    "linda",
    "barbara",
    "susan",
    "jessica",
    "sarah",
    "karen",
    "nancy",
    "lisa",
    "betty",
    "margaret",
    "sandra",
    "ashley",
    "donna",
    "emily",
    "michelle",
    "carol",
    "amanda",
    "melissa",
    "deborah",
    "stephanie",
    "rebecca",
    "laura",
    "sharon",
    "cynthia",
    "kathleen",
    "amy",
    "angela",
    "anna",
    "maria",
    "helen",
    "katie",
    "kate",
    "hope",
    "huma",
    "donna",
    "jill",
    "carly",
    "nikki",
    "sheryl",
    "loretta",
    "debbie",
    "adaeze",
    "ngozi",
    "fatima",
    "aisha",
    "mei",
    "yuki",
    "sofia",
    "ingrid",
    "greta",
    "elena",
    "olga",
    "priya",
    "leila",
    "amara",
    "chioma",
    "claire",
    "julia",
    "rosa",
    "janet",
    "theresa",
    "angela",
    "christine",
    "ursula",
    "marine",
    "jacinda",
    "kamala",
    "tulsi",
    "elise",
    "grace",
    "ruth",
    "alice",
    "zoe",
    "hannah",
    "sophie",
    "alicia",
    "andrea",
    "ann",
    "anne",
    "annie",
    "brenda",
    "carla",
    "carmen",
    "carolyn",
    "catherine",
    "cheryl",
    "christina",
    "debra",
    "denise",
    "diana",
    "diane",
    "dolores",
    "doris",
    "dorothy",
    "elaine",
    "eleanor",
    "emma",
    "evelyn",
    "frances",
    "gloria",
    "heather",
    "irene",
    "jacqueline",
    "jane",
    "janice",
    "jean",
    "jeanne",
    "joan",
    "joanne",
    "josephine",
    "joyce",
    "judith",
    "judy",
    "julie",
    "katherine",
    "kathryn",
    "kathy",
    "kimberly",
    "kristen",
    "lauren",
    "lena",
    "lindsay",
    "lois",
    "lori",
    "louise",
    "lucia",
    "marcia",
    "marie",
    "marilyn",
    "martha",
    "maureen",
    "megan",
    "melanie",
    "monica",
    "natalie",
    "nicole",
    "norma",
    "olivia",
    "pamela",
    "paula",
    "peggy",
    "rachel",
    "rita",
    "roberta",
    "rosemary",
    "samantha",
    "sara",
    "shirley",
    "sonia",
    "susanne",
    "suzanne",
    "sylvia",
    "tammy",
    "tanya",
    "teresa",
    "tina",
    "valerie",
    "vanessa",
    "veronica",
    "victoria",
    "virginia",
    "wanda",
    "wendy",
    "yolanda",
    "yvonne",
    "keisha",
    "latoya",
    "ana",
    "isabel",
    "gabriela",
    "beatriz",
    "lucy",
    "natalia",
    "nadia",
    "irina",
    "svetlana",
    "tatiana",
    "anastasia",
    "ayesha",
    "nora",
    "abigail",
    "allison",
    "alexandra",
    "brittany",
    "caroline",
    "danielle",
    "erin",
    "jenna",
    "joanna",
    "kayla",
    "kristin",
    "lydia",
    "mallory",
    "maxine",
    "naomi",
    "nina",
    "rebekah",
    "sabrina",
    "sheila",
    "stacey",
];

/// Words after a cue that end the speaker noun phrase (`said Okafor on Monday`).
const ENDS_FORWARD: &[&str] = &[
    "that",
    "who",
    "which",
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "when",
    "while",
    "as",
    "because",
    "to",
    "adding",
    "and",
    "but",
    "said",
    "says",
    "told",
    "last",
    "this",
    "earlier",
    "later",
    "today",
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "via",
    "by",
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "have",
    "will",
    "would",
    "if",
    "whether",
    "about",
    "over",
    "since",
    "through",
    "into",
    "it",
    "he",
    "she",
    "they",
    "we",
    "not",
];

/// Prepositions that tie a speaker to a body (`officials at the ministry`).
const SPEAKER_PREP: &[&str] = &[
    "with", "of", "at", "from", "for", "in", "inside", "within", "to", "on", "close", "through",
    "across", "near", "around", "outside", "along",
];

/// Adjectives between a speaker head and its preposition (`familiar with`).
const SPEAKER_ADJ: &[&str] = &[
    "familiar",
    "close",
    "briefed",
    "involved",
    "knowledgeable",
    "loyal",
    "linked",
    "allied",
    "tied",
    "connected",
    "speaking",
];

/// Words that cannot open reported content (`spoke to reporters`, `responded during the debate`).
const BLOCKS: &[&str] = &[
    "guilty",
    "innocent",
    "outside",
    "inside",
    "near",
    "across",
    "along",
    "beside",
    "behind",
    "beyond",
    "to",
    "for",
    "about",
    "during",
    "by",
    "in",
    "at",
    "on",
    "with",
    "from",
    "of",
    "as",
    "into",
    "after",
    "before",
    "over",
    "against",
    "through",
    "up",
    "out",
    "off",
    "back",
    "down",
    "around",
    "via",
    "under",
    "upon",
    "toward",
    "towards",
    "and",
    "or",
    "nothing",
    "so",
    "anything",
    "something",
    "yes",
    "when",
    "while",
    "not",
    "since",
    "until",
    "them",
    "him",
    "us",
    "me",
    "whether",
    "if",
];

/// Words that may open the tail after an attribution closing its clause (`said at a rally on Friday`).
const TAIL: &[&str] = &[
    "aboard",
    "near",
    "ahead",
    "following",
    "at",
    "in",
    "on",
    "during",
    "after",
    "before",
    "while",
    "when",
    "as",
    "from",
    "to",
    "via",
    "with",
    "through",
    "outside",
    "inside",
    "last",
    "this",
    "next",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tonight",
    "recently",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "of",
    "about",
    "then",
    "again",
    "also",
    "afterward",
    "afterwards",
    "once",
    "too",
    "late",
    "back",
    "early",
    "shortly",
    "soon",
    "privately",
    "publicly",
    "repeatedly",
    "adding",
    "noting",
    "saying",
    "explaining",
    "arguing",
    "insisting",
    "citing",
    "referring",
    "pointing",
    "warning",
    "calling",
    "according",
    "under",
    "over",
    "by",
    "without",
    "amid",
    "following",
    "speaking",
    "alongside",
    "quietly",
    "flatly",
    "simply",
    "bluntly",
    "firmly",
    "angrily",
    "emphatically",
    "succinctly",
    "matter-of-factly",
    "recalled",
];

// ---------------------------------------------------------------------------------
// One table for every word class, so a word is classified with one hash lookup
// instead of a scan of each list.

const F_PASSIVE: u32 = 1;
const F_FILLER: u32 = 1 << 1;
const F_PRONOUN: u32 = 1 << 2;
const F_DETERMINER: u32 = 1 << 3;
const F_ROLE_NOUN: u32 = 1 << 4;
const F_STOP_CAP: u32 = 1 << 5;
const F_CONNECTOR: u32 = 1 << 6;
const F_TITLE: u32 = 1 << 7;
const F_MALE: u32 = 1 << 8;
const F_FEMALE: u32 = 1 << 9;
const F_NAME_MALE: u32 = 1 << 10;
const F_NAME_FEMALE: u32 = 1 << 11;
const F_ENDS_FORWARD: u32 = 1 << 12;
const F_SPEAKER_PREP: u32 = 1 << 13;
const F_SPEAKER_ADJ: u32 = 1 << 14;
const F_BLOCKS: u32 = 1 << 15;
const F_TAIL: u32 = 1 << 16;

/// A word's classes, small enough to travel in a register: the role strings are kept
/// as positions in their tables.
#[derive(Clone, Copy, Default)]
struct Class {
    flags: u32,
    /// One more than the position in [`TITLES`] of the title that gives the role (0 for
    /// none).
    role: u8,
    /// One more than the position in [`ROLE_WORDS`] of a role noun that is not a title
    /// (0 for none).
    role_word: u8,
}

const _: () = assert!(TITLES.len() < 255 && ROLE_WORDS.len() < 255);

impl Class {
    /// The role a title names (`""` if none).
    fn role(self) -> &'static str {
        usize::from(self.role)
            .checked_sub(1)
            .and_then(|i| TITLES.get(i))
            .map_or("", |t| t.1)
    }
    /// The canonical spelling of a role noun that is not a title (`""` if none).
    fn role_word(self) -> &'static str {
        usize::from(self.role_word)
            .checked_sub(1)
            .and_then(|i| ROLE_WORDS.get(i))
            .map_or("", |w| w)
    }
}

static TABLE: Lazy<WordTable<Class>> = Lazy::new(|| {
    let mut t: WordTable<Class> = WordTable::default();
    let lists: [(&'static [&'static str], u32); 16] = [
        (PASSIVE, F_PASSIVE),
        (FILLER, F_FILLER),
        (PRONOUN, F_PRONOUN),
        (DETERMINER, F_DETERMINER),
        (ROLE_NOUN, F_ROLE_NOUN),
        (STOP_CAP, F_STOP_CAP),
        (CONNECTOR, F_CONNECTOR),
        (TITLE_MALE, F_MALE),
        (TITLE_FEMALE, F_FEMALE),
        (NAME_MALE, F_NAME_MALE),
        (NAME_FEMALE, F_NAME_FEMALE),
        (ENDS_FORWARD, F_ENDS_FORWARD),
        (SPEAKER_PREP, F_SPEAKER_PREP),
        (SPEAKER_ADJ, F_SPEAKER_ADJ),
        (BLOCKS, F_BLOCKS),
        (TAIL, F_TAIL),
    ];
    for (list, flag) in lists {
        for w in list {
            t.update(w.as_bytes(), |c| c.flags |= flag);
        }
    }
    for (i, &(w, _)) in TITLES.iter().enumerate() {
        t.update(w.as_bytes(), |c| {
            c.flags |= F_TITLE;
            if c.role().is_empty() {
                c.role = (i + 1) as u8;
            }
        });
    }
    for (i, &w) in ROLE_WORDS.iter().enumerate() {
        t.update(w.as_bytes(), |c| c.role_word = (i + 1) as u8);
    }
    t
});

/// Role nouns that are not titles but name a person's role well enough to resolve
/// `the aide` or `the spokeswoman` to the one person introduced with it.
const ROLE_WORDS: &[&str] = &[
    "aide",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "doctor",
    "lawyer",
    "analyst",
    "economist",
    "adviser",
    "advisor",
    "strategist",
    "official",
    "envoy",
    "founder",
    "owner",
    "host",
    "author",
    "researcher",
    "scientist",
    "activist",
    "executive",
    "manager",
    "negotiator",
    "diplomat",
    "reporter",
    "mate",
    // Read as a pair by the name and speaker rules: `First lady Michelle Obama`.
    "first lady",
];

/// The canonical role for a title or role noun, so `the senator` finds `Sen. Ruiz`:
/// the role a title names, or else the role noun itself. One lookup answers both
/// (a role noun never ends in a full stop, so only a bare word can be one).
pub(crate) fn canonical_role(word: &str) -> Option<&'static str> {
    let bare = word.trim_end_matches('.');
    let c = as_title(word, class(bare));
    if c.flags & F_TITLE != 0 && !c.role().is_empty() {
        return Some(c.role());
    }
    (bare.len() == word.len() && !c.role_word().is_empty()).then_some(c.role_word())
}

/// The classes `c` of `word` as a title reads them: a lowercase name particle is no
/// title (`Guillermo del Toro`), though the same letters capitalised may be one (`Del.
/// Marta Osei`, a delegate).
#[inline]
fn as_title(word: &str, mut c: Class) -> Class {
    if c.flags & F_CONNECTOR != 0 && !word.starts_with(|ch: char| ch.is_uppercase()) {
        c.flags &= !F_TITLE;
    }
    c
}

/// The classes of a word, any case, ignoring a final full stop for titles.
// Out of line: asked from some 150 places in the rules, one shared copy stays in the
// instruction cache, where inlined copies each missed it (the rules a quotation runs
// through are larger than the cache).
#[inline(never)]
fn class(word: &str) -> Class {
    TABLE.get(word.as_bytes()).unwrap_or_default()
}

/// Words (ASCII case folded) and a value for each. Words of up to eight bytes, nearly
/// all of them, sit in an open-addressed table keyed by their bytes as one integer: a
/// lookup is a multiplication and usually one probe, no byte-string hashing, and a miss
/// stops at the first empty slot. Longer words (up to 24 bytes) go through a bit filter
/// and a second such table keyed by three fixed loads of their bytes.
#[derive(Clone, Debug)]
pub(crate) struct WordTable<V> {
    /// (folded bytes, length; 0 for an empty slot, value); a power-of-two length.
    slots: Vec<(u64, u8, V)>,
    /// `64 - log2(slots.len())`: what a product is shifted by to give a slot.
    shift: u32,
    used: usize,
    /// (folded bytes as [`long_key`] loads them, length; 0 for an empty slot, value);
    /// a power-of-two length, at most half of it used.
    long: Vec<([u64; 3], u8, V)>,
    long_shift: u32,
    long_used: usize,
    long_filter: WordFilter,
    /// Every word added, of any length: [`WordTable::may_contain`].
    filter: WordFilter,
}

/// The key of a word of nine to 24 bytes, ASCII case folded: its first eight bytes,
/// its last eight, and for a word past sixteen bytes the eight after the first. With
/// the length these determine every byte, and each is one fixed-size load.
#[inline]
fn long_key(word: &[u8]) -> Option<[u64; 3]> {
    let n = word.len();
    if !(9..=24).contains(&n) {
        return None;
    }
    let at = |i: usize| {
        word.get(i..)
            .and_then(<[u8]>::first_chunk::<8>)
            .map_or(0, |c| ascii_lower(u64::from_le_bytes(*c)))
    };
    Some(if n <= 16 {
        [at(0), at(n - 8), 0]
    } else {
        [at(0), at(8), at(n - 8)]
    })
}

impl<V: Copy + Default> Default for WordTable<V> {
    fn default() -> WordTable<V> {
        WordTable {
            slots: vec![(0, 0, V::default()); 1024],
            shift: 64 - 1024u32.trailing_zeros(),
            used: 0,
            long: vec![([0; 3], 0, V::default()); 64],
            long_shift: 64 - 64u32.trailing_zeros(),
            long_used: 0,
            long_filter: WordFilter::default(),
            filter: WordFilter::default(),
        }
    }
}

impl<V: Copy + Default> WordTable<V> {
    #[inline]
    fn short_key(word: &[u8]) -> Option<(u64, u8)> {
        let n = word.len();
        (1..=8)
            .contains(&n)
            .then(|| (ascii_lower(load_prefix(word)), n as u8))
    }

    /// Fibonacci hashing: the top bits of the product depend on every bit of the key
    /// (words that share their first bytes still land apart).
    #[inline]
    fn home(&self, key: u64) -> usize {
        short_home(key, self.shift)
    }

    /// The value of `word`, if it was added.
    #[inline]
    pub(crate) fn get(&self, word: &[u8]) -> Option<V> {
        if let Some((key, len)) = Self::short_key(word) {
            return probe_get(&self.slots, self.home(key), key, len);
        }
        self.get_long(word)
    }

    /// Whether `word` may have been added: never false when [`WordTable::get`] finds it,
    /// and false for nearly every other word. Two multiplications and two loads, no
    /// probing: for a scan that asks many words of which few are in the table.
    #[inline]
    pub(crate) fn may_contain(&self, word: &[u8]) -> bool {
        self.filter.may_contain(word)
    }

    /// [`WordTable::get`] for a word longer than eight bytes (or empty), kept out of
    /// line so that the short path inlines where it is asked.
    #[inline(never)]
    fn get_long(&self, word: &[u8]) -> Option<V> {
        if word.len() > 24 || !self.long_filter.may_contain(word) {
            return None;
        }
        let key = long_key(word)?;
        let home = Self::long_home(key, self.long_shift);
        probe_get(&self.long, home, key, word.len() as u8)
    }

    #[inline]
    fn long_home([a, b, c]: [u64; 3], shift: u32) -> usize {
        let key = a ^ b.rotate_left(21) ^ c.rotate_left(42);
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
    }

    fn update_long(&mut self, word: &[u8], f: impl FnOnce(&mut V)) {
        let Some(key) = long_key(word) else {
            return;
        };
        self.long_filter.insert(word);
        if (self.long_used + 1) * 2 > self.long.len() {
            let size = self.long.len() * 2;
            let old = core::mem::replace(&mut self.long, vec![([0; 3], 0, V::default()); size]);
            let shift = 64 - size.trailing_zeros();
            self.long_shift = shift;
            rehash(old, &mut self.long, |k| Self::long_home(k, shift));
        }
        let len = word.len() as u8;
        let home = Self::long_home(key, self.long_shift);
        if probe_update(&mut self.long, home, key, len, f) {
            self.long_used += 1;
        }
    }

    /// Changes the value of `word` (the default value if it is new) with `f`; words
    /// longer than 24 bytes are not stored.
    pub(crate) fn update(&mut self, word: &[u8], f: impl FnOnce(&mut V)) {
        self.filter.insert(word);
        let Some((key, len)) = Self::short_key(word) else {
            self.update_long(word, f);
            return;
        };
        if (self.used + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let home = self.home(key);
        if probe_update(&mut self.slots, home, key, len, f) {
            self.used += 1;
        }
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = core::mem::replace(&mut self.slots, vec![(0, 0, V::default()); size]);
        let shift = 64 - size.trailing_zeros();
        self.shift = shift;
        rehash(old, &mut self.slots, |k| short_home(k, shift));
    }
}

/// A word of up to 24 bytes, ASCII-lowercased and packed into three integers, so a
/// lookup hashes and compares three words instead of a byte string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct WordKey([u64; 3]);

impl core::hash::Hash for WordKey {
    #[inline]
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        let [a, b, c] = self.0;
        state.write_u64(a ^ b.rotate_left(21) ^ c.rotate_left(42));
    }
}

impl WordKey {
    /// The key of `word`, or `None` if it is empty or longer than 24 bytes.
    #[inline]
    pub(crate) fn new(word: &[u8]) -> Option<WordKey> {
        if word.is_empty() || word.len() > 24 {
            return None;
        }
        let part = |from: usize| ascii_lower(load_prefix(word.get(from..).unwrap_or(&[])));
        Some(WordKey([part(0), part(8), part(16)]))
    }
}

/// The first eight bytes of `b` (fewer if it is shorter, zero-padded) as a little-endian
/// integer, with fixed-size loads only: a lexicon lookup is too short for a call to
/// `memcpy`. Between four and eight bytes, two four-byte loads overlap; below four, each
/// byte is read on its own.
#[inline]
pub(crate) fn load_prefix(b: &[u8]) -> u64 {
    if let Some(a) = b.first_chunk::<8>() {
        return u64::from_le_bytes(*a);
    }
    let n = b.len();
    if let (Some(lo), Some(hi)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        return u64::from(u32::from_le_bytes(*lo))
            | u64::from(u32::from_le_bytes(*hi)) << (8 * (n - 4));
    }
    match *b {
        [x] => u64::from(x),
        [x, y] => u64::from(x) | u64::from(y) << 8,
        [x, y, z] => u64::from(x) | u64::from(y) << 8 | u64::from(z) << 16,
        _ => 0,
    }
}

/// Eight bytes with every ASCII capital lowered, all at once: a byte's high bit marks
/// `>= 'A'` after adding `0x3F` and `> 'Z'` after adding `0x25` (no carry crosses bytes
/// since the high bits are cleared first); bytes of multi-byte characters are left alone.
#[inline]
fn ascii_lower(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let h = x & LOW7;
    let ge_a = h.wrapping_add(0x3F3F_3F3F_3F3F_3F3F);
    let gt_z = h.wrapping_add(0x2525_2525_2525_2525);
    // `> 'Z'` implies `>= 'A'`: the high bits of a capital are those that differ.
    let upper = (ge_a ^ gt_z) & !x & HIGH;
    x | (upper >> 2)
}

fn has(word: &str, flag: u32) -> bool {
    class(word).flags & flag != 0
}

/// Whether a word before a participle makes it passive (`was asked`, `when asked`).
pub(crate) fn is_passive_marker(word: &str) -> bool {
    has(word, F_PASSIVE)
}

/// Whether a word may stand between a speaker and the cue.
pub(crate) fn is_cue_filler(word: &str) -> bool {
    has(word, F_FILLER)
}

/// Whether a word is a subject pronoun that can be a speaker.
///
/// Asked of nearly every speaker head, most of them names: no pronoun is longer than
/// four bytes, so a longer word is answered by its length, and a shorter one by
/// comparing its folded bytes with the few pronouns, not by a table lookup.
#[inline]
pub(crate) fn is_pronoun(word: &str) -> bool {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > 4 {
        return false;
    }
    // The length in the top byte, as the table compares it: `i` is not `i\0`.
    let key = ascii_lower(load_prefix(b)) | (b.len() as u64) << 56;
    PRONOUN_KEYS.contains(&key)
}

/// Whether a word that starts with the byte `b` may be a pronoun, or a pronoun under a
/// contraction (`He’s`): its first letter, in either case, opens one of [`PRONOUN`].
#[inline]
pub(crate) fn may_open_pronoun(b: u8) -> bool {
    // `| 0x20` pairs each byte only with its other case, so no other byte passes.
    let c = b | 0x20;
    c.is_ascii_lowercase() && PRONOUN_FIRST >> (c - b'a') & 1 != 0
}

/// The first letters of [`PRONOUN`], a bit each from `a`.
#[allow(clippy::indexing_slicing)]
const PRONOUN_FIRST: u32 = {
    let mut bits = 0u32;
    let mut i = 0;
    while i < PRONOUN.len() {
        // Checked lowercase ASCII by `PRONOUN_KEYS`.
        bits |= 1 << (PRONOUN[i].as_bytes()[0] - b'a');
        i += 1;
    }
    bits
};

/// [`PRONOUN`] as [`is_pronoun`] compares its words: their bytes as a little-endian
/// integer, the length in the top byte. Built at compile time: every index is below the
/// length its loop tests, and a word the key cannot hold stops the build.
#[allow(clippy::indexing_slicing)]
const PRONOUN_KEYS: [u64; PRONOUN.len()] = {
    let mut keys = [0u64; PRONOUN.len()];
    let mut i = 0;
    while i < PRONOUN.len() {
        let w = PRONOUN[i].as_bytes();
        assert!(!w.is_empty() && w.len() <= 4);
        let mut k = (w.len() as u64) << 56;
        let mut j = 0;
        while j < w.len() {
            assert!(w[j].is_ascii_lowercase());
            k |= (w[j] as u64) << (8 * j);
            j += 1;
        }
        keys[i] = k;
        i += 1;
    }
    keys
};

/// Whether a word is a determiner or possessive.
pub(crate) fn is_determiner(word: &str) -> bool {
    has(word, F_DETERMINER)
}

/// Whether a word stays lowercase inside a title: articles, short prepositions and
/// conjunctions (`The Art of the Deal`).
pub(crate) fn is_title_minor(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "and"
            | "but"
            | "or"
            | "nor"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "vs."
            // Short conjunctions and prepositions some styles keep small (`Obama Sees
            // 'Personal Insult' if Blacks Don't Rally`).
            | "if"
            | "so"
            | "yet"
            | "via"
            | "per"
            | "vs"
            | "into"
            | "onto"
            | "upon"
            | "than"
    )
}

/// Whether a word is a noun for people or bodies that speak.
pub(crate) fn is_role_noun(word: &str) -> bool {
    has(word.trim_end_matches(['’', '\'']), F_ROLE_NOUN)
}

/// Whether a word names something said or sent whose words a `that` or `saying` after
/// it gives (`warning`, `plea`, `promise`), beside the documents of
/// [`is_document_noun`]: `tweeted a warning that the bill would fail`.
pub(crate) fn is_message_noun(word: &str) -> bool {
    is_document_noun(word)
        || matches!(
            word,
            "warning"
                | "reminder"
                | "plea"
                | "promise"
                | "assurance"
                | "vow"
                | "pledge"
                | "threat"
                | "prediction"
                | "appeal"
                | "declaration"
                | "announcement"
                | "message"
        )
}

/// Whether a word names a person by their relation to someone else (`deputy`,
/// `successor`, `opponent`), which the role nouns leave out: `…, and his deputy, Ann
/// Pike, said` opens the next speaker's clause as `and his spokesman` does.
pub(crate) fn is_relation_noun(word: &str) -> bool {
    matches!(
        word,
        "deputy"
            | "partner"
            | "boss"
            | "successor"
            | "predecessor"
            | "opponent"
            | "challenger"
            | "counsel"
            | "ally"
            | "colleague"
            | "assistant"
            | "employer"
            | "client"
            | "mentor"
    )
}

/// Whether a role noun names one person who speaks (`spokesman`, `official`, `aide`),
/// not a group (`officials`, `police`) or a body (`ministry`, `newspaper`): the one
/// such a speaker is, unnamed, is who a later `he` or `she` means.
pub(crate) fn is_person_role(word: &str) -> bool {
    is_role_noun(word)
        && (!word.ends_with('s') || word.ends_with("ss"))
        && !matches!(
            word,
            "campaign"
                | "ministry"
                | "newspaper"
                | "paper"
                | "report"
                | "statement"
                | "agency"
                | "department"
                | "government"
                | "company"
                | "firm"
                | "group"
                | "organization"
                | "organisation"
                | "committee"
                | "commission"
                | "council"
                | "board"
                | "court"
                | "team"
                | "office"
                | "administration"
                | "white"
                | "people"
                | "police"
                | "men"
                | "women"
                | "spokespeople"
                | "spokesmen"
        )
}

/// Whether a capitalised word names a kind of institution, which heads a body's name:
/// title words before it are the name (`White House`, `State Department`, `Republican
/// National Committee`), and so is a place or field after `of` or `for` (`Chamber of
/// Commerce`, `Center for American Progress`), where after a person's name it would not
/// be (`Ruiz of Texas`).
/// The last words of a body's name that a definite common noun can mean: `the airline`
/// after `Southline Airways`, `the union` after `the National Education Union`. Empty
/// for any other word. (Keys as the names table holds them: no final full stop.)
pub(crate) fn body_heads(noun: &str) -> &'static [&'static str] {
    match noun {
        "airline" | "carrier" => &["Airlines", "Airways", "Air"],
        "company" | "firm" => &[
            "Company",
            "Co",
            "Inc",
            "Corp",
            "Corporation",
            "Group",
            "Ltd",
        ],
        "bank" => &["Bank"],
        "union" => &["Union"],
        "university" => &["University"],
        "hospital" => &["Hospital"],
        "department" => &["Department"],
        "agency" => &["Agency"],
        "committee" => &["Committee"],
        "council" => &["Council"],
        "commission" => &["Commission"],
        "foundation" => &["Foundation"],
        "institute" => &["Institute"],
        "board" => &["Board"],
        "party" => &["Party"],
        "ministry" => &["Ministry"],
        "church" => &["Church"],
        "college" => &["College"],
        "district" => &["District"],
        _ => &[],
    }
}

pub(crate) fn is_body_head(word: &str) -> bool {
    // A `match` on the words: grouped by length by the compiler, so most names are
    // turned away on their length or first bytes.
    matches!(
        word,
        "Academy"
            | "Administration"
            | "Agency"
            | "Alliance"
            | "Association"
            | "Authority"
            | "Bank"
            | "Board"
            | "Bureau"
            | "Campaign"
            | "Center"
            | "Centre"
            | "Chamber"
            | "Church"
            | "Coalition"
            | "College"
            | "Commission"
            | "Committee"
            | "Conference"
            | "Congress"
            | "Corporation"
            | "Council"
            | "Court"
            | "Department"
            | "Division"
            | "Federation"
            | "Foundation"
            | "Fund"
            | "Government"
            | "House"
            | "Institute"
            | "League"
            | "Ministry"
            | "Museum"
            | "Network"
            | "Office"
            | "Organization"
            | "Organisation"
            | "Party"
            | "School"
            | "Senate"
            | "Service"
            | "Society"
            | "Treasury"
            | "Union"
            | "University"
    )
}

/// Whether a capitalised word is a sentence word rather than part of a name.
pub(crate) fn is_stop_capital(word: &str) -> bool {
    has(word, F_STOP_CAP)
}

/// Whether a capitalised word, less any final full stops, is a sentence word and not
/// also a title: a leading word to drop before a name (`The`, but not `Gen.`). The plain
/// reading of [`Facts::stop_capital_only`], kept to test it.
#[cfg(test)]
pub(crate) fn is_stop_capital_only(word: &str) -> bool {
    class(word.trim_end_matches('.')).flags & (F_STOP_CAP | F_TITLE) == F_STOP_CAP
}

/// Whether the first word of a name is a sentence word, and the gender it suggests as
/// a first name. The plain reading of [`Facts::name_start`], kept to test it.
#[cfg(test)]
pub(crate) fn name_start(word: &str) -> (bool, Option<bool>) {
    let bare = word.trim_end_matches('.');
    let c = class(bare);
    let gender = if bare.len() == word.len() {
        gender(c.flags, F_NAME_MALE, F_NAME_FEMALE)
    } else {
        first_name_gender(word)
    };
    (c.flags & F_STOP_CAP != 0, gender)
}

/// The classes of one word as written, for asking several questions with one lookup.
#[derive(Clone, Copy, Default)]
pub(crate) struct WordInfo(Class);

/// The classes of `word` as written (no full stop or apostrophe trimmed).
pub(crate) fn info(word: &str) -> WordInfo {
    WordInfo(class(word))
}

impl WordInfo {
    /// [`is_cue_filler`] of the word.
    pub(crate) fn cue_filler(self) -> bool {
        self.0.flags & F_FILLER != 0
    }
    /// [`is_passive_marker`] of the word.
    pub(crate) fn passive_marker(self) -> bool {
        self.0.flags & F_PASSIVE != 0
    }
    /// [`opens_tail`] of the word.
    pub(crate) fn opens_tail(self) -> bool {
        self.0.flags & F_TAIL != 0
    }
    /// Whether the word cannot open reported content.
    pub(crate) fn blocks_content(self) -> bool {
        self.0.flags & F_BLOCKS != 0
    }
}

/// Every class of one word, for a walk that asks many questions of each word: as
/// written, without final full stops (titles, sentence words) and without final
/// apostrophes (role nouns). One lookup unless the word ends in one of those.
#[derive(Clone, Copy)]
pub(crate) struct Facts {
    raw: u32,
    /// The classes of the word without its final full stops.
    dot: Class,
    /// Whether the word without its final apostrophes is a role noun (a flag, not
    /// the classes: a smaller value to copy where the facts are kept for later).
    apos_role: bool,
    /// Whether the word ends in a full stop (so `dot` is of a shorter word).
    dotted: bool,
}

/// The [`Facts`] of `word`.
// Out of line, as `class` is: one copy in the instruction cache.
#[inline(never)]
pub(crate) fn facts(word: &str) -> Facts {
    let whole = class(word);
    let raw = whole.flags;
    let (dot, apos, dotted) = match word.as_bytes().last() {
        Some(b'.') => (class(word.trim_end_matches('.')), raw, true),
        // `'` or the last byte of `’`.
        Some(b'\'' | 0x99) => {
            let apos = word.trim_end_matches(['’', '\'']);
            let apos = if apos.len() == word.len() {
                raw
            } else {
                class(apos).flags
            };
            (whole, apos, false)
        }
        _ => (whole, raw, false),
    };
    let dot = as_title(word, dot);
    Facts {
        raw,
        dot,
        apos_role: apos & F_ROLE_NOUN != 0,
        dotted,
    }
}

impl Facts {
    /// [`title_role`] of the word.
    pub(crate) fn title_role(self) -> Option<&'static str> {
        (self.dot.flags & F_TITLE != 0).then_some(self.dot.role())
    }
    /// [`title_gender`] of the word.
    pub(crate) fn title_gender(self) -> Option<bool> {
        gender(self.dot.flags, F_MALE, F_FEMALE)
    }
    /// [`canonical_role`] of the word.
    pub(crate) fn canonical_role(self) -> Option<&'static str> {
        let c = self.dot;
        if c.flags & F_TITLE != 0 && !c.role().is_empty() {
            return Some(c.role());
        }
        (!self.dotted && !c.role_word().is_empty()).then_some(c.role_word())
    }
    /// Whether the word, less any final full stops, is a sentence word and not also a
    /// title: a leading word to drop before a name (`The`, but not `Gen.`).
    pub(crate) fn stop_capital_only(self) -> bool {
        self.dot.flags & (F_STOP_CAP | F_TITLE) == F_STOP_CAP
    }
    /// Whether the word, as the first of a name, is a sentence word, and the gender it
    /// suggests as a first name.
    pub(crate) fn name_start(self) -> (bool, Option<bool>) {
        let flags = if self.dotted {
            self.raw
        } else {
            self.dot.flags
        };
        (
            self.dot.flags & F_STOP_CAP != 0,
            gender(flags, F_NAME_MALE, F_NAME_FEMALE),
        )
    }
    /// [`is_pronoun`].
    pub(crate) fn pronoun(self) -> bool {
        self.raw & F_PRONOUN != 0
    }
    /// [`is_determiner`].
    pub(crate) fn determiner(self) -> bool {
        self.raw & F_DETERMINER != 0
    }
    /// [`ends_forward_phrase`].
    pub(crate) fn ends_forward(self) -> bool {
        self.raw & F_ENDS_FORWARD != 0
    }
    /// [`is_name_connector`].
    pub(crate) fn name_connector(self) -> bool {
        self.raw & F_CONNECTOR != 0
    }
    /// [`is_speaker_adjective`].
    pub(crate) fn speaker_adjective(self) -> bool {
        self.raw & F_SPEAKER_ADJ != 0
    }
    /// [`is_speaker_preposition`].
    pub(crate) fn speaker_preposition(self) -> bool {
        self.raw & F_SPEAKER_PREP != 0
    }
    /// Whether [`title_role`] is some.
    pub(crate) fn title(self) -> bool {
        self.dot.flags & F_TITLE != 0
    }
    /// [`is_stop_capital`] of the word without its final full stops.
    pub(crate) fn stop_capital(self) -> bool {
        self.dot.flags & F_STOP_CAP != 0
    }
    /// [`is_role_noun`].
    pub(crate) fn role_noun(self) -> bool {
        self.apos_role
    }
}

/// Fibonacci hashing of a short key into a table of `64 - shift` bits.
#[inline]
fn short_home(key: u64, shift: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

/// The value of the slot holding `key` of length `len`, probed from `home` on. At most
/// half the slots are used, so a probe always meets an empty one.
#[inline(always)]
fn probe_get<K: Copy + PartialEq, V: Copy>(
    slots: &[(K, u8, V)],
    home: usize,
    key: K,
    len: u8,
) -> Option<V> {
    let mask = slots.len().wrapping_sub(1);
    let mut i = home;
    loop {
        let &(k, l, v) = slots.get(i)?;
        if l == 0 {
            return None;
        }
        if k == key && l == len {
            return Some(v);
        }
        i = (i + 1) & mask;
    }
}

/// Puts the used slots of `old` into `slots`, a larger empty table, each at the first
/// free slot from `home` of its key.
fn rehash<K: Copy, V: Copy>(
    old: Vec<(K, u8, V)>,
    slots: &mut [(K, u8, V)],
    home: impl Fn(K) -> usize,
) {
    let mask = slots.len().wrapping_sub(1);
    for (k, l, v) in old.into_iter().filter(|s| s.1 != 0) {
        let mut i = home(k);
        while slots.get(i).is_some_and(|s| s.1 != 0) {
            i = (i + 1) & mask;
        }
        if let Some(slot) = slots.get_mut(i) {
            *slot = (k, l, v);
        }
    }
}

/// Finds `key` (a word of `len` bytes) in an open-addressed table of a power-of-two size,
/// from slot `home` on, or the empty slot where it goes, and changes its value with `f`.
/// Returns whether an empty slot was filled (the caller counts it and grows the table
/// before it is half full, so an empty slot is always found).
#[inline]
fn probe_update<K: Copy + PartialEq, V: Default>(
    slots: &mut [(K, u8, V)],
    home: usize,
    key: K,
    len: u8,
    f: impl FnOnce(&mut V),
) -> bool {
    let mask = slots.len().wrapping_sub(1);
    let mut i = home;
    loop {
        let Some(slot) = slots.get_mut(i) else {
            return false;
        };
        if slot.1 == 0 {
            *slot = (key, len, V::default());
            f(&mut slot.2);
            return true;
        }
        if slot.0 == key && slot.1 == len {
            f(&mut slot.2);
            return false;
        }
        i = (i + 1) & mask;
    }
}

/// `w` in ASCII lower case, written into `buf` without allocating; `""` when `w` is not
/// ASCII or is longer than `buf`.
pub(crate) fn lower_into<'b>(w: &str, buf: &'b mut [u8]) -> &'b str {
    let b = w.as_bytes();
    if b.len() > buf.len() {
        return "";
    }
    if b.len() <= 8 {
        // Nearly every word asked is this short: tested and lowered eight bytes at once,
        // and stored as eight (the bytes past the word are scratch) where `buf` has room.
        let x = load_prefix(b);
        if x & 0x8080_8080_8080_8080 != 0 {
            return "";
        }
        let lowered = ascii_lower(x).to_le_bytes();
        if let Some(all) = buf.get_mut(..8) {
            all.copy_from_slice(&lowered);
        } else if let Some(out) = buf.get_mut(..b.len()) {
            out.copy_from_slice(lowered.get(..b.len()).unwrap_or(&[]));
        }
        return core::str::from_utf8(buf.get(..b.len()).unwrap_or(&[])).unwrap_or("");
    }
    let Some(out) = buf.get_mut(..b.len()) else {
        return "";
    };
    if !w.is_ascii() {
        return "";
    }
    for (o, c) in out.iter_mut().zip(b) {
        *o = c.to_ascii_lowercase();
    }
    core::str::from_utf8(out).unwrap_or("")
}

/// Whether a word is a subordinating conjunction (`when`, `because`, `although`), in any
/// case: a clause it opens is not the main one.
pub(crate) fn is_subordinator(word: &str) -> bool {
    const WORDS: [&str; 15] = [
        "as", "when", "while", "after", "before", "because", "since", "until", "if", "once",
        "where", "although", "though", "unless", "whereas",
    ];
    word.len() <= 8 && WORDS.iter().any(|s| s.eq_ignore_ascii_case(word))
}

/// Whether a word joins the parts of one name (`of`, `van`, `and`).
pub(crate) fn is_name_connector(word: &str) -> bool {
    has(word, F_CONNECTOR)
}

/// The role a title word gives the person it precedes (`""` for titles such as `Mr.`
/// that name no role), or `None` if the word is no title.
pub(crate) fn title_role(word: &str) -> Option<&'static str> {
    let c = as_title(word, class(word.trim_end_matches('.')));
    (c.flags & F_TITLE != 0).then_some(c.role())
}

/// The gender a title or role word implies, `Some(true)` for male.
pub(crate) fn title_gender(word: &str) -> Option<bool> {
    gender(class(word.trim_end_matches('.')).flags, F_MALE, F_FEMALE)
}

/// The gender a common first name suggests, `Some(true)` for male.
#[cfg(test)]
pub(crate) fn first_name_gender(word: &str) -> Option<bool> {
    gender(class(word).flags, F_NAME_MALE, F_NAME_FEMALE)
}

fn gender(flags: u32, male: u32, female: u32) -> Option<bool> {
    match (flags & male != 0, flags & female != 0) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Whether a word ends a speaker phrase that follows its cue.
pub(crate) fn ends_forward_phrase(word: &str) -> bool {
    has(word, F_ENDS_FORWARD)
}

/// Whether a word is a preposition that ties a speaker to a body.
pub(crate) fn is_speaker_preposition(word: &str) -> bool {
    has(word, F_SPEAKER_PREP)
}

/// Whether a word is an adjective between a speaker head and its preposition.
pub(crate) fn is_speaker_adjective(word: &str) -> bool {
    has(word, F_SPEAKER_ADJ)
}

/// Whether a word may open the tail after an attribution.
pub(crate) fn opens_tail(word: &str) -> bool {
    has(word, F_TAIL)
}

/// Every form of a custom base verb, as a plain speech verb.
pub(crate) fn forms_of(base: &str) -> Vec<(String, CueClass)> {
    let mut out = vec![(base.to_string(), CueClass::Say)];
    for f in regular_forms(base) {
        out.push((f, CueClass::Say));
    }
    out
}

/// A fast hash map for short string keys (FxHash: one multiply per word of input).
pub(crate) type FxMap<K, V> = std::collections::HashMap<K, V, BuildFx>;

/// Builds [`Fx`] hashers.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct BuildFx;

impl core::hash::BuildHasher for BuildFx {
    type Hasher = Fx;
    fn build_hasher(&self) -> Fx {
        Fx(0)
    }
}

/// The Fx hash: not resistant to chosen collisions, which is fine for keys drawn from
/// fixed word lists and from one article's names.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Fx(u64);

impl core::hash::Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The last bytes as one little-endian word padded with zeros.
            self.0 = (self.0.rotate_left(5) ^ load_prefix(rest)).wrapping_mul(K);
        }
    }
    /// The same value as `write(&[n])` (the terminator a `str` key hashes), without
    /// the slice loop.
    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }
}

/// Whether `w` is an auxiliary or a form of `be` or `have`: a clause's verb, which no
/// noun phrase holds.
pub(crate) fn is_clause_verb(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "are"
            | "were"
            | "has"
            | "had"
            | "have"
            | "would"
            | "will"
            | "could"
            | "can"
            | "should"
            | "may"
            | "might"
            | "must"
            | "did"
            | "does"
    )
}

/// Whether `w` is a noun for a thing, an event or a time, which no person is called by
/// (`interview`, `story`, `time`, `week`).
pub(crate) fn is_thing_noun(w: &str) -> bool {
    matches!(
        w,
        "interview"
            | "interviews"
            | "story"
            | "time"
            | "times"
            | "speech"
            | "appearance"
            | "debate"
            | "rally"
            | "video"
            | "footage"
            | "tweet"
            | "tweets"
            | "post"
            | "letter"
            | "ad"
            | "column"
            | "remarks"
            | "book"
            | "memo"
            | "email"
            | "call"
            | "meeting"
            | "hearing"
            | "show"
            | "broadcast"
            | "episode"
            | "segment"
            | "conference"
            | "event"
            | "year"
            | "week"
            | "day"
            | "month"
            | "night"
            | "morning"
            | "evening"
            | "afternoon"
            | "moment"
    )
}

/// Whether `w` is a common preposition (one that no noun phrase holds between its
/// determiner and its head).
pub(crate) fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "from"
            | "of"
            | "for"
            | "with"
            | "by"
            | "about"
            | "over"
            | "under"
            | "into"
            | "against"
            | "like"
            | "near"
            | "behind"
            | "across"
            | "through"
            | "despite"
            | "among"
            | "between"
            | "toward"
            | "towards"
            | "within"
            | "without"
            | "via"
            | "around"
            | "than"
            | "including"
            | "amid"
            | "in"
            | "on"
            | "at"
            | "to"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_pronoun_reads_as_the_table() {
        let mut words: Vec<String> = Vec::new();
        let lists: [&[&str]; 6] = [PRONOUN, DETERMINER, ROLE_NOUN, STOP_CAP, CONNECTOR, FILLER];
        for w in lists.iter().flat_map(|l| l.iter()) {
            words.push(w.to_string());
            words.push(w.to_uppercase());
            words.push(format!("{w}s"));
            words.push(format!("{w}\0"));
            words.push(w.get(1..).unwrap_or("").to_string());
        }
        words.extend(["", "I", "\0", "i\0", "Hé", "HE", "tHeY", "yo", "you\0"].map(String::from));
        for b in 0..=255u8 {
            let opens = PRONOUN
                .iter()
                .any(|p| p.as_bytes()[0] == b.to_ascii_lowercase());
            assert_eq!(may_open_pronoun(b), opens, "{b}");
        }
        for w in &words {
            assert_eq!(is_pronoun(w), has(w, F_PRONOUN), "{w:?}");
            if is_pronoun(w) {
                assert!(may_open_pronoun(w.as_bytes()[0]), "{w:?}");
            }
        }
    }

    #[test]
    fn word_table_finds_what_was_added_in_any_case() {
        let mut t: WordTable<u32> = WordTable::default();
        let words: Vec<String> = (0..3000).map(|i| format!("w{i}x")).collect();
        for (i, w) in words.iter().enumerate() {
            t.update(w.as_bytes(), |v| *v = i as u32 + 1);
        }
        t.update(b"spokeswoman", |v| *v = 7);
        t.update(b"Said", |v| *v += 100);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(
                t.get(w.to_uppercase().as_bytes()),
                Some(i as u32 + 1),
                "{w}"
            );
        }
        assert_eq!(t.get(b"SPOKESWOMAN"), Some(7));
        assert_eq!(t.get(b"said"), Some(100));
        assert_eq!(t.get(b"spokesman"), None);
        assert_eq!(t.get(b"w1x\0"), None);
        assert_eq!(t.get(b""), None);
    }

    #[test]
    fn load_prefix_matches_a_padded_copy() {
        let src = b"abcdefghijkl";
        for n in 0..=src.len() {
            let b = &src[..n];
            let mut buf = [0u8; 8];
            buf[..n.min(8)].copy_from_slice(&b[..n.min(8)]);
            assert_eq!(load_prefix(b), u64::from_le_bytes(buf), "length {n}");
        }
    }

    #[test]
    fn ascii_lower_matches_bytewise_lowering() {
        for b in 0u8..=255 {
            let x = u64::from_le_bytes([b, b'A', b'z', b'Z', b'@', b'[', 0xC3, b]);
            let want = x.to_le_bytes().map(|c| c.to_ascii_lowercase());
            assert_eq!(ascii_lower(x).to_le_bytes(), want, "byte {b:#x}");
        }
    }

    #[test]
    fn tenses_are_generated() {
        let f = forms();
        let has = |w: &str| f.iter().any(|(x, _)| x == w);
        for w in [
            "said",
            "says",
            "saying",
            "told",
            "added",
            "noted",
            "emphasized",
            "emphasised",
            "clarified",
            "argued",
            "wrote",
            "tweeted",
            "replied",
            "admitted",
            "quipped",
            "according to",
        ] {
            assert!(has(w), "{w}");
        }
        assert!(!has("believes"));
        assert!(!has("wants"));
    }

    #[test]
    fn word_classes() {
        assert!(is_stop_capital("The"));
        assert_eq!(title_role("Sen."), Some("senator"));
        assert_eq!(title_role("Mr."), Some(""));
        assert_eq!(title_role("Okafor"), None);
        assert_eq!(title_gender("Mrs."), Some(false));
        assert_eq!(first_name_gender("Hillary"), Some(false));
        assert!(is_role_noun("officials"));
        assert!(!is_role_noun("banana"));
    }

    #[test]
    fn facts_answer_as_the_single_questions_do() {
        let mut words: Vec<String> = Vec::new();
        for list in [
            STOP_CAP,
            ROLE_NOUN,
            TITLE_MALE,
            TITLE_FEMALE,
            NAME_MALE,
            NAME_FEMALE,
        ] {
            words.extend(list.iter().map(|w| w.to_string()));
        }
        words.extend(TITLES.iter().map(|t| t.0.to_string()));
        words.extend(ROLE_WORDS.iter().map(|w| w.to_string()));
        words.extend(["", ".", "..", "'", "’", "Okafor", "x."].map(String::from));
        let mut all = Vec::new();
        for w in &words {
            let cap = {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            };
            for v in [w.clone(), cap] {
                all.push(v.clone());
                all.push(format!("{v}."));
                all.push(format!("{v}.."));
                all.push(format!("{v}'"));
                all.push(format!("{v}’"));
            }
        }
        for w in &all {
            let f = facts(w);
            assert_eq!(f.title_role(), title_role(w), "{w:?}");
            assert_eq!(f.title(), title_role(w).is_some(), "{w:?}");
            assert_eq!(f.title_gender(), title_gender(w), "{w:?}");
            assert_eq!(f.canonical_role(), canonical_role(w), "{w:?}");
            assert_eq!(f.stop_capital_only(), is_stop_capital_only(w), "{w:?}");
            assert_eq!(f.name_start(), name_start(w), "{w:?}");
            assert_eq!(
                f.stop_capital(),
                is_stop_capital(w.trim_end_matches('.')),
                "{w:?}"
            );
            assert_eq!(f.name_connector(), is_name_connector(w), "{w:?}");
            assert_eq!(f.role_noun(), is_role_noun(w), "{w:?}");
        }
    }
}

/// A bit filter over short words (any case), so the common words of a text are turned
/// away with two multiplications instead of a hash lookup.
#[derive(Clone, Debug)]
pub(crate) struct WordFilter {
    bits: Box<[u64; 1024]>,
}

impl Default for WordFilter {
    fn default() -> WordFilter {
        WordFilter {
            bits: Box::new([0; 1024]),
        }
    }
}

impl WordFilter {
    /// The first eight bytes of the word with ASCII case folded, and its length.
    #[inline]
    fn key(word: &[u8]) -> u64 {
        (load_prefix(word) | 0x2020_2020_2020_2020) ^ ((word.len() as u64) << 59)
    }

    #[inline]
    fn slots(word: &[u8]) -> [usize; 2] {
        let k = Self::key(word);
        [
            (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize,
            (k.wrapping_mul(0xC2B2_AE3D_27D4_EB4F) >> 48) as usize,
        ]
    }

    /// Adds a word.
    pub(crate) fn insert(&mut self, word: &[u8]) {
        for s in Self::slots(word) {
            if let Some(b) = self.bits.get_mut((s >> 6) & 1023) {
                *b |= 1 << (s & 63);
            }
        }
    }

    /// Whether the word may have been added (never false for an added word).
    #[inline]
    pub(crate) fn may_contain(&self, word: &[u8]) -> bool {
        let [a, b] = Self::slots(word);
        let bit = |s: usize| self.bits.get((s >> 6) & 1023).copied().unwrap_or(0) & (1 << (s & 63));
        bit(a) != 0 && bit(b) != 0
    }
}

/// Whether a word names a written or recorded text that someone puts out (`statement`,
/// `letter`, `memo`, `video`), whose words are the sender's: `issued a statement
/// saying …`.
pub(crate) fn is_document_noun(word: &str) -> bool {
    matches!(
        word,
        "statement"
            | "statements"
            | "letter"
            | "memo"
            | "memorandum"
            | "release"
            | "video"
            | "ad"
            | "advertisement"
            | "tweet"
            | "tweets"
            | "post"
            | "message"
            | "email"
            | "e-mail"
            | "note"
            | "op-ed"
            | "report"
    )
}

/// Whether a word is a verb of putting a text out (`issued`, `released`, `posted`), or
/// the particle of one (`put out`, `sent out`).
pub(crate) fn is_issue_verb(word: &str) -> bool {
    matches!(
        word,
        "issued"
            | "issues"
            | "issue"
            | "released"
            | "releases"
            | "release"
            | "sent"
            | "sends"
            | "send"
            | "posted"
            | "posts"
            | "post"
            | "published"
            | "publishes"
            | "publish"
            | "tweeted"
            | "tweets"
            | "circulated"
            | "distributed"
            | "filed"
            | "wrote"
            | "writes"
            | "out"
    )
}

/// Whether a word is the simple past of a verb and not also its base form:
/// `Some(true)` when it cannot be a past participle either (`took`, `went`), so it
/// never goes on an auxiliary's verb phrase (`had made a mistake and took`);
/// `Some(false)` for a past that is also the participle (`left`, `offered`).
pub(crate) fn simple_past(word: &str) -> Option<bool> {
    match word {
        "took" | "went" | "gave" | "came" | "began" | "ran" | "wrote" | "spoke" | "knew"
        | "saw" | "drove" | "rose" | "fell" | "broke" | "chose" | "threw" | "flew" | "grew"
        | "drew" | "ate" | "did" | "was" | "were" | "sang" | "stole" | "forgot" | "rode"
        | "hid" | "shook" | "woke" | "tore" | "wore" | "became" | "swore" | "withdrew"
        | "undertook" => Some(true),
        "left" | "made" | "told" | "said" | "kept" | "held" | "sent" | "spent" | "brought"
        | "bought" | "thought" | "stood" | "paid" | "led" | "met" | "lost" | "won" | "built"
        | "felt" | "heard" | "fought" | "taught" | "caught" | "sought" | "meant" | "struck"
        | "got" | "sold" => Some(false),
        _ if word.len() > 4
            && word.ends_with("ed")
            && word.bytes().all(|b| b.is_ascii_lowercase()) =>
        {
            Some(false)
        }
        _ => None,
    }
}
