//! What each key of the live screen does: move between items, open the form or list for a
//! record, undo and redo; and, while choosing among an item's records, correct or delete one.

use chrono::NaiveTime;

use crate::minutes::style::Voice;
use crate::model::kinds::motions::moved_under;
use crate::model::{Edit, Event, EventKind, ItemId, Kind, RecordId};
use crate::tui::action::Action;
use crate::tui::cursor::{Cursor, Finder};
use crate::tui::live::app::{App, Effect};
use crate::tui::live::describe;
use crate::tui::live::forms::{Form, FormKind};
use crate::tui::live::meaning::{
    Change, Go, OnRecord, OnScreen, Opens, Preview, on_record, on_screen,
};
use crate::tui::live::overlays::form::FormBox;
use crate::tui::live::overlays::roll::call::RollCall;
use crate::tui::live::overlays::vote::form::VoteForm;
use crate::tui::live::overlays::{Export, GoTo, Overlay, Problems, Search, problems};

impl App {
    /// Refuses what would change a meeting open read-only, saying why.
    fn blocked(&mut self, only_looks: bool) -> bool {
        if only_looks {
            return false;
        }
        if let Some(reason) = self.read_only() {
            self.message = Some(format!("Read-only: {reason}"));
            return true;
        }
        false
    }

    fn open(&mut self, overlay: Overlay) {
        self.overlays.push(overlay);
    }

    fn open_form(&mut self, kind: FormKind, now: Option<NaiveTime>) {
        self.open_form_under(kind, self.current_item_id(), now);
    }

    /// A new form for a record (or an item) under the item given.
    fn open_form_under(&mut self, kind: FormKind, item: Option<ItemId>, now: Option<NaiveTime>) {
        if let Some(form) = Form::blank(kind, self.meeting(), item, now, None) {
            self.open(Overlay::Form(Box::new(FormBox::new(form))));
        }
    }

    fn undo_or_redo(&mut self, undo: bool) {
        let done = if undo {
            self.session.undo()
        } else {
            self.session.redo()
        };
        self.message = Some(match done {
            Ok(()) => if undo { "Undone" } else { "Redone" }.into(),
            Err(refusal) => refusal.to_string(),
        });
        self.nav.settle(&self.session, None);
    }

    pub(super) fn live_action(
        &mut self,
        action: Action,
        now: Option<NaiveTime>,
        effects: &mut Vec<Effect>,
    ) {
        let Some(meaning) = on_screen(action) else {
            return;
        };
        if self.blocked(meaning.only_looks()) {
            return;
        }
        match meaning {
            OnScreen::Record(kind) => self.new_record(kind, now),
            OnScreen::Timed(kind) => self.timed(kind, now),
            OnScreen::Open(opens) => self.opens(opens, now),
            OnScreen::Go(go) => self.go(go),
            OnScreen::Change(change) => self.change(change),
            OnScreen::Preview(preview) => self.preview(preview),
            OnScreen::Quit => effects.push(Effect::Quit),
        }
    }

    /// Opens the form for a new record under the current item.
    fn new_record(&mut self, kind: EventKind, now: Option<NaiveTime>) {
        if kind == EventKind::MotionSettled
            && moved_under(self.meeting(), self.nav.current.as_deref()).is_empty()
        {
            self.message = Some("No motion has been moved on this item".into());
            return;
        }
        if kind == EventKind::Resolved
            && let Some(text) = self
                .previous_minutes_wording()
                .or_else(|| self.carried_motion_wording())
        {
            if let Some(form) =
                Form::worded_resolution(self.meeting(), self.current_item_id(), now, &text)
            {
                self.open(Overlay::Form(Box::new(FormBox::new(form))));
            }
            return;
        }
        self.open_form(FormKind::Record(kind), now);
    }

