//! Key-script scenarios through the real key handling. The first records the whole meeting of
//! the Children and Families Committee of 14 February 2022, from its published minutes, and
//! must end with exactly the meeting in the sample file.

mod common;

use common::{Clerk, sample};
use minutebook::model::{Count, Event, Leaving, Side};

const FEB: &str = "children-and-families-2022-02-14.ron";

#[test]
fn recording_the_fourteenth_of_february_from_the_keyboard_gives_the_sample_meeting() {
    let expected = sample(FEB);
    let mut unrecorded = expected.clone();
    unrecorded.records.clear();
    unrecorded.signature = None;
    let mut clerk = Clerk::new(unrecorded);
    let c = &mut clerk;

    // The Chair opens the meeting; the clerk takes the roll: thirteen members, seven officers
    // of whom one is on Teams.
    c.at("10:35").keys("s enter").at("");
    c.keys("a")
        .keys(&"p ".repeat(15))
        .keys("v")
        .keys(&"p ".repeat(4))
        .keys("esc");

    // 54 Apologies: none. 55 Declarations.
    c.keys("j j");
    c.keys("d")
        .text("beanland")
        .keys("tab")
        .text("6")
        .keys("tab tab tab");
    c.text("that he was a bursar for a primary school")
        .keys("tab y tab y ctrl-s")
        .closed();
    c.keys("n").text("Assurance was received from the Committee’s legal officer, Deborah Nickson, that school governance was not considered a pecuniary interest for any matters on the agenda as the role of school governor would fall into personal interests and be non-pecuniary.");
    c.keys("tab tab").text("nickson").keys("ctrl-s").closed();
    for member in ["bulman", "edwardes", "smith"] {
        c.keys("d").text(member).keys("tab tab n n tab tab");
        c.text("due to being a school governor")
            .keys("ctrl-s")
            .closed();
    }
    c.keys("d")
        .text("hayes")
        .keys("tab")
        .text("10, 11")
        .keys("tab tab tab");
    c.text("as he chairs a multi academy trust in Cheshire West")
        .keys("tab y ctrl-s")
        .closed();

    // 56 Minutes of the previous meeting.
    // The resolution on the last meeting's minutes comes worded, with the date the item gives.
    c.keys("j R ctrl-s").closed();

    // 57 Public speaking: none. 58 Covid-19 schools update.
    c.keys("j j n").text("Mark Bayley, Acting Director of Education and 14 – 19 Skills, provided an update on the Covid-19 position in schools. Overall the situation was positive with recent data showing the infection rate declining, however high rates still remained in primary and secondary age groups. Challenges remained with staff absences and a number of measures were in place to address this, including movement of staff and combining classes. Pupil attendance in both primary and secondary schools was above the national average and was monitored closely.");
    c.keys("tab tab").text("bayley").keys("ctrl-s").closed();
    c.keys("n").text("Attendance was slightly higher in primary schools and a query was raised as to why this was.").keys("tab q ctrl-s").closed();
    c.keys("f").text("While this could be attributed to a number of factors, it was agreed that a further breakdown of the information would be provided to the committee.");
    c.keys("tab").text("bayley").keys("ctrl-s").closed();
    c.keys("n")
        .text("The vaccination rollout continued with good uptake.")
        .keys("ctrl-s")
        .closed();
    c.keys("R")
        .text("That the update be noted.")
        .keys("ctrl-s")
        .closed();

    // 59 Schools funding formula: Beanland leaves; a unanimous resolution with sub-clauses.
    c.keys("j l").text("beanland").keys("tab b ctrl-s").closed();
    c.keys("n").text("The committee received the report which requested approval of the schools funding formula and early years funding formula following recommendations from the Schools Forum.").keys("ctrl-s").closed();
    c.keys("n").text("Paragraph 3.3 had been removed from the recommendations after publication of the report as this had been subject to approval from the Department for Education which had not been received.").keys("ctrl-s").closed();
    c.keys("f").text("A query was raised regarding the number of maintained schools in a deficit position and it was agreed that this would be provided in a written response.").keys("ctrl-s").closed();
    c.keys("n").text("It was requested that the relevant ward members be informed if schools in their ward would cease to receive funding for rurality.").keys("tab c ctrl-s").closed();
    c.keys("n").text("A query was raised regarding the Council’s disapplication to the Department for Education to reverse the decision of the Schools Forum against the transfer of high needs, and whether there had been delegated authority to officers for this.").keys("tab q ctrl-s").closed();
    c.keys("f")
        .text("It was agreed that a written response would be provided.")
        .keys("ctrl-s")
        .closed();
    c.keys("v u ctrl-s").closed();
    c.keys("R").text(
        "1. That the Committee approves the following for the adoption of the schools funding formula 2022/23:\n\
         \x20   (i) The use of a local funding formula that uses the national funding formula factors, uplifted for the Cheshire East area cost adjustment, and with any additional funding being allocated via the basic entitlement factor.\n\
         \x20   (ii) The use of +0.5% as the minimum funding guarantee percentage. This means that individual school funding levels should increase by +0.5% compared to the 2021/22 levels (subject to the items included in minimum funding guarantee protection) and excluding pupil number changes.\n\
         \x20   (iii) The Growth Fund at £0.8m.\n\
         2. That the Committee approves the following for the adoption of the early years funding formula 2022/23:\n\
         \x20   (i) The continued use of the current funding formula and agrees to increase the hourly rates by the same percentage increase as the increased funding from the Department for Education.\n\
         \x20   (ii) The new funding rates. The rates for 2021/22 are shown at Appendix 4 and the proposed rates for 2022/23 are set out at Appendix 5.\n\
         \x20   (iii) The revised classifications for rurality are introduced from 1 April 2022. Three childcare providers would cease to be classified as Rural and should cease to receive funding for rurality from 1 April 2022.\n\
         \x20   (iv) Delegated authority to the Director of Prevention and Support to enter into revised contracts with providers in accordance with the Department for Education funding increase.",
    ).keys("ctrl-s").closed();

    // 60 Mental health spotlight review: Beanland returns.
    c.keys("j r").text("beanland").keys("ctrl-s").closed();
    c.keys("n").text("The committee received the report which provided an update on progress made against the recommendations approved in October 2020 as a result of the spotlight review into Children and Families mental wellbeing services.").keys("ctrl-s").closed();
    c.keys("n").text("It was noted that this was an update report and that a full report would be brought to committee at a later date with further detail. A request was made for the full report to tie in with the performance scorecard to understand the impact this work was having and a further request was made for this to include practical examples of the work being done.").keys("tab c ctrl-s").closed();
    c.keys("n").text("A concern was raised about supporting children and young people through the cost of living crisis and it was requested that members are engaged with on a ward level on the strategy for addressing this.").keys("tab c ctrl-s").closed();
    c.keys("n").text("A query was raised regarding which hospitals the Council was receiving data from, whether this included hospitals outside the borough and whether this data related only to self-harm or if it included domestic abuse.").keys("tab q ctrl-s").closed();
    c.keys("f")
        .text("A written response would be provided.")
        .keys("ctrl-s")
        .closed();
    c.keys("n").text("A further query was raised in relation to the letter sent by the Leader to the Secretary of State for Health and Social Care and the Minister for Education and whether a response had been received.").keys("tab q ctrl-s").closed();
    c.keys("f")
        .text("A written response would be provided.")
        .keys("ctrl-s")
        .closed();
    c.keys("R")
        .text("That the report be noted.")
        .keys("ctrl-s")
        .closed();

    // 61 Work programme.
    c.keys("j n")
        .text("Consideration was given to the Committee’s work programme.")
        .keys("ctrl-s")
        .closed();
    c.keys("n").text("A request was made for an update report on the Best4Business programme and how it had been delivered and received in schools, including feedback and lessons learned.").keys("tab c ctrl-s").closed();
    c.keys("n").text("A query was raised regarding the performance scorecard and why the presentation format had changed from the previous Excel spreadsheet.").keys("tab q ctrl-s").closed();
    c.keys("f").text("It was agreed that the presentation of the data would be looked into for future reports.").keys("ctrl-s").closed();
    c.keys("R")
        .text("That the work programme be noted.")
        .keys("ctrl-s")
        .closed();

    // 62 Minutes of sub-committees.
    c.keys("j R").text("That the minutes of the Local Authority School Governor Nomination Sub Committee and the Corporate Parenting Committee be noted.").keys("ctrl-s").closed();

    // 63 Kingsley Fields: Hayes leaves and does not return.
    c.keys("j l").text("hayes").keys("tab a ctrl-s").closed();
    c.keys("n").text("The committee received the report on the new Kingsley Fields primary school in Nantwich.").keys("ctrl-s").closed();
    c.keys("v u ctrl-s").closed();
    c.keys("R").text("That committee gives approval to provide authority to the Executive Director of Children’s Services to award a construction contract for the provision of a new one form entry primary school in Nantwich, inclusive of any other agreements associated with or ancillary to the contract.").keys("ctrl-s").closed();

    // 64 Exclusion of the press and public; 65 the Part 2 item.
    // The exclusion offers the Part 2 item's paragraph.
    c.keys("j x ctrl-s").closed();
    c.keys("j R")
        .text("That the committee note the draft school specification for Kingsley Fields.")
        .keys("ctrl-s")
        .closed();

    // The Chair closes the meeting, and will sign the minutes as Chair.
    c.at("12:25").keys("c ctrl-s").at("");
    c.keys("S ctrl-s").closed();

    let recorded = clerk.app.meeting();
    for (index, (got, want)) in recorded.records.iter().zip(&expected.records).enumerate() {
        assert_eq!(got, want, "record {}", index + 1);
    }
    assert_eq!(recorded.records.len(), expected.records.len());
    assert_eq!(*recorded, expected);
}

