//! Data-driven cases for the quotes stage: every `.toml` file under
//! `tests/data/quotes/` (articles and single-rule cases) holds `[[case]]` entries with a
//! text, every quote expected in it and, for articles, the speaker directory. The whole
//! output is compared; a failure prints expected and actual rows side by side.

use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
struct File {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    quote: Vec<ExpQuote>,
    speaker: Option<Vec<ExpSpeaker>>,
}

#[derive(Debug, Deserialize)]
struct ExpQuote {
    kind: String,
    text: String,
    speaker: Option<String>,
    name: Option<String>,
    cue: Option<String>,
    #[serde(default)]
    inferred: bool,
    /// A later part of a quotation split by its attribution.
    #[serde(default)]
    part: bool,
}

#[derive(Debug, Deserialize)]
struct ExpSpeaker {
    name: String,
    mentions: Vec<String>,
    direct: usize,
    mixed: usize,
    indirect: usize,
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "toml") {
            out.push(p);
        }
    }
}

fn kind_name(k: tidings::QuoteKind) -> &'static str {
    match k {
        tidings::QuoteKind::Direct => "direct",
        tidings::QuoteKind::Mixed => "mixed",
        tidings::QuoteKind::Indirect => "indirect",
        _ => "other",
    }
}

fn row(
    kind: &str,
    text: &str,
    speaker: Option<&str>,
    name: Option<&str>,
    cue: Option<&str>,
    inferred: bool,
    part: bool,
) -> String {
    format!(
        "{kind:<8} {text:?} | speaker {speaker:?} name {name:?} cue {cue:?}{}{}",
        if inferred { " (inferred)" } else { "" },
        if part { " (part)" } else { "" }
    )
}

fn compare(label: &str, expected: &[String], actual: &[String], failures: &mut Vec<String>) {
    if expected == actual {
        return;
    }
    let mut msg = format!("case {label}:\n");
    for i in 0..expected.len().max(actual.len()) {
        let e = expected.get(i).map_or("<none>", String::as_str);
        let a = actual.get(i).map_or("<none>", String::as_str);
        let mark = if e == a { "  " } else { "!!" };
        msg.push_str(&format!("{mark} expected {e}\n{mark} actual   {a}\n"));
    }
    failures.push(msg);
}

fn run_case(path: &Path, case: &Case, failures: &mut Vec<String>) -> usize {
    let label = format!("{} / {}", path.display(), case.name);
    let quotes = tidings::quotes(&case.text);
    let expected: Vec<String> = case
        .quote
        .iter()
        .map(|q| {
            row(
                &q.kind,
                &q.text,
                q.speaker.as_deref(),
                q.name.as_deref(),
                q.cue.as_deref(),
                q.inferred,
                q.part,
            )
        })
        .collect();
    let actual: Vec<String> = quotes
        .iter()
        .map(|q| {
            let sp = q.speaker();
            row(
                kind_name(q.kind()),
                q.as_str(),
                sp.map(|s| s.as_str()),
                sp.and_then(|s| s.name()),
                q.cue().map(|c| c.as_str()),
                q.is_inferred(),
                q.is_part(),
            )
        })
        .collect();
    compare(&label, &expected, &actual, failures);
    // The form that takes sentences must agree with the one that splits.
    let sentences: Vec<_> = tidings::sentences(&case.text).collect();
    let again = tidings::QuoteExtractor::default().extract_sentences(&case.text, &sentences);
    if again != quotes {
        failures.push(format!(
            "case {label}: extract_sentences differs from extract"
        ));
    }
    if let Some(exp) = &case.speaker {
        let dir = tidings::quotes::speakers(&quotes);
        let e: Vec<String> = exp
            .iter()
            .map(|s| {
                format!(
                    "{} {:?} direct {} mixed {} indirect {}",
                    s.name, s.mentions, s.direct, s.mixed, s.indirect
                )
            })
            .collect();
        let a: Vec<String> = dir
            .iter()
            .map(|s| {
                format!(
                    "{} {:?} direct {} mixed {} indirect {}",
                    s.name(),
                    s.mentions(),
                    s.count(tidings::QuoteKind::Direct),
                    s.count(tidings::QuoteKind::Mixed),
                    s.count(tidings::QuoteKind::Indirect)
                )
            })
            .collect();
        compare(&format!("{label} (speakers)"), &e, &a, failures);
    }
    1
}

#[test]
fn quote_cases() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/quotes");
    let mut paths = Vec::new();
    files(&root, &mut paths);
    assert!(!paths.is_empty(), "no case files under {}", root.display());
    let mut failures = Vec::new();
    let mut n = 0;
    for p in &paths {
        let src = std::fs::read_to_string(p).unwrap_or_default();
        let file: File = match toml::from_str(&src) {
            Ok(f) => f,
            Err(e) => {
                failures.push(format!("{}: {e}", p.display()));
                continue;
            }
        };
        for case in &file.case {
            n += run_case(p, case, &mut failures);
        }
    }
    assert!(n >= 12, "only {n} cases");
    if !failures.is_empty() {
        panic!(
            "{} of {n} quote cases failed:\n\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}

#[cfg(feature = "serde")]
#[test]
fn json_contract() {
    let text = "“We will not raise taxes,” Okafor told reporters. Nobody asked.";
    let quotes = tidings::quotes(text);
    let v = serde_json::to_value(&quotes).unwrap();
    let q = &v[0];
    let mut keys: Vec<&str> = q.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(
        keys,
        ["cue", "end", "inferred", "kind", "part", "speaker", "start", "text"]
    );
    assert_eq!(q["kind"], "direct");
    assert_eq!(q["start"], 0);
    assert_eq!(q["text"], "We will not raise taxes,");
    assert_eq!(q["speaker"]["text"], "Okafor");
    assert_eq!(q["speaker"]["name"], "Okafor");
    assert_eq!(q["cue"]["text"], "told reporters");
    assert_eq!(q["inferred"], false);
    let mut sk: Vec<String> = q["speaker"].as_object().unwrap().keys().cloned().collect();
    sk.sort();
    assert_eq!(sk, ["end", "name", "start", "text"]);
    let s = serde_json::to_value(tidings::quotes::speakers(&quotes)).unwrap();
    assert_eq!(s[0]["name"], "Okafor");
    assert_eq!(s[0]["mentions"][0], "Okafor");
    assert_eq!(s[0]["quotes"], 1);
}
