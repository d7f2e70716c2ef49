//! The business of parish, town and planning meetings, kind by kind: each record's line on
//! screen, what it says in the minutes in every bundled house style, and what `check` says of
//! it; and what these meetings need of attendance and votes (apologies with reasons, a meeting
//! held remotely, votes taken with no attendance recorded, a chair elected for the day, two
//! Vice-Chairs).

mod common;

use chrono::NaiveDate;
use common::Clerk;
use minutebook::check;
use minutebook::minutes::style::{BUNDLED, Style};
use minutebook::minutes::{self, Options};
use minutebook::model::*;

/// A parish council with five members and a clerk, nothing recorded, one item of business.
fn parish() -> Meeting {
    let date = NaiveDate::from_ymd_opt(2026, 6, 2).expect("a date");
    let body = Body {
        kind: BodyKind::ParishCouncil,
        chair_title: ChairTitle::Chairman,
        ..Body::named("Lowfield Parish Council")
    };
    let mut meeting = Meeting::new(body, date, "Village Hall", 40);
    meeting.people = vec![
        Person::new("ash", "Ann Ash", PersonKind::Member).with_office(Office::Chair),
        Person::new("birch", "Bob Birch", PersonKind::Member).with_office(Office::ViceChair),
        Person::new("cedar", "Cal Cedar", PersonKind::Member),
        Person::new("dale", "Di Dale", PersonKind::Member),
        Person::new("elm", "Ed Elm", PersonKind::Member),
        Person::new("clerk", "Jo Fern", PersonKind::Officer).with_role("Clerk"),
    ];
    meeting.agenda = vec![AgendaItem::new("1", Some("1".into()), "Business")];
    meeting
}

fn record(meeting: &mut Meeting, item: Option<&str>, event: Event) {
    meeting
        .records
        .push(Record::new(None, item.map(ItemId::from), event));
    meeting.give_records_ids();
}

/// The confidential minutes in each bundled style, as (style, text).
fn in_every_style(meeting: &Meeting) -> Vec<(&'static str, String)> {
    BUNDLED
        .iter()
        .map(|(name, _)| {
            let style = Style::bundled(name).expect("bundled");
            let text = minutes::text::write(&minutes::minutes_in(
                meeting,
                &style,
                Options { confidential: true },
            ));
            (*name, text.split_whitespace().collect::<Vec<_>>().join(" "))
        })
        .collect()
}

fn line(meeting: &Meeting, index: usize) -> String {
    let record = &meeting.records[index];
    record.event.view().line(meeting, record)
}

fn warnings(meeting: &Meeting) -> Vec<String> {
    check::check(meeting)
        .into_iter()
        .map(|p| p.message)
        .collect()
}

#[test]
fn the_public_present_print_in_every_style_and_in_a_paragraph_where_the_style_has_one() {
    let mut meeting = parish();
    record(
        &mut meeting,
        None,
        Event::Present {
            person: "ash".into(),
        },
    );
    record(&mut meeting, None, Event::PublicPresent { count: 7 });
    assert_eq!(line(&meeting, 1), "7 members of the public present");
    for (style, text) in in_every_style(&meeting) {
        assert!(text.contains("7 members of the public"), "{style}: {text}");
    }
    let (_, parish) = &in_every_style(&meeting)[2];
    assert!(
        parish.contains("Present: Cllr Ann Ash (Chairman). 7 members of the public also attended."),
        "{parish}"
    );
    record(&mut meeting, Some("1"), Event::PublicPresent { count: 1 });
    for (style, text) in in_every_style(&meeting) {
        assert!(
            text.contains("One member of the public was present."),
            "{style}: {text}"
        );
    }
}

#[test]
fn a_speaker_is_named_with_their_capacity_or_unnamed_with_its_article() {
    let mut meeting = parish();
    record(
        &mut meeting,
        Some("1"),
        Event::Spoke {
            name: String::new(),
            capacity: Capacity::Objector,
            about: "the loss of a hedge".into(),
        },
    );
    record(
        &mut meeting,
        Some("1"),
        Event::Spoke {
            name: "Ms K Lee".into(),
            capacity: Capacity::Agent,
            about: String::new(),
        },
    );
    assert_eq!(line(&meeting, 0), "An objector spoke: the loss of a hedge");
    assert_eq!(line(&meeting, 1), "Ms K Lee (agent) spoke");
    for (style, text) in in_every_style(&meeting) {
        assert!(text.contains("An objector"), "{style}: {text}");
        assert!(text.contains("the loss of a hedge"), "{style}: {text}");
        assert!(text.contains("Ms K Lee (agent"), "{style}: {text}");
    }
}

