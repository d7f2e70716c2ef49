//! What the law asks of the clerk, kept from the record: the six-month rule, the Welsh notice
//! of a meeting's decisions, the records of an executive's decisions, the dates things are due
//! by, and the meetings as a calendar. Each works from the meetings as recorded, below the
//! screen and beside the reports across meetings.

pub mod calendar;
pub mod decisions;
pub mod due;
pub mod notice;
pub mod six_months;
pub mod working_days;
