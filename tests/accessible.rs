//! The published minutes and reports meet the accessibility checks a council's auditor asks
//! about (WCAG 2.2 AA, as far as a page's markup can show it): every HTML page of every sample,
//! public and confidential, and every report over the samples, has its language and title,
//! headings in order, tables with headers, text in enough contrast, and nothing said by colour
//! alone; every Word document has heading styles, table header rows, a title and a language.

mod common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use common::docx::docx_part;
use common::xml::{self, Element};
use minutebook::minutes::{self, Format, Options};

fn samples() -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-meetings");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("the samples")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    files
}

/// Every element below `element`, in document order.
fn in_order(element: &Element) -> Vec<&Element> {
    let mut out = Vec::new();
    fn walk<'e>(element: &'e Element, out: &mut Vec<&'e Element>) {
        for child in element.elements() {
            out.push(child);
            walk(child, out);
        }
    }
    walk(element, &mut out);
    out
}

/// WCAG's relative luminance of a colour written "#rgb" or "#rrggbb".
fn luminance(colour: &str) -> Option<f64> {
    let hex = colour.strip_prefix('#')?;
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return None,
    };
    let channel = |at: usize| -> Option<f64> {
        let value = f64::from(u8::from_str_radix(&full[at..at + 2], 16).ok()?) / 255.0;
        Some(if value <= 0.039_28 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

fn contrast(one: &str, other: &str) -> Option<f64> {
    let (a, b) = (luminance(one)?, luminance(other)?);
    let (light, dark) = if a > b { (a, b) } else { (b, a) };
    Some((light + 0.05) / (dark + 0.05))
}

/// Each rule's declarations in a style sheet, nested rules flattened: (property, value).
fn rules(css: &str) -> Vec<Vec<(String, String)>> {
    css.split(['{', '}'])
        .filter(|body| body.contains(':') && !body.trim_start().starts_with('@'))
        .map(|body| {
            body.split(';')
                .filter_map(|d| d.split_once(':'))
                .map(|(p, v)| (p.trim().to_string(), v.trim().to_string()))
                .collect()
        })
        .collect()
}

/// What an HTML page fails of the checks, each as a sentence; none for a page that passes.
fn failures(html: &str) -> Vec<String> {
    let mut failed = Vec::new();
    let document = xml::parse(html);
    let all = in_order(&document);
    let first = |name: &str| all.iter().find(|e| e.name == name).copied();
    // The page's language, and a title.
    match first("html").and_then(|h| h.attr("lang")) {
        Some(lang)
            if lang.len() >= 2
                && lang.split('-').all(|part| {
                    !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric())
                }) => {}
        other => failed.push(format!("the page's language is {other:?}")),
    }
    if first("title").is_none_or(|t| t.text().trim().is_empty()) {
        failed.push("the page has no title".into());
    }
    // Zoom is never turned off.
    for meta in all.iter().filter(|e| e.name == "meta") {
        let content = meta.attr("content").unwrap_or_default();
        if content.contains("user-scalable=no") || content.contains("maximum-scale") {
            failed.push(format!("the viewport stops zooming: {content}"));
        }
    }
    // One top heading, and no level skipped on the way down.
    let headings: Vec<(usize, String)> = all
        .iter()
        .filter_map(|e| {
            let level = e.name.strip_prefix('h')?.parse::<usize>().ok()?;
            (1..=6).contains(&level).then(|| (level, e.text()))
        })
        .collect();
    if headings.iter().filter(|(level, _)| *level == 1).count() != 1 {
        failed.push("the page has no single top heading".into());
    }
    let mut last = 0;
    for (level, text) in &headings {
        if *level > last + 1 {
            failed.push(format!(
                "heading {text:?} skips from level {last} to {level}"
            ));
        }
        if text.trim().is_empty() {
            failed.push("an empty heading".into());
        }
        last = *level;
    }
    failed.extend(table_failures(&all));
    failed.extend(markup_failures(&all));
    if let Some(style) = first("style") {
        failed.extend(colour_failures(&style.text()));
    }
    // A bar of attendance says its share in words too.
    for cell in all.iter().filter(|e| e.name == "td") {
        let bar = cell.elements().any(|e| e.attr("class") == Some("bar"));
        if bar && !cell.text().contains('%') {
            failed.push("a bar says its share by colour alone".into());
        }
    }
    failed
}

/// Tables have a header row of column headers, any row header marked as one, and rows no wider
/// than their headers.
fn table_failures(all: &[&Element]) -> Vec<String> {
    let mut failed = Vec::new();
    for table in all.iter().filter(|e| e.name == "table") {
        let Some(head) = table.all("thead").into_iter().next() else {
            failed.push("a table has no header row".into());
            continue;
        };
        let headers = head.all("th");
        if headers.is_empty() || headers.iter().any(|th| th.attr("scope") != Some("col")) {
            failed.push("a table's header cells are not column headers".into());
        }
        for body in table.all("tbody").into_iter().chain(table.all("tfoot")) {
            for row in body.all("tr") {
                let cells = row.all("td").len() + row.all("th").len();
                if cells > headers.len() {
                    failed.push(format!(
                        "a row of {cells} cells under {} headers",
                        headers.len()
                    ));
                }
                if row
                    .all("th")
                    .iter()
                    .any(|th| th.attr("scope") != Some("row"))
                {
                    failed.push("a row's header is not marked as one".into());
                }
            }
        }
    }
    failed
}

/// Ids are unique, list items are in lists, images have text, links say where they go, and a
/// direction is one a browser knows.
fn markup_failures(all: &[&Element]) -> Vec<String> {
    let mut failed = Vec::new();
    let mut ids = HashSet::new();
    for element in all {
        if let Some(id) = element.attr("id")
            && !ids.insert(id.to_string())
        {
            failed.push(format!("the id {id:?} is used twice"));
        }
        for list in ["ul", "ol"] {
            if element.name == list && element.elements().any(|child| child.name != "li") {
                failed.push(format!("a {list} holds something other than list items"));
            }
        }
        if element.name == "img" && element.attr("alt").is_none() {
            failed.push("an image has no text".into());
        }
        if element.name == "a" && element.text().trim().is_empty() {
            failed.push("a link says nothing".into());
        }
        if let Some(dir) = element.attr("dir")
            && !matches!(dir, "auto" | "ltr" | "rtl")
        {
            failed.push(format!("a direction {dir:?}"));
        }
    }
    failed
}

/// Every colour given to text stands out from its background (white where none is given) by
/// at least 4.5 to 1.
fn colour_failures(css: &str) -> Vec<String> {
    let mut failed = Vec::new();
    for declarations in rules(css) {
        let value = |name: &str| {
            declarations
                .iter()
                .find(|(p, _)| p == name)
                .map(|(_, v)| v.as_str())
        };
        let Some(colour) = value("color") else {
            continue;
        };
        let background = value("background")
            .or(value("background-color"))
            .unwrap_or("#fff");
        match contrast(colour, background) {
            Some(ratio) if ratio >= 4.5 => {}
            Some(ratio) => failed.push(format!(
                "text {colour} on {background} has a contrast of {ratio:.1} to 1"
            )),
            None => failed.push(format!(
                "a colour that cannot be checked: {colour} on {background}"
            )),
        }
    }
    failed
}

#[test]
fn the_checks_find_what_they_look_for() {
    let page = |body: &str, style: &str| {
        format!(
            "<!DOCTYPE html>\n<html lang=\"en-GB\"><head><title>T</title><style>{style}</style></head><body>{body}</body></html>"
        )
    };
    assert_eq!(
        failures(&page("<h1>A</h1><h2>B</h2>", "p{color:#111}")),
        Vec::<String>::new()
    );
    assert!(
        !failures(&page("<h1>A</h1><h3>B</h3>", "")).is_empty(),
        "a skipped level"
    );
    assert!(
        !failures(&page("<h2>B</h2>", "")).is_empty(),
        "no top heading"
    );
    assert!(
        !failures(&page("<h1>A</h1>", "p{color:#999}")).is_empty(),
        "poor contrast"
    );
    assert!(
        !failures(&page(
            "<h1>A</h1><table><tbody><tr><td>1</td></tr></tbody></table>",
            ""
        ))
        .is_empty(),
        "a table with no header row"
    );
    assert!(
        !failures(&page(
            "<h1>A</h1><table><thead><tr><th>X</th></tr></thead><tbody></tbody></table>",
            ""
        ))
        .is_empty(),
        "a header with no scope"
    );
    assert!(
        !failures(&page(
            "<h1>A</h1><table><thead><tr><th scope=\"col\">X</th></tr></thead><tbody><tr><td><span class=\"bar\"><span></span></span></td></tr></tbody></table>",
            ""
        ))
        .is_empty(),
        "a bar with no words"
    );
    let no_language = page("<h1>A</h1>", "").replace(" lang=\"en-GB\"", "");
    assert!(!failures(&no_language).is_empty(), "no language");
    assert!((contrast("#000", "#fff").expect("colours") - 21.0).abs() < 0.01);
}

#[test]
fn the_html_minutes_of_every_sample_pass_the_checks() {
    for path in samples() {
        let meeting = minutebook::store::load(&path).expect("a sample");
        for options in [
            Options {
                confidential: false,
            },
            Options { confidential: true },
        ] {
            let html = minutes::html::write(&minutes::minutes(&meeting, options));
            let failed = failures(&html);
            assert!(
                failed.is_empty(),
                "{} ({options:?}): {failed:#?}",
                path.display()
            );
        }
    }
}

#[test]
fn the_html_reports_over_the_samples_pass_the_checks() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-meetings");
    let folder = folder.to_string_lossy();
    let reports: [&[&str]; 6] = [
        &["attendance", "--format", "html", &folder],
        &[
            "attendance",
            "--format",
            "html",
            "--on",
            "2026-12-01",
            &folder,
        ],
        &["actions", "--format", "html", &folder],
        &["applications", "--format", "html", &folder],
        &["search", "--format", "html", &folder, "the"],
        &["due", "--format", "html", "--on", "2026-10-01", &folder],
    ];
    for args in reports {
        let output = common::minutebook()
            .args(args)
            .output()
            .expect("the report runs");
        assert!(output.status.success(), "{args:?}: {output:?}");
        let html = String::from_utf8(output.stdout).expect("UTF-8");
        let failed = failures(&html);
        assert!(failed.is_empty(), "{args:?}: {failed:#?}");
    }
}

