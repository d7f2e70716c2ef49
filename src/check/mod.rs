//! Finds what is wrong in a meeting (errors: the file cannot be trusted) and what is doubtful
//! (warnings: the record may not say what happened). Pure: positions in the file are the
//! store's business, so each problem names the part of the meeting it is about.

mod errors;
mod warnings;

use std::fmt;

pub use errors::errors;
pub use warnings::warnings;

use crate::model::Meeting;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// The part of the meeting a problem is about, by its index in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Meeting,
    Person(usize),
    Item(usize),
    Record(usize),
    Signature,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub place: Place,
    pub message: String,
}

impl Problem {
    pub(crate) fn error(place: Place, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            place,
            message: message.into(),
        }
    }

    pub(crate) fn warning(place: Place, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Warning,
            place,
            message: message.into(),
        }
    }
}

/// Every problem in the meeting: errors first in file order, then warnings in file order.
pub fn check(meeting: &Meeting) -> Vec<Problem> {
    let mut problems = errors(meeting);
    if problems.is_empty() {
        // Warnings reason about the record, which only makes sense once its references hold.
        problems.extend(warnings(meeting));
    }
    problems
}
