//! What happened at the meeting, one timestamped record at a time, in the order it happened.
//! Records are facts as the clerk saw them; anything that can be worked out from them (who is in
//! the room, whether a vote was carried) is derived elsewhere, never stored twice.

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use super::business::{Capacity, Money, Payment};
use super::{ItemId, MotionId, Office, PersonId, RecordId};

/// One entry in the meeting's log. The log's order is the order of events; the time is what the
/// clock said, kept for the minutes, and never used to reorder the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The record's handle, unique in the file. Files written before records had handles are
    /// given them, in log order, when they are read.
    #[serde(default, skip_serializing_if = "RecordId::is_unset")]
    pub id: RecordId,
    /// Clock time of the event, when known (minutes rebuilt from paper rarely have one).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::clock::optional"
    )]
    pub at: Option<NaiveTime>,
    /// The agenda item under consideration when it happened; none outside the items (the
    /// opening attendance, the close).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<ItemId>,
    pub event: Event,
}

impl Record {
    /// A record not yet given its handle; the meeting gives it one when it joins the log.
    pub fn new(at: Option<NaiveTime>, item: Option<ItemId>, event: Event) -> Record {
        Record {
            id: RecordId::UNSET,
            at,
            item,
            event,
        }
    }
}

/// Everything a clerk records. People, items and motions are referred to by their `id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Event {
    /// The Chair opened the meeting.
    Commenced,
    /// The Chair closed the meeting.
    Concluded,
    /// In the room (members, officers and others alike).
    Present {
        person: PersonId,
    },
    /// Attending by video link: listed, but not in the room, so not counted for quorum or votes.
    AttendingVirtually {
        person: PersonId,
    },
    Apologies {
        person: PersonId,
        /// Why, when the minutes give it: "owing to work commitments".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    Absent {
        person: PersonId,
    },
    /// Attending in place of a member, who is named when known.
    Substitute {
        person: PersonId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        for_member: Option<PersonId>,
    },
    /// Arrived after the meeting had begun.
    ArrivedLate {
        person: PersonId,
    },
    /// Presiding, when not the Chair ("Vice-Chair, in the Chair").
    InTheChair {
        person: PersonId,
    },
    /// The body appointed its Chair or Vice-Chair at the meeting: from here on the member holds
    /// that office (and whoever held it before no longer does).
    Appointed {
        person: PersonId,
        office: Office,
        /// "the municipal year 2025/26".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        term: Option<String>,
        /// Elected to preside (or to be vice) for this meeting only, the holder being away:
        /// the offices do not change.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        for_meeting: bool,
    },
    /// A new member co-opted by the body, from here on a member in the room; `accepted` when
    /// they then signed the declaration of acceptance of office.
    CoOpted {
        person: PersonId,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        accepted: bool,
    },
    Left {
        person: PersonId,
        how: Leaving,
    },
    Returned {
        person: PersonId,
    },
    Declaration {
        person: PersonId,
        /// The items the interest concerns; empty for an interest in general.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        items: Vec<ItemId>,
        /// The planning applications the interest concerns, by reference: it bars the member
        /// from those applications' business only, not from the rest of their item.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        applications: Vec<String>,
        #[serde(default)]
        kind: InterestKind,
        /// The declaration as the member gave it.
        words: String,
        /// The member said they would leave the room for the item.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        will_leave: bool,
        /// The Chair allowed the member to speak before leaving.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        may_speak_first: bool,
        /// A dispensation the member holds for the business, as granted: "granted by the
        /// Standards Committee on 3 March 2026 to speak and vote".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        dispensation: Option<String>,
    },
    Adjourned {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
    Reconvened,
    /// Narrative, questions and comments, officers' responses.
    Note {
        #[serde(default)]
        kind: NoteKind,
        text: String,
        /// Who spoke, when it matters to the minutes.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<PersonId>,
    },
    /// Something promised for after the meeting ("a written response would be provided").
    Action {
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        owner: Option<PersonId>,
    },
    /// A motion or amendment put to the meeting.
    Motion {
        /// Handle for votes and outcomes on this motion, unique in the file.
        id: MotionId,
        #[serde(default)]
        kind: MotionKind,
        text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        mover: Option<PersonId>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        seconder: Option<PersonId>,
        /// Seconded, though the seconder was not named; a named seconder implies it.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        seconded: bool,
        /// What an amendment amends: "recommendation 3".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        amends: Option<String>,
    },
    /// A motion settled without a vote: withdrawn, accepted into the substantive motion, or
    /// declared carried or lost by the Chair.
    MotionSettled {
        motion: MotionId,
        outcome: Outcome,
    },
    /// A vote: on a named motion, or else on the item's recommendations.
    Vote {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        motion: Option<MotionId>,
        count: Count,
        /// The Chair's casting vote on an equality of votes.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        casting: Option<Side>,
    },
    /// What was RESOLVED on the item.
    Resolved {
        /// Words before the clauses ("That the committee:").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        preamble: Option<String>,
        clauses: Vec<Clause>,
        /// Why, as an executive's decision gives its reasons.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reasons: Option<String>,
        /// The other options an executive considered and rejected.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        rejected: Option<String>,
    },
    /// The press and public excluded; what follows is Part 2 until they are readmitted.
    Excluded {
        /// Paragraphs of Part 1 of Schedule 12A to the Local Government Act 1972.
        paragraphs: Vec<u8>,
        /// The statutory wording, when the body uses words other than the standard form.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        wording: Option<String>,
    },
    /// The press and public readmitted after Part 2 business.
    Readmitted,
    /// How many members of the public were present.
    PublicPresent {
        count: u32,
    },
    /// Someone from the public side of the room spoke: in public participation or question
    /// time, or on a planning application. Their name may be left out.
    Spoke {
        #[serde(default, skip_serializing_if = "String::is_empty")]
        name: String,
        #[serde(default)]
        capacity: Capacity,
        /// What they spoke about: "the speed of traffic on Church Lane".
        #[serde(default, skip_serializing_if = "String::is_empty")]
        about: String,
    },
    /// A planning application taken under the item. What follows under the item (speakers,
    /// the motion, the vote, the decision) is about it, until the next application.
    Application {
        /// "20/501261/FULL".
        reference: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        site: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        proposal: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ward: Option<String>,
        /// The planning officer's recommendation: "approve subject to conditions".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        recommendation: Option<String>,
    },
    /// A schedule of payments approved, or of receipts noted.
    Payments {
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        receipts: bool,
        entries: Vec<Payment>,
    },
    /// The precept set for the coming financial year ("2027/28").
    Precept {
        year: String,
        amount: Money,
    },
    /// The council approved the reason for a member's absence (section 85 of the Local
    /// Government Act 1972), until a date when it gave one.
    AbsenceApproved {
        person: PersonId,
        reason: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        until: Option<chrono::NaiveDate>,
    },
}

