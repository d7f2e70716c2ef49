//! Keying a meeting as it happens or catching up from notes: every action that records
//! something takes the time typed in its form, the roll has one time, the clock the forms take
//! can be set, the close sits after the last item, and a substitute is added in one form.

mod common;

use chrono::NaiveTime;
use common::{Clerk, sample};
use minutebook::model::{Attendance, Event, Meeting, Record};
use minutebook::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn time(text: &str) -> Option<NaiveTime> {
    Some(NaiveTime::parse_from_str(text, "%H:%M").expect("a time"))
}

fn screen(clerk: &Clerk) -> String {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test terminal");
    let theme = Theme::built_in("default").expect("default theme");
    terminal
        .draw(|frame| minutebook::tui::live::view::draw(frame, &clerk.app, &theme, clerk.clock))
        .expect("draws");
    terminal.backend().to_string()
}

/// What the open form's Time field holds.
fn time_field(clerk: &Clerk) -> String {
    let form = clerk.form().expect("a form");
    form.fields
        .iter()
        .find(|f| f.label == "Time")
        .expect("a Time field")
        .value()
}

/// The records of one kind, in the order kept.
fn records(meeting: &Meeting, wanted: fn(&Event) -> bool) -> Vec<&Record> {
    meeting
        .records
        .iter()
        .filter(|r| wanted(&r.event))
        .collect()
}

/// A meeting that has not yet started, with everyone in the room.
fn in_the_room() -> Clerk {
    let mut clerk = Clerk::new(sample("children-and-families-2022-03-24-agenda.ron"));
    clerk.at("14:00").keys("s enter a p p p p p p esc").closed();
    clerk
}

#[test]
fn commenced_concluded_adjourned_and_reconvened_take_the_time_typed_in_their_form() {
    let mut clerk = Clerk::new(sample("children-and-families-2022-03-24-agenda.ron"));
    // Catching up at 11:20 on a meeting that started at 10.02: the form shows the clock's time.
    clerk.at("11:20").keys("s");
    let form = clerk.form().expect("a form for the time");
    assert_eq!(form.fields.len(), 1, "the time and nothing else");
    assert_eq!(form.fields[0].value(), "11:20");
    clerk.keys("ctrl-u").text("10.02").keys("enter").closed();
    clerk.keys("j p").text("a comfort break").keys("tab");
    clerk.keys("ctrl-u").text("10.47").keys("ctrl-s").closed();
    clerk.keys("P ctrl-u").text("10.58").keys("enter").closed();
    clerk.keys("c ctrl-u").text("12.41").keys("ctrl-s").closed();
    let meeting = clerk.app.meeting();
    let at = |wanted: fn(&Event) -> bool| records(meeting, wanted)[0].at;
    assert_eq!(at(|e| *e == Event::Commenced), time("10:02"));
    assert_eq!(at(|e| matches!(e, Event::Adjourned { .. })), time("10:47"));
    assert_eq!(at(|e| *e == Event::Reconvened), time("10:58"));
    assert_eq!(at(|e| *e == Event::Concluded), time("12:41"));
}

#[test]
fn a_time_not_known_is_cleared_and_recorded_as_none() {
    let mut clerk = Clerk::new(sample("children-and-families-2022-03-24-agenda.ron"));
    clerk.at("11:20").keys("s ctrl-u enter").closed();
    let meeting = clerk.app.meeting();
    assert_eq!(meeting.records.len(), 1);
    assert_eq!(meeting.records[0].event, Event::Commenced);
    assert_eq!(meeting.records[0].at, None);
}

#[test]
fn a_time_that_is_no_time_is_refused_in_the_form_which_stays_open() {
    let mut clerk = Clerk::new(sample("children-and-families-2022-03-24-agenda.ron"));
    clerk
        .at("11:20")
        .keys("s ctrl-u")
        .text("25.61")
        .keys("enter");
    let form = clerk.form().expect("the form stays open");
    assert!(
        form.error
            .as_deref()
            .is_some_and(|e| e.contains("\"25.61\" is not a time")),
        "{:?}",
        form.error
    );
    assert_eq!(form.fields[0].value(), "25.61");
    assert!(clerk.app.meeting().records.is_empty());
}

