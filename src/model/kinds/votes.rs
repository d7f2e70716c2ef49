//! Votes: unanimous, a show of hands, or a recorded vote naming each member, with the Chair's
//! casting vote on a tie. Whether a vote carried is worked out from its figures.

use super::form::Schema;
use super::motions::{kind_of, word_for};
use super::{FormContext, InMinute, Kind, Motions, Public, name};
use crate::model::said::{Key, Phrase, Said, Slot};
use crate::model::{
    Count, Event, ItemId, Meeting, MotionId, MotionKind, Outcome, PersonId, Record, Room, Side,
    VoteResult,
};

pub struct Vote<'e> {
    pub motion: Option<&'e MotionId>,
    pub count: &'e Count,
    pub casting: Option<Side>,
}

/// The count as the screen shows it.
pub fn count_line(meeting: &Meeting, count: &Count, casting: Option<Side>) -> String {
    let result = match count.result(casting) {
        VoteResult::Carried => "carried",
        VoteResult::Lost => "lost",
        VoteResult::Tied => "tied",
    };
    let casting = match casting {
        Some(Side::For) => "; the Chair's casting vote for",
        Some(Side::Against) => "; the Chair's casting vote against",
        None => "",
    };
    match count {
        Count::Unanimous => "unanimous — carried".into(),
        Count::Equal => format!("votes equal, no figures{casting} — {result}"),
        Count::ShowOfHands {
            in_favour,
            against,
            abstentions,
            named_against,
            named_abstaining,
        } => {
            let named = |label: &str, ids: &[PersonId]| {
                if ids.is_empty() {
                    String::new()
                } else {
                    let names: Vec<String> = ids.iter().map(|id| name(meeting, id)).collect();
                    format!(" ({label} {})", names.join(", "))
                }
            };
            format!(
                "{in_favour} for, {against} against{}, {abstentions} abstaining{}{casting} — {result}",
                named("named:", named_against),
                named("named:", named_abstaining)
            )
        }
        Count::Recorded {
            in_favour,
            against,
            abstentions,
        } => {
            let names = |ids: &[PersonId]| {
                if ids.is_empty() {
                    "none".to_string()
                } else {
                    ids.iter()
                        .map(|id| name(meeting, id))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            };
            format!(
                "recorded: for {}; against {}; abstaining {}{casting} — {result}",
                names(in_favour),
                names(against),
                names(abstentions)
            )
        }
    }
}

/// The figures of a vote, in the order its result reads: for first when carried, and as the
/// house style words a loss ("defeated 7-3") when lost.
pub fn figures(f: u32, a: u32, s: u32, lost: bool) -> Phrase {
    Phrase::new(if lost { Key::FiguresLost } else { Key::Figures })
        .with("for", Slot::Number(f))
        .with("against", Slot::Number(a))
        .maybe("abstentions", abstentions(s))
}

/// "1 abstention", "3 abstentions", or nothing for none.
pub fn abstentions(count: u32) -> Option<Slot> {
    match count {
        0 => None,
        1 => Some(Slot::Phrase(Box::new(Phrase::new(Key::OneAbstention)))),
        n => Some(Slot::Phrase(Box::new(
            Phrase::new(Key::Abstentions).with("count", Slot::Number(n)),
        ))),
    }
}

/// What a vote was on, as the minutes name it: the motion or amendment named; the substantive
/// motion as amended once an amendment to it has been carried or accepted; else the
/// recommendations.
pub fn voted_on(minute: &InMinute<'_>, motion: Option<&MotionId>) -> Phrase {
    let is_amendment = |m: &MotionId| {
        matches!(
            kind_of(minute.meeting, m),
            Some(MotionKind::FormalAmendment | MotionKind::FriendlyAmendment)
        )
    };
    if let Some(motion) = motion.filter(|m| is_amendment(m)) {
        return word_for(minute.meeting, motion);
    }
    let amended = minute.earlier().any(|event| match event {
        Event::MotionSettled { motion, outcome } => {
            is_amendment(motion) && *outcome != Outcome::Lost && *outcome != Outcome::Withdrawn
        }
        Event::Vote {
            motion: Some(motion),
            count,
            casting,
        } => is_amendment(motion) && count.result(*casting) == VoteResult::Carried,
        _ => false,
    });
    match (amended, motion) {
        (true, _) => Phrase::new(Key::SubstantiveAsAmendedWord),
        (false, Some(motion)) => word_for(minute.meeting, motion),
        (false, None) => Phrase::new(Key::RecommendationWord),
    }
}

/// The names in a recorded vote, as the minutes list them, after the sentence that says one
/// was taken on `what`.
pub fn recorded(count: &Count, what: Phrase) -> Vec<Said> {
    let Count::Recorded {
        in_favour,
        against,
        abstentions,
    } = count
    else {
        return Vec::new();
    };
    vec![
        Said::Paragraph(Phrase::new(Key::RecordedVote).phrase("what", what)),
        Said::RecordedVote {
            in_favour: in_favour.clone(),
            against: against.clone(),
            abstaining: abstentions.clone(),
        },
    ]
}

/// Those a show of hands names against and abstaining, as a sentence after the result.
pub fn dissenters(count: &Count) -> Option<Said> {
    let Count::ShowOfHands {
        named_against,
        named_abstaining,
        ..
    } = count
    else {
        return None;
    };
    if named_against.is_empty() && named_abstaining.is_empty() {
        return None;
    }
    let side = |ids: &Vec<PersonId>| (!ids.is_empty()).then(|| Slot::Councillors(ids.clone()));
    Some(Said::Paragraph(
        Phrase::new(Key::Dissenters)
            .maybe("against", side(named_against))
            .maybe("abstaining", side(named_abstaining)),
    ))
}

impl Vote<'_> {
    /// Whether this vote carried what the next RESOLVED records, which then shows its result.
    fn leads_to_resolution(&self, minute: &InMinute<'_>) -> bool {
        crate::model::carried::decision_carried(minute.records, minute.at)
            .is_some_and(|at| matches!(minute.records[at].event, Event::Resolved { .. }))
    }
}

