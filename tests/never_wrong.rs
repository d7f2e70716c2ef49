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
    insta::assert_snapshot!("amendment_lost_on_figures", minutes);
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
    insta::assert_snapshot!("vote_on_the_motion_as_amended", minutes);
    assert!(
        minutes.contains("The amendment was put to the vote and was lost (1 for, 2 against)."),
        "{minutes}"
    );
    assert!(minutes.contains("RESOLVED (by 5 votes to 1):"), "{minutes}");
    assert_eq!(minutes.matches("RESOLVED").count(), 1);
}

/// Takes a planning application under the current item: reference, site and proposal.
fn application(clerk: &mut Clerk, reference: &str, site: &str, proposal: &str) {
    clerk
        .keys("b")
        .text(reference)
        .keys("tab")
        .text(site)
        .keys("tab");
    clerk.text(proposal).keys("ctrl-s").closed();
}

#[test]
fn business_taken_early_is_minuted_under_its_own_item_and_part() {
    let mut clerk = opened();
    let c = &mut clerk;
    // The application 5b is taken first, for the public who came for it.
    go_to(c, "5b");
    moves(c, "To raise no objection.", "m", "malik", "lind");
    c.keys("v u ctrl-s").closed();
    // The resolution is offered in the carried motion's words.
    c.keys("R ctrl-s").closed();
    // Then the declarations, naming the part 5a.
    go_to(c, "3");
    c.keys("d")
        .text("vance")
        .keys("tab")
        .text("5a")
        .keys("tab p tab tab");
    c.text("as she owns the field next to the barn")
        .keys("tab y ctrl-s")
        .closed();
    // The last minutes, and then 5a, where a member declares an interest late.
    go_to(c, "4");
    c.keys("v u ctrl-s R ctrl-s").closed();
    go_to(c, "5a");
    c.keys("d").text("price").keys("tab tab tab tab");
    c.text("as he knows the applicant").keys("ctrl-s").closed();
    c.keys("l").text("vance").keys("tab b ctrl-s").closed();
    moves(
        c,
        "To object, as the barn lies outside the village envelope.",
        "m",
        "ellery",
        "hurst",
    );
    c.keys("v h")
        .text("5")
        .keys("tab")
        .text("1")
        .keys("ctrl-s")
        .closed();
    c.keys("R ctrl-s").closed();
    c.keys("r").text("vance").keys("ctrl-s").closed();
    let meeting = clerk.app.meeting();
    insta::assert_snapshot!("business_taken_early", default_minutes(meeting));
    insta::assert_snapshot!("business_taken_early_parish", minutes_of(meeting, false));
}

#[test]
fn an_interest_in_one_application_bars_the_member_from_that_application_only() {
    let mut clerk = opened();
    let c = &mut clerk;
    go_to(c, "3");
    c.keys("d")
        .text("vance")
        .keys("tab")
        .text("26/00210/FUL")
        .keys("tab p tab tab");
    c.text("as she owns the field next to the barn")
        .keys("tab y ctrl-s")
        .closed();
    // Two applications under the one planning item.
    go_to(c, "5");
    application(
        c,
        "26/00233/HOUSE",
        "12 Mill Road",
        "A two storey side extension.",
    );
    // All seven may vote on this one, the member with the interest included.
    c.keys("v h")
        .text("7")
        .keys("tab")
        .text("0")
        .keys("ctrl-s")
        .closed();
    c.keys("R")
        .text("To raise no objection.")
        .keys("ctrl-s")
        .closed();
    application(
        c,
        "26/00210/FUL",
        "Orchard Barn, Stow Road",
        "Conversion of the barn to a dwelling.",
    );
    // The member is still in the room, but may not vote on this one.
    c.keys("v h").text("7").keys("tab").text("0").keys("ctrl-s");
    let Some(minutebook::tui::live::overlays::Overlay::Vote(vote)) = c.app.top() else {
        panic!("the vote form stays open");
    };
    assert_eq!(
        vote.error.as_deref(),
        Some("7 votes were counted, but only 6 members could vote at this point")
    );
    c.keys("esc");
    c.keys("l").text("vance").keys("tab b ctrl-s").closed();
    c.keys("v h")
        .text("4")
        .keys("tab")
        .text("2")
        .keys("ctrl-s")
        .closed();
    c.keys("R").text("To object.").keys("ctrl-s").closed();
    c.keys("r").text("vance").keys("ctrl-s").closed();
    let meeting = clerk.app.meeting();
    let problems: Vec<String> = minutebook::check::check(meeting)
        .into_iter()
        .map(|p| p.message)
        .collect();
    assert!(
        !problems.iter().any(|p| p.contains("interest")),
        "{problems:?}"
    );
    insta::assert_snapshot!("interest_in_one_application", default_minutes(meeting));
}

