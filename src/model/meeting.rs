//! The meeting as a whole: the body, when and where, who may attend, the agenda and the log.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{AgendaItem, Body, Event, ItemKind, Person, PersonId, Record, RecordId};

/// The meeting-file format this build writes. Files of an older version are upgraded on load;
/// files of a newer one are refused rather than half-understood. Version 2 gave every record
/// a handle (`id`); version 3 marks a member who is not a councillor (`lay`), where older
/// files said who was one by the title "Councillor"; version 4 lets a declaration name
/// planning applications and a vote say only that the votes were equal, which a Minutebook
/// of version 3 could not read.
pub const FORMAT_VERSION: u32 = 4;

/// A meeting of a body: everything a clerk records and all that the minutes need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// The file-format version; see [`FORMAT_VERSION`].
    pub version: u32,
    pub body: Body,
    pub date: NaiveDate,
    /// The scheduled start, as printed on the agenda.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::clock::optional"
    )]
    pub time: Option<NaiveTime>,
    pub venue: String,
    /// Held remotely (by video link): those attending by video are in the meeting, counted
    /// for the quorum and votes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub remote: bool,
    /// A meeting that sets the budget or the council tax, where the law asks for a recorded
    /// vote, naming how each member voted, on every decision about them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub budget: bool,
    /// Notices printed on the agenda, kept as free text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// The number of this meeting's first minute; numbers run on across the body's meetings.
    pub first_minute: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    /// What happened, in the order it happened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<Record>,
    /// Who will sign the minutes, and in what capacity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<Signature>,
    /// Where items and motions were last found, to find them again at once; never saved.
    #[serde(skip)]
    pub lookup: super::lookup::Lookup,
}

/// The officer to contact about the meeting, as printed on the agenda.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// The signature line of the minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    pub person: PersonId,
    /// As printed: "Chair", or "Vice-Chair, in the Chair".
    pub capacity: String,
}

impl Meeting {
    /// A meeting with nothing on it yet, for the given body and date.
    pub fn new(body: Body, date: NaiveDate, venue: impl Into<String>, first_minute: u32) -> Self {
        Meeting {
            version: FORMAT_VERSION,
            body,
            date,
            time: None,
            venue: venue.into(),
            remote: false,
            budget: false,
            notices: Vec::new(),
            contact: None,
            first_minute,
            people: Vec::new(),
            agenda: Vec::new(),
            records: Vec::new(),
            signature: None,
            lookup: Default::default(),
        }
    }

    /// Reads a file of an older version into today's model: a member of a version 1 or 2 file
    /// was a councillor only if titled so.
    pub fn upgrade_from(&mut self, version: u32) {
        if version < 3 {
            for person in &mut self.people {
                if person.kind == super::PersonKind::Member && !person.has_councillor_title() {
                    person.lay = true;
                }
            }
        }
        self.give_records_ids();
    }

    /// Gives a handle to every record read without one, after the highest handle in use, in
    /// log order.
    pub fn give_records_ids(&mut self) {
        let mut next = self.next_record_id();
        for record in self.records.iter_mut().filter(|r| r.id.is_unset()) {
            record.id = next;
            next = RecordId(next.0.saturating_add(1));
        }
    }

    /// The handle the next new record takes: one after the highest in the file.
    pub fn next_record_id(&self) -> RecordId {
        let highest = self.records.iter().map(|r| r.id.0).max().unwrap_or(0);
        RecordId(highest.saturating_add(1))
    }

    /// The position in the log of the record with this handle.
    pub fn record_index(&self, id: RecordId) -> Option<usize> {
        self.records.iter().position(|r| r.id == id)
    }

