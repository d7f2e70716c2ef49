//! The real binary in a real pseudo-terminal: open a meeting, record, quit and reopen; kill it
//! at awkward moments and find the work on disk; a second copy is kept read-only.

mod common;

use std::path::Path;

use common::pty::Desk;
use minutebook::model::Event;
use minutebook::store;

const CTRL_S: &str = "\x13";
const ESC: &str = "\x1b";
const ENTER: &str = "\r";

#[test]
fn open_record_attendance_and_a_resolution_quit_and_reopen() {
    let desk = Desk::new();
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let mut session = desk.open(&[file.to_str().expect("path")]);
    session.wait_for("Agenda");
    session
        .send("s")
        .send(ENTER)
        .wait_for("Recorded: The meeting commenced");
    session.send("a").wait_for("(/ finds by name)");
    session
        .keys(&["p", "p", "a"])
        .wait_for("Recorded: Apologies: Councillor M Beanland");
    session
        .send(ESC)
        .keys(&["j", "j", "j"])
        .wait_for("Minute 68");
    // The usual resolution comes worded, with the date the item gives.
    session
        .send("R")
        .wait_for("meeting held on 14 February 2022");
    session.send(CTRL_S).wait_for("Recorded: RESOLVED");
    session.wait_for("✓ saved");
    session.send("q");
    assert_eq!(session.wait_exit(), 0);

    let meeting = store::load(&file).expect("the saved meeting loads");
    let events: Vec<&Event> = meeting.records.iter().map(|r| &r.event).collect();
    assert_eq!(events.len(), 5, "{events:?}");
    assert_eq!(events[0], &Event::Commenced);
    assert_eq!(
        events[1],
        &Event::Present {
            person: "addison".into()
        }
    );
    assert_eq!(
        events[3],
        &Event::Apologies {
            person: "beanland".into(),
            reason: None,
        }
    );
    assert_eq!(meeting.records[4].item.as_deref(), Some("3"));
    assert!(
        matches!(events[4], Event::Resolved { clauses, .. } if clauses[0].text.starts_with("That the minutes of the meeting held on 14 February 2022"))
    );
    assert!(
        meeting.records[0].at.is_some(),
        "the time comes from the clock"
    );
    assert!(store::backup_path(&file).exists());
    assert!(!store::lock_path(&file).exists(), "the lock is released");

    // Reopened, it carries on at the item where the record left off.
    let mut again = desk.open(&[file.to_str().expect("path")]);
    again.wait_for("Minute 68");
    again.wait_for("RESOLVED: That the minutes");
    again.send("q");
    assert_eq!(again.wait_exit(), 0);
}

#[test]
fn killed_right_after_a_change_the_change_is_on_disk() {
    let desk = Desk::new();
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let mut session = desk.open(&[file.to_str().expect("path")]);
    session.wait_for("Agenda");
    session
        .send("s")
        .send(ENTER)
        .wait_for("Recorded: The meeting commenced");
    session.signal("KILL");
    session.wait_exit();
    let meeting = store::load(&file).expect("the file is whole and valid");
    assert_eq!(meeting.records.len(), 1);
    assert_eq!(meeting.records[0].event, Event::Commenced);
    // The crashed copy's lock file is left behind, and is taken over.
    let mut again = desk.open(&[file.to_str().expect("path")]);
    again.wait_for("Agenda");
    assert!(
        !again.contents().contains("READ-ONLY"),
        "{}",
        again.contents()
    );
    again.send("q");
    again.wait_exit();
}

#[test]
fn text_typed_into_a_form_survives_a_kill_and_is_offered_back() {
    let desk = Desk::new();
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let mut session = desk.open(&[file.to_str().expect("path")]);
    session.wait_for("Agenda");
    session.send("j").send("n").wait_for("Note");
    session.send("A query was raised about school transport");
    session.wait_for("school transport");
    session.signal("KILL");
    session.wait_exit();

    let mut again = desk.open(&[file.to_str().expect("path")]);
    again.wait_for("Restore it?");
    again
        .send("y")
        .wait_for("A query was raised about school transport");
    again
        .send(" costs")
        .send(CTRL_S)
        .wait_for("Recorded: Note: A query was raised about school transport costs");
    let draft = file.with_file_name(".meeting.ron.draft");
    assert!(!draft.exists(), "the draft goes once its form is saved");
    assert!(!store::backup_path(&draft).exists());
    // A form typed into and cancelled leaves no draft behind either.
    again.send("n").send("Second thoughts");
    again.wait_for("Second thoughts");
    assert!(draft.exists(), "typing keeps a draft");
    again.send(ESC).wait_gone("Second thoughts");
    assert!(!draft.exists(), "the draft goes once its form is cancelled");
    again.send("q");
    again.wait_exit();
    let meeting = store::load(&file).expect("loads");
    assert!(matches!(
        &meeting.records[0].event,
        Event::Note { text, .. } if text == "A query was raised about school transport costs"
    ));
    assert_eq!(meeting.records[0].item.as_deref(), Some("1"));
}

