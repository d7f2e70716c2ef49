//! Writing a meeting file so that a crash at any instant leaves either the old file or the new
//! one, never a mixture: write a temporary file beside it, flush it to the disk, keep the old
//! version as a backup, then rename the new one into place. The temporary file has a name no
//! one can guess and is created only if nothing is there, so a link planted beside the meeting
//! is never written through; the backup is made owner-only through its own handle, never by a
//! path that could lead elsewhere.

use std::fs::{self, File};
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

/// How a meeting file is laid out.
pub(super) fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .depth_limit(4)
        .escape_strings(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// The meeting as the text of a meeting file.
pub fn to_text(meeting: &Meeting) -> Result<String, ron::Error> {
    let mut text = ron::ser::to_string_pretty(meeting, pretty())?;
    text.push('\n');
    Ok(text)
}

/// Where the previous version of a meeting file is kept.
pub fn backup_path(path: &Path) -> PathBuf {
    sibling(path, "", ".bak")
}

/// Saves the meeting to `path` atomically, keeping the file it replaces as the backup.
/// Returns the new file, locked, for whoever holds the meeting to keep.
pub fn save(meeting: &Meeting, path: &Path) -> Result<File, SaveError> {
    let text = to_text(meeting)?;
    write_atomically(path, text.as_bytes()).map_err(|error| SaveError::Write {
        path: path.to_path_buf(),
        error,
    })
}

/// Replaces `path` with `bytes` so that readers only ever see a whole file, keeping what it
/// replaces as the backup. The new file comes back locked (see [`super::MeetingLock`]).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<File> {
    replace(path, bytes, true, false)
}

/// As [`write_atomically`], for minutes and other documents: public ones to be shared take
/// the user's usual permissions (as the umask allows); confidential ones are owner-only.
pub fn write_document(path: &Path, bytes: &[u8], confidential: bool) -> std::io::Result<File> {
    replace(path, bytes, true, !confidential)
}

/// As [`write_atomically`], for files that need no backup: drafts, minutes, lists.
pub fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<File> {
    replace(path, bytes, false, false)
}

/// As [`write_whole`], but not flushed to the disk: the new file is whole in place for any
/// program (or a later start) to read, and a crash of Minutebook alone loses nothing, but a
/// power cut before the caller flushes may. For text written as it is typed.
pub fn write_unflushed(path: &Path, bytes: &[u8]) -> std::io::Result<File> {
    fault_injection::before_create(path)?;
    let mut temporary = tempfile::Builder::new()
        .prefix(&format!(".{}.", file_name(path)))
        .suffix(".saving")
        .tempfile_in(folder_of(path))?;
    fault_injection::before_write(path)?;
    temporary.write_all(bytes)?;
    temporary.persist(path).map_err(|error| error.error)
}

/// Flushes what was written to the file, and the folder that names it, to the disk.
pub fn flush(file: &File, path: &Path) -> std::io::Result<()> {
    file.sync_data()?;
    sync_folder(path)
}

fn replace(path: &Path, bytes: &[u8], backup: bool, shared: bool) -> std::io::Result<File> {
    fault_injection::before_create(path)?;
    let folder = folder_of(path);
    // Owner-only (0600) unless to be shared, created exclusively under a random name, removed
    // if we fail.
    let prefix = format!(".{}.", file_name(path));
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".saving");
    #[cfg(unix)]
    if shared {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    #[cfg(not(unix))]
    let _ = shared;
    let mut temporary = builder.tempfile_in(folder)?;
    fault_injection::before_write(path)?;
    temporary.write_all(bytes)?;
    temporary.as_file().sync_all()?;
    // Lock the new file before anyone can open it by the meeting's name, so that the meeting
    // is never for a moment unlocked while its editor holds it.
    let _ = temporary.as_file().try_lock();
    if backup && fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
        keep_backup(path)?;
    }
    let file = temporary.persist(path).map_err(|error| error.error)?;
    sync_folder(path)?;
    Ok(file)
}

/// Makes the backup the current file before it is replaced. A hard link costs nothing; where
/// the file system has none (some USB sticks), copy instead.
fn keep_backup(path: &Path) -> std::io::Result<()> {
    let folder = folder_of(path);
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{}.", file_name(path)))
        .suffix(".backup")
        .make_in(folder, |name| fs::hard_link(path, name))
        .or_else(|_| {
            tempfile::Builder::new()
                .prefix(&format!(".{}.", file_name(path)))
                .suffix(".backup")
                .make_in(folder, |name| {
                    fs::copy(path, name)?;
                    File::open(name)?.sync_all()
                })
        })?;
    // The backup holds what the meeting held, Part 2 business included: owner only, whatever
    // the file it was made from allowed. Set through the backup's own handle, opened without
    // following a link, so nothing else can be reached this way.
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        let handle = fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW)
            .open(staging.path())?;
        handle.set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    staging
        .into_temp_path()
        .persist(backup_path(path))
        .map_err(|error| error.error)
}

/// Flushes the folder so that the rename itself survives a power cut.
fn sync_folder(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    File::open(folder_of(path))?.sync_all()?;
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "meeting".into())
}

/// `folder/<prefix><file name><suffix>`.
pub(crate) fn sibling(path: &Path, prefix: &str, suffix: &str) -> PathBuf {
    path.with_file_name(format!("{prefix}{}{suffix}", file_name(path)))
}

/// Removes the temporary files a crash can leave beside a meeting: whole copies of it, Part 2
/// business included. Only the meeting's holder calls this, so none is still being written.
pub fn remove_leftovers(path: &Path) {
    let prefix = format!(".{}.", file_name(path));
    let Ok(entries) = fs::read_dir(folder_of(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours =
            name.starts_with(&prefix) && (name.ends_with(".saving") || name.ends_with(".backup"));
        if ours && entry.file_type().is_ok_and(|t| !t.is_dir()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Test builds can be told to fail writes into a folder as a full disk or a read-only folder
/// would (`MINUTEBOOK_TEST_SAVE_FAULT=disk-full:/folder` or `read-only:/folder`; several
/// separated by `;`, and `/folder/**` for the folder and everything below it, as one full disk
/// holds both the meeting and the data folder): the tests run as any user, and root can write
/// to a read-only folder. Release builds have no such switch.
mod fault_injection {
    use std::path::Path;

    #[cfg(debug_assertions)]
    fn fault_for(path: &Path) -> Option<String> {
        let setting = std::env::var("MINUTEBOOK_TEST_SAVE_FAULT").ok()?;
        setting.split(';').find_map(|entry| {
            let (fault, folder) = entry.split_once(':')?;
            let hit = match folder.strip_suffix("/**") {
                Some(top) => path.starts_with(top),
                None => path.parent() == Some(Path::new(folder)),
            };
            hit.then(|| fault.to_string())
        })
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
