//! A meeting being worked on: the meeting itself, the history that undo and redo walk, and
//! whether it may be changed at all. Every change passes through [`Session::apply`], which
//! refuses, with a typed reason, a change that does not fit or would leave the file unsound.
//! No terminal and no disk: saving is the caller's, when [`Session::version`] moves on.

mod facts;
mod history;

use std::fmt;

pub use facts::Facts;
pub use history::History;

use crate::check;
use crate::model::{BusinessOrder, Edit, Meeting, Record, RecordId, Room};

/// Why a change was not made. Nothing changed in any case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The meeting is open read-only, for this reason.
    ReadOnly(String),
    /// The change names something no longer in the meeting (a record deleted meanwhile).
    Gone,
    /// The change would leave the meeting file unsound, for this reason.
    Unsound(String),
    NothingToUndo,
    NothingToRedo,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::ReadOnly(reason) => write!(f, "Read-only: {reason}"),
            Refusal::Gone => f.write_str("That change no longer fits the record"),
            Refusal::Unsound(reason) => write!(
                f,
                "Not recorded, as it would leave the record unsound: {reason}"
            ),
            Refusal::NothingToUndo => f.write_str("Nothing to undo"),
            Refusal::NothingToRedo => f.write_str("Nothing to redo"),
        }
    }
}

impl std::error::Error for Refusal {}

/// The meeting being worked on.
#[derive(Debug, Clone)]
pub struct Session {
    meeting: Meeting,
    history: History,
    read_only: Option<String>,
    /// Counts the changes made, so that whoever keeps the file knows when to save.
    version: u64,
    /// What every frame shows, worked out again after each change.
    facts: Facts,
    /// The order the minutes follow, which the minute numbers in the facts follow.
    order: BusinessOrder,
    /// The records changed since whoever keeps the file last asked.
    touched: Touched,
}

/// Which records have changed: these, or any of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Touched {
    These(std::collections::HashSet<RecordId>),
    All,
}

impl Session {
    pub fn new(meeting: Meeting, read_only: Option<String>) -> Session {
        Session {
            facts: Facts::of(&meeting, BusinessOrder::Taken),
            order: BusinessOrder::Taken,
            meeting,
            history: History::default(),
            read_only,
            version: 0,
            touched: Touched::All,
        }
    }

    pub fn meeting(&self) -> &Meeting {
        &self.meeting
    }

