//! Vote arithmetic: whether a motion was carried and whether a vote's figures fit the room.

use super::{Count, PersonId, Side};

/// What a vote decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteResult {
    Carried,
    Lost,
    /// Equal votes and no casting vote recorded yet.
    Tied,
}

/// Why a vote's figures cannot be right for the members who could vote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Misfit {
    /// More votes cast than members able to vote.
    TooManyVotes { cast: u32, eligible: u32 },
    /// A recorded vote names someone who could not vote on it.
    NotEligible(PersonId),
    /// A vote names someone twice.
    NamedTwice(PersonId),
    /// More members named on a side than the figures count on it.
    MoreNamedThanCounted { named: u32, counted: u32 },
}

impl Count {
    /// Votes for, against and abstaining; a unanimous vote, and equal votes whose figures
    /// were not given, have none.
    pub fn figures(&self) -> Option<(u32, u32, u32)> {
        match self {
            Count::Unanimous | Count::Equal => None,
            Count::ShowOfHands {
                in_favour,
                against,
                abstentions,
                ..
            } => Some((*in_favour, *against, *abstentions)),
            Count::Recorded {
                in_favour,
                against,
                abstentions,
            } => Some((
                count_names(in_favour),
                count_names(against),
                count_names(abstentions),
            )),
        }
    }

    /// What the vote decided, taking the Chair's casting vote on a tie.
    pub fn result(&self, casting: Option<Side>) -> VoteResult {
        let order = match (self, self.figures()) {
            (Count::Equal, _) => std::cmp::Ordering::Equal,
            (_, Some((in_favour, against, _))) => in_favour.cmp(&against),
            (_, None) => return VoteResult::Carried,
        };
        match order {
            std::cmp::Ordering::Greater => VoteResult::Carried,
            std::cmp::Ordering::Less => VoteResult::Lost,
            std::cmp::Ordering::Equal => match casting {
                Some(Side::For) => VoteResult::Carried,
                Some(Side::Against) => VoteResult::Lost,
                None => VoteResult::Tied,
            },
        }
    }

    /// True when the votes for and against are equal, so the Chair must give a casting vote.
    pub fn is_tied(&self) -> bool {
        matches!(self, Count::Equal) || self.figures().is_some_and(|(f, a, _)| f == a)
    }

    /// Every way the figures fail to fit the ids of the members who could vote. With no
    /// attendance recorded (`None`: minutes written up from notes), nobody is known to be in
    /// the room or out of it, so only a name given twice can be wrong.
    pub fn misfits(&self, eligible: Option<&[&str]>) -> Vec<Misfit> {
        let mut found = Vec::new();
        let eligible_count = eligible.map(|e| u32::try_from(e.len()).unwrap_or(u32::MAX));
        if let (Some((f, a, s)), Some(eligible_count)) = (self.figures(), eligible_count) {
            let cast = f.saturating_add(a).saturating_add(s);
            if cast > eligible_count {
                found.push(Misfit::TooManyVotes {
                    cast,
                    eligible: eligible_count,
                });
            }
        }
        if let Count::ShowOfHands {
            against,
            abstentions,
            named_against,
            named_abstaining,
            ..
        } = self
        {
            for (named, counted) in [(named_against, *against), (named_abstaining, *abstentions)] {
                if count_names(named) > counted {
                    found.push(Misfit::MoreNamedThanCounted {
                        named: count_names(named),
                        counted,
                    });
                }
            }
        }
        let mut seen: Vec<&str> = Vec::new();
        for name in self.named() {
            if seen.contains(&name.as_str()) {
                found.push(Misfit::NamedTwice(name.clone()));
                continue;
            }
            seen.push(name);
            if eligible.is_some_and(|e| !e.contains(&name.as_str())) {
                found.push(Misfit::NotEligible(name.clone()));
            }
        }
        found
    }

