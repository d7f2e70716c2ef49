//! Every sentence the minutes print comes from the house style, so that a council can make it
//! read as its own: the body's name mid-sentence, appointments made together under one
//! RESOLVED, the municipal year, the approval of the last minutes offered already worded, and a
//! recorded vote saying what it was on.

mod common;

use common::{Clerk, sample};
use minutebook::minutes::style::Style;
use minutebook::minutes::{self, Options};
use minutebook::model::{Event, Meeting, Office, Outcome, Record};

/// A council's own style, changing only the sentences these tests are about.
fn council_style() -> Style {
    let (style, problems) = Style::parse(
        "council",
        r#"(
    sentences: {
        "body_committee": "committee",
        "adjourned": "The {body} adjourned[ {reason}].[ {reason_sentence}]",
        "appointment_for_year": "That {name} be appointed as {office} for the {year} municipal year.",
        "recorded_vote": "A recorded vote was taken on the {what} as follows:",
        "substantive_as_amended_word": "substantive motion, as amended,",
    },
)"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    style
}

fn text_in(meeting: &Meeting, style: &Style) -> String {
    minutes::text::write(&minutes::minutes_in(
        meeting,
        style,
        Options { confidential: true },
    ))
    .split_whitespace()
    .collect::<Vec<_>>()
    .join(" ")
}

/// The votes sample as it stands before the meeting.
fn unrecorded() -> Clerk {
    let mut meeting = sample("highways-and-transport-votes.ron");
    meeting.records.clear();
    for person in &mut meeting.people {
        person.office = Office::Member;
    }
    Clerk::new(meeting)
}

#[test]
fn the_body_is_named_mid_sentence_as_the_style_names_it() {
    let meeting = sample("highways-and-transport-votes.ron");
    let default = text_in(&meeting, &Style::default());
    assert!(
        default.contains("The Committee adjourned at 8.24 pm."),
        "{default}"
    );
    let council = text_in(&meeting, &council_style());
    assert!(
        council.contains("The committee adjourned. The meeting was no longer quorate."),
        "{council}"
    );
}

#[test]
fn a_chair_and_vice_chair_appointed_by_keys_are_one_resolution_worded_for_the_year() {
    let mut clerk = unrecorded();
    let c = &mut clerk;
    // Each appointment offers its resolution already worded; the clerk keeps both.
    c.keys("A").text("okafor").keys("ctrl-s");
    let offered = c.form().map(|f| f.fields[0].value());
    assert_eq!(
        offered.as_deref(),
        Some("That Councillor A Okafor be appointed Chair for the municipal year 2026/27.")
    );
    c.keys("ctrl-s").closed();
    c.keys("A").text("patel").keys("ctrl-s ctrl-s").closed();
    let meeting = c.app.meeting().clone();
    let appointed: Vec<Office> = meeting
        .records
        .iter()
        .filter_map(|r| match r.event {
            Event::Appointed { office, .. } => Some(office),
            _ => None,
        })
        .collect();
    assert_eq!(appointed, [Office::Chair, Office::ViceChair]);
    let text = text_in(&meeting, &Style::default());
    assert_eq!(text.matches("RESOLVED").count(), 1, "{text}");
    assert!(
        text.contains("RESOLVED: That Councillor A Okafor be appointed Chair for the municipal year 2026/27. That Councillor B Patel be appointed Vice-Chair for the municipal year 2026/27."),
        "{text}"
    );
}

