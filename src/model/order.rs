//! The order of business as it happened. Items are minuted in agenda order, unless the Chair
//! varied it: then in the order they were taken, each item taken when its first record of
//! business was made (not the attendance list, marked wherever the clerk happens to be). The agenda keeps its published numbers; only the minute numbers follow the order.

use super::Meeting;

/// An item's minute: its running number, and its place among the parts of an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Minute {
    pub number: u32,
    pub sub: Option<u32>,
}

impl Meeting {
    /// Agenda positions in the order their minutes print.
    pub fn minute_order(&self) -> Vec<usize> {
        let taken = self.taken_order();
        if taken.windows(2).all(|pair| pair[0] < pair[1]) {
            return (0..self.agenda.len()).collect();
        }
        // Items with nothing recorded keep their place after the agenda item before them.
        let mut placed = vec![false; self.agenda.len()];
        let mut order = Vec::with_capacity(self.agenda.len());
        let mut place_quiet_items_before = |until: usize, order: &mut Vec<usize>| {
            for (index, done) in placed.iter_mut().enumerate().take(until) {
                if !*done && !taken.contains(&index) {
                    *done = true;
                    order.push(index);
                }
            }
        };
        for &index in &taken {
            place_quiet_items_before(index, &mut order);
            order.push(index);
        }
        place_quiet_items_before(self.agenda.len(), &mut order);
        order
    }

    /// Each item's position on the agenda by its id, for finding the items of many records.
    pub fn item_positions(&self) -> std::collections::HashMap<&str, usize> {
        self.agenda
            .iter()
            .enumerate()
            .map(|(index, item)| (item.id.as_str(), index))
            .collect()
    }

    /// The items that have records, by agenda position, in the order their first records were
    /// made.
    fn taken_order(&self) -> Vec<usize> {
        let mut taken: Vec<usize> = Vec::new();
        let mut seen = vec![false; self.agenda.len()];
        let positions = self.item_positions();
        for record in self.records.iter().filter(|r| r.event.view().takes_item()) {
            let Some(&index) = record.item.as_deref().and_then(|id| positions.get(id)) else {
                continue;
            };
            if !seen[index] {
                seen[index] = true;
                taken.push(index);
            }
        }
        taken
    }

    /// Each item's minute number, by agenda position: a part of an item ("5.1") shares the
    /// number of the item it is part of.
    pub fn minute_numbers(&self) -> Vec<u32> {
        self.minutes().into_iter().map(|m| m.number).collect()
    }

    /// Each item's minute, by agenda position: its running number, and for a part of an item
    /// the part's place under it (1, 2, …), as "338.1", "338.2" print.
    pub fn minutes(&self) -> Vec<Minute> {
        let mut minutes = vec![Minute::default(); self.agenda.len()];
        let mut next = self.first_minute;
        let mut parent: Option<(u32, u32)> = None;
        for index in self.minute_order() {
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
        self.agenda
            .iter()
            .map(|item| item.id.as_str())
            .zip(self.minute_numbers())
            .collect()
    }

    /// Where the Chair varied the order of business: the first item taken ahead of an item the
    /// agenda lists before it, and that item (agenda positions).
    pub fn order_varied(&self) -> Option<(usize, usize)> {
        self.taken_order()
            .windows(2)
            .find(|pair| pair[1] < pair[0])
            .map(|pair| (pair[0], pair[1]))
    }
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
}
