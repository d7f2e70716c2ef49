//! Starting the next meeting of a body from its previous one: the membership and roles, the
//! usual officers, the minute numbers running on, and the previous minutes to approve.

use chrono::NaiveDate;

use crate::minutes::style::{Numbering, Settings};
use crate::minutes::wording::plain_date;
use crate::model::kinds::name;
use crate::model::{AgendaItem, Arising, Event, ItemKind, Meeting, Part, PersonKind, Progress};

/// The first minute number of the meeting on `date` after `previous`, and why, when it
/// starts again.
fn first_minute(previous: &Meeting, date: NaiveDate, style: &Settings) -> (u32, Option<String>) {
    let running_on = previous
        .last_minute_number()
        .map_or(previous.first_minute, |last| last + 1);
    match style.numbering {
        Numbering::Continuous => (running_on, None),
        Numbering::EachMeeting => (
            1,
            Some("first minute 1: the house style numbers each meeting's minutes from 1".into()),
        ),
        Numbering::EachYear
            if style.municipal_start(previous.date) != style.municipal_start(date) =>
        {
            let year = style.municipal_start(date);
            (
                1,
                Some(format!(
                    "first minute 1: a new municipal year, {year}/{:02}, begins after the meeting of {}",
                    (year + 1).rem_euclid(100),
                    plain_date(previous.date)
                )),
            )
        }
        Numbering::EachYear => (running_on, None),
    }
}

/// The next meeting after `previous`, on `date`; with an imported agenda, its agenda and
/// membership are used, and what differs from the previous membership is reported. The
/// minute numbers run on, or start again, as the house style's `numbering` says.
pub fn carry_forward(
    previous: &Meeting,
    date: NaiveDate,
    agenda: Option<Meeting>,
    style: &Settings,
) -> (Meeting, Vec<String>) {
    let mut notes = Vec::new();
    let (first_minute, why) = first_minute(previous, date, style);
    notes.extend(why);
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
            if imported.first_minute != first_minute && first_minute > 1 {
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
    notes.extend(carry_actions(previous, &mut meeting, style.order));
    (meeting, notes)
}

/// The previous meeting's open actions (its own, and those it carried forward or did not hear
/// of) put into the new meeting's previous-minutes item, for the clerk to report on. Actions
/// from business taken in private stay out of a public item.
fn carry_actions(
    previous: &Meeting,
    meeting: &mut Meeting,
    order: crate::model::BusinessOrder,
) -> Vec<String> {
    let mut open: Vec<Arising> = previous
        .agenda
        .iter()
        .flat_map(|item| &item.arising)
        .filter(|a| a.progress != Progress::Done)
        .map(|a| Arising {
            progress: Progress::NotReported,
            ..a.clone()
        })
        .collect();
    let earlier = open.len();
    let mut private = 0;
    let minutes = previous.minute_numbers_by_item_as(order);
    for (record, is_private) in previous.records.iter().zip(previous.private_records()) {
        let Event::Action { text, owner } = &record.event else {
            continue;
        };
        if is_private {
            private += 1;
            continue;
        }
        open.push(Arising {
            date: previous.date,
            minute: record
                .item
                .as_deref()
                .and_then(|id| minutes.get(id).copied()),
            record: record.id,
            text: text.clone(),
            owner: owner.as_ref().map(|id| name(previous, id)),
            progress: Progress::NotReported,
        });
    }
    let mut notes = Vec::new();
    if private > 0 {
        notes.push(format!(
            "{private} action{} from business taken in private not carried into the public \
             matters arising; follow {} up in private",
            if private == 1 { "" } else { "s" },
            if private == 1 { "it" } else { "them" }
        ));
    }
    if open.is_empty() {
        return notes;
    }
    let count = open.len();
    match meeting
        .agenda
        .iter_mut()
        .find(|i| i.kind == ItemKind::PreviousMinutes)
    {
        Some(item) => {
            let label = item.label();
            item.arising = open;
            notes.push(format!(
                "{count} open action{} carried into {label} as matters arising{}",
                if count == 1 { "" } else { "s" },
                match earlier {
                    0 => String::new(),
                    n => format!(" ({n} from earlier meetings)"),
                }
            ));
        }
        None => notes.push(format!(
            "{count} open action{} not carried: the agenda has no item for the previous minutes",
            if count == 1 { "" } else { "s" }
        )),
    }
    notes
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
            AgendaItem::new("", None, "Minutes of Previous Meeting")
                .of_kind(ItemKind::PreviousMinutes),
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
            // The minutes to approve now are those of the meeting before, whose date the
            // title carried gave as that of the one before it.
            item.title = dated(&item.title, previous.date);
        }
    }
    items
}

/// The title with the date written in it made `date`, in the same form: "Minutes of the
/// Meeting held on Tuesday, 7th October 2026" becomes "... Tuesday, 11th November 2026".
fn dated(title: &str, date: NaiveDate) -> String {
    use chrono::Datelike;
    let Some(written) = crate::model::clock::date_written_in(title) else {
        return title.to_string();
    };
    let old = &title[written.date.clone()];
    let day = date.day();
    let ordinal = old
        .split_whitespace()
        .next()
        .is_some_and(|d| d.ends_with(|c: char| c.is_alphabetic()));
    let new_date = if ordinal {
        format!(
            "{day}{} {}",
            crate::minutes::wording::ordinal_suffix(day),
            date.format("%B %Y")
        )
    } else {
        plain_date(date)
    };
    let mut dated = String::new();
    match &written.weekday {
        Some(weekday) => {
            dated.push_str(&title[..weekday.start]);
            dated.push_str(&date.format("%A").to_string());
            dated.push_str(&title[weekday.end..written.date.start]);
        }
        None => dated.push_str(&title[..written.date.start]),
    }
    dated.push_str(&new_date);
    dated.push_str(&title[written.date.end..]);
    dated
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

#[cfg(test)]
mod tests {
    use super::dated;
    use chrono::NaiveDate;

    #[test]
    fn the_previous_minutes_title_takes_the_date_of_the_meeting_before() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 11).expect("a date");
        assert_eq!(
            dated("Minutes of the Meeting held on 7 October 2026", date),
            "Minutes of the Meeting held on 11 November 2026"
        );
        assert_eq!(
            dated(
                "Minutes of the meeting held on Tuesday, 7th October 2026.",
                date
            ),
            "Minutes of the meeting held on Wednesday, 11th November 2026."
        );
        assert_eq!(
            dated("Minutes of Previous Meeting", date),
            "Minutes of Previous Meeting"
        );
    }
}
