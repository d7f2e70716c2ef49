//! Minutes an officer can publish: a note's paragraphs and lists kept in every format (the
//! HTML and the Word XML parsed, not searched), the Word document's header, footer, headings
//! and lists, and the council's house style as data: bundled styles, a council's own file
//! beside the meeting or in the config folder, mistakes in it reported, and `minutebook style`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::docx::{docx_part, paragraph_text};
use common::xml::{self, Element};
use minutebook::minutes::style::Style;
use minutebook::minutes::{self, Format, Options};
use minutebook::model::Meeting;

const PUBLIC: Options = Options {
    confidential: false,
};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn typed_notes() -> Meeting {
    minutebook::store::load(&fixture("typed-notes.ron")).expect("loads")
}

fn run(args: &[&str], config: &Path) -> Output {
    common::minutebook()
        .args(args)
        .env("MINUTEBOOK_CONFIG_DIR", config)
        .output()
        .expect("runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const TOPICS: [&str; 3] = [
    "An introduction to Cheshire East Youth Council",
    "Priority issues for young people, which the Youth Council had chosen after a survey of over two thousand young people across the borough",
    "Next steps",
];

#[test]
fn plain_text_keeps_paragraphs_and_each_point_on_its_own_line_hanging_when_wrapped() {
    let text = minutes::text::write(&minutes::minutes(&typed_notes(), PUBLIC));
    let expected = "\
The Committee received a presentation on the following topics:

• An introduction to Cheshire East Youth Council
• Priority issues for young people, which the Youth Council had chosen after a
  survey of over two thousand young people across the borough
• Next steps

Members thanked the young people for their presentation.
";
    assert!(text.contains(expected), "{text}");
    // The preview is the same text at the pane's width.
    let preview = minutes::text::write_to_width(&minutes::minute(&typed_notes(), 2, PUBLIC), 50);
    assert!(
        preview
            .contains("• Next steps\n\nMembers thanked the young people for their\npresentation."),
        "{preview}"
    );
}

#[test]
fn markdown_keeps_paragraphs_and_lists() {
    let text = minutes::markdown::write(&minutes::minutes(&typed_notes(), PUBLIC));
    let expected = format!(
        "The Committee received a presentation on the following topics:\n\n- {}\n- {}\n- {}\n\nMembers thanked",
        TOPICS[0], TOPICS[1], TOPICS[2]
    );
    assert!(text.contains(&expected), "{text}");
}

/// The HTML page's `<main>`.
fn html_main(meeting: &Meeting) -> Element {
    let html = minutes::html::write(&minutes::minutes(meeting, PUBLIC));
    let page = xml::parse(&html);
    page.all("main").into_iter().next().expect("a main").clone()
}

#[test]
fn html_gives_each_paragraph_its_own_p_and_points_a_list() {
    let main = html_main(&typed_notes());
    // The elements of minute 36, after its heading.
    let blocks: Vec<&Element> = main
        .elements()
        .skip_while(|e| !e.text().starts_with("36 "))
        .skip(1)
        .take(3)
        .collect();
    assert_eq!(blocks[0].name, "p");
    assert_eq!(
        blocks[0].text(),
        "The Committee received a presentation on the following topics:"
    );
    assert_eq!(blocks[1].name, "ul");
    let points: Vec<String> = blocks[1].all("li").iter().map(|li| li.text()).collect();
    assert_eq!(points, TOPICS);
    assert_eq!(blocks[2].name, "p");
    assert_eq!(
        blocks[2].text(),
        "Members thanked the young people for their presentation."
    );
    // Numbered points keep their labels, in an ordered list.
    let mut meeting = typed_notes();
    if let minutebook::model::Event::Note { text, .. } = &mut meeting.records[9].event {
        *text = "Members asked:\n(a) about staffing;\n(b) about costs.".into();
    }
    let main = html_main(&meeting);
    let list = main
        .all("ol")
        .into_iter()
        .find(|ol| ol.attr("class") == Some("labelled"))
        .expect("an ordered list of the typed points");
    let items: Vec<String> = list.all("li").iter().map(|li| li.text()).collect();
    assert_eq!(items, ["(a) about staffing;", "(b) about costs."]);
}

fn numbering_id(paragraph: &Element) -> Option<String> {
    paragraph
        .all("w:numId")
        .first()
        .and_then(|n| n.attr("w:val"))
        .map(str::to_string)
}

#[test]
fn word_has_real_lists_headings_a_header_a_page_footer_and_the_signature_last() {
    let mut meeting = typed_notes();
    if let minutebook::model::Event::Note { text, .. } = &mut meeting.records[9].event {
        text.push_str("\nMembers asked:\n(a) about staffing;\n(b) about costs.");
    }
    let bytes = Format::Docx
        .write(&minutes::minutes(&meeting, PUBLIC))
        .expect("writes");
    let document = docx_part(&bytes, "word/document.xml");
    let paragraphs = document.all("w:p");
    let find = |text: &str| {
        paragraphs
            .iter()
            .find(|p| paragraph_text(p) == text)
            .unwrap_or_else(|| {
                let all: Vec<String> = paragraphs.iter().map(|p| paragraph_text(p)).collect();
                panic!("no paragraph {text:?} in {all:#?}")
            })
    };
    // The note: separate paragraphs, its points in a bullet list from a numbering definition.
    assert_eq!(
        numbering_id(find(
            "The Committee received a presentation on the following topics:"
        )),
        None
    );
    let bullets: Vec<Option<String>> = TOPICS.iter().map(|t| numbering_id(find(t))).collect();
    assert!(bullets[0].is_some(), "a point is in a list");
    assert!(bullets.iter().all(|b| *b == bullets[0]), "one list");
    let lettered = numbering_id(find("about staffing;")).expect("a numbered point");
    assert_eq!(numbering_id(find("about costs.")), Some(lettered.clone()));
    let numbering = docx_part(&bytes, "word/numbering.xml");
    let format_of = |num_id: &str| {
        let num = numbering
            .all("w:num")
            .into_iter()
            .find(|n| n.attr("w:numId") == Some(num_id))
            .expect("the list's numbering");
        let abstract_id = num.all("w:abstractNumId")[0]
            .attr("w:val")
            .expect("an abstract");
        let definition = numbering
            .all("w:abstractNum")
            .into_iter()
            .find(|a| a.attr("w:abstractNumId") == Some(abstract_id))
            .expect("the definition");
        let level = definition.all("w:lvl")[0];
        (
            level.all("w:numFmt")[0]
                .attr("w:val")
                .unwrap_or_default()
                .to_string(),
            level.all("w:lvlText")[0]
                .attr("w:val")
                .unwrap_or_default()
                .to_string(),
        )
    };
    assert_eq!(
        format_of(bullets[0].as_deref().expect("bullets")).0,
        "bullet"
    );
    assert_eq!(format_of(&lettered), ("lowerLetter".into(), "(%1)".into()));
    // Headings are Heading styles; a resolution's clauses are a numbered list.
    let style_of = |p: &Element| {
        p.all("w:pStyle")
            .first()
            .and_then(|s| s.attr("w:val"))
            .map(str::to_string)
    };
    assert_eq!(
        style_of(find("36|YOUTH COUNCIL UPDATE")).as_deref(),
        Some("Heading2")
    );
    let clause = numbering_id(find("notes the update; and")).expect("a numbered clause");
    assert_eq!(format_of(&clause), ("decimal".into(), "%1.".into()));
    // The body and date in the header; "Page N of M" from fields in the footer.
    let header = docx_part(&bytes, "word/header1.xml");
    assert_eq!(
        header.text().trim(),
        "Children and Families Committee, 10 November 2025"
    );
    let footer = docx_part(&bytes, "word/footer1.xml");
    let instructions: Vec<String> = footer
        .all("w:instrText")
        .iter()
        .map(|i| i.text().trim().to_string())
        .collect();
    assert_eq!(instructions, ["PAGE", "NUMPAGES"]);
    assert!(footer.text().starts_with("Page "), "{}", footer.text());
    // The signature block ends the document.
    let last = paragraphs
        .iter()
        .rev()
        .find(|p| !paragraph_text(p).is_empty())
        .expect("text");
    assert_eq!(paragraph_text(last), "Councillor L Crane (Chair)");
}

#[test]
fn the_record_list_shows_a_notes_paragraphs_and_points_on_lines_of_their_own() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let mut clerk = common::Clerk::new(typed_notes());
    clerk.keys("g").text("3\n");
    let mut terminal = Terminal::new(TestBackend::new(160, 40)).expect("terminal");
    let theme = minutebook::tui::theme::Theme::built_in("default").expect("theme");
    terminal
        .draw(|frame| minutebook::tui::live::view::draw(frame, &clerk.app, &theme, None))
        .expect("draws");
    let screen = terminal.backend().to_string();
    let lines: Vec<&str> = screen.lines().collect();
    let at = |text: &str| {
        lines
            .iter()
            .position(|l| l.contains(text))
            .unwrap_or_else(|| panic!("{text:?} not on screen:\n{screen}"))
    };
    let first = at("Note: The Committee received a presentation");
    assert_eq!(
        at("- An introduction to Cheshire East Youth Council"),
        first + 1
    );
    assert!(at("- Next steps") > first + 1);
    assert!(at("Members thanked the young people") > at("- Next steps"));
}

