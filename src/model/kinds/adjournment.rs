//! The meeting adjourning and reconvening. An adjournment followed at once by its
//! reconvening is one sentence in the minutes.

use super::form::{self, Answers, Question, Schema};
use super::{FormContext, InMinute, Kind, Motions, Public};
use crate::model::said::{Key, Phrase, Said, Slot};
use crate::model::{Event, ItemId, Meeting, PersonId, Record, Room};

/// The kinds of this family, as forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Adjourned,
    Reconvened,
}

pub enum Adjournment<'e> {
    Adjourned { reason: Option<&'e str> },
    Reconvened,
}

impl<'e> Kind<'e> for Adjournment<'e> {
    fn people(&self) -> Vec<&'e PersonId> {
        Vec::new()
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

    fn line(&self, _meeting: &Meeting, _record: &Record) -> String {
        match self {
            Adjournment::Adjourned {
                reason: Some(reason),
            } => format!("Adjourned: {reason}"),
            Adjournment::Adjourned { reason: None } => "Adjourned".into(),
            Adjournment::Reconvened => "Reconvened".into(),
        }
    }

    fn said(&self, minute: &InMinute<'_>) -> Vec<Said> {
        let at = minute.record().and_then(|r| r.at).map(Slot::Time);
        let body = Key::body(minute.meeting.body.kind);
        let phrase = match self {
            Adjournment::Adjourned { reason } => {
                let back = minute
                    .records
                    .get(minute.at + 1)
                    .filter(|next| next.event == Event::Reconvened);
                let key = if back.is_some() {
                    Key::AdjournedAndReconvened
                } else {
                    Key::Adjourned
                };
                Phrase::new(key)
                    .phrase("body", Phrase::new(body))
                    .maybe("time", at)
                    .maybe("back", back.and_then(|r| r.at).map(Slot::Time))
                    .maybe("reason", reason.and_then(reason_clause))
                    .maybe("reason_sentence", reason.and_then(reason_sentence))
                    .maybe("during", minute.during())
            }
            // Said with the adjournment it ends, when it follows at once.
            Adjournment::Reconvened
                if matches!(minute.previous(), Some(Event::Adjourned { .. })) =>
            {
                return Vec::new();
            }
            Adjournment::Reconvened => Phrase::new(Key::Reconvened)
                .phrase("body", Phrase::new(body))
                .maybe("time", at),
        };
        vec![Said::Paragraph(phrase)]
    }

    fn form(&self, _context: &FormContext<'_>) -> Option<Schema> {
        match self {
            Adjournment::Adjourned { reason } => Some(adjourned(reason.unwrap_or(""))),
            Adjournment::Reconvened => Some(Schema::new("Reconvened", Vec::new())),
        }
    }
}

/// The reason as part of the sentence: "for a short break", or as typed when it brings its
/// own joining word ("to allow members to read the papers", "while the room was cleared").
fn reason_clause(reason: &str) -> Option<Slot> {
    if reason_sentence(reason).is_some() {
        return None;
    }
    let reason = reason.trim().trim_end_matches('.');
    if reason.is_empty() {
        return None;
    }
    let first = reason
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    const JOINING: &[&str] = &[
        "for",
        "to",
        "while",
        "whilst",
        "so",
        "pending",
        "because",
        "due",
        "owing",
        "until",
        "in",
        "as",
        "after",
        "during",
        "following",
    ];
    if JOINING.contains(&first.as_str()) {
        return Some(Slot::Text(reason.to_string()));
    }
    // A reason typed as a sentence ("A short break") reads mid-sentence in lower case.
    let mut chars = reason.chars();
    let lowered = match chars.next() {
        Some(c) if c.is_uppercase() && chars.clone().next().is_some_and(char::is_lowercase) => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => reason.to_string(),
    };
    Some(Slot::Phrase(Box::new(
        Phrase::new(Key::AdjournedFor).text("reason", lowered),
    )))
}

/// A reason typed as a sentence of its own ("The meeting was no longer quorate."): said after
/// the adjournment's sentence, as typed.
fn reason_sentence(reason: &str) -> Option<Slot> {
    let reason = reason.trim();
    let sentence = reason.ends_with(['.', '!', '?'])
        && reason.chars().next().is_some_and(char::is_uppercase)
        && reason.split_whitespace().count() >= 3;
    sentence.then(|| Slot::Text(reason.to_string()))
}

fn adjourned(reason: &str) -> Schema {
    Schema::new("Adjourned", vec![Question::text("Reason", reason)])
}

pub fn blank(which: Which) -> Option<Schema> {
    match which {
        Which::Adjourned => Some(adjourned("")),
        Which::Reconvened => Some(Schema::new("Reconvened", Vec::new())),
    }
}

pub fn build(which: Which, answers: &dyn Answers) -> Result<Event, String> {
    Ok(match which {
        Which::Adjourned => Event::Adjourned {
            reason: form::optional(answers, 0),
        },
        Which::Reconvened => Event::Reconvened,
    })
}
