//! A quick reader for meeting files laid out as Minutebook writes them. RON's own reader spends
//! most of its time on what a hand-written file may hold (comments, escapes, every kind of
//! number and white space); a file Minutebook wrote holds none of that, so this reader takes
//! only the narrow form the writer produces and declines everything else, and the file is then
//! read by RON as before. It therefore never reads a file differently from RON: where it
//! succeeds, RON would have read the same meeting; where RON would fail, or might read the text
//! in a way this reader does not know, it declines, and RON's precise error is what the clerk
//! sees.
//!
//! What it takes: white space of spaces, tabs and line ends; the one attribute
//! `#![enable(implicit_some)]`; anonymous structs `(name: value, ...)`; lists `[...]`; tuples
//! `(...)`; enum variants `Name`, `Name(value)`, `Name(a, b)` and `Name(field: value)`; `None`,
//! `Some(value)` and a bare value for an option; `true` and `false`; whole numbers in plain
//! digits; strings in quotes without escapes, and raw strings `r#"..."#`.

use std::fmt;

use serde::de::{self, DeserializeOwned};

/// The value in `text`, or `None` when the text is not in the writer's form (or is not a
/// valid value at all): read it with RON then.
pub fn read<T: DeserializeOwned>(text: &str) -> Option<T> {
    let mut reader = Reader {
        text,
        at: 0,
        depth: 0,
    };
    reader.attribute().ok()?;
    let value = T::deserialize(&mut reader).ok()?;
    reader.space();
    (reader.at == text.len()).then_some(value)
}

/// The text is not in the form this reader takes; nothing more is said, as RON says it better.
#[derive(Debug)]
struct Declined;

impl fmt::Display for Declined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not in the form Minutebook writes")
    }
}

impl std::error::Error for Declined {}

impl de::Error for Declined {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Declined
    }
}

type Result<T> = std::result::Result<T, Declined>;

mod access;
mod reader;

use reader::Reader;

#[cfg(test)]
mod tests {
    use super::read;
    use crate::generate::large_meeting;
    use crate::model::Meeting;

    fn by_ron(text: &str) -> Option<Meeting> {
        crate::store::ron_options().from_str(text).ok()
    }

    #[test]
    fn a_long_meeting_as_written_reads_as_ron_reads_it() {
        let meeting = large_meeting(50, 20, 2_000);
        let text = crate::store::to_text(&meeting).expect("text");
        let quick: Option<Meeting> = read(&text);
        assert_eq!(quick.as_ref(), Some(&meeting));
        assert_eq!(quick, by_ron(&text));
    }

    #[test]
    fn what_the_writer_never_writes_is_left_to_ron() {
        let meeting = large_meeting(3, 3, 5);
        let text = crate::store::to_text(&meeting).expect("text");
        let venue = format!("venue: {:?},", meeting.venue);
        let edits = [
            // A comment, an escape, a struct's name, a number RON reads in other forms, a space
            // before a variant's bracket, an explicit Some, another attribute.
            text.replace("    version:", "    // kept by hand\n    version:"),
            text.replace(&venue, "venue: \"Town Hall \\u{2013} Room 1\","),
            text.replacen("(\n    version:", "Meeting(\n    version:", 1),
            text.replace("first_minute: 1,", "first_minute: 0x1,"),
            text.replace("first_minute: 1,", "first_minute: 1_0,"),
            text.replace("first_minute: 1,", "first_minute: +1,"),
            text.replacen("Present(", "Present (", 1),
            text.replace("#![enable(implicit_some)]", "#![enable(unwrap_newtypes)]"),
        ];
        for edited in &edits {
            assert_ne!(edited, &text, "the edit applies");
            assert_eq!(read::<Meeting>(edited), None, "{edited}");
        }
        // RON still reads those it can, and it reads them as a clerk meant.
        assert_eq!(by_ron(&edits[0]).as_ref(), Some(&meeting));
        assert_eq!(
            by_ron(&edits[1]).map(|m| m.venue),
            Some("Town Hall – Room 1".to_string())
        );
    }

    #[test]
    fn what_is_wrong_is_declined_for_ron_to_report() {
        let text = crate::store::to_text(&large_meeting(3, 3, 5)).expect("text");
        let broken = [
            text.replacen(
                &format!("    version: {},\n", crate::model::FORMAT_VERSION),
                &format!("    version: {}\n", crate::model::FORMAT_VERSION),
                1,
            ),
            text.replacen("    version:", "    verison:", 1),
            format!("{text})"),
            text.replacen("first_minute: 1,", "first_minute: 99999999999,", 1),
            text[..text.len() / 2].to_string(),
        ];
        for broken in &broken {
            assert_eq!(read::<Meeting>(broken), None, "{broken}");
        }
    }

    #[test]
    fn clauses_nested_deeper_than_this_reader_goes_are_read_by_ron() {
        let clause = |depth: usize| {
            let mut text = String::from("(text: \"x\")");
            for _ in 0..depth {
                text = format!("(text: \"x\", clauses: [{text}])");
            }
            text
        };
        let meeting = |depth: usize| {
            format!(
                "(version: 2, body: (name: \"x\"), date: \"2026-01-01\", venue: \"v\", \
                 first_minute: 1, records: [(event: Resolved(clauses: [{}]))])",
                clause(depth)
            )
        };
        let deepest = (1..200)
            .take_while(|&d| read::<Meeting>(&meeting(d)).is_some())
            .last()
            .expect("reads some");
        assert!(deepest >= 10, "real resolutions nest a few deep: {deepest}");
        // The deepest this reader takes, RON reads the same; one deeper is left to RON.
        assert_eq!(
            read::<Meeting>(&meeting(deepest)),
            by_ron(&meeting(deepest))
        );
        assert_eq!(read::<Meeting>(&meeting(deepest + 1)), None);
        assert!(by_ron(&meeting(deepest + 1)).is_some(), "RON reads it");
    }

    #[test]
    fn a_mistake_deep_in_a_long_file_is_reported_at_its_line() {
        let meeting = large_meeting(50, 20, 5_000);
        let text = crate::store::to_text(&meeting).expect("text");
        let mut lines: Vec<&str> = text.lines().collect();
        let wrong = lines.len() * 2 / 3;
        let at = (wrong..lines.len())
            .find(|&i| lines[i].trim_start().starts_with("event:"))
            .expect("a record");
        lines[at] = "            evnet: Commenced,";
        let broken = lines.join("\n");
        let error = crate::store::parse(std::path::Path::new("long.ron"), broken.as_bytes())
            .expect_err("refused");
        let said = error.to_string();
        assert!(said.starts_with(&format!("long.ron:{}:", at + 1)), "{said}");
    }
}
