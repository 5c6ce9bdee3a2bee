//! Measures quote extraction against the PolNeAR attribution corpus (brat standoff).
//!
//! ```text
//! cargo run --release --example eval_polnear -- /path/to/polnear-dev [--verbose]
//! ```
//!
//! The directory holds `text/NAME.txt` and `attributions/NAME_XXXX.ann`; offsets in the
//! annotations count Unicode characters. Where an article has several annotators, the
//! first annotation file in name order is used. Nothing from the corpus is stored.
//!
//! Matching rule:
//! - Gold speech attributions: those whose cue is a speech or writing word (a fixed list
//!   below, independent of the library's lexicon), or that have no cue word but a quote
//!   mark or dash cue, plus every attribution whose content holds a quotation mark.
//! - Gold direct quote: a speech attribution whose content, once a leading `that` and
//!   trailing punctuation are trimmed, starts with an opening mark and ends with a closing
//!   one.
//! - The parts of a quotation split by its attribution (`Quote::is_part`) are joined
//!   into one prediction with discontinuous content, as the gold gives it.
//! - A predicted quote finds a gold attribution (recall) when their content spans overlap
//!   by at least half of the gold content's length. A predicted quote is correct
//!   (precision) when at least half of its content lies inside gold attribution content
//!   (of any attribution, speech or not; a split quotation may cover two gold ones).
//! - The speaker of a found gold quote is right when the predicted speaker mention
//!   overlaps the gold Source span, or the last word of the predicted resolved name
//!   occurs in the gold Source text, or the mention's text equals the gold Source text
//!   (an inferred speaker points at an earlier mention of the same voice). Gold quotes without a Source are left out of this
//!   share.

use std::collections::HashMap;
use std::path::Path;

#[derive(Clone, Debug, Default)]
struct Gold {
    content: Vec<(usize, usize)>,
    source: Vec<(usize, usize)>,
    cue: String,
    speech: bool,
    direct: bool,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: eval_polnear <polnear-dir> [--verbose]");
        return;
    };
    let verbose = args.any(|a| a == "--verbose");
    let dir = Path::new(&dir);
    let Ok(entries) = std::fs::read_dir(dir.join("text")) else {
        eprintln!("no text/ directory under {}", dir.display());
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let mut anns: Vec<String> = std::fs::read_dir(dir.join("attributions"))
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| e.file_name().into_string().ok())
                .filter(|n| n.ends_with(".ann"))
                .collect()
        })
        .unwrap_or_default();
    anns.sort();

    let mut st = Stats::default();
    for name in &names {
        let stem = name.trim_end_matches(".txt");
        let Some(ann) = anns.iter().find(|a| {
            a.strip_prefix(stem)
                .is_some_and(|rest| rest.starts_with('_') && rest.len() == 9)
        }) else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(dir.join("text").join(name)) else {
            continue;
        };
        let Ok(ann_text) = std::fs::read_to_string(dir.join("attributions").join(ann)) else {
            continue;
        };
        let golds = parse(&text, &ann_text);
        evaluate(stem, &text, &golds, &mut st, verbose);
    }
    st.report();
}

/// Byte offset of every char offset (plus the end).
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

/// A brat text-bound annotation: its type, byte ranges and surface text.
type TextBound = (String, Vec<(usize, usize)>, String);

fn parse(text: &str, ann: &str) -> Vec<Gold> {
    let map = char_to_byte(text);
    let conv = |c: usize| map.get(c).copied().unwrap_or(text.len());
    let mut spans: HashMap<&str, TextBound> = HashMap::new();
    let mut events = Vec::new();
    for line in ann.lines() {
        let mut parts = line.split('\t');
        let id = parts.next().unwrap_or("");
        let body = parts.next().unwrap_or("");
        let surface = parts.next().unwrap_or("").to_string();
        if id.starts_with('T') {
            let (kind, ranges) = body.split_once(' ').unwrap_or((body, ""));
            let rs = ranges
                .split(';')
                .filter_map(|r| {
                    let (a, b) = r.trim().split_once(' ')?;
                    Some((conv(a.parse().ok()?), conv(b.parse().ok()?)))
                })
                .collect();
            spans.insert(id, (kind.to_string(), rs, surface));
        } else if id.starts_with('E') {
            events.push(body.to_string());
        }
    }
    let mut out = Vec::new();
    for e in events {
        let mut g = Gold::default();
        for part in e.split(' ') {
            let Some((role, tid)) = part.split_once(':') else {
                continue;
            };
            let Some((_, rs, surface)) = spans.get(tid) else {
                continue;
            };
            match role {
                "Content" => g.content = rs.clone(),
                "Source" => g.source = rs.clone(),
                "Cue" => g.cue = surface.to_lowercase(),
                _ => {}
            }
        }
        if g.content.is_empty() {
            continue;
        }
        let content: String = g
            .content
            .iter()
            .map(|&(a, b)| text.get(a..b).unwrap_or(""))
            .collect::<Vec<_>>()
            .join(" ");
        // Archive text writes double quotation marks as two apostrophes (`''`).
        let has_mark = content.contains(['“', '”', '"']) || content.contains("''");
        g.speech = has_mark || is_speech_cue(&g.cue);
        let t = content
            .trim()
            .trim_start_matches("that ")
            .trim_end_matches(['.', ',', ' ', ';', ':']);
        let opens = t.starts_with(['“', '"']) || t.starts_with("''");
        let closes = t.ends_with(['”', '"'])
            || t.ends_with("''")
            || t.trim_end_matches(['.', ',', '!', '?'])
                .ends_with(['”', '"']);
        g.direct = g.speech && opens && closes;
        out.push(g);
    }
    out
}

