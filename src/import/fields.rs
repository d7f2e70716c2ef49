//! Reading the labelled fields of a front sheet, and the lines that mark where it ends: dates,
//! times, part headings, the council's name; dates and times as a clerk types them; and the
//! last minute number of the previous minutes later in the pack.

use chrono::{NaiveDate, NaiveTime};

use crate::model::clock::{parse_date, parse_time};

use super::clean::{Line, squeeze};

use crate::model::{BodyKind, Part};

/// Where the front sheet ends: the next document of the pack begins.
pub(super) fn starts_next_document(text: &str) -> bool {
    let trimmed = text.trim();
    trimmed.contains("Minutes of a meeting of")
        || trimmed.starts_with("Date of Meeting:")
        || trimmed.starts_with("Report Title:")
        || is_council_line(trimmed)
}

/// "CHESHIRE EAST COUNCIL": a line in capitals naming a council.
pub(super) fn is_council_line(text: &str) -> bool {
    let trimmed = text.trim();
    trimmed.ends_with("COUNCIL") && trimmed.len() > 8 && !trimmed.chars().any(|c| c.is_lowercase())
}

/// "LONDON BOROUGH OF ASHGROVE" as "London Borough of Ashgrove": each word capitalised but
/// the small joining words after the first.
pub(super) fn title_case(text: &str) -> String {
    const SMALL: &[&str] = &["of", "and", "the", "for", "in", "on", "at", "to", "a", "an"];
    text.split_whitespace()
        .enumerate()
        .map(|(at, word)| {
            let lower = word.to_lowercase();
            if at > 0 && SMALL.contains(&lower.as_str()) {
                return lower;
            }
            let mut chars = lower.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// What a line giving the meeting's date in a sentence says of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct WrittenWhen {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub venue: Option<String>,
    pub body: Option<String>,
}

/// The meeting's date written in a line with other words, and what is around it: the body
/// before it ("Meeting of the Parish Council, …"), the time after it ("7.15 p.m.", "at 7pm"),
/// and the place after that ("Ashby Magna Reading Room", "in the Village Hall"). The line must
/// speak of a meeting, or give a time after the date, so that a date merely mentioned is not
/// taken for the meeting's.
pub(super) fn written_when(text: &str) -> Option<WrittenWhen> {
    let written = crate::model::clock::date_written_in(text)?;
    let before = &text[..written
        .weekday
        .clone()
        .unwrap_or(written.date.clone())
        .start];
    let after = text[written.date.end..].trim_start_matches([',', '.', ' ']);
    let mut segments = after.split(',').map(str::trim).filter(|s| !s.is_empty());
    let mut time = None;
    let mut venue_parts: Vec<String> = Vec::new();
    if let Some(first) = segments.next() {
        // "at 7pm in the Village Hall", "7.15 p.m.", "7pm or by video link".
        let first = first.strip_prefix("at ").unwrap_or(first);
        let (clock, rest) = match first.find(" in ") {
            Some(at) => (&first[..at], Some(first[at + 4..].trim())),
            None => (first, None),
        };
        time = parse_time(clock.split(" or ").next().unwrap_or(clock));
        match (time, rest) {
            (Some(_), Some(rest)) => venue_parts.push(rest.to_string()),
            (Some(_), None) => {}
            (None, _) => venue_parts.push(first.to_string()),
        }
    }
    venue_parts.extend(segments.map(str::to_string));
    let lower = before.to_lowercase();
    let meeting = lower.contains("meeting") || lower.contains("held");
    if !meeting && time.is_none() {
        return None;
    }
    let body = lower.find("meeting of ").map(|at| {
        let name = before[at + "meeting of ".len()..]
            .trim()
            .trim_end_matches([',', ':', '-', '–'])
            .trim_end_matches(" on")
            .trim();
        name.strip_prefix("the ").unwrap_or(name).to_string()
    });
    let venue = venue_parts
        .join(", ")
        .trim_end_matches('.')
        .trim()
        .to_string();
    // "in the Memorial Hall": the place without the article the sentence gave it, as a
    // "Venue:" line prints it; the minutes give it its article again.
    let venue = (time.is_some() && !venue.is_empty() && venue.starts_with(char::is_uppercase)
        || venue.starts_with("the "))
    .then(|| venue.strip_prefix("the ").unwrap_or(&venue).to_string());
    Some(WrittenWhen {
        date: written.value,
        time,
        venue,
        body: body.filter(|b| !b.is_empty() && b.split_whitespace().count() <= 8),
    })
}

/// A line that is the meeting's date and nothing else, as front sheets without a "Date:" label
/// give it: "Tuesday 3rd June, 2025", "Tuesday 3 June 2025 at 6.30 pm", or
/// "Date and Time: 3 June 2025, 6.30 pm". A sentence that merely mentions a date is not one.
pub(super) fn date_line(text: &str) -> Option<(NaiveDate, Option<NaiveTime>)> {
    let text = ["Date and Time", "Date & Time", "Date and time of meeting"]
        .iter()
        .find_map(|label| labelled(text, label))
        .unwrap_or(text)
        .trim();
    if let Some(date) = parse_date(text) {
        return Some((date, None));
    }
    // ASCII lowering keeps every byte where it was, so its places are the text's places.
    let lower = text.to_ascii_lowercase();
    let split = [" at ", ",", " - ", " – "]
        .iter()
        .find_map(|mark| lower.rfind(mark).map(|at| (at, mark.len())));
    if let Some((at, length)) = split
        && let (Some(date), Some(time)) = (
            parse_date(&text[..at]),
            start_of_times(&text[at + length..]),
        )
    {
        return Some((date, Some(time)));
    }
    // "Wednesday, 21st May, 2025 6.00 pm": the time after the date with nothing between.
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=2).find_map(|last| {
        let cut = words.len().checked_sub(last)?;
        let date = parse_date(&words[..cut].join(" "))?;
        let time = start_of_times(&words[cut..].join(" "))?;
        Some((date, Some(time)))
    })
}

/// A time, or the start of a range of times: "6.30 pm", "18:30 to 19:30", "7 - 9pm".
fn start_of_times(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    if let Some(time) = parse_time(text) {
        return Some(time);
    }
    let lower = text.to_lowercase();
    let start = [" to ", "-", "–"]
        .iter()
        .find_map(|mark| lower.split_once(mark).map(|(start, _)| start.trim()))?;
    let marker = lower.trim_end();
    parse_time(start).or_else(|| {
        // "7 - 9pm": the start takes the end's marker.
        let suffix = ["am", "pm"].iter().find(|m| marker.ends_with(*m))?;
        parse_time(&format!("{start}{suffix}"))
    })
}

/// "PART 2 – MATTERS TO BE CONSIDERED WITHOUT THE PUBLIC AND PRESS PRESENT", but not the
/// notice that says "Part 2 items will be considered ...".
pub(super) fn part_heading(text: &str) -> Option<Part> {
    let upper = text.to_uppercase();
    let dashed =
        |rest: &str| rest.trim_start().starts_with(['–', '-', '—', ':']) || rest.trim().is_empty();
    let capitals = !text.chars().any(char::is_lowercase);
    for (words, part) in [
        ("PART 1", Part::One),
        ("PART I", Part::One),
        ("PART ONE", Part::One),
        ("PART 2", Part::Two),
        ("PART II", Part::Two),
        ("PART TWO", Part::Two),
        // Some councils letter the parts: Part A in public, Part B in private.
        ("PART A", Part::One),
        ("PART B", Part::Two),
    ] {
        if let Some(rest) = upper.strip_prefix(words) {
            let next = rest.chars().next();
            if next.is_some_and(|c| c.is_alphanumeric()) {
                continue;
            }
            if capitals || dashed(rest) {
                return Some(part);
            }
        }
    }
    None
}

/// "label: value" for the front sheet's labels, any case, spaces before the colon allowed.
pub(super) fn labelled<'t>(text: &'t str, label: &str) -> Option<&'t str> {
    let trimmed = text.trim_start();
    let (head, rest) = trimmed.split_once(':')?;
    // A bilingual label gives the English after a slash: "Lleoliad / Venue:".
    let english = head.rsplit_once('/').map_or(head, |(_, after)| after);
    (english.trim().eq_ignore_ascii_case(label)).then_some(rest.trim())
}

