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

/// A meeting of an invented community council in Wales, in the bundled Welsh style: members
/// present and with apologies, a declaration, a decision by a show of hands, a motion lost, and
/// a staffing matter decided in private.
fn pennant() -> Meeting {
    let mut body = Body::named("Pennant Community Council");
    body.kind = BodyKind::ParishCouncil;
    body.chair_title = ChairTitle::Chairman;
    body.style = Some("welsh-community-council".into());
    body.wales = true;
    let mut meeting = Meeting::new(body, date(2026, 3, 10), "Neuadd Bentref Pennant", 41);
    meeting.time = chrono::NaiveTime::from_hms_opt(19, 0, 0);
    meeting.people = vec![
        Person::new("rees", "Gwen Rees", PersonKind::Member),
        Person::new("owen", "Huw Owen", PersonKind::Member),
        Person::new("price", "Siân Price", PersonKind::Member),
        Person::new("jones", "Alun Jones", PersonKind::Member),
        Person::new("clerk", "Eleri Davies", PersonKind::Officer),
    ];
    meeting.people[0].office = Office::Chair;
    meeting.agenda = vec![
        AgendaItem::new("1", Some("1".into()), "Apologies").of_kind(ItemKind::Apologies),
        AgendaItem::new("2", Some("2".into()), "Declarations of Interest")
            .of_kind(ItemKind::Declarations),
        AgendaItem::new("3", Some("3".into()), "Play Area Repairs"),
        AgendaItem::new("4", Some("4".into()), "Exclusion of the Press and Public")
            .of_kind(ItemKind::Exclusion),
        AgendaItem::new("5", Some("5".into()), "Staffing"),
    ];
    meeting.agenda[4].part = Part::Two;
    meeting.agenda[4].exempt_paragraphs = vec![1];
    for person in ["rees", "owen", "price", "clerk"] {
        record(
            &mut meeting,
            None,
            Event::Present {
                person: person.into(),
            },
        );
    }
    record(
        &mut meeting,
        None,
        Event::Apologies {
            person: "jones".into(),
            reason: None,
        },
    );
    record(
        &mut meeting,
        Some("2"),
        Event::Declaration {
            person: "price".into(),
            items: vec!["3".into()],
            applications: Vec::new(),
            kind: InterestKind::Personal,
            words: "as her children use the play area".into(),
            will_leave: false,
            may_speak_first: false,
            dispensation: None,
        },
    );
    let hands = |f, a| Count::ShowOfHands {
        in_favour: f,
        against: a,
        abstentions: 0,
        named_against: Vec::new(),
        named_abstaining: Vec::new(),
    };
    record(
        &mut meeting,
        Some("3"),
        Event::Motion {
            id: "new-swings".into(),
            kind: MotionKind::Substantive,
            text: "That the swings be replaced this year.".into(),
            mover: Some("owen".into()),
            seconder: None,
            seconded: false,
            amends: None,
        },
    );
    record(
        &mut meeting,
        Some("3"),
        Event::Vote {
            motion: Some("new-swings".into()),
            count: hands(1, 2),
            casting: None,
        },
    );
    record(
        &mut meeting,
        Some("3"),
        Event::Vote {
            motion: None,
            count: hands(2, 1),
            casting: None,
        },
    );
    record(
        &mut meeting,
        Some("3"),
        Event::Resolved {
            preamble: None,
            clauses: vec![Clause {
                label: None,
                text: "That the play area's fence be repaired at a cost of up to £400.".into(),
                clauses: Vec::new(),
            }],
            reasons: None,
            rejected: None,
        },
    );
    record(
        &mut meeting,
        Some("4"),
        Event::Excluded {
            paragraphs: vec![1],
            wording: None,
        },
    );
    record(
        &mut meeting,
        Some("5"),
        Event::Note {
            kind: NoteKind::Narrative,
            text: "The clerk's appraisal was discussed.".into(),
            by: None,
        },
    );
    record(
        &mut meeting,
        Some("5"),
        Event::Resolved {
            preamble: None,
            clauses: vec![Clause {
                label: None,
                text: "That the clerk's salary rise to point 24.".into(),
                clauses: Vec::new(),
            }],
            reasons: None,
            rejected: None,
        },
    );
    meeting
}

