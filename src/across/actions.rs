//! Every follow-up action promised across the meetings, with its meeting and minute, who was
//! to do it, and whether a later meeting heard it done or carried forward (in its matters
//! arising). Actions from business taken in private are left out unless asked for.

use std::collections::HashMap;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::Collection;
use crate::model::kinds::name;
use crate::model::{Event, Progress, RecordId};

/// What the later meetings heard of an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// No later meeting reported on it.
    Open,
    /// Reported done at the meeting of this date.
    Done(NaiveDate),
    /// Carried forward, last at the meeting of this date.
    CarriedForward(NaiveDate),
}

impl Status {
    pub fn describe(self) -> String {
        match self {
            Status::Open => "open".into(),
            Status::Done(on) => format!("done ({})", on.format("%-d %B %Y")),
            Status::CarriedForward(on) => format!("carried forward ({})", on.format("%-d %B %Y")),
        }
    }
}

/// One action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    /// The file of the meeting it was promised at; none when only a later meeting's matters
    /// arising knows it.
    pub path: Option<PathBuf>,
    pub body: String,
    pub date: NaiveDate,
    pub minute: Option<u32>,
    pub text: String,
    pub owner: Option<String>,
    pub private: bool,
    pub status: Status,
}

/// Every action, in the order the meetings were held.
pub fn actions(collection: &Collection, confidential: bool) -> Vec<Action> {
    let mut list: Vec<Action> = Vec::new();
    let mut at: HashMap<(String, NaiveDate, RecordId), usize> = HashMap::new();
    for found in &collection.meetings {
        let meeting = &found.meeting;
        let body = &meeting.body.name;
        // What this meeting heard of earlier actions.
        for arising in meeting.agenda.iter().flat_map(|item| &item.arising) {
            let key = (body.clone(), arising.date, arising.record);
            let index = *at.entry(key).or_insert_with(|| {
                list.push(Action {
                    path: None,
                    body: body.clone(),
                    date: arising.date,
                    minute: arising.minute,
                    text: arising.text.clone(),
                    owner: arising.owner.clone(),
                    private: false,
                    status: Status::Open,
                });
                list.len() - 1
            });
            let action = &mut list[index];
            match arising.progress {
                Progress::Done => action.status = Status::Done(meeting.date),
                Progress::CarriedForward if !matches!(action.status, Status::Done(_)) => {
                    action.status = Status::CarriedForward(meeting.date)
                }
                Progress::CarriedForward | Progress::NotReported => {}
            }
        }
        // What it promised.
        let minutes = meeting.minute_numbers_by_item_as(found.order);
        for (record, private) in meeting.records.iter().zip(meeting.private_records()) {
            let Event::Action { text, owner } = &record.event else {
                continue;
            };
            let action = Action {
                path: Some(found.path.clone()),
                body: body.clone(),
                date: meeting.date,
                minute: record
                    .item
                    .as_deref()
                    .and_then(|id| minutes.get(id).copied()),
                text: text.clone(),
                owner: owner.as_ref().map(|id| name(meeting, id)),
                private,
                status: Status::Open,
            };
            at.insert((body.clone(), meeting.date, record.id), list.len());
            list.push(action);
        }
    }
    list.retain(|action| confidential || !action.private);
    list.sort_by(|a, b| (a.date, &a.body, a.minute).cmp(&(b.date, &b.body, b.minute)));
    list
}

/// The actions as a table, with a body column when they are of more than one body.
pub fn report(list: &[Action], skipped: &[super::Skipped]) -> super::report::Report {
    let several = list.iter().any(|a| a.body != list[0].body);
    let header = ["Meeting", "Minute", "Action", "Owner", "Since"];
    let title = match list.first() {
        Some(first) if !several => format!("Actions: {}", first.body),
        _ => "Actions".to_string(),
    };
    let mut report = super::report::Report::new(title, &header).skipping(skipped);
    report.empty = "No follow-up actions were recorded.".into();
    let open = list.iter().filter(|a| a.status == Status::Open).count();
    if !list.is_empty() {
        report.notes.push(format!(
            "{} action{}, {open} with nothing reported since.",
            list.len(),
            if list.len() == 1 { "" } else { "s" }
        ));
    }
    report.rows = list
        .iter()
        .map(|action| {
            let mut text = action.text.replace('\n', " ");
            if action.private {
                text.push_str(" (Part 2, not for publication)");
            }
            vec![
                action.date.format("%-d %B %Y").to_string(),
                action.minute.map(|n| n.to_string()).unwrap_or_default(),
                text,
                action.owner.clone().unwrap_or_default(),
                action.status.describe(),
            ]
        })
        .collect();
    if several {
        report.bodies = list.iter().map(|a| a.body.clone()).collect();
    }
    report
}
