//! Starting the next meeting of a body from its previous one: the membership and roles, the
//! usual officers, the minute numbers running on, and the previous minutes to approve.

use chrono::NaiveDate;

use crate::minutes::wording::plain_date;
use crate::model::{AgendaItem, ItemKind, Meeting, Part, PersonKind};

/// The next meeting after `previous`, on `date`; with an imported agenda, its agenda and
/// membership are used, and what differs from the previous membership is reported.
pub fn carry_forward(
    previous: &Meeting,
    date: NaiveDate,
    agenda: Option<Meeting>,
) -> (Meeting, Vec<String>) {
    let mut notes = Vec::new();
    let first_minute = previous
        .last_minute_number()
        .map_or(previous.first_minute, |last| last + 1);
    let previous_minutes = format!(
        "To approve as a correct record the minutes of the previous meeting held on {}.",
        plain_date(previous.date)
    );
    let mut meeting = match agenda {
        Some(mut imported) => {
            notes.extend(membership_changes(previous, &imported));
            // Keep what the previous meeting knew of each member: aliases, voting status.
            for person in &mut imported.people {
                if let Some(known) = previous
                    .people
                    .iter()
                    .find(|p| p.kind == PersonKind::Member && p.answers_to(&person.name))
                {
                    let office = person.office;
                    *person = known.clone();
                    person.office = office;
                }
            }
            if imported.first_minute != first_minute {
                notes.push(format!(
                    "first minute {first_minute}, following minute {} of the meeting of {}",
                    first_minute - 1,
                    plain_date(previous.date)
                ));
            }
            imported.first_minute = first_minute;
            imported.body.quorum = previous.body.quorum;
            imported.body.clock = previous.body.clock;
            imported
        }
        None => {
            let mut meeting = Meeting::new(
                previous.body.clone(),
                date,
                previous.venue.clone(),
                first_minute,
            );
            meeting.time = previous.time;
            meeting.contact = previous.contact.clone();
            meeting.people = previous
                .people
                .iter()
                .filter(|p| p.kind == PersonKind::Member)
                .cloned()
                .collect();
            meeting.agenda = standing_items(previous, &previous_minutes);
            meeting
        }
    };
    // The usual officers, ready to tick as present.
    for officer in previous
        .people
        .iter()
        .filter(|p| p.kind == PersonKind::Officer)
    {
        if meeting.person(&officer.id).is_none() {
            meeting.people.push(officer.clone());
        }
    }
    if let Some(item) = meeting
        .agenda
        .iter_mut()
        .find(|i| i.kind == ItemKind::PreviousMinutes && i.description.is_none())
    {
        item.description = Some(previous_minutes);
    }
    (meeting, notes)
}

/// The previous meeting's standing items (apologies, declarations, minutes, public speaking,
/// work programme), renumbered, ready for the rest of the agenda to be added.
fn standing_items(previous: &Meeting, previous_minutes: &str) -> Vec<AgendaItem> {
    let mut items: Vec<AgendaItem> = previous
        .agenda
        .iter()
        .filter(|i| {
            matches!(
                i.kind,
                ItemKind::Apologies
                    | ItemKind::Declarations
                    | ItemKind::WhippingDeclarations
                    | ItemKind::PreviousMinutes
                    | ItemKind::PublicSpeaking
                    | ItemKind::WorkProgramme
            )
        })
        .cloned()
        .collect();
    if !items.iter().any(|i| i.kind == ItemKind::PreviousMinutes) {
        items.insert(
            items.len().min(2),
            AgendaItem {
                id: Default::default(),
                number: None,
                title: "Minutes of Previous Meeting".into(),
                pages: None,
                verbal: false,
                description: None,
                part: Part::One,
                exempt_paragraphs: Vec::new(),
                kind: ItemKind::PreviousMinutes,
                withdrawn: None,
            },
        );
    }
    for (index, item) in items.iter_mut().enumerate() {
        let number = (index + 1).to_string();
        item.id = number.as_str().into();
        item.number = Some(number);
        item.pages = None;
        item.part = Part::One;
        if item.kind == ItemKind::PreviousMinutes {
            item.description = Some(previous_minutes.to_string());
        }
    }
    items
}

/// Who joined, who left and whose role changed since the previous meeting.
fn membership_changes(previous: &Meeting, next: &Meeting) -> Vec<String> {
    let mut notes = Vec::new();
    let members = |m: &Meeting| -> Vec<crate::model::Person> {
        m.people
            .iter()
            .filter(|p| p.kind == PersonKind::Member)
            .cloned()
            .collect()
    };
    let before = members(previous);
    let after = members(next);
    for person in &after {
        match before.iter().find(|p| p.answers_to(&person.name)) {
            None => notes.push(format!("new member: Councillor {}", person.name)),
            Some(was) if was.office != person.office => notes.push(format!(
                "Councillor {} was {:?} and is now {:?}",
                person.name, was.office, person.office
            )),
            Some(_) => {}
        }
    }
    for person in &before {
        if !after.iter().any(|p| person.answers_to(&p.name)) {
            notes.push(format!("no longer a member: {}", person.titled_name()));
        }
    }
    notes
}
