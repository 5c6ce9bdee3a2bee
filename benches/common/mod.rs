//! A seeded generator of news-style articles for benchmarks, written from our own
//! sentence templates. The same seed always gives the same batch.
//!
//! Articles are rich in what real news has: headlines, bylines, datelines, quotes in
//! several styles with attributions before, after and inside them, reported speech,
//! titles and abbreviations, initials, money, decimals, times, headings, lead-ins with
//! bulleted or numbered lists, and three paragraph layouts (blank-line separated, one
//! paragraph per line, hard-wrapped at 72 columns).
//!
//! Two batches: `news` (the benchmarks' "generated" corpus) has these at the rate real
//! news has them, measured on real articles; `batch` ("dense") packs a hard case into
//! nearly every sentence, as a stress test.
#![allow(dead_code)]

pub mod adversarial;

/// splitmix64: tiny, seeded, good enough for picking templates.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const FIRST_F: &[&str] = &[
    "Adaeze", "Maria", "Ingrid", "Priya", "Lucia", "Hana", "Chioma", "Elena", "Grace", "Yasmin",
    "Ruth", "Sofia",
];
const FIRST_M: &[&str] = &[
    "Tomas", "Samuel", "Kwame", "Arjun", "Mateo", "Henrik", "Daniel", "Omar", "Felix", "Jonas",
    "Emeka", "Victor",
];
const LAST: &[&str] = &[
    "Okafor",
    "Lindqvist",
    "Reyes",
    "Ekdahl",
    "Nakamura",
    "Brennan",
    "Achebe",
    "Moreau",
    "Castillo",
    "Haddad",
    "Novak",
    "Whitfield",
    "Osei",
    "Varga",
    "Delacroix",
    "Amundsen",
];
const ROLES: &[&str] = &[
    "Finance Minister",
    "Council President",
    "Senior aide",
    "Sen.",
    "Rep.",
    "Gov.",
    "Dr.",
    "Prof.",
    "Police Chief",
    "Deputy Mayor",
    "Union organizer",
    "Gen.",
    "Judge",
];
const ORGS: &[&str] = &[
    "the transport ministry",
    "the city council",
    "Northwind Marine Co.",
    "Halvard Energy Inc.",
    "the U.S. Department of Commerce",
    "the port authority",
    "Cobalt Ridge Ltd.",
    "the state election board",
];
const GROUPS: &[&str] = &[
    "European officials",
    "local residents",
    "the ministry",
    "union leaders",
    "analysts",
    "the newspaper",
    "a ministry spokesman",
    "prosecutors",
];
const CITIES: &[&str] = &[
    "PORTMERE",
    "LAKEVILLE",
    "NEW HAVENSHIRE",
    "ST. ALBANS",
    "WASHINGTON",
    "GENEVA",
    "KINGSBRIDGE",
];
const MONTHS: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];
const CUES: &[&str] = &[
    "said",
    "told reporters",
    "added",
    "noted",
    "explained",
    "stated",
    "insisted",
    "argued",
    "warned",
    "wrote on social media",
    "said in a statement",
    "told the council",
];
const TOPICS: &[&str] = &[
    "ferry contract",
    "water tariff",
    "school budget",
    "bridge repair plan",
    "housing levy",
    "port expansion",
    "transit strike",
    "election audit",
];
const CLAIMS: &[&str] = &[
    "the deal would cost taxpayers far more than promised",
    "the vote had been delayed for procedural reasons",
    "talks with the U.S. envoy were very useful",
    "the budget gap had grown to $1.5 billion since Jan. 1",
    "inspectors found 14 violations at the site on Oct. 3",
    "the plan would not survive a court challenge",
    "turnout in the district fell to 41.7 percent",
    "the agency had acted within its authority",
];
const QUOTES: &[&str] = &[
    "We are not going to rush this",
    "Every one of those names is a commuter who was left standing on the dock",
    "This is the best offer we have seen in a decade",
    "Nobody at the ministry has explained where the money went",
    "We will sign when the numbers add up, and not a day sooner",
    "I think the public deserves a straight answer",
    "It's a mess, frankly, and it didn't have to be",
    "The figures speak for themselves",
    "Are we really going to pretend this is normal",
    "Nobody told us about the 5 a.m. closure",
];
const FACTS: &[&str] = &[
    "The project was first proposed in 2019 at an estimated cost of $312 million.",
    "Shares of Halvard Energy Inc. fell 3.4 percent to $27.15 in New York.",
    "The meeting began at 7 p.m. and ran past midnight.",
    "About 1,200 people attended, according to police estimates.",
    "The report, published on Sept. 12, runs to 212 pages.",
    "Mr. J. R. Whitfield, who chaired the panel, declined to comment.",
    "The route via St. Albans Ave. has been closed since Aug. 4.",
    "The measure passed 7-2, with two abstentions.",
    "Details are on the council's site at council.example.org/votes.",
    "The U.S. Senate is expected to take up the bill in the spring.",
    "Gov. Amundsen's office said the figures, e.g. the 2.5 percent cap, were provisional.",
    "Critics say the plan is vague (see the chart below). Supporters disagree.",
];
const HEADINGS: &[&str] = &[
    "What happens next",
    "Residents push back",
    "The cost question",
    "A long dispute",
    "Reaction",
    "Background",
    "WHAT THE BILL DOES",
    "Where the money goes",
];
const ITEMS: &[&str] = &[
    "restore the early morning crossing",
    "cap fares at $2.50 for students and seniors",
    "publish monthly reliability figures",
    "hire 40 more inspectors by Dec. 31",
    "hold a public hearing before any vote",
    "freeze the levy for two years",
    "move the depot away from the school",
];
const NUMBER_WORDS: &[&str] = &["two", "three", "four", "five"];