    /// On the item for the last meeting's minutes not yet resolved, the usual resolution in
    /// the house style's words, for the clerk to keep or change.
    fn previous_minutes_wording(&self) -> Option<String> {
        let meeting = self.meeting();
        let item = meeting.item(self.current_item_id()?.as_str())?;
        let resolved = meeting.records.iter().any(|r| {
            r.item.as_ref() == Some(&item.id) && matches!(r.event, Event::Resolved { .. })
        });
        if resolved {
            return None;
        }
        let phrase = crate::model::kinds::resolutions::previous_minutes(item)?;
        Some(Voice::new(meeting, &self.house.style).say(&phrase))
    }

    /// After a motion is carried and before anything is resolved on it, its words, for the
    /// clerk to keep as the resolution or change.
    fn carried_motion_wording(&self) -> Option<String> {
        let item = self.current_item_id()?;
        crate::model::kinds::motions::carried_unresolved(self.meeting(), &item).map(str::to_string)
    }

    /// Opens the form that asks only the time: the opening and the close are under no item,
    /// and happen once; reconvening and readmitting the public are under the current item.
    fn timed(&mut self, kind: EventKind, now: Option<NaiveTime>) {
        let meeting = self.meeting();
        let (item, already) = match kind {
            EventKind::Commenced => (
                None,
                meeting
                    .has_commenced()
                    .then_some("The meeting has already commenced"),
            ),
            EventKind::Concluded => (
                None,
                meeting
                    .close_starts()
                    .is_some()
                    .then_some("The meeting has already concluded"),
            ),
            _ => (self.current_item_id(), None),
        };
        match already {
            Some(said) => self.message = Some(said.into()),
            None => self.open_form_under(FormKind::Record(kind), item, now),
        }
    }

    /// Opens what the clerk asked for over the screen.
    fn opens(&mut self, opens: Opens, now: Option<NaiveTime>) {
        match opens {
            Opens::Help => self.open(Overlay::Help(Default::default())),
            Opens::GoTo => {
                let choice = crate::tui::live::overlays::goto_position(&self.nav, self.meeting());
                self.open(Overlay::GoTo(GoTo {
                    find: Finder {
                        query: String::new(),
                        cursor: Cursor::at(choice),
                    },
                }));
            }
            Opens::Roll => self.open(Overlay::Roll(RollCall::at(now))),
            Opens::AddPerson => self.open_form(FormKind::AddPerson, now),
            Opens::Vote => {
                let vote = VoteForm::new(self.meeting(), self.current_item_id(), now, None);
                self.open(Overlay::Vote(Box::new(vote)));
            }
            Opens::Sign => {
                let form = Form::signing(self.meeting(), &self.house.style);
                self.open(Overlay::Form(Box::new(FormBox::new(form))));
            }
            Opens::SetClock => self.open_form(FormKind::Clock, now),
            Opens::Search => self.open(Overlay::Search(Search::default())),
            Opens::Problems => {
                if problems(self.meeting(), &self.house.style).is_empty() {
                    self.message = Some("No problems: the record is sound".into());
                } else {
                    self.open(Overlay::Problems(Problems::default()));
                }
            }
            Opens::Export => self.open(Overlay::Export(Export::default())),
            Opens::SaveCopy => self.open_form(FormKind::SaveAs, now),
            Opens::EditMeeting => self.open_form(FormKind::Details, now),
            Opens::AddItem => {
                // On the close, "after this one" is after the last item.
                let after = if self.nav.at_close {
                    self.meeting().agenda.last().map(|item| item.id.clone())
                } else {
                    self.current_item_id()
                };
                self.open_form_under(FormKind::Item, after, now);
            }
            Opens::EditItem => self.about_item(FormKind::Item),
            Opens::WithdrawItem => self.about_item(FormKind::Withdraw),
            Opens::MattersArising => self.matters_arising(),
            Opens::People => self.open(Overlay::People(Default::default())),
        }
    }