/// The votes meeting as it stood live, just before the vote on the given motion.
fn before_vote_on(motion: &str) -> minutebook::model::Meeting {
    let mut meeting = sample("highways-and-transport-votes.ron");
    let at = meeting
        .records
        .iter()
        .position(|r| matches!(&r.event, Event::Vote { motion: Some(m), .. } if m == motion))
        .expect("the vote is in the sample");
    meeting.records.truncate(at);
    meeting
}

#[test]
fn a_show_of_hands_beyond_the_room_is_refused_and_a_tie_needs_the_casting_vote() {
    let mut clerk = Clerk::new(before_vote_on("relief-road"));
    let c = &mut clerk;
    // Item 6: Reid has left, so eight may vote.
    c.keys("g").text("relief road").keys("enter");
    assert_eq!(c.app.current_item_id().as_deref(), Some("6"));
    c.keys("v h")
        .text("6")
        .keys("tab")
        .text("2")
        .keys("tab")
        .text("1")
        .keys("ctrl-s");
    let Some(minutebook::tui::live::overlays::Overlay::Vote(vote)) = c.app.top() else {
        panic!("the vote form stays open");
    };
    assert_eq!(
        vote.error.as_deref(),
        Some("9 votes were counted, but only 8 members could vote at this point")
    );
    c.keys("shift-tab shift-tab backspace").text("2");
    // 2 for, 2 against, 1 abstaining: equal, so the Chair must give a casting vote.
    c.keys("ctrl-s");
    let Some(minutebook::tui::live::overlays::Overlay::Vote(vote)) = c.app.top() else {
        panic!("still open for the casting vote");
    };
    assert!(
        vote.error
            .as_deref()
            .is_some_and(|e| e.contains("casting vote"))
    );
    c.keys("F ctrl-s").closed();
    let last = c.app.meeting().records.last().expect("a record");
    assert_eq!(last.item.as_deref(), Some("6"));
    assert_eq!(
        last.event,
        Event::Vote {
            motion: Some("relief-road".into()),
            count: Count::ShowOfHands {
                in_favour: 2,
                against: 2,
                abstentions: 1,
                named_against: Vec::new(),
                named_abstaining: Vec::new(),
            },
            casting: Some(Side::For)
        }
    );
}

