//! Minutes as one self-contained, accessible HTML page: real headings and lists, no scripts
//! or outside resources, and a print style.

use super::direction::has_right_to_left;
use super::document::{Block, Document, Point, Table};
use crate::model::Clause;

/// Text made safe to put in HTML, in an element or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Bullets as an unordered list; labelled points as an ordered list showing the labels as
/// typed ("(a)", "1."), which list-style types cannot all show; the points under a point
/// as a list inside its item.
fn points(out: &mut String, list: &[Point]) {
    let mut start = 0;
    while start < list.len() {
        let labelled = list[start].label.is_some();
        let end = list[start..]
            .iter()
            .position(|p| p.label.is_some() != labelled)
            .map_or(list.len(), |n| start + n);
        out.push_str(if labelled {
            "<ol class=\"labelled\">\n"
        } else {
            "<ul>\n"
        });
        for point in &list[start..end] {
            out.push_str(&open("li", "", &point.text));
            if let Some(label) = &point.label {
                out.push_str(&format!("<span class=\"label\">{}</span> ", escape(label)));
            }
            out.push_str(&lines(&point.text));
            if !point.points.is_empty() {
                out.push('\n');
                points(out, &point.points);
            }
            out.push_str("</li>\n");
        }
        out.push_str(if labelled { "</ol>\n" } else { "</ul>\n" });
        start = end;
    }
}

/// Text with its line breaks kept.
fn lines(text: &str) -> String {
    escape(text).replace('\n', "<br />\n")
}

/// The page on screen and in print. Printed, headings, a RESOLVED label, a line introducing
/// what follows and a recorded vote keep with what comes after, and the signature with the
/// closing lines; the page's margin boxes hold the running head, the page numbers and, on the
/// confidential version, its mark, in margins kept for them.
const STYLE: &str = "body{font-family:Arial,Helvetica,sans-serif;line-height:1.45;max-width:46em;margin:2em auto;padding:0 1em;color:#111;background:#fff}\
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.6em}h3{font-size:1em;margin:1.2em 0 .4em}\
.council{font-weight:bold;letter-spacing:.05em}.lines{list-style:none;padding-left:0}\
.clauses,.labelled{list-style:none;padding-left:0}.labelled>li,.clauses>li{padding-left:2.5em;text-indent:-2.5em}\
.clauses>li.unlabelled{padding-left:0;text-indent:0}li>ol,li>ul{text-indent:0}.clauses .clauses{padding-left:2.5em}\
.label{display:inline-block;min-width:2.5em;text-indent:0}\
.recorded-vote{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:1em 0}.recorded-vote dd{margin:0}\
.running-mark{font-weight:bold;text-align:center;letter-spacing:.05em;border-bottom:2px solid #900;padding:.3em 0;background:#fff}\
.private{border:2px solid #900;padding:.4em .6em;font-weight:bold}\
.signature{margin-top:3em}table{border-collapse:collapse;margin:.6em 0 1.2em}td,th{border:1px solid #666;padding:.3em .5em;text-align:left;vertical-align:top}\
.amount{text-align:right;white-space:nowrap}tfoot th,tfoot td{font-weight:bold;border-top:2px solid #111}\
@media screen{.running-mark{position:sticky;top:0}}\
@media print{body{margin:0;max-width:none;padding:0}p,li,dd{orphans:3;widows:3}\
h1,h2,h3,.resolved,.leads{break-after:avoid;page-break-after:avoid}\
.recorded-vote{break-inside:avoid;page-break-inside:avoid;break-after:avoid;page-break-after:avoid}\
tr,li{break-inside:avoid;page-break-inside:avoid}thead{display:table-header-group}\
.signature{break-before:avoid;page-break-before:avoid;break-inside:avoid}p:has(+.signature){break-after:avoid;page-break-after:avoid}\
.running-mark{position:static;border:0}}";