fn is_speech_cue(cue: &str) -> bool {
    // Verbs of saying and writing (verba dicendi) and cue phrases. Evaluative verbs
    // that take a noun object (criticize, cite, call for, attack) are left out unless
    // the content holds a quotation mark.
    const STEMS: &[&str] = &[
        "say",
        "said",
        "tell",
        "told",
        "add",
        "note",
        "wrote",
        "write",
        "writing",
        "according",
        "claim",
        "announc",
        "warn",
        "ask",
        "argu",
        "acknowledg",
        "insist",
        "explain",
        "suggest",
        "report",
        "recall",
        "declar",
        "stat",
        "tweet",
        "post",
        "repl",
        "respon",
        "comment",
        "remark",
        "confirm",
        "deni",
        "deny",
        "admit",
        "conced",
        "predict",
        "complain",
        "testif",
        "reveal",
        "disclos",
        "promis",
        "pledg",
        "vow",
        "boast",
        "joke",
        "quip",
        "shout",
        "yell",
        "conclud",
        "reiterat",
        "repeat",
        "stress",
        "emphasi",
        "caution",
        "alleg",
        "counter",
        "retort",
        "answer",
        "inform",
        "assur",
        "proclaim",
        "affirm",
        "mention",
        "―",
        "—",
        ":",
        "quot",
        "interview",
        "statement",
        "observ",
        "recount",
        "lament",
        "clarif",
        "indicat",
    ];
    let words: Vec<&str> = cue.split(|c: char| c.is_whitespace()).collect();
    words.iter().any(|w| {
        STEMS
            .iter()
            .any(|s| w.starts_with(s) || (s.chars().count() == 1 && w == s))
    })
}

fn overlap(a: &[(usize, usize)], b: (usize, usize)) -> usize {
    a.iter()
        .map(|&(s, e)| e.min(b.1).saturating_sub(s.max(b.0)))
        .sum()
}

fn len(a: &[(usize, usize)]) -> usize {
    a.iter().map(|&(s, e)| e.saturating_sub(s)).sum()
}

#[derive(Default)]
struct Stats {
    gold_speech: usize,
    speech_found: usize,
    gold_direct: usize,
    direct_found: usize,
    direct_with_source: usize,
    direct_speaker_right: usize,
    gold_indirect: usize,
    indirect_found: usize,
    pred: usize,
    pred_ok: usize,
    pred_indirect: usize,
    pred_indirect_ok: usize,
}

