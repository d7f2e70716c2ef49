//! Importing agenda packs: the three real front sheets with every field exactly right, the
//! variants other converters and councils produce, a PDF, text that is not an agenda, and
//! carrying a meeting forward from the previous one.

mod common;

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveTime};
use minutebook::import::{self, carry_forward};
use minutebook::model::{ChairTitle, ItemKind, Meeting, Office, Pages, Part};
use minutebook::store;
use proptest::prelude::*;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/agendas")
        .join(name)
}

fn read(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).expect("fixture")
}

fn import_text(text: &str) -> Meeting {
    import::import(text)
        .unwrap_or_else(|e| panic!("{e}"))
        .meeting
}

fn sample(name: &str) -> Meeting {
    store::load(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sample-meetings")
            .join(name),
    )
    .expect("sample")
}

/// Drops the full-name aliases a clerk adds by hand, which no front sheet prints.
fn without_full_names(mut meeting: Meeting) -> Meeting {
    for person in &mut meeting.people {
        person.aliases.retain(|alias| !alias.contains(' '));
    }
    meeting
}

type Item<'a> = (&'a str, &'a str, Option<(u32, u32)>, bool, ItemKind);

fn assert_items(meeting: &Meeting, expected: &[Item<'_>]) {
    assert_eq!(meeting.agenda.len(), expected.len());
    for (item, (number, title, pages, verbal, kind)) in meeting.agenda.iter().zip(expected) {
        assert_eq!(item.number.as_deref(), Some(*number));
        assert_eq!(item.title, *title, "item {number}");
        assert_eq!(
            item.pages,
            pages.map(|(first, last)| Pages { first, last }),
            "item {number}"
        );
        assert_eq!(item.verbal, *verbal, "item {number}");
        assert_eq!(item.kind, *kind, "item {number}");
        assert_eq!(item.part, Part::One, "item {number}");
    }
}

fn assert_members(meeting: &Meeting, expected: &[(&str, Office)]) {
    let got: Vec<(&str, Office)> = meeting
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.office))
        .collect();
    assert_eq!(got, expected);
    assert!(
        meeting
            .people
            .iter()
            .all(|p| p.title.as_deref() == Some("Councillor"))
    );
}

#[test]
fn the_children_and_families_front_sheet_imports_exactly() {
    let meeting = import_text(&read("children-and-families-2022-03-24.txt"));
    assert_eq!(meeting.body.name, "Children and Families Committee");
    assert_eq!(meeting.body.kind, minutebook::model::BodyKind::Committee);
    assert_eq!(
        meeting.body.council.as_deref(),
        Some("Cheshire East Council")
    );
    assert_eq!(meeting.body.chair_title, ChairTitle::Chair);
    assert_eq!(
        meeting.date,
        NaiveDate::from_ymd_opt(2022, 3, 24).expect("date")
    );
    assert_eq!(meeting.time, NaiveTime::from_hms_opt(14, 0, 0));
    assert_eq!(
        meeting.venue,
        "Committee Suite 1,2 & 3, Westfields, Middlewich Road, Sandbach CW11 1HZ"
    );
    let contact = meeting.contact.clone().expect("contact");
    assert_eq!(
        (contact.name, contact.phone, contact.email.as_deref()),
        (None, None, Some("josie.lloyd@cheshireeast.gov.uk"))
    );
    assert_eq!(meeting.first_minute, 66);
    assert_eq!(meeting.notices.len(), 4);
    assert!(meeting.notices[0].starts_with("PLEASE NOTE - This meeting is open to the public and anyone attending the meeting is advised"));
    assert!(meeting.notices[2].contains("Part 2 items will be considered in the absence of the public and press for the reasons indicated on the agenda and at the top of each report."));
    use ItemKind::*;
    assert_items(
        &meeting,
        &[
            ("1", "Apologies for Absence", None, false, Apologies),
            ("2", "Declarations of Interest", None, false, Declarations),
            (
                "3",
                "Minutes of Previous Meeting",
                Some((5, 10)),
                false,
                PreviousMinutes,
            ),
            (
                "4",
                "Public Speaking/Open Session",
                None,
                false,
                PublicSpeaking,
            ),
            ("5", "Covid-19 Schools Update", None, true, Report),
            (
                "6",
                "All Age Carers Strategy 2021-2025",
                Some((11, 106)),
                false,
                Report,
            ),
            (
                "7",
                "Children's Care at Home Recommission",
                Some((107, 138)),
                false,
                Report,
            ),
            (
                "8",
                "Self-Evaluation of Children's Services",
                Some((139, 184)),
                false,
                Report,
            ),
            (
                "9",
                "Children and Families Performance Report Quarter 3 2021-2022",
                Some((185, 192)),
                false,
                Report,
            ),
            (
                "10",
                "Councillor Frontline Visits Annual Report",
                Some((193, 204)),
                false,
                Report,
            ),
            (
                "11",
                "Work Programme",
                Some((205, 208)),
                false,
                WorkProgramme,
            ),
            (
                "12",
                "Minutes of Sub Committees",
                Some((209, 212)),
                false,
                SubBodyMinutes,
            ),
        ],
    );
    let description = |i: usize| meeting.agenda[i].description.clone().unwrap_or_default();
    assert_eq!(
        description(2),
        "To approve as a correct record the minutes of the previous meeting held on 14 February 2022."
    );
    assert!(description(3).ends_with("where they consider it appropriate.\n\nMembers of the public wishing to speak are required to provide notice of this at least three clear working days in advance of the meeting."));
    assert_eq!(
        description(11),
        "To receive and note the minutes of the Corporate Parenting Committee meeting held on 27 January 2022."
    );
    use Office::*;
    assert_members(
        &meeting,
        &[
            ("M Addison", Member),
            ("L Anderson", Member),
            ("M Beanland", Member),
            ("J Buckley", Member),
            ("C Bulman", ViceChair),
            ("D Edwardes", Member),
            ("K Flavell", Chair),
            ("S Handley", Member),
            ("G Hayes", Member),
            ("I Macfarlane", Member),
            ("J Saunders", Member),
            ("L Smetham", Member),
            ("L Smith", Member),
        ],
    );
    // And it is the agenda sample, but for the full names a clerk added by hand.
    assert_eq!(
        meeting,
        without_full_names(sample("children-and-families-2022-03-24-agenda.ron"))
    );
}