#[test]
fn the_terminal_closing_or_the_machine_shutting_down_saves_and_exits() {
    for signal in ["TERM", "HUP"] {
        let desk = Desk::new();
        let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
        let mut session = desk.open(&[file.to_str().expect("path")]);
        session.wait_for("Agenda");
        session
            .send("s")
            .send(ENTER)
            .wait_for("Recorded: The meeting commenced");
        session
            .send("n")
            .send("Typed as the lid closed")
            .wait_for("lid closed");
        session.signal(signal);
        let code = session.wait_exit();
        assert_ne!(code, 0, "{signal}: stopped by the signal");
        let meeting = store::load(&file).expect("loads");
        assert_eq!(meeting.records.len(), 1, "{signal}");
        let draft = std::fs::read_to_string(file.with_file_name(".meeting.ron.draft"))
            .expect("the unfinished note is kept");
        assert!(
            draft.contains("Typed as the lid closed"),
            "{signal}: {draft}"
        );
    }
}

#[test]
fn a_second_copy_opens_the_meeting_read_only_and_names_the_holder() {
    let desk = Desk::new();
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let mut first = desk.open(&[file.to_str().expect("path")]);
    first.wait_for("Agenda");
    let mut second = desk.open(&[file.to_str().expect("path")]);
    second.wait_for("READ-ONLY");
    second.wait_for(&format!("process {}", first.pid()));
    second
        .send("s")
        .wait_for("Read-only: open in another copy of Minutebook");
    second.send("q");
    second.wait_exit();
    first
        .send("s")
        .send(ENTER)
        .wait_for("Recorded: The meeting commenced");
    first.send("q");
    first.wait_exit();
    assert_eq!(store::load(&file).expect("loads").records.len(), 1);
}

#[test]
fn with_no_file_the_start_screen_opens_a_working_copy_of_a_sample() {
    let desk = Desk::new();
    let mut session = desk.open(&[]);
    session.wait_for("Sample meetings");
    session
        .send(ENTER)
        .wait_for("Children and Families Committee · Monday 14 February 2022");
    session.send("s").wait_for("already commenced");
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    let copy = desk
        .data()
        .join("samples/children-and-families-2022-02-14.ron");
    assert!(copy.exists());
    // The next time, it is listed as a recent meeting.
    let mut again = desk.open(&[]);
    again.wait_for("Recent meetings");
    again.send("q");
    again.wait_exit();
}

#[test]
fn a_meeting_file_that_will_not_load_is_reported_without_touching_it() {
    let desk = Desk::new();
    let file = desk.folder.path().join("broken.ron");
    std::fs::write(&file, "(version: 1, nmae: \"x\")").expect("written");
    let mut session = desk.open(&[file.to_str().expect("path")]);
    let code = session.wait_exit();
    assert_eq!(code, 1);
    assert_eq!(
        std::fs::read_to_string(&file).expect("still there"),
        "(version: 1, nmae: \"x\")"
    );
    // The reader may still be catching up with what was printed before the exit.
    session.wait_for("broken.ron:1:14: error");
}

#[test]
fn a_failure_inside_minutebook_restores_the_terminal_and_keeps_the_work() {
    let desk = Desk::new();
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let mut session = desk.open_with(
        &[file.to_str().expect("path")],
        &[("MINUTEBOOK_TEST_PANIC_ON_KEY", "~")],
    );
    session.wait_for("Agenda");
    session
        .send("s")
        .send(ENTER)
        .wait_for("Recorded: The meeting commenced");
    session
        .send("n")
        .send("A thought before the failure")
        .wait_for("the failure");
    session.send("~");
    assert_eq!(session.wait_exit(), 1);
    session.wait_for("Minutebook met an internal error");
    assert!(!session.in_alternate_screen(), "the terminal is restored");
    let recovered =
        store::load(&file.with_file_name("meeting.ron.recovered")).expect("a recovery copy");
    assert_eq!(recovered.records.len(), 1);
    assert_eq!(store::load(&file).expect("loads"), recovered);
    let draft =
        std::fs::read_to_string(file.with_file_name(".meeting.ron.draft")).expect("draft kept");
    assert!(draft.contains("A thought before the failure"));
}

