//! Whole-screen snapshots of the live screen, every form and list, at a large and an ordinary
//! terminal size, and the message for a terminal too small to draw in.

mod common;

use chrono::NaiveTime;
use common::{Clerk, sample};
use minutebook::model::Event;
use minutebook::tui::config::Settings;
use minutebook::tui::keymap::Keymap;
use minutebook::tui::start::StartScreen;
use minutebook::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZES: &[(u16, u16)] = &[(120, 40), (80, 24)];

fn eleven() -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(11, 0, 0)
}

fn screen(clerk: &Clerk, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    let theme = Theme::built_in("default").expect("default theme");
    terminal
        .draw(|frame| minutebook::tui::live::view::draw(frame, &clerk.app, &theme, eleven()))
        .expect("draws");
    terminal.backend().to_string()
}

/// Snapshots the clerk's screen at every size under the given name.
fn snap(name: &str, clerk: &Clerk) {
    for &(width, height) in SIZES {
        insta::assert_snapshot!(
            format!("{name}_{width}x{height}"),
            screen(clerk, width, height)
        );
    }
}

/// The 14 February meeting at item 6 (minute 59), with the clock at 11:00.
fn february() -> Clerk {
    let mut clerk = Clerk::new(sample("children-and-families-2022-02-14.ron"));
    clerk
        .at("11:00")
        .keys("g")
        .text("schools funding")
        .keys("enter");
    clerk
}

/// The votes meeting as it stood just before the vote on a motion.
fn votes_before(motion: &str) -> Clerk {
    let mut meeting = sample("highways-and-transport-votes.ron");
    let at = meeting
        .records
        .iter()
        .position(|r| matches!(&r.event, Event::Vote { motion: Some(m), .. } if m == motion))
        .expect("vote in sample");
    meeting.records.truncate(at);
    let mut clerk = Clerk::new(meeting);
    clerk.at("11:00");
    clerk
}

#[test]
fn the_live_screen() {
    let clerk = february();
    snap("live", &clerk);
    let mut records = february();
    records.keys("tab k k");
    snap("live_choosing_a_record", &records);
}

#[test]
fn the_live_screen_warns_when_the_quorum_is_lost() {
    let mut meeting = sample("highways-and-transport-votes.ron");
    let evans = meeting
        .records
        .iter()
        .position(|r| matches!(&r.event, Event::Left { person, .. } if person == "evans"))
        .expect("Evans left");
    meeting.records.truncate(evans + 1);
    let clerk = Clerk::new(meeting);
    let text = screen(&clerk, 120, 40);
    assert!(
        text.contains("NOT QUORATE: 4 in the room, 5 needed"),
        "{text}"
    );
    snap("live_inquorate", &clerk);
}

#[test]
fn help_lists_every_layers_keys() {
    let mut clerk = february();
    clerk.keys("?");
    snap("help", &clerk);
}

#[test]
fn every_form() {
    for (name, keys) in [
        ("form_declaration", "d"),
        ("form_left", "l"),
        ("form_returned", "r"),
        ("form_adjourned", "p"),
        ("form_note", "n"),
        ("form_action", "f"),
        ("form_motion", "m"),
        ("form_resolution", "R"),
        ("form_exclusion", "x"),
        ("form_new_person", "+"),
        ("form_take_chair", "C"),
        ("form_sign", "S"),
        ("form_payments", "$ tab"),
    ] {
        let mut clerk = february();
        clerk.keys(keys);
        snap(name, &clerk);
    }
    let mut person = february();
    person.keys("d").text("fla");
    snap("form_declaration_finding_a_member", &person);
    let mut refused = february();
    refused.keys("n ctrl-s");
    snap("form_note_refused_empty", &refused);
    let mut correct = february();
    correct.keys("tab k k k enter");
    snap("form_correcting_a_record", &correct);
    let mut time = february();
    time.keys("tab t");
    snap("form_time", &time);
    let mut settle = votes_before("relief-road");
    settle.keys("g").text("relief").keys("enter w");
    snap("form_settle_motion", &settle);
}

