//! What the record says in the minutes, as facts for house-style sentences: each [`Phrase`]
//! names a sentence by its [`Key`] and fills its slots. The words themselves belong to the
//! council's house style, never to this module; nothing here knows how a name or a time prints.

use chrono::{NaiveDate, NaiveTime};

use super::{BodyKind, Clause, Office, PersonId};

macro_rules! keys {
    ($($(#[doc = $doc:literal])* $variant:ident => $name:literal [$($slot:literal),*],)*) => {
        /// Every sentence (or piece of one) the minutes can say. A house style gives each its
        /// words; `slots` are the placeholders its words may use.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Key {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$variant,)*];

            /// The name a house-style file uses for the sentence.
            pub fn name(self) -> &'static str {
                match self {
                    $(Key::$variant => $name,)*
                }
            }

            /// What the sentence is for, with an example, as its documentation says; `minutebook
            /// style` prints it above the sentence.
            pub fn about(self) -> &'static str {
                match self {
                    $(Key::$variant => concat!("" $(, $doc, "\n")*),)*
                }
            }

            /// The placeholders the sentence's words may use.
            pub fn slots(self) -> &'static [&'static str] {
                match self {
                    $(Key::$variant => &[$($slot),*],)*
                }
            }

            pub fn from_name(name: &str) -> Option<Key> {
                Key::ALL.iter().copied().find(|key| key.name() == name)
            }
        }
    };
}

