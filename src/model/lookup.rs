//! Finding an agenda item by its handle, or a motion's record by the motion's, in constant time,
//! so that a pass over a long log that asks of each record's item or motion stays linear. The
//! positions are remembered beside the meeting and checked at every answer: an answer is only
//! given when the item or record at the remembered position still has the handle asked for,
//! else the meeting is searched as before and the positions found again. A meeting changed in
//! any way therefore never gets a wrong answer, only, once, a slower one.

use std::collections::HashMap;
use std::sync::{PoisonError, RwLock};

use super::{AgendaItem, Event, Record};

/// The remembered positions. Not part of the meeting: two meetings are equal whatever each
/// has remembered, a copy starts with nothing remembered, and nothing of it is saved.
#[derive(Default)]
pub struct Lookup {
    items: RwLock<HashMap<String, usize>>,
    motions: RwLock<HashMap<String, usize>>,
}

impl Lookup {
    /// The position of the first item with this handle.
    pub fn item(&self, agenda: &[AgendaItem], id: &str) -> Option<usize> {
        find(
            &self.items,
            id,
            |at| agenda.get(at).is_some_and(|item| item.id == id),
            || agenda.iter().position(|item| item.id == id),
            || first_positions(agenda.iter().map(|item| item.id.as_str()).enumerate()),
        )
    }

    /// The position in the log of the record that moved the motion with this handle.
    pub fn motion(&self, records: &[Record], id: &str) -> Option<usize> {
        let moved =
            |record: &Record| matches!(&record.event, Event::Motion { id: m, .. } if m == id);
        find(
            &self.motions,
            id,
            |at| records.get(at).is_some_and(moved),
            || records.iter().position(moved),
            || {
                first_positions(records.iter().enumerate().filter_map(|(at, record)| {
                    match &record.event {
                        Event::Motion { id, .. } => Some((at, id.as_str())),
                        _ => None,
                    }
                }))
            },
        )
    }
}

/// The remembered position if it still holds, else the one searched for, remembering anew
/// when the search finds what was not remembered.
fn find(
    remembered: &RwLock<HashMap<String, usize>>,
    key: &str,
    holds: impl Fn(usize) -> bool,
    search: impl Fn() -> Option<usize>,
    positions: impl Fn() -> HashMap<String, usize>,
) -> Option<usize> {
    let known = remembered
        .read()
        .unwrap_or_else(PoisonError::into_inner)
        .get(key)
        .copied();
    if let Some(at) = known
        && holds(at)
    {
        return Some(at);
    }
    let found = search()?;
    *remembered.write().unwrap_or_else(PoisonError::into_inner) = positions();
    Some(found)
}

/// Each handle's first position.
fn first_positions<'a>(handles: impl Iterator<Item = (usize, &'a str)>) -> HashMap<String, usize> {
    let mut positions = HashMap::new();
    for (at, handle) in handles {
        positions.entry(handle.to_string()).or_insert(at);
    }
    positions
}

impl Clone for Lookup {
    fn clone(&self) -> Self {
        Lookup::default()
    }
}

impl PartialEq for Lookup {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Lookup {}

impl std::fmt::Debug for Lookup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Lookup")
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{AgendaItem, Body, Event, Meeting, MotionKind, Record};

    fn meeting() -> Meeting {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 3, 4).expect("a date");
        let mut meeting = Meeting::new(Body::named("Test"), date, "Room", 1);
        meeting.agenda = ["1", "2", "3"]
            .iter()
            .map(|n| AgendaItem::new(*n, Some(n.to_string()), format!("Item {n}")))
            .collect();
        meeting
    }

    /// What a search of the agenda from the start finds.
    fn searched(meeting: &Meeting, id: &str) -> Option<usize> {
        meeting.agenda.iter().position(|i| i.id == id)
    }

    #[test]
    fn items_are_found_where_they_are_after_every_change_to_the_agenda() {
        let mut meeting = meeting();
        assert_eq!(meeting.item_index("2"), Some(1));
        meeting.agenda.swap(0, 2);
        meeting.agenda.remove(1);
        meeting
            .agenda
            .insert(0, AgendaItem::new("4", Some("4".into()), "Item 4"));
        meeting.agenda[2].id = "9".into();
        for id in ["1", "2", "3", "4", "9"] {
            assert_eq!(meeting.item_index(id), searched(&meeting, id), "{id}");
        }
        // A copy finds them too, remembering nothing of the original.
        let copy = meeting.clone();
        assert_eq!(copy.item_index("4"), Some(0));
        assert_eq!(copy, meeting);
    }

    #[test]
    fn a_motion_is_found_by_its_handle_after_records_are_added_and_removed() {
        let mut meeting = meeting();
        let motion = |id: &str| Event::Motion {
            id: id.into(),
            kind: MotionKind::Substantive,
            text: format!("That {id}"),
            mover: None,
            seconder: None,
            seconded: false,
            amends: None,
        };
        meeting
            .records
            .push(Record::new(None, None, Event::Commenced));
        meeting.records.push(Record::new(None, None, motion("m1")));
        assert_eq!(
            meeting.motion_record("m1").map(|r| &r.event),
            Some(&motion("m1"))
        );
        meeting.records.remove(0);
        meeting.records.push(Record::new(None, None, motion("m2")));
        assert_eq!(
            meeting.motion_record("m1").map(|r| &r.event),
            Some(&motion("m1"))
        );
        assert_eq!(
            meeting.motion_record("m2").map(|r| &r.event),
            Some(&motion("m2"))
        );
        assert!(meeting.motion_record("m3").is_none());
    }
}
