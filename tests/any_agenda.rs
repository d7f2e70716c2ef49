//! Agendas of councils Minutebook has never seen, in the layouts their websites and clerks
//! give them: items as bullets, dashes or without numbers under an "AGENDA" heading, a front
//! sheet whose lines a PDF ran together, a summons giving its date in a sentence, and a
//! democracy website's page with its furniture. Each imports to its golden meeting, reviewed
//! by hand, and the planning applications an agenda lists are offered in turn in the live
//! screen without ever being minuted until the clerk takes one. The fixtures are written for
//! these tests.

mod common;

use std::path::{Path, PathBuf};

use common::Clerk;
use minutebook::import::{self, Imported};
use minutebook::model::{Event, ItemKind, Part};

fn unseen(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/agendas/unseen")
        .join(name)
}

fn imported(name: &str) -> Imported {
    let text = std::fs::read_to_string(unseen(name)).expect("a fixture");
    import::import(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// What the clerk is told of the import, then the meeting file it makes.
fn golden(imported: &Imported) -> String {
    let summary = import::summary(imported, Path::new("agenda.txt"), Path::new("meeting.ron"));
    let file = minutebook::store::to_text(&imported.meeting).expect("the meeting as a file");
    format!("{summary}\n----- meeting.ron -----\n{file}")
}

#[test]
fn every_unseen_layout_imports_to_its_golden_meeting() {
    let mut names: Vec<String> = std::fs::read_dir(unseen(""))
        .expect("the fixtures")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    assert!(names.len() >= 5, "{names:?}");
    for name in names {
        let meeting = imported(&name);
        let stem = name.trim_end_matches(".txt");
        insta::assert_snapshot!(format!("unseen_{stem}"), golden(&meeting));
    }
}

#[test]
fn items_given_as_bullets_and_dashes_are_items_and_the_navigation_bar_is_furniture() {
    let sheet = imported("bulleted-parish.txt");
    let meeting = &sheet.meeting;
    assert_eq!(meeting.body.name, "Wexcombe Parish Council");
    assert_eq!(meeting.agenda.len(), 9);
    assert_eq!(meeting.agenda[0].kind, ItemKind::Apologies);
    assert_eq!(meeting.agenda[3].title, "Public participation");
    assert!(
        meeting
            .agenda
            .iter()
            .all(|i| !i.title.contains("January") && !i.title.starts_with("Source")),
        "{:?}",
        meeting.agenda
    );
}

#[test]
fn a_run_together_front_sheet_gives_its_fields_items_and_applications() {
    let sheet = imported("run-together.txt");
    let meeting = &sheet.meeting;
    assert_eq!(meeting.body.name, "Planning Committee");
    assert_eq!(
        meeting.venue,
        "Council Chamber, Civic Centre, Northtown NT1 2AB"
    );
    assert_eq!(meeting.people.len(), 6);
    assert_eq!(meeting.agenda.len(), 6);
    let fourth = &meeting.agenda[3].applications;
    assert_eq!(fourth.len(), 1);
    assert_eq!(fourth[0].reference, "25/01234/FUL");
    assert_eq!(fourth[0].site, "12 High Street, Northtown");
    assert_eq!(fourth[0].ward.as_deref(), Some("Northtown Central"));
    assert_eq!(
        fourth[0].recommendation.as_deref(),
        Some("approve subject to conditions")
    );
    assert_eq!(
        meeting.agenda[4].applications[0].recommendation.as_deref(),
        Some("refuse")
    );
}

#[test]
fn a_summons_sentence_gives_the_date_and_no_item_is_lost_to_a_line_that_looks_like_another_document()
 {
    let sheet = imported("summons-sentence.txt");
    let meeting = &sheet.meeting;
    assert_eq!(meeting.body.name, "Little Easton Parish Council");
    assert_eq!(
        meeting.date,
        chrono::NaiveDate::from_ymd_opt(2026, 3, 12).expect("a date")
    );
    assert_eq!(meeting.venue, "Memorial Hall");
    let numbers: Vec<&str> = meeting
        .agenda
        .iter()
        .filter_map(|i| i.number.as_deref())
        .collect();
    assert_eq!(numbers, ["1", "2", "3", "4", "5", "6", "7", "8"]);
    // The date under the clerk's signature is the day the summons was sent, not a conflict.
    let summary = golden(&sheet);
    assert!(!summary.contains("Conflict"), "{summary}");
}

#[test]
fn a_democracy_page_keeps_its_furniture_out_and_its_exempt_item_in_private() {
    let sheet = imported("democracy-page.txt");
    let meeting = &sheet.meeting;
    assert_eq!(meeting.body.name, "Licensing Sub-Committee");
    assert_eq!(meeting.agenda.len(), 5);
    assert_eq!(meeting.agenda[4].part, Part::Two);
    assert_eq!(meeting.agenda[2].part, Part::One);
    assert!(golden(&sheet).contains("item 5 was taken as Part 2"));
}

#[test]
fn items_without_numbers_under_an_agenda_heading_are_numbered_in_turn_and_said_so() {
    let sheet = imported("unnumbered.txt");
    let meeting = &sheet.meeting;
    assert_eq!(meeting.body.name, "Ashby Magna Parish Council");
    assert_eq!(meeting.venue, "Ashby Magna Reading Room");
    assert_eq!(meeting.agenda.len(), 6);
    assert_eq!(meeting.agenda[5].title, "Any other business");
    assert!(golden(&sheet).contains("numbered in turn"));
}

#[test]
fn the_applications_an_agenda_lists_are_offered_in_turn_and_minuted_only_once_taken() {
    let meeting = imported("run-together.txt").meeting;
    let mut clerk = Clerk::new(meeting);
    // To item 4, then take the application the agenda lists under it.
    clerk.keys("g").text("4").keys("enter");
    clerk.keys("b");
    let form = clerk.form().expect("the application's form");
    let values: Vec<String> = form.fields.iter().map(|f| f.value()).collect();
    assert_eq!(values[0], "25/01234/FUL", "{values:?}");
    assert_eq!(values[1], "12 High Street, Northtown", "{values:?}");
    assert!(
        values.contains(&"Northtown Central".to_string()),
        "{values:?}"
    );
    clerk.keys("ctrl-s").closed();
    // Taken: the form for item 4 now opens blank.
    clerk.keys("b");
    let again = clerk.form().expect("a blank form");
    assert_eq!(again.fields[0].value(), "");
    clerk.keys("esc");
    let meeting = clerk.app.meeting();
    let taken: Vec<&str> = meeting
        .records
        .iter()
        .filter_map(|r| match &r.event {
            Event::Application { reference, .. } => Some(reference.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(taken, ["25/01234/FUL"]);
    // Item 5's application was listed but never taken: the minutes give the item's title as
    // the agenda printed it, and nothing of the application.
    let minutes = minutebook::minutes::text::write(&minutebook::minutes::minutes(
        meeting,
        minutebook::minutes::Options {
            confidential: false,
        },
    ));
    assert!(minutes.contains("25/01234/FUL"), "{minutes}");
    assert!(minutes.contains("recommended approve"), "{minutes}");
    assert!(!minutes.contains("(Easterby)"), "{minutes}");
    assert!(!minutes.contains("recommended refuse"), "{minutes}");
}
