//! The bundled sample meetings: each loads, is sound, survives a save, and its derived facts
//! (who is in the room, who may vote, quorum) match what the minutes say happened.

use std::path::{Path, PathBuf};

use minutebook::check::{self, Severity};
use minutebook::model::{Attendance, Count, Event, Meeting, Part, Side, VoteResult};
use minutebook::store;

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-meetings")
        .join(name)
}

fn load(name: &str) -> Meeting {
    store::load(&sample(name)).unwrap_or_else(|error| panic!("{name} should load: {error}"))
}

fn all_samples() -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-meetings");
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("sample-meetings exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// Index of the first record matching `wanted` in the item.
fn record_index(meeting: &Meeting, item: &str, wanted: impl Fn(&Event) -> bool) -> usize {
    meeting
        .records
        .iter()
        .position(|r| r.item.as_deref() == Some(item) && wanted(&r.event))
        .unwrap_or_else(|| panic!("no such record in item {item}"))
}

fn ids<'a>(people: impl IntoIterator<Item = &'a minutebook::model::Person>) -> Vec<&'a str> {
    people.into_iter().map(|p| p.id.as_str()).collect()
}

#[test]
fn there_are_nine_samples_and_each_is_sound_without_warnings() {
    let files = all_samples();
    assert_eq!(files.len(), 9, "{files:?}");
    for file in files {
        let meeting = store::load(&file).unwrap_or_else(|e| panic!("{e}"));
        let problems = check::check(&meeting);
        assert!(
            problems.is_empty(),
            "{} has problems: {problems:?}",
            file.display()
        );
    }
}

#[test]
fn every_sample_round_trips_through_text_and_disk() {
    let folder = tempfile::tempdir().expect("temporary folder");
    for file in all_samples() {
        let meeting = store::load(&file).expect("sample loads");
        let text = store::to_text(&meeting).expect("encodes");
        let reparsed = store::parse(&file, text.as_bytes()).expect("saved text parses");
        assert_eq!(reparsed, meeting, "{} via text", file.display());

        let copy = folder.path().join(file.file_name().expect("file name"));
        store::save(&meeting, &copy).expect("saves");
        assert_eq!(store::load(&copy).expect("reloads"), meeting);
        // Saving what was loaded from our own output changes nothing: the format is stable.
        store::save(&store::load(&copy).expect("reloads"), &copy).expect("saves again");
        assert_eq!(std::fs::read_to_string(&copy).expect("readable"), text);
    }
}

#[test]
fn the_fourteenth_of_february_has_the_committee_in_the_room_and_an_officer_on_screen() {
    let meeting = load("children-and-families-2022-02-14.ron");
    let start = meeting
        .records
        .iter()
        .position(|r| r.item.is_some())
        .expect("items were recorded");
    let room = meeting.room_after(start);
    assert_eq!(room.voters_in_room().count(), 13);
    assert_eq!(
        room.standing("bayley").map(|s| &s.attendance),
        Some(&Attendance::Virtual)
    );
    assert_eq!(room.standing("bayley").map(|s| s.in_room), Some(false));
    // A quarter of thirteen, rounded up.
    assert_eq!(meeting.quorum(), 4);
    assert!(meeting.quorate_after(start));
}

#[test]
fn beanland_was_out_for_the_funding_formula_vote_and_back_for_the_next_item() {
    let meeting = load("children-and-families-2022-02-14.ron");
    let vote = record_index(&meeting, "6", |e| matches!(e, Event::Vote { .. }));
    let voters = ids(meeting.eligible_voters(vote));
    assert_eq!(voters.len(), 12);
    assert!(!voters.contains(&"beanland"));
    // He spoke on the item before leaving, so he was in the room while it was considered.
    assert!(meeting.in_room_for_item("6").contains(&"beanland"));

    let next = record_index(&meeting, "7", |e| matches!(e, Event::Resolved { .. }));
    assert!(ids(meeting.room_after(next).in_room()).contains(&"beanland"));
}

