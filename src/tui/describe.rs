//! One line for each record, in the clerk's words, for the screen and for messages. The words
//! are each kind's own; this only adds the time.

use crate::model::{Kind, Meeting, Record, clock};

/// The record as one line, without its time.
pub fn record(meeting: &Meeting, record: &Record) -> String {
    record.event.view().line(meeting, record)
}

/// "10:35" or "--:--".
pub fn time(record: &Record) -> String {
    record.at.map_or_else(|| "--:--".to_string(), clock::format)
}
