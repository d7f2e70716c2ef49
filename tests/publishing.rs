//! Minutes an officer publishes unchanged: the Word document's styles, numbering, properties,
//! header and footer read from its XML; the HTML's page size, hanging clauses and confidential
//! mark; sub-points at their level in every format.

mod common;

use common::docx::{docx_part, paragraph_text};
use common::sample;
use common::xml::Element;
use minutebook::minutes::{self, Format, Options};
use minutebook::model::{Event, Meeting, Record};

const PUBLIC: Options = Options {
    confidential: false,
};
const CONFIDENTIAL: Options = Options { confidential: true };

/// The fourteenth of February, with a note whose points have points under them.
fn meeting_with_sub_points() -> Meeting {
    let mut meeting = sample("children-and-families-2022-02-14.ron");
    let at = meeting
        .records
        .iter()
        .position(|r| r.item.as_deref() == Some("6"))
        .expect("business under item 6");
    meeting.records.insert(
        at,
        Record::new(
        None,
        Some("6".into()),
        Event::Note {
            text: "Members raised:\n- staffing\n  - recruitment of social workers\n  - agency costs\n    1. this year\n    2. next year\n- the budget".into(),
            by: None,
            kind: Default::default(),
        },
        ),
    );
    meeting.give_records_ids();
    meeting
}

fn word(meeting: &Meeting, options: Options) -> Vec<u8> {
    Format::Docx
        .write(&minutes::minutes(meeting, options))
        .expect("writes")
}

fn attr<'e>(element: &'e Element, name: &str, attribute: &str) -> Option<&'e str> {
    element.all(name).first().and_then(|e| e.attr(attribute))
}

#[test]
fn word_styles_set_spacing_a_default_paragraph_style_and_british_english() {
    let bytes = word(&sample("children-and-families-2022-02-14.ron"), PUBLIC);
    let styles = docx_part(&bytes, "word/styles.xml");
    let defaults = &styles.all("w:docDefaults")[0];
    let after: u32 = attr(defaults, "w:spacing", "w:after")
        .and_then(|a| a.parse().ok())
        .expect("space after a paragraph by default");
    assert!(after > 0);
    assert_eq!(attr(defaults, "w:lang", "w:val"), Some("en-GB"));
    let default_paragraph: Vec<&str> = styles
        .all("w:style")
        .into_iter()
        .filter(|s| s.attr("w:type") == Some("paragraph") && s.attr("w:default") == Some("1"))
        .filter_map(|s| s.attr("w:styleId"))
        .collect();
    assert_eq!(default_paragraph, ["Normal"]);
    // Headings keep with what follows and have space of their own.
    let heading = styles
        .all("w:style")
        .into_iter()
        .find(|s| s.attr("w:styleId") == Some("Heading2"))
        .expect("Heading 2");
    assert!(!heading.all("w:keepNext").is_empty());
    assert!(attr(heading, "w:spacing", "w:before").is_some());
}

#[test]
fn word_properties_give_the_title_the_council_real_dates_and_the_language() {
    let bytes = word(&sample("children-and-families-2022-02-14.ron"), PUBLIC);
    let core = docx_part(&bytes, "docProps/core.xml");
    let text_of = |name: &str| core.all(name).first().map(|e| e.text()).unwrap_or_default();
    assert!(
        text_of("dc:title").contains("Children and Families Committee"),
        "{}",
        text_of("dc:title")
    );
    assert_eq!(text_of("dc:creator"), "Cheshire East Council");
    assert_eq!(text_of("dc:language"), "en-GB");
    let this_year = chrono::Utc::now().format("%Y").to_string();
    for date in ["dcterms:created", "dcterms:modified"] {
        let written = text_of(date);
        assert!(written.starts_with(&this_year), "{date}: {written}");
        assert!(
            chrono::DateTime::parse_from_rfc3339(&written).is_ok(),
            "{date}: {written}"
        );
    }
}

#[test]
fn the_confidential_word_document_says_so_in_its_header_and_footer_and_the_public_one_does_not() {
    let meeting = sample("children-and-families-2022-02-14.ron");
    for (options, marked) in [(CONFIDENTIAL, true), (PUBLIC, false)] {
        let bytes = word(&meeting, options);
        for part in ["word/header1.xml", "word/footer1.xml"] {
            let text = docx_part(&bytes, part).text();
            assert_eq!(text.contains("CONFIDENTIAL"), marked, "{part}: {text}");
        }
    }
}

#[test]
fn the_footer_holds_an_estimate_of_the_pages_not_one_of_one() {
    let mut meeting = sample("children-and-families-2022-02-14.ron");
    let long = "The committee discussed the matter at length. ".repeat(2000);
    meeting.records.push(Record::new(
        None,
        Some("6".into()),
        Event::Note {
            text: long,
            by: None,
            kind: Default::default(),
        },
    ));
    meeting.give_records_ids();
    let bytes = word(&meeting, PUBLIC);
    let footer = docx_part(&bytes, "word/footer1.xml");
    let shown: Vec<String> = footer.all("w:t").iter().map(|t| t.text()).collect();
    let pages: usize = shown
        .iter()
        .filter_map(|t| t.trim().parse().ok())
        .next()
        .expect("a number of pages shown");
    assert!(pages > 5, "{shown:?}");
}

