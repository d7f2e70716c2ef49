//! The holes an attacker or bad luck could use, each closed: links planted beside a meeting are
//! never written through, a meeting behind a link is saved through to its file, one writer per
//! file whatever its name, a change behind our back is noticed however it is disguised, Part 2
//! business stays out of everything public, and hostile agenda PDFs are refused.

#![cfg(unix)]

mod common;

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};

use common::{Clerk, sample};
use minutebook::keeping::{Keeper, Places, Saved};
use minutebook::minutes::{self, Options};
use minutebook::model::{Edit, Event, Meeting, Record};
use minutebook::store::{self, LockError, MeetingLock};
use minutebook::tui::live::app::SaveState;

fn small() -> Meeting {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.ron");
    store::load(&path).expect("the small fixture loads")
}

/// A file someone wants Minutebook to overwrite or expose, readable by all.
fn victim(folder: &Path) -> PathBuf {
    let victim = folder.join("victim.txt");
    std::fs::write(&victim, "precious").expect("written");
    std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    victim
}

fn untouched(victim: &Path) {
    assert_eq!(
        std::fs::read_to_string(victim).expect("still there"),
        "precious"
    );
    let mode = std::fs::metadata(victim)
        .expect("there")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o644, "its permissions were changed");
}

fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

#[test]
fn a_link_planted_as_the_lock_note_is_replaced_not_written_through() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("m.ron");
    store::save(&small(), &path).expect("saves");
    let victim = victim(folder.path());
    symlink(&victim, store::lock_path(&path)).expect("planted");
    let lock = MeetingLock::acquire(&path).expect("locks");
    untouched(&victim);
    assert!(!is_link(&store::lock_path(&path)));
    drop(lock);
    untouched(&victim);
}

#[test]
fn links_planted_as_temporary_or_backup_files_receive_nothing() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("m.ron");
    store::save(&small(), &path).expect("saves");
    let victim = victim(folder.path());
    let pid = std::process::id();
    for planted in [
        format!(".m.ron.{pid}.saving"),
        format!(".m.ron.{pid}.backup"),
        "m.ron.bak".to_string(),
    ] {
        symlink(&victim, folder.path().join(planted)).expect("planted");
    }
    let mut meeting = small();
    meeting.venue = "Room 3, Town Hall".into();
    store::save(&meeting, &path).expect("saves past the links");
    store::save(&meeting, &path).expect("and again");
    untouched(&victim);
    for file in [path.clone(), store::backup_path(&path)] {
        assert!(!is_link(&file), "{} is a link", file.display());
        let mode = std::fs::metadata(&file)
            .expect("there")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{}", file.display());
    }
    assert_eq!(
        store::load(&path).expect("loads").venue,
        "Room 3, Town Hall"
    );
}

#[test]
fn a_link_planted_as_the_draft_is_replaced_not_followed() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("m.ron");
    store::save(&small(), &path).expect("saves");
    let victim = victim(folder.path());
    let places = Places::new(&path, &folder.path().join("data"));
    symlink(&victim, places.draft_beside()).expect("planted");
    let kept = minutebook::keeping::keep_draft(&places, "(kind: Sign)").expect("kept");
    assert_eq!(kept, places.draft_beside());
    untouched(&victim);
    assert!(!is_link(&kept));
    let mode = std::fs::metadata(&kept)
        .expect("there")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

const SAVED: Saved = Saved::Saved { recreated: false };

/// A clerk's screen on a meeting file, saving to it.
fn clerk_on(path: &Path) -> (Clerk, Keeper) {
    let lock = MeetingLock::acquire(path).expect("locks");
    let clerk = Clerk::new(store::load(path).expect("loads"));
    (clerk, Keeper::new(path, Some(lock)))
}

fn note(clerk: &mut Clerk, text: &str) {
    clerk.keys("n").text(text).keys("ctrl-s").closed();
}

#[test]
fn a_meeting_kept_behind_a_link_is_saved_through_to_the_real_file() {
    let folder = tempfile::tempdir().expect("folder");
    let synced = folder.path().join("synced");
    std::fs::create_dir(&synced).expect("folder");
    let real = synced.join("real.ron");
    store::save(&small(), &real).expect("saves");
    let link = folder.path().join("m.ron");
    symlink(&real, &link).expect("linked");
    let (mut clerk, mut keeper) = clerk_on(&link);
    note(&mut clerk, "Saved through the link.");
    assert_eq!(keeper.save(&mut clerk.app.session), SAVED);
    assert!(is_link(&link), "the link is still a link");
    let saved = store::load(&real).expect("the real file loads");
    assert!(saved.records.iter().any(
        |r| matches!(&r.event, Event::Note { text, .. } if text == "Saved through the link.")
    ));
    assert!(
        store::backup_path(&real).exists(),
        "the backup is beside the real file"
    );
}

