//! The forms a clerk fills in for each kind of record: fields, what they accept, and how the
//! finished form becomes a record. A form knows nothing of the screen or the disk.

use chrono::NaiveTime;
use ratatui_textarea::TextArea;
use serde::{Deserialize, Serialize};

use super::picker::{Candidate, rank};
use crate::model::kinds::clauses;
use crate::model::{
    Event, InterestKind, ItemId, Leaving, Meeting, MotionId, MotionKind, NoteKind, Outcome, Person,
    PersonId, PersonKind, Record, Signature, clock,
};

/// What a field holds and how it is typed into.
#[derive(Debug, Clone)]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// Several lines of text; Enter starts a new line.
    Lines,
    /// "14:05", or empty when the time is not known.
    Time,
    /// One of a fixed list, chosen with Up and Down.
    Choice(Vec<String>),
    /// A person, found by typing any part of any of their names.
    Person {
        candidates: Vec<Candidate>,
        optional: bool,
    },
}

/// One field of a form.
#[derive(Debug, Clone)]
pub struct Field {
    pub label: &'static str,
    pub kind: FieldKind,
    pub text: TextArea<'static>,
    /// The chosen entry of a choice, or the highlighted match of a person field.
    pub choice: usize,
    /// A person field whose list the clerk has moved through, so its highlight is a choice
    /// even with nothing typed.
    pub browsed: bool,
}

impl Field {
    fn new(label: &'static str, kind: FieldKind, text: &str) -> Field {
        let lines: Vec<String> = if text.is_empty() {
            vec![String::new()]
        } else {
            text.lines().map(str::to_string).collect()
        };
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(ratatui_textarea::WrapMode::Word);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Field {
            label,
            kind,
            text: area,
            choice: 0,
            browsed: false,
        }
    }

    fn choice(label: &'static str, options: &[&str], chosen: usize) -> Field {
        let mut field = Field::new(
            label,
            FieldKind::Choice(options.iter().map(|o| o.to_string()).collect()),
            "",
        );
        field.choice = chosen.min(options.len().saturating_sub(1));
        field
    }

    fn person(
        label: &'static str,
        candidates: Vec<Candidate>,
        optional: bool,
        chosen: Option<&Person>,
    ) -> Field {
        let query = chosen.map(|p| p.titled_name()).unwrap_or_default();
        Field::new(
            label,
            FieldKind::Person {
                candidates,
                optional,
            },
            &query,
        )
    }

    /// The text typed, lines joined with newlines.
    pub fn value(&self) -> String {
        self.text.lines().join("\n")
    }

    /// The matches a person field offers for what has been typed.
    pub fn matches(&self) -> Vec<&Candidate> {
        match &self.kind {
            FieldKind::Person { candidates, .. } => rank(candidates, &self.value()),
            _ => Vec::new(),
        }
    }

    /// The person chosen in a person field, if any.
    pub fn chosen_person(&self) -> Option<PersonId> {
        if self.value().trim().is_empty() && !self.browsed {
            return None;
        }
        self.matches()
            .get(self.choice)
            .map(|c| c.id.as_str().into())
    }

    /// Moves a choice or a person field's highlight.
    pub fn step(&mut self, forward: bool) {
        let count = match &self.kind {
            FieldKind::Choice(options) => options.len(),
            FieldKind::Person { .. } => {
                self.browsed = true;
                self.matches().len()
            }
            _ => return,
        };
        if count == 0 {
            return;
        }
        // A choice kept in a draft may be out of range; bring it back before stepping.
        let choice = self.choice % count;
        self.choice = if forward {
            (choice + 1) % count
        } else {
            (choice + count - 1) % count
        };
    }

    /// Whether Up and Down choose in this field rather than move a cursor.
    pub fn chooses(&self) -> bool {
        matches!(self.kind, FieldKind::Choice(_) | FieldKind::Person { .. })
    }

