//! The agenda's items as the meeting keeps them: each title freed of its page range, "(Verbal)"
//! and any description run into it, the description in paragraphs, each item's kind, its part
//! (Part 2 after the exclusion of the press and public, or marked exempt) and its paragraphs,
//! and the planning applications listed under it.

use std::collections::HashSet;

use super::found::FoundItem;
use crate::import::clean::squeeze;
use crate::import::items::{exempt_paragraphs, kind_of, take_pages, take_verbal};
use crate::import::paragraphs::paragraphs;
use crate::model::{AgendaItem, ItemKind, Pages, Part};

/// The agenda items: titles freed of their page ranges and markers, descriptions in
/// paragraphs, each item's kind, and its exempt paragraphs when it is Part 2.
pub(super) fn agenda(items: Vec<FoundItem>) -> Vec<AgendaItem> {
    let mut agenda: Vec<AgendaItem> = Vec::new();
    // Whether the last item that is not a part of another is for planning applications.
    let mut planning = false;
    // The handles given so far, each looked up at once however long the agenda.
    let mut handles: HashSet<String> = HashSet::new();
    for item in items {
        let (title, pages, lead) = split_title(&squeeze(&item.title));
        let (title, verbal) = take_verbal(&title);
        let mut description_lines = lead.into_iter().collect::<Vec<_>>();
        description_lines.extend(item.description);
        let sub_item = item.reference.sub.is_some();
        if !sub_item {
            let lower = title.to_lowercase();
            planning = lower.contains("planning") && lower.contains("application");
        }
        let applications =
            crate::import::applications::listed(&title, &description_lines, sub_item && planning);
        let description = paragraphs(&description_lines).join("\n\n");
        let exempt = if item.part == Part::Two {
            exempt_paragraphs(&format!("{title} {description}"))
        } else {
            Vec::new()
        };
        let id = item.reference.printed.clone();
        let id = std::iter::once(id.clone())
            .chain((agenda.len()..).map(|n| format!("{id}-{n}")))
            .find(|id| !handles.contains(id))
            .unwrap_or(id);
        handles.insert(id.clone());
        agenda.push(AgendaItem {
            kind: kind_of(&title),
            pages,
            verbal,
            description: Some(description).filter(|d| !d.is_empty()),
            part: item.part,
            exempt_paragraphs: exempt,
            sub_item,
            planned: item.planned,
            applications,
            ..AgendaItem::new(id, Some(item.reference.printed), title)
        });
    }
    agenda
}

/// The items after the exclusion of the press and public, and any item whose title says it is
/// exempt, are taken in private (Part 2), as agendas print them; said, so that the clerk can
/// check it where no "Part 2" heading said so.
pub(super) fn private_after_exclusion(agenda: &mut [AgendaItem]) -> Option<String> {
    let exclusion = agenda.iter().position(|i| i.kind == ItemKind::Exclusion);
    let mut made = Vec::new();
    for (at, item) in agenda.iter_mut().enumerate() {
        let lower = item.title.to_lowercase();
        let says_exempt = [
            "(exempt",
            "exempt)",
            "(part 2)",
            "(part ii)",
            "(confidential)",
        ]
        .iter()
        .any(|mark| lower.contains(mark));
        let after = exclusion.is_some_and(|e| at > e);
        if item.part == Part::One && (says_exempt || after) {
            item.part = Part::Two;
            made.push(item.number.clone().unwrap_or_else(|| item.id.to_string()));
        }
    }
    (!made.is_empty()).then(|| {
        format!(
            "{} taken as Part 2 (after the exclusion of the press and public, or marked exempt): \
             check {}",
            if made.len() == 1 {
                format!("item {} was", made[0])
            } else {
                format!("items {} were", crate::minutes::wording::and_list(&made))
            },
            if made.len() == 1 { "it" } else { "them" }
        )
    })
}