#[test]
fn the_same_file_by_another_name_is_locked_before_and_after_saves() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("m.ron");
    store::save(&small(), &path).expect("saves");
    let soft = folder.path().join("alias.ron");
    symlink(&path, &soft).expect("linked");
    let hard = folder.path().join("hard.ron");
    std::fs::hard_link(&path, &hard).expect("hard linked");
    let held = |name: &Path| matches!(MeetingLock::acquire(name), Err(LockError::Held { .. }));
    let (mut clerk, mut keeper) = clerk_on(&path);
    assert!(held(&soft), "by a symbolic link");
    assert!(held(&hard), "by a hard link");
    // A save puts a new file in place; it is locked before it takes the name.
    note(&mut clerk, "A change.");
    assert_eq!(keeper.save(&mut clerk.app.session), SAVED);
    assert!(held(&path));
    assert!(held(&soft));
    assert!(
        held(&hard),
        "the file the hard link still names stays locked"
    );
    drop(keeper);
    MeetingLock::acquire(&soft).expect("free once the clerk has gone");
}

#[test]
fn a_change_that_keeps_the_size_and_the_time_is_noticed() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("m.ron");
    store::save(&small(), &path).expect("saves");
    let (mut clerk, mut keeper) = clerk_on(&path);
    note(&mut clerk, "Ours.");
    assert_eq!(keeper.save(&mut clerk.app.session), SAVED);
    // Another program changes one letter and puts the time back.
    let text = std::fs::read_to_string(&path).expect("reads");
    let theirs = text.replacen("Ours.", "Ohrs.", 1);
    assert_eq!(theirs.len(), text.len());
    let modified = std::fs::metadata(&path)
        .expect("there")
        .modified()
        .expect("time");
    std::fs::write(&path, &theirs).expect("changed");
    std::fs::File::options()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_modified(modified))
        .expect("time put back");
    note(&mut clerk, "Ours again.");
    let saved = keeper.save(&mut clerk.app.session);
    assert!(
        matches!(&saved, Saved::Refused(why) if why.contains("changed by another program")),
        "{saved:?}"
    );
    assert_eq!(std::fs::read_to_string(&path).expect("reads"), theirs);
    drop(keeper);
    // A file only touched, its contents the same, is not mistaken for a change.
    let (mut clerk, mut keeper) = clerk_on(&path);
    let same = std::fs::read(&path).expect("reads");
    std::fs::write(&path, same).expect("rewritten unchanged");
    note(&mut clerk, "Fine.");
    assert_eq!(keeper.save(&mut clerk.app.session), SAVED);
}

#[test]
fn a_failed_save_is_tried_again_on_the_next_change_or_after_a_pause_not_on_every_key() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("m.ron");
    store::save(&small(), &path).expect("saves");
    // Something in the backup's place makes every save fail, as a full disk would.
    let blocker = store::backup_path(&path);
    std::fs::create_dir(&blocker).expect("blocker");
    std::fs::write(blocker.join("x"), "x").expect("blocker holds a file");
    let (mut clerk, mut keeper) = clerk_on(&path);
    note(&mut clerk, "Unsaved.");
    assert!(matches!(
        keeper.save(&mut clerk.app.session),
        Saved::Failed(_)
    ));
    assert_eq!(keeper.attempts, 1);
    for _ in 0..20 {
        clerk.keys("j");
        assert_eq!(keeper.save(&mut clerk.app.session), Saved::Waiting);
    }
    assert_eq!(keeper.attempts, 1, "moving about does not retry the save");
    assert!(
        keeper.unsaved(&clerk.app.session),
        "and the work is still unsaved"
    );
    note(&mut clerk, "Another.");
    assert!(matches!(
        keeper.save(&mut clerk.app.session),
        Saved::Failed(_)
    ));
    assert_eq!(keeper.attempts, 2, "a new change is tried at once");
    keeper.retry_after = std::time::Duration::ZERO;
    std::fs::remove_dir_all(&blocker).expect("room again");
    assert_eq!(keeper.save(&mut clerk.app.session), SAVED);
    assert_eq!(keeper.attempts, 3, "after the pause it is tried again");
}

