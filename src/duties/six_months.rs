//! The six-month rule (Local Government Act 1972, section 85): a member who attends no meeting
//! of the council, its committees and sub-committees included, for six consecutive months from
//! their last attendance ceases to be a member, unless the council approved a reason for the
//! absence before the six months ran out. Worked out for each councillor from the meetings in
//! the folders: the last meeting attended, the date six months on, and whether the date is near
//! or past.
//!
//! Attendance in person counts, and so does attending as a substitute; attending by video link
//! counts only at a meeting held remotely, as the law in England has it. A member is the same
//! person across files only where the files give the same id and the same name.

use std::collections::BTreeMap;

use chrono::{Months, NaiveDate};

use crate::across::Collection;
use crate::across::report::Report;
use crate::model::{Attendance, Event, Meeting, PersonKind};

/// How near a member is to the end of their six months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Risk {
    /// The six months ran out: the seat may be vacant.
    Past,
    /// Within two months of running out.
    Near,
    /// Neither.
    Clear,
    /// Covered by a reason the council approved, with no end.
    Covered,
    /// No attendance of theirs is recorded in these meetings: the record cannot say when they
    /// last attended.
    Unknown,
}

/// One councillor of one council, as the rule stands for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub council: String,
    pub id: String,
    /// The name as the files give it, which with the id says who they are.
    pub known_as: String,
    /// The name as the files print it, with its title.
    pub name: String,
    /// The last meeting attended: its date and body.
    pub last: Option<(NaiveDate, String)>,
    /// When the six months run out, an approved reason's end taken into account; none when
    /// the record cannot say, or an approved reason has no end.
    pub runs_out: Option<NaiveDate>,
    /// The approval that moved or stopped the clock: when the council gave it, and to when.
    pub approved: Option<(NaiveDate, Option<NaiveDate>)>,
    /// An approval the council gave only after the six months had run out, which the law does
    /// not count.
    pub approved_late: Option<NaiveDate>,
    pub risk: Risk,
}

/// A member's attendances and approvals, gathered across the meetings.
#[derive(Default)]
struct Seen {
    name: String,
    last: Option<(NaiveDate, String)>,
    approvals: Vec<(NaiveDate, Option<NaiveDate>)>,
}

/// Every councillor of every council in the meetings, as the rule stands on `on`: meetings
/// after that date are not counted. Unless `confidential`, from each meeting's public record,
/// so that nothing done in private shows in a published report.
pub fn six_months(collection: &Collection, on: NaiveDate, confidential: bool) -> Vec<Member> {
    let mut seen: BTreeMap<(String, String, String), Seen> = BTreeMap::new();
    for found in &collection.meetings {
        if found.meeting.date > on {
            continue;
        }
        if confidential {
            gather(&found.meeting, &mut seen);
        } else {
            gather(&found.meeting.public_record(), &mut seen);
        }
    }
    let mut members: Vec<Member> = seen
        .into_iter()
        .map(|((council, id, known_as), seen)| judge(council, (id, known_as), seen, on))
        .collect();
    members.sort_by(|a, b| {
        (&a.council, a.risk, a.runs_out, &a.name).cmp(&(&b.council, b.risk, b.runs_out, &b.name))
    });
    members
}

/// What one meeting says of each councillor at it: whether they attended, and any reason for
/// absence the council approved.
fn gather(meeting: &Meeting, seen: &mut BTreeMap<(String, String, String), Seen>) {
    let council = meeting.body.council_name().to_string();
    let room = meeting.room_now();
    for (person, standing) in room.everyone() {
        let councillor = match person.kind {
            PersonKind::Member => !person.lay,
            PersonKind::Councillor => true,
            PersonKind::Officer | PersonKind::Other => false,
        };
        if !councillor {
            continue;
        }
        let key = (council.clone(), person.id.to_string(), person.name.clone());
        let entry = seen.entry(key).or_default();
        entry.name = person.titled_name();
        let attended = match standing.attendance {
            Attendance::Present | Attendance::Substitute { .. } => true,
            Attendance::Virtual => meeting.remote,
            Attendance::Apologies | Attendance::Absent | Attendance::NotRecorded => false,
        };
        if attended && entry.last.as_ref().is_none_or(|(d, _)| *d <= meeting.date) {
            entry.last = Some((meeting.date, meeting.body.name.clone()));
        }
    }
    for record in &meeting.records {
        if let Event::AbsenceApproved { person, until, .. } = &record.event
            && let Some(p) = meeting.person(person)
        {
            let key = (council.clone(), p.id.to_string(), p.name.clone());
            let entry = seen.entry(key).or_default();
            if entry.name.is_empty() {
                entry.name = p.titled_name();
            }
            entry.approvals.push((meeting.date, *until));
        }
    }
}

