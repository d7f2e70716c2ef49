//! One editor per meeting, whatever name it is opened by and whatever happens to the file behind
//! the name. Two locks of the operating system's are held, so a copy that crashes holds nothing:
//! one on the meeting file itself (its identity), so a symbolic or hard link to it finds it
//! locked too, each save's new file locked before it takes the meeting's place; and one on a lock
//! file beside the meeting (`.m.ron.lock`), which stays put when a sync client or an editor
//! replaces the meeting file with a copy of its own. The lock file also says who holds it, for
//! the message a second copy shows.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use super::save::sibling;

/// Holds the lock on a meeting until dropped.
#[derive(Debug)]
pub struct MeetingLock {
    /// The file as it was when locked: a hard link elsewhere still names this one.
    first: File,
    /// The file now at the meeting's name, after the latest save.
    current: Option<File>,
    /// The lock file beside the meeting, holding the holder's note; none when another program
    /// kept it from being made (the file lock alone still holds).
    beside: Option<File>,
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

/// Where the lock file, with the note of who holds a meeting, is kept.
pub fn lock_path(meeting: &Path) -> PathBuf {
    sibling(meeting, ".", ".lock")
}

impl MeetingLock {
    /// Takes the lock on the meeting at `meeting`, or says who has it.
    pub fn acquire(meeting: &Path) -> Result<MeetingLock, LockError> {
        let io = |error| LockError::Io {
            path: meeting.to_path_buf(),
            error,
        };
        let held = || LockError::Held {
            meeting: meeting.to_path_buf(),
            holder: holder(meeting),
        };
        let beside = match lock_beside(meeting) {
            Ok(Some(file)) => file,
            Ok(None) => return Err(held()),
            Err(error) => return Err(io(error)),
        };
        // A save may put a new file in place between our open and our lock; if the file we
        // locked is no longer the one at the name, try again.
        for _ in 0..5 {
            let file = File::open(meeting).map_err(io)?;
            match lock_soon(&file) {
                Ok(true) => {}
                Ok(false) => return Err(held()),
                Err(error) => return Err(io(error)),
            }
            if !same_file(&file, meeting) {
                continue;
            }
            return Ok(MeetingLock::held(meeting, file, Some(beside)));
        }
        Err(io(std::io::Error::other(
            "the meeting file kept changing under us",
        )))
    }

    /// The lock on a meeting file just written (and locked) by [`super::save`], with the lock
    /// file beside it when it can be had.
    pub fn from_saved(meeting: &Path, file: File) -> MeetingLock {
        let beside = lock_beside(meeting).ok().flatten();
        MeetingLock::held(meeting, file, beside)
    }

    fn held(meeting: &Path, first: File, beside: Option<File>) -> MeetingLock {
        if let Some(beside) = &beside {
            // Only words for a second copy's message; a failure to write them loses nothing.
            let _ = beside
                .set_len(0)
                .and_then(|()| (&*beside).write_all(describe_holder().as_bytes()));
        }
        MeetingLock {
            first,
            current: None,
            beside,
            note: lock_path(meeting),
        }
    }

    /// After a save: the new file at the meeting's name, already locked, is held from now on.
    pub fn renew(&mut self, file: File) {
        self.current = Some(file);
    }
}

impl Drop for MeetingLock {
    fn drop(&mut self) {
        // Remove the lock file while still holding its lock, so nobody reads a stale note; a
        // copy waiting on the removed file finds it gone from the name and makes a new one.
        if let Some(beside) = &self.beside {
            if same_file(beside, &self.note) {
                let _ = std::fs::remove_file(&self.note);
            }
            let _ = beside.unlock();
        }
        if let Some(current) = &self.current {
            let _ = current.unlock();
        }
        let _ = self.first.unlock();
    }
}

/// Takes the lock file beside the meeting: made if it is not there (a link planted in its
/// place is removed, never followed), locked, and checked to be still the file at that name
/// (a holder letting go removes it). None when another copy holds it.
fn lock_beside(meeting: &Path) -> std::io::Result<Option<File>> {
    let path = lock_path(meeting);
    for _ in 0..5 {
        let file = match open_no_follow(&path) {
            Ok(file) => file,
            Err(error) if is_link_error(&error) => {
                std::fs::remove_file(&path)?;
                continue;
            }
            Err(error) => return Err(error),
        };
        if !lock_soon(&file)? {
            return Ok(None);
        }
        if same_file(&file, &path) {
            return Ok(Some(file));
        }
        let _ = file.unlock();
    }
    Err(std::io::Error::other(
        "the lock file beside the meeting kept changing under us",
    ))
}

/// Opens the lock file for writing, making it owner-only if it is not there, without following
/// a link in its place.
fn open_no_follow(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW).mode(0o600);
    }
    options.open(path)
}

/// Whether opening failed because a link stands at the name (`O_NOFOLLOW` refuses it).
fn is_link_error(error: &std::io::Error) -> bool {
    #[cfg(unix)]
    {
        error.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = error;
        false
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
