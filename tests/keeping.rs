//! Keeping the clerk's work, below the screen: what is kept of one meeting is never another's,
//! one writer whatever happens to the file behind the name, only regular files are read and
//! never more than a limit, and carrying a long list of actions costs what the list costs.

#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use minutebook::keeping::{self, Places};
use minutebook::model::{Event, Meeting, Record};
use minutebook::store::{self, LockError, MeetingLock};

fn small() -> Meeting {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.ron");
    store::load(&path).expect("the small fixture loads")
}

/// Two meetings called `m.ron`, of different bodies, in folders of their own.
fn namesakes(root: &Path) -> (PathBuf, PathBuf) {
    let mut paths = Vec::new();
    for (folder, body) in [
        ("x", "Licensing Sub-Committee"),
        ("y", "Planning Committee"),
    ] {
        std::fs::create_dir_all(root.join(folder)).expect("folder");
        let mut meeting = small();
        meeting.body.name = body.into();
        let path = root.join(folder).join("m.ron");
        store::save(&meeting, &path).expect("saved");
        paths.push(path);
    }
    (paths[0].clone(), paths[1].clone())
}

#[test]
fn meetings_of_the_same_name_never_share_or_see_each_others_kept_work() {
    let root = tempfile::tempdir().expect("folder");
    let data = root.path().join("data");
    let (x, y) = namesakes(root.path());
    let (x_places, y_places) = (Places::new(&x, &data), Places::new(&y, &data));
    let mut unsaved_x = store::load(&x).expect("loads");
    unsaved_x.records.push(Record::new(
        None,
        Some("2".into()),
        Event::Note {
            kind: Default::default(),
            text: "Only X heard this.".into(),
            by: None,
        },
    ));
    unsaved_x.give_records_ids();
    let text = store::to_text(&unsaved_x).expect("text");
    let kept = keeping::keep_recovery_in_data(&x_places, &text).expect("kept");
    assert!(kept.starts_with(data.join("kept")));
    // Y, a meeting of the same file name, is offered nothing.
    let y_file = store::load(&y).expect("loads");
    assert!(keeping::kept_recovery(&y_places, &y_file).is_none());
    // A second unsaved quit, of Y, keeps Y's work without touching X's.
    let mut unsaved_y = y_file.clone();
    unsaved_y.venue = "Council Chamber".into();
    keeping::keep_recovery_in_data(&y_places, &store::to_text(&unsaved_y).expect("text"))
        .expect("kept");
    let x_file = store::load(&x).expect("loads");
    let offered = keeping::kept_recovery(&x_places, &x_file).expect("X's work is offered to X");
    assert_eq!(offered.meeting, unsaved_x);
    let offered = keeping::kept_recovery(&y_places, &y_file).expect("Y's work to Y");
    assert_eq!(offered.meeting.venue, "Council Chamber");
    assert_eq!(offered.meeting.body.name, "Planning Committee");
    // Declining puts it aside under a name of its own, offered to nobody again, and a later
    // answer never overwrites an earlier one.
    let aside = keeping::set_aside(&offered.place, false).expect("set aside");
    assert!(aside.to_string_lossy().ends_with("recovered-declined"));
    assert!(keeping::kept_recovery(&y_places, &y_file).is_none());
    keeping::keep_recovery_in_data(&y_places, &store::to_text(&unsaved_y).expect("text"))
        .expect("kept again");
    let again = keeping::set_aside(&y_places.recovery_in_data(), false).expect("set aside");
    assert_ne!(again, aside);
    assert!(aside.exists() && again.exists());
    // X's copy was never touched by any of it.
    assert!(keeping::kept_recovery(&x_places, &x_file).is_some());
}

#[test]
fn drafts_of_meetings_of_the_same_name_are_kept_apart() {
    let root = tempfile::tempdir().expect("folder");
    let data = root.path().join("data");
    let (x, y) = namesakes(root.path());
    // Both folders cannot be written: each draft goes to the data folder.
    let (x_places, y_places) = (Places::new(&x, &data), Places::new(&y, &data));
    let blocked = |places: &Places| {
        std::fs::create_dir_all(places.draft_beside()).expect("a folder in the draft's place");
    };
    blocked(&x_places);
    blocked(&y_places);
    keeping::keep_draft(&x_places, "(kind: Note, text: \"X\")").expect("kept");
    keeping::keep_draft(&y_places, "(kind: Note, text: \"Y\")").expect("kept");
    assert_eq!(
        keeping::kept_draft(&x_places).as_deref(),
        Some("(kind: Note, text: \"X\")")
    );
    assert_eq!(
        keeping::kept_draft(&y_places).as_deref(),
        Some("(kind: Note, text: \"Y\")")
    );
    keeping::forget_draft(&x_places);
    assert!(keeping::kept_draft(&x_places).is_none());
    assert!(keeping::kept_draft(&y_places).is_some(), "Y's draft stays");
}

