//! What a kind of record is given to work with: where the record stands in its item's minute,
//! what a form knows of the meeting, and the people a form offers.

use crate::model::said::{Key, Phrase, Slot};
use crate::model::{Event, ItemId, Meeting, PersonId, Record, Room};

/// Where a record stands in the minute of its item, for the kinds whose wording depends on
/// the records around them (an adjournment and its reconvening, a vote and its resolution).
pub struct InMinute<'a> {
    pub meeting: &'a Meeting,
    /// The item's records, in the order they happened.
    pub records: &'a [&'a Record],
    /// This record's place among them.
    pub at: usize,
}

impl<'a> InMinute<'a> {
    pub fn record(&self) -> Option<&'a Record> {
        self.records.get(self.at).copied()
    }

    pub fn next(&self) -> Option<&'a Event> {
        self.records.get(self.at + 1).map(|r| &r.event)
    }

    /// "during consideration of this item", for a sentence about a record made inside an item;
    /// nothing for one made before the first item or after the last.
    pub fn during(&self) -> Option<Slot> {
        self.record()
            .filter(|r| r.item.is_some())
            .map(|_| Slot::Phrase(Box::new(Phrase::new(Key::DuringThisItem))))
    }

    pub fn previous(&self) -> Option<&'a Event> {
        self.at
            .checked_sub(1)
            .and_then(|i| self.records.get(i))
            .map(|r| &r.event)
    }

    /// The records after this one, nearest first.
    pub fn later(&self) -> impl Iterator<Item = &'a Event> + 'a {
        let records = self.records;
        records.iter().skip(self.at + 1).map(|r| &r.event)
    }

    /// The records before this one, nearest first.
    pub fn earlier(&self) -> impl Iterator<Item = &'a Event> + 'a {
        let records = self.records;
        records[..self.at.min(records.len())]
            .iter()
            .rev()
            .map(|r| &r.event)
    }
}

/// What a form for a record needs to know of the meeting.
pub struct FormContext<'m> {
    pub meeting: &'m Meeting,
    /// Who is in the room as the record is made (or was, for a correction).
    pub room: &'m Room<'m>,
    /// The item the record goes under.
    pub item: Option<&'m ItemId>,
    /// The record being corrected, if any.
    pub editing: Option<&'m Record>,
    /// The person the form is about, chosen before it opened (on the attendance list).
    pub about: Option<&'m PersonId>,
}

/// The people a form offers for a person field: members and other councillors.
pub fn councillors(meeting: &Meeting) -> Vec<PersonId> {
    use crate::model::PersonKind;
    meeting
        .people
        .iter()
        .filter(|p| matches!(p.kind, PersonKind::Member | PersonKind::Councillor))
        .map(|p| p.id.clone())
        .collect()
}

/// Councillors as a form about the business offers them: those in the room first, those who
/// sent apologies or were absent last.
pub fn councillors_by_room(meeting: &Meeting, room: &Room<'_>) -> Vec<PersonId> {
    use crate::model::Attendance;
    let mut people = councillors(meeting);
    people.sort_by_key(|id| match room.standing(id) {
        Some(s) if s.in_room => 0,
        Some(s) if matches!(s.attendance, Attendance::Apologies | Attendance::Absent) => 2,
        _ => 1,
    });
    people
}

/// Everyone the meeting knows, for a person field.
pub fn everyone(meeting: &Meeting) -> Vec<PersonId> {
    meeting.people.iter().map(|p| p.id.clone()).collect()
}

/// A person's name as the screen shows it, or their id when they are not known.
pub fn name(meeting: &Meeting, id: &str) -> String {
    meeting
        .person(id)
        .map_or_else(|| id.to_string(), |p| p.titled_name())
}