#[test]
fn a_recorded_vote_takes_one_key_per_member() {
    let mut clerk = Clerk::new(before_vote_on("freeze"));
    let c = &mut clerk;
    c.keys("g").text("parking").keys("enter");
    // Nine may vote on item 7; the last motion moved is chosen.
    // Okafor, Patel, Evans, Hughes, Murray, Nowak, Reid, Shah, Wood.
    c.keys("v r f f a a s a - f f").keys("ctrl-s").closed();
    let Event::Vote {
        motion,
        count,
        casting,
    } = &c.app.meeting().records.last().expect("vote").event
    else {
        panic!("a vote");
    };
    assert_eq!(motion.as_deref(), Some("freeze"));
    assert_eq!(*casting, None);
    assert_eq!(count.figures(), Some((4, 3, 1)));
    let Count::Recorded {
        in_favour,
        against,
        abstentions,
    } = count
    else {
        panic!("recorded")
    };
    assert_eq!(
        in_favour,
        &vec![
            "okafor".to_string(),
            "patel".into(),
            "shah".into(),
            "wood".into()
        ]
    );
    assert_eq!(
        against,
        &vec!["evans".to_string(), "hughes".into(), "nowak".into()]
    );
    assert_eq!(abstentions, &vec!["murray".to_string()]);
}