/// The meeting with every record taken in private removed but what was resolved: what the
/// public may know of it.
fn without_private_business(meeting: &Meeting) -> Meeting {
    let mut public = meeting.clone();
    public.records = meeting
        .records
        .iter()
        .zip(meeting.private_records())
        .filter(|(record, private)| {
            !private || matches!(record.event, minutebook::model::Event::Resolved { .. })
        })
        .map(|(record, _)| record.clone())
        .collect();
    public
}

/// Ebbsworth's Part 2 business: after the exclusion, a Vice-Chairman appointed, a member
/// co-opted and the clerk's hours resolved, then the public readmitted.
fn private_business() -> Clerk {
    let mut clerk = opened();
    let c = &mut clerk;
    go_to(c, "10");
    c.at("20:40").keys("x ctrl-s").closed();
    go_to(c, "11");
    c.keys("A").text("ellery").keys("tab v ctrl-s");
    // The resolution that made the appointment opens worded.
    c.keys("ctrl-s").closed();
    c.keys("o").text("nolan").keys("ctrl-s").closed();
    c.keys("R")
        .text("That the Clerk's hours be increased to 25 hours a week.")
        .keys("ctrl-s")
        .closed();
    c.at("20:55").keys("X enter").closed();
    go_to(c, "12");
    c.keys("n")
        .text("The next meeting will be held on 5 May 2026.")
        .keys("ctrl-s")
        .closed();
    c.at("21:00").keys("c enter").closed();
    clerk
}

#[test]
fn business_taken_in_private_changes_nothing_in_the_public_minutes_but_its_resolutions() {
    let clerk = private_business();
    let meeting = clerk.app.meeting();
    let public = default_minutes_public(meeting);
    assert_eq!(
        public,
        default_minutes_public(&without_private_business(meeting))
    );
    assert_eq!(
        minutes_of(meeting, false),
        minutes_of(&without_private_business(meeting), false)
    );
    insta::assert_snapshot!("private_business_public", public);
    // The confidential minutes show it all: the new Vice-Chairman and the member co-opted.
    let confidential = default_minutes(meeting);
    assert!(
        confidential.contains("Councillor Joan Ellery (Vice-Chairman)"),
        "{confidential}"
    );
    assert!(
        confidential.contains("Beth\nNolan (from item 11)"),
        "{confidential}"
    );
    // Check says what the public minutes cannot show.
    let warnings: Vec<String> = minutebook::check::check(meeting)
        .into_iter()
        .map(|p| format!("{}: {}", place_of(meeting, p.place), p.message))
        .collect();
    let about_privacy: Vec<&String> = warnings
        .iter()
        .filter(|w| w.contains("in private:"))
        .collect();
    assert_eq!(about_privacy.len(), 2, "{warnings:#?}");
    assert!(about_privacy[0].starts_with("item 11, 20:40: Joan Ellery was appointed Vice-Chair in private: the public minutes and reports print only what was resolved in private"), "{}", about_privacy[0]);
    assert!(
        about_privacy[1].starts_with("item 11, 20:40: Beth Nolan was co-opted in private"),
        "{}",
        about_privacy[1]
    );
}

/// Where a problem is, as the clerk finds it.
fn place_of(meeting: &Meeting, place: minutebook::check::Place) -> String {
    match place {
        minutebook::check::Place::Record(index) => meeting.record_place(index),
        _ => String::new(),
    }
}

/// The public minutes in the default style.
fn default_minutes_public(meeting: &Meeting) -> String {
    let style = Style::bundled("default").expect("bundled");
    minutes::text::write(&minutes::minutes_in(
        meeting,
        &style,
        Options {
            confidential: false,
        },
    ))
}

