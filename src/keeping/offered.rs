//! What was kept when Minutebook last stopped, found again when the meeting is opened: a
//! recovery copy that differs from the file, or the text of an unfinished form. Only this
//! meeting's own work is offered; once the clerk has answered, a recovery copy is set aside
//! under a name of its own, used or not, so nothing is thrown away and nothing is offered twice.

use std::path::{Path, PathBuf};

use super::places::Places;
use crate::model::Meeting;
use crate::store;

/// A recovery copy to offer back, and where it is.
#[derive(Debug)]
pub struct Recovery {
    pub place: PathBuf,
    pub meeting: Meeting,
}

/// The recovery copy kept for this meeting, when it holds something the file does not.
pub fn kept_recovery(places: &Places, file: &Meeting) -> Option<Recovery> {
    places.recoveries().into_iter().find_map(|place| {
        if !places.owns(&place) {
            return None;
        }
        let meeting = store::load(&place).ok()?;
        (meeting != *file).then_some(Recovery { place, meeting })
    })
}

/// The text of the unfinished form kept for this meeting, if any.
pub fn kept_draft(places: &Places) -> Option<String> {
    places.drafts().into_iter().find_map(|place| {
        if !places.owns(&place) {
            return None;
        }
        store::read_text(&place, store::MAX_FILE_BYTES).ok()
    })
}

/// Puts a recovery copy the clerk has answered aside: `…recovered-used` or
/// `…recovered-declined`, with a number after it when that name is taken, so an earlier one is
/// never overwritten. Says where it went.
pub fn set_aside(place: &Path, restored: bool) -> Option<PathBuf> {
    let answer = if restored { "used" } else { "declined" };
    let name = place.file_name()?.to_string_lossy().into_owned();
    let free = (0..1000).find_map(|n| {
        let candidate = if n == 0 {
            place.with_file_name(format!("{name}-{answer}"))
        } else {
            place.with_file_name(format!("{name}-{answer}-{n}"))
        };
        std::fs::symlink_metadata(&candidate)
            .is_err()
            .then_some(candidate)
    })?;
    std::fs::rename(place, &free).ok()?;
    Some(free)
}