#[test]
fn the_vote_takes_the_time_typed_after_its_mode() {
    let mut clerk = in_the_room();
    clerk.at("15:30").keys("j j v u");
    // The time is the last stop: Tab from the motion, then type over the clock's time.
    clerk.keys("tab backspace backspace backspace backspace backspace");
    clerk.text("14.52").keys("enter").closed();
    let meeting = clerk.app.meeting();
    let votes = records(meeting, |e| matches!(e, Event::Vote { .. }));
    assert_eq!(votes.len(), 1);
    assert_eq!(votes[0].at, time("14:52"));
    // Left as the form fills it, the vote takes the clock's time.
    clerk.at("15:31").keys("v u enter").closed();
    let votes = records(clerk.app.meeting(), |e| matches!(e, Event::Vote { .. }));
    assert_eq!(votes[1].at, time("15:31"));
}

#[test]
fn the_roll_is_marked_at_one_time_and_a_late_arrival_keeps_its_own() {
    let mut clerk = Clerk::new(sample("children-and-families-2022-03-24-agenda.ron"));
    clerk.at("14:00").keys("s enter").at("14:20").keys("a");
    assert!(screen(&clerk).contains("marked at 14:20"));
    // The roll was taken at 14.00; typed once, every mark takes it.
    clerk.text("14.00");
    assert!(screen(&clerk).contains("marked at 14.00"));
    clerk.keys("p p a x v");
    // Catching up from notes, the clerk types when someone arrived, and marks them late.
    clerk.keys("backspace backspace backspace backspace backspace");
    clerk.text("14.20");
    clerk.keys("l esc").closed();
    let meeting = clerk.app.meeting();
    let marks: Vec<_> = meeting
        .records
        .iter()
        .skip(1)
        .map(|r| (r.event.clone(), r.at))
        .collect();
    assert_eq!(marks.len(), 6, "{marks:?}");
    for (event, at) in &marks[..5] {
        assert_eq!(*at, time("14:00"), "{event:?}");
    }
    assert!(matches!(marks[5].0, Event::ArrivedLate { .. }));
    assert_eq!(
        marks[5].1,
        time("14:20"),
        "a late arrival keeps its own time"
    );
    let room = meeting.room_now();
    assert_eq!(
        room.standing(&meeting.people[2].id).map(|s| &s.attendance),
        Some(&Attendance::Apologies)
    );
}

#[test]
fn a_roll_time_that_is_no_time_marks_nobody_and_says_why() {
    let mut clerk = Clerk::new(sample("children-and-families-2022-03-24-agenda.ron"));
    clerk.at("14:00").keys("s enter a").text("99").keys("p");
    assert_eq!(
        clerk.app.meeting().records.len(),
        1,
        "only the commencement"
    );
    assert!(
        clerk
            .app
            .message
            .as_deref()
            .is_some_and(|m| m.starts_with("Time:")),
        "{:?}",
        clerk.app.message
    );
}

#[test]
fn the_clock_set_from_notes_fills_every_form_until_it_is_set_again() {
    let mut clerk = in_the_room();
    clerk
        .at("16:05")
        .keys("T ctrl-u")
        .text("10.55")
        .keys("enter")
        .closed();
    assert!(screen(&clerk).contains("FORMS TAKE 10:55"));
    clerk.keys("j n").text("Noted from the paper notes.");
    assert_eq!(time_field(&clerk), "10:55");
    clerk.keys("ctrl-s").closed();
    clerk.keys("v u enter s enter").closed();
    // Time passing does not move it: it is what the clerk said until said again.
    clerk.at("16:30").keys("P");
    assert_eq!(time_field(&clerk), "10:55");
    clerk.keys("esc");
    // Emptied, the forms take the real time again and the status bar says nothing.
    clerk.keys("T ctrl-u enter").closed();
    assert!(!screen(&clerk).contains("FORMS TAKE"));
    clerk
        .keys("n")
        .text("Back to the live clock.")
        .keys("ctrl-s")
        .closed();
    let meeting = clerk.app.meeting();
    let notes = records(meeting, |e| matches!(e, Event::Note { .. }));
    assert_eq!(notes[0].at, time("10:55"));
    assert_eq!(notes[1].at, time("16:30"));
    let votes = records(meeting, |e| matches!(e, Event::Vote { .. }));
    assert_eq!(votes[0].at, time("10:55"));
}

