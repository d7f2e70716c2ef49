//! A generator of any record, one kind at a time: each kind of record has its arm below, and the
//! match names every kind, so a new kind does not compile until the round trip can make it.

use minutebook::model::*;
use proptest::prelude::*;

use super::{clause, some_text, text};

/// Any event, naming people `p0..p{people}` and items `i0..i{items}`, of any kind with equal
/// chance. Motion handles are sorted out afterwards, once the order of records is known.
pub fn event(people: usize, items: usize) -> impl Strategy<Value = Event> {
    proptest::sample::select(EventKind::ALL)
        .prop_flat_map(move |kind| event_of(kind, people, items))
}

fn person(people: usize) -> BoxedStrategy<PersonId> {
    (0..people)
        .prop_map(|i| PersonId::from(format!("p{i}")))
        .boxed()
}

fn item(items: usize) -> BoxedStrategy<ItemId> {
    (0..items)
        .prop_map(|i| ItemId::from(format!("i{i}")))
        .boxed()
}

/// An event of this kind.
pub fn event_of(kind: EventKind, people: usize, items: usize) -> BoxedStrategy<Event> {
    let who = person(people);
    match kind {
        EventKind::Commenced => Just(Event::Commenced).boxed(),
        EventKind::Concluded => Just(Event::Concluded).boxed(),
        EventKind::Present => who.prop_map(|person| Event::Present { person }).boxed(),
        EventKind::AttendingVirtually => who
            .prop_map(|person| Event::AttendingVirtually { person })
            .boxed(),
        EventKind::Apologies => (who, some_text())
            .prop_map(|(person, reason)| Event::Apologies { person, reason })
            .boxed(),
        EventKind::Absent => who.prop_map(|person| Event::Absent { person }).boxed(),
        EventKind::Substitute => (who, proptest::option::of(person(people)))
            .prop_map(|(person, for_member)| Event::Substitute { person, for_member })
            .boxed(),
        EventKind::ArrivedLate => who.prop_map(|person| Event::ArrivedLate { person }).boxed(),
        EventKind::InTheChair => who.prop_map(|person| Event::InTheChair { person }).boxed(),
        EventKind::Appointed => (
            who,
            prop_oneof![Just(Office::Chair), Just(Office::ViceChair)],
            some_text(),
            any::<bool>(),
        )
            .prop_map(|(person, office, term, for_meeting)| Event::Appointed {
                person,
                office,
                term,
                for_meeting,
            })
            .boxed(),
        EventKind::Left => (
            who,
            prop_oneof![
                Just(Leaving::DuringItem),
                Just(Leaving::BeforeDebateAndVote),
                Just(Leaving::DidNotReturn)
            ],
        )
            .prop_map(|(person, how)| Event::Left { person, how })
            .boxed(),
        EventKind::Returned => who.prop_map(|person| Event::Returned { person }).boxed(),
        EventKind::Declaration => declaration(who, item(items)),
        EventKind::Adjourned => some_text()
            .prop_map(|reason| Event::Adjourned { reason })
            .boxed(),
        EventKind::Reconvened => Just(Event::Reconvened).boxed(),
        EventKind::Note => (
            prop_oneof![
                Just(NoteKind::Narrative),
                Just(NoteKind::Question),
                Just(NoteKind::Comment),
                Just(NoteKind::Response)
            ],
            text(),
            proptest::option::of(who),
        )
            .prop_map(|(kind, text, by)| Event::Note { kind, text, by })
            .boxed(),
        EventKind::Action => (text(), proptest::option::of(who))
            .prop_map(|(text, owner)| Event::Action { text, owner })
            .boxed(),
        EventKind::Motion => motion(people),
        EventKind::MotionSettled => prop_oneof![
            Just(Outcome::Carried),
            Just(Outcome::Lost),
            Just(Outcome::Withdrawn),
            Just(Outcome::Incorporated),
            Just(Outcome::AcceptedByMover)
        ]
        .prop_map(|outcome| Event::MotionSettled {
            motion: MotionId::default(),
            outcome,
        })
        .boxed(),
        EventKind::Vote => vote(people),
        EventKind::Resolved => (some_text(), proptest::collection::vec(clause(2), 0..3))
            .prop_map(|(preamble, clauses)| Event::Resolved {
                preamble,
                clauses,
                reasons: None,
                rejected: None,
            })
            .boxed(),
        EventKind::Excluded => (proptest::collection::vec(1u8..=7, 0..3), some_text())
            .prop_map(|(paragraphs, wording)| Event::Excluded {
                paragraphs,
                wording,
            })
            .boxed(),
        EventKind::Readmitted => Just(Event::Readmitted).boxed(),
        EventKind::CoOpted => (who, any::<bool>())
            .prop_map(|(person, accepted)| Event::CoOpted { person, accepted })
            .boxed(),
        EventKind::PublicPresent => (0u32..200)
            .prop_map(|count| Event::PublicPresent { count })
            .boxed(),
        EventKind::Spoke => (text(), proptest::sample::select(Capacity::ALL), text())
            .prop_map(|(name, capacity, about)| Event::Spoke {
                name,
                capacity,
                about,
            })
            .boxed(),
        // A reference, a year and a line of a schedule are required; the rest may be empty.
        EventKind::Application => ("[A-Z0-9/]{1,14}", text(), text(), some_text(), some_text())
            .prop_map(
                |(reference, site, proposal, ward, recommendation)| Event::Application {
                    reference,
                    site,
                    proposal,
                    ward,
                    recommendation,
                },
            )
            .boxed(),
        EventKind::Payments => (any::<bool>(), proptest::collection::vec(payment(), 1..4))
            .prop_map(|(receipts, entries)| Event::Payments { receipts, entries })
            .boxed(),
        EventKind::Precept => ("20[0-9]{2}/[0-9]{2}", money())
            .prop_map(|(year, amount)| Event::Precept { year, amount })
            .boxed(),
        // The reason is required; the date it runs to is not.
        EventKind::AbsenceApproved => (
            who,
            "[a-zA-Z’][a-zA-Z ’]{0,23}",
            proptest::option::of((2000i32..2100, 1u32..13, 1u32..29)),
        )
            .prop_map(|(person, reason, until)| Event::AbsenceApproved {
                person,
                reason,
                until: until.and_then(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d)),
            })
            .boxed(),
    }
}