#[test]
fn any_record_can_be_corrected_or_deleted_and_undo_redo_cover_them_all() {
    let original = sample("highways-and-transport-votes.ron");
    let mut clerk = Clerk::new(original.clone());
    let c = &mut clerk;
    c.keys("g").text("winter").keys("enter");
    // Correct Hughes's departure: he left during the item, not for good.
    c.keys("tab").keys("k k k k k k k k k k k"); // to the first record of the item
    c.keys("enter tab d ctrl-s").closed();
    let hughes = c
        .app
        .meeting()
        .records
        .iter()
        .find(|r| matches!(&r.event, Event::Left { person, .. } if person == "hughes"))
        .expect("Hughes left");
    assert_eq!(
        hughes.event,
        Event::Left {
            person: "hughes".into(),
            how: Leaving::DuringItem
        }
    );
    // Correct its time, then delete it.
    c.keys("t");
    c.keys("backspace backspace backspace backspace backspace")
        .text("20:11")
        .keys("ctrl-s")
        .closed();
    c.keys("delete");
    assert!(
        !c.app
            .meeting()
            .records
            .iter()
            .any(|r| matches!(&r.event, Event::Left { person, .. } if person == "hughes"))
    );
    // Undo all three, and the meeting is as it was; redo them, and it is as corrected.
    let corrected = c.app.meeting().clone();
    c.keys("u u u");
    assert_eq!(*c.app.meeting(), original);
    c.keys("ctrl-r ctrl-r ctrl-r");
    assert_eq!(*c.app.meeting(), corrected);
    assert!(c.app.session.version() > 0, "every change is there to save");
}

#[test]
fn the_roll_call_marks_apologies_substitutes_virtual_and_late_arrivals() {
    let mut meeting = sample("children-and-families-2022-03-24-agenda.ron");
    meeting.people.push(minutebook::model::Person {
        aliases: vec!["Wylie".into()],
        ..minutebook::model::Person::new(
            "wylie",
            "N Wylie",
            minutebook::model::PersonKind::Councillor,
        )
        .titled("Councillor")
    });
    let mut clerk = Clerk::new(meeting);
    let c = &mut clerk;
    c.at("14:00").keys("s enter a");
    // Find by name, then mark: Addison apologies, Wylie substitutes for Addison.
    c.keys("/").text("addison").keys("enter a");
    c.keys("/")
        .text("wylie")
        .keys("enter s")
        .text("addison")
        .keys("ctrl-s");
    c.keys("/").text("smith").keys("enter v");
    c.keys("/").text("hayes").keys("enter l esc").closed();
    let room = c.app.meeting().room_now();
    use minutebook::model::Attendance;
    assert_eq!(
        room.standing("addison").map(|s| &s.attendance),
        Some(&Attendance::Apologies)
    );
    assert_eq!(
        room.standing("wylie").map(|s| &s.attendance),
        Some(&Attendance::Substitute {
            for_member: Some("addison".into())
        })
    );
    assert_eq!(
        room.standing("smith").map(|s| &s.attendance),
        Some(&Attendance::Virtual)
    );
    assert!(room.standing("hayes").is_some_and(|s| s.late && s.in_room));
    assert!(
        c.app
            .meeting()
            .records
            .iter()
            .skip(1)
            .all(|r| r.at.map(|t| t.to_string()) == Some("14:00:00".into()))
    );
}

