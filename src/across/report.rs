//! The across-meetings views as tables, written as Markdown, plain text, HTML (with a bar for
//! each member's attendance, printable) or CSV for a spreadsheet.

use std::fmt::Write;

use super::Skipped;
use crate::minutes::html::escape;
use crate::minutes::table::{Grid, wrap_cell};

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
    /// For a view over more than one body, each row's body: the rows print as a table for
    /// each body, under its name (a spreadsheet gets a Body column instead).
    pub bodies: Vec<String>,
    /// What to say when there are no rows.
    pub empty: String,
    pub skipped: Vec<String>,
    /// Further titled tables after this one's: the six-month rule after the attendance. A
    /// spreadsheet (CSV) takes the first table alone.
    pub sections: Vec<Report>,
}

impl Report {
    pub fn new(title: impl Into<String>, header: &[&str]) -> Report {
        Report {
            title: title.into(),
            header: header.iter().map(|h| h.to_string()).collect(),
            ..Report::default()
        }
    }

    /// The rows in tables: one for each body in the order they first appear, each under the
    /// body's name; one without a name when the rows are of one body.
    fn tables(&self) -> Vec<(Option<&str>, Vec<&Vec<String>>)> {
        if self.bodies.len() != self.rows.len() {
            return vec![(None, self.rows.iter().collect())];
        }
        let mut tables: Vec<(Option<&str>, Vec<&Vec<String>>)> = Vec::new();
        for (row, body) in self.rows.iter().zip(&self.bodies) {
            match tables
                .iter_mut()
                .find(|(name, _)| *name == Some(body.as_str()))
            {
                Some((_, rows)) => rows.push(row),
                None => tables.push((Some(body), vec![row])),
            }
        }
        tables
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
        let mut out = String::new();
        self.markdown_at(1, &mut out);
        if !self.skipped.is_empty() {
            out.push_str("## Files skipped\n\n");
            for skipped in &self.skipped {
                let _ = writeln!(out, "- {}", skipped.replace('|', "\\|").replace('\n', " "));
            }
            out.push('\n');
        }
        out
    }

    fn text(&self) -> String {
        let mut out = String::new();
        self.text_at(&['=', '-', '~'], &mut out);
        if !self.skipped.is_empty() {
            out.push_str("Files skipped\n-------------\n");
            for skipped in &self.skipped {
                let lines = wrap_cell(skipped, TEXT_WIDTH - 2);
                let _ = writeln!(out, "- {}", lines.join("\n  "));
            }
            out.push('\n');
        }
        out
    }

    fn html(&self) -> String {
        let mut out = String::from(
            "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n",
        );
        let _ = writeln!(out, "<title>{}</title>", escape(&self.title));
        out.push_str(
            "<style>\nbody { font-family: Arial, sans-serif; margin: 2em; color: #111; background: #fff; }\n\
             table { border-collapse: collapse; }\n\
             th, td { border: 1px solid #999; padding: 0.2em 0.5em; text-align: left; }\n\
             .bar { display: inline-block; width: 10em; height: 0.8em; border: 1px solid #333; \
             vertical-align: middle; margin-right: 0.5em; }\n\
             .bar span { display: block; height: 100%; background: #333; \
             print-color-adjust: exact; -webkit-print-color-adjust: exact; }\n\
             @page { size: A4; margin: 2cm; }\n\
             @media print { body { margin: 0; } }\n</style>\n</head>\n<body>\n",
        );
        self.html_at(1, &mut out);
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

    /// The title at heading `level`, the notes, the tables (each body's under a heading a level
    /// down) and the sections after it, in Markdown.
    fn markdown_at(&self, level: usize, out: &mut String) {
        let cell = |text: &str| text.replace('|', "\\|").replace('\n', " ");
        let _ = writeln!(out, "{} {}\n", "#".repeat(level), cell(&self.title));
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
            let rule: Vec<String> = self.header.iter().map(|_| "---".to_string()).collect();
            for (body, rows) in self.tables() {
                if let Some(body) = body {
                    let _ = writeln!(out, "{} {}\n", "#".repeat(level + 1), cell(body));
                }
                out.push_str(&row(&self.header));
                out.push_str(&row(&rule));
                for cells in rows {
                    out.push_str(&row(cells));
                }
                out.push('\n');
            }
        }
        for section in &self.sections {
            section.markdown_at(level + 1, out);
        }
    }

