//! What each kind of record means, beside its data: who it names, what it does to who is in
//! the room, how it reads on screen, what it says in the minutes, and the form that makes and
//! corrects it. One file per family of kinds; this file only hands each record to its family.
//!
//! A family implements [`Kind`], which has no default methods, and every dispatch below is an
//! exhaustive match: a new kind of record does not compile until it has all of them.

pub mod clauses;
mod context;

mod absence;
mod family;
pub mod form;

mod adjournment;
pub mod appointments;
pub mod attendance;
mod co_option;
pub mod declarations;
pub mod finance;
pub mod motions;
mod movements;
mod notes;
mod opening;
pub mod participation;
pub mod planning;
pub mod privacy;
pub mod resolutions;
pub mod votes;

use serde::{Deserialize, Serialize};

pub use self::context::{FormContext, InMinute, councillors, everyone, name};
use self::form::Schema;
use super::said::Said;
use super::{Event, ItemId, Meeting, MotionId, PersonId, Record, Room};

/// The behaviour every family of records gives its kinds.
pub trait Kind<'e> {
    /// Everyone the record names, the person it is about first.
    fn people(&self) -> Vec<&'e PersonId>;
    /// The agenda items it names (besides the item it is recorded under).
    fn items(&self) -> Vec<&'e ItemId>;
    /// The motion it moves, and the motion it refers to.
    fn motions(&self) -> Motions<'e>;
    /// What is wrong with the record in itself, whatever else the meeting holds.
    fn unsound(&self) -> Option<String>;
    /// What it does to who is in the room.
    fn enter(&self, room: &mut Room<'_>);
    /// Whether it settles the business of its item (a resolution, a vote, an outcome), so
    /// that an item without one can be pointed out.
    fn decides(&self) -> bool;
    /// Whether it sends the press and public out, or lets them back in.
    fn public(&self) -> Option<Public>;
    /// The record as one line, in the clerk's words, for the screen and for messages.
    fn line(&self, meeting: &Meeting, record: &Record) -> String;
    /// What it says in the minute of its item.
    fn said(&self, minute: &InMinute<'_>) -> Vec<Said>;
    /// The form that corrects it, holding what it holds; none for records changed by other
    /// means (attendance from the roll, votes from the vote form).
    fn form(&self, context: &FormContext<'_>) -> Option<Schema>;
}

/// A change in whether the press and public are present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Public {
    Excluded,
    Readmitted,
}

/// The motions a record moves or refers to, for the soundness check.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Motions<'e> {
    pub moves: Option<&'e MotionId>,
    pub refers_to: Option<&'e MotionId>,
}

/// Declares the kinds of record once, so that the list of them all cannot leave one out.
macro_rules! event_kinds {
    ($($kind:ident,)*) => {
        /// The kinds of record, without their contents: what a form makes and a draft
        /// remembers.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum EventKind {
            $($kind,)*
        }

        impl EventKind {
            /// Every kind of record, in the order they are declared.
            pub const ALL: &'static [EventKind] = &[$(EventKind::$kind,)*];
        }
    };
}

event_kinds! {
    Commenced,
    Concluded,
    Present,
    AttendingVirtually,
    Apologies,
    Absent,
    Substitute,
    ArrivedLate,
    InTheChair,
    Appointed,
    Left,
    Returned,
    Declaration,
    Adjourned,
    Reconvened,
    Note,
    Action,
    Motion,
    MotionSettled,
    Vote,
    Resolved,
    Excluded,
    Readmitted,
    CoOpted,
    PublicPresent,
    Spoke,
    Application,
    Payments,
    Precept,
    AbsenceApproved,
}

