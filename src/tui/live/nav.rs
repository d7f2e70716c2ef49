//! Where the clerk is on the live screen: the item under consideration and the record chosen,
//! by their handles, so that an item added or a record deleted elsewhere never moves the
//! clerk to the wrong one.

use crate::model::{ItemId, Meeting, RecordId};
use crate::session::Session;

/// The clerk's place on the live screen.
#[derive(Debug, Clone, Default)]
pub struct Navigation {
    /// The agenda item under consideration; none at the opening or the close.
    pub current: Option<ItemId>,
    /// At the close of the meeting, after the last item, where its conclusion is recorded.
    pub at_close: bool,
    /// The clerk is choosing among the item's records.
    pub records_focus: bool,
    /// The record chosen, while choosing.
    pub selected: Option<RecordId>,
    /// The minutes preview is shown beside the record.
    pub preview: bool,
    pub preview_scroll: u16,
}

impl Navigation {
    /// Carries on at the item where the record left off, or at the close once it is reached.
    pub fn resume(meeting: &Meeting) -> Navigation {
        let last = meeting.records.len().checked_sub(1);
        Navigation {
            current: meeting
                .records
                .iter()
                .rev()
                .find_map(|r| r.item.clone())
                .filter(|id| meeting.item(id).is_some()),
            at_close: last.is_some_and(|at| meeting.in_close(at)),
            ..Navigation::default()
        }
        .settled_at_close()
    }

    fn settled_at_close(mut self) -> Navigation {
        if self.at_close {
            self.current = None;
        }
        self
    }

    /// The position of the current item in the agenda.
    pub fn current_index(&self, meeting: &Meeting) -> Option<usize> {
        self.current
            .as_deref()
            .and_then(|id| meeting.item_index(id))
    }

    /// The handles of the records under the current item (or at the opening, or the close),
    /// in order.
    pub fn item_records<'s>(&self, session: &'s Session) -> &'s [RecordId] {
        session
            .facts()
            .records_under(self.current.as_ref(), self.at_close)
    }

    /// Goes to the item at this position in the agenda, or to the opening.
    pub fn go_to(&mut self, meeting: &Meeting, index: Option<usize>) {
        self.current = index
            .and_then(|i| meeting.agenda.get(i))
            .map(|item| item.id.clone());
        self.at_close = false;
        self.records_focus = false;
        self.selected = None;
    }

    /// Goes to the close of the meeting, after the last item.
    pub fn go_to_close(&mut self) {
        self.current = None;
        self.at_close = true;
        self.records_focus = false;
        self.selected = None;
    }

    pub fn next_item(&mut self, meeting: &Meeting) {
        match self.current_index(meeting) {
            _ if self.at_close => {}
            None if !meeting.agenda.is_empty() => self.go_to(meeting, Some(0)),
            Some(i) if i + 1 < meeting.agenda.len() => self.go_to(meeting, Some(i + 1)),
            _ => self.go_to_close(),
        }
    }

    pub fn previous_item(&mut self, meeting: &Meeting) {
        let previous = match self.current_index(meeting) {
            _ if self.at_close => meeting.agenda.len().checked_sub(1),
            Some(0) | None => None,
            Some(i) => Some(i - 1),
        };
        self.go_to(meeting, previous);
    }

    /// Shows the record, chosen, under its item.
    pub fn show_record(&mut self, session: &Session, id: RecordId) {
        let Some(record) = session.record(id) else {
            return;
        };
        self.current = record.item.clone();
        self.at_close = session
            .facts()
            .position(id)
            .is_some_and(|at| session.meeting().in_close(at));
        self.records_focus = true;
        self.selected = Some(id);
    }

    /// Keeps the choice on a record that is still under the item: the nearest one after a
    /// deletion, and none when the item has no records left.
    pub fn settle(&mut self, session: &Session, near: Option<usize>) {
        let meeting = session.meeting();
        if self
            .current
            .as_deref()
            .is_some_and(|id| meeting.item(id).is_none())
        {
            self.current = None;
        }
        let records = self.item_records(session);
        if records.is_empty() {
            self.records_focus = false;
            self.selected = None;
            return;
        }
        if self.selected.is_some_and(|id| records.contains(&id)) {
            return;
        }
        let at = near.unwrap_or(usize::MAX).min(records.len() - 1);
        self.selected = records.get(at).copied();
    }

    /// The position of the chosen record among the item's records.
    pub fn selected_position(&self, session: &Session) -> Option<usize> {
        let id = self.selected?;
        self.item_records(session).iter().position(|r| *r == id)
    }
}