#[test]
fn the_next_meeting_approves_the_minutes_of_the_one_it_follows() {
    let folder = tempfile::tempdir().expect("a folder");
    let previous = folder.path().join("april.ron");
    let next = folder.path().join("may.ron");
    minutebook::store::save(&ebbsworth(), &previous).expect("saves");
    let output = common::minutebook()
        .args(["new", "--no-open", "--date", "2026-05-05", "--after"])
        .arg(&previous)
        .arg(&next)
        .output()
        .expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let may = minutebook::store::load(&next).expect("loads");
    let item = may
        .agenda
        .iter()
        .find(|i| i.kind == minutebook::model::ItemKind::PreviousMinutes)
        .expect("the previous minutes");
    // The April agenda's item approved March's minutes; May's approves April's.
    assert_eq!(item.title, "Minutes of the Meeting held on 7 April 2026");
    let number = item.number.clone().expect("numbered");
    let mut clerk = Clerk::new(may);
    go_to(&mut clerk, &number);
    clerk.keys("R");
    let form = clerk.form().expect("the resolution form");
    assert_eq!(
        form.fields[0].value(),
        "That the minutes of the meeting held on 7 April 2026 be approved as a correct record and signed by the Chairman."
    );
}

/// The text of one minute, from its heading to the next minute's.
fn minute_of(minutes: &str, heading: &str, next: &str) -> String {
    let from = minutes.find(heading).expect("the minute");
    let to = minutes[from..].find(next).expect("the next minute") + from;
    minutes[from..to].to_string()
}

#[test]
fn a_friendly_amendment_seconded_by_nobody_named_says_it_was_seconded() {
    let mut clerk = opened();
    go_to(&mut clerk, "6");
    // A friendly amendment, moved by Cllr Lind, seconded, the seconder not named.
    clerk
        .keys("m")
        .text("That the bench face the pond.")
        .keys("tab f f tab")
        .text("lind")
        .keys("tab tab s ctrl-s")
        .closed();
    let minutes = default_minutes(clerk.app.meeting());
    assert_eq!(
        minute_of(&minutes, "206 A BENCH", "207 "),
        "206 A BENCH FOR THE VILLAGE GREEN

Councillor Kate Lind proposed a friendly amendment, which was seconded: “That
the bench face the pond.”

"
    );
    insta::assert_snapshot!("friendly_amendment_seconded", minutes);
}

#[test]
fn apologies_from_someone_who_is_not_a_member_are_received_not_accepted() {
    let mut clerk = Clerk::new(ebbsworth());
    // Seven members: six present and one with apologies; the clerk present; the district
    // councillor who usually attends sends apologies too.
    clerk.at("19:30").keys("s enter a p p p p p p a j p a esc");
    let minutes = minutes_of(clerk.app.meeting(), false);
    insta::assert_snapshot!("apologies_from_a_district_councillor", minutes);
    assert_eq!(
        minute_of(&minutes, "202. APOLOGIES", "203. "),
        "202. APOLOGIES FOR ABSENCE

Apologies were received and accepted from Cllr Rita Vance.

Apologies were also received from District Councillor Mark Doyle.

"
    );
}

#[test]
fn payments_say_their_total_with_the_vat_in_it_and_a_line_too_long_is_refused() {
    let mut clerk = opened();
    go_to(&mut clerk, "8");
    clerk.keys("$ tab").text(
        "Ebbsworth Village Hall | hall hire | 45.00 | 7.50 | BACS 31\nGreen Mowers Ltd | grass cutting, April | 1,200.00 | 200.00 | BACS 32",
    );
    clerk.text("\nPound Lane Garage | fuel | April | 20.00");
    clerk.keys("ctrl-s");
    let refused = clerk
        .form()
        .and_then(|f| f.error.clone())
        .unwrap_or_default();
    assert!(
        refused.contains("\"Pound Lane Garage | fuel | April | 20.00\": ")
            && refused.contains("\"April\" is not a sum of money"),
        "{refused}"
    );
    // Six parts where a payment has five is refused, not cut short.
    for _ in 0.."Pound Lane Garage | fuel | April | 20.00".len() {
        clerk.keys("backspace");
    }
    clerk.text("Pound Lane Garage | fuel | April | 24.00 | 4.00 | card");
    clerk.keys("ctrl-s");
    let refused = clerk
        .form()
        .and_then(|f| f.error.clone())
        .unwrap_or_default();
    assert!(refused.contains("has 6 parts"), "{refused}");
    for _ in 0.."Pound Lane Garage | fuel | April | 24.00 | 4.00 | card".len() {
        clerk.keys("backspace");
    }
    clerk.text("Pound Lane Garage | fuel, April | 24.00 | 4.00 | card");
    clerk.keys("ctrl-s").closed();
    let minutes = default_minutes(clerk.app.meeting());
    assert!(
        minutes.contains(
            "The following payments, totalling £1,269.00 (£1,057.50 and VAT of £211.50),\nwere approved:"
        ),
        "{minutes}"
    );
    insta::assert_snapshot!("payments_with_vat", minutes);
}

