//! Data-driven cases for the blocks stage (files under tests/data/blocks/): block kinds,
//! headings, and lists with their lead-ins and counts.
//!
//! Each file holds `[[case]]` tables with a `name`, a `text` and any of these
//! expectations (only those given are checked):
//!
//! - `blocks = ["heading: Budget", "paragraph: The council met."]`: every block, in order,
//!   as `kind: text` (kinds in snake case, text as the block's span covers it).
//! - `kinds = ["heading", "paragraph"]`: every block's kind, in order.
//! - `absent = ["list_item"]`: kinds no block may have.
//! - `headings = ["Budget"]`: every heading's text; `levels = [1, 0]`: their levels, 0 for
//!   none.
//! - `list_count = 1`: how many top-level lists.
//! - `[[case.lists]]`: the top-level lists in order, each with any of `items` (flattened
//!   item texts in document order), `depths`, `markers` (as written), `ordered`, `marker`
//!   (the style: `-`, `1.`, `(a)`), `start_number` (0 for none), `lead_in` (`""` for none),
//!   `declared_count` (0 for none) and `count_matches` (`"yes"`, `"no"` or `"none"`).

use std::fmt::Write as _;
use std::path::Path;

use tidings::{BlockKind, List};

#[derive(Debug)]
struct Failure {
    file: String,
    case: String,
    what: String,
    expected: String,
    actual: String,
}

fn kind_name(k: BlockKind) -> &'static str {
    match k {
        BlockKind::Paragraph => "paragraph",
        BlockKind::Heading => "heading",
        BlockKind::ListItem => "list_item",
        BlockKind::Byline => "byline",
        BlockKind::Rule => "rule",
        _ => "other",
    }
}

fn style_name(l: &List<'_>) -> String {
    use tidings::{Delimiter, MarkerStyle};
    let wrap = |body: &str, d: Delimiter| match d {
        Delimiter::Period => format!("{body}."),
        Delimiter::Paren => format!("{body})"),
        _ => format!("({body})"),
    };
    match l.style() {
        MarkerStyle::Bullet(c) => c.to_string(),
        MarkerStyle::Decimal(d) => wrap("1", d),
        MarkerStyle::LowerAlpha(d) => wrap("a", d),
        MarkerStyle::UpperAlpha(d) => wrap("A", d),
        MarkerStyle::LowerRoman(d) => wrap("i", d),
        MarkerStyle::UpperRoman(d) => wrap("I", d),
        MarkerStyle::Unmarked => String::new(),
        _ => "?".to_string(),
    }
}

/// Items of a list and its sub-lists in document order, with depths.
fn flatten<'a>(l: &List<'a>, out: &mut Vec<(String, usize, String)>, text: &'a str) {
    let mut stack: Vec<(&List<'a>, usize)> = vec![(l, 0)];
    while let Some((list, i)) = stack.pop() {
        let Some(item) = list.items().get(i) else {
            continue;
        };
        out.push((
            item.as_str().to_string(),
            item.depth(),
            item.marker().as_str(text).to_string(),
        ));
        stack.push((list, i + 1));
        for sub in item.sublists().iter().rev() {
            stack.push((sub, 0));
        }
    }
}

fn strings(v: Option<&toml::Value>) -> Option<Vec<String>> {
    v?.as_array().map(|a| {
        a.iter()
            .map(|x| match x {
                toml::Value::String(s) => s.clone(),
                other => other.to_string(),
            })
            .collect()
    })
}

fn show<T: std::fmt::Debug>(v: &[T]) -> String {
    let mut s = String::new();
    for x in v {
        let _ = writeln!(s, "    {x:?}");
    }
    if s.is_empty() {
        s.push_str("    (none)\n");
    }
    s
}