#[test]
fn the_word_minutes_of_every_sample_have_the_structure_a_checker_asks_for() {
    for path in samples() {
        let meeting = minutebook::store::load(&path).expect("a sample");
        let bytes = Format::Docx
            .write(&minutes::minutes(&meeting, Options::default()))
            .expect("writes");
        let name = path.display();
        let outline = common::docx::outline(&bytes);
        assert!(outline.contains("[Heading1]"), "{name}: a heading style");
        assert!(outline.contains("[Heading2]"), "{name}: headings below it");
        let document = docx_part(&bytes, "word/document.xml");
        for table in document.all("w:tbl") {
            let first = table.all("w:tr").into_iter().next().expect("a row");
            assert_eq!(first.all("w:tblHeader").len(), 1, "{name}: a header row");
        }
        let core = docx_part(&bytes, "docProps/core.xml");
        let text = |tag: &str| core.all(tag).first().map(|e| e.text()).unwrap_or_default();
        assert!(!text("dc:title").trim().is_empty(), "{name}: a title");
        assert_eq!(text("dc:language"), "en-GB", "{name}");
        let styles = docx_part(&bytes, "word/styles.xml");
        assert!(
            styles
                .all("w:lang")
                .iter()
                .any(|l| l.attr("w:val") == Some("en-GB")),
            "{name}: the text's language"
        );
    }
}
