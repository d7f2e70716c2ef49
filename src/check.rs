//! Finds what is wrong in a meeting (errors: the file cannot be trusted) and what is doubtful
//! (warnings: the record may not say what happened). Pure: positions in the file are the
//! store's business, so each problem names the part of the meeting it is about.

use std::collections::HashSet;
use std::fmt;

use crate::model::{Count, Event, Kind, Meeting, Misfit, Part, Room, Side};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// The part of the meeting a problem is about, by its index in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Meeting,
    Person(usize),
    Item(usize),
    Record(usize),
    Signature,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub place: Place,
    pub message: String,
}

impl Problem {
    fn error(place: Place, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            place,
            message: message.into(),
        }
    }

    fn warning(place: Place, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Warning,
            place,
            message: message.into(),
        }
    }
}

/// Every problem in the meeting: errors first in file order, then warnings in file order.
pub fn check(meeting: &Meeting) -> Vec<Problem> {
    let mut problems = errors(meeting);
    if problems.is_empty() {
        // Warnings reason about the record, which only makes sense once its references hold.
        problems.extend(warnings(meeting));
    }
    problems
}

/// Problems that make the meeting unusable: duplicate handles and references to nothing.
pub fn errors(meeting: &Meeting) -> Vec<Problem> {
    let mut found = Vec::new();
    duplicate_handles(meeting, &mut found);
    for (index, item) in meeting.agenda.iter().enumerate() {
        if let Some(bad) = item
            .exempt_paragraphs
            .iter()
            .find(|p| !(1..=7).contains(*p))
        {
            found.push(Problem::error(
                Place::Item(index),
                format!(
                    "{}: exempt-information paragraph {bad} does not exist; Schedule 12A has paragraphs 1 to 7",
                    item.label()
                ),
            ));
        }
    }
    let people: HashSet<&str> = meeting.people.iter().map(|p| p.id.as_str()).collect();
    let items: HashSet<&str> = meeting.agenda.iter().map(|i| i.id.as_str()).collect();
    let mut motions_so_far: HashSet<&str> = HashSet::new();
    for (index, record) in meeting.records.iter().enumerate() {
        let place = Place::Record(index);
        if let Some(item) = &record.item
            && !items.contains(item.as_str())
        {
            found.push(Problem::error(place, unknown_item(item)));
        }
        let view = record.event.view();
        for person in view.people() {
            if !people.contains(person.as_str()) {
                found.push(Problem::error(place, unknown_person(person)));
            }
        }
        for item in view.items() {
            if !items.contains(item.as_str()) {
                found.push(Problem::error(place, unknown_item(item)));
            }
        }
        if let Some(fault) = view.unsound() {
            found.push(Problem::error(place, fault));
        }
        let motions = view.motions();
        if let Some(id) = motions.moves {
            motions_so_far.insert(id.as_str());
        }
        if let Some(motion) = motions.refers_to
            && !motions_so_far.contains(motion.as_str())
        {
            found.push(Problem::error(
                place,
                format!("no motion \"{motion}\" has been moved before this record"),
            ));
        }
    }
    if let Some(signature) = &meeting.signature
        && meeting.person(&signature.person).is_none()
    {
        found.push(Problem::error(
            Place::Signature,
            unknown_person(&signature.person),
        ));
    }
    found
}

fn unknown_person(id: &str) -> String {
    format!("no person has the id \"{id}\"; add them to `people` or correct the id")
}

fn unknown_item(id: &str) -> String {
    format!("no agenda item has the id \"{id}\"; add it to `agenda` or correct the id")
}

