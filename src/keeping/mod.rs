//! Keeping the clerk's work: where a meeting, its recovery copy and the text of an unfinished
//! form live (named by the meeting's whole path), saving the meeting after each change, and
//! keeping what could not be saved when Minutebook stops. Below the screen and beside the store:
//! no terminal here; the screen asks it to save, keep and offer back, and says what happened.

mod draft;
mod keeper;
mod kept;
mod offered;
mod places;

pub use draft::{DraftFile, FLUSH_WITHIN};
pub use keeper::{Keeper, RETRY_AFTER, Saved};
pub use kept::{
    KEPT, Kept, SAVING, forget_draft, keep_all_now, keep_draft, keep_recovery,
    keep_recovery_in_data,
};
pub use offered::{Recovery, kept_draft, kept_recovery, set_aside};
pub use places::{Places, real_path};
