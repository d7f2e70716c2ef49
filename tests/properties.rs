//! Properties over many generated inputs: any meeting survives being written and read back,
//! and no corruption of a meeting file makes the loader panic.

use std::path::Path;

use chrono::{NaiveDate, NaiveTime};
use minutebook::check;
use minutebook::model::*;
use minutebook::store::{self, LoadError};
use proptest::prelude::*;

#[path = "properties/events.rs"]
mod events;

use events::event;

/// Text with the characters that trouble a RON writer: quotes, backslashes, hashes, brackets,
/// newlines, tabs and non-ASCII.
fn text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 ’éü£ÅØ中文\"\\\\#\n\t(),:\\[\\]{}/*r]{0,24}"
}

fn some_text() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(text())
}

fn time() -> impl Strategy<Value = Option<NaiveTime>> {
    proptest::option::of(
        (0u32..24, 0u32..60, 0u32..60)
            .prop_map(|(h, m, s)| NaiveTime::from_hms_opt(h, m, s).expect("in range")),
    )
}

fn person(id: PersonId) -> impl Strategy<Value = Person> {
    (
        text(),
        some_text(),
        proptest::collection::vec(text(), 0..3),
        prop_oneof![
            Just(PersonKind::Member),
            Just(PersonKind::Councillor),
            Just(PersonKind::Officer),
            Just(PersonKind::Other)
        ],
        prop_oneof![
            Just(Office::Chair),
            Just(Office::ViceChair),
            Just(Office::Member)
        ],
        prop_oneof![
            Just(Voting::Voting),
            Just(Voting::NonVoting),
            Just(Voting::Associate)
        ],
        some_text(),
        some_text(),
        (some_text(), any::<bool>()),
    )
        .prop_map(
            move |(
                name,
                title,
                aliases,
                kind,
                office,
                voting,
                role,
                organisation,
                (group, lay),
            )| Person {
                id: id.clone(),
                name,
                title,
                aliases,
                kind,
                office,
                voting,
                role,
                organisation,
                group,
                lay,
            },
        )
}

fn item(id: ItemId) -> impl Strategy<Value = AgendaItem> {
    (
        some_text(),
        text(),
        proptest::option::of(
            (0u32..500, 0u32..500).prop_map(|(first, last)| Pages { first, last }),
        ),
        any::<bool>(),
        some_text(),
        prop_oneof![Just(Part::One), Just(Part::Two)],
        proptest::collection::vec(1u8..=7, 0..3),
        prop_oneof![
            Just(ItemKind::Apologies),
            Just(ItemKind::Declarations),
            Just(ItemKind::PreviousMinutes),
            Just(ItemKind::Report),
            Just(ItemKind::WorkProgramme),
            Just(ItemKind::Exclusion),
            Just(ItemKind::Other)
        ],
        proptest::option::of(
            (
                prop_oneof![Just(Withdrawn::Withdrawn), Just(Withdrawn::Deferred)],
                some_text(),
                some_text(),
            )
                .prop_map(|(how, to, reason)| Withdrawal { how, to, reason }),
        ),
        proptest::collection::vec(arising(), 0..3),
        (
            any::<bool>(),
            time(),
            proptest::collection::vec(listed_application(), 0..3),
        ),
    )
        .prop_map(
            move |(
                number,
                title,
                pages,
                verbal,
                description,
                part,
                exempt_paragraphs,
                kind,
                withdrawn,
                arising,
                (sub_item, planned, applications),
            )| {
                AgendaItem {
                    id: id.clone(),
                    number,
                    title,
                    pages,
                    verbal,
                    description,
                    part,
                    exempt_paragraphs,
                    kind,
                    withdrawn,
                    arising,
                    sub_item,
                    planned,
                    applications,
                }
            },
        )
}

/// A planning application as an agenda lists it, with any of its fields left out.
fn listed_application() -> impl Strategy<Value = ListedApplication> {
    (text(), text(), text(), some_text(), some_text()).prop_map(
        |(reference, site, proposal, ward, recommendation)| ListedApplication {
            reference,
            site,
            proposal,
            ward,
            recommendation,
        },
    )
}

