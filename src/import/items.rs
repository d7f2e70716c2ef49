//! Reading an agenda item line: its number, its title, a trailing page range or "(Verbal)",
//! its kind, the exempt-information paragraphs a Part 2 item cites, and whether a bulleted
//! line is an item at all.

use super::clean::{self, Line};
use crate::model::{ItemKind, Pages};

/// Takes a trailing "(Pages a - b)" or "(Page a)" off a title.
pub(super) fn take_pages(title: &str) -> (String, Option<Pages>) {
    let trimmed = title.trim_end();
    if !trimmed.ends_with(')') {
        return (trimmed.to_string(), None);
    }
    let Some(open) = trimmed.rfind('(') else {
        return (trimmed.to_string(), None);
    };
    let inner = &trimmed[open + 1..trimmed.len() - 1];
    let lower = inner.to_lowercase();
    let numbers = lower
        .strip_prefix("pages")
        .or_else(|| lower.strip_prefix("page"))
        .map(str::trim);
    let Some(numbers) = numbers else {
        return (trimmed.to_string(), None);
    };
    let parts: Vec<&str> = numbers.split(['-', '–']).map(str::trim).collect();
    let pages = match parts.as_slice() {
        [one] => one.parse().ok().map(|n| Pages { first: n, last: n }),
        [first, last] => first
            .parse()
            .ok()
            .zip(last.parse().ok())
            .map(|(first, last)| Pages { first, last }),
        _ => None,
    };
    match pages {
        Some(pages) => (trimmed[..open].trim_end().to_string(), Some(pages)),
        None => (trimmed.to_string(), None),
    }
}

/// Takes a trailing "(Verbal)" off a title.
pub(super) fn take_verbal(title: &str) -> (String, bool) {
    let trimmed = title.trim_end();
    let lower = trimmed.to_lowercase();
    for marker in ["(verbal)", "(verbal update)", "(verbal report)"] {
        if lower.ends_with(marker) {
            return (
                trimmed[..trimmed.len() - marker.len()]
                    .trim_end()
                    .to_string(),
                true,
            );
        }
    }
    (trimmed.to_string(), false)
}

/// The standard items, known by their titles.
pub fn kind_of(title: &str) -> ItemKind {
    // A bilingual title gives the English after a slash: "Ymddiheuriadau / Apologies".
    if let Some((_, english)) = title.rsplit_once(" / ") {
        let kind = kind_of(english);
        if kind != ItemKind::Report {
            return kind;
        }
    }
    let full = title.to_lowercase();
    // "Welcome and apologies": the Chair's welcome before the apologies.
    let full = ["welcome and ", "welcome, "]
        .iter()
        .find_map(|welcome| full.strip_prefix(welcome))
        .map_or(full.clone(), str::to_string);
    // "To receive Apologies for Absence": the purpose before the item's name.
    let lower = ["to receive ", "to note ", "to consider ", "to record "]
        .iter()
        .find_map(|purpose| full.strip_prefix(purpose))
        .filter(|rest| rest.starts_with("apologies") || rest.starts_with("declarations"))
        .unwrap_or(&full)
        .to_string();
    if lower.starts_with("apologies") {
        ItemKind::Apologies
    } else if lower.contains("whipping") || lower.contains("party whip") {
        ItemKind::WhippingDeclarations
    } else if (lower.starts_with("declaration") || lower.starts_with("disclosure"))
        && (lower.contains("interest") || !lower.contains(' '))
    {
        ItemKind::Declarations
    } else if previous_minutes(&lower) {
        ItemKind::PreviousMinutes
    } else if lower.contains("public speaking")
        || lower.contains("open session")
        || lower.starts_with("public question")
        || lower.starts_with("public participation")
        || lower.starts_with("questions from the public")
        || lower.starts_with("questions from members of the public")
    {
        ItemKind::PublicSpeaking
    } else if lower.contains("work programme") {
        ItemKind::WorkProgramme
    } else if lower.contains("forward plan") {
        ItemKind::ForwardPlan
    } else if lower.starts_with("minutes of sub")
        || (lower.starts_with("minutes of") && lower.contains("sub"))
    {
        ItemKind::SubBodyMinutes
    } else if lower.contains("exclusion of the press") || lower.contains("exclusion of press") {
        ItemKind::Exclusion
    } else {
        ItemKind::Report
    }
}

