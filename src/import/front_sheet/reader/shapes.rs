//! What a single line of a front sheet is, read on its own: the agenda's heading, the body's
//! name, a summoned value, a list of names, a heading that carries a date.

use super::*;

/// Whether a line is an agenda's heading, and the title before the word "Agenda" when the
/// line has one (a date at its head left off).
pub(super) fn agenda_heading(text: &str) -> Option<String> {
    let letters: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let lower = letters.trim_end_matches(':').to_lowercase();
    if [
        "agenda",
        "agendano",
        "agendano.",
        "agendaandminutes",
        "agendaanddraftminutes",
        "agendaanddecisions",
        "agenda,decisionsandminutes",
        "agendaandsignedminutes",
        "agendaitems",
    ]
    .contains(&lower.as_str())
    {
        return Some(String::new());
    }
    let trimmed = text.trim();
    if let Some(after) = agenda_first(trimmed) {
        return Some(after);
    }
    let before = trimmed
        .strip_suffix("Meeting Agenda")
        .or_else(|| trimmed.strip_suffix("MEETING AGENDA"))
        .or_else(|| trimmed.strip_suffix(" Agenda"))
        .or_else(|| trimmed.strip_suffix(" AGENDA"))?;
    let before = before.trim().trim_end_matches(['–', '-', '—', ':']).trim();
    // "25/08/2021 Ashby Parish Council Meeting Agenda": the date at its head is not the name.
    let words: Vec<&str> = before.split_whitespace().collect();
    let dated = words.first().is_some_and(|w| parse_date(w).is_some());
    let name = if dated {
        words[1..].join(" ")
    } else {
        before.to_string()
    };
    (!name.is_empty() && name.split_whitespace().count() <= 8).then_some(name)
}

/// A title that starts with the word: "Agenda – Planning Committee" names the body;
/// "Agenda – Ordinary Meeting" or "AGENDA: Annual Meeting" names only the kind of meeting, the
/// body being named above it.
fn agenda_first(text: &str) -> Option<String> {
    let rest = ["Agenda", "AGENDA"]
        .iter()
        .find_map(|word| text.strip_prefix(word))?;
    let rest = rest.trim_start();
    let rest = rest.strip_prefix(['–', '-', '—', ':'])?.trim();
    let lower = rest.to_lowercase();
    let bodies = ["committee", "board", "panel", "council", "cabinet", "forum"];
    if bodies.iter().any(|b| lower.contains(b)) {
        let name = rest
            .strip_suffix(" Meeting")
            .or_else(|| rest.strip_suffix(" MEETING"))
            .unwrap_or(rest);
        return (name.split_whitespace().count() <= 8).then(|| name.to_string());
    }
    lower.ends_with("meeting").then(String::new)
}

/// A body's name as a sheet prints it, out of capitals if it is all capitals.
pub(super) fn body_name(text: &str) -> String {
    let text = squeeze(text);
    if text.chars().any(char::is_lowercase) {
        text
    } else {
        title_case(&text)
    }
}

/// A line that names a council: "CHESHIRE EAST COUNCIL", "Ashby Town Council", "LONDON
/// BOROUGH OF ASHGROVE".
pub(in crate::import::front_sheet) fn names_council(text: &str) -> bool {
    let trimmed = text.trim();
    let lower = trimmed.to_lowercase();
    let short = trimmed.split_whitespace().count() <= 6
        && trimmed.chars().next().is_some_and(char::is_uppercase);
    is_council_line(trimmed)
        || (short && lower.ends_with(" council"))
        || (short
            && [
                "london borough of ",
                "royal borough of ",
                "borough of ",
                "city of ",
                "county of ",
            ]
            .iter()
            .any(|start| lower.starts_with(start)))
}

/// A sentence of prose rather than a name: many words, ending in a full stop.
pub(in crate::import::front_sheet) fn is_sentence(text: &str) -> bool {
    text.trim_end().ends_with('.') && text.split_whitespace().count() >= 6
}

/// A fact the summons sentence gave.
pub(super) fn summoned<T>(value: T, index: usize, text: &str) -> Given<T> {
    Given {
        value,
        line: index + 1,
        text: text.to_string(),
        source: Source::Summons,
    }
}

/// A clerk's post under their name at the foot or head of a summons.
pub(in crate::import::front_sheet) fn is_signature(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.split_whitespace().count() <= 10
        && [
            "clerk",
            "chief executive",
            "proper officer",
            "democratic services",
            "head of legal",
            "monitoring officer",
        ]
        .iter()
        .any(|post| lower.contains(post))
}

/// Whether a line reads as names: a few capitalised words, perhaps separated by commas.
pub(super) fn looks_like_names(text: &str) -> bool {
    let words: Vec<&str> = text
        .split([',', ' '])
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"))
        .collect();
    !words.is_empty()
        && words.len() <= 40
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '(')
        })
}

/// What a heading with a date gives.
pub(super) struct DatedHeading {
    pub(super) date: NaiveDate,
    pub(super) body: Option<String>,
    pub(super) time: Option<chrono::NaiveTime>,
    pub(super) venue: Option<String>,
}

pub(super) fn dated_heading(text: &str) -> Option<DatedHeading> {
    // "BODY - DATE": the date after a dash, the body before it.
    for dash in [" - ", " – ", " — "] {
        if let Some((body, rest)) = text.split_once(dash)
            && let Some((date, time)) = date_line(rest)
        {
            return Some(DatedHeading {
                date,
                body: Some(body_name(body.trim())).filter(|b| !b.is_empty()),
                time,
                venue: None,
            });
        }
    }
    // "DATE AT TIME IN PLACE".
    // ASCII raising keeps every byte where it was, so its places are the text's places.
    let upper = text.to_ascii_uppercase();
    let (when, venue) = match upper.find(" IN ") {
        Some(at) => (&text[..at], Some(text[at + 4..].trim())),
        None => (text, None),
    };
    let (day, time) = match when.to_ascii_uppercase().find(" AT ") {
        Some(at) => (&when[..at], parse_time(&when[at + 4..])),
        None => (when, None),
    };
    let date = parse_date(day)?;
    Some(DatedHeading {
        date,
        body: None,
        time,
        venue: venue
            .map(|v| squeeze(v).trim_matches([',', ' ']).replace(" , ", ", "))
            .map(|v| v.replace(", ,", ","))
            .filter(|v| !v.is_empty()),
    })
}