#[test]
fn a_welsh_community_councils_note_of_decisions_is_in_both_languages_without_private_business() {
    let folder = tempfile::tempdir().expect("a folder");
    let file = folder.path().join("pennant-2026-03-10.ron");
    minutebook::store::save(&pennant(), &file).expect("saves");
    let output = common::minutebook()
        .arg("notice")
        .arg(&file)
        .args(["--format", "txt"])
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let notice = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        !notice.contains("appraisal") && !notice.contains("salary"),
        "{notice}"
    );
    insta::assert_snapshot!("welsh_notice", notice);
    // And as Word and HTML for the website.
    for format in ["docx", "html"] {
        let out = folder.path().join(format!("notice.{format}"));
        let status = common::minutebook()
            .arg("notice")
            .arg(&file)
            .args(["--format", format, "-o"])
            .arg(&out)
            .status()
            .expect("runs");
        assert!(status.success());
        assert!(std::fs::metadata(&out).expect("written").len() > 0);
    }
}

#[test]
fn a_budget_meeting_asks_for_a_recorded_vote_on_each_decision() {
    let mut meeting = holbrook(
        "Holbrook Town Council",
        BodyKind::TownCouncil,
        date(2027, 1, 19),
        COUNCIL,
    );
    meeting.budget = true;
    meeting.agenda.push(AgendaItem::new(
        "3",
        Some("3".into()),
        "The Precept for 2027/28",
    ));
    for (id, _) in COUNCIL {
        record(
            &mut meeting,
            None,
            Event::Present {
                person: (*id).into(),
            },
        );
    }
    let resolve = |meeting: &mut Meeting, item: &str, text: &str| {
        record(
            meeting,
            Some(item),
            Event::Resolved {
                preamble: None,
                clauses: vec![Clause {
                    label: None,
                    text: text.into(),
                    clauses: Vec::new(),
                }],
                reasons: None,
                rejected: None,
            },
        )
    };
    record(
        &mut meeting,
        Some("2"),
        Event::Vote {
            motion: None,
            count: Count::ShowOfHands {
                in_favour: 5,
                against: 1,
                abstentions: 0,
                named_against: Vec::new(),
                named_abstaining: Vec::new(),
            },
            casting: None,
        },
    );
    resolve(
        &mut meeting,
        "2",
        "That the budget for 2027/28 be approved.",
    );
    record(
        &mut meeting,
        Some("3"),
        Event::Vote {
            motion: None,
            count: Count::Recorded {
                in_favour: ["adams", "baker", "cole", "dean"]
                    .map(PersonId::from)
                    .to_vec(),
                against: ["ellis"].map(PersonId::from).to_vec(),
                abstentions: ["frost"].map(PersonId::from).to_vec(),
            },
            casting: None,
        },
    );
    resolve(
        &mut meeting,
        "3",
        "That the precept for 2027/28 be £48,000.",
    );
    let warnings: Vec<String> = minutebook::check::check(&meeting)
        .into_iter()
        .filter(|p| p.message.contains("budget meeting"))
        .map(|p| match p.place {
            minutebook::check::Place::Record(index) => {
                format!("{}: {}", meeting.record_place(index), p.message)
            }
            _ => p.message,
        })
        .collect();
    assert_eq!(
        warnings,
        vec!["item 2: this is a budget meeting, and the law asks for a recorded vote (naming how each member voted) on each decision about the budget or council tax; none carried this resolution (v, then r)".to_string()],
    );
    // Not a budget meeting: nothing asked.
    meeting.budget = false;
    assert!(
        !minutebook::check::check(&meeting)
            .iter()
            .any(|p| p.message.contains("budget meeting"))
    );
    // At a budget meeting the vote form opens on a recorded vote.
    meeting.budget = true;
    let mut clerk = common::Clerk::new(meeting);
    clerk.keys("g").text("precept").keys("enter v");
    let Some(minutebook::tui::live::overlays::Overlay::Vote(vote)) = clerk.app.top() else {
        panic!("the vote form");
    };
    assert_eq!(
        vote.mode,
        minutebook::tui::live::overlays::vote::form::VoteMode::Recorded
    );
}