fn money() -> BoxedStrategy<Money> {
    (-1_000_000i64..100_000_000)
        .prop_map(Money::from_pence)
        .boxed()
}

fn payment() -> BoxedStrategy<Payment> {
    (
        text(),
        text(),
        money(),
        proptest::option::of(money()),
        some_text(),
    )
        .prop_map(|(payee, details, amount, vat, reference)| Payment {
            payee,
            details,
            amount,
            vat,
            reference,
        })
        .boxed()
}

fn declaration(who: BoxedStrategy<PersonId>, item: BoxedStrategy<ItemId>) -> BoxedStrategy<Event> {
    (
        who,
        proptest::collection::vec(item, 0..3),
        prop_oneof![
            Just(InterestKind::DisclosablePecuniary),
            Just(InterestKind::OtherRegisterable),
            Just(InterestKind::NonRegisterable),
            Just(InterestKind::Pecuniary),
            Just(InterestKind::NonPecuniary),
            Just(InterestKind::Personal),
            Just(InterestKind::Unspecified),
            text().prop_map(InterestKind::Described)
        ],
        text(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(person, items, kind, words, will_leave, may_speak_first)| Event::Declaration {
                person,
                items,
                applications: Vec::new(),
                kind,
                words,
                will_leave,
                may_speak_first,
                dispensation: None,
            },
        )
        .boxed()
}

fn motion(people: usize) -> BoxedStrategy<Event> {
    (
        prop_oneof![
            Just(MotionKind::Substantive),
            Just(MotionKind::FormalAmendment),
            Just(MotionKind::FriendlyAmendment)
        ],
        text(),
        proptest::option::of(person(people)),
        proptest::option::of(person(people)),
        any::<bool>(),
        some_text(),
    )
        .prop_map(
            |(kind, text, mover, seconder, seconded, amends)| Event::Motion {
                id: MotionId::default(),
                kind,
                text,
                mover,
                seconder,
                seconded,
                amends,
            },
        )
        .boxed()
}

fn vote(people: usize) -> BoxedStrategy<Event> {
    let named = move || proptest::collection::vec(person(people), 0..4);
    (
        any::<bool>(),
        prop_oneof![
            Just(Count::Unanimous),
            (0u32..30, 0u32..30, 0u32..30, named(), named()).prop_map(
                |(f, a, s, named_against, named_abstaining)| Count::ShowOfHands {
                    in_favour: f,
                    against: a,
                    abstentions: s,
                    named_against,
                    named_abstaining,
                }
            ),
            (named(), named(), named()).prop_map(|(in_favour, against, abstentions)| {
                Count::Recorded {
                    in_favour,
                    against,
                    abstentions,
                }
            })
        ],
        proptest::option::of(prop_oneof![Just(Side::For), Just(Side::Against)]),
    )
        .prop_map(|(on_motion, count, casting)| Event::Vote {
            motion: on_motion.then(MotionId::default),
            count,
            casting,
        })
        .boxed()
}
