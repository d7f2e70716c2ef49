//! Meetings of other kinds of council recorded by keys alone, through the real key handling:
//! a parish council (public participation, a co-option, planning applications with an
//! objector, a schedule of payments) and a borough planning committee (applications with their
//! speakers, a chairman who leaves for one, those voting against named). Each must give exactly
//! the minutes of its sample meeting, so that every fact recorded there can be keyed live.

mod common;

use common::{Clerk, sample};
use minutebook::minutes::style::Style;
use minutebook::minutes::{self, Options};
use minutebook::model::Meeting;

/// The confidential minutes of a meeting in a bundled style, as plain text.
fn minutes_of(meeting: &Meeting, style: &str) -> String {
    let style = Style::bundled(style).expect("a bundled style");
    minutes::text::write(&minutes::minutes_in(
        meeting,
        &style,
        Options { confidential: true },
    ))
}

/// The sample as it stands before the meeting: its agenda and people, nothing recorded.
fn before_the_meeting(name: &str) -> (Meeting, Clerk) {
    let expected = sample(name);
    let mut unrecorded = expected.clone();
    unrecorded.records.clear();
    (expected, Clerk::new(unrecorded))
}

/// Shows the first line where two texts part, for a failure message.
fn first_difference(keyed: &str, expected: &str) -> String {
    for (number, (a, b)) in keyed.lines().zip(expected.lines()).enumerate() {
        if a != b {
            return format!("line {}: keyed {a:?}\n   expected {b:?}", number + 1);
        }
    }
    format!(
        "one ends first: {} lines keyed, {} expected",
        keyed.lines().count(),
        expected.lines().count()
    )
}