/// A string as CSS writes one, in double quotes.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The printed page: A4, with the running head at the foot's left and the page numbers at its
/// right (the footer's words with the page and the number of pages as counters), and the
/// confidential mark, where there is one, in the top margin of every page, clear of the text.
fn page_style(document: &Document) -> String {
    use super::document::{PAGE, PAGES};
    let mut footer = Vec::new();
    let mut words = String::new();
    for c in document.page_footer.chars() {
        match c {
            PAGE | PAGES => {
                if !words.is_empty() {
                    footer.push(css_string(&std::mem::take(&mut words)));
                }
                footer.push(
                    if c == PAGE {
                        "counter(page)"
                    } else {
                        "counter(pages)"
                    }
                    .into(),
                );
            }
            c => words.push(c),
        }
    }
    if !words.is_empty() {
        footer.push(css_string(&words));
    }
    let margin = "font-family:Arial,Helvetica,sans-serif;font-size:9pt;color:#111";
    let mut style = format!(
        "@page{{size:A4;margin:2.2cm 2cm 2.2cm;@bottom-left{{content:{};{margin}}}@bottom-right{{content:{};{margin}}}",
        css_string(&document.running_head),
        if footer.is_empty() {
            "none".to_string()
        } else {
            footer.join(" ")
        }
    );
    if let Some(mark) = &document.confidential {
        style.push_str(&format!(
            "@top-center{{content:{};{margin};font-size:10pt;font-weight:bold;letter-spacing:.05em;color:#900}}",
            css_string(mark)
        ));
    }
    style.push('}');
    style
}