/// An invented borough's cabinet: a decision with its reasons and the options it rejected, by
/// a member who declared an interest and held a dispensation.
fn cabinet() -> Meeting {
    let mut body = Body::named("Cabinet");
    body.kind = BodyKind::Executive;
    body.council = Some("Westmere Borough Council".into());
    let mut meeting = Meeting::new(body, date(2026, 3, 31), "Civic Centre, Westmere", 88);
    meeting.people = vec![
        Person::new("hart", "Leader Hart", PersonKind::Member),
        Person::new("ng", "Mina Ng", PersonKind::Member),
        Person::new("ruiz", "Tom Ruiz", PersonKind::Member),
    ];
    meeting.agenda = vec![
        AgendaItem::new("1", Some("1".into()), "Declarations of Interest")
            .of_kind(ItemKind::Declarations),
        AgendaItem::new("2", Some("2".into()), "Leisure Centre Contract"),
    ];
    for person in ["hart", "ng", "ruiz"] {
        record(
            &mut meeting,
            None,
            Event::Present {
                person: person.into(),
            },
        );
    }
    record(
        &mut meeting,
        Some("1"),
        Event::Declaration {
            person: "ng".into(),
            items: vec!["2".into()],
            applications: Vec::new(),
            kind: InterestKind::OtherRegisterable,
            words: "as a trustee of the leisure trust".into(),
            will_leave: false,
            may_speak_first: false,
            dispensation: Some(
                "granted by the Standards Committee on 3 March 2026 to speak and vote".into(),
            ),
        },
    );
    record(
        &mut meeting,
        Some("2"),
        Event::Vote {
            motion: None,
            count: Count::Unanimous,
            casting: None,
        },
    );
    record(
        &mut meeting,
        Some("2"),
        Event::Resolved {
            preamble: None,
            clauses: vec![Clause {
                label: None,
                text: "That the leisure centre contract be awarded to Westmere Leisure Trust for five years.".into(),
                clauses: Vec::new(),
            }],
            reasons: Some("The trust's bid gave the best value for the service the council wants.".into()),
            rejected: Some("To run the centre in house, which would cost £90,000 a year more.".into()),
        },
    );
    meeting
}

#[test]
fn an_executive_decisions_record_gives_its_call_in_date_across_easter() {
    let folder = tempfile::tempdir().expect("a folder");
    let file = folder.path().join("cabinet-2026-03-31.ron");
    minutebook::store::save(&cabinet(), &file).expect("saves");
    // Published on Thursday 2 April 2026: Good Friday and Easter Monday are not working days.
    let output = common::minutebook()
        .arg("decision")
        .arg(&file)
        .args(["--published", "2026-04-02", "--format", "txt"])
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let record = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        record.contains("May be implemented from: 14 April 2026, unless it is called in"),
        "{record}"
    );
    insta::assert_snapshot!("decision_record", record);
    // A committee's decisions are not recorded so.
    let mut committee = cabinet();
    committee.body.kind = BodyKind::Committee;
    minutebook::store::save(&committee, &file).expect("saves");
    let refused = common::minutebook()
        .arg("decision")
        .arg(&file)
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("is not a cabinet or executive"));
}

#[test]
fn what_is_due_is_listed_with_what_has_passed_first() {
    let mut meetings = three_meetings();
    // The council's next meeting, in September, not yet held.
    meetings.push(holbrook(
        "Holbrook Town Council",
        BodyKind::TownCouncil,
        date(2026, 9, 8),
        COUNCIL,
    ));
    let folder = saved(&meetings);
    let output = common::minutebook()
        .arg("due")
        .arg(folder.path())
        .args(["--on", "2026-08-05", "--format", "txt"])
        .output()
        .expect("runs");
    let due = String::from_utf8_lossy(&output.stdout).into_owned();
    insta::assert_snapshot!("due", due);
}

