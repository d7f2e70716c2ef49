//! Reading a file Minutebook was pointed at, within bounds: only a regular file (a named pipe
//! would wait forever for a writer, a device such as `/dev/zero` never ends), and never more
//! than a limit, whatever size the file claims. Every file read from outside goes through here.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The most a settings file (config, theme, house style) may hold: far more than any needs.
pub const MAX_SETTINGS_BYTES: u64 = 1024 * 1024;

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}: cannot read the file: {error}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        error: std::io::Error,
    },
    #[error("{}: this is {what}, not a file; give the path of a file", path.display())]
    NotAFile { path: PathBuf, what: &'static str },
    #[error("{}: the file is larger than {} MB, too large for Minutebook to read", path.display(), limit / (1024 * 1024))]
    TooLarge { path: PathBuf, limit: u64 },
}

impl ReadError {
    /// The operating system's error, where there was one.
    pub fn io(&self) -> Option<&std::io::Error> {
        match self {
            ReadError::Io { error, .. } => Some(error),
            ReadError::NotAFile { .. } | ReadError::TooLarge { .. } => None,
        }
    }
}

/// The bytes of the regular file at `path` (a link is followed), refused when it is anything
/// else or longer than `limit` bytes.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let io = |error| ReadError::Io {
        path: path.to_path_buf(),
        error,
    };
    let file = open_without_waiting(path).map_err(io)?;
    let metadata = file.metadata().map_err(io)?;
    if !metadata.file_type().is_file() {
        return Err(ReadError::NotAFile {
            path: path.to_path_buf(),
            what: describe(&metadata.file_type()),
        });
    }
    if metadata.len() > limit {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    // A file that grows while it is read is still cut off at the limit.
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            limit,
        });
    }
    Ok(bytes)
}

/// As [`read_bounded`], as text: a byte-order mark is dropped and bytes that are not UTF-8 are
/// refused with the place of the first.
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    let bytes = read_bounded(path, limit)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|error| ReadError::Io {
        path: path.to_path_buf(),
        error: std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "the file is not UTF-8 text (byte {} is not)",
                error.utf8_error().valid_up_to() + 1
            ),
        ),
    })
}

/// Whether the path names a regular file (a link is followed): what a walk through a folder
/// reads, passing over pipes, devices and sockets.
pub fn is_regular_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.file_type().is_file())
}

/// Opens for reading without waiting: opening a named pipe that has no writer would otherwise
/// block until one came.
fn open_without_waiting(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

fn describe(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a named pipe";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else {
        "something other than a file"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_read_whole_within_its_limit() {
        let folder = tempfile::tempdir().expect("folder");
        let path = folder.path().join("m.ron");
        std::fs::write(&path, "twelve bytes").expect("written");
        assert_eq!(read_bounded(&path, 12).expect("read"), b"twelve bytes");
        assert!(matches!(
            read_bounded(&path, 11),
            Err(ReadError::TooLarge { .. })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_a_device_and_a_folder_are_refused_at_once() {
        let folder = tempfile::tempdir().expect("folder");
        let fifo = folder.path().join("fifo.ron");
        let name = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).expect("path");
        // SAFETY: a valid C string naming a new file in our own folder.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
        let zero = folder.path().join("zero.ron");
        std::os::unix::fs::symlink("/dev/zero", &zero).expect("linked");
        for (path, what) in [
            (fifo, "a named pipe"),
            (zero, "a device"),
            (folder.path().to_path_buf(), "a folder"),
        ] {
            match read_bounded(&path, 1024) {
                Err(ReadError::NotAFile { what: found, .. }) => assert_eq!(found, what),
                other => panic!("{} read as {other:?}", path.display()),
            }
            assert!(!is_regular_file(&path));
        }
    }
}