#[test]
fn the_close_follows_the_last_item_and_is_reached_by_go_to_and_next() {
    let mut clerk = in_the_room();
    let last = clerk.app.meeting().agenda.len();
    for _ in 0..last {
        clerk.keys("j");
    }
    assert!(!clerk.app.nav.at_close);
    clerk.keys("j");
    assert!(
        clerk.app.nav.at_close,
        "next from the last item is the close"
    );
    clerk.keys("k");
    assert!(!clerk.app.nav.at_close);
    // Recorded from anywhere, the conclusion takes the clerk to the close, where it is listed.
    clerk.keys("g").text("3\n");
    clerk.at("15:40").keys("c enter").closed();
    assert!(clerk.app.nav.at_close);
    let shown = screen(&clerk);
    assert!(shown.contains("┌ Close"), "{shown}");
    assert!(shown.contains("The meeting concluded"), "{shown}");
    // The opening and the close are both stops for go to.
    clerk.keys("g").text("opening\n");
    assert!(!clerk.app.nav.at_close);
    assert_eq!(clerk.app.nav.current, None);
    clerk.keys("g").text("close\n");
    assert!(clerk.app.nav.at_close);
    // Its time is corrected from there, not from the opening.
    clerk
        .keys("tab t ctrl-u")
        .text("15.45")
        .keys("enter")
        .closed();
    let concluded = records(clerk.app.meeting(), |e| *e == Event::Concluded);
    assert_eq!(concluded[0].at, time("15:45"));
    // And the minutes print it after the last item.
    let minutes = minutebook::minutes::minutes(clerk.app.meeting(), Default::default());
    let text = minutebook::minutes::Format::Text
        .write(&minutes)
        .expect("text");
    let text = String::from_utf8(text).expect("utf-8");
    let last_title = clerk.app.meeting().agenda[last - 1].title.to_uppercase();
    let last_at = text.find(&last_title).expect("the last item");
    let close_at = text
        .find("concluded at 3.45 pm")
        .unwrap_or_else(|| panic!("the close at its corrected time:\n{text}"));
    assert!(close_at > last_at, "{text}");
}

#[test]
fn a_substitute_who_is_not_a_member_is_added_and_substituting_in_one_form() {
    let mut clerk = Clerk::new(sample("children-and-families-2022-03-24-agenda.ron"));
    // Beanland sends apologies; the substitute's form lists her first.
    clerk.at("14:00").keys("s enter a j j a esc").closed();
    let beanland = clerk.app.meeting().people[2].clone();
    assert_eq!(beanland.name, "M Beanland");
    clerk.keys("+").text("P Newcomer");
    // The first letter chooses: `s` for a substitute, `o` back to an officer.
    clerk.keys("tab s");
    assert_eq!(clerk.form().expect("form").fields[1].value(), "");
    let form = clerk.form().expect("form");
    assert_eq!(form.fields[1].choice, 3, "substitute for a member");
    let offered = form.fields[5].matches();
    assert_eq!(offered[0].id, beanland.id.to_string(), "apologies first");
    clerk.keys("o");
    assert_eq!(clerk.form().expect("form").fields[1].choice, 0);
    clerk.keys("g");
    assert_eq!(clerk.form().expect("form").fields[1].choice, 1);
    clerk.keys("c");
    assert_eq!(clerk.form().expect("form").fields[1].choice, 2);
    clerk
        .keys("s tab tab tab tab")
        .text("beanl")
        .keys("ctrl-s")
        .closed();
    let meeting = clerk.app.meeting();
    let newcomer = meeting
        .people
        .iter()
        .find(|p| p.name == "P Newcomer")
        .expect("added");
    assert_eq!(newcomer.title.as_deref(), Some("Councillor"));
    assert_eq!(
        meeting
            .room_now()
            .standing(&newcomer.id)
            .map(|s| &s.attendance),
        Some(&Attendance::Substitute {
            for_member: Some(beanland.id.clone())
        })
    );
}

#[test]
fn the_member_left_picker_lists_members_first_and_marks_officers() {
    let mut clerk = Clerk::new(sample("children-and-families-2022-02-14.ron"));
    clerk.keys("g").text("6\n").keys("l");
    let form = clerk.form().expect("the left form");
    let offered = form.fields[0].matches();
    let meeting = clerk.app.meeting();
    let kinds: Vec<_> = offered
        .iter()
        .map(|c| meeting.person(&c.id).expect("known").kind)
        .collect();
    let first_officer = kinds
        .iter()
        .position(|k| *k == minutebook::model::PersonKind::Officer)
        .expect("officers are offered too");
    assert!(
        kinds[..first_officer]
            .iter()
            .all(|k| *k == minutebook::model::PersonKind::Member),
        "{kinds:?}"
    );
    assert!(
        kinds[first_officer..]
            .iter()
            .all(|k| *k != minutebook::model::PersonKind::Member),
        "{kinds:?}"
    );
    assert!(offered[first_officer].label.ends_with("(officer)"));
}