/// An action carried from an earlier meeting, as reported at this one.
fn arising() -> impl Strategy<Value = Arising> {
    (
        0u32..3000,
        proptest::option::of(1u32..500),
        1u32..100_000,
        text(),
        some_text(),
        prop_oneof![
            Just(Progress::NotReported),
            Just(Progress::Done),
            Just(Progress::CarriedForward)
        ],
    )
        .prop_map(|(day, minute, record, text, owner, progress)| Arising {
            date: NaiveDate::from_ymd_opt(2020, 1, 1).expect("a date")
                + chrono::Days::new(u64::from(day)),
            minute,
            record: RecordId(record),
            text,
            owner,
            progress,
        })
}

fn clause(depth: u32) -> BoxedStrategy<Clause> {
    let leaf = (some_text(), text()).prop_map(|(label, text)| Clause {
        label,
        text,
        clauses: Vec::new(),
    });
    if depth == 0 {
        return leaf.boxed();
    }
    (
        some_text(),
        text(),
        proptest::collection::vec(clause(depth - 1), 0..3),
    )
        .prop_map(|(label, text, clauses)| Clause {
            label,
            text,
            clauses,
        })
        .boxed()
}

/// Gives each motion a handle and points votes and outcomes at the last motion moved, or
/// drops the reference when none has been.
fn settle_motions(records: &mut Vec<Record>) {
    let mut latest: Option<MotionId> = None;
    let mut kept = Vec::with_capacity(records.len());
    for (index, mut record) in records.drain(..).enumerate() {
        match &mut record.event {
            Event::Motion { id, .. } => {
                *id = format!("m{index}").into();
                latest = Some(id.clone());
            }
            Event::MotionSettled { motion, .. } => match &latest {
                Some(latest) => *motion = latest.clone(),
                None => continue,
            },
            Event::Vote { motion, .. } if motion.is_some() => {
                *motion = latest.clone();
            }
            _ => {}
        }
        kept.push(record);
    }
    *records = kept;
}

