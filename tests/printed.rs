//! Minutes as they print: in Word and in the browser's print, a heading, a RESOLVED label, a
//! line introducing what follows and a recorded vote keep with what comes after, and the
//! signature with the closing lines; printed HTML has page numbers and its confidential mark
//! in a margin of its own; headings are sized by their level; right-to-left text reads right
//! to left; and the confidential Markdown and text say what they are at the top.

mod common;

use common::docx::{docx_part, paragraph_text};
use common::sample;
use common::xml::Element;
use minutebook::minutes::{self, Format, Options};
use minutebook::model::{Event, NoteKind, Record};

const PUBLIC: Options = Options {
    confidential: false,
};
const CONFIDENTIAL: Options = Options { confidential: true };

fn word_body(meeting: &minutebook::model::Meeting, options: Options) -> Element {
    let bytes = Format::Docx
        .write(&minutes::minutes(meeting, options))
        .expect("writes");
    docx_part(&bytes, "word/document.xml")
}

/// The body's paragraphs in order, with their text.
fn paragraphs(body: &Element) -> Vec<(&Element, String)> {
    body.all("w:p")
        .into_iter()
        .map(|p| (p, paragraph_text(p)))
        .collect()
}

fn has(paragraph: &Element, property: &str) -> bool {
    paragraph
        .all("w:pPr")
        .first()
        .is_some_and(|props| !props.all(property).is_empty())
}

/// The style sheet of an HTML page.
fn style_of(html: &str) -> &str {
    let start = html.find("<style>").expect("a style sheet") + "<style>".len();
    let end = html.find("</style>").expect("its end");
    &html[start..end]
}

/// The declarations of the first rule in `css` whose selector list names `selector`.
fn rule<'c>(css: &'c str, selector: &str) -> Vec<&'c str> {
    let mut rest = css;
    while let Some(open) = rest.find('{') {
        let selectors = rest[..open].rsplit(['}', '{']).next().unwrap_or_default();
        let close = open + rest[open..].find('}').expect("a closed rule");
        if selectors.split(',').any(|s| s.trim() == selector) {
            return rest[open + 1..close].split(';').collect();
        }
        rest = &rest[open + 1..];
    }
    Vec::new()
}

/// The `@page` rule, its margin boxes included: from "@page{" to its matching brace.
fn page_rule(css: &str) -> &str {
    let start = css.find("@page{").expect("an @page rule");
    let mut depth = 0;
    for (at, c) in css[start..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return &css[start..start + at + 1];
                }
            }
            _ => {}
        }
    }
    panic!("an unclosed @page rule")
}

#[test]
fn word_keeps_a_vote_with_what_introduced_it_and_what_follows_and_the_signature_with_the_close() {
    let body = word_body(&sample("highways-and-transport-votes.ron"), PUBLIC);
    let all = paragraphs(&body);
    let find = |starts: &str| {
        all.iter()
            .position(|(_, text)| text.starts_with(starts))
            .unwrap_or_else(|| panic!("no paragraph starting {starts:?}"))
    };
    let introduced = find("A recorded vote was taken on the motion:");
    assert!(
        has(all[introduced].0, "w:keepNext"),
        "the line introducing it"
    );
    let lines = &all[introduced + 1..introduced + 4];
    for (line, text) in lines {
        assert!(
            has(line, "w:keepNext") && has(line, "w:keepLines"),
            "{text}"
        );
    }
    assert!(all[introduced + 4].1.starts_with("RESOLVED (by 5 votes"));
    // The last of the vote's lines stands clear of the RESOLVED after it.
    let last = lines[2].0;
    assert!(
        last.all("w:spacing")
            .first()
            .and_then(|s| s.attr("w:after"))
            .is_none_or(|after| after != "0"),
        "{}",
        lines[2].1
    );
    // Every RESOLVED label keeps with its words.
    for (paragraph, text) in &all {
        if text.starts_with("RESOLVED") {
            assert!(has(paragraph, "w:keepNext"), "{text}");
        }
    }
    // The closing lines keep with the signature after them.
    let signature = all
        .iter()
        .rposition(|(_, text)| text == "Councillor A Okafor (Chair)")
        .expect("the signature");
    assert!(
        has(all[signature - 1].0, "w:keepNext"),
        "{}",
        all[signature - 1].1
    );
}

