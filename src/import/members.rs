//! Reading the membership line into the body's members, with the Chair and Vice-Chair marked.

use super::clean::{Line, squeeze};
use super::fields::{labelled, starts_next_document};
use super::numbers::item_line;
use crate::model::{ChairTitle, Office, Person, PersonKind};

/// The labels a front sheet puts before its membership.
pub(super) fn membership_label(text: &str) -> Option<&str> {
    [
        "Membership",
        "Members",
        "Committee Members",
        "Membership of the Committee",
    ]
    .iter()
    .find_map(|label| labelled(text, label))
}

/// The membership after its label: on the label's line and wrapped onto the lines below
/// ("Councillors M Addison, C Bulman ..."), or one member to a line, perhaps under a
/// "Councillors:" heading of its own. Returns the text for [`members`], its names separated
/// by commas, and how many lines below the label it took.
pub(super) fn membership_lines(value: &str, below: &[Line]) -> (Vec<String>, usize) {
    let mut found: Vec<String> = Some(value.to_string())
        .filter(|v| !v.is_empty())
        .into_iter()
        .collect();
    let mut used = 0;
    for line in below {
        let text = line.text.trim();
        // Two columns of names, set side by side: each a name of its own. A name has two words
        // at least ("J  Weatherill", doubled by a converter, is one name).
        let columns: Vec<&str> = text
            .split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        let names = columns.iter().all(|c| c.split_whitespace().count() >= 2);
        if columns.len() > 1 && names && !text.contains(':') {
            found.extend(columns.iter().map(|c| c.to_string()));
            used += 1;
            continue;
        }
        // "Councillors:" as a heading of its own, or before the names on its line.
        let councillors = labelled(text, "Councillors").or_else(|| labelled(text, "Councillor"));
        if text.is_empty() && found.is_empty() || councillors.is_some_and(str::is_empty) {
            used += 1;
            continue;
        }
        if let Some(names) = councillors {
            found.push(names.to_string());
            used += 1;
            continue;
        }
        if text.is_empty()
            || starts_next_document(text)
            || item_line(text).is_some()
            || text.contains(':')
        {
            break;
        }
        found.push(text.to_string());
        used += 1;
    }
    // One name to a line: join them as a list, so each is a name of its own.
    if found.len() > 1 && found.iter().all(|l| !l.contains(',')) {
        let names = found.join(", ");
        return (vec![names], used);
    }
    (found, used)
}

/// The handles given so far, and the next number to try after each surname, so that a
/// membership of thousands sharing a few surnames is numbered in one pass.
#[derive(Default)]
struct Handles {
    taken: std::collections::HashSet<String>,
    next: std::collections::HashMap<String, u32>,
}

impl Handles {
    /// "brown", then "brown-2", "brown-3", … skipping any already given.
    fn fresh(&mut self, base: &str) -> String {
        let mut id = base.to_string();
        while self.taken.contains(&id) {
            let n = self.next.entry(base.to_string()).or_insert(2);
            id = format!("{base}-{n}");
            *n += 1;
        }
        self.taken.insert(id.clone());
        id
    }
}

/// The membership line: "Councillors M Addison, ..., C Bulman (Vice-Chair), ... and L Smith".
pub(super) fn members(text: &str) -> (Vec<Person>, ChairTitle) {
    let mut text = squeeze(text);
    for prefix in [
        "Councillors ",
        "Councillor ",
        "Cllrs. ",
        "Cllrs ",
        "Cllr. ",
        "Cllr ",
    ] {
        if let Some(rest) = text.strip_prefix(prefix) {
            text = rest.to_string();
        }
    }
    let mut chair_title = ChairTitle::Chair;
    let mut people: Vec<Person> = Vec::new();
    let mut handles = Handles::default();
    let names = text
        .split(", ")
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|name| !name.is_empty());
    for name in names {
        let name = ["Councillor ", "Cllr ", "Cllr. "]
            .iter()
            .find_map(|title| name.strip_prefix(title))
            .unwrap_or(name);
        let mut name = name.trim_end_matches(['.', ';']).to_string();
        let mut office = Office::Member;
        for (marker, role, title) in [
            ("(Vice-Chairman)", Office::ViceChair, ChairTitle::Chairman),
            ("(Vice-Chair)", Office::ViceChair, ChairTitle::Chair),
            ("(Chairman)", Office::Chair, ChairTitle::Chairman),
            ("(Chair)", Office::Chair, ChairTitle::Chair),
        ] {
            if let Some(rest) = name.strip_suffix(marker) {
                name = rest.trim().to_string();
                office = role;
                if title == ChairTitle::Chairman {
                    chair_title = ChairTitle::Chairman;
                }
                break;
            }
        }
        let surname = name
            .split_whitespace()
            .last()
            .unwrap_or("member")
            .to_string();
        let base: String = surname
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '-')
            .collect();
        let base = if base.is_empty() {
            "member".to_string()
        } else {
            base
        };
        let id = handles.fresh(&base);
        people.push(Person {
            aliases: vec![surname],
            office,
            ..Person::new(id, name.clone(), PersonKind::Member).titled("Councillor")
        });
    }
    (people, chair_title)
}
