//! Each kind of record by its family, for the forms that make a new record: the family's blank
//! form for the kind, and the record its answers build.

use super::form::{Answers, Schema};
use super::*;

impl EventKind {
    /// The form for a new record of this kind; none for kinds recorded by other means.
    pub fn blank(self, context: &FormContext<'_>) -> Option<Schema> {
        match self.family() {
            Family::Opening(which) => opening::blank(which),
            Family::Attendance(which) => attendance::blank(which, context),
            Family::Appointment => appointments::blank(context),
            Family::Movement(which) => movements::blank(which, context),
            Family::Declaration => declarations::blank(context),
            Family::Adjournment(which) => adjournment::blank(which),
            Family::Note(which) => notes::blank(which, context),
            Family::Motion(which) => motions::blank(which, context),
            Family::Vote => None,
            Family::Resolution => resolutions::blank(context),
            Family::Privacy(which) => privacy::blank(which, context),
            Family::CoOption => co_option::blank(context),
            Family::Participation(which) => participation::blank(which, context),
            Family::Application => planning::blank(context),
            Family::Finance(which) => finance::blank(which, context),
            Family::Absence => absence::blank(context),
        }
    }

    /// The record the answers make, or what is wrong with them.
    pub fn build(self, answers: &dyn Answers, context: &FormContext<'_>) -> Result<Event, String> {
        match self.family() {
            Family::Opening(which) => opening::build(which),
            Family::Attendance(which) => attendance::build(which, answers, context),
            Family::Appointment => appointments::build(answers),
            Family::Movement(which) => movements::build(which, answers),
            Family::Declaration => declarations::build(answers, context),
            Family::Adjournment(which) => adjournment::build(which, answers),
            Family::Note(which) => notes::build(which, answers),
            Family::Motion(which) => motions::build(which, answers, context),
            Family::Vote => Err("a vote is taken in the vote form".into()),
            Family::Resolution => resolutions::build(answers, context),
            Family::Privacy(which) => privacy::build(which, answers),
            Family::CoOption => co_option::build(answers),
            Family::Participation(which) => participation::build(which, answers),
            Family::Application => planning::build(answers),
            Family::Finance(which) => finance::build(which, answers),
            Family::Absence => absence::build(answers),
        }
    }

    fn family(self) -> Family {
        use attendance::Which as A;
        match self {
            EventKind::Commenced => Family::Opening(opening::Opening::Commenced),
            EventKind::Concluded => Family::Opening(opening::Opening::Concluded),
            EventKind::Present => Family::Attendance(A::Present),
            EventKind::AttendingVirtually => Family::Attendance(A::Virtually),
            EventKind::Apologies => Family::Attendance(A::Apologies),
            EventKind::Absent => Family::Attendance(A::Absent),
            EventKind::Substitute => Family::Attendance(A::Substitute),
            EventKind::ArrivedLate => Family::Attendance(A::ArrivedLate),
            EventKind::InTheChair => Family::Attendance(A::InTheChair),
            EventKind::Appointed => Family::Appointment,
            EventKind::Left => Family::Movement(movements::Which::Left),
            EventKind::Returned => Family::Movement(movements::Which::Returned),
            EventKind::Declaration => Family::Declaration,
            EventKind::Adjourned => Family::Adjournment(adjournment::Which::Adjourned),
            EventKind::Reconvened => Family::Adjournment(adjournment::Which::Reconvened),
            EventKind::Note => Family::Note(notes::Which::Note),
            EventKind::Action => Family::Note(notes::Which::Action),
            EventKind::Motion => Family::Motion(motions::Which::Moved),
            EventKind::MotionSettled => Family::Motion(motions::Which::Settled),
            EventKind::Vote => Family::Vote,
            EventKind::Resolved => Family::Resolution,
            EventKind::Excluded => Family::Privacy(privacy::Which::Excluded),
            EventKind::Readmitted => Family::Privacy(privacy::Which::Readmitted),
            EventKind::CoOpted => Family::CoOption,
            EventKind::PublicPresent => Family::Participation(participation::Which::PublicPresent),
            EventKind::Spoke => Family::Participation(participation::Which::Spoke),
            EventKind::Application => Family::Application,
            EventKind::Payments => Family::Finance(finance::Which::Payments),
            EventKind::Precept => Family::Finance(finance::Which::Precept),
            EventKind::AbsenceApproved => Family::Absence,
        }
    }
}

/// A kind of record by its family, for the forms that make new records.
enum Family {
    Opening(opening::Opening),
    Attendance(attendance::Which),
    Appointment,
    Movement(movements::Which),
    Declaration,
    Adjournment(adjournment::Which),
    Note(notes::Which),
    Motion(motions::Which),
    Vote,
    Resolution,
    Privacy(privacy::Which),
    CoOption,
    Participation(participation::Which),
    Application,
    Finance(finance::Which),
    Absence,
}
