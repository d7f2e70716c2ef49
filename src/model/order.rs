//! The order of business as it happened. Items are minuted in agenda order, unless the Chair
//! varied it: then in the order they were taken, each item taken when its first record of
//! business was made (not the attendance list, marked wherever the clerk happens to be). The agenda keeps its published numbers; only the minute numbers follow the order.

use serde::{Deserialize, Serialize};

use super::Meeting;

/// The order the minutes follow when the Chair varies the order of business, as a council's
/// house style chooses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum BusinessOrder {
    /// The order business was taken in, the minutes numbered in it (most councils).
    #[default]
    Taken,
    /// The agenda's order and numbering, whatever order the business was taken in; the minute
    /// of an item taken early says that it was.
    Agenda,
}

/// An item's minute: its running number, and its place among the parts of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Minute {
    pub number: u32,
    pub sub: Option<u32>,
}

impl Meeting {
    /// Agenda positions in the order their minutes print. An item and its parts ("5 Planning",
    /// then 5a and 5b) move together: the item is taken when business under any part of it
    /// begins, and its parts print under it, in the order they were taken.
    pub fn minute_order(&self) -> Vec<usize> {
        self.minute_order_as(BusinessOrder::Taken)
    }

    /// Agenda positions in the order their minutes print, in the order the house style
    /// follows.
    pub fn minute_order_as(&self, order: BusinessOrder) -> Vec<usize> {
        if order == BusinessOrder::Agenda {
            return (0..self.agenda.len()).collect();
        }
        let first_taken = self.first_taken();
        let families = self.families();
        let family_taken: Vec<Option<usize>> = families
            .iter()
            .map(|family| family.iter().filter_map(|&i| first_taken[i]).min())
            .collect();
        let mut order = Vec::with_capacity(self.agenda.len());
        for family in as_taken(&family_taken) {
            let members = &families[family];
            let parts_taken: Vec<Option<usize>> =
                members.iter().skip(1).map(|&i| first_taken[i]).collect();
            order.push(members[0]);
            order.extend(as_taken(&parts_taken).into_iter().map(|p| members[p + 1]));
        }
        order
    }

    /// The agenda's items in families: each item with the parts that follow it, by agenda
    /// position. A part with no item before it stands as a family of its own.
    fn families(&self) -> Vec<Vec<usize>> {
        let mut families: Vec<Vec<usize>> = Vec::new();
        for (index, item) in self.agenda.iter().enumerate() {
            match families.last_mut() {
                Some(family) if item.sub_item => family.push(index),
                _ => families.push(vec![index]),
            }
        }
        families
    }

    /// Each item's position on the agenda by its id, for finding the items of many records.
    pub fn item_positions(&self) -> std::collections::HashMap<&str, usize> {
        self.agenda
            .iter()
            .enumerate()
            .map(|(index, item)| (item.id.as_str(), index))
            .collect()
    }

    /// Where in the log each item's business began (by agenda position): the place of its first
    /// record of business, if it has one.
    fn first_taken(&self) -> Vec<Option<usize>> {
        let mut first = vec![None; self.agenda.len()];
        let positions = self.item_positions();
        for (at, record) in self.records.iter().enumerate() {
            if !record.event.view().takes_item() {
                continue;
            }
            if let Some(&index) = record.item.as_deref().and_then(|id| positions.get(id))
                && first[index].is_none()
            {
                first[index] = Some(at);
            }
        }
        first
    }

    /// Each item's minute number, by agenda position: a part of an item ("5.1") shares the
    /// number of the item it is part of.
    pub fn minute_numbers(&self) -> Vec<u32> {
        self.minute_numbers_as(BusinessOrder::Taken)
    }

    /// Each item's minute number, by agenda position, in the order the house style follows.
    pub fn minute_numbers_as(&self, order: BusinessOrder) -> Vec<u32> {
        self.minutes_as(order)
            .into_iter()
            .map(|m| m.number)
            .collect()
    }

    /// Each item's minute, by agenda position: its running number, and for a part of an item
    /// the part's place under it (1, 2, …), as "338.1", "338.2" print.
    pub fn minutes(&self) -> Vec<Minute> {
        self.minutes_as(BusinessOrder::Taken)
    }

