//! The real binary in a real pseudo-terminal, keyed as a clerk catching up from notes: times
//! typed into every timed form, a roll at one time, the close reached by go to, a long paste
//! whole at once, and keys faster than the screen draws handled in order.

mod common;

use chrono::NaiveTime;
use common::pty::Desk;
use minutebook::model::Event;
use minutebook::store;

const CTRL_S: &str = "\x13";
const CTRL_U: &str = "\x15";
const ESC: &str = "\x1b";
const ENTER: &str = "\r";
const TAB: &str = "\t";
const BACKSPACE: &str = "\x7f";

fn time(text: &str) -> Option<NaiveTime> {
    Some(NaiveTime::parse_from_str(text, "%H:%M").expect("a time"))
}

/// Every note saved, with the item it is under.
fn notes(meeting: &minutebook::model::Meeting) -> Vec<(Option<minutebook::model::ItemId>, String)> {
    meeting
        .records
        .iter()
        .filter_map(|r| match &r.event {
            Event::Note { text, .. } => Some((r.item.clone(), text.clone())),
            _ => None,
        })
        .collect()
}

/// A recommendation of about 5 KB as pasted from a report: paragraphs and numbered points.
fn recommendation() -> String {
    let mut text = String::from("That the Committee:\n");
    let mut point = 1;
    while text.len() < 5 * 1024 {
        text.push_str(&format!(
            "{point}. notes the progress made on the Children's Trust Board action plan item \
             {point}, and the update given by the Director of Children's Social Care;\n"
        ));
        point += 1;
    }
    text.push_str("\nThe last paragraph ends here.");
    text
}

#[test]
fn every_timed_action_records_the_time_typed_and_the_close_is_reached_by_go_to() {
    let desk = Desk::new();
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let mut clerk = desk.open(&[file.to_str().expect("path")]);
    clerk.wait_for("Agenda");
    clerk.until(
        &["s", CTRL_U, "10.02", ENTER],
        "Recorded: The meeting commenced",
    );
    // The roll at one time for everyone marked.
    clerk.until(&["a", "10.03"], "marked at 10.03");
    clerk.until(
        &["p", "p", "p", "p"],
        "Recorded: Present: Councillor J Buckley",
    );
    clerk.send(ESC);
    clerk.until(&["j"], "· item 1 ─");
    clerk.until(
        &[
            "v", "u", TAB, BACKSPACE, BACKSPACE, BACKSPACE, BACKSPACE, BACKSPACE,
        ],
        "Time:  ",
    );
    clerk.until(&["10.20", ENTER], "Recorded: Vote");
    clerk.until(
        &["p", "a short break", TAB, CTRL_U, "10.40", CTRL_S],
        "Recorded: Adjourned",
    );
    clerk.until(&["P", CTRL_U, "10.50", ENTER], "Recorded: Reconvened");
    // The conclusion, recorded from an item, is shown at the close; go to reaches it again.
    clerk.until(
        &["c", CTRL_U, "12.41", CTRL_S],
        "Recorded: The meeting concluded",
    );
    clerk.until(&["g", "opening", ENTER], "┌ Opening");
    clerk.until(&["g", "close", ENTER], "┌ Close");
    clerk.send("q");
    assert_eq!(clerk.wait_exit(), 0);

    let meeting = store::load(&file).expect("the saved meeting loads");
    let at = |wanted: fn(&Event) -> bool| {
        meeting
            .records
            .iter()
            .find(|r| wanted(&r.event))
            .and_then(|r| r.at)
    };
    assert_eq!(at(|e| *e == Event::Commenced), time("10:02"));
    let marks: Vec<_> = meeting
        .records
        .iter()
        .filter(|r| matches!(r.event, Event::Present { .. }))
        .map(|r| r.at)
        .collect();
    assert_eq!(marks, vec![time("10:03"); 4]);
    assert_eq!(at(|e| matches!(e, Event::Vote { .. })), time("10:20"));
    assert_eq!(at(|e| matches!(e, Event::Adjourned { .. })), time("10:40"));
    assert_eq!(at(|e| *e == Event::Reconvened), time("10:50"));
    assert_eq!(at(|e| *e == Event::Concluded), time("12:41"));
    let concluded = meeting
        .records
        .iter()
        .position(|r| r.event == Event::Concluded)
        .expect("concluded");
    assert_eq!(
        concluded,
        meeting.records.len() - 1,
        "after everything else"
    );
    assert_eq!(meeting.records[concluded].item, None);
}

#[test]
fn a_long_paste_is_on_screen_whole_at_once_and_saved_whole() {
    let desk = Desk::new();
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let mut clerk = desk.open(&[file.to_str().expect("path")]);
    clerk.wait_for("Agenda");
    clerk.until(&["j", "n"], "▸ Text");
    let pasted = recommendation();
    assert!(pasted.len() > 5 * 1024);
    // One paste, and no key after it: its end must show without another key.
    clerk.send(&format!("\x1b[200~{pasted}\x1b[201~"));
    clerk.wait_for("The last paragraph ends here.");
    // The paste's line breaks did not save the form, and the next keys go where they should.
    assert!(clerk.contents().contains("▸ Text"));
    clerk.until(&[CTRL_S], "Recorded: Note");
    clerk.send("q");
    assert_eq!(clerk.wait_exit(), 0);
    let meeting = store::load(&file).expect("the saved meeting loads");
    let texts: Vec<_> = notes(&meeting).into_iter().map(|(_, text)| text).collect();
    assert_eq!(texts, vec![pasted]);
}

#[test]
fn keys_sent_faster_than_the_screen_draws_are_all_handled_in_order() {
    let desk = Desk::new();
    let file = desk.meeting("children-and-families-2022-03-24-agenda.ron");
    let mut clerk = desk.open(&[file.to_str().expect("path")]);
    clerk.wait_for("Agenda");
    // One write: ten notes, each opened, typed, saved, with a move to the next item between.
    let mut burst = String::new();
    for n in 1..=10 {
        burst.push_str(&format!("jnNote number {n} of the burst.{CTRL_S}"));
    }
    // A paste in the middle of the keys, then a key that must reach the screen, not the form.
    burst.push_str(&format!("n\x1b[200~pasted\nbetween keys\x1b[201~{CTRL_S}"));
    clerk.send(&burst);
    clerk.wait_for("Recorded: Note: pasted");
    clerk.send("q");
    assert_eq!(clerk.wait_exit(), 0);
    let meeting = store::load(&file).expect("the saved meeting loads");
    let notes = notes(&meeting);
    assert_eq!(notes.len(), 11, "{notes:?}");
    for (n, (item, text)) in notes.iter().take(10).enumerate() {
        assert_eq!(text, &format!("Note number {} of the burst.", n + 1));
        assert_eq!(item.as_ref(), Some(&meeting.agenda[n].id), "note {}", n + 1);
    }
    assert_eq!(notes[10].1, "pasted\nbetween keys");
}
