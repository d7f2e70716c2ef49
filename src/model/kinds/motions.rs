//! Motions and amendments put to the meeting, and those settled without a vote.

use super::form::{Answers, Question, Schema};
use super::{FormContext, InMinute, Kind, Motions, Public, name};
use crate::model::said::{Key, Phrase, Said, Slot};
use crate::model::{Event, ItemId, Meeting, MotionId, MotionKind, Outcome, PersonId, Record, Room};

/// The kinds of this family, as forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Moved,
    Settled,
}

pub enum Motion<'e> {
    Moved {
        id: &'e MotionId,
        kind: MotionKind,
        text: &'e str,
        mover: Option<&'e PersonId>,
        seconder: Option<&'e PersonId>,
        /// Seconded, named or not.
        seconded: bool,
        /// What an amendment amends.
        amends: Option<&'e str>,
    },
    Settled {
        motion: &'e MotionId,
        outcome: Outcome,
    },
}

const MOTION_KINDS: &[&str] = &["motion", "formal amendment", "friendly amendment"];
const OUTCOMES: &[&str] = &[
    "withdrawn",
    "accepted into the motion",
    "carried without a vote",
    "lost without a vote",
    "accepted by the mover into the motion",
];
const SECONDED: &[&str] = &["not said", "seconded"];

fn kind_choice(kind: MotionKind) -> usize {
    match kind {
        MotionKind::Substantive => 0,
        MotionKind::FormalAmendment => 1,
        MotionKind::FriendlyAmendment => 2,
    }
}

/// The kind of the motion with this handle, when it has been moved.
pub fn kind_of(meeting: &Meeting, motion: &str) -> Option<MotionKind> {
    match &meeting.motion_record(motion)?.event {
        Event::Motion { kind, .. } => Some(*kind),
        _ => None,
    }
}

/// The words of the substantive motion last carried under the item, when no resolution has been
/// recorded after it: what the clerk will want as the resolution. None where an amendment to it
/// was carried or accepted, as its words are then no longer the motion's as moved.
pub fn carried_unresolved<'m>(meeting: &'m Meeting, item: &ItemId) -> Option<&'m str> {
    let under: Vec<&Record> = meeting
        .records
        .iter()
        .filter(|r| r.item.as_ref() == Some(item))
        .collect();
    let carried = |motion: &MotionId| {
        let kind = kind_of(meeting, motion.as_str());
        (kind, meeting.motion_record(motion.as_str()))
    };
    let amended = under.iter().any(|r| match &r.event {
        Event::Vote {
            motion: Some(m),
            count,
            casting,
        } => {
            count.result(*casting) == crate::model::VoteResult::Carried
                && carried(m).0 != Some(MotionKind::Substantive)
        }
        Event::MotionSettled { motion, outcome } => {
            matches!(
                outcome,
                Outcome::Carried | Outcome::Incorporated | Outcome::AcceptedByMover
            ) && carried(motion).0 != Some(MotionKind::Substantive)
        }
        _ => false,
    });
    for record in under.iter().rev() {
        let motion = match &record.event {
            Event::Resolved { .. } => return None,
            Event::Vote {
                motion: Some(m),
                count,
                casting,
            } if count.result(*casting) == crate::model::VoteResult::Carried => m,
            Event::MotionSettled {
                motion,
                outcome: Outcome::Carried,
            } => motion,
            _ => continue,
        };
        if amended {
            return None;
        }
        return match carried(motion) {
            (Some(MotionKind::Substantive), Some(moved)) => match &moved.event {
                Event::Motion { text, .. } if !text.trim().is_empty() => Some(text.as_str()),
                _ => None,
            },
            _ => None,
        };
    }
    None
}

