//! A planning application taken under an item: its reference, the site, what is proposed, the
//! ward and the planning officer's recommendation. What follows it under the item (the
//! speakers, the motion, the vote and what was resolved) is about it, until the next
//! application, so several applications sit under one item, each with its own decision.

use super::form::{self, Answers, Question, Schema};
use super::{FormContext, InMinute, Kind, Motions, Public};
use crate::model::said::{Key, Phrase, Said, Slot};
use crate::model::{Event, ItemId, ListedApplication, Meeting, PersonId, Record, Room};

pub struct Application<'e> {
    pub reference: &'e str,
    pub site: &'e str,
    pub proposal: &'e str,
    pub ward: Option<&'e str>,
    pub recommendation: Option<&'e str>,
}

fn text(value: &str) -> Option<Slot> {
    Some(Slot::Text(value.trim().to_string())).filter(|_| !value.trim().is_empty())
}

/// A proposal or recommendation as a sentence carries it: without a full stop of its own, as
/// the sentence gives its own.
fn clause(value: &str) -> Option<Slot> {
    text(value.trim().trim_end_matches('.'))
}

impl<'e> Kind<'e> for Application<'e> {
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
        self.reference
            .trim()
            .is_empty()
            .then(|| "a planning application needs its reference".into())
    }

    /// What follows under the item is this application's business.
    fn enter(&self, room: &mut Room<'_>) {
        room.take_application(self.reference);
    }

    // The decision on it is the resolution (or the vote) recorded after it.
    fn decides(&self) -> bool {
        false
    }

    fn public(&self) -> Option<Public> {
        None
    }

    fn line(&self, _meeting: &Meeting, _record: &Record) -> String {
        let mut line = format!("Application {}", self.reference);
        if !self.site.is_empty() {
            line.push_str(&format!(": {}", self.site));
        }
        if !self.proposal.is_empty() {
            line.push_str(&format!(" — {}", self.proposal));
        }
        if let Some(recommended) = self.recommendation {
            line.push_str(&format!(" (recommended: {recommended})"));
        }
        line
    }

    fn said(&self, _minute: &InMinute<'_>) -> Vec<Said> {
        vec![
            Said::Heading(
                Phrase::new(Key::ApplicationHeading)
                    .text("reference", self.reference.trim())
                    .maybe("site", text(self.site))
                    .maybe("ward", self.ward.and_then(text)),
            ),
            Said::Paragraph(
                Phrase::new(Key::ApplicationDetails)
                    .maybe("proposal", clause(self.proposal))
                    .maybe("recommendation", self.recommendation.and_then(clause)),
            ),
        ]
    }

    fn form(&self, _context: &FormContext<'_>) -> Option<Schema> {
        Some(application(self))
    }
}

fn application(given: &Application<'_>) -> Schema {
    Schema::new(
        "Planning application",
        vec![
            Question::text("Reference", given.reference),
            Question::text("Site", given.site),
            Question::lines("Proposal", given.proposal),
            Question::text("Ward (optional)", given.ward.unwrap_or_default()),
            Question::text(
                "Officers recommend (optional)",
                given.recommendation.unwrap_or_default(),
            ),
        ],
    )
}

/// A new application's form: the next the agenda lists under the item that has not yet been
/// taken, filled in as the agenda prints it, or blank when there is none.
pub fn blank(context: &FormContext<'_>) -> Option<Schema> {
    let listed = context.item.and_then(|id| next_listed(context.meeting, id));
    Some(application(&Application {
        reference: listed.map_or("", |l| l.reference.as_str()),
        site: listed.map_or("", |l| l.site.as_str()),
        proposal: listed.map_or("", |l| l.proposal.as_str()),
        ward: listed.and_then(|l| l.ward.as_deref()),
        recommendation: listed.and_then(|l| l.recommendation.as_deref()),
    }))
}

/// The first application the agenda lists under the item that no record under it has taken,
/// known by its reference, or by its site where the agenda gives no reference.
pub fn next_listed<'m>(meeting: &'m Meeting, item: &ItemId) -> Option<&'m ListedApplication> {
    let taken: Vec<(&str, &str)> = meeting
        .records
        .iter()
        .filter(|r| r.item.as_ref() == Some(item))
        .filter_map(|r| match &r.event {
            Event::Application {
                reference, site, ..
            } => Some((reference.trim(), site.trim())),
            _ => None,
        })
        .collect();
    meeting.item(item)?.applications.iter().find(|listed| {
        !taken.iter().any(|(reference, site)| {
            if listed.reference.trim().is_empty() {
                site.eq_ignore_ascii_case(listed.site.trim())
            } else {
                reference.eq_ignore_ascii_case(listed.reference.trim())
            }
        })
    })
}

pub fn build(answers: &dyn Answers) -> Result<Event, String> {
    Ok(Event::Application {
        reference: form::required(answers, 0)?,
        site: form::optional(answers, 1).unwrap_or_default(),
        proposal: form::optional(answers, 2).unwrap_or_default(),
        ward: form::optional(answers, 3),
        recommendation: form::optional(answers, 4),
    })
}

/// The application a record under an item is about: the last one taken before it under the
/// same item.
pub fn about(meeting: &Meeting, index: usize) -> Option<&Record> {
    let record = meeting.records.get(index)?;
    record.item.as_ref()?;
    meeting.records[..index]
        .iter()
        .rev()
        .filter(|r| r.item == record.item)
        .find(|r| matches!(r.event, Event::Application { .. }))
}
