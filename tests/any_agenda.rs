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
fn items_marked_with_letters_or_roman_numerals_keep_their_marks() {
    let lettered = imported("lettered-town.txt");
    let marks: Vec<&str> = lettered
        .meeting
        .agenda
        .iter()
        .filter_map(|i| i.number.as_deref())
        .collect();
    assert_eq!(marks, ["a", "b", "c", "d", "e", "f"]);
    assert_eq!(
        lettered.meeting.body.name,
        "Planning and Highways Committee"
    );
    assert_eq!(lettered.meeting.people.len(), 4);
    assert_eq!(lettered.meeting.agenda[3].applications.len(), 2);
    let roman = imported("roman-numerals.txt");
    let marks: Vec<&str> = roman
        .meeting
        .agenda
        .iter()
        .filter_map(|i| i.number.as_deref())
        .collect();
    assert_eq!(marks, ["i", "ii", "iii", "iv", "v", "vi", "vii"]);
    assert_eq!(roman.meeting.body.name, "Ravensholt Community Council");
    assert_eq!(
        roman.meeting.date,
        chrono::NaiveDate::from_ymd_opt(2026, 3, 11).expect("a date")
    );
    assert!(golden(&roman).contains("marks its items i to vii"));
}

#[test]
fn bilingual_labels_and_titles_a_democracy_page_and_a_scottish_notice_are_read() {
    let welsh = imported("welsh-community-bilingual.txt").meeting;
    assert_eq!(welsh.venue, "Neuadd y Pentref / Village Hall, Llanfair");
    assert_eq!(welsh.agenda[0].kind, ItemKind::Apologies);
    assert_eq!(welsh.agenda[2].kind, ItemKind::PreviousMinutes);
    let cabinet = imported("democracy-cabinet-page.txt").meeting;
    assert_eq!(cabinet.body.name, "Cabinet");
    assert_eq!(cabinet.agenda[2].title, "Minutes");
    assert_eq!(cabinet.agenda[3].title, "Budget monitoring: quarter 3");
    assert_eq!(
        cabinet.contact.as_ref().and_then(|c| c.email.as_deref()),
        Some("jo.brown@example.gov.uk")
    );
    assert!(cabinet.notices.is_empty(), "{:?}", cabinet.notices);
    let scottish = imported("scottish-community.txt").meeting;
    assert_eq!(scottish.venue, "Steeple Hall");
    assert_eq!(scottish.agenda[0].kind, ItemKind::Apologies);
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

/// Every fixture front sheet of every layout, to mutate.
fn every_layout() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/agendas");
    let mut texts = Vec::new();
    for folder in [root.join("unseen"), root.join("layouts")] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&folder)
            .expect("the fixtures")
            .map(|e| e.expect("an entry").path())
            .collect();
        paths.sort();
        texts.extend(
            paths
                .iter()
                .map(|p| std::fs::read_to_string(p).expect("a fixture")),
        );
    }
    texts
}

/// A change a front sheet suffers on its way to the clerk: a line lost, doubled, moved, run
/// into the next, a line of page furniture put in, a bullet put before a line, a letter
/// changed.
#[derive(Debug, Clone)]
enum Edit {
    Lose(usize),
    Double(usize),
    Swap(usize, usize),
    RunOn(usize),
    Furniture(usize, usize),
    Bullet(usize),
    Letter(usize, usize, char),
}

const FURNITURE: &[&str] = &[
    "Page 3 of 7",
    "Source: https://www.example.gov.uk/meetings/1",
    "Home | Council | Meetings | Contact us",
    "PDF 120 KB",
    "",
];