fn check_case(file: &str, case: &toml::Table, failures: &mut Vec<Failure>) {
    let name = case
        .get("name")
        .and_then(|v| v.as_str())
        .unwrap_or("<unnamed>")
        .to_string();
    let text = case.get("text").and_then(|v| v.as_str()).unwrap_or("");
    let blocks: Vec<_> = tidings::blocks(text).collect();
    let mut fail = |what: &str, expected: String, actual: String| {
        failures.push(Failure {
            file: file.to_string(),
            case: name.clone(),
            what: what.to_string(),
            expected,
            actual,
        });
    };

    if let Some(exp) = strings(case.get("blocks")) {
        let act: Vec<String> = blocks
            .iter()
            .map(|b| format!("{}: {}", kind_name(b.kind()), b.as_str()))
            .collect();
        if exp != act {
            fail("blocks", show(&exp), show(&act));
        }
    }
    if let Some(exp) = strings(case.get("kinds")) {
        let act: Vec<String> = blocks
            .iter()
            .map(|b| kind_name(b.kind()).to_string())
            .collect();
        if exp != act {
            fail("kinds", show(&exp), show(&act));
        }
    }
    if let Some(absent) = strings(case.get("absent")) {
        let bad: Vec<String> = blocks
            .iter()
            .filter(|b| absent.iter().any(|k| k == kind_name(b.kind())))
            .map(|b| format!("{}: {}", kind_name(b.kind()), b.as_str()))
            .collect();
        if !bad.is_empty() {
            fail(
                "absent kinds",
                format!("    none of {absent:?}\n"),
                show(&bad),
            );
        }
    }
    let headings = tidings::lists::headings_from_blocks(&blocks);
    if let Some(exp) = strings(case.get("headings")) {
        let act: Vec<String> = headings.iter().map(|h| h.as_str().to_string()).collect();
        if exp != act {
            fail("headings", show(&exp), show(&act));
        }
    }
    if let Some(exp) = strings(case.get("levels")) {
        let act: Vec<String> = headings
            .iter()
            .map(|h| h.level().unwrap_or(0).to_string())
            .collect();
        if exp != act {
            fail("heading levels", show(&exp), show(&act));
        }
    }
    let lists = tidings::lists::lists_from_blocks(text, &blocks);
    if let Some(n) = case.get("list_count").and_then(|v| v.as_integer()) {
        if n as usize != lists.len() {
            let act: Vec<String> = lists
                .iter()
                .map(|l| l.span().as_str(text).to_string())
                .collect();
            fail(
                "list count",
                format!("    {n}\n"),
                format!("    {}\n{}", lists.len(), show(&act)),
            );
        }
    }
    let Some(exp_lists) = case.get("lists").and_then(|v| v.as_array()) else {
        return;
    };
    if exp_lists.len() != lists.len() {
        let act: Vec<String> = lists
            .iter()
            .map(|l| l.span().as_str(text).to_string())
            .collect();
        fail(
            "number of lists",
            format!("    {}\n", exp_lists.len()),
            format!("    {}\n{}", lists.len(), show(&act)),
        );
        return;
    }
    for (i, (exp, act)) in exp_lists.iter().zip(&lists).enumerate() {
        let Some(exp) = exp.as_table() else {
            continue;
        };
        let mut flat = Vec::new();
        flatten(act, &mut flat, text);
        let mut cmp = |field: &str, e: String, a: String| {
            if e != a {
                fail(
                    &format!("list {i} {field}"),
                    format!("    {e}\n"),
                    format!("    {a}\n"),
                );
            }
        };
        if let Some(e) = strings(exp.get("items")) {
            let a: Vec<String> = flat.iter().map(|x| x.0.clone()).collect();
            cmp("items", format!("{e:?}"), format!("{a:?}"));
        }
        if let Some(e) = strings(exp.get("depths")) {
            let a: Vec<String> = flat.iter().map(|x| x.1.to_string()).collect();
            cmp("depths", format!("{e:?}"), format!("{a:?}"));
        }
        if let Some(e) = strings(exp.get("markers")) {
            let a: Vec<String> = flat.iter().map(|x| x.2.clone()).collect();
            cmp("markers", format!("{e:?}"), format!("{a:?}"));
        }
        if let Some(e) = exp.get("ordered").and_then(|v| v.as_bool()) {
            cmp("ordered", e.to_string(), act.is_ordered().to_string());
        }
        if let Some(e) = exp.get("marker").and_then(|v| v.as_str()) {
            cmp("marker", e.to_string(), style_name(act));
        }
        if let Some(e) = exp.get("start_number").and_then(|v| v.as_integer()) {
            cmp(
                "start_number",
                e.to_string(),
                act.start_number().unwrap_or(0).to_string(),
            );
        }
        if let Some(e) = exp.get("lead_in").and_then(|v| v.as_str()) {
            cmp(
                "lead_in",
                format!("{e:?}"),
                format!("{:?}", act.lead_in().map_or("", |f| f.as_str())),
            );
        }
        if let Some(e) = exp.get("declared_count").and_then(|v| v.as_integer()) {
            cmp(
                "declared_count",
                e.to_string(),
                act.declared_count().unwrap_or(0).to_string(),
            );
        }
        if let Some(e) = exp.get("count_matches").and_then(|v| v.as_str()) {
            let a = match act.count_matches() {
                Some(true) => "yes",
                Some(false) => "no",
                None => "none",
            };
            cmp("count_matches", e.to_string(), a.to_string());
        }
    }
}

#[test]
fn blocks_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/blocks");
    let filter = std::env::var("CASE").unwrap_or_default();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data/blocks exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for path in &files {
        let src = std::fs::read_to_string(path).expect("readable case file");
        let table: toml::Table = src
            .parse()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let file = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        for case in table
            .get("case")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            let Some(case) = case.as_table() else {
                continue;
            };
            let name = case.get("name").and_then(|v| v.as_str()).unwrap_or("");
            if !filter.is_empty() && !name.contains(&filter) {
                continue;
            }
            count += 1;
            check_case(&file, case, &mut failures);
        }
    }
    assert!(count > 0 || !filter.is_empty(), "no cases found");
    if !failures.is_empty() {
        let mut report = String::new();
        for f in &failures {
            let _ = write!(
                report,
                "\n{} / {} — {}\n  expected:\n{}  actual:\n{}",
                f.file, f.case, f.what, f.expected, f.actual
            );
        }
        panic!(
            "{} of {count} block cases failed:{report}",
            failures
                .iter()
                .map(|f| (&f.file, &f.case))
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        );
    }
    eprintln!("{count} block cases passed");
}
