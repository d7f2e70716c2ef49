//! Who attends and how: present, by video link, apologies, absent, substituting, arriving
//! late, and presiding. Recorded from the attendance list, so only the substitute's member and
//! the person in the chair have forms of their own.

use super::form::{self, Answers, Question, Schema};
use super::{FormContext, InMinute, Kind, Motions, Public, councillors, name};
use crate::model::said::{Key, Phrase, Said, Slot};
use crate::model::{
    Attendance as Standing, Event, ItemId, Meeting, PersonId, PersonKind, Record, Room,
};

/// The kinds of this family, as forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Present,
    Virtually,
    Apologies,
    Absent,
    Substitute,
    ArrivedLate,
    InTheChair,
}

/// A record of this family, borrowing from the meeting.
pub enum Attendance<'e> {
    Present(&'e PersonId),
    Virtually(&'e PersonId),
    Apologies {
        person: &'e PersonId,
        reason: Option<&'e str>,
    },
    Absent(&'e PersonId),
    Substitute {
        person: &'e PersonId,
        for_member: Option<&'e PersonId>,
    },
    ArrivedLate(&'e PersonId),
    InTheChair(&'e PersonId),
}

impl<'e> Attendance<'e> {
    fn person(&self) -> &'e PersonId {
        match self {
            Attendance::Present(person)
            | Attendance::Virtually(person)
            | Attendance::Apologies { person, .. }
            | Attendance::Absent(person)
            | Attendance::Substitute { person, .. }
            | Attendance::ArrivedLate(person)
            | Attendance::InTheChair(person) => person,
        }
    }
}

impl<'e> Kind<'e> for Attendance<'e> {
    fn people(&self) -> Vec<&'e PersonId> {
        match self {
            Attendance::Substitute { person, for_member } => {
                std::iter::once(*person).chain(*for_member).collect()
            }
            Attendance::Present(person)
            | Attendance::Virtually(person)
            | Attendance::Apologies { person, .. }
            | Attendance::Absent(person)
            | Attendance::ArrivedLate(person)
            | Attendance::InTheChair(person) => vec![*person],
        }
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
        let Some(standing) = room.standing_mut(self.person()) else {
            return;
        };
        match self {
            Attendance::Present(_) => {
                standing.attendance = Standing::Present;
                standing.in_room = true;
            }
            // At a meeting held remotely, joining by video is being at the meeting.
            Attendance::Virtually(_) => {
                let remote = room.is_remote();
                let Some(standing) = room.standing_mut(self.person()) else {
                    return;
                };
                standing.attendance = Standing::Virtual;
                standing.in_room = remote;
            }
            Attendance::Apologies { .. } => {
                standing.attendance = Standing::Apologies;
                standing.in_room = false;
            }
            Attendance::Absent(_) => {
                standing.attendance = Standing::Absent;
                standing.in_room = false;
            }
            Attendance::Substitute { for_member, .. } => {
                standing.attendance = Standing::Substitute {
                    for_member: for_member.cloned(),
                };
                standing.in_room = true;
            }
            Attendance::ArrivedLate(_) => {
                // A substitute who arrives late is still a substitute.
                if !matches!(standing.attendance, Standing::Substitute { .. }) {
                    standing.attendance = Standing::Present;
                }
                standing.in_room = true;
                standing.late = true;
            }
            // Presiding changes who signs and how PRESENT reads, not who is in the room.
            Attendance::InTheChair(_) => {}
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
            Attendance::Present(_) => format!("Present: {who}"),
            Attendance::Virtually(_) => format!("Attending virtually: {who}"),
            Attendance::Apologies {
                reason: Some(reason),
                ..
            } => format!("Apologies: {who} ({reason})"),
            Attendance::Apologies { reason: None, .. } => format!("Apologies: {who}"),
            Attendance::Absent(_) => format!("Absent: {who}"),
            Attendance::Substitute {
                for_member: Some(member),
                ..
            } => format!("Substitute: {who} for {}", name(meeting, member)),
            Attendance::Substitute {
                for_member: None, ..
            } => format!("Substitute: {who}"),
            Attendance::ArrivedLate(_) => format!("{who} arrived late"),
            Attendance::InTheChair(_) => format!("{who} in the Chair"),
        }
    }

    fn said(&self, minute: &InMinute<'_>) -> Vec<Said> {
        let at = minute.record().and_then(|r| r.at).map(Slot::Time);
        let phrase = |key| {
            vec![Said::Paragraph(
                Phrase::new(key)
                    .person("name", self.person())
                    .maybe("time", at.clone()),
            )]
        };
        match self {
            // Attendance is minuted under PRESENT and the apologies item, not where recorded.
            Attendance::Present(_)
            | Attendance::Virtually(_)
            | Attendance::Apologies { .. }
            | Attendance::Absent(_)
            | Attendance::Substitute { .. } => Vec::new(),
            Attendance::ArrivedLate(_) => phrase(Key::Arrived),
            Attendance::InTheChair(_) => phrase(Key::TookChair),
        }
    }

    fn form(&self, context: &FormContext<'_>) -> Option<Schema> {
        match self {
            Attendance::InTheChair(person) => {
                let mut schema = take_chair(context);
                schema.questions[0] =
                    Question::person("Who", councillors(context.meeting), false, Some(person));
                Some(schema)
            }
            // The reason is given here; the mark itself is changed from the attendance list.
            Attendance::Apologies { person, reason } => Some(apologies(
                context.meeting,
                person,
                reason.unwrap_or_default(),
            )),
            // Changed from the attendance list.
            Attendance::Present(_)
            | Attendance::Virtually(_)
            | Attendance::Absent(_)
            | Attendance::Substitute { .. }
            | Attendance::ArrivedLate(_) => None,
        }
    }
}

fn apologies(meeting: &Meeting, person: &PersonId, reason: &str) -> Schema {
    Schema::new(
        format!("Apologies from {}", name(meeting, person)),
        vec![Question::text("Reason (optional)", reason)],
    )
}

fn take_chair(context: &FormContext<'_>) -> Schema {
    Schema::new(
        "Someone takes the chair",
        vec![Question::person(
            "Who",
            councillors(context.meeting),
            false,
            None,
        )],
    )
}

/// The members a substitute may stand in for: those who sent apologies first, as the
/// substitute is most likely for one of them, then the rest.
pub fn substitutable(
    meeting: &Meeting,
    room: &Room<'_>,
    except: Option<&PersonId>,
) -> Vec<PersonId> {
    let members = || {
        meeting
            .people
            .iter()
            .filter(move |p| p.kind == PersonKind::Member && Some(&p.id) != except)
    };
    let sent_apologies = |p: &&crate::model::Person| {
        room.standing(&p.id)
            .is_some_and(|s| s.attendance == Standing::Apologies)
    };
    members()
        .filter(sent_apologies)
        .chain(members().filter(|p| !sent_apologies(p)))
        .map(|p| p.id.clone())
        .collect()
}

fn substitute(context: &FormContext<'_>) -> Schema {
    let meeting = context.meeting;
    let members = substitutable(meeting, context.room, context.about);
    let title = context.about.and_then(|id| meeting.person(id)).map_or_else(
        || "Substitute".to_string(),
        |p| format!("{} attends as a substitute", p.titled_name()),
    );
    Schema::new(
        title,
        vec![Question::person("For member", members, true, None)],
    )
}

pub fn blank(which: Which, context: &FormContext<'_>) -> Option<Schema> {
    match which {
        Which::Substitute => Some(substitute(context)),
        Which::InTheChair => Some(take_chair(context)),
        Which::Present
        | Which::Virtually
        | Which::Apologies
        | Which::Absent
        | Which::ArrivedLate => None,
    }
}

/// Whether the person may substitute for a member: a councillor, or on a board someone from a
/// member's organisation; never one of the council's officers, who serve the meeting. Someone
/// the meeting does not know is refused elsewhere, as every unknown name is.
pub fn can_substitute(meeting: &Meeting, person: &PersonId) -> bool {
    meeting
        .person(person)
        .is_none_or(|p| p.kind != PersonKind::Officer)
}

pub fn build(
    which: Which,
    answers: &dyn Answers,
    context: &FormContext<'_>,
) -> Result<Event, String> {
    let about = || {
        context
            .about
            .cloned()
            .ok_or_else(|| "choose the person on the attendance list first".to_string())
    };
    Ok(match which {
        Which::Present => Event::Present { person: about()? },
        Which::Virtually => Event::AttendingVirtually { person: about()? },
        Which::Apologies => Event::Apologies {
            person: about()?,
            reason: form::optional(answers, 0),
        },
        Which::Absent => Event::Absent { person: about()? },
        Which::ArrivedLate => Event::ArrivedLate { person: about()? },
        Which::Substitute => {
            let person = about()?;
            if !can_substitute(context.meeting, &person) {
                return Err("an officer cannot substitute for a member".into());
            }
            Event::Substitute {
                person,
                for_member: answers.person(0)?,
            }
        }
        Which::InTheChair => Event::InTheChair {
            person: form::someone(answers, 0)?,
        },
    })
}
