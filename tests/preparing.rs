//! Preparing and changing a meeting in the live screen, with no text editor: its details, its
//! agenda (added, corrected, moved, withdrawn, deleted), the people it knows, the appointment of
//! its Chair, and the minutes that follow; bad input refused in the form with the reason.

mod common;

use chrono::NaiveDate;
use common::Clerk;
use minutebook::minutes::{self, Options};
use minutebook::model::{Body, Event, Meeting, Office, Part, PersonKind, Withdrawn};

const PUBLIC: Options = Options {
    confidential: false,
};

fn blank() -> Meeting {
    let body = Body::named("");
    let date = NaiveDate::from_ymd_opt(2025, 11, 1).expect("a date");
    Meeting::new(body, date, "", 1)
}

fn text(meeting: &Meeting) -> String {
    let text = minutes::text::write(&minutes::minutes(meeting, PUBLIC));
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn titles(meeting: &Meeting) -> Vec<(String, String)> {
    meeting
        .agenda
        .iter()
        .map(|i| (i.number.clone().unwrap_or_default(), i.title.clone()))
        .collect()
}

fn form_error(clerk: &Clerk) -> String {
    clerk
        .form()
        .and_then(|f| f.error.clone())
        .unwrap_or_else(|| panic!("no form open with an error: {:?}", clerk.app.message))
}

/// The 10 November 2025 kind of meeting: details, then items typed one after another.
fn prepared() -> Clerk {
    let mut clerk = Clerk::new(blank());
    clerk.at("09:00");
    // The details: body, kind, council, presides, date, starts at, venue, first minute.
    clerk
        .keys("i")
        .text("Children and Families Committee")
        .keys("tab tab")
        .text("Cheshire East Council")
        .keys("tab tab ctrl-u")
        .text("10 November 2025")
        .keys("tab")
        .text("10.30 am")
        .keys("tab")
        .text("Committee Suite 1, 2 & 3, Wyvern House, Winsford")
        .keys("tab ctrl-u")
        .text("34")
        .keys("ctrl-s")
        .closed();
    for title in [
        "Apologies for Absence",
        "Declarations of Interest",
        "Minutes of Previous Meeting",
        "Public Speaking/Open Session",
        "Children's Services Improvement Plan",
    ] {
        clerk.keys("I").text(title).keys("ctrl-s").closed();
    }
    clerk
}

#[test]
fn a_blank_meeting_gets_its_details_and_agenda_from_the_keyboard() {
    let clerk = prepared();
    let meeting = clerk.app.meeting();
    assert_eq!(meeting.body.name, "Children and Families Committee");
    assert_eq!(
        meeting.body.council.as_deref(),
        Some("Cheshire East Council")
    );
    assert_eq!(meeting.date, NaiveDate::from_ymd_opt(2025, 11, 10).unwrap());
    assert_eq!(
        meeting.time,
        chrono::NaiveTime::from_hms_opt(10, 30, 0),
        "the start time"
    );
    assert_eq!(
        meeting.venue,
        "Committee Suite 1, 2 & 3, Wyvern House, Winsford"
    );
    assert_eq!(meeting.first_minute, 34);
    assert_eq!(
        titles(meeting),
        [
            ("1", "Apologies for Absence"),
            ("2", "Declarations of Interest"),
            ("3", "Minutes of Previous Meeting"),
            ("4", "Public Speaking/Open Session"),
            ("5", "Children's Services Improvement Plan"),
        ]
        .map(|(n, t)| (n.to_string(), t.to_string()))
    );
    // Items typed by title are known for what they are, as imported ones are.
    assert_eq!(
        meeting.agenda[0].kind,
        minutebook::model::ItemKind::Apologies
    );
    assert!(minutebook::check::errors(meeting).is_empty());
    // The minutes begin at the first minute given.
    let minutes = text(meeting);
    assert!(minutes.contains("34 APOLOGIES FOR ABSENCE"), "{minutes}");
    assert!(
        minutes.contains("38 CHILDREN'S SERVICES IMPROVEMENT PLAN"),
        "{minutes}"
    );
    assert!(
        minutes.contains("held on Monday, 10th November, 2025"),
        "{minutes}"
    );
}

#[test]
fn an_urgent_item_added_mid_agenda_takes_a_letter_and_items_are_corrected_and_moved() {
    let mut clerk = prepared();
    // On item 2, an urgent item added after it is 2A, and the clerk is taken to it.
    clerk.keys("g").text("2\n");
    clerk
        .keys("I")
        .text("Urgent Item: School Transport")
        .keys("ctrl-s");
    clerk.closed();
    let meeting = clerk.app.meeting();
    assert_eq!(meeting.agenda[2].number.as_deref(), Some("2A"));
    assert_eq!(clerk.app.nav.current, Some(meeting.agenda[2].id.clone()));
    // Corrected: the title and Part 2 with its exempt paragraph.
    clerk
        .keys("e ctrl-u")
        .text("Urgent Item: Home to School Transport")
        .keys("tab tab down tab")
        .text("3")
        .keys("ctrl-s")
        .closed();
    let item = &clerk.app.meeting().agenda[2];
    assert_eq!(item.title, "Urgent Item: Home to School Transport");
    assert_eq!(item.part, Part::Two);
    assert_eq!(item.exempt_paragraphs, vec![3]);
    // Moved down twice: after item 3; the clerk stays with it.
    let id = item.id.clone();
    clerk.keys("J J");
    let meeting = clerk.app.meeting();
    assert_eq!(meeting.item_index(&id), Some(4));
    assert_eq!(clerk.app.nav.current, Some(id.clone()));
    // And undone one move at a time.
    clerk.keys("u");
    assert_eq!(clerk.app.meeting().item_index(&id), Some(3));
    clerk.keys("K K");
    assert_eq!(clerk.app.meeting().item_index(&id), Some(1));
    // The published numbers are kept whatever the order.
    assert_eq!(clerk.app.meeting().agenda[1].number.as_deref(), Some("2A"));
}

#[test]
fn bad_input_is_refused_in_the_form_which_keeps_what_was_typed() {
    let mut clerk = prepared();
    let before = clerk.app.meeting().clone();
    // A date that does not exist.
    clerk
        .keys("i tab tab tab tab ctrl-u")
        .text("31 February 2026")
        .keys("ctrl-s");
    let error = form_error(&clerk);
    assert!(
        error.contains("\"31 February 2026\" is not a date"),
        "{error}"
    );
    assert_eq!(clerk.form().unwrap().fields[4].value(), "31 February 2026");
    // A time like 25:61.
    clerk
        .keys("ctrl-u")
        .text("10 November 2025")
        .keys("tab ctrl-u");
    clerk.text("25:61").keys("ctrl-s");
    let error = form_error(&clerk);
    assert!(error.contains("\"25:61\" is not a time of day"), "{error}");
    assert_eq!(clerk.form().unwrap().fields[5].value(), "25:61");
    // A first minute that is not a number.
    clerk.keys("ctrl-u").text("10.30 am").keys("tab tab ctrl-u");
    clerk.text("thirty").keys("ctrl-s");
    assert!(form_error(&clerk).contains("First minute"));
    clerk.keys("esc");
    assert_eq!(*clerk.app.meeting(), before, "nothing saved");

    // An item with no title, then with a number already on the agenda.
    clerk.keys("I").keys("ctrl-s");
    assert!(
        form_error(&clerk).starts_with("Title"),
        "{}",
        form_error(&clerk)
    );
    clerk.text("Work Programme").keys("tab ctrl-u").text("3");
    clerk.keys("ctrl-s");
    let error = form_error(&clerk);
    assert!(error.contains("item 3 is already on the agenda"), "{error}");
    assert_eq!(clerk.form().unwrap().fields[0].value(), "Work Programme");
    // An exempt paragraph Schedule 12A does not have.
    clerk.keys("ctrl-u").text("6").keys("tab tab").text("9");
    clerk.keys("ctrl-s");
    assert!(form_error(&clerk).contains("\"9\" is not a paragraph"));
    clerk.keys("esc");
    assert_eq!(*clerk.app.meeting(), before, "nothing saved");
}

#[test]
fn an_item_with_records_is_not_deleted_and_says_how_many() {
    let mut clerk = prepared();
    clerk.keys("g").text("4\n");
    clerk
        .keys("n")
        .text("There were no registered speakers.")
        .keys("ctrl-s");
    clerk
        .keys("n")
        .text("A second note.")
        .keys("ctrl-s")
        .closed();
    let before = clerk.app.meeting().clone();
    clerk.keys("ctrl-d");
    assert_eq!(*clerk.app.meeting(), before);
    let message = clerk.app.message.clone().unwrap_or_default();
    assert!(
        message.contains("2 records are made under or about item 4"),
        "{message}"
    );
    // An empty item goes, undoably; the clerk is left on the item after it.
    clerk.keys("g").text("3\n");
    clerk.keys("ctrl-d");
    let meeting = clerk.app.meeting();
    assert_eq!(meeting.agenda.len(), 4);
    assert!(
        meeting
            .agenda
            .iter()
            .all(|i| i.title != "Minutes of Previous Meeting")
    );
    assert_eq!(
        clerk.app.nav.current.as_deref().map(|id| id.to_string()),
        Some(meeting.agenda[2].id.to_string())
    );
    clerk.keys("u");
    assert_eq!(clerk.app.meeting().agenda.len(), 5);
}

#[test]
fn withdrawn_and_deferred_items_are_minuted_in_the_councils_words() {
    let mut clerk = prepared();
    clerk.keys("g").text("4\n");
    clerk
        .keys("O tab tab")
        .text("the report is not ready")
        .keys("ctrl-s");
    clerk.closed();
    clerk.keys("g").text("5\n");
    clerk
        .keys("O down tab")
        .text("the January meeting")
        .keys("ctrl-s")
        .closed();
    let meeting = clerk.app.meeting();
    let withdrawn = meeting.agenda[3].withdrawn.as_ref().expect("withdrawn");
    assert_eq!(withdrawn.how, Withdrawn::Withdrawn);
    assert_eq!(withdrawn.reason.as_deref(), Some("the report is not ready"));
    let deferred = meeting.agenda[4].withdrawn.as_ref().expect("deferred");
    assert_eq!(deferred.how, Withdrawn::Deferred);
    assert_eq!(deferred.to.as_deref(), Some("the January meeting"));
    let minutes = text(meeting);
    assert!(
        minutes
            .contains("This item was withdrawn from the agenda because the report is not ready."),
        "{minutes}"
    );
    assert!(
        minutes.contains("This item was deferred to the January meeting."),
        "{minutes}"
    );
    // Back on the agenda, and the sentence goes.
    clerk.keys("O b ctrl-s").closed();
    assert!(clerk.app.meeting().agenda[4].withdrawn.is_none());
}

#[test]
fn items_taken_out_of_order_are_numbered_as_taken_and_the_variation_is_minuted() {
    let mut clerk = prepared();
    clerk.at("10:30").keys("s enter");
    clerk.keys("g").text("1\n");
    clerk
        .keys("n")
        .text("No apologies were received.")
        .keys("ctrl-s");
    // The Chair takes item 5 before items 2 to 4.
    clerk.keys("g").text("5\n");
    clerk
        .keys("n")
        .text("The plan was presented.")
        .keys("ctrl-s");
    for item in ["2", "3", "4"] {
        clerk.keys("g").text(&format!("{item}\n"));
        clerk.keys("n").text("Noted.").keys("ctrl-s").closed();
    }
    let meeting = clerk.app.meeting();
    // The agenda keeps its published numbers.
    assert_eq!(meeting.agenda[4].number.as_deref(), Some("5"));
    let minutes = text(meeting);
    assert!(
        minutes.contains("35 CHILDREN'S SERVICES IMPROVEMENT PLAN"),
        "{minutes}"
    );
    assert!(minutes.contains("36 DECLARATIONS OF INTEREST"), "{minutes}");
    assert!(minutes.contains("varied the order"), "{minutes}");
}

#[test]
fn a_record_remembered_late_moves_up_before_the_resolution() {
    let mut clerk = prepared();
    clerk.keys("g").text("5\n");
    clerk
        .keys("R")
        .text("That the plan be noted.")
        .keys("ctrl-s");
    clerk
        .keys("n")
        .text("Members asked about staffing.")
        .keys("ctrl-s")
        .closed();
    let order = |clerk: &Clerk| -> Vec<bool> {
        clerk
            .app
            .item_records()
            .iter()
            .filter_map(|id| clerk.app.meeting().record(*id))
            .map(|r| matches!(r.event, Event::Note { .. }))
            .collect()
    };
    assert_eq!(order(&clerk), [false, true]);
    // Tab chooses the record (the last one), K moves it up.
    clerk.keys("tab K esc");
    assert_eq!(order(&clerk), [true, false]);
    let minutes = text(clerk.app.meeting());
    let asked = minutes.find("Members asked about staffing").expect("note");
    let resolved = minutes.find("That the plan be noted").expect("resolution");
    assert!(asked < resolved, "{minutes}");
    clerk.keys("u");
    assert_eq!(order(&clerk), [false, true]);
}

#[test]
fn the_people_list_adds_corrects_marks_and_removes_people() {
    let mut clerk = prepared();
    // A member, with a group; and an officer, who is no councillor.
    clerk
        .keys("L +")
        .text("L Crane")
        .keys("tab tab tab tab tab tab tab")
        .text("Conservative")
        .keys("ctrl-s")
        .closed_form();
    clerk
        .keys("+")
        .text("C Bulman")
        .keys("ctrl-s")
        .closed_form();
    clerk
        .keys("+")
        .text("Jo Lane")
        .keys("tab tab down down tab tab tab")
        .text("Democratic Services Officer")
        .keys("ctrl-s")
        .closed_form();
    let meeting = clerk.app.meeting();
    let crane = meeting
        .person("crane")
        .expect("added with a handle from the surname");
    assert_eq!(crane.title.as_deref(), Some("Councillor"));
    assert_eq!(crane.group.as_deref(), Some("Conservative"));
    assert_eq!(crane.kind, PersonKind::Member);
    let lane = meeting
        .people
        .iter()
        .find(|p| p.name == "Jo Lane")
        .expect("the officer");
    assert_eq!(lane.kind, PersonKind::Officer);
    assert_eq!(lane.title, None, "an officer is not styled Councillor");
    assert_eq!(lane.role.as_deref(), Some("Democratic Services Officer"));
    // The list is in the order added; the cursor is on the first. Make Crane Chair, then
    // Bulman Chair: a body has one Chair.
    clerk.keys("c");
    assert_eq!(clerk.app.meeting().people[0].office, Office::Chair);
    clerk.keys("j c");
    assert_eq!(clerk.app.meeting().people[0].office, Office::Member);
    assert_eq!(clerk.app.meeting().people[1].office, Office::Chair);
    // Corrected: an alias.
    clerk
        .keys("enter tab tab tab tab tab tab tab tab")
        .text("Carol Bulman")
        .keys("ctrl-s")
        .closed_form();
    assert_eq!(clerk.app.meeting().people[1].aliases, ["Carol Bulman"]);
    // Someone with records is not removed; someone without is.
    clerk.keys("esc a p esc");
    clerk.keys("L D");
    assert_eq!(clerk.app.meeting().people.len(), 3);
    let message = clerk.app.message.clone().unwrap_or_default();
    assert!(message.contains("L Crane"), "{message}");
    clerk.keys("j j D");
    assert_eq!(clerk.app.meeting().people.len(), 2);
    clerk.keys("esc u");
    assert_eq!(clerk.app.meeting().people.len(), 3);
}

#[test]
fn the_committee_appoints_its_chair_at_the_meeting_and_the_minutes_follow() {
    let mut clerk = prepared();
    clerk
        .keys("L +")
        .text("L Crane")
        .keys("ctrl-s")
        .closed_form();
    clerk
        .keys("+")
        .text("C Bulman")
        .keys("ctrl-s")
        .closed_form();
    clerk.keys("+").text("G Hayes").keys("ctrl-s").closed_form();
    clerk.keys("esc");
    // Items for the appointments, before the rest.
    clerk.keys("g").text("1\n");
    clerk.keys("I").text("Appointment of Chair").keys("ctrl-s");
    clerk
        .keys("I")
        .text("Appointment of Vice-Chair")
        .keys("ctrl-s");
    clerk.keys("g").text("1A\n").keys("K");
    clerk.keys("g").text("1B\n").keys("K");
    assert_eq!(
        &titles(clerk.app.meeting())[..2],
        &[
            ("1A".to_string(), "Appointment of Chair".to_string()),
            ("1B".to_string(), "Appointment of Vice-Chair".to_string())
        ]
    );
    // The meeting opens with no Chair; everyone present.
    clerk.at("10:30").keys("s enter a p p p esc");
    assert!(
        clerk
            .app
            .meeting()
            .people
            .iter()
            .all(|p| p.office == Office::Member)
    );
    clerk.keys("g").text("1A\n");
    clerk.keys("A").text("crane").keys("tab tab ctrl-s");
    // The resolution form is offered, worded.
    let offered = clerk.form().expect("the resolution form").fields[0].value();
    assert_eq!(
        offered,
        "That Councillor L Crane be appointed Chair for the municipal year 2025/26."
    );
    clerk.keys("ctrl-s").closed();
    clerk
        .keys("j A")
        .text("bulman")
        .keys("ctrl-s ctrl-s")
        .closed();
    let meeting = clerk.app.meeting();
    let appointed: Vec<_> = meeting
        .records
        .iter()
        .filter_map(|r| match &r.event {
            Event::Appointed { person, office, .. } => Some((person.to_string(), *office)),
            _ => None,
        })
        .collect();
    assert_eq!(
        appointed,
        [
            ("crane".to_string(), Office::Chair),
            ("bulman".to_string(), Office::ViceChair)
        ]
    );
    let minutes = text(meeting);
    assert!(
        minutes.contains(
            "PRESENT Councillor L Crane (Chair) Councillor C Bulman (Vice-Chair) Councillor G Hayes"
        ),
        "{minutes}"
    );
    assert!(!minutes.contains("in the Chair"), "{minutes}");
    assert!(!minutes.contains("took the chair"), "{minutes}");
    assert!(
        minutes.contains(
            "RESOLVED: That Councillor L Crane be appointed Chair for the municipal year 2025/26."
        ),
        "{minutes}"
    );
    // The signature is the appointed Chair's.
    assert!(
        minutes.trim_end().ends_with("Councillor L Crane (Chair)"),
        "{minutes}"
    );
    // The roll names the Chair from the appointment on.
    let room = meeting.room_now();
    assert_eq!(
        room.holder(Office::Chair).map(|p| p.name.as_str()),
        Some("L Crane")
    );
}

fn run(args: &[&str]) -> std::process::Output {
    common::minutebook().args(args).output().expect("runs")
}

fn fixture(relative: &str) -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(relative)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn new_makes_a_blank_meeting_with_what_the_command_line_gives() {
    let folder = tempfile::tempdir().expect("folder");
    let file = folder.path().join("november.ron");
    let file = file.to_str().expect("path");
    let output = run(&[
        "new",
        file,
        "--body",
        "Children and Families Committee",
        "--date",
        "10 November 2025",
        "--time",
        "10.30 am",
        "--venue",
        "Committee Suite 1, 2 & 3, Wyvern House, Winsford",
        "--first-minute",
        "34",
        "--no-open",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let meeting = minutebook::store::load(std::path::Path::new(file)).expect("loads");
    assert_eq!(meeting.body.name, "Children and Families Committee");
    assert_eq!(meeting.date, NaiveDate::from_ymd_opt(2025, 11, 10).unwrap());
    assert_eq!(meeting.time, chrono::NaiveTime::from_hms_opt(10, 30, 0));
    assert_eq!(meeting.first_minute, 34);
    assert!(meeting.agenda.is_empty() && meeting.records.is_empty());
    // Given nothing, what is missing is asked for on opening.
    assert!(!minutebook::commands::NewMeeting::details_wanted(&meeting));
    let bare = folder.path().join("bare.ron");
    assert!(
        run(&["new", bare.to_str().expect("path"), "--no-open"])
            .status
            .success()
    );
    let bare = minutebook::store::load(&bare).expect("loads");
    assert!(minutebook::commands::NewMeeting::details_wanted(&bare));
    // Bad input names what is wrong, and writes nothing.
    for (flag, value, reason) in [
        ("--date", "31 February 2026", "is not a date"),
        ("--time", "25:61", "is not a time of day"),
    ] {
        let refused = folder.path().join("refused.ron");
        let output = run(&[
            "new",
            refused.to_str().expect("path"),
            flag,
            value,
            "--no-open",
        ]);
        assert_eq!(output.status.code(), Some(2), "{flag}");
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(said.contains(reason), "{said}");
        assert!(!refused.exists());
    }
}

#[test]
fn new_after_a_later_meeting_is_refused_with_both_dates() {
    let folder = tempfile::tempdir().expect("folder");
    let previous = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-meetings/children-and-families-2022-02-14.ron");
    let file = folder.path().join("earlier.ron");
    let output = run(&[
        "new",
        file.to_str().expect("path"),
        "--after",
        previous.to_str().expect("path"),
        "--date",
        "2022-01-10",
        "--no-open",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("14 February 2022"), "{said}");
    assert!(said.contains("10 January 2022"), "{said}");
    assert!(!file.exists());
}

#[test]
fn new_from_an_agenda_pack_honours_the_date_given_and_says_so() {
    let folder = tempfile::tempdir().expect("folder");
    let file = folder.path().join("march.ron");
    let output = run(&[
        "new",
        file.to_str().expect("path"),
        "--agenda",
        &fixture("agendas/children-and-families-2022-03-24.txt"),
        "--date",
        "2022-03-31",
        "--no-open",
    ]);
    assert!(output.status.success());
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        said.contains("Date 31 March 2022 as given (the agenda pack says 24 March 2022)"),
        "{said}"
    );
    let meeting = minutebook::store::load(&file).expect("loads");
    assert_eq!(meeting.date, NaiveDate::from_ymd_opt(2022, 3, 31).unwrap());
}

#[test]
fn a_first_meeting_of_the_year_opens_with_no_chair_and_check_warns_of_gaps() {
    let path = fixture("first-meeting.ron");
    let meeting = minutebook::store::load(std::path::Path::new(&path)).expect("loads");
    assert!(meeting.people.iter().all(|p| p.office == Office::Member));
    let minutes = text(&meeting);
    assert!(
        minutes.contains(
            "PRESENT Councillor L Crane (Chair) Councillor C Bulman (Vice-Chair) Councillor G Hayes OFFICERS"
        ),
        "{minutes}"
    );
    assert!(!minutes.contains("took the chair"), "{minutes}");
    let output = run(&["check", &path]);
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).ends_with(": sound\n"));

    // A member with no attendance, and an item number used twice, are doubts once concluded.
    let mut doubtful = meeting.clone();
    doubtful
        .records
        .retain(|r| !matches!(&r.event, Event::Apologies { person, .. } if *person == "smith"));
    doubtful.agenda[1].number = Some("1".into());
    let warnings: Vec<String> = minutebook::check::check(&doubtful)
        .into_iter()
        .map(|p| p.message)
        .collect();
    assert!(
        warnings.contains(
            &"Councillor G Smith is a member but no attendance is recorded (present, apologies or absent)"
                .to_string()
        ),
        "{warnings:?}"
    );
    assert!(
        warnings.contains(&"two agenda items are numbered 1".to_string()),
        "{warnings:?}"
    );
    // Before the meeting concludes, an unmarked member is no doubt yet.
    doubtful.records.retain(|r| r.event != Event::Concluded);
    assert!(
        !minutebook::check::check(&doubtful)
            .iter()
            .any(|p| p.message.contains("no attendance"))
    );
}