#[test]
fn word_numbers_sub_clauses_and_sub_points_at_their_own_level() {
    let bytes = word(&meeting_with_sub_points(), PUBLIC);
    let document = docx_part(&bytes, "word/document.xml");
    let paragraphs = document.all("w:p");
    let level_of = |text: &str| {
        let paragraph = paragraphs
            .iter()
            .find(|p| paragraph_text(p) == text)
            .unwrap_or_else(|| panic!("no paragraph {text:?}"));
        (
            attr(paragraph, "w:numId", "w:val").map(str::to_string),
            attr(paragraph, "w:ilvl", "w:val").map(str::to_string),
        )
    };
    // A resolution's clauses "1." and "2." are one list, their "(i)" sub-clauses a level down.
    let (one, one_level) = level_of(
        "That the Committee approves the following for the adoption of the schools funding formula 2022/23:",
    );
    assert!(one.is_some());
    assert_eq!(one_level.as_deref(), Some("0"));
    let (sub, sub_level) = level_of("The Growth Fund at £0.8m.");
    assert!(sub.is_some() && sub != one);
    assert_eq!(sub_level.as_deref(), Some("1"));
    // A note's points: bullets, bullets under them, a numbered list under those.
    assert_eq!(level_of("staffing").1.as_deref(), Some("0"));
    assert_eq!(level_of("agency costs").1.as_deref(), Some("1"));
    assert_eq!(level_of("agency costs").0, level_of("staffing").0);
    let (year, year_level) = level_of("this year");
    assert_eq!(year_level.as_deref(), Some("2"));
    assert_ne!(year, level_of("staffing").0);
    assert_eq!(level_of("next year").0, year);
}

#[test]
fn word_hangs_a_minute_heading_and_a_recorded_votes_names() {
    let bytes = word(&sample("highways-and-transport-votes.ron"), PUBLIC);
    let document = docx_part(&bytes, "word/document.xml");
    let paragraphs = document.all("w:p");
    let hanging = |starts: &str| {
        let paragraph = paragraphs
            .iter()
            .find(|p| paragraph_text(p).starts_with(starts))
            .unwrap_or_else(|| panic!("no paragraph starting {starts:?}"));
        attr(paragraph, "w:ind", "w:hanging").and_then(|h| h.parse::<u32>().ok())
    };
    assert!(hanging("For:|Councillor A Okafor").is_some_and(|h| h > 0));
    assert!(hanging("25|SPEED LIMIT REVIEW").is_some_and(|h| h > 0));
}

#[test]
fn sub_points_keep_their_level_in_text_markdown_and_html() {
    let document = minutes::minutes(&meeting_with_sub_points(), PUBLIC);
    let text = minutes::text::write(&document);
    assert!(
        text.contains("• staffing\n  • recruitment of social workers\n  • agency costs\n    1. this year\n    2. next year\n• the budget"),
        "{text}"
    );
    let markdown = minutes::markdown::write(&document);
    assert!(
        markdown.contains("- staffing\n  - recruitment of social workers\n  - agency costs\n    1. this year\n    2. next year\n- the budget"),
        "{markdown}"
    );
    let html = minutes::html::write(&document);
    let page = common::xml::parse(&html);
    let staffing = page
        .all("li")
        .into_iter()
        .find(|li| li.text().starts_with("staffing"))
        .expect("the point");
    let under: Vec<String> = staffing.all("li").iter().map(|li| li.text()).collect();
    assert!(
        under.iter().any(|t| t.starts_with("agency costs")),
        "{under:?}"
    );
    assert!(under.iter().any(|t| t == "2. next year"), "{under:?}");
}

#[test]
fn html_prints_on_a4_hangs_clauses_and_marks_the_confidential_version() {
    let meeting = sample("children-and-families-2022-02-14.ron");
    let public = minutes::html::write(&minutes::minutes(&meeting, PUBLIC));
    assert!(public.contains("@page{size:A4"), "A4");
    assert!(
        public.contains(".clauses>li{padding-left:2.5em;text-indent:-2.5em}")
            || public.contains(".labelled>li,.clauses>li{padding-left:2.5em;text-indent:-2.5em}")
    );
    assert!(!public.contains("running-mark\" role"));
    let confidential = minutes::html::write(&minutes::minutes(&meeting, CONFIDENTIAL));
    let page = common::xml::parse(&confidential);
    let mark = page
        .all("div")
        .into_iter()
        .find(|d| d.attr("class") == Some("running-mark"))
        .expect("a running mark");
    assert!(mark.text().contains("CONFIDENTIAL"));
}

