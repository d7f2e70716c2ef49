//! The letter around a parish or town agenda: the summons sentence that names the body, the
//! day, the time and the place ("You are hereby summoned to attend a meeting of … on Tuesday
//! 3rd June 2025 at 7pm in …"), the letter's own date (never the meeting's), and whom it is
//! addressed to ("To Councillors:", "To Members of the Planning Committee").

use chrono::{NaiveDate, NaiveTime};

use crate::model::clock::{parse_date, parse_day_and_month, parse_time};

/// What a summons sentence says of the meeting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summons {
    pub body: Option<String>,
    pub date: Option<NaiveDate>,
    /// A day and month given without the year.
    pub day_and_month: Option<(u32, u32)>,
    pub time: Option<NaiveTime>,
    pub venue: Option<String>,
}

/// Whether a line opens a summons: the sentence that calls the members to the meeting.
pub fn opens_summons(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "summoned to attend",
        "summons to attend",
        "notice is hereby given",
        "you are invited to attend",
        "you are requested to attend",
        "are hereby requested to attend",
        "agenda for the meeting",
        "meeting will be held",
        "notice is given",
        "will meet on",
        "will meet at",
        "will meet in",
    ]
    .iter()
    .any(|words| lower.contains(words))
}

/// Reads the summons sentence (its lines joined): the body after "meeting of", the date after
/// "on", the time after "at", and the place after "in", "at" or "held at".
pub fn read_summons(sentence: &str) -> Summons {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let lower: Vec<String> = words
        .iter()
        .map(|w| w.to_lowercase().trim_matches([',', ':', '.']).to_string())
        .collect();
    let mut found = Summons::default();
    let mut used_until = 0;
    for (at, word) in lower.iter().enumerate() {
        match word.as_str() {
            "of" if at > 0 && lower[at - 1] == "meeting" && found.body.is_none() => {
                found.body = body_after(&words, at + 1);
            }
            "on" if found.date.is_none() && found.day_and_month.is_none() => {
                let (date, day_and_month, used) = date_after(&words, at + 1);
                found.date = date;
                found.day_and_month = day_and_month;
                used_until = used_until.max(used);
            }
            "at" if found.time.is_none() => {
                // "at 7pm", or "at 6.30 pm" with the marker as a word of its own.
                let two = words.get(at + 1..at + 3).map(|pair| pair.join(" "));
                let one = words.get(at + 1).map(|w| w.to_string());
                for (text, used) in [(two, at + 3), (one, at + 2)] {
                    if let Some(time) = text.as_deref().and_then(time_word) {
                        found.time = Some(time);
                        used_until = used_until.max(used);
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    if found.body.is_none() {
        found.body = body_meeting(&words, &lower);
    }
    found.venue = venue(&words, &lower, used_until);
    found
}

/// The body's name before "will meet": "Notice is given that the Planning Committee will meet
/// on …"; the words back to "that", "given" or the sentence's start.
fn body_meeting(words: &[&str], lower: &[String]) -> Option<String> {
    let will = (1..lower.len()).find(|&at| {
        matches!(lower[at].as_str(), "will" | "shall")
            && lower.get(at + 1).is_some_and(|next| next == "meet")
    })?;
    let from = (0..will)
        .rev()
        .find(|&at| matches!(lower[at].as_str(), "that" | "given" | "notice"))
        .map_or(0, |at| at + 1);
    let mut name: Vec<&str> = words[from..will].to_vec();
    if name.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        name.remove(0);
    }
    let name = name.join(" ");
    (!name.is_empty() && name.split_whitespace().count() <= 8).then_some(name)
}

/// The body's name after "meeting of": up to the words that say when or where.
fn body_after(words: &[&str], from: usize) -> Option<String> {
    let stops = ["on", "to", "will", "which", "at", "in", "held", "for"];
    let mut name: Vec<&str> = Vec::new();
    for word in words.iter().skip(from) {
        let bare = word.trim_end_matches([',', ':', '.']).to_lowercase();
        if stops.contains(&bare.as_str()) {
            break;
        }
        name.push(word.trim_end_matches([',', ':']));
        if word.ends_with([',', ':', '.']) {
            break;
        }
    }
    if name.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        name.remove(0);
    }
    let name = name.join(" ").trim_end_matches('.').to_string();
    (!name.is_empty()).then_some(name)
}

/// The longest run of words after "on" that reads as a date, with or without its year.
fn date_after(words: &[&str], from: usize) -> (Option<NaiveDate>, Option<(u32, u32)>, usize) {
    for length in (2..=5).rev() {
        let Some(run) = words.get(from..from + length) else {
            continue;
        };
        let text = run.join(" ");
        let text = text.trim_end_matches([',', '.']);
        if let Some(date) = parse_date(text) {
            return (Some(date), None, from + length);
        }
        if let Some((day, month, None)) = parse_day_and_month(text) {
            return (None, Some((day, month)), from + length);
        }
    }
    (None, None, 0)
}

fn time_word(word: &str) -> Option<NaiveTime> {
    let word = word.trim_end_matches([',', ';', '.']);
    let starts_with_digit = word.starts_with(|c: char| c.is_ascii_digit());
    starts_with_digit.then(|| parse_time(word)).flatten()
}

/// The place: what follows "in", "at" or "held at" (and is not a time), up to the words that
/// say when or why ("on Tuesday", "at 7pm", "for the purpose of", "to transact").
fn venue(words: &[&str], lower: &[String], _after: usize) -> Option<String> {
    let starts_place = |at: usize| {
        matches!(lower[at].as_str(), "in" | "at")
            && !lower.get(at + 1).is_some_and(|next| {
                matches!(next.as_str(), "accordance" | "the date above" | "which")
                    || time_word(next).is_some()
                    || next == "the" && lower.get(at + 2).is_some_and(|n| n == "date")
            })
    };
    let start = (0..lower.len()).find(|&at| starts_place(at))?;
    let mut place: Vec<&str> = Vec::new();
    for (at, word) in words.iter().enumerate().skip(start + 1) {
        let bare = lower[at].as_str();
        let ends = matches!(bare, "for" | "to" | "when" | "commencing")
            || (bare == "on" && place.len() > 1)
            || (bare == "at"
                && lower
                    .get(at + 1)
                    .is_some_and(|next| time_word(next).is_some()));
        if ends && !place.is_empty() {
            break;
        }
        place.push(word);
        if word.ends_with('.') {
            break;
        }
    }
    let place = place.join(" ");
    let place = place.trim_matches([',', '.', ':', ' ']);
    // "in the Memorial Hall": the place as a "Venue:" line gives it; the minutes give it its
    // article again.
    let place = place.strip_prefix("the ").unwrap_or(place).to_string();
    (!place.is_empty()).then_some(place)
}

/// The labels a letter puts on its own date, which is never the meeting's.
pub fn letter_date_label(text: &str) -> Option<&str> {
    let (label, value) = text.split_once(':')?;
    let label = label.trim().to_lowercase();
    [
        "issue date",
        "date of issue",
        "issued",
        "date issued",
        "published",
        "date published",
        "publication date",
        "despatched",
        "date of despatch",
        "dispatched",
        "dated",
    ]
    .contains(&label.as_str())
    .then_some(value.trim())
}

/// Whether the line is part of a letter's head or greeting, near which a plain "Date:" is the
/// letter's own.
pub fn letter_furniture(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    lower.starts_with("dear ")
        || lower.starts_with("for information")
        || lower.starts_with("your ref")
        || lower.starts_with("our ref")
        || lower.starts_with("please ask for")
        || lower.starts_with("direct dial")
        || lower.starts_with("e-mail:")
        || lower.starts_with("email:")
}

/// "To Councillors:", "To: all Members of Chawleigh Parish Council", "To Members of the
/// Planning Committee": whom the summons is addressed to. Returns the names on the same line,
/// if any (empty when they follow on the lines below, or are not named at all).
pub fn addressed_to(text: &str) -> Option<&str> {
    let trimmed = text.trim();
    let lower = trimmed.to_lowercase();
    let rest = lower.strip_prefix("to")?;
    let rest = rest.trim_start_matches([':', ' ']);
    let addressed = rest.starts_with("councillors")
        || rest.starts_with("councillor")
        || rest.starts_with("all members")
        || rest.starts_with("members of")
        || rest.starts_with("the members of")
        || rest.starts_with("all councillors");
    if !addressed {
        return None;
    }
    // Names follow a colon ("To Councillors: A Smith, B Jones"); "To: all Members of X" names
    // the body, not its members.
    let after_label = trimmed
        .get(2..)
        .unwrap_or("")
        .trim_start_matches([':', ' ']);
    Some(match after_label.split_once(':') {
        Some((_, names)) => names.trim(),
        None => "",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summons_gives_the_body_the_day_the_time_and_the_place() {
        let found = read_summons(
            "You are hereby summoned to attend a meeting of the Little Wexham Parish Council on Tuesday 3rd June 2025 at 7pm in the Village Hall, Church Lane, for the purpose of transacting the business below.",
        );
        assert_eq!(found.body.as_deref(), Some("Little Wexham Parish Council"));
        assert_eq!(found.date, NaiveDate::from_ymd_opt(2025, 6, 3));
        assert_eq!(found.time, NaiveTime::from_hms_opt(19, 0, 0));
        assert_eq!(found.venue.as_deref(), Some("Village Hall, Church Lane"));
        let held_at = read_summons(
            "Members are summoned to attend the meeting of Ashby Town Council on Wednesday 25th August 2021 at 7.30pm, to be held in accordance with the regulations at: Ashby Town Hall for the purpose of transacting business.",
        );
        assert_eq!(held_at.body.as_deref(), Some("Ashby Town Council"));
        assert_eq!(held_at.date, NaiveDate::from_ymd_opt(2021, 8, 25));
        assert_eq!(held_at.time, NaiveTime::from_hms_opt(19, 30, 0));
        assert_eq!(held_at.venue.as_deref(), Some("Ashby Town Hall"));
    }

    #[test]
    fn a_summons_without_the_year_gives_the_day_and_month() {
        let found = read_summons(
            "Notice is hereby given that a meeting of the Finance Committee will be held on Monday 9th June at 6.30 pm.",
        );
        assert_eq!(found.body.as_deref(), Some("Finance Committee"));
        assert_eq!((found.date, found.day_and_month), (None, Some((9, 6))));
        assert_eq!(found.time, NaiveTime::from_hms_opt(18, 30, 0));
    }

    #[test]
    fn a_letters_date_and_address_are_known() {
        assert_eq!(
            letter_date_label("Issue date:      Wednesday 18th August 2021"),
            Some("Wednesday 18th August 2021")
        );
        assert_eq!(letter_date_label("Date: 3 June 2025"), None);
        assert_eq!(addressed_to("To Councillors:"), Some(""));
        assert_eq!(
            addressed_to("To Councillors: A Smith, B Jones"),
            Some("A Smith, B Jones")
        );
        assert_eq!(
            addressed_to("To: all Members of Ashby Town Council"),
            Some("")
        );
        assert_eq!(
            addressed_to("To Members of the Planning Committee"),
            Some("")
        );
        assert_eq!(addressed_to("To receive apologies"), None);
    }
}