#[test]
fn review_reads_a_meeting_a_clerk_has_open_and_changes_nothing() {
    let desk = Desk::new();
    let file = desk.meeting("highways-and-transport-votes.ron");
    let mut clerk = desk.open(&[file.to_str().expect("path")]);
    clerk.wait_for("Agenda");
    let before = std::fs::read(&file).expect("readable");
    let lock = std::fs::read_to_string(store::lock_path(&file)).expect("the clerk holds the lock");

    let mut officer = desk.open(&["review", file.to_str().expect("path")]);
    officer.wait_for("Reviewing, read-only");
    officer
        .send("s")
        .wait_for("Read-only: reviewing; nothing here changes the meeting file");
    officer
        .send("/")
        .send("casting")
        .wait_for("Search everything recorded");
    officer.send(ENTER).wait_for("Minute 25");
    officer.send(ESC).send("E").wait_for("Write the minutes as");
    officer.send(ENTER).wait_for("Minutes written to");
    officer.send("q");
    assert_eq!(officer.wait_exit(), 0);

    assert_eq!(
        std::fs::read(&file).expect("readable"),
        before,
        "the meeting file is untouched"
    );
    assert_eq!(
        std::fs::read_to_string(store::lock_path(&file)).expect("still locked"),
        lock
    );
    let minutes =
        std::fs::read_to_string(file.with_file_name("meeting-minutes.md")).expect("written");
    assert!(minutes.contains("## 25 SPEED LIMIT REVIEW 2026-27"));
    clerk.send("q");
    clerk.wait_exit();
}

#[test]
fn a_new_meeting_from_an_agenda_pack_opens_in_the_live_screen() {
    let desk = Desk::new();
    let pack = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/agendas/children-and-families-2022-03-24.txt");
    let file = desk.folder.path().join("march.ron");
    let mut session = desk.open(&[
        "new",
        file.to_str().expect("path"),
        "--agenda",
        pack.to_str().expect("path"),
    ]);
    session.wait_for("Children and Families Committee · Thursday 24 March 2022");
    session.send("j").wait_for("Minute 66");
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    assert_eq!(store::load(&file).expect("written").agenda.len(), 12);
}

/// Copies a fixture beside the meetings and imports it from the start screen's first choice.
fn import_from_the_start_screen(
    desk: &Desk,
    fixture: &str,
    env: &[(&str, &str)],
) -> (common::pty::Session, std::path::PathBuf) {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
    let pack = desk.folder.path().join(source.file_name().expect("a file"));
    std::fs::copy(&source, &pack).expect("copied");
    let mut session = desk.open_with(&[], env);
    session.wait_for("From an agenda pack");
    session
        .send("k")
        .send("k")
        .send(ENTER)
        .wait_for("Agenda pack (.txt, .pdf or .docx)");
    session.send(pack.to_str().expect("path")).send(ENTER);
    (session, pack)
}

#[test]
fn the_start_screen_imports_an_agenda_pack() {
    let desk = Desk::new();
    let (mut session, pack) = import_from_the_start_screen(
        &desk,
        "agendas/children-and-families-scrutiny-2020-01-27.txt",
        &[],
    );
    session
        .wait_for("Children and Families Overview and Scrutiny Committee · Monday 27 January 2020");
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    assert_eq!(
        store::load(&pack.with_extension("ron"))
            .expect("written")
            .first_minute,
        37
    );
}

#[test]
fn import_at_a_terminal_asks_for_the_date_an_agenda_does_not_give() {
    let desk = Desk::new();
    let agenda = desk.folder.path().join("undated.txt");
    std::fs::write(
        &agenda,
        "Little Wick Parish Council\n\nAGENDA\n1. Apologies\n2. Minutes\n",
    )
    .expect("written");
    let output = desk.folder.path().join("undated.ron");
    let mut session = desk.open(&[
        "import",
        agenda.to_str().expect("path"),
        "-o",
        output.to_str().expect("path"),
    ]);
    session.wait_for("The meeting's date");
    session.send("12 March 2026").send(ENTER);
    session.wait_for("Imported");
    assert_eq!(session.wait_exit(), 0);
    let meeting = store::load(&output).expect("written");
    assert_eq!(
        meeting.date,
        chrono::NaiveDate::from_ymd_opt(2026, 3, 12).expect("a date")
    );
}

