//! Which vote carried which resolution, so that the minutes print with a resolution the vote on
//! its own motion and never another's. A vote is on the motion it names, or on the item's
//! recommendations when it names none. A decision of an item runs from the item's last decision
//! (or the last planning application taken) to the record that resolves it; within it, the
//! resolution resolves the last substantive motion moved, or the recommendations when none was,
//! and was carried by the last vote on that, if that vote carried. An amendment's vote never
//! carries a resolution: an amendment carried changes the motion, which is voted on in its turn.

use super::{Event, MotionId, MotionKind, Outcome, Record, VoteResult};

/// Whether the record makes a decision of its own: what was RESOLVED, a member co-opted, the
/// precept set, a member's absence approved.
pub fn resolves(event: &Event) -> bool {
    matches!(
        event,
        Event::Resolved { .. }
            | Event::CoOpted { .. }
            | Event::Precept { .. }
            | Event::AbsenceApproved { .. }
    )
}

/// Whether the record closes the business before it: a decision, or a planning application
/// taken, which starts business of its own.
fn closes_business(event: &Event) -> bool {
    resolves(event) || matches!(event, Event::Application { .. })
}

/// Where the business that the record at `at` belongs to began among an item's records: just
/// after the last decision or application before it.
pub fn business_start(records: &[&Record], at: usize) -> usize {
    records[..at.min(records.len())]
        .iter()
        .rposition(|r| closes_business(&r.event))
        .map_or(0, |i| i + 1)
}

/// The substantive motion that the decision at `at` resolves, by place: the last one moved in
/// its business, unless that motion was lost or withdrawn, when the record cannot say what was
/// resolved. None as well when no motion was moved: the recommendations were resolved.
pub fn resolved_motion(records: &[&Record], at: usize) -> Option<usize> {
    let start = business_start(records, at);
    let (offset, id) = last_motion(&records[start..at.min(records.len())])?;
    let defeated = records[start + offset..at].iter().any(|r| match &r.event {
        Event::Vote {
            motion: Some(on),
            count,
            casting,
        } => on == id && count.result(*casting) != VoteResult::Carried,
        Event::MotionSettled { motion, outcome } => {
            motion == id && matches!(outcome, Outcome::Lost | Outcome::Withdrawn)
        }
        _ => false,
    });
    (!defeated).then_some(start + offset)
}

/// The last substantive motion moved among the records, with its place.
fn last_motion<'r>(records: &[&'r Record]) -> Option<(usize, &'r MotionId)> {
    records
        .iter()
        .enumerate()
        .rev()
        .find_map(|(offset, r)| match &r.event {
            Event::Motion {
                id,
                kind: MotionKind::Substantive,
                ..
            } => Some((offset, id)),
            _ => None,
        })
}

/// The vote that carried the decision at `at` among an item's records (by place), if one did:
/// the last vote on what the decision resolves, when that vote carried.
pub fn carrying_vote(records: &[&Record], at: usize) -> Option<usize> {
    if !records.get(at).is_some_and(|r| resolves(&r.event)) {
        return None;
    }
    let start = business_start(records, at);
    let business = &records[start..at];
    // The last substantive motion moved since the business began; none means the
    // recommendations.
    let motion = last_motion(business).map(|(_, id)| id);
    let (offset, vote) = business.iter().enumerate().rev().find(
        |(_, r)| matches!(&r.event, Event::Vote { motion: on, .. } if on.as_ref() == motion),
    )?;
    let Event::Vote { count, casting, .. } = &vote.event else {
        return None;
    };
    (count.result(*casting) == VoteResult::Carried).then_some(start + offset)
}

