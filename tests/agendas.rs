//! Any council's agenda: front sheets in the layouts other councils print them (a parish
//! summons, per-meeting and prefixed references, numbers glued to titles, a democracy
//! website's one-line list and item pages, flattened columns, a letter with its own date,
//! month-first dates, dates without a year), Word agendas, and an import summary that says
//! exactly what became of every line. The fixtures are written for these tests, in the shapes
//! such agendas take.

mod common;

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveTime};
use minutebook::import::{self, Imported, Use};
use minutebook::model::{ItemKind, Office, Part};

fn layout(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/agendas/layouts")
        .join(name)
}

fn imported(name: &str) -> Imported {
    let text = std::fs::read_to_string(layout(name)).expect("a fixture");
    import::import(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn summary_of(imported: &Imported) -> String {
    import::summary(imported, Path::new("agenda.txt"), Path::new("m.ron"))
}

/// Each item as (number, title, kind).
fn items(imported: &Imported) -> Vec<(String, String, ItemKind)> {
    imported
        .meeting
        .agenda
        .iter()
        .map(|i| {
            (
                i.number.clone().unwrap_or_default(),
                i.title.clone(),
                i.kind,
            )
        })
        .collect()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

fn time(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

#[test]
fn a_parish_summons_gives_the_body_day_time_and_place_and_glued_numbers_their_items() {
    let sheet = imported("parish-summons.txt");
    let meeting = &sheet.meeting;
    assert_eq!(meeting.body.name, "Hollowmead Parish Council");
    // The summons' date, not the letter's (issued 29 May).
    assert_eq!(meeting.date, date(2025, 6, 3));
    assert_eq!(meeting.time, time(19, 0));
    assert_eq!(meeting.venue, "Hollowmead Village Hall");
    let titles: Vec<(String, String, ItemKind)> = items(&sheet);
    assert_eq!(
        titles[0],
        ("1".into(), "APOLOGIES".into(), ItemKind::Apologies)
    );
    assert_eq!(titles[3].1, "PUBLIC PARTICIPATION");
    assert_eq!(titles[6].1, "CLERK'S REPORT");
    assert_eq!(
        meeting.agenda[0].description.as_deref(),
        Some("To receive and consider apologies for absence.")
    );
    // The applications under item 5 are its description, not lost and not items.
    let planning = meeting.agenda[4].description.as_deref().unwrap_or_default();
    assert!(planning.contains("25/00412/FUL 12 Mill Lane"), "{planning}");
    assert!(
        planning.contains("25/00431/HH Orchard Cottage"),
        "{planning}"
    );
    // Addressed to the members without naming them: said, not hidden.
    assert!(meeting.people.is_empty());
    let summary = summary_of(&sheet);
    assert!(summary.contains("no members are named"), "{summary}");
    assert!(summary.contains("line 15: Sam Taylor"), "{summary}");
    assert!(
        summary.contains("line 17: Clerk to Hollowmead Parish Council"),
        "{summary}"
    );
}

#[test]
fn per_meeting_references_are_kept_and_planned_times_are_not_descriptions() {
    let sheet = imported("town-references.txt");
    let meeting = &sheet.meeting;
    assert_eq!(meeting.body.name, "Planning and Environment Committee");
    assert_eq!(
        meeting.body.council.as_deref(),
        Some("Brackenford Town Council")
    );
    let numbers: Vec<&str> = meeting
        .agenda
        .iter()
        .filter_map(|i| i.number.as_deref())
        .collect();
    assert_eq!(
        numbers,
        [
            "2025-06_1",
            "2025-06_2",
            "2025-06_3",
            "2025-06_4",
            "2025-06_5",
            "2025-06_6"
        ]
    );
    let planned: Vec<Option<NaiveTime>> = meeting.agenda.iter().map(|i| i.planned).collect();
    assert_eq!(
        planned,
        [
            time(19, 0),
            time(19, 15),
            time(19, 16),
            time(19, 20),
            time(19, 25),
            time(20, 30)
        ]
    );
    assert_eq!(
        meeting.agenda[1].description, None,
        "a time is not a description"
    );
    assert_eq!(meeting.agenda[0].kind, ItemKind::PublicSpeaking);
    assert_eq!(meeting.agenda[3].kind, ItemKind::PreviousMinutes);
    assert!(summary_of(&sheet).contains("Every line of the front sheet was placed."));
}

#[test]
fn a_democracy_websites_one_line_list_is_split_into_its_items() {
    let sheet = imported("democracy-website.txt");
    assert_eq!(sheet.meeting.body.name, "Cabinet");
    assert_eq!(sheet.meeting.date, date(2025, 5, 14));
    assert_eq!(sheet.meeting.time, time(18, 30));
    let titles: Vec<String> = items(&sheet).into_iter().map(|i| i.1).collect();
    assert_eq!(
        titles,
        [
            "Apologies for Absence",
            "Urgent Business",
            "Declarations of Interest",
            "Minutes",
            "Budget Monitoring Report",
            "Housing Strategy 2025-2030"
        ]
    );
}

#[test]
fn a_website_item_page_reads_a_number_alone_and_strips_its_furniture() {
    let sheet = imported("website-items.txt");
    let meeting = &sheet.meeting;
    assert_eq!(meeting.date, date(2025, 5, 21));
    assert_eq!(meeting.time, time(18, 0));
    assert_eq!(meeting.venue, "Council Chamber - Town Hall");
    let titles: Vec<String> = items(&sheet).into_iter().map(|i| i.1).collect();
    assert_eq!(
        titles,
        [
            "Election of Mayor",
            "Appointment of Deputy Mayor",
            "Apologies"
        ]
    );
    let mayor = meeting.agenda[0].description.as_deref().unwrap_or_default();
    assert!(mayor.contains("(a) To elect a Mayor"), "{mayor}");
    let summary = summary_of(&sheet);
    assert!(
        summary.contains("line 20: Additional documents:"),
        "{summary}"
    );
}

#[test]
fn planning_items_starting_with_digits_sub_items_and_two_columns_of_members_are_read() {
    let sheet = imported("planning-committee.txt");
    let meeting = &sheet.meeting;
    assert_eq!(
        meeting.body.council.as_deref(),
        Some("London Borough of Ashgrove")
    );
    assert_eq!(meeting.people.len(), 6);
    let office = |name: &str| meeting.find_person(name).map(|p| p.office);
    assert_eq!(office("Rachel Dunn"), Some(Office::Chair));
    assert_eq!(office("Omar Haddad"), Some(Office::ViceChair));
    assert_eq!(office("Victor Adeyemi"), Some(Office::Member));
    let numbers: Vec<(&str, bool)> = meeting
        .agenda
        .iter()
        .map(|i| (i.number.as_deref().unwrap_or(""), i.sub_item))
        .collect();
    assert_eq!(
        numbers,
        [
            ("1", false),
            ("2", false),
            ("3", false),
            ("4", false),
            ("4.1", true),
            ("4.2", true),
            ("5", false),
            ("6", false)
        ]
    );
    assert_eq!(
        meeting.agenda[4].title,
        "12-14 Station Road, Ashgrove, N99 1AA"
    );
    assert_eq!(meeting.agenda[6].title, "7 Elm Grove, N99 3CC");
    assert!(
        meeting.agenda[4]
            .description
            .as_deref()
            .is_some_and(|d| d.contains("Recommendation: Grant permission"))
    );
    assert_eq!(meeting.agenda[7].part, Part::Two);
    assert_eq!(meeting.agenda[7].exempt_paragraphs, vec![6]);
    assert!(summary_of(&sheet).contains("Every line of the front sheet was placed."));
}

#[test]
fn a_committee_prefix_and_year_glued_to_the_title_and_a_year_prefixed_number_are_references() {
    let sheet = imported("prefixed.txt");
    assert_eq!(
        sheet.meeting.body.name,
        "Finance, General Purposes and Personnel Committee"
    );
    assert_eq!(sheet.meeting.date, date(2025, 6, 5));
    assert_eq!(sheet.meeting.time, time(19, 30));
    assert_eq!(sheet.meeting.venue, "Pavilion, Recreation Ground");
    let found = items(&sheet);
    assert_eq!(found.len(), 5);
    assert_eq!(
        found[0],
        (
            "FGP01/25".into(),
            "To receive Apologies for Absence".into(),
            ItemKind::Apologies
        )
    );
    assert_eq!(found[2].2, ItemKind::PreviousMinutes);
    assert_eq!(found[4].0, "FGP05/25");
    let year = imported("year-prefixed.txt");
    let numbers: Vec<String> = items(&year).into_iter().map(|i| i.0).collect();
    assert_eq!(numbers, ["2526-31", "2526-32", "2526-33", "2526-34"]);
    assert_eq!(year.meeting.agenda[2].title, "MINUTES");
    assert_eq!(
        year.meeting.agenda[2].description.as_deref(),
        Some("To approve the minutes of the meeting held on 4 June 2025.")
    );
}

#[test]
fn flattened_columns_give_each_title_its_pages_and_description() {
    let sheet = imported("flattened-columns.txt");
    let meeting = &sheet.meeting;
    assert_eq!(meeting.body.name, "General Purposes Committee");
    assert_eq!(
        meeting.body.council.as_deref(),
        Some("Ashgrove City Council")
    );
    assert_eq!(meeting.date, date(2025, 6, 10));
    assert_eq!(meeting.time, time(14, 0));
    assert!(meeting.venue.starts_with("COMMITTEE ROOM 4"));
    let minutes = &meeting.agenda[3];
    assert_eq!(minutes.title, "MINUTES");
    assert_eq!(minutes.pages.map(|p| (p.first, p.last)), Some((5, 10)));
    assert_eq!(
        minutes.description.as_deref(),
        Some("To confirm and sign the Minutes of the last meeting")
    );
    // "Page 1 of 52" run into item 6's line is page furniture, not its title.
    assert_eq!(meeting.agenda[5].title, "HACKNEY CARRIAGE FARES");
    assert_eq!(
        meeting.agenda[6].title,
        "ANNUAL REVIEW OF OUTSIDE BODY APPOINTMENTS"
    );
}

#[test]
fn a_letters_own_date_is_never_taken_for_the_meetings() {
    let sheet = imported("letter.txt");
    let meeting = &sheet.meeting;
    // The letter is dated 2 June; the meeting is the 11th, in the heading.
    assert_eq!(meeting.date, date(2025, 6, 11));
    assert_eq!(meeting.time, time(18, 30));
    assert_eq!(meeting.body.name, "Planning Committee");
    assert_eq!(meeting.venue, "Council Chamber, Town Hall, Ashgrove");
    let contact = meeting.contact.clone().expect("a contact");
    assert_eq!(contact.name.as_deref(), Some("Hannah Moss"));
    assert_eq!(contact.phone.as_deref(), Some("(01632) 960 415"));
    assert_eq!(items(&sheet).len(), 6);
    assert!(sheet.conflicts.is_empty(), "{:?}", sheet.conflicts);
    let summary = summary_of(&sheet);
    assert!(summary.contains("line 24: Hannah Moss"), "{summary}");
}

#[test]
fn a_month_first_date_without_its_year_takes_the_year_and_says_so() {
    let sheet = imported("month-first.txt");
    assert_eq!(sheet.meeting.date, date(2025, 6, 9));
    assert_eq!(sheet.meeting.time, time(19, 30));
    assert_eq!(sheet.meeting.body.name, "Oakley Parish Council");
    assert!(
        summary_of(&sheet).contains("gives no year; 2025 was taken"),
        "{}",
        summary_of(&sheet)
    );
}

#[test]
fn conflicts_lost_lines_and_furniture_are_all_said() {
    let sheet = imported("conflicting.txt");
    let meeting = &sheet.meeting;
    assert_eq!(meeting.date, date(2025, 7, 7), "the first date is taken");
    assert_eq!(meeting.time, time(19, 30));
    let summary = summary_of(&sheet);
    for said in [
        "Conflict: two lines give the date; line 6 was taken, not line 9",
        "Conflict: two lines give the time; line 7 was taken, not line 10",
        "not line 12: Contact: Chris Brown",
        "line 14: Email: clerk at ashgrove dot example",
        "line 15: https://www.ashgrove.example/agendas/2025/",
        "line 16: july-meeting.html",
        "line 1: Draft for checking",
    ] {
        assert!(summary.contains(said), "{said} is not said:\n{summary}");
    }
    assert!(!summary.contains("Every line"), "{summary}");
    assert!(!summary.contains("Every other line"), "{summary}");
}

#[test]
fn a_latin_1_agenda_is_read_as_what_it_says_and_the_summary_says_how() {
    let folder = tempfile::tempdir().expect("folder");
    let agenda = folder.path().join("agenda.txt");
    let mut bytes = b"Ashgrove Parish Council\n\nAgenda\n\nDate: 7 July 2025\nVenue: Caf".to_vec();
    bytes.push(0xE9); // é in Latin-1
    bytes.extend_from_slice(b" Room, Old School\n\n1. Apologies\n2. Minutes\n");
    std::fs::write(&agenda, bytes).expect("written");
    let output = folder.path().join("m.ron");
    let report = minutebook::commands::import(&agenda, &output).expect("imports");
    assert!(report.contains("Café Room, Old School"), "{report}");
    assert!(report.contains("read as Windows-1252"), "{report}");
    assert!(!report.contains('\u{fffd}'), "{report}");
}

#[test]
fn a_refusal_names_the_item_shapes_it_knows() {
    let error = import::import("Ashgrove Parish Council\n\nAgenda\n\nDate: 7 July 2025\n")
        .expect_err("no items");
    let said = error.to_string();
    for shape in [
        "\"1. Apologies\"",
        "\"1Apologies\"",
        "\"2025-06_1. Apologies\"",
        "\"5 a)\"",
    ] {
        assert!(said.contains(shape), "{said}");
    }
}

#[test]
fn new_with_an_agenda_works_from_every_layout() {
    let folder = tempfile::tempdir().expect("folder");
    let entries = std::fs::read_dir(layout("")).expect("the layouts");
    let mut made = 0;
    for entry in entries {
        let path = entry.expect("an entry").path();
        let file = folder
            .path()
            .join(path.file_stem().expect("a name"))
            .with_extension("ron");
        let request = minutebook::commands::NewMeeting {
            agenda: Some(&path),
            ..minutebook::commands::NewMeeting::at(&file)
        };
        let report = minutebook::commands::new_meeting(&request, date(2025, 1, 1))
            .unwrap_or_else(|e| panic!("{}: {e:#}", path.display()));
        assert!(report.contains("Wrote"), "{report}");
        let meeting = minutebook::store::load(&file).expect("a sound meeting file");
        assert!(!meeting.agenda.is_empty(), "{}", path.display());
        made += 1;
    }
    assert!(made >= 8, "only {made} layouts");
}

/// A Word agenda as a parish clerk writes one: Word numbers the items itself, so the numbers
/// are not in the text.
fn word_agenda(numbered: bool) -> Vec<u8> {
    use docx_rs::{
        AbstractNumbering, Docx, IndentLevel, Level, LevelJc, LevelText, NumberFormat, Numbering,
        NumberingId, Paragraph, Run, Start, Table, TableCell, TableRow,
    };
    let line = |text: &str| Paragraph::new().add_run(Run::new().add_text(text));
    // The library keeps list 1 for a default of its own; this agenda's list is 2.
    let item = |text: &str| line(text).numbering(NumberingId::new(2), IndentLevel::new(0));
    let sub = |text: &str| line(text).numbering(NumberingId::new(2), IndentLevel::new(1));
    let mut docx = Docx::new()
        .add_abstract_numbering(
            AbstractNumbering::new(2)
                .add_level(Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("decimal"),
                    LevelText::new("%1."),
                    LevelJc::new("left"),
                ))
                .add_level(Level::new(
                    1,
                    Start::new(1),
                    NumberFormat::new("lowerLetter"),
                    LevelText::new("%2)"),
                    LevelJc::new("left"),
                )),
        )
        .add_numbering(Numbering::new(2, 2))
        .add_paragraph(line("Hollowmead Parish Council"))
        .add_paragraph(line(
            "You are hereby summoned to attend a meeting of Hollowmead Parish Council on Tuesday 1st July 2025 at 7.30pm in the Village Hall.",
        ))
        .add_paragraph(line("Agenda"));
    if numbered {
        docx = docx
            .add_paragraph(item("Apologies for absence"))
            .add_paragraph(item("Declarations of interest"))
            .add_paragraph(item("Planning applications"))
            .add_paragraph(sub("25/00500/FUL The Granary, Church Street"))
            .add_paragraph(sub("25/00512/HH 3 Well Close"))
            .add_paragraph(item("Finance"));
    } else {
        let row = |cells: &[&str]| {
            TableRow::new(
                cells
                    .iter()
                    .map(|c| TableCell::new().add_paragraph(line(c)))
                    .collect(),
            )
        };
        docx = docx.add_table(Table::new(vec![
            row(&["1", "Apologies for absence", "To receive apologies."]),
            row(&["2", "Declarations of interest", "To receive declarations."]),
            row(&[
                "3",
                "Planning applications",
                "To consider the applications.",
            ]),
            row(&["4", "Finance", "To approve the payments."]),
        ]));
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).expect("a Word document");
    bytes.into_inner()
}

#[test]
fn a_word_agenda_with_word_numbering_or_a_table_imports_like_text() {
    let folder = tempfile::tempdir().expect("folder");
    for numbered in [true, false] {
        let agenda = folder.path().join(format!("agenda-{numbered}.docx"));
        std::fs::write(&agenda, word_agenda(numbered)).expect("written");
        let output = folder.path().join(format!("m-{numbered}.ron"));
        let report =
            minutebook::commands::import(&agenda, &output).unwrap_or_else(|e| panic!("{e:#}"));
        let meeting = minutebook::store::load(&output).expect("written");
        assert_eq!(meeting.body.name, "Hollowmead Parish Council", "{report}");
        assert_eq!(meeting.date, date(2025, 7, 1), "{report}");
        assert_eq!(meeting.time, time(19, 30), "{report}");
        assert_eq!(meeting.venue, "Village Hall", "{report}");
        let found: Vec<(String, String)> = meeting
            .agenda
            .iter()
            .map(|i| (i.number.clone().unwrap_or_default(), i.title.clone()))
            .collect();
        let expected: Vec<(&str, &str)> = if numbered {
            vec![
                ("1", "Apologies for absence"),
                ("2", "Declarations of interest"),
                ("3", "Planning applications"),
                ("3a", "25/00500/FUL The Granary, Church Street"),
                ("3b", "25/00512/HH 3 Well Close"),
                ("4", "Finance"),
            ]
        } else {
            vec![
                ("1", "Apologies for absence"),
                ("2", "Declarations of interest"),
                ("3", "Planning applications"),
                ("4", "Finance"),
            ]
        };
        let found: Vec<(&str, &str)> = found
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        assert_eq!(found, expected, "{report}");
        if !numbered {
            assert_eq!(
                meeting.agenda[0].description.as_deref(),
                Some("To receive apologies.")
            );
        }
    }
    // A damaged Word document is refused with the reason, and nothing is written.
    let broken = folder.path().join("broken.docx");
    std::fs::write(&broken, b"PK\x03\x04 not really a document").expect("written");
    let output = folder.path().join("broken.ron");
    let error = minutebook::commands::import(&broken, &output).expect_err("refused");
    assert!(error.to_string().contains("Word document"), "{error:#}");
    assert!(!output.exists());
}

/// A Word document with its body cut off part-way through a run of text, as a failed
/// download leaves one.
fn cut_short(document: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(document)).expect("a zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for index in 0..zip.len() {
        let mut entry = zip.by_index(index).expect("an entry");
        let name = entry.name().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).expect("read");
        if name == "word/document.xml" {
            let text = bytes
                .windows(4)
                .position(|w| w == b"<w:t")
                .expect("a run of text");
            bytes.truncate(text + 12);
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("an entry");
        out.write_all(&bytes).expect("written");
    }
    out.finish().expect("a zip").into_inner()
}

#[test]
fn a_word_document_cut_short_or_not_a_word_document_is_refused_in_plain_words() {
    let folder = tempfile::tempdir().expect("folder");
    let cases = [
        (
            "cut-short.docx",
            cut_short(&word_agenda(true)),
            "is damaged",
        ),
        (
            "old-format.docx",
            b"\xd0\xcf\x11\xe0 an old Word file".to_vec(),
            "is not a Word document",
        ),
    ];
    for (name, bytes, said) in cases {
        let agenda = folder.path().join(name);
        std::fs::write(&agenda, bytes).expect("written");
        let output = common::minutebook()
            .args(["import", agenda.to_str().expect("path"), "-o"])
            .arg(folder.path().join("m.ron"))
            .output()
            .expect("runs");
        let error = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{name}");
        // Refused for what is wrong with it, not after the time bound, and in the clerk's words.
        assert!(error.contains(said), "{name}: {error}");
        assert!(!error.contains("took longer"), "{name}: {error}");
        assert!(!error.contains("Failed to"), "{name}: {error}");
        assert!(error.contains("save the agenda as text"), "{name}: {error}");
    }
}

/// Lines of the kinds agendas hold, at random, for the property below.
fn agenda_line() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop_oneof![
        Just(String::new()),
        Just("Agenda".to_string()),
        Just("Ashgrove Parish Council".to_string()),
        Just("Date: Monday 7 July 2025".to_string()),
        Just("Date: 14 July 2025".to_string()),
        Just("Time: 7.30 pm".to_string()),
        Just("Time: eight o'clock".to_string()),
        Just("Venue: Village Hall".to_string()),
        Just("Contact: Pat Green".to_string()),
        Just("Email: clerk at example".to_string()),
        Just("https://www.example/agendas/".to_string()),
        Just("Page 3".to_string()),
        Just("To receive apologies for absence.".to_string()),
        Just("PART 2 – EXEMPT BUSINESS".to_string()),
        (1u32..8).prop_map(|n| format!("{n}. Item number {n}")),
        (1u32..8).prop_map(|n| format!("{n}Item glued {n}")),
        "[A-Za-z ,.]{0,30}",
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(400))]

    /// The summary claims every line was placed exactly when every line was, and every line
    /// that was not is named in it by its number.
    #[test]
    fn the_summarys_claim_matches_what_was_placed(
        lines in proptest::collection::vec(agenda_line(), 1..30)
    ) {
        let text = lines.join("\n");
        if let Ok(imported) = import::import(&text) {
            let summary = summary_of(&imported);
            let claims = summary.contains("Every line of the front sheet was placed.");
            proptest::prop_assert_eq!(claims, imported.every_line_placed(), "{}", summary);
            for (number, text, used) in &imported.uses {
                if !used.placed() && !text.is_empty() {
                    let named = format!("line {number}: {}", text.trim());
                    let conflict = *used == Use::Conflict
                        && summary.contains(&format!("not line {number}:"));
                    proptest::prop_assert!(
                        summary.contains(&named) || conflict,
                        "{} ({:?}) is not said:\n{}", named, used, summary
                    );
                }
            }
        }
    }
}