#[test]
fn reading_a_pack_shows_its_progress_and_esc_stops_it_writing_nothing() {
    let desk = Desk::new();
    let (mut session, pack) = import_from_the_start_screen(
        &desk,
        "agendas/children-and-families-2022-03-24-front-sheet.pdf",
        // The reader takes its time, as a pack of hundreds of pages does.
        &[("MINUTEBOOK_TEST_SLOW_READ", "60")],
    );
    session.wait_for("Reading children-and-families-2022-03-24-front-sheet.pdf…");
    session.send("\x1b");
    session.wait_for("Stopped reading children-and-families-2022-03-24-front-sheet.pdf");
    assert!(
        !pack.with_extension("ron").exists(),
        "no meeting is written"
    );
    // The screen answers at once: it quits cleanly.
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
}

#[test]
fn an_agenda_pasted_on_the_start_screen_becomes_a_meeting_after_its_date_is_asked() {
    let desk = Desk::new();
    let mut session = desk.open(&[]);
    session.wait_for("From an agenda pack");
    // A bracketed paste, as a terminal sends text from the clipboard.
    let agenda = "Little Wick Parish Council\r\rAGENDA\r1. Apologies for absence\r2. Minutes\r";
    session.send(&format!("\x1b[200~{agenda}\x1b[201~"));
    session.wait_for("Meeting date (the agenda gives none)");
    session.send("12 March 2026").send(ENTER);
    session.wait_for("little-wick-parish-council-2026-03-12.ron");
    session.send(ENTER);
    session.wait_for("Little Wick Parish Council · Thursday 12 March 2026");
    // The agenda gave no time or place: the meeting opens at its details to ask for them.
    session.wait_for("┌ The meeting");
    session.send("\x1b");
    session.wait_gone("┌ The meeting");
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    let file = desk
        .folder
        .path()
        .join("little-wick-parish-council-2026-03-12.ron");
    assert_eq!(store::load(&file).expect("written").agenda.len(), 2);
}

#[test]
fn a_harmful_pdf_imported_from_the_start_screen_is_refused_and_the_screen_keeps_working() {
    let desk = Desk::new();
    let (mut session, pack) = import_from_the_start_screen(
        &desk,
        "hostile/inflates-to-a-gigabyte.pdf",
        // A short bound leaves the wait below ample room on a busy machine; the refusal is
        // for memory or for time, whichever comes first.
        &[("MINUTEBOOK_TEST_PDF_SECONDS", "3")],
    );
    // Refused for the memory it needed or for the time it took, whichever came first: on a
    // busy machine the time may run out before the memory does.
    session.wait_for("reading the text of this PDF");
    assert!(session.in_alternate_screen(), "still on the start screen");
    assert!(
        !pack.with_extension("ron").exists(),
        "no meeting is written"
    );
    // The start screen still answers keys, and quits cleanly, leaving the terminal as it was.
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    assert!(!session.in_alternate_screen());
    let raw = session.raw();
    let shown = String::from_utf8_lossy(&raw);
    assert!(
        shown.contains("\x1b[?1049l"),
        "the alternate screen was left"
    );
}

