//! Minutes that state only what the record says, over generated meetings of a parish council:
//! amendments lost and carried (some on the casting vote, some with no figures given), several
//! decisions and planning applications under one item, business taken out of order, and
//! appointments and co-options made in private. Whatever the order and the privacy, each
//! resolution prints the vote on its own motion or none, each record prints under the minute of
//! its own item, and the public minutes and reports are what they would be had nothing been
//! done in private but what was resolved.
//!
//! `MINUTEBOOK_PROPERTY_CASES` sets how many meetings are generated (64 unless set).

use chrono::NaiveDate;
use minutebook::across::{Collection, Found};
use minutebook::commands::{View, across_of};
use minutebook::minutes::style::{BUNDLED, Decisions, Style};
use minutebook::minutes::{self, Block, Options};
use minutebook::model::*;
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("MINUTEBOOK_PROPERTY_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(64)
}

/// How a vote went, as the generator chooses it.
#[derive(Debug, Clone, Copy)]
enum Counted {
    Unanimous,
    Hands(u32, u32, u32),
    /// Equal figures, and the casting vote.
    Tied(u32, bool),
    /// Equal, no figures given, and the casting vote.
    Equal(bool),
}

impl Counted {
    fn record(self) -> (Count, Option<Side>) {
        let side = |carried: bool| Some(if carried { Side::For } else { Side::Against });
        let hands = |f, a, s| Count::ShowOfHands {
            in_favour: f,
            against: a,
            abstentions: s,
            named_against: Vec::new(),
            named_abstaining: Vec::new(),
        };
        match self {
            Counted::Unanimous => (Count::Unanimous, None),
            Counted::Hands(f, a, s) => (hands(f, a, s), None),
            Counted::Tied(n, carried) => (hands(n, n, 0), side(carried)),
            Counted::Equal(carried) => (Count::Equal, side(carried)),
        }
    }

    fn carried(self) -> bool {
        match self {
            Counted::Unanimous => true,
            Counted::Hands(f, a, _) => f > a,
            Counted::Tied(_, carried) | Counted::Equal(carried) => carried,
        }
    }
}

fn counted() -> impl Strategy<Value = Counted> {
    prop_oneof![
        Just(Counted::Unanimous),
        (0u32..8, 0u32..8, 0u32..3)
            .prop_filter("not equal", |(f, a, _)| f != a)
            .prop_map(|(f, a, s)| Counted::Hands(f, a, s)),
        (1u32..5, any::<bool>()).prop_map(|(n, carried)| Counted::Tied(n, carried)),
        any::<bool>().prop_map(Counted::Equal),
    ]
}

/// An amendment: voted on, or settled without a vote.
#[derive(Debug, Clone, Copy)]
enum Amendment {
    Voted(Counted),
    Withdrawn,
    Accepted,
}

fn amendment() -> impl Strategy<Value = Amendment> {
    prop_oneof![
        3 => counted().prop_map(Amendment::Voted),
        1 => Just(Amendment::Withdrawn),
        1 => Just(Amendment::Accepted),
    ]
}

/// One decision: a substantive motion or none (the recommendations), the amendments on the
/// way, the vote on the motion (if one was taken), and the resolution.
#[derive(Debug, Clone)]
struct Decision {
    motion: bool,
    amendments: Vec<Amendment>,
    vote: Option<Counted>,
}

fn decision() -> impl Strategy<Value = Decision> {
    (
        any::<bool>(),
        proptest::collection::vec(amendment(), 0..3),
        proptest::option::of(counted()),
    )
        .prop_map(|(motion, amendments, vote)| Decision {
            motion,
            amendments,
            vote,
        })
}

/// What is done under one item when it is taken: a note, and its decisions.
#[derive(Debug, Clone)]
struct Business {
    note: bool,
    decisions: Vec<Decision>,
}

fn business() -> impl Strategy<Value = Business> {
    (any::<bool>(), proptest::collection::vec(decision(), 0..3))
        .prop_map(|(note, decisions)| Business { note, decisions })
}

