//! The live screen as a first-time clerk meets it: each key does what the screen says, and
//! nothing impossible can be recorded. Key scripts through the real key handling.

mod common;

use common::{Clerk, sample};
use minutebook::model::{Event, Meeting};

const FEB: &str = "children-and-families-2022-02-14.ron";

/// The February meeting before anything was recorded.
fn unrecorded() -> Clerk {
    let mut meeting = sample(FEB);
    meeting.records.clear();
    Clerk::new(meeting)
}

fn screen(clerk: &Clerk, width: u16) -> String {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, 40)).expect("terminal");
    let theme = minutebook::tui::theme::Theme::built_in("default").expect("theme");
    terminal
        .draw(|frame| minutebook::tui::live::view::draw(frame, &clerk.app, &theme, clerk.clock))
        .expect("draws");
    terminal.backend().to_string()
}

fn marks_of(meeting: &Meeting, person: &str) -> Vec<Event> {
    meeting
        .records
        .iter()
        .filter(|r| r.event.person().map(|p| p.as_str()) == Some(person))
        .map(|r| r.event.clone())
        .collect()
}

#[test]
fn adding_an_item_on_the_close_puts_it_after_the_last_item() {
    let mut clerk = unrecorded();
    let before = clerk.app.meeting().agenda.len();
    // To the close: past the last item.
    for _ in 0..=before {
        clerk.keys("j");
    }
    clerk
        .keys("I")
        .text("Any Other Business")
        .keys("ctrl-s")
        .closed();
    let agenda = &clerk.app.meeting().agenda;
    assert_eq!(agenda.len(), before + 1);
    let last = agenda.last().expect("an item");
    assert_eq!(last.title, "Any Other Business");
    // The agenda's last item is 11.
    assert_eq!(last.number.as_deref(), Some("12"));
    assert_eq!(agenda[0].number.as_deref(), Some("1"));
}

#[test]
fn an_officer_cannot_be_marked_a_substitute_and_check_says_so_of_a_file_that_has_one() {
    let mut clerk = unrecorded();
    clerk.keys("a /").text("woodcock").keys("enter s");
    assert!(
        clerk
            .app
            .message
            .as_deref()
            .is_some_and(|m| m.contains("An officer cannot substitute")),
        "{:?}",
        clerk.app.message
    );
    assert!(clerk.app.meeting().records.is_empty());
    // A file that says so anyway is warned about.
    let mut meeting = sample(FEB);
    meeting.records.push(minutebook::model::Record::new(
        None,
        None,
        Event::Substitute {
            person: "woodcock".into(),
            for_member: Some("beanland".into()),
        },
    ));
    meeting.give_records_ids();
    let warnings: Vec<String> = minutebook::check::check(&meeting)
        .into_iter()
        .map(|p| p.message)
        .collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("Deborah Woodcock") && w.contains("cannot substitute")),
        "{warnings:?}"
    );
}

#[test]
fn a_second_mark_in_the_roll_corrects_the_first_and_u_undoes_it() {
    let mut clerk = unrecorded();
    // Addison marked attending virtually, then corrected to present.
    clerk.keys("a /").text("addison").keys("enter v p");
    let meeting = clerk.app.meeting().clone();
    assert_eq!(
        marks_of(&meeting, "addison"),
        [Event::Present {
            person: "addison".into()
        }]
    );
    assert_eq!(meeting.records.len(), 1);
    // u in the roll undoes the correction.
    clerk.keys("u");
    assert_eq!(clerk.app.message.as_deref(), Some("Undone"));
    assert_eq!(
        marks_of(clerk.app.meeting(), "addison"),
        [Event::AttendingVirtually {
            person: "addison".into()
        }]
    );
    // The cursor shows by a mark as well as colour.
    assert!(screen(&clerk, 120).contains("▸"));
}

#[test]
fn the_time_since_the_start_counts_from_the_time_the_clerk_set() {
    let mut clerk = unrecorded();
    // The real clock says 19:07; the clerk is catching up from notes of a morning meeting.
    clerk.at("19:07");
    let clear = "backspace backspace backspace backspace backspace";
    clerk
        .keys("T")
        .keys(clear)
        .text("10.30")
        .keys("ctrl-s")
        .closed();
    clerk.keys("s ctrl-s").closed();
    clerk
        .keys("T")
        .keys(clear)
        .text("11.15")
        .keys("ctrl-s")
        .closed();
    let shown = screen(&clerk, 160);
    assert!(shown.contains("0h45 since start"), "{shown}");
}

