//! What is due, and by when, for the meetings in the folders: the summons and agenda of each
//! meeting to come, three clear days before it for a parish, town or community council and
//! five clear working days for any other (Local Government Act 1972, Schedule 12 paragraph 10
//! and section 100B); a smaller authority's draft minutes within a month (the Transparency
//! Code for Smaller Authorities); the Welsh note of decisions within seven working days
//! (Schedule 12 paragraph 26ZA); and an executive's records of decisions as soon as reasonably
//! practicable. Only the record's dates are known, not whether a thing was done: a date that
//! has passed is said to have passed.

use chrono::{Months, NaiveDate};

use super::working_days::{
    clear_days_before, end_of_working_days_from, parish_day, working_day, working_days_after,
};
use crate::across::Collection;
use crate::across::report::Report;
use crate::model::{BodyKind, Meeting};

/// One thing due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub by: NaiveDate,
    pub what: &'static str,
    /// The meeting it is for: its body and date.
    pub meeting: String,
    /// The law or code that asks for it.
    pub law: &'static str,
}

/// How far back a date already passed is still listed.
const LOOKING_BACK: Months = Months::new(1);

/// Everything due for the meetings, from a month before `on` onwards: what has passed first,
/// oldest first, then what is to come, soonest first.
pub fn due(collection: &Collection, on: NaiveDate) -> Vec<Due> {
    let from = on.checked_sub_months(LOOKING_BACK).unwrap_or(on);
    let mut list: Vec<Due> = collection
        .meetings
        .iter()
        .flat_map(|found| due_for(&found.meeting, on))
        .filter(|due| due.by >= from)
        .collect();
    list.sort_by(|a, b| (a.by, &a.meeting, a.what).cmp(&(b.by, &b.meeting, b.what)));
    list
}

/// What the meeting asks of the clerk: before it, its agenda; after it, what is published.
fn due_for(meeting: &Meeting, on: NaiveDate) -> Vec<Due> {
    let name = format!(
        "{}, {}",
        meeting.body.name,
        meeting.date.format("%-d %B %Y")
    );
    let due = |by, what, law| Due {
        by,
        what,
        meeting: name.clone(),
        law,
    };
    let local = meeting.body.kind.is_local_council();
    let held = !meeting.records.is_empty();
    let mut list = Vec::new();
    if !held && meeting.date >= on {
        list.push(if local {
            due(
                clear_days_before(meeting.date, 3, parish_day),
                "Summons and agenda published, three clear days before",
                "Local Government Act 1972, Schedule 12, paragraph 10",
            )
        } else {
            due(
                clear_days_before(meeting.date, 5, working_day),
                "Agenda published, five clear working days before",
                "Local Government Act 1972, section 100B",
            )
        });
    }
    if !held {
        return list;
    }
    if local && meeting.body.wales {
        list.push(due(
            end_of_working_days_from(meeting.date, 7),
            "Note of the meeting's decisions published",
            "Local Government Act 1972, Schedule 12, paragraph 26ZA",
        ));
    } else if local {
        list.push(due(
            meeting
                .date
                .checked_add_months(Months::new(1))
                .unwrap_or(meeting.date),
            "Draft minutes published",
            "Transparency Code for Smaller Authorities",
        ));
    }
    if meeting.body.kind == BodyKind::Executive {
        list.push(due(
            working_days_after(meeting.date, 2),
            "Records of decisions published, as soon as reasonably practicable (two working days is usual)",
            "Executive Arrangements Regulations 2012, regulation 12",
        ));
    }
    list
}

/// What is due, as a report.
pub fn report(list: &[Due], on: NaiveDate) -> Report {
    let mut report = Report::new("Due", &["Due by", "", "What", "Meeting", "Law"]);
    report.notes.push(format!(
        "As at {}, from a month before. A date that has passed is marked so: the record does not say whether the thing was done.",
        on.format("%-d %B %Y")
    ));
    report.empty = "Nothing is due.".into();
    report.rows = list
        .iter()
        .map(|due| {
            let when = match (due.by - on).num_days() {
                ..0 => "passed".to_string(),
                0 => "today".to_string(),
                1 => "in 1 day".to_string(),
                n => format!("in {n} days"),
            };
            vec![
                due.by.format("%-d %B %Y").to_string(),
                when,
                due.what.to_string(),
                due.meeting.clone(),
                due.law.to_string(),
            ]
        })
        .collect();
    report
}