#[test]
fn the_bundled_later_style_words_the_minutes_as_the_council_now_does() {
    let meeting = typed_notes();
    let style = Style::bundled("cheshire-east-2025").expect("bundled");
    let text = minutes::text::write(&minutes::minutes_in(&meeting, &style, PUBLIC));
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for words in [
        // Substitutes in PRESENT in alphabetical order with everyone else.
        "Councillors M Addison, D Clark, S Gardiner and J Wray",
        "Josie Lloyd, Democratic Services Officer (Virtual)",
        "Apologies were received from Councillors G Smith and G Hayes.",
        "Councillors S Gardiner and D Clark were present as substitutes.",
        "There were no registered speakers.",
        "Councillor J Wray left the meeting during consideration of this item and did not return.",
        "adjourned during consideration of this item at 10.31 am for a short break and reconvened at 10.40 am.",
        "An amendment was proposed and seconded: “That the Youth Council be invited to report again in six months.”",
        "RESOLVED: (Unanimously)",
    ] {
        assert!(text.contains(words), "{words:?} not in {text}");
    }
    // What the record did not say is not said: nobody named, no mover accepting.
    assert!(!text.contains("accepted by the mover"), "{text}");
    assert!(!text.contains("““") && !text.contains("””"), "{text}");
    // The default style keeps the 2022 wording.
    let default = minutes::text::write(&minutes::minutes(&meeting, PUBLIC));
    let default = default.split_whitespace().collect::<Vec<_>>().join(" ");
    for words in [
        "Councillors M Addison, J Wray, S Gardiner and D Clark",
        "(attended virtually)",
        "Apologies for absence were received from",
        "attended as substitutes.",
        "Councillor J Wray left the meeting and did not return.",
        "The Committee adjourned at 10.31 am for a short break and reconvened at 10.40 am.",
        "An amendment was moved and seconded:",
        "RESOLVED (unanimously):",
    ] {
        assert!(default.contains(words), "{words:?} not in {default}");
    }
}