struct Person {
    full: String,
    last: &'static str,
    role: &'static str,
    she: bool,
}

fn person(r: &mut Rng) -> Person {
    let she = r.chance(50);
    let first = if she {
        r.pick(FIRST_F)
    } else {
        r.pick(FIRST_M)
    };
    let last = r.pick(LAST);
    let initial = if r.chance(15) {
        format!(" {}.", (b'A' + r.below(26) as u8) as char)
    } else {
        String::new()
    };
    Person {
        full: format!("{first}{initial} {last}"),
        last,
        role: r.pick(ROLES),
        she,
    }
}

fn quoted(r: &mut Rng, body: &str, end: &str) -> String {
    match r.below(10) {
        0 => format!("«{body}{end}»"),
        1..=3 => format!("\"{body}{end}\""),
        _ => format!("“{body}{end}”"),
    }
}

/// How a paragraph names `p`: in full with the role the first time, then by surname;
/// and the pronoun.
fn named(p: &Person, first: bool) -> (String, &'static str) {
    let who = if first {
        format!("{} {}", p.role, p.full)
    } else {
        p.last.to_string()
    };
    (who, if p.she { "she" } else { "he" })
}

/// The headline, an optional byline (`byline` percent of articles) and the opening of
/// the dateline paragraph; the caller ends that paragraph with `rest`.
fn masthead(
    r: &mut Rng,
    topic: &str,
    byline: u64,
    opening: &str,
    rest: impl FnOnce(&mut Rng) -> String,
) -> Vec<String> {
    let mut paras = vec![format!(
        "{} Vote on {} Delayed",
        r.pick(&["Council", "Ministry", "Senate", "Board"]),
        title_case(topic)
    )];
    if r.chance(byline) {
        paras.push(format!("By {} {}", r.pick(FIRST_F), r.pick(LAST)));
    }
    let city = r.pick(CITIES);
    let month = r.pick(MONTHS);
    let day = 1 + r.below(28);
    let rest = rest(r);
    paras.push(format!(
        "{city} (Tidings Wire) - Officials postponed a decision on the {topic} on {month} {day} after a meeting that ran until 11:45 p.m.{opening} {rest}"
    ));
    paras
}

/// A lead-in announcing a count (right four times in five) and its list, bulleted or
/// numbered; `prefix` opens the lead-in paragraph.
fn list_paras(r: &mut Rng, prefix: impl FnOnce(&mut Rng) -> String) -> [String; 2] {
    let k = 2 + r.below(3);
    let announced = if r.chance(80) { k } else { k + 1 };
    let lead = format!(
        "{}The proposal includes {} main measures:",
        prefix(r),
        NUMBER_WORDS[announced.saturating_sub(2).min(3)]
    );
    let numbered = r.chance(40);
    let items: Vec<String> = (0..k)
        .map(|j| {
            if numbered {
                format!("{}. {}", j + 1, r.pick(ITEMS))
            } else {
                format!("- {}", r.pick(ITEMS))
            }
        })
        .collect();
    [lead, items.join("\n")]
}

/// The paragraphs in one of three layouts: blank-line separated, one per line, or
/// hard-wrapped at 72 columns.
fn layout(r: &mut Rng, paras: &[String]) -> String {
    match r.below(10) {
        0..=5 => paras.join("\n\n") + "\n",
        6..=7 => paras.join("\n") + "\n",
        _ => {
            paras
                .iter()
                .map(|p| wrap(p, 72))
                .collect::<Vec<_>>()
                .join("\n\n")
                + "\n"
        }
    }
}

