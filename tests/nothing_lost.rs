//! Nothing lost, in a real terminal, however the session ends: two meetings of the same file
//! name never take each other's kept work, a terminal window closed while NOT SAVED leaves the
//! work to be offered back (and no panic), and a full disk never lets the clerk quit into loss.

#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};

use common::pty::{Desk, Session};
use minutebook::model::Event;
use minutebook::store;

const ENTER: &str = "\r";

/// A sample agenda copied into a folder of its own under the desk, as `m.ron`.
fn meeting_in(desk: &Desk, folder: &str, sample: &str) -> PathBuf {
    let folder = desk.folder.path().join(folder);
    std::fs::create_dir_all(&folder).expect("folder");
    let path = folder.join("m.ron");
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-meetings")
        .join(sample);
    std::fs::copy(source, &path).expect("copied");
    path
}

fn path(file: &Path) -> &str {
    file.to_str().expect("a path")
}

/// Opens a meeting whose folder cannot be written, records the commencement (NOT SAVED) and
/// quits, agreeing that the work be kept in the data folder.
fn quit_unsaved(desk: &Desk, file: &Path) {
    let folder = path(file.parent().expect("folder")).to_string();
    let fault = format!("read-only:{folder}");
    let mut session = desk.open_with(&[path(file)], &[("MINUTEBOOK_TEST_SAVE_FAULT", &fault)]);
    session.wait_for("Agenda");
    assert!(
        !session.contents().contains("Restore it?"),
        "another meeting's work was offered: {}",
        session.contents()
    );
    session.send("s").send(ENTER).wait_for("Permission denied");
    session.send("q").wait_for("Quit anyway?");
    session.send("y");
    assert_eq!(session.wait_exit(), 0);
}

/// Opens the meeting again, its folder writable, and takes back what was kept.
fn restore(desk: &Desk, file: &Path, body: &str) {
    let mut again = desk.open(&[path(file)]);
    again.wait_for("Restore it?");
    assert!(
        again.contents().contains(body),
        "the question names the meeting kept: {}",
        again.contents()
    );
    again.send("y").wait_for("Restored the recovery copy");
    again.send("q");
    assert_eq!(again.wait_exit(), 0);
}

#[test]
fn two_meetings_called_the_same_in_different_folders_keep_their_own_work() {
    let desk = Desk::new();
    let x = meeting_in(&desk, "x", "children-and-families-2022-03-24-agenda.ron");
    let y = meeting_in(&desk, "y", "adults-and-health-2022-03-28-agenda.ron");
    quit_unsaved(&desk, &x);
    // Y is offered nothing of X's, and its own unsaved quit overwrites nothing of X's.
    quit_unsaved(&desk, &y);
    restore(&desk, &x, "Children and Families Committee");
    restore(&desk, &y, "Adults and Health Committee");
    for (file, body) in [
        (&x, "Children and Families Committee"),
        (&y, "Adults and Health Committee"),
    ] {
        let meeting = store::load(file).expect("loads");
        assert_eq!(meeting.body.name, body, "{}", file.display());
        assert_eq!(meeting.records[0].event, Event::Commenced);
    }
}

#[test]
fn closing_the_terminal_while_not_saved_keeps_the_work_and_offers_it_back() {
    let desk = Desk::new();
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let folder = path(file.parent().expect("folder")).to_string();
    let fault = format!("read-only:{folder}");
    let mut session = desk.open_with(&[path(&file)], &[("MINUTEBOOK_TEST_SAVE_FAULT", &fault)]);
    session.wait_for("Agenda");
    session.send("s").send(ENTER).wait_for("Permission denied");
    session.send("j").send("n").wait_for("▸ Text");
    session.send("Heard as the window closed").send("\x13");
    session.wait_for("Note: Heard as the window closed");
    session.close_terminal();
    let code = session.wait_exit();
    assert_eq!(code, 129, "a lost terminal is a hang-up, not a panic (101)");
    assert!(
        store::load(&file).expect("loads").records.is_empty(),
        "the file, which could not be written, is as it was"
    );
    let mut again = desk.open(&[path(&file)]);
    again.wait_for("Restore it?");
    again.send("y").wait_for("Restored the recovery copy");
    again.send("q");
    assert_eq!(again.wait_exit(), 0);
    let meeting = store::load(&file).expect("loads");
    assert!(
        meeting.records.iter().any(|r| matches!(
            &r.event,
            Event::Note { text, .. } if text == "Heard as the window closed"
        )),
        "{:?}",
        meeting.records
    );
}

/// Quitting when the work can be neither saved nor kept: the meeting's folder and the data
/// folder on one full disk, as on a laptop.
#[test]
fn quitting_on_a_full_disk_stays_open_until_the_work_is_saved_elsewhere() {
    let desk = Desk::new();
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let whole_disk = format!("disk-full:{}/**", path(desk.folder.path()));
    let mut session: Session = desk.open_with(
        &[path(&file)],
        &[("MINUTEBOOK_TEST_SAVE_FAULT", &whole_disk)],
    );
    session.wait_for("Agenda");
    session
        .send("s")
        .send(ENTER)
        .wait_for("No space left on device");
    session.send("q").wait_for("anyway?");
    session.send("y").wait_for("nor kept in");
    // Still open: W saves to another disk, and the clerk can quit with nothing lost.
    let stick = tempfile::tempdir().expect("another disk");
    let rescued = stick.path().join("rescued.ron");
    session
        .send("W")
        .wait_for("Save the meeting to another file");
    session.send(path(&rescued)).send(ENTER);
    session.wait_for("the meeting carries on in that file");
    session.send("q");
    assert_eq!(session.wait_exit(), 0);
    assert_eq!(
        store::load(&rescued).expect("saved elsewhere").records[0].event,
        Event::Commenced
    );
}
