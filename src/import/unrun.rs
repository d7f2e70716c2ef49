//! A front sheet whose lines were run together, as text taken from a PDF laid out in columns
//! comes: the body, date, time, place, membership and every numbered item on one line. It is
//! parted into the lines it was made of: before each field's label, before each item's number
//! in turn, and the heading into its body, date, time and place.

use crate::model::clock::{date_written_in, parse_time};

/// The labels a front sheet's fields start with, each on a line of its own once parted.
const LABELS: &[&str] = &[
    "Membership:",
    "Members:",
    "Councillors:",
    "Quorum:",
    "Date:",
    "Time:",
    "Venue:",
    "Place:",
    "Contact:",
    "Contact Officer:",
    "Application number:",
    "Application No:",
    "Application No.:",
    "Reference:",
    "Site:",
    "Site address:",
    "Proposal:",
    "Applicant:",
    "Agent:",
    "Ward:",
    "Parish:",
    "Case Officer:",
    "Officer Recommendation:",
    "Recommendation:",
];

/// A line shorter than this is never taken for lines run together.
const LONGEST_LINE: usize = 150;

/// The lines a run-together line was made of, or none for an ordinary line: it must be long
/// and hold at least three items numbered one after another ("1. … 2. … 3. …").
pub fn parted(text: &str) -> Option<Vec<String>> {
    if text.chars().count() < LONGEST_LINE {
        return None;
    }
    let items = item_starts(text);
    if items.len() < 3 {
        return None;
    }
    let mut cuts: Vec<usize> = items.clone();
    cuts.extend(label_starts(text));
    cuts.sort_unstable();
    cuts.dedup();
    let mut lines = Vec::new();
    let first = cuts.first().copied().unwrap_or(text.len());
    lines.extend(heading(text[..first].trim()));
    for (n, &start) in cuts.iter().enumerate() {
        let end = cuts.get(n + 1).copied().unwrap_or(text.len());
        let piece = text[start..end].trim();
        if !piece.is_empty() {
            lines.push(piece.to_string());
        }
    }
    Some(lines)
}

/// Where each item's number starts: "1." (or "1)") as a word of its own, then "2.", and so on,
/// each after the one before.
fn item_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut from = 0;
    for number in 1.. {
        let found = [".", ")"].iter().find_map(|stop| {
            let token = format!("{number}{stop}");
            let mut search = from;
            while let Some(at) = text[search..].find(&token) {
                let at = search + at;
                let before = text[..at].chars().next_back();
                let after = text[at + token.len()..].chars().next();
                if before.is_none_or(char::is_whitespace) && after.is_none_or(char::is_whitespace) {
                    return Some(at);
                }
                search = at + token.len();
            }
            None
        });
        match found {
            Some(at) => {
                starts.push(at);
                from = at + 1;
            }
            None => break,
        }
    }
    starts
}

/// Where each field's label starts, as a word of its own, and not inside a longer label
/// ("Recommendation:" in "Officer Recommendation:").
fn label_starts(text: &str) -> Vec<usize> {
    // ASCII lowering keeps every byte where it was.
    let lower = text.to_ascii_lowercase();
    let mut spans = Vec::new();
    for label in LABELS {
        let label = label.to_ascii_lowercase();
        let mut from = 0;
        while let Some(at) = lower[from..].find(&label) {
            let at = from + at;
            if lower[..at]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace)
            {
                spans.push((at, at + label.len()));
            }
            from = at + label.len();
        }
    }
    spans
        .iter()
        .filter(|(start, _)| {
            !spans
                .iter()
                .any(|(other, end)| other < start && start < end)
        })
        .map(|(start, _)| *start)
        .collect()
}

/// The heading before the first label or item: the body, then the date, the time and the
/// place, each labelled so that the reader takes them as it takes a sheet's own fields.
fn heading(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    let Some(written) = date_written_in(text) else {
        return vec![text.to_string()];
    };
    let date_start = written
        .weekday
        .clone()
        .unwrap_or(written.date.clone())
        .start;
    let mut lines = Vec::new();
    let body = text[..date_start].trim().trim_end_matches([',', '-', '–']);
    if !body.is_empty() {
        lines.push(body.trim().to_string());
    }
    lines.push(format!(
        "Date: {}",
        text[date_start..written.date.end].trim()
    ));
    let rest = text[written.date.end..].trim_start_matches([',', ' ']);
    // The time is the first word or two after the date: "7.00 pm", "19:00", "7pm".
    let words: Vec<&str> = rest.split_whitespace().collect();
    let (time, used) = [2, 1]
        .iter()
        .filter(|&&n| n <= words.len())
        .find_map(|&n| {
            let clock = words[..n].join(" ");
            parse_time(clock.trim_end_matches(',')).map(|_| (clock, n))
        })
        .unwrap_or_default();
    if !time.is_empty() {
        lines.push(format!("Time: {}", time.trim_end_matches(',')));
    }
    let place = words[used..].join(" ");
    let place = place.trim_start_matches(',').trim();
    if !place.is_empty() {
        lines.push(format!("Venue: {place}"));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_front_sheet_run_into_one_line_is_parted_into_its_lines() {
        let line = "Planning Committee Wednesday, 4 March 2026 7.00 pm Council Chamber, Civic \
                    Centre Membership: Councillors A Brown (Chair), B Green Quorum: 3 1. Apologies \
                    for Absence 2. Declarations of Interest 3. 25/01234/FUL 12 High Street \
                    Application number: 25/01234/FUL Ward: Northtown Officer Recommendation: \
                    Approve 4. Appeals";
        let lines = parted(line).expect("run together");
        assert_eq!(
            lines,
            [
                "Planning Committee",
                "Date: Wednesday, 4 March 2026",
                "Time: 7.00 pm",
                "Venue: Council Chamber, Civic Centre",
                "Membership: Councillors A Brown (Chair), B Green",
                "Quorum: 3",
                "1. Apologies for Absence",
                "2. Declarations of Interest",
                "3. 25/01234/FUL 12 High Street",
                "Application number: 25/01234/FUL",
                "Ward: Northtown",
                "Officer Recommendation: Approve",
                "4. Appeals",
            ]
        );
        // An ordinary line, however long, is left alone.
        assert_eq!(parted(&"A long sentence of words. ".repeat(10)), None);
        assert_eq!(parted("1. Apologies 2. Minutes 3. Reports"), None);
    }
}