#[test]
fn a_blank_meeting_is_prepared_changed_and_minuted_without_a_text_editor() {
    const TAB: &str = "\t";
    const CTRL_U: &str = "\x15";
    const CTRL_D: &str = "\x04";
    let desk = Desk::new();
    let file = desk.folder.path().join("november.ron");
    let mut clerk = desk.open(&["new", file.to_str().expect("path")]);
    // Nothing was given, so the details are asked for on opening.
    clerk.wait_for("The meeting");
    clerk
        .keys(&["Children and Families Committee", TAB, TAB])
        .keys(&[
            "Cheshire East Council",
            TAB,
            TAB,
            CTRL_U,
            "10 November 2025",
        ])
        .keys(&[
            TAB,
            "10.30 am",
            TAB,
            "Wyvern House, Winsford",
            TAB,
            CTRL_U,
            "34",
        ])
        .until(&[CTRL_S], "Saved: the meeting's details");
    for (number, title) in [
        ("1", "Apologies for Absence"),
        ("2", "Declarations of Interest"),
        ("3", "Work Programme"),
        ("4", "Spare"),
    ] {
        clerk.until(
            &["I", title, CTRL_S],
            &format!("Added: item {number}, {title}"),
        );
    }
    // An urgent item after item 1, corrected, then moved to the top.
    clerk.until(&["k", "k", "k"], "· item 1 ─");
    clerk.until(&["I", "Appointment", CTRL_S], "Added: item 1A, Appointment");
    clerk.until(
        &["e", CTRL_U, "Appointment of Chair", CTRL_S],
        "Corrected: item 1A, Appointment of Chair",
    );
    clerk.until(&["K"], "Moved item 1A (Appointment of Chair)");
    // Item 3 withdrawn with its reason; item 4 deleted.
    clerk.until(&["g", "3", ENTER], "· item 3 ─");
    clerk.until(
        &["O", TAB, TAB, "the report is not ready", CTRL_S],
        "item 3 (Work Programme) withdrawn",
    );
    clerk.until(&["j"], "· item 4 ─");
    clerk.until(&[CTRL_D], "Deleted item 4 (Spare)");
    // The members, then the meeting: no Chair until the committee appoints one.
    clerk.until(&["L", "+", "L Crane", CTRL_S], "Saved: Councillor L Crane");
    clerk.until(&["+", "G Hayes", CTRL_S], "Saved: Councillor G Hayes");
    clerk.send(ESC);
    clerk.until(&["s", ENTER], "Recorded: The meeting commenced");
    clerk.keys(&["a", "p", "p", ESC]);
    clerk.until(&["g", "1A", ENTER], "· item 1A ─");
    clerk.until(
        &["A", "crane", CTRL_S],
        "That Councillor L Crane be appointed Chair",
    );
    clerk.until(&[CTRL_S], "Recorded: RESOLVED");
    clerk.until(&["c", CTRL_S], "Recorded: The meeting concluded");
    clerk.send("q");
    assert_eq!(clerk.wait_exit(), 0);

    let output = common::minutebook()
        .args(["minutes", file.to_str().expect("path"), "--format", "txt"])
        .output()
        .expect("runs");
    assert!(output.status.success());
    let minutes = String::from_utf8_lossy(&output.stdout);
    let minutes = minutes.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Children and Families Committee held on Monday, 10th November, 2025 in Wyvern House, Winsford",
        "PRESENT Councillor L Crane (Chair) Councillor G Hayes",
        "34 APPOINTMENT OF CHAIR RESOLVED: That Councillor L Crane be appointed Chair for the municipal year 2025/26.",
        "35 APOLOGIES FOR ABSENCE",
        "37 WORK PROGRAMME This item was withdrawn from the agenda because the report is not ready.",
        "The meeting commenced at",
    ] {
        assert!(minutes.contains(expected), "{expected:?} not in {minutes}");
    }
    assert!(!minutes.contains("SPARE"), "{minutes}");
    assert!(!minutes.contains("took the chair"), "{minutes}");
}

#[test]
fn the_start_screen_makes_a_blank_meeting_and_asks_for_its_details() {
    let desk = Desk::new();
    let mut session = desk.open(&[]);
    session.wait_for("Blank meeting");
    // The cursor starts on the first sample; the blank meeting is the entry above the samples.
    session.until(&["k", ENTER], "Type the path of the new meeting file");
    session.until(&["blank.ron", ENTER], "The meeting");
    session.until(
        &["Licensing Sub-Committee", CTRL_S],
        "Saved: the meeting's details",
    );
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    let meeting = store::load(&desk.folder.path().join("blank.ron")).expect("written");
    assert_eq!(meeting.body.name, "Licensing Sub-Committee");
}

#[test]
fn the_start_screen_shows_attendance_actions_and_search_over_a_folder() {
    let desk = Desk::new();
    let year = desk.folder.path().join("year");
    std::fs::create_dir(&year).expect("folder");
    let first = chrono::NaiveDate::from_ymd_opt(2025, 1, 6).expect("date");
    for (n, meeting) in minutebook::generate::committee_series("Audit Committee", 3, 3, first)
        .iter()
        .enumerate()
    {
        store::save(meeting, &year.join(format!("{n}.ron"))).expect("saves");
    }
    let mut session = desk.open(&[]);
    session.wait_for("A folder of meetings");
    // The folder entry is the last on the start screen.
    session.until(
        &["j", "j", "j", "j", "j", "j", "j", "j", "j", "j", "j", ENTER],
        "Type the path of a folder",
    );
    session.until(
        &[year.to_str().expect("path"), ENTER],
        "Attendance: Audit Committee",
    );
    session.until(&["c"], "Actions: Audit Committee");
    session.until(
        &["/", "ward 1 was", ENTER],
        "The budget for ward 1 was noted.",
    );
    session.until(&[ESC], "Sample meetings");
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
}