#[test]
fn a_councils_own_style_beside_the_meeting_changes_any_sentence_and_reports_its_mistakes() {
    let folder = tempfile::tempdir().expect("folder");
    let config = folder.path().join("config");
    let meeting = folder.path().join("november.ron");
    std::fs::copy(fixture("typed-notes.ron"), &meeting).expect("copied");
    std::fs::write(
        folder.path().join("house-style.ron"),
        "(\n    base: \"cheshire-east-2025\",\n    sentences: {\n        \"no_public_speakers\": \"No members of the public had registered to speak.\",\n        \"date_long\": \"{weekday} {day} {month} {year}\",\n        \"time_twelve_hour\": \"{hour}:{minute}{am_pm}\",\n        \"lfet\": \"{name} went.\",\n        \"returned\": \"{nmae} came back.\",\n    },\n)\n",
    )
    .expect("written");
    let output = run(
        &[
            "minutes",
            meeting.to_str().expect("path"),
            "--format",
            "txt",
        ],
        &config,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("No members of the public had registered to speak."),
        "{text}"
    );
    assert!(text.contains("held on Monday 10 November 2025"), "{text}");
    assert!(
        text.contains("commenced at 10:00am and concluded at 11:00am"),
        "{text}"
    );
    // The base's own wording still applies.
    assert!(text.contains("RESOLVED: (Unanimously)"), "{text}");
    // Each mistake named with the file, the line and what is allowed.
    let said = stderr(&output);
    let style_file = folder.path().join("house-style.ron").display().to_string();
    assert!(
        said.contains(&format!(
            "{style_file}:7: there is no sentence called \"lfet\" (did you mean \"left\"?)"
        )),
        "{said}"
    );
    assert!(
        said.contains(&format!(
            "{style_file}:8: \"returned\": {{nmae}} is not a placeholder"
        )),
        "{said}"
    );
    assert!(said.contains("{name}"), "what is allowed is named: {said}");
}

