//! Large, made-up meetings for benchmarks and stress tests: every kind of record, all
//! references sound, the same meeting for the same size every time.

use chrono::{NaiveDate, NaiveTime};

use crate::model::{
    AgendaItem, Body, Capacity, Clause, Count, Event, EventKind, InterestKind, ItemId, ItemKind,
    Leaving, Meeting, Money, MotionKind, NoteKind, Office, Outcome, Pages, Part, Payment, Person,
    PersonId, PersonKind, Record, Side, Voting,
};

mod series;

pub use series::{committee_series, series_attendance, series_progress};

/// A small, fixed pseudo-random sequence, so generated meetings never change between runs.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, bound: usize) -> usize {
        if bound == 0 {
            return 0;
        }
        (self.next() % bound as u64) as usize
    }
}

const WORDS: &[&str] = &[
    "the",
    "committee",
    "report",
    "noted",
    "budget",
    "school",
    "highways",
    "consultation",
    "officers",
    "members",
    "approved",
    "Council’s",
    "strategy",
    "2026/27",
    "£1.2m",
    "ward",
    "residents",
    "é",
    "written",
    "response",
    "provided",
    "recommendation",
    "Appendix",
];

fn sentence(sequence: &mut Sequence, words: usize) -> String {
    let mut text: Vec<&str> = (0..words)
        .map(|_| WORDS[sequence.below(WORDS.len())])
        .collect();
    if let Some(first) = text.first_mut() {
        *first = "The";
    }
    format!("{}.", text.join(" "))
}

/// A meeting with the given numbers of agenda items, people and records.
pub fn large_meeting(items: usize, people: usize, records: usize) -> Meeting {
    let mut sequence = Sequence(0x5EED_CAFE_F00D_1234);
    let body = Body {
        council: Some("Generated Borough Council".into()),
        ..Body::named("Generated Scrutiny Committee")
    };
    let date = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default();
    let mut meeting = Meeting::new(body, date, "Council Chamber, Town Hall", 1);
    meeting.time = NaiveTime::from_hms_opt(10, 0, 0);
    meeting.people = (0..people.max(1))
        .map(|index| generated_person(index, people))
        .collect();
    meeting.agenda = (0..items.max(1)).map(generated_item).collect();

    let member_ids: Vec<PersonId> = meeting
        .people
        .iter()
        .filter(|p| p.kind == PersonKind::Member)
        .map(|p| p.id.clone())
        .collect();
    let item_ids: Vec<ItemId> = meeting.agenda.iter().map(|i| i.id.clone()).collect();
    let mut out = Vec::with_capacity(records);
    let mut minutes_since_start = 0u32;
    let mut motions = 0usize;
    out.push(Record::new(
        NaiveTime::from_hms_opt(10, 0, 0),
        None,
        Event::Commenced,
    ));
    for person in &meeting.people {
        out.push(Record::new(
            None,
            None,
            Event::Present {
                person: person.id.clone(),
            },
        ));
    }
    // One record of every kind first, so that nothing made from this meeting misses a kind.
    for kind in EventKind::ALL {
        if let Some(event) = example(*kind, &member_ids, &item_ids[0]) {
            out.push(Record::new(None, Some(item_ids[0].clone()), event));
        }
    }
    let mut index = 0usize;
    while out.len() < records.saturating_sub(1) {
        let item = &item_ids[(index * item_ids.len()) / records.max(1)];
        let member = &member_ids[sequence.below(member_ids.len())];
        let event = match sequence.below(12) {
            0 => Event::Left {
                person: member.clone(),
                how: Leaving::DuringItem,
            },
            1 => Event::Returned {
                person: member.clone(),
            },
            2 => Event::Declaration {
                person: member.clone(),
                items: vec![item.clone()],
                applications: Vec::new(),
                kind: InterestKind::NonPecuniary,
                words: sentence(&mut sequence, 8),
                will_leave: false,
                may_speak_first: false,
                dispensation: None,
            },
            3 => Event::Action {
                text: sentence(&mut sequence, 12),
                owner: Some(member.clone()),
            },
            4 => {
                motions += 1;
                Event::Motion {
                    id: format!("motion-{motions}").into(),
                    kind: MotionKind::FormalAmendment,
                    text: sentence(&mut sequence, 20),
                    mover: Some(member.clone()),
                    seconder: Some(member_ids[sequence.below(member_ids.len())].clone()),
                    seconded: true,
                    amends: None,
                }
            }
            5 if motions > 0 => Event::MotionSettled {
                motion: format!("motion-{motions}").into(),
                outcome: Outcome::Withdrawn,
            },
            6 => Event::Vote {
                motion: None,
                count: Count::ShowOfHands {
                    in_favour: 5,
                    against: 5,
                    abstentions: 1,
                    named_against: Vec::new(),
                    named_abstaining: Vec::new(),
                },
                casting: Some(Side::For),
            },
            7 => Event::Resolved {
                preamble: Some("That the committee:".into()),
                clauses: vec![
                    Clause {
                        label: Some("1.".into()),
                        text: sentence(&mut sequence, 15),
                        clauses: vec![Clause {
                            label: Some("(i)".into()),
                            text: sentence(&mut sequence, 10),
                            clauses: Vec::new(),
                        }],
                    },
                    Clause {
                        label: Some("2.".into()),
                        text: sentence(&mut sequence, 15),
                        clauses: Vec::new(),
                    },
                ],
                reasons: None,
                rejected: None,
            },
            8 => Event::Vote {
                motion: None,
                count: Count::Recorded {
                    in_favour: member_ids.iter().take(3).cloned().collect(),
                    against: member_ids.iter().skip(3).take(2).cloned().collect(),
                    abstentions: Vec::new(),
                },
                casting: None,
            },
            _ => Event::Note {
                kind: NoteKind::Narrative,
                text: sentence(&mut sequence, 40),
                by: None,
            },
        };
        minutes_since_start =
            minutes_since_start.saturating_add(u32::from(index.is_multiple_of(4)));
        let at = NaiveTime::from_hms_opt(10, 0, 0).map(|start| {
            start + chrono::TimeDelta::minutes(i64::from(minutes_since_start.min(13 * 60)))
        });
        out.push(Record::new(at, Some(item.clone()), event));
        index += 1;
    }
    out.push(Record::new(
        NaiveTime::from_hms_opt(23, 30, 0),
        None,
        Event::Concluded,
    ));
    meeting.records = out;
    meeting.give_records_ids();
    meeting
}

