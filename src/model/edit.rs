//! Every change to a meeting is an [`Edit`], and [`Edit::apply`] returns the edit that undoes
//! it; so undo and redo work the same way for records, agenda items, people and the meeting's
//! details. Edits name what they change by its handle, never by where it happens to sit.

use chrono::{NaiveDate, NaiveTime};

use super::{AgendaItem, Body, ItemId, Meeting, Person, PersonId, Record, RecordId, Signature};

/// The meeting's own details, set together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Details {
    pub body: Body,
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub venue: String,
    pub remote: bool,
    pub budget: bool,
    pub first_minute: u32,
}

impl Details {
    pub fn of(meeting: &Meeting) -> Details {
        Details {
            body: meeting.body.clone(),
            date: meeting.date,
            time: meeting.time,
            venue: meeting.venue.clone(),
            remote: meeting.remote,
            budget: meeting.budget,
            first_minute: meeting.first_minute,
        }
    }
}

/// One change to a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Put a record into the log at this position; a record without a handle is given the
    /// next one.
    InsertRecord {
        at: usize,
        record: Record,
    },
    RemoveRecord(RecordId),
    /// Correct the record with the same handle.
    ReplaceRecord(Record),
    /// Move a record to this position in the log.
    MoveRecord {
        id: RecordId,
        to: usize,
    },
    InsertItem {
        at: usize,
        item: AgendaItem,
    },
    RemoveItem(ItemId),
    /// Change the item with the same handle.
    ReplaceItem(AgendaItem),
    MoveItem {
        id: ItemId,
        to: usize,
    },
    InsertPerson {
        at: usize,
        person: Person,
    },
    RemovePerson(PersonId),
    /// Change the person with the same handle.
    ReplacePerson(Person),
    Details(Details),
    /// Set or clear who signs the minutes.
    Sign(Option<Signature>),
}

impl Edit {
    /// The record whose text this edit changes, if it changes one.
    pub fn record_touched(&self) -> Option<RecordId> {
        match self {
            Edit::InsertRecord { record, .. } | Edit::ReplaceRecord(record) => {
                (!record.id.is_unset()).then_some(record.id)
            }
            Edit::RemoveRecord(id) | Edit::MoveRecord { id, .. } => Some(*id),
            Edit::InsertItem { .. }
            | Edit::RemoveItem(_)
            | Edit::ReplaceItem(_)
            | Edit::MoveItem { .. }
            | Edit::InsertPerson { .. }
            | Edit::RemovePerson(_)
            | Edit::ReplacePerson(_)
            | Edit::Details(_)
            | Edit::Sign(_) => None,
        }
    }

    /// Makes the change and returns the edit that reverses it, or `None` when the edit does
    /// not fit the meeting (a handle that is not there, a position beyond the end), in which
    /// case nothing changed.
    pub fn apply(self, meeting: &mut Meeting) -> Option<Edit> {
        match self {
            Edit::InsertRecord { at, mut record } => {
                if at > meeting.records.len() {
                    return None;
                }
                if record.id.is_unset() {
                    record.id = meeting.next_record_id();
                }
                let id = record.id;
                meeting.records.insert(at, record);
                Some(Edit::RemoveRecord(id))
            }
            Edit::RemoveRecord(id) => {
                let at = meeting.record_index(id)?;
                let record = meeting.records.remove(at);
                Some(Edit::InsertRecord { at, record })
            }
            Edit::ReplaceRecord(record) => {
                let at = meeting.record_index(record.id)?;
                let old = std::mem::replace(&mut meeting.records[at], record);
                Some(Edit::ReplaceRecord(old))
            }
            Edit::MoveRecord { id, to } => {
                let from = meeting.record_index(id)?;
                shift(&mut meeting.records, from, to)?;
                Some(Edit::MoveRecord { id, to: from })
            }
            Edit::InsertItem { at, item } => {
                if at > meeting.agenda.len() {
                    return None;
                }
                let id = item.id.clone();
                meeting.agenda.insert(at, item);
                Some(Edit::RemoveItem(id))
            }
            Edit::RemoveItem(id) => {
                let at = meeting.item_index(&id)?;
                let item = meeting.agenda.remove(at);
                Some(Edit::InsertItem { at, item })
            }
            Edit::ReplaceItem(item) => {
                let at = meeting.item_index(&item.id)?;
                let old = std::mem::replace(&mut meeting.agenda[at], item);
                Some(Edit::ReplaceItem(old))
            }
            Edit::MoveItem { id, to } => {
                let from = meeting.item_index(&id)?;
                shift(&mut meeting.agenda, from, to)?;
                Some(Edit::MoveItem { id, to: from })
            }
            Edit::InsertPerson { at, person } => {
                if at > meeting.people.len() {
                    return None;
                }
                let id = person.id.clone();
                meeting.people.insert(at, person);
                Some(Edit::RemovePerson(id))
            }
            Edit::RemovePerson(id) => {
                let at = meeting.people.iter().position(|p| p.id == id)?;
                let person = meeting.people.remove(at);
                Some(Edit::InsertPerson { at, person })
            }
            Edit::ReplacePerson(person) => {
                let at = meeting.people.iter().position(|p| p.id == person.id)?;
                let old = std::mem::replace(&mut meeting.people[at], person);
                Some(Edit::ReplacePerson(old))
            }
            Edit::Details(details) => {
                let old = Details::of(meeting);
                meeting.body = details.body;
                meeting.date = details.date;
                meeting.time = details.time;
                meeting.venue = details.venue;
                meeting.remote = details.remote;
                meeting.budget = details.budget;
                meeting.first_minute = details.first_minute;
                Some(Edit::Details(old))
            }
            Edit::Sign(signature) => {
                let old = std::mem::replace(&mut meeting.signature, signature);
                Some(Edit::Sign(old))
            }
        }
    }
}

