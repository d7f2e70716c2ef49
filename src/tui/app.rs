//! The live screen's state and what each key does to it. No terminal, no disk, no clock: the
//! time comes in with the key, and saving is left to the caller, which sees `needs_save`.

use chrono::NaiveTime;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::describe;
use super::forms::{Draft, Form, FormKind, Submission};
use super::keymap::{Key, Keymap, Layer};
use super::picker::{Candidate, rank};
use super::roll::RollCall;
use super::vote::{VoteForm, VoteMode, Way};
use crate::check::{self, Place};
use crate::minutes::Format;
use crate::model::{Edit, Event, ItemId, Meeting, Record, Side};

/// Whether the meeting on disk matches the meeting on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Unsaved,
    /// The last save failed; the work is kept in memory.
    Failed(String),
}

/// A question waiting for yes or no.
#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    Conclude {
        at: Option<NaiveTime>,
    },
    RestoreDraft(Draft),
    /// A recovery copy written when Minutebook last failed, different from the file.
    RestoreRecovery(Box<Meeting>),
}

/// What sits over the main screen.
#[derive(Debug, Clone)]
pub enum Modal {
    Help {
        scroll: usize,
    },
    /// A form, and the attendance list to go back to when it came from there.
    Form(Box<Form>, Option<RollCall>),
    Vote(Box<VoteForm>),
    Roll(RollCall),
    GoTo {
        query: String,
        choice: usize,
    },
    Confirm(Question),
    /// Choosing a format to write the minutes in.
    Export {
        choice: usize,
    },
    /// Searching everything recorded.
    Search {
        query: String,
        choice: usize,
    },
    /// The problems `check` finds, to jump to.
    Problems {
        choice: usize,
    },
}

/// The ways the minutes can be written from the live screen: format, and whether confidential.
pub const EXPORTS: &[(&str, Format, bool)] = &[
    ("Markdown, public", Format::Markdown, false),
    ("Plain text, public", Format::Text, false),
    ("HTML, public", Format::Html, false),
    ("Word (DOCX), public", Format::Docx, false),
    (
        "Markdown, confidential (with Part 2)",
        Format::Markdown,
        true,
    ),
    ("Plain text, confidential (with Part 2)", Format::Text, true),
    ("HTML, confidential (with Part 2)", Format::Html, true),
    (
        "Word (DOCX), confidential (with Part 2)",
        Format::Docx,
        true,
    ),
];

/// Something a search found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    Item(usize),
    Record(usize),
}

pub struct App {
    pub meeting: Meeting,
    pub keymap: Keymap,
    /// Why the meeting cannot be changed, when it cannot.
    pub read_only: Option<String>,
    /// The agenda item under consideration; none before the first.
    pub current: Option<usize>,
    /// The clerk is choosing among the item's records.
    pub records_focus: bool,
    pub selected: usize,
    pub modal: Option<Modal>,
    undo: Vec<Vec<Edit>>,
    redo: Vec<Vec<Edit>>,
    pub message: Option<String>,
    /// A change has been made that is not yet on disk.
    pub needs_save: bool,
    pub save_state: SaveState,
    pub quit: bool,
    /// The minutes preview is shown beside the record.
    pub preview: bool,
    pub preview_scroll: u16,
    /// Minutes the clerk asked to have written: format, and whether confidential.
    pub export: Option<(Format, bool)>,
    /// A file the clerk asked to save the meeting to.
    pub save_as: Option<std::path::PathBuf>,
    /// The clerk answered the offer of a recovery copy: true if it was restored.
    pub recovery_answered: Option<bool>,
}

impl App {
    pub fn new(meeting: Meeting, keymap: Keymap, read_only: Option<String>) -> App {
        // Carry on at the item where the record left off.
        let current = meeting
            .records
            .iter()
            .rev()
            .find_map(|r| r.item.as_deref())
            .and_then(|id| meeting.item_index(id));
        App {
            meeting,
            keymap,
            read_only,
            current,
            records_focus: false,
            selected: 0,
            modal: None,
            undo: Vec::new(),
            redo: Vec::new(),
            message: None,
            needs_save: false,
            save_state: SaveState::Saved,
            quit: false,
            preview: false,
            preview_scroll: 0,
            export: None,
            save_as: None,
            recovery_answered: None,
        }
    }

