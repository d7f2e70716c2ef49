//! The press and public excluded for exempt (Part 2) business, and readmitted after it.

use super::form::{Answers, Question, Schema};
use super::{FormContext, InMinute, Kind, Motions, Public};
use crate::model::said::{Key, Phrase, Said};
use crate::model::{Clause, Event, ItemId, Meeting, PersonId, Record, Room};

/// The kinds of this family, as forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Excluded,
    Readmitted,
}

pub enum Privacy<'e> {
    Excluded {
        paragraphs: &'e [u8],
        wording: Option<&'e str>,
    },
    Readmitted,
}

/// "Paragraph 3" or "Paragraphs 1, 2 and 3" of Part 1 of Schedule 12A.
pub fn paragraphs_phrase(paragraphs: &[u8]) -> Phrase {
    let numbers: Vec<String> = paragraphs.iter().map(u8::to_string).collect();
    match numbers.as_slice() {
        [] => Phrase::new(Key::NoParagraph),
        [only] => Phrase::new(Key::OneParagraph).text("number", only.clone()),
        [rest @ .., last] => {
            Phrase::new(Key::Paragraphs).text("numbers", format!("{} and {last}", rest.join(", ")))
        }
    }
}

impl<'e> Kind<'e> for Privacy<'e> {
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
        match self {
            Privacy::Excluded { paragraphs, .. } => paragraphs
                .iter()
                .find(|p| !(1..=7).contains(*p))
                .map(|bad| {
                    format!(
                        "exempt-information paragraph {bad} does not exist; Schedule 12A has paragraphs 1 to 7"
                    )
                }),
            Privacy::Readmitted => None,
        }
    }

    fn enter(&self, _room: &mut Room<'_>) {}

    fn decides(&self) -> bool {
        matches!(self, Privacy::Excluded { .. })
    }

    fn public(&self) -> Option<Public> {
        Some(match self {
            Privacy::Excluded { .. } => Public::Excluded,
            Privacy::Readmitted => Public::Readmitted,
        })
    }

    fn line(&self, _meeting: &Meeting, _record: &Record) -> String {
        match self {
            Privacy::Excluded { paragraphs, .. } => {
                let list: Vec<String> = paragraphs.iter().map(u8::to_string).collect();
                format!(
                    "Press and public excluded (Schedule 12A paragraph {})",
                    list.join(", ")
                )
            }
            Privacy::Readmitted => "Press and public readmitted".into(),
        }
    }

    fn said(&self, minute: &InMinute<'_>) -> Vec<Said> {
        // Recorded on the Part 2 item itself, the resolution is about this item; before it,
        // about the business that follows.
        let here = minute
            .record()
            .and_then(|r| r.item.as_deref())
            .and_then(|id| minute.meeting.item(id))
            .is_some_and(|item| item.part == crate::model::Part::Two);
        let business = Phrase::new(if here {
            Key::ExclusionThisItem
        } else {
            Key::ExclusionFollowing
        });
        vec![match self {
            Privacy::Excluded {
                wording: Some(wording),
                ..
            } => Said::Resolved {
                marker: Phrase::new(Key::Resolved),
                preamble: None,
                clauses: vec![Clause {
                    label: None,
                    text: wording.to_string(),
                    clauses: Vec::new(),
                }],
            },
            Privacy::Excluded {
                paragraphs,
                wording: None,
            } => Said::ResolvedThat {
                marker: Phrase::new(Key::Resolved),
                resolutions: vec![
                    Phrase::new(Key::Exclusion)
                        .phrase("paragraphs", paragraphs_phrase(paragraphs))
                        .phrase("business", business),
                ],
            },
            Privacy::Readmitted => Said::Paragraph(Phrase::new(Key::Readmitted)),
        }]
    }

    fn form(&self, _context: &FormContext<'_>) -> Option<Schema> {
        match self {
            Privacy::Excluded { paragraphs, .. } => {
                let text: Vec<String> = paragraphs.iter().map(u8::to_string).collect();
                Some(excluded(&text.join(", ")))
            }
            Privacy::Readmitted => None,
        }
    }
}

fn excluded(paragraphs: &str) -> Schema {
    Schema::new(
        "Exclusion of the press and public",
        vec![Question::text("Paragraphs", paragraphs)],
    )
}

/// A new exclusion offers the exempt paragraphs of the Part 2 item it is for: the item it is
/// recorded under, or else the item after it.
pub fn blank(which: Which, context: &FormContext<'_>) -> Option<Schema> {
    match which {
        Which::Excluded => {
            let agenda = &context.meeting.agenda;
            let at = context.item.and_then(|id| context.meeting.item_index(id));
            let exempt = at
                .into_iter()
                .flat_map(|i| [i, i + 1])
                .filter_map(|i| agenda.get(i))
                .find(|item| item.part == crate::model::Part::Two)
                .map(|item| {
                    item.exempt_paragraphs
                        .iter()
                        .map(u8::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            Some(excluded(&exempt))
        }
        Which::Readmitted => Some(Schema::new("The press and public readmitted", Vec::new())),
    }
}

pub fn build(which: Which, answers: &dyn Answers) -> Result<Event, String> {
    Ok(match which {
        Which::Excluded => Event::Excluded {
            paragraphs: paragraphs(&answers.text(0))?,
            wording: None,
        },
        Which::Readmitted => Event::Readmitted,
    })
}

/// Reads "3" or "3, 4" as Schedule 12A paragraphs; the exclusion needs at least one.
fn paragraphs(text: &str) -> Result<Vec<u8>, String> {
    let found = schedule_12a("Paragraphs", text)?;
    if found.is_empty() {
        return Err("Paragraphs: give the paragraph, such as 3".into());
    }
    Ok(found)
}

/// Reads "3", "3, 4" or "3 and 4" as paragraphs of Schedule 12A, naming the field `label`
/// when a word is not one; nothing typed is no paragraph.
pub fn schedule_12a(label: &str, text: &str) -> Result<Vec<u8>, String> {
    let mut found = Vec::new();
    for word in text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "and")
    {
        match word.parse::<u8>() {
            Ok(n) if (1..=7).contains(&n) => found.push(n),
            _ => {
                return Err(format!(
                    "{label}: \"{word}\" is not a paragraph of Schedule 12A (1 to 7)"
                ));
            }
        }
    }
    Ok(found)
}
