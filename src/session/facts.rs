//! What the screen shows on every frame but only a change can alter: who is in the room, which
//! items are Part 2, each item's minute number, and where each record is. Worked out once per
//! change, so that a key that changes nothing costs the same in a meeting of 50 records or
//! 20,000.

use std::collections::HashMap;

use crate::model::{BusinessOrder, ItemId, Meeting, Part, RecordId, Room, RoomState};

/// Facts about the meeting as it stands after the last change.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    room: RoomState,
    /// Each item's part, by agenda position.
    pub parts: Vec<Part>,
    /// Each item's minute number, by agenda position, in the order the minutes follow.
    pub minutes: Vec<u32>,
    /// The press and public are excluded now.
    pub public_excluded: bool,
    /// The handle the next new record takes.
    pub next_record: RecordId,
    /// Where each record is in the log.
    positions: HashMap<RecordId, usize>,
    /// The records under each item, in order.
    by_item: HashMap<ItemId, Vec<RecordId>>,
    /// The records under no item before the meeting concluded, and from then on.
    opening: Vec<RecordId>,
    close: Vec<RecordId>,
}

impl Facts {
    /// Works everything out from the whole meeting, its minutes numbered in `order`.
    pub fn of(meeting: &Meeting, order: BusinessOrder) -> Facts {
        let close_starts = meeting.close_starts().unwrap_or(usize::MAX);
        let mut facts = Facts {
            room: meeting.room_now().state(),
            parts: meeting.parts(),
            minutes: meeting.minute_numbers_as(order),
            public_excluded: meeting.public_excluded(),
            positions: HashMap::with_capacity(meeting.records.len()),
            ..Facts::default()
        };
        let mut highest = 0;
        for (at, record) in meeting.records.iter().enumerate() {
            highest = highest.max(record.id.0);
            facts.positions.insert(record.id, at);
            match &record.item {
                Some(item) => facts
                    .by_item
                    .entry(item.clone())
                    .or_default()
                    .push(record.id),
                None if at >= close_starts => facts.close.push(record.id),
                None => facts.opening.push(record.id),
            }
        }
        facts.next_record = RecordId(highest.saturating_add(1));
        facts
    }

    /// Who is in the room now, for the meeting these facts were worked out from.
    pub fn room<'m>(&self, meeting: &'m Meeting) -> Room<'m> {
        Room::restored(meeting, &self.room)
    }

    /// Where the record with this handle is in the log.
    pub fn position(&self, id: RecordId) -> Option<usize> {
        self.positions.get(&id).copied()
    }

    /// The records under an item, or under none at the opening or at the close, in order.
    pub fn records_under(&self, item: Option<&ItemId>, at_close: bool) -> &[RecordId] {
        match item {
            Some(item) => self.by_item.get(item).map_or(&[], Vec::as_slice),
            None if at_close => &self.close,
            None => &self.opening,
        }
    }
}