#[test]
fn what_a_crash_left_beside_the_meeting_is_removed_on_opening() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("m.ron");
    store::save(&small(), &path).expect("saves");
    let leftovers = [
        folder.path().join(".m.ron.aB3xQz.saving"),
        folder.path().join(".m.ron.77.backup"),
        // A draft's half-written file, and the backup older versions kept of a draft.
        folder.path().join("..m.ron.draft.Qw12Er.saving"),
        store::backup_path(&folder.path().join(".m.ron.draft")),
    ];
    for leftover in &leftovers {
        std::fs::write(leftover, "the whole meeting, Part 2 included").expect("left");
    }
    let other = folder.path().join(".other.ron.aB3xQz.saving");
    std::fs::write(&other, "another meeting's").expect("left");
    let folders = minutebook::tui::config::Folders {
        config: folder.path().join("config"),
        data: folder.path().join("data"),
    };
    let settings = minutebook::tui::config::load_settings(&folders, None, true);
    let opened =
        minutebook::tui::run::open_meeting(&path, &settings, &folders.data).expect("opens");
    for leftover in &leftovers {
        assert!(!leftover.exists(), "{} is still there", leftover.display());
    }
    assert!(
        other.exists(),
        "another meeting's files are not this one's to remove"
    );
    drop(opened);
}

#[test]
fn a_file_saved_with_a_byte_order_mark_loads() {
    let text = store::to_text(&small()).expect("text");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    let meeting = store::parse(Path::new("notepad.ron"), &bytes).expect("loads");
    assert_eq!(meeting, small());
}

/// The 14 February meeting with private business where the public minutes could leak it: an
/// officer who came only for the Part 2 item, with an action there; and, inside item 10, a
/// note taken after the press and public were sent out.
fn february_with_private_business() -> Meeting {
    let mut meeting = sample("children-and-families-2022-02-14.ron");
    let end = meeting.records.len();
    let edits = vec![
        Edit::InsertPerson {
            at: meeting.people.len(),
            person: minutebook::model::Person::new(
                "ross",
                "Jo Ross",
                minutebook::model::PersonKind::Officer,
            )
            .with_role("Head of Estates"),
        },
        Edit::InsertRecord {
            at: end,
            record: Record::new(
                None,
                Some("11".into()),
                Event::Present {
                    person: "ross".into(),
                },
            ),
        },
        Edit::InsertRecord {
            at: end + 1,
            record: Record::new(
                None,
                Some("11".into()),
                Event::Action {
                    text: "Tender figures to be circulated to members privately.".into(),
                    owner: Some("ross".into()),
                },
            ),
        },
    ];
    for edit in edits {
        edit.apply(&mut meeting).expect("fits");
    }
    let kingsley = meeting
        .records
        .iter()
        .rposition(|r| r.item.as_deref() == Some("10"))
        .expect("item 10")
        + 1;
    for (offset, event) in [
        Event::Excluded {
            paragraphs: vec![3],
            wording: None,
        },
        Event::Note {
            kind: Default::default(),
            text: "The contractor's bid was above the estimate.".into(),
            by: None,
        },
        Event::Readmitted,
    ]
    .into_iter()
    .enumerate()
    {
        meeting.records.insert(
            kingsley + offset,
            Record::new(None, Some("10".into()), event),
        );
    }
    meeting.give_records_ids();
    meeting
}

#[test]
fn part_two_business_stays_out_of_everything_public() {
    let meeting = february_with_private_business();
    let text = |options| minutes::text::write(&minutes::minutes(&meeting, options));
    let public = text(Options::default());
    let confidential = text(Options { confidential: true });
    for secret in [
        "The contractor's bid was above the estimate.",
        "Jo Ross",
        "Head of Estates",
    ] {
        assert!(!public.contains(secret), "public minutes show {secret:?}");
        assert!(
            confidential.contains(secret),
            "confidential minutes lack {secret:?}"
        );
    }
    let actions =
        |confidential| minutes::markdown::write(&minutes::actions(&meeting, confidential));
    assert!(!actions(false).contains("Tender figures"));
    assert!(actions(true).contains("Tender figures"));
    assert!(actions(true).contains("(Part 2, not for publication)"));
    // And check says where business was recorded in private under a public item.
    let warnings = minutebook::check::warnings(&meeting);
    assert!(
        warnings
            .iter()
            .any(|w| w.message.starts_with("item 10 (School Organisation")
                && w.message.contains(
                    "business was recorded under it after the press and public were excluded"
                )),
        "{warnings:?}"
    );
}