/// "Minutes of Previous Meeting", and the other ways agendas title it: "Minutes", "Minutes of
/// the Last Meeting", "Minutes of the Meeting held on 2 April 2025", "Confirmation of Minutes";
/// but not the minutes of a sub-committee or another body.
fn previous_minutes(lower: &str) -> bool {
    let title = lower.trim_end_matches(['.', ':']);
    title == "minutes"
        || [
            "minutes of previous",
            "minutes of the previous",
            "minutes of last",
            "minutes of the last",
        ]
        .iter()
        .any(|start| title.starts_with(start))
        || title.starts_with("minutes of the meeting held")
        || title.starts_with("minutes of the meeting of") && !title.contains("sub")
        || [
            "confirmation of",
            "approval of",
            "to approve the",
            "to confirm the",
        ]
        .iter()
        .any(|start| title.starts_with(start) && title.contains("minutes"))
}

/// The Schedule 12A paragraphs a Part 2 item cites: "paragraph 3", "paras 3 and 4".
pub(super) fn exempt_paragraphs(text: &str) -> Vec<u8> {
    let lower = text.to_lowercase();
    let mut found = Vec::new();
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("para") {
        let after = &rest[at + 4..];
        let after = after.trim_start_matches(|c: char| c.is_alphabetic() || c == '.');
        // "paragraph 3", "paras 1 and 4", "paragraphs 1, 2 & 3": numbers joined by
        // connectives, stopping at the first other word ("3 of Part 1" is paragraph 3).
        for word in after.split_whitespace() {
            let trimmed = word.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '&');
            if matches!(trimmed, "and" | "or" | "&" | "") {
                continue;
            }
            let Ok(number) = trimmed.parse::<u8>() else {
                break;
            };
            if (1..=7).contains(&number) && !found.contains(&number) {
                found.push(number);
            }
            if word.ends_with(['.', ';', ')']) {
                break;
            }
        }
        rest = &rest[at + 4..];
    }
    found
}

/// Whether a bulleted line is an agenda item rather than a point in a notice or description:
/// it reads like a title, and either it names a standard item ("Apologies for Absence"), or
/// the items before it were bulleted too, or the next numbered item follows on from it.
pub(super) fn bullet_item(lines: &[Line], at: usize, expected: u32, bulleted_before: bool) -> bool {
    let line = &lines[at];
    let text = line.text.trim();
    // Descriptions say what an item is for: "To consider ...", "To receive ..."; so do the
    // items of a parish agenda listed by bullets, once the items before were bulleted too.
    let purpose = text.to_lowercase().starts_with("to ")
        && !bulleted_before
        && kind_of(&take_pages(text).0) == ItemKind::Report;
    let title_like = line.bullet
        && !purpose
        && text.chars().next().is_some_and(char::is_uppercase)
        && text.chars().count() <= 120
        && !text.ends_with([':', ';', ',']);
    if !title_like {
        return false;
    }
    // A list introduced by a line ending in a colon belongs to that line.
    let introduced = lines[..at]
        .iter()
        .rev()
        .map(|l| l.text.trim())
        .find(|t| !t.is_empty())
        .is_some_and(|t| t.ends_with(':'));
    if introduced {
        return false;
    }
    // The next numbered item follows on from this one, with no other bulleted line between
    // them that could be the item instead.
    let mut follows = false;
    for next in &lines[at + 1..] {
        let t = next.text.trim();
        if t.is_empty() || clean::furniture(t).is_some() {
            continue;
        }
        if let Some(line) = super::numbers::item_line(t) {
            follows = line.reference.number == expected + 1;
            break;
        }
        if next.bullet {
            break;
        }
    }
    let standard =
        kind_of(&take_pages(text).0) != ItemKind::Report && text.split_whitespace().count() <= 8;
    bulleted_before || follows || standard
}
