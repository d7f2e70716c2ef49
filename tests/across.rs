//! Across meetings, on a generated folder whose answers are known: attendance counted member by
//! member, actions followed through later meetings' matters arising, search with Part 2 kept
//! private, and the files that are not sound meetings listed and skipped.

mod common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use minutebook::across::{self, actions::Status, report::Format};
use minutebook::commands::{View, across as view_of};
use minutebook::generate::{
    SeriesAttendance, committee_series, series_attendance, series_progress,
};
use minutebook::model::{Meeting, Progress};
use minutebook::store;

const MEETINGS: usize = 12;
const MEMBERS: usize = 6;

fn first_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 6).expect("a date")
}

/// A folder of a year of one committee's meetings in two year folders, a second body, and the
/// files that are not meetings: one broken, one not a meeting at all, a hidden draft and notes.
fn folder() -> (tempfile::TempDir, Vec<Meeting>) {
    let folder = tempfile::tempdir().expect("folder");
    let series = committee_series("Audit Committee", MEETINGS, MEMBERS, first_date());
    for (n, meeting) in series.iter().enumerate() {
        let year = folder.path().join(meeting.date.format("%Y").to_string());
        std::fs::create_dir_all(&year).expect("year folder");
        store::save(meeting, &year.join(format!("audit-{n:02}.ron"))).expect("saves");
    }
    let other = committee_series("Licensing Committee", 2, 3, first_date());
    for (n, meeting) in other.iter().enumerate() {
        store::save(meeting, &folder.path().join(format!("licensing-{n}.ron"))).expect("saves");
    }
    std::fs::write(
        folder.path().join("broken.ron"),
        "(\n    version: 2,\n    body: [\n",
    )
    .expect("written");
    std::fs::write(folder.path().join("house-style.ron"), "(words: {})\n").expect("written");
    std::fs::write(folder.path().join(".audit-00.ron.draft"), "(kind: Sign)").expect("written");
    std::fs::write(folder.path().join("notes.txt"), "not a meeting").expect("written");
    (folder, series)
}

fn places(folder: &Path) -> Vec<PathBuf> {
    vec![folder.to_path_buf()]
}

/// The attendance view over every meeting in the folder, at any date.
fn whole_attendance(folder: &Path) -> minutebook::across::report::Report {
    view_of(
        &places(folder),
        View::Attendance {
            from: None,
            to: None,
            confidential: false,
            on: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date"),
        },
    )
}

#[test]
fn the_generated_series_is_sound() {
    for meeting in committee_series("Audit Committee", MEETINGS, MEMBERS, first_date()) {
        assert_eq!(minutebook::check::errors(&meeting), vec![]);
    }
}

#[test]
fn attendance_counts_each_member_as_the_files_record_it() {
    let (folder, _) = folder();
    let collection = across::gather(&places(folder.path()));
    let summary = across::attendance::attendance(&collection, None, None, false);
    assert_eq!(summary.meetings.get("Audit Committee"), Some(&12));
    assert_eq!(summary.meetings.get("Licensing Committee"), Some(&2));
    for member in 0..MEMBERS {
        let name = format!("Councillor A Member{member}");
        let row = summary
            .rows
            .iter()
            .find(|r| r.body == "Audit Committee" && r.name == name)
            .expect("a row for each member");
        let count = |wanted: SeriesAttendance| {
            (0..MEETINGS)
                .filter(|&n| series_attendance(n, member) == wanted)
                .count() as u32
        };
        assert_eq!(row.expected, 12, "{name}");
        assert_eq!(row.present, count(SeriesAttendance::Present), "{name}");
        assert_eq!(row.virtually, count(SeriesAttendance::Virtually), "{name}");
        assert_eq!(row.apologies, count(SeriesAttendance::Apologies), "{name}");
        assert_eq!(row.absent, count(SeriesAttendance::Absent), "{name}");
        assert_eq!(row.substitute, 0);
        let attended = count(SeriesAttendance::Present) + count(SeriesAttendance::Virtually);
        assert_eq!(row.percent(), Some((attended * 100 + 6) / 12), "{name}");
    }
    // The substitute stood in whenever member-0 sent apologies, and was never expected.
    let substitute = summary
        .rows
        .iter()
        .find(|r| r.body == "Audit Committee" && r.name == "Councillor C Substitute")
        .expect("the substitute");
    let stood_in = (0..MEETINGS)
        .filter(|&n| series_attendance(n, 0) == SeriesAttendance::Apologies)
        .count() as u32;
    assert!(stood_in > 0);
    assert_eq!((substitute.substitute, substitute.expected), (stood_in, 0));
    assert_eq!(substitute.percent(), None);
    // Officers are not counted.
    assert!(!summary.rows.iter().any(|r| r.name.contains("Officer")));
}

