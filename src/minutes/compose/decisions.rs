//! Decisions as one sentence, where the house style joins them: the substantive motion's mover
//! and seconder, the vote that carried it, and any amendment lost on the way go into the
//! resolution's own sentence ("It was proposed by Cllr A, seconded by Cllr B and RESOLVED
//! unanimously that …"), and are not printed again on their own.

use std::collections::{HashMap, HashSet};

use super::Builder;
use crate::model::carried;
use crate::model::kinds::votes::figures;
use crate::model::said::{Key, Phrase, Slot};
use crate::model::{
    Count, Event, MotionId, MotionKind, Office, Record, RecordId, Side, VoteResult,
};

/// The records folded into a resolution's sentence, and each resolution's sentence.
#[derive(Default)]
pub(super) struct Joined {
    pub folded: HashSet<RecordId>,
    /// Folded records that give the sentence nothing: a motion naming no mover or seconder.
    pub said_nothing: HashSet<RecordId>,
    pub markers: HashMap<RecordId, Phrase>,
}

/// What a decision was made from: the motion it resolves, the vote that carried it, and the
/// amendments lost on a vote on the way.
#[derive(Default, Clone)]
struct Since<'r> {
    motion: Option<&'r Record>,
    vote: Option<&'r Record>,
    /// Amendments lost on a vote: the amendment and the vote.
    lost: Vec<(&'r Record, &'r Record)>,
}

impl<'r> Since<'r> {
    /// What the decision at `at` among an item's records was made from.
    fn of(records: &[&'r Record], at: usize) -> Since<'r> {
        let start = carried::business_start(records, at);
        let business = &records[start..at];
        let amendment = |id: &MotionId| {
            business.iter().copied().find(|r| {
                matches!(&r.event, Event::Motion { id: moved, kind, .. }
                    if moved == id && *kind != MotionKind::Substantive)
            })
        };
        let lost = business
            .iter()
            .filter_map(|vote| match &vote.event {
                Event::Vote {
                    motion: Some(on),
                    count,
                    casting,
                } if count.result(*casting) == VoteResult::Lost => {
                    amendment(on).map(|amendment| (amendment, *vote))
                }
                _ => None,
            })
            .collect();
        Since {
            motion: carried::resolved_motion(records, at).map(|i| records[i]),
            vote: carried::carrying_vote(records, at).map(|i| records[i]),
            lost,
        }
    }
}

impl Builder<'_> {
    /// The sentences the resolutions under an item take when decisions are printed together.
    pub(super) fn joined(&self, records: &[&Record]) -> Joined {
        let mut joined = Joined::default();
        for (at, record) in records.iter().enumerate() {
            if !carried::resolves(&record.event) {
                continue;
            }
            let since = Since::of(records, at);
            let sentence = self.together(&since, &mut joined.folded);
            // A motion whose mover and seconder the sentence does not say (none named, or a
            // style that names a seconder only with a mover) gives it nothing.
            if let Some(motion) = since.motion {
                let without = Since {
                    motion: None,
                    ..since
                };
                let alone = self.together(&without, &mut HashSet::new());
                if self.say(&alone) == self.say(&sentence) {
                    joined.said_nothing.insert(motion.id);
                }
            }
            joined.markers.insert(record.id, sentence);
        }
        joined
    }

    /// One resolution's sentence, folding in what it was made from.
    fn together(&self, since: &Since<'_>, folded: &mut HashSet<RecordId>) -> Phrase {
        let mut phrase = Phrase::new(Key::ResolvedTogether);
        if let Some(motion) = since.motion
            && let Event::Motion {
                mover, seconder, ..
            } = &motion.event
        {
            folded.insert(motion.id);
            phrase = phrase
                .maybe("mover", mover.clone().map(Slot::Person))
                .maybe("seconder", seconder.clone().map(Slot::Person));
        }
        if let Some(vote) = since.vote
            && let Event::Vote { count, casting, .. } = &vote.event
        {
            folded.insert(vote.id);
            phrase = phrase.phrase("vote", vote_words(count, *casting));
        }
        let lost: Vec<String> = since
            .lost
            .iter()
            .map(|(amendment, vote)| {
                folded.insert(amendment.id);
                folded.insert(vote.id);
                let words = match &vote.event {
                    Event::Vote { count, .. } => count
                        .figures()
                        .map(|(f, a, s)| figures(f, a, s, true))
                        .map(|figures| {
                            Phrase::new(Key::AmendmentLostWords).phrase("figures", figures)
                        }),
                    _ => None,
                };
                self.say(&words.unwrap_or_else(|| Phrase::new(Key::AmendmentLostWords)))
            })
            .collect();
        if !lost.is_empty() {
            phrase = phrase.text("amendments", lost.join(", "));
        }
        phrase
    }
}

/// How the vote is said inside the sentence: "unanimously", "by 8 votes to 0", "on the
/// Chair's casting vote".
fn vote_words(count: &Count, casting: Option<Side>) -> Phrase {
    match (count.figures(), casting) {
        (None, Some(_)) if *count == Count::Equal => {
            Phrase::new(Key::VoteWordsCasting).with("chair", Slot::Office(Office::Chair))
        }
        (None, _) => Phrase::new(Key::VoteWordsUnanimous),
        (Some((f, a, _)), Some(_)) => Phrase::new(Key::VoteWordsCasting)
            .with("for", Slot::Number(f))
            .with("against", Slot::Number(a))
            .with("chair", Slot::Office(Office::Chair)),
        (Some((f, a, s)), None) => Phrase::new(Key::VoteWordsCounted)
            .with("for", Slot::Number(f))
            .with("against", Slot::Number(a))
            .maybe("abstentions", crate::model::kinds::votes::abstentions(s))
            .phrase("figures", figures(f, a, s, false)),
    }
}
