//! Reading a long meeting file on every core: the records, which are nearly all of a long
//! file, are parsed in pieces side by side, and the rest on its own. Only a file laid out as
//! Minutebook writes it is read this way, and only when every piece reads whole; anything else
//! (a hand-edited layout, a mistake) is read the ordinary way, so a file means exactly the
//! same either way and its errors are reported exactly as before.
//!
//! Why a piece cut in the wrong place can never read whole: the records are cut where a line
//! `        ),` is followed by a line `        (`. A cut inside a string or comment leaves the
//! piece before it with that string or comment unclosed; a cut inside a record leaves it with
//! a bracket unclosed. Either way that piece does not parse, and the file is read the
//! ordinary way. The one place that could mislead, where the records begin, is checked by
//! reading everything before it.

use crate::model::{Meeting, Record};

/// Below this many bytes a file is read the ordinary way: splitting would cost more than it
/// saves.
const WORTH_SPLITTING: usize = 32 * 1024;

const RECORDS_START: &str = "\n    records: [\n";
const RECORD_BREAK: &str = "\n        ),\n        (\n";
const RECORDS_END: &str = "\n        ),\n    ],\n";

/// The meeting read in pieces, or `None` when it must be read the ordinary way.
pub fn read(text: &str) -> Option<Meeting> {
    if text.len() < WORTH_SPLITTING {
        return None;
    }
    // Only the layout Minutebook writes, with no other extensions switched on.
    let body = text
        .strip_prefix("#![enable(implicit_some)]\n")
        .unwrap_or(text);
    if !body.starts_with("(\n") {
        return None;
    }
    let list = text.find(RECORDS_START)? + RECORDS_START.len();
    if !outside_strings_at_depth(&text[..list], 2) {
        return None;
    }
    let end = list + text[list..].rfind(RECORDS_END)? + "\n        ),\n".len();
    let records = &text[list..end];
    // Cut the records into a few runs of whole records, one per core.
    let cores = std::thread::available_parallelism()
        .map_or(2, usize::from)
        .clamp(1, 8);
    let mut cuts = vec![0];
    for n in 1..cores {
        let aim = records.len() * n / cores;
        let from = *cuts.last()?;
        if aim <= from {
            continue;
        }
        let at = aim + records[aim..].find(RECORD_BREAK)? + "\n        ),\n".len();
        cuts.push(at);
    }
    cuts.push(records.len());
    let runs: Vec<&str> = cuts.windows(2).map(|w| &records[w[0]..w[1]]).collect();
    let shell_text = format!("{}{}", &text[..list], &text[end..]);
    let (shell, parsed) = std::thread::scope(|scope| {
        let handles: Vec<_> = runs
            .iter()
            .map(|run| scope.spawn(move || read_run(run)))
            .collect();
        let shell = super::version::options()
            .from_str::<Meeting>(&shell_text)
            .ok();
        let parsed: Vec<Option<Vec<Record>>> = handles
            .into_iter()
            .map(|h| h.join().ok().flatten())
            .collect();
        (shell, parsed)
    });
    let mut meeting = shell?;
    if !meeting.records.is_empty() {
        return None;
    }
    for run in parsed {
        meeting.records.extend(run?);
    }
    Some(meeting)
}

/// A run of whole records, each followed by a comma, read as a list.
fn read_run(run: &str) -> Option<Vec<Record>> {
    super::version::options()
        .from_str::<Vec<Record>>(&format!("[{run}]"))
        .ok()
}