/// A motion as the screen names it, by its kind and first words rather than its handle:
/// "Amendment “That Appendix A be amended to…”".
pub fn called(meeting: &Meeting, motion: &str) -> String {
    let found = meeting.motion_record(motion).and_then(|r| match &r.event {
        Event::Motion { kind, text, .. } => Some((*kind, text)),
        _ => None,
    });
    let Some((kind, text)) = found else {
        return format!("Motion {motion}");
    };
    let kind = match kind {
        MotionKind::Substantive => "Motion",
        MotionKind::FormalAmendment => "Amendment",
        MotionKind::FriendlyAmendment => "Friendly amendment",
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let opening = words.iter().take(7).copied().collect::<Vec<_>>().join(" ");
    let more = if words.len() > 7 { "…" } else { "" };
    format!("{kind} “{opening}{more}”")
}

/// "motion" or "amendment", as a sentence about the motion names it.
pub fn word_for(meeting: &Meeting, motion: &str) -> Phrase {
    match kind_of(meeting, motion) {
        Some(MotionKind::Substantive) | None => Phrase::new(Key::MotionWord),
        Some(MotionKind::FormalAmendment | MotionKind::FriendlyAmendment) => {
            Phrase::new(Key::AmendmentWord)
        }
    }
}

/// The motions moved under an item, as (handle, text), in the order moved.
pub fn moved_under(meeting: &Meeting, item: Option<&str>) -> Vec<(MotionId, String)> {
    meeting
        .records
        .iter()
        .filter(|r| r.item.as_deref() == item)
        .filter_map(|r| {
            if let Event::Motion { id, text, .. } = &r.event {
                return Some((id.clone(), text.clone()));
            }
            None
        })
        .collect()
}

/// "motion-1", "motion-2", ...: the first handle no motion has.
pub fn next_motion_id(meeting: &Meeting) -> MotionId {
    let taken: Vec<&str> = meeting
        .records
        .iter()
        .filter_map(|r| {
            if let Event::Motion { id, .. } = &r.event {
                return Some(id.as_str());
            }
            None
        })
        .collect();
    (1..)
        .map(|n| format!("motion-{n}"))
        .find(|id| !taken.contains(&id.as_str()))
        .unwrap_or_default()
        .into()
}

/// The motion's words without quotation marks of their own: the sentence quoting them adds
/// its own, and doubled quotes are not what anyone said.
fn unquoted(text: &str) -> String {
    let trimmed = text.trim();
    let quotes = ['"', '“', '”', '\'', '‘', '’'];
    let mut chars = trimmed.chars();
    match (chars.next(), chars.next_back()) {
        (Some(first), Some(last)) if quotes.contains(&first) && quotes.contains(&last) => {
            chars.as_str().trim().to_string()
        }
        _ => trimmed.to_string(),
    }
}

impl<'e> Kind<'e> for Motion<'e> {
    fn people(&self) -> Vec<&'e PersonId> {
        match self {
            Motion::Moved {
                mover, seconder, ..
            } => mover.iter().chain(seconder.iter()).copied().collect(),
            Motion::Settled { .. } => Vec::new(),
        }
    }

    fn items(&self) -> Vec<&'e ItemId> {
        Vec::new()
    }

    fn motions(&self) -> Motions<'e> {
        match self {
            Motion::Moved { id, .. } => Motions {
                moves: Some(id),
                refers_to: None,
            },
            Motion::Settled { motion, .. } => Motions {
                moves: None,
                refers_to: Some(motion),
            },
        }
    }

    fn unsound(&self) -> Option<String> {
        None
    }

    fn enter(&self, _room: &mut Room<'_>) {}

    fn decides(&self) -> bool {
        matches!(self, Motion::Settled { .. })
    }

    fn public(&self) -> Option<Public> {
        None
    }

    fn line(&self, meeting: &Meeting, _record: &Record) -> String {
        match self {
            Motion::Moved {
                kind,
                text,
                mover,
                seconder,
                seconded,
                amends,
                ..
            } => {
                let amends = amends.map(|a| format!(" to {a}")).unwrap_or_default();
                let kind = match kind {
                    MotionKind::Substantive => "Motion",
                    MotionKind::FormalAmendment => "Amendment",
                    MotionKind::FriendlyAmendment => "Friendly amendment",
                };
                let mut line = format!("{kind}{amends}: {text}");
                if let Some(mover) = mover {
                    line.push_str(&format!(" — moved by {}", name(meeting, mover)));
                }
                match seconder {
                    Some(seconder) => {
                        line.push_str(&format!(", seconded by {}", name(meeting, seconder)))
                    }
                    None if *seconded => line.push_str(", seconded"),
                    None => {}
                }
                line
            }
            Motion::Settled { motion, outcome } => {
                let outcome = match outcome {
                    Outcome::Carried => "carried",
                    Outcome::Lost => "lost",
                    Outcome::Withdrawn => "withdrawn",
                    Outcome::Incorporated => "accepted into the motion",
                    Outcome::AcceptedByMover => "accepted by the mover into the motion",
                };
                format!("{} {outcome}", called(meeting, motion))
            }
        }
    }

    fn said(&self, minute: &InMinute<'_>) -> Vec<Said> {
        let phrase = match self {
            Motion::Moved {
                kind: MotionKind::FriendlyAmendment,
                text,
                mover,
                seconder,
                seconded,
                amends,
                ..
            } => match mover {
                Some(mover) => Phrase::new(Key::FriendlyAmendmentBy).person("mover", mover),
                None => Phrase::new(Key::FriendlyAmendment),
            }
            .text("text", unquoted(text))
            .maybe("seconder", seconder.map(|s| Slot::Person(s.clone())))
            // Seconded by someone not named: said so, as the record says.
            .maybe(
                "seconded",
                (*seconded && seconder.is_none())
                    .then(|| Slot::Phrase(Box::new(Phrase::new(Key::SecondedWord)))),
            )
            .maybe("amends", amends.map(|a| Slot::Text(a.to_string()))),
            Motion::Moved {
                kind,
                text,
                mover,
                seconder,
                seconded,
                amends,
                ..
            } => {
                let a_motion = Phrase::new(match kind {
                    MotionKind::Substantive => Key::AMotion,
                    MotionKind::FormalAmendment | MotionKind::FriendlyAmendment => Key::AnAmendment,
                });
                let key = match (mover, seconder, seconded) {
                    (Some(_), Some(_), _) => Key::MovedAndSeconded,
                    (Some(_), None, true) => Key::MovedByAndSecondedUnnamed,
                    (Some(_), None, false) => Key::MovedBy,
                    (None, Some(_), _) => Key::SecondedBy,
                    (None, None, true) => Key::MovedAndSecondedUnnamed,
                    (None, None, false) => Key::Moved,
                };
                let mut phrase = Phrase::new(key)
                    .phrase("a_motion", a_motion)
                    .text("text", unquoted(text))
                    .maybe("amends", amends.map(|a| Slot::Text(a.to_string())));
                if let Some(mover) = mover {
                    phrase = phrase.person("mover", mover);
                }
                if let Some(seconder) = seconder {
                    phrase = phrase.person("seconder", seconder);
                }
                phrase
            }
            Motion::Settled { motion, outcome } => {
                let key = match outcome {
                    Outcome::Withdrawn => Key::Withdrawn,
                    Outcome::Incorporated => Key::Incorporated,
                    Outcome::AcceptedByMover => Key::AcceptedByMover,
                    Outcome::Carried => Key::CarriedWithoutVote,
                    Outcome::Lost => Key::LostWithoutVote,
                };
                Phrase::new(key).phrase("what", word_for(minute.meeting, motion))
            }
        };
        vec![Said::Paragraph(phrase)]
    }

    fn form(&self, context: &FormContext<'_>) -> Option<Schema> {
        match self {
            Motion::Moved {
                kind,
                text,
                mover,
                seconder,
                seconded,
                amends,
                ..
            } => Some(moved(
                context,
                text,
                kind_choice(*kind),
                (*mover, *seconder, *seconded),
                amends.unwrap_or_default(),
            )),
            Motion::Settled { .. } => None,
        }
    }
}

