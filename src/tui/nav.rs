//! Where the clerk is on the live screen: the item under consideration and the record chosen,
//! by their handles, so that an item added or a record deleted elsewhere never moves the
//! clerk to the wrong one.

use crate::model::{ItemId, Meeting, RecordId};

/// The clerk's place on the live screen.
#[derive(Debug, Clone, Default)]
pub struct Navigation {
    /// The agenda item under consideration; none before the first.
    pub current: Option<ItemId>,
    /// The clerk is choosing among the item's records.
    pub records_focus: bool,
    /// The record chosen, while choosing.
    pub selected: Option<RecordId>,
    /// The minutes preview is shown beside the record.
    pub preview: bool,
    pub preview_scroll: u16,
}

impl Navigation {
    /// Carries on at the item where the record left off.
    pub fn resume(meeting: &Meeting) -> Navigation {
        Navigation {
            current: meeting
                .records
                .iter()
                .rev()
                .find_map(|r| r.item.clone())
                .filter(|id| meeting.item(id).is_some()),
            ..Navigation::default()
        }
    }

    /// The position of the current item in the agenda.
    pub fn current_index(&self, meeting: &Meeting) -> Option<usize> {
        self.current
            .as_deref()
            .and_then(|id| meeting.item_index(id))
    }

    /// The handles of the records under the current item (or before the items), in order.
    pub fn item_records(&self, meeting: &Meeting) -> Vec<RecordId> {
        meeting
            .records
            .iter()
            .filter(|r| r.item == self.current)
            .map(|r| r.id)
            .collect()
    }

    /// Goes to the item at this position in the agenda, or to the opening.
    pub fn go_to(&mut self, meeting: &Meeting, index: Option<usize>) {
        self.current = index
            .and_then(|i| meeting.agenda.get(i))
            .map(|item| item.id.clone());
        self.records_focus = false;
        self.selected = None;
    }

    pub fn next_item(&mut self, meeting: &Meeting) {
        let next = match self.current_index(meeting) {
            None if !meeting.agenda.is_empty() => Some(0),
            Some(i) if i + 1 < meeting.agenda.len() => Some(i + 1),
            other => other,
        };
        self.go_to(meeting, next);
    }

    pub fn previous_item(&mut self, meeting: &Meeting) {
        let previous = match self.current_index(meeting) {
            Some(0) | None => None,
            Some(i) => Some(i - 1),
        };
        self.go_to(meeting, previous);
    }

    /// Shows the record, chosen, under its item.
    pub fn show_record(&mut self, meeting: &Meeting, id: RecordId) {
        let Some(record) = meeting.record(id) else {
            return;
        };
        self.current = record.item.clone();
        self.records_focus = true;
        self.selected = Some(id);
    }

    /// Keeps the choice on a record that is still under the item: the nearest one after a
    /// deletion, and none when the item has no records left.
    pub fn settle(&mut self, meeting: &Meeting, near: Option<usize>) {
        if self
            .current
            .as_deref()
            .is_some_and(|id| meeting.item(id).is_none())
        {
            self.current = None;
        }
        let records = self.item_records(meeting);
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
    pub fn selected_position(&self, meeting: &Meeting) -> Option<usize> {
        let id = self.selected?;
        self.item_records(meeting).iter().position(|r| *r == id)
    }
}