#[test]
fn the_precept_is_set_for_a_financial_year_and_nothing_else() {
    let mut clerk = opened();
    go_to(&mut clerk, "8");
    clerk
        .keys("Y ctrl-u")
        .text("abc")
        .keys("tab")
        .text("32,500.00")
        .keys("ctrl-s");
    let refused = clerk
        .form()
        .and_then(|f| f.error.clone())
        .unwrap_or_default();
    assert_eq!(
        refused,
        "For the year: \"abc\" is not a financial year; write it as 2027/28"
    );
    clerk
        .keys("shift-tab ctrl-u")
        .text("2027-28")
        .keys("ctrl-s")
        .closed();
    let last = clerk.app.meeting().records.last().expect("the precept");
    assert!(
        matches!(&last.event, minutebook::model::Event::Precept { year, .. } if year == "2027/28"),
        "{last:?}"
    );
}

#[test]
fn a_declaration_made_in_private_is_left_out_of_the_public_minutes() {
    let mut clerk = opened();
    go_to(&mut clerk, "10");
    clerk.keys("x ctrl-s").closed();
    go_to(&mut clerk, "11");
    // An interest declared on the Part 2 item, naming no item.
    clerk
        .keys("d")
        .text("ellery")
        .keys("tab ctrl-u tab tab tab");
    clerk
        .text("as she employs the clerk's husband")
        .keys("ctrl-s")
        .closed();
    let meeting = clerk.app.meeting();
    let public = default_minutes_public(meeting);
    insta::assert_snapshot!("declaration_in_private_public", public);
    assert!(!public.contains("Ellery declared"), "{public}");
    assert!(!public.contains("in respect of ,"), "{public}");
    assert_eq!(
        public,
        default_minutes_public(&without_private_business(meeting))
    );
    let confidential = default_minutes(meeting);
    assert!(
        confidential.contains(
            "Councillor Joan Ellery declared an interest as she employs the clerk's\nhusband. (Not for publication.)"
        ),
        "{confidential}"
    );
}

/// What `check` says of the meeting, each problem where the clerk finds it, with what the
/// minutes in the parish style would leave out.
fn checked(meeting: &Meeting) -> Vec<String> {
    let style = Style::bundled("parish-council").expect("bundled");
    minutebook::check::check(meeting)
        .into_iter()
        .chain(minutebook::minutes::unprinted_warnings(meeting, &style))
        .map(|p| {
            let place = place_of(meeting, p.place);
            if place.is_empty() {
                p.message
            } else {
                format!("{place}: {}", p.message)
            }
        })
        .collect()
}

#[test]
fn check_says_nothing_of_a_quorum_nobody_recorded_or_of_items_only_noted() {
    let mut meeting = ebbsworth();
    // Imported agendas leave the noting items as ordinary ones.
    for item in &mut meeting.agenda {
        if item.kind == minutebook::model::ItemKind::Other {
            item.kind = minutebook::model::ItemKind::Report;
        }
    }
    let mut clerk = Clerk::new(meeting);
    // Written up from notes: no roll was taken.
    clerk.at("19:30").keys("s enter");
    go_to(&mut clerk, "6");
    clerk
        .keys("v h")
        .text("5")
        .keys("tab")
        .text("1")
        .keys("ctrl-s")
        .closed();
    clerk
        .keys("R")
        .text("That a bench be bought.")
        .keys("ctrl-s")
        .closed();
    for item in ["9", "12"] {
        go_to(&mut clerk, item);
        clerk.keys("n").text("Noted.").keys("ctrl-s").closed();
    }
    clerk.at("21:00").keys("c enter").closed();
    let warnings = checked(clerk.app.meeting());
    assert!(
        !warnings.iter().any(|w| w.contains("quorum")),
        "{warnings:#?}"
    );
    assert!(
        !warnings
            .iter()
            .any(|w| w.contains("Correspondence") || w.contains("Next Meeting")),
        "{warnings:#?}"
    );
    // The items that are for a decision and have none are still named.
    assert!(
        warnings.contains(&"item 4 (Minutes of the Meeting held on 3 March 2026) has no resolution or outcome recorded".to_string()),
        "{warnings:#?}"
    );
}