    pub fn is_multiline(&self) -> bool {
        matches!(self.kind, FieldKind::Lines)
    }

    /// Typing into a field; person fields start their matching afresh.
    pub fn type_key(&mut self, input: ratatui_textarea::Input) {
        if let FieldKind::Choice(options) = &self.kind {
            // A letter jumps to the first choice that starts with it.
            // Again, and it moves on to the next that does.
            if let ratatui_textarea::Key::Char(c) = input.key {
                let wanted = c.to_ascii_lowercase();
                let starts =
                    |o: &String| o.chars().next().map(|f| f.to_ascii_lowercase()) == Some(wanted);
                let count = options.len();
                if let Some(index) = (1..=count)
                    .map(|step| (self.choice + step) % count)
                    .find(|&i| starts(&options[i]))
                {
                    self.choice = index;
                }
            }
            return;
        }
        if self.text.input(input) && matches!(self.kind, FieldKind::Person { .. }) {
            self.choice = 0;
        }
    }
}

/// The kinds of form, each producing one kind of change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormKind {
    Declaration,
    Left,
    Returned,
    Adjourned,
    Note,
    FollowUp,
    Motion,
    SettleMotion,
    Resolution,
    Exclusion,
    Substitute {
        person: PersonId,
    },
    AddPerson,
    TakeChair,
    Sign,
    Time,
    /// Where to save the meeting when its own file cannot be written.
    SaveAs,
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
    pub editing: Option<usize>,
    pub error: Option<String>,
}

/// What a completed form asks to change.
#[derive(Debug, Clone, PartialEq)]
pub enum Submission {
    Record(Record),
    /// Someone new, and their attendance.
    NewPerson(Person, Record),
    Signature(Signature),
    /// Save the meeting to this file and carry on there.
    SaveAs(std::path::PathBuf),
}

/// Text kept from a form that was open when Minutebook stopped, to offer back on reopening.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub kind: FormKind,
    #[serde(default)]
    pub item: Option<ItemId>,
    #[serde(default)]
    pub editing: Option<usize>,
    /// Each field's text and choice, in order.
    pub fields: Vec<(String, usize)>,
}

const INTEREST_KINDS: &[&str] = &[
    "unspecified (\"an interest\")",
    "disclosable pecuniary",
    "other registerable",
    "non-registerable",
    "pecuniary",
    "non-pecuniary",
    "personal",
];
const LEAVING: &[&str] = &[
    "during the item",
    "before the debate and vote",
    "and did not return",
];
const NOTE_KINDS: &[&str] = &["narrative", "question", "comment", "officer's response"];
const MOTION_KINDS: &[&str] = &["motion", "formal amendment", "friendly amendment"];
const OUTCOMES: &[&str] = &[
    "withdrawn",
    "accepted into the motion",
    "carried without a vote",
    "lost without a vote",
];
const NEW_PERSON_KINDS: &[&str] = &[
    "officer",
    "other (guest, speaker)",
    "councillor (not a member)",
];
const YES_NO: &[&str] = &["no", "yes"];

fn interest_index(kind: &InterestKind) -> (usize, String) {
    match kind {
        InterestKind::Unspecified => (0, String::new()),
        InterestKind::DisclosablePecuniary => (1, String::new()),
        InterestKind::OtherRegisterable => (2, String::new()),
        InterestKind::NonRegisterable => (3, String::new()),
        InterestKind::Pecuniary => (4, String::new()),
        InterestKind::NonPecuniary => (5, String::new()),
        InterestKind::Personal => (6, String::new()),
        InterestKind::Described(words) => (0, words.clone()),
    }
}

fn interest_kind(index: usize, described: &str) -> InterestKind {
    if !described.trim().is_empty() {
        return InterestKind::Described(described.trim().to_string());
    }
    match index {
        1 => InterestKind::DisclosablePecuniary,
        2 => InterestKind::OtherRegisterable,
        3 => InterestKind::NonRegisterable,
        4 => InterestKind::Pecuniary,
        5 => InterestKind::NonPecuniary,
        6 => InterestKind::Personal,
        _ => InterestKind::Unspecified,
    }
}