#[test]
fn hayes_left_for_kingsley_fields_and_did_not_return() {
    let meeting = load("children-and-families-2022-02-14.ron");
    let vote = record_index(&meeting, "10", |e| matches!(e, Event::Vote { .. }));
    let voters = ids(meeting.eligible_voters(vote));
    assert_eq!(voters.len(), 12);
    assert!(!voters.contains(&"hayes"));
    assert!(!ids(meeting.room_now().in_room()).contains(&"hayes"));
    assert!(!meeting.in_room_for_item("11").contains(&"hayes"));
}

#[test]
fn business_after_the_exclusion_is_part_two() {
    let meeting = load("children-and-families-2022-02-14.ron");
    assert_eq!(meeting.part_of("10"), Part::One);
    assert_eq!(meeting.part_of("exclusion"), Part::One);
    assert_eq!(meeting.part_of("11"), Part::Two);
    assert_eq!(meeting.minute_number("1"), Some(54));
    assert_eq!(meeting.minute_number("exclusion"), Some(64));
    assert_eq!(meeting.minute_number("11"), Some(65));
    assert_eq!(meeting.last_minute_number(), Some(65));
    let (commenced, concluded) = meeting.opening_and_closing();
    assert_eq!(commenced.map(|t| t.to_string()), Some("10:35:00".into()));
    assert_eq!(concluded.map(|t| t.to_string()), Some("12:25:00".into()));
}

#[test]
fn the_board_counts_only_voting_members_and_the_substitute() {
    let meeting = load("health-and-wellbeing-board-2022-01-25.ron");
    let room = meeting.room_now();
    let voters = ids(room.voters_in_room());
    assert_eq!(
        voters,
        vec![
            "bulman",
            "corcoran",
            "rhodes",
            "charlesworth-may",
            "frodsham",
            "tyrer",
            "groves"
        ]
    );
    assert!(ids(room.in_room()).contains(&"woodcock"));
    assert!(ids(room.in_room()).contains(&"clowes"));
    assert_eq!(
        room.standing("groves").map(|s| &s.attendance),
        Some(&Attendance::Substitute {
            for_member: Some("barry".into())
        })
    );
    assert_eq!(
        room.standing("odonnell").map(|s| &s.attendance),
        Some(&Attendance::Apologies)
    );
    assert_eq!(
        meeting
            .find_person("Lorraine O'Donnell")
            .map(|p| p.id.as_str()),
        Some("odonnell")
    );
}

#[test]
fn the_votes_meeting_decides_as_its_figures_say() {
    let meeting = load("highways-and-transport-votes.ron");
    let results: Vec<(Option<&str>, VoteResult)> = meeting
        .records
        .iter()
        .filter_map(|r| match &r.event {
            Event::Vote {
                motion,
                count,
                casting,
            } => Some((motion.as_deref(), count.result(*casting))),
            _ => None,
        })
        .collect();
    assert_eq!(
        results,
        vec![
            (None, VoteResult::Carried),
            (Some("station-road"), VoteResult::Lost),
            (Some("speed-limits"), VoteResult::Carried),
            (Some("relief-road"), VoteResult::Carried),
            (Some("freeze"), VoteResult::Lost),
            (None, VoteResult::Carried),
            (None, VoteResult::Carried),
        ]
    );
    let tie = meeting
        .records
        .iter()
        .find_map(|r| match &r.event {
            Event::Vote {
                count,
                casting: Some(side),
                ..
            } => Some((count.clone(), *side)),
            _ => None,
        })
        .expect("a casting vote");
    assert!(tie.0.is_tied());
    assert_eq!(tie.1, Side::Against);
}

#[test]
fn reid_declared_a_pecuniary_interest_left_and_could_not_vote() {
    let meeting = load("highways-and-transport-votes.ron");
    let vote = record_index(&meeting, "6", |e| matches!(e, Event::Vote { .. }));
    let voters = ids(meeting.eligible_voters(vote));
    assert_eq!(voters.len(), 8);
    assert!(!voters.contains(&"reid"));
    assert!(meeting.barred_by_interest("reid", "6", vote));
    assert!(!meeting.barred_by_interest("reid", "5", vote));
    // The substitute votes in the absent member's place.
    assert!(voters.contains(&"wood"));
}

