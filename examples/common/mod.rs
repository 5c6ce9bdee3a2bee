//! JSON Lines records shared by `extract --jsonl` and `batch`: one line
//! `{"id": ..., <analysis keys>}` per article.

use std::io::{self, Write};

/// Writes `{"id": <id>, <the keys of the analysis>}` and a newline.
pub fn write_record(
    out: &mut impl Write,
    id: &serde_json::Value,
    analysis: &tidings::Analysis<'_>,
) -> io::Result<()> {
    let body = serde_json::to_string(analysis)?;
    out.write_all(b"{\"id\":")?;
    serde_json::to_writer(&mut *out, id)?;
    // `body` is a JSON object: splice its keys in after the id.
    match body.strip_prefix('{') {
        Some("}") | None => out.write_all(b"}")?,
        Some(rest) => {
            out.write_all(b",")?;
            out.write_all(rest.as_bytes())?;
        }
    }
    out.write_all(b"\n")
}