/// Whether the text ends outside any string, character or comment, inside exactly `depth`
/// brackets.
fn outside_strings_at_depth(text: &str, depth: usize) -> bool {
    let bytes = text.as_bytes();
    let mut open = 0usize;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'(' | b'[' | b'{' => open += 1,
            b')' | b']' | b'}' => open = open.saturating_sub(1),
            b'"' => {
                // A string: to the next quote not escaped.
                at += 1;
                while at < bytes.len() && bytes[at] != b'"' {
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
                if at >= bytes.len() {
                    return false;
                }
            }
            b'\'' => {
                // A character: one, or one escaped, then the closing quote.
                at += if bytes.get(at + 1) == Some(&b'\\') {
                    3
                } else {
                    2
                };
                while at < bytes.len() && bytes[at] != b'\'' {
                    at += 1;
                }
                if at >= bytes.len() {
                    return false;
                }
            }
            b'r' if matches!(bytes.get(at + 1), Some(b'#' | b'"')) && word_starts(bytes, at) => {
                let hashes = bytes[at + 1..].iter().take_while(|&&b| b == b'#').count();
                if bytes.get(at + 1 + hashes) == Some(&b'"') {
                    // A raw string: to a quote followed by as many hashes.
                    let close = format!("\"{}", "#".repeat(hashes));
                    let from = at + 2 + hashes;
                    match text.get(from..).and_then(|rest| rest.find(&close)) {
                        Some(found) => at = from + found + close.len() - 1,
                        None => return false,
                    }
                }
            }
            b'/' if bytes.get(at + 1) == Some(&b'/') => {
                while at < bytes.len() && bytes[at] != b'\n' {
                    at += 1;
                }
            }
            b'/' if bytes.get(at + 1) == Some(&b'*') => {
                // Block comments nest.
                let mut nested = 1;
                at += 2;
                while at < bytes.len() && nested > 0 {
                    if bytes[at..].starts_with(b"/*") {
                        nested += 1;
                        at += 1;
                    } else if bytes[at..].starts_with(b"*/") {
                        nested -= 1;
                        at += 1;
                    }
                    at += 1;
                }
                if nested > 0 {
                    return false;
                }
                continue;
            }
            _ => {}
        }
        at += 1;
    }
    open == depth
}

/// Whether the `r` at `at` begins a raw string (`r"`, `br"`) rather than ends a name.
fn word_starts(bytes: &[u8], at: usize) -> bool {
    let before = |n: usize| at.checked_sub(n).map(|i| bytes[i]);
    match before(1) {
        None => true,
        Some(b'b') => before(2).is_none_or(|b| !is_ident(b)),
        Some(b) => !is_ident(b),
    }
}

fn is_ident(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::large_meeting;

    #[test]
    fn a_long_meeting_read_in_pieces_is_the_meeting_read_whole() {
        let meeting = large_meeting(50, 20, 5_000);
        let text = crate::store::to_text(&meeting).expect("text");
        assert!(text.len() > WORTH_SPLITTING);
        let whole: Meeting = super::super::version::options()
            .from_str(&text)
            .expect("reads");
        assert_eq!(read(&text), Some(whole));
    }

    #[test]
    fn where_the_records_seem_to_begin_inside_a_string_the_file_is_read_whole() {
        let mut meeting = large_meeting(50, 20, 5_000);
        meeting.venue = "a venue\n    records: [\n        (".into();
        let text = crate::store::to_text(&meeting).expect("text");
        assert_eq!(read(&text), None);
    }

    #[test]
    fn the_check_of_what_comes_before_knows_strings_comments_and_characters() {
        assert!(outside_strings_at_depth("( a: [", 2));
        assert!(!outside_strings_at_depth("( a: \"[", 1));
        assert!(outside_strings_at_depth("( a: \"\\\"[\", b: [", 2));
        assert!(outside_strings_at_depth("( a: r#\"\"[\"#, b: [", 2));
        assert!(outside_strings_at_depth("( /* [ /* ] */ ( */ b: [", 2));
        assert!(!outside_strings_at_depth("( /* [ ", 1));
        assert!(outside_strings_at_depth("( // [ (\n b: [", 2));
        assert!(outside_strings_at_depth("( c: '(', d: '\\'', b: [", 2));
        assert!(!outside_strings_at_depth("( c: '(", 2));
        // A raw string ends at its first quote, a backslash before it or not.
        assert!(outside_strings_at_depth("( e: br\"\\\", b: [", 2));
    }
}

#[cfg(test)]
mod errors {
    use crate::generate::large_meeting;

    #[test]
    fn a_mistake_deep_in_a_long_file_is_reported_at_its_line_as_before() {
        let meeting = large_meeting(50, 20, 5_000);
        let text = crate::store::to_text(&meeting).expect("text");
        let mut lines: Vec<&str> = text.lines().collect();
        let wrong = lines.len() * 2 / 3;
        let at = (wrong..lines.len())
            .find(|&i| lines[i].trim_start().starts_with("event:"))
            .expect("a record");
        lines[at] = "            evnet: Commenced,";
        let broken = lines.join("\n");
        assert_eq!(super::read(&broken), None, "read the ordinary way");
        let error = crate::store::parse(std::path::Path::new("long.ron"), broken.as_bytes())
            .expect_err("refused");
        let said = error.to_string();
        assert!(said.starts_with(&format!("long.ron:{}:", at + 1)), "{said}");
    }
}
