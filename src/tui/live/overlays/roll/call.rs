//! The attendance list: everyone the meeting knows, marked present, apologies, absent,
//! virtual, substitute or late with a single key each.

use crate::model::{Meeting, PersonId};
use crate::tui::cursor::Finder;
use crate::tui::live::picker::{Candidate, rank};

#[derive(Debug, Clone, Default)]
pub struct RollCall {
    /// The name typed to find someone, and who is chosen.
    pub find: Finder,
    /// Typing goes into the filter rather than marking people.
    pub filtering: bool,
    /// The one time the whole roll is recorded at, as typed: the clock's when the roll opens.
    /// A late arrival keeps the clock's own time.
    pub time: String,
    /// The time has been typed over since the roll opened.
    pub time_typed: bool,
}

impl RollCall {
    /// The roll as it opens, at the clock's time.
    pub fn at(now: Option<chrono::NaiveTime>) -> RollCall {
        RollCall {
            time: crate::tui::live::forms::time_text(now),
            ..RollCall::default()
        }
    }

    /// A key typed into the roll's time: the first replaces the clock's time.
    pub fn type_time(&mut self, c: Option<char>) {
        if !self.time_typed {
            self.time.clear();
            self.time_typed = true;
        }
        match c {
            Some(c) if self.time.len() < 8 => self.time.push(c),
            Some(_) => {}
            None => {
                self.time.pop();
            }
        }
    }

    /// The ids of the people listed, in order, after the filter.
    pub fn rows(&self, meeting: &Meeting) -> Vec<PersonId> {
        let candidates: Vec<Candidate> = meeting.people.iter().map(Candidate::person).collect();
        rank(&candidates, &self.find.query)
            .into_iter()
            .map(|c| PersonId::from(c.id.as_str()))
            .collect()
    }

    pub fn selected(&self, meeting: &Meeting) -> Option<PersonId> {
        self.rows(meeting).get(self.find.cursor.at).cloned()
    }

    pub fn step(&mut self, meeting: &Meeting, forward: bool) {
        let count = self.rows(meeting).len();
        self.find.cursor.step(forward, count);
    }
}