#[test]
fn files_that_are_not_sound_meetings_are_listed_with_the_reason_and_skipped() {
    let (folder, _) = folder();
    let collection = across::gather(&places(folder.path()));
    assert_eq!(collection.meetings.len(), 14);
    let skipped: Vec<String> = collection.skipped.iter().map(|s| s.describe()).collect();
    assert_eq!(skipped.len(), 2, "{skipped:#?}");
    assert!(
        skipped[0].contains("broken.ron:") && skipped[0].contains("ends too early"),
        "{}",
        skipped[0]
    );
    assert!(skipped[1].contains("house-style.ron:"), "{}", skipped[1]);
    let report = whole_attendance(folder.path());
    let text = report.write(Format::Text);
    assert!(text.contains("Files skipped"), "{text}");
    assert!(text.contains("broken.ron"), "{text}");
    assert!(
        !text.contains("notes.txt") && !text.contains(".draft"),
        "{text}"
    );
}

#[test]
fn a_copy_of_a_meeting_is_counted_once() {
    let (folder, series) = folder();
    store::save(&series[0], &folder.path().join("copy of audit-00.ron")).expect("saves");
    let collection = across::gather(&places(folder.path()));
    assert_eq!(collection.meetings.len(), 14);
    assert!(
        collection
            .skipped
            .iter()
            .any(|s| s.reason.contains("the same meeting as"))
    );
}

#[test]
fn dates_from_and_to_count_only_the_meetings_between() {
    let (folder, _) = folder();
    let collection = across::gather(&places(folder.path()));
    // Meetings 2 to 5 of the series, both ends included.
    let from = first_date() + chrono::Days::new(28);
    let to = first_date() + chrono::Days::new(70);
    let summary = across::attendance::attendance(&collection, Some(from), Some(to), false);
    assert_eq!(summary.meetings.get("Audit Committee"), Some(&4));
    assert_eq!(summary.meetings.get("Licensing Committee"), None);
    let row = summary
        .rows
        .iter()
        .find(|r| r.name == "Councillor A Member1")
        .expect("member 1");
    let apologies = (2..=5)
        .filter(|&n| series_attendance(n, 1) == SeriesAttendance::Apologies)
        .count() as u32;
    assert_eq!((row.expected, row.apologies), (4, apologies));
}

#[test]
fn a_member_is_the_same_person_across_files_only_by_the_same_id_and_name() {
    let folder = tempfile::tempdir().expect("folder");
    let mut series = committee_series("Audit Committee", 2, 2, first_date());
    // The second file gives member-1's id to someone of another name.
    series[1].people[1].name = "Z Newcomer".into();
    for (n, meeting) in series.iter().enumerate() {
        store::save(meeting, &folder.path().join(format!("{n}.ron"))).expect("saves");
    }
    let collection = across::gather(&places(folder.path()));
    let summary = across::attendance::attendance(&collection, None, None, false);
    let expected = |name: &str| {
        summary
            .rows
            .iter()
            .find(|r| r.name == name)
            .map(|r| r.expected)
    };
    assert_eq!(expected("Councillor A Member0"), Some(2));
    assert_eq!(expected("Councillor A Member1"), Some(1));
    assert_eq!(expected("Councillor Z Newcomer"), Some(1));
}

#[test]
fn attendance_is_written_as_csv_for_spreadsheets_and_html_with_bars() {
    let (folder, _) = folder();
    let report = whole_attendance(folder.path());
    let csv = report.write(Format::Csv);
    // A spreadsheet opening the file the default way reads it as UTF-8 by its byte-order mark.
    let csv = csv.strip_prefix('\u{feff}').expect("a byte-order mark");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("Body,Member,Expected,Present,Virtual,Apologies,Absent,As substitute,Attended")
    );
    assert_eq!(lines.count(), report.rows.len());
    assert!(!csv.contains("broken.ron"), "the CSV holds only the table");
    let html = report.write(Format::Html);
    assert_eq!(
        html.matches("class=\"bar\"").count(),
        6 + 3,
        "one bar per expected member"
    );
    assert!(html.contains("@media print"));
}