/// The meeting as the generator plans it.
#[derive(Debug, Clone)]
struct Plan {
    /// The public items' business, in the order they are taken (by their place in
    /// `PUBLIC_ITEMS`).
    taken: Vec<(usize, Business)>,
    /// A member's interest in the first application, declared at the declarations item.
    interest: bool,
    /// The press and public excluded for the Part 2 item.
    private: Option<Private>,
    /// The candidate co-opted in public, under item 6.
    co_opted_in_public: bool,
}

#[derive(Debug, Clone)]
struct Private {
    appointment: bool,
    co_option: bool,
    business: Business,
    officer_comes_in: bool,
    readmitted: bool,
}

/// The items business may be taken under in public: the previous minutes, the planning item
/// (where each decision is on an application of its own), the two applications that are parts
/// of it, and two reports.
const PUBLIC_ITEMS: &[&str] = &["3", "4", "4a", "4b", "5", "6"];

fn plan() -> impl Strategy<Value = Plan> {
    let private = (
        any::<bool>(),
        any::<bool>(),
        business(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(appointment, co_option, business, officer_comes_in, readmitted)| Private {
                appointment,
                co_option,
                business,
                officer_comes_in,
                readmitted,
            },
        );
    (
        Just((0..PUBLIC_ITEMS.len()).collect::<Vec<usize>>()).prop_shuffle(),
        proptest::collection::vec(business(), PUBLIC_ITEMS.len()),
        any::<bool>(),
        proptest::option::of(private),
        any::<bool>(),
    )
        .prop_map(|(order, business, interest, private, co_opted)| Plan {
            taken: order
                .into_iter()
                .map(|i| (i, business[i].clone()))
                .collect(),
            interest,
            // The candidate is co-opted once, in public or in private.
            co_opted_in_public: co_opted && !private.as_ref().is_some_and(|p| p.co_option),
            private,
        })
}

/// What the minutes must say of one resolution: its text, its item, and the figures of the
/// vote that carried it (none when no vote on its own motion carried it).
#[derive(Debug, Clone)]
struct Expected {
    text: String,
    item: String,
    vote: Option<Counted>,
}

/// The meeting the plan describes, and what each resolution and note must print with.
struct Built {
    meeting: Meeting,
    resolutions: Vec<Expected>,
    /// Each note's text and its item.
    notes: Vec<(String, String)>,
}

struct Builder {
    meeting: Meeting,
    resolutions: Vec<Expected>,
    notes: Vec<(String, String)>,
    motions: usize,
}

impl Builder {
    fn record(&mut self, item: Option<&str>, event: Event) {
        let mut record = Record::new(None, item.map(ItemId::from), event);
        record.id = RecordId(u32::try_from(self.meeting.records.len() + 1).expect("few records"));
        self.meeting.records.push(record);
    }

    fn motion(&mut self, item: &str, kind: MotionKind) -> MotionId {
        self.motions += 1;
        let id = MotionId::from(format!("motion-{}", self.motions));
        self.record(
            Some(item),
            Event::Motion {
                id: id.clone(),
                kind,
                text: format!("That motion {} be agreed.", self.motions),
                mover: Some("m2".into()),
                seconder: Some("m3".into()),
                seconded: false,
                amends: None,
            },
        );
        id
    }

    fn vote(&mut self, item: &str, on: Option<MotionId>, counted: Counted) {
        let (count, casting) = counted.record();
        self.record(
            Some(item),
            Event::Vote {
                motion: on,
                count,
                casting,
            },
        );
    }

    fn decide(&mut self, item: &str, decision: &Decision) {
        let motion = decision
            .motion
            .then(|| self.motion(item, MotionKind::Substantive));
        for amendment in &decision.amendments {
            let id = self.motion(item, MotionKind::FormalAmendment);
            match amendment {
                Amendment::Voted(counted) => self.vote(item, Some(id), *counted),
                Amendment::Withdrawn | Amendment::Accepted => {
                    let outcome = if matches!(amendment, Amendment::Withdrawn) {
                        Outcome::Withdrawn
                    } else {
                        Outcome::Incorporated
                    };
                    self.record(
                        Some(item),
                        Event::MotionSettled {
                            motion: id,
                            outcome,
                        },
                    );
                }
            }
        }
        if let Some(counted) = decision.vote {
            self.vote(item, motion, counted);
        }
        let text = format!("That resolution {} be made.", self.resolutions.len() + 1);
        self.record(
            Some(item),
            Event::Resolved {
                preamble: None,
                clauses: vec![Clause {
                    label: None,
                    text: text.clone(),
                    clauses: Vec::new(),
                }],
                reasons: None,
                rejected: None,
            },
        );
        self.resolutions.push(Expected {
            text,
            item: item.into(),
            vote: decision.vote.filter(|v| v.carried()),
        });
    }

    fn take(&mut self, item: &str, business: &Business) {
        if business.note {
            let text = format!("Note {} was made.", self.notes.len() + 1);
            self.record(
                Some(item),
                Event::Note {
                    kind: NoteKind::Narrative,
                    text: text.clone(),
                    by: None,
                },
            );
            self.notes.push((text, item.into()));
        }
        for (index, decision) in business.decisions.iter().enumerate() {
            // Under the planning item itself, each decision is on an application taken first.
            if item == "4" {
                self.record(
                    Some(item),
                    Event::Application {
                        reference: format!("26/0010{index}/HOUSE"),
                        site: String::new(),
                        proposal: String::new(),
                        ward: None,
                        recommendation: None,
                    },
                );
            }
            self.decide(item, decision);
        }
    }
}

fn agenda() -> Vec<AgendaItem> {
    let item = |id: &str, title: &str, kind: ItemKind| {
        AgendaItem::new(id, Some(id.to_string()), title).of_kind(kind)
    };
    let mut agenda = vec![
        item("1", "Apologies for Absence", ItemKind::Apologies),
        item("2", "Declarations of Interest", ItemKind::Declarations),
        item(
            "3",
            "Minutes of the Last Meeting",
            ItemKind::PreviousMinutes,
        ),
        item("4", "Planning Applications", ItemKind::Report),
        item("4a", "Application at Orchard Barn", ItemKind::Report),
        item("4b", "Application at Mill Road", ItemKind::Report),
        item("5", "Village Green Bench", ItemKind::Report),
        item("6", "Casual Vacancy", ItemKind::Report),
        item(
            "7",
            "Exclusion of the Press and Public",
            ItemKind::Exclusion,
        ),
        item("8", "Staffing Matters", ItemKind::Report),
    ];
    agenda[4].sub_item = true;
    agenda[5].sub_item = true;
    agenda[9].part = Part::Two;
    agenda[9].exempt_paragraphs = vec![1];
    agenda
}

fn people() -> Vec<Person> {
    let mut people: Vec<Person> = (0..7)
        .map(|n| Person::new(format!("m{n}"), format!("Member {n}"), PersonKind::Member))
        .collect();
    people[0].office = Office::Chair;
    people[1].office = Office::ViceChair;
    people.push(Person::new("c0", "Candidate Nolan", PersonKind::Member));
    let mut officer = Person::new("o0", "Clerk Hale", PersonKind::Officer);
    officer.role = Some("Clerk".into());
    people.push(officer);
    let mut adviser = Person::new("o1", "Adviser Reed", PersonKind::Officer);
    adviser.role = Some("HR Adviser".into());
    people.push(adviser);
    people
}

fn build(plan: &Plan) -> Built {
    let mut body = Body::named("Holbrook Parish Council");
    body.kind = BodyKind::ParishCouncil;
    let date = NaiveDate::from_ymd_opt(2026, 3, 3).expect("a date");
    let mut meeting = Meeting::new(body, date, "Holbrook Village Hall", 101);
    meeting.agenda = agenda();
    meeting.people = people();
    let mut b = Builder {
        meeting,
        resolutions: Vec::new(),
        notes: Vec::new(),
        motions: 0,
    };
    b.record(None, Event::Commenced);
    for n in 0..7 {
        b.record(
            None,
            Event::Present {
                person: format!("m{n}").into(),
            },
        );
    }
    b.record(
        None,
        Event::Present {
            person: "o0".into(),
        },
    );
    b.record(
        Some("1"),
        Event::Note {
            kind: NoteKind::Narrative,
            text: "Note of apologies was made.".into(),
            by: None,
        },
    );
    b.notes
        .push(("Note of apologies was made.".into(), "1".into()));
    if plan.interest {
        b.record(
            Some("2"),
            Event::Declaration {
                person: "m6".into(),
                items: Vec::new(),
                applications: vec!["26/00001/FUL".into()],
                kind: InterestKind::Pecuniary,
                words: "as she owns the land".into(),
                will_leave: true,
                may_speak_first: false,
                dispensation: None,
            },
        );
    }
    for (index, business) in &plan.taken {
        let item = PUBLIC_ITEMS[*index];
        match item {
            "4a" | "4b" => {
                let reference = if item == "4a" {
                    "26/00001/FUL"
                } else {
                    "26/00002/HOUSE"
                };
                b.record(
                    Some(item),
                    Event::Application {
                        reference: reference.into(),
                        site: String::new(),
                        proposal: String::new(),
                        ward: None,
                        recommendation: None,
                    },
                );
            }
            "6" if plan.co_opted_in_public => b.record(
                Some("6"),
                Event::CoOpted {
                    person: "c0".into(),
                    accepted: true,
                },
            ),
            _ => {}
        }
        b.take(item, business);
    }
    if let Some(private) = &plan.private {
        b.record(
            Some("7"),
            Event::Excluded {
                paragraphs: vec![1],
                wording: None,
            },
        );
        if private.officer_comes_in {
            b.record(
                Some("8"),
                Event::Present {
                    person: "o1".into(),
                },
            );
        }
        if private.appointment {
            b.record(
                Some("8"),
                Event::Appointed {
                    person: "m4".into(),
                    office: Office::ViceChair,
                    term: None,
                    for_meeting: false,
                },
            );
        }
        if private.co_option {
            b.record(
                Some("8"),
                Event::CoOpted {
                    person: "c0".into(),
                    accepted: false,
                },
            );
        }
        b.take("8", &private.business);
        if private.readmitted {
            b.record(Some("8"), Event::Readmitted);
        }
    }
    b.record(None, Event::Concluded);
    Built {
        meeting: b.meeting,
        resolutions: b.resolutions,
        notes: b.notes,
    }
}

/// The meeting without what was done in private, but for what was resolved there.
fn without_private_business(meeting: &Meeting) -> Meeting {
    let mut public = meeting.clone();
    public.records = meeting
        .records
        .iter()
        .zip(meeting.private_records())
        .filter(|(record, private)| !private || matches!(record.event, Event::Resolved { .. }))
        .map(|(record, _)| record.clone())
        .collect();
    public
}

/// Each block of the minutes with where it sits: the title of its minute, and of the item that
/// minute is a part of (the same, for an item that is not a part of another); in lower case.
fn under_minutes<'b>(meeting: &Meeting, blocks: &'b [Block]) -> Vec<(Place, &'b Block)> {
    let part = |title: &str| {
        meeting
            .agenda
            .iter()
            .any(|item| item.sub_item && item.title.to_lowercase() == title)
    };
    let mut place = Place::default();
    blocks
        .iter()
        .map(|block| {
            if let Block::Minute { title, .. } = block {
                place.minute = title.to_lowercase();
                if !part(&place.minute) {
                    place.item = place.minute.clone();
                }
            }
            (place.clone(), block)
        })
        .collect()
}