fn edit() -> impl proptest::strategy::Strategy<Value = Edit> {
    use proptest::prelude::*;
    prop_oneof![
        any::<usize>().prop_map(Edit::Lose),
        any::<usize>().prop_map(Edit::Double),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Swap(a, b)),
        any::<usize>().prop_map(Edit::RunOn),
        (any::<usize>(), 0..FURNITURE.len()).prop_map(|(a, f)| Edit::Furniture(a, f)),
        any::<usize>().prop_map(Edit::Bullet),
        (any::<usize>(), any::<usize>(), any::<char>()).prop_map(|(a, b, c)| Edit::Letter(a, b, c)),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for edit in edits {
        if lines.is_empty() {
            break;
        }
        let n = lines.len();
        match *edit {
            Edit::Lose(a) => {
                lines.remove(a % n);
            }
            Edit::Double(a) => {
                let line = lines[a % n].clone();
                lines.insert(a % n, line);
            }
            Edit::Swap(a, b) => lines.swap(a % n, b % n),
            Edit::RunOn(a) if a % n + 1 < n => {
                let next = lines.remove(a % n + 1);
                lines[a % n] = format!("{} {next}", lines[a % n]);
            }
            Edit::RunOn(_) => {}
            Edit::Furniture(a, f) => lines.insert(a % n, FURNITURE[f].to_string()),
            Edit::Bullet(a) => lines[a % n] = format!("- {}", lines[a % n]),
            Edit::Letter(a, b, c) => {
                let mut chars: Vec<char> = lines[a % n].chars().collect();
                if !chars.is_empty() {
                    let at = b % chars.len();
                    chars[at] = c;
                }
                lines[a % n] = chars.into_iter().collect();
            }
        }
    }
    lines.join("\n")
}

/// Words as one string, for finding a line's words in what they went into.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 512, ..Default::default() })]

    /// Whatever happens to a front sheet, the import accounts for every line honestly: each
    /// line of the front sheet has its use; one that says something is never passed over as
    /// blank; every line not placed is listed for the clerk; "every line was placed" is said
    /// only when it is true; and a line said to be an item's description is in one.
    #[test]
    fn every_line_of_a_mutated_front_sheet_is_accounted_for_honestly(
        sheet in 0usize..64,
        edits in proptest::collection::vec(edit(), 1..8),
    ) {
        let texts = every_layout();
        let text = apply(&texts[sheet % texts.len()], &edits);
        let Ok(imported) = import::import(&text) else {
            return Ok(());
        };
        let last = imported
            .uses
            .iter()
            .map(|(number, _, _)| *number)
            .max()
            .unwrap_or(0);
        let end = imported.ended_at.as_ref().map_or(text.split('\n').count(), |(line, _)| line - 1);
        for number in 1..=last.max(end) {
            proptest::prop_assert!(
                imported.uses.iter().any(|(n, _, _)| *n == number),
                "line {number} has no use\n{text}"
            );
        }
        let summary = golden(&imported);
        let descriptions: String = imported
            .meeting
            .agenda
            .iter()
            .map(|i| format!("{} {}", i.title, i.description.as_deref().unwrap_or_default()))
            .collect::<Vec<_>>()
            .join(" ");
        let descriptions = words(&descriptions);
        for (number, line, used) in &imported.uses {
            match used {
                import::Use::Blank => proptest::prop_assert!(
                    line.trim().is_empty(),
                    "line {number} ({line:?}) passed over as blank\n{summary}"
                ),
                import::Use::Description => proptest::prop_assert!(
                    descriptions.contains(&words(line)),
                    "line {number} ({line:?}) is in no description\n{summary}"
                ),
                _ => {}
            }
            if !used.placed() {
                proptest::prop_assert!(
                    summary.contains(&format!("line {number}:")),
                    "line {number} ({used:?}) is not listed\n{summary}"
                );
            }
        }
        proptest::prop_assert_eq!(
            summary.contains("Every line of the front sheet was placed."),
            imported.every_line_placed(),
            "{}", summary
        );
    }
}