#[test]
fn a_read_only_meeting_refuses_every_change_and_says_why() {
    let meeting = sample("highways-and-transport-votes.ron");
    let mut app = minutebook::tui::live::app::App::new(
        meeting.clone(),
        minutebook::tui::keymap::Keymap::default(),
        Some("open in another copy of Minutebook (clerk on laptop)".into()),
    );
    for key in ["n", "d", "R", "v", "s", "x"] {
        let parsed = minutebook::tui::keymap::Key::parse(key).expect("key");
        app.handle_key(
            ratatui::crossterm::event::KeyEvent::new(parsed.code, parsed.modifiers),
            None,
        );
        assert!(app.top().is_none(), "{key} opened a form");
        assert_eq!(
            app.message.as_deref(),
            Some("Read-only: open in another copy of Minutebook (clerk on laptop)")
        );
    }
    assert_eq!(*app.meeting(), meeting);
    assert_eq!(app.session.version(), 0, "nothing changed to save");
}

#[test]
fn search_finds_any_record_and_goes_to_it() {
    let mut clerk = Clerk::new(sample(FEB));
    clerk.keys("/").text("bursar").keys("enter").closed();
    assert_eq!(clerk.app.current_item_id().as_deref(), Some("2"));
    assert!(clerk.app.nav.records_focus);
    let record = clerk.app.selected_record().expect("a record is chosen");
    assert!(matches!(&record.event, Event::Declaration { person, .. } if person == "beanland"));
    // Item titles are found too.
    clerk.keys("esc / ").text("kingsley").keys("enter");
    assert_eq!(clerk.app.current_item_id().as_deref(), Some("10"));
}

#[test]
fn the_problems_list_goes_to_each_problem() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/doubtful.ron");
    let meeting = minutebook::store::load(&path).expect("loads");
    let mut clerk = Clerk::new(meeting);
    clerk.keys("!");
    assert!(matches!(
        clerk.app.top(),
        Some(minutebook::tui::live::overlays::Overlay::Problems(_))
    ));
    // The first problem is a time out of order, at the ninth record.
    clerk.keys("enter");
    assert!(clerk.app.nav.records_focus);
    assert_eq!(
        clerk.app.selected_record().map(|r| r.id),
        Some(minutebook::model::RecordId(9))
    );
    // A sound meeting has none to list.
    let mut sound = Clerk::new(sample(FEB));
    sound.keys("!");
    assert!(sound.app.top().is_none());
    assert_eq!(
        sound.app.message.as_deref(),
        Some("No problems: the record is sound")
    );
}

#[test]
fn the_problems_list_names_a_record_the_minutes_leave_out_and_goes_to_it() {
    // D Lewis is marked absent, and the house style names nobody not present.
    let mut clerk = Clerk::new(sample("highways-and-transport-votes.ron"));
    clerk.keys("!");
    let Some(minutebook::tui::live::overlays::Overlay::Problems(_)) = clerk.app.top() else {
        panic!("the problems list is open: {:?}", clerk.app.message);
    };
    let listed =
        minutebook::tui::live::overlays::problems(clerk.app.meeting(), &clerk.app.house.style);
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(
        listed[0].1.contains(
            "the opening, 18:30: this will not print in the minutes: Councillor D Lewis is marked absent"
        ),
        "{}",
        listed[0].1
    );
    clerk.keys("enter");
    assert_eq!(
        clerk.app.selected_record().map(|r| r.id),
        Some(minutebook::model::RecordId(12))
    );
}