#[test]
fn the_meeting_the_command_line_or_the_config_names_the_style() {
    let folder = tempfile::tempdir().expect("folder");
    let config = folder.path().join("config");
    std::fs::create_dir_all(&config).expect("config folder");
    let file = fixture("typed-notes.ron");
    let file = file.to_str().expect("path");
    let later = "Apologies were received from";
    let minutes_with = |args: &[&str]| {
        let mut all = vec!["minutes", file, "--format", "txt"];
        all.extend_from_slice(args);
        let output = run(&all, &config);
        assert!(output.status.success(), "{}", stderr(&output));
        stdout(&output)
    };
    assert!(!minutes_with(&[]).contains(later));
    assert!(minutes_with(&["--style", "cheshire-east-2025"]).contains(later));
    // The config names it.
    std::fs::write(config.join("config.ron"), "(style: \"cheshire-east-2025\")").expect("written");
    assert!(minutes_with(&[]).contains(later));
    // A council style in the config folder, when the config names none.
    std::fs::write(config.join("config.ron"), "()").expect("written");
    std::fs::write(
        config.join("house-style.ron"),
        "(sentences: { \"no_apologies\": \"No apologies.\" })",
    )
    .expect("written");
    let mut meeting = typed_notes();
    meeting
        .records
        .retain(|r| !matches!(r.event, minutebook::model::Event::Apologies { .. }));
    meeting
        .records
        .retain(|r| !matches!(r.event, minutebook::model::Event::Substitute { .. }));
    let copy = folder.path().join("copy.ron");
    minutebook::store::save(&meeting, &copy).expect("saved");
    let output = run(
        &["minutes", copy.to_str().expect("path"), "--format", "txt"],
        &config,
    );
    assert!(
        stdout(&output).contains("No apologies."),
        "{}",
        stdout(&output)
    );
    // The meeting's own choice wins over the config's.
    meeting.body.style = Some("cheshire-east-2025".into());
    minutebook::store::save(&meeting, &copy).expect("saved");
    let output = run(
        &["minutes", copy.to_str().expect("path"), "--format", "txt"],
        &config,
    );
    assert!(stdout(&output).contains("There were no registered speakers."));
    // A style that is nowhere is reported, and the minutes still come.
    meeting.body.style = Some("cheshire-west".into());
    minutebook::store::save(&meeting, &copy).expect("saved");
    let output = run(
        &["minutes", copy.to_str().expect("path"), "--format", "txt"],
        &config,
    );
    assert!(output.status.success());
    assert!(
        stderr(&output).contains(
            "style \"cheshire-west\" is neither a bundled style (default, cheshire-east-2025, parish-council, town-council, borough-planning, welsh-community-council) nor a file"
        ),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).contains("No apologies."));
}

