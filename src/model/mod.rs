//! The meeting: people, agenda, the log of what happened, and the facts derived from it.
//! No terminal, no disk: everything here is plain data and pure functions.

mod agenda;
mod body;
mod business;
pub mod carried;
pub mod clock;
mod edit;
mod ids;
pub mod kinds;
mod lookup;
mod meeting;
mod order;
mod parts;
mod people;
mod records;
mod room;
pub mod said;
mod votes;

pub use agenda::{
    AgendaItem, Arising, ItemKind, ListedApplication, Pages, Part, Progress, Withdrawal, Withdrawn,
};
pub use body::{Body, BodyKind, ChairTitle, Clock};
pub use business::{Capacity, Money, Payment};
pub use edit::{Details, Edit};
pub use ids::{ItemId, MotionId, PersonId, RecordId};
pub use kinds::{EventKind, FormContext, InMinute, Kind};
pub use meeting::{Contact, FORMAT_VERSION, Meeting, Signature};
pub use order::{BusinessOrder, Minute};
pub use people::{Office, Person, PersonKind, Voting, fold_name};
pub use records::{
    Clause, Count, Event, InterestKind, Leaving, MotionKind, NoteKind, Outcome, Record, Side,
};
pub use room::{Attendance, Room, RoomState, Standing};
pub use votes::{Misfit, VoteResult};