#[test]
fn minutes_are_written_beside_the_meeting_from_the_live_screen() {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("votes.ron");
    let mut clerk = Clerk::new(sample("highways-and-transport-votes.ron"));
    // The second choice is plain text; the fifth, confidential Markdown.
    clerk.keys("E down enter");
    clerk.write_minutes(&path);
    let written =
        std::fs::read_to_string(folder.path().join("votes-minutes.txt")).expect("written");
    assert!(written.contains("RESOLVED (by 5 votes to 3, with 1 abstention):"));
    assert!(!written.contains("evaluation scores"));
    clerk.keys("E down down down down enter");
    clerk.write_minutes(&path);
    let private = std::fs::read_to_string(folder.path().join("votes-minutes-confidential.md"))
        .expect("written");
    assert!(private.contains("evaluation scores"));
    assert!(
        clerk
            .app
            .message
            .as_deref()
            .is_some_and(|m| m.starts_with("Minutes written to"))
    );
}

#[test]
fn a_restored_draft_naming_someone_no_longer_in_the_meeting_is_not_recorded() {
    use minutebook::model::EventKind;
    use minutebook::tui::live::forms::{Draft, FormKind};
    let mut clerk = Clerk::new(sample(FEB));
    let before = clerk.app.meeting().clone();
    clerk.app.offer_draft(Draft {
        kind: FormKind::Record(EventKind::Substitute),
        item: None,
        editing: None,
        about: Some("nobody".into()),
        fields: vec![(String::new(), usize::MAX), (String::new(), usize::MAX)],
        target: None,
        before: None,
    });
    clerk.keys("y down up ctrl-s");
    assert_eq!(*clerk.app.meeting(), before);
    // The form stays open with the reason, so nothing typed is lost.
    let Some(form) = clerk.form() else {
        panic!("the form stays open");
    };
    assert!(
        form.error
            .as_deref()
            .is_some_and(|m| m.starts_with("Not recorded, as it would leave the record unsound")),
        "{:?}",
        form.error
    );
}

#[test]
fn a_part_two_item_warns_until_the_public_is_excluded() {
    let mut meeting = sample(FEB);
    let exclusion = meeting
        .records
        .iter()
        .position(|r| matches!(r.event, Event::Excluded { .. }))
        .expect("the exclusion");
    meeting.records.truncate(exclusion);
    let mut clerk = Clerk::new(meeting);
    clerk.keys("g").text("draft school").keys("enter");
    let screen = |clerk: &Clerk| {
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
        let theme = minutebook::tui::theme::Theme::built_in("default").expect("theme");
        terminal
            .draw(|frame| minutebook::tui::live::view::draw(frame, &clerk.app, &theme, None))
            .expect("draws");
        terminal.backend().to_string()
    };
    assert!(screen(&clerk).contains("! Part 2, but the public is not excluded (x)"));
    // A note taken now is exempt business in public: check says so.
    clerk
        .keys("n")
        .text("Tender prices were discussed.")
        .keys("ctrl-s")
        .closed();
    let warnings = minutebook::check::warnings(clerk.app.meeting());
    assert!(warnings.iter().any(|w| w.message.contains(
        "is Part 2, but records were made under it before the press and public were excluded"
    )));
    clerk.keys("u k x ctrl-s j").closed();
    assert!(!screen(&clerk).contains("the public is not excluded"));
}

