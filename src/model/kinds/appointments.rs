//! The body appointing its Chair or Vice-Chair at the meeting, as at the first meeting of the
//! municipal year: from the appointment on, the member holds the office in the attendance list,
//! in PRESENT and on the signature line. The resolution that makes it is recorded after it.
//! Elected for the meeting only (the holder being away), the member presides and no office
//! changes hands.

use chrono::Datelike;

use super::form::{self, Answers, Question, Schema};
use super::{FormContext, InMinute, Kind, Motions, Public, name};
use crate::model::said::{Key, Phrase, Said};
use crate::model::{Event, ItemId, Meeting, Office, PersonId, PersonKind, Record, Room};

pub struct Appointment<'e> {
    pub person: &'e PersonId,
    pub office: Office,
    pub term: Option<&'e str>,
    pub for_meeting: bool,
}

const OFFICES: &[&str] = &["Chair", "Vice-Chair"];

/// "2025/26": the municipal year that began in May on or before the meeting.
pub fn municipal_year(meeting: &Meeting) -> String {
    let date = meeting.date;
    let start = if date.month() >= 5 {
        date.year()
    } else {
        date.year() - 1
    };
    format!("{start}/{:02}", (start + 1).rem_euclid(100))
}

/// The office's name as the body styles it: "Chair", "Vice-Chairman".
pub fn office_word(meeting: &Meeting, office: Office) -> &'static str {
    let title = meeting.body.chair_title;
    match office {
        Office::Chair => title.chair(),
        Office::ViceChair => title.vice_chair(),
        Office::Member => "Member",
    }
}

impl Appointment<'_> {
    /// The resolution that makes the appointment, as the minutes will print it.
    /// Without a term said, the appointment is for the municipal year.
    pub fn resolution(&self, meeting: &Meeting) -> Phrase {
        let key = match (self.for_meeting, self.term) {
            (true, _) => Key::AppointmentForMeeting,
            (false, Some(_)) => Key::AppointmentResolution,
            (false, None) => Key::AppointmentForYear,
        };
        Phrase::new(key)
            .text("year", municipal_year(meeting))
            .person("name", self.person)
            .with("office", crate::model::said::Slot::Office(self.office))
            .maybe(
                "term",
                self.term
                    .map(|t| crate::model::said::Slot::Text(t.to_string())),
            )
    }
}

impl<'e> Kind<'e> for Appointment<'e> {
    fn people(&self) -> Vec<&'e PersonId> {
        vec![self.person]
    }

    fn items(&self) -> Vec<&'e ItemId> {
        Vec::new()
    }

    fn motions(&self) -> Motions<'e> {
        Motions::default()
    }

    fn unsound(&self) -> Option<String> {
        (self.office == Office::Member)
            .then(|| "an appointment is of the Chair or the Vice-Chair, not of a member".into())
    }

    fn enter(&self, room: &mut Room<'_>) {
        // Presiding for one meeting changes who signs and how PRESENT reads, not the offices.
        if !self.for_meeting {
            room.appoint(self.person, self.office);
        }
    }

    fn decides(&self) -> bool {
        true
    }

    fn public(&self) -> Option<Public> {
        None
    }

    fn line(&self, meeting: &Meeting, _record: &Record) -> String {
        let term = match (self.for_meeting, self.term) {
            (true, _) => " for this meeting".to_string(),
            (false, Some(term)) => format!(" for {term}"),
            (false, None) => format!(" for {}", municipal_year(meeting)),
        };
        format!(
            "{} appointed {}{term}",
            name(meeting, self.person),
            office_word(meeting, self.office)
        )
    }

    /// The resolution recorded after the appointment says it, and the minutes say nothing
    /// more (never that the member "took the chair"); without one, the appointment says its
    /// own resolution in the house style's words, so that it is not lost.
    /// Appointments made one after another without resolutions of their own are one
    /// resolution of a paragraph each, said by the first of them.
    fn said(&self, minute: &InMinute<'_>) -> Vec<Said> {
        if resolution_follows(minute) || says_its_own(minute, minute.at.wrapping_sub(1)) {
            return Vec::new();
        }
        let resolutions = (minute.at..)
            .take_while(|&at| says_its_own(minute, at))
            .filter_map(|at| match minute.records[at].event.view() {
                super::View::Appointment(appointment) => Some(appointment),
                _ => None,
            })
            .map(|appointment| appointment.resolution(minute.meeting))
            .collect();
        vec![Said::ResolvedThat {
            marker: Phrase::new(Key::Resolved),
            resolutions,
        }]
    }

    fn form(&self, context: &FormContext<'_>) -> Option<Schema> {
        Some(appointment(
            context,
            Some(self.person),
            (self.office, self.for_meeting),
            self.term.unwrap_or(""),
        ))
    }
}

/// Whether a resolution is recorded after the appointment, before the next appointment.
pub fn resolution_follows(minute: &InMinute<'_>) -> bool {
    minute
        .records
        .iter()
        .skip(minute.at + 1)
        .take_while(|r| !matches!(r.event, Event::Appointed { .. }))
        .any(|r| matches!(r.event, Event::Resolved { .. }))
}

/// Whether the appointment's resolution was said by the appointment before it, the first of
/// those made together.
pub fn said_with_earlier(minute: &InMinute<'_>) -> bool {
    says_its_own(minute, minute.at) && says_its_own(minute, minute.at.wrapping_sub(1))
}

/// Whether the record at `at` in the minute is an appointment that says its own resolution.
fn says_its_own(minute: &InMinute<'_>, at: usize) -> bool {
    let Some(record) = minute.records.get(at) else {
        return false;
    };
    matches!(record.event, Event::Appointed { .. })
        && !resolution_follows(&InMinute {
            meeting: minute.meeting,
            records: minute.records,
            at,
        })
}

fn appointment(
    context: &FormContext<'_>,
    person: Option<&PersonId>,
    (office, for_meeting): (Office, bool),
    term: &str,
) -> Schema {
    let members = context
        .meeting
        .people
        .iter()
        .filter(|p| p.kind == PersonKind::Member)
        .map(|p| p.id.clone())
        .collect();
    let chosen = usize::from(office == Office::ViceChair);
    Schema::new(
        "The committee appoints",
        vec![
            Question::person("Member", members, false, person),
            Question::choice("As", OFFICES, chosen),
            Question::text("For (blank: the municipal year)", term),
            Question::yes_no("For this meeting only", for_meeting),
        ],
    )
}

/// A new appointment: of the Chair, unless the meeting has one already, for the municipal year
/// (the house style words the year).
pub fn blank(context: &FormContext<'_>) -> Option<Schema> {
    let office = if context.room.holder(Office::Chair).is_some() {
        Office::ViceChair
    } else {
        Office::Chair
    };
    Some(appointment(context, None, (office, false), ""))
}

pub fn build(answers: &dyn Answers) -> Result<Event, String> {
    Ok(Event::Appointed {
        person: form::someone(answers, 0)?,
        office: if answers.choice(1) == 1 {
            Office::ViceChair
        } else {
            Office::Chair
        },
        term: form::optional(answers, 2),
        for_meeting: answers.choice(3) == 1,
    })
}
