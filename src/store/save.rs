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
    let mut file = create_private(temporary)?;
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