fn moved(
    context: &FormContext<'_>,
    text: &str,
    kind: usize,
    (mover, seconder, seconded): (Option<&PersonId>, Option<&PersonId>, bool),
    amends: &str,
) -> Schema {
    let people = super::context::councillors_by_room(context.meeting, context.room);
    Schema::new(
        "Motion or amendment",
        vec![
            Question::lines("Text", text),
            Question::choice("Kind", MOTION_KINDS, kind),
            Question::person("Moved by", people.clone(), true, mover),
            Question::person("Seconded by", people, true, seconder),
            Question::choice("Seconded", SECONDED, usize::from(seconded)),
            Question::text("Amends (optional)", amends),
        ],
    )
}

pub fn blank(which: Which, context: &FormContext<'_>) -> Option<Schema> {
    Some(match which {
        Which::Moved => moved(context, "", 0, (None, None, false), ""),
        Which::Settled => {
            let motions: Vec<String> =
                moved_under(context.meeting, context.item.map(|i| i.as_str()))
                    .iter()
                    .map(|(id, text)| format!("{id}: {text}"))
                    .collect();
            let motions: Vec<&str> = motions.iter().map(String::as_str).collect();
            Schema::new(
                "Motion settled without a vote",
                vec![
                    Question::choice("Motion", &motions, motions.len().saturating_sub(1)),
                    Question::choice("Outcome", OUTCOMES, 0),
                ],
            )
        }
    })
}

pub fn build(
    which: Which,
    answers: &dyn Answers,
    context: &FormContext<'_>,
) -> Result<Event, String> {
    let meeting = context.meeting;
    Ok(match which {
        Which::Moved => {
            // A correction keeps the motion's handle, which its votes refer to.
            let id = if let Some(Event::Motion { id, .. }) = context.editing.map(|r| &r.event) {
                id.clone()
            } else {
                next_motion_id(meeting)
            };
            Event::Motion {
                id,
                text: super::form::required(answers, 0)?,
                kind: match answers.choice(1) {
                    1 => MotionKind::FormalAmendment,
                    2 => MotionKind::FriendlyAmendment,
                    _ => MotionKind::Substantive,
                },
                mover: answers.person(2)?,
                seconder: answers.person(3)?,
                seconded: answers.choice(4) == 1,
                amends: super::form::optional(answers, 5),
            }
        }
        Which::Settled => {
            let motions = moved_under(meeting, context.item.map(|i| i.as_str()));
            let (motion, _) = motions
                .get(answers.choice(0))
                .ok_or("no motion has been moved on this item")?;
            Event::MotionSettled {
                motion: motion.clone(),
                outcome: match answers.choice(1) {
                    1 => Outcome::Incorporated,
                    2 => Outcome::Carried,
                    3 => Outcome::Lost,
                    4 => Outcome::AcceptedByMover,
                    _ => Outcome::Withdrawn,
                },
            }
        }
    })
}