#[test]
fn a_parish_council_meeting_recorded_by_keys_gives_the_minutes_of_its_sample() {
    let (expected, mut clerk) = before_the_meeting("ashcombe-parish-council-2026-06-02.ron");
    let c = &mut clerk;
    // The Chairman opens the meeting; the roll, the apologies' reason, the public present.
    c.at("19:00").keys("s enter").closed();
    c.keys("a p p p j p j p x j p p k k k k k a esc").closed();
    c.keys("tab enter")
        .text("owing to work commitments")
        .keys("ctrl-s esc")
        .closed();
    c.keys("N").text("5").keys("ctrl-s").closed();

    // 112 Public participation: a resident, the Chairman's answer, the district councillor.
    c.keys("j h tab tab").text("the speed of traffic through the village at school times, asking the council to support a 20 mph limit on Church Lane").keys("ctrl-s").closed();
    c.keys("n")
        .text("The Chairman said the council would raise the limit with the highway authority.")
        .keys("tab o tab")
        .text("fairley")
        .keys("ctrl-s")
        .closed();
    c.keys("n").text("District Councillor Lowe reported that the district council's consultation on its draft local plan would close on 30 June.").keys("tab tab").text("lowe").keys("ctrl-s").closed();
    c.at("19:12").keys("a j j j l esc").at("19:13").closed();

    // 113 Apologies: as marked. 114 Declarations.
    c.keys("j j d")
        .text("yates")
        .keys("tab")
        .text("6")
        .keys("tab o tab tab");
    c.text("as his land adjoins the site of application 26/00437/FUL")
        .keys("tab y ctrl-s")
        .closed();

    // 115 The previous minutes.
    let minutes = "That the minutes of the meeting held on 5 May 2026 be approved as a correct record and signed by the Chairman.";
    c.keys("j m")
        .text(minutes)
        .keys("tab tab")
        .text("osei")
        .keys("tab")
        .text("hartley")
        .keys("ctrl-s")
        .closed();
    c.keys("v u ctrl-s").closed();
    c.keys("R ctrl-s").closed();

    // 116 Co-option.
    c.keys("j n").text("One application had been received for the vacancy, from Ruth Okonjo, who spoke briefly about her interest in the village's footpaths.").keys("ctrl-s").closed();
    c.keys("m")
        .text("That Ruth Okonjo be co-opted.")
        .keys("tab tab")
        .text("bramwell")
        .keys("tab")
        .text("dunn")
        .keys("ctrl-s")
        .closed();
    c.keys("v u ctrl-s").closed();
    c.keys("o").text("okonjo").keys("ctrl-s").closed();

    // 117 Planning applications: one approved; Yates leaves; one refused, an objector heard.
    c.keys("j b")
        .text("26/00412/HOUSE")
        .keys("tab")
        .text("4 Mill Cottages, Mill Lane")
        .keys("tab")
        .text("A single storey rear extension")
        .keys("ctrl-s")
        .closed();
    c.keys("m")
        .text("To recommend approval.")
        .keys("tab tab")
        .text("bramwell")
        .keys("tab")
        .text("dunn")
        .keys("ctrl-s")
        .closed();
    c.keys("v u ctrl-s").closed();
    c.keys("R ctrl-s").closed();
    c.keys("l").text("yates").keys("tab b ctrl-s").closed();
    c.keys("b")
        .text("26/00437/FUL")
        .keys("tab")
        .text("Land east of Orchard Farm")
        .keys("tab")
        .text("Two detached dwellings with a new access from Orchard Lane")
        .keys("ctrl-s")
        .closed();
    c.keys("h")
        .text("Mrs J Carter")
        .keys("tab o tab")
        .text("the safety of the new access and the lack of a footway on Orchard Lane")
        .keys("ctrl-s")
        .closed();
    c.keys("n")
        .text("Members noted that the site lies outside the village settlement boundary.")
        .keys("ctrl-s")
        .closed();
    let refusal = "To recommend refusal, as the site lies outside the settlement boundary and the access is unsafe for pedestrians.";
    c.keys("m")
        .text(refusal)
        .keys("tab tab")
        .text("osei")
        .keys("tab")
        .text("hartley")
        .keys("ctrl-s")
        .closed();
    // Five for, one against (named: Cllr Bramwell, third of those who may vote), none abstaining.
    c.keys("v h 5 tab 1 tab 0 tab down down a ctrl-s").closed();
    c.keys("R ctrl-s").closed();
    c.keys("r").text("yates").keys("ctrl-s").closed();

    // 118 Payments.
    c.keys("j n").text("The Clerk presented the schedule of payments for June and the bank reconciliation to 31 May.").keys("ctrl-s").closed();
    c.keys("$ tab").text("Ashcombe Village Hall Trust | hall hire, May and June | 90.00 | | BACS 1201\nGreenway Grounds Ltd | grass cutting, May | £1,380.00 | 230 | BACS 1202\nH Marsh | salary, June | 948.60 | | BACS 1203").keys("ctrl-s").closed();
    let payments = "That the payments in the schedule be approved.";
    c.keys("m")
        .text(payments)
        .keys("tab tab")
        .text("hartley")
        .keys("tab")
        .text("bramwell")
        .keys("ctrl-s")
        .closed();
    c.keys("v u ctrl-s").closed();
    c.keys("R ctrl-s").closed();

    // 119 The playing field.
    c.keys("j n")
        .text(
            "The annual inspection had found the swing seat chains worn and the gate closer weak.",
        )
        .keys("ctrl-s")
        .closed();
    let repairs = "That the Clerk obtain quotations for new swing chains and a gate closer, and that the Chairman and Clerk may approve the lowest up to £400.";
    c.keys("m")
        .text(repairs)
        .keys("tab tab")
        .text("dunn")
        .keys("tab")
        .text("okonjo")
        .keys("ctrl-s")
        .closed();
    c.keys("v h 6 tab 0 tab 1 ctrl-s").closed();
    c.keys("R ctrl-s").closed();
    c.keys("f")
        .text("Clerk to obtain the quotations and report to the July meeting.")
        .keys("tab")
        .text("marsh")
        .keys("ctrl-s")
        .closed();

    // 120 The next meeting; the close.
    c.keys("j n")
        .text(
            "The next meeting will be held on Tuesday 7 July 2026 at 7.00 pm in the Village Hall.",
        )
        .keys("ctrl-s")
        .closed();
    c.at("19:54").keys("c enter").closed();

    let keyed = minutes_of(clerk.app.meeting(), "parish-council");
    let wanted = minutes_of(&expected, "parish-council");
    assert!(
        keyed == wanted,
        "{}\n\n{keyed}",
        first_difference(&keyed, &wanted)
    );
    assert_eq!(clerk.app.meeting().records.len(), expected.records.len());
}