/// A record of the given kind, about the first members; none for the kinds the meeting's own
/// opening and close already make. Naming every kind, it cannot leave a new one out.
fn example(kind: EventKind, members: &[PersonId], item: &ItemId) -> Option<Event> {
    let first = members.first()?.clone();
    let second = members.get(1).unwrap_or(&first).clone();
    Some(match kind {
        EventKind::Commenced | EventKind::Concluded | EventKind::Present => return None,
        EventKind::AttendingVirtually => Event::AttendingVirtually { person: second },
        EventKind::Apologies => Event::Apologies {
            person: second,
            reason: Some("owing to work commitments".into()),
        },
        EventKind::Absent => Event::Absent { person: second },
        EventKind::Substitute => Event::Substitute {
            person: first,
            for_member: Some(second),
        },
        EventKind::ArrivedLate => Event::ArrivedLate { person: second },
        EventKind::InTheChair => Event::InTheChair { person: first },
        EventKind::Appointed => Event::Appointed {
            person: first,
            office: Office::Chair,
            term: Some("the municipal year 2026/27".into()),
            for_meeting: false,
        },
        EventKind::Left => Event::Left {
            person: second,
            how: Leaving::BeforeDebateAndVote,
        },
        EventKind::Returned => Event::Returned { person: second },
        EventKind::Declaration => Event::Declaration {
            person: first,
            items: vec![item.clone()],
            applications: Vec::new(),
            kind: InterestKind::DisclosablePecuniary,
            words: "as a governor of a school named in the report".into(),
            will_leave: true,
            may_speak_first: true,
            dispensation: None,
        },
        EventKind::Adjourned => Event::Adjourned {
            reason: Some("a short break".into()),
        },
        EventKind::Reconvened => Event::Reconvened,
        EventKind::Note => Event::Note {
            kind: NoteKind::Question,
            text: "A question was asked about the timetable.".into(),
            by: Some(first),
        },
        EventKind::Action => Event::Action {
            text: "A written response to be provided.".into(),
            owner: None,
        },
        EventKind::Motion => Event::Motion {
            id: "motion-0".into(),
            kind: MotionKind::FriendlyAmendment,
            text: "That the report be noted.".into(),
            mover: Some(first),
            seconder: None,
            seconded: false,
            amends: None,
        },
        EventKind::MotionSettled => Event::MotionSettled {
            motion: "motion-0".into(),
            outcome: Outcome::AcceptedByMover,
        },
        EventKind::Vote => Event::Vote {
            motion: None,
            count: Count::Unanimous,
            casting: None,
        },
        EventKind::Resolved => Event::Resolved {
            preamble: None,
            clauses: vec![Clause {
                label: None,
                text: "That the report be noted.".into(),
                clauses: Vec::new(),
            }],
            reasons: None,
            rejected: None,
        },
        EventKind::Excluded => Event::Excluded {
            paragraphs: vec![3],
            wording: None,
        },
        EventKind::Readmitted => Event::Readmitted,
        EventKind::CoOpted => Event::CoOpted {
            person: second,
            accepted: true,
        },
        EventKind::PublicPresent => Event::PublicPresent { count: 4 },
        EventKind::Spoke => Event::Spoke {
            name: "Mr A Resident".into(),
            capacity: Capacity::Objector,
            about: "the loss of light to his garden".into(),
        },
        EventKind::Application => Event::Application {
            reference: "26/00412/HOUSE".into(),
            site: "4 Mill Cottages, Mill Lane".into(),
            proposal: "A single storey rear extension".into(),
            ward: Some("Mill".into()),
            recommendation: Some("approval subject to conditions".into()),
        },
        EventKind::Payments => Event::Payments {
            receipts: false,
            entries: vec![Payment {
                payee: "Village Hall Trust".into(),
                details: "hall hire".into(),
                amount: Money::from_pence(4_500),
                vat: None,
                reference: Some("BACS 1201".into()),
            }],
        },
        EventKind::Precept => Event::Precept {
            year: "2027/28".into(),
            amount: Money::from_pence(3_250_000),
        },
        EventKind::AbsenceApproved => Event::AbsenceApproved {
            person: second,
            reason: "owing to illness".into(),
            until: chrono::NaiveDate::from_ymd_opt(2026, 9, 30),
        },
    })
}

