//! One editor per meeting: a lock file beside the meeting, held with the operating system's
//! file lock, so that a copy that crashes releases it and a stale file is simply taken over.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::save::sibling;

/// Holds the lock on a meeting until dropped.
#[derive(Debug)]
pub struct MeetingLock {
    file: File,
    path: PathBuf,
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

/// Where a meeting's lock lives.
pub fn lock_path(meeting: &Path) -> PathBuf {
    sibling(meeting, ".", ".lock")
}

impl MeetingLock {
    /// Takes the lock on the meeting file at `meeting`, or says who has it.
    pub fn acquire(meeting: &Path) -> Result<MeetingLock, LockError> {
        let path = lock_path(meeting);
        let io = |error| LockError::Io {
            path: path.clone(),
            error,
        };
        // Another copy may delete the lock file between our open and our lock; if the file we
        // locked is no longer the one at the path, try again.
        for _ in 0..5 {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(io)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(std::fs::TryLockError::WouldBlock) => {
                    let mut holder = String::new();
                    let _ = file.read_to_string(&mut holder);
                    let holder = holder.trim();
                    return Err(LockError::Held {
                        meeting: meeting.to_path_buf(),
                        holder: if holder.is_empty() {
                            "holder unknown".into()
                        } else {
                            holder.into()
                        },
                    });
                }
                Err(std::fs::TryLockError::Error(error)) => return Err(io(error)),
            }
            if !still_at(&file, &path) {
                continue;
            }
            file.set_len(0).map_err(io)?;
            file.rewind().map_err(io)?;
            file.write_all(describe_holder().as_bytes()).map_err(io)?;
            file.sync_all().map_err(io)?;
            return Ok(MeetingLock { file, path });
        }
        Err(io(std::io::Error::other(
            "the lock file kept changing under us",
        )))
    }
}

impl Drop for MeetingLock {
    fn drop(&mut self) {
        // Remove while still holding it, so nobody can lock a file that is about to vanish
        // without noticing (they check that the file they locked is still at the path).
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

#[cfg(unix)]
fn still_at(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(held), Ok(there)) => held.dev() == there.dev() && held.ino() == there.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn still_at(_file: &File, path: &Path) -> bool {
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