#[test]
fn an_application_heads_what_follows_it_and_check_asks_for_its_decision() {
    let mut meeting = parish();
    record(&mut meeting, None, Event::Commenced);
    record(
        &mut meeting,
        Some("1"),
        Event::Application {
            reference: "AB/25/0412".into(),
            site: "The Old Forge".into(),
            proposal: "Change of use to a dwelling".into(),
            ward: Some("Lowfield".into()),
            recommendation: Some("refusal".into()),
        },
    );
    record(&mut meeting, None, Event::Concluded);
    assert_eq!(
        line(&meeting, 1),
        "Application AB/25/0412: The Old Forge — Change of use to a dwelling (recommended: refusal)"
    );
    for (style, text) in in_every_style(&meeting) {
        assert!(text.contains("AB/25/0412"), "{style}: {text}");
        assert!(text.contains("The Old Forge"), "{style}: {text}");
        assert!(
            text.contains("Change of use to a dwelling"),
            "{style}: {text}"
        );
    }
    assert!(
        warnings(&meeting).contains(
            &"planning application AB/25/0412 has no decision recorded after it".to_string()
        ),
        "{:?}",
        warnings(&meeting)
    );
    // With its decision, the doubt goes.
    meeting.records.insert(
        2,
        Record::new(
            None,
            Some("1".into()),
            Event::Resolved {
                preamble: None,
                clauses: vec![Clause {
                    label: None,
                    text: "To object.".into(),
                    clauses: Vec::new(),
                }],
                reasons: None,
                rejected: None,
            },
        ),
    );
    meeting.give_records_ids();
    assert!(!warnings(&meeting).iter().any(|w| w.contains("AB/25/0412")));
    // An application without its reference cannot be.
    if let Event::Application { reference, .. } = &mut meeting.records[1].event {
        reference.clear();
    }
    assert!(
        check::errors(&meeting)
            .iter()
            .any(|p| p.message.contains("needs its reference"))
    );
}

#[test]
fn a_co_option_seats_the_member_and_says_its_resolution() {
    let mut meeting = parish();
    record(
        &mut meeting,
        None,
        Event::Present {
            person: "ash".into(),
        },
    );
    record(
        &mut meeting,
        Some("1"),
        Event::CoOpted {
            person: "elm".into(),
            accepted: true,
        },
    );
    assert_eq!(
        line(&meeting, 1),
        "Ed Elm co-opted; signed the declaration of acceptance of office"
    );
    assert!(meeting.room_now().voters_in_room().any(|p| p.id == "elm"));
    for (style, text) in in_every_style(&meeting) {
        assert!(text.contains("Ed Elm be co-opted"), "{style}: {text}");
        assert!(
            text.contains("Ed Elm signed the declaration of acceptance of office."),
            "{style}: {text}"
        );
    }
}

#[test]
fn payments_print_as_a_table_with_their_total_and_the_precept_as_a_resolution() {
    let mut meeting = parish();
    let entries = vec![
        minutebook::model::kinds::finance::payment_line("Hall Trust | hire | 45 | | BACS 1")
            .expect("a line"),
        minutebook::model::kinds::finance::payment_line(
            "Greenway; mowing; £1,200.50; 200.08; BACS 2",
        )
        .expect("a line"),
    ];
    assert_eq!(entries[1].vat, Some(Money::from_pence(20_008)));
    assert!(minutebook::model::kinds::finance::payment_line("Hall Trust | hire").is_err());
    assert!(
        minutebook::model::kinds::finance::payment_line("Hall Trust | hire | ten pounds").is_err()
    );
    record(
        &mut meeting,
        Some("1"),
        Event::Payments {
            receipts: false,
            entries,
        },
    );
    record(
        &mut meeting,
        Some("1"),
        Event::Precept {
            year: "2027/28".into(),
            amount: Money::from_pence(3_250_000),
        },
    );
    assert_eq!(line(&meeting, 0), "Payments approved (2 lines, £1,245.50)");
    assert_eq!(line(&meeting, 1), "Precept for 2027/28 set at £32,500.00");
    for (style, text) in in_every_style(&meeting) {
        assert!(text.contains("totalling £1,245.50"), "{style}: {text}");
        // Net, VAT and gross on each line, a line with no VAT given having none, and the
        // total of each.
        assert!(
            text.contains("Payee Details Net VAT Gross Reference"),
            "{style}: {text}"
        );
        assert!(
            text.contains("Hall Trust hire £45.00 £45.00 BACS 1"),
            "{style}: {text}"
        );
        assert!(
            text.contains("Greenway mowing £1,000.42 £200.08 £1,200.50 BACS 2"),
            "{style}: {text}"
        );
        assert!(
            text.contains("Total £1,045.42 £200.08 £1,245.50"),
            "{style}: {text}"
        );
        assert!(
            text.contains("That the precept for 2027/28 be set at £32,500.00."),
            "{style}: {text}"
        );
    }
    // A schedule with nothing in it cannot be.
    meeting.records[0].event = Event::Payments {
        receipts: true,
        entries: Vec::new(),
    };
    assert!(
        check::errors(&meeting)
            .iter()
            .any(|p| p.message.contains("at least one line"))
    );
}