keys! {
    /// Printed above everything: "These minutes are subject to approval at the next meeting."
    DraftBanner => "draft_banner" [],
    /// "Minutes of a meeting of the Children and Families Committee".
    Heading => "heading" ["body", "the_body"],
    /// "held on Monday, 14th February, 2022 in the Committee Suite"; {time} is the time the
    /// meeting commenced, or else the time the agenda gave.
    HeldOn => "held_on" ["date", "venue", "the_venue", "time"],
    /// Printed after the attendance, before the first minute: "The meeting commenced at 7.00pm."
    Opening => "opening" ["start"],
    /// A minute's reference: "66", "Cou/123/24-25", "PLA146/14", "T49.", "2020-06_1".
    MinuteReference => "minute_reference" ["number", "item", "year", "year_short", "month", "day", "municipal_start", "municipal_end", "municipal_start_short", "municipal_end_short"],
    /// A part of an item's minute: "338.1".
    SubMinuteReference => "sub_minute_reference" ["number", "sub", "item", "year", "year_short", "month", "day", "municipal_start", "municipal_end", "municipal_start_short", "municipal_end_short"],
    /// A minute's heading line: "66 APOLOGIES FOR ABSENCE", "T49. Apologies for Absence".
    MinuteHeading => "minute_heading" ["reference", "title", "item"],
    /// A councillor named in a sentence or a list line: "Councillor K Flavell", "Cllr Hobson".
    CouncillorName => "councillor_name" ["name"],
    /// The presiding member's title and the deputy's, for each way a body styles them.
    TitleChair => "title_chair" [],
    TitleViceChair => "title_vice_chair" [],
    TitleChairman => "title_chairman" [],
    TitleViceChairman => "title_vice_chairman" [],
    TitleMayor => "title_mayor" [],
    TitleDeputyMayor => "title_deputy_mayor" [],
    TitleLordMayor => "title_lord_mayor" [],
    TitleDeputyLordMayor => "title_deputy_lord_mayor" [],
    Present => "present" [],
    /// The Chair's and Vice-Chair's own lines: "Councillor K Flavell (Chair)".
    ChairLine => "chair_line" ["name", "capacity"],
    /// The capacity of a Vice-Chair presiding: "Vice-Chair, in the Chair".
    PresidingViceChair => "presiding_vice_chair" ["chair", "vice_chair"],
    /// The capacity of any other member presiding: "in the Chair".
    PresidingMember => "presiding_member" ["chair", "vice_chair"],
    /// One other councillor present: "Councillor L Smith"; {each} is the name with its title.
    OneCouncillor => "one_councillor" ["names", "each"],
    /// The other councillors present: "Councillors M Addison, L Anderson and L Smith"; {each}
    /// gives every name its title: "Cllr Addison, Cllr Anderson and Cllr Smith".
    Councillors => "councillors" ["names", "each"],
    Officers => "officers" [],
    /// One officer's line: "Sarah Smith, Democratic Services Officer".
    OfficerLine => "officer_line" ["name", "role"],
    AlsoPresent => "also_present" [],
    /// A councillor who arrived late, in the attendance: "Cllr Smith (arrived at 7.05pm)".
    ArrivedInList => "arrived_in_list" ["line", "time"],
    /// A member co-opted at the meeting, in the attendance, a member only from then on:
    /// "Cllr B Nolan (from item 7)"; {item} is the agenda number of the item they were
    /// co-opted under, {time} when.
    CoOptedInList => "co_opted_in_list" ["line", "item", "time"],
    /// Members marked absent, without apologies: "Councillors not present: A and B".
    NotPresent => "not_present" ["councillors", "names"],
    /// The attendance as one paragraph, when the house style prints it so.
    PresentParagraph => "present_paragraph" ["members", "officers", "others", "public"],
    /// An attendance line for someone who joined by video link.
    AttendedVirtually => "attended_virtually" ["line"],
    VotingMembers => "voting_members" [],
    NonVotingMembers => "non_voting_members" [],
    AssociateMembers => "associate_members" [],
    /// A board's last group: "Cheshire East Officers and Others".
    OfficersAndOthers => "officers_and_others" ["council"],
    NoApologies => "no_apologies" [],
    /// Apologies from councillors: "Apologies for absence were received from Councillors A and B."
    Apologies => "apologies" ["councillors", "names"],
    /// Apologies when some who sent them are not councillors, with their organisations.
    ApologiesOthers => "apologies_others" ["names"],
    /// Apologies from people who are not members, after the members' own: "Apologies were
    /// also received from District Councillor M Doyle."
    ApologiesAlso => "apologies_also" ["names"],
    /// Apologies when any gave a reason: {each} is everyone with theirs, "Cllr A (work
    /// commitments) and Cllr B".
    ApologiesWithReasons => "apologies_with_reasons" ["each"],
    /// A reason after a name in {each}: "Cllr A (work commitments)".
    ApologyReason => "apology_reason" ["name", "reason"],
    Substitute => "substitute" ["names", "councillors", "for"],
    Substitutes => "substitutes" ["names", "councillors", "each"],
    NoDeclarations => "no_declarations" [],
    DeclarationsOpening => "declarations_opening" [],
    /// "Councillor X declared a non-pecuniary interest in respect of item 6 as ...".
    Declaration => "declaration" ["who", "interest", "items", "words", "leaving", "speaks_first", "private"],
    /// A declaration given in the member's own words, starting "that ...", with no kind.
    DeclarationThat => "declaration_that" ["who", "words", "leaving", "speaks_first", "private"],
    /// Added to a declaration when the member will leave for the item.
    DeclarationWillLeave => "declaration_will_leave" ["items"],
    DeclarationSpeaksFirst => "declaration_speaks_first" ["who", "chair"],
    /// A declaration about Part 2 business only, in the public minutes.
    DeclarationInPrivate => "declaration_in_private" ["who", "interest", "items"],
    DeclarationNotForPublication => "declaration_not_for_publication" [],
    /// After a declaration, a dispensation the member held: "Cllr A held a dispensation,
    /// granted by the Standards Committee on 3 March 2026 to speak and vote."
    DeclarationDispensation => "declaration_dispensation" ["who", "dispensation"],
    InterestDisclosablePecuniary => "interest_disclosable_pecuniary" [],
    InterestsDisclosablePecuniary => "interests_disclosable_pecuniary" [],
    InterestOtherRegisterable => "interest_other_registerable" [],
    InterestsOtherRegisterable => "interests_other_registerable" [],
    InterestNonRegisterable => "interest_non_registerable" [],
    InterestsNonRegisterable => "interests_non_registerable" [],
    InterestPecuniary => "interest_pecuniary" [],
    InterestsPecuniary => "interests_pecuniary" [],
    InterestNonPecuniary => "interest_non_pecuniary" [],
    InterestsNonPecuniary => "interests_non_pecuniary" [],
    InterestPersonal => "interest_personal" [],
    InterestsPersonal => "interests_personal" [],
    InterestUnspecified => "interest_unspecified" [],
    InterestsUnspecified => "interests_unspecified" [],
    /// An interest of a kind the body names in its own words: "a governorship interest".
    InterestDescribed => "interest_described" ["words"],
    InterestsDescribed => "interests_described" ["words"],
    /// An item taken off the agenda.
    ItemWithdrawn => "item_withdrawn" ["reason"],
    /// An item put off to a later meeting.
    ItemDeferred => "item_deferred" ["to", "reason"],
    /// Said at the first item taken out of its place on the agenda.
    OrderVaried => "order_varied" ["chair", "item", "before"],
    NoWhipping => "no_whipping" [],
    NoPublicSpeakers => "no_public_speakers" [],
    /// "item 6"
    OneItem => "one_item" ["number", "title"],
    /// "items 10 and 11"
    Items => "items" ["numbers"],
    /// A planning application a declaration concerns: "application 26/00210/FUL".
    OneApplication => "one_application" ["reference"],
    /// "applications 26/00210/FUL and 26/00233/HOUSE".
    SomeApplications => "some_applications" ["references"],
    /// A declaration about items and applications both: "item 6 and application 26/00210/FUL".
    ItemsAndApplications => "items_and_applications" ["items", "applications"],
    /// The item a member will leave for, by number and title: "item 6, Schools Funding".
    ItemWithTitle => "item_with_title" ["number", "title"],
    /// "these items", when a member will leave for several.
    TheseItems => "these_items" [],
    /// "the item", when a declaration names none.
    TheItem => "the_item" [],
    /// The resolution appointing the Chair or Vice-Chair.
    /// "That Cllr J Smith be elected Chairman for this meeting."
    /// The usual resolution on the last meeting's minutes, offered when the clerk records one
    /// on that item; {date} as the agenda gives it: "That the minutes of the meeting held on
    /// 5 May 2026 be approved as a correct record."
    PreviousMinutesApproved => "previous_minutes_approved" ["date"],
    AppointmentForMeeting => "appointment_for_meeting" ["name", "office", "year"],
    /// An appointment for a term the clerk typed: "That Cllr A be appointed Chair for 2026".
    AppointmentResolution => "appointment_resolution" ["name", "office", "term", "year"],
    /// An appointment for the municipal year, {year} being "2025/26": "That Cllr A be appointed
    /// Chair for the municipal year 2025/26".
    AppointmentForYear => "appointment_for_year" ["name", "office", "year"],
    /// "during consideration of this item", for a sentence about something that happened
    /// inside an item; each sentence that may say it offers it as {during}.
    DuringThisItem => "during_this_item" [],
    Left => "left" ["name", "during"],
    LeftBeforeVote => "left_before_vote" ["name", "during"],
    LeftNotReturning => "left_not_returning" ["name", "during"],
    Returned => "returned" ["name"],
    Arrived => "arrived" ["name", "time"],
    TookChair => "took_chair" ["name"],
    /// {reason} is a reason as part of the sentence ("for a short break"); {reason_sentence}
    /// one typed as a sentence of its own, to follow it.
    Adjourned => "adjourned" ["body", "time", "reason", "reason_sentence", "during"],
    AdjournedAndReconvened => "adjourned_and_reconvened" ["body", "time", "back", "reason", "reason_sentence", "during"],
    /// An adjournment's reason as part of its sentence: "for a short break". Not used when the
    /// reason starts with its own joining word ("to allow", "while", "so that").
    AdjournedFor => "adjourned_for" ["reason"],
    Reconvened => "reconvened" ["body", "time"],
    MovedAndSeconded => "moved_and_seconded" ["a_motion", "mover", "seconder", "text", "amends"],
    MovedBy => "moved_by" ["a_motion", "mover", "text", "amends"],
    SecondedBy => "seconded_by" ["a_motion", "seconder", "text", "amends"],
    Moved => "moved" ["a_motion", "text", "amends"],
    /// Seconded, with nobody named for it.
    MovedAndSecondedUnnamed => "moved_and_seconded_unnamed" ["a_motion", "text", "amends"],
    MovedByAndSecondedUnnamed => "moved_by_and_seconded_unnamed" ["a_motion", "mover", "text", "amends"],
    /// {seconded} says it was seconded by someone not named.
    FriendlyAmendmentBy => "friendly_amendment_by" ["mover", "text", "seconder", "seconded", "amends"],
    FriendlyAmendment => "friendly_amendment" ["text", "seconder", "seconded", "amends"],
    /// {seconded} in those: "seconded".
    SecondedWord => "seconded_word" [],
    /// "A motion", as a sentence begins.
    AMotion => "a_motion" [],
    /// "An amendment", as a sentence begins.
    AnAmendment => "an_amendment" [],
    /// How the narrative names a committee within a sentence: "The Committee adjourned".
    BodyCommittee => "body_committee" [],
    /// How the narrative names a sub-committee: "The Sub-Committee adjourned".
    BodySubCommittee => "body_sub_committee" [],
    /// How the narrative names a board: "The Board adjourned".
    BodyBoard => "body_board" [],
    /// How the narrative names a parish or town council meeting as a whole: "The Council
    /// adjourned".
    BodyCouncil => "body_council" [],
    /// How the narrative names a cabinet or executive: "The Cabinet adjourned".
    BodyExecutive => "body_executive" [],
    /// "motion", inside a sentence.
    MotionWord => "motion_word" [],
    /// "amendment", inside a sentence.
    AmendmentWord => "amendment_word" [],
    /// "recommendation": what a vote is on when no motion was named.
    RecommendationWord => "recommendation_word" [],
    /// What a vote is on once an amendment has been carried: "substantive motion as amended".
    SubstantiveAsAmendedWord => "substantive_as_amended_word" [],
    Withdrawn => "withdrawn" ["what"],
    Incorporated => "incorporated" ["what"],
    /// Only when the record says the mover accepted it.
    AcceptedByMover => "accepted_by_mover" ["what"],
    CarriedWithoutVote => "carried_without_vote" ["what"],
    LostWithoutVote => "lost_without_vote" ["what"],
    VoteUnanimous => "vote_unanimous" ["what"],
    VoteCounted => "vote_counted" ["what", "outcome", "figures"],
    VoteCasting => "vote_casting" ["what", "outcome", "figures", "chair"],
    /// A vote whose votes were equal, the figures not given: "The motion was put to the vote
    /// and, the votes being equal, was lost on the Chair’s casting vote."
    VoteCastingEqual => "vote_casting_equal" ["what", "outcome", "chair"],
    CarriedWord => "carried_word" [],
    LostWord => "lost_word" [],
    TiedWord => "tied_word" [],
    /// "4 for, 4 against, 1 abstention".
    Figures => "figures" ["for", "against", "abstentions"],
    /// The figures of a motion lost, in the order the result reads: "defeated 7-3".
    FiguresLost => "figures_lost" ["for", "against", "abstentions"],
    OneAbstention => "one_abstention" [],
    Abstentions => "abstentions" ["count"],
    /// Before the names in a recorded vote; {what} is what it was on ("motion",
    /// "substantive motion as amended").
    RecordedVote => "recorded_vote" ["what"],
    /// Those named against and abstaining on a show of hands: "Councillors X and Y voted
    /// against. Councillor Z abstained."
    Dissenters => "dissenters" ["against", "abstaining"],
    RecordedFor => "recorded_for" [],
    RecordedAgainst => "recorded_against" [],
    RecordedAbstain => "recorded_abstain" [],
    RecordedNone => "recorded_none" [],
    Resolved => "resolved" [],
    /// An executive's reasons, after its decision: "Reasons for the decision: {text}".
    DecisionReasons => "decision_reasons" ["text"],
    /// The options an executive rejected: "Alternative options considered and rejected: {text}".
    DecisionRejected => "decision_rejected" ["text"],
    /// The resolution with its motion and vote in one sentence, when the house style joins
    /// them: "It was proposed by {mover}, seconded by {seconder} and RESOLVED {vote}:".
    ResolvedTogether => "resolved_together" ["mover", "seconder", "vote", "amendments"],
    /// {vote} in that sentence, for a unanimous vote: "unanimously".
    VoteWordsUnanimous => "vote_words_unanimous" [],
    /// {vote} for a counted vote: "by 8 votes to 0, with 2 abstentions".
    VoteWordsCounted => "vote_words_counted" ["for", "against", "abstentions", "figures"],
    /// {vote} for a vote decided by the Chair: "on the Chair's casting vote".
    VoteWordsCasting => "vote_words_casting" ["for", "against", "chair"],
    /// {amendments} in that sentence, for each amendment lost on a vote: "after an amendment
    /// was defeated 7-3".
    AmendmentLostWords => "amendment_lost_words" ["figures"],
    ResolvedUnanimously => "resolved_unanimously" [],
    ResolvedBy => "resolved_by" ["for", "against", "abstentions"],
    ResolvedCasting => "resolved_casting" ["for", "against", "chair"],
    /// Carried on the casting vote, the votes being equal with no figures given: "RESOLVED
    /// (on the Chair’s casting vote, the votes being equal):".
    ResolvedCastingEqual => "resolved_casting_equal" ["chair"],
    /// The statutory resolution excluding the press and public.
    Exclusion => "exclusion" ["paragraphs", "business"],
    /// What the exclusion is for, in {business}: recorded before the Part 2 item…
    ExclusionFollowing => "exclusion_following" [],
    /// …or on the Part 2 item itself.
    ExclusionThisItem => "exclusion_this_item" [],
    /// "Paragraph 3", as the exclusion cites it.
    OneParagraph => "one_paragraph" ["number"],
    /// "Paragraphs 1, 2 and 3".
    Paragraphs => "paragraphs" ["numbers"],
    /// The exclusion before its paragraph is known.
    NoParagraph => "no_paragraph" [],
    Readmitted => "readmitted" [],
    /// How many of the public were present, as a sentence of its own.
    PublicPresentNone => "public_present_none" [],
    PublicPresentOne => "public_present_one" [],
    PublicPresent => "public_present" ["count"],
    /// The count inside the attendance paragraph's {public}: "one member of the public".
    PublicOne => "public_one" [],
    PublicMany => "public_many" ["count"],
    /// Someone from the public side who spoke: "Mr A Smith (objector) addressed the
    /// Committee about loss of light."
    Spoke => "spoke" ["speaker", "body", "about"],
    /// A named speaker, in {speaker}: "Mr A Smith (objector)".
    Speaker => "speaker" ["name", "capacity"],
    /// An unnamed speaker, in {speaker}; {capacity} comes with "a" or "an": "an objector".
    SpeakerUnnamed => "speaker_unnamed" ["capacity"],
    /// In what capacity someone spoke.
    CapacityPublic => "capacity_public" [],
    CapacityObjector => "capacity_objector" [],
    CapacitySupporter => "capacity_supporter" [],
    CapacityApplicant => "capacity_applicant" [],
    CapacityAgent => "capacity_agent" [],
    CapacityWardCouncillor => "capacity_ward_councillor" [],
    CapacityParishCouncil => "capacity_parish_council" [],
    /// A planning application's heading: "20/501261/FULL – 5 River Close (Coxheath ward)".
    ApplicationHeading => "application_heading" ["reference", "site", "ward"],
    /// What it proposes, and what the officers recommended.
    ApplicationDetails => "application_details" ["proposal", "recommendation"],
    /// The resolution co-opting a member.
    CoOption => "co_option" ["name", "body"],
    /// "Stephen Marsh signed the declaration of acceptance of office."
    AcceptedOffice => "accepted_office" ["name"],
    /// Before a schedule of payments: "The following payments, totalling £2,418.60, were
    /// approved:".
    /// {total} is what was paid, VAT included; where VAT was given, {net} is the total before
    /// it and {vat} the VAT.
    PaymentsApproved => "payments_approved" ["total", "net", "vat", "count"],
    ReceiptsNoted => "receipts_noted" ["total", "net", "vat", "count"],
    /// The schedule's column headings.
    PaymentPayee => "payment_payee" [],
    PaymentFrom => "payment_from" [],
    PaymentDetails => "payment_details" [],
    /// "Amount": what was paid, where no VAT was given on any line.
    PaymentAmount => "payment_amount" [],
    /// Where VAT was given: what was paid before VAT, the VAT, and the two together.
    PaymentNet => "payment_net" [],
    PaymentVat => "payment_vat" [],
    PaymentGross => "payment_gross" [],
    /// The label of the row adding up the schedule.
    PaymentTotal => "payment_total" [],
    PaymentReference => "payment_reference" [],
    /// The resolution setting the precept.
    Precept => "precept" ["year", "amount"],
    /// The resolution approving a member's reason for absence: "That the reason for the
    /// absence of Cllr A Smith, owing to illness, be approved until 30 September 2026."
    AbsenceApproved => "absence_approved" ["name", "reason", "until"],
    /// Printed over confidential Part 2 minutes.
    NotForPublication => "not_for_publication" ["paragraphs"],
    /// The title of the notice of a meeting's decisions a community council in Wales
    /// publishes: "Notice of the decisions of {the_body}".
    NoticeTitle => "notice_title" ["body", "the_body"],
    /// The meeting it is of: "Meeting held on {date}[ at {time}][ in {the_venue}]".
    NoticeHeldOn => "notice_held_on" ["date", "time", "venue", "the_venue"],
    /// What the notice is, and the law it is published under.
    NoticeLaw => "notice_law" [],
    /// The notice's headings.
    NoticePresent => "notice_present" [],
    NoticeApologies => "notice_apologies" [],
    NoticeDeclarations => "notice_declarations" [],
    NoticeDecisions => "notice_decisions" [],
    /// Under a heading with nothing to list: "None."
    NoticeNone => "notice_none" [],
    /// A decision's heading: "{reference} {title}".
    NoticeItem => "notice_item" ["reference", "item", "title"],
    /// The title of the records of an executive's decisions: "Record of decisions: {body}".
    DecisionRecordTitle => "decision_record_title" ["body", "the_body"],
    /// What the record is, and the law it is published under.
    DecisionRecordLaw => "decision_record_law" [],
    /// One line of a decision's record: "{label}: {text}".
    DecisionRecordLine => "decision_record_line" ["label", "text"],
    /// The labels of its lines.
    DecisionRecordMaker => "decision_record_maker" [],
    DecisionRecordDate => "decision_record_date" [],
    DecisionRecordReasons => "decision_record_reasons" [],
    DecisionRecordRejected => "decision_record_rejected" [],
    DecisionRecordConflicts => "decision_record_conflicts" [],
    DecisionRecordDispensations => "decision_record_dispensations" [],
    DecisionRecordPublished => "decision_record_published" [],
    DecisionRecordFrom => "decision_record_from" [],
    /// When it may be carried out: "{date}, unless it is called in".
    DecisionRecordCallIn => "decision_record_call_in" ["date"],
    /// Where the record holds nothing for a line the law asks for.
    DecisionRecordNotRecorded => "decision_record_not_recorded" [],
    /// "paragraph 3", as the warning over Part 2 minutes cites it.
    UnderOneParagraph => "under_one_paragraph" ["number"],
    UnderParagraphs => "under_paragraphs" ["numbers"],
    CommencedAndConcluded => "commenced_and_concluded" ["start", "end"],
    CommencedOnly => "commenced_only" ["start"],
    Signature => "signature" ["name", "capacity"],
    ActionsTitle => "actions_title" ["body", "the_body", "date"],
    ActionsHeldOn => "actions_held_on" ["date"],
    NoActions => "no_actions" [],
    ActionsMinute => "actions_minute" [],
    ActionsWho => "actions_who" [],
    ActionsWhat => "actions_what" [],
    /// An action in the minutes with who is to take it: "The Clerk to obtain quotes for the
    /// bench." {owner} is a councillor by name or an officer by post.
    ActionOwned => "action_owned" ["owner", "action"],
    NotNamed => "not_named" [],
    /// An action from private business, in the confidential list.
    ActionPrivate => "action_private" [],
    /// The heading over the actions carried to the previous-minutes item.
    MattersArising => "matters_arising" [],
    /// One action carried from an earlier meeting: "Minute 34, 10 November 2025: ...".
    ArisingAction => "arising_action" ["minute", "date", "text", "owner"],
    ArisingDone => "arising_done" [],
    ArisingCarriedForward => "arising_carried_forward" [],
    ArisingNotReported => "arising_not_reported" [],
    /// A date at the head of the minutes: "Monday, 14th February, 2022".
    DateLong => "date_long" ["weekday", "day", "ordinal", "month", "year"],
    /// A date in a sentence: "14 February 2022".
    DateShort => "date_short" ["weekday", "day", "ordinal", "month", "year"],
    /// A time on a twelve-hour clock: "10.30 am"; {minute} has two digits.
    TimeTwelveHour => "time_twelve_hour" ["hour", "minute", "am_pm"],
    Am => "am" [],
    Pm => "pm" [],
    /// A time on a twenty-four-hour clock: "14.05"; {hour} and {minute} have two digits.
    TimeTwentyFourHour => "time_twenty_four_hour" ["hour", "minute"],
    /// The header of every printed page of a Word document.
    RunningHead => "running_head" ["body", "the_body", "date"],
    /// The footer of every printed page of a Word document.
    PageFooter => "page_footer" ["page", "pages"],
    /// On every page of the confidential minutes, in the header and the footer.
    ConfidentialMark => "confidential_mark" [],
}