#[test]
fn the_adults_and_health_front_sheet_imports_exactly() {
    let meeting = import_text(&read("adults-and-health-2022-03-28.txt"));
    assert_eq!(meeting.body.name, "Adults and Health Committee");
    assert_eq!(
        meeting.date,
        NaiveDate::from_ymd_opt(2022, 3, 28).expect("date")
    );
    assert_eq!(meeting.time, NaiveTime::from_hms_opt(10, 30, 0));
    assert_eq!(
        meeting.contact.as_ref().and_then(|c| c.email.as_deref()),
        Some("karen.shuker@cheshireeast.gov.uk")
    );
    assert_eq!(meeting.first_minute, 49);
    use ItemKind::*;
    assert_items(
        &meeting,
        &[
            ("1", "Apologies for Absence", None, false, Apologies),
            ("2", "Declarations of Interest", None, false, Declarations),
            (
                "3",
                "Minutes of Previous Meeting",
                Some((5, 12)),
                false,
                PreviousMinutes,
            ),
            (
                "4",
                "Public Speaking/Open Session",
                None,
                false,
                PublicSpeaking,
            ),
            (
                "5",
                "Briefing on proposed Learning Disabilities conference",
                None,
                false,
                Report,
            ),
            (
                "6",
                "Day Opportunities Flexible Purchasing System",
                Some((13, 42)),
                false,
                Report,
            ),
            (
                "7",
                "All Age Carers Strategy and Recommission",
                Some((43, 138)),
                false,
                Report,
            ),
            (
                "8",
                "Cheshire East Live Well for Longer Plan 2022 – 2025",
                Some((139, 214)),
                false,
                Report,
            ),
            (
                "9",
                "Q3 Adult Social Care Performance Scorecard 2021-22",
                Some((215, 222)),
                false,
                Report,
            ),
            (
                "10",
                "Adult Social Care Short Term Funding Streams",
                Some((223, 234)),
                false,
                Report,
            ),
            (
                "11",
                "Better Care Fund Section 75 Agreement",
                Some((235, 244)),
                false,
                Report,
            ),
            (
                "12",
                "Care at Home Recommission (domiciliary care)",
                Some((245, 282)),
                false,
                Report,
            ),
            (
                "13",
                "Update on staffing/recruitment in Adult Social Care",
                None,
                false,
                Report,
            ),
            (
                "14",
                "Work Programme",
                Some((283, 286)),
                false,
                WorkProgramme,
            ),
            (
                "15",
                "Minutes of Sub-Committee",
                Some((287, 290)),
                false,
                SubBodyMinutes,
            ),
        ],
    );
    assert_eq!(
        meeting.agenda[14].description.as_deref(),
        Some(
            "To receive the minutes of the following sub-committee of the Adults and Health Committee\n\nCheshire East Health and Wellbeing Board – 25 January 2022."
        )
    );
    use Office::*;
    assert_members(
        &meeting,
        &[
            ("P Butterill", Member),
            ("J Clowes", Member),
            ("A Critchley", Member),
            ("B Evans", Member),
            ("S Gardiner", Member),
            ("L Jeuda", Member),
            ("A Kolker", Member),
            ("A Moran", ViceChair),
            ("D Murphy", Member),
            ("J Rhodes", Chair),
            ("R Vernon", Member),
            ("J Weatherill", Member),
            ("N Wylie", Member),
        ],
    );
    assert_eq!(
        meeting,
        without_full_names(sample("adults-and-health-2022-03-28-agenda.ron"))
    );
}