/// What kind of body a name says it is.
pub(super) fn body_kind(name: &str) -> BodyKind {
    BodyKind::from_name(name)
}
/// The last minute number of the body's previous minutes in the rest of the pack.
pub(super) fn previous_last_minute(lines: &[Line], body: &str) -> Option<u32> {
    let wanted = squeeze(&body.to_lowercase());
    let start = lines.iter().position(|l| {
        let text = squeeze(&l.text.to_lowercase());
        text.contains("minutes of a meeting of") && text.contains(&wanted)
    })?;
    // The minutes run until the close, or the next document.
    let mut last: Option<u32> = None;
    for line in &lines[start + 1..] {
        let text = line.text.trim();
        if text.starts_with("The meeting commenced") || text.contains("Minutes of a meeting of") {
            break;
        }
        let digits: String = text.chars().take_while(|c| c.is_ascii_digit()).collect();
        let Ok(number) = digits.parse::<u32>() else {
            continue;
        };
        let rest = text[digits.len()..].trim_start();
        let heading = text[digits.len()..].starts_with(' ')
            && rest
                .split_whitespace()
                .next()
                .is_some_and(|w| w.len() > 1 && !w.chars().any(char::is_lowercase));
        // Accept a heading only as the next in sequence, so numbered clauses are not taken.
        if heading && last.is_none_or(|l| number == l + 1) {
            last = Some(number);
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_in_a_sentence_gives_the_time_place_and_body_around_it() {
        let when = written_when(
            "Meeting of the Parish Council, Monday 2 February 2026, 7.15 p.m., Ashby Magna Reading Room",
        )
        .expect("a date");
        assert_eq!(
            when.date,
            NaiveDate::from_ymd_opt(2026, 2, 2).expect("a date")
        );
        assert_eq!(when.time, NaiveTime::from_hms_opt(19, 15, 0));
        assert_eq!(when.venue.as_deref(), Some("Ashby Magna Reading Room"));
        assert_eq!(when.body.as_deref(), Some("Parish Council"));
        let figures =
            written_when("The meeting will be held on 12/03/2026 at 7pm in the Memorial Hall")
                .expect("a date in figures");
        assert_eq!(
            figures.date,
            NaiveDate::from_ymd_opt(2026, 3, 12).expect("a date")
        );
        assert_eq!(figures.time, NaiveTime::from_hms_opt(19, 0, 0));
        assert_eq!(figures.venue.as_deref(), Some("Memorial Hall"));
        // A date merely mentioned is not the meeting's.
        assert_eq!(written_when("Budget monitoring to 28 February 2026"), None);
    }
}