/// Where the rule stands for one member on `on`.
fn judge(council: String, (id, known_as): (String, String), seen: Seen, on: NaiveDate) -> Member {
    let mut member = Member {
        council,
        id,
        known_as,
        name: seen.name,
        last: seen.last.clone(),
        runs_out: None,
        approved: None,
        approved_late: None,
        risk: Risk::Unknown,
    };
    let Some((last, _)) = seen.last else {
        return member;
    };
    let mut runs_out = last.checked_add_months(Months::new(6)).unwrap_or(last);
    let mut approvals = seen.approvals;
    approvals.sort();
    for (given, until) in approvals {
        // An approval counts only when given after the last attendance and before the six
        // months ran out.
        if given <= last {
            continue;
        }
        if given > runs_out {
            member.approved_late = Some(given);
            continue;
        }
        member.approved = Some((given, until));
        match until {
            Some(until) => runs_out = runs_out.max(until),
            None => {
                member.risk = Risk::Covered;
                return member;
            }
        }
    }
    member.runs_out = Some(runs_out);
    let warned_from = runs_out
        .checked_sub_months(Months::new(2))
        .unwrap_or(runs_out);
    member.risk = if runs_out < on {
        Risk::Past
    } else if warned_from <= on {
        Risk::Near
    } else {
        Risk::Clear
    };
    member
}

/// What a member's line says of them.
fn said(member: &Member) -> String {
    let approved = member.approved.map(|(given, until)| match until {
        Some(until) => format!(
            "a reason for absence approved on {} runs to {}",
            plain(given),
            plain(until)
        ),
        None => format!("a reason for absence approved on {}", plain(given)),
    });
    let late = member.approved_late.map(|given| {
        format!(
            "the reason approved on {} came after the six months had run out",
            plain(given)
        )
    });
    let state = match member.risk {
        Risk::Past => "PAST: the six months have run out".to_string(),
        Risk::Near => "NEAR: within two months of running out".to_string(),
        Risk::Clear => String::new(),
        Risk::Covered => "covered by an approved reason".to_string(),
        Risk::Unknown => "no attendance recorded in these meetings".to_string(),
    };
    [Some(state), approved, late]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

fn plain(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// The rule as a section of the attendance report: a table for each council.
pub fn report(members: &[Member], on: NaiveDate) -> Report {
    let mut report = Report::new(
        "Six-month rule",
        &["Member", "Last attended", "At", "Six months on", "Note"],
    );
    report.notes.push(format!(
        "As at {}. A member who attends no meeting of the council (its committees included) for \
         six months from their last attendance ceases to be a member, unless the council approved \
         a reason for the absence before the six months ran out (Local Government Act 1972, \
         section 85).",
        plain(on)
    ));
    report.empty = "No councillors in these meetings.".into();
    let several = members
        .first()
        .is_some_and(|first| members.iter().any(|m| m.council != first.council));
    report.rows = members
        .iter()
        .map(|member| {
            vec![
                member.name.clone(),
                member
                    .last
                    .as_ref()
                    .map_or("–".into(), |(date, _)| plain(*date)),
                member
                    .last
                    .as_ref()
                    .map_or(String::new(), |(_, body)| body.clone()),
                member.runs_out.map_or("–".into(), plain),
                said(member),
            ]
        })
        .collect();
    if several {
        report.bodies = members.iter().map(|m| m.council.clone()).collect();
    }
    report
}

/// The members of a meeting's body near or past the end of their six months, each by their id
/// with a sentence, from the meetings of its council that `collection` holds.
pub fn at_risk(meeting: &Meeting, collection: &Collection, on: NaiveDate) -> Vec<(String, String)> {
    let council = meeting.body.council_name();
    let members: Vec<(String, String)> = meeting
        .people
        .iter()
        .filter(|p| p.kind == PersonKind::Member && !p.lay)
        .map(|p| (p.id.to_string(), p.name.clone()))
        .collect();
    six_months(collection, on, true)
        .into_iter()
        .filter(|m| m.council == council && matches!(m.risk, Risk::Past | Risk::Near))
        .filter(|m| members.contains(&(m.id.clone(), m.known_as.clone())))
        .filter_map(|m| {
            let runs_out = m.runs_out?;
            let sentence = match m.risk {
                Risk::Past => format!(
                    "{}: the six months without attending a meeting of the council ran out on {} (Local Government Act 1972, section 85)",
                    m.name,
                    plain(runs_out)
                ),
                _ => format!(
                    "{}: six months without attending a meeting of the council run out on {} (Local Government Act 1972, section 85)",
                    m.name,
                    plain(runs_out)
                ),
            };
            Some((m.id, sentence))
        })
        .collect()
}
