//! The parts of a house style that are choices rather than words: the order of names in
//! PRESENT, the case of minute titles, when minute numbers start again, whether a motion, its
//! vote and its result are one sentence, and whether attendance is a list or a paragraph.

use serde::{Deserialize, Serialize};

/// How PRESENT orders the councillors after the Chair and Vice-Chair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
pub enum PresentOrder {
    /// Members in the order the meeting lists them, then substitutes.
    #[default]
    AsListed,
    /// Members and substitutes together, by surname.
    Alphabetical,
}

/// How a minute's title prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
pub enum TitleCase {
    /// "APOLOGIES FOR ABSENCE".
    #[default]
    Capitals,
    /// As the agenda prints it: "Apologies for Absence".
    AsPrinted,
}

/// When the running minute number starts again at 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
pub enum Numbering {
    /// At the first meeting of each municipal (or council) year, as most principal councils.
    #[default]
    EachYear,
    /// Never: one sequence for ever (perpetual numbering).
    Continuous,
    /// At every meeting: "2020-06_1", "2020-06_2".
    EachMeeting,
}

/// Whether a motion, the vote on it and what was resolved print apart or as one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
pub enum Decisions {
    /// The motion, then the vote, then RESOLVED and the resolution, each a paragraph.
    #[default]
    Apart,
    /// "It was proposed by Cllr A, seconded by Cllr B and RESOLVED unanimously that …": the
    /// substantive motion and its vote go into the resolution's own sentence.
    Together,
}

/// How the attendance prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
pub enum Attendance {
    /// The Chair and Vice-Chair on lines of their own, the other councillors in a line, officers
    /// and others under headings of their own.
    #[default]
    Lines,
    /// One paragraph: members, those in attendance and the public, in the `present_paragraph`
    /// sentence.
    Paragraph,
}

/// The choices of a house style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Settings {
    /// Whether the minutes follow the order business was taken in or the agenda's.
    pub order: crate::model::BusinessOrder,
    pub present_order: PresentOrder,
    pub title_case: TitleCase,
    pub numbering: Numbering,
    /// The month (1 to 12) the municipal year begins: 5 for May.
    pub year_starts: u32,
    pub decisions: Decisions,
    pub attendance: Attendance,
}

impl Settings {
    /// The settings of the default style.
    pub fn standard() -> Settings {
        Settings {
            year_starts: 5,
            ..Settings::default()
        }
    }

    /// The first year of the municipal year a date falls in: 2024 for March 2025 when the year
    /// begins in May.
    pub fn municipal_start(&self, date: chrono::NaiveDate) -> i32 {
        use chrono::Datelike;
        if date.month() >= self.year_starts.clamp(1, 12) {
            date.year()
        } else {
            date.year() - 1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_municipal_year_begins_in_may() {
        let settings = Settings::standard();
        let date = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a date");
        assert_eq!(settings.municipal_start(date(2025, 3, 24)), 2024);
        assert_eq!(settings.municipal_start(date(2025, 5, 1)), 2025);
        let april = Settings {
            year_starts: 4,
            ..settings
        };
        assert_eq!(april.municipal_start(date(2025, 4, 1)), 2025);
    }
}
