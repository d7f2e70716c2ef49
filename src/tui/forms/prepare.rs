//! The forms that prepare and change the meeting itself: its details, its agenda items (added,
//! corrected, withdrawn or deferred) and the people it knows. Each turns into edits that are
//! saved and undone like any record; what cannot stand is refused with the reason.

use chrono::{NaiveDate, NaiveTime};

use super::{Form, Submission};
use crate::import::{kind_of, parse_date, parse_time};
use crate::model::kinds::form::{self, Question, Schema};
use crate::model::{
    AgendaItem, BodyKind, ChairTitle, Clock, Details, Edit, ItemId, Meeting, Office, Part, Person,
    PersonId, PersonKind, Voting, Withdrawal, Withdrawn,
};

const BODY_KINDS: &[&str] = &[
    "committee",
    "sub-committee",
    "board",
    "overview and scrutiny committee",
];
const CHAIR_TITLES: &[&str] = &["Chair", "Chairman"];
const CLOCKS: &[&str] = &["10.30 am", "10.30 (24-hour)"];
const PARTS: &[&str] = &["Part 1 (in public)", "Part 2 (exempt)"];
const WITHDRAWN: &[&str] = &["withdrawn", "deferred", "back on the agenda"];
const PERSON_KINDS: &[&str] = &[
    "member",
    "councillor (not a member)",
    "officer",
    "other (guest, speaker)",
];
const OFFICES: &[&str] = &["member", "Chair", "Vice-Chair"];
const VOTING: &[&str] = &["voting", "non-voting", "associate (non-voting)"];

/// "10 November 2025", as the details form shows a date.
pub fn date_text(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

fn time_text(time: Option<NaiveTime>) -> String {
    time.map(|t| {
        use chrono::Timelike;
        let (pm, hour) = t.hour12();
        format!("{hour}.{:02} {}", t.minute(), if pm { "pm" } else { "am" })
    })
    .unwrap_or_default()
}

/// A date as a clerk types it: "10 November 2025", "Monday 10th November 2025", "2025-11-10",
/// "10/11/2025".
pub fn read_date(label: &str, text: &str) -> Result<NaiveDate, String> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .or_else(|| parse_date(text))
        .ok_or_else(|| {
            format!("{label}: \"{text}\" is not a date; type it as 10 November 2025 or 2025-11-10")
        })
}

/// A time of day as a clerk types it: "10.30 am", "10.30am", "10:30", "2pm", "14:00".
pub fn read_time(label: &str, text: &str) -> Result<Option<NaiveTime>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    parse_time(text).map(Some).ok_or_else(|| {
        format!("{label}: \"{text}\" is not a time of day; type it as 10.30 am or 14:00")
    })
}

fn whole_number(label: &str, text: &str) -> Result<Option<u32>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u32>() {
        Ok(n) if n > 0 => Ok(Some(n)),
        _ => Err(format!("{label}: \"{text}\" is not a whole number above 0")),
    }
}

pub fn details(meeting: &Meeting) -> Schema {
    let body = &meeting.body;
    let kind = match body.kind {
        BodyKind::Committee => 0,
        BodyKind::SubCommittee => 1,
        BodyKind::Board => 2,
        BodyKind::OverviewAndScrutiny => 3,
    };
    Schema::new(
        "The meeting",
        vec![
            Question::text("Body", body.name.clone()),
            Question::choice("Kind", BODY_KINDS, kind),
            Question::text("Council", body.council.clone().unwrap_or_default()),
            Question::choice(
                "Presides",
                CHAIR_TITLES,
                usize::from(body.chair_title == ChairTitle::Chairman),
            ),
            Question::text("Date", date_text(meeting.date)),
            Question::text("Starts at", time_text(meeting.time)),
            Question::text("Venue", meeting.venue.clone()),
            Question::text("First minute", meeting.first_minute.to_string()),
            Question::text(
                "Quorum",
                body.quorum.map(|q| q.to_string()).unwrap_or_default(),
            ),
            Question::choice(
                "Times as",
                CLOCKS,
                usize::from(body.clock == Clock::TwentyFourHour),
            ),
        ],
    )
}

pub fn details_submit(form: &Form, meeting: &Meeting) -> Result<Submission, String> {
    let mut details = Details::of(meeting);
    details.body.name = form::required(form, 0)?;
    details.body.kind = match form.fields[1].choice {
        1 => BodyKind::SubCommittee,
        2 => BodyKind::Board,
        3 => BodyKind::OverviewAndScrutiny,
        _ => BodyKind::Committee,
    };
    details.body.council = form::optional(form, 2);
    details.body.chair_title = if form.fields[3].choice == 1 {
        ChairTitle::Chairman
    } else {
        ChairTitle::Chair
    };
    details.date = read_date("Date", &form.fields[4].value())?;
    details.time = read_time("Starts at", &form.fields[5].value())?;
    details.venue = form.fields[6].value().trim().to_string();
    details.first_minute = whole_number("First minute", &form.fields[7].value())?
        .ok_or("First minute: give the number of this meeting's first minute, such as 34")?;
    details.body.quorum = whole_number("Quorum", &form.fields[8].value())?;
    details.body.clock = if form.fields[9].choice == 1 {
        Clock::TwentyFourHour
    } else {
        Clock::TwelveHour
    };
    Ok(Submission::Change {
        edits: vec![Edit::Details(details)],
        said: "the meeting's details".into(),
    })
}

