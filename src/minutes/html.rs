//! Minutes as one self-contained, accessible HTML page: real headings and lists, no scripts
//! or outside resources, and a print style.

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
            out.push_str("<li>");
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

const STYLE: &str = "body{font-family:Arial,Helvetica,sans-serif;line-height:1.45;max-width:46em;margin:2em auto;padding:0 1em;color:#111}\
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.6em}\
.council{font-weight:bold;letter-spacing:.05em}.lines{list-style:none;padding-left:0}\
.clauses,.labelled{list-style:none;padding-left:0}.labelled>li,.clauses>li{padding-left:2.5em;text-indent:-2.5em}\
.clauses>li.unlabelled{padding-left:0;text-indent:0}li>ol,li>ul{text-indent:0}.clauses .clauses{padding-left:2.5em}\
.label{display:inline-block;min-width:2.5em;text-indent:0}\
.recorded-vote{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}.recorded-vote dd{margin:0}\
.running-mark{font-weight:bold;text-align:center;letter-spacing:.05em;border-bottom:2px solid #900;padding:.3em 0;background:#fff}\
.private{border:2px solid #900;padding:.4em .6em;font-weight:bold}\
.signature{margin-top:3em}table{border-collapse:collapse;margin:.6em 0 1.2em}td,th{border:1px solid #666;padding:.3em .5em;text-align:left;vertical-align:top}\
.amount{text-align:right;white-space:nowrap}tfoot th,tfoot td{font-weight:bold;border-top:2px solid #111}tr{break-inside:avoid}\
@page{size:A4;margin:2cm}\
@media screen{.running-mark{position:sticky;top:0}}\
@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}.signature{page-break-inside:avoid}\
.running-mark{position:fixed;top:0;left:0;right:0}.confidential main{margin-top:2.5em}}";

fn clauses(out: &mut String, list: &[Clause]) {
    out.push_str("<ol class=\"clauses\">\n");
    for clause in list {
        // A labelled clause's wrapped lines hang under its text, clear of the label.
        out.push_str(if clause.label.is_some() {
            "<li>"
        } else {
            "<li class=\"unlabelled\">"
        });
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
            " class=\"amount\""
        } else {
            ""
        }
    };
    out.push_str("<table>\n<thead><tr>");
    for (column, cell) in table.header.iter().enumerate() {
        out.push_str(&format!(
            "<th scope=\"col\"{}>{}</th>",
            class(column),
            escape(cell)
        ));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for (column, cell) in row.iter().enumerate() {
            out.push_str(&format!("<td{}>{}</td>", class(column), lines(cell)));
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
                out.push_str(&format!("<td{}>{}</td>", class(column), escape(cell)));
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
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n{}<main>\n",
        escape(&document.title),
        running_mark(document)
    );
    let mut in_lines = false;
    for block in &document.blocks {
        if in_lines && !matches!(block, Block::Line(_)) {
            out.push_str("</ul>\n");
            in_lines = false;
        }
        match block {
            Block::Council(text) => {
                out.push_str(&format!("<p class=\"council\">{}</p>\n", escape(text)))
            }
            Block::Heading { text, subtitle } if subtitle.is_empty() => {
                out.push_str(&format!("<h1>{}</h1>\n", escape(text)))
            }
            Block::Heading { text, subtitle } => out.push_str(&format!(
                "<h1>{}<br />{}</h1>\n",
                escape(text),
                escape(subtitle)
            )),
            Block::Section(text) => out.push_str(&format!("<h2>{}</h2>\n", escape(text))),
            Block::Group(text) => out.push_str(&format!("<h3>{}</h3>\n", escape(text))),
            Block::Line(text) => {
                if !in_lines {
                    out.push_str("<ul class=\"lines\">\n");
                    in_lines = true;
                }
                out.push_str(&format!("<li>{}</li>\n", escape(text)));
            }
            Block::Minute {
                reference, line, ..
            } => out.push_str(&format!(
                "<h2 id=\"minute-{}\">{}</h2>\n",
                anchor(reference),
                escape(line)
            )),
            Block::NotForPublication(text) => out.push_str(&format!(
                "<p class=\"private\" role=\"note\">{}</p>\n",
                escape(text)
            )),
            Block::Paragraph(text) => out.push_str(&format!("<p>{}</p>\n", lines(text))),
            Block::Paragraphs(text) => {
                for line in text.lines() {
                    out.push_str(&format!("<p>{}</p>\n", escape(line)));
                }
            }
            Block::Points(list) => points(&mut out, list),
            Block::Resolved {
                marker,
                preamble,
                clauses: list,
            } => {
                out.push_str(&format!("<p><strong>{}</strong></p>\n", escape(marker)));
                if let Some(preamble) = preamble {
                    out.push_str(&format!("<p>{}</p>\n", lines(preamble)));
                }
                clauses(&mut out, list);
            }
            Block::RecordedVote { lines } => {
                out.push_str("<dl class=\"recorded-vote\">\n");
                for (heading, names) in lines {
                    out.push_str(&format!(
                        "<dt>{}</dt><dd>{}</dd>\n",
                        escape(heading),
                        escape(names)
                    ));
                }
                out.push_str("</dl>\n");
            }
            Block::Table(table_) => table(&mut out, table_),
            Block::Signature(text) => {
                out.push_str(&format!("<p class=\"signature\">{}</p>\n", escape(text)))
            }
        }
    }
    if in_lines {
        out.push_str("</ul>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
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