    /// As [`Report::markdown_at`], in plain text: each level's title underlined with its own
    /// character.
    fn text_at(&self, rules: &[char], out: &mut String) {
        let rule = rules.first().copied().unwrap_or('-');
        let below = rules.get(1..).filter(|r| !r.is_empty()).unwrap_or(rules);
        let underline = |text: &str, c: char| {
            let title = wrap_cell(text, TEXT_WIDTH);
            let longest = title.iter().map(|l| l.chars().count()).max().unwrap_or(0);
            format!("{}\n{}", title.join("\n"), c.to_string().repeat(longest))
        };
        let _ = writeln!(out, "{}\n", underline(&self.title, rule));
        for note in &self.notes {
            let _ = writeln!(out, "{}\n", wrap_cell(note, TEXT_WIDTH).join("\n"));
        }
        if self.rows.is_empty() {
            let _ = writeln!(out, "{}\n", self.empty);
        } else {
            for (body, rows) in self.tables() {
                if let Some(body) = body {
                    let c = below.first().copied().unwrap_or('-');
                    let _ = writeln!(out, "{}\n", underline(body, c));
                }
                out.push_str(&text_table(&self.header, &rows));
                out.push('\n');
            }
        }
        for section in &self.sections {
            section.text_at(below, out);
        }
    }

    /// As [`Report::markdown_at`], in HTML.
    fn html_at(&self, level: usize, out: &mut String) {
        let heading = level.min(6);
        let _ = writeln!(out, "<h{heading}>{}</h{heading}>", escape(&self.title));
        for note in &self.notes {
            let _ = writeln!(out, "<p>{}</p>", escape(note));
        }
        if self.rows.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", escape(&self.empty));
        } else {
            let under = (level + 1).min(6);
            for (body, rows) in self.tables() {
                if let Some(body) = body {
                    let _ = writeln!(out, "<h{under}>{}</h{under}>", escape(body));
                }
                self.html_table(out, &rows);
            }
        }
        for section in &self.sections {
            section.html_at(level + 1, out);
        }
    }

    fn html_table(&self, out: &mut String, rows: &[&Vec<String>]) {
        out.push_str("<table>\n<thead><tr>");
        for heading in &self.header {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(heading));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for cells in rows {
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

    /// The table alone, a header row first; the notes and the files skipped are said
    /// elsewhere, so a spreadsheet reads every row as data.
    fn csv(&self) -> String {
        // The byte-order mark tells a spreadsheet opening the file the default way that it is
        // UTF-8, so that "O’Donnell" is not read as "Oâ€™Donnell".
        let mut out = String::from("\u{feff}");
        let by_body = self.bodies.len() == self.rows.len() && !self.bodies.is_empty();
        // Without a body for each row, no Body column; the blanks only keep rows paired.
        let bodies = std::iter::once("Body")
            .chain(self.bodies.iter().map(String::as_str))
            .chain(std::iter::repeat(""));
        for (body, cells) in bodies.zip(std::iter::once(&self.header).chain(&self.rows)) {
            let mut line: Vec<String> = Vec::with_capacity(cells.len() + 1);
            if by_body {
                line.push(csv_cell(body));
            }
            line.extend(cells.iter().map(|c| csv_cell(c)));
            out.push_str(&line.join(","));
            out.push_str("\r\n");
        }
        out
    }
}

/// The widest a plain-text table may run, so that it prints and reads in a terminal.
const TEXT_WIDTH: usize = 100;

/// A plain-text table no wider than [`TEXT_WIDTH`]: columns keep their natural width while the
/// whole fits; otherwise the widest give way, their cells wrapped onto further lines.
fn text_table(header: &[String], rows: &[&Vec<String>]) -> String {
    Grid {
        header,
        rows: rows.iter().map(|row| row.as_slice()).collect(),
        amounts: &[],
        total: None,
    }
    .text(TEXT_WIDTH)
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
    fn plain_text_tables_fit_in_a_hundred_columns_whatever_the_cells() {
        let mut report = Report::new("T ".repeat(80), &["Meeting", "Found"]);
        report.notes = vec!["note ".repeat(50)];
        report.skipped = vec!["skipped ".repeat(30)];
        report.rows = vec![
            vec!["1 May 2026".into(), "word ".repeat(60)],
            vec!["2 May 2026".into(), "x".repeat(70_000)],
        ];
        report.bodies = vec!["Planning Committee".into(), "Full Council".into()];
        let text = report.write(Format::Text);
        assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
        assert!(
            text.contains("Planning Committee\n------------------"),
            "{text}"
        );
        assert!(text.contains("Full Council\n------------"), "{text}");
        let csv = report.write(Format::Csv);
        assert!(csv.starts_with("\u{feff}Body,Meeting,Found\r\nPlanning Committee,1 May 2026,"));
        // Of one body, the rows alone, every one of them.
        report.bodies.clear();
        let csv = report.write(Format::Csv);
        assert_eq!(csv.lines().count(), 3, "{csv}");
        assert!(
            csv.starts_with("\u{feff}Meeting,Found\r\n1 May 2026,"),
            "{csv}"
        );
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
