//! Everything recorded across the meetings that contains the words asked for: item titles and
//! descriptions, the actions each item carries as matters arising, and every record (notes, motions, resolutions, actions) as the live screen
//! words it. Business taken in private is searched only when asked for, except what the public
//! minutes print of it: a Part 2 item's title and what was resolved.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::Collection;
use crate::model::{Event, Kind, Part};

/// One match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub path: PathBuf,
    pub body: String,
    pub date: NaiveDate,
    /// The minute it is under; none before the first item or after the last.
    pub minute: Option<u32>,
    /// The matching text.
    pub text: String,
    pub private: bool,
}

/// Every match for `words` (ignoring case), meeting by meeting in date order.
pub fn search(collection: &Collection, words: &str, confidential: bool) -> Vec<Hit> {
    let wanted = words.trim().to_lowercase();
    let mut hits = Vec::new();
    if wanted.is_empty() {
        return hits;
    }
    for found in &collection.meetings {
        let meeting = &found.meeting;
        let minutes = meeting.minute_numbers_as(found.order);
        let parts = meeting.parts();
        let hit = |minute: Option<u32>, text: String, private: bool| Hit {
            path: found.path.clone(),
            body: meeting.body.name.clone(),
            date: meeting.date,
            minute,
            text,
            private,
        };
        for (index, item) in meeting.agenda.iter().enumerate() {
            let private = parts.get(index) == Some(&Part::Two);
            let minute = minutes.get(index).copied();
            // The public minutes print a Part 2 item's title, and no more of it.
            if private && !confidential {
                if item.title.to_lowercase().contains(&wanted) {
                    hits.push(hit(minute, item.title.clone(), false));
                }
                continue;
            }
            let arising = item.arising.iter().map(|a| &a.text);
            for text in std::iter::once(&item.title)
                .chain(&item.description)
                .chain(arising)
            {
                if text.to_lowercase().contains(&wanted) {
                    hits.push(hit(minute, text.clone(), private));
                }
            }
        }
        for (record, private) in meeting.records.iter().zip(meeting.private_records()) {
            // What was resolved in private is published; nothing else of it is.
            let published = matches!(record.event, Event::Resolved { .. });
            if private && !confidential && !published {
                continue;
            }
            let private = private && !published;
            let line = record.event.view().line(meeting, record);
            if line.to_lowercase().contains(&wanted) {
                let minute = record
                    .item
                    .as_deref()
                    .and_then(|id| meeting.item_index(id))
                    .and_then(|i| minutes.get(i).copied());
                let text = line
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join(" / ");
                hits.push(hit(minute, text, private));
            }
        }
    }
    hits
}

/// The matches as a table.
pub fn report(hits: &[Hit], words: &str, skipped: &[super::Skipped]) -> super::report::Report {
    let several = hits.iter().any(|h| h.body != hits[0].body);
    let header = ["Meeting", "Minute", "File", "Found"];
    let mut report =
        super::report::Report::new(format!("Search: {}", words.trim()), &header).skipping(skipped);
    report.empty = "Nothing recorded matches.".into();
    report.rows = hits
        .iter()
        .map(|hit| {
            let mut text = hit.text.clone();
            if hit.private {
                text.push_str(" (Part 2, not for publication)");
            }
            vec![
                hit.date.format("%-d %B %Y").to_string(),
                hit.minute.map(|n| n.to_string()).unwrap_or_default(),
                super::shown(&hit.path),
                text,
            ]
        })
        .collect();
    if several {
        report.bodies = hits.iter().map(|h| h.body.clone()).collect();
    }
    report
}