    fn go(&mut self, go: Go) {
        let meeting = self.session.meeting();
        match go {
            Go::NextItem => self.nav.next_item(meeting),
            Go::PreviousItem => self.nav.previous_item(meeting),
            Go::Records => {
                let records = self.item_records();
                match records.last() {
                    None => self.message = Some("Nothing is recorded under this item yet".into()),
                    Some(last) => {
                        self.nav.records_focus = true;
                        self.nav.selected = Some(*last);
                    }
                }
            }
        }
    }

    fn change(&mut self, change: Change) {
        match change {
            Change::MoveItemUp => self.move_item(false),
            Change::MoveItemDown => self.move_item(true),
            Change::DeleteItem => self.delete_item(),
            Change::Undo => self.undo_or_redo(true),
            Change::Redo => self.undo_or_redo(false),
        }
    }

    fn preview(&mut self, preview: Preview) {
        match preview {
            Preview::ShowOrHide => {
                self.nav.preview = !self.nav.preview;
                self.nav.preview_scroll = 0;
            }
            // The preview scrolls back from its end, where the latest record is.
            Preview::Up => self.nav.preview_scroll = self.nav.preview_scroll.saturating_add(10),
            Preview::Down => self.nav.preview_scroll = self.nav.preview_scroll.saturating_sub(10),
        }
    }

    /// Opens the report on the actions carried from earlier meetings: those of the current
    /// item, or else of the item they were carried to.
    fn matters_arising(&mut self) {
        let meeting = self.meeting();
        let carries = |id: &ItemId| meeting.item(id).is_some_and(|i| !i.arising.is_empty());
        let id = self.nav.current.clone().filter(carries).or_else(|| {
            meeting
                .agenda
                .iter()
                .find(|i| !i.arising.is_empty())
                .map(|i| i.id.clone())
        });
        match id.and_then(|id| Form::about_item(FormKind::Arising, meeting, &id)) {
            Some(form) => self.open(Overlay::Form(Box::new(FormBox::new(form)))),
            None => {
                self.message = Some(
                    "No actions were carried to this meeting (minutebook new --after carries them)"
                        .into(),
                )
            }
        }
    }

    /// Opens a form about the current item.
    fn about_item(&mut self, kind: FormKind) {
        let form = self
            .nav
            .current
            .as_ref()
            .and_then(|id| Form::about_item(kind, self.meeting(), id));
        match form {
            Some(form) => self.open(Overlay::Form(Box::new(FormBox::new(form)))),
            None => self.message = Some("Go to an item first (j, or g)".into()),
        }
    }

    /// Moves the current item one place along the agenda; the clerk stays with it.
    fn move_item(&mut self, down: bool) {
        let meeting = self.meeting();
        let Some(index) = self.nav.current_index(meeting) else {
            self.message = Some("Go to an item first (j, or g)".into());
            return;
        };
        let to = if down {
            index + 1
        } else {
            index.wrapping_sub(1)
        };
        if to >= meeting.agenda.len() {
            return;
        }
        let id = meeting.agenda[index].id.clone();
        let label = meeting.agenda[index].label();
        self.message = Some(match self.session.apply(vec![Edit::MoveItem { id, to }]) {
            Ok(()) => format!("Moved {label}"),
            Err(refusal) => refusal.to_string(),
        });
    }

    /// Deletes the current item, unless something is recorded under it or names it.
    fn delete_item(&mut self) {
        let meeting = self.meeting();
        let Some(index) = self.nav.current_index(meeting) else {
            self.message = Some("Go to an item first (j, or g)".into());
            return;
        };
        let item = &meeting.agenda[index];
        let records = meeting
            .records
            .iter()
            .filter(|r| {
                r.item.as_ref() == Some(&item.id) || r.event.view().items().contains(&&item.id)
            })
            .count();
        if records > 0 {
            let these = if records == 1 {
                "1 record is".to_string()
            } else {
                format!("{records} records are")
            };
            self.message = Some(format!(
                "Not deleted: {these} made under or about {}; delete them first, or withdraw the item (O)",
                item.label()
            ));
            return;
        }
        let label = item.label();
        let id = item.id.clone();
        match self.session.apply(vec![Edit::RemoveItem(id)]) {
            Ok(()) => {
                self.message = Some(format!("Deleted {label} (u to undo)"));
                // Stay where the item was: on the next item, or the last one.
                let meeting = self.session.meeting();
                let near = if index < meeting.agenda.len() {
                    Some(index)
                } else {
                    index.checked_sub(1)
                };
                self.nav.go_to(meeting, near);
            }
            Err(refusal) => self.message = Some(refusal.to_string()),
        }
    }