#[test]
fn printed_html_keeps_headings_labels_and_votes_with_what_follows_and_the_signature_with_the_close()
{
    let html = minutes::html::write(&minutes::minutes(
        &sample("highways-and-transport-votes.ron"),
        PUBLIC,
    ));
    let css = style_of(&html);
    let print = &css[css.find("@media print{").expect("a print style")..];
    for kept in ["h2", "h3", ".resolved", ".leads"] {
        assert!(
            rule(print, kept).contains(&"break-after:avoid"),
            "{kept} in {print}"
        );
    }
    assert!(rule(print, ".recorded-vote").contains(&"break-inside:avoid"));
    assert!(rule(print, ".recorded-vote").contains(&"break-after:avoid"));
    assert!(rule(print, ".signature").contains(&"break-before:avoid"));
    // The classes sit on what they name.
    let page = common::xml::parse(&html);
    let with_class = |class: &str| -> Vec<String> {
        page.all("p")
            .into_iter()
            .filter(|p| p.attr("class") == Some(class))
            .map(|p| p.text())
            .collect()
    };
    assert!(
        with_class("resolved")
            .iter()
            .all(|t| t.starts_with("RESOLVED"))
    );
    assert!(
        with_class("leads")
            .iter()
            .any(|t| t == "A recorded vote was taken on the motion:")
    );
}

#[test]
fn the_printed_confidential_mark_sits_in_a_top_margin_kept_for_it_on_every_page() {
    let meeting = sample("highways-and-transport-votes.ron");
    let html = minutes::html::write(&minutes::minutes(&meeting, CONFIDENTIAL));
    let css = style_of(&html);
    let page = page_rule(css);
    // A margin at the top of every page, and the mark in it.
    let margin = page
        .split(';')
        .find_map(|d| {
            d.strip_prefix("margin:")
                .or_else(|| d.split("margin:").nth(1))
        })
        .expect("the page's margins");
    let top: f32 = margin
        .split_whitespace()
        .next()
        .and_then(|m| m.strip_suffix("cm"))
        .and_then(|m| m.parse().ok())
        .expect("a top margin in centimetres");
    assert!(top >= 1.5, "{page}");
    assert!(
        page.contains("@top-center{content:\"CONFIDENTIAL: NOT FOR PUBLICATION\""),
        "{page}"
    );
    // Nothing printed is pinned over the text.
    assert!(!css.contains("position:fixed"), "{css}");
    assert!(!css.contains("position:absolute"), "{css}");
    // Printed, the banner on screen flows with the text on the first page.
    let print = &css[css.find("@media print{").expect("a print style")..];
    assert!(rule(print, ".running-mark").contains(&"position:static"));
    // The public version has no mark in its margin.
    let public = minutes::html::write(&minutes::minutes(&meeting, PUBLIC));
    assert!(!page_rule(style_of(&public)).contains("@top-center"));
}

#[test]
fn printed_html_numbers_its_pages_in_the_house_style_words() {
    let html = minutes::html::write(&minutes::minutes(
        &sample("highways-and-transport-votes.ron"),
        PUBLIC,
    ));
    let page = page_rule(style_of(&html));
    assert!(page.contains("size:A4"), "{page}");
    assert!(
        page.contains("content:\"Page \" counter(page) \" of \" counter(pages)"),
        "{page}"
    );
    assert!(
        page.contains("content:\"Highways and Transport Committee, 12 October 2026\""),
        "the running head: {page}"
    );
}