fn generated_person(index: usize, total: usize) -> Person {
    // Two thirds members, the rest officers and guests.
    let (kind, role) = if index < total * 2 / 3 {
        (PersonKind::Member, None)
    } else if index.is_multiple_of(2) {
        (
            PersonKind::Officer,
            Some(format!("Head of Service {index}")),
        )
    } else {
        (PersonKind::Other, None)
    };
    Person {
        id: format!("person-{index}").into(),
        name: format!("A Person{index}"),
        title: (kind == PersonKind::Member).then(|| "Councillor".to_string()),
        aliases: vec![format!("Person{index}")],
        kind,
        office: match index {
            0 => Office::Chair,
            1 => Office::ViceChair,
            _ => Office::Member,
        },
        voting: if index % 7 == 6 {
            Voting::NonVoting
        } else {
            Voting::Voting
        },
        role,
        organisation: None,
        group: None,
        lay: false,
    }
}

fn generated_item(index: usize) -> AgendaItem {
    let first = u32::try_from(index * 10 + 1).unwrap_or(u32::MAX);
    let item = AgendaItem {
        pages: Some(Pages {
            first,
            last: first.saturating_add(9),
        }),
        verbal: index.is_multiple_of(11),
        description: Some(format!("To consider generated report {}.", index + 1)),
        ..AgendaItem::new(
            format!("item-{}", index + 1),
            Some((index + 1).to_string()),
            format!("Generated Report Number {} – Update", index + 1),
        )
    };
    if index % 50 == 49 {
        item.in_private(vec![3])
    } else {
        item
    }
}

/// How a member attends a meeting of a generated series, by a rule a test can work out for
/// itself: apologies when `meeting + member` is a multiple of 7, by video link when of 11,
/// absent when of 13, otherwise present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesAttendance {
    Present,
    Virtually,
    Apologies,
    Absent,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_large_meeting_holds_every_kind_of_record() {
        let meeting = large_meeting(12, 12, 200);
        let made: std::collections::HashSet<EventKind> =
            meeting.records.iter().map(|r| r.event.kind()).collect();
        let missing: Vec<_> = EventKind::ALL
            .iter()
            .filter(|k| !made.contains(k))
            .collect();
        assert!(missing.is_empty(), "never made: {missing:?}");
        assert!(crate::check::errors(&meeting).is_empty());
    }
}