/// The number a new item takes after the item at `after`: the next number at the end of the
/// agenda, else the item's own number with the next free letter ("7A" after 7).
pub fn next_number(meeting: &Meeting, after: Option<usize>) -> String {
    let taken = |n: &str| meeting.agenda.iter().any(|i| i.number.as_deref() == Some(n));
    let at_end = after.map_or(meeting.agenda.is_empty(), |i| i + 1 >= meeting.agenda.len());
    let highest = meeting
        .agenda
        .iter()
        .filter_map(|i| i.number.as_deref()?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    if at_end {
        return (highest + 1).to_string();
    }
    let base = after
        .and_then(|i| meeting.agenda.get(i))
        .and_then(|i| i.number.clone())
        .unwrap_or_else(|| "0".into());
    ('A'..='Z')
        .map(|letter| format!("{base}{letter}"))
        .find(|n| !taken(n))
        .unwrap_or_else(|| (highest + 1).to_string())
}

pub fn item(meeting: &Meeting, item: Option<&AgendaItem>, after: Option<usize>) -> Schema {
    let number = match item {
        Some(item) => item.number.clone().unwrap_or_default(),
        None => next_number(meeting, after),
    };
    let paragraphs: Vec<String> = item
        .map(|i| i.exempt_paragraphs.iter().map(u8::to_string).collect())
        .unwrap_or_default();
    Schema::new(
        if item.is_some() {
            "Correct the item"
        } else {
            "Add an item"
        },
        vec![
            Question::text("Title", item.map(|i| i.title.clone()).unwrap_or_default()),
            Question::text("Number", number),
            Question::choice(
                "Taken in",
                PARTS,
                usize::from(item.is_some_and(|i| i.part == Part::Two)),
            ),
            Question::text("Exempt paragraphs", paragraphs.join(", ")),
            Question::lines(
                "Description",
                item.and_then(|i| i.description.clone()).unwrap_or_default(),
            ),
        ],
    )
}

/// Reads "3" or "3, 4" as paragraphs of Schedule 12A; none is allowed.
fn exempt_paragraphs(text: &str) -> Result<Vec<u8>, String> {
    let mut found = Vec::new();
    for word in text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "and")
    {
        match word.parse::<u8>() {
            Ok(n) if (1..=7).contains(&n) => found.push(n),
            _ => {
                return Err(format!(
                    "Exempt paragraphs: \"{word}\" is not a paragraph of Schedule 12A (1 to 7)"
                ));
            }
        }
    }
    Ok(found)
}

/// A handle for a new item: its number when no item has that handle, else the next free one.
fn new_item_id(meeting: &Meeting, number: &str) -> ItemId {
    let base = if number.is_empty() { "item" } else { number };
    std::iter::once(base.to_string())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|id| meeting.item(id).is_none())
        .unwrap_or_else(|| base.to_string())
        .into()
}

pub fn item_submit(form: &Form, meeting: &Meeting) -> Result<Submission, String> {
    let title = form::required(form, 0)?;
    let number = form.fields[1].value().trim().to_string();
    let editing = form
        .target_item()
        .and_then(|id| meeting.item(id).cloned());
    let clash = meeting.agenda.iter().any(|other| {
        other.number.as_deref() == Some(number.as_str())
            && editing.as_ref().is_none_or(|e| e.id != other.id)
    });
    if !number.is_empty() && clash {
        return Err(format!(
            "Number: item {number} is already on the agenda; type another, such as {number}A"
        ));
    }
    let part = if form.fields[2].choice == 1 {
        Part::Two
    } else {
        Part::One
    };
    let exempt = exempt_paragraphs(&form.fields[3].value())?;
    let description = form::optional(form, 4);
    let said = format!("item {number}, {title}");
    match editing {
        Some(mut item) => {
            if item.title != title {
                item.kind = kind_of(&title);
            }
            item.title = title;
            item.number = Some(number).filter(|n| !n.is_empty());
            item.part = part;
            item.exempt_paragraphs = exempt;
            item.description = description;
            Ok(Submission::Change {
                edits: vec![Edit::ReplaceItem(item)],
                said,
            })
        }
        None => {
            let at = form
                .item
                .as_deref()
                .and_then(|id| meeting.item_index(id))
                .map_or(0, |i| i + 1);
            let item = AgendaItem {
                id: new_item_id(meeting, &number),
                kind: kind_of(&title),
                number: Some(number).filter(|n| !n.is_empty()),
                title,
                pages: None,
                verbal: false,
                description,
                part,
                exempt_paragraphs: exempt,
                withdrawn: None,
            };
            Ok(Submission::Change {
                edits: vec![Edit::InsertItem { at, item }],
                said,
            })
        }
    }
}