fn meeting() -> impl Strategy<Value = Meeting> {
    (1usize..6, 1usize..5).prop_flat_map(|(people, items)| {
        (
            (
                text(),
                proptest::sample::select(BodyKind::ALL),
                some_text(),
                proptest::sample::select(&ChairTitle::ALL[..]),
                proptest::option::of(0u32..20),
            ),
            (
                1i32..3000,
                1u32..13,
                1u32..29,
                time(),
                text(),
                any::<bool>(),
            ),
            proptest::collection::vec(text(), 0..3),
            proptest::option::of((some_text(), some_text(), some_text())),
            0u32..1000,
            (0..people)
                .map(|i| person(format!("p{i}").into()))
                .collect::<Vec<_>>(),
            (0..items)
                .map(|i| item(format!("i{i}").into()))
                .collect::<Vec<_>>(),
            proptest::collection::vec(
                (time(), proptest::option::of(0..items), event(people, items)),
                0..20,
            ),
            proptest::option::of(((0..people), text())),
        )
            .prop_map(
                |(
                    (name, kind, council, chair_title, quorum),
                    (year, month, day, time, venue, remote),
                    notices,
                    contact,
                    first_minute,
                    people,
                    agenda,
                    records,
                    signature,
                )| {
                    let mut records: Vec<Record> = records
                        .into_iter()
                        .map(|(at, item, event)| {
                            Record::new(at, item.map(|i| format!("i{i}").into()), event)
                        })
                        .collect();
                    settle_motions(&mut records);
                    for (index, record) in records.iter_mut().enumerate() {
                        record.id = RecordId(u32::try_from(index + 1).unwrap_or(u32::MAX));
                    }
                    Meeting {
                        version: FORMAT_VERSION,
                        body: Body {
                            name,
                            kind,
                            council,
                            chair_title,
                            quorum,
                            clock: if chair_title == ChairTitle::Chair {
                                Clock::TwelveHour
                            } else {
                                Clock::TwentyFourHour
                            },
                            style: None,
                            wales: remote && quorum.is_some(),
                        },
                        date: NaiveDate::from_ymd_opt(year, month, day).expect("valid date"),
                        time,
                        venue,
                        remote,
                        budget: first_minute % 2 == 0,
                        notices,
                        contact: contact.map(|(name, phone, email)| Contact { name, phone, email }),
                        first_minute,
                        people,
                        agenda,
                        records,
                        signature: signature.map(|(p, capacity)| Signature {
                            person: format!("p{p}").into(),
                            capacity,
                        }),
                        lookup: Default::default(),
                    }
                },
            )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_meeting_reads_back_exactly_as_it_was_written(meeting in meeting()) {
        prop_assert!(check::errors(&meeting).is_empty(), "{:?}", check::errors(&meeting));
        // Checking never panics on it.
        let _ = check::check(&meeting);
        let text = store::to_text(&meeting).expect("encodes");
        // The quick reader takes everything the writer writes, and reads it as written.
        let quick = store::read_quickly::<Meeting>(&text);
        prop_assert_eq!(quick.as_ref(), Some(&meeting));
        let loaded = store::parse(Path::new("generated.ron"), text.as_bytes());
        match loaded {
            Ok(loaded) => prop_assert_eq!(loaded, meeting),
            Err(error) => prop_assert!(false, "{}\n{}", error, text),
        }
    }

    #[test]
    fn a_save_reusing_the_records_text_writes_exactly_the_files_text(
        first in meeting(),
        second in meeting(),
    ) {
        // One encoder across two meetings that share some records and differ in others.
        let mut encoder = store::Encoder::default();
        prop_assert_eq!(encoder.text(&first).expect("encodes"), store::to_text(&first).expect("encodes"));
        let mut mixed = second.clone();
        mixed.records.extend(first.records.iter().take(3).cloned());
        for meeting in [&second, &mixed, &first] {
            prop_assert_eq!(
                encoder.text(meeting).expect("encodes"),
                store::to_text(meeting).expect("encodes")
            );
        }
    }

    #[test]
    fn mutated_meeting_files_are_refused_or_loaded_but_never_panic(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8)
    ) {
        let mut bytes = sample_bytes();
        for (at, byte, how) in edits {
            let at = at.index(bytes.len().max(1));
            match how {
                0 if at < bytes.len() => bytes[at] = byte,
                1 => bytes.insert(at.min(bytes.len()), byte),
                _ if at < bytes.len() => { bytes.remove(at); }
                _ => {}
            }
        }
        if let Err(error) = store::parse(Path::new("mutated.ron"), &bytes) {
            // Whatever went wrong is said, with a place.
            prop_assert!(!error.to_string().is_empty());
            if let LoadError::Invalid(diagnostics) = error {
                prop_assert!(diagnostics.iter().all(|d| d.position.line >= 1 && d.position.column >= 1));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2048, ..ProptestConfig::default() })]

    /// However a file is changed, the quick reader either declines it or reads exactly what
    /// RON reads; it never accepts what RON refuses.
    #[test]
    fn the_quick_reader_reads_a_changed_file_as_ron_does_or_declines(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..TOKENS.len(), 0u8..3), 1..4)
    ) {
        let mut text = written_sample();
        for (at, token, how) in edits {
            let mut at = at.index(text.len().max(1));
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
            match how {
                0 => text.replace_range(at..end, TOKENS[token]),
                1 => text.insert_str(at, TOKENS[token]),
                _ => text.replace_range(at..end, ""),
            }
        }
        if let Some(quick) = store::read_quickly::<Meeting>(&text) {
            let by_ron: Result<Meeting, _> = store::ron_options().from_str(&text);
            prop_assert_eq!(by_ron.ok(), Some(quick), "{}", text);
        }
    }
}

/// What a hand edit or a damaged file puts in: RON's punctuation, words and forms.
const TOKENS: &[&str] = &[
    ",", ":", "(", ")", "[", "]", "\"", "\\", "#", "r", " ", "\n", "0", "1", "-", "_", ".", "None",
    "Some(", "true", "x", "é", "//", "/*", "*/", "'", "r#\"", "\"#", "0x1", "+",
];

/// The highways sample as the writer lays it out.
fn written_sample() -> String {
    let meeting = store::parse(Path::new("sample.ron"), &sample_bytes()).expect("loads");
    store::to_text(&meeting).expect("encodes")
}

fn sample_bytes() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-meetings/highways-and-transport-votes.ron");
    std::fs::read(path).expect("sample")
}

#[test]
fn a_meeting_file_cut_short_anywhere_is_refused_without_panic() {
    let whole = sample_bytes();
    let mut refused = 0usize;
    for end in 0..whole.len() {
        match store::parse(Path::new("cut.ron"), &whole[..end]) {
            Ok(_) => {}
            Err(_) => refused += 1,
        }
    }
    // Only cuts inside the trailing newline or comment-free tail can still be a whole meeting.
    assert!(refused >= whole.len() - 2, "{refused} of {}", whole.len());
}