    pub fn record(&self, id: RecordId) -> Option<&Record> {
        self.records.iter().find(|r| r.id == id)
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|person| person.id == id)
    }

    pub fn item(&self, id: &str) -> Option<&AgendaItem> {
        self.agenda.get(self.item_index(id)?)
    }

    pub fn item_index(&self, id: &str) -> Option<usize> {
        self.lookup.item(&self.agenda, id)
    }

    /// The record that moved the motion with this handle.
    pub fn motion_record(&self, id: &str) -> Option<&Record> {
        self.records.get(self.lookup.motion(&self.records, id)?)
    }

    /// The item that the item with this id is a part of ("5 Planning" for 5a), when it is a
    /// part of one.
    pub fn part_of_item(&self, id: &str) -> Option<&super::ItemId> {
        self.part_of_item_at(self.item_index(id)?)
    }

    /// As [`Meeting::part_of_item`], for the item at this position in the agenda.
    pub fn part_of_item_at(&self, index: usize) -> Option<&super::ItemId> {
        if !self.agenda.get(index)?.sub_item {
            return None;
        }
        self.agenda[..index]
            .iter()
            .rev()
            .find(|item| !item.sub_item)
            .map(|item| &item.id)
    }

    /// The item's number as printed, or its id when it has none: "6", "exclusion".
    pub fn item_number(&self, id: &str) -> String {
        self.item(id)
            .and_then(|item| item.number.clone())
            .unwrap_or_else(|| id.to_string())
    }

    /// The person called `name` in any of their forms ("Flavell", "K Flavell").
    pub fn find_person(&self, name: &str) -> Option<&Person> {
        self.people.iter().find(|person| person.answers_to(name))
    }

    /// The minute number the item takes: every item takes one, in the order of business (see
    /// [`Meeting::minute_order`]).
    pub fn minute_number(&self, item_id: &str) -> Option<u32> {
        let index = self.item_index(item_id)?;
        self.minute_numbers().get(index).copied()
    }

    /// The last minute number this meeting uses; the next meeting of the body starts after it.
    pub fn last_minute_number(&self) -> Option<u32> {
        self.minute_numbers().into_iter().max()
    }

    /// True when the declaration at this record was made after the declarations item, as when
    /// a member realises an interest part-way through the meeting.
    pub fn declaration_is_late(&self, record_index: usize) -> bool {
        self.records
            .get(record_index)
            .is_some_and(|record| self.declaration_is_late_record(record))
    }

    /// True when this record is a declaration made after the declarations item.
    pub fn declaration_is_late_record(&self, record: &Record) -> bool {
        if !matches!(record.event, Event::Declaration { .. }) {
            return false;
        }
        let made_under = record.item.as_deref().and_then(|id| self.item(id));
        match made_under {
            Some(item) => item.kind != ItemKind::Declarations,
            None => false,
        }
    }

    /// Where the close of the meeting starts in the log: the record of its conclusion. A
    /// record under no item from there on belongs to the close, as the minutes print it after
    /// the last item; one before it belongs to the opening.
    pub fn close_starts(&self) -> Option<usize> {
        self.records
            .iter()
            .position(|record| record.event == Event::Concluded)
    }

    /// Where the record at this place in the log is, as the clerk finds it on the screen: its
    /// item by number, or the opening or the close, and the time it was recorded at: "item 5a,
    /// 19:42", "the opening, 19:30".
    pub fn record_place(&self, index: usize) -> String {
        let Some(record) = self.records.get(index) else {
            return String::new();
        };
        let item = match record.item.as_deref().and_then(|id| self.item(id)) {
            Some(item) => match &item.number {
                Some(number) => format!("item {number}"),
                None => format!("\"{}\"", item.title),
            },
            None if self.in_close(index) => "the close".into(),
            None => "the opening".into(),
        };
        match record.at {
            Some(at) => format!("{item}, {}", super::clock::format(at)),
            None => item,
        }
    }

    /// Whether the record at this place in the log, under no item, is part of the close.
    pub fn in_close(&self, index: usize) -> bool {
        self.records.get(index).is_some_and(|r| r.item.is_none())
            && self.close_starts().is_some_and(|start| index >= start)
    }

    /// True once the Chair has opened the meeting.
    pub fn has_commenced(&self) -> bool {
        self.records
            .iter()
            .any(|record| record.event == Event::Commenced)
    }

    /// Who presided when the meeting opened, when it was not the Chair: the last to take the
    /// chair before the first item. PRESENT, the signature and the signing form all ask this.
    pub fn presiding_at_opening(&self) -> Option<&Person> {
        // A member elected to chair this meeting presided over it, whenever the election.
        let elected = self.records.iter().find_map(|record| match &record.event {
            Event::Appointed {
                person,
                office: super::Office::Chair,
                for_meeting: true,
                ..
            } => self.person(person),
            _ => None,
        });
        if elected.is_some() {
            return elected;
        }
        self.records
            .iter()
            .take_while(|record| record.item.is_none())
            .filter_map(|record| {
                if let Event::InTheChair { person } = &record.event {
                    return self.person(person);
                }
                None
            })
            .last()
    }

    /// Who signs the minutes when the file does not say: whoever presided at the opening,
    /// else the Chair (appointed at the meeting, if one was).
    pub fn signer(&self) -> Option<&Person> {
        self.presiding_at_opening()
            .or_else(|| self.room_now().holder(super::Office::Chair))
    }

    /// The times the meeting commenced and concluded, when recorded.
    pub fn opening_and_closing(&self) -> (Option<NaiveTime>, Option<NaiveTime>) {
        let time_of = |wanted: &Event| {
            self.records
                .iter()
                .find(|record| &record.event == wanted)
                .and_then(|record| record.at)
        };
        (time_of(&Event::Commenced), time_of(&Event::Concluded))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{InterestKind, PersonKind, Voting};

    fn committee(members: usize) -> Meeting {
        let body = Body::named("Test Committee");
        let date = NaiveDate::from_ymd_opt(2026, 1, 1).expect("valid date");
        let mut meeting = Meeting::new(body, date, "Room 1", 1);
        meeting.people = (0..members)
            .map(|i| Person::new(format!("m{i}"), format!("M {i}"), PersonKind::Member))
            .collect();
        meeting
    }

    #[test]
    fn the_default_quorum_is_a_quarter_rounded_up_and_never_below_three() {
        assert_eq!(committee(4).quorum(), 3);
        assert_eq!(committee(12).quorum(), 3);
        assert_eq!(committee(13).quorum(), 4);
        assert_eq!(committee(20).quorum(), 5);
        assert_eq!(committee(21).quorum(), 6);
        let mut fixed = committee(21);
        fixed.body.quorum = Some(10);
        assert_eq!(fixed.quorum(), 10);
        // Non-voting members do not count towards the membership the quorum is taken from.
        let mut board = committee(16);
        for person in board.people.iter_mut().take(4) {
            person.voting = Voting::NonVoting;
        }
        assert_eq!(board.quorum(), 3);
    }

    #[test]
    fn a_declaration_under_a_later_item_is_late() {
        let mut meeting = committee(3);
        for (id, kind) in [("2", ItemKind::Declarations), ("5", ItemKind::Report)] {
            meeting
                .agenda
                .push(AgendaItem::new(id, Some(id.into()), "Item").of_kind(kind));
        }
        let declaration = |item: Option<&str>| {
            Record::new(
                None,
                item.map(Into::into),
                Event::Declaration {
                    person: "m0".into(),
                    items: Vec::new(),
                    applications: Vec::new(),
                    kind: InterestKind::Personal,
                    words: "words".into(),
                    will_leave: false,
                    may_speak_first: false,
                    dispensation: None,
                },
            )
        };
        meeting.records = vec![
            declaration(Some("2")),
            declaration(Some("5")),
            declaration(None),
            Record::new(None, Some("5".into()), Event::Reconvened),
        ];
        let late: Vec<bool> = (0..5).map(|i| meeting.declaration_is_late(i)).collect();
        assert_eq!(late, vec![false, true, false, false, false]);
    }
}