#[test]
fn the_style_command_prints_the_style_in_force_as_a_file_that_reads_back() {
    let folder = tempfile::tempdir().expect("folder");
    let output = run(
        &["style", fixture("typed-notes.ron").to_str().expect("path")],
        folder.path(),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let printed = stdout(&output);
    assert!(printed.starts_with("// The house style in force: the bundled style default"));
    let (style, problems) = Style::parse("printed", &printed);
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(style, Style::default());
    let output = run(&["style", "--style", "cheshire-east-2025"], folder.path());
    let (style, problems) = Style::parse("printed", &stdout(&output));
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(
        style,
        Style::bundled("cheshire-east-2025").expect("bundled")
    );
}

#[test]
fn the_sample_of_the_fourteenth_of_february_keeps_its_wording_in_the_default_style() {
    // The whole text is checked fact by fact in tests/minutes.rs; here, the sentences the
    // house style now words are the 2022 minutes' own.
    let meeting = common::sample("children-and-families-2022-02-14.ron");
    let text = minutes::text::write(&minutes::minutes(&meeting, PUBLIC));
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for words in [
        "held on Monday, 14th February, 2022",
        "Mark Bayley, Acting Director of Education and 14-19 Skills (attended virtually)",
        "There were no apologies for absence.",
        "The meeting commenced at 10.35 and concluded at 12.25",
    ] {
        assert!(text.contains(words), "{words:?} not in {text}");
    }
}

#[test]
fn the_minutes_preview_keeps_a_notes_paragraphs_and_points_apart() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let mut clerk = common::Clerk::new(typed_notes());
    clerk.keys("g").text("3\n").keys("M");
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
    let theme = minutebook::tui::theme::Theme::built_in("default").expect("theme");
    terminal
        .draw(|frame| minutebook::tui::live::view::draw(frame, &clerk.app, &theme, None))
        .expect("draws");
    let screen = terminal.backend().to_string();
    // The preview is the pane that begins where its title does.
    let rows: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let title: Vec<char> = "┌ Minutes preview".chars().collect();
    let left = rows
        .iter()
        .find_map(|row| row.windows(title.len()).position(|w| w == title.as_slice()))
        .unwrap_or_else(|| panic!("no preview on screen:\n{screen}"));
    let preview: Vec<String> = rows
        .iter()
        .map(|row| {
            row.iter()
                .skip(left + 1)
                .take_while(|c| **c != '│')
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect();
    let at = |start: &str| {
        preview
            .iter()
            .position(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("{start:?} does not begin a line of the preview:\n{screen}"))
    };
    let opening = at("The Committee received a presentation on the following topics:");
    let first = at("• An introduction to Cheshire East Youth Council");
    let second = at("• Priority issues for young people");
    let last = at("• Next steps");
    let after = at("Members thanked the young people for their presentation.");
    assert_eq!(
        preview[opening + 1],
        "",
        "a paragraph ends with a blank line"
    );
    assert_eq!(
        (first, second),
        (opening + 2, first + 1),
        "each point on a line of its own"
    );
    // The long point wraps under its own words, not under the bullet.
    assert!(
        preview[second + 1].starts_with("  survey"),
        "{:?}",
        preview[second + 1]
    );
    assert_eq!((last, after), (second + 2, last + 2));
}

/// The sample meeting written for a bundled style, in that style, as plain text.
fn in_bundled_style(sample: &str, style: &str) -> String {
    let meeting = common::sample(sample);
    let style = Style::bundled(style).expect("a bundled style");
    minutes::text::write(&minutes::minutes_in(
        &meeting,
        &style,
        Options {
            confidential: false,
        },
    ))
}

#[test]
fn the_parish_style_prints_attendance_as_one_paragraph_and_decisions_as_one_sentence() {
    let text = in_bundled_style("ashcombe-parish-council-2026-06-02.ron", "parish-council");
    for expected in [
        // A draft banner, and the start time in the heading.
        "DRAFT: to be approved as a correct record at the next meeting of the Council.",
        "held at 7.00 pm on\nTuesday, 2nd June, 2026",
        // One paragraph: "Cllr" before every name, the late arrival's time, the clerk and a
        // guest; then those not present. No PRESENT heading: its sentence is empty.
        "Present: Cllr Tom Fairley (Chairman), Cllr Grace Osei (Vice Chairman), Cllr\nIan Bramwell, Cllr Carol Dunn (arrived at 7.12 pm)",
        "Robert Yates and Cllr Ruth Okonjo (from item 5). In attendance: Helen Marsh\n(Clerk and Responsible Financial Officer). Also present: District Councillor\nMartin Lowe. 5 members of the public also attended.",
        "Not present: Cllr Alan Pike.",
        // Numbers running on from the last meeting, with parts of an item as sub-minutes.
        "112. PUBLIC PARTICIPATION",
        "117. PLANNING APPLICATIONS\n\n26/00412/HOUSE: 4 Mill Cottages, Mill Lane",
        // The motion, its vote and the result in one sentence, the figures as they read.
        "Proposed by Cllr Grace Osei and seconded by Cllr Peter Hartley, it was\nRESOLVED (5 for, 1 against):",
        "Cllr Ian Bramwell voted against.",
        // A co-option, its proposer and seconder in its resolution's sentence.
        "Proposed by Cllr Ian Bramwell and seconded by Cllr Carol Dunn, it was RESOLVED\nunanimously:\n\nThat Ruth Okonjo be co-opted to the Council.",
        "There being no further business, the meeting closed at 7.54 pm.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(!text.contains("PRESENT\n"), "{text}");
}

#[test]
fn the_town_style_prints_the_mayor_on_a_line_and_references_with_a_letter() {
    let text = in_bundled_style("kingsford-town-council-2026-09-22.ron", "town-council");
    for expected in [
        "At a Meeting of the Kingsford Town Council held at the Council Chamber, The\nGuildhall, Kingsford on Tuesday, 22nd September, 2026 at 7.00 pm",
        "PRESENT\n\nCllr J. Ashdown (Mayor)\nCllr Mrs S. Begum (Deputy Mayor)",
        "Councillors: P. Carver, M. Delaney, Mrs R. Ellison (arrived at 7.04 pm),\nK. Forde",
        "IN ATTENDANCE\n\nRebecca Lyle – Town Clerk",
        "NB: Cllr Mrs R. Ellison joined the meeting at 7.04 pm.",
        // Titles as the agenda prints them, after a reference with a letter.
        "T41. Apologies for Absence",
        // The amendment's defeat in the resolution's sentence, the figures the way it reads,
        // and the dash ending its line rather than standing alone on one.
        "RESOLVED by 7\nvotes to 0 with 2 abstentions after an amendment was defeated by 7 votes to\n2 –\n",
        "The meeting opened at 7.00 pm and closed at 8.01 pm.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn the_planning_style_numbers_minutes_by_municipal_year_and_keeps_decisions_apart() {
    let text = in_bundled_style("northbridge-planning-2026-11-04.ron", "borough-planning");
    for expected in [
        "Present:\n\nCouncillor Mrs Whitcombe (Chairman)\nCouncillor Adebayo (Vice-Chairman)",
        // The other councillors by surname, the substitute among them.
        "Councillors Barnes, Dr Chen, Doyle, Grady, Harker and Ingram",
        "Officers in Attendance:\n\nSunita Rao (Democratic Services Officer)",
        "Other Members in Attendance:\n\nCouncillor Olsen\nCouncillor Pryce",
        "PLA88/26 APOLOGIES",
        "Councillor Ingram attended as a substitute for Councillor Mrs Ferris.",
        "PLA94/26 APPLICATION 26/01307/HOUSE: 12 BEACON RISE",
        "A motion was moved by Councillor Doyle and seconded by Councillor Dr Chen:",
        "RESOLVED (by 5 votes to 3) –",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn a_paragraph_attendance_with_nobody_recorded_says_nothing_rather_than_present_and_a_stop() {
    let mut meeting = common::sample("ashcombe-parish-council-2026-06-02.ron");
    meeting.records.clear();
    let style = Style::bundled("parish-council").expect("bundled");
    let text = minutes::text::write(&minutes::minutes_in(&meeting, &style, PUBLIC));
    assert!(!text.contains("Present: ."), "{text}");
    assert!(!text.contains("Present:"), "{text}");
}