/// Where a block sits in the minutes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Place {
    minute: String,
    item: String,
}

/// Where the minutes must print what was recorded under the item: in its own minute, under
/// the item it is a part of.
fn place_of(meeting: &Meeting, item: &str) -> Place {
    let title = |id: &str| meeting.item(id).expect("the item").title.to_lowercase();
    Place {
        minute: title(item),
        item: title(meeting.part_of_item(item).map_or(item, |p| p.as_str())),
    }
}

/// The numbers a marker says, in order.
fn numbers(text: &str) -> Vec<u32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect()
}

/// What the marker of a resolution carried by `vote` must say: its figures and nothing else.
fn marker_fits(marker: &str, vote: Option<Counted>) -> Result<(), String> {
    let unanimous = marker.to_lowercase().contains("unanimously");
    let casting = marker.contains("casting");
    let fits = match vote {
        None => !unanimous && !casting && numbers(marker).is_empty(),
        Some(Counted::Unanimous) => unanimous && !casting && numbers(marker).is_empty(),
        Some(Counted::Hands(f, a, s)) => {
            let mut wanted = vec![f, a];
            if s > 0 {
                wanted.push(s);
            }
            !unanimous && !casting && numbers(marker) == wanted
        }
        // "equal at 3 for and 3 against", or "equal at 3 each".
        Some(Counted::Tied(n, _)) => {
            let said = numbers(marker);
            casting && !said.is_empty() && said.iter().all(|&m| m == n)
        }
        Some(Counted::Equal(_)) => casting && numbers(marker).is_empty(),
    };
    if fits {
        Ok(())
    } else {
        Err(format!(
            "the marker {marker:?} does not say the vote {vote:?}"
        ))
    }
}