    /// Moves the chosen record before the one above it under the item, or after the one
    /// below: a note remembered late goes where it belongs.
    fn move_record(&mut self, id: RecordId, position: usize, down: bool) {
        let records = self.item_records();
        let neighbour = if down {
            records.get(position + 1)
        } else {
            position.checked_sub(1).and_then(|p| records.get(p))
        };
        let meeting = self.meeting();
        let Some(to) = neighbour.and_then(|n| meeting.record_index(*n)) else {
            return;
        };
        if let Err(refusal) = self.session.apply(vec![Edit::MoveRecord { id, to }]) {
            self.message = Some(refusal.to_string());
        }
    }

    pub(super) fn records_action(&mut self, action: Action, now: Option<NaiveTime>) {
        let Some(meaning) = on_record(action) else {
            return;
        };
        if self.blocked(meaning.only_looks()) {
            return;
        }
        let records = self.item_records();
        let Some(position) = self.nav.selected_position(&self.session) else {
            self.nav.records_focus = false;
            return;
        };
        let id = records[position];
        match meaning {
            OnRecord::Down => {
                self.nav.selected = records.get(position + 1).or(records.last()).copied()
            }
            OnRecord::Up => self.nav.selected = records.get(position.saturating_sub(1)).copied(),
            OnRecord::Back => self.nav.records_focus = false,
            OnRecord::Help => self.open(Overlay::Help(Default::default())),
            OnRecord::Preview => self.nav.preview = !self.nav.preview,
            OnRecord::CorrectTime => {
                if let Some(form) = Form::for_time(self.meeting(), id) {
                    self.open(Overlay::Form(Box::new(FormBox::new(form))));
                }
            }
            OnRecord::Correct => self.correct(id, now),
            OnRecord::MoveUp => self.move_record(id, position, false),
            OnRecord::MoveDown => self.move_record(id, position, true),
            OnRecord::Delete => self.delete(id, position),
            OnRecord::Undo => self.undo_or_redo(true),
            OnRecord::Redo => self.undo_or_redo(false),
        }
    }

    fn correct(&mut self, id: RecordId, now: Option<NaiveTime>) {
        let meeting = self.meeting();
        let Some(record) = meeting.record(id) else {
            return;
        };
        if let Event::Vote { .. } = record.event {
            let vote = VoteForm::new(meeting, record.item.clone(), now, Some(id));
            self.open(Overlay::Vote(Box::new(vote)));
        } else if let Some(form) = Form::for_record(meeting, id) {
            self.open(Overlay::Form(Box::new(FormBox::new(form))));
        } else {
            self.message =
                Some("Change attendance from the attendance list, or delete this record".into());
        }
    }

    fn delete(&mut self, id: RecordId, position: usize) {
        let meeting = self.meeting();
        let Some(record) = meeting.record(id) else {
            return;
        };
        // A motion stays while a vote or an outcome refers to it.
        if let Some(moved) = record.event.view().motions().moves
            && meeting
                .records
                .iter()
                .any(|r| r.event.view().motions().refers_to == Some(moved))
        {
            self.message = Some("Delete the vote or outcome on this motion first".into());
            return;
        }
        let line = describe::record(meeting, record);
        match self.session.apply(vec![Edit::RemoveRecord(id)]) {
            Ok(()) => {
                self.message = Some(format!("Deleted: {line} (u to undo)"));
                self.nav.settle(&self.session, Some(position));
            }
            Err(refusal) => self.message = Some(refusal.to_string()),
        }
    }
}
