//! Reading the membership line into the body's members, with the Chair and Vice-Chair marked.

use super::clean::squeeze;
use crate::model::{ChairTitle, Office, Person, PersonKind, Voting};

/// The membership line: "Councillors M Addison, ..., C Bulman (Vice-Chair), ... and L Smith".
pub(super) fn members(text: &str) -> (Vec<Person>, ChairTitle) {
    let mut text = squeeze(text);
    for prefix in ["Councillors ", "Councillor "] {
        if let Some(rest) = text.strip_prefix(prefix) {
            text = rest.to_string();
        }
    }
    let mut chair_title = ChairTitle::Chair;
    let mut people: Vec<Person> = Vec::new();
    let names = text
        .split(", ")
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|name| !name.is_empty());
    for name in names {
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
        let id = std::iter::once(base.clone())
            .chain((2..).map(|n| format!("{base}-{n}")))
            .find(|id| people.iter().all(|p| &p.id != id))
            .unwrap_or(base);
        people.push(Person {
            id: id.into(),
            name: name.clone(),
            title: Some("Councillor".into()),
            aliases: vec![surname],
            kind: PersonKind::Member,
            office,
            voting: Voting::Voting,
            role: None,
            organisation: None,
            group: None,
        });
    }
    (people, chair_title)
}
