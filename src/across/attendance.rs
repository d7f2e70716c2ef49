//! Each member's attendance across a body's meetings, as councils publish it: meetings
//! expected, present, by video link, apologies, absent, attended as a substitute, and the
//! share of expected meetings attended. A member is one person across files only where the
//! files give the same id and the same name; nothing is matched by guesswork.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;

use super::Collection;
use crate::model::{Attendance, Meeting, PersonKind};

/// One member's counts on one body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub body: String,
    pub id: String,
    /// The name as the files print it, with the title: "Councillor K Flavell".
    pub name: String,
    /// Meetings at which the member was a member of the body.
    pub expected: u32,
    pub present: u32,
    pub virtually: u32,
    pub apologies: u32,
    /// Expected, and neither attending nor sending apologies.
    pub absent: u32,
    /// Attended in place of a member.
    pub substitute: u32,
}

impl Row {
    /// The share of expected meetings attended, in person or by video link, in whole percent.
    pub fn percent(&self) -> Option<u32> {
        (self.expected > 0).then(|| {
            let attended = self.present + self.virtually;
            (attended * 100 + self.expected / 2) / self.expected
        })
    }
}

/// The attendance over the meetings asked for.
#[derive(Debug, Default)]
pub struct Summary {
    pub rows: Vec<Row>,
    /// Meetings counted, per body.
    pub meetings: BTreeMap<String, u32>,
    /// Meetings in the range with no attendance recorded (an agenda not yet held): not counted.
    pub not_held: Vec<PathBuf>,
}

/// Each member's attendance at the meetings dated from `from` to `to` (both included): from
/// the public record of each, unless `confidential`, so that nothing done in private (a member
/// co-opted, or an officer come in for the Part 2 business) shows in a published report.
pub fn attendance(
    collection: &Collection,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    confidential: bool,
) -> Summary {
    let mut rows: BTreeMap<(String, String, String), Row> = BTreeMap::new();
    let mut summary = Summary::default();
    for found in &collection.meetings {
        let public;
        let meeting = if confidential {
            &found.meeting
        } else {
            public = found.meeting.public_record();
            &*public
        };
        if !super::within(meeting.date, from, to) {
            continue;
        }
        if !attendance_recorded(meeting) {
            summary.not_held.push(found.path.clone());
            continue;
        }
        let body = meeting.body.name.clone();
        *summary.meetings.entry(body.clone()).or_default() += 1;
        let room = meeting.room_now();
        for (person, standing) in room.everyone() {
            let member = person.kind == PersonKind::Member;
            let substitute = matches!(standing.attendance, Attendance::Substitute { .. });
            if !member && !substitute {
                continue;
            }
            let row = rows
                .entry((body.clone(), person.id.to_string(), person.name.clone()))
                .or_insert_with(|| Row {
                    body: body.clone(),
                    id: person.id.to_string(),
                    name: person.titled_name(),
                    ..Row::default()
                });
            if !member {
                row.substitute += 1;
                continue;
            }
            // A member whose attendance nobody recorded is not counted either way: the record
            // cannot say whether they came (and `check` says so of the meeting).
            match standing.attendance {
                Attendance::Present | Attendance::Substitute { .. } => row.present += 1,
                Attendance::Virtual => row.virtually += 1,
                Attendance::Apologies => row.apologies += 1,
                Attendance::Absent => row.absent += 1,
                Attendance::NotRecorded => continue,
            }
            row.expected += 1;
        }
    }
    summary.rows = rows.into_values().collect();
    // By body, then by surname as a published list is.
    summary.rows.sort_by(|a, b| {
        (&a.body, surname(&a.name), &a.name, &a.id).cmp(&(
            &b.body,
            surname(&b.name),
            &b.name,
            &b.id,
        ))
    });
    summary
}

/// Whether anyone's attendance was recorded: a meeting prepared but not yet held has none.
fn attendance_recorded(meeting: &Meeting) -> bool {
    meeting
        .room_now()
        .everyone()
        .any(|(_, standing)| standing.attendance != Attendance::NotRecorded)
}

fn surname(name: &str) -> String {
    name.split_whitespace()
        .last()
        .unwrap_or_default()
        .to_lowercase()
}

/// The attendance as a table, with a body column when the meetings are of more than one body.
pub fn report(summary: &Summary, skipped: &[super::Skipped]) -> super::report::Report {
    let several = summary.meetings.len() > 1;
    let title = match summary.meetings.keys().next() {
        Some(body) if !several => format!("Attendance: {body}"),
        _ => "Attendance".to_string(),
    };
    let header = [
        "Member",
        "Expected",
        "Present",
        "Virtual",
        "Apologies",
        "Absent",
        "As substitute",
        "Attended",
    ];
    let mut report = super::report::Report::new(title, &header).skipping(skipped);
    let counted: Vec<String> = summary
        .meetings
        .iter()
        .map(|(body, n)| {
            let plural = if *n == 1 { "" } else { "s" };
            if several {
                format!("{body}: {n} meeting{plural}")
            } else {
                format!("{n} meeting{plural}")
            }
        })
        .collect();
    if !counted.is_empty() {
        report.notes.push(format!(
            "{}. Attended is the share of expected meetings attended, in person or by video link.",
            counted.join("; ")
        ));
    }
    if !summary.not_held.is_empty() {
        let files: Vec<String> = summary.not_held.iter().map(|p| super::shown(p)).collect();
        report.notes.push(format!(
            "Not counted, as no attendance is recorded in them: {}.",
            files.join(", ")
        ));
    }
    report.empty = "No meetings with attendance recorded.".into();
    report.bar = Some(header.len() - 1);
    report.rows = summary
        .rows
        .iter()
        .map(|row| {
            vec![
                row.name.clone(),
                row.expected.to_string(),
                row.present.to_string(),
                row.virtually.to_string(),
                row.apologies.to_string(),
                row.absent.to_string(),
                row.substitute.to_string(),
                row.percent().map_or("–".into(), |p| format!("{p}%")),
            ]
        })
        .collect();
    if several {
        report.bodies = summary.rows.iter().map(|r| r.body.clone()).collect();
    }
    report
}
