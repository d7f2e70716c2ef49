//! `attendance`, `actions`, `applications` and `search`: one view over the meetings in folders.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::across::{self, report::Report};

/// Which view, and what it is asked for.
#[derive(Debug, Clone, Copy)]
pub enum View<'a> {
    Attendance {
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        confidential: bool,
        /// The day the six-month rule is worked out for: today, as a rule.
        on: NaiveDate,
    },
    Actions {
        confidential: bool,
    },
    Applications {
        reference: Option<&'a str>,
        confidential: bool,
    },
    Search {
        words: &'a str,
        confidential: bool,
    },
    /// What is due, and by when, as at the day given.
    Due {
        on: NaiveDate,
    },
}

/// The view over every meeting found in `places`, with the files left out listed.
pub fn across(places: &[PathBuf], view: View<'_>) -> Report {
    let collection = across::gather(places);
    of(&collection, view)
}

/// The view over meetings already gathered, its title saying whose meetings it covers and
/// from when to when: those with rows in it, or every meeting looked at when it has none.
pub fn of(collection: &across::Collection, view: View<'_>) -> Report {
    let (mut report, rows_from): (Report, Option<Vec<(String, NaiveDate)>>) = match view {
        View::Attendance {
            from,
            to,
            confidential,
            on,
        } => {
            let summary = across::attendance::attendance(collection, from, to, confidential);
            let mut report = across::attendance::report(&summary, &collection.skipped);
            let members = crate::duties::six_months::six_months(collection, on, confidential);
            report
                .sections
                .push(crate::duties::six_months::report(&members, on));
            (report, None)
        }
        View::Actions { confidential } => {
            let list = across::actions::actions(collection, confidential);
            let from = list.iter().map(|a| (a.body.clone(), a.date)).collect();
            (
                across::actions::report(&list, &collection.skipped),
                Some(from),
            )
        }
        View::Applications {
            reference,
            confidential,
        } => {
            let list = across::applications::applications(collection, reference, confidential);
            let from = list.iter().map(|a| (a.body.clone(), a.date)).collect();
            (
                across::applications::report(&list, &collection.skipped),
                Some(from),
            )
        }
        View::Search {
            words,
            confidential,
        } => {
            let hits = across::search::search(collection, words, confidential);
            let from = hits.iter().map(|h| (h.body.clone(), h.date)).collect();
            (
                across::search::report(&hits, words, &collection.skipped),
                Some(from),
            )
        }
        View::Due { on } => {
            let list = crate::duties::due::due(collection, on);
            (
                crate::duties::due::report(&list, on).skipping(&collection.skipped),
                None,
            )
        }
    };
    let (from, to) = match view {
        View::Attendance { from, to, .. } => (from, to),
        _ => (None, None),
    };
    let covered = collection
        .meetings
        .iter()
        .map(|found| &found.meeting)
        .filter(|meeting| across::within(meeting.date, from, to))
        .filter(|meeting| match &rows_from {
            Some(rows) if !rows.is_empty() => rows
                .iter()
                .any(|(body, date)| *body == meeting.body.name && *date == meeting.date),
            _ => true,
        });
    if let Some((who, when)) = across::scope(covered) {
        // "Planning applications: Ashcombe Parish Council" names its council already.
        report.title = if report.title.ends_with(&who) {
            format!("{}, {when}", report.title)
        } else {
            format!("{} – {who}, {when}", report.title)
        };
    }
    // Attendance counted from private business too is not for publication.
    if let View::Attendance {
        confidential: true, ..
    } = view
    {
        report.title = format!("CONFIDENTIAL: {}", report.title);
    }
    report
}

/// The meetings in `places` as an iCalendar file, an event each.
pub fn calendar(places: &[PathBuf]) -> String {
    crate::duties::calendar::calendar(&across::gather(places))
}