fn quote_paragraph(r: &mut Rng, p: &Person, first: bool) -> String {
    let (who, pron) = named(p, first);
    let q = r.pick(QUOTES);
    let q2 = r.pick(QUOTES);
    let cue = r.pick(CUES);
    match r.below(7) {
        0 => format!("{}, {} {cue}.", quoted(r, q, ""), who),
        1 => format!("{who} {cue}: {}", quoted(r, q, ".")),
        2 => format!("{} {pron} {cue}. {}", quoted(r, q, ","), quoted(r, q2, ".")),
        3 => format!("{who} {cue} that {}.", r.pick(CLAIMS)),
        4 => format!("According to {who}, {}.", r.pick(CLAIMS)),
        5 => format!(
            "{who} said the talks were {}.",
            quoted(r, "very useful", "")
        ),
        _ => format!("{} {} asked.", quoted(r, q, "?"), pron),
    }
}

/// One article of roughly 2-5 KB.
pub fn article(r: &mut Rng) -> String {
    let topic = r.pick(TOPICS);
    let people: Vec<Person> = (0..3).map(|_| person(r)).collect();
    let mut paras = masthead(r, topic, 50, "", |r| r.pick(FACTS).to_string());
    let n = 10 + r.below(13);
    let mut mentioned = [false; 3];
    for i in 0..n {
        match r.below(10) {
            0 if i > 2 => paras.push(r.pick(HEADINGS).to_string()),
            1 if i > 1 => paras.extend(list_paras(r, |_| String::new())),
            2..=5 => {
                let who = r.below(3);
                let first = !mentioned[who];
                mentioned[who] = true;
                paras.push(quote_paragraph(r, &people[who], first));
            }
            _ => {
                let g = r.pick(GROUPS);
                paras.push(format!(
                    "{} {} Critics, including {g}, said {}. {}",
                    r.pick(FACTS),
                    r.pick(FACTS),
                    r.pick(CLAIMS),
                    r.pick(FACTS)
                ));
            }
        }
    }
    layout(r, &paras)
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn wrap(p: &str, width: usize) -> String {
    if p.contains('\n') {
        return p.to_string();
    }
    let mut out = String::new();
    let mut col = 0;
    for w in p.split(' ') {
        if col > 0 && col + 1 + w.len() > width {
            out.push('\n');
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(w);
        col += w.len();
    }
    out
}

// -----------------------------------------------------------------------------------------
// The calibrated news batch.
//
// The templates above pack a hard case into nearly every sentence: about 63 bytes a
// sentence, 9 abbreviations and 4.7 speech cues per KB. Real news is calmer. On the 84
// PolNeAR development articles (US political news, 2016) a sentence averages 124 bytes,
// with 1.8 abbreviations, 1.8 speech cues, 10 full stops and 4.2 quotation marks per KB.
// `news` mixes the same hard cases into plain narrative prose so that a batch matches
// those figures (within about an eighth; `tests/bench_corpus.rs` keeps it there), which
// makes its throughput a forecast of real news. `batch` stays as the dense stress corpus.

/// Plain narrative sentences, as most of a news story is: `{t}` a topic, `{g}` a group,
/// `{o}` an organisation, `{n}` a number.
const NARRATIVE: &[&str] = &[
    "The {t} has divided the council for most of the past year, with members from the eastern districts arguing that the costs fall unevenly on residents who rarely benefit from it.",
    "Supporters of the {t} point to a similar arrangement in a neighboring county, where the change reduced delays and saved money within its first two years of operation.",
    "The dispute has drawn unusual attention from {g}, who have filled the public gallery at every meeting since the spring and lined the steps outside with hand-painted signs.",
    "A consultant hired by {o} estimated that the work would take at least {n} months, though similar projects in the region have routinely run over their schedules.",
    "Opponents have gathered more than {n} signatures on a petition asking for the question to be put to voters in a referendum before any contract is signed.",
    "The last time the region faced a decision of this size, in the early 2000s, the debate dragged on for three years and ended in a compromise that pleased almost no one.",
    "Several members of the committee said privately that they expected the vote to be close, and that the outcome might depend on how the final cost estimates are presented.",
    "Much of the money would come from a regional fund that was set up after the floods, which has been drawn down steadily as repairs to roads and culverts continued.",
    "The proposal would also change how the work is overseen, moving responsibility from a volunteer board to a small office of paid staff who would report to the council every quarter.",
    "Residents who live near the site have complained for years about noise and traffic, and many of them say they were never properly consulted before the plans were drawn up.",
    "In a report released last month, {o} found that maintenance had been deferred on nearly a third of the facilities it inspected, some of them for more than a decade.",
    "The {t} is expected to come up again at the next regular session, when members will also consider the annual budget and a long list of smaller spending requests.",
    "Turnout at public hearings on the {t} has been higher than for any local issue in recent memory, with some sessions running well past their scheduled end.",
    "Business owners along the waterfront are divided, with some welcoming the prospect of more visitors and others worried about months of construction outside their doors.",
    "The cost has grown with each revision of the plan, in part because the price of steel and concrete rose sharply over the past two years.",
    "Under the current timetable, the first phase would begin next summer and the whole project would be finished within {n} years, barring legal challenges or delays in funding.",
    "Few people expect the issue to be settled quickly, and both sides have begun raising money for what they describe as a long campaign.",
    "The agency has not published the full contract, citing commercial confidentiality, but it released a summary that runs to about {n} pages and leaves out most of the figures.",
    "Local newspapers have covered the {t} closely, and letters to the editor on the subject have outnumbered those on any other topic this year.",
    "Neither side has ruled out going to court, and lawyers for {g} have already filed requests for the internal documents behind the decision.",
    "The plan was drawn up by a working group of engineers, planners and elected officials who met behind closed doors for much of last year.",
    "It is not the first time the {t} has stalled, and several people who followed earlier rounds of the debate said the arguments had barely changed.",
    "The vote was scheduled for last week but was pushed back after two members said they had not had enough time to read the final version of the proposal.",
    "Officials have promised to publish a detailed breakdown of the costs before the next hearing, along with the responses to questions submitted by the public.",
];

/// Longer direct quotations, as news quotes them.
const LONG_QUOTES: &[&str] = &[
    "We have spent two years listening to people on every side of this, and I think we finally have a plan that most of them can live with",
    "Nobody is saying this will be cheap, but the cost of doing nothing is going to be much higher for the families who depend on that crossing",
    "I have been on this council for eleven years and I have never seen a proposal with this many unanswered questions",
    "The numbers have changed three times since the spring, and every time they have gone in the same direction",
    "We are asking for a fair hearing and a straight answer, and so far we have had neither",
    "If they want our support, they will have to show us the full contract, not a summary written by the people who negotiated it",
    "This is about whether the people who pay for it get a say in how it is built",
    "I understand why people are frustrated. We should have explained this much better from the start",
];

/// Reported content, longer than `CLAIMS`.
const LONG_CLAIMS: &[&str] = &[
    "the council would not vote on the plan until an independent review of the costs had been completed",
    "the agency had underestimated how long the work would disrupt traffic in the center of town",
    "the contract contained protections for workers that had been left out of earlier drafts",
    "residents near the site would be offered compensation if construction ran past the agreed hours",
    "the original estimate had been drawn up before the price of materials began to climb",
    "the project remained the best option available, despite the delays and the rising costs",
];

fn fill(r: &mut Rng, template: &str, topic: &str) -> String {
    template
        .replace("{t}", topic)
        .replace("{g}", r.pick(GROUPS))
        .replace("{o}", r.pick(ORGS))
        .replace("{n}", &(2 + r.below(40)).to_string())
}

fn narrative(r: &mut Rng, topic: &str, sentences: usize) -> String {
    let mut s: Vec<String> = Vec::new();
    for _ in 0..sentences {
        let t = r.pick(NARRATIVE);
        s.push(fill(r, t, topic));
    }
    s.join(" ")
}

fn news_quote_paragraph(r: &mut Rng, p: &Person, first: bool, topic: &str) -> String {
    let (who, pron) = named(p, first);
    let q = r.pick(LONG_QUOTES);
    let q2 = r.pick(LONG_QUOTES);
    let cue = r.pick(CUES);
    match r.below(9) {
        0 => format!("{}, {} {cue}.", quoted(r, q, ""), who),
        1 => format!("{who} {cue}: {}", quoted(r, q, ".")),
        2 => format!("{} {pron} {cue}. {}", quoted(r, q, ","), quoted(r, q2, ".")),
        3 => format!("{who} {cue} that {}.", r.pick(LONG_CLAIMS)),
        4 => format!("According to {who}, {}.", r.pick(LONG_CLAIMS)),
        5 => format!(
            "{who} said the talks were {}, but {}.",
            quoted(r, "very useful", ""),
            r.pick(LONG_CLAIMS)
        ),
        6 => {
            let short = r.pick(QUOTES);
            format!("{} {pron} asked.", quoted(r, short, "?"))
        }
        _ => format!(
            "{}, {who} {cue}. {}",
            quoted(r, q, ""),
            narrative(r, topic, 1)
        ),
    }
}

/// One calibrated article of roughly 3-6 KB: the hard cases of `article` at the rate real
/// news has them, in plain narrative prose.
pub fn news_article(r: &mut Rng) -> String {
    let topic = r.pick(TOPICS);
    let people: Vec<Person> = (0..3).map(|_| person(r)).collect();
    let mut paras = masthead(r, topic, 40, ", the latest in a series of delays.", |r| {
        narrative(r, topic, 1)
    });
    let n = 10 + r.below(10);
    let mut mentioned = [false; 3];
    for i in 0..n {
        match r.below(40) {
            0 | 1 if i > 3 => paras.push(r.pick(HEADINGS).to_string()),
            2 if i > 2 => paras.extend(list_paras(r, |r| narrative(r, topic, 1) + " ")),
            3..=25 => {
                let who = r.below(3);
                let first = !mentioned[who];
                mentioned[who] = true;
                paras.push(news_quote_paragraph(r, &people[who], first, topic));
            }
            26..=31 => {
                let s = narrative(r, topic, 1);
                paras.push(format!("{} {s}", r.pick(FACTS)));
            }
            _ => {
                let k = 1 + r.below(3);
                paras.push(narrative(r, topic, k));
            }
        }
    }
    layout(r, &paras)
}

/// `count` calibrated articles from `seed`.
pub fn news(seed: u64, count: usize) -> Vec<String> {
    let mut r = Rng::new(seed);
    (0..count).map(|_| news_article(&mut r)).collect()
}

/// `count` articles from `seed`.
pub fn batch(seed: u64, count: usize) -> Vec<String> {
    let mut r = Rng::new(seed);
    (0..count).map(|_| article(&mut r)).collect()
}

/// A user's own corpus, named by the environment variable `TIDINGS_CORPUS`: a directory
/// of `.txt` files (one article each), or one text file whose articles are separated by
/// three blank lines.
pub fn user_corpus() -> Option<(String, Vec<String>)> {
    let path = std::env::var("TIDINGS_CORPUS").ok()?;
    let p = std::path::Path::new(&path);
    let mut docs = Vec::new();
    if p.is_dir() {
        let mut entries: Vec<_> = std::fs::read_dir(p)
            .ok()?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .collect();
        entries.sort();
        for e in entries {
            if e.extension().is_some_and(|x| x == "txt") {
                if let Ok(s) = std::fs::read_to_string(&e) {
                    docs.push(s);
                }
            }
        }
    } else {
        let s = std::fs::read_to_string(p).ok()?;
        docs.extend(s.split("\n\n\n\n").map(str::to_owned));
    }
    Some((path, docs))
}

/// Total bytes of a batch.
pub fn bytes(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}

/// The generated batch used by every benchmark: 12,000 calibrated articles, about 41 MB.
pub fn news_batch() -> Vec<String> {
    news(42, 12_000)
}

/// The dense stress batch: 12,000 articles with a hard case in nearly every sentence,
/// about 35 MB.
pub fn dense_batch() -> Vec<String> {
    batch(42, 12_000)
}

/// The generated batch, the dense batch and the user's corpus, if any.
pub fn corpora() -> Vec<(String, Vec<String>)> {
    let mut c = vec![
        ("generated".to_owned(), news_batch()),
        ("dense".to_owned(), dense_batch()),
    ];
    c.extend(user_corpus());
    c
}

/// One criterion group named `group` measuring `count` over every corpus on one thread,
/// in bytes per second. The count is checked inside the measured closure so that the work
/// cannot be optimised away.
pub fn run_group(c: &mut criterion::Criterion, group: &str, count: fn(&str) -> usize) {
    let mut g = c.benchmark_group(group);
    g.sample_size(10);
    for (name, docs) in &corpora() {
        let expected: usize = docs.iter().map(|d| count(d)).sum();
        g.throughput(criterion::Throughput::Bytes(bytes(docs)));
        g.bench_function(name.as_str(), |b| {
            b.iter(|| {
                let n: usize = docs.iter().map(|d| count(std::hint::black_box(d))).sum();
                assert_eq!(n, expected);
                n
            })
        });
    }
    g.finish();
}