fn check_minutes(built: &Built, style: &Style) -> Result<(), TestCaseError> {
    let meeting = &built.meeting;
    let document = minutes::minutes_in(meeting, style, Options { confidential: true });
    let blocks = under_minutes(meeting, &document.blocks);
    for expected in &built.resolutions {
        let found: Vec<&(Place, &Block)> = blocks
            .iter()
            .filter(|(_, block)| match block {
                Block::Resolved { clauses, .. } => clauses.iter().any(|c| c.text == expected.text),
                _ => false,
            })
            .collect();
        prop_assert_eq!(found.len(), 1, "{} printed once", expected.text);
        let (place, block) = found[0];
        prop_assert_eq!(
            place,
            &place_of(meeting, &expected.item),
            "{}",
            expected.text
        );
        if style.settings.decisions == Decisions::Apart
            && let Block::Resolved { marker, .. } = block
        {
            marker_fits(marker, expected.vote).map_err(TestCaseError::fail)?;
        }
    }
    for (text, item) in &built.notes {
        let found: Vec<&Place> = blocks
            .iter()
            .filter(|(_, block)| matches!(block, Block::Paragraph(t) | Block::Paragraphs(t) if t.contains(text.as_str())))
            .map(|(place, _)| place)
            .collect();
        let place = place_of(meeting, item);
        prop_assert_eq!(found, vec![&place], "{}", text);
    }
    Ok(())
}

