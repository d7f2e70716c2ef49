//! `minutebook new`: a meeting file made blank, from an agenda pack, from the body's previous
//! meeting, or from both, with what the clerk gives on the command line put in place. Nothing
//! given is ignored: a date that cannot stand is refused with the reason.

use std::fmt::Write;
use std::path::Path;

use chrono::{NaiveDate, NaiveTime};

use super::agenda_text;
use crate::check;
use crate::minutes::wording::plain_date;
use crate::model::{Body, Meeting};
use crate::store;

/// What `minutebook new` was asked for.
#[derive(Debug, Clone)]
pub struct NewMeeting<'a> {
    pub file: &'a Path,
    pub agenda: Option<&'a Path>,
    pub after: Option<&'a Path>,
    pub date: Option<NaiveDate>,
    pub body: Option<String>,
    pub time: Option<NaiveTime>,
    pub venue: Option<String>,
    pub first_minute: Option<u32>,
    /// Where the house style is found, whose numbering says how minute numbers run on.
    pub style: super::StyleRequest<'a>,
}

impl<'a> NewMeeting<'a> {
    /// A new meeting in `file`, with nothing else given.
    pub fn at(file: &'a Path) -> NewMeeting<'a> {
        NewMeeting {
            file,
            agenda: None,
            after: None,
            date: None,
            body: None,
            time: None,
            venue: None,
            first_minute: None,
            style: super::StyleRequest::default(),
        }
    }

    /// True when a meeting not yet begun (nothing in its record yet, whether or not it has
    /// its agenda) lacks a detail a clerk gives before the meeting: the body, where, or when
    /// it starts; or when any meeting lacks the name of its body. An agenda that did not say
    /// them leaves them to be asked for first.
    pub fn details_wanted(meeting: &Meeting) -> bool {
        let preparing = meeting.records.is_empty();
        meeting.body.name.trim().is_empty()
            || (preparing && (meeting.venue.trim().is_empty() || meeting.time.is_none()))
    }
}

/// A meeting with nothing on it yet but what the clerk gave.
fn blank(request: &NewMeeting<'_>, today: NaiveDate) -> Meeting {
    let name = request.body.clone().unwrap_or_default();
    let body = Body {
        kind: crate::model::BodyKind::from_name(&name),
        ..Body::named(name)
    };
    Meeting::new(
        body,
        request.date.unwrap_or(today),
        request.venue.clone().unwrap_or_default(),
        request.first_minute.unwrap_or(1),
    )
}

/// Creates the meeting file, and says what it holds.
pub fn new_meeting(request: &NewMeeting<'_>, today: NaiveDate) -> anyhow::Result<String> {
    let file = request.file;
    if std::fs::symlink_metadata(file).is_ok() {
        anyhow::bail!(
            "{} already exists; open it with `minutebook {}`",
            file.display(),
            file.display()
        );
    }
    let date = request.date.unwrap_or(today);
    let imported = match request.agenda {
        Some(agenda) => {
            let text = agenda_text(agenda)?;
            let mut imported = crate::import::import_dated(&text.text, request.date)
                .map_err(|error| super::refused(agenda, &error))?;
            imported.warnings.extend(text.note);
            Some(imported)
        }
        None => None,
    };
    let mut report = String::new();
    if let (Some(imported), Some(agenda)) = (&imported, request.agenda) {
        report.push_str(&crate::import::summary(imported, agenda, file));
    }
    let mut meeting = match (request.after, imported) {
        (Some(previous), imported) => {
            let previous_meeting = store::load(previous)?;
            if previous_meeting.date > date {
                anyhow::bail!(
                    "the previous meeting, {}, was held on {}, after this one on {}; name the \
                     meeting before this one, or give this meeting's date with --date",
                    previous.display(),
                    plain_date(previous_meeting.date),
                    plain_date(date)
                );
            }
            let style = super::house_style(&previous_meeting, previous, request.style).style;
            let (meeting, notes) = crate::import::carry_forward(
                &previous_meeting,
                date,
                imported.map(|i| i.meeting),
                &style.settings,
            );
            let _ = writeln!(
                report,
                "Carried forward from {}: {} people, first minute {}",
                previous.display(),
                meeting.people.len(),
                meeting.first_minute
            );
            for note in notes {
                let _ = writeln!(report, "  {note}");
            }
            meeting
        }
        (None, Some(imported)) => imported.meeting,
        (None, None) => blank(request, today),
    };
    // What the clerk gave wins over what the pack or the previous meeting said, and is said.
    if let Some(given) = request.date
        && given != meeting.date
    {
        let _ = writeln!(
            report,
            "Date {} as given (the agenda pack says {})",
            plain_date(given),
            plain_date(meeting.date)
        );
        meeting.date = given;
    }
    if let Some(body) = &request.body {
        meeting.body.name = body.clone();
    }
    if let Some(time) = request.time {
        meeting.time = Some(time);
    }
    if let Some(venue) = &request.venue {
        meeting.venue = venue.clone();
    }
    if let Some(first) = request.first_minute {
        meeting.first_minute = first;
    }
    if let Some(problem) = check::errors(&meeting).first() {
        anyhow::bail!(
            "the new meeting would not be sound ({}); no file was written",
            problem.message
        );
    }
    store::save(&meeting, file)?;
    let _ = writeln!(report, "Wrote {}", file.display());
    if NewMeeting::details_wanted(&meeting) {
        let _ = writeln!(
            report,
            "The body, venue or start time is still to be given: the meeting opens at its details (i)"
        );
    }
    Ok(report)
}
