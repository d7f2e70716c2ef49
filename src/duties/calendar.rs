//! The meetings as an iCalendar file (RFC 5545), for a council's website and its members'
//! calendars: an event for each meeting, with its body, venue and start. Each event's UID
//! comes from the council, the body and the date, so that a calendar given the file again
//! updates the event (a new time, a new venue) rather than adding a second.

use icalendar::{Calendar, Component, EventLike};

use crate::across::Collection;
use crate::model::Meeting;

/// The calendar of every meeting in the collection.
pub fn calendar(collection: &Collection) -> String {
    let mut calendar = Calendar::new();
    calendar.name("Meetings");
    for found in &collection.meetings {
        calendar.push(event(&found.meeting));
    }
    calendar.done().to_string()
}

/// One meeting as an event: starting when it commenced or was called for, in local time, or
/// on its day when no time is known.
fn event(meeting: &Meeting) -> icalendar::Event {
    let mut event = icalendar::Event::new();
    event
        .uid(&uid(meeting))
        .summary(&meeting.body.name)
        .location(&meeting.venue)
        .description(meeting.body.council_name());
    match meeting.opening_and_closing().0.or(meeting.time) {
        Some(time) => event.starts(meeting.date.and_time(time)),
        None => event.starts(meeting.date),
    };
    event.done()
}

/// A UID that stays the same for the same meeting: its date, council and body, in letters and
/// digits.
pub fn uid(meeting: &Meeting) -> String {
    let slug = |text: &str| {
        text.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-")
    };
    format!(
        "{}-{}-{}@minutebook",
        meeting.date.format("%Y%m%d"),
        slug(meeting.body.council_name()),
        slug(&meeting.body.name)
    )
}