#[test]
fn appointments_without_resolutions_print_as_one_in_the_councils_words() {
    let mut meeting = sample("highways-and-transport-votes.ron");
    meeting.records.clear();
    for (person, office) in [("okafor", Office::Chair), ("patel", Office::ViceChair)] {
        meeting.records.push(Record::new(
            None,
            Some("1".into()),
            Event::Appointed {
                person: person.into(),
                office,
                term: None,
                for_meeting: false,
            },
        ));
    }
    meeting.give_records_ids();
    let text = text_in(&meeting, &council_style());
    assert_eq!(text.matches("RESOLVED").count(), 1, "{text}");
    assert!(
        text.contains("That Councillor A Okafor be appointed as Chair for the 2026/27 municipal year. That Councillor B Patel be appointed as Vice-Chair for the 2026/27 municipal year."),
        "{text}"
    );
    assert!(minutes::unprinted(&meeting, &council_style()).is_empty());
}

#[test]
fn the_approval_of_the_last_minutes_comes_worded_with_the_date_the_item_gives() {
    let mut clerk = unrecorded();
    // Item 3 is the minutes of the previous meeting; say which meeting.
    let mut meeting = clerk.app.meeting().clone();
    meeting.agenda[2].description =
        Some("To approve the minutes of the meeting held on 14 September 2026.".into());
    clerk = Clerk::new(meeting);
    clerk.keys("j j j R");
    let offered = clerk.form().map(|f| f.fields[0].value());
    assert_eq!(
        offered.as_deref(),
        Some(
            "That the minutes of the meeting held on 14 September 2026 be approved as a correct record."
        )
    );
    clerk.keys("ctrl-s").closed();
    // Once resolved, another resolution on the item starts empty.
    clerk.keys("R");
    assert_eq!(
        clerk.form().map(|f| f.fields[0].value()),
        Some(String::new())
    );
}

#[test]
fn a_recorded_vote_after_an_amendment_says_it_was_on_the_motion_as_amended() {
    let mut meeting = sample("highways-and-transport-votes.ron");
    // The friendly amendment on item 6 was accepted; make its vote a recorded one.
    for record in &mut meeting.records {
        if let Event::Vote { motion, count, .. } = &mut record.event
            && motion.as_deref() == Some("relief-road")
        {
            *count = minutebook::model::Count::Recorded {
                in_favour: vec!["okafor".into(), "patel".into()],
                against: vec!["murray".into()],
                abstentions: Vec::new(),
            };
        }
    }
    let default = text_in(&meeting, &Style::default());
    assert!(
        default.contains("A recorded vote was taken on the substantive motion as amended: For:"),
        "{default}"
    );
    let council = text_in(&meeting, &council_style());
    assert!(
        council.contains(
            "A recorded vote was taken on the substantive motion, as amended, as follows:"
        ),
        "{council}"
    );
    // Had the amendment been withdrawn, the vote is on the motion.
    for record in &mut meeting.records {
        if let Event::MotionSettled { outcome, .. } = &mut record.event {
            *outcome = Outcome::Withdrawn;
        }
    }
    let text = text_in(&meeting, &Style::default());
    assert!(
        text.contains("A recorded vote was taken on the motion: For:"),
        "{text}"
    );
}

#[test]
fn a_council_may_set_an_amendments_words_on_a_line_of_their_own() {
    let (style, problems) = Style::parse(
        "council",
        r#"(
    sentences: {
        "friendly_amendment_by": "{mover} moved a friendly amendment[, seconded by {seconder}]:\n“{text}”",
        "accepted_by_mover": "The {what} was accepted by the mover and became part of the motion.",
    },
)"#,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let meeting = sample("highways-and-transport-votes.ron");
    let text = minutes::text::write(&minutes::minutes_in(
        &meeting,
        &style,
        Options {
            confidential: false,
        },
    ));
    assert!(
        text.contains("Councillor C Hughes moved a friendly amendment, seconded by Councillor H Shah:\n“That the route be reviewed"),
        "{text}"
    );
    assert!(
        text.contains("accepted by the mover and became part of the motion."),
        "{text}"
    );
    let html = minutes::html::write(&minutes::minutes_in(
        &meeting,
        &style,
        Options {
            confidential: false,
        },
    ));
    assert!(html.contains("Councillor H Shah:<br />"), "{html}");
}
