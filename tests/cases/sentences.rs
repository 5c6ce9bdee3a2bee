//! Data-driven cases for the sentences stage (files under tests/data/sentences/).
//!
//! Each file holds `[[case]]` tables: `name`, `text`, the expected `sentences` (strings in
//! order), and optionally `abbreviations` for a custom splitter. The runner checks the
//! strings, that each reported span covers exactly its text, and that spans are in order;
//! a failure prints expected and actual side by side.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

struct Case {
    name: String,
    text: String,
    sentences: Vec<String>,
    abbreviations: Vec<String>,
}

fn strings(v: Option<&toml::Value>) -> Vec<String> {
    v.and_then(toml::Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn case(path: &Path, t: &toml::Value) -> Case {
    let field = |k: &str| {
        t.get(k)
            .and_then(toml::Value::as_str)
            .unwrap_or_else(|| panic!("{}: a case without `{k}`", path.display()))
            .to_owned()
    };
    assert!(
        t.get("sentences").is_some_and(toml::Value::is_array),
        "{}: case {:?} has no `sentences` list",
        path.display(),
        t.get("name")
    );
    Case {
        name: field("name"),
        text: field("text"),
        sentences: strings(t.get("sentences")),
        abbreviations: strings(t.get("abbreviations")),
    }
}

fn data_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sentences");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

fn load() -> Vec<(String, Case)> {
    let mut out = Vec::new();
    for path in data_files() {
        let src = std::fs::read_to_string(&path).unwrap();
        let file: toml::Table =
            toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let list = file.get("case").and_then(toml::Value::as_array);
        for t in list.into_iter().flatten() {
            out.push((stem.clone(), case(&path, t)));
        }
    }
    out
}

/// Expected and actual, one sentence per row, `≠` where they differ.
fn side_by_side(expected: &[String], actual: &[&str]) -> String {
    let width = expected
        .iter()
        .map(|s| format!("{s:?}").chars().count())
        .max()
        .unwrap_or(0)
        .min(70);
    let mut out = format!("   {:<width$} | actual\n", "expected");
    for i in 0..expected.len().max(actual.len()) {
        let e = expected.get(i).map_or("", String::as_str);
        let a = actual.get(i).copied().unwrap_or("");
        let mark = if e == a { ' ' } else { '≠' };
        let e = format!("{e:?}");
        let _ = writeln!(out, " {mark} {e:<width$} | {a:?}");
    }
    out
}

/// Runs one case; `Err` holds the report.
fn run(file: &str, case: &Case) -> Result<(), String> {
    let splitter = if case.abbreviations.is_empty() {
        tidings::SentenceSplitter::default()
    } else {
        let mut b = tidings::SentenceSplitter::builder();
        for a in &case.abbreviations {
            b = b.abbreviation(a.clone());
        }
        b.build()
            .map_err(|e| format!("{file}::{}: {e}", case.name))?
    };
    let got: Vec<tidings::Sentence<'_>> = splitter.split(&case.text).collect();
    let actual: Vec<&str> = got.iter().map(|s| s.as_str()).collect();
    let mut problems = Vec::new();
    if actual != case.sentences {
        problems.push(side_by_side(&case.sentences, &actual));
    }
    let mut last = 0;
    for s in &got {
        if case.text.get(s.span().range()) != Some(s.as_str()) {
            problems.push(format!(
                "   span {:?} does not cover {:?}\n",
                s.span(),
                s.as_str()
            ));
        }
        if s.start() < last {
            problems.push(format!("   span {:?} starts before {last}\n", s.span()));
        }
        last = s.end();
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{file}::{}  text {:?}\n{}",
            case.name,
            case.text,
            problems.concat()
        ))
    }
}

#[test]
fn sentence_cases() {
    let cases = load();
    assert!(cases.len() >= 250, "only {} sentence cases", cases.len());
    let filter = std::env::var("CASE").unwrap_or_default();
    let mut failures = Vec::new();
    let mut ran = 0;
    for (file, case) in &cases {
        if !case.name.contains(&filter) {
            continue;
        }
        ran += 1;
        if let Err(report) = run(file, case) {
            failures.push(report);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {ran} sentence cases failed:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn case_names_are_unique() {
    let cases = load();
    let mut names: Vec<&str> = cases.iter().map(|(_, c)| c.name.as_str()).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "duplicate case names");
}