/// Moves the element at `from` to `to`, if both are in the list.
fn shift<T>(list: &mut Vec<T>, from: usize, to: usize) -> Option<()> {
    if from >= list.len() || to >= list.len() {
        return None;
    }
    let element = list.remove(from);
    list.insert(to, element);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Event;

    fn meeting() -> Meeting {
        let body = Body::named("Test");
        let date = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("valid date");
        Meeting::new(body, date, "Room", 1)
    }

    fn record(event: Event) -> Record {
        Record::new(None, None, event)
    }

    fn item(id: &str) -> AgendaItem {
        AgendaItem::new(id, Some(id.into()), format!("Item {id}"))
    }

    #[test]
    fn every_edit_is_undone_by_the_edit_it_returns() {
        let mut meeting = meeting();
        let original = meeting.clone();
        let mut undo = Vec::new();
        let mut apply = |edit: Edit, meeting: &mut Meeting| {
            undo.push(edit.apply(meeting).expect("fits"));
        };
        apply(
            Edit::InsertRecord {
                at: 0,
                record: record(Event::Commenced),
            },
            &mut meeting,
        );
        apply(
            Edit::InsertRecord {
                at: 1,
                record: record(Event::Concluded),
            },
            &mut meeting,
        );
        let second = meeting.records[1].id;
        let mut corrected = record(Event::Reconvened);
        corrected.id = second;
        apply(Edit::ReplaceRecord(corrected), &mut meeting);
        apply(Edit::MoveRecord { id: second, to: 0 }, &mut meeting);
        let first = meeting.records[1].id;
        apply(Edit::RemoveRecord(first), &mut meeting);
        apply(
            Edit::InsertItem {
                at: 0,
                item: item("1"),
            },
            &mut meeting,
        );
        apply(
            Edit::InsertItem {
                at: 1,
                item: item("2"),
            },
            &mut meeting,
        );
        apply(
            Edit::MoveItem {
                id: "2".into(),
                to: 0,
            },
            &mut meeting,
        );
        let mut renamed = item("1");
        renamed.title = "Renamed".into();
        apply(Edit::ReplaceItem(renamed), &mut meeting);
        apply(
            Edit::Sign(Some(Signature {
                person: "x".into(),
                capacity: "Chair".into(),
            })),
            &mut meeting,
        );
        let mut details = Details::of(&meeting);
        details.first_minute = 34;
        apply(Edit::Details(details), &mut meeting);
        let events: Vec<&Event> = meeting.records.iter().map(|r| &r.event).collect();
        assert_eq!(events, vec![&Event::Reconvened]);
        // A new record is given the next handle; a correction keeps the record's handle.
        assert_eq!(meeting.records[0].id, RecordId(2));
        let order: Vec<&str> = meeting.agenda.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(order, vec!["Item 2", "Renamed"]);
        assert_eq!(meeting.first_minute, 34);
        while let Some(edit) = undo.pop() {
            edit.apply(&mut meeting).expect("undo fits");
        }
        assert_eq!(meeting, original);
    }

    #[test]
    fn an_edit_of_something_not_there_changes_nothing() {
        let mut meeting = meeting();
        assert_eq!(Edit::RemoveRecord(RecordId(7)).apply(&mut meeting), None);
        assert_eq!(
            Edit::InsertRecord {
                at: 3,
                record: record(Event::Commenced)
            }
            .apply(&mut meeting),
            None
        );
        assert_eq!(
            Edit::MoveItem {
                id: "9".into(),
                to: 0
            }
            .apply(&mut meeting),
            None
        );
        assert!(meeting.records.is_empty());
    }
}