#[test]
fn the_scrutiny_front_sheet_imports_exactly_with_its_contact_block_mid_items() {
    let meeting = import_text(&read("children-and-families-scrutiny-2020-01-27.txt"));
    assert_eq!(
        meeting.body.name,
        "Children and Families Overview and Scrutiny Committee"
    );
    assert_eq!(
        meeting.body.kind,
        minutebook::model::BodyKind::OverviewAndScrutiny
    );
    assert_eq!(meeting.body.chair_title, ChairTitle::Chairman);
    assert_eq!(
        meeting.date,
        NaiveDate::from_ymd_opt(2020, 1, 27).expect("date")
    );
    assert_eq!(meeting.time, NaiveTime::from_hms_opt(13, 30, 0));
    let contact = meeting.contact.clone().expect("contact");
    assert_eq!(contact.name.as_deref(), Some("Helen Davies"));
    assert_eq!(contact.phone.as_deref(), Some("01270 685705"));
    assert_eq!(
        contact.email.as_deref(),
        Some("helen.davies@cheshireeast.gov.uk")
    );
    assert_eq!(meeting.first_minute, 37);
    assert_eq!(meeting.notices.len(), 2);
    // The public speaking description is put back together around the contact block.
    let speaking = meeting.agenda[4].description.clone().unwrap_or_default();
    assert!(speaking.starts_with("A total period of 15 minutes is allocated"));
    assert!(
        speaking.contains("\n\nIndividual members of the public may speak for up to 5 minutes")
    );
    assert!(!speaking.contains("Helen Davies"));
    use ItemKind::*;
    assert_items(
        &meeting,
        &[
            ("1", "Apologies for Absence", None, false, Apologies),
            (
                "2",
                "Minutes of Previous meeting",
                Some((3, 6)),
                false,
                PreviousMinutes,
            ),
            ("3", "Declarations of Interest", None, false, Declarations),
            (
                "4",
                "Whipping Declarations",
                None,
                false,
                WhippingDeclarations,
            ),
            (
                "5",
                "Public Speaking/Open Session",
                None,
                false,
                PublicSpeaking,
            ),
            (
                "6",
                "SEND Written Statement of Action Update",
                Some((7, 32)),
                false,
                Report,
            ),
            (
                "7",
                "Locality Working Progress Report",
                Some((33, 68)),
                false,
                Report,
            ),
            (
                "8",
                "Family Focus (Troubled Families) Recovery report",
                Some((69, 76)),
                false,
                Report,
            ),
            (
                "9",
                "Innovative Approaches to Children in Need",
                Some((77, 84)),
                false,
                Report,
            ),
            (
                "10",
                "Outcome of Ofsted Inspection of Cheshire East Local Authority Children's Services (ILACS)",
                Some((85, 102)),
                false,
                Report,
            ),
            ("11", "Forward Plan", Some((103, 116)), false, ForwardPlan),
            (
                "12",
                "Work Programme",
                Some((117, 124)),
                false,
                WorkProgramme,
            ),
        ],
    );
    use Office::*;
    assert_members(
        &meeting,
        &[
            ("M Addison", Member),
            ("J Barber", Member),
            ("M Beanland", Member),
            ("D Brown", Member),
            ("J Buckley", Member),
            ("C Bulman", Member),
            ("P Butterill", ViceChair),
            ("S Handley", Member),
            ("M Houston", Member),
            ("A Moran", Member),
            ("J Saunders", Chair),
        ],
    );
    assert_eq!(
        meeting.body.council.as_deref(),
        Some("Cheshire East Council")
    );
    assert_eq!(
        meeting,
        without_full_names(sample(
            "children-and-families-scrutiny-2020-01-27-agenda.ron"
        ))
    );
}

/// The 24 March front sheet alone, for the variants below.
fn front_sheet() -> String {
    read("children-and-families-2022-03-24-front-sheet.txt")
}