    /// Facts about the meeting as it stands, kept up to date by every change.
    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    /// Who is in the room now, without walking the log.
    pub fn room(&self) -> Room<'_> {
        self.facts.room(&self.meeting)
    }

    /// The record with this handle, found without a search.
    pub fn record(&self, id: RecordId) -> Option<&Record> {
        let at = self.facts.position(id)?;
        self.meeting
            .records
            .get(at)
            .filter(|record| record.id == id)
    }

    /// The records changed since the last call (all of them the first time), for a save
    /// that reuses the text of the rest.
    pub fn take_touched(&mut self) -> Touched {
        std::mem::replace(&mut self.touched, Touched::These(Default::default()))
    }

    fn touch(&mut self, edit: &Edit) {
        if let (Touched::These(ids), Some(id)) = (&mut self.touched, edit.record_touched()) {
            ids.insert(id);
        }
    }

    /// A change was made: the version moves on and the facts follow the meeting.
    fn changed(&mut self) {
        self.version += 1;
        self.facts = Facts::of(&self.meeting, self.order);
    }

    /// The order the minutes follow, as the house style says: the minute numbers the screen
    /// shows follow it.
    pub fn set_order(&mut self, order: BusinessOrder) {
        if order != self.order {
            self.order = order;
            self.facts = Facts::of(&self.meeting, order);
        }
    }

    pub fn order(&self) -> BusinessOrder {
        self.order
    }

    /// Why the meeting cannot be changed, when it cannot.
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// Moves on with every change, undo and redo.
    pub fn version(&self) -> u64 {
        self.version
    }

    fn writable(&self) -> Result<(), Refusal> {
        match &self.read_only {
            Some(reason) => Err(Refusal::ReadOnly(reason.clone())),
            None => Ok(()),
        }
    }

    /// Makes the edits as one change, which undo reverses together: all of them, or none.
    pub fn apply(&mut self, edits: Vec<Edit>) -> Result<(), Refusal> {
        self.writable()?;
        let inverses = self.make(edits)?;
        self.history.done(inverses);
        self.changed();
        Ok(())
    }

    /// Makes the edits, or puts back what was made and says why not. The file must always
    /// load again: a change that would leave a reference to nothing is put back.
    fn make(&mut self, edits: Vec<Edit>) -> Result<Vec<Edit>, Refusal> {
        let mut inverses = Vec::new();
        for edit in edits {
            self.touch(&edit);
            match edit.apply(&mut self.meeting) {
                Some(inverse) => {
                    // A record added takes its handle as it goes in: the inverse names it.
                    self.touch(&inverse);
                    inverses.push(inverse);
                }
                None => {
                    self.put_back(inverses);
                    return Err(Refusal::Gone);
                }
            }
        }
        if let Some(problem) = check::errors(&self.meeting).into_iter().next() {
            self.put_back(inverses);
            return Err(Refusal::Unsound(problem.message));
        }
        inverses.reverse();
        Ok(inverses)
    }

    fn put_back(&mut self, inverses: Vec<Edit>) {
        for inverse in inverses.into_iter().rev() {
            let _ = inverse.apply(&mut self.meeting);
        }
    }

    pub fn undo(&mut self) -> Result<(), Refusal> {
        self.writable()?;
        let group = self.history.take_undo().ok_or(Refusal::NothingToUndo)?;
        match self.make(group.clone()) {
            Ok(inverses) => {
                self.history.undone(inverses);
                self.changed();
                Ok(())
            }
            Err(refusal) => {
                self.history.restore_undo(group);
                Err(refusal)
            }
        }
    }

    pub fn redo(&mut self) -> Result<(), Refusal> {
        self.writable()?;
        let group = self.history.take_redo().ok_or(Refusal::NothingToRedo)?;
        match self.make(group.clone()) {
            Ok(inverses) => {
                self.history.redone(inverses);
                self.changed();
                Ok(())
            }
            Err(refusal) => {
                self.history.restore_redo(group);
                Err(refusal)
            }
        }
    }

    /// Puts a whole meeting in place of this one (a recovery copy the clerk chose to
    /// restore). Undo cannot reach back past it.
    pub fn replace(&mut self, meeting: Meeting) -> Result<(), Refusal> {
        self.writable()?;
        self.meeting = meeting;
        self.history = History::default();
        self.touched = Touched::All;
        self.changed();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Body, Event, Record};

    fn session() -> Session {
        let body = Body::named("Test");
        let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
        Session::new(Meeting::new(body, date, "Room", 1), None)
    }

    fn insert(event: Event) -> Vec<Edit> {
        vec![Edit::InsertRecord {
            at: 0,
            record: Record::new(None, None, event),
        }]
    }

    #[test]
    fn a_change_naming_nobody_the_meeting_knows_is_refused_and_nothing_changes() {
        let mut session = session();
        let refused = session.apply(insert(Event::Present {
            person: "nobody".into(),
        }));
        assert!(matches!(refused, Err(Refusal::Unsound(ref why)) if why.contains("nobody")));
        assert!(session.meeting().records.is_empty());
        assert_eq!(session.version(), 0);
    }

    #[test]
    fn undo_and_redo_walk_the_history_and_a_read_only_session_refuses_all() {
        let mut session = session();
        session.apply(insert(Event::Commenced)).expect("made");
        assert_eq!(session.meeting().records.len(), 1);
        session.undo().expect("undone");
        assert!(session.meeting().records.is_empty());
        assert_eq!(session.undo(), Err(Refusal::NothingToUndo));
        session.redo().expect("redone");
        assert_eq!(session.meeting().records.len(), 1);
        assert_eq!(session.version(), 3);
        let mut read_only = Session::new(session.meeting().clone(), Some("reviewing".into()));
        assert_eq!(
            read_only.apply(insert(Event::Concluded)),
            Err(Refusal::ReadOnly("reviewing".into()))
        );
    }
}