#[test]
fn the_room_panel_names_the_officers_present_and_the_chosen_record_is_marked() {
    let mut clerk = Clerk::new(sample("children-and-families-2022-02-14.ron"));
    let shown = screen(&clerk);
    assert!(shown.contains("Officers and others: 7"), "{shown}");
    assert!(shown.contains("● Deborah Woodcock"), "{shown}");
    assert!(!shown.contains("││▶ "), "no record chosen yet:\n{shown}");
    clerk.keys("g").text("6\n").keys("tab");
    let shown = screen(&clerk);
    let marked: Vec<_> = shown.lines().filter(|l| l.contains("││▶ ")).collect();
    assert_eq!(marked.len(), 1, "{shown}");
}

#[test]
fn an_item_with_a_thousand_records_shows_the_last_and_the_chosen_one() {
    let mut meeting = sample("children-and-families-2022-03-24-agenda.ron");
    let item = meeting.agenda[1].id.clone();
    for n in 1..=1000u32 {
        let mut record = Record::new(
            time("14:00"),
            Some(item.clone()),
            Event::Note {
                kind: Default::default(),
                text: format!("Note number {n}."),
                by: None,
            },
        );
        record.id = minutebook::model::RecordId(n);
        meeting.records.push(record);
    }
    let mut clerk = Clerk::new(meeting);
    clerk.keys("g").text("2\n");
    let shown = screen(&clerk);
    assert!(shown.contains("Note number 1000."), "{shown}");
    assert!(!shown.contains("Note number 1."), "{shown}");
    // Choosing goes to the last record; five hundred up, the chosen one is in view, marked.
    clerk.keys("tab");
    for _ in 0..500 {
        clerk.keys("k");
    }
    let shown = screen(&clerk);
    assert!(shown.contains("▶ 14:00 Note: Note number 500."), "{shown}");
    assert!(!shown.contains("Note number 1000."), "{shown}");
}

/// What the resolution's form holds when it opens on the current item.
fn offered_resolution(clerk: &mut Clerk) -> String {
    clerk.keys("R");
    let offered = clerk.form().expect("the resolution's form").fields[0].value();
    clerk.keys("esc");
    offered
}

#[test]
fn the_resolution_is_offered_in_the_words_of_the_motion_just_carried_and_only_then() {
    let mut clerk = in_the_room();
    clerk.keys("g").text("6").keys("enter");
    // Nothing carried yet: the form opens empty.
    assert_eq!(offered_resolution(&mut clerk), "");
    clerk
        .keys("m")
        .text("That the formula be approved.")
        .keys("ctrl-s")
        .closed();
    clerk.keys("v u ctrl-s").closed();
    assert_eq!(
        offered_resolution(&mut clerk),
        "That the formula be approved."
    );
    // Once resolved, nothing more is offered.
    clerk.keys("R ctrl-s").closed();
    assert_eq!(offered_resolution(&mut clerk), "");
    // A motion amended by a carried amendment is not offered as it was moved.
    clerk.keys("g").text("7").keys("enter");
    clerk
        .keys("m")
        .text("That the update be noted.")
        .keys("ctrl-s")
        .closed();
    clerk
        .keys("m")
        .text("That the update be reported again in March.")
        .keys("tab")
        .text("f")
        .keys("ctrl-s")
        .closed();
    let amendment = clerk.app.meeting().records.last().map(|r| r.event.clone());
    assert!(
        matches!(
            amendment,
            Some(Event::Motion {
                kind: minutebook::model::MotionKind::FormalAmendment,
                ..
            })
        ),
        "{amendment:?}"
    );
    clerk.keys("v u ctrl-s").closed();
    assert_eq!(offered_resolution(&mut clerk), "");
    // The motion as amended is then carried: its words as moved are not what was resolved.
    clerk.keys("v u ctrl-s").closed();
    let last_vote = clerk.app.meeting().records.last().map(|r| r.event.clone());
    assert!(
        matches!(&last_vote, Some(Event::Vote { motion: Some(m), .. })
            if minutebook::model::kinds::motions::kind_of(clerk.app.meeting(), m.as_str())
                == Some(minutebook::model::MotionKind::Substantive)),
        "{last_vote:?}"
    );
    assert_eq!(offered_resolution(&mut clerk), "");
}

