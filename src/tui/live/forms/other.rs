//! The forms that are not records: someone new attending, who signs the minutes, and where to
//! save the meeting when its own file cannot be written.

use chrono::NaiveTime;

use crate::minutes::style::{Style, Voice};
use crate::model::kinds::attendance::substitutable;
use crate::model::kinds::councillors;
use crate::model::kinds::form::{self, Question, Schema};
use crate::model::{Event, Meeting, Person, PersonId, PersonKind, Record, Room, Signature};
use crate::tui::live::forms::{Form, Submission};

const NEW_PERSON_KINDS: &[&str] = &[
    "officer",
    "guest or speaker",
    "councillor (not a member)",
    "substitute for a member",
];

/// Someone not yet known to the meeting, and how they attend: a substitute is added and
/// marked as substituting in the one form.
pub fn add_person(meeting: &Meeting, room: &Room<'_>) -> Schema {
    Schema::new(
        "Someone new attending",
        vec![
            Question::text("Name", ""),
            Question::choice("Attending as", NEW_PERSON_KINDS, 0),
            Question::text("Role", ""),
            Question::text("Organisation", ""),
            Question::yes_no("Virtually", false),
            Question::person(
                "Substitute for",
                substitutable(meeting, room, None),
                true,
                None,
            ),
        ],
    )
}

/// Who signs, proposed as the minutes would print it when the file does not say.
pub fn sign(meeting: &Meeting, style: &Style) -> Schema {
    let (signer, capacity) = match &meeting.signature {
        Some(signature) => (Some(signature.person.clone()), signature.capacity.clone()),
        None => {
            let voice = Voice::new(meeting, style);
            let room = meeting.room_now();
            let signer = meeting.signer();
            let capacity = signer
                .and_then(|p| {
                    let office = room.standing(&p.id).map_or(p.office, |s| s.office);
                    crate::minutes::capacity(&voice, p, office)
                })
                .unwrap_or_else(|| meeting.body.chair_title.chair().to_string());
            (signer.map(|p| p.id.clone()), capacity)
        }
    };
    Schema::new(
        "Who signs the minutes",
        vec![
            Question::person("Who", councillors(meeting), false, signer.as_ref()),
            Question::text("Capacity", capacity),
        ],
    )
}

pub fn save_as() -> Schema {
    Schema::new(
        "Save the meeting to another file",
        vec![Question::text("File", "")],
    )
}

pub fn signature(form: &Form) -> Result<Submission, String> {
    Ok(Submission::Signature(Signature {
        person: form::someone(form, 0)?,
        capacity: form::required(form, 1)?,
    }))
}

pub fn path(form: &Form) -> Result<Submission, String> {
    let path = form::required(form, 0)?;
    Ok(Submission::SaveAs(std::path::PathBuf::from(path)))
}

pub fn new_person(
    form: &Form,
    meeting: &Meeting,
    at: Option<NaiveTime>,
) -> Result<Submission, String> {
    let name = form::required(form, 0)?;
    let for_member = form.fields[5].person()?;
    // Naming whom they substitute for is enough to make them a substitute.
    let substitute = form.fields[1].choice == 3 || for_member.is_some();
    let kind = match form.fields[1].choice {
        _ if substitute => PersonKind::Councillor,
        1 => PersonKind::Other,
        2 => PersonKind::Councillor,
        _ => PersonKind::Officer,
    };
    let person = Person {
        title: (kind == PersonKind::Councillor).then(|| "Councillor".to_string()),
        role: form::optional(form, 2),
        organisation: form::optional(form, 3),
        ..Person::new(unique_person_id(meeting, &name), name, kind)
    };
    let event = if substitute {
        Event::Substitute {
            person: person.id.clone(),
            for_member,
        }
    } else if form.fields[4].choice == 1 {
        Event::AttendingVirtually {
            person: person.id.clone(),
        }
    } else {
        Event::Present {
            person: person.id.clone(),
        }
    };
    Ok(Submission::NewPerson(
        person,
        Record::new(at, form.item.clone(), event),
    ))
}

/// A handle for someone new: their surname, numbered if another has it.
pub fn unique_person_id(meeting: &Meeting, name: &str) -> PersonId {
    let base: String = name
        .split_whitespace()
        .last()
        .unwrap_or("person")
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_lowercase();
    let base = if base.is_empty() {
        "person".to_string()
    } else {
        base
    };
    std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|id| meeting.person(id).is_none())
        .unwrap_or(base)
        .into()
}
