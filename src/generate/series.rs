//! A made-up series of a committee's meetings across years, for the views across meetings and
//! their benchmarks: who attended each, and how each meeting's actions went.

use super::*;

pub fn series_attendance(meeting: usize, member: usize) -> SeriesAttendance {
    let n = meeting + member;
    if n.is_multiple_of(7) {
        SeriesAttendance::Apologies
    } else if n.is_multiple_of(11) {
        SeriesAttendance::Virtually
    } else if n.is_multiple_of(13) {
        SeriesAttendance::Absent
    } else {
        SeriesAttendance::Present
    }
}

/// What meeting `meeting` (from 1) of a series heard of the public action promised at the one
/// before: done when its number is a multiple of 3, carried forward when one more, otherwise
/// not reported.
pub fn series_progress(meeting: usize) -> crate::model::Progress {
    match meeting % 3 {
        0 => crate::model::Progress::Done,
        1 => crate::model::Progress::CarriedForward,
        _ => crate::model::Progress::NotReported,
    }
}

/// `count` fortnightly meetings of one body from `first`, with `members` members
/// ("member-0", ...), an officer and a substitute. Each meeting records everyone's attendance
/// by [`series_attendance`] (the substitute standing in for member-0 whenever member-0 sends
/// apologies), a note and a public action under item 4 ("ward N", N the meeting's number),
/// and a private action under the Part 2 item 5; from the second meeting, item 3 carries the
/// previous meeting's public action, reported as [`series_progress`] says.
pub fn committee_series(
    body: &str,
    count: usize,
    members: usize,
    first: NaiveDate,
) -> Vec<Meeting> {
    let body = Body {
        council: Some("Generated Borough Council".into()),
        ..Body::named(body)
    };
    let people = series_people(members);
    let mut series: Vec<Meeting> = Vec::with_capacity(count);
    for n in 0..count {
        let date = first + chrono::Days::new(14 * n as u64);
        let first_minute = u32::try_from(n * 5 + 1).unwrap_or(u32::MAX);
        let mut meeting = Meeting::new(body.clone(), date, "Town Hall", first_minute);
        meeting.time = NaiveTime::from_hms_opt(10, 0, 0);
        meeting.people = people.clone();
        meeting.agenda = series_agenda(n);
        if let Some(previous) = series.last() {
            let action = previous.records.iter().find(|r| {
                r.item.as_deref() == Some("4") && matches!(r.event, Event::Action { .. })
            });
            if let Some(action) = action {
                meeting.agenda[2].arising.push(crate::model::Arising {
                    date: previous.date,
                    minute: previous.minute_number("4"),
                    record: action.id,
                    text: format!("Report back on ward {}", n - 1),
                    owner: Some("B Officer".into()),
                    progress: series_progress(n),
                });
            }
        }
        meeting.records = series_records(n, members);
        meeting.give_records_ids();
        series.push(meeting);
    }
    series
}

/// The members (the first in the chair), the officer and a councillor who substitutes.
fn series_people(members: usize) -> Vec<Person> {
    let person = |id: String, name: &str, kind: PersonKind| Person {
        title: (kind != PersonKind::Officer).then(|| "Councillor".to_string()),
        role: (kind == PersonKind::Officer).then(|| "Head of Democratic Services".to_string()),
        ..Person::new(id, name, kind)
    };
    let mut people: Vec<Person> = (0..members)
        .map(|m| {
            person(
                format!("member-{m}"),
                &format!("A Member{m}"),
                PersonKind::Member,
            )
        })
        .collect();
    if let Some(chair) = people.first_mut() {
        chair.office = Office::Chair;
    }
    people.push(person("officer".into(), "B Officer", PersonKind::Officer));
    people.push(person(
        "substitute".into(),
        "C Substitute",
        PersonKind::Councillor,
    ));
    people
}

/// The agenda of the `n`th meeting: the standing items, a report and a Part 2 item.
fn series_agenda(n: usize) -> Vec<AgendaItem> {
    let item = |number: usize, title: &str, kind: ItemKind, part: Part| {
        let item = AgendaItem::new(number.to_string(), Some(number.to_string()), title);
        match part {
            Part::One => item.of_kind(kind),
            Part::Two => item.of_kind(kind).in_private(vec![3]),
        }
    };
    vec![
        item(1, "Apologies for Absence", ItemKind::Apologies, Part::One),
        item(
            2,
            "Declarations of Interest",
            ItemKind::Declarations,
            Part::One,
        ),
        item(
            3,
            "Minutes of Previous Meeting",
            ItemKind::PreviousMinutes,
            Part::One,
        ),
        item(
            4,
            &format!("Budget Monitoring {n}"),
            ItemKind::Report,
            Part::One,
        ),
        item(
            5,
            &format!("Contract Award {n}"),
            ItemKind::Report,
            Part::Two,
        ),
    ]
}

/// What the `n`th meeting records: the opening, the attendance, a note and an action on the
/// report, the exclusion and an action on the Part 2 item, and the close.
fn series_records(n: usize, members: usize) -> Vec<Record> {
    let at = NaiveTime::from_hms_opt(10, 0, 0);
    let mut records = vec![Record::new(at, None, Event::Commenced)];
    for m in 0..members {
        let person: PersonId = format!("member-{m}").into();
        let event = match series_attendance(n, m) {
            SeriesAttendance::Present => Event::Present { person },
            SeriesAttendance::Virtually => Event::AttendingVirtually { person },
            SeriesAttendance::Apologies => Event::Apologies {
                person,
                reason: None,
            },
            SeriesAttendance::Absent => Event::Absent { person },
        };
        records.push(Record::new(at, None, event));
    }
    if series_attendance(n, 0) == SeriesAttendance::Apologies {
        records.push(Record::new(
            at,
            None,
            Event::Substitute {
                person: "substitute".into(),
                for_member: Some("member-0".into()),
            },
        ));
    }
    records.push(Record::new(
        at,
        None,
        Event::Present {
            person: "officer".into(),
        },
    ));
    let under = |item: &str, event: Event| Record::new(at, Some(item.into()), event);
    records.extend([
        under(
            "4",
            Event::Note {
                kind: NoteKind::Narrative,
                text: format!("The budget for ward {n} was noted."),
                by: None,
            },
        ),
        under(
            "4",
            Event::Action {
                text: format!("Report back on ward {n}"),
                owner: Some("officer".into()),
            },
        ),
        under(
            "5",
            Event::Excluded {
                paragraphs: vec![3],
                wording: None,
            },
        ),
        under(
            "5",
            Event::Action {
                text: format!("Negotiate contract {n}"),
                owner: Some("officer".into()),
            },
        ),
    ]);
    records.push(Record::new(at, None, Event::Concluded));
    records
}