    /// Everyone the vote names, on whichever side.
    pub fn named(&self) -> Vec<&PersonId> {
        match self {
            Count::Unanimous | Count::Equal => Vec::new(),
            Count::ShowOfHands {
                named_against,
                named_abstaining,
                ..
            } => named_against.iter().chain(named_abstaining).collect(),
            Count::Recorded {
                in_favour,
                against,
                abstentions,
            } => in_favour.iter().chain(against).chain(abstentions).collect(),
        }
    }
}

impl Misfit {
    /// What is wrong, in one sentence for the clerk; `name` names a member by their id. The
    /// vote form and `check` both say it so.
    pub fn describe(&self, name: &dyn Fn(&str) -> String) -> String {
        match self {
            Misfit::TooManyVotes { cast, eligible } => format!(
                "{cast} votes were counted, but only {eligible} member{} could vote at this point",
                if *eligible == 1 { "" } else { "s" }
            ),
            Misfit::NamedTwice(id) => format!("{} is named twice in this vote", name(id)),
            Misfit::MoreNamedThanCounted { named, counted } => {
                format!("{named} members are named on a side the figures count as {counted}")
            }
            Misfit::NotEligible(id) => format!(
                "{} is recorded voting but was not in the room with a vote",
                name(id)
            ),
        }
    }
}

fn count_names(names: &[PersonId]) -> u32 {
    u32::try_from(names.len()).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hands(f: u32, a: u32, s: u32) -> Count {
        Count::ShowOfHands {
            in_favour: f,
            against: a,
            abstentions: s,
            named_against: Vec::new(),
            named_abstaining: Vec::new(),
        }
    }

    #[test]
    fn more_for_than_against_carries() {
        assert_eq!(hands(7, 4, 1).result(None), VoteResult::Carried);
        assert_eq!(hands(3, 5, 0).result(None), VoteResult::Lost);
        assert_eq!(Count::Unanimous.result(None), VoteResult::Carried);
    }

    #[test]
    fn a_tie_waits_for_the_casting_vote() {
        assert!(hands(4, 4, 2).is_tied());
        assert_eq!(hands(4, 4, 2).result(None), VoteResult::Tied);
        assert_eq!(hands(4, 4, 2).result(Some(Side::For)), VoteResult::Carried);
        assert_eq!(hands(4, 4, 2).result(Some(Side::Against)), VoteResult::Lost);
    }

    #[test]
    fn equal_votes_without_figures_are_decided_by_the_casting_vote_alone() {
        assert!(Count::Equal.is_tied());
        assert_eq!(Count::Equal.figures(), None);
        assert_eq!(Count::Equal.result(None), VoteResult::Tied);
        assert_eq!(Count::Equal.result(Some(Side::For)), VoteResult::Carried);
        assert_eq!(Count::Equal.result(Some(Side::Against)), VoteResult::Lost);
        // Nobody is counted, so no room is too small for it.
        assert_eq!(Count::Equal.misfits(Some(&[])), vec![]);
    }

    #[test]
    fn figures_beyond_the_room_do_not_fit() {
        let eligible: &[&str] = &["a", "b", "c"];
        assert_eq!(hands(2, 1, 0).misfits(Some(eligible)), vec![]);
        assert_eq!(
            hands(2, 1, 1).misfits(Some(eligible)),
            vec![Misfit::TooManyVotes {
                cast: 4,
                eligible: 3
            }]
        );
        // With no attendance recorded, nobody knows how many could vote.
        assert_eq!(hands(7, 3, 1).misfits(None), vec![]);
    }

    #[test]
    fn a_recorded_vote_names_only_eligible_members_once() {
        let recorded = Count::Recorded {
            in_favour: vec!["a".into(), "z".into()],
            against: vec!["a".into()],
            abstentions: vec![],
        };
        assert_eq!(
            recorded.misfits(Some(&["a", "b"])),
            vec![
                Misfit::TooManyVotes {
                    cast: 3,
                    eligible: 2
                },
                Misfit::NotEligible("z".into()),
                Misfit::NamedTwice("a".into()),
            ]
        );
        assert_eq!(recorded.misfits(None), vec![Misfit::NamedTwice("a".into())]);
    }
}
