//! What must not be lost if Minutebook stops now, and keeping it: the text of the open form and,
//! while changes cannot be saved, the whole meeting. The screen keeps [`KEPT`] up to date after
//! every key; whatever stops the program (a signal, a lost terminal, an internal failure) calls
//! [`keep_all_now`], holding [`SAVING`], so that no save and no keeping is ever cut short.

use std::path::PathBuf;
use std::sync::Mutex;

use super::places::Places;
use crate::store;

/// Held while a key is handled and its change saved, and while what must not be lost is kept;
/// whoever ends the program takes it first and never lets it go.
pub static SAVING: Mutex<()> = Mutex::new(());

/// What must not be lost if the program is stopped now.
#[derive(Debug)]
pub struct Kept {
    pub places: Places,
    /// The text of the open form, if any.
    pub draft: Option<String>,
    /// The whole meeting, when changes could not be saved to its file.
    pub unsaved: Option<String>,
}

pub static KEPT: Mutex<Option<Kept>> = Mutex::new(None);

/// Writes `text` to the first place that takes it, and says which.
fn keep(places: &Places, text: &str, choices: &[PathBuf]) -> Option<PathBuf> {
    for place in choices {
        if place.starts_with(places.kept_folder()) && places.claim_kept_folder().is_err() {
            continue;
        }
        if store::write_whole(place, text.as_bytes()).is_ok() {
            return Some(place.clone());
        }
    }
    None
}

/// Keeps the open form's text beside the meeting, or in the data folder.
pub fn keep_draft(places: &Places, text: &str) -> Option<PathBuf> {
    keep(places, text, &places.drafts())
}

/// Keeps the whole meeting as a recovery copy beside it, or in the data folder.
pub fn keep_recovery(places: &Places, text: &str) -> Option<PathBuf> {
    keep(places, text, &places.recoveries())
}

/// Keeps the whole meeting as a recovery copy in the data folder only: its own folder could not
/// be written, which is why it is kept at all.
pub fn keep_recovery_in_data(places: &Places, text: &str) -> Option<PathBuf> {
    keep(places, text, &[places.recovery_in_data()])
}

/// Removes every kept draft of the meeting, beside it and in the data folder.
pub fn forget_draft(places: &Places) {
    for place in places.drafts() {
        let _ = std::fs::remove_file(place);
    }
}

/// Writes whatever must not be lost now: the open form, and the meeting if it is unsaved.
/// Says where the meeting went, when it had to be kept and could be.
pub fn keep_all_now() -> Option<PathBuf> {
    let kept = KEPT.lock().unwrap_or_else(|p| p.into_inner());
    let kept = kept.as_ref()?;
    if let Some(draft) = &kept.draft {
        keep_draft(&kept.places, draft);
    }
    kept.unsaved
        .as_ref()
        .and_then(|meeting| keep_recovery(&kept.places, meeting))
}