/// A title as a sheet gives it, into the title, its page range and any description run into
/// it: "Minutes  (Pages 5 - 10)"; "MINUTES 5 - 10 To confirm the minutes" (a flattened
/// column of page numbers); "APOLOGIES To receive apologies for absence" (the title in
/// capitals, the description after it).
fn split_title(title: &str) -> (String, Option<Pages>, Option<String>) {
    let (title, pages) = take_pages(title);
    if pages.is_some() {
        return (title, pages, None);
    }
    if let Some((before, pages, after)) = bare_pages(&title) {
        let (more_title, lead) = match capitals_then_rest(after) {
            (caps, None) if caps.is_empty() && !after.is_empty() => {
                (String::new(), Some(after.to_string()))
            }
            split => split,
        };
        let title = [before, more_title.as_str()]
            .iter()
            .filter(|t| !t.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        return (title, Some(pages), lead);
    }
    let (caps, rest) = capitals_then_rest(&title);
    match rest {
        Some(rest) if !caps.is_empty() => (caps, None, Some(rest)),
        _ => (title, None, None),
    }
}

/// "TITLE 11 - 26 rest": a page range between two numbers, after a title in capitals.
fn bare_pages(title: &str) -> Option<(&str, Pages, &str)> {
    let words: Vec<&str> = title.split(' ').collect();
    for at in 1..words.len().saturating_sub(2) {
        let (first, dash, last) = (words[at], words[at + 1], words[at + 2]);
        let (Ok(first), Ok(last)) = (first.parse::<u32>(), last.parse::<u32>()) else {
            continue;
        };
        let before = words[..at].join(" ");
        if !matches!(dash, "-" | "–") || last < first || before.chars().any(char::is_lowercase) {
            continue;
        }
        let start = title.find(&format!(" {} ", words[at]))?;
        let end = start + words[at..=at + 2].join(" ").len() + 1;
        return Some((&title[..start], Pages { first, last }, title[end..].trim()));
    }
    None
}

/// The words in capitals that open a text, and the rest after them, when the rest is in
/// mixed case: "DECLARATIONS OF INTEREST To receive declarations" is a title and its purpose.
fn capitals_then_rest(text: &str) -> (String, Option<String>) {
    let mut title = Vec::new();
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    for (at, word) in words.iter().enumerate() {
        // A reference ("25/00500/FUL") is no word of a title in capitals.
        if word.chars().any(|c| c.is_ascii_digit()) {
            return (String::new(), None);
        }
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        let capitals = letters.iter().all(|c| c.is_uppercase());
        // "A" or "I" alone is a capital only in a run of capitals: "A period of" starts prose.
        let next_capitals = words.get(at + 1).is_none_or(|next| {
            next.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
        });
        let lone_letter = letters.len() == 1 && !next_capitals;
        if letters.is_empty() || (capitals && !lone_letter) {
            title.push(*word);
            continue;
        }
        let rest = words[at..].join(" ");
        let caps_title = title
            .iter()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 1);
        return if caps_title {
            (title.join(" "), Some(rest))
        } else {
            (String::new(), None)
        };
    }
    (title.join(" "), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flattened_title_gives_up_its_pages_and_description() {
        let (title, pages, lead) =
            split_title("MINUTES 5 - 10 To confirm and sign the Minutes of the last meeting");
        assert_eq!(title, "MINUTES");
        assert_eq!(pages, Some(Pages { first: 5, last: 10 }));
        assert_eq!(
            lead.as_deref(),
            Some("To confirm and sign the Minutes of the last meeting")
        );
        let (title, pages, lead) = split_title(
            "INSTALLATION OF SPEED CAMERAS AND CRASH BARRIERS ON 55 - 56 BELGRAVE MIDDLEWAY PETITION",
        );
        assert_eq!(
            title,
            "INSTALLATION OF SPEED CAMERAS AND CRASH BARRIERS ON BELGRAVE MIDDLEWAY PETITION"
        );
        assert_eq!(
            pages,
            Some(Pages {
                first: 55,
                last: 56
            })
        );
        assert_eq!(lead, None);
        let (title, _, lead) = split_title(
            "DECLARATIONS OF INTEREST (PECUNIARY AND NON-PECUNIARY) To receive declarations",
        );
        assert_eq!(
            title,
            "DECLARATIONS OF INTEREST (PECUNIARY AND NON-PECUNIARY)"
        );
        assert_eq!(lead.as_deref(), Some("To receive declarations"));
        // A title in mixed case, or with a date range, is left whole.
        for whole in [
            "All Age Carers Strategy 2021-2025",
            "Cheshire East Live Well for Longer Plan 2022 – 2025",
            "COUNCIL REPORTS",
        ] {
            assert_eq!(
                split_title(whole),
                (whole.to_string(), None, None),
                "{whole}"
            );
        }
    }
}