/// How a member left the room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Leaving {
    /// Left during the item and may come back.
    #[default]
    DuringItem,
    /// Left ahead of the debate and vote, usually after declaring an interest.
    BeforeDebateAndVote,
    /// Left the meeting and did not return.
    DidNotReturn,
}

/// The kinds of interest that codes of conduct name; councils' codes differ, so any other
/// wording can be kept as it was said.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum InterestKind {
    DisclosablePecuniary,
    OtherRegisterable,
    NonRegisterable,
    Pecuniary,
    NonPecuniary,
    Personal,
    /// "An interest", with no kind given.
    #[default]
    Unspecified,
    /// A kind in the body's own words.
    Described(String),
}

impl InterestKind {
    /// An interest that stops the member taking part in the debate and vote.
    pub fn bars_voting(&self) -> bool {
        matches!(
            self,
            InterestKind::DisclosablePecuniary | InterestKind::Pecuniary
        )
    }
}

/// What a note is, so the minutes can lead into it as clerks do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum NoteKind {
    #[default]
    Narrative,
    Question,
    Comment,
    /// An officer's answer.
    Response,
}

/// Whether a motion is the substantive motion or an amendment to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum MotionKind {
    #[default]
    Substantive,
    /// Moved and seconded, debated and voted on.
    FormalAmendment,
    /// Offered to the mover, who may accept it into the motion.
    FriendlyAmendment,
}

/// How a motion ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Carried,
    Lost,
    Withdrawn,
    /// Accepted and became part of the substantive motion.
    Incorporated,
    /// Accepted by its mover and became part of the substantive motion.
    AcceptedByMover,
}

/// The figures of a vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Count {
    Unanimous,
    /// The votes were equal, the figures not given: the minutes say only that, and how the
    /// Chair's casting vote went.
    Equal,
    /// A show of hands, counted.
    ShowOfHands {
        in_favour: u32,
        against: u32,
        #[serde(default)]
        abstentions: u32,
        /// Those who voted against, named when the minutes name them ("Councillors X and Y
        /// voted against"); the figures still count everyone.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        named_against: Vec<PersonId>,
        /// Those who abstained, named when the minutes name them.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        named_abstaining: Vec<PersonId>,
    },
    /// A recorded vote naming how each member voted.
    Recorded {
        #[serde(default)]
        in_favour: Vec<PersonId>,
        #[serde(default)]
        against: Vec<PersonId>,
        #[serde(default)]
        abstentions: Vec<PersonId>,
    },
}

/// A side of a vote, for the Chair's casting vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Side {
    For,
    Against,
}

/// One clause of a resolution, with its own sub-clauses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    /// The label as the body prints it ("1.", "(i)", "a."); none for a single unnumbered clause.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clauses: Vec<Clause>,
}

impl Event {
    /// The Schedule 12A paragraphs an exclusion cites; none for any other record.
    pub fn exempt_paragraphs(&self) -> &[u8] {
        if let Event::Excluded { paragraphs, .. } = self {
            return paragraphs;
        }
        &[]
    }
}