#[test]
fn a_planning_committee_recorded_by_keys_gives_the_minutes_of_its_sample() {
    let (expected, mut clerk) = before_the_meeting("northbridge-planning-2026-11-04.ron");
    let c = &mut clerk;
    c.at("18:30").keys("s enter").closed();
    // The roll: Cllr Ferris sends apologies and Cllr Ingram substitutes for her.
    c.keys("a p p p p p a p p s").text("ferris").keys("ctrl-s");
    c.keys("p p p p p p esc").closed();

    // Declarations: the Chairman's, in the committee's own words for the kind of interest.
    c.keys("j j d")
        .text("whitcombe")
        .keys("tab")
        .text("7")
        .keys("tab tab")
        .text("significant other")
        .keys("tab")
        .text("as she is related to the applicant")
        .keys("tab y ctrl-s")
        .closed();
    c.keys("j n").text("Members of the committee had each received an email from the agent for application 26/01188/FULL.").keys("ctrl-s").closed();
    c.keys("j n").text("The Chairman advised that members had visited the Former Dairy site earlier in the day.").keys("ctrl-s").closed();
    c.keys("j v u ctrl-s").closed();
    c.keys("R ctrl-s").closed();

    // The Former Dairy: the application, its speakers, refused against the recommendation.
    c.keys("j b")
        .text("26/01188/FULL")
        .keys("tab")
        .text("Former Dairy, Station Approach")
        .keys("tab")
        .text("Fourteen flats in a four storey building, with parking beneath")
        .keys("tab")
        .text("Station ward")
        .keys("tab")
        .text("approval subject to conditions and a legal agreement securing four affordable homes")
        .keys("ctrl-s")
        .closed();
    c.keys("n").text("The Principal Planning Officer presented the application and the late representations received since the report was published.").keys("ctrl-s").closed();
    c.keys("h")
        .text("Mr P Lang")
        .keys("tab o tab")
        .text("the height of the building beside the listed station")
        .keys("ctrl-s")
        .closed();
    c.keys("h")
        .text("Ms R Bell")
        .keys("tab a a ctrl-s")
        .closed();
    c.keys("h")
        .text("Councillor Olsen")
        .keys("tab w tab")
        .text("parking in Station Approach")
        .keys("ctrl-s")
        .closed();
    c.keys("m").text("That the application be refused, as the height and mass of the building would harm the setting of the listed station building.").keys("tab tab").text("doyle").keys("tab").text("chen").keys("ctrl-s").closed();
    // Five for, three against, named: Cllrs Adebayo, Grady and Ingram.
    c.keys("v h 5 tab 3 tab 0 tab down a down down down a down a ctrl-s")
        .closed();
    c.keys("R ctrl-u").text("That application 26/01188/FULL be refused for the reason that the height and mass of the building would harm the setting of the Grade II listed station building, contrary to Policy HE3 of the Local Plan.").keys("ctrl-s").closed();

    // 12 Beacon Rise: the Chairman leaves and the Vice-Chairman presides.
    c.keys("j l")
        .text("whitcombe")
        .keys("tab b ctrl-s")
        .closed();
    c.keys("C").text("adebayo").keys("ctrl-s").closed();
    c.keys("b")
        .text("26/01307/HOUSE")
        .keys("tab")
        .text("12 Beacon Rise")
        .keys("tab")
        .text("A two storey side extension")
        .keys("tab")
        .text("Beacon ward")
        .keys("tab")
        .text("approval")
        .keys("ctrl-s")
        .closed();
    c.keys("v h 6 tab 0 tab 1 ctrl-s").closed();
    c.keys("R ctrl-u").text("That application 26/01307/HOUSE be approved subject to the conditions set out in the report.").keys("ctrl-s").closed();
    c.keys("r").text("whitcombe").keys("ctrl-s").closed();
    c.keys("C").text("whitcombe").keys("ctrl-s").closed();
    c.at("19:35").keys("c enter").closed();

    let keyed = minutes_of(clerk.app.meeting(), "borough-planning");
    let wanted = minutes_of(&expected, "borough-planning");
    assert!(
        keyed == wanted,
        "{}\n\n{keyed}",
        first_difference(&keyed, &wanted)
    );
    assert_eq!(clerk.app.meeting().records.len(), expected.records.len());
}
