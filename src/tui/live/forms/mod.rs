//! The forms a clerk fills in: a record of any kind (its questions are the kind's own), and
//! the few forms that are not records (someone new, the signature, a time, where to save).
//! A form knows nothing of the screen or the disk: it holds what was typed and turns it into
//! the change it asks for.

pub mod agenda;
pub mod details;
mod draft;
mod field;
pub mod other;
pub mod people;

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

pub use draft::Draft;
pub use field::{Field, FieldKind};

use crate::model::kinds::form::{Answers, Schema};
use crate::model::{
    Edit, EventKind, FormContext, ItemId, Kind, Meeting, Person, PersonId, Record, RecordId, Room,
    Signature, clock,
};

/// The kinds of form, each producing one kind of change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormKind {
    /// A record of this kind: a new one, or a correction.
    Record(EventKind),
    /// Someone not yet known to the meeting, and their attendance.
    AddPerson,
    /// Who signs the minutes, and in what capacity.
    Sign,
    /// The time of a record, alone.
    Time,
    /// Where to save the meeting when its own file cannot be written.
    SaveAs,
    /// The meeting's own details: the body, when and where, the first minute.
    Details,
    /// An agenda item, new (after the current item) or corrected.
    Item,
    /// An item withdrawn, deferred, or put back on the agenda.
    Withdraw,
    /// What the meeting heard of an action carried from an earlier meeting.
    Arising,
    /// The time the forms take as now, when catching up from notes.
    Clock,
    /// Someone the meeting knows, new or corrected.
    Person,
}

/// What a form that changes the meeting rather than the log is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    Item(ItemId),
    Person(PersonId),
}

/// A form being filled in.
#[derive(Debug, Clone)]
pub struct Form {
    pub kind: FormKind,
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// The item the record will be placed under.
    pub item: Option<ItemId>,
    /// The record being corrected, if this is a correction.
    pub editing: Option<RecordId>,
    /// The person the form is about, chosen before it opened.
    pub about: Option<PersonId>,
    /// The item or person a form about the meeting corrects.
    pub target: Option<Target>,
    pub error: Option<String>,
}

/// What a completed form asks to change.
#[derive(Debug, Clone, PartialEq)]
pub enum Submission {
    /// A new record, or a correction of the record with the same handle.
    Record(Record),
    /// Someone new, and their attendance.
    NewPerson(Person, Record),
    Signature(Signature),
    /// Save the meeting to this file and carry on there.
    SaveAs(std::path::PathBuf),
    /// Forms take this as the time now, until it is cleared.
    SetClock(Option<NaiveTime>),
    /// Changes to the meeting itself, and what to call them in the message.
    Change {
        edits: Vec<Edit>,
        said: String,
    },
}

/// A time as the clock shows it, or nothing: how a time field starts.
pub fn time_text(time: Option<NaiveTime>) -> String {
    time.map(clock::format).unwrap_or_default()
}

pub use crate::model::clock::typed_time;

impl Form {
    fn from_schema(
        kind: FormKind,
        schema: Schema,
        meeting: &Meeting,
        item: Option<ItemId>,
        time: Option<Option<NaiveTime>>,
    ) -> Form {
        let mut fields: Vec<Field> = schema
            .questions
            .iter()
            .map(|q| Field::asking(q, meeting))
            .collect();
        if let Some(time) = time {
            fields.push(Field::new("Time", FieldKind::Time, &time_text(time)));
        }
        Form {
            kind,
            title: schema.title,
            fields,
            focus: 0,
            item,
            editing: None,
            about: None,
            target: None,
            error: None,
        }
    }

    /// Keeps fields that follow a choice in step with it: someone added as an officer or a
    /// guest carries no "Councillor" title, and a councillor gets it back.
    pub fn choice_changed(&mut self) {
        if self.kind != FormKind::Person || self.focus != 2 || self.fields.len() < 2 {
            return;
        }
        let councillor = matches!(self.fields[2].choice, 0 | 1);
        let title = self.fields[1].value();
        if !councillor && title.trim() == "Councillor" {
            self.fields[1] = Field::new(self.fields[1].label, FieldKind::Text, "");
        } else if councillor && title.trim().is_empty() {
            self.fields[1] = Field::new(self.fields[1].label, FieldKind::Text, "Councillor");
        }
    }

