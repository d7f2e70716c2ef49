//! A new member co-opted by the body (a parish or town council filling a vacancy), who from
//! then on sits as a member, and whether they signed the declaration of acceptance of office.

use super::form::{self, Answers, Question, Schema};
use super::{FormContext, InMinute, Kind, Motions, Public, name};
use crate::model::said::{Key, Phrase, Said};
use crate::model::{Event, ItemId, Meeting, PersonId, PersonKind, Record, Room};

pub struct CoOption<'e> {
    pub person: &'e PersonId,
    pub accepted: bool,
}

impl<'e> Kind<'e> for CoOption<'e> {
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
        None
    }

    /// From the co-option on, the new member sits in the room with a vote.
    fn enter(&self, room: &mut Room<'_>) {
        room.co_opt(self.person);
    }

    fn decides(&self) -> bool {
        true
    }

    fn public(&self) -> Option<Public> {
        None
    }

    fn line(&self, meeting: &Meeting, _record: &Record) -> String {
        let accepted = if self.accepted {
            "; signed the declaration of acceptance of office"
        } else {
            ""
        };
        format!("{} co-opted{accepted}", name(meeting, self.person))
    }

    fn said(&self, minute: &InMinute<'_>) -> Vec<Said> {
        let body = Key::body(minute.meeting.body.kind);
        let mut said = vec![Said::ResolvedThat {
            marker: Phrase::new(Key::Resolved),
            // Not yet a councillor when the resolution was made: named without the title.
            resolutions: vec![
                Phrase::new(Key::CoOption)
                    .text("name", before_co_option(minute.meeting, self.person))
                    .phrase("body", Phrase::new(body)),
            ],
        }];
        if self.accepted {
            said.push(Said::Paragraph(
                Phrase::new(Key::AcceptedOffice).person("name", self.person),
            ));
        }
        said
    }

    fn form(&self, context: &FormContext<'_>) -> Option<Schema> {
        Some(co_option(context, Some(self.person), self.accepted))
    }
}

/// The person as they were named before they were co-opted: their name, with a title of their
/// own ("Mrs"), but not a councillor's.
fn before_co_option(meeting: &Meeting, person: &PersonId) -> String {
    match meeting.person(person) {
        Some(p) => match &p.title {
            Some(title) if !title.to_lowercase().contains("councillor") => {
                format!("{title} {}", p.name)
            }
            _ => p.name.clone(),
        },
        None => person.to_string(),
    }
}

fn co_option(context: &FormContext<'_>, person: Option<&PersonId>, accepted: bool) -> Schema {
    // The members not yet sitting: a new member is added to the meeting's people first.
    let candidates = context
        .meeting
        .people
        .iter()
        .filter(|p| p.kind == PersonKind::Member)
        .filter(|p| {
            Some(&p.id) == person || !context.room.standing(&p.id).is_some_and(|s| s.in_room)
        })
        .map(|p| p.id.clone())
        .collect();
    Schema::new(
        "A new member co-opted",
        vec![
            Question::person("Who", candidates, false, person),
            Question::yes_no("Signed the declaration of acceptance of office", accepted),
        ],
    )
}

pub fn blank(context: &FormContext<'_>) -> Option<Schema> {
    Some(co_option(context, None, true))
}

pub fn build(answers: &dyn Answers) -> Result<Event, String> {
    Ok(Event::CoOpted {
        person: form::someone(answers, 0)?,
        accepted: answers.choice(1) == 1,
    })
}
