//! An account of what the minutes say: each record the minutes printed is noted as they are
//! built, and [`unprinted`] names every record they leave out, with why, for `check` and the
//! live screen's problems to show. Nothing recorded is dropped without a word.

use std::collections::HashMap;

use super::{Builder, Options};
use crate::check::{Place, Problem};
use crate::minutes::style::Style;
use crate::model::kinds::Kind;
use crate::model::said::Key;
use crate::model::{Event, EventKind, Meeting, Person, RecordId};

/// A record the minutes will not print, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unprinted {
    /// The record's place in the log.
    pub record: usize,
    pub reason: String,
}

/// Each record the minutes leave out, as a warning at the record, for `check` and the live
/// screen's problems.
pub fn unprinted_warnings(meeting: &Meeting, style: &Style) -> Vec<Problem> {
    unprinted(meeting, style)
        .into_iter()
        .map(|u| {
            Problem::warning(
                Place::Record(u.record),
                format!("this will not print in the minutes: {}", u.reason),
            )
        })
        .collect()
}

/// Every record the confidential minutes in this style leave out, in log order.
pub fn unprinted(meeting: &Meeting, style: &Style) -> Vec<Unprinted> {
    let mut builder = Builder::new(meeting, style, Options { confidential: true });
    builder.build_blocks();
    builder.attendance_printed();
    builder.reconvening_printed();
    meeting
        .records
        .iter()
        .enumerate()
        .filter(|(_, r)| !builder.printed.contains(&r.id))
        .map(|(index, record)| Unprinted {
            record: index,
            reason: builder.why_not(record),
        })
        .collect()
}

impl<'m> Builder<'m> {
    /// The last attendance mark made of each person, which is the one the minutes print.
    fn last_marks(&self) -> HashMap<&'m str, (RecordId, EventKind)> {
        let mut last = HashMap::new();
        for record in &self.meeting.records {
            let kind = record.event.kind();
            let marks = matches!(
                kind,
                EventKind::Present
                    | EventKind::AttendingVirtually
                    | EventKind::Apologies
                    | EventKind::Absent
                    | EventKind::Substitute
                    | EventKind::ArrivedLate
                    | EventKind::CoOpted
            );
            if let (true, Some(person)) = (marks, record.event.person()) {
                last.insert(person.as_str(), (record.id, kind));
            }
        }
        last
    }

    /// Notes the apologies or substitutions of these people as said, by the apologies.
    pub(super) fn apologies_printed(&mut self, people: &[&Person]) {
        let last = self.last_marks();
        for person in people {
            if let Some((id, EventKind::Apologies | EventKind::Substitute)) =
                last.get(person.id.as_str())
            {
                self.printed.insert(*id);
            }
        }
    }

    /// Notes the attendance records the attendance lists print: for each person, the last
    /// mark made of them, when it is printed. (The apologies note their own; a late arrival
    /// and a co-option say themselves where they were recorded.)
    pub(super) fn attendance_printed(&mut self) {
        let last = self.last_marks();
        let says = |key| self.voice.style.says(key);
        let mut shown = Vec::new();
        for person in &self.meeting.people {
            let Some(&(id, kind)) = last.get(person.id.as_str()) else {
                continue;
            };
            let printed = match kind {
                EventKind::Present => self.attended(person),
                EventKind::AttendingVirtually => self.virtual_attendance(person),
                EventKind::Absent => says(Key::NotPresent) && self.listed_absent(person),
                _ => false,
            };
            if printed {
                shown.push(id);
            }
        }
        self.printed.extend(shown);
        // A late arrival listed with the time they came is said there, wherever it was
        // recorded.
        let arrivals: Vec<RecordId> = self
            .meeting
            .records
            .iter()
            .filter_map(|record| match (&record.event, record.at) {
                (Event::ArrivedLate { person }, Some(at)) => {
                    let listed = self
                        .meeting
                        .person(person)
                        .is_some_and(|p| self.attended(p) || self.virtual_attendance(p));
                    let line = "—";
                    let marked = self.say(
                        &crate::model::said::Phrase::new(Key::ArrivedInList)
                            .text("line", line)
                            .with("time", crate::model::said::Slot::Time(at)),
                    );
                    (listed && marked != line).then_some(record.id)
                }
                _ => None,
            })
            .collect();
        self.printed.extend(arrivals);
    }

    fn is_member(&self, person: &crate::model::PersonId) -> bool {
        self.meeting
            .person(person)
            .is_some_and(|p| p.kind == crate::model::PersonKind::Member)
    }

    /// Whether the record is the last attendance mark made of its person.
    fn is_last_mark(&self, record: &crate::model::Record) -> bool {
        record.event.person().is_some_and(|person| {
            self.last_marks()
                .get(person.as_str())
                .is_some_and(|(id, _)| *id == record.id)
        })
    }

    /// Notes a reconvening said with the adjournment just before it under the same item
    /// ("adjourned at 8.24 pm and reconvened at 8.32 pm").
    fn reconvening_printed(&mut self) {
        let mut last_under: HashMap<Option<&str>, &crate::model::Record> = HashMap::new();
        let mut said_with = Vec::new();
        for record in &self.meeting.records {
            let item = record.item.as_deref();
            if record.event == Event::Reconvened
                && let Some(before) = last_under.get(&item)
                && matches!(before.event, Event::Adjourned { .. })
                && self.printed.contains(&before.id)
            {
                said_with.push(record.id);
            }
            last_under.insert(item, record);
        }
        self.printed.extend(said_with);
    }

    /// Whether no record of the same kind comes before this one.
    fn first_of_its_kind(&self, record: &crate::model::Record) -> bool {
        self.meeting
            .records
            .iter()
            .find(|r| r.event == record.event)
            .is_some_and(|r| r.id == record.id)
    }

    /// Why a record is not in the minutes.
    fn why_not(&self, record: &crate::model::Record) -> String {
        let who = || {
            record
                .event
                .person()
                .map_or_else(String::new, |id| self.voice.name(id))
        };
        match &record.event {
            Event::Absent { person }
                if self.is_member(person) && !self.voice.style.says(Key::NotPresent) =>
            {
                format!(
                    "{} is marked absent, and the house style lists nobody not present (its \
                 sentence not_present has no words)",
                    who()
                )
            }
            Event::Absent { .. } if self.is_last_mark(record) => format!(
                "{} is marked absent, but the minutes name only members not present",
                who()
            ),
            Event::Present { .. }
            | Event::AttendingVirtually { .. }
            | Event::Apologies { .. }
            | Event::Absent { .. }
            | Event::Substitute { .. } => format!(
                "a later attendance mark for {} takes this one's place in the minutes",
                who()
            ),
            Event::Motion { .. }
                if self.voice.style.settings.decisions
                    == crate::minutes::style::Decisions::Together =>
            {
                "the resolution after it says what was resolved, and its sentence says no mover \
                 or seconder of this motion"
                    .into()
            }
            Event::Commenced | Event::Concluded if !self.first_of_its_kind(record) => {
                "an earlier record of the same kind gives the time the minutes print; this one \
                 is not used"
                    .into()
            }
            Event::Commenced | Event::Concluded if record.at.is_none() => {
                "it has no time, so the minutes cannot say when; give it one (t on the record)"
                    .into()
            }
            Event::Commenced | Event::Concluded => {
                "the house style prints no line for when the meeting commenced and concluded".into()
            }
            _ => format!(
                "the house style gives no words to \"{}\", so the minutes say nothing of it",
                record.event.view().line(self.meeting, record)
            ),
        }
    }
}