    /// A new, empty form of the given kind, its time filled from the clock; none for a kind of
    /// record made by other means.
    pub fn blank(
        kind: FormKind,
        meeting: &Meeting,
        item: Option<ItemId>,
        now: Option<NaiveTime>,
        about: Option<PersonId>,
    ) -> Option<Form> {
        let room = meeting.room_now();
        let schema = match kind {
            FormKind::Record(event) => {
                let context = context(meeting, &room, item.as_ref(), None, about.as_ref());
                event.blank(&context)?
            }
            FormKind::AddPerson => other::add_person(meeting, &room),
            FormKind::Sign => other::sign(meeting, &crate::minutes::style::Style::default()),
            FormKind::Time => Schema::new("Correct the time", Vec::new()),
            FormKind::Clock => Schema::new("The time now is", Vec::new()),
            FormKind::SaveAs => other::save_as(),
            FormKind::Details => details::details(meeting),
            FormKind::Item => {
                let after = item.as_deref().and_then(|id| meeting.item_index(id));
                agenda::item(meeting, None, after)
            }
            // These correct something chosen first; see `Form::about_item`, `Form::for_person`.
            FormKind::Withdraw | FormKind::Arising | FormKind::Person => {
                people::person(None, meeting.body.chair_title)
            }
        };
        let timed = matches!(
            kind,
            FormKind::Record(_) | FormKind::AddPerson | FormKind::Time | FormKind::Clock
        );
        let mut form = Form::from_schema(kind, schema, meeting, item, timed.then_some(now));
        form.about = about;
        Some(form)
    }

    /// A resolution under the item, already worded for the clerk to keep or change.
    pub fn worded_resolution(
        meeting: &Meeting,
        item: Option<ItemId>,
        now: Option<NaiveTime>,
        text: &str,
    ) -> Option<Form> {
        let mut form = Form::blank(
            FormKind::Record(crate::model::EventKind::Resolved),
            meeting,
            item,
            now,
            None,
        )?;
        let label = form.fields.first()?.label;
        form.fields[0] = Field::new(label, FieldKind::Lines, text);
        Some(form)
    }

    /// Who signs the minutes, proposed as the minutes in the house style would print it.
    pub fn signing(meeting: &Meeting, house: &crate::minutes::style::Style) -> Form {
        let schema = other::sign(meeting, house);
        Form::from_schema(FormKind::Sign, schema, meeting, None, None)
    }

    /// A form holding a record, for the clerk to correct it; none for records changed by
    /// other means (attendance, votes).
    pub fn for_record(meeting: &Meeting, id: RecordId) -> Option<Form> {
        let record = meeting.record(id)?;
        let room = meeting.room_now();
        let context = context(meeting, &room, record.item.as_ref(), Some(record), None);
        let schema = record.event.view().form(&context)?;
        let kind = FormKind::Record(record.event.kind());
        let mut form =
            Form::from_schema(kind, schema, meeting, record.item.clone(), Some(record.at));
        form.editing = Some(id);
        form.about = record.event.person().cloned();
        form.title = format!("Correct: {}", form.title);
        Some(form)
    }

    /// A form about an agenda item: correcting it, or withdrawing or deferring it.
    pub fn about_item(kind: FormKind, meeting: &Meeting, id: &ItemId) -> Option<Form> {
        let item = meeting.item(id)?;
        let index = meeting.item_index(id);
        let schema = match kind {
            FormKind::Withdraw => agenda::withdraw(item),
            FormKind::Arising => agenda::arising(item),
            FormKind::Item => agenda::item(meeting, Some(item), index),
            FormKind::Record(_)
            | FormKind::AddPerson
            | FormKind::Sign
            | FormKind::Time
            | FormKind::Clock
            | FormKind::SaveAs
            | FormKind::Details
            | FormKind::Person => return None,
        };
        let mut form = Form::from_schema(kind, schema, meeting, Some(id.clone()), None);
        form.target = Some(Target::Item(id.clone()));
        Some(form)
    }

    /// A form correcting someone the meeting knows.
    pub fn for_person(meeting: &Meeting, id: &PersonId) -> Option<Form> {
        let person = meeting.person(id)?;
        let schema = people::person(Some(person), meeting.body.chair_title);
        let mut form = Form::from_schema(FormKind::Person, schema, meeting, None, None);
        form.target = Some(Target::Person(id.clone()));
        Some(form)
    }

    /// The item a form about an item corrects.
    pub fn target_item(&self) -> Option<&ItemId> {
        match &self.target {
            Some(Target::Item(id)) => Some(id),
            Some(Target::Person(_)) | None => None,
        }
    }

