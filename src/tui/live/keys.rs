//! What each key of the live screen does: move between items, open the form or list for a
//! record, undo and redo; and, while choosing among an item's records, correct or delete one.

use chrono::NaiveTime;

use crate::check;
use crate::model::kinds::motions::moved_under;
use crate::model::{Edit, Event, EventKind, ItemId, Kind, Record, RecordId};
use crate::tui::action::Action;
use crate::tui::live::app::{App, Effect};
use crate::tui::live::describe;
use crate::tui::live::forms::{Form, FormKind};
use crate::tui::live::overlays::form::FormBox;
use crate::tui::live::overlays::roll::call::RollCall;
use crate::tui::live::overlays::vote::form::VoteForm;
use crate::tui::live::overlays::{Export, GoTo, Overlay, Problems, Search};

/// The live screen's actions that open a form for a new record of a kind.
fn record_form(action: Action) -> Option<EventKind> {
    Some(match action {
        Action::Declare => EventKind::Declaration,
        Action::MemberLeft => EventKind::Left,
        Action::MemberReturned => EventKind::Returned,
        Action::Adjourn => EventKind::Adjourned,
        Action::AddNote => EventKind::Note,
        Action::AddAction => EventKind::Action,
        Action::AddMotion => EventKind::Motion,
        Action::SettleMotion => EventKind::MotionSettled,
        Action::Resolve => EventKind::Resolved,
        Action::ExcludePublic => EventKind::Excluded,
        Action::TakeChair => EventKind::InTheChair,
        Action::Appoint => EventKind::Appointed,
        _ => return None,
    })
}

/// Actions that only look: they work in a meeting open read-only.
fn only_looks(action: Action) -> bool {
    matches!(
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
            | Action::SetClock
    )
}

