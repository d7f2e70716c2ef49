//! The people a meeting knows, as a form: a member, substitute, officer or guest added or
//! corrected, and the offices of Chair and Vice-Chair kept to one holder each.

use crate::model::kinds::form::{self, Question, Schema};
use crate::model::{ChairTitle, Edit, Meeting, Office, Person, PersonId, PersonKind, Voting};
use crate::tui::live::forms::{Form, Submission};

const PERSON_KINDS: &[&str] = &[
    "member",
    "councillor (not a member)",
    "officer",
    "other (guest, speaker)",
    "member who is not a councillor (co-opted, independent, a board's partner)",
];

const VOTING: &[&str] = &["voting", "non-voting", "associate (non-voting)"];

/// The form for someone the meeting knows; the offices are named as the body names them
/// ("Chairman", "Mayor").
pub fn person(person: Option<&Person>, titles: ChairTitle) -> Schema {
    let kind = person.map_or(0, |p| match p.kind {
        PersonKind::Member if p.lay => 4,
        PersonKind::Member => 0,
        PersonKind::Councillor => 1,
        PersonKind::Officer => 2,
        PersonKind::Other => 3,
    });
    let office = person.map_or(0, |p| match p.office {
        Office::Member => 0,
        Office::Chair => 1,
        Office::ViceChair => 2,
    });
    let voting = person.map_or(0, |p| match p.voting {
        Voting::Voting => 0,
        Voting::NonVoting => 1,
        Voting::Associate => 2,
    });
    let text = |f: fn(&Person) -> Option<String>| person.and_then(f).unwrap_or_default();
    Schema::new(
        if person.is_some() {
            "Correct someone"
        } else {
            "Add someone"
        },
        vec![
            Question::text("Name", person.map(|p| p.name.clone()).unwrap_or_default()),
            Question::text(
                "Title",
                person.map_or_else(
                    || "Councillor".into(),
                    |p| p.title.clone().unwrap_or_default(),
                ),
            ),
            Question::choice("Is a", PERSON_KINDS, kind),
            Question::choice(
                "Office",
                &["member", titles.chair(), titles.vice_chair()],
                office,
            ),
            Question::choice("Voting", VOTING, voting),
            Question::text("Role", text(|p| p.role.clone())),
            Question::text("Organisation", text(|p| p.organisation.clone())),
            Question::text("Group", text(|p| p.group.clone())),
            Question::text(
                "Also known as",
                person.map(|p| p.aliases.join(", ")).unwrap_or_default(),
            ),
        ],
    )
}

pub fn person_submit(form: &Form, meeting: &Meeting) -> Result<Submission, String> {
    let name = form::required(form, 0)?;
    let kind = match form.fields[2].choice {
        1 => PersonKind::Councillor,
        2 => PersonKind::Officer,
        3 => PersonKind::Other,
        _ => PersonKind::Member,
    };
    let lay = form.fields[2].choice == 4;
    let office = match form.fields[3].choice {
        1 => Office::Chair,
        2 => Office::ViceChair,
        _ => Office::Member,
    };
    if office != Office::Member && kind != PersonKind::Member {
        return Err("Office: only a member of the body can be its Chair or Vice-Chair".into());
    }
    let editing = form.target_person().and_then(|id| meeting.person(id));
    let person = Person {
        id: editing.map_or_else(
            || crate::tui::live::forms::other::unique_person_id(meeting, &name),
            |p| p.id.clone(),
        ),
        name,
        // The title starts as "Councillor" for a new person; an officer or guest left with
        // that untouched default would be printed as a councillor.
        title: form::optional(form, 1).filter(|title| {
            editing.is_some()
                || title != "Councillor"
                || matches!(kind, PersonKind::Member | PersonKind::Councillor)
        }),
        aliases: form.fields[8]
            .value()
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(str::to_string)
            .collect(),
        kind,
        office,
        voting: match form.fields[4].choice {
            1 => Voting::NonVoting,
            2 => Voting::Associate,
            _ => Voting::Voting,
        },
        role: form::optional(form, 5),
        organisation: form::optional(form, 6),
        group: form::optional(form, 7),
        lay,
    };
    let said = person.titled_name();
    let mut edits = holds_office(meeting, &person.id, office);
    edits.push(match editing {
        Some(_) => Edit::ReplacePerson(person),
        None => Edit::InsertPerson {
            at: meeting.people.len(),
            person,
        },
    });
    Ok(Submission::Change { edits, said })
}

/// The edits that give `office` to the person and take it from whoever else the file lists in
/// it: a body has one Chair and one Vice-Chair.
pub fn holds_office(meeting: &Meeting, person: &PersonId, office: Office) -> Vec<Edit> {
    if office == Office::Member {
        return Vec::new();
    }
    meeting
        .people
        .iter()
        .filter(|p| p.office == office && p.id != *person)
        .map(|p| {
            let mut former = p.clone();
            former.office = Office::Member;
            Edit::ReplacePerson(former)
        })
        .collect()
}
