//! The fault matrix: what a real laptop in a real venue does to Minutebook, produced for real
//! where a test can, and what must happen: nothing lost, nothing overwritten that should not be.

mod common;

use std::time::Duration;

use common::pty::{Desk, Session};
use common::{Clerk, sample};
use minutebook::model::Event;
use minutebook::store;

const ESC: &str = "\x1b";
const ENTER: &str = "\r";

fn open_agenda(desk: &Desk) -> (std::path::PathBuf, Session) {
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let mut session = desk.open(&[file.to_str().expect("path")]);
    session.wait_for("Agenda");
    (file, session)
}

/// A small pseudo-random sequence, so the kill points are the same on every run.
fn delays(count: usize) -> Vec<u64> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..count)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % 40
        })
        .collect()
}

#[test]
fn sigkill_at_fifty_points_of_a_recording_never_loses_a_saved_change() {
    let desk = Desk::new();
    let (file, mut session) = open_agenda(&desk);
    // The attendance list; each `p` records someone present and saves at once.
    session.send("a").wait_for("(/ finds by name)");
    let mut kills = 0;
    let mut confirmed = 0usize;
    for (round, delay) in delays(50).into_iter().enumerate() {
        // Mark one person present (once everyone is, the last arriving late again, since a
        // second mark corrects the first), then kill after 0-39 ms: some kills land mid-save.
        session.send(if confirmed >= 13 { "l" } else { "p" });
        std::thread::sleep(Duration::from_millis(delay));
        // What the screen showed was drawn after its save completed.
        let shown = session
            .contents()
            .lines()
            .filter(|l| {
                l.contains("Councillor") && l.trim_end_matches([' ', '│']).ends_with("present")
            })
            .count();
        session.signal("KILL");
        session.wait_exit();
        kills += 1;
        let meeting = store::load(&file)
            .unwrap_or_else(|e| panic!("round {round}: the file must always load: {e}"));
        let present = meeting
            .records
            .iter()
            .filter(|r| matches!(r.event, Event::Present { .. } | Event::ArrivedLate { .. }))
            .count();
        // Every change shown as recorded before the kill is on disk; at most the change in
        // flight may be missing.
        assert!(
            present >= confirmed,
            "round {round}: {present} on disk, {confirmed} confirmed before"
        );
        assert!(
            present <= round + 1,
            "round {round}: more on disk than was typed"
        );
        assert!(
            present >= shown,
            "round {round}: the screen showed {shown} present, the file has {present}"
        );
        // The backup is the version before the last save. A kill between keeping the backup
        // and renaming the new file in leaves both as that same version: nothing lost.
        if let Ok(backup) = store::load(&store::backup_path(&file)) {
            assert!(
                meeting.records.starts_with(&backup.records),
                "round {round}"
            );
            let behind = meeting.records.len() - backup.records.len();
            assert!(
                behind <= 1,
                "round {round}: the backup is {behind} versions behind"
            );
        }
        confirmed = present;
        if round + 1 < 50 {
            // Reopen where we left off, with the attendance list on the next person.
            session = desk.open(&[file.to_str().expect("path")]);
            session.wait_for("Agenda");
            session.send("a").wait_for("(/ finds by name)");
            for _ in 0..present.min(12) {
                session.send("j");
            }
            if present >= 13 {
                // Everyone is present; keep recording on the last member.
                session.send("k");
            }
        }
    }
    assert_eq!(kills, 50);
    assert!(
        confirmed >= 20,
        "only {confirmed} changes survived fifty kills"
    );
}