/// The decision that the vote at `at` carried, by place among an item's records: the next
/// decision of the same business, when it was carried by this vote.
pub fn decision_carried(records: &[&Record], at: usize) -> Option<usize> {
    let next = records
        .iter()
        .enumerate()
        .skip(at + 1)
        .find(|(_, r)| closes_business(&r.event))
        .map(|(i, _)| i)?;
    (carrying_vote(records, next) == Some(at)).then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Count, Side};

    fn motion(id: &str, kind: MotionKind) -> Record {
        Record::new(
            None,
            Some("5".into()),
            Event::Motion {
                id: id.into(),
                kind,
                text: format!("That {id}"),
                mover: None,
                seconder: None,
                seconded: false,
                amends: None,
            },
        )
    }

    fn vote(on: Option<&str>, count: Count, casting: Option<Side>) -> Record {
        Record::new(
            None,
            Some("5".into()),
            Event::Vote {
                motion: on.map(MotionId::from),
                count,
                casting,
            },
        )
    }

    fn hands(f: u32, a: u32) -> Count {
        Count::ShowOfHands {
            in_favour: f,
            against: a,
            abstentions: 0,
            named_against: Vec::new(),
            named_abstaining: Vec::new(),
        }
    }

    fn resolved() -> Record {
        Record::new(
            None,
            Some("5".into()),
            Event::Resolved {
                preamble: None,
                clauses: Vec::new(),
                reasons: None,
                rejected: None,
            },
        )
    }

    #[test]
    fn an_amendments_vote_never_carries_the_resolution() {
        // The first amendment lost on the casting vote, the second carried, and the motion as
        // amended resolved without a vote of its own.
        let log = [
            motion("main", MotionKind::Substantive),
            motion("first", MotionKind::FormalAmendment),
            vote(Some("first"), hands(3, 3), Some(Side::Against)),
            motion("second", MotionKind::FormalAmendment),
            vote(Some("second"), hands(4, 2), None),
            resolved(),
        ];
        let records: Vec<&Record> = log.iter().collect();
        assert_eq!(carrying_vote(&records, 5), None);
        assert_eq!(resolved_motion(&records, 5), Some(0));
        assert_eq!(decision_carried(&records, 2), None);
        assert_eq!(decision_carried(&records, 4), None);
    }

    #[test]
    fn the_vote_on_the_motion_as_amended_carries_it() {
        let log = [
            motion("main", MotionKind::Substantive),
            motion("first", MotionKind::FormalAmendment),
            vote(Some("first"), hands(1, 2), None),
            vote(Some("main"), Count::Unanimous, None),
            resolved(),
        ];
        let records: Vec<&Record> = log.iter().collect();
        assert_eq!(carrying_vote(&records, 4), Some(3));
        assert_eq!(decision_carried(&records, 3), Some(4));
        assert_eq!(decision_carried(&records, 2), None);
    }

    #[test]
    fn a_lost_vote_carries_nothing_and_a_vote_on_the_recommendations_carries_them() {
        let lost = [
            motion("refuse", MotionKind::Substantive),
            vote(Some("refuse"), hands(2, 5), None),
            resolved(),
        ];
        let records: Vec<&Record> = lost.iter().collect();
        assert_eq!(carrying_vote(&records, 2), None);
        assert_eq!(resolved_motion(&records, 2), None, "the motion lost");
        let recommendations = [
            motion("amend", MotionKind::FormalAmendment),
            vote(Some("amend"), hands(2, 5), None),
            vote(None, Count::Equal, Some(Side::For)),
            resolved(),
        ];
        let records: Vec<&Record> = recommendations.iter().collect();
        assert_eq!(carrying_vote(&records, 3), Some(2));
    }

    #[test]
    fn each_decision_takes_only_the_votes_of_its_own_business() {
        let log = [
            vote(None, hands(5, 1), None),
            resolved(),
            motion("second", MotionKind::Substantive),
            resolved(),
        ];
        let records: Vec<&Record> = log.iter().collect();
        assert_eq!(carrying_vote(&records, 1), Some(0));
        assert_eq!(carrying_vote(&records, 3), None);
    }
}