impl Key {
    /// The word for the body meeting, as the narrative names it mid-sentence.
    pub fn body(kind: BodyKind) -> Key {
        match kind {
            BodyKind::Board => Key::BodyBoard,
            BodyKind::SubCommittee => Key::BodySubCommittee,
            BodyKind::Committee | BodyKind::OverviewAndScrutiny => Key::BodyCommittee,
            BodyKind::ParishCouncil | BodyKind::TownCouncil => Key::BodyCouncil,
            BodyKind::Executive => Key::BodyExecutive,
        }
    }
}

/// One sentence: which, and the facts that fill it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    pub key: Key,
    pub slots: Vec<(&'static str, Slot)>,
}

/// A fact that fills a placeholder. How it prints (a name's form, a time's style) is the
/// house style's business.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    Text(String),
    /// A person named in a sentence: "Councillor M Beanland".
    Person(PersonId),
    /// Who is to take an action: a councillor by name, an officer by post ("the Clerk").
    Owner(PersonId),
    /// People named in turn: "Councillor A, Councillor B and Councillor C".
    People(Vec<PersonId>),
    /// Councillors under one title: "Councillor A" or "Councillors A, B and C".
    Councillors(Vec<PersonId>),
    Time(NaiveTime),
    /// A date in a sentence, as the style's `date_short` prints it.
    Date(NaiveDate),
    Number(u32),
    /// The title of an office on this body, as the house style words it: "Chair", "Mayor".
    Office(Office),
    /// Another sentence, or part of one, inside this one.
    Phrase(Box<Phrase>),
    /// Another phrase after "a" or "an", as its first letter asks: "an objector".
    WithArticle(Box<Phrase>),
}