    /// The layer whose keys apply now.
    pub fn layer(&self) -> Layer {
        match &self.modal {
            Some(Modal::Help { .. }) => Layer::Help,
            Some(Modal::Form(..)) => Layer::Form,
            Some(Modal::Vote(_)) => Layer::Vote,
            Some(Modal::Roll(_)) => Layer::Roll,
            Some(
                Modal::GoTo { .. }
                | Modal::Export { .. }
                | Modal::Search { .. }
                | Modal::Problems { .. },
            ) => Layer::Picker,
            Some(Modal::Confirm(_)) => Layer::Confirm,
            None if self.records_focus => Layer::Records,
            None => Layer::Live,
        }
    }

    pub fn current_item_id(&self) -> Option<ItemId> {
        self.current
            .and_then(|i| self.meeting.agenda.get(i))
            .map(|item| item.id.clone())
    }

    /// Indices of the records under the current item (or before the items).
    pub fn item_records(&self) -> Vec<usize> {
        let item = self.current_item_id();
        self.meeting
            .records
            .iter()
            .enumerate()
            .filter(|(_, r)| r.item == item)
            .map(|(i, _)| i)
            .collect()
    }

    /// The text of an open form, to keep in case Minutebook is stopped.
    pub fn draft(&self) -> Option<Draft> {
        match &self.modal {
            Some(Modal::Form(form, _)) => Some(form.draft()),
            _ => None,
        }
    }

    /// Asks the clerk whether to restore text kept from an unfinished form.
    pub fn offer_draft(&mut self, draft: Draft) {
        self.modal = Some(Modal::Confirm(Question::RestoreDraft(draft)));
    }

    /// Applies a group of edits as one change that undo reverses together.
    fn change(&mut self, edits: Vec<Edit>) -> bool {
        if let Some(reason) = &self.read_only {
            self.message = Some(format!("Read-only: {reason}"));
            return false;
        }
        let mut inverses = Vec::new();
        for edit in edits {
            match edit.apply(&mut self.meeting) {
                Some(inverse) => inverses.push(inverse),
                None => {
                    // Put back what was done; the group is all or nothing.
                    for inverse in inverses.into_iter().rev() {
                        let _ = inverse.apply(&mut self.meeting);
                    }
                    self.message = Some("That change no longer fits the record".into());
                    return false;
                }
            }
        }
        // The file must always load again: a change that would leave a reference to nothing
        // (a draft restored after the person it names was removed by hand) is put back.
        if let Some(problem) = check::errors(&self.meeting).first() {
            let message = problem.message.clone();
            for inverse in inverses.into_iter().rev() {
                let _ = inverse.apply(&mut self.meeting);
            }
            self.message = Some(format!(
                "Not recorded, as it would leave the record unsound: {message}"
            ));
            return false;
        }
        inverses.reverse();
        self.undo.push(inverses);
        self.redo.clear();
        self.needs_save = true;
        true
    }

    fn append(&mut self, record: Record) {
        let line = describe::record(&self.meeting, &record);
        let index = self.meeting.records.len();
        if self.change(vec![Edit::Insert { index, record }]) {
            self.message = Some(format!("Recorded: {line}"));
        }
    }

    fn record_now(&self, event: Event, now: Option<NaiveTime>) -> Record {
        Record::new(now, self.current_item_id(), event)
    }