#[test]
fn the_calendar_is_read_back_by_a_calendar_library_as_the_same_meetings() {
    let mut meetings = three_meetings();
    meetings[0].time = chrono::NaiveTime::from_hms_opt(19, 30, 0);
    let folder = saved(&meetings);
    let out = folder.path().join("meetings.ics");
    let export = |out: &std::path::Path| {
        let status = common::minutebook()
            .arg("calendar")
            .arg(folder.path())
            .arg("-o")
            .arg(out)
            .status()
            .expect("runs");
        assert!(status.success());
        let text = std::fs::read_to_string(out).expect("written");
        let calendar = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()))
            .next()
            .expect("a calendar")
            .expect("it parses");
        calendar
            .events
            .iter()
            .map(|event| {
                let value = |name: &str| {
                    event
                        .properties
                        .iter()
                        .find(|p| p.name == name)
                        .and_then(|p| p.value.clone())
                        .unwrap_or_default()
                };
                (
                    value("UID"),
                    value("SUMMARY"),
                    value("DTSTART"),
                    value("LOCATION"),
                )
            })
            .collect::<Vec<_>>()
    };
    let events = export(&out);
    assert_eq!(
        events,
        vec![
            (
                "20260113-holbrook-town-council-holbrook-town-council@minutebook".into(),
                "Holbrook Town Council".into(),
                "20260113T193000".into(),
                "The Guildhall\\, Holbrook".into()
            ),
            (
                "20260310-holbrook-town-council-planning-committee@minutebook".into(),
                "Planning Committee".into(),
                "20260310".into(),
                "The Guildhall\\, Holbrook".into()
            ),
            (
                "20260714-holbrook-town-council-holbrook-town-council@minutebook".into(),
                "Holbrook Town Council".into(),
                "20260714".into(),
                "The Guildhall\\, Holbrook".into()
            ),
        ]
    );
    // Moved to 7 pm, the January meeting keeps its UID, so a calendar updates it.
    let mut moved = three_meetings();
    moved[0].time = chrono::NaiveTime::from_hms_opt(19, 0, 0);
    for (n, meeting) in moved.iter().enumerate() {
        minutebook::store::save(meeting, &folder.path().join(format!("meeting-{n}.ron")))
            .expect("saves");
    }
    let again = export(&folder.path().join("again.ics"));
    assert_eq!(again[0].0, events[0].0);
    assert_eq!(again[0].2, "20260113T190000");
}

#[test]
fn an_executives_resolution_form_takes_its_reasons_and_the_options_rejected() {
    let mut meeting = cabinet();
    meeting
        .records
        .retain(|r| !matches!(r.event, Event::Resolved { .. }));
    let mut clerk = common::Clerk::new(meeting);
    clerk.keys("g").text("leisure").keys("enter R");
    let labels: Vec<&str> = clerk
        .form()
        .expect("the resolution form")
        .fields
        .iter()
        .map(|f| f.label)
        .collect();
    assert_eq!(
        labels,
        vec!["Resolution", "Reasons", "Options rejected", "Time"]
    );
    clerk
        .text("That the contract be awarded to the trust.")
        .keys("tab")
        .text("Best value.")
        .keys("tab")
        .text("To run it in house.")
        .keys("ctrl-s")
        .closed();
    let last = clerk.app.meeting().records.last().expect("the resolution");
    assert!(
        matches!(&last.event, Event::Resolved { reasons: Some(r), rejected: Some(o), .. }
            if r == "Best value." && o == "To run it in house."),
        "{last:?}"
    );
    // A committee's resolution form asks for the resolution alone.
    let mut committee = cabinet();
    committee.body.kind = BodyKind::Committee;
    let mut clerk = common::Clerk::new(committee);
    clerk.keys("g").text("leisure").keys("enter R");
    assert_eq!(clerk.form().expect("the form").fields.len(), 2);
}

#[cfg(unix)]
#[test]
fn the_start_screen_says_how_many_members_are_near_the_six_month_limit() {
    let desk = common::pty::Desk::new();
    let folder = desk.folder.path().join("holbrook");
    std::fs::create_dir_all(&folder).expect("a folder");
    for (n, meeting) in three_meetings().iter().enumerate() {
        minutebook::store::save(meeting, &folder.join(format!("meeting-{n}.ron"))).expect("saves");
    }
    // The July council is a recent meeting.
    std::fs::create_dir_all(desk.data()).expect("data");
    std::fs::write(
        desk.data().join("recent.ron"),
        format!("[{:?}]", folder.join("meeting-2.ron")),
    )
    .expect("recent");
    let mut start = desk.open_with(&[], &[("MINUTEBOOK_TODAY", "2026-08-20")]);
    // Baker and Dean are past their six months, Cole within two months of them.
    start.wait_for("3 members near or past the six-month limit");
    start.send("q");
    start.wait_exit();
}
