//! One editor per meeting, whatever name it is opened by: the operating system's lock is held
//! on the meeting file itself (its identity, not its name), so a symbolic or hard link to it
//! finds it locked too, and a copy that crashes holds nothing. Each save's new file is locked
//! before it takes the meeting's place. Who holds it is written beside it for the message a
//! second copy shows; that note is only words, never the lock.

use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};

use super::save::{sibling, write_whole};

/// Holds the lock on a meeting until dropped.
#[derive(Debug)]
pub struct MeetingLock {
    /// The file as it was when locked: a hard link elsewhere still names this one.
    first: File,
    /// The file now at the meeting's name, after the latest save.
    current: Option<File>,
    note: PathBuf,
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("{} is open in another copy of Minutebook ({holder}); open it read-only or close the other copy", meeting.display())]
    Held { meeting: PathBuf, holder: String },
    #[error("{}: could not lock the meeting: {error}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        error: std::io::Error,
    },
}

/// Where the note of who holds a meeting is kept.
pub fn lock_path(meeting: &Path) -> PathBuf {
    sibling(meeting, ".", ".lock")
}

impl MeetingLock {
    /// Takes the lock on the meeting file at `meeting`, or says who has it.
    pub fn acquire(meeting: &Path) -> Result<MeetingLock, LockError> {
        let io = |error| LockError::Io {
            path: meeting.to_path_buf(),
            error,
        };
        // A save may put a new file in place between our open and our lock; if the file we
        // locked is no longer the one at the name, try again.
        for _ in 0..5 {
            let file = File::open(meeting).map_err(io)?;
            match lock_soon(&file) {
                Ok(true) => {}
                Ok(false) => {
                    return Err(LockError::Held {
                        meeting: meeting.to_path_buf(),
                        holder: holder(meeting),
                    });
                }
                Err(error) => return Err(io(error)),
            }
            if !same_file(&file, meeting) {
                continue;
            }
            return Ok(MeetingLock::held(meeting, file));
        }
        Err(io(std::io::Error::other(
            "the meeting file kept changing under us",
        )))
    }

    /// The lock on a meeting file just written (and locked) by [`super::save`].
    pub fn from_saved(meeting: &Path, file: File) -> MeetingLock {
        MeetingLock::held(meeting, file)
    }

    fn held(meeting: &Path, first: File) -> MeetingLock {
        let note = lock_path(meeting);
        // Written by replacing whatever is there, so a link planted in its place is replaced
        // rather than followed.
        let _ = write_whole(&note, describe_holder().as_bytes());
        MeetingLock {
            first,
            current: None,
            note,
        }
    }

    /// After a save: the new file at the meeting's name, already locked, is held from now on.
    pub fn renew(&mut self, file: File) {
        self.current = Some(file);
    }
}

impl Drop for MeetingLock {
    fn drop(&mut self) {
        // Remove the note while still holding the lock, so nobody reads a stale one.
        let _ = std::fs::remove_file(&self.note);
        if let Some(current) = &self.current {
            let _ = current.unlock();
        }
        let _ = self.first.unlock();
    }
}

/// Takes the lock, waiting a moment for a holder that is letting go: a lock outlives its
/// holder's close while a program started at that instant still has a copy of the descriptor
/// (until it starts running), so a lock found held is tried again for a quarter of a second
/// before another copy of Minutebook is blamed. Says whether the lock was taken.
fn lock_soon(file: &File) -> std::io::Result<bool> {
    let give_up = std::time::Instant::now() + std::time::Duration::from_millis(250);
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(true),
            Err(std::fs::TryLockError::WouldBlock) if std::time::Instant::now() < give_up => {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            Err(std::fs::TryLockError::WouldBlock) => return Ok(false),
            Err(std::fs::TryLockError::Error(error)) => return Err(error),
        }
    }
}

/// Whose the lock is, from their note, without following a link planted in its place.
fn holder(meeting: &Path) -> String {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW);
    }
    let mut text = String::new();
    if let Ok(file) = options.open(lock_path(meeting)) {
        let _ = file.take(4096).read_to_string(&mut text);
    }
    let text = text.trim();
    if text.is_empty() {
        "holder unknown".into()
    } else {
        text.chars().filter(|c| !c.is_control()).collect()
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(held), Ok(there)) => held.dev() == there.dev() && held.ino() == there.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

/// "clerk on laptop, process 1234, since 2026-11-24 10:31".
fn describe_holder() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "someone".into());
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .map(|host| host.trim().to_string())
        .filter(|host| !host.is_empty())
        .unwrap_or_else(|| "this computer".into());
    let since = chrono::Local::now().format("%Y-%m-%d %H:%M");
    format!(
        "{user} on {host}, process {}, since {since}\n",
        std::process::id()
    )
}
