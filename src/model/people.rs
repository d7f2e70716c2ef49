//! The people a meeting knows: members, other councillors, officers and guests. Pure data, no I/O.

use serde::{Deserialize, Serialize};

use super::PersonId;

/// Someone who may appear in the record, referred to elsewhere in the file by `id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Short handle used by records, unique in the file (for example `"flavell"`).
    pub id: PersonId,
    /// The name as printed in lists: `"K Flavell"`, `"Dr Matt Tyrer"`.
    pub name: String,
    /// `"Councillor"` for councillors; other titles (`"Dr"`) belong in `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Other forms of the name that should find this person: full name, surname.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub kind: PersonKind,
    /// Chair, Vice-Chair or ordinary member; only meaningful for members.
    #[serde(default, skip_serializing_if = "is_default")]
    pub office: Office,
    /// Voting status on this body; only meaningful for members.
    #[serde(default, skip_serializing_if = "is_default")]
    pub voting: Voting,
    /// For officers, their post; for board members, the post they hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// For people who are not council members: the body they represent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// A group the person belongs to: a political group, or a board's grouping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// A member of the body who is not a councillor: a co-opted or independent member, or a
    /// partner on a board. Councillors are printed with the house style's title for them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub lay: bool,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// How a person relates to the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum PersonKind {
    /// Appointed to the body.
    #[default]
    Member,
    /// A councillor who is not a member: a substitute, a portfolio holder, a visiting ward member.
    Councillor,
    /// A council officer attending to advise.
    Officer,
    /// Anyone else present: guests, partners, speakers.
    Other,
}

/// The office a member holds on the body. The printed word (Chair or Chairman) is the body's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Office {
    Chair,
    ViceChair,
    #[default]
    Member,
}

/// Whether a member may vote; boards group their members by this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Voting {
    #[default]
    Voting,
    NonVoting,
    /// An associate, non-voting member of a board.
    Associate,
}

impl Person {
    /// Someone of this kind, known by this handle and name, with nothing else said of them:
    /// no title, an ordinary voting member if a member at all, no role or organisation.
    pub fn new(id: impl Into<PersonId>, name: impl Into<String>, kind: PersonKind) -> Person {
        Person {
            id: id.into(),
            name: name.into(),
            title: None,
            aliases: Vec::new(),
            kind,
            office: Office::Member,
            voting: Voting::Voting,
            role: None,
            organisation: None,
            group: None,
            lay: false,
        }
    }

    /// The same person, with this title printed before their name ("Councillor").
    pub fn titled(self, title: impl Into<String>) -> Person {
        Person {
            title: Some(title.into()),
            ..self
        }
    }

    /// The same person, holding this office on the body.
    pub fn with_office(self, office: Office) -> Person {
        Person { office, ..self }
    }

    /// The same person, with this role (an officer's post).
    pub fn with_role(self, role: impl Into<String>) -> Person {
        Person {
            role: Some(role.into()),
            ..self
        }
    }

    /// True for a councillor: a councillor who is not a member of the body, or a member who is
    /// not a lay member. Whatever title the file gives them ("Councillor", "Cllr", none).
    pub fn is_councillor(&self) -> bool {
        match self.kind {
            PersonKind::Councillor => true,
            PersonKind::Member => !self.lay,
            PersonKind::Officer | PersonKind::Other => false,
        }
    }

    /// The titles a file written before councillors were marked as such gave them.
    pub fn has_councillor_title(&self) -> bool {
        self.title.as_deref().is_some_and(|title| {
            let title = title.trim_end_matches('.').to_lowercase();
            matches!(title.as_str(), "councillor" | "cllr" | "clr")
        })
    }

    /// True for someone who holds a vote on the body by appointment.
    pub fn is_voting_member(&self) -> bool {
        self.kind == PersonKind::Member && self.voting == Voting::Voting
    }

    /// The name with its title, as in "Councillor K Flavell".
    pub fn titled_name(&self) -> String {
        match &self.title {
            Some(title) => format!("{title} {}", self.name),
            None => self.name.clone(),
        }
    }

    /// True when `text` names this person by id, name, titled name or any alias,
    /// ignoring case and runs of spaces (agenda packs print "J  Weatherill").
    pub fn answers_to(&self, text: &str) -> bool {
        let wanted = fold_name(text);
        if wanted.is_empty() {
            return false;
        }
        std::iter::once(self.id.as_str())
            .chain(std::iter::once(self.name.as_str()))
            .chain(self.aliases.iter().map(String::as_str))
            .any(|form| fold_name(form) == wanted)
            || fold_name(&self.titled_name()) == wanted
    }
}

/// Lower-cases a name and folds whitespace so that name forms compare equal.
pub fn fold_name(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flavell() -> Person {
        Person {
            id: "flavell".into(),
            name: "K Flavell".into(),
            title: Some("Councillor".into()),
            aliases: vec!["Kathryn Flavell".into(), "Flavell".into()],
            kind: PersonKind::Member,
            office: Office::Chair,
            voting: Voting::Voting,
            role: None,
            organisation: None,
            group: None,
            lay: false,
        }
    }

    #[test]
    fn every_name_form_finds_the_same_person() {
        let person = flavell();
        for form in [
            "K Flavell",
            "Kathryn Flavell",
            "Flavell",
            "flavell",
            "Councillor K Flavell",
            "K  FLAVELL",
        ] {
            assert!(person.answers_to(form), "{form} should name Flavell");
        }
        assert!(!person.answers_to("K Flavel"));
        assert!(!person.answers_to("   "));
    }

    #[test]
    fn only_appointed_voting_members_hold_a_vote() {
        let mut person = flavell();
        assert!(person.is_voting_member());
        person.voting = Voting::Associate;
        assert!(!person.is_voting_member());
        person.voting = Voting::Voting;
        person.kind = PersonKind::Councillor;
        assert!(!person.is_voting_member());
    }
}
