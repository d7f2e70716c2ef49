//! Doubts about the record: what the facts derived from it say may not be what happened.

use std::collections::HashSet;

use super::{Place, Problem};
use crate::model::{Attendance, Count, Event, Kind, Meeting, Misfit, Part, PersonKind, Room, Side};

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
            // With no attendance recorded (minutes written up from notes), nobody can say who
            // was in the room, so nor whether the meeting was quorate.
            if room.attendance_recorded() && !room.is_quorate(quorum) {
                found.push(Problem::warning(
                    Place::Record(index),
                    format!("this vote was taken without a quorum ({quorum} needed in the room)"),
                ));
            }
        }
        room.apply(record);
    }
    items_without_outcome(meeting, &mut found);
    applications_without_decision(meeting, &mut found);
    exclusions_inside_private_items(meeting, &mut found);
    members_unaccounted_for(meeting, &room, &mut found);
    numbers_used_twice(meeting, &mut found);
    substitutes_who_are_not_councillors(meeting, &mut found);
    offices_changed_in_private(meeting, &mut found);
    budget_votes(meeting, &mut found);
    executive_reasons(meeting, &mut found);
    for (index, record) in meeting.records.iter().enumerate() {
        if let Event::Precept { year, .. } = &record.event
            && crate::model::kinds::finance::financial_year(year).is_none()
        {
            found.push(Problem::warning(
                Place::Record(index),
                format!(
                    "the precept is for \"{year}\", which is not a financial year such as 2027/28"
                ),
            ));
        }
    }
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

