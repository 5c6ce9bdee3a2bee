//! Analyse a large batch of articles on every core and write JSON Lines results.
//!
//! ```text
//! cargo run --release --example batch -- DIR_OF_TXT_FILES  > results.jsonl
//! cargo run --release --example batch -- articles.jsonl    > results.jsonl
//! ```
//!
//! Input is a directory of `.txt` files (the id is the file name) or a JSON Lines file of
//! `{"id": ..., "text": ...}` objects. Output lines are `{"id": ..., <analysis keys>}` in
//! input order, the same shape `extract --jsonl` writes. A file that cannot be read or is
//! not UTF-8, or a line that is not an article, is reported on stderr by name and line and
//! skipped; the batch goes on. Articles are read, analysed and written in chunks, so memory
//! stays bounded however large the input. A progress bar and a summary go to stderr.

mod common;

use indicatif::{ProgressBar, ProgressStyle};
use std::collections::HashSet;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Articles held in memory at once.
const CHUNK: usize = 512;

struct Article {
    id: serde_json::Value,
    text: String,
}

#[derive(Default)]
struct Totals {
    articles: u64,
    bytes: u64,
    sentences: u64,
    quotes: u64,
    lists: u64,
    skipped: u64,
    speakers: HashSet<String>,
}

fn main() -> ExitCode {
    let Some(input) = std::env::args().nth(1) else {
        eprintln!("usage: batch DIR_OF_TXT_FILES | FILE.jsonl  > results.jsonl");
        return ExitCode::from(2);
    };
    match run(Path::new(&input)) {
        Ok(t) if t.articles > 0 || t.skipped == 0 => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("batch: {input}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(input: &Path) -> io::Result<Totals> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut totals = Totals::default();
    let started = Instant::now();
    let bar;
    if input.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(input)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        bar = progress(Some(files.len() as u64), "files");
        for names in files.chunks(CHUNK) {
            let mut chunk = Vec::with_capacity(names.len());
            for path in names {
                match std::fs::read(path)
                    .map_err(|e| e.to_string())
                    .and_then(|b| {
                        String::from_utf8(b)
                            .map_err(|e| tidings::Error::from(e.utf8_error()).to_string())
                    }) {
                    Ok(text) => chunk.push(Article {
                        id: file_id(path),
                        text,
                    }),
                    Err(e) => {
                        bar.suspend(|| eprintln!("batch: skipped {}: {e}", path.display()));
                        totals.skipped += 1;
                    }
                }
            }
            process(&chunk, &mut out, &mut totals)?;
            bar.inc(names.len() as u64);
        }
    } else {
        let file = std::fs::File::open(input)?;
        bar = progress(file.metadata().ok().map(|m| m.len()), "bytes");
        let mut reader = BufReader::new(file);
        let mut line = Vec::new();
        let mut chunk = Vec::with_capacity(CHUNK);
        let mut number = 0u64;
        loop {
            line.clear();
            let n = reader.read_until(b'\n', &mut line)?;
            if n == 0 {
                break;
            }
            number += 1;
            bar.inc(n as u64);
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match parse_line(&line) {
                Ok(a) => chunk.push(a),
                Err(e) => {
                    bar.suspend(|| {
                        eprintln!("batch: skipped {} line {number}: {e}", input.display())
                    });
                    totals.skipped += 1;
                }
            }
            if chunk.len() == CHUNK {
                process(&chunk, &mut out, &mut totals)?;
                chunk.clear();
            }
        }
        process(&chunk, &mut out, &mut totals)?;
    }
    out.flush()?;
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    let mb = totals.bytes as f64 / 1e6;
    eprintln!(
        "{} articles, {:.1} MB in {:.2} s ({:.1} MB/s): {} sentences, {} quotes, {} lists, {} distinct speakers; {} skipped",
        totals.articles,
        mb,
        secs,
        mb / secs,
        totals.sentences,
        totals.quotes,
        totals.lists,
        totals.speakers.len(),
        totals.skipped
    );
    Ok(totals)
}

fn progress(len: Option<u64>, unit: &str) -> ProgressBar {
    let bar = match len {
        Some(n) => ProgressBar::new(n),
        None => ProgressBar::no_length(),
    };
    let template = format!("{{elapsed_precise}} [{{bar:40}}] {{pos}}/{{len}} {unit} ({{per_sec}})");
    if let Ok(style) = ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    bar
}

fn file_id(path: &Path) -> serde_json::Value {
    serde_json::Value::String(
        path.file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
    )
}

fn parse_line(line: &[u8]) -> Result<Article, String> {
    let text = tidings::from_utf8(line).map_err(|e| e.to_string())?;
    let mut v: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let id = v.get("id").cloned().unwrap_or(serde_json::Value::Null);
    match v.get_mut("text").map(serde_json::Value::take) {
        Some(serde_json::Value::String(text)) => Ok(Article { id, text }),
        _ => Err("no string \"text\" field".to_owned()),
    }
}

fn process(chunk: &[Article], out: &mut impl Write, totals: &mut Totals) -> io::Result<()> {
    let texts: Vec<&str> = chunk.iter().map(|a| a.text.as_str()).collect();
    let results = tidings::analyze_batch(&texts);
    for (article, analysis) in chunk.iter().zip(&results) {
        totals.articles += 1;
        totals.bytes += article.text.len() as u64;
        totals.sentences += analysis.sentences().len() as u64;
        totals.quotes += analysis.quotes().len() as u64;
        totals.lists += analysis.lists().len() as u64;
        for s in analysis.speakers() {
            if !totals.speakers.contains(s.name()) {
                totals.speakers.insert(s.name().to_owned());
            }
        }
        common::write_record(out, &article.id, analysis)?;
    }
    Ok(())
}
