//! The real binary in a real pseudo-terminal: open a meeting, record, quit and reopen; kill it
//! at awkward moments and find the work on disk; a second copy is kept read-only.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use minutebook::model::Event;
use minutebook::store;
use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// Minutebook running in a pseudo-terminal, with its screen read back through a terminal
/// emulator.
struct Session {
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

/// A folder for one test: its own config, data and meeting file.
struct Desk {
    folder: tempfile::TempDir,
}

impl Desk {
    fn new() -> Desk {
        Desk {
            folder: tempfile::tempdir().expect("temporary folder"),
        }
    }

    /// A copy of a sample meeting to work on.
    fn meeting(&self, sample: &str) -> PathBuf {
        let source = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sample-meetings")
            .join(sample);
        let copy = self.folder.path().join("meeting.ron");
        std::fs::copy(source, &copy).expect("copied");
        copy
    }

    fn data(&self) -> PathBuf {
        self.folder.path().join("data")
    }

    fn open(&self, args: &[&str]) -> Session {
        self.open_with(args, &[])
    }

    fn open_with(&self, args: &[&str], env: &[(&str, &str)]) -> Session {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: 30,
                cols: 110,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_minutebook"));
        command.args(args);
        command.cwd(self.folder.path());
        command.env("TERM", "xterm-256color");
        command.env("MINUTEBOOK_DATA_DIR", self.data());
        command.env("MINUTEBOOK_CONFIG_DIR", self.folder.path().join("config"));
        command.env_remove("NO_COLOR");
        for (name, value) in env {
            command.env(name, value);
        }
        let child = pair
            .slave
            .spawn_command(command)
            .expect("minutebook starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(30, 110, 0)));
        let feed = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while let Ok(read) = reader.read(&mut buffer) {
                if read == 0 {
                    break;
                }
                if let Ok(mut parser) = feed.lock() {
                    parser.process(&buffer[..read]);
                }
            }
        });
        Session {
            child,
            writer,
            screen,
            _master: pair.master,
        }
    }
}

impl Session {
    fn in_alternate_screen(&self) -> bool {
        self.screen
            .lock()
            .map(|p| p.screen().alternate_screen())
            .unwrap_or(true)
    }

    fn contents(&self) -> String {
        self.screen
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    /// Waits until the screen shows the text; fails with the screen if it never does.
    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("never saw {text:?}; the screen:\n{}", self.contents());
    }

    fn send(&mut self, bytes: &str) -> &mut Self {
        self.writer.write_all(bytes.as_bytes()).expect("typed");
        self.writer.flush().expect("flushed");
        // Let each key arrive on its own, as a clerk types.
        std::thread::sleep(Duration::from_millis(30));
        self
    }

    fn keys(&mut self, keys: &[&str]) -> &mut Self {
        for key in keys {
            self.send(key);
        }
        self
    }

    fn pid(&self) -> i32 {
        self.child
            .process_id()
            .and_then(|p| i32::try_from(p).ok())
            .expect("a process id")
    }

    fn signal(&self, signal: &str) {
        let status = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &self.pid().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// Waits for the program to end by itself, and returns its exit code.
    fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("minutebook did not exit; the screen:\n{}", self.contents());
    }
}

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
        .wait_for("Recorded: The meeting commenced");
    session.send("a").wait_for("Attendance");
    session
        .keys(&["p", "p", "a"])
        .wait_for("Recorded: Apologies: Councillor M Beanland");
    session
        .send(ESC)
        .keys(&["j", "j", "j"])
        .wait_for("Minute 68");
    session.send("R").wait_for("RESOLVED");
    session.send(
        "That the minutes of the meeting held on 14 February 2022 be approved as a correct record.",
    );
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
            person: "beanland".into()
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
    first.send("s").wait_for("Recorded: The meeting commenced");
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

#[test]
fn the_start_screen_imports_an_agenda_pack() {
    let desk = Desk::new();
    let pack = desk.folder.path().join("scrutiny.txt");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/agendas/children-and-families-scrutiny-2020-01-27.txt"),
        &pack,
    )
    .expect("copied");
    let mut session = desk.open(&[]);
    session.wait_for("From an agenda pack");
    session
        .send("k")
        .send(ENTER)
        .wait_for("Agenda pack (.txt or .pdf)");
    session.send(pack.to_str().expect("path")).send(ENTER);
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