#[test]
fn one_slip_of_the_clock_is_one_warning_and_what_prints_is_not_said_not_to() {
    let mut clerk = Clerk::new(ebbsworth());
    // The meeting opened at 19.31, and the roll was marked with 19.30 by mistake.
    clerk.at("19:31").keys("s enter");
    clerk
        .keys("a")
        .text("19.30")
        .keys("p p p p p p l j p esc")
        .closed();
    go_to(&mut clerk, "1");
    clerk
        .at("19:40")
        .keys("n")
        .text("Residents asked about the bus shelter.")
        .keys("ctrl-s");
    let warnings = checked(clerk.app.meeting());
    assert_eq!(
        warnings,
        vec![
            "the opening, 19:30: time 19:30 is earlier than 19:31 recorded before it (so are the 7 records after it at that time)".to_string()
        ]
    );
}

/// The live screen opened on the meeting file, as Minutebook opens it, with empty settings.
fn open_file(path: &std::path::Path, data: &std::path::Path) -> minutebook::tui::run::Opened {
    let folders = minutebook::tui::config::Folders {
        config: data.join("config"),
        data: data.to_path_buf(),
    };
    let settings = minutebook::tui::config::load_settings(&folders, None, true);
    minutebook::tui::run::open_meeting(path, &settings, &folders.data).expect("opens")
}

/// What the screen keeps of the open form, written as the run loop writes it.
fn kept_form(clerk: &Clerk) -> String {
    let draft = clerk.app.draft().expect("a form is open");
    ron::ser::to_string_pretty(&draft, ron::ser::PrettyConfig::default()).expect("written")
}

#[test]
fn a_form_recorded_just_before_minutebook_was_killed_is_not_offered_again() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("ebbsworth.ron");
    let data = folder.path().join("data");
    minutebook::store::save(&ebbsworth(), &path).expect("saves");
    let places = minutebook::keeping::Places::new(&path, &data);
    let mut clerk = Clerk::new(minutebook::store::load(&path).expect("loads"));
    go_to(&mut clerk, "6");
    clerk.keys("n").text("The bench was discussed.");
    std::fs::write(places.draft_beside(), kept_form(&clerk)).expect("kept");
    // Ctrl-S records the note and the meeting is saved; Minutebook is killed before the kept
    // form is removed.
    clerk.keys("ctrl-s").closed();
    minutebook::store::save(clerk.app.meeting(), &path).expect("saves");
    let opened = open_file(&path, &data);
    assert!(opened.app.top().is_none(), "nothing is offered");
    assert_eq!(
        opened.app.message.as_deref(),
        Some("The form open when Minutebook stopped had been recorded")
    );
    assert!(!places.draft_beside().exists(), "the kept form is gone");
    assert_eq!(
        opened.app.meeting().records.len(),
        1,
        "the note is recorded once"
    );
    drop(opened);
    // A form killed before it was recorded is offered, as before.
    let mut clerk = Clerk::new(minutebook::store::load(&path).expect("loads"));
    clerk.keys("n").text("Half typed.");
    std::fs::write(places.draft_beside(), kept_form(&clerk)).expect("kept");
    let opened = open_file(&path, &data);
    assert!(matches!(
        opened.app.top(),
        Some(minutebook::tui::live::overlays::Overlay::Confirm(
            minutebook::tui::live::overlays::Question::RestoreDraft(_)
        ))
    ));
}

#[test]
fn a_correction_saved_just_before_minutebook_was_killed_is_not_offered_again() {
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("ebbsworth.ron");
    let data = folder.path().join("data");
    let mut clerk = Clerk::new(ebbsworth());
    go_to(&mut clerk, "6");
    clerk
        .keys("n")
        .text("The bench was discused.")
        .keys("ctrl-s")
        .closed();
    minutebook::store::save(clerk.app.meeting(), &path).expect("saves");
    let places = minutebook::keeping::Places::new(&path, &data);
    // The note is corrected: Enter on it, the spelling put right, and saved.
    clerk
        .keys("tab enter ctrl-u")
        .text("The bench was discussed.");
    std::fs::write(places.draft_beside(), kept_form(&clerk)).expect("kept");
    clerk.keys("ctrl-s").closed();
    minutebook::store::save(clerk.app.meeting(), &path).expect("saves");
    let opened = open_file(&path, &data);
    assert!(opened.app.top().is_none(), "nothing is offered");
    assert!(!places.draft_beside().exists());
}

