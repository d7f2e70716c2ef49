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
        let body = minute.meeting.body.kind.word();
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
                    .text("body", body)
                    .maybe("time", at)
                    .maybe("back", back.and_then(|r| r.at).map(Slot::Time))
                    .maybe("reason", reason.map(|r| Slot::Text(r.to_string())))
            }
            // Said with the adjournment it ends, when it follows at once.
            Adjournment::Reconvened
                if matches!(minute.previous(), Some(Event::Adjourned { .. })) =>
            {
                return Vec::new();
            }
            Adjournment::Reconvened => Phrase::new(Key::Reconvened)
                .text("body", body)
                .maybe("time", at),
        };
        vec![Said::Paragraph(phrase)]
    }

    fn form(&self, _context: &FormContext<'_>) -> Option<Schema> {
        match self {
            Adjournment::Adjourned { reason } => Some(adjourned(reason.unwrap_or(""))),
            Adjournment::Reconvened => None,
        }
    }
}

fn adjourned(reason: &str) -> Schema {
    Schema::new("Adjourned", vec![Question::text("Reason", reason)])
}

pub fn blank(which: Which) -> Option<Schema> {
    match which {
        Which::Adjourned => Some(adjourned("")),
        Which::Reconvened => None,
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