/// A record seen through its family.
pub enum View<'e> {
    Opening(opening::Opening),
    Attendance(attendance::Attendance<'e>),
    Appointment(appointments::Appointment<'e>),
    Movement(movements::Movement<'e>),
    Declaration(declarations::Declaration<'e>),
    Adjournment(adjournment::Adjournment<'e>),
    Note(notes::Note<'e>),
    Motion(motions::Motion<'e>),
    Vote(votes::Vote<'e>),
    Resolution(resolutions::Resolution<'e>),
    Privacy(privacy::Privacy<'e>),
    CoOption(co_option::CoOption<'e>),
    Participation(participation::Participation<'e>),
    Application(planning::Application<'e>),
    Finance(finance::Finance<'e>),
    Absence(absence::Absence<'e>),
}

impl Event {
    /// The record seen through its family, which knows what it means.
    pub fn view(&self) -> View<'_> {
        use attendance::Attendance as A;
        match self {
            Event::Commenced => View::Opening(opening::Opening::Commenced),
            Event::Concluded => View::Opening(opening::Opening::Concluded),
            Event::Present { person } => View::Attendance(A::Present(person)),
            Event::AttendingVirtually { person } => View::Attendance(A::Virtually(person)),
            Event::Apologies { person, reason } => View::Attendance(A::Apologies {
                person,
                reason: reason.as_deref(),
            }),
            Event::Absent { person } => View::Attendance(A::Absent(person)),
            Event::Substitute { person, for_member } => View::Attendance(A::Substitute {
                person,
                for_member: for_member.as_ref(),
            }),
            Event::ArrivedLate { person } => View::Attendance(A::ArrivedLate(person)),
            Event::InTheChair { person } => View::Attendance(A::InTheChair(person)),
            Event::Appointed {
                person,
                office,
                term,
                for_meeting,
            } => View::Appointment(appointments::Appointment {
                person,
                office: *office,
                term: term.as_deref(),
                for_meeting: *for_meeting,
            }),
            Event::Left { person, how } => {
                View::Movement(movements::Movement::Left { person, how: *how })
            }
            Event::Returned { person } => View::Movement(movements::Movement::Returned { person }),
            Event::Declaration {
                person,
                items,
                applications,
                kind,
                words,
                will_leave,
                may_speak_first,
                dispensation,
            } => View::Declaration(declarations::Declaration {
                person,
                items,
                applications,
                kind,
                words,
                will_leave: *will_leave,
                may_speak_first: *may_speak_first,
                dispensation: dispensation.as_deref(),
            }),
            Event::Adjourned { reason } => View::Adjournment(adjournment::Adjournment::Adjourned {
                reason: reason.as_deref(),
            }),
            Event::Reconvened => View::Adjournment(adjournment::Adjournment::Reconvened),
            Event::Note { kind, text, by } => View::Note(notes::Note::Note {
                kind: *kind,
                text,
                by: by.as_ref(),
            }),
            Event::Action { text, owner } => View::Note(notes::Note::Action {
                text,
                owner: owner.as_ref(),
            }),
            Event::Motion {
                id,
                kind,
                text,
                mover,
                seconder,
                seconded,
                amends,
            } => View::Motion(motions::Motion::Moved {
                id,
                kind: *kind,
                text,
                mover: mover.as_ref(),
                seconder: seconder.as_ref(),
                seconded: *seconded || seconder.is_some(),
                amends: amends.as_deref(),
            }),
            Event::MotionSettled { motion, outcome } => View::Motion(motions::Motion::Settled {
                motion,
                outcome: *outcome,
            }),
            Event::Vote {
                motion,
                count,
                casting,
            } => View::Vote(votes::Vote {
                motion: motion.as_ref(),
                count,
                casting: *casting,
            }),
            Event::Resolved {
                preamble,
                clauses,
                reasons,
                rejected,
            } => View::Resolution(resolutions::Resolution {
                preamble: preamble.as_deref(),
                clauses,
                reasons: reasons.as_deref(),
                rejected: rejected.as_deref(),
            }),
            Event::Excluded {
                paragraphs,
                wording,
            } => View::Privacy(privacy::Privacy::Excluded {
                paragraphs,
                wording: wording.as_deref(),
            }),
            Event::Readmitted => View::Privacy(privacy::Privacy::Readmitted),
            Event::CoOpted { person, accepted } => View::CoOption(co_option::CoOption {
                person,
                accepted: *accepted,
            }),
            Event::PublicPresent { count } => {
                View::Participation(participation::Participation::PublicPresent(*count))
            }
            Event::Spoke {
                name,
                capacity,
                about,
            } => View::Participation(participation::Participation::Spoke {
                name,
                capacity: *capacity,
                about,
            }),
            Event::Application {
                reference,
                site,
                proposal,
                ward,
                recommendation,
            } => View::Application(planning::Application {
                reference,
                site,
                proposal,
                ward: ward.as_deref(),
                recommendation: recommendation.as_deref(),
            }),
            Event::Payments { receipts, entries } => View::Finance(finance::Finance::Payments {
                receipts: *receipts,
                entries,
            }),
            Event::Precept { year, amount } => View::Finance(finance::Finance::Precept {
                year,
                amount: *amount,
            }),
            Event::AbsenceApproved {
                person,
                reason,
                until,
            } => View::Absence(absence::Absence {
                person,
                reason,
                until: *until,
            }),
        }
    }

    pub fn kind(&self) -> EventKind {
        match self {
            Event::Commenced => EventKind::Commenced,
            Event::Concluded => EventKind::Concluded,
            Event::Present { .. } => EventKind::Present,
            Event::AttendingVirtually { .. } => EventKind::AttendingVirtually,
            Event::Apologies { .. } => EventKind::Apologies,
            Event::Absent { .. } => EventKind::Absent,
            Event::Substitute { .. } => EventKind::Substitute,
            Event::ArrivedLate { .. } => EventKind::ArrivedLate,
            Event::InTheChair { .. } => EventKind::InTheChair,
            Event::Appointed { .. } => EventKind::Appointed,
            Event::Left { .. } => EventKind::Left,
            Event::Returned { .. } => EventKind::Returned,
            Event::Declaration { .. } => EventKind::Declaration,
            Event::Adjourned { .. } => EventKind::Adjourned,
            Event::Reconvened => EventKind::Reconvened,
            Event::Note { .. } => EventKind::Note,
            Event::Action { .. } => EventKind::Action,
            Event::Motion { .. } => EventKind::Motion,
            Event::MotionSettled { .. } => EventKind::MotionSettled,
            Event::Vote { .. } => EventKind::Vote,
            Event::Resolved { .. } => EventKind::Resolved,
            Event::Excluded { .. } => EventKind::Excluded,
            Event::Readmitted => EventKind::Readmitted,
            Event::CoOpted { .. } => EventKind::CoOpted,
            Event::PublicPresent { .. } => EventKind::PublicPresent,
            Event::Spoke { .. } => EventKind::Spoke,
            Event::Application { .. } => EventKind::Application,
            Event::Payments { .. } => EventKind::Payments,
            Event::Precept { .. } => EventKind::Precept,
            Event::AbsenceApproved { .. } => EventKind::AbsenceApproved,
        }
    }

    /// The person the record is about, if any.
    pub fn person(&self) -> Option<&PersonId> {
        self.view().people().first().copied()
    }

    /// Every person the record names, the person it is about first.
    pub fn people_named(&self) -> Vec<&PersonId> {
        self.view().people()
    }
}

impl<'e> Kind<'e> for View<'e> {
    fn people(&self) -> Vec<&'e PersonId> {
        self.family().people()
    }

    fn items(&self) -> Vec<&'e ItemId> {
        self.family().items()
    }

    fn motions(&self) -> Motions<'e> {
        self.family().motions()
    }

    fn unsound(&self) -> Option<String> {
        self.family().unsound()
    }

    fn enter(&self, room: &mut Room<'_>) {
        self.family().enter(room)
    }

    fn decides(&self) -> bool {
        self.family().decides()
    }

    fn public(&self) -> Option<Public> {
        self.family().public()
    }

    fn line(&self, meeting: &Meeting, record: &Record) -> String {
        self.family().line(meeting, record)
    }

    fn said(&self, minute: &InMinute<'_>) -> Vec<Said> {
        self.family().said(minute)
    }

    fn form(&self, context: &FormContext<'_>) -> Option<Schema> {
        self.family().form(context)
    }
}

impl<'e> View<'e> {
    /// Whether making this record means the item it is filed under was being taken. Opening
    /// and closing the meeting and marking the attendance list are filed under whatever item
    /// the clerk is on, so they say nothing about the order of business.
    pub fn takes_item(&self) -> bool {
        match self {
            View::Opening(_) | View::Attendance(_) => false,
            View::Appointment(_)
            | View::Movement(_)
            | View::Declaration(_)
            | View::Adjournment(_)
            | View::Note(_)
            | View::Motion(_)
            | View::Vote(_)
            | View::Resolution(_)
            | View::Privacy(_)
            | View::CoOption(_)
            | View::Participation(_)
            | View::Application(_)
            | View::Finance(_)
            | View::Absence(_) => true,
        }
    }

    fn family(&self) -> &dyn Kind<'e> {
        match self {
            View::Opening(v) => v,
            View::Attendance(v) => v,
            View::Appointment(v) => v,
            View::Movement(v) => v,
            View::Declaration(v) => v,
            View::Adjournment(v) => v,
            View::Note(v) => v,
            View::Motion(v) => v,
            View::Vote(v) => v,
            View::Resolution(v) => v,
            View::Privacy(v) => v,
            View::CoOption(v) => v,
            View::Participation(v) => v,
            View::Application(v) => v,
            View::Finance(v) => v,
            View::Absence(v) => v,
        }
    }
}