#[test]
fn actions_say_whether_a_later_meeting_heard_them_done() {
    let (folder, series) = folder();
    let collection = across::gather(&places(folder.path()));
    let list = across::actions::actions(&collection, false);
    let audit: Vec<_> = list
        .iter()
        .filter(|a| a.body == "Audit Committee")
        .collect();
    assert_eq!(
        audit.len(),
        MEETINGS,
        "one public action a meeting; Part 2 ones kept out"
    );
    for (n, action) in audit.iter().enumerate() {
        assert_eq!(action.text, format!("Report back on ward {n}"));
        assert_eq!(action.date, series[n].date);
        assert_eq!(action.minute, series[n].minute_number("4"));
        assert_eq!(action.owner.as_deref(), Some("B Officer"));
        let expected = match (n + 1 < MEETINGS).then(|| series_progress(n + 1)) {
            Some(Progress::Done) => Status::Done(series[n + 1].date),
            Some(Progress::CarriedForward) => Status::CarriedForward(series[n + 1].date),
            Some(Progress::NotReported) | None => Status::Open,
        };
        assert_eq!(action.status, expected, "action {n}");
    }
    let private = across::actions::actions(&collection, true);
    assert!(
        private
            .iter()
            .any(|a| a.private && a.text == "Negotiate contract 3")
    );
    assert!(!list.iter().any(|a| a.text.starts_with("Negotiate")));
}

#[test]
fn search_finds_records_and_items_with_file_date_and_minute_and_part_two_only_when_asked() {
    let (folder, series) = folder();
    let collection = across::gather(&places(folder.path()));
    let hits = across::search::search(&collection, "WARD 7 was", false);
    assert_eq!(hits.len(), 1, "{hits:#?}");
    assert_eq!(hits[0].date, series[7].date);
    assert_eq!(hits[0].minute, series[7].minute_number("4"));
    assert!(
        hits[0].path.ends_with("2025/audit-07.ron"),
        "{:?}",
        hits[0].path
    );
    assert!(hits[0].text.contains("The budget for ward 7 was noted."));
    let titles = across::search::search(&collection, "budget monitoring 1", false);
    let audit = titles
        .iter()
        .filter(|h| h.body == "Audit Committee")
        .count();
    assert_eq!(audit, 3, "meetings 1, 10 and 11: {titles:#?}");
    assert_eq!(titles.len(), 4, "and the Licensing Committee's meeting 1");
    assert!(across::search::search(&collection, "contract 4", false).is_empty());
    let private = across::search::search(&collection, "contract 4", true);
    assert!(!private.is_empty() && private.iter().all(|h| h.private));
    // An action is found where it was recorded and where a later meeting carried it.
    let action = across::search::search(&collection, "report back on ward 3", false);
    let found: Vec<(NaiveDate, Option<u32>)> = action.iter().map(|h| (h.date, h.minute)).collect();
    assert_eq!(
        found,
        vec![
            (series[3].date, series[3].minute_number("4")),
            (series[4].date, series[4].minute_number("3")),
        ],
        "{action:#?}"
    );
}

#[test]
fn new_after_carries_open_actions_into_matters_arising_and_the_minutes_list_them() {
    let folder = tempfile::tempdir().expect("folder");
    let series = committee_series("Audit Committee", 3, 3, first_date());
    let previous = folder.path().join("previous.ron");
    store::save(&series[1], &previous).expect("saves");
    let next = folder.path().join("next.ron");
    let output = common::minutebook()
        .args(["new", "--no-open", "--date", "2025-03-03", "--after"])
        .arg(&previous)
        .arg(&next)
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("open actions carried"), "{said}");
    assert!(
        said.contains("1 action from business taken in private"),
        "{said}"
    );
    let meeting = store::load(&next).expect("loads");
    let item = meeting
        .agenda
        .iter()
        .find(|i| !i.arising.is_empty())
        .expect("the previous-minutes item carries them");
    let texts: Vec<&str> = item.arising.iter().map(|a| a.text.as_str()).collect();
    // Meeting 1 carried forward meeting 0's action; meeting 1's own is new.
    assert_eq!(series_progress(1), Progress::CarriedForward);
    assert_eq!(texts, ["Report back on ward 0", "Report back on ward 1"]);
    assert!(
        item.arising
            .iter()
            .all(|a| a.progress == Progress::NotReported)
    );
    // Done actions are not carried again.
    let mut done = series[1].clone();
    done.agenda[2].arising[0].progress = Progress::Done;
    let (carried, _) = minutebook::import::carry_forward(
        &done,
        first_date(),
        None,
        &minutebook::minutes::style::Settings::standard(),
    );
    let item = carried
        .agenda
        .iter()
        .find(|i| !i.arising.is_empty())
        .expect("carried");
    assert_eq!(item.arising.len(), 1);
    // The minutes list them under matters arising, with what the meeting heard.
    let markdown = String::from_utf8(
        minutebook::minutes::Format::Markdown
            .write(&minutebook::minutes::minutes(
                &series[2],
                Default::default(),
            ))
            .expect("writes"),
    )
    .expect("text");
    assert!(markdown.contains("Matters arising"), "{markdown}");
    let line = format!(
        "Minute {}, {}: Report back on ward 1 (B Officer) Not yet reported.",
        series[1].minute_number("4").expect("a minute"),
        series[1].date.format("%-d %B %Y")
    );
    assert!(markdown.contains(&line), "{line}\n{markdown}");
}