#[test]
fn a_full_disk_keeps_the_work_in_memory_overwrites_nothing_and_saves_elsewhere() {
    let desk = Desk::new();
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let before = std::fs::read(&file).expect("readable");
    let folder = file
        .parent()
        .expect("folder")
        .to_str()
        .expect("path")
        .to_string();
    let fault = format!("disk-full:{folder}");
    let mut session = desk.open_with(
        &[file.to_str().expect("path")],
        &[("MINUTEBOOK_TEST_SAVE_FAULT", &fault)],
    );
    session.wait_for("Agenda");
    session.send("s").send(ENTER).wait_for("NOT SAVED");
    session.wait_for("No space left on device");
    assert_eq!(
        std::fs::read(&file).expect("readable"),
        before,
        "nothing overwritten"
    );
    let leftovers: Vec<_> = std::fs::read_dir(file.parent().expect("folder"))
        .expect("folder")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".saving"))
        .collect();
    assert!(leftovers.is_empty(), "no half-written file left behind");
    // Save elsewhere: another folder, where the disk has room.
    let elsewhere = desk.data().join("rescued.ron");
    std::fs::create_dir_all(desk.data()).expect("folder");
    session
        .send("W")
        .wait_for("Save the meeting to another file");
    session.send(elsewhere.to_str().expect("path")).send(ENTER);
    session.wait_for("the meeting carries on in that file");
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    let rescued = store::load(&elsewhere).expect("saved elsewhere");
    assert_eq!(rescued.records[0].event, Event::Commenced);
}

#[test]
fn a_read_only_folder_is_reported_and_nothing_is_lost() {
    let desk = Desk::new();
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let folder = file
        .parent()
        .expect("folder")
        .to_str()
        .expect("path")
        .to_string();
    let fault = format!("read-only:{folder}");
    let mut session = desk.open_with(
        &[file.to_str().expect("path")],
        &[("MINUTEBOOK_TEST_SAVE_FAULT", &fault)],
    );
    session.wait_for("Agenda");
    session.send("s").send(ENTER).wait_for("Permission denied");
    assert!(store::load(&file).expect("loads").records.is_empty());
    // The change is still on screen, in memory; quitting asks, and offers W first.
    session.send("q").wait_for("Quit anyway?");
    session.send("n").wait_gone("Quit anyway?");
    session.send("q").wait_for("Quit anyway?");
    session.send("y");
    assert_eq!(session.wait_exit(), 0);
    // What could not be saved is in the data folder, and the next start offers it back.
    let kept = minutebook::keeping::Places::new(&file, &desk.data()).recovery_in_data();
    let recovered = store::load(&kept).expect("a whole meeting");
    assert_eq!(recovered.records[0].event, Event::Commenced);
    let mut again = desk.open(&[file.to_str().expect("path")]);
    again.wait_for("Restore it?");
    again.send("y").wait_for("Restored the recovery copy");
    again.send("q");
    assert_eq!(again.wait_exit(), 0);
    assert_eq!(
        store::load(&file).expect("loads").records[0].event,
        Event::Commenced
    );
}

#[test]
fn a_file_made_read_only_or_replaced_while_open_is_not_overwritten() {
    use std::os::unix::fs::PermissionsExt;
    let desk = Desk::new();
    let (file, mut session) = open_agenda(&desk);
    session
        .send("s")
        .send(ENTER)
        .wait_for("Recorded: The meeting commenced");
    // Made read-only by someone else.
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let before = std::fs::read(&file).expect("readable");
    session
        .send("a")
        .send("p")
        .send(ESC)
        .wait_for("the meeting file has been made read-only; nothing was overwritten");
    assert_eq!(std::fs::read(&file).expect("readable"), before);
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    // Replaced by another program: its version stays.
    let theirs = store::to_text(&sample("adults-and-health-2022-03-28-agenda.ron")).expect("text");
    std::fs::write(&file, &theirs).expect("replaced");
    session
        .send("a")
        .send("j")
        .send("p")
        .send(ESC)
        .wait_for("changed by another program; nothing was overwritten");
    assert_eq!(std::fs::read_to_string(&file).expect("readable"), theirs);
    // Saved elsewhere, with every change made.
    let elsewhere = desk.folder.path().join("mine.ron");
    session
        .send("W")
        .send(elsewhere.to_str().expect("path"))
        .send(ENTER)
        .wait_for("the meeting carries on in that file");
    session.send("q");
    session.wait_exit();
    let mine = store::load(&elsewhere).expect("loads");
    assert_eq!(mine.records.len(), 3, "commenced and two present");
}