#[test]
fn pickers_offer_members_in_the_room_first_and_those_who_sent_apologies_last() {
    let mut clerk = unrecorded();
    // Addison sends apologies; Anderson is present.
    clerk.keys("a /").text("addison").keys("enter a /");
    clerk.text("anderson").keys("enter p esc").closed();
    clerk.keys("j m");
    let form = clerk.form().expect("the motion form");
    let mover = form
        .fields
        .iter()
        .find_map(|field| match &field.kind {
            minutebook::tui::live::forms::FieldKind::Person { candidates, .. } => {
                Some(candidates.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
            }
            _ => None,
        })
        .expect("a person field");
    assert_eq!(mover.first().map(String::as_str), Some("anderson"));
    assert_eq!(mover.last().map(String::as_str), Some("addison"));
    // Anderson leaves; "returned" offers Anderson before Addison, who sent apologies.
    clerk.keys("esc l").text("anderson").keys("ctrl-s").closed();
    clerk.keys("r");
    let returned = clerk
        .form()
        .and_then(|form| match &form.fields[0].kind {
            minutebook::tui::live::forms::FieldKind::Person { candidates, .. } => {
                Some(candidates.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
            }
            _ => None,
        })
        .expect("the returned form");
    assert_eq!(returned, ["anderson", "addison"]);
}

#[test]
fn motions_and_votes_are_named_by_their_words_not_their_handles_and_no_tie_shows_before_any_vote() {
    let mut clerk = unrecorded();
    clerk.keys("a p p p esc j j j j j j m");
    clerk
        .text("That the report be noted and the formula approved for consultation.")
        .keys("ctrl-s")
        .closed();
    clerk.keys("v h");
    let shown = screen(&clerk, 120);
    assert!(!shown.contains("votes are equal"), "{shown}");
    assert!(!shown.contains("[motion-"), "{shown}");
    clerk.text("3").keys("tab 0 tab 0 ctrl-s").closed();
    let shown = screen(&clerk, 160);
    assert!(!shown.contains("[motion-"), "{shown}");
    assert!(
        shown.contains("Vote on Motion “That the report be noted and the…”"),
        "{shown}"
    );
}

#[test]
fn the_room_panels_key_to_its_marks_is_never_cut_off() {
    let mut clerk = unrecorded();
    clerk.keys("a p esc").closed();
    for width in [120, 160] {
        let shown = screen(&clerk, width);
        assert!(shown.contains("apologies"), "{shown}");
        assert!(shown.contains("– absent"), "{shown}");
    }
}

#[test]
fn excluding_the_public_on_a_part_two_item_offers_its_paragraph_and_the_item_then_says_so() {
    let mut clerk = unrecorded();
    // To item 11, the Part 2 item (exempt under paragraph 3), after the exclusion item.
    for _ in 0..12 {
        clerk.keys("j");
    }
    let before = screen(&clerk, 160);
    assert!(
        before.contains("Part 2, but the public is not excluded"),
        "{before}"
    );
    clerk.keys("x");
    let offered = clerk.form().map(|f| f.fields[0].value());
    assert_eq!(offered.as_deref(), Some("3"));
    clerk.keys("ctrl-s").closed();
    let after = screen(&clerk, 160);
    assert!(
        !after.contains("Part 2, but the public is not excluded"),
        "{after}"
    );
    // Readmitting the public asks its time, like any record.
    clerk.at("12:20");
    clerk.keys("X");
    assert!(clerk.form().is_some(), "a form for the time");
    clerk.keys("ctrl-s").closed();
    let readmitted = clerk
        .app
        .meeting()
        .records
        .iter()
        .find(|r| r.event == Event::Readmitted)
        .expect("readmitted");
    assert_eq!(
        readmitted.at.map(|t| t.to_string()).as_deref(),
        Some("12:20:00")
    );
}

#[test]
fn go_to_finds_an_item_by_the_minute_number_officers_cite() {
    let mut clerk = unrecorded();
    clerk.keys("g").text("59").keys("enter").closed();
    let shown = screen(&clerk, 160);
    assert!(shown.contains("Minute 59 · item 6"), "{shown}");
}

#[test]
fn the_declaration_form_says_what_each_field_wants_and_refuses_beside_the_fields() {
    let mut clerk = unrecorded();
    clerk.keys("a p esc j j d");
    let shown = screen(&clerk, 120);
    assert!(shown.contains("type part of the member's name"), "{shown}");
    clerk.keys("tab tab tab");
    let shown = screen(&clerk, 120);
    assert!(shown.contains("only for a kind not in the list"), "{shown}");
    // Saved with no member: the refusal is in the form, just under its fields, not at the
    // foot of a tall screen.
    clerk.keys("ctrl-s");
    let shown = screen(&clerk, 120);
    let rows: Vec<&str> = shown.lines().collect();
    let refusal = rows
        .iter()
        .position(|row| row.contains("Member:"))
        .unwrap_or_else(|| panic!("a refusal naming the field: {shown}"));
    let last_field = rows
        .iter()
        .position(|row| row.contains("Speaks first"))
        .expect("the last field");
    assert!(refusal > last_field && refusal - last_field <= 4, "{shown}");
}

#[test]
fn someone_added_as_an_officer_carries_no_councillor_title() {
    let mut clerk = unrecorded();
    clerk
        .keys("L +")
        .text("Jo Bloggs")
        .keys("tab tab down down");
    let title = clerk.form().map(|f| f.fields[1].value());
    assert_eq!(title.as_deref(), Some(""));
    // Back to a member: the title returns.
    clerk.keys("up up");
    let title = clerk.form().map(|f| f.fields[1].value());
    assert_eq!(title.as_deref(), Some("Councillor"));
    clerk.keys("down down ctrl-s");
    let added = clerk
        .app
        .meeting()
        .people
        .iter()
        .find(|p| p.name == "Jo Bloggs")
        .expect("added");
    assert_eq!(added.kind, minutebook::model::PersonKind::Officer);
    assert_eq!(added.title, None);
}

#[test]
fn a_blank_meeting_shows_the_first_keys_and_the_bottom_line_is_never_cut_mid_word() {
    let mut blank = sample(FEB);
    blank.records.clear();
    blank.agenda.clear();
    blank.people.clear();
    let clerk = Clerk::new(blank);
    for width in [80u16, 120, 160] {
        let shown = screen(&clerk, width);
        let rows: Vec<&str> = shown.lines().collect();
        let bottom = rows.last().expect("a bottom line").trim_matches('"');
        // The first keys a blank meeting needs come first on the bottom line.
        assert!(bottom.starts_with(" I add an item"), "{width}: {bottom:?}");
        assert!(bottom.contains(" L everyone"), "{width}: {bottom:?}");
        if width >= 120 {
            assert!(
                bottom.contains(" i the meeting's details"),
                "{width}: {bottom:?}"
            );
        }
        // Every hint on it whole: it ends at the end of a hint, never mid-word.
        let mut described: Vec<&str> = minutebook::tui::keymap::Keymap::default()
            .hints(minutebook::tui::keymap::Layer::Live)
            .into_iter()
            .map(|(_, d)| d)
            .collect();
        described.extend(["everyone the meeting knows", "the meeting's details"]);
        let last = bottom.trim_end();
        assert!(
            described.iter().any(|d| last.ends_with(d)),
            "{width}: {bottom:?}"
        );
        assert!(shown.contains("To build the agenda"), "{shown}");
    }
}

#[test]
fn a_long_title_in_the_add_item_form_shows_that_it_runs_on() {
    let mut clerk = unrecorded();
    let title = "Review of the Council's Arrangements for the Governance of Partnerships, Joint Committees and Companies";
    clerk.keys("I").text(title);
    let typing = screen(&clerk, 120);
    assert!(typing.contains("…"), "{typing}");
    assert!(
        typing.contains("Joint Committees and Companies"),
        "{typing}"
    );
    // On to the next field: the title's start shows, with a sign it goes on.
    clerk.keys("tab");
    let left = screen(&clerk, 120);
    assert!(
        left.contains("Review of the Council's Arrangements"),
        "{left}"
    );
    assert!(left.contains("…"), "{left}");
}

#[test]
fn an_overlay_stands_clear_of_the_panels_behind_it() {
    let mut clerk = unrecorded();
    clerk.keys("j j d");
    let shown = screen(&clerk, 120);
    let rows: Vec<Vec<char>> = shown
        .lines()
        .map(|l| l.trim_matches('"').chars().collect())
        .collect();
    let top = rows
        .iter()
        .position(|r| {
            r.iter()
                .collect::<String>()
                .contains("┌ Declaration of interest")
        })
        .expect("the form");
    let text: String = rows[top].iter().collect();
    let before = text.find("┌ Declaration").expect("the form's corner");
    let left = text[..before].chars().count();
    let right = rows[top].iter().rposition(|&c| c == '┐').expect("a corner");
    let bottom = rows
        .iter()
        .rposition(|r| r.get(left) == Some(&'└'))
        .expect("the form's foot");
    for row in &rows[top..=bottom] {
        assert_eq!(row.get(left - 1), Some(&' '), "{shown}");
    }
    let form_right = right;
    for row in &rows[top..=bottom] {
        assert_eq!(row.get(form_right + 1), Some(&' '), "{shown}");
    }
}

#[test]
fn a_first_meeting_is_built_from_a_blank_file_and_recorded_by_keys_alone() {
    use minutebook::model::Body;
    let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).expect("a date");
    let blank = Meeting::new(
        Body::named("Littlewick Parish Council"),
        date,
        "Village Hall",
        1,
    );
    let mut clerk = Clerk::new(blank);
    let c = &mut clerk;
    c.at("19:00");
    // The people: two members and the clerk, an officer.
    c.keys("L +").text("Ann Ash").keys("ctrl-s");
    c.keys("+").text("Ben Birch").keys("ctrl-s");
    c.keys("+").text("Dan Dale").keys("ctrl-s");
    c.keys("+")
        .text("Cat Cole")
        .keys("tab tab down down ctrl-s esc")
        .closed();
    // The agenda, each item after the one before.
    c.keys("I")
        .text("Apologies for Absence")
        .keys("ctrl-s")
        .closed();
    c.keys("I")
        .text("Village Green Benches")
        .keys("ctrl-s")
        .closed();
    // The meeting: opened, the roll, a note, a motion carried, the resolution, closed.
    c.keys("s ctrl-s").closed();
    c.keys("a p p p p esc").closed();
    c.at("19:05");
    c.keys("g")
        .text("benches")
        .keys("enter n")
        .text("Members discussed replacing the two benches on the green.")
        .keys("ctrl-s")
        .closed();
    c.keys("m")
        .text("That two new benches be bought.")
        .keys("ctrl-s")
        .closed();
    c.keys("v u ctrl-s").closed();
    // The resolution is offered in the carried motion's words.
    c.keys("R");
    assert_eq!(
        c.form().map(|f| f.fields[0].value()).as_deref(),
        Some("That two new benches be bought.")
    );
    c.keys("ctrl-s").closed();
    c.at("19:20");
    c.keys("c ctrl-s").closed();
    let meeting = c.app.meeting().clone();
    assert_eq!(meeting.agenda.len(), 2);
    assert!(
        minutebook::check::check(&meeting).is_empty(),
        "{:?}",
        minutebook::check::check(&meeting)
    );
    let text = minutebook::minutes::text::write(&minutebook::minutes::minutes(
        &meeting,
        minutebook::minutes::Options {
            confidential: false,
        },
    ))
    .split_whitespace()
    .collect::<Vec<_>>()
    .join(" ");
    for expected in [
        "Councillors Ann Ash, Ben Birch and Dan Dale",
        "Cat Cole",
        "1 APOLOGIES FOR ABSENCE",
        "2 VILLAGE GREEN BENCHES",
        "Members discussed replacing the two benches on the green.",
        "RESOLVED (unanimously): That two new benches be bought.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
}

#[test]
fn the_office_a_person_holds_is_named_as_the_council_names_it() {
    use minutebook::model::ChairTitle;
    for (title, chair, vice) in [
        (ChairTitle::Chair, "Chair", "Vice-Chair"),
        (ChairTitle::Chairman, "Chairman", "Vice-Chairman"),
        (ChairTitle::Mayor, "Mayor", "Deputy Mayor"),
    ] {
        let mut meeting = sample(FEB);
        meeting.records.clear();
        meeting.body.chair_title = title;
        let mut clerk = Clerk::new(meeting);
        // The Office field of "add someone", from the people the meeting knows.
        clerk.keys("L +").keys("tab tab tab");
        assert_eq!(clerk.form().expect("the form").fields[3].label, "Office");
        clerk.keys("down");
        let shown = screen(&clerk, 120);
        assert!(shown.contains(&format!("◀ {chair} ▶")), "{shown}");
        clerk.keys("down");
        let shown = screen(&clerk, 120);
        assert!(shown.contains(&format!("◀ {vice} ▶")), "{shown}");
    }
}
