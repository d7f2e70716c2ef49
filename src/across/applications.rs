//! Every planning application taken across the meetings, with its meeting and minute, the
//! site and proposal, and what was decided on it: the resolution recorded after it (or, with
//! none, the vote), before the next application under the same item. A reference to look for
//! narrows the list to the applications whose reference holds it.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::Collection;
use crate::model::{Event, Kind, Meeting, Record};

/// One application, as a meeting took it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    pub path: PathBuf,
    pub body: String,
    pub date: NaiveDate,
    pub minute: Option<u32>,
    pub reference: String,
    pub site: String,
    pub proposal: String,
    /// What was decided, in the record's own words; empty when nothing was recorded.
    pub decision: String,
    pub private: bool,
}

/// What was decided on the application at `index`: the first resolution after it under its
/// item, else the first vote, before the next application.
fn decision(meeting: &Meeting, index: usize) -> String {
    let Some(item) = meeting.records.get(index).and_then(|r| r.item.as_ref()) else {
        return String::new();
    };
    let after: Vec<&Record> = meeting.records[index + 1..]
        .iter()
        .filter(|r| r.item.as_ref() == Some(item))
        .take_while(|r| !matches!(r.event, Event::Application { .. }))
        .collect();
    let resolved = after
        .iter()
        .find(|r| matches!(r.event, Event::Resolved { .. }));
    let deciding = resolved.or_else(|| after.iter().find(|r| r.event.view().decides()));
    deciding.map_or_else(String::new, |r| {
        let line = r.event.view().line(meeting, r);
        line.strip_prefix("RESOLVED: ")
            .unwrap_or(&line)
            .replace('\n', " ")
    })
}

/// Every application, in the order the meetings were held; with `reference`, only those
/// whose reference holds it (whatever the case).
pub fn applications(
    collection: &Collection,
    reference: Option<&str>,
    confidential: bool,
) -> Vec<Application> {
    let wanted = reference.map(str::to_lowercase);
    let mut list = Vec::new();
    for found in &collection.meetings {
        let meeting = &found.meeting;
        let minutes = meeting.minute_numbers_by_item_as(found.order);
        for (index, (record, private)) in meeting
            .records
            .iter()
            .zip(meeting.private_records())
            .enumerate()
        {
            let Event::Application {
                reference,
                site,
                proposal,
                ..
            } = &record.event
            else {
                continue;
            };
            if wanted
                .as_ref()
                .is_some_and(|w| !reference.to_lowercase().contains(w.as_str()))
                || (private && !confidential)
            {
                continue;
            }
            list.push(Application {
                path: found.path.clone(),
                body: meeting.body.name.clone(),
                date: meeting.date,
                minute: record
                    .item
                    .as_deref()
                    .and_then(|id| minutes.get(id).copied()),
                reference: reference.clone(),
                site: site.clone(),
                proposal: proposal.replace('\n', " "),
                decision: decision(meeting, index),
                private,
            });
        }
    }
    list.sort_by(|a, b| (a.date, &a.body, a.minute).cmp(&(b.date, &b.body, b.minute)));
    list
}

/// The applications as a table, with a body column when they are of more than one body.
pub fn report(list: &[Application], skipped: &[super::Skipped]) -> super::report::Report {
    let several = list.iter().any(|a| a.body != list[0].body);
    let header = [
        "Meeting",
        "Minute",
        "Reference",
        "Site",
        "Proposal",
        "Decision",
    ];
    let title = match list.first() {
        Some(first) if !several => format!("Planning applications: {}", first.body),
        _ => "Planning applications".to_string(),
    };
    let mut report = super::report::Report::new(title, &header).skipping(skipped);
    report.empty = "No planning applications were recorded.".into();
    if !list.is_empty() {
        let undecided = list.iter().filter(|a| a.decision.is_empty()).count();
        report.notes.push(format!(
            "{} application{}, {undecided} with no decision recorded.",
            list.len(),
            if list.len() == 1 { "" } else { "s" }
        ));
    }
    report.rows = list
        .iter()
        .map(|a| {
            let mut decision = a.decision.clone();
            if a.private {
                decision.push_str(" (Part 2, not for publication)");
            }
            vec![
                a.date.format("%-d %B %Y").to_string(),
                a.minute.map(|n| n.to_string()).unwrap_or_default(),
                a.reference.clone(),
                a.site.clone(),
                a.proposal.clone(),
                decision,
            ]
        })
        .collect();
    if several {
        report.bodies = list.iter().map(|a| a.body.clone()).collect();
    }
    report
}
