//! A reason for a member's absence, approved by the council. Under section 85 of the Local
//! Government Act 1972 a member who attends no meeting of the council for six consecutive
//! months ceases to be a member, unless the council approved a reason for the absence before
//! the six months ran out; the approval, with the date it runs to when the council gave one,
//! is what stops that clock.

use chrono::NaiveDate;

use super::form::{self, Answers, Question, Schema};
use super::{FormContext, InMinute, Kind, Motions, Public, name};
use crate::model::said::{Key, Phrase, Said, Slot};
use crate::model::{Event, ItemId, Meeting, PersonId, Record, Room};

pub struct Absence<'e> {
    pub person: &'e PersonId,
    pub reason: &'e str,
    pub until: Option<NaiveDate>,
}

impl<'e> Kind<'e> for Absence<'e> {
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
        self.reason
            .trim()
            .is_empty()
            .then(|| "an approved absence needs the reason the council approved".into())
    }

    fn enter(&self, _room: &mut Room<'_>) {}

    /// The council's decision on the item.
    fn decides(&self) -> bool {
        true
    }

    fn public(&self) -> Option<Public> {
        None
    }

    fn line(&self, meeting: &Meeting, _record: &Record) -> String {
        let until = self
            .until
            .map(|d| format!(" until {}", d.format("%-d %B %Y")))
            .unwrap_or_default();
        format!(
            "Absence approved for {}: {}{until}",
            name(meeting, self.person),
            self.reason.trim()
        )
    }

    fn said(&self, _minute: &InMinute<'_>) -> Vec<Said> {
        vec![Said::ResolvedThat {
            marker: Phrase::new(Key::Resolved),
            resolutions: vec![
                Phrase::new(Key::AbsenceApproved)
                    .person("name", self.person)
                    .text("reason", reason_words(self.reason))
                    .maybe("until", self.until.map(Slot::Date)),
            ],
        }]
    }

    fn form(&self, context: &FormContext<'_>) -> Option<Schema> {
        Some(absence(
            context,
            Some(self.person),
            self.reason,
            &self
                .until
                .map(|d| d.format("%-d %B %Y").to_string())
                .unwrap_or_default(),
        ))
    }
}

/// The reason as it reads inside the resolution: without a full stop of its own.
fn reason_words(reason: &str) -> String {
    reason.trim().trim_end_matches('.').to_string()
}

fn absence(
    context: &FormContext<'_>,
    person: Option<&PersonId>,
    reason: &str,
    until: &str,
) -> Schema {
    Schema::new(
        "A reason for absence approved",
        vec![
            Question::person(
                "Member",
                super::context::councillors(context.meeting),
                false,
                person,
            )
            .helped("type part of the member's name"),
            Question::text("Reason", reason).helped(
                "the reason the council approved, as the minutes will say it: owing to illness",
            ),
            Question::text("Until (optional)", until).helped(
                "the date the approval runs to, if the council gave one: 30 September 2026",
            ),
        ],
    )
}

pub fn blank(context: &FormContext<'_>) -> Option<Schema> {
    Some(absence(context, context.about, "", ""))
}

pub fn build(answers: &dyn Answers) -> Result<Event, String> {
    let until = match form::optional(answers, 2) {
        Some(text) => Some(crate::model::clock::read_date(answers.label(2), &text)?),
        None => None,
    };
    Ok(Event::AbsenceApproved {
        person: form::someone(answers, 0)?,
        reason: form::required(answers, 1)?,
        until,
    })
}