#[test]
fn a_file_deleted_while_open_is_saved_again() {
    let desk = Desk::new();
    let (file, mut session) = open_agenda(&desk);
    std::fs::remove_file(&file).expect("deleted");
    session
        .send("s")
        .send(ENTER)
        .wait_for("had been deleted; it has been saved again");
    session.send("q");
    session.wait_exit();
    assert_eq!(store::load(&file).expect("saved again").records.len(), 1);
}

#[test]
fn after_a_failure_reopening_offers_the_recovery_copy() {
    use std::os::unix::fs::PermissionsExt;
    let desk = Desk::new();
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let mut session = desk.open_with(
        &[file.to_str().expect("path")],
        &[("MINUTEBOOK_TEST_PANIC_ON_KEY", "~")],
    );
    session.wait_for("Agenda");
    // The file cannot be written, so the change lives only in memory when the failure comes.
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    session.send("s").send(ENTER).wait_for("NOT SAVED");
    session.send("~");
    assert_eq!(session.wait_exit(), 1);
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    assert!(store::load(&file).expect("loads").records.is_empty());
    let mut again = desk.open(&[file.to_str().expect("path")]);
    again.wait_for("recovery copy");
    again.send("y").wait_for("Restored the recovery copy");
    again.send("q");
    again.wait_exit();
    assert_eq!(
        store::load(&file).expect("loads").records[0].event,
        Event::Commenced
    );
    assert!(!file.with_file_name("meeting.ron.recovered").exists());
    assert!(
        file.with_file_name("meeting.ron.recovered-used").exists(),
        "kept, not thrown away"
    );
}

#[test]
fn drafts_and_recovery_copies_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
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
        .send("Confidential")
        .wait_for("Confidential");
    session.send("~");
    session.wait_exit();
    for made in [
        file.clone(),
        store::backup_path(&file),
        file.with_file_name(".meeting.ron.draft"),
        file.with_file_name("meeting.ron.recovered"),
    ] {
        let mode = std::fs::metadata(&made)
            .unwrap_or_else(|e| panic!("{}: {e}", made.display()))
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{}", made.display());
    }
}

#[test]
fn bad_settings_are_named_and_minutebook_starts_on_its_defaults() {
    let desk = Desk::new();
    let config = desk.folder.path().join("config");
    std::fs::create_dir_all(config.join("themes")).expect("folder");
    std::fs::write(
        config.join("config.ron"),
        "(theme: \"sepia\", keys: { \"live\": { \"ctrl-q\": \"Quitt\" } })",
    )
    .expect("written");
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let mut session = desk.open(&[file.to_str().expect("path")]);
    session.wait_for("Agenda");
    session.wait_for("Settings:");
    session.send("q");
    session.wait_exit();
    session.wait_for("there is no action called \"Quitt\"; the actions are Help, Quit");
    session.wait_for("there is no theme called \"sepia\"; the themes are default, light, high-contrast, monochrome");
}

