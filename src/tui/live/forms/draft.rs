//! What was typed into an open form, kept as a draft when Minutebook stops, and the form it
//! is put back into on reopening.

use serde::{Deserialize, Serialize};

use crate::model::{ItemId, Meeting, PersonId, RecordId};
use crate::tui::live::forms::{Field, Form, FormKind, Target};

/// Text kept from a form that was open when Minutebook stopped, to offer back on reopening.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub kind: FormKind,
    #[serde(default)]
    pub item: Option<ItemId>,
    /// The record a correction was for, by its handle, so it is found wherever it now sits.
    #[serde(default)]
    pub editing: Option<RecordId>,
    #[serde(default)]
    pub about: Option<PersonId>,
    #[serde(default)]
    pub target: Option<Target>,
    /// Each field's text and choice, in order.
    pub fields: Vec<(String, usize)>,
    /// How the meeting stood while the form was open, so that a form recorded just before
    /// Minutebook stopped is known to be recorded and never offered again.
    #[serde(default)]
    pub before: Option<Before>,
}

/// What the form would change, as it stood while the form was open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Before {
    /// A new record, which would take this handle.
    NewRecord(RecordId),
    /// The record being corrected, as it was.
    Record(String),
    /// The meeting's preparation (its details, people and agenda), as a fingerprint.
    Prepared(u64),
}

impl Draft {
    /// Whether what the form was for is in the meeting already: it was recorded, and saved,
    /// after its text was last kept.
    pub fn recorded(&self, meeting: &Meeting) -> bool {
        match &self.before {
            Some(Before::NewRecord(id)) => meeting.records.iter().any(|record| {
                record.id.0 >= id.0
                    && matches!(self.kind, FormKind::Record(kind) if kind == record.event.kind())
            }),
            Some(Before::Record(was)) => {
                self.editing
                    .and_then(|id| meeting.record(id))
                    .map(record_text)
                    != Some(was.clone())
            }
            Some(Before::Prepared(was)) => prepared(meeting) != *was,
            None => false,
        }
    }
}

/// A record as text, to compare.
fn record_text(record: &crate::model::Record) -> String {
    ron::to_string(record).unwrap_or_default()
}

/// A fingerprint of everything in the meeting but its records: what the forms that prepare
/// it change.
fn prepared(meeting: &Meeting) -> u64 {
    let text = ron::to_string(&(
        &meeting.body,
        meeting.date,
        meeting.time.map(|t| t.to_string()),
        &meeting.venue,
        meeting.remote,
        &meeting.notices,
        &meeting.contact,
        meeting.first_minute,
        &meeting.people,
        &meeting.agenda,
        &meeting.signature,
    ))
    .unwrap_or_default();
    // FNV-1a: the same on every machine and every run.
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Form {
    /// What the clerk has typed, to keep as a draft, with how the meeting stands: `next`
    /// is the handle the next new record takes (the session knows it without a walk of the
    /// log, which a key must not pay for).
    pub fn draft(&self, meeting: &Meeting, next: RecordId) -> Draft {
        let before = match (self.kind, self.editing) {
            (FormKind::Record(_), None) => Some(Before::NewRecord(next)),
            (FormKind::Record(_) | FormKind::Time, Some(id)) => {
                meeting.record(id).map(|r| Before::Record(record_text(r)))
            }
            (FormKind::Time | FormKind::Clock | FormKind::SaveAs, _) => None,
            (
                FormKind::AddPerson
                | FormKind::Sign
                | FormKind::Details
                | FormKind::Item
                | FormKind::Withdraw
                | FormKind::Arising
                | FormKind::Person,
                _,
            ) => Some(Before::Prepared(prepared(meeting))),
        };
        Draft {
            kind: self.kind,
            item: self.item.clone(),
            editing: self.editing,
            about: self.about.clone(),
            target: self.target.clone(),
            fields: self.fields.iter().map(|f| (f.value(), f.choice)).collect(),
            before,
        }
    }

    /// The form a draft was kept from, with its text put back. A correction whose record is
    /// no longer in the meeting comes back as a new record of the same kind.
    pub fn from_draft(meeting: &Meeting, draft: &Draft) -> Option<Form> {
        let correction = match (&draft.target, draft.kind) {
            (Some(Target::Item(id)), kind) => Form::about_item(kind, meeting, id),
            (Some(Target::Person(id)), _) => Form::for_person(meeting, id),
            (None, FormKind::Time) => draft.editing.and_then(|id| Form::for_time(meeting, id)),
            (None, _) => draft
                .editing
                .and_then(|id| Form::for_record(meeting, id))
                .filter(|form| form.kind == draft.kind),
        };
        let mut form = match correction {
            Some(form) => form,
            None => Form::blank(
                draft.kind,
                meeting,
                draft.item.clone(),
                None,
                draft.about.clone(),
            )?,
        };
        for (field, (text, choice)) in form.fields.iter_mut().zip(&draft.fields) {
            let kind = field.kind.clone();
            let label = field.label;
            *field = Field::new(label, kind, text);
            field.choice = *choice;
            field.browsed = text.is_empty() && *choice > 0;
        }
        Some(form)
    }
}