fn duplicate_handles(meeting: &Meeting, found: &mut Vec<Problem>) {
    let mut people = HashSet::new();
    for (index, person) in meeting.people.iter().enumerate() {
        if person.id.trim().is_empty() {
            found.push(Problem::error(
                Place::Person(index),
                format!("{} needs an id", person.name),
            ));
        } else if !people.insert(person.id.as_str()) {
            found.push(Problem::error(
                Place::Person(index),
                format!("two people have the id \"{}\"", person.id),
            ));
        }
    }
    let mut items = HashSet::new();
    for (index, item) in meeting.agenda.iter().enumerate() {
        if item.id.trim().is_empty() {
            found.push(Problem::error(
                Place::Item(index),
                format!("{} needs an id", item.label()),
            ));
        } else if !items.insert(item.id.as_str()) {
            found.push(Problem::error(
                Place::Item(index),
                format!("two agenda items have the id \"{}\"", item.id),
            ));
        }
    }
    let mut records = HashSet::new();
    let mut motions = HashSet::new();
    for (index, record) in meeting.records.iter().enumerate() {
        let moved = record.event.view().motions().moves;
        if !record.id.is_unset() && !records.insert(record.id) {
            found.push(Problem::error(
                Place::Record(index),
                format!(
                    "two records have the id {}; give one of them a number no other record has, or leave its id out",
                    record.id
                ),
            ));
        }
        if let Some(id) = moved
            && !motions.insert(id.as_str())
        {
            found.push(Problem::error(
                Place::Record(index),
                format!("two motions have the id \"{id}\""),
            ));
        }
    }
}

/// Doubts about the record, from the facts derived from it. Assumes `errors` found nothing.
pub fn warnings(meeting: &Meeting) -> Vec<Problem> {
    let mut found = Vec::new();
    times_in_order(meeting, &mut found);
    opening_and_closing(meeting, &mut found);
    // One walk through the log, keeping the room up to date, so a long meeting checks in
    // one pass rather than replaying the log for every vote.
    let quorum = meeting.quorum();
    let mut room = Room::empty(meeting);
    for (index, record) in meeting.records.iter().enumerate() {
        if let Event::Vote { count, casting, .. } = &record.event {
            vote_fits_room(meeting, &room, index, count, &mut found);
            casting_vote(index, count, *casting, &mut found);
            if !room.is_quorate(quorum) {
                found.push(Problem::warning(
                    Place::Record(index),
                    format!("this vote was taken without a quorum ({quorum} needed in the room)"),
                ));
            }
        }
        room.apply(record);
    }
    items_without_outcome(meeting, &mut found);
    for index in meeting.private_items_taken_in_public() {
        found.push(Problem::warning(
            Place::Item(index),
            format!(
                "{} is Part 2, but records were made under it before the press and public were excluded",
                meeting.agenda[index].label()
            ),
        ));
    }
    for index in meeting.private_business_in_public_items() {
        found.push(Problem::warning(
            Place::Item(index),
            format!(
                "{} is Part 1, but business was recorded under it after the press and public were excluded; the public minutes leave that business out",
                meeting.agenda[index].label()
            ),
        ));
    }
    for (index, item) in meeting.agenda.iter().enumerate() {
        if let Some(pages) = item.pages
            && pages.first > pages.last
        {
            found.push(Problem::warning(
                Place::Item(index),
                format!(
                    "{}: pages run backwards ({} to {})",
                    item.label(),
                    pages.first,
                    pages.last
                ),
            ));
        }
        if item.part == Part::Two && item.exempt_paragraphs.is_empty() {
            found.push(Problem::warning(
                Place::Item(index),
                format!(
                    "{} is Part 2 but gives no exempt-information paragraph",
                    item.label()
                ),
            ));
        }
    }
    found
}

fn times_in_order(meeting: &Meeting, found: &mut Vec<Problem>) {
    let mut latest = None;
    for (index, record) in meeting.records.iter().enumerate() {
        let Some(at) = record.at else { continue };
        if let Some(before) = latest
            && at < before
        {
            found.push(Problem::warning(
                Place::Record(index),
                format!(
                    "time {} is earlier than {} recorded before it",
                    at.format("%H:%M"),
                    before.format("%H:%M")
                ),
            ));
            continue;
        }
        latest = Some(at);
    }
}

