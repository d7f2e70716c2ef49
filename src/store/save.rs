//! Writing a meeting file so that a crash at any instant leaves either the old file or the new
//! one, never a mixture: write a temporary file beside it, flush it to the disk, keep the old
//! version as a backup, then rename the new one into place.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::model::Meeting;

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("could not turn the meeting into text: {0}")]
    Encode(#[from] ron::Error),
    #[error("{}: could not save: {error}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        error: std::io::Error,
    },
}

/// The meeting as the text of a meeting file.
pub fn to_text(meeting: &Meeting) -> Result<String, ron::Error> {
    let pretty = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .depth_limit(4)
        .escape_strings(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut text = ron::ser::to_string_pretty(meeting, pretty)?;
    text.push('\n');
    Ok(text)
}

/// Where the previous version of a meeting file is kept.
pub fn backup_path(path: &Path) -> PathBuf {
    sibling(path, "", ".bak")
}

/// Saves the meeting to `path` atomically, keeping the file it replaces as the backup.
pub fn save(meeting: &Meeting, path: &Path) -> Result<(), SaveError> {
    let text = to_text(meeting)?;
    write_atomically(path, text.as_bytes()).map_err(|error| SaveError::Write {
        path: path.to_path_buf(),
        error,
    })
}

/// Replaces `path` with `bytes` so that readers only ever see a whole file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temporary = sibling(path, ".", &format!(".{}.saving", std::process::id()));
    let result = write_then_swap(path, &temporary, bytes);
    if result.is_err() {
        // Never leave a half-written temporary behind; the original is untouched.
        let _ = fs::remove_file(&temporary);
    }
    result
}

fn write_then_swap(path: &Path, temporary: &Path, bytes: &[u8]) -> std::io::Result<()> {
    fault_injection::before_create(path)?;
    let mut file = create_private(temporary)?;
    fault_injection::before_write(path)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    if path.exists() {
        keep_backup(path)?;
    }
    fs::rename(temporary, path)?;
    sync_folder(path)
}

/// Makes the backup the current file before it is replaced. A hard link costs nothing; where
/// the file system has none (some USB sticks), copy instead.
fn keep_backup(path: &Path) -> std::io::Result<()> {
    let backup = backup_path(path);
    let staging = sibling(path, ".", &format!(".{}.backup", std::process::id()));
    let _ = fs::remove_file(&staging);
    if fs::hard_link(path, &staging).is_err() {
        fs::copy(path, &staging)?;
        File::open(&staging)?.sync_all()?;
    }
    // The backup holds what the meeting held, Part 2 business included: owner only, whatever
    // the file it was made from allowed. (The old file is about to be replaced, so changing
    // the permissions it shares with a hard link loses nothing.)
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&staging, fs::Permissions::from_mode(0o600))?;
    }
    fs::rename(&staging, &backup)
}

/// A new file readable and writable by its owner only: meetings hold confidential business.
fn create_private(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Flushes the folder so that the rename itself survives a power cut.
fn sync_folder(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let folder = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        File::open(folder)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// `folder/<prefix><file name><suffix>`.
pub(crate) fn sibling(path: &Path, prefix: &str, suffix: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "meeting".into());
    path.with_file_name(format!("{prefix}{name}{suffix}"))
}

/// Test builds can be told to fail writes into one folder as a full disk or a read-only
/// folder would (`MINUTEBOOK_TEST_SAVE_FAULT=disk-full:/folder` or `read-only:/folder`): the
/// tests run as any user, and root can write to a read-only folder. Release builds have no
/// such switch.
mod fault_injection {
    use std::path::Path;

    #[cfg(debug_assertions)]
    fn fault_for(path: &Path) -> Option<String> {
        let setting = std::env::var("MINUTEBOOK_TEST_SAVE_FAULT").ok()?;
        let (fault, folder) = setting.split_once(':')?;
        (path.parent() == Some(Path::new(folder))).then(|| fault.to_string())
    }

    #[cfg(debug_assertions)]
    pub fn before_create(path: &Path) -> std::io::Result<()> {
        match fault_for(path).as_deref() {
            // EACCES, as creating a file in a read-only folder gives.
            Some("read-only") => Err(std::io::Error::from_raw_os_error(13)),
            _ => Ok(()),
        }
    }

    #[cfg(debug_assertions)]
    pub fn before_write(path: &Path) -> std::io::Result<()> {
        match fault_for(path).as_deref() {
            // ENOSPC, as writing to a full disk gives.
            Some("disk-full") => Err(std::io::Error::from_raw_os_error(28)),
            _ => Ok(()),
        }
    }

    #[cfg(not(debug_assertions))]
    pub fn before_create(_path: &Path) -> std::io::Result<()> {
        Ok(())
    }

    #[cfg(not(debug_assertions))]
    pub fn before_write(_path: &Path) -> std::io::Result<()> {
        Ok(())
    }
}