/// Every public report over the meeting alone, as text.
fn public_reports(meeting: &Meeting) -> Vec<String> {
    let collection = Collection {
        meetings: vec![Found {
            path: std::path::PathBuf::from("meeting.ron"),
            meeting: meeting.clone(),
            order: BusinessOrder::Taken,
        }],
        skipped: Vec::new(),
    };
    [
        View::Attendance {
            from: None,
            to: None,
            confidential: false,
            on: chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("a date"),
        },
        View::Actions {
            confidential: false,
        },
        View::Applications {
            reference: None,
            confidential: false,
        },
        View::Search {
            words: "resolution",
            confidential: false,
        },
        View::Search {
            words: "note",
            confidential: false,
        },
    ]
    .into_iter()
    .map(|view| across_of(&collection, view).write(minutebook::across::report::Format::Text))
    .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn the_minutes_say_only_what_the_record_says(plan in plan()) {
        let built = build(&plan);
        prop_assert!(minutebook::check::errors(&built.meeting).is_empty(), "{:?}", minutebook::check::errors(&built.meeting));
        for (name, _) in BUNDLED {
            let style = Style::bundled(name).expect("bundled");
            check_minutes(&built, &style)?;
            // The public minutes are what they would be had nothing but the resolutions been
            // recorded in private.
            let public = |meeting: &Meeting| {
                minutes::text::write(&minutes::minutes_in(meeting, &style, Options { confidential: false }))
            };
            let without = without_private_business(&built.meeting);
            prop_assert_eq!(public(&built.meeting), public(&without), "in the {} style", name);
        }
        let without = without_private_business(&built.meeting);
        prop_assert_eq!(public_reports(&built.meeting), public_reports(&without));
    }
}
