//! The across-meetings views as tables, written as Markdown, plain text, HTML (with a bar for
//! each member's attendance, printable) or CSV for a spreadsheet.

use std::fmt::Write;

use super::Skipped;
use crate::minutes::html::escape;

/// The formats a report is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Text,
    Html,
    Csv,
}

/// A titled table, with notes above it and the files left out below it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub title: String,
    pub notes: Vec<String>,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The column holding a percentage to draw as a bar in HTML.
    pub bar: Option<usize>,
    /// What to say when there are no rows.
    pub empty: String,
    pub skipped: Vec<String>,
}

impl Report {
    pub fn new(title: impl Into<String>, header: &[&str]) -> Report {
        Report {
            title: title.into(),
            header: header.iter().map(|h| h.to_string()).collect(),
            ..Report::default()
        }
    }

    /// Puts a first column naming each row's body, for views over more than one body.
    pub fn with_body_column(&mut self, bodies: &[&str]) {
        self.header.insert(0, "Body".into());
        for (row, body) in self.rows.iter_mut().zip(bodies) {
            row.insert(0, body.to_string());
        }
        self.bar = self.bar.map(|column| column + 1);
    }

    /// Lists the files left out, each with its reason.
    pub fn skipping(mut self, skipped: &[Skipped]) -> Report {
        self.skipped = skipped.iter().map(Skipped::describe).collect();
        self
    }

    pub fn write(&self, format: Format) -> String {
        match format {
            Format::Markdown => self.markdown(),
            Format::Text => self.text(),
            Format::Html => self.html(),
            Format::Csv => self.csv(),
        }
    }

    fn markdown(&self) -> String {
        let cell = |text: &str| text.replace('|', "\\|").replace('\n', " ");
        let mut out = format!("# {}\n\n", cell(&self.title));
        for note in &self.notes {
            let _ = writeln!(out, "{}\n", cell(note));
        }
        if self.rows.is_empty() {
            let _ = writeln!(out, "{}\n", self.empty);
        } else {
            let row = |cells: &[String]| {
                let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
                format!("| {} |\n", cells.join(" | "))
            };
            out.push_str(&row(&self.header));
            let rule: Vec<String> = self.header.iter().map(|_| "---".to_string()).collect();
            out.push_str(&row(&rule));
            for cells in &self.rows {
                out.push_str(&row(cells));
            }
            out.push('\n');
        }
        if !self.skipped.is_empty() {
            out.push_str("## Files skipped\n\n");
            for skipped in &self.skipped {
                let _ = writeln!(out, "- {}", cell(skipped));
            }
            out.push('\n');
        }
        out
    }

    fn text(&self) -> String {
        let mut out = format!(
            "{}\n{}\n\n",
            self.title,
            "=".repeat(self.title.chars().count())
        );
        for note in &self.notes {
            let _ = writeln!(out, "{note}\n");
        }
        if self.rows.is_empty() {
            let _ = writeln!(out, "{}\n", self.empty);
        } else {
            let width = |column: usize| {
                std::iter::once(&self.header)
                    .chain(&self.rows)
                    .filter_map(|row| row.get(column))
                    .map(|cell| cell.chars().count())
                    .max()
                    .unwrap_or(0)
            };
            let widths: Vec<usize> = (0..self.header.len()).map(width).collect();
            let line = |cells: &[String]| {
                let padded: Vec<String> = cells
                    .iter()
                    .zip(&widths)
                    .map(|(cell, width)| format!("{cell:<width$}"))
                    .collect();
                format!("{}\n", padded.join("  ").trim_end())
            };
            out.push_str(&line(&self.header));
            let rules: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            out.push_str(&line(&rules));
            for cells in &self.rows {
                out.push_str(&line(cells));
            }
            out.push('\n');
        }
        if !self.skipped.is_empty() {
            out.push_str("Files skipped\n-------------\n");
            for skipped in &self.skipped {
                let _ = writeln!(out, "- {skipped}");
            }
            out.push('\n');
        }
        out
    }

    fn html(&self) -> String {
        let mut out = String::from(
            "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n",
        );
        let _ = writeln!(out, "<title>{}</title>", escape(&self.title));
        out.push_str(
            "<style>\nbody { font-family: Arial, sans-serif; margin: 2em; }\n\
             table { border-collapse: collapse; }\n\
             th, td { border: 1px solid #999; padding: 0.2em 0.5em; text-align: left; }\n\
             .bar { display: inline-block; width: 10em; height: 0.8em; border: 1px solid #333; \
             vertical-align: middle; margin-right: 0.5em; }\n\
             .bar span { display: block; height: 100%; background: #333; \
             print-color-adjust: exact; -webkit-print-color-adjust: exact; }\n\
             @media print { body { margin: 0; } }\n</style>\n</head>\n<body>\n",
        );
        let _ = writeln!(out, "<h1>{}</h1>", escape(&self.title));
        for note in &self.notes {
            let _ = writeln!(out, "<p>{}</p>", escape(note));
        }
        if self.rows.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", escape(&self.empty));
        } else {
            out.push_str("<table>\n<thead><tr>");
            for heading in &self.header {
                let _ = write!(out, "<th>{}</th>", escape(heading));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for cells in &self.rows {
                out.push_str("<tr>");
                for (column, cell) in cells.iter().enumerate() {
                    let percent = cell.trim_end_matches('%').parse::<u32>().ok();
                    match percent.filter(|_| self.bar == Some(column)) {
                        Some(percent) => {
                            let _ = write!(
                                out,
                                "<td><span class=\"bar\"><span style=\"width: {}%\"></span></span>{}</td>",
                                percent.min(100),
                                escape(cell)
                            );
                        }
                        None => {
                            let _ = write!(out, "<td>{}</td>", escape(cell));
                        }
                    }
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }
        if !self.skipped.is_empty() {
            out.push_str("<h2>Files skipped</h2>\n<ul>\n");
            for skipped in &self.skipped {
                let _ = writeln!(out, "<li>{}</li>", escape(skipped));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</body>\n</html>\n");
        out
    }

    /// The table alone, a header row first; the notes and the files skipped are said
    /// elsewhere, so a spreadsheet reads every row as data.
    fn csv(&self) -> String {
        let mut out = String::new();
        for cells in std::iter::once(&self.header).chain(&self.rows) {
            let cells: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        }
        out
    }
}

/// A cell quoted when it must be. Text a spreadsheet would take as a formula (from a file
/// anyone could have written) is kept as text by a leading apostrophe.
fn csv_cell(text: &str) -> String {
    let formula =
        text.starts_with(['=', '+', '-', '@', '\t', '\r']) && text.parse::<f64>().is_err();
    let text = if formula {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_never_formulas() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("-5"), "-5");
    }

    #[test]
    fn html_bars_are_drawn_in_the_percent_column_only() {
        let mut report = Report::new("T", &["Name", "Attended"]);
        report.bar = Some(1);
        report.rows = vec![vec!["50%".into(), "75%".into()]];
        let html = report.write(Format::Html);
        assert!(html.contains("<span style=\"width: 75%\">"), "{html}");
        assert!(!html.contains("width: 50%"), "{html}");
    }
}
