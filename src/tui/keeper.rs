//! Keeping the open meeting on disk: saving after each change, but never over a file another
//! program has changed or made read-only; and saving elsewhere when the clerk asks, so that
//! work kept in memory can always reach a disk.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::app::{App, SaveState};
use crate::store::{self, LockError, MeetingLock};

/// What the meeting file looked like when we last read or wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let metadata = std::fs::metadata(path).ok()?;
    Some(Stamp {
        len: metadata.len(),
        modified: metadata.modified().ok(),
    })
}

/// The meeting file the live screen saves to, and its lock.
#[derive(Debug)]
pub struct Keeper {
    pub path: PathBuf,
    stamp: Option<Stamp>,
    _lock: Option<MeetingLock>,
    /// The session's version when it was last on disk.
    saved: u64,
}

impl Keeper {
    pub fn new(path: &Path, lock: Option<MeetingLock>) -> Keeper {
        Keeper {
            path: path.to_path_buf(),
            stamp: stamp(path),
            _lock: lock,
            saved: 0,
        }
    }

    /// Why the file must not be written now, if it must not.
    fn refuse(&self) -> Option<String> {
        let metadata = std::fs::metadata(&self.path).ok()?;
        if metadata.permissions().readonly() {
            return Some("the meeting file has been made read-only".into());
        }
        let now = Some(Stamp {
            len: metadata.len(),
            modified: metadata.modified().ok(),
        });
        (self.stamp.is_some() && now != self.stamp)
            .then(|| "the meeting file was changed by another program".into())
    }

    /// Saves the meeting if a change is waiting. A file changed or made read-only behind our
    /// back is left alone, and the clerk is told how to save elsewhere; the work stays in
    /// memory either way.
    pub fn save(&mut self, app: &mut App) {
        if app.session.version() == self.saved || app.read_only().is_some() {
            return;
        }
        let save_copy = app
            .keymap
            .key_for(super::keymap::Layer::Live, super::action::Action::SaveCopy)
            .map(|k| k.label())
            .unwrap_or_else(|| "W".into());
        if let Some(reason) = self.refuse() {
            app.save_state = SaveState::Failed(format!(
                "{reason}; nothing was overwritten. Press {save_copy} to save a copy elsewhere"
            ));
            return;
        }
        let recreated = !self.path.exists() && self.stamp.is_some();
        match store::save(app.meeting(), &self.path) {
            Ok(()) => {
                self.saved = app.session.version();
                app.save_state = SaveState::Saved;
                self.stamp = stamp(&self.path);
                if recreated {
                    app.message = Some(format!(
                        "The meeting file had been deleted; it has been saved again as {}",
                        self.path.display()
                    ));
                }
            }
            Err(error) => {
                let why = match error {
                    store::SaveError::Write { error, .. } => error.to_string(),
                    other => other.to_string(),
                };
                app.save_state = SaveState::Failed(format!(
                    "{why}; the work is kept here. Press {save_copy} to save a copy elsewhere"
                ));
            }
        }
    }

    /// Saves the meeting to a new file and carries on there.
    pub fn save_as(&mut self, app: &mut App, path: PathBuf) {
        if path.exists() {
            app.message = Some(format!(
                "{} already exists; choose a new name so nothing is overwritten",
                path.display()
            ));
            return;
        }
        let lock = match MeetingLock::acquire(&path) {
            Ok(lock) => Some(lock),
            Err(LockError::Held { holder, .. }) => {
                app.message = Some(format!("{} is open elsewhere ({holder})", path.display()));
                return;
            }
            Err(_) => None,
        };
        match store::save(app.meeting(), &path) {
            Ok(()) => {
                app.message = Some(format!(
                    "Saved to {}; the meeting carries on in that file",
                    path.display()
                ));
                *self = Keeper::new(&path, lock);
                self.saved = app.session.version();
                app.save_state = SaveState::Saved;
            }
            Err(error) => app.message = Some(format!("Could not save there either: {error}")),
        }
    }
}