    fn undo_or_redo(&mut self, undo: bool) {
        if self.read_only.is_some() {
            return;
        }
        let (from, to) = if undo {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some(group) = from.pop() else {
            self.message = Some(
                if undo {
                    "Nothing to undo"
                } else {
                    "Nothing to redo"
                }
                .into(),
            );
            return;
        };
        let mut inverses = Vec::new();
        for edit in group {
            if let Some(inverse) = edit.apply(&mut self.meeting) {
                inverses.push(inverse);
            }
        }
        inverses.reverse();
        to.push(inverses);
        self.needs_save = true;
        self.message = Some(if undo { "Undone" } else { "Redone" }.into());
        self.clamp_selection();
    }

    fn clamp_selection(&mut self) {
        let count = self.item_records().len();
        if count == 0 {
            self.selected = 0;
            self.records_focus = false;
        } else if self.selected >= count {
            self.selected = count - 1;
        }
    }

    /// Handles one key press, at the given clock time.
    pub fn handle_key(&mut self, event: KeyEvent, now: Option<NaiveTime>) {
        let key = Key::from_event(event);
        let action = self.keymap.action(self.layer(), key);
        match self.modal.take() {
            None => {
                self.message = None;
                if let Some(action) = action {
                    if self.records_focus {
                        self.records_action(action, now);
                    } else {
                        self.live_action(action, now);
                    }
                }
            }
            Some(Modal::Help { scroll }) => {
                self.modal = match action {
                    Some(Action::Back) => None,
                    Some(Action::ChoiceDown) => Some(Modal::Help { scroll: scroll + 1 }),
                    Some(Action::ChoiceUp) => Some(Modal::Help {
                        scroll: scroll.saturating_sub(1),
                    }),
                    _ => Some(Modal::Help { scroll }),
                }
            }
            Some(Modal::Form(form, roll)) => self.form_key(*form, roll, event, action),
            Some(Modal::Vote(vote)) => self.vote_key(*vote, event, action),
            Some(Modal::Roll(roll)) => self.roll_key(roll, event, action, now),
            Some(Modal::GoTo { query, choice }) => self.goto_key(query, choice, event, action),
            Some(Modal::Confirm(question)) => self.answer(question, action),
            Some(Modal::Export { choice }) => self.export_key(choice, action),
            Some(Modal::Search { query, choice }) => self.search_key(query, choice, event, action),
            Some(Modal::Problems { choice }) => self.problems_key(choice, action),
        }
    }

    fn export_key(&mut self, choice: usize, action: Option<Action>) {
        match action {
            Some(Action::Cancel) => {}
            Some(Action::Submit) => {
                if let Some((_, format, confidential)) = EXPORTS.get(choice) {
                    self.export = Some((*format, *confidential));
                }
            }
            Some(Action::ChoiceDown) => {
                self.modal = Some(Modal::Export {
                    choice: (choice + 1).min(EXPORTS.len() - 1),
                })
            }
            Some(Action::ChoiceUp) => {
                self.modal = Some(Modal::Export {
                    choice: choice.saturating_sub(1),
                })
            }
            _ => self.modal = Some(Modal::Export { choice }),
        }
    }

    /// Everything recorded that contains the words: item titles, and every record.
    pub fn search(&self, query: &str) -> Vec<(Hit, String)> {
        let wanted = query.trim().to_lowercase();
        if wanted.is_empty() {
            return Vec::new();
        }
        let meeting = &self.meeting;
        let mut hits = Vec::new();
        for (index, item) in meeting.agenda.iter().enumerate() {
            if item.title.to_lowercase().contains(&wanted)
                || item
                    .description
                    .as_deref()
                    .is_some_and(|d| d.to_lowercase().contains(&wanted))
            {
                hits.push((
                    Hit::Item(index),
                    Candidate::item(item, meeting.minute_number(&item.id)).label,
                ));
            }
        }
        for (index, record) in meeting.records.iter().enumerate() {
            let line = describe::record(meeting, record);
            if line.to_lowercase().contains(&wanted) {
                let minute = record
                    .item
                    .as_deref()
                    .and_then(|id| meeting.minute_number(id))
                    .map_or_else(|| "opening".to_string(), |n| format!("minute {n}"));
                hits.push((Hit::Record(index), format!("{minute}: {line}")));
            }
        }
        hits
    }

    /// Shows the record with this index, selected under its item.
    pub fn jump_to_record(&mut self, index: usize) {
        let Some(record) = self.meeting.records.get(index) else {
            return;
        };
        self.current = record
            .item
            .as_deref()
            .and_then(|id| self.meeting.item_index(id));
        self.modal = None;
        if let Some(position) = self.item_records().iter().position(|&i| i == index) {
            self.records_focus = true;
            self.selected = position;
        }
    }

    fn jump_to(&mut self, hit: Hit) {
        match hit {
            Hit::Item(index) => {
                self.current = Some(index);
                self.records_focus = false;
                self.selected = 0;
            }
            Hit::Record(index) => self.jump_to_record(index),
        }
    }

    fn search_key(
        &mut self,
        mut query: String,
        mut choice: usize,
        event: KeyEvent,
        action: Option<Action>,
    ) {
        let count = |app: &App, query: &str| app.search(query).len();
        match self.typed_choice(&mut query, &mut choice, count, event, action) {
            Some(true) => {
                if let Some((hit, _)) = self.search(&query).get(choice) {
                    self.jump_to(*hit);
                }
            }
            Some(false) => {}
            None => self.modal = Some(Modal::Search { query, choice }),
        }
    }

    /// Keys in a list found by typing: Up and Down choose, characters refine the query.
    /// Returns `Some(true)` when the choice is made, `Some(false)` when cancelled.
    fn typed_choice(
        &self,
        query: &mut String,
        choice: &mut usize,
        count: impl Fn(&App, &str) -> usize,
        event: KeyEvent,
        action: Option<Action>,
    ) -> Option<bool> {
        match action {
            Some(Action::Cancel) => return Some(false),
            Some(Action::Submit) => return Some(true),
            Some(Action::ChoiceDown) => {
                if *choice + 1 < count(self, query) {
                    *choice += 1;
                }
            }
            Some(Action::ChoiceUp) => *choice = choice.saturating_sub(1),
            _ => match event.code {
                KeyCode::Backspace => {
                    query.pop();
                    *choice = 0;
                }
                KeyCode::Char(c) if !event.modifiers.contains(KeyModifiers::CONTROL) => {
                    query.push(c);
                    *choice = 0;
                }
                _ => {}
            },
        }
        None
    }

    fn problems_key(&mut self, choice: usize, action: Option<Action>) {
        let problems = check::check(&self.meeting);
        match action {
            Some(Action::Cancel) => {}
            Some(Action::Submit) => match problems.get(choice).map(|p| p.place) {
                Some(Place::Record(index)) => self.jump_to(Hit::Record(index)),
                Some(Place::Item(index)) => self.jump_to(Hit::Item(index)),
                _ => {}
            },
            Some(Action::ChoiceDown) => {
                self.modal = Some(Modal::Problems {
                    choice: (choice + 1).min(problems.len().saturating_sub(1)),
                })
            }
            Some(Action::ChoiceUp) => {
                self.modal = Some(Modal::Problems {
                    choice: choice.saturating_sub(1),
                })
            }
            _ => self.modal = Some(Modal::Problems { choice }),
        }
    }

    fn blocked(&mut self, action: Action) -> bool {
        let changes = !matches!(
            action,
            Action::Help
                | Action::Preview
                | Action::PreviewUp
                | Action::PreviewDown
                | Action::ExportMinutes
                | Action::Search
                | Action::Problems
                | Action::SaveCopy
                | Action::Quit
                | Action::NextItem
                | Action::PreviousItem
                | Action::GoToItem
                | Action::FocusRecords
                | Action::RecordUp
                | Action::RecordDown
                | Action::Back
        );
        if changes && let Some(reason) = &self.read_only {
            self.message = Some(format!("Read-only: {reason}"));
            return true;
        }
        false
    }

    fn open_form(&mut self, kind: FormKind, now: Option<NaiveTime>) {
        let form = Form::blank(kind, &self.meeting, self.current_item_id(), now);
        self.modal = Some(Modal::Form(Box::new(form), None));
    }

    fn live_action(&mut self, action: Action, now: Option<NaiveTime>) {
        if self.blocked(action) {
            return;
        }
        let items = self.meeting.agenda.len();
        match action {
            Action::Help => self.modal = Some(Modal::Help { scroll: 0 }),
            Action::Quit => self.quit = true,
            Action::NextItem => {
                self.current = match self.current {
                    None if items > 0 => Some(0),
                    Some(i) if i + 1 < items => Some(i + 1),
                    other => other,
                };
                self.selected = 0;
            }
            Action::PreviousItem => {
                self.current = match self.current {
                    Some(0) | None => None,
                    Some(i) => Some(i - 1),
                };
                self.selected = 0;
            }
            Action::GoToItem => {
                self.modal = Some(Modal::GoTo {
                    query: String::new(),
                    choice: self.current.unwrap_or(0),
                })
            }
            Action::Commence => {
                if self.meeting.has_commenced() {
                    self.message = Some("The meeting has already commenced".into());
                } else {
                    self.append(Record::new(now, None, Event::Commenced));
                }
            }
            Action::Conclude => {
                self.modal = Some(Modal::Confirm(Question::Conclude { at: now }));
            }
            Action::RollCall => self.modal = Some(Modal::Roll(RollCall::default())),
            Action::AddPerson => self.open_form(FormKind::AddPerson, now),
            Action::Declare => self.open_form(FormKind::Declaration, now),
            Action::MemberLeft => self.open_form(FormKind::Left, now),
            Action::MemberReturned => self.open_form(FormKind::Returned, now),
            Action::Adjourn => self.open_form(FormKind::Adjourned, now),
            Action::Reconvene => self.append(self.record_now(Event::Reconvened, now)),
            Action::AddNote => self.open_form(FormKind::Note, now),
            Action::AddAction => self.open_form(FormKind::FollowUp, now),
            Action::AddMotion => self.open_form(FormKind::Motion, now),
            Action::SettleMotion => {
                if super::forms::motions_in(&self.meeting, self.current_item_id().as_deref())
                    .is_empty()
                {
                    self.message = Some("No motion has been moved on this item".into());
                } else {
                    self.open_form(FormKind::SettleMotion, now);
                }
            }
            Action::TakeVote => {
                let vote = VoteForm::new(&self.meeting, self.current_item_id(), now, None);
                self.modal = Some(Modal::Vote(Box::new(vote)));
            }
            Action::Resolve => self.open_form(FormKind::Resolution, now),
            Action::ExcludePublic => self.open_form(FormKind::Exclusion, now),
            Action::ReadmitPublic => self.append(self.record_now(Event::Readmitted, now)),
            Action::TakeChair => self.open_form(FormKind::TakeChair, now),
            Action::Sign => self.open_form(FormKind::Sign, now),
            Action::FocusRecords => {
                if self.item_records().is_empty() {
                    self.message = Some("Nothing is recorded under this item yet".into());
                } else {
                    self.records_focus = true;
                    self.selected = self.item_records().len() - 1;
                }
            }
            Action::Preview => {
                self.preview = !self.preview;
                self.preview_scroll = 0;
            }
            // The preview scrolls back from its end, where the latest record is.
            Action::PreviewUp => self.preview_scroll = self.preview_scroll.saturating_add(10),
            Action::PreviewDown => self.preview_scroll = self.preview_scroll.saturating_sub(10),
            Action::ExportMinutes => self.modal = Some(Modal::Export { choice: 0 }),
            Action::SaveCopy => self.open_form(FormKind::SaveAs, now),
            Action::Search => {
                self.modal = Some(Modal::Search {
                    query: String::new(),
                    choice: 0,
                })
            }
            Action::Problems => {
                if check::check(&self.meeting).is_empty() {
                    self.message = Some("No problems: the record is sound".into());
                } else {
                    self.modal = Some(Modal::Problems { choice: 0 });
                }
            }
            Action::Undo => self.undo_or_redo(true),
            Action::Redo => self.undo_or_redo(false),
            _ => {}
        }
    }

    fn records_action(&mut self, action: Action, now: Option<NaiveTime>) {
        if self.blocked(action) {
            return;
        }
        let records = self.item_records();
        let Some(&index) = records.get(self.selected) else {
            self.records_focus = false;
            return;
        };
        match action {
            Action::RecordDown => self.selected = (self.selected + 1).min(records.len() - 1),
            Action::RecordUp => self.selected = self.selected.saturating_sub(1),
            Action::Back => self.records_focus = false,
            Action::Help => self.modal = Some(Modal::Help { scroll: 0 }),
            Action::Preview => self.preview = !self.preview,
            Action::EditTime => {
                if let Some(form) = Form::for_time(&self.meeting, index) {
                    self.modal = Some(Modal::Form(Box::new(form), None));
                }
            }
            Action::EditRecord => {
                if matches!(self.meeting.records[index].event, Event::Vote { .. }) {
                    let item = self.meeting.records[index].item.clone();
                    let vote = VoteForm::new(&self.meeting, item, now, Some(index));
                    self.modal = Some(Modal::Vote(Box::new(vote)));
                } else if let Some(form) = Form::for_record(&self.meeting, index) {
                    self.modal = Some(Modal::Form(Box::new(form), None));
                } else {
                    self.message = Some(
                        "Change attendance from the attendance list, or delete this record".into(),
                    );
                }
            }
            Action::DeleteRecord => {
                if let Some(reason) = self.still_needed(index) {
                    self.message = Some(reason);
                    return;
                }
                let line = describe::record(&self.meeting, &self.meeting.records[index]);
                if self.change(vec![Edit::Remove { index }]) {
                    self.message = Some(format!("Deleted: {line} (u to undo)"));
                    self.clamp_selection();
                }
            }
            Action::Undo => self.undo_or_redo(true),
            Action::Redo => self.undo_or_redo(false),
            _ => {}
        }
    }

    /// Why a record cannot be deleted: a motion that later records refer to.
    fn still_needed(&self, index: usize) -> Option<String> {
        let Event::Motion { id, .. } = &self.meeting.records[index].event else {
            return None;
        };
        let used = self.meeting.records.iter().any(|r| match &r.event {
            Event::Vote {
                motion: Some(m), ..
            }
            | Event::MotionSettled { motion: m, .. } => m == id,
            _ => false,
        });
        used.then(|| "Delete the vote or outcome on this motion first".to_string())
    }

    fn form_key(
        &mut self,
        mut form: Form,
        roll: Option<RollCall>,
        event: KeyEvent,
        action: Option<Action>,
    ) {
        let chooses = form.focused().is_some_and(|f| f.chooses());
        let multiline = form.focused().is_some_and(|f| f.is_multiline());
        match action {
            Some(Action::Cancel) => {
                self.modal = roll.map(Modal::Roll);
                self.message = Some("Cancelled".into());
                return;
            }
            Some(Action::Submit) => return self.submit_form(form, roll),
            Some(Action::NextField) => form.next_field(),
            Some(Action::PreviousField) => form.previous_field(),
            Some(Action::ChoiceDown) if chooses => {
                if let Some(field) = form.focused_mut() {
                    field.step(true);
                }
            }
            Some(Action::ChoiceUp) if chooses => {
                if let Some(field) = form.focused_mut() {
                    field.step(false);
                }
            }
            Some(Action::Help) => {
                self.modal = Some(Modal::Help { scroll: 0 });
                return;
            }
            _ if event.code == KeyCode::Enter && !multiline => {
                if form.on_last_field() {
                    return self.submit_form(form, roll);
                }
                form.next_field();
            }
            _ => {
                if let Some(field) = form.focused_mut() {
                    field.type_key(ratatui_textarea::Input::from(event));
                }
            }
        }
        form.error = None;
        self.modal = Some(Modal::Form(Box::new(form), roll));
    }

    fn submit_form(&mut self, mut form: Form, roll: Option<RollCall>) {
        match form.submit(&self.meeting) {
            Err(error) => {
                form.error = Some(error);
                self.modal = Some(Modal::Form(Box::new(form), roll));
            }
            Ok(submission) => {
                let (edits, line) = match submission {
                    Submission::Record(record) => {
                        let line = describe::record(&self.meeting, &record);
                        match form.editing {
                            Some(index) => (vec![Edit::Replace { index, record }], line),
                            None => (
                                vec![Edit::Insert {
                                    index: self.meeting.records.len(),
                                    record,
                                }],
                                line,
                            ),
                        }
                    }
                    Submission::NewPerson(person, record) => {
                        let line = format!("{} attending", person.titled_name());
                        let index = self.meeting.records.len();
                        (
                            vec![Edit::AddPerson(person), Edit::Insert { index, record }],
                            line,
                        )
                    }
                    Submission::SaveAs(path) => {
                        self.save_as = Some(path);
                        self.modal = roll.map(Modal::Roll);
                        return;
                    }
                    Submission::Signature(signature) => {
                        let line = format!("to be signed by {}", signature.capacity);
                        (vec![Edit::Sign(Some(signature))], line)
                    }
                };
                let corrected = form.editing.is_some();
                if !self.change(edits) {
                    // Keep the form and what was typed in it, with the reason.
                    form.error = self.message.take();
                    self.modal = Some(Modal::Form(Box::new(form), roll));
                    return;
                }
                self.message = Some(if corrected {
                    format!("Corrected: {line}")
                } else {
                    format!("Recorded: {line}")
                });
                self.modal = roll.map(Modal::Roll);
            }
        }
    }

    fn vote_key(&mut self, mut vote: VoteForm, event: KeyEvent, action: Option<Action>) {
        let typing_figure = matches!(
            vote.focus,
            super::vote::VoteFocus::InFavour
                | super::vote::VoteFocus::Against
                | super::vote::VoteFocus::Abstentions
        );
        match (event.code, action) {
            (KeyCode::Char(c), _) if typing_figure && c.is_ascii_digit() => {
                vote.type_figure(Some(c))
            }
            (KeyCode::Backspace, _) if typing_figure => vote.type_figure(None),
            (_, Some(Action::Cancel)) => {
                self.message = Some("Vote cancelled".into());
                return;
            }
            (_, Some(Action::Submit)) | (KeyCode::Enter, None) => match vote.submit() {
                Ok(record) => {
                    let line = describe::record(&self.meeting, &record);
                    let edit = match vote.editing {
                        Some(index) => Edit::Replace { index, record },
                        None => Edit::Insert {
                            index: self.meeting.records.len(),
                            record,
                        },
                    };
                    if self.change(vec![edit]) {
                        self.message = Some(format!("Recorded: {line}"));
                    }
                    return;
                }
                Err(error) => vote.error = Some(error),
            },
            (_, Some(Action::Unanimous)) => vote.set_mode(VoteMode::Unanimous),
            (_, Some(Action::ShowOfHands)) => vote.set_mode(VoteMode::ShowOfHands),
            (_, Some(Action::RecordedVote)) => vote.set_mode(VoteMode::Recorded),
            (_, Some(Action::NextField)) => vote.next_field(true),
            (_, Some(Action::PreviousField)) => vote.next_field(false),
            (_, Some(Action::ChoiceDown)) => vote.step(true),
            (_, Some(Action::ChoiceUp)) => vote.step(false),
            (_, Some(Action::VoteFor)) => vote.mark(Some(Way::For)),
            (_, Some(Action::VoteAgainst)) => vote.mark(Some(Way::Against)),
            (_, Some(Action::VoteAbstain)) => vote.mark(Some(Way::Abstain)),
            (_, Some(Action::VoteClear)) => vote.mark(None),
            (_, Some(Action::CastingFor)) => vote.casting = Some(Side::For),
            (_, Some(Action::CastingAgainst)) => vote.casting = Some(Side::Against),
            (_, Some(Action::Help)) => {
                self.modal = Some(Modal::Help { scroll: 0 });
                return;
            }
            _ => {}
        }
        self.modal = Some(Modal::Vote(Box::new(vote)));
    }

    fn roll_key(
        &mut self,
        mut roll: RollCall,
        event: KeyEvent,
        action: Option<Action>,
        now: Option<NaiveTime>,
    ) {
        if roll.filtering {
            match event.code {
                KeyCode::Enter | KeyCode::Esc | KeyCode::Down | KeyCode::Up => {
                    roll.filtering = false
                }
                KeyCode::Backspace => {
                    roll.filter.pop();
                    roll.cursor = 0;
                }
                KeyCode::Char(c) if !event.modifiers.contains(KeyModifiers::CONTROL) => {
                    roll.filter.push(c);
                    roll.cursor = 0;
                }
                _ => {}
            }
            self.modal = Some(Modal::Roll(roll));
            return;
        }
        let person = roll.selected(&self.meeting);
        let mark = |event: Event| Record::new(now, self.current_item_id(), event);
        let record = match (action, person.clone()) {
            (Some(Action::Back), _) => {
                self.modal = None;
                return;
            }
            (Some(Action::Help), _) => {
                self.modal = Some(Modal::Help { scroll: 0 });
                return;
            }
            (Some(Action::ChoiceDown), _) => {
                roll.step(&self.meeting, true);
                None
            }
            (Some(Action::ChoiceUp), _) => {
                roll.step(&self.meeting, false);
                None
            }
            (Some(Action::Filter), _) => {
                roll.filtering = true;
                roll.filter.clear();
                None
            }
            (Some(Action::MarkPresent), Some(person)) => Some(mark(Event::Present {
                person: person.into(),
            })),
            (Some(Action::MarkApologies), Some(person)) => Some(mark(Event::Apologies {
                person: person.into(),
            })),
            (Some(Action::MarkAbsent), Some(person)) => Some(mark(Event::Absent {
                person: person.into(),
            })),
            (Some(Action::MarkVirtual), Some(person)) => Some(mark(Event::AttendingVirtually {
                person: person.into(),
            })),
            (Some(Action::MarkLate), Some(person)) => Some(mark(Event::ArrivedLate {
                person: person.into(),
            })),
            (Some(Action::MarkSubstitute), Some(person)) => {
                if self.read_only.is_none() {
                    let form = Form::blank(
                        FormKind::Substitute {
                            person: person.into(),
                        },
                        &self.meeting,
                        self.current_item_id(),
                        now,
                    );
                    self.modal = Some(Modal::Form(Box::new(form), Some(roll)));
                    return;
                }
                self.message = self.read_only.as_ref().map(|r| format!("Read-only: {r}"));
                None
            }
            _ => None,
        };
        if let Some(record) = record {
            self.append(record);
            roll.step(&self.meeting, true);
        }
        self.modal = Some(Modal::Roll(roll));
    }

    /// The items the go-to list offers for the query.
    pub fn goto_matches(&self, query: &str) -> Vec<(usize, String)> {
        let candidates: Vec<Candidate> = self
            .meeting
            .agenda
            .iter()
            .map(|item| Candidate::item(item, self.meeting.minute_number(&item.id)))
            .collect();
        rank(&candidates, query)
            .into_iter()
            .filter_map(|c| {
                self.meeting
                    .item_index(&c.id)
                    .map(|index| (index, c.label.clone()))
            })
            .collect()
    }

    fn goto_key(
        &mut self,
        mut query: String,
        mut choice: usize,
        event: KeyEvent,
        action: Option<Action>,
    ) {
        let count = |app: &App, query: &str| app.goto_matches(query).len();
        match self.typed_choice(&mut query, &mut choice, count, event, action) {
            Some(true) => {
                if let Some((index, _)) = self.goto_matches(&query).get(choice) {
                    self.current = Some(*index);
                    self.selected = 0;
                }
            }
            Some(false) => {}
            None => self.modal = Some(Modal::GoTo { query, choice }),
        }
    }

    fn answer(&mut self, question: Question, action: Option<Action>) {
        match (question, action) {
            (Question::Conclude { at }, Some(Action::Yes)) => {
                if self.read_only.is_none() {
                    self.append(Record::new(at, None, Event::Concluded));
                }
            }
            (Question::RestoreDraft(draft), Some(Action::Yes)) => {
                let form = Form::from_draft(&self.meeting, &draft);
                self.current = draft
                    .item
                    .as_deref()
                    .and_then(|id| self.meeting.item_index(id))
                    .or(self.current);
                self.modal = Some(Modal::Form(Box::new(form), None));
                self.message = Some("Restored the unfinished form".into());
            }
            (Question::RestoreRecovery(recovered), Some(Action::Yes)) => {
                self.meeting = *recovered;
                self.undo.clear();
                self.redo.clear();
                self.needs_save = true;
                self.recovery_answered = Some(true);
                self.message = Some("Restored the recovery copy".into());
            }
            (Question::RestoreRecovery(_), Some(Action::No)) => {
                self.recovery_answered = Some(false);
                self.message = Some("Kept the meeting file as it was".into());
            }
            (Question::RestoreDraft(_), Some(Action::No)) => {
                self.message = Some("Discarded the unfinished form".into());
            }
            (_, Some(Action::No)) => {}
            (question, _) => self.modal = Some(Modal::Confirm(question)),
        }
    }
}