pub fn withdraw(item: &AgendaItem) -> Schema {
    let (how, to, reason) = match &item.withdrawn {
        None => (0, String::new(), String::new()),
        Some(w) => (
            usize::from(w.how == Withdrawn::Deferred),
            w.to.clone().unwrap_or_default(),
            w.reason.clone().unwrap_or_default(),
        ),
    };
    Schema::new(
        format!("Withdrawn or deferred: {}", item.label()),
        vec![
            Question::choice("The item is", WITHDRAWN, how),
            Question::text("Deferred to", to),
            Question::text("Because", reason),
        ],
    )
}

pub fn withdraw_submit(form: &Form, meeting: &Meeting) -> Result<Submission, String> {
    let mut item = form
        .target_item()
        .and_then(|id| meeting.item(id).cloned())
        .ok_or("that item is no longer on the agenda")?;
    let (withdrawn, said) = match form.fields[0].choice {
        2 => (None, format!("{} is back on the agenda", item.label())),
        choice => {
            let how = if choice == 1 {
                Withdrawn::Deferred
            } else {
                Withdrawn::Withdrawn
            };
            let word = if choice == 1 { "deferred" } else { "withdrawn" };
            (
                Some(Withdrawal {
                    how,
                    to: form::optional(form, 1).filter(|_| how == Withdrawn::Deferred),
                    reason: form::optional(form, 2),
                }),
                format!("{} {word}", item.label()),
            )
        }
    };
    item.withdrawn = withdrawn;
    Ok(Submission::Change {
        edits: vec![Edit::ReplaceItem(item)],
        said,
    })
}

pub fn person(person: Option<&Person>) -> Schema {
    let kind = person.map_or(0, |p| match p.kind {
        PersonKind::Member => 0,
        PersonKind::Councillor => 1,
        PersonKind::Officer => 2,
        PersonKind::Other => 3,
    });
    let office = person.map_or(0, |p| match p.office {
        Office::Member => 0,
        Office::Chair => 1,
        Office::ViceChair => 2,
    });
    let voting = person.map_or(0, |p| match p.voting {
        Voting::Voting => 0,
        Voting::NonVoting => 1,
        Voting::Associate => 2,
    });
    let text = |f: fn(&Person) -> Option<String>| person.and_then(f).unwrap_or_default();
    Schema::new(
        if person.is_some() {
            "Correct someone"
        } else {
            "Add someone"
        },
        vec![
            Question::text("Name", person.map(|p| p.name.clone()).unwrap_or_default()),
            Question::text(
                "Title",
                person.map_or_else(|| "Councillor".into(), |p| p.title.clone().unwrap_or_default()),
            ),
            Question::choice("Is a", PERSON_KINDS, kind),
            Question::choice("Office", OFFICES, office),
            Question::choice("Voting", VOTING, voting),
            Question::text("Role", text(|p| p.role.clone())),
            Question::text("Organisation", text(|p| p.organisation.clone())),
            Question::text("Group", text(|p| p.group.clone())),
            Question::text(
                "Also known as",
                person.map(|p| p.aliases.join(", ")).unwrap_or_default(),
            ),
        ],
    )
}

pub fn person_submit(form: &Form, meeting: &Meeting) -> Result<Submission, String> {
    let name = form::required(form, 0)?;
    let kind = match form.fields[2].choice {
        1 => PersonKind::Councillor,
        2 => PersonKind::Officer,
        3 => PersonKind::Other,
        _ => PersonKind::Member,
    };
    let office = match form.fields[3].choice {
        1 => Office::Chair,
        2 => Office::ViceChair,
        _ => Office::Member,
    };
    if office != Office::Member && kind != PersonKind::Member {
        return Err("Office: only a member of the body can be its Chair or Vice-Chair".into());
    }
    let editing = form.target_person().and_then(|id| meeting.person(id));
    let person = Person {
        id: editing.map_or_else(
            || super::other::unique_person_id(meeting, &name),
            |p| p.id.clone(),
        ),
        name,
        title: form::optional(form, 1),
        aliases: form.fields[8]
            .value()
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_string)
            .collect(),
        kind,
        office,
        voting: match form.fields[4].choice {
            1 => Voting::NonVoting,
            2 => Voting::Associate,
            _ => Voting::Voting,
        },
        role: form::optional(form, 5),
        organisation: form::optional(form, 6),
        group: form::optional(form, 7),
    };
    let said = person.titled_name();
    let mut edits = holds_office(meeting, &person.id, office);
    edits.push(match editing {
        Some(_) => Edit::ReplacePerson(person),
        None => Edit::InsertPerson {
            at: meeting.people.len(),
            person,
        },
    });
    Ok(Submission::Change { edits, said })
}

/// The edits that give `office` to the person and take it from whoever else the file lists in
/// it: a body has one Chair and one Vice-Chair.
pub fn holds_office(meeting: &Meeting, person: &PersonId, office: Office) -> Vec<Edit> {
    if office == Office::Member {
        return Vec::new();
    }
    meeting
        .people
        .iter()
        .filter(|p| p.office == office && p.id != *person)
        .map(|p| {
            let mut former = p.clone();
            former.office = Office::Member;
            Edit::ReplacePerson(former)
        })
        .collect()
}