#[test]
fn line_endings_tabs_markdown_and_bullets_do_not_change_what_is_read() {
    let plain = import_text(&front_sheet());
    let crlf = front_sheet().replace('\n', "\r\n");
    assert_eq!(import_text(&crlf), plain, "CRLF");
    let tabs = front_sheet()
        .replace("  (Pages", "\t(Pages")
        .replace("\n To ", "\n\tTo ");
    assert_eq!(import_text(&tabs), plain, "tabs");
    let markdown: String = front_sheet()
        .lines()
        .map(|line| match line.split_once(". ") {
            Some((number, title))
                if number.chars().all(|c| c.is_ascii_digit()) && !number.is_empty() =>
            {
                let (title, pages) = match title.find("  (Pages") {
                    Some(at) => (&title[..at], &title[at..]),
                    None => (title.trim_end(), ""),
                };
                format!("{number}. **{}**{pages}", title.trim_end())
            }
            _ if line.starts_with(" To ") => format!("- {}", line.trim()),
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let from_markdown = import_text(&markdown);
    assert_eq!(from_markdown.agenda, plain.agenda, "markdown and bullets");
}

#[test]
fn an_agenda_without_page_ranges_or_contact_block() {
    let bare = front_sheet()
        .lines()
        .filter(|l| !l.starts_with("mailto:"))
        .map(|l| match l.find("  (Pages") {
            Some(at) => l[..at].to_string(),
            None if l.trim() == "192)" => String::new(),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        .replace("2021-2022  (Pages 185 -", "2021-2022");
    let meeting = import_text(&bare);
    assert!(meeting.agenda.iter().all(|i| i.pages.is_none()));
    assert_eq!(
        meeting.agenda[8].title,
        "Children and Families Performance Report Quarter 3 2021-2022"
    );
    assert_eq!(meeting.contact, None);
    assert_eq!(meeting.agenda.len(), 12);
}

#[test]
fn a_part_two_section_gives_its_items_and_exempt_paragraphs() {
    let with_part_two = front_sheet().replace(
        "\n \nMembership:",
        "\nPART 2 – MATTERS TO BE CONSIDERED WITHOUT THE PUBLIC AND PRESS PRESENT\n\n13. Residential Care Contract Award  (Pages 213 - 230)\n\n To consider the award of the contract. The report contains exempt information under paragraph 3 of Part 1 of Schedule 12A.\n\n14. Staffing Restructure  (Pages 231 - 240)\n\n Exempt under paras 1 and 4.\n \nMembership:",
    );
    let meeting = import_text(&with_part_two);
    assert_eq!(meeting.agenda.len(), 14);
    assert!(meeting.agenda[..12].iter().all(|i| i.part == Part::One));
    assert_eq!(meeting.agenda[12].part, Part::Two);
    assert_eq!(meeting.agenda[12].exempt_paragraphs, vec![3]);
    assert_eq!(meeting.agenda[13].exempt_paragraphs, vec![1, 4]);
    assert_eq!(meeting.agenda[13].title, "Staffing Restructure");
    // The notice that speaks of Part 2 items is a notice, not the start of Part 2.
    assert!(
        meeting
            .notices
            .iter()
            .any(|n| n.contains("Part 2 items will be considered"))
    );
    // A council that letters its parts: Part B is the private part.
    let lettered = with_part_two.replace(
        "PART 2 – MATTERS TO BE CONSIDERED WITHOUT",
        "PART B - ITEMS TO BE CONSIDERED WITHOUT",
    );
    let meeting = import_text(&lettered);
    assert_eq!(meeting.agenda[11].part, Part::One);
    assert_eq!(meeting.agenda[12].part, Part::Two);
}

#[test]
fn a_membership_wrapped_anywhere_is_read_whole() {
    let wrapped = front_sheet().replace(
        "(Vice-Chair), D Edwardes, K Flavell (Chair), S Handley",
        "(Vice-Chair), D Edwardes, K Flavell\n(Chair), S Handley",
    );
    let meeting = import_text(&wrapped);
    assert_eq!(meeting.people.len(), 13);
    assert_eq!(
        meeting.find_person("K Flavell").map(|p| p.office),
        Some(Office::Chair)
    );
    assert_eq!(
        meeting.find_person("C Bulman").map(|p| p.office),
        Some(Office::ViceChair)
    );
}

#[test]
fn the_pdf_of_a_front_sheet_imports_to_the_same_meeting_as_its_text() {
    let pdf =
        std::fs::read(fixture("children-and-families-2022-03-24-front-sheet.pdf")).expect("pdf");
    let text = import::pdf_text(&pdf).expect("the PDF's text");
    assert_eq!(import_text(&text), import_text(&front_sheet()));
    assert!(import::pdf_text(b"%PDF-1.4 not really").is_err());
}

#[test]
fn text_that_is_not_an_agenda_is_refused_with_a_reason() {
    for text in [
        "",
        "Date of Meeting: 27 January 2020\n\nReport Title: SEND Written Statement\n",
        "Dear Councillor,\n\nPlease find attached the papers.\n",
    ] {
        let error = import::import(text).expect_err("not an agenda").to_string();
        assert!(
            error.starts_with("this does not look like an agenda front sheet: "),
            "{error}"
        );
    }
    // An agenda that gives everything but its date is not refused as no agenda: the date is
    // asked for.
    let undated = "Children and Families Committee\n\nAgenda\n\n1. Apologies for Absence\n";
    assert!(matches!(
        import::import(undated),
        Err(import::ImportError::Undated)
    ));
}

#[test]
fn minute_numbers_run_on_or_start_again_as_the_house_style_numbers_them() {
    use minutebook::minutes::style::{Numbering, Settings};
    // The meeting of 14 February 2022 ended at minute 65.
    let previous = sample("children-and-families-2022-02-14.ron");
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
    let style = |numbering, year_starts| Settings {
        numbering,
        year_starts,
        ..Settings::standard()
    };
    let first = |settings: Settings, on| {
        let (next, notes) = carry_forward(&previous, on, None, &settings);
        (next.first_minute, notes.join("\n"))
    };
    // Each municipal year: in the same year the numbers run on; in June a new year begins.
    assert_eq!(
        first(style(Numbering::EachYear, 5), date(2022, 3, 24)).0,
        66
    );
    let (number, notes) = first(style(Numbering::EachYear, 5), date(2022, 6, 6));
    assert_eq!(number, 1);
    assert!(
        notes.contains("first minute 1: a new municipal year, 2022/23, begins after the meeting of 14 February 2022"),
        "{notes}"
    );
    // A council whose year begins in January starts again in March.
    assert_eq!(
        first(style(Numbering::EachYear, 1), date(2022, 3, 24)).0,
        66
    );
    assert_eq!(first(style(Numbering::EachYear, 1), date(2023, 1, 10)).0, 1);
    // Perpetual numbers never start again; per-meeting numbers always do.
    assert_eq!(
        first(style(Numbering::Continuous, 5), date(2023, 6, 6)).0,
        66
    );
    let (number, notes) = first(style(Numbering::EachMeeting, 5), date(2022, 3, 24));
    assert_eq!(number, 1);
    assert!(
        notes.contains("numbers each meeting's minutes from 1"),
        "{notes}"
    );
}

#[test]
fn carrying_forward_from_the_fourteenth_of_february() {
    let previous = sample("children-and-families-2022-02-14.ron");
    let date = NaiveDate::from_ymd_opt(2022, 3, 24).expect("date");
    let (next, notes) = carry_forward(
        &previous,
        date,
        None,
        &minutebook::minutes::style::Settings::standard(),
    );
    // Its six follow-up actions become matters arising under the previous minutes.
    assert_eq!(
        notes,
        ["6 open actions carried into item 3 (Minutes of Previous Meeting) as matters arising"]
    );
    assert_eq!(next.agenda[2].arising.len(), 6);
    assert_eq!(next.first_minute, 66);
    assert_eq!(next.date, date);
    assert_eq!(next.body, previous.body);
    let members: Vec<&str> = next
        .people
        .iter()
        .filter(|p| p.kind == minutebook::model::PersonKind::Member)
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(members.len(), 13);
    assert_eq!(
        next.find_person("Flavell").map(|p| p.office),
        Some(Office::Chair)
    );
    let officers = next
        .people
        .iter()
        .filter(|p| p.kind == minutebook::model::PersonKind::Officer)
        .count();
    assert_eq!(officers, 7, "the usual officers, as suggestions to tick");
    assert!(next.records.is_empty());
    let titles: Vec<&str> = next.agenda.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "Apologies for Absence",
            "Declarations of Interest",
            "Minutes of Previous Meeting",
            "Public Speaking/Open Session",
            "Work Programme"
        ]
    );
    assert_eq!(
        next.agenda[2].description.as_deref(),
        Some(
            "To approve as a correct record the minutes of the previous meeting held on 14 February 2022."
        )
    );
    assert!(minutebook::check::errors(&next).is_empty());

    // With the agenda pack, the agenda and membership come from the pack; changes are reported.
    let mut changed = previous.clone();
    changed.people.retain(|p| p.id != "smith");
    if let Some(bulman) = changed.people.iter_mut().find(|p| p.id == "bulman") {
        bulman.office = Office::Member;
    }
    let pack = import::import(&read("children-and-families-2022-03-24.txt"))
        .expect("imports")
        .meeting;
    let (next, notes) = carry_forward(
        &changed,
        date,
        Some(pack),
        &minutebook::minutes::style::Settings::standard(),
    );
    assert_eq!(next.agenda.len(), 12);
    assert_eq!(next.first_minute, 66);
    assert_eq!(
        notes[..2],
        [
            "Councillor C Bulman was Member and is now ViceChair".to_string(),
            "new member: Councillor L Smith".to_string()
        ]
    );
    assert_eq!(
        next.find_person("Flavell").map(|p| p.aliases.clone()),
        Some(vec!["Kathryn Flavell".to_string(), "Flavell".to_string()])
    );
}

#[test]
fn the_import_command_reports_what_it_found_and_refuses_what_it_cannot_use() {
    let folder = tempfile::tempdir().expect("folder");
    let out = folder.path().join("meeting.ron");
    let run = |args: &[&str]| common::minutebook().args(args).output().expect("runs");
    let agenda = fixture("children-and-families-scrutiny-2020-01-27.txt");
    let output = run(&[
        "import",
        agenda.to_str().expect("path"),
        "-o",
        out.to_str().expect("path"),
    ]);
    assert!(output.status.success());
    let printed = String::from_utf8_lossy(&output.stdout);
    assert!(
        printed.contains("Members       11 (Chairman: J Saunders, Vice-Chairman: P Butterill)"),
        "{printed}"
    );
    assert!(
        printed.contains("First minute  37 (after minute 36 of the previous minutes in the pack)")
    );
    assert!(printed.contains("Every line of the front sheet was placed."));
    assert!(
        run(&["check", out.to_str().expect("path")])
            .status
            .success()
    );
    // Not over an existing file.
    let again = run(&[
        "import",
        agenda.to_str().expect("path"),
        "-o",
        out.to_str().expect("path"),
    ]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    // Not from something that is not an agenda, and then no file at all.
    let letter = folder.path().join("letter.txt");
    std::fs::write(&letter, "Dear Councillor,\n\nPlease find attached.\n").expect("written");
    let refused_out = folder.path().join("letter.ron");
    let refused = run(&[
        "import",
        letter.to_str().expect("path"),
        "-o",
        refused_out.to_str().expect("path"),
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&refused.stderr)
            .contains("does not look like an agenda front sheet")
    );
    assert!(!refused_out.exists());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// Whatever text arrives, the importer never panics, and whatever it accepts is sound.
    #[test]
    fn arbitrary_text_never_panics_and_never_makes_an_unsound_meeting(
        lines in proptest::collection::vec(
            prop_oneof![
                "[A-Za-z0-9 ,.:()'’–-]{0,40}",
                Just("Agenda".to_string()),
                Just("Date: Thursday, 24th March, 2022".to_string()),
                Just("Time: 2.00 pm".to_string()),
                "(Venue|Membership|Date|Time): [A-Za-z0-9 ,()]{0,30}",
                "[0-9]{1,2}\\. [A-Za-z ()]{1,30}(  \\(Pages [0-9]{1,3} - [0-9]{1,3}\\))?",
                Just("PART 2 – MATTERS TO BE CONSIDERED WITHOUT THE PUBLIC AND PRESS PRESENT".to_string()),
                Just("CHESHIRE EAST COUNCIL".to_string()),
                Just("Membership: Councillors A Smith (Chair), B Jones and C Brown (Vice-Chair)".to_string()),
                Just(String::new()),
            ],
            0..40,
        )
    ) {
        let text = lines.join("\n");
        if let Ok(imported) = import::import(&text) {
            prop_assert!(minutebook::check::errors(&imported.meeting).is_empty());
            let saved = store::to_text(&imported.meeting).expect("encodes");
            let loaded = store::parse(Path::new("imported.ron"), saved.as_bytes());
            prop_assert!(loaded.is_ok(), "{:?}", loaded.err().map(|e| e.to_string()));
        }
    }

    #[test]
    fn mutated_front_sheets_never_panic(edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<char>()), 1..20)) {
        let mut chars: Vec<char> = front_sheet().chars().collect();
        for (at, c) in edits {
            let at = at.index(chars.len().max(1));
            if at < chars.len() { chars[at] = c; }
        }
        let text: String = chars.into_iter().collect();
        if let Ok(imported) = import::import(&text) {
            prop_assert!(minutebook::check::errors(&imported.meeting).is_empty());
        }
    }
}

#[test]
fn another_councils_layout_without_the_word_agenda_still_imports() {
    let text = "ANYTOWN BOROUGH COUNCIL\r\n\r\nLicensing Sub-Committee\r\n\r\nDate of Meeting: 3 March 2026\r\nTime: 10am\r\nVenue:\tRoom 2, Town Hall,\r\nHigh Street, Anytown AN1 1AA\r\n\r\n1.\tApologies for Absence\r\n2.\tDeclarations of Interest\r\n3.\tApplication for a Premises Licence: The Red Lion (Page 7)\r\n\r\nPage 1\r\n\r\nMembership: Councillors R Ahmed (Chair), S Baker and T Cole\r\n";
    let meeting = import_text(text);
    assert_eq!(meeting.body.name, "Licensing Sub-Committee");
    assert_eq!(meeting.body.kind, minutebook::model::BodyKind::SubCommittee);
    assert_eq!(
        meeting.body.council.as_deref(),
        Some("Anytown Borough Council")
    );
    assert_eq!(
        meeting.date,
        NaiveDate::from_ymd_opt(2026, 3, 3).expect("date")
    );
    assert_eq!(meeting.time, NaiveTime::from_hms_opt(10, 0, 0));
    assert_eq!(
        meeting.venue,
        "Room 2, Town Hall, High Street, Anytown AN1 1AA"
    );
    assert_eq!(meeting.agenda.len(), 3);
    assert_eq!(
        meeting.agenda[2].title,
        "Application for a Premises Licence: The Red Lion"
    );
    assert_eq!(meeting.agenda[2].pages, Some(Pages { first: 7, last: 7 }));
    assert_eq!(meeting.people.len(), 3);
    assert_eq!(
        meeting.find_person("Ahmed").map(|p| p.office),
        Some(Office::Chair)
    );
}

#[test]
fn start_times_are_read_in_every_form_front_sheets_print() {
    let ten_thirty = NaiveTime::from_hms_opt(10, 30, 0);
    let two = NaiveTime::from_hms_opt(14, 0, 0);
    for (text, want) in [
        ("10.30 a.m.", ten_thirty),
        ("10.30am", ten_thirty),
        ("10:30", ten_thirty),
        ("10.30 AM", ten_thirty),
        ("2.00 pm", two),
        ("2pm", two),
        ("14:00", two),
        ("14.00 hrs", two),
        ("12 noon", NaiveTime::from_hms_opt(12, 0, 0)),
    ] {
        assert_eq!(minutebook::model::clock::parse_time(text), want, "{text}");
    }
    assert_eq!(minutebook::model::clock::parse_time("25:61"), None);
    // With a tab or spaces after the label.
    for line in ["Time:\t10.30 a.m.", "Time:   10:30"] {
        let text = front_sheet().replace("Time: 2.00 pm", line);
        assert_eq!(import_text(&text).time, ten_thirty, "{line:?}");
    }
}

#[test]
fn an_item_given_as_a_bullet_line_is_an_item_and_running_headers_are_stripped() {
    let imported = import::import(&read("bulleted-first-item.txt")).expect("imports");
    let meeting = &imported.meeting;
    let titles: Vec<(Option<&str>, &str)> = meeting
        .agenda
        .iter()
        .map(|i| (i.number.as_deref(), i.title.as_str()))
        .collect();
    assert_eq!(
        titles,
        vec![
            (Some("1"), "Apologies for Absence"),
            (Some("2"), "Declarations of Interest"),
            (Some("3"), "Licensing Policy Review"),
            (Some("4"), "Work Programme"),
        ]
    );
    assert_eq!(meeting.agenda[0].kind, ItemKind::Apologies);
    assert_eq!(
        meeting.agenda[0].description.as_deref(),
        Some("To receive any apologies for absence.")
    );
    assert_eq!(
        meeting.notices,
        vec!["PLEASE NOTE - This meeting is open to the public and press.".to_string()],
        "the item's words are not glued onto the notice"
    );
    assert_eq!(
        meeting.agenda[2].description.as_deref(),
        Some("To consider the draft licensing policy, and the responses to the consultation.")
    );
    assert_eq!(meeting.time, NaiveTime::from_hms_opt(10, 30, 0));
    assert_eq!(meeting.venue, "Council Chamber, Town Hall, High Street");
    // The running headers are set aside, and said to be; every other line was placed.
    let summary = import::summary(&imported, Path::new("pack.txt"), Path::new("m.ron"));
    assert!(
        summary.contains("line 25: Public Document Pack")
            && summary.contains("line 26: Agenda Item 3")
            && summary.contains("Every other line of the front sheet was placed."),
        "{summary}"
    );
}

#[test]
fn a_bullet_line_read_as_text_is_not_claimed_as_placed() {
    // A bulleted line in the notices that looks like no item: kept as text, and said so.
    let text = read("bulleted-first-item.txt").replace(
        "PLEASE NOTE - This meeting is open to the public and press.",
        "PLEASE NOTE\n\n- Seating in the public gallery is limited",
    );
    let imported = import::import(&text).expect("imports");
    let summary = import::summary(&imported, Path::new("pack.txt"), Path::new("m.ron"));
    assert!(
        !summary.contains("Every line of the front sheet was placed."),
        "{summary}"
    );
    assert!(
        summary.contains("Seating in the public gallery is limited"),
        "{summary}"
    );
}

#[test]
fn a_front_sheet_with_its_date_on_a_line_of_its_own_and_one_member_to_a_line_imports() {
    let imported =
        import::import(&read("date-on-its-own-line-members-one-per-line.txt")).expect("imports");
    let meeting = &imported.meeting;
    assert_eq!(meeting.body.name, "Planning Applications Sub-Committee (1)");
    assert_eq!(
        meeting.date,
        NaiveDate::from_ymd_opt(2025, 6, 3).expect("date")
    );
    assert_eq!(meeting.time, NaiveTime::from_hms_opt(18, 30, 0));
    assert_eq!(
        meeting.venue,
        "Rooms 18.01 - 18.03, 18th Floor, 64 Victoria Street, London, SW1E 6QP"
    );
    assert_members(
        meeting,
        &[
            ("Jason Williams", Office::Chair),
            ("Md Shamsed Chowdhury", Office::Member),
            ("Paul Fisher", Office::Member),
            ("Ryan Jude", Office::Member),
        ],
    );
    let kinds: Vec<(&str, ItemKind)> = meeting
        .agenda
        .iter()
        .map(|i| (i.title.as_str(), i.kind))
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("MEMBERSHIP", ItemKind::Report),
            ("DECLARATIONS OF INTEREST", ItemKind::Declarations),
            ("MINUTES", ItemKind::PreviousMinutes),
            ("PLANNING APPLICATIONS", ItemKind::Report),
            ("ANY OTHER BUSINESS", ItemKind::Report),
        ]
    );
    // The page furniture caught inside item 4's description is not kept in it.
    let planning = meeting.agenda[3].description.as_deref().unwrap_or("");
    assert!(
        !planning.contains("Page 1") && !planning.contains("Agenda Item"),
        "{planning}"
    );
    assert!(
        imported.lines(import::Use::Unplaced).is_empty(),
        "{:?}",
        imported.uses
    );
}