#[test]
fn headings_are_sized_by_their_level_in_html_and_word() {
    let meeting = sample("northbridge-planning-2026-11-04.ron");
    let html = minutes::html::write(&minutes::minutes(&meeting, PUBLIC));
    let css = style_of(&html);
    let size = |heading: &str| -> f32 {
        rule(css, heading)
            .iter()
            .find_map(|d| d.strip_prefix("font-size:"))
            .and_then(|s| s.strip_suffix("em"))
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("a size for {heading}"))
    };
    assert!(size("h1") > size("h2") && size("h2") > size("h3"), "{css}");
    // An application's heading is a level below its minute's.
    let page = common::xml::parse(&html);
    let headings: Vec<(String, String)> = page
        .all("h2")
        .into_iter()
        .chain(page.all("h3"))
        .map(|h| (h.name.clone(), h.text()))
        .collect();
    assert!(
        headings
            .iter()
            .any(|(level, text)| level == "h3" && text.contains("26/01188/FULL")),
        "{headings:?}"
    );
    let bytes = Format::Docx
        .write(&minutes::minutes(&meeting, PUBLIC))
        .expect("writes");
    let styles = docx_part(&bytes, "word/styles.xml");
    let points = |id: &str| -> u32 {
        styles
            .all("w:style")
            .into_iter()
            .find(|s| s.attr("w:styleId") == Some(id))
            .and_then(|s| s.all("w:sz").first().and_then(|z| z.attr("w:val")))
            .and_then(|v| v.parse().ok())
            .unwrap_or(22)
    };
    assert!(points("Heading1") > points("Heading2"));
    assert!(points("Heading2") > points("Heading3"));
}

#[test]
fn right_to_left_text_reads_right_to_left_in_html_and_word() {
    let mut meeting = sample("highways-and-transport-votes.ron");
    let at = meeting
        .records
        .iter()
        .position(|r| matches!(r.event, Event::Motion { .. }))
        .expect("a motion");
    let item = meeting.records[at].item.clone();
    for text in [
        "عريضة من سكان شارع المحطة بشأن حدود السرعة",
        "A petition was presented by Aisha Rahman (عائشة رحمن).",
    ] {
        meeting.records.insert(
            at,
            Record::new(
                None,
                item.clone(),
                Event::Note {
                    text: text.into(),
                    by: None,
                    kind: NoteKind::Narrative,
                },
            ),
        );
    }
    meeting.give_records_ids();
    let html = minutes::html::write(&minutes::minutes(&meeting, PUBLIC));
    let page = common::xml::parse(&html);
    let direction = |starts: &str| {
        page.all("p")
            .into_iter()
            .find(|p| p.text().starts_with(starts))
            .unwrap_or_else(|| panic!("no paragraph {starts:?}"))
            .attr("dir")
            .map(str::to_string)
    };
    assert_eq!(direction("عريضة").as_deref(), Some("auto"));
    assert_eq!(direction("A petition was").as_deref(), Some("auto"));
    assert_eq!(direction("A recorded vote was taken"), None);

    let body = word_body(&meeting, PUBLIC);
    let all = paragraphs(&body);
    let find = |starts: &str| {
        all.iter()
            .find(|(_, text)| text.starts_with(starts))
            .map(|(p, _)| *p)
            .unwrap_or_else(|| panic!("no paragraph {starts:?}"))
    };
    let arabic = find("عريضة");
    assert!(has(arabic, "w:bidi"));
    assert!(
        !arabic.all("w:rtl").is_empty(),
        "its runs read right to left"
    );
    let english = find("A petition was");
    assert!(
        !has(english, "w:bidi"),
        "an English paragraph reads left to right"
    );
}

#[test]
fn the_confidential_markdown_and_text_say_so_at_the_top_and_the_public_ones_do_not() {
    // A meeting with no Part 2 business: the two versions differ only by the mark.
    let meeting = sample("ashcombe-parish-council-2026-06-02.ron");
    let mark = "CONFIDENTIAL: NOT FOR PUBLICATION";
    let confidential = minutes::minutes(&meeting, CONFIDENTIAL);
    let public = minutes::minutes(&meeting, PUBLIC);
    let text = minutes::text::write(&confidential);
    assert!(text.starts_with(&format!("{mark}\n\n")), "{text}");
    let markdown = minutes::markdown::write(&confidential);
    assert!(
        markdown.starts_with(&format!("> **{mark}**\n\n")),
        "{markdown}"
    );
    assert!(!minutes::text::write(&public).contains(mark));
    assert!(!minutes::markdown::write(&public).contains(mark));
}
