//! What each action means on the live screen and among an item's records, said once for every
//! action. Both lists match every action by name, with no catch-all: a new action does not
//! compile until it is given its meaning here, or said to belong to another layer of the screen.

use crate::model::EventKind;
use crate::tui::action::Action;

/// What an action does on the live screen, away from any overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnScreen {
    /// Opens the form for a new record of this kind, under the current item.
    Record(EventKind),
    /// Opens a form asking only the time: the opening, the close, reconvening, and readmitting
    /// the press and public.
    Timed(EventKind),
    /// Opens an overlay over the screen.
    Open(Opens),
    /// Moves about the agenda, or into the item's records.
    Go(Go),
    /// Changes the agenda itself, or undoes or redoes a change.
    Change(Change),
    /// Shows, hides or scrolls the minutes preview.
    Preview(Preview),
    Quit,
}

/// The overlays an action on the live screen opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opens {
    Help,
    GoTo,
    Roll,
    AddPerson,
    Vote,
    Sign,
    SetClock,
    Search,
    Problems,
    Export,
    SaveCopy,
    EditMeeting,
    AddItem,
    EditItem,
    WithdrawItem,
    MattersArising,
    People,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Go {
    NextItem,
    PreviousItem,
    Records,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    MoveItemUp,
    MoveItemDown,
    DeleteItem,
    Undo,
    Redo,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preview {
    ShowOrHide,
    Up,
    Down,
}

impl OnScreen {
    /// Whether it only looks, and so works in a meeting open read-only.
    pub fn only_looks(self) -> bool {
        match self {
            OnScreen::Record(_) | OnScreen::Timed(_) | OnScreen::Change(_) => false,
            OnScreen::Open(opens) => matches!(
                opens,
                Opens::Help
                    | Opens::GoTo
                    | Opens::SetClock
                    | Opens::Search
                    | Opens::Problems
                    | Opens::Export
                    | Opens::SaveCopy
            ),
            OnScreen::Go(_) | OnScreen::Preview(_) | OnScreen::Quit => true,
        }
    }
}

/// Whether help offers the action to a body of this kind: the business only parish and town
/// councils do (their payments, the precept, co-option) is not offered to a committee that
/// never does it, nor planning applications to a board. The key works for any body.
pub fn offered_to(action: Action, body: crate::model::BodyKind) -> bool {
    use crate::model::BodyKind as B;
    match action {
        Action::CoOpt | Action::Payments | Action::SetPrecept => body.is_local_council(),
        Action::PlanningApplication => !matches!(body, B::Board | B::OverviewAndScrutiny),
        _ => true,
    }
}

/// What an action means on the live screen; none for an action of another layer.
pub fn on_screen(action: Action) -> Option<OnScreen> {
    use OnScreen as S;
    Some(match action {
        Action::Declare => S::Record(EventKind::Declaration),
        Action::MemberLeft => S::Record(EventKind::Left),
        Action::MemberReturned => S::Record(EventKind::Returned),
        Action::Adjourn => S::Record(EventKind::Adjourned),
        Action::AddNote => S::Record(EventKind::Note),
        Action::AddAction => S::Record(EventKind::Action),
        Action::AddMotion => S::Record(EventKind::Motion),
        Action::SettleMotion => S::Record(EventKind::MotionSettled),
        Action::Resolve => S::Record(EventKind::Resolved),
        Action::ExcludePublic => S::Record(EventKind::Excluded),
        Action::TakeChair => S::Record(EventKind::InTheChair),
        Action::Appoint => S::Record(EventKind::Appointed),
        Action::CoOpt => S::Record(EventKind::CoOpted),
        Action::PublicCount => S::Record(EventKind::PublicPresent),
        Action::PublicSpoke => S::Record(EventKind::Spoke),
        Action::PlanningApplication => S::Record(EventKind::Application),
        Action::Payments => S::Record(EventKind::Payments),
        Action::SetPrecept => S::Record(EventKind::Precept),
        Action::ApproveAbsence => S::Record(EventKind::AbsenceApproved),
        Action::Commence => S::Timed(EventKind::Commenced),
        Action::Conclude => S::Timed(EventKind::Concluded),
        Action::Reconvene => S::Timed(EventKind::Reconvened),
        Action::ReadmitPublic => S::Timed(EventKind::Readmitted),
        Action::Help => S::Open(Opens::Help),
        Action::GoToItem => S::Open(Opens::GoTo),
        Action::RollCall => S::Open(Opens::Roll),
        Action::AddPerson => S::Open(Opens::AddPerson),
        Action::TakeVote => S::Open(Opens::Vote),
        Action::Sign => S::Open(Opens::Sign),
        Action::SetClock => S::Open(Opens::SetClock),
        Action::Search => S::Open(Opens::Search),
        Action::Problems => S::Open(Opens::Problems),
        Action::ExportMinutes => S::Open(Opens::Export),
        Action::SaveCopy => S::Open(Opens::SaveCopy),
        Action::EditMeeting => S::Open(Opens::EditMeeting),
        Action::AddItem => S::Open(Opens::AddItem),
        Action::EditItem => S::Open(Opens::EditItem),
        Action::WithdrawItem => S::Open(Opens::WithdrawItem),
        Action::MattersArising => S::Open(Opens::MattersArising),
        Action::People => S::Open(Opens::People),
        Action::NextItem => S::Go(Go::NextItem),
        Action::PreviousItem => S::Go(Go::PreviousItem),
        Action::FocusRecords => S::Go(Go::Records),
        Action::MoveItemUp => S::Change(Change::MoveItemUp),
        Action::MoveItemDown => S::Change(Change::MoveItemDown),
        Action::DeleteItem => S::Change(Change::DeleteItem),
        Action::Undo => S::Change(Change::Undo),
        Action::Redo => S::Change(Change::Redo),
        Action::Preview => S::Preview(Preview::ShowOrHide),
        Action::PreviewUp => S::Preview(Preview::Up),
        Action::PreviewDown => S::Preview(Preview::Down),
        Action::Quit => S::Quit,
        // The item's records, the overlays and the start screen have keys of their own.
        Action::RecordUp
        | Action::RecordDown
        | Action::EditRecord
        | Action::EditTime
        | Action::DeleteRecord
        | Action::MoveRecordUp
        | Action::MoveRecordDown
        | Action::Back
        | Action::NextField
        | Action::PreviousField
        | Action::Submit
        | Action::Cancel
        | Action::ChoiceUp
        | Action::ChoiceDown
        | Action::MarkPresent
        | Action::MarkApologies
        | Action::MarkAbsent
        | Action::MarkVirtual
        | Action::MarkSubstitute
        | Action::MarkLate
        | Action::Filter
        | Action::AddToMeeting
        | Action::CorrectPerson
        | Action::RemovePerson
        | Action::MakeChair
        | Action::MakeViceChair
        | Action::Unanimous
        | Action::ShowOfHands
        | Action::RecordedVote
        | Action::EqualVotes
        | Action::VoteFor
        | Action::VoteAgainst
        | Action::VoteAbstain
        | Action::VoteClear
        | Action::CastingFor
        | Action::CastingAgainst
        | Action::Open
        | Action::Yes
        | Action::No => return None,
    })
}

/// What an action does while the clerk is choosing among an item's records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnRecord {
    Up,
    Down,
    Back,
    Help,
    Preview,
    Correct,
    CorrectTime,
    Delete,
    MoveUp,
    MoveDown,
    Undo,
    Redo,
}

