//! Fuzzy finding of people and items: "flav" finds Councillor K Flavell by any of her names.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::model::{AgendaItem, Person};

/// One thing that can be chosen, with every form of its name that should find it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The id the choice stands for.
    pub id: String,
    /// What the list shows.
    pub label: String,
    /// Everything a search may match.
    pub names: Vec<String>,
}

impl Candidate {
    pub fn person(person: &Person) -> Candidate {
        let mut names = vec![
            person.titled_name(),
            person.name.clone(),
            person.id.to_string(),
        ];
        names.extend(person.aliases.iter().cloned());
        let mut label = match (&person.role, &person.organisation) {
            (Some(role), _) => format!("{}, {role}", person.titled_name()),
            (None, Some(organisation)) => format!("{} ({organisation})", person.titled_name()),
            (None, None) => person.titled_name(),
        };
        // Never mistaken for a member in a list of people.
        match person.kind {
            crate::model::PersonKind::Officer => label.push_str(" (officer)"),
            crate::model::PersonKind::Other => label.push_str(" (guest)"),
            crate::model::PersonKind::Member | crate::model::PersonKind::Councillor => {}
        }
        Candidate {
            id: person.id.to_string(),
            label,
            names,
        }
    }

    pub fn item(item: &AgendaItem, minute: Option<u32>) -> Candidate {
        let number = item.number.as_deref().unwrap_or("–");
        let label = match minute {
            Some(minute) => format!("{number}. {} (minute {minute})", item.title),
            None => format!("{number}. {}", item.title),
        };
        let mut names = vec![format!("{number} {}", item.title), item.id.to_string()];
        // Officers cite an item by its minute number.
        if let Some(minute) = minute {
            names.push(minute.to_string());
            names.push(format!("minute {minute}"));
        }
        Candidate {
            id: item.id.to_string(),
            label,
            names,
        }
    }
}

/// The candidates that match the query, best first; all of them, in order, for no query.
pub fn rank<'c>(candidates: &'c [Candidate], query: &str) -> Vec<&'c Candidate> {
    let query = query.trim();
    if query.is_empty() {
        return candidates.iter().collect();
    }
    let matcher = SkimMatcherV2::default().ignore_case();
    let exact = crate::model::fold_name(query);
    let mut scored: Vec<(i64, usize, &Candidate)> = candidates
        .iter()
        .enumerate()
        .filter_map(|(index, candidate)| {
            // A name typed in full beats any partial match.
            if candidate
                .names
                .iter()
                .any(|name| crate::model::fold_name(name) == exact)
            {
                return Some((i64::MAX, index, candidate));
            }
            candidate
                .names
                .iter()
                .filter_map(|name| matcher.fuzzy_match(name, query))
                .max()
                .map(|score| (score, index, candidate))
        })
        .collect();
    // Best score first; equal scores keep the list's own order.
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .map(|(_, _, candidate)| candidate)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Office, PersonKind, Voting};

    fn person(id: &str, name: &str, aliases: &[&str]) -> Person {
        Person {
            id: id.into(),
            name: name.into(),
            title: Some("Councillor".into()),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            kind: PersonKind::Member,
            office: Office::Member,
            voting: Voting::Voting,
            role: None,
            organisation: None,
            group: None,
            lay: false,
        }
    }

    #[test]
    fn any_name_form_finds_the_person() {
        let candidates: Vec<Candidate> = [
            person("flavell", "K Flavell", &["Kathryn Flavell"]),
            person("handley", "S Handley", &[]),
            person("hayes", "G Hayes", &[]),
        ]
        .iter()
        .map(Candidate::person)
        .collect();
        assert_eq!(rank(&candidates, "flav")[0].id, "flavell");
        assert_eq!(rank(&candidates, "kathryn")[0].id, "flavell");
        assert_eq!(rank(&candidates, "hay")[0].id, "hayes");
        assert!(rank(&candidates, "zzz").is_empty());
        assert_eq!(rank(&candidates, "").len(), 3);
    }
}
