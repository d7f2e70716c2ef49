//! Large, made-up meetings for benchmarks and stress tests: every kind of record, all
//! references sound, the same meeting for the same size every time.

use chrono::{NaiveDate, NaiveTime};

use crate::model::{
    AgendaItem, Body, BodyKind, ChairTitle, Clause, Count, Event, InterestKind, ItemId, ItemKind,
    Leaving, Meeting, MotionKind, NoteKind, Office, Outcome, Pages, Part, Person, PersonId,
    PersonKind, Record, Side, Voting,
};

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
        name: "Generated Scrutiny Committee".into(),
        kind: BodyKind::Committee,
        council: Some("Generated Borough Council".into()),
        chair_title: ChairTitle::Chair,
        quorum: None,
        clock: Default::default(),
        style: None,
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
                kind: InterestKind::NonPecuniary,
                words: sentence(&mut sequence, 8),
                will_leave: false,
                may_speak_first: false,
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
    }
}

fn generated_item(index: usize) -> AgendaItem {
    let first = u32::try_from(index * 10 + 1).unwrap_or(u32::MAX);
    AgendaItem {
        id: format!("item-{}", index + 1).into(),
        number: Some((index + 1).to_string()),
        title: format!("Generated Report Number {} – Update", index + 1),
        pages: Some(Pages {
            first,
            last: first.saturating_add(9),
        }),
        verbal: index.is_multiple_of(11),
        description: Some(format!("To consider generated report {}.", index + 1)),
        part: if index % 50 == 49 {
            Part::Two
        } else {
            Part::One
        },
        exempt_paragraphs: if index % 50 == 49 {
            vec![3]
        } else {
            Vec::new()
        },
        kind: ItemKind::Report,
        withdrawn: None,
        arising: Vec::new(),
    }
}