#[test]
fn a_meeting_replaced_by_a_copy_as_sync_clients_do_stays_locked() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("m.ron");
    store::save(&small(), &path).expect("saves");
    let held = MeetingLock::acquire(&path).expect("locks");
    // `cp -p m.ron t && mv t m.ron`: the same bytes, a new file at the name.
    let copy = folder.path().join("t");
    std::fs::copy(&path, &copy).expect("copied");
    std::fs::rename(&copy, &path).expect("replaced");
    assert!(
        matches!(MeetingLock::acquire(&path), Err(LockError::Held { holder, .. }) if holder.contains("process")),
        "a second copy must not open it writable"
    );
    drop(held);
    MeetingLock::acquire(&path).expect("free once the holder has gone");
}

/// Runs the binary, failing the test if it has not finished within a minute (a pipe or a
/// device read as a file would never finish).
fn minutebook(args: &[&str], folder: &Path) -> (i32, String) {
    let mut child = common::minutebook()
        .args(args)
        .current_dir(folder)
        .env("MINUTEBOOK_CONFIG_DIR", folder.join("config"))
        .env("MINUTEBOOK_DATA_DIR", folder.join("data"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().expect("waits") {
            let output = child.wait_with_output().expect("output");
            let said = String::from_utf8_lossy(&output.stdout).into_owned()
                + &String::from_utf8_lossy(&output.stderr);
            return (status.code().unwrap_or(-1), said);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("minutebook {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn mkfifo(path: &Path) {
    let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).expect("path");
    // SAFETY: a valid C string naming a new file in the test's own folder.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
}

#[test]
fn a_pipe_or_a_device_named_like_a_meeting_is_refused_not_read() {
    let folder = tempfile::tempdir().expect("folder");
    let root = folder.path();
    let meetings = root.join("meetings");
    std::fs::create_dir_all(&meetings).expect("folder");
    store::save(&small(), &meetings.join("sound.ron")).expect("saved");
    mkfifo(&meetings.join("fifo.ron"));
    std::os::unix::fs::symlink("/dev/zero", meetings.join("zero.ron")).expect("linked");
    let folder_arg = meetings.to_str().expect("path");
    for view in [
        vec!["attendance", folder_arg],
        vec!["actions", folder_arg],
        vec!["search", folder_arg, "licence"],
    ] {
        let (code, said) = minutebook(&view, root);
        assert_eq!(code, 0, "{view:?}: {said}");
        assert!(
            said.contains("fifo.ron") && said.contains("a named pipe"),
            "{said}"
        );
        assert!(
            said.contains("zero.ron") && said.contains("a device"),
            "{said}"
        );
    }
    for bad in ["fifo.ron", "zero.ron"] {
        let path = meetings.join(bad);
        let path = path.to_str().expect("path");
        let made = root.join(format!("new-{bad}"));
        for args in [
            vec!["check", path],
            vec!["export", path],
            vec!["minutes", path],
            vec!["import", path, "-o", "imported.ron"],
            vec![
                "new",
                made.to_str().expect("path"),
                "--after",
                path,
                "--no-open",
            ],
        ] {
            let (code, said) = minutebook(&args, root);
            assert_eq!(code, 1, "{args:?}: {said}");
            assert!(said.contains("not a"), "{args:?}: {said}");
        }
    }
}

#[test]
fn a_house_style_too_large_to_be_one_is_refused_and_the_minutes_still_written() {
    let folder = tempfile::tempdir().expect("folder");
    let root = folder.path();
    let meeting = root.join("m.ron");
    store::save(&small(), &meeting).expect("saved");
    // A file of a gigabyte and a half, which takes no room on the disk.
    let style = std::fs::File::create(root.join("house-style.ron")).expect("made");
    style.set_len(1536 * 1024 * 1024).expect("sized");
    let (code, said) = minutebook(&["minutes", meeting.to_str().expect("path")], root);
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("house-style.ron") && said.contains("too large"),
        "{said}"
    );
    assert!(
        said.contains("Licensing Sub-Committee"),
        "the minutes are written: {said}"
    );
}

#[test]
fn carrying_twenty_thousand_actions_forward_carries_every_one_in_order() {
    let folder = tempfile::tempdir().expect("folder");
    let previous_path = folder.path().join("previous.ron");
    let mut previous = small();
    previous.agenda[1].kind = minutebook::model::ItemKind::Report;
    for n in 0..20_000 {
        previous.records.push(Record::new(
            None,
            Some("2".into()),
            Event::Action {
                text: format!("Action {n}"),
                owner: Some("lane".into()),
            },
        ));
    }
    previous.give_records_ids();
    store::save(&previous, &previous_path).expect("saved");
    let mut next = minutebook::import::carry_forward(
        &previous,
        previous.date + chrono::Days::new(28),
        None,
        &minutebook::minutes::style::Settings::standard(),
    )
    .0;
    let item = next
        .agenda
        .iter_mut()
        .find(|i| !i.arising.is_empty())
        .expect("an item carries them");
    assert_eq!(item.arising.len(), 20_000);
    for (n, arising) in item.arising.iter().enumerate() {
        assert_eq!(arising.text, format!("Action {n}"));
        assert_eq!(
            arising.minute,
            Some(2),
            "minute of the item it was promised under"
        );
        assert_eq!(arising.owner.as_deref(), Some("Jo Lane"));
    }
}
