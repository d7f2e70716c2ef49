//! Keeping the open meeting on disk: saving after each change, but never over a file another
//! program has changed or made read-only; saving through a link to the real file; and saving
//! elsewhere when the clerk asks, so that work kept in memory can always reach a disk. It says
//! what became of each save; telling the clerk is the screen's business.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

pub use super::places::real_path;
use crate::session::{Session, Touched};
use crate::store::{self, MeetingLock};

/// After a save fails, how long before trying again when nothing new has been recorded: the
/// disk may have been freed, but a full disk must not cost a full save on every key.
pub const RETRY_AFTER: Duration = Duration::from_secs(20);

/// What the meeting file is, as far as the file system says: which file, how long, when last
/// written and when last changed in any way (which no program can set back).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    device: u64,
    inode: u64,
    len: u64,
    modified: Option<SystemTime>,
    changed: i64,
    changed_nanos: i64,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let metadata = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let (device, inode, changed, changed_nanos) = {
        use std::os::unix::fs::MetadataExt;
        (
            metadata.dev(),
            metadata.ino(),
            metadata.ctime(),
            metadata.ctime_nsec(),
        )
    };
    #[cfg(not(unix))]
    let (device, inode, changed, changed_nanos) = (0, 0, 0, 0);
    Some(Stamp {
        device,
        inode,
        len: metadata.len(),
        modified: metadata.modified().ok(),
        changed,
        changed_nanos,
    })
}

/// What became of a save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Nothing was waiting to be saved, or the meeting cannot be changed.
    Nothing,
    /// The change is on disk; `recreated` when the file had been deleted and was made again.
    Saved { recreated: bool },
    /// A save failed a moment ago and nothing has changed since: not tried again yet.
    Waiting,
    /// The file must not be written: changed or made read-only by someone else.
    Refused(String),
    /// The save was tried and failed (a full disk, a folder that cannot be written).
    Failed(String),
}

/// The meeting file the live screen saves to, and its lock.
#[derive(Debug)]
pub struct Keeper {
    pub path: PathBuf,
    stamp: Option<Stamp>,
    /// The contents last read or written, to tell a real change from a touch.
    contents: Option<String>,
    /// The meeting's text, reusing what has not changed since the last save.
    encoder: store::Encoder,
    lock: Option<MeetingLock>,
    /// The session's version when it was last on disk.
    saved: u64,
    /// The version that last failed to save, and when.
    failed: Option<(u64, Instant)>,
    /// How long to wait before trying a failed save again when nothing has changed.
    pub retry_after: Duration,
    /// How many times a save has been tried.
    pub attempts: u64,
}

impl Keeper {
    pub fn new(path: &Path, lock: Option<MeetingLock>) -> Keeper {
        let path = real_path(path);
        Keeper {
            stamp: stamp(&path),
            contents: std::fs::read_to_string(&path).ok(),
            encoder: store::Encoder::default(),
            path,
            lock,
            saved: 0,
            failed: None,
            retry_after: RETRY_AFTER,
            attempts: 0,
        }
    }

    /// True while something recorded is not on disk.
    pub fn unsaved(&self, session: &Session) -> bool {
        session.version() != self.saved
    }

    /// Why the file must not be written now, if it must not.
    fn refuse(&mut self) -> Option<String> {
        let metadata = std::fs::metadata(&self.path).ok()?;
        if metadata.permissions().readonly() {
            return Some("the meeting file has been made read-only".into());
        }
        let now = stamp(&self.path);
        if self.stamp.is_none() || now == self.stamp {
            return None;
        }
        // Something about the file changed: only its contents matter.
        let same = std::fs::read(&self.path).ok().is_some_and(|bytes| {
            Some(bytes.as_slice()) == self.contents.as_deref().map(str::as_bytes)
        });
        if same {
            self.stamp = now;
            return None;
        }
        Some("the meeting file was changed by another program".into())
    }

    /// Saves the meeting if a change is waiting. A file changed or made read-only behind our
    /// back is left alone; the work stays in memory either way.
    pub fn save(&mut self, session: &mut Session) -> Saved {
        let version = session.version();
        if version == self.saved || session.read_only().is_some() {
            return Saved::Nothing;
        }
        if let Some((failed, at)) = self.failed
            && failed == version
            && at.elapsed() < self.retry_after
        {
            return Saved::Waiting;
        }
        self.attempts += 1;
        if let Some(reason) = self.refuse() {
            self.failed = Some((version, Instant::now()));
            return Saved::Refused(reason);
        }
        let recreated = !self.path.exists() && self.stamp.is_some();
        // Only the records changed since the last save are encoded again.
        let changed = match session.take_touched() {
            Touched::These(ids) => Some(ids),
            Touched::All => None,
        };
        let written = self
            .encoder
            .text_after(session.meeting(), changed.as_ref())
            .map_err(|error| error.to_string())
            .and_then(|text| {
                store::write_atomically(&self.path, text.as_bytes())
                    .map(|file| (file, text))
                    .map_err(|error| error.to_string())
            });
        match written {
            Ok((file, contents)) => {
                self.saved = version;
                self.failed = None;
                if let Some(old) = self.contents.replace(contents) {
                    self.encoder.recycle(old);
                }
                self.stamp = stamp(&self.path);
                match &mut self.lock {
                    Some(lock) => lock.renew(file),
                    None => self.lock = Some(MeetingLock::from_saved(&self.path, file)),
                }
                Saved::Saved { recreated }
            }
            Err(why) => {
                self.failed = Some((version, Instant::now()));
                Saved::Failed(why)
            }
        }
    }

    /// Saves the meeting to a new file and carries on there; says where, or why not.
    pub fn save_as(&mut self, session: &Session, path: PathBuf) -> Result<String, String> {
        if std::fs::symlink_metadata(&path).is_ok() {
            return Err(format!(
                "{} already exists; choose a new name so nothing is overwritten",
                path.display()
            ));
        }
        match store::save(session.meeting(), &path) {
            Ok(file) => {
                let lock = MeetingLock::from_saved(&real_path(&path), file);
                *self = Keeper::new(&path, Some(lock));
                self.saved = session.version();
                Ok(format!(
                    "Saved to {}; the meeting carries on in that file",
                    path.display()
                ))
            }
            Err(error) => Err(format!("Could not save there either: {error}")),
        }
    }
}
