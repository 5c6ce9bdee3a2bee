//! Prints the sentences of files for evaluation against other splitters.
//!
//! `cargo run --release --example eval_sentences -- PATH...`
//!
//! A `.jsonl` path holds one `{"id": ..., "text": ...}` object per line; any other path
//! is one plain-text document. Each document gives one JSON line on stdout:
//! `{"id": ..., "spans": [[start, end], ...], "sentences": ["...", ...]}`, offsets in
//! UTF-8 bytes. A missing or unreadable path is reported on stderr and skipped.
use std::io::Write;

fn emit(out: &mut impl Write, id: serde_json::Value, text: &str) -> std::io::Result<()> {
    let sentences: Vec<tidings::Sentence<'_>> = tidings::sentences(text).collect();
    let spans: Vec<[usize; 2]> = sentences.iter().map(|s| [s.start(), s.end()]).collect();
    let texts: Vec<&str> = sentences.iter().map(|s| s.as_str()).collect();
    let line = serde_json::json!({ "id": id, "spans": spans, "sentences": texts });
    writeln!(out, "{line}")
}

fn main() -> std::io::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let data = match std::fs::read_to_string(&path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{path}: {e}");
                failed = true;
                continue;
            }
        };
        if path.ends_with(".jsonl") {
            for (n, line) in data.lines().enumerate() {
                let v: serde_json::Value = match serde_json::from_str(line) {
                    Ok(v) => v,
                    Err(e) => {
                        eprintln!("{path}:{}: {e}", n + 1);
                        failed = true;
                        continue;
                    }
                };
                let id = v.get("id").cloned().unwrap_or(serde_json::Value::Null);
                let text = v.get("text").and_then(|t| t.as_str()).unwrap_or("");
                emit(&mut out, id, text)?;
            }
        } else {
            emit(&mut out, serde_json::Value::String(path.clone()), &data)?;
        }
    }
    out.flush()?;
    if failed {
        std::process::exit(1);
    }
    Ok(())
}
