//! Problems that make a meeting file unusable: duplicate handles, and references to people,
//! items or motions that are not there.

use std::collections::HashSet;

use super::{Place, Problem};
use crate::model::{Kind, Meeting};

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
