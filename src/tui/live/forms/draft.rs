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
}

impl Form {
    /// What the clerk has typed, to keep as a draft.
    pub fn draft(&self) -> Draft {
        Draft {
            kind: self.kind,
            item: self.item.clone(),
            editing: self.editing,
            about: self.about.clone(),
            target: self.target.clone(),
            fields: self.fields.iter().map(|f| (f.value(), f.choice)).collect(),
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