fn time_text(time: Option<NaiveTime>) -> String {
    time.map(clock::format).unwrap_or_default()
}

fn candidates<'m>(people: impl Iterator<Item = &'m Person>) -> Vec<Candidate> {
    people.map(Candidate::person).collect()
}

fn councillors(meeting: &Meeting) -> Vec<Candidate> {
    candidates(
        meeting
            .people
            .iter()
            .filter(|p| matches!(p.kind, PersonKind::Member | PersonKind::Councillor)),
    )
}

fn everyone(meeting: &Meeting) -> Vec<Candidate> {
    candidates(meeting.people.iter())
}

impl Form {
    fn new(kind: FormKind, title: &str, item: Option<ItemId>, fields: Vec<Field>) -> Form {
        Form {
            kind,
            title: title.into(),
            fields,
            focus: 0,
            item,
            editing: None,
            error: None,
        }
    }

    /// A new, empty form of the given kind, with the time filled from the clock.
    pub fn blank(
        kind: FormKind,
        meeting: &Meeting,
        item: Option<ItemId>,
        now: Option<NaiveTime>,
    ) -> Form {
        let time = Field::new("Time", FieldKind::Time, &time_text(now));
        let room = meeting.room_now();
        match kind {
            FormKind::Declaration => {
                let items = item
                    .as_deref()
                    .and_then(|id| meeting.item(id))
                    .filter(|i| i.kind != crate::model::ItemKind::Declarations)
                    .map(|i| i.number.clone().unwrap_or_else(|| i.id.to_string()))
                    .unwrap_or_default();
                Form::new(
                    kind,
                    "Declaration of interest",
                    item,
                    vec![
                        Field::person("Member", councillors(meeting), false, None),
                        Field::new("Items", FieldKind::Text, &items),
                        Field::choice("Kind", INTEREST_KINDS, 0),
                        Field::new("Own words", FieldKind::Text, ""),
                        Field::new("Declared", FieldKind::Lines, ""),
                        Field::choice("Will leave", YES_NO, 0),
                        Field::choice("Speaks first", YES_NO, 0),
                        time,
                    ],
                )
            }
            FormKind::Left => Form::new(
                kind,
                "A member left the room",
                item,
                vec![
                    Field::person("Who", candidates(room.in_room()), false, None),
                    Field::choice("Left", LEAVING, 0),
                    time,
                ],
            ),
            FormKind::Returned => {
                let out = room
                    .everyone()
                    .filter(|(_, s)| {
                        !s.in_room && s.attendance != crate::model::Attendance::NotRecorded
                    })
                    .map(|(p, _)| p);
                Form::new(
                    kind,
                    "A member returned",
                    item,
                    vec![Field::person("Who", candidates(out), false, None), time],
                )
            }
            FormKind::Adjourned => Form::new(
                kind,
                "Adjourned",
                item,
                vec![Field::new("Reason", FieldKind::Text, ""), time],
            ),
            FormKind::Note => Form::new(
                kind,
                "Note",
                item,
                vec![
                    Field::new("Text", FieldKind::Lines, ""),
                    Field::choice("Kind", NOTE_KINDS, 0),
                    Field::person("Who spoke", everyone(meeting), true, None),
                    time,
                ],
            ),
            FormKind::FollowUp => Form::new(
                kind,
                "Follow-up action",
                item,
                vec![
                    Field::new("Action", FieldKind::Lines, ""),
                    Field::person("Owed by", everyone(meeting), true, None),
                    time,
                ],
            ),
            FormKind::Motion => Form::new(
                kind,
                "Motion or amendment",
                item,
                vec![
                    Field::new("Text", FieldKind::Lines, ""),
                    Field::choice("Kind", MOTION_KINDS, 0),
                    Field::person("Moved by", councillors(meeting), true, None),
                    Field::person("Seconded by", councillors(meeting), true, None),
                    time,
                ],
            ),
            FormKind::SettleMotion => {
                let motions: Vec<String> = motions_in(meeting, item.as_deref())
                    .iter()
                    .map(|(id, text)| format!("{id}: {text}"))
                    .collect();
                let motions: Vec<&str> = motions.iter().map(String::as_str).collect();
                Form::new(
                    kind,
                    "Motion settled without a vote",
                    item,
                    vec![
                        Field::choice("Motion", &motions, motions.len().saturating_sub(1)),
                        Field::choice("Outcome", OUTCOMES, 0),
                        time,
                    ],
                )
            }
            FormKind::Resolution => Form::new(
                kind,
                "RESOLVED",
                item,
                vec![Field::new("Resolution", FieldKind::Lines, ""), time],
            ),
            FormKind::Exclusion => Form::new(
                kind,
                "Exclusion of the press and public",
                item,
                vec![Field::new("Paragraphs", FieldKind::Text, ""), time],
            ),
            FormKind::Substitute { ref person } => {
                let members = meeting
                    .people
                    .iter()
                    .filter(|p| p.kind == PersonKind::Member && p.id != *person);
                let title = meeting
                    .person(person)
                    .map(|p| format!("{} attends as a substitute", p.titled_name()))
                    .unwrap_or_else(|| "Substitute".into());
                Form::new(
                    kind.clone(),
                    &title,
                    item,
                    vec![
                        Field::person("For member", candidates(members), true, None),
                        time,
                    ],
                )
            }
            FormKind::AddPerson => Form::new(
                kind,
                "Someone new attending",
                item,
                vec![
                    Field::new("Name", FieldKind::Text, ""),
                    Field::choice("Attending as", NEW_PERSON_KINDS, 0),
                    Field::new("Role", FieldKind::Text, ""),
                    Field::new("Organisation", FieldKind::Text, ""),
                    Field::choice("Virtually", YES_NO, 0),
                    time,
                ],
            ),
            FormKind::TakeChair => Form::new(
                kind,
                "Someone takes the chair",
                item,
                vec![
                    Field::person("Who", councillors(meeting), false, None),
                    time,
                ],
            ),
            FormKind::Sign => {
                let (signer, capacity) = default_signature(meeting);
                let mut form = Form::new(
                    kind,
                    "Who signs the minutes",
                    item,
                    vec![
                        Field::person("Who", councillors(meeting), false, signer),
                        Field::new("Capacity", FieldKind::Text, &capacity),
                    ],
                );
                if let Some(signature) = &meeting.signature {
                    form.fields[0] = Field::person(
                        "Who",
                        councillors(meeting),
                        false,
                        meeting.person(&signature.person),
                    );
                    form.fields[1] = Field::new("Capacity", FieldKind::Text, &signature.capacity);
                }
                form
            }
            FormKind::Time => Form::new(kind, "Correct the time", item, vec![time]),
            FormKind::SaveAs => Form::new(
                kind,
                "Save the meeting to another file",
                item,
                vec![Field::new("File", FieldKind::Text, "")],
            ),
        }
    }