/// Times that run backwards. One slip (a roll marked at a time typed wrongly) is one warning,
/// however many records took the time.
fn times_in_order(meeting: &Meeting, found: &mut Vec<Problem>) {
    let mut latest = None;
    let mut slip: Option<(usize, chrono::NaiveTime, usize)> = None;
    let mut said = |slip: Option<(usize, chrono::NaiveTime, usize)>,
                    before: Option<chrono::NaiveTime>| {
        if let (Some((index, at, more)), Some(before)) = (slip, before) {
            let others = match more {
                0 => String::new(),
                1 => " (so is the record after it)".into(),
                n => format!(" (so are the {n} records after it at that time)"),
            };
            found.push(Problem::warning(
                Place::Record(index),
                format!(
                    "time {} is earlier than {} recorded before it{others}",
                    at.format("%H:%M"),
                    before.format("%H:%M")
                ),
            ));
        }
    };
    for (index, record) in meeting.records.iter().enumerate() {
        let Some(at) = record.at else { continue };
        match (latest, &mut slip) {
            (Some(before), Some((_, slipped, more))) if at < before && at == *slipped => {
                *more += 1;
                continue;
            }
            (Some(before), _) if at < before => {
                said(slip.take(), latest);
                slip = Some((index, at, 0));
                continue;
            }
            _ => {}
        }
        said(slip.take(), latest);
        latest = Some(at);
    }
    said(slip, latest);
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
    let known = room.attendance_recorded().then_some(eligible.as_slice());
    for misfit in count.misfits(known) {
        let message = match misfit {
            Misfit::NotEligible(id) if room.is_barred(&id, item) => format!(
                "{} is recorded voting after declaring a pecuniary interest in {}",
                name_of(meeting, &id),
                room.barred_from(&id, item).unwrap_or_default()
            ),
            misfit => misfit.describe(&|id| name_of(meeting, id)),
        };
        found.push(Problem::warning(place, message));
    }
    // A show of hands cannot name anyone, so say when a barred member was still in the room.
    if matches!(count, Count::ShowOfHands { .. } | Count::Unanimous) {
        for person in room.voters_in_room() {
            if let Some(business) = room.barred_from(&person.id, item) {
                found.push(Problem::warning(
                    place,
                    format!(
                        "{} declared a pecuniary interest in {business} but was in the room for the vote",
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

/// The press and public excluded under a Part 2 item itself, rather than before it: the
/// resolution is published all the same, in that item's public minute, as being about it.
fn exclusions_inside_private_items(meeting: &Meeting, found: &mut Vec<Problem>) {
    for (index, record) in meeting.records.iter().enumerate() {
        let Event::Excluded { .. } = record.event else {
            continue;
        };
        let Some(item) = record.item.as_deref().and_then(|id| meeting.item(id)) else {
            continue;
        };
        if item.part == Part::Two {
            found.push(Problem::warning(
                Place::Record(index),
                format!(
                    "the press and public were excluded under {} itself; the public minutes print the resolution there, as excluding them for this item (record it on the item before, such as an exclusion item, to print it ahead of the Part 2 business)",
                    item.label()
                ),
            ));
        }
    }
}

/// Once the meeting has concluded, each planning application should have its decision (a
/// resolution or a vote) recorded after it, before the next application under its item.
fn applications_without_decision(meeting: &Meeting, found: &mut Vec<Problem>) {
    if !meeting.records.iter().any(|r| r.event == Event::Concluded) {
        return;
    }
    let mut open: std::collections::HashMap<&str, (usize, &str)> = Default::default();
    let mut undecided = Vec::new();
    for (index, record) in meeting.records.iter().enumerate() {
        let Some(item) = record.item.as_deref() else {
            continue;
        };
        match &record.event {
            Event::Application { reference, .. } => {
                if let Some(before) = open.insert(item, (index, reference)) {
                    undecided.push(before);
                }
            }
            event if event.view().decides() => {
                open.remove(item);
            }
            _ => {}
        }
    }
    undecided.extend(open.into_values());
    undecided.sort_unstable();
    for (index, reference) in undecided {
        found.push(Problem::warning(
            Place::Record(index),
            format!("planning application {reference} has no decision recorded after it"),
        ));
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
        // An item whose business is in its parts ("5 Planning", then 5.1 and 5.2) is decided
        // in them.
        let has_parts = meeting
            .agenda
            .get(index + 1)
            .is_some_and(|next| next.sub_item && !item.sub_item);
        if item.expects_decision() && !has_parts && !decided.contains(item.id.as_str()) {
            found.push(Problem::warning(
                Place::Item(index),
                format!("{} has no resolution or outcome recorded", item.label()),
            ));
        }
    }
}

/// Once the meeting has concluded, every member is accounted for: present, sent apologies, or
/// absent. A member with nothing recorded is missing from the minutes' attendance.
fn members_unaccounted_for(meeting: &Meeting, room: &Room<'_>, found: &mut Vec<Problem>) {
    if !meeting.records.iter().any(|r| r.event == Event::Concluded) {
        return;
    }
    for (index, person) in meeting.people.iter().enumerate() {
        let recorded = room
            .standing(&person.id)
            .is_some_and(|s| s.attendance != Attendance::NotRecorded);
        if person.kind == PersonKind::Member && !recorded {
            found.push(Problem::warning(
                Place::Person(index),
                format!(
                    "{} is a member but no attendance is recorded (present, apologies or absent)",
                    person.titled_name()
                ),
            ));
        }
    }
}

/// At a budget meeting, each decision on an item of business without a recorded vote: the law
/// in England (the Local Authorities (Standing Orders) (England) (Amendment) Regulations 2014)
/// asks that the minutes record how each member voted on a decision about the budget or the
/// council tax.
fn budget_votes(meeting: &Meeting, found: &mut Vec<Problem>) {
    if !meeting.budget {
        return;
    }
    let positions: std::collections::HashMap<crate::model::RecordId, usize> = meeting
        .records
        .iter()
        .enumerate()
        .map(|(index, record)| (record.id, index))
        .collect();
    for item in &meeting.agenda {
        if item.kind != crate::model::ItemKind::Report {
            continue;
        }
        let records: Vec<&crate::model::Record> = meeting
            .records
            .iter()
            .filter(|r| r.item.as_deref() == Some(item.id.as_str()))
            .collect();
        for (at, record) in records.iter().enumerate() {
            if !matches!(record.event, Event::Resolved { .. }) {
                continue;
            }
            let recorded = crate::model::carried::carrying_vote(&records, at).is_some_and(|v| {
                matches!(
                    records[v].event,
                    Event::Vote {
                        count: Count::Recorded { .. },
                        ..
                    }
                )
            });
            if !recorded && let Some(&index) = positions.get(&record.id) {
                found.push(Problem::warning(
                    Place::Record(index),
                    "this is a budget meeting, and the law asks for a recorded vote (naming how each member voted) on each decision about the budget or council tax; none carried this resolution (v, then r)",
                ));
            }
        }
    }
}

/// A cabinet's decision on an item of business with no reasons given: its record of the
/// decision must give them.
fn executive_reasons(meeting: &Meeting, found: &mut Vec<Problem>) {
    if meeting.body.kind != crate::model::BodyKind::Executive {
        return;
    }
    for (index, record) in meeting.records.iter().enumerate() {
        let on_business = record
            .item
            .as_deref()
            .and_then(|id| meeting.item(id))
            .is_some_and(|item| item.kind == crate::model::ItemKind::Report);
        if let Event::Resolved { reasons, .. } = &record.event
            && on_business
            && reasons.as_deref().is_none_or(|r| r.trim().is_empty())
        {
            found.push(Problem::warning(
                Place::Record(index),
                "this is a decision of a cabinet or executive, whose record of the decision must give its reasons; none are given (Enter on it, Reasons)",
            ));
        }
    }
}

/// An appointment or a co-option made while the press and public were excluded: the public
/// minutes and reports are made from what was done in public, so they show neither the office
/// nor the membership it gave.
fn offices_changed_in_private(meeting: &Meeting, found: &mut Vec<Problem>) {
    for (index, (record, private)) in meeting
        .records
        .iter()
        .zip(meeting.private_records())
        .enumerate()
    {
        if !private {
            continue;
        }
        let change = match &record.event {
            Event::Appointed {
                person,
                office,
                for_meeting: false,
                ..
            } => format!(
                "{} was appointed {} in private",
                name_of(meeting, person),
                match office {
                    crate::model::Office::Chair => "Chair",
                    crate::model::Office::ViceChair => "Vice-Chair",
                    crate::model::Office::Member => "a member",
                }
            ),
            Event::CoOpted { person, .. } => {
                format!("{} was co-opted in private", name_of(meeting, person))
            }
            _ => continue,
        };
        found.push(Problem::warning(
            Place::Record(index),
            format!(
                "{change}: the public minutes and reports print only what was resolved in private, so they show who held office and who was a member as if it had not happened; if it was done in public, record it before the press and public were excluded or after they were readmitted"
            ),
        ));
    }
}

/// Two items printed with the same number would be one minute's reference for two.
fn substitutes_who_are_not_councillors(meeting: &Meeting, found: &mut Vec<Problem>) {
    for (index, record) in meeting.records.iter().enumerate() {
        if let Event::Substitute { person, .. } = &record.event
            && !crate::model::kinds::attendance::can_substitute(meeting, person)
        {
            found.push(Problem::warning(
                Place::Record(index),
                format!(
                    "{} is recorded as a substitute, but an officer cannot substitute for a member",
                    name_of(meeting, person)
                ),
            ));
        }
    }
}

fn numbers_used_twice(meeting: &Meeting, found: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    for (index, item) in meeting.agenda.iter().enumerate() {
        if let Some(number) = &item.number
            && !seen.insert(number.as_str())
        {
            found.push(Problem::warning(
                Place::Item(index),
                format!("two agenda items are numbered {number}"),
            ));
        }
    }
}