#[test]
fn a_council_that_minutes_in_agenda_order_keeps_it_and_says_what_was_taken_early() {
    let mut clerk = opened();
    let c = &mut clerk;
    go_to(c, "5b");
    c.keys("n")
        .text("The application was supported.")
        .keys("ctrl-s")
        .closed();
    go_to(c, "4");
    c.keys("v u ctrl-s R ctrl-s").closed();
    go_to(c, "5a");
    c.keys("n")
        .text("The application was opposed.")
        .keys("ctrl-s")
        .closed();
    let (style, problems) = Style::parse(
        "house-style.ron",
        "(base: \"parish-council\", order: Agenda)",
    );
    assert!(problems.is_empty(), "{problems:?}");
    let minutes = minutes::text::write(&minutes::minutes_in(
        clerk.app.meeting(),
        &style,
        Options {
            confidential: false,
        },
    ));
    insta::assert_snapshot!("agenda_order", minutes);
    assert_eq!(
        minute_of(&minutes, "204. MINUTES", "206. "),
        "204. MINUTES OF THE MEETING HELD ON 3 MARCH 2026

RESOLVED unanimously:

That the minutes of the meeting held on 3 March 2026 be approved as a correct
record and signed by the Chairman.

205. PLANNING APPLICATIONS

205.1. 26/00210/FUL: ORCHARD BARN, STOW ROAD

The application was opposed.

205.2. 26/00233/HOUSE: 12 MILL ROAD

The Chairman varied the order of business so that item 5b was taken before
item 4.

The application was supported.

"
    );
    // The council's style file beside the meeting: the screen numbers the minutes as they
    // will print.
    let folder = tempfile::tempdir().expect("a folder");
    let path = folder.path().join("ebbsworth.ron");
    std::fs::write(
        folder.path().join("ebbsworth-style.ron"),
        "(base: \"parish-council\", order: Agenda)",
    )
    .expect("written");
    let mut meeting = clerk.app.meeting().clone();
    meeting.body.style = Some("ebbsworth-style.ron".into());
    minutebook::store::save(&meeting, &path).expect("saves");
    let opened = open_file(&path, &folder.path().join("data"));
    let mut clerk = Clerk {
        app: opened.app,
        clock: None,
        effects: Vec::new(),
    };
    assert_eq!(
        &clerk.app.session.facts().minutes[3..7],
        &[204, 205, 205, 205]
    );
    go_to(&mut clerk, "205");
    assert_eq!(clerk.app.current_item_id().as_deref(), Some("5"));
}

#[test]
fn a_co_opted_member_is_a_member_from_the_co_option_on() {
    let mut clerk = opened();
    let c = &mut clerk;
    go_to(c, "7");
    moves(c, "That Beth Nolan be co-opted.", "m", "pryor", "malik");
    // Before the co-option, seven may vote.
    c.keys("v h").text("8").keys("tab").text("0").keys("ctrl-s");
    assert!(
        c.app.top().is_some(),
        "eight votes are more than the seven members"
    );
    c.keys("esc v u ctrl-s").closed();
    c.keys("o").text("nolan").keys("ctrl-s").closed();
    // From then on, eight.
    go_to(c, "8");
    c.keys("v h")
        .text("8")
        .keys("tab")
        .text("0")
        .keys("ctrl-s")
        .closed();
    let minutes = minutes_of(clerk.app.meeting(), false);
    insta::assert_snapshot!("co_opted_in_public", minutes);
    assert!(
        minutes.contains("Cllr Rita Vance and\nCllr Beth Nolan (from item 7)."),
        "{minutes}"
    );
    assert_eq!(
        minute_of(&minutes, "207. CO-OPTION", "208. "),
        "207. CO-OPTION TO FILL A CASUAL VACANCY

Proposed by Cllr Ann Pryor and seconded by Cllr Dev Malik, it was RESOLVED
unanimously:

That Beth Nolan be co-opted to the Council.

Cllr Beth Nolan signed the declaration of acceptance of office.

"
    );
}