#[test]
fn go_to_finds_an_item_by_its_number_as_the_agenda_prints_it() {
    let mut clerk = in_the_room();
    for typed in ["5.\n", "(5)\n", "5)\n", "5\n"] {
        clerk.keys("g").text("opening\n");
        clerk.keys("g").text(typed);
        let current = clerk.app.nav.current.clone();
        let item = clerk.app.meeting().item_index("5").map(|_| "5".to_string());
        assert!(item.is_some(), "the sample has an item 5");
        assert_eq!(current.map(|id| id.to_string()), item, "typed {typed:?}");
    }
}

#[test]
fn enter_records_a_form_when_only_its_time_is_left_and_the_next_key_moves_on() {
    let mut clerk = in_the_room();
    let item = clerk.app.nav.current.clone();
    clerk
        .at("10:47")
        .keys("p")
        .text("a comfort break")
        .keys("enter");
    clerk.closed();
    let last = clerk
        .app
        .meeting()
        .records
        .last()
        .cloned()
        .expect("a record");
    assert!(
        matches!(&last.event, Event::Adjourned { .. }),
        "{:?}",
        last.event
    );
    assert_eq!(last.at, time("10:47"));
    // The clerk's next key moves through the agenda; nothing is typed into a time.
    clerk.keys("j");
    assert_ne!(clerk.app.nav.current, item);
    assert_eq!(
        clerk.app.meeting().records.last().map(|r| r.at),
        Some(time("10:47"))
    );
}

#[test]
fn go_to_from_the_records_after_a_correction_goes_to_the_item() {
    let mut clerk = Clerk::new(sample("highways-and-transport-votes.ron"));
    clerk.keys("g").text("winter").keys("enter");
    // Correct a record from the item's list; the list stays for more corrections.
    clerk.keys("tab enter").keys("ctrl-s").closed();
    assert!(clerk.app.nav.records_focus);
    // Go to: the item it names, not another correction.
    clerk.keys("g").text("5.").keys("enter");
    assert!(clerk.form().is_none(), "no correction form opened");
    assert!(!clerk.app.nav.records_focus);
    let five = clerk.app.meeting().item_index("5");
    assert!(five.is_some(), "the sample has an item 5");
    assert_eq!(
        clerk.app.nav.current.as_ref().map(|id| id.to_string()),
        Some("5".to_string())
    );
}

#[test]
fn question_mark_opens_the_help_from_the_vote_form() {
    let mut clerk = in_the_room();
    clerk.keys("g").text("6").keys("enter");
    clerk.keys("v");
    assert!(matches!(
        clerk.app.top(),
        Some(minutebook::tui::live::overlays::Overlay::Vote(_))
    ));
    clerk.keys("?");
    assert!(matches!(
        clerk.app.top(),
        Some(minutebook::tui::live::overlays::Overlay::Help(_))
    ));
}

#[test]
fn the_search_and_go_to_lists_say_enter_goes_to_the_one_chosen() {
    for key in ["/", "g"] {
        let mut clerk = in_the_room();
        clerk.keys(key);
        let shown = screen(&clerk);
        assert!(shown.contains("enter go to it"), "{key}: {shown}");
        assert!(!shown.contains("enter save"), "{key}: {shown}");
    }
}

#[test]
fn the_notice_that_nothing_could_be_saved_asks_nothing_and_says_what_can_be_done() {
    use minutebook::tui::live::overlays::{Overlay, confirm::Question};
    let mut clerk = in_the_room();
    clerk
        .app
        .overlays
        .push(Overlay::Confirm(Question::NowhereToKeep(
            "the disk is full".into(),
        )));
    let shown = screen(&clerk);
    assert!(shown.contains("Not saved"), "{shown}");
    assert!(shown.contains("W save a copy elsewhere"), "{shown}");
    assert!(shown.contains("n back to the meeting"), "{shown}");
    assert!(!shown.contains("y yes"), "{shown}");
    assert!(!shown.contains("Question"), "{shown}");
}
