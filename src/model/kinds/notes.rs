//! What was said, in the clerk's own words, and what was promised for after the meeting.

use super::form::{self, Answers, Question, Schema};
use super::{FormContext, InMinute, Kind, Motions, Public, everyone, name};
use crate::model::said::{Key, Phrase, Said, Slot};
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

/// The verbs an action is usually worded with as an instruction ("Obtain quotes for the
/// bench"). An action opening with any other word may already say who is to act, or not be an
/// instruction at all ("While this could be attributed …"), and prints as typed.
const INSTRUCTIONS: &[&str] = &[
    "add",
    "advertise",
    "advise",
    "agree",
    "apply",
    "approach",
    "arrange",
    "ask",
    "book",
    "bring",
    "buy",
    "cancel",
    "chase",
    "check",
    "circulate",
    "claim",
    "clarify",
    "clear",
    "collate",
    "compile",
    "complete",
    "confirm",
    "consider",
    "consult",
    "contact",
    "co-ordinate",
    "coordinate",
    "draft",
    "email",
    "e-mail",
    "ensure",
    "establish",
    "explore",
    "find",
    "follow",
    "forward",
    "get",
    "highlight",
    "identify",
    "inform",
    "inspect",
    "install",
    "instruct",
    "investigate",
    "invite",
    "liaise",
    "look",
    "meet",
    "monitor",
    "notify",
    "obtain",
    "order",
    "organise",
    "organize",
    "pay",
    "phone",
    "place",
    "prepare",
    "present",
    "produce",
    "progress",
    "provide",
    "publish",
    "purchase",
    "pursue",
    "put",
    "raise",
    "refer",
    "register",
    "remind",
    "remove",
    "renew",
    "repair",
    "reply",
    "report",
    "request",
    "research",
    "respond",
    "review",
    "seek",
    "send",
    "set",
    "share",
    "source",
    "speak",
    "submit",
    "telephone",
    "update",
    "visit",
    "write",
];

/// A one-line action worded as an instruction ("Obtain quotes for the bench"), ready to follow
/// its owner: "obtain quotes for the bench". None where it opens with any other word, or runs
/// over more than a line, so that it prints as typed.
fn owned(text: &str) -> Option<String> {
    let text = text.trim().trim_end_matches('.');
    if text.contains('\n') {
        return None;
    }
    // "To obtain quotes" follows the owner as well as "Obtain quotes" does.
    let text = match text.split_once(char::is_whitespace) {
        Some((to, rest)) if to.eq_ignore_ascii_case("to") => rest.trim_start(),
        _ => text,
    };
    let (first, _) = text.split_once(char::is_whitespace)?;
    if !INSTRUCTIONS.contains(&first.to_lowercase().as_str()) {
        return None;
    }
    let mut chars = text.chars();
    let head = chars.next()?;
    Some(head.to_lowercase().chain(chars).collect())
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
            Note::Action {
                text,
                owner: Some(owner),
            } => match owned(text) {
                Some(action) => vec![Said::Paragraph(
                    Phrase::new(Key::ActionOwned)
                        .with("owner", Slot::Owner((*owner).clone()))
                        .text("action", action),
                )],
                None => vec![Said::Typed(text.to_string())],
            },
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