#[test]
fn the_clock_jumping_backwards_or_forwards_does_not_reorder_the_record() {
    let mut clerk = Clerk::new(sample("children-and-families-2022-03-24-agenda.ron"));
    clerk.at("14:00").keys("s enter a p p esc");
    clerk
        .at("13:05")
        .keys("j n")
        .text("Recorded after the clock went back an hour.")
        .keys("ctrl-s");
    clerk
        .at("23:59")
        .keys("n")
        .text("Recorded after it jumped ahead.")
        .keys("ctrl-s");
    clerk.at("14:20").keys("c ctrl-s");
    let meeting = clerk.app.meeting();
    let events: Vec<&Event> = meeting.records.iter().map(|r| &r.event).collect();
    assert_eq!(events[0], &Event::Commenced);
    assert!(
        matches!(events[3], Event::Note { text, .. } if text.starts_with("Recorded after the clock went back"))
    );
    assert!(
        matches!(events[4], Event::Note { text, .. } if text.starts_with("Recorded after it jumped"))
    );
    assert_eq!(events[5], &Event::Concluded);
    // The times are kept as the clock gave them, and `check` points out the one out of order.
    let times: Vec<String> = meeting
        .records
        .iter()
        .filter_map(|r| r.at)
        .map(|t| t.format("%H:%M").to_string())
        .collect();
    assert_eq!(
        times,
        vec!["14:00", "14:00", "14:00", "13:05", "23:59", "14:20"]
    );
    let warnings = minutebook::check::warnings(meeting);
    assert!(
        warnings
            .iter()
            .any(|w| w.message.contains("time 13:05 is earlier than 14:00"))
    );
    // Who is in the room follows the order of the log, not the clock.
    assert_eq!(meeting.room_now().voters_in_room().count(), 2);
}

#[test]
fn the_terminal_shrunk_to_ten_by_three_and_back_draws_the_same_screen() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let clerk = Clerk::new(sample("children-and-families-2022-02-14.ron"));
    let theme = minutebook::tui::theme::Theme::built_in("default").expect("theme");
    let draw = |terminal: &mut Terminal<TestBackend>| {
        terminal
            .draw(|frame| minutebook::tui::live::view::draw(frame, &clerk.app, &theme, None))
            .expect("draws");
        terminal.backend().to_string()
    };
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let first = draw(&mut terminal);
    for (width, height) in [(10, 3), (1, 1), (61, 14), (120, 40)] {
        terminal.backend_mut().resize(width, height);
        terminal
            .resize(ratatui::layout::Rect::new(0, 0, width, height))
            .expect("resizes");
        let _ = draw(&mut terminal);
    }
    assert_eq!(draw(&mut terminal), first);
}

#[test]
fn accents_cjk_and_right_to_left_names_keep_the_layout() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let mut meeting = sample("children-and-families-2022-03-24-agenda.ron");
    let names = [
        "Zoë Ó Briain-Łukasiewicz",
        "王伟",
        "محمد الأحمد",
        "Søren Ærø",
    ];
    for (person, name) in meeting.people.iter_mut().zip(names) {
        person.name = name.to_string();
    }
    meeting.agenda[5].title = "Стратегія 戦略 استراتيجية Carers Strategy".into();
    let mut clerk = Clerk::new(meeting);
    clerk
        .at("14:00")
        .keys("s enter a p p p p esc g")
        .text("6")
        .keys("enter n")
        .text("Note: 会議 — réunion — اجتماع")
        .keys("ctrl-s");
    let theme = minutebook::tui::theme::Theme::built_in("default").expect("theme");
    for (width, height) in [(120, 40), (80, 24)] {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        terminal
            .draw(|frame| minutebook::tui::live::view::draw(frame, &clerk.app, &theme, None))
            .expect("draws");
        let buffer = terminal.backend().buffer();
        // Every row is exactly as wide as the screen, and the panes' borders stay in their
        // columns on every row of the body.
        let columns: Vec<u16> = (0..width)
            .filter(|&x| buffer[(x, 1)].symbol() == "┌")
            .collect();
        assert_eq!(columns.len(), 3, "{width}x{height}");
        for y in 2..height - 3 {
            for &x in &columns {
                assert_eq!(
                    buffer[(x, y)].symbol(),
                    "│",
                    "{width}x{height}: row {y}, column {x}"
                );
            }
        }
        let text = terminal.backend().to_string();
        assert!(text.contains("王伟"), "{text}");
    }
}

#[test]
fn the_terminal_window_closing_saves_and_exits() {
    let desk = Desk::new();
    let (file, mut session) = open_agenda(&desk);
    session
        .send("s")
        .send(ENTER)
        .wait_for("Recorded: The meeting commenced");
    session
        .send("n")
        .send("Typed as the window closed")
        .wait_for("window closed");
    session.close_terminal();
    session.wait_exit();
    assert_eq!(store::load(&file).expect("loads").records.len(), 1);
    let draft =
        std::fs::read_to_string(file.with_file_name(".meeting.ron.draft")).expect("draft kept");
    assert!(draft.contains("Typed as the window closed"), "{draft}");
}