    /// A form holding a record, for the clerk to correct it; `None` for records that are
    /// changed by other means (attendance, votes).
    pub fn for_record(meeting: &Meeting, index: usize) -> Option<Form> {
        let record = meeting.records.get(index)?;
        let item = record.item.clone();
        let person = |id: &str| meeting.person(id);
        let mut form = match &record.event {
            Event::Declaration {
                person: who,
                items,
                kind,
                words,
                will_leave,
                may_speak_first,
            } => {
                let mut form = Form::blank(FormKind::Declaration, meeting, item, record.at);
                let numbers: Vec<String> = items.iter().map(|id| meeting.item_number(id)).collect();
                let (kind_index, described) = interest_index(kind);
                form.fields[0] = Field::person("Member", councillors(meeting), false, person(who));
                form.fields[1] = Field::new("Items", FieldKind::Text, &numbers.join(", "));
                form.fields[2].choice = kind_index;
                form.fields[3] = Field::new("Own words", FieldKind::Text, &described);
                form.fields[4] = Field::new("Declared", FieldKind::Lines, words);
                form.fields[5].choice = usize::from(*will_leave);
                form.fields[6].choice = usize::from(*may_speak_first);
                form
            }
            Event::Left { person: who, how } => {
                let mut form = Form::blank(FormKind::Left, meeting, item, record.at);
                form.fields[0] = Field::person("Who", everyone(meeting), false, person(who));
                form.fields[1].choice = match how {
                    Leaving::DuringItem => 0,
                    Leaving::BeforeDebateAndVote => 1,
                    Leaving::DidNotReturn => 2,
                };
                form
            }
            Event::Returned { person: who } => {
                let mut form = Form::blank(FormKind::Returned, meeting, item, record.at);
                form.fields[0] = Field::person("Who", everyone(meeting), false, person(who));
                form
            }
            Event::Adjourned { reason } => {
                let mut form = Form::blank(FormKind::Adjourned, meeting, item, record.at);
                form.fields[0] =
                    Field::new("Reason", FieldKind::Text, reason.as_deref().unwrap_or(""));
                form
            }
            Event::Note { kind, text, by } => {
                let mut form = Form::blank(FormKind::Note, meeting, item, record.at);
                form.fields[0] = Field::new("Text", FieldKind::Lines, text);
                form.fields[1].choice = *kind as usize;
                form.fields[2] = Field::person(
                    "Who spoke",
                    everyone(meeting),
                    true,
                    by.as_deref().and_then(person),
                );
                form
            }
            Event::Action { text, owner } => {
                let mut form = Form::blank(FormKind::FollowUp, meeting, item, record.at);
                form.fields[0] = Field::new("Action", FieldKind::Lines, text);
                form.fields[1] = Field::person(
                    "Owed by",
                    everyone(meeting),
                    true,
                    owner.as_deref().and_then(person),
                );
                form
            }
            Event::Motion {
                kind,
                text,
                mover,
                seconder,
                ..
            } => {
                let mut form = Form::blank(FormKind::Motion, meeting, item, record.at);
                form.fields[0] = Field::new("Text", FieldKind::Lines, text);
                form.fields[1].choice = *kind as usize;
                form.fields[2] = Field::person(
                    "Moved by",
                    councillors(meeting),
                    true,
                    mover.as_deref().and_then(person),
                );
                form.fields[3] = Field::person(
                    "Seconded by",
                    councillors(meeting),
                    true,
                    seconder.as_deref().and_then(person),
                );
                form
            }
            Event::Resolved { preamble, clauses } => {
                let mut form = Form::blank(FormKind::Resolution, meeting, item, record.at);
                let text = clauses::to_text(preamble.as_deref(), clauses);
                form.fields[0] = Field::new("Resolution", FieldKind::Lines, &text);
                form
            }
            Event::Excluded { paragraphs, .. } => {
                let mut form = Form::blank(FormKind::Exclusion, meeting, item, record.at);
                let text: Vec<String> = paragraphs.iter().map(u8::to_string).collect();
                form.fields[0] = Field::new("Paragraphs", FieldKind::Text, &text.join(", "));
                form
            }
            Event::InTheChair { person: who } => {
                let mut form = Form::blank(FormKind::TakeChair, meeting, item, record.at);
                form.fields[0] = Field::person("Who", councillors(meeting), false, person(who));
                form
            }
            _ => return None,
        };
        form.editing = Some(index);
        form.title = format!("Correct: {}", form.title);
        Some(form)
    }