fn clauses(out: &mut String, list: &[Clause]) {
    out.push_str("<ol class=\"clauses\">\n");
    for clause in list {
        // A labelled clause's wrapped lines hang under its text, clear of the label.
        let class = if clause.label.is_some() {
            ""
        } else {
            "unlabelled"
        };
        out.push_str(&open("li", class, &clause.text));
        if let Some(label) = &clause.label {
            out.push_str(&format!("<span class=\"label\">{}</span> ", escape(label)));
        }
        out.push_str(&lines(&clause.text));
        if !clause.clauses.is_empty() {
            out.push('\n');
            clauses(out, &clause.clauses);
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n");
}

/// A table with its header row; sums flush right and kept whole; the total row in a footer,
/// its label heading the row.
fn table(out: &mut String, table: &Table) {
    let class = |column: usize| {
        if table.is_amount(column) {
            "amount"
        } else {
            ""
        }
    };
    out.push_str("<table>\n<thead><tr>");
    for (column, cell) in table.header.iter().enumerate() {
        let class = match class(column) {
            "" => String::new(),
            class => format!(" class=\"{class}\""),
        };
        out.push_str(&format!("<th scope=\"col\"{class}>{}</th>", escape(cell)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for (column, cell) in row.iter().enumerate() {
            out.push_str(&format!(
                "{}{}</td>",
                open("td", class(column), cell),
                lines(cell)
            ));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n");
    if let Some(total) = &table.total {
        out.push_str("<tfoot><tr>");
        for (column, cell) in total.iter().enumerate() {
            if column == 0 {
                out.push_str(&format!("<th scope=\"row\">{}</th>", escape(cell)));
            } else {
                out.push_str(&format!(
                    "{}{}</td>",
                    open("td", class(column), cell),
                    escape(cell)
                ));
            }
        }
        out.push_str("</tr></tfoot>\n");
    }
    out.push_str("</table>\n");
}

/// The body's opening; on the confidential version, the mark every printed page repeats.
fn running_mark(document: &Document) -> String {
    match &document.confidential {
        Some(mark) => format!(
            "<body class=\"confidential\">\n<div class=\"running-mark\" role=\"note\">{}</div>\n",
            escape(mark)
        ),
        None => "<body>\n".to_string(),
    }
}

pub fn write(document: &Document) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>{}</title>\n<style>{STYLE}{}</style>\n</head>\n{}<main>\n",
        escape(&document.title),
        page_style(document),
        running_mark(document)
    );
    let mut in_lines = false;
    for block in &document.blocks {
        // Attendance lines run together as one list.
        match (in_lines, matches!(block, Block::Line(_))) {
            (false, true) => out.push_str("<ul class=\"lines\">\n"),
            (true, false) => out.push_str("</ul>\n"),
            _ => {}
        }
        in_lines = matches!(block, Block::Line(_));
        write_block(&mut out, block);
    }
    if in_lines {
        out.push_str("</ul>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// An element's opening tag: its class where it has one, and `dir="auto"` where any of its
/// text runs right to left, so that a browser lays the text out the way it reads.
fn open(tag: &str, class: &str, text: &str) -> String {
    let mut out = format!("<{tag}");
    if !class.is_empty() {
        out.push_str(&format!(" class=\"{class}\""));
    }
    if has_right_to_left(text) {
        out.push_str(" dir=\"auto\"");
    }
    out.push('>');
    out
}

/// An element holding text, its line breaks kept.
fn element(tag: &str, class: &str, text: &str) -> String {
    format!("{}{}</{tag}>\n", open(tag, class, text), lines(text))
}

fn write_block(out: &mut String, block: &Block) {
    match block {
        Block::Council(text) => out.push_str(&element("p", "council", text)),
        Block::Heading { text, subtitle } if subtitle.is_empty() => {
            out.push_str(&element("h1", "", text))
        }
        Block::Heading { text, subtitle } => {
            out.push_str(&element("h1", "", &format!("{text}\n{subtitle}")))
        }
        Block::Section(text) => out.push_str(&element("h2", "", text)),
        Block::Group(text) => out.push_str(&element("h3", "", text)),
        Block::Line(text) => out.push_str(&element("li", "", text)),
        Block::Minute {
            reference, line, ..
        } => out.push_str(&format!(
            "<h2 id=\"minute-{}\"{}>{}</h2>\n",
            anchor(reference),
            if has_right_to_left(line) {
                " dir=\"auto\""
            } else {
                ""
            },
            escape(line)
        )),
        Block::NotForPublication(text) => out.push_str(&format!(
            "<p class=\"private\" role=\"note\">{}</p>\n",
            escape(text)
        )),
        Block::Paragraph(text) => out.push_str(&paragraph(text)),
        Block::Paragraphs(text) => {
            for line in text.lines() {
                out.push_str(&paragraph(line));
            }
        }
        Block::Points(list) => points(out, list),
        Block::Resolved {
            marker,
            preamble,
            clauses: list,
        } => {
            out.push_str(&format!(
                "{}<strong>{}</strong></p>\n",
                open("p", "resolved", marker),
                escape(marker)
            ));
            if let Some(preamble) = preamble {
                out.push_str(&element("p", "leads", preamble));
            }
            clauses(out, list);
        }
        Block::RecordedVote { lines } => {
            out.push_str("<dl class=\"recorded-vote\">\n");
            for (heading, names) in lines {
                out.push_str(&format!(
                    "<dt>{}</dt>{}{}</dd>\n",
                    escape(heading),
                    open("dd", "", names),
                    escape(names)
                ));
            }
            out.push_str("</dl>\n");
        }
        Block::Table(table_) => table(out, table_),
        Block::Signature(text) => out.push_str(&element("p", "signature", text)),
    }
}

/// A paragraph; one introducing what follows (ending in a colon) is kept with it in print.
fn paragraph(text: &str) -> String {
    let class = if text.trim_end().ends_with(':') {
        "leads"
    } else {
        ""
    };
    element("p", class, text)
}

/// A minute's reference as a page anchor: letters, digits and dashes only.
fn anchor(reference: &str) -> String {
    reference
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .trim_matches('-')
        .to_string()
}