#[cfg(unix)]
#[test]
fn public_minutes_take_the_usual_permissions_and_confidential_ones_are_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let folder = tempfile::tempdir().expect("folder");
    let sample = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sample-meetings/children-and-families-2022-02-14.ron"
    );
    for (name, confidential, expected) in [
        ("public.docx", "", 0o644),
        ("confidential.docx", "--confidential", 0o600),
    ] {
        let out = folder.path().join(name);
        // The user's usual umask, whatever the test runner's.
        let mut shell = std::process::Command::new("sh");
        let status = common::in_own_folders(&mut shell, folder.path())
            .arg("-c")
            .arg(format!(
                "umask 022; exec \"$0\" minutes \"$1\" --format docx -o \"$2\" {confidential}"
            ))
            .arg(common::BINARY)
            .arg(sample)
            .arg(&out)
            .status()
            .expect("runs");
        assert!(status.success());
        let mode = std::fs::metadata(&out)
            .expect("written")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, expected, "{name}");
    }
}

#[test]
fn points_typed_deeper_than_word_allows_sit_at_its_deepest_level() {
    let mut meeting = sample("children-and-families-2022-02-14.ron");
    let mut text = String::from("Layers:");
    for depth in 0..12 {
        text.push_str(&format!("\n{}- level {depth}", "  ".repeat(depth)));
    }
    let at = meeting
        .records
        .iter()
        .position(|r| r.item.as_deref() == Some("6"))
        .expect("business under item 6");
    meeting.records.insert(
        at,
        Record::new(
            None,
            Some("6".into()),
            Event::Note {
                text,
                by: None,
                kind: Default::default(),
            },
        ),
    );
    meeting.give_records_ids();
    let bytes = word(&meeting, PUBLIC);
    let document = docx_part(&bytes, "word/document.xml");
    let levels: Vec<u32> = document
        .all("w:ilvl")
        .iter()
        .filter_map(|l| l.attr("w:val").and_then(|v| v.parse().ok()))
        .collect();
    assert!(levels.contains(&8), "{levels:?}");
    assert!(levels.iter().all(|&l| l <= 8), "{levels:?}");
}

#[test]
fn a_schedule_of_payments_is_sized_to_its_content_with_sums_flush_right_and_a_total_row() {
    let meeting = sample("ashcombe-parish-council-2026-06-02.ron");
    let bytes = word(&meeting, PUBLIC);
    let document = docx_part(&bytes, "word/document.xml");
    let table = &document.all("w:tbl")[0];
    let widths: Vec<u32> = table
        .all("w:gridCol")
        .iter()
        .filter_map(|c| c.attr("w:w").and_then(|w| w.parse().ok()))
        .collect();
    assert_eq!(widths.len(), 6, "a width for each column");
    // Within the page (A4 less inch margins), and the payee's column wider than the VAT's.
    assert!(widths.iter().sum::<u32>() <= 11906 - 2 * 1440, "{widths:?}");
    assert!(widths[0] > widths[3], "{widths:?}");
    assert_eq!(attr(table, "w:tblLayout", "w:type"), Some("fixed"));
    let rows = table.all("w:tr");
    let cells = |row: &Element| -> Vec<(String, Option<String>, bool)> {
        row.all("w:tc")
            .iter()
            .map(|cell| {
                (
                    paragraph_text(cell),
                    attr(cell, "w:jc", "w:val").map(str::to_string),
                    !cell.all("w:b").is_empty(),
                )
            })
            .collect()
    };
    // The header row repeats on each page; no row breaks across one.
    assert_eq!(rows[0].all("w:tblHeader").len(), 1);
    assert!(rows.iter().all(|r| r.all("w:cantSplit").len() == 1));
    let greenway = cells(rows[2]);
    assert_eq!(greenway[2].0, "£1,150.00");
    assert!(
        greenway[2..5]
            .iter()
            .all(|(_, jc, _)| jc.as_deref() == Some("right")),
        "{greenway:?}"
    );
    assert_eq!(greenway[0].1, None, "words stay flush left");
    let total = cells(rows.last().expect("a total row"));
    assert_eq!(total[0].0, "Total");
    assert_eq!(total[4].0, "£2,418.60");
    assert!(
        total.iter().filter(|c| !c.0.is_empty()).all(|c| c.2),
        "bold"
    );
    // The paragraph after the table stands clear of its border.
    let body = &document.all("w:body")[0];
    let after = body
        .elements()
        .skip_while(|e| e.name != "w:tbl")
        .nth(1)
        .expect("a paragraph after the schedule");
    assert!(attr(after, "w:spacing", "w:before").is_some_and(|b| b != "0"));

    let html = minutes::html::write(&minutes::minutes(&meeting, PUBLIC));
    let page = common::xml::parse(&html);
    let table = &page.all("table")[0];
    let footer = &table.all("tfoot")[0];
    assert_eq!(footer.all("th")[0].text(), "Total");
    assert_eq!(footer.all("th")[0].attr("scope"), Some("row"));
    let amounts: Vec<String> = table
        .all("td")
        .iter()
        .filter(|td| td.attr("class") == Some("amount"))
        .map(|td| td.text())
        .collect();
    assert!(amounts.contains(&"£2,418.60".to_string()), "{amounts:?}");
    assert!(
        html.contains(".amount{text-align:right"),
        "sums flush right"
    );
}