#[test]
fn the_commands_print_each_view_and_list_skipped_files_on_standard_error_for_csv() {
    let (folder, _) = folder();
    let run = |args: &[&str]| {
        let output = common::minutebook()
            .args(args)
            .arg(folder.path())
            .output()
            .expect("runs");
        assert!(output.status.success());
        (
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    let (csv, errors) = run(&["attendance", "--format", "csv", "--to", "2025-01-31"]);
    assert!(csv.starts_with("\u{feff}Body,Member,"), "{csv}");
    assert!(
        errors.contains("skipped") && errors.contains("broken.ron"),
        "{errors}"
    );
    let (actions, _) = run(&["actions", "--format", "txt"]);
    assert!(actions.contains("Report back on ward 2"), "{actions}");
    assert!(actions.contains("done (") && actions.contains("carried forward ("));
    let output = common::minutebook()
        .arg("search")
        .arg(folder.path())
        .arg("ward 11")
        .output()
        .expect("runs");
    let found = String::from_utf8_lossy(&output.stdout);
    assert!(found.contains("audit-11.ron"), "{found}");
}

#[test]
fn the_clerk_reports_each_carried_action_done_or_carried_forward() {
    let series = committee_series("Audit Committee", 2, 3, first_date());
    let date = first_date() + chrono::Days::new(28);
    let (meeting, _) = minutebook::import::carry_forward(
        &series[1],
        date,
        None,
        &minutebook::minutes::style::Settings::standard(),
    );
    let mut clerk = common::Clerk::new(meeting);
    // Opening, then items 1, 2 and 3: the previous minutes, which carry two actions.
    clerk.keys("j j j");
    assert!(
        screen(&clerk).contains("Matters arising: 2 carried, 2 not yet reported (F)"),
        "{}",
        screen(&clerk)
    );
    // The form offers the first action not yet reported, as done.
    clerk.keys("F");
    let form = clerk.form().expect("the matters arising form");
    assert_eq!((form.fields[0].choice, form.fields[1].choice), (0, 0));
    clerk.keys("ctrl-s").closed();
    // Then the next; `c` chooses carried forward.
    clerk.keys("F");
    assert_eq!(clerk.form().expect("form").fields[0].choice, 1);
    clerk.keys("tab c ctrl-s").closed();
    // What each carried action was reported as, in order.
    let reported = |clerk: &common::Clerk| -> Vec<Progress> {
        let item = clerk
            .app
            .meeting()
            .agenda
            .iter()
            .find(|i| !i.arising.is_empty())
            .expect("carried");
        item.arising.iter().map(|a| a.progress).collect()
    };
    assert_eq!(reported(&clerk), [Progress::Done, Progress::CarriedForward]);
    assert!(screen(&clerk).contains("Matters arising: 2 carried, all reported"));
    // A report is undone like any change.
    clerk.keys("u");
    assert_eq!(reported(&clerk)[1], Progress::NotReported);
}

fn screen(clerk: &common::Clerk) -> String {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("test terminal");
    let theme = minutebook::tui::theme::Theme::built_in("default").expect("theme");
    terminal
        .draw(|frame| minutebook::tui::live::view::draw(frame, &clerk.app, &theme, clerk.clock))
        .expect("draws");
    terminal.backend().to_string()
}

#[test]
fn every_planning_application_is_listed_with_its_decision_and_found_by_reference() {
    let samples = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-meetings")];
    let all = view_of(
        &samples,
        View::Applications {
            reference: None,
            confidential: false,
        },
    );
    let references: Vec<&str> = all.rows.iter().map(|row| row[2].as_str()).collect();
    // Two bodies, so each row knows its body, for a table each; in date order.
    assert_eq!(all.header[0], "Meeting");
    assert_eq!(all.bodies.len(), all.rows.len());
    assert_eq!(
        references,
        [
            "26/00412/HOUSE",
            "26/00437/FUL",
            "26/01188/FULL",
            "26/01307/HOUSE"
        ]
    );
    let dairy = &all.rows[2];
    assert_eq!(all.bodies[2], "Planning Committee");
    assert_eq!(dairy[1], "93");
    assert!(
        dairy[5].starts_with("That application 26/01188/FULL be refused"),
        "{dairy:?}"
    );
    assert_eq!(
        all.rows[1][5],
        "To recommend refusal, as the site lies outside the settlement boundary and the access is unsafe for pedestrians."
    );
    // By part of a reference, whatever the case.
    let found = view_of(
        &samples,
        View::Applications {
            reference: Some("01307/house"),
            confidential: false,
        },
    );
    assert_eq!(found.rows.len(), 1);
    assert_eq!(
        found.title,
        "Planning applications: Planning Committee – Northbridge Borough Council, 4 November 2026"
    );
    assert_eq!(found.rows[0][2], "26/01307/HOUSE");
    // And the command line says the same.
    let output = common::minutebook()
        .args([
            "applications",
            "sample-meetings",
            "--reference",
            "00437",
            "--format",
            "txt",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{text}");
    assert!(text.contains("Land east of Orchard"), "{text}");
    assert!(!text.contains("Mill Cottages"), "{text}");
    // Printable: no line past a hundred columns, no path of this machine, a title saying
    // whose meetings and when.
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
    assert!(!text.contains(env!("CARGO_MANIFEST_DIR")), "{text}");
    assert!(
        text.starts_with("Planning applications: Ashcombe Parish Council, 2 June 2026\n"),
        "{text}"
    );
}

#[test]
fn the_public_search_finds_what_the_public_minutes_print_of_part_two_business_and_no_more() {
    let samples = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-meetings")];
    let search = |confidential| {
        view_of(
            &samples,
            View::Search {
                words: "street lighting",
                confidential,
            },
        )
    };
    let found = |report: &minutebook::across::report::Report| -> Vec<String> {
        report.rows.iter().map(|row| row[3].clone()).collect()
    };
    let public = found(&search(false));
    // The item's title and what was resolved are printed in the public minutes.
    assert!(
        public
            .iter()
            .any(|t| t == "Street Lighting Maintenance Contract Award"),
        "{public:?}"
    );
    assert!(
        public
            .iter()
            .any(|t| t.contains("be awarded to the bidder") && !t.contains("not for publication")),
        "{public:?}"
    );
    // What was said in private is not.
    assert!(
        !public.iter().any(|t| t.contains("tenders received")),
        "{public:?}"
    );
    let confidential = found(&search(true));
    assert!(
        confidential
            .iter()
            .any(|t| t.contains("tenders received") && t.contains("not for publication")),
        "{confidential:?}"
    );
}

#[test]
fn a_report_names_files_without_the_folders_of_this_machine() {
    let folder = tempfile::tempdir().expect("folder");
    std::fs::create_dir(folder.path().join("2026")).expect("subfolder");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sample-meetings/highways-and-transport-votes.ron"),
        folder.path().join("2026/october.ron"),
    )
    .expect("copied");
    std::fs::write(folder.path().join("2026/bad.ron"), "nonsense").expect("written");
    let places = vec![folder.path().to_path_buf()];
    for view in [
        View::Attendance {
            from: None,
            to: None,
            confidential: false,
            on: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date"),
        },
        View::Search {
            words: "street lighting",
            confidential: false,
        },
    ] {
        let report = view_of(&places, view);
        for format in [Format::Text, Format::Markdown, Format::Html] {
            let written = report.write(format);
            let root = folder.path().display().to_string();
            assert!(!written.contains(&root), "{written}");
            assert!(written.contains("bad.ron:1:1"), "{written}");
        }
    }
}
