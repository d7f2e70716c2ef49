//! What the law asks of the clerk, kept from the record: the six-month rule across a
//! council's meetings, the Welsh notice of decisions, recorded votes at a budget meeting, the
//! records of an executive's decisions, what is due and when, and the meetings as a calendar.

mod common;

use chrono::NaiveDate;
use minutebook::across::report::Format;
use minutebook::commands::{View, across};
use minutebook::model::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

/// A meeting of one of Holbrook Town Council's bodies, with the members of the council.
fn holbrook(body: &str, kind: BodyKind, on: NaiveDate, members: &[(&str, &str)]) -> Meeting {
    let mut named = Body::named(body);
    named.kind = kind;
    named.council = (kind != BodyKind::TownCouncil).then(|| "Holbrook Town Council".to_string());
    let mut meeting = Meeting::new(named, on, "The Guildhall, Holbrook", 1);
    meeting.people = members
        .iter()
        .map(|(id, name)| Person::new(*id, *name, PersonKind::Member))
        .collect();
    meeting.agenda = vec![
        AgendaItem::new("1", Some("1".into()), "Apologies for Absence")
            .of_kind(ItemKind::Apologies),
        AgendaItem::new("2", Some("2".into()), "Business"),
    ];
    meeting
}

fn record(meeting: &mut Meeting, item: Option<&str>, event: Event) {
    meeting
        .records
        .push(Record::new(None, item.map(ItemId::from), event));
    meeting.give_records_ids();
}

const COUNCIL: &[(&str, &str)] = &[
    ("adams", "Ann Adams"),
    ("baker", "Bill Baker"),
    ("cole", "Cath Cole"),
    ("dean", "Dan Dean"),
    ("ellis", "Eve Ellis"),
    ("frost", "Fay Frost"),
];

/// The town council in January and July, its planning committee in March: Adams attends all
/// three; Baker only January; Cole January and the committee in March; Dean only January, his
/// reason approved in July, a day too late; Ellis only January, her reason approved in March
/// until the end of October; Frost only January, her reason approved in March with no end.
fn three_meetings() -> Vec<Meeting> {
    let mut january = holbrook(
        "Holbrook Town Council",
        BodyKind::TownCouncil,
        date(2026, 1, 13),
        COUNCIL,
    );
    for (id, _) in COUNCIL {
        record(
            &mut january,
            None,
            Event::Present {
                person: (*id).into(),
            },
        );
    }
    let mut march = holbrook(
        "Planning Committee",
        BodyKind::Committee,
        date(2026, 3, 10),
        &COUNCIL[..3],
    );
    record(
        &mut march,
        None,
        Event::Present {
            person: "adams".into(),
        },
    );
    record(
        &mut march,
        None,
        Event::Apologies {
            person: "baker".into(),
            reason: None,
        },
    );
    record(
        &mut march,
        None,
        Event::Present {
            person: "cole".into(),
        },
    );
    march.people.extend(
        COUNCIL[3..]
            .iter()
            .map(|(id, name)| Person::new(*id, *name, PersonKind::Councillor)),
    );
    for (person, until) in [("ellis", Some(date(2026, 10, 31))), ("frost", None)] {
        record(
            &mut march,
            Some("2"),
            Event::AbsenceApproved {
                person: person.into(),
                reason: "owing to illness".into(),
                until,
            },
        );
    }
    let mut july = holbrook(
        "Holbrook Town Council",
        BodyKind::TownCouncil,
        date(2026, 7, 14),
        COUNCIL,
    );
    record(
        &mut july,
        None,
        Event::Present {
            person: "adams".into(),
        },
    );
    for id in ["baker", "cole", "dean", "ellis", "frost"] {
        record(
            &mut july,
            None,
            Event::Apologies {
                person: id.into(),
                reason: None,
            },
        );
    }
    record(
        &mut july,
        Some("2"),
        Event::AbsenceApproved {
            person: "dean".into(),
            reason: "as he is working abroad".into(),
            until: Some(date(2026, 12, 31)),
        },
    );
    vec![january, march, july]
}

/// The meetings saved in a folder of their own.
fn saved(meetings: &[Meeting]) -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("a folder");
    for (n, meeting) in meetings.iter().enumerate() {
        minutebook::store::save(meeting, &folder.path().join(format!("meeting-{n}.ron")))
            .expect("saves");
    }
    folder
}

fn six_month_section(folder: &std::path::Path, on: NaiveDate) -> String {
    let report = across(
        &[folder.to_path_buf()],
        View::Attendance {
            from: None,
            to: None,
            confidential: false,
            on,
        },
    );
    let text = report.write(Format::Text);
    text[text.find("Six-month rule").expect("the section")..].to_string()
}

#[test]
fn the_six_month_rule_is_worked_out_across_the_councils_bodies() {
    let folder = saved(&three_meetings());
    insta::assert_snapshot!(
        "six_months_in_july",
        six_month_section(folder.path(), date(2026, 7, 20))
    );
    // By the end of the year Ellis's approved reason has run out too.
    let december = six_month_section(folder.path(), date(2026, 12, 1));
    assert!(
        december.contains("Ellis") && december.contains("31 October 2026"),
        "{december}"
    );
    let ellis = december
        .lines()
        .find(|l| l.contains("Ellis"))
        .expect("Ellis's line");
    assert!(ellis.contains("PAST"), "{ellis}");
}

#[test]
fn check_names_a_member_of_the_body_near_the_end_of_six_months() {
    let mut meetings = three_meetings();
    // The planning committee meets again in August: Cole has attended nothing since March.
    let mut august = holbrook(
        "Planning Committee",
        BodyKind::Committee,
        date(2026, 8, 11),
        &COUNCIL[..3],
    );
    record(
        &mut august,
        None,
        Event::Present {
            person: "adams".into(),
        },
    );
    record(
        &mut august,
        None,
        Event::Apologies {
            person: "cole".into(),
            reason: None,
        },
    );
    meetings.push(august);
    let folder = saved(&meetings);
    let output = common::minutebook()
        .arg("check")
        .arg(folder.path().join("meeting-3.ron"))
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{said}");
    assert!(
        said.contains("warning: Cath Cole: six months without attending a meeting of the council run out on 10 September 2026 (Local Government Act 1972, section 85)"),
        "{said}"
    );
    // Baker, whose six months ran out in July, is named as past them.
    assert!(
        said.contains("warning: Bill Baker: the six months without attending a meeting of the council ran out on 13 July 2026"),
        "{said}"
    );
    assert_eq!(said.matches("six months").count(), 2, "{said}");
}