    /// The person a form about a person corrects.
    pub fn target_person(&self) -> Option<&PersonId> {
        match &self.target {
            Some(Target::Person(id)) => Some(id),
            Some(Target::Item(_)) | None => None,
        }
    }

    /// A form to correct only the time of a record.
    pub fn for_time(meeting: &Meeting, id: RecordId) -> Option<Form> {
        let record = meeting.record(id)?;
        let schema = Schema::new("Correct the time", Vec::new());
        let mut form = Form::from_schema(
            FormKind::Time,
            schema,
            meeting,
            record.item.clone(),
            Some(record.at),
        );
        form.editing = Some(id);
        Some(form)
    }

    pub fn focused(&self) -> Option<&Field> {
        self.fields.get(self.focus)
    }

    pub fn focused_mut(&mut self) -> Option<&mut Field> {
        self.fields.get_mut(self.focus)
    }

    pub fn next_field(&mut self) {
        self.focus = (self.focus + 1) % self.fields.len().max(1);
    }

    pub fn previous_field(&mut self) {
        let count = self.fields.len().max(1);
        self.focus = (self.focus + count - 1) % count;
    }

    pub fn on_last_field(&self) -> bool {
        self.focus + 1 >= self.fields.len()
    }

    /// Whether all that follows the focused field is the time, already filled in: Enter then
    /// records the form, rather than moving to a field the clerk seldom changes and typing
    /// their next key into it.
    pub fn only_time_follows(&self) -> bool {
        let rest = self.fields.get(self.focus + 1..).unwrap_or_default();
        !rest.is_empty()
            && rest
                .iter()
                .all(|f| matches!(f.kind, FieldKind::Time) && !f.value().trim().is_empty())
    }

    fn time(&self) -> Result<Option<NaiveTime>, String> {
        let Some(field) = self
            .fields
            .iter()
            .find(|f| matches!(f.kind, FieldKind::Time))
        else {
            return Ok(None);
        };
        typed_time(&field.value())
    }

    /// Turns the finished form into the change it asks for, or says what is missing.
    pub fn submit(&self, meeting: &Meeting) -> Result<Submission, String> {
        let at = self.time()?;
        match self.kind {
            FormKind::Record(kind) => {
                let room = meeting.room_now();
                let editing = self.editing.and_then(|id| meeting.record(id));
                let context = context(
                    meeting,
                    &room,
                    self.item.as_ref(),
                    editing,
                    self.about.as_ref(),
                );
                let event = kind.build(self, &context)?;
                let mut record = Record::new(at, self.item.clone(), event);
                if let Some(id) = self.editing {
                    record.id = id;
                }
                Ok(Submission::Record(record))
            }
            FormKind::AddPerson => other::new_person(self, meeting, at),
            FormKind::Sign => other::signature(self),
            FormKind::SaveAs => other::path(self),
            FormKind::Clock => Ok(Submission::SetClock(at)),
            FormKind::Details => details::details_submit(self, meeting),
            FormKind::Item => agenda::item_submit(self, meeting),
            FormKind::Withdraw => agenda::withdraw_submit(self, meeting),
            FormKind::Arising => agenda::arising_submit(self, meeting),
            FormKind::Person => people::person_submit(self, meeting),
            FormKind::Time => {
                let id = self.editing.ok_or("no record to correct")?;
                let mut record = meeting
                    .record(id)
                    .cloned()
                    .ok_or("that record is no longer there")?;
                record.at = at;
                Ok(Submission::Record(record))
            }
        }
    }
}

fn context<'m>(
    meeting: &'m Meeting,
    room: &'m Room<'m>,
    item: Option<&'m ItemId>,
    editing: Option<&'m Record>,
    about: Option<&'m PersonId>,
) -> FormContext<'m> {
    FormContext {
        meeting,
        room,
        item,
        editing,
        about,
    }
}

impl Answers for Form {
    fn label(&self, index: usize) -> &str {
        self.fields.get(index).map_or("", |f| f.label)
    }

    fn text(&self, index: usize) -> String {
        self.fields.get(index).map(Field::value).unwrap_or_default()
    }

    fn choice(&self, index: usize) -> usize {
        self.fields.get(index).map_or(0, |f| f.choice)
    }

    fn person(&self, index: usize) -> Result<Option<PersonId>, String> {
        self.fields.get(index).map_or(Ok(None), Field::person)
    }
}