impl<'e> Kind<'e> for Vote<'e> {
    fn people(&self) -> Vec<&'e PersonId> {
        self.count.named()
    }

    fn items(&self) -> Vec<&'e ItemId> {
        Vec::new()
    }

    fn motions(&self) -> Motions<'e> {
        Motions {
            moves: None,
            refers_to: self.motion,
        }
    }

    fn unsound(&self) -> Option<String> {
        None
    }

    fn enter(&self, _room: &mut Room<'_>) {}

    fn decides(&self) -> bool {
        true
    }

    fn public(&self) -> Option<Public> {
        None
    }

    fn line(&self, meeting: &Meeting, _record: &Record) -> String {
        let on = self.motion.map_or_else(
            || "the recommendations".to_string(),
            |m| super::motions::called(meeting, m),
        );
        format!(
            "Vote on {on}: {}",
            count_line(meeting, self.count, self.casting)
        )
    }

    fn said(&self, minute: &InMinute<'_>) -> Vec<Said> {
        if self.leads_to_resolution(minute) {
            return Vec::new();
        }
        let what = voted_on(minute, self.motion);
        let outcome = Phrase::new(match self.count.result(self.casting) {
            VoteResult::Carried => Key::CarriedWord,
            VoteResult::Lost => Key::LostWord,
            VoteResult::Tied => Key::TiedWord,
        });
        let mut said = recorded(self.count, what.clone());
        let chair = Slot::Office(crate::model::Office::Chair);
        let sentence = match (self.count, self.count.figures(), self.casting) {
            (Count::Equal, _, _) => Phrase::new(Key::VoteCastingEqual)
                .phrase("what", what)
                .phrase("outcome", outcome)
                .with("chair", chair),
            (_, None, _) => Phrase::new(Key::VoteUnanimous).phrase("what", what),
            (_, Some((f, a, s)), casting) => {
                let lost = self.count.result(self.casting) == VoteResult::Lost;
                let figures = figures(f, a, s, lost);
                let key = if casting.is_some() {
                    Key::VoteCasting
                } else {
                    Key::VoteCounted
                };
                Phrase::new(key)
                    .phrase("what", what)
                    .phrase("outcome", outcome)
                    .phrase("figures", figures)
                    .with("chair", chair)
            }
        };
        said.push(Said::Paragraph(sentence));
        said.extend(dissenters(self.count));
        said
    }

    /// Votes are corrected in the vote form.
    fn form(&self, _context: &FormContext<'_>) -> Option<Schema> {
        None
    }
}