impl Phrase {
    pub fn new(key: Key) -> Phrase {
        Phrase {
            key,
            slots: Vec::new(),
        }
    }

    /// Fills a placeholder; a slot left unfilled prints nothing, and an optional part of the
    /// sentence that needs it is left out.
    pub fn with(mut self, name: &'static str, slot: Slot) -> Phrase {
        self.slots.push((name, slot));
        self
    }

    pub fn text(self, name: &'static str, text: impl Into<String>) -> Phrase {
        self.with(name, Slot::Text(text.into()))
    }

    pub fn person(self, name: &'static str, person: &PersonId) -> Phrase {
        self.with(name, Slot::Person(person.clone()))
    }

    pub fn phrase(self, name: &'static str, phrase: Phrase) -> Phrase {
        self.with(name, Slot::Phrase(Box::new(phrase)))
    }

    /// Fills the placeholder only when there is something to fill it with.
    pub fn maybe(self, name: &'static str, slot: Option<Slot>) -> Phrase {
        match slot {
            Some(slot) => self.with(name, slot),
            None => self,
        }
    }
}

/// What a record contributes to its minute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// A paragraph of its own.
    Paragraph(Phrase),
    /// The clerk's own words, with their paragraphs and lists as typed.
    Typed(String),
    /// What was resolved, under its marker ("RESOLVED (unanimously):").
    Resolved {
        marker: Phrase,
        preamble: Option<String>,
        clauses: Vec<Clause>,
    },
    /// A resolution in the house style's own words, such as the exclusion of the public; the
    /// appointments made together are one resolution of a paragraph each.
    ResolvedThat {
        marker: Phrase,
        resolutions: Vec<Phrase>,
    },
    /// A small heading inside the minute: a planning application's reference and site.
    Heading(Phrase),
    /// A table: a schedule of payments. The header is worded by the style; the columns in
    /// `amounts` hold sums of money, and `total` is the row that adds them up, its label in the
    /// first column and the rest of its cells after it.
    Table {
        header: Vec<Phrase>,
        amounts: Vec<usize>,
        rows: Vec<Vec<String>>,
        total: Option<(Phrase, Vec<String>)>,
    },
    /// The names for, against and abstaining in a recorded vote.
    RecordedVote {
        in_favour: Vec<PersonId>,
        against: Vec<PersonId>,
        abstaining: Vec<PersonId>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_its_own_name() {
        let mut names: Vec<&str> = Key::ALL.iter().map(|k| k.name()).collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count);
        assert_eq!(Key::from_name("left"), Some(Key::Left));
        assert_eq!(Key::from_name("lfet"), None);
    }
}