    /// A form to correct only the time of a record.
    pub fn for_time(meeting: &Meeting, index: usize) -> Option<Form> {
        let record = meeting.records.get(index)?;
        let mut form = Form::blank(FormKind::Time, meeting, record.item.clone(), record.at);
        form.editing = Some(index);
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

    /// What the clerk has typed, to keep as a draft.
    pub fn draft(&self) -> Draft {
        Draft {
            kind: self.kind.clone(),
            item: self.item.clone(),
            editing: self.editing,
            fields: self.fields.iter().map(|f| (f.value(), f.choice)).collect(),
        }
    }

    /// The form a draft was kept from, with its text put back.
    pub fn from_draft(meeting: &Meeting, draft: &Draft) -> Form {
        let mut form = match draft.editing.and_then(|i| {
            (draft.kind == FormKind::Time)
                .then(|| Form::for_time(meeting, i))
                .flatten()
                .or_else(|| Form::for_record(meeting, i))
        }) {
            Some(form) => form,
            None => Form::blank(draft.kind.clone(), meeting, draft.item.clone(), None),
        };
        for (field, (text, choice)) in form.fields.iter_mut().zip(&draft.fields) {
            let kind = field.kind.clone();
            let label = field.label;
            *field = Field::new(label, kind, text);
            field.choice = *choice;
            field.browsed = text.is_empty() && *choice > 0;
        }
        form
    }

    fn time(&self) -> Result<Option<NaiveTime>, String> {
        let Some(field) = self
            .fields
            .iter()
            .find(|f| matches!(f.kind, FieldKind::Time))
        else {
            return Ok(None);
        };
        let text = field.value();
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        clock::parse(&text.replace('.', ":"))
            .map(Some)
            .ok_or_else(|| format!("\"{text}\" is not a time; type it as 14:05, or leave it empty"))
    }

    fn person_in(&self, index: usize) -> Result<Option<PersonId>, String> {
        let field = &self.fields[index];
        let chosen = field.chosen_person();
        match (&field.kind, &chosen) {
            (
                FieldKind::Person {
                    optional: false, ..
                },
                None,
            ) => Err(format!(
                "{}: type part of a name and choose from the list",
                field.label
            )),
            (FieldKind::Person { .. }, None) if !field.value().trim().is_empty() => Err(format!(
                "{}: nobody matches \"{}\"",
                field.label,
                field.value().trim()
            )),
            _ => Ok(chosen),
        }
    }

    fn required_text(&self, index: usize) -> Result<String, String> {
        let text = self.fields[index].value().trim().to_string();
        if text.is_empty() {
            Err(format!(
                "{}: this cannot be empty",
                self.fields[index].label
            ))
        } else {
            Ok(text)
        }
    }

    /// Turns the finished form into the change it asks for, or says what is missing.
    pub fn submit(&self, meeting: &Meeting) -> Result<Submission, String> {
        let at = self.time()?;
        let record = |event: Event| Record::new(at, self.item.clone(), event);
        let event = match &self.kind {
            FormKind::Declaration => {
                let person = self.person_in(0)?.unwrap_or_default();
                Event::Declaration {
                    person,
                    items: item_ids(meeting, &self.fields[1].value())?,
                    kind: interest_kind(self.fields[2].choice, &self.fields[3].value()),
                    words: self.required_text(4)?,
                    will_leave: self.fields[5].choice == 1,
                    may_speak_first: self.fields[6].choice == 1,
                }
            }
            FormKind::Left => Event::Left {
                person: self.person_in(0)?.unwrap_or_default(),
                how: match self.fields[1].choice {
                    1 => Leaving::BeforeDebateAndVote,
                    2 => Leaving::DidNotReturn,
                    _ => Leaving::DuringItem,
                },
            },
            FormKind::Returned => Event::Returned {
                person: self.person_in(0)?.unwrap_or_default(),
            },
            FormKind::Adjourned => Event::Adjourned {
                reason: Some(self.fields[0].value().trim().to_string()).filter(|r| !r.is_empty()),
            },
            FormKind::Note => Event::Note {
                text: self.required_text(0)?,
                kind: match self.fields[1].choice {
                    1 => NoteKind::Question,
                    2 => NoteKind::Comment,
                    3 => NoteKind::Response,
                    _ => NoteKind::Narrative,
                },
                by: self.person_in(2)?,
            },
            FormKind::FollowUp => Event::Action {
                text: self.required_text(0)?,
                owner: self.person_in(1)?,
            },
            FormKind::Motion => {
                let id = match self.editing.and_then(|i| meeting.records.get(i)) {
                    Some(Record {
                        event: Event::Motion { id, .. },
                        ..
                    }) => id.clone(),
                    _ => next_motion_id(meeting),
                };
                Event::Motion {
                    id,
                    text: self.required_text(0)?,
                    kind: match self.fields[1].choice {
                        1 => MotionKind::FormalAmendment,
                        2 => MotionKind::FriendlyAmendment,
                        _ => MotionKind::Substantive,
                    },
                    mover: self.person_in(2)?,
                    seconder: self.person_in(3)?,
                }
            }
            FormKind::SettleMotion => {
                let motions = motions_in(meeting, self.item.as_deref());
                let (motion, _) = motions
                    .get(self.fields[0].choice)
                    .ok_or("no motion has been moved on this item")?;
                Event::MotionSettled {
                    motion: motion.clone(),
                    outcome: match self.fields[1].choice {
                        1 => Outcome::Incorporated,
                        2 => Outcome::Carried,
                        3 => Outcome::Lost,
                        _ => Outcome::Withdrawn,
                    },
                }
            }
            FormKind::Resolution => {
                let text = self.fields[0].value();
                let (preamble, clauses) = clauses::parse(&text);
                if clauses.is_empty() && preamble.is_none() {
                    return Err("Resolution: type what was resolved".into());
                }
                Event::Resolved { preamble, clauses }
            }
            FormKind::Exclusion => Event::Excluded {
                paragraphs: paragraphs(&self.fields[0].value())?,
                wording: None,
            },
            FormKind::Substitute { person } => Event::Substitute {
                person: person.clone(),
                for_member: self.person_in(0)?,
            },
            FormKind::TakeChair => Event::InTheChair {
                person: self.person_in(0)?.unwrap_or_default(),
            },
            FormKind::AddPerson => return self.new_person(meeting, at),
            FormKind::Sign => {
                return Ok(Submission::Signature(Signature {
                    person: self.person_in(0)?.unwrap_or_default(),
                    capacity: self.required_text(1)?,
                }));
            }
            FormKind::SaveAs => {
                let path = self.required_text(0)?;
                return Ok(Submission::SaveAs(std::path::PathBuf::from(path)));
            }
            FormKind::Time => {
                let index = self.editing.ok_or("no record to correct")?;
                let mut record = meeting
                    .records
                    .get(index)
                    .cloned()
                    .ok_or("that record is no longer there")?;
                record.at = at;
                return Ok(Submission::Record(record));
            }
        };
        Ok(Submission::Record(record(event)))
    }

    fn new_person(&self, meeting: &Meeting, at: Option<NaiveTime>) -> Result<Submission, String> {
        let name = self.required_text(0)?;
        let kind = match self.fields[1].choice {
            1 => PersonKind::Other,
            2 => PersonKind::Councillor,
            _ => PersonKind::Officer,
        };
        let optional = |index: usize| {
            Some(self.fields[index].value().trim().to_string()).filter(|t| !t.is_empty())
        };
        let person = Person {
            id: unique_person_id(meeting, &name),
            name,
            title: (kind == PersonKind::Councillor).then(|| "Councillor".to_string()),
            aliases: Vec::new(),
            kind,
            office: Default::default(),
            voting: Default::default(),
            role: optional(2),
            organisation: optional(3),
        };
        let event = if self.fields[4].choice == 1 {
            Event::AttendingVirtually {
                person: person.id.clone(),
            }
        } else {
            Event::Present {
                person: person.id.clone(),
            }
        };
        Ok(Submission::NewPerson(
            person,
            Record::new(at, self.item.clone(), event),
        ))
    }
}

/// The motions moved under an item, as (id, text), in the order moved.
pub fn motions_in(meeting: &Meeting, item: Option<&str>) -> Vec<(MotionId, String)> {
    meeting
        .records
        .iter()
        .filter(|r| r.item.as_deref() == item)
        .filter_map(|r| match &r.event {
            Event::Motion { id, text, .. } => Some((id.clone(), text.clone())),
            _ => None,
        })
        .collect()
}

/// "motion-1", "motion-2", ...: the first free handle.
pub fn next_motion_id(meeting: &Meeting) -> MotionId {
    let taken: Vec<&str> = meeting
        .records
        .iter()
        .filter_map(|r| match &r.event {
            Event::Motion { id, .. } => Some(id.as_str()),
            _ => None,
        })
        .collect();
    (1..)
        .map(|n| format!("motion-{n}"))
        .find(|id| !taken.contains(&id.as_str()))
        .unwrap_or_default()
        .into()
}

fn unique_person_id(meeting: &Meeting, name: &str) -> PersonId {
    let base: String = name
        .split_whitespace()
        .last()
        .unwrap_or("person")
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_lowercase();
    let base = if base.is_empty() {
        "person".to_string()
    } else {
        base
    };
    std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|id| meeting.person(id).is_none())
        .unwrap_or(base)
        .into()
}