#[test]
fn the_actions_command_keeps_part_two_actions_private() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("m.ron");
    store::save(&february_with_private_business(), &path).expect("saves");
    let run = |extra: &[&str]| {
        let output = common::minutebook()
            .args(["minutes", path.to_str().expect("path"), "--actions"])
            .args(extra)
            .output()
            .expect("runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    assert!(!run(&[]).contains("Tender figures"));
    assert!(run(&["--confidential"]).contains("Tender figures"));
}

#[test]
fn a_pdf_built_to_inflate_or_to_run_forever_is_refused_with_the_reason() {
    let folder = tempfile::tempdir().expect("folder");
    for name in ["inflates-to-a-gigabyte.pdf", "millions-of-operators.pdf"] {
        let pdf = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/hostile")
            .join(name);
        let out = folder.path().join(format!("{name}.ron"));
        let output = common::minutebook()
            .args(["import", pdf.to_str().expect("path"), "-o"])
            .arg(&out)
            .env("MINUTEBOOK_TEST_PDF_SECONDS", "20")
            .output()
            .expect("runs");
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{name}");
        assert!(
            said.contains("it may be damaged or built to harm"),
            "{name}: {said}"
        );
        assert!(!out.exists(), "{name}: no meeting file is written");
    }
}

/// A meeting whose people and notes carry escape sequences: one to set the window's title, one
/// to clear the screen.
fn hostile() -> Meeting {
    let mut meeting = small();
    meeting.people[0].name = "Evil\u{1b}]0;PWNED\u{7} Name".into();
    meeting.venue = "Room\u{1b}[2J 2".into();
    meeting
}

#[test]
fn text_from_a_file_never_works_the_terminal_it_is_shown_on() {
    let desk = common::pty::Desk::new();
    let file = desk.folder.path().join("hostile.ron");
    store::save(&hostile(), &file).expect("saves");
    // A record naming someone by an id holding the sequences: check quotes the id.
    let unsound = desk.folder.path().join("unsound.ron");
    let text = store::to_text(&small()).expect("text").replacen(
        "person: \"lane\"",
        "person: \"\u{1b}]0;PWNED\u{7}\u{1b}[2J\"",
        1,
    );
    std::fs::write(&unsound, text).expect("written");
    for (args, exit) in [
        (vec!["check", unsound.to_str().expect("path")], 1),
        (
            vec!["minutes", file.to_str().expect("path"), "--format", "txt"],
            0,
        ),
    ] {
        let mut session = desk.open(&args);
        assert_eq!(session.wait_exit(), exit, "{args:?}");
        let raw = session.raw();
        let shown = String::from_utf8_lossy(&raw);
        assert!(
            !raw.windows(4).any(|w| w == b"\x1b]0;") && !raw.windows(4).any(|w| w == b"\x1b[2J"),
            "{args:?} sent an escape sequence from the file: {shown:?}"
        );
        assert!(shown.contains("\\x1b]0;PWNED\\x07"), "{args:?}: {shown:?}");
    }
}

#[test]
fn the_live_screen_never_draws_a_control_character() {
    let mut clerk = Clerk::new(hostile());
    clerk.keys("a");
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
    let theme = minutebook::tui::theme::Theme::built_in("default").expect("theme");
    terminal
        .draw(|frame| minutebook::tui::live::view::draw(frame, &clerk.app, &theme, None))
        .expect("draws");
    let screen = terminal.backend().to_string();
    assert!(
        screen.contains("PWNED"),
        "the name is still shown: {screen}"
    );
    assert!(
        !screen.chars().any(minutebook::printable::is_hazard),
        "{screen:?}"
    );
}

#[test]
fn a_window_too_small_tells_the_truth_about_saving() {
    let mut clerk = Clerk::new(small());
    let draw = |clerk: &Clerk| {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(40, 10)).expect("terminal");
        let theme = minutebook::tui::theme::Theme::built_in("default").expect("theme");
        terminal
            .draw(|frame| minutebook::tui::live::view::draw(frame, &clerk.app, &theme, None))
            .expect("draws");
        terminal
            .backend()
            .to_string()
            .replace(['"', '\n'], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert!(draw(&clerk).contains("Everything is saved."));
    clerk.app.save_state = SaveState::Failed("No space left on device".into());
    let screen = draw(&clerk);
    assert!(!screen.contains("Everything is saved"), "{screen}");
    assert!(screen.contains("NOT SAVED"), "{screen}");
}