#[test]
fn a_signal_while_nothing_can_be_saved_keeps_the_work_and_the_form_in_the_data_folder() {
    let desk = Desk::new();
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let folder = file
        .parent()
        .expect("folder")
        .to_str()
        .expect("path")
        .to_string();
    let fault = format!("read-only:{folder}");
    let mut session = desk.open_with(
        &[file.to_str().expect("path")],
        &[("MINUTEBOOK_TEST_SAVE_FAULT", &fault)],
    );
    session.wait_for("Agenda");
    session.send("s").send(ENTER).wait_for("Permission denied");
    session.send("j").send("n").wait_for("▸ Text");
    session
        .send("Half typed when the laptop shut down")
        .wait_for("laptop shut down");
    session.signal("TERM");
    session.wait_exit();
    // Neither could go beside the meeting, so both are in the data folder.
    let places = minutebook::keeping::Places::new(&file, &desk.data());
    assert!(places.draft_in_data().exists() && places.recovery_in_data().exists());
    assert!(!places.draft_beside().exists() && !places.recovery_beside().exists());
    assert!(
        store::load(&file).expect("loads").records.is_empty(),
        "the file is as it was"
    );
    // The next start, where the folder can be written again, offers the meeting back...
    let mut again = desk.open(&[file.to_str().expect("path")]);
    again.wait_for("kept a recovery copy");
    again.send("y").wait_for("Restored the recovery copy");
    // ...and then, at once, the unfinished form.
    again.wait_for("Text typed into an unfinished form");
    again.send("y").wait_for("Restored the unfinished form");
    assert!(
        again
            .contents()
            .contains("Half typed when the laptop shut down")
    );
    again.send(ESC).wait_for("Cancelled");
    again.send("q");
    assert_eq!(again.wait_exit(), 0);
    assert_eq!(
        store::load(&file).expect("loads").records[0].event,
        Event::Commenced
    );
}

#[test]
fn a_declined_draft_is_removed_and_not_offered_again() {
    let desk = Desk::new();
    let (file, mut session) = open_agenda(&desk);
    session.send("j").send("n").wait_for("▸ Text");
    session.send("Not wanted").wait_for("Not wanted");
    session.signal("KILL");
    session.wait_exit();
    let draft = minutebook::keeping::Places::new(&file, &desk.data()).draft_beside();
    assert!(draft.exists());
    let mut again = desk.open(&[file.to_str().expect("path")]);
    again.wait_for("Restore it?");
    again.send("n").wait_for("Discarded the unfinished form");
    assert!(!draft.exists(), "the declined draft is gone");
    again.send("q");
    assert_eq!(again.wait_exit(), 0);
    // The first frame would carry the question; it has none.
    let mut third = desk.open(&[file.to_str().expect("path")]);
    third.wait_for("Agenda");
    assert!(
        !third.contents().contains("Restore it?"),
        "{}",
        third.contents()
    );
}

#[test]
fn a_paste_whose_end_never_comes_ends_after_a_pause_and_keys_work_again() {
    let desk = Desk::new();
    let (file, mut session) = open_agenda(&desk);
    session.send("n").wait_for("▸ Text");
    // The connection drops mid-paste: the start marker comes, the end never does.
    session.send("\x1b[200~half a paste");
    session.wait_for("half a paste");
    session.send(ESC).wait_for("Cancelled");
    session.send("a").wait_for("(/ finds by name)");
    session
        .send("p")
        .wait_for("Recorded: Present: Councillor M Addison");
    session.send(ESC).send("q");
    assert_eq!(session.wait_exit(), 0);
    let meeting = store::load(&file).expect("loads");
    assert_eq!(meeting.records.len(), 1, "the keys after the paste worked");
}
