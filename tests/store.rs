//! Saving and locking: atomic replacement with a backup, owner-only files, one editor at a time.

use std::path::{Path, PathBuf};

use minutebook::model::{Event, Meeting, Record};
use minutebook::store::{self, LoadError, LockError, MeetingLock};

fn small() -> Meeting {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.ron");
    store::load(&path).expect("small fixture loads")
}

fn files_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn note(text: &str) -> Record {
    Record::new(
        None,
        Some("2".into()),
        Event::Note {
            kind: Default::default(),
            text: text.into(),
            by: None,
        },
    )
}

#[test]
fn saving_keeps_the_previous_version_as_the_backup_and_leaves_no_temporaries() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("meeting.ron");
    let mut meeting = small();
    store::save(&meeting, &path).expect("first save");
    assert_eq!(files_in(folder.path()), vec!["meeting.ron"]);

    let first = std::fs::read(&path).expect("saved");
    meeting.records.push(note("The applicant spoke."));
    meeting.give_records_ids();
    store::save(&meeting, &path).expect("second save");
    assert_eq!(
        files_in(folder.path()),
        vec!["meeting.ron", "meeting.ron.bak"]
    );
    assert_eq!(
        std::fs::read(store::backup_path(&path)).expect("backup"),
        first
    );
    assert_eq!(store::load(&path).expect("loads"), meeting);

    let second = std::fs::read(&path).expect("saved");
    meeting.records.push(note("The police objected."));
    store::save(&meeting, &path).expect("third save");
    assert_eq!(
        std::fs::read(store::backup_path(&path)).expect("backup"),
        second
    );
}

#[cfg(unix)]
#[test]
fn meeting_files_and_backups_are_readable_by_their_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("meeting.ron");
    store::save(&small(), &path).expect("saves");
    store::save(&small(), &path).expect("saves again");
    for file in [path.clone(), store::backup_path(&path)] {
        let mode = std::fs::metadata(&file)
            .expect("exists")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{}", file.display());
    }
}

#[test]
fn a_save_that_cannot_finish_leaves_the_old_file_whole() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("meeting.ron");
    store::save(&small(), &path).expect("saves");
    let before = std::fs::read(&path).expect("saved");
    // A folder where the backup should go makes the save fail after the new text is
    // written but before it takes the meeting's place.
    let blocker: PathBuf = store::backup_path(&path);
    std::fs::create_dir(&blocker).expect("blocker");
    std::fs::write(blocker.join("in the way"), "x").expect("blocker holds a file");
    let mut changed = small();
    changed.records.clear();
    assert!(store::save(&changed, &path).is_err());
    assert_eq!(std::fs::read(&path).expect("still there"), before);
    assert_eq!(
        files_in(folder.path()),
        vec!["meeting.ron", "meeting.ron.bak"],
        "no temporary file is left behind"
    );
}

#[test]
fn a_second_editor_is_refused_and_told_who_holds_the_meeting() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("meeting.ron");
    store::save(&small(), &path).expect("saves");
    let held = MeetingLock::acquire(&path).expect("first editor locks");
    match MeetingLock::acquire(&path) {
        Err(LockError::Held { holder, meeting }) => {
            assert_eq!(meeting, path);
            assert!(
                holder.contains(&format!("process {}", std::process::id())),
                "{holder}"
            );
            let message = LockError::Held { holder, meeting }.to_string();
            assert!(message.contains("open it read-only"), "{message}");
        }
        other => panic!("expected Held, got {other:?}"),
    }
    drop(held);
    assert!(
        !store::lock_path(&path).exists(),
        "the lock file is cleared"
    );
    MeetingLock::acquire(&path).expect("free again once released");
}

#[test]
fn a_lock_file_left_by_a_crashed_copy_is_taken_over() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("meeting.ron");
    store::save(&small(), &path).expect("saves");
    // What a crashed copy leaves: the file with its holder's words, but no lock held on it.
    std::fs::write(
        store::lock_path(&path),
        "clerk on laptop, process 999999, since 2026-01-01 10:00\n",
    )
    .expect("stale lock");
    let lock = MeetingLock::acquire(&path).expect("stale lock is taken over");
    let holder = std::fs::read_to_string(store::lock_path(&path)).expect("lock file");
    assert!(holder.contains(&format!("process {}", std::process::id())));
    drop(lock);
}

#[test]
fn a_locked_meeting_can_still_be_read() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("meeting.ron");
    store::save(&small(), &path).expect("saves");
    let _held = MeetingLock::acquire(&path).expect("locks");
    assert_eq!(store::load(&path).expect("reads while locked"), small());
}

#[test]
fn a_meeting_that_will_not_load_is_refused_by_the_live_screen_with_its_place_kept() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("meeting.ron");
    std::fs::write(&path, "(version: 2, nmae: \"x\")").expect("written");
    let folders = minutebook::tui::config::Folders {
        config: folder.path().join("config"),
        data: folder.path().join("data"),
    };
    let settings = minutebook::tui::config::load_settings(&folders, None, true);
    let Err(error) = minutebook::tui::run::open_meeting(&path, &settings, &folders.data) else {
        panic!("a broken file must not open");
    };
    // The cause is kept whole, not flattened into words: the file, line and column.
    match error.downcast_ref::<LoadError>() {
        Some(LoadError::Invalid(diagnostics)) => {
            assert_eq!(diagnostics[0].path, path);
            assert_eq!(diagnostics[0].position.line, 1);
        }
        other => panic!("expected the load error itself, got {other:?}"),
    }
}

#[test]
fn each_save_after_a_change_writes_exactly_the_whole_meetings_text() {
    // The live screen's keeper encodes again only what changed: whatever the change, the
    // file must read exactly as the whole meeting written afresh.
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("m.ron");
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-meetings/children-and-families-2022-02-14.ron");
    std::fs::copy(&source, &path).expect("copied");
    let meeting = store::load(&path).expect("loads");
    let mut clerk = minutebook::tui::live::app::App::new(
        meeting,
        minutebook::tui::keymap::Keymap::default(),
        None,
    );
    let mut keeper = minutebook::keeping::Keeper::new(&path, None);
    let key = |name: &str| {
        let key = minutebook::tui::keymap::Key::parse(name).expect("a key");
        ratatui::crossterm::event::KeyEvent::new(key.code, key.modifiers)
    };
    let ten = chrono::NaiveTime::from_hms_opt(10, 0, 0);
    let steps: &[&[&str]] = &[
        &["g", "6", "enter", "n", "N", "e", "w", "ctrl-s"],
        &["tab", "k", "enter", "ctrl-u", "C", "o", "r", "r", "ctrl-s"],
        &["K"],
        &["J"],
        &["delete"],
        &["esc", "u"],
        &["u"],
        &["ctrl-r"],
        &["esc", "S", "ctrl-s"],
        &[
            "e", "ctrl-u", "R", "e", "t", "i", "t", "l", "e", "d", "ctrl-s",
        ],
    ];
    for (n, step) in steps.iter().enumerate() {
        let before = clerk.session.version();
        for name in *step {
            clerk.handle_key(key(name), ten);
        }
        assert!(clerk.session.version() > before, "step {n} changed nothing");
        keeper.save(&mut clerk.session);
        let on_disk = std::fs::read_to_string(&path).expect("saved");
        assert_eq!(
            on_disk,
            store::to_text(clerk.meeting()).expect("text"),
            "step {n}"
        );
    }
}
