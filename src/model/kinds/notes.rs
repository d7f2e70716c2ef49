//! What was said, in the clerk's own words, and what was promised for after the meeting.

use super::form::{self, Answers, Question, Schema};
use super::{FormContext, InMinute, Kind, Motions, Public, everyone, name};
use crate::model::said::Said;
use crate::model::{Event, ItemId, Meeting, NoteKind, PersonId, Record, Room};

/// The kinds of this family, as forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Note,
    Action,
}

pub enum Note<'e> {
    Note {
        kind: NoteKind,
        text: &'e str,
        by: Option<&'e PersonId>,
    },
    Action {
        text: &'e str,
        owner: Option<&'e PersonId>,
    },
}

const NOTE_KINDS: &[&str] = &["narrative", "question", "comment", "officer's response"];

fn note_choice(kind: NoteKind) -> usize {
    match kind {
        NoteKind::Narrative => 0,
        NoteKind::Question => 1,
        NoteKind::Comment => 2,
        NoteKind::Response => 3,
    }
}

impl<'e> Kind<'e> for Note<'e> {
    fn people(&self) -> Vec<&'e PersonId> {
        match self {
            Note::Note { by, .. } => by.iter().copied().collect(),
            Note::Action { owner, .. } => owner.iter().copied().collect(),
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

    fn enter(&self, _room: &mut Room<'_>) {}

    fn decides(&self) -> bool {
        false
    }

    fn public(&self) -> Option<Public> {
        None
    }

    fn line(&self, meeting: &Meeting, _record: &Record) -> String {
        match self {
            Note::Note { kind, text, by } => {
                let kind = match kind {
                    NoteKind::Narrative => "Note",
                    NoteKind::Question => "Question",
                    NoteKind::Comment => "Comment",
                    NoteKind::Response => "Response",
                };
                match by {
                    Some(by) => format!("{kind} ({}): {text}", name(meeting, by)),
                    None => format!("{kind}: {text}"),
                }
            }
            Note::Action { text, owner } => match owner {
                Some(owner) => format!("Action ({}): {text}", name(meeting, owner)),
                None => format!("Action: {text}"),
            },
        }
    }

    fn said(&self, _minute: &InMinute<'_>) -> Vec<Said> {
        match self {
            Note::Note { text, .. } | Note::Action { text, .. } => {
                vec![Said::Typed(text.to_string())]
            }
        }
    }

    fn form(&self, context: &FormContext<'_>) -> Option<Schema> {
        Some(match self {
            Note::Note { kind, text, by } => note(context, text, note_choice(*kind), *by),
            Note::Action { text, owner } => action(context, text, *owner),
        })
    }
}

fn note(context: &FormContext<'_>, text: &str, kind: usize, by: Option<&PersonId>) -> Schema {
    Schema::new(
        "Note",
        vec![
            Question::lines("Text", text),
            Question::choice("Kind", NOTE_KINDS, kind),
            Question::person("Who spoke", everyone(context.meeting), true, by),
        ],
    )
}

fn action(context: &FormContext<'_>, text: &str, owner: Option<&PersonId>) -> Schema {
    Schema::new(
        "Follow-up action",
        vec![
            Question::lines("Action", text),
            Question::person("Owed by", everyone(context.meeting), true, owner),
        ],
    )
}

pub fn blank(which: Which, context: &FormContext<'_>) -> Option<Schema> {
    Some(match which {
        Which::Note => note(context, "", 0, None),
        Which::Action => action(context, "", None),
    })
}

pub fn build(which: Which, answers: &dyn Answers) -> Result<Event, String> {
    Ok(match which {
        Which::Note => Event::Note {
            text: form::required(answers, 0)?,
            kind: match answers.choice(1) {
                1 => NoteKind::Question,
                2 => NoteKind::Comment,
                3 => NoteKind::Response,
                _ => NoteKind::Narrative,
            },
            by: answers.person(2)?,
        },
        Which::Action => Event::Action {
            text: form::required(answers, 0)?,
            owner: answers.person(1)?,
        },
    })
}