#[test]
fn the_quorum_of_five_is_lost_and_regained_during_winter_maintenance() {
    let meeting = load("highways-and-transport-votes.ron");
    assert_eq!(meeting.quorum(), 5);
    let evans_left = record_index(
        &meeting,
        "8",
        |e| matches!(e, Event::Left { person, .. } if person == "evans"),
    );
    let shah_back = record_index(
        &meeting,
        "8",
        |e| matches!(e, Event::Returned { person } if person == "shah"),
    );
    assert!(meeting.quorate_after(evans_left));
    assert!(!meeting.quorate_after(evans_left + 1));
    assert!(!meeting.quorate_after(shah_back));
    assert!(meeting.quorate_after(shah_back + 1));
    // By the clock, too: at 20:25 the room had four voters.
    let at = chrono::NaiveTime::from_hms_opt(20, 25, 0).expect("valid time");
    assert_eq!(meeting.room_at_time(at).voters_in_room().count(), 4);
}

#[test]
fn the_recorded_vote_names_every_eligible_member_once() {
    let meeting = load("highways-and-transport-votes.ron");
    let vote = record_index(&meeting, "5", |e| {
        matches!(
            e,
            Event::Vote {
                count: Count::Recorded { .. },
                ..
            }
        )
    });
    let Event::Vote { count, .. } = &meeting.records[vote].event else {
        unreachable!("found above")
    };
    let eligible = ids(meeting.eligible_voters(vote));
    assert_eq!(count.misfits(Some(&eligible)), vec![]);
    assert_eq!(count.figures(), Some((5, 3, 1)));
}

#[test]
fn agendas_not_yet_held_have_no_warnings_about_missing_outcomes() {
    for name in [
        "children-and-families-2022-03-24-agenda.ron",
        "adults-and-health-2022-03-28-agenda.ron",
        "children-and-families-scrutiny-2020-01-27-agenda.ron",
    ] {
        let meeting = load(name);
        assert!(meeting.records.is_empty(), "{name} has not been held");
        assert!(!meeting.has_commenced());
        assert!(
            check::check(&meeting)
                .iter()
                .all(|p| p.severity != Severity::Error),
            "{name}"
        );
    }
    let scrutiny = load("children-and-families-scrutiny-2020-01-27-agenda.ron");
    assert_eq!(scrutiny.body.chair_title.chair(), "Chairman");
    assert_eq!(scrutiny.first_minute, 37);
    assert_eq!(scrutiny.agenda.len(), 12);
}

#[test]
fn the_standard_exclusion_wording_is_what_the_committee_resolved() {
    // Minute 64 of 14 February 2022, as published, with its line breaks joined.
    let published = "That the press and public be excluded from the meeting during \
        consideration of the following item pursuant to Section 100(A)4 of the Local \
        Government Act 1972 on the grounds that it involves the likely disclosure of exempt \
        information as defined in Paragraph 3 of Part 1 of Schedule 12A to the Local \
        Government Act 1972 and public interest would not be served in publishing the \
        information.";
    let meeting = load("children-and-families-2022-02-14.ron");
    let paragraphs = meeting
        .records
        .iter()
        .find_map(|r| match &r.event {
            Event::Excluded {
                paragraphs,
                wording: None,
            } => Some(paragraphs.clone()),
            _ => None,
        })
        .expect("the exclusion uses the standard wording");
    // The statutory wording is the default house style's.
    use minutebook::minutes::style::{Style, Voice};
    use minutebook::model::kinds::privacy::paragraphs_phrase;
    use minutebook::model::said::{Key, Phrase};
    let style = Style::default();
    let exclusion = Phrase::new(Key::Exclusion)
        .phrase("paragraphs", paragraphs_phrase(&paragraphs))
        .phrase("business", Phrase::new(Key::ExclusionFollowing));
    assert_eq!(Voice::new(&meeting, &style).say(&exclusion), published);
}

#[test]
fn the_start_screen_offers_every_sample_meeting() {
    let bundled: Vec<&str> = minutebook::tui::start::SAMPLES
        .iter()
        .map(|(file, _)| *file)
        .collect();
    for file in all_samples() {
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a file name");
        assert!(bundled.contains(&name), "{name} is not on the start screen");
        let text = std::fs::read_to_string(&file).expect("readable");
        let built_in = minutebook::tui::start::SAMPLES
            .iter()
            .find(|(f, _)| *f == name)
            .map(|(_, t)| *t);
        assert_eq!(built_in, Some(text.as_str()), "{name}");
    }
}