#[test]
fn apologies_give_their_reasons_and_may_come_from_anyone() {
    let mut meeting = parish();
    meeting
        .people
        .push(Person::new("hill", "Hal Hill", PersonKind::Other).titled("County Councillor"));
    record(
        &mut meeting,
        None,
        Event::Apologies {
            person: "cedar".into(),
            reason: Some("owing to illness".into()),
        },
    );
    record(
        &mut meeting,
        None,
        Event::Apologies {
            person: "dale".into(),
            reason: None,
        },
    );
    record(
        &mut meeting,
        None,
        Event::Apologies {
            person: "hill".into(),
            reason: None,
        },
    );
    assert_eq!(line(&meeting, 0), "Apologies: Cal Cedar (owing to illness)");
    for (style, text) in in_every_style(&meeting) {
        assert!(
            text.contains("Cal Cedar (owing to illness)"),
            "{style}: {text}"
        );
        assert!(text.contains("Di Dale"), "{style}: {text}");
        assert!(
            text.contains("County Councillor Hal Hill"),
            "{style}: {text}"
        );
    }
}

#[test]
fn a_show_of_hands_names_those_against_and_refuses_more_names_than_votes() {
    let mut meeting = parish();
    for member in ["ash", "birch", "cedar", "dale", "elm"] {
        record(
            &mut meeting,
            None,
            Event::Present {
                person: member.into(),
            },
        );
    }
    let vote = |named_against: Vec<PersonId>| Event::Vote {
        motion: None,
        count: Count::ShowOfHands {
            in_favour: 3,
            against: 1,
            abstentions: 1,
            named_against,
            named_abstaining: vec!["elm".into()],
        },
        casting: None,
    };
    record(&mut meeting, Some("1"), vote(vec!["dale".into()]));
    for (style, text) in in_every_style(&meeting) {
        assert!(text.contains("Di Dale voted against"), "{style}: {text}");
        assert!(text.contains("Ed Elm abstained"), "{style}: {text}");
    }
    meeting.records[5].event = vote(vec!["dale".into(), "cedar".into()]);
    assert!(
        warnings(&meeting)
            .iter()
            .any(|w| w.contains("2 members are named on a side the figures count as 1")),
        "{:?}",
        warnings(&meeting)
    );
}

#[test]
fn a_vote_with_no_attendance_recorded_takes_any_count_and_invents_nobody() {
    // Minutes written up from notes: nobody marked present.
    let mut clerk = Clerk::new(parish());
    clerk.keys("j v h 6 tab 3 tab 1 ctrl-s").closed();
    let meeting = clerk.app.meeting();
    assert!(matches!(
        meeting.records.last().map(|r| &r.event),
        Some(Event::Vote {
            count: Count::ShowOfHands {
                in_favour: 6,
                against: 3,
                abstentions: 1,
                ..
            },
            ..
        })
    ));
    // Nobody is printed as present who was not recorded so.
    assert_eq!(meeting.records.len(), 1);
    let text = &in_every_style(meeting)[0].1;
    assert!(text.contains("PRESENT 40 BUSINESS"), "{text}");
}

#[test]
fn at_a_remote_meeting_those_joining_by_video_count_for_the_quorum_and_votes() {
    let mut meeting = parish();
    for member in ["ash", "birch", "cedar"] {
        record(
            &mut meeting,
            None,
            Event::AttendingVirtually {
                person: member.into(),
            },
        );
    }
    assert_eq!(meeting.room_now().voters_in_room().count(), 0);
    meeting.remote = true;
    assert_eq!(meeting.room_now().voters_in_room().count(), 3);
    assert!(meeting.room_now().is_quorate(3));
}

#[test]
fn a_chair_elected_for_the_day_presides_without_taking_the_office() {
    let mut meeting = parish();
    record(
        &mut meeting,
        None,
        Event::Present {
            person: "cedar".into(),
        },
    );
    record(
        &mut meeting,
        Some("1"),
        Event::Appointed {
            person: "cedar".into(),
            office: Office::Chair,
            term: None,
            for_meeting: true,
        },
    );
    assert_eq!(
        line(&meeting, 1),
        "Cal Cedar appointed Chairman for this meeting"
    );
    assert_eq!(
        meeting
            .room_now()
            .holder(Office::Chair)
            .map(|p| p.id.as_str()),
        Some("ash")
    );
    assert_eq!(meeting.signer().map(|p| p.id.as_str()), Some("cedar"));
    for (style, text) in in_every_style(&meeting) {
        assert!(text.contains("Cal Cedar be elected"), "{style}: {text}");
        assert!(text.contains("for this meeting"), "{style}: {text}");
        // Presiding, in the style's words: "(in the Chair)", "(presiding)".
        assert!(
            text.contains("Cal Cedar (in the") || text.contains("Cal Cedar (presiding)"),
            "{style}: {text}"
        );
    }
}

