//! Minutes that are never wrong: meetings recorded by keys in the orders real meetings take
//! (amendments and ties, business taken early, interests in one application, business in
//! private), each with its minutes compared in full.

mod common;

use common::Clerk;
use minutebook::minutes::style::Style;
use minutebook::minutes::{self, Options};
use minutebook::model::Meeting;

fn ebbsworth() -> Meeting {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/ebbsworth-parish-council.ron");
    minutebook::store::load(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// The minutes as the parish-council style prints them, as text.
fn minutes_of(meeting: &Meeting, confidential: bool) -> String {
    let style = Style::bundled("parish-council").expect("bundled");
    minutes::text::write(&minutes::minutes_in(
        meeting,
        &style,
        Options { confidential },
    ))
}

/// The meeting opened at 19.30 with seven members and the clerk present.
fn opened() -> Clerk {
    let mut clerk = Clerk::new(ebbsworth());
    clerk.at("19:30").keys("s enter a p p p p p p p j p esc");
    clerk
}

/// Goes to the item with this agenda number.
fn go_to(clerk: &mut Clerk, number: &str) {
    clerk.keys("g").text(number).keys("enter");
}

/// Moves a motion (kind: "m" a motion, "f" a formal amendment) with its mover and seconder.
fn moves(clerk: &mut Clerk, text: &str, kind: &str, mover: &str, seconder: &str) {
    clerk
        .keys("m")
        .text(text)
        .keys("tab")
        .text(kind)
        .keys("tab");
    clerk
        .text(mover)
        .keys("tab")
        .text(seconder)
        .keys("ctrl-s")
        .closed();
}

/// The minutes in the default style, where a resolution carries its vote in its marker.
fn default_minutes(meeting: &Meeting) -> String {
    let style = Style::bundled("default").expect("bundled");
    minutes::text::write(&minutes::minutes_in(
        meeting,
        &style,
        Options { confidential: true },
    ))
}

/// Item 6: a motion, a first amendment voted on as `first_vote` (keys in the vote form), a
/// second amendment carried 4 to 2, and the motion as amended resolved without a vote of its
/// own.
fn bench_amended(first_vote: &str) -> Clerk {
    let mut clerk = opened();
    let c = &mut clerk;
    go_to(c, "6");
    moves(
        c,
        "That a bench be bought for the village green at a cost of up to £600.",
        "m",
        "ellery",
        "hurst",
    );
    moves(c, "That the cost be up to £900.", "f", "price", "vance");
    c.keys("v").keys(first_vote).keys("ctrl-s").closed();
    moves(
        c,
        "That the bench be made of recycled plastic.",
        "f",
        "lind",
        "malik",
    );
    c.keys("v h")
        .text("4")
        .keys("tab")
        .text("2")
        .keys("ctrl-s")
        .closed();
    c.keys("R")
        .text("That a bench made of recycled plastic be bought for the village green at a cost of up to £600.")
        .keys("ctrl-s")
        .closed();
    clerk
}

#[test]
fn a_resolution_never_takes_an_amendments_casting_vote() {
    // The first amendment's votes were equal, with no figures given; the Chairman's casting
    // vote defeated it.
    let clerk = bench_amended("e A");
    insta::assert_snapshot!(
        "amendment_lost_on_casting_vote",
        default_minutes(clerk.app.meeting())
    );
    insta::assert_snapshot!(
        "amendment_lost_on_casting_vote_parish",
        minutes_of(clerk.app.meeting(), false)
    );
}

#[test]
fn a_resolution_never_takes_an_amendments_figures() {
    let clerk = bench_amended("h 1 tab 2");
    let minutes = default_minutes(clerk.app.meeting());
    let minute = &minutes[minutes.find("206 A BENCH").expect("the minute")..];
    let minute = &minute[..minute.find("207 ").expect("the next")];
    assert_eq!(
        minute,
        "206 A BENCH FOR THE VILLAGE GREEN

A motion was moved by Councillor Joan Ellery and seconded by Councillor Sam
Hurst: “That a bench be bought for the village green at a cost of up to £600.”

An amendment was moved by Councillor Owen Price and seconded by Councillor
Rita Vance: “That the cost be up to £900.”

The amendment was put to the vote and was lost (1 for, 2 against).

An amendment was moved by Councillor Kate Lind and seconded by Councillor Dev
Malik: “That the bench be made of recycled plastic.”

The amendment was put to the vote and was carried (4 for, 2 against).

RESOLVED:

That a bench made of recycled plastic be bought for the village green at a
cost of up to £600.

"
    );
}

#[test]
fn the_vote_on_the_motion_as_amended_is_the_resolutions_own() {
    let mut clerk = bench_amended("h 1 tab 2");
    // The motion as amended is put, and carried 5 to 1, before the resolution is recorded.
    let meeting = clerk.app.meeting().clone();
    let resolution = meeting.records.last().expect("the resolution").clone();
    clerk.keys("tab delete").closed();
    assert_ne!(clerk.app.meeting().records.last(), Some(&resolution));
    clerk
        .keys("esc v h")
        .text("5")
        .keys("tab")
        .text("1")
        .keys("ctrl-s")
        .closed();
    clerk
        .keys("R")
        .text("That a bench made of recycled plastic be bought.")
        .keys("ctrl-s")
        .closed();
    let minutes = default_minutes(clerk.app.meeting());
    assert!(
        minutes.contains("The amendment was put to the vote and was lost (1 for, 2 against)."),
        "{minutes}"
    );
    assert!(minutes.contains("RESOLVED (by 5 votes to 1):"), "{minutes}");
    assert_eq!(minutes.matches("RESOLVED").count(), 1);
}