impl OnRecord {
    /// Whether it only looks, and so works in a meeting open read-only.
    pub fn only_looks(self) -> bool {
        match self {
            OnRecord::Up | OnRecord::Down | OnRecord::Back | OnRecord::Help | OnRecord::Preview => {
                true
            }
            OnRecord::Correct
            | OnRecord::CorrectTime
            | OnRecord::Delete
            | OnRecord::MoveUp
            | OnRecord::MoveDown
            | OnRecord::Undo
            | OnRecord::Redo => false,
        }
    }
}

/// What an action means among an item's records; none for an action of another layer.
pub fn on_record(action: Action) -> Option<OnRecord> {
    Some(match action {
        Action::RecordUp => OnRecord::Up,
        Action::RecordDown => OnRecord::Down,
        Action::Back => OnRecord::Back,
        Action::Help => OnRecord::Help,
        Action::Preview => OnRecord::Preview,
        Action::EditRecord => OnRecord::Correct,
        Action::EditTime => OnRecord::CorrectTime,
        Action::DeleteRecord => OnRecord::Delete,
        Action::MoveRecordUp => OnRecord::MoveUp,
        Action::MoveRecordDown => OnRecord::MoveDown,
        Action::Undo => OnRecord::Undo,
        Action::Redo => OnRecord::Redo,
        // Actions of the live screen itself, the overlays and the start screen.
        Action::Quit
        | Action::NextItem
        | Action::PreviousItem
        | Action::GoToItem
        | Action::Commence
        | Action::Conclude
        | Action::SetClock
        | Action::RollCall
        | Action::AddPerson
        | Action::Declare
        | Action::MemberLeft
        | Action::MemberReturned
        | Action::Adjourn
        | Action::Reconvene
        | Action::AddNote
        | Action::AddAction
        | Action::AddMotion
        | Action::SettleMotion
        | Action::TakeVote
        | Action::Resolve
        | Action::ExcludePublic
        | Action::ReadmitPublic
        | Action::TakeChair
        | Action::Appoint
        | Action::CoOpt
        | Action::PublicCount
        | Action::PublicSpoke
        | Action::PlanningApplication
        | Action::Payments
        | Action::SetPrecept
        | Action::ApproveAbsence
        | Action::EditMeeting
        | Action::AddItem
        | Action::EditItem
        | Action::MoveItemUp
        | Action::MoveItemDown
        | Action::DeleteItem
        | Action::WithdrawItem
        | Action::MattersArising
        | Action::People
        | Action::Sign
        | Action::FocusRecords
        | Action::PreviewUp
        | Action::PreviewDown
        | Action::ExportMinutes
        | Action::Search
        | Action::Problems
        | Action::SaveCopy
        | Action::NextField
        | Action::PreviousField
        | Action::Submit
        | Action::Cancel
        | Action::ChoiceUp
        | Action::ChoiceDown
        | Action::MarkPresent
        | Action::MarkApologies
        | Action::MarkAbsent
        | Action::MarkVirtual
        | Action::MarkSubstitute
        | Action::MarkLate
        | Action::Filter
        | Action::AddToMeeting
        | Action::CorrectPerson
        | Action::RemovePerson
        | Action::MakeChair
        | Action::MakeViceChair
        | Action::Unanimous
        | Action::ShowOfHands
        | Action::RecordedVote
        | Action::EqualVotes
        | Action::VoteFor
        | Action::VoteAgainst
        | Action::VoteAbstain
        | Action::VoteClear
        | Action::CastingFor
        | Action::CastingAgainst
        | Action::Open
        | Action::Yes
        | Action::No => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::{Keymap, Layer};

    #[test]
    fn every_kind_of_record_with_a_form_of_its_own_has_a_key() {
        use crate::model::{Body, FormContext, Meeting};
        let meeting = Meeting::new(
            Body::named("Committee"),
            chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a date"),
            "Room 1",
            1,
        );
        let room = meeting.room_now();
        let context = FormContext {
            meeting: &meeting,
            room: &room,
            item: None,
            editing: None,
            about: None,
        };
        // Bound to a key of the live screen by default, not only named for a config file.
        let keymap = Keymap::default();
        let keyed: Vec<EventKind> = keymap
            .bindings(Layer::Live)
            .iter()
            .filter_map(|binding| match on_screen(binding.action) {
                Some(OnScreen::Record(kind) | OnScreen::Timed(kind)) => Some(kind),
                _ => None,
            })
            .collect();
        for kind in EventKind::ALL {
            // A substitute is marked on the attendance list (`s`), which opens its form.
            if kind.blank(&context).is_some() && *kind != EventKind::Substitute {
                assert!(
                    keyed.contains(kind),
                    "{kind:?} has a form but no key opens it"
                );
            }
        }
    }

    #[test]
    fn a_parish_is_offered_its_payments_and_a_committee_is_not() {
        use crate::model::BodyKind;
        for action in [Action::Payments, Action::SetPrecept, Action::CoOpt] {
            assert!(offered_to(action, BodyKind::ParishCouncil), "{action:?}");
            assert!(offered_to(action, BodyKind::TownCouncil), "{action:?}");
            assert!(!offered_to(action, BodyKind::Committee), "{action:?}");
        }
        assert!(offered_to(Action::PlanningApplication, BodyKind::Committee));
        assert!(offered_to(
            Action::PlanningApplication,
            BodyKind::ParishCouncil
        ));
        assert!(!offered_to(Action::PlanningApplication, BodyKind::Board));
        assert!(offered_to(Action::PublicSpoke, BodyKind::Board));
    }

    #[test]
    fn every_key_of_the_live_screen_and_the_records_means_something_there() {
        let keymap = Keymap::default();
        for binding in keymap.bindings(Layer::Live) {
            assert!(
                on_screen(binding.action).is_some(),
                "{:?} is bound on the live screen but does nothing there",
                binding.action
            );
        }
        for binding in keymap.bindings(Layer::Records) {
            assert!(
                on_record(binding.action).is_some(),
                "{:?} is bound among the records but does nothing there",
                binding.action
            );
        }
    }
}
