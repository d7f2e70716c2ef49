//! Everything the clerk can ask for with a key, named so that a config file can rebind it and
//! described so that help can be generated from the key tables.

macro_rules! actions {
    ($($name:ident => $description:literal,)*) => {
        /// What a key does. Key tables map keys to these; `update` carries them out.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action {
            $($name,)*
        }

        impl Action {
            /// Every action, in the order help lists them.
            pub const ALL: &'static [Action] = &[$(Action::$name,)*];

            /// The name a config file uses for the action.
            pub fn name(self) -> &'static str {
                match self {
                    $(Action::$name => stringify!($name),)*
                }
            }

            /// What the action does, in a few words for help and hints.
            pub fn description(self) -> &'static str {
                match self {
                    $(Action::$name => $description,)*
                }
            }

            /// The action a config file names, if any.
            pub fn from_name(name: &str) -> Option<Action> {
                Action::ALL.iter().copied().find(|action| action.name() == name)
            }
        }
    };
}

actions! {
    Help => "show the keys",
    Quit => "quit",
    NextItem => "next item",
    PreviousItem => "previous item",
    GoToItem => "go to an item",
    Commence => "the meeting commenced",
    Conclude => "the meeting concluded",
    SetClock => "set the time forms take as now (catching up from notes)",
    RollCall => "attendance",
    AddPerson => "someone new attending",
    Declare => "declaration of interest",
    MemberLeft => "a member left",
    MemberReturned => "a member returned",
    Adjourn => "adjourned",
    Reconvene => "reconvened",
    AddNote => "note",
    AddAction => "follow-up action",
    AddMotion => "motion or amendment",
    SettleMotion => "motion withdrawn or accepted",
    TakeVote => "vote",
    Resolve => "resolution",
    ExcludePublic => "exclude press and public",
    ReadmitPublic => "readmit press and public",
    TakeChair => "someone takes the chair",
    Appoint => "Chair or Vice-Chair appointed, or elected for the day",
    CoOpt => "a new member co-opted",
    PublicCount => "how many of the public are present",
    PublicSpoke => "someone from the public spoke",
    PlanningApplication => "a planning application taken",
    Payments => "a schedule of payments approved or receipts noted",
    SetPrecept => "the precept set",
    ApproveAbsence => "a member's reason for absence approved",
    EditMeeting => "the meeting's details",
    AddItem => "add an item after this one",
    EditItem => "correct the item",
    MoveItemUp => "move the item up the agenda",
    MoveItemDown => "move the item down the agenda",
    DeleteItem => "delete the item",
    WithdrawItem => "item withdrawn or deferred",
    MattersArising => "report on actions carried from earlier meetings",
    People => "everyone the meeting knows",
    Sign => "who signs the minutes",
    FocusRecords => "select a record",
    Preview => "show or hide the minutes",
    PreviewUp => "scroll the minutes up",
    PreviewDown => "scroll the minutes down",
    ExportMinutes => "write the minutes to a file",
    Search => "search everything recorded",
    Problems => "problems check finds",
    SaveCopy => "save to another file",
    Undo => "undo",
    Redo => "redo",
    RecordUp => "previous record",
    RecordDown => "next record",
    EditRecord => "correct the record",
    EditTime => "correct the time",
    DeleteRecord => "delete the record",
    MoveRecordUp => "move the record up",
    MoveRecordDown => "move the record down",
    Back => "back",
    NextField => "next field",
    PreviousField => "previous field",
    Submit => "save",
    Cancel => "cancel",
    ChoiceUp => "previous choice",
    ChoiceDown => "next choice",
    MarkPresent => "present",
    MarkApologies => "apologies",
    MarkAbsent => "absent",
    MarkVirtual => "attending virtually",
    MarkSubstitute => "substitute",
    MarkLate => "arrived late",
    Filter => "find by name",
    AddToMeeting => "add someone",
    CorrectPerson => "correct them",
    RemovePerson => "remove them",
    MakeChair => "make them Chair",
    MakeViceChair => "make them Vice-Chair",
    Unanimous => "unanimous",
    ShowOfHands => "show of hands",
    RecordedVote => "recorded vote",
    EqualVotes => "votes equal, no figures given",
    VoteFor => "for",
    VoteAgainst => "against",
    VoteAbstain => "abstained",
    VoteClear => "clear this member's vote",
    CastingFor => "casting vote for",
    CastingAgainst => "casting vote against",
    Open => "open",
    Yes => "yes",
    No => "no",
}