impl App {
    /// Refuses an action that would change a meeting open read-only, saying why.
    fn blocked(&mut self, action: Action) -> bool {
        if only_looks(action) {
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

    /// A record whose form asks only its time, under the given item (or none).
    fn open_timed(
        &mut self,
        kind: EventKind,
        item: Option<crate::model::ItemId>,
        now: Option<NaiveTime>,
    ) {
        if let Some(form) = Form::blank(FormKind::Record(kind), self.meeting(), item, now, None) {
            self.open(Overlay::Form(Box::new(FormBox::new(form))));
        }
    }

    fn open_form(&mut self, kind: FormKind, now: Option<NaiveTime>) {
        let meeting = self.meeting();
        if let Some(form) = Form::blank(kind, meeting, self.current_item_id(), now, None) {
            self.open(Overlay::Form(Box::new(FormBox::new(form))));
        }
    }

    /// Records a change at once, saying what was recorded or why it was not.
    fn record(&mut self, event: Event, item: Option<crate::model::ItemId>, now: Option<NaiveTime>) {
        let meeting = self.meeting();
        let record = Record::new(now, item, event);
        let line = describe::record(meeting, &record);
        let at = meeting.records.len();
        self.message = Some(
            match self.session.apply(vec![Edit::InsertRecord { at, record }]) {
                Ok(()) => format!("Recorded: {line}"),
                Err(refusal) => refusal.to_string(),
            },
        );
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
        if self.blocked(action) {
            return;
        }
        if let Some(kind) = record_form(action) {
            if kind == EventKind::MotionSettled
                && moved_under(self.meeting(), self.nav.current.as_deref()).is_empty()
            {
                self.message = Some("No motion has been moved on this item".into());
                return;
            }
            return self.open_form(FormKind::Record(kind), now);
        }
        match action {
            Action::Help => self.open(Overlay::Help(Default::default())),
            Action::Quit => effects.push(Effect::Quit),
            Action::NextItem => {
                let meeting = self.session.meeting();
                self.nav.next_item(meeting);
            }
            Action::PreviousItem => {
                let meeting = self.session.meeting();
                self.nav.previous_item(meeting);
            }
            Action::GoToItem => {
                let choice = crate::tui::live::overlays::goto_position(&self.nav, self.meeting());
                self.open(Overlay::GoTo(GoTo {
                    query: String::new(),
                    choice,
                }));
            }
            // The opening and the close are under no item; their forms ask only the time.
            Action::Commence => {
                if self.meeting().has_commenced() {
                    self.message = Some("The meeting has already commenced".into());
                } else {
                    self.open_timed(EventKind::Commenced, None, now);
                }
            }
            Action::Conclude => {
                if self.meeting().close_starts().is_some() {
                    self.message = Some("The meeting has already concluded".into());
                } else {
                    self.open_timed(EventKind::Concluded, None, now);
                }
            }
            Action::RollCall => self.open(Overlay::Roll(RollCall::at(now))),
            Action::AddPerson => self.open_form(FormKind::AddPerson, now),
            Action::Reconvene => {
                self.open_timed(EventKind::Reconvened, self.current_item_id(), now)
            }
            Action::ReadmitPublic => self.record(Event::Readmitted, self.current_item_id(), now),
            Action::TakeVote => {
                let vote = VoteForm::new(self.meeting(), self.current_item_id(), now, None);
                self.open(Overlay::Vote(Box::new(vote)));
            }
            Action::Sign => {
                let form = Form::signing(self.meeting(), &self.house.style);
                self.open(Overlay::Form(Box::new(FormBox::new(form))));
            }
            Action::FocusRecords => {
                let records = self.item_records();
                match records.last() {
                    None => self.message = Some("Nothing is recorded under this item yet".into()),
                    Some(last) => {
                        self.nav.records_focus = true;
                        self.nav.selected = Some(*last);
                    }
                }
            }
            Action::Preview => {
                self.nav.preview = !self.nav.preview;
                self.nav.preview_scroll = 0;
            }
            // The preview scrolls back from its end, where the latest record is.
            Action::PreviewUp => {
                self.nav.preview_scroll = self.nav.preview_scroll.saturating_add(10)
            }
            Action::PreviewDown => {
                self.nav.preview_scroll = self.nav.preview_scroll.saturating_sub(10)
            }
            Action::ExportMinutes => self.open(Overlay::Export(Export::default())),
            Action::SaveCopy => self.open_form(FormKind::SaveAs, now),
            Action::Search => self.open(Overlay::Search(Search::default())),
            Action::Problems => {
                if check::check(self.meeting()).is_empty() {
                    self.message = Some("No problems: the record is sound".into());
                } else {
                    self.open(Overlay::Problems(Problems::default()));
                }
            }
            Action::Undo => self.undo_or_redo(true),
            Action::Redo => self.undo_or_redo(false),
            Action::EditMeeting => self.open_form(FormKind::Details, now),
            Action::SetClock => self.open_form(FormKind::Clock, now),
            Action::AddItem => self.open_form(FormKind::Item, now),
            Action::EditItem => self.about_item(FormKind::Item),
            Action::WithdrawItem => self.about_item(FormKind::Withdraw),
            Action::MattersArising => self.matters_arising(),
            Action::MoveItemUp => self.move_item(false),
            Action::MoveItemDown => self.move_item(true),
            Action::DeleteItem => self.delete_item(),
            Action::People => self.open(Overlay::People(Default::default())),
            _ => {}
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
        if self.blocked(action) {
            return;
        }
        let records = self.item_records();
        let Some(position) = self.nav.selected_position(&self.session) else {
            self.nav.records_focus = false;
            return;
        };
        let id = records[position];
        match action {
            Action::RecordDown => {
                self.nav.selected = records.get(position + 1).or(records.last()).copied()
            }
            Action::RecordUp => {
                self.nav.selected = records.get(position.saturating_sub(1)).copied()
            }
            Action::Back => self.nav.records_focus = false,
            Action::Help => self.open(Overlay::Help(Default::default())),
            Action::Preview => self.nav.preview = !self.nav.preview,
            Action::EditTime => {
                if let Some(form) = Form::for_time(self.meeting(), id) {
                    self.open(Overlay::Form(Box::new(FormBox::new(form))));
                }
            }
            Action::EditRecord => self.correct(id, now),
            Action::MoveRecordUp => self.move_record(id, position, false),
            Action::MoveRecordDown => self.move_record(id, position, true),
            Action::DeleteRecord => self.delete(id, position),
            Action::Undo => self.undo_or_redo(true),
            Action::Redo => self.undo_or_redo(false),
            _ => {}
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