    /// Each item's minute, by agenda position, in the order the house style follows.
    pub fn minutes_as(&self, order: BusinessOrder) -> Vec<Minute> {
        let mut minutes = vec![Minute::default(); self.agenda.len()];
        let mut next = self.first_minute;
        let mut parent: Option<(u32, u32)> = None;
        for index in self.minute_order_as(order) {
            let item = &self.agenda[index];
            minutes[index] = match parent {
                Some((number, parts)) if item.sub_item => {
                    parent = Some((number, parts + 1));
                    Minute {
                        number,
                        sub: Some(parts + 1),
                    }
                }
                _ => {
                    parent = Some((next, 0));
                    next = next.saturating_add(1);
                    Minute {
                        number: next - 1,
                        sub: None,
                    }
                }
            };
        }
        minutes
    }

    /// Each item's minute number by the item's id, worked out once: for naming the minute of
    /// many records, where asking [`Meeting::minute_number`] of each would walk the log each time.
    pub fn minute_numbers_by_item(&self) -> std::collections::HashMap<&str, u32> {
        self.minute_numbers_by_item_as(BusinessOrder::Taken)
    }

    /// Each item's minute number by the item's id, in the order the house style follows.
    pub fn minute_numbers_by_item_as(
        &self,
        order: BusinessOrder,
    ) -> std::collections::HashMap<&str, u32> {
        self.agenda
            .iter()
            .map(|item| item.id.as_str())
            .zip(self.minute_numbers_as(order))
            .collect()
    }

    /// Where the Chair varied the order of business: the first item taken ahead of an item the
    /// agenda lists before it, and that item (agenda positions). An item and its parts are
    /// taken as one, when business under any of them began; then the parts of one item taken
    /// out of their order.
    pub fn order_varied(&self) -> Option<(usize, usize)> {
        let first_taken = self.first_taken();
        let families = self.families();
        let busy = |members: &[usize]| {
            let mut busy: Vec<(usize, usize)> = members
                .iter()
                .filter_map(|&i| first_taken[i].map(|at| (at, i)))
                .collect();
            busy.sort_unstable();
            busy
        };
        // Each item with business, by when it began: (that moment, the item or part of it
        // whose business began first, the item at the head of its family).
        let mut heads: Vec<(usize, usize, usize)> = families
            .iter()
            .filter_map(|family| {
                let (at, first) = *busy(family).first()?;
                Some((at, first, family[0]))
            })
            .collect();
        heads.sort_unstable();
        let out_of_order = |taken: &[(usize, usize)]| {
            taken
                .windows(2)
                .find(|pair| pair[1].1 < pair[0].1)
                .map(|pair| (pair[0].1, pair[1].1))
        };
        let early = heads
            .windows(2)
            .find(|pair| pair[1].2 < pair[0].2)
            .map(|pair| (pair[0].1, pair[1].1));
        early.or_else(|| {
            families
                .iter()
                .find_map(|family| out_of_order(&busy(&family[1..])))
        })
    }
}

/// Positions in the order they were taken: those with business in the order it began, each
/// quiet one (nothing recorded) kept in its place after the position before it.
fn as_taken(taken: &[Option<usize>]) -> Vec<usize> {
    let mut busy: Vec<(usize, usize)> = taken
        .iter()
        .enumerate()
        .filter_map(|(index, at)| at.map(|at| (at, index)))
        .collect();
    busy.sort_unstable();
    let mut order = Vec::with_capacity(taken.len());
    // Every quiet position before this one is placed: each is looked at once, however the
    // busy ones jump about.
    let mut looked = 0;
    let mut place_quiet_before = |until: usize, order: &mut Vec<usize>| {
        while looked < until {
            if taken[looked].is_none() {
                order.push(looked);
            }
            looked += 1;
        }
    };
    for (_, index) in busy {
        place_quiet_before(index, &mut order);
        order.push(index);
    }
    place_quiet_before(taken.len(), &mut order);
    order
}

#[cfg(test)]
mod tests {
    use crate::model::{AgendaItem, Body, Event, Meeting, Record};

