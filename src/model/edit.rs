//! Every change to a meeting goes through [`Edit::apply`], which returns the edit that undoes
//! it; so undo and redo work the same way for every kind of record.

use super::{Meeting, Person, Record, Signature};

/// One change to a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Put a record into the log at this position.
    Insert { index: usize, record: Record },
    /// Take the record at this position out of the log.
    Remove { index: usize },
    /// Correct the record at this position.
    Replace { index: usize, record: Record },
    /// Add someone not yet known to the meeting (an officer who came along, a guest).
    AddPerson(Person),
    /// Take the last person added back out.
    RemoveLastPerson,
    /// Set or clear who signs the minutes.
    Sign(Option<Signature>),
}

impl Edit {
    /// Makes the change and returns the edit that reverses it, or `None` when the edit does
    /// not fit the meeting (a position beyond the log), in which case nothing changed.
    pub fn apply(self, meeting: &mut Meeting) -> Option<Edit> {
        match self {
            Edit::Insert { index, mut record } => {
                if index > meeting.records.len() {
                    return None;
                }
                if record.id.is_unset() {
                    record.id = meeting.next_record_id();
                }
                meeting.records.insert(index, record);
                Some(Edit::Remove { index })
            }
            Edit::Remove { index } => {
                if index >= meeting.records.len() {
                    return None;
                }
                let record = meeting.records.remove(index);
                Some(Edit::Insert { index, record })
            }
            Edit::Replace { index, mut record } => {
                let slot = meeting.records.get_mut(index)?;
                if record.id.is_unset() {
                    record.id = slot.id;
                }
                let old = std::mem::replace(slot, record);
                Some(Edit::Replace { index, record: old })
            }
            Edit::AddPerson(person) => {
                meeting.people.push(person);
                Some(Edit::RemoveLastPerson)
            }
            Edit::RemoveLastPerson => meeting.people.pop().map(Edit::AddPerson),
            Edit::Sign(signature) => {
                let old = std::mem::replace(&mut meeting.signature, signature);
                Some(Edit::Sign(old))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Body, BodyKind, ChairTitle, Event, RecordId};

    fn meeting() -> Meeting {
        let body = Body {
            name: "Test".into(),
            kind: BodyKind::Committee,
            council: None,
            chair_title: ChairTitle::Chair,
            quorum: None,
            clock: Default::default(),
        };
        let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("valid date");
        Meeting::new(body, date, "Room", 1)
    }

    fn record(event: Event) -> Record {
        Record::new(None, None, event)
    }

    #[test]
    fn every_edit_is_undone_by_the_edit_it_returns() {
        let mut meeting = meeting();
        let original = meeting.clone();
        let edits = vec![
            Edit::Insert {
                index: 0,
                record: record(Event::Commenced),
            },
            Edit::Insert {
                index: 1,
                record: record(Event::Concluded),
            },
            Edit::Replace {
                index: 1,
                record: record(Event::Reconvened),
            },
            Edit::Remove { index: 0 },
            Edit::Sign(Some(Signature {
                person: "x".into(),
                capacity: "Chair".into(),
            })),
        ];
        let mut undo = Vec::new();
        for edit in edits {
            undo.push(edit.apply(&mut meeting).expect("fits"));
        }
        let events: Vec<&Event> = meeting.records.iter().map(|r| &r.event).collect();
        assert_eq!(events, vec![&Event::Reconvened]);
        // A new record is given the next handle; a correction keeps the record's handle.
        assert_eq!(meeting.records[0].id, RecordId(2));
        while let Some(edit) = undo.pop() {
            edit.apply(&mut meeting).expect("undo fits");
        }
        assert_eq!(meeting, original);
    }

    #[test]
    fn an_edit_beyond_the_log_changes_nothing() {
        let mut meeting = meeting();
        assert_eq!(Edit::Remove { index: 0 }.apply(&mut meeting), None);
        assert_eq!(
            Edit::Insert {
                index: 3,
                record: record(Event::Commenced)
            }
            .apply(&mut meeting),
            None
        );
        assert!(meeting.records.is_empty());
    }
}