fn evaluate(name: &str, text: &str, golds: &[Gold], st: &mut Stats, verbose: bool) {
    let all = tidings::quotes(text);
    // The parts of a quotation split by its attribution are matched together, as the
    // gold gives them: one attribution with discontinuous content. Each group is one
    // prediction; `quotes[i]` is its first part.
    let mut quotes: Vec<tidings::Quote<'_>> = Vec::new();
    let mut groups: Vec<Vec<(usize, usize)>> = Vec::new();
    for q in &all {
        let c = (q.content().start(), q.content().end());
        match groups.last_mut() {
            Some(g) if q.is_part() => g.push(c),
            _ => {
                quotes.push(*q);
                groups.push(vec![c]);
            }
        }
    }
    for g in golds.iter().filter(|g| g.speech) {
        st.gold_speech += 1;
        let gl = len(&g.content).max(1);
        let ov = |parts: &[(usize, usize)]| -> usize {
            parts.iter().map(|&s| overlap(&g.content, s)).sum()
        };
        let hit = groups
            .iter()
            .enumerate()
            .filter(|(_, parts)| ov(parts) * 2 >= gl)
            .max_by_key(|(_, parts)| ov(parts))
            .map(|(i, _)| i);
        if hit.is_some() {
            st.speech_found += 1;
        }
        if !g.direct {
            st.gold_indirect += 1;
            if hit.is_some() {
                st.indirect_found += 1;
            }
        }
        if g.direct {
            st.gold_direct += 1;
            match hit {
                Some(i) => {
                    st.direct_found += 1;
                    if !g.source.is_empty() {
                        st.direct_with_source += 1;
                        let q = &quotes[i];
                        let right = q.speaker().is_some_and(|sp| {
                            let m = (sp.span().start(), sp.span().end());
                            let by_span = overlap(&g.source, m) > 0;
                            let src: String = g
                                .source
                                .iter()
                                .map(|&(a, b)| text.get(a..b).unwrap_or(""))
                                .collect::<Vec<_>>()
                                .join(" ");
                            let by_name = sp.name().is_some_and(|n| {
                                n.split_whitespace().last().is_some_and(|l| src.contains(l))
                            });
                            // An inferred speaker points at an earlier mention: the same
                            // words ("I", "Mr. Obama") name the same voice.
                            let by_text = sp.as_str().eq_ignore_ascii_case(src.trim());
                            by_span || by_name || by_text
                        });
                        if right {
                            st.direct_speaker_right += 1;
                        } else if verbose {
                            let src: Vec<&str> =
                                g.source.iter().map(|&(a, b)| &text[a..b]).collect();
                            println!(
                                "SPEAKER {name}: gold {:?} got {:?}/{:?} for {:?}",
                                src,
                                q.speaker().map(|s| s.as_str()),
                                q.speaker().and_then(|s| s.name()),
                                short(q.as_str())
                            );
                        }
                    }
                }
                None => {
                    if verbose {
                        let c: Vec<&str> = g.content.iter().map(|&(a, b)| &text[a..b]).collect();
                        println!("MISSED-DIRECT {name}: {:?}", short(&c.join(" | ")));
                    }
                }
            }
        } else if hit.is_none() && verbose {
            let c: Vec<&str> = g.content.iter().map(|&(a, b)| &text[a..b]).collect();
            println!("MISSED {name} [{}]: {:?}", g.cue, short(&c.join(" | ")));
        }
    }
    // Every byte that some gold attribution's content covers.
    let mut covered = vec![false; text.len()];
    for g in golds {
        for &(a, b) in &g.content {
            if let Some(c) = covered.get_mut(a..b.min(text.len())) {
                c.iter_mut().for_each(|x| *x = true);
            }
        }
    }
    for (i, parts) in groups.iter().enumerate() {
        let pl = len(parts).max(1);
        let inside: usize = parts
            .iter()
            .map(|s| {
                covered
                    .get(s.0..s.1)
                    .map_or(0, |c| c.iter().filter(|&&x| x).count())
            })
            .sum();
        let ok = inside * 2 >= pl;
        let indirect = quotes[i].kind() != tidings::QuoteKind::Direct;
        st.pred += 1;
        if indirect {
            st.pred_indirect += 1;
        }
        if ok {
            st.pred_ok += 1;
            if indirect {
                st.pred_indirect_ok += 1;
            }
        } else if verbose {
            println!(
                "SPURIOUS {name} {:?} [{:?}]: {:?}",
                quotes[i].kind(),
                quotes[i].cue().map(|c| c.as_str()),
                short(quotes[i].as_str())
            );
        }
    }
}

fn short(s: &str) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() > 110 {
        let head: String = s.chars().take(110).collect();
        format!("{head}...")
    } else {
        s
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Stats {
    fn report(&self) {
        let r = ratio(self.speech_found, self.gold_speech);
        let p = ratio(self.pred_ok, self.pred);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        let ri = ratio(self.indirect_found, self.gold_indirect);
        let pi = ratio(self.pred_indirect_ok, self.pred_indirect);
        let fi = if pi + ri > 0.0 {
            2.0 * pi * ri / (pi + ri)
        } else {
            0.0
        };
        println!(
            "direct quotes found:      {:.3} ({}/{})",
            ratio(self.direct_found, self.gold_direct),
            self.direct_found,
            self.gold_direct
        );
        println!(
            "speaker right (found):    {:.3} ({}/{})",
            ratio(self.direct_speaker_right, self.direct_with_source),
            self.direct_speaker_right,
            self.direct_with_source
        );
        println!(
            "speech attributions:      P {:.3} ({}/{})  R {:.3} ({}/{})  F1 {:.3}",
            p, self.pred_ok, self.pred, r, self.speech_found, self.gold_speech, f
        );
        println!(
            "  reported (not direct):  P {:.3} ({}/{})  R {:.3} ({}/{})  F1 {:.3}",
            pi,
            self.pred_indirect_ok,
            self.pred_indirect,
            ri,
            self.indirect_found,
            self.gold_indirect,
            fi
        );
    }
}