#[test]
fn the_signing_form_proposes_whoever_the_minutes_say_presided() {
    let mut meeting = sample("adults-and-health-2022-03-28-agenda.ron");
    meeting.records.clear();
    let mut clerk = Clerk::new(meeting);
    let c = &mut clerk;
    // The Chair sent apologies and the Vice-Chair took the chair at the opening; later, for an
    // item, another member took it while the Vice-Chair spoke as a ward member.
    c.keys("a").keys("/").text("rhodes").keys("enter a esc");
    c.keys("C").text("moran").keys("ctrl-s").closed();
    c.keys("j j j j j C")
        .text("gardiner")
        .keys("ctrl-s")
        .closed();
    c.keys("S");
    let form = c.form().expect("the signing form");
    assert_eq!(form.fields[0].value(), "Councillor A Moran");
    assert_eq!(form.fields[1].value(), "Vice-Chair, in the Chair");
    let unsigned = minutebook::minutes::text::write(&minutebook::minutes::minutes(
        c.app.meeting(),
        Default::default(),
    ));
    c.keys("ctrl-s").closed();
    let signed = minutebook::minutes::text::write(&minutebook::minutes::minutes(
        c.app.meeting(),
        Default::default(),
    ));
    assert!(unsigned.contains("Councillor A Moran (Vice-Chair, in the Chair)\n"));
    assert_eq!(
        signed, unsigned,
        "signing as proposed changes nothing printed"
    );
}

#[test]
fn minutes_edited_by_hand_are_replaced_only_when_the_clerk_agrees_and_then_kept() {
    use minutebook::tui::live::overlays::{Overlay, Question};
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("votes.ron");
    let written = folder.path().join("votes-minutes.md");
    let mut clerk = Clerk::new(sample("highways-and-transport-votes.ron"));
    clerk.keys("E enter");
    clerk.write_minutes(&path);
    let first = std::fs::read_to_string(&written).expect("written");
    // Writing again over what this screen wrote asks nothing.
    clerk.keys("E enter");
    clerk.write_minutes(&path);
    assert!(clerk.app.top().is_none(), "{:?}", clerk.app.top());
    // The clerk edits the file by hand; the next E asks before replacing it.
    std::fs::write(&written, "Edited by hand.").expect("edited");
    clerk.keys("E enter");
    clerk.write_minutes(&path);
    assert!(matches!(
        clerk.app.top(),
        Some(Overlay::Confirm(Question::ReplaceMinutes { .. }))
    ));
    assert_eq!(
        std::fs::read_to_string(&written).expect("there"),
        "Edited by hand."
    );
    clerk.keys("n");
    assert_eq!(
        std::fs::read_to_string(&written).expect("there"),
        "Edited by hand.",
        "declining leaves it"
    );
    assert!(
        clerk
            .app
            .message
            .as_deref()
            .is_some_and(|m| m.contains("as it was"))
    );
    // Agreeing replaces it, and keeps the hand-edited file as the backup.
    clerk.keys("E enter");
    clerk.write_minutes(&path);
    clerk.keys("y");
    clerk.write_minutes(&path);
    assert_eq!(std::fs::read_to_string(&written).expect("there"), first);
    assert_eq!(
        std::fs::read_to_string(minutebook::store::backup_path(&written)).expect("kept"),
        "Edited by hand."
    );
}

#[test]
fn minutes_written_up_from_notes_take_a_vote_with_no_attendance_recorded() {
    // An agenda with its members, but no roll taken: the count stands on its own.
    let mut clerk = Clerk::new(sample("children-and-families-2022-03-24-agenda.ron"));
    clerk.keys("g").text("carers").keys("enter");
    clerk
        .keys("v h")
        .text("9")
        .keys("tab")
        .text("3")
        .keys("tab")
        .text("1")
        .keys("ctrl-s")
        .closed();
    let vote = clerk.app.meeting().records.last().expect("recorded");
    assert!(matches!(
        vote.event,
        minutebook::model::Event::Vote {
            count: minutebook::model::Count::ShowOfHands {
                in_favour: 9,
                against: 3,
                abstentions: 1,
                ..
            },
            ..
        }
    ));
    // A recorded vote lists every voting member to mark, as nobody is known to be out.
    clerk.keys("v r");
    let Some(minutebook::tui::live::overlays::Overlay::Vote(form)) = clerk.app.top() else {
        panic!("the vote form");
    };
    assert_eq!(form.eligible.len(), 13);
}