#[test]
fn an_agenda_without_a_date_is_imported_on_the_date_given_and_without_a_body_left_for_the_clerk() {
    let folder = tempfile::tempdir().expect("folder");
    let undated = folder.path().join("undated.txt");
    std::fs::write(
        &undated,
        "Little Wick Parish Council\n\nAGENDA\n1. Apologies for absence\n2. Minutes\n",
    )
    .expect("written");
    let out = folder.path().join("undated.ron");
    let refused = common::minutebook()
        .args(["import", undated.to_str().expect("path"), "-o"])
        .arg(&out)
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success());
    assert!(said.contains("gives no date"), "{said}");
    assert!(said.contains("--date"), "{said}");
    assert!(!out.exists());
    let dated = common::minutebook()
        .args(["import", undated.to_str().expect("path"), "-o"])
        .arg(&out)
        .args(["--date", "12 March 2026"])
        .output()
        .expect("runs");
    assert!(
        dated.status.success(),
        "{}",
        String::from_utf8_lossy(&dated.stderr)
    );
    let meeting = minutebook::store::load(&out).expect("written");
    assert_eq!(
        meeting.date,
        chrono::NaiveDate::from_ymd_opt(2026, 3, 12).expect("a date")
    );
    // Nor a time or a place: the live screen asks for them first.
    assert!(minutebook::commands::NewMeeting::details_wanted(&meeting));
    // No body named: imported all the same, the name left for the clerk, and said.
    let nameless = import::import("Date: 3 March 2026\n\n1. Apologies\n2. Minutes\n")
        .expect("imported without a body");
    assert_eq!(nameless.meeting.body.name, "");
    assert!(minutebook::commands::NewMeeting::details_wanted(
        &nameless.meeting
    ));
    assert!(golden(&nameless).contains("Body          (none found)"));
    assert!(golden(&nameless).contains("give it in the meeting's details"));
}

#[test]
fn an_agenda_pasted_on_the_start_screen_is_asked_its_date_and_its_file() {
    use minutebook::tui::start::{Asking, StartScreen};
    let folder = tempfile::tempdir().expect("folder");
    let mut start = StartScreen::new(Vec::new());
    // Copied from a web page: line ends as a clipboard may give them.
    start.paste_agenda(
        "Little Wick Parish Council\r\n\r\nAGENDA\r1. Apologies\r2. Minutes\r".into(),
    );
    assert!(
        matches!(start.asking, Some(Asking::Date(_))),
        "{:?}",
        start.message
    );
    // A date that is not one is asked again.
    assert_eq!(start.answer("the thirty-second of Smarch"), None);
    assert!(matches!(start.asking, Some(Asking::Date(_))));
    assert_eq!(start.answer("12/03/2026"), None);
    assert!(matches!(start.asking, Some(Asking::FileFor { .. })));
    assert_eq!(
        start.typing_path.as_deref(),
        Some("little-wick-parish-council-2026-03-12.ron")
    );
    // A file already there is not written over.
    let taken = folder.path().join("taken.ron");
    std::fs::write(&taken, "kept").expect("written");
    assert_eq!(start.answer(taken.to_str().expect("path")), None);
    assert_eq!(std::fs::read_to_string(&taken).expect("kept"), "kept");
    let file = folder.path().join("little-wick.ron");
    assert_eq!(
        start.answer(file.to_str().expect("path")),
        Some(file.clone())
    );
    let meeting = minutebook::store::load(&file).expect("written");
    assert_eq!(meeting.body.name, "Little Wick Parish Council");
    assert_eq!(meeting.agenda.len(), 2);
    assert_eq!(
        meeting.date,
        chrono::NaiveDate::from_ymd_opt(2026, 3, 12).expect("a date")
    );
    // Text that is no agenda is said so, and nothing is asked.
    let mut start = StartScreen::new(Vec::new());
    start.paste_agenda("Dear all,\nplease find the papers attached.\n".into());
    assert!(start.asking.is_none());
    assert!(
        start
            .message
            .as_deref()
            .is_some_and(|m| m.starts_with("The pasted text made no meeting")),
        "{:?}",
        start.message
    );
}