    fn meeting(items: usize) -> Meeting {
        let body = Body::named("Test");
        let date = chrono::NaiveDate::from_ymd_opt(2025, 11, 10).expect("date");
        let mut meeting = Meeting::new(body, date, "Room", 34);
        meeting.agenda = (1..=items)
            .map(|n| AgendaItem::new(n.to_string(), Some(n.to_string()), format!("Item {n}")))
            .collect();
        meeting
    }

    fn take(meeting: &mut Meeting, item: &str) {
        meeting
            .records
            .push(Record::new(None, Some(item.into()), Event::Reconvened));
    }

    #[test]
    fn items_taken_in_agenda_order_are_minuted_in_it() {
        let mut meeting = meeting(4);
        for item in ["2", "3", "2", "4"] {
            take(&mut meeting, item);
        }
        assert_eq!(meeting.minute_order(), vec![0, 1, 2, 3]);
        assert_eq!(meeting.minute_numbers(), vec![34, 35, 36, 37]);
        assert_eq!(meeting.order_varied(), None);
    }

    #[test]
    fn items_taken_out_of_order_are_minuted_as_taken_and_the_rest_keep_their_place() {
        let mut meeting = meeting(6);
        // Item 5 was taken before item 4; items 1, 3 and 6 had nothing recorded.
        for item in ["2", "5", "4"] {
            take(&mut meeting, item);
        }
        assert_eq!(meeting.minute_order(), vec![0, 1, 2, 4, 3, 5]);
        assert_eq!(meeting.minute_numbers(), vec![34, 35, 36, 38, 37, 39]);
        assert_eq!(meeting.order_varied(), Some((4, 3)), "item 5 before item 4");
    }

    #[test]
    fn an_item_taken_early_keeps_its_parts_under_it() {
        // 1 public participation, 2 previous minutes, 3 planning with parts 3a and 3b; the
        // application 3b taken first for the public present, then 2, then 3a.
        let mut meeting = meeting(3);
        for (id, number) in [("3a", "3a"), ("3b", "3b")] {
            let mut part = AgendaItem::new(id, Some(number.into()), format!("Part {number}"));
            part.sub_item = true;
            meeting.agenda.push(part);
        }
        for item in ["3b", "2", "3a"] {
            take(&mut meeting, item);
        }
        assert_eq!(meeting.minute_order(), vec![0, 2, 4, 3, 1]);
        let minutes: Vec<(u32, Option<u32>)> = meeting
            .minutes()
            .iter()
            .map(|m| (m.number, m.sub))
            .collect();
        assert_eq!(
            minutes,
            vec![
                (34, None),
                (36, None),
                (35, None),
                (35, Some(2)),
                (35, Some(1))
            ]
        );
        assert_eq!(
            meeting.order_varied(),
            Some((4, 1)),
            "item 3b before item 2"
        );
    }

    #[test]
    fn parts_taken_out_of_their_order_are_minuted_as_taken() {
        let mut meeting = meeting(1);
        for id in ["1a", "1b", "1c"] {
            let mut part = AgendaItem::new(id, Some(id.into()), format!("Part {id}"));
            part.sub_item = true;
            meeting.agenda.push(part);
        }
        for item in ["1", "1c", "1a"] {
            take(&mut meeting, item);
        }
        // 1b, with nothing recorded, keeps its place on the agenda, ahead of the parts listed
        // after it.
        assert_eq!(meeting.minute_order(), vec![0, 2, 3, 1]);
        assert_eq!(meeting.order_varied(), Some((3, 1)), "1c before 1a");
    }

    #[test]
    fn a_style_that_keeps_the_agenda_order_numbers_the_minutes_by_it() {
        let mut meeting = meeting(4);
        for item in ["3", "1", "2"] {
            take(&mut meeting, item);
        }
        assert_eq!(meeting.minute_numbers(), vec![35, 36, 34, 37]);
        assert_eq!(
            meeting.minute_numbers_as(super::BusinessOrder::Agenda),
            vec![34, 35, 36, 37]
        );
        // Either way, item 3 was taken before item 1.
        assert_eq!(meeting.order_varied(), Some((2, 0)));
    }
}
