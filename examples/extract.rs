//! The main job: analyse one news article and print what `tidings` finds in it.
//!
//! ```text
//! cargo run --release --example extract                 # the bundled sample article
//! cargo run --release --example extract -- article.txt # a file ("-" for stdin)
//! cargo run --release --example extract -- --json article.txt
//! cargo run --release --example extract -- --jsonl < articles.jsonl > results.jsonl
//! ```
//!
//! `--jsonl` reads JSON Lines `{"id": ..., "text": ...}` on standard input and writes one
//! line `{"id": ..., <analysis keys>}` per article, one article in memory at a time, so it
//! can run as a mapper under Spark `pipe` or Hadoop streaming. A line that is not JSON or
//! has no string `text` gets `{"id": ..., "error": "..."}` and the stream goes on.

mod common;

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const SAMPLE: &str = include_str!("data/sample_article.txt");

fn main() -> ExitCode {
    let mut json = false;
    let mut jsonl = false;
    let mut path: Option<String> = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "--jsonl" => jsonl = true,
            "-h" | "--help" => {
                println!("usage: extract [--json] [PATH | -]\n       extract --jsonl < in.jsonl > out.jsonl");
                return ExitCode::SUCCESS;
            }
            _ if path.is_none() => path = Some(arg),
            _ => {
                eprintln!("extract: unexpected argument {arg:?} (see --help)");
                return ExitCode::from(2);
            }
        }
    }
    let result = if jsonl {
        run_jsonl()
    } else {
        run_one(path.as_deref(), json)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::FAILURE
        }
    }
}

fn read_input(path: Option<&str>) -> io::Result<String> {
    let bytes = match path {
        None => return Ok(SAMPLE.to_owned()),
        Some("-") => {
            let mut b = Vec::new();
            io::stdin().lock().read_to_end(&mut b)?;
            b
        }
        Some(p) => std::fs::read(p).map_err(|e| io::Error::new(e.kind(), format!("{p}: {e}")))?,
    };
    let name = path.unwrap_or("-");
    String::from_utf8(bytes).map_err(|e| {
        let err = tidings::Error::from(e.utf8_error());
        io::Error::new(io::ErrorKind::InvalidData, format!("{name}: {err}"))
    })
}

fn run_one(path: Option<&str>, json: bool) -> io::Result<()> {
    let text = read_input(path)?;
    let analysis = tidings::analyze(&text);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if json {
        serde_json::to_writer_pretty(&mut out, &analysis)?;
        writeln!(out)?;
    } else {
        summary(&mut out, &analysis)?;
    }
    out.flush()
}

fn run_jsonl() -> io::Result<()> {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut line = String::new();
    let mut input = stdin.lock();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            break;
        }
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<serde_json::Value>(&line) {
            Err(e) => error_line(
                &mut out,
                &serde_json::Value::Null,
                &format!("not valid JSON: {e}"),
            )?,
            Ok(v) => {
                let id = v.get("id").cloned().unwrap_or(serde_json::Value::Null);
                match v.get("text").and_then(|t| t.as_str()) {
                    None => error_line(&mut out, &id, "no string \"text\" field")?,
                    Some(text) => common::write_record(&mut out, &id, &tidings::analyze(text))?,
                }
            }
        }
    }
    out.flush()
}

fn error_line(out: &mut impl Write, id: &serde_json::Value, msg: &str) -> io::Result<()> {
    out.write_all(b"{\"id\":")?;
    serde_json::to_writer(&mut *out, id)?;
    out.write_all(b",\"error\":")?;
    serde_json::to_writer(&mut *out, msg)?;
    out.write_all(b"}\n")
}

fn summary(out: &mut impl Write, a: &tidings::Analysis<'_>) -> io::Result<()> {
    let text = a.text();
    writeln!(
        out,
        "{} bytes, {} blocks, {} sentences, {} quotes, {} speakers, {} headings, {} lists\n",
        text.len(),
        a.blocks().len(),
        a.sentences().len(),
        a.quotes().len(),
        a.speakers().len(),
        a.headings().len(),
        a.lists().len()
    )?;
    writeln!(out, "Outline")?;
    let mut lists = a.lists().iter().peekable();
    for h in a.headings() {
        while let Some(l) = lists.next_if(|l| l.span().start() < h.span().start()) {
            list_line(out, l)?;
        }
        let indent = "  ".repeat(usize::from(h.level().unwrap_or(1).saturating_sub(1)));
        writeln!(out, "  {indent}# {}", h.as_str())?;
    }
    for l in lists {
        list_line(out, l)?;
    }
    writeln!(out, "\nQuotes")?;
    for (i, q) in a.quotes().iter().enumerate() {
        let who = match q.speaker() {
            Some(s) => {
                let name = s.name().unwrap_or("(unresolved)");
                let inferred = if q.is_inferred() { ", inferred" } else { "" };
                format!("{name} [as {:?}{inferred}]", s.as_str())
            }
            None => "(no speaker)".to_owned(),
        };
        let cue = q
            .cue()
            .map_or(String::new(), |c| format!(" cue {:?}", c.as_str()));
        writeln!(out, "  {:>2}. {:?} {who}{cue}", i + 1, q.kind())?;
        writeln!(out, "      {}", clip(q.as_str(), 110))?;
    }
    writeln!(out, "\nSpeakers")?;
    for s in a.speakers() {
        writeln!(
            out,
            "  {:<24} {} quote(s) (direct {}, mixed {}, indirect {}); called {:?}",
            s.name(),
            s.quote_count(),
            s.count(tidings::QuoteKind::Direct),
            s.count(tidings::QuoteKind::Mixed),
            s.count(tidings::QuoteKind::Indirect),
            s.mentions()
        )?;
    }
    writeln!(out, "\nSentences")?;
    for (i, s) in a.sentences().iter().enumerate() {
        writeln!(
            out,
            "  {:>3} [{}..{}] {}",
            i + 1,
            s.start(),
            s.end(),
            clip(s.as_str(), 100)
        )?;
    }
    Ok(())
}

fn list_line(out: &mut impl Write, l: &tidings::List<'_>) -> io::Result<()> {
    let lead = l.lead_in().map_or("(no lead-in)".to_owned(), |f| {
        format!("{:?}", clip(f.as_str(), 70))
    });
    let count = match (l.declared_count(), l.count_matches()) {
        (Some(n), Some(true)) => format!("; announces {n}, found {}: matches", l.items().len()),
        (Some(n), _) => format!("; announces {n}, found {}: MISMATCH", l.items().len()),
        _ => String::new(),
    };
    let kind = if l.is_ordered() {
        "ordered"
    } else if l.style() == tidings::MarkerStyle::Unmarked {
        "unmarked"
    } else {
        "bulleted"
    };
    writeln!(
        out,
        "  [{kind} list of {} items] lead-in {lead}{count}",
        l.items().len()
    )?;
    for item in l.items() {
        writeln!(out, "    - {}", clip(item.as_str(), 90))?;
    }
    Ok(())
}

fn clip(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &flat[..i]),
        None => flat,
    }
}