#[test]
fn members_under_a_heading_of_their_own_are_read_on_one_line_or_one_to_a_line() {
    let sheet = |membership: &str| {
        format!(
            "Planning Committee\n\nDate: 3 June 2025\n\n{membership}\n\n1. Apologies for Absence\n"
        )
    };
    let names = |text: &str| -> Vec<String> {
        import_text(text)
            .people
            .iter()
            .map(|p| p.name.clone())
            .collect()
    };
    let three = vec!["A Brown", "B Green", "C White"];
    assert_eq!(
        names(&sheet(
            "Members:\nCouncillors: A Brown (Chair), B Green and C White"
        )),
        three
    );
    assert_eq!(
        names(&sheet(
            "Members:\n\nCouncillors:\nA Brown (Chair)\nB Green\nC White"
        )),
        three
    );
    assert_eq!(
        names(&sheet(
            "Membership: Councillors A Brown (Chair), B Green\nand C White"
        )),
        three
    );
}

#[test]
fn a_date_line_is_read_with_or_without_its_time_and_a_date_merely_mentioned_is_not() {
    let date = |text: &str| {
        let sheet = format!("Planning Committee\n\n{text}\n\n1. Apologies for Absence\n");
        import::import(&sheet)
            .ok()
            .map(|i| (i.meeting.date, i.meeting.time))
    };
    let june = NaiveDate::from_ymd_opt(2025, 6, 3).expect("date");
    let evening = NaiveTime::from_hms_opt(18, 30, 0);
    assert_eq!(date("Tuesday 3rd June, 2025"), Some((june, None)));
    assert_eq!(
        date("Tuesday 3 June 2025 at 6.30 pm"),
        Some((june, evening))
    );
    assert_eq!(
        date("Date and Time: 3 June 2025, 6.30 pm"),
        Some((june, evening))
    );
    // A sentence about the meeting gives its date; one that merely mentions a date does not.
    assert_eq!(
        date("The meeting on 3 June 2025 is open to the public."),
        Some((june, None))
    );
    assert_eq!(
        date("Comments received by 3 June 2025 will be reported."),
        None
    );
    assert_eq!(
        date("Date: Tuesday 3 June 2025 at 6.30 pm"),
        Some((june, evening))
    );
}

#[test]
fn the_standard_items_are_known_by_the_titles_councils_give_them() {
    for (title, kind) in [
        ("Minutes", ItemKind::PreviousMinutes),
        ("Minutes of the Last Meeting", ItemKind::PreviousMinutes),
        (
            "Minutes of the Meeting held on 2 April 2025",
            ItemKind::PreviousMinutes,
        ),
        ("Confirmation of Minutes", ItemKind::PreviousMinutes),
        ("Minutes of Sub-Committees", ItemKind::SubBodyMinutes),
        ("Declaration of Interests", ItemKind::Declarations),
        ("Disclosures of Interest", ItemKind::Declarations),
        ("Declarations of Party Whip", ItemKind::WhippingDeclarations),
        ("Public Participation", ItemKind::PublicSpeaking),
        (
            "Questions from Members of the Public",
            ItemKind::PublicSpeaking,
        ),
        ("Declaration of the Result of the Poll", ItemKind::Report),
    ] {
        assert_eq!(import::kind_of(title), kind, "{title}");
    }
}