#[test]
fn the_vote_form_in_each_mode() {
    let mut clerk = votes_before("relief-road");
    clerk.keys("g").text("relief").keys("enter v");
    snap("vote_unanimous", &clerk);
    clerk.keys("h").text("4").keys("tab").text("4");
    snap("vote_show_of_hands_tied", &clerk);
    let mut recorded = votes_before("speed-limits");
    recorded.keys("g").text("speed").keys("enter v r f f f a");
    snap("vote_recorded", &recorded);
}

#[test]
fn the_attendance_list_and_the_item_finder() {
    let mut clerk = Clerk::new(sample("children-and-families-2022-03-24-agenda.ron"));
    clerk.at("14:00").keys("s enter a p p a");
    snap("roll_call", &clerk);
    clerk.keys("/").text("hay");
    snap("roll_call_finding", &clerk);
    clerk.keys("enter s");
    snap("form_substitute", &clerk);
    let mut finder = february();
    finder.keys("g").text("work");
    snap("go_to_item", &finder);
}

#[test]
fn questions() {
    let mut clerk = Clerk::new(sample("children-and-families-2022-03-24-agenda.ron"));
    clerk.at("14:00").keys("s enter").at("15:10").keys("c");
    snap("conclude_form", &clerk);
    let mut draft = february();
    draft.keys("n").text("Half a thought");
    let kept = draft.app.draft().expect("a form is open");
    let mut reopened = february();
    reopened.app.offer_draft(kept);
    snap("confirm_restore_draft", &reopened);
}

#[test]
fn a_terminal_too_small_gets_a_message_not_a_panic() {
    let clerk = february();
    for (width, height) in [(40, 10), (59, 24), (80, 13), (1, 1)] {
        let text = screen(&clerk, width, height);
        if width >= 20 {
            assert!(
                text.contains("Minutebook needs a terminal"),
                "{width}x{height}: {text}"
            );
        }
    }
    insta::assert_snapshot!("too_small_40x10", screen(&clerk, 40, 10));
}

#[test]
fn the_start_screen() {
    let settings = Settings {
        keymap: Keymap::default(),
        theme: Theme::built_in("default").expect("theme"),
        style: None,
        config: std::path::PathBuf::new(),
        problems: Vec::new(),
    };
    let start = StartScreen::new(Vec::new());
    for &(width, height) in SIZES {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        terminal
            .draw(|frame| minutebook::tui::start::view::draw(frame, &start, &settings, false))
            .expect("draws");
        insta::assert_snapshot!(
            format!("start_{width}x{height}"),
            terminal.backend().to_string()
        );
    }
}

#[test]
fn attendance_is_shown_by_symbol_as_well_as_colour() {
    use ratatui::style::Color;
    let clerk = february();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let theme = Theme::built_in("default").expect("theme");
    terminal
        .draw(|frame| minutebook::tui::live::view::draw(frame, &clerk.app, &theme, eleven()))
        .expect("draws");
    let buffer = terminal.backend().buffer();
    let find = |text: &str| {
        (0..buffer.area.height).find_map(|y| {
            let row: String = (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect();
            row.find(text)
                .map(|byte| (row[..byte].chars().count() as u16, y))
        })
    };
    // Flavell is in the room: a filled circle in the present colour.
    let (x, y) = find("● K Flavell").expect("Flavell listed as in the room");
    assert_eq!(buffer[(x, y)].fg, Color::LightGreen);
    // Hayes has left and not returned: an open circle in the away colour.
    let (x, y) = find("○ G Hayes").expect("Hayes listed as out of the room");
    assert_eq!(buffer[(x, y)].fg, Color::Yellow);
}

#[test]
fn the_minutes_preview_follows_the_item_and_what_is_being_typed() {
    let mut clerk = february();
    clerk.keys("M");
    let text = screen(&clerk, 120, 40);
    assert!(text.contains("Education funding increase."), "{text}");
    // Scrolled back, the minute's heading.
    clerk.keys(&"pageup ".repeat(12));
    let back = screen(&clerk, 120, 40);
    assert!(back.contains("59 SCHOOLS FUNDING FORMULA"), "{back}");
    clerk.keys(&"pagedown ".repeat(12));
    clerk.keys("n").text("A late question about rural schools.");
    let text = screen(&clerk, 120, 40);
    // Typed into the note on the left, already in the minute on the right.
    assert_eq!(
        text.matches("A late question about rural schools.").count(),
        2,
        "{text}"
    );
    snap("live_preview_while_typing", &clerk);
}
