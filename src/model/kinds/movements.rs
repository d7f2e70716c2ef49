//! Members leaving the room and coming back, which decides who is in the room for each vote.

use super::form::{self, Answers, Question, Schema};
use super::{FormContext, InMinute, Kind, Motions, Public, everyone, name};
use crate::model::said::{Key, Phrase, Said};
use crate::model::{Attendance, Event, ItemId, Leaving, Meeting, PersonId, Record, Room};

/// The kinds of this family, as forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Left,
    Returned,
}

pub enum Movement<'e> {
    Left { person: &'e PersonId, how: Leaving },
    Returned { person: &'e PersonId },
}

const LEAVING: &[&str] = &[
    "during the item",
    "before the debate and vote",
    "and did not return",
];

fn leaving_choice(how: Leaving) -> usize {
    match how {
        Leaving::DuringItem => 0,
        Leaving::BeforeDebateAndVote => 1,
        Leaving::DidNotReturn => 2,
    }
}

impl<'e> Movement<'e> {
    fn person(&self) -> &'e PersonId {
        match self {
            Movement::Left { person, .. } | Movement::Returned { person } => person,
        }
    }
}

impl<'e> Kind<'e> for Movement<'e> {
    fn people(&self) -> Vec<&'e PersonId> {
        vec![self.person()]
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

    fn enter(&self, room: &mut Room<'_>) {
        if let Some(standing) = room.standing_mut(self.person()) {
            standing.in_room = matches!(self, Movement::Returned { .. });
        }
    }

    fn decides(&self) -> bool {
        false
    }

    fn public(&self) -> Option<Public> {
        None
    }

    fn line(&self, meeting: &Meeting, _record: &Record) -> String {
        let who = name(meeting, self.person());
        match self {
            Movement::Left { how, .. } => {
                let how = match how {
                    Leaving::DuringItem => "left the meeting",
                    Leaving::BeforeDebateAndVote => "left the meeting ahead of the debate and vote",
                    Leaving::DidNotReturn => "left the meeting and did not return",
                };
                format!("{who} {how}")
            }
            Movement::Returned { .. } => format!("{who} returned to the meeting"),
        }
    }

    fn said(&self, minute: &InMinute<'_>) -> Vec<Said> {
        let key = match self {
            Movement::Left { how, .. } => match how {
                Leaving::DuringItem => Key::Left,
                Leaving::BeforeDebateAndVote => Key::LeftBeforeVote,
                Leaving::DidNotReturn => Key::LeftNotReturning,
            },
            Movement::Returned { .. } => Key::Returned,
        };
        vec![Said::Paragraph(
            Phrase::new(key)
                .person("name", self.person())
                .maybe("during", minute.during()),
        )]
    }

    fn form(&self, context: &FormContext<'_>) -> Option<Schema> {
        let who = Question::person("Who", everyone(context.meeting), false, Some(self.person()));
        Some(match self {
            Movement::Left { how, .. } => Schema::new(
                "A member left the room",
                vec![who, Question::choice("Left", LEAVING, leaving_choice(*how))],
            ),
            Movement::Returned { .. } => Schema::new("A member returned", vec![who]),
        })
    }
}

pub fn blank(which: Which, context: &FormContext<'_>) -> Option<Schema> {
    let room = context.room;
    Some(match which {
        Which::Left => {
            // Members first: it is almost always a member who leaves.
            let mut inside: Vec<&crate::model::Person> = room.in_room().collect();
            inside.sort_by_key(|p| match p.kind {
                crate::model::PersonKind::Member => 0,
                crate::model::PersonKind::Councillor => 1,
                crate::model::PersonKind::Officer | crate::model::PersonKind::Other => 2,
            });
            let inside = inside.into_iter().map(|p| p.id.clone()).collect();
            Schema::new(
                "A member left the room",
                vec![
                    Question::person("Who", inside, false, None),
                    Question::choice("Left", LEAVING, 0),
                ],
            )
        }
        Which::Returned => {
            // Those who left first; those who sent apologies or were absent last.
            let mut out: Vec<(&crate::model::Person, &crate::model::Attendance)> = room
                .everyone()
                .filter(|(_, s)| !s.in_room && s.attendance != Attendance::NotRecorded)
                .map(|(p, s)| (p, &s.attendance))
                .collect();
            out.sort_by_key(|(_, a)| matches!(a, Attendance::Apologies | Attendance::Absent));
            let out = out.into_iter().map(|(p, _)| p.id.clone()).collect();
            Schema::new(
                "A member returned",
                vec![Question::person("Who", out, false, None)],
            )
        }
    })
}

pub fn build(which: Which, answers: &dyn Answers) -> Result<Event, String> {
    let person = form::someone(answers, 0)?;
    Ok(match which {
        Which::Left => Event::Left {
            person,
            how: match answers.choice(1) {
                1 => Leaving::BeforeDebateAndVote,
                2 => Leaving::DidNotReturn,
                _ => Leaving::DuringItem,
            },
        },
        Which::Returned => Event::Returned { person },
    })
}
