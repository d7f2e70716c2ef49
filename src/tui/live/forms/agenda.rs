//! Agenda items as forms: added after the current item (numbered as the agenda goes, or with a
//! letter for an urgent item), corrected, withdrawn or deferred. Each turns into an edit that is
//! saved and undone like any record.

use crate::import::kind_of;
use crate::model::kinds::form::{self, Question, Schema};
use crate::model::kinds::privacy;
use crate::model::{
    AgendaItem, Edit, ItemId, ItemKind, Meeting, Part, Progress, Withdrawal, Withdrawn,
};
use crate::tui::live::forms::{Form, Submission};

const PARTS: &[&str] = &["Part 1 (in public)", "Part 2 (exempt)"];

const WITHDRAWN: &[&str] = &["withdrawn", "deferred", "back on the agenda"];

/// The number a new item takes after the item at `after`: the next number at the end of the
/// agenda, else the item's own number with the next free letter ("7A" after 7).
pub fn next_number(meeting: &Meeting, after: Option<usize>) -> String {
    let taken = |n: &str| {
        meeting
            .agenda
            .iter()
            .any(|i| i.number.as_deref() == Some(n))
    };
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
    // After "7" or "7A" alike the next urgent item is the next free "7B".
    let base = after
        .and_then(|i| meeting.agenda.get(i))
        .and_then(|i| i.number.clone())
        .map(|n| {
            n.trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .to_string()
        })
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
            Question::choice("Kind", &kinds(), kind_choice(item)),
            Question::yes_no("Verbal (no report)", item.is_some_and(|i| i.verbal)),
            Question::yes_no("Part of the item above", item.is_some_and(|i| i.sub_item)),
        ],
    )
}

/// The kinds of item a form offers: first, the kind the title says, then each by name.
fn kinds() -> Vec<&'static str> {
    std::iter::once("as the title says")
        .chain(ItemKind::ALL.iter().map(|k| k.word()))
        .collect()
}

/// An item being corrected keeps its kind; a new one takes the kind its title says.
fn kind_choice(item: Option<&AgendaItem>) -> usize {
    item.and_then(|i| ItemKind::ALL.iter().position(|k| *k == i.kind))
        .map_or(0, |at| at + 1)
}

/// The kind chosen, or the one the title says.
fn chosen_kind(form: &Form, title: &str) -> ItemKind {
    form.fields[5]
        .choice
        .checked_sub(1)
        .and_then(|at| ItemKind::ALL.get(at).copied())
        .unwrap_or_else(|| kind_of(title))
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
    let editing = form.target_item().and_then(|id| meeting.item(id).cloned());
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
    let exempt = privacy::schedule_12a("Exempt paragraphs", &form.fields[3].value())?;
    let description = form::optional(form, 4);
    let kind = chosen_kind(form, &title);
    let verbal = form.fields[6].choice == 1;
    let sub_item = form.fields[7].choice == 1;
    let said = format!("item {number}, {title}");
    match editing {
        Some(mut item) => {
            item.kind = kind;
            item.title = title;
            item.number = Some(number).filter(|n| !n.is_empty());
            item.part = part;
            item.exempt_paragraphs = exempt;
            item.description = description;
            item.verbal = verbal;
            item.sub_item = sub_item;
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
                description,
                part,
                exempt_paragraphs: exempt,
                verbal,
                sub_item,
                ..AgendaItem::new(
                    new_item_id(meeting, &number),
                    Some(number).filter(|n| !n.is_empty()),
                    title,
                )
                .of_kind(kind)
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

/// Which action carried to the item, and what the meeting heard of it.
pub fn arising(item: &AgendaItem) -> Schema {
    let actions: Vec<String> = item
        .arising
        .iter()
        .map(|a| {
            let minute = a
                .minute
                .map(|n| format!("minute {n}, "))
                .unwrap_or_default();
            let owner = a
                .owner
                .as_ref()
                .map(|o| format!(" ({o})"))
                .unwrap_or_default();
            format!(
                "{minute}{}: {}{owner}: {}",
                a.date.format("%-d %b %Y"),
                a.text,
                a.progress.word()
            )
        })
        .collect();
    let actions: Vec<&str> = actions.iter().map(String::as_str).collect();
    let first_open = item
        .arising
        .iter()
        .position(|a| a.progress == Progress::NotReported)
        .unwrap_or(0);
    let progress: Vec<&str> = Progress::ALL.iter().map(|p| p.word()).collect();
    Schema::new(
        format!("Matters arising: {}", item.label()),
        vec![
            Question::choice("Action", &actions, first_open),
            Question::choice("Reported", &progress, 0),
        ],
    )
}

pub fn arising_submit(form: &Form, meeting: &Meeting) -> Result<Submission, String> {
    let mut item = form
        .target_item()
        .and_then(|id| meeting.item(id).cloned())
        .ok_or("that item is no longer on the agenda")?;
    let progress = Progress::ALL
        .get(form.fields.get(1).map_or(0, |f| f.choice))
        .copied()
        .unwrap_or_default();
    let action = form
        .fields
        .first()
        .and_then(|f| item.arising.get_mut(f.choice))
        .ok_or("that action is no longer carried to this item")?;
    action.progress = progress;
    let said = format!("{} – {}", action.text, progress.word());
    Ok(Submission::Change {
        edits: vec![Edit::ReplaceItem(item)],
        said,
    })
}