/// Reads "6, 10 and 11" as the ids of those items.
fn item_ids(meeting: &Meeting, text: &str) -> Result<Vec<ItemId>, String> {
    let mut ids = Vec::new();
    for word in text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "and" && *w != "&")
    {
        let word = word.trim_end_matches('.');
        let found = meeting
            .agenda
            .iter()
            .find(|i| i.number.as_deref() == Some(word) || i.id == word)
            .ok_or_else(|| format!("Items: there is no item numbered {word}"))?;
        if !ids.contains(&found.id) {
            ids.push(found.id.clone());
        }
    }
    Ok(ids)
}

/// Reads "3" or "3, 4" as Schedule 12A paragraphs.
fn paragraphs(text: &str) -> Result<Vec<u8>, String> {
    let mut found = Vec::new();
    for word in text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "and")
    {
        match word.parse::<u8>() {
            Ok(n) if (1..=7).contains(&n) => found.push(n),
            _ => {
                return Err(format!(
                    "Paragraphs: \"{word}\" is not a paragraph of Schedule 12A (1 to 7)"
                ));
            }
        }
    }
    if found.is_empty() {
        return Err("Paragraphs: give the paragraph, such as 3".into());
    }
    Ok(found)
}

/// Who would sign, and as what: whoever presided at the end, else the Chair.
fn default_signature(meeting: &Meeting) -> (Option<&Person>, String) {
    let chair_title = meeting.body.chair_title;
    let presiding = meeting.records.iter().rev().find_map(|r| match &r.event {
        Event::InTheChair { person } => meeting.person(person),
        _ => None,
    });
    if let Some(person) = presiding {
        let capacity = match person.office {
            crate::model::Office::Chair => chair_title.chair().to_string(),
            crate::model::Office::ViceChair => {
                format!(
                    "{}, in the {}",
                    chair_title.vice_chair(),
                    chair_title.chair()
                )
            }
            crate::model::Office::Member => format!("in the {}", chair_title.chair()),
        };
        return (Some(person), capacity);
    }
    let chair = meeting
        .people
        .iter()
        .find(|p| p.office == crate::model::Office::Chair);
    (chair, chair_title.chair().to_string())
}