#[test]
fn two_vice_chairs_appointed_at_one_meeting_serve_together() {
    let mut meeting = parish();
    for (person, office) in [("cedar", Office::ViceChair), ("dale", Office::ViceChair)] {
        record(
            &mut meeting,
            Some("1"),
            Event::Appointed {
                person: person.into(),
                office,
                term: None,
                for_meeting: false,
            },
        );
    }
    let room = meeting.room_now();
    let vice: Vec<&str> = room
        .everyone()
        .filter(|(_, s)| s.office == Office::ViceChair)
        .map(|(p, _)| p.id.as_str())
        .collect();
    // Last year's Vice-Chairman no longer holds the office; both new ones do.
    assert_eq!(vice, ["cedar", "dale"]);
}

#[test]
fn a_town_council_elects_its_mayor() {
    let mut meeting = parish();
    meeting.body.kind = BodyKind::TownCouncil;
    meeting.body.chair_title = ChairTitle::Mayor;
    record(
        &mut meeting,
        Some("1"),
        Event::Appointed {
            person: "dale".into(),
            office: Office::Chair,
            term: Some("the year 2026/27".into()),
            for_meeting: false,
        },
    );
    assert_eq!(
        line(&meeting, 0),
        "Di Dale appointed Mayor for the year 2026/27"
    );
    let town = Style::bundled("town-council").expect("bundled");
    let text = minutes::text::write(&minutes::minutes_in(
        &meeting,
        &town,
        Options { confidential: true },
    ));
    assert!(
        text.contains("That Cllr Di Dale be elected Mayor for the year 2026/27."),
        "{text}"
    );
    assert_eq!(
        meeting
            .room_now()
            .holder(Office::Chair)
            .map(|p| p.id.as_str()),
        Some("dale")
    );
}

#[test]
fn an_action_names_who_is_to_take_it_in_the_house_style_words() {
    let mut meeting = parish();
    for (text, owner) in [
        ("Obtain quotes for a new bench.", "clerk"),
        ("to write to the landowner about the hedge", "cedar"),
        (
            "While this could wait, the hedge is to be cut back",
            "clerk",
        ),
        ("Clerk to chase the insurer", "clerk"),
    ] {
        record(
            &mut meeting,
            Some("1"),
            Event::Action {
                text: text.into(),
                owner: Some(owner.into()),
            },
        );
    }
    for (style, text) in in_every_style(&meeting) {
        // An officer by post, a councillor by name, the instruction after "to".
        assert!(
            text.contains("The Clerk to obtain quotes for a new bench."),
            "{style}: {text}"
        );
        assert!(
            text.contains("Cal Cedar to write to the landowner about the hedge."),
            "{style}: {text}"
        );
        // Words that are no instruction, or already say who acts, print as typed.
        assert!(
            text.contains("While this could wait, the hedge is to be cut back"),
            "{style}: {text}"
        );
        assert!(!text.contains("to while this"), "{style}: {text}");
        assert!(
            text.contains("Clerk to chase the insurer"),
            "{style}: {text}"
        );
        assert!(!text.contains("to clerk to"), "{style}: {text}");
    }
}

#[test]
fn an_application_heading_that_repeats_its_minute_heading_is_left_out() {
    let mut meeting = parish();
    meeting.venue = "Lowfield Village Hall".into();
    meeting.agenda = vec![AgendaItem::new(
        "1",
        Some("1".into()),
        "AB/25/0412: The Old Forge",
    )];
    record(
        &mut meeting,
        Some("1"),
        Event::Application {
            reference: "AB/25/0412".into(),
            site: "The Old Forge".into(),
            proposal: "Change of use to a dwelling".into(),
            ward: None,
            recommendation: None,
        },
    );
    for (style, text) in in_every_style(&meeting) {
        assert_eq!(
            text.to_lowercase().matches("old forge").count(),
            1,
            "{style}: {text}"
        );
        assert!(
            text.contains("Change of use to a dwelling"),
            "{style}: {text}"
        );
        // A venue named for its place takes no article.
        assert!(
            !text.contains("the Lowfield Village Hall"),
            "{style}: {text}"
        );
        assert!(text.contains("Lowfield Village Hall"), "{style}: {text}");
    }
}