#[test]
fn the_large_generated_meeting_round_trips_and_has_no_errors() {
    let meeting = minutebook::generate::large_meeting(300, 80, 5_000);
    assert_eq!(meeting.agenda.len(), 300);
    assert_eq!(meeting.people.len(), 80);
    assert_eq!(meeting.records.len(), 5_000);
    assert_eq!(check::errors(&meeting), vec![]);
    let text = store::to_text(&meeting).expect("encodes");
    let loaded = store::parse(Path::new("large.ron"), text.as_bytes()).expect("loads");
    assert_eq!(loaded, meeting);
}

#[test]
fn the_round_trip_generator_makes_every_kind_of_record() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRunner};
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        proptest::test_runner::TestRng::deterministic_rng(
            proptest::test_runner::RngAlgorithm::ChaCha,
        ),
    );
    let strategy = event(4, 3);
    let mut seen = std::collections::HashSet::new();
    for _ in 0..2_000 {
        let tree = strategy.new_tree(&mut runner).expect("an event");
        seen.insert(tree.current().kind());
    }
    let missing: Vec<_> = EventKind::ALL
        .iter()
        .filter(|k| !seen.contains(k))
        .collect();
    assert!(missing.is_empty(), "never generated: {missing:?}");
}

/// Whether the record marks a person's attendance, which only the last mark of them decides.
fn is_attendance_mark(event: &Event) -> bool {
    matches!(
        event,
        Event::Present { .. }
            | Event::AttendingVirtually { .. }
            | Event::Apologies { .. }
            | Event::Absent { .. }
            | Event::Substitute { .. }
            | Event::ArrivedLate { .. }
            | Event::CoOpted { .. }
    )
}

/// The words of the confidential minutes of a meeting in a style, in sorted order: what
/// they say, whatever the order they say it in (a record that only moves others, as the end
/// of the meeting moves what follows it, says nothing itself).
fn minutes_words(meeting: &Meeting, style: &minutebook::minutes::style::Style) -> Vec<String> {
    use minutebook::minutes::{self, Options};
    let text = minutes::text::write(&minutes::minutes_in(
        meeting,
        style,
        Options { confidential: true },
    ));
    let mut words: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    words.sort();
    words
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// Nothing recorded is dropped without a word: each record either makes a difference to
    /// the confidential minutes (they read otherwise without it), or the account of what the
    /// minutes leave out names it. (A record named there may still make a difference without
    /// printing anything of its own: an absence takes a member off the list.)
    #[test]
    fn every_record_prints_or_is_named_as_left_out(meeting in meeting()) {
        use minutebook::minutes::style::{BUNDLED, Style};
        // Everyone has a name of their own, as the people form insists.
        let mut meeting = meeting;
        for (index, person) in meeting.people.iter_mut().enumerate() {
            person.name = format!("Name{index} {}", person.name);
        }
        for (name, _) in BUNDLED {
            let style = Style::bundled(name).expect("bundled style reads");
            let whole = minutes_words(&meeting, &style);
            let left_out: Vec<usize> = minutebook::minutes::unprinted(&meeting, &style)
                .into_iter()
                .map(|u| u.record)
                .collect();
            for index in 0..meeting.records.len() {
                let mut without = meeting.clone();
                let record = without.records.remove(index);
                // A person's last attendance mark stands for the marks before it, which are
                // named as left out: without it, they go too.
                if is_attendance_mark(&record.event) {
                    let mut at = 0;
                    without.records.retain(|r| {
                        at += 1;
                        !(at <= index
                            && is_attendance_mark(&r.event)
                            && r.event.person() == record.event.person())
                    });
                }
                // An appointment is said by the resolution recorded after it, which is still
                // there without it.
                let said_by_its_resolution = matches!(record.event, Event::Appointed { .. })
                    && meeting.records[index + 1..]
                        .iter()
                        .filter(|r| r.item == record.item)
                        .take_while(|r| !matches!(r.event, Event::Appointed { .. }))
                        .any(|r| matches!(r.event, Event::Resolved { .. }));
                let differs =
                    minutes_words(&without, &style) != whole || said_by_its_resolution;
                prop_assert!(
                    differs || left_out.contains(&index),
                    "style {}: record {} ({:?}) does not change the minutes, but the account \
                     of what they leave out does not name it\n{}",
                    name,
                    index + 1,
                    record.event,
                    whole.join(" ")
                );
            }
        }
    }
}
