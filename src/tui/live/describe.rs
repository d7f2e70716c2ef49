//! One line for each record, in the clerk's words, for the screen and for messages. The words
//! are each kind's own; this only adds the time.

use crate::model::{Kind, Meeting, Record, clock};

/// The record as one line, without its time: for messages and lists, a note's own line
/// breaks shown as " / ".
pub fn record(meeting: &Meeting, record: &Record) -> String {
    lines(meeting, record).join(" / ")
}

/// The record's lines, as a note was typed: for the item's record list.
pub fn lines(meeting: &Meeting, record: &Record) -> Vec<String> {
    let mut lines: Vec<String> = record
        .event
        .view()
        .line(meeting, record)
        .split('\n')
        .map(str::trim_end)
        .filter(|line| !line.trim().is_empty())
        .map(str::to_string)
        .collect();
    // Every record has a line to show, even one with no words.
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// "10:35" or "--:--".
pub fn time(record: &Record) -> String {
    record.at.map_or_else(|| "--:--".to_string(), clock::format)
}