fn opening_and_closing(meeting: &Meeting, found: &mut Vec<Problem>) {
    let commenced = meeting
        .records
        .iter()
        .position(|r| r.event == Event::Commenced);
    let concluded = meeting
        .records
        .iter()
        .position(|r| r.event == Event::Concluded);
    if let (Some(start), Some(end)) = (commenced, concluded)
        && end < start
    {
        found.push(Problem::warning(
            Place::Record(end),
            "the meeting is recorded as concluding before it commenced",
        ));
    }
    if concluded.is_some() && commenced.is_none() {
        found.push(Problem::warning(
            Place::Meeting,
            "the meeting concluded but no start was recorded",
        ));
    }
}

/// Compares a vote's figures with the room as it stood when the vote was taken.
fn vote_fits_room(
    meeting: &Meeting,
    room: &Room<'_>,
    index: usize,
    count: &Count,
    found: &mut Vec<Problem>,
) {
    let place = Place::Record(index);
    let item = meeting.records[index].item.as_deref().unwrap_or_default();
    let eligible: Vec<&str> = room
        .eligible_voters(Some(item))
        .into_iter()
        .map(|p| p.id.as_str())
        .collect();
    for misfit in count.misfits(&eligible) {
        let message = match misfit {
            Misfit::TooManyVotes { cast, eligible } => format!(
                "{cast} votes were counted but only {eligible} members could vote at this point"
            ),
            Misfit::NamedTwice(id) => {
                format!(
                    "{} is named twice in this recorded vote",
                    name_of(meeting, &id)
                )
            }
            Misfit::NotEligible(id) if room.is_barred(&id, item) => format!(
                "{} is recorded voting after declaring a pecuniary interest in this item",
                name_of(meeting, &id)
            ),
            Misfit::NotEligible(id) => format!(
                "{} is recorded voting but was not in the room with a vote",
                name_of(meeting, &id)
            ),
        };
        found.push(Problem::warning(place, message));
    }
    // A show of hands cannot name anyone, so say when a barred member was still in the room.
    if matches!(count, Count::ShowOfHands { .. } | Count::Unanimous) {
        for person in room.voters_in_room() {
            if room.is_barred(&person.id, item) {
                found.push(Problem::warning(
                    place,
                    format!(
                        "{} declared a pecuniary interest in this item but was in the room for the vote",
                        person.titled_name()
                    ),
                ));
            }
        }
    }
}

fn name_of(meeting: &Meeting, id: &str) -> String {
    meeting
        .person(id)
        .map_or_else(|| format!("\"{id}\""), |person| person.titled_name())
}

fn casting_vote(index: usize, count: &Count, casting: Option<Side>, found: &mut Vec<Problem>) {
    let place = Place::Record(index);
    match (count.is_tied(), casting) {
        (true, None) => found.push(Problem::warning(
            place,
            "the votes are equal but no casting vote is recorded",
        )),
        (false, Some(_)) => found.push(Problem::warning(
            place,
            "a casting vote is recorded but the votes are not equal",
        )),
        _ => {}
    }
}

fn items_without_outcome(meeting: &Meeting, found: &mut Vec<Problem>) {
    let concluded = meeting.records.iter().any(|r| r.event == Event::Concluded);
    if !concluded {
        return;
    }
    let decided: HashSet<&str> = meeting
        .records
        .iter()
        .filter(|record| record.event.view().decides())
        .filter_map(|record| record.item.as_deref())
        .collect();
    for (index, item) in meeting.agenda.iter().enumerate() {
        if item.kind.expects_decision() && !decided.contains(item.id.as_str()) {
            found.push(Problem::warning(
                Place::Item(index),
                format!("{} has no resolution or outcome recorded", item.label()),
            ));
        }
    }
}
