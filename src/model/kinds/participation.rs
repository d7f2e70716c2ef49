//! The public side of the room: how many members of the public were present, and each person
//! from it who spoke (in public participation or question time, or on a planning application:
//! an objector, a supporter, the applicant or their agent, a ward councillor).

use super::form::{self, Answers, Question, Schema};
use super::{FormContext, InMinute, Kind, Motions, Public};
use crate::model::said::{Key, Phrase, Said, Slot};
use crate::model::{Capacity, Event, ItemId, Meeting, PersonId, Record, Room};

/// The kinds of this family, as forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    PublicPresent,
    Spoke,
}

pub enum Participation<'e> {
    PublicPresent(u32),
    Spoke {
        name: &'e str,
        capacity: Capacity,
        about: &'e str,
    },
}

impl<'e> Kind<'e> for Participation<'e> {
    fn people(&self) -> Vec<&'e PersonId> {
        Vec::new()
    }

    fn items(&self) -> Vec<&'e ItemId> {
        Vec::new()
    }

    fn motions(&self) -> Motions<'e> {
        Motions::default()
    }

    fn unsound(&self) -> Option<String> {
        None
    }

    // The public are not members: nobody in the room who may vote changes.
    fn enter(&self, _room: &mut Room<'_>) {}

    fn decides(&self) -> bool {
        false
    }

    fn public(&self) -> Option<Public> {
        None
    }

    fn line(&self, _meeting: &Meeting, _record: &Record) -> String {
        match self {
            Participation::PublicPresent(1) => "1 member of the public present".into(),
            Participation::PublicPresent(count) => format!("{count} members of the public present"),
            Participation::Spoke {
                name,
                capacity,
                about,
            } => {
                let who = if name.is_empty() {
                    let word = capacity.word();
                    let article = if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
                        "An"
                    } else {
                        "A"
                    };
                    format!("{article} {word}")
                } else {
                    format!("{name} ({})", capacity.word())
                };
                if about.is_empty() {
                    format!("{who} spoke")
                } else {
                    format!("{who} spoke: {about}")
                }
            }
        }
    }

    fn said(&self, minute: &InMinute<'_>) -> Vec<Said> {
        vec![Said::Paragraph(match self {
            Participation::PublicPresent(count) => public_present(*count),
            Participation::Spoke {
                name,
                capacity,
                about,
            } => Phrase::new(Key::Spoke)
                .phrase("speaker", speaker(name, *capacity))
                .phrase("body", Phrase::new(Key::body(minute.meeting.body.kind)))
                .maybe(
                    "about",
                    Some(Slot::Text(about.to_string())).filter(|_| !about.is_empty()),
                ),
        })]
    }

    fn form(&self, _context: &FormContext<'_>) -> Option<Schema> {
        Some(match self {
            Participation::PublicPresent(count) => public_form(&count.to_string()),
            Participation::Spoke {
                name,
                capacity,
                about,
            } => spoke_form(name, *capacity, about),
        })
    }
}

/// "4 members of the public were present."
pub fn public_present(count: u32) -> Phrase {
    match count {
        0 => Phrase::new(Key::PublicPresentNone),
        1 => Phrase::new(Key::PublicPresentOne),
        n => Phrase::new(Key::PublicPresent).with("count", Slot::Number(n)),
    }
}

/// "one member of the public", "4 members of the public": the count inside another sentence.
pub fn public_count(count: u32) -> Phrase {
    match count {
        1 => Phrase::new(Key::PublicOne),
        n => Phrase::new(Key::PublicMany).with("count", Slot::Number(n)),
    }
}

/// The speaker as the minutes name them: "Mr A Smith (objector)", or unnamed "an objector".
pub fn speaker(name: &str, capacity: Capacity) -> Phrase {
    let words = Phrase::new(capacity_key(capacity));
    if name.trim().is_empty() {
        Phrase::new(Key::SpeakerUnnamed).with("capacity", Slot::WithArticle(Box::new(words)))
    } else {
        Phrase::new(Key::Speaker)
            .text("name", name.trim())
            .phrase("capacity", words)
    }
}

fn capacity_key(capacity: Capacity) -> Key {
    match capacity {
        Capacity::Public => Key::CapacityPublic,
        Capacity::Objector => Key::CapacityObjector,
        Capacity::Supporter => Key::CapacitySupporter,
        Capacity::Applicant => Key::CapacityApplicant,
        Capacity::Agent => Key::CapacityAgent,
        Capacity::WardCouncillor => Key::CapacityWardCouncillor,
        Capacity::ParishCouncil => Key::CapacityParishCouncil,
    }
}

fn public_form(count: &str) -> Schema {
    Schema::new(
        "Members of the public present",
        vec![Question::text("How many", count)],
    )
}

fn spoke_form(name: &str, capacity: Capacity, about: &str) -> Schema {
    let words: Vec<&str> = Capacity::ALL.iter().map(|c| c.word()).collect();
    let chosen = Capacity::ALL
        .iter()
        .position(|c| *c == capacity)
        .unwrap_or(0);
    Schema::new(
        "Someone from the public spoke",
        vec![
            Question::text("Name (optional)", name),
            Question::choice("As", &words, chosen),
            Question::lines("About (optional)", about),
        ],
    )
}

pub fn blank(which: Which, _context: &FormContext<'_>) -> Option<Schema> {
    Some(match which {
        Which::PublicPresent => public_form(""),
        Which::Spoke => spoke_form("", Capacity::Public, ""),
    })
}

pub fn build(which: Which, answers: &dyn Answers) -> Result<Event, String> {
    Ok(match which {
        Which::PublicPresent => {
            let typed = form::required(answers, 0)?;
            let count = typed.parse::<u32>().map_err(|_| {
                format!(
                    "{}: type the number of people, such as 4 (\"{typed}\" is not one)",
                    answers.label(0)
                )
            })?;
            Event::PublicPresent { count }
        }
        Which::Spoke => Event::Spoke {
            name: form::optional(answers, 0).unwrap_or_default(),
            capacity: Capacity::ALL
                .get(answers.choice(1))
                .copied()
                .unwrap_or_default(),
            about: form::optional(answers, 2).unwrap_or_default(),
        },
    })
}
