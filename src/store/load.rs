//! Reading a meeting file: size, encoding, version, RON syntax and references, each refused with
//! the file, line, column and what was expected. Loading only reads; it never writes.

use std::fmt;
use std::path::{Path, PathBuf};

use super::source_map::{Position, SourceMap};
use super::version;
use crate::check::{self, Place, Problem, Severity};
use crate::model::{FORMAT_VERSION, Meeting};

/// Meeting files are a few megabytes at most; anything far bigger is not one, and reading it
/// whole would only stall the clerk's laptop.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// A problem at a place in a file, printed as `file:line:column: severity: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub position: Position,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.path.display(),
            self.position.line,
            self.position.column,
            self.severity,
            self.message
        )
    }
}

/// Why a meeting file could not be loaded. Every kind names the file.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read at all.
    Unreadable {
        path: PathBuf,
        error: std::io::Error,
    },
    TooLarge {
        path: PathBuf,
        bytes: u64,
    },
    /// A named pipe, a device, a folder: not a file that can hold a meeting.
    NotAFile {
        path: PathBuf,
        what: &'static str,
    },
    /// The file could be read, but it is wrong at these places (the first is the one that
    /// stopped the load when the syntax is broken).
    Invalid(Vec<Diagnostic>),
    /// Written by a newer Minutebook.
    NewerVersion {
        path: PathBuf,
        found: u32,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Unreadable { path, error } => {
                write!(f, "{}: cannot read the file: {error}", path.display())
            }
            LoadError::TooLarge { path, bytes } => write!(
                f,
                "{}: the file is {} MB, too large to be a meeting file (the limit is {} MB)",
                path.display(),
                bytes / (1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            LoadError::NotAFile { path, what } => write!(
                f,
                "{}: this is {what}, not a meeting file; give the path of a .ron file",
                path.display()
            ),
            LoadError::Invalid(diagnostics) => {
                for (index, diagnostic) in diagnostics.iter().enumerate() {
                    if index > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{diagnostic}")?;
                }
                Ok(())
            }
            LoadError::NewerVersion { path, found } => write!(
                f,
                "{}: this meeting file is format version {found}, written by a newer Minutebook; \
                 this one reads versions up to {FORMAT_VERSION}. Update Minutebook to open it.",
                path.display()
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// A loaded meeting with the source map of its file, for placing warnings.
#[derive(Debug)]
pub struct Loaded {
    pub meeting: Meeting,
    pub map: SourceMap,
}

/// Reads, parses and validates a meeting file.
pub fn load(path: &Path) -> Result<Meeting, LoadError> {
    parse(path, &read_whole(path)?)
}

/// As [`load`], keeping the source map so that warnings can be placed in the file.
pub fn load_with_map(path: &Path) -> Result<Loaded, LoadError> {
    parse_with_map(path, &read_whole(path)?)
}

/// The file's bytes, unless it is not a file or too large to be a meeting file.
fn read_whole(path: &Path) -> Result<Vec<u8>, LoadError> {
    super::read_bounded(path, MAX_FILE_BYTES).map_err(|error| match error {
        super::ReadError::TooLarge { .. } => LoadError::TooLarge {
            path: path.to_path_buf(),
            bytes: std::fs::metadata(path).map_or(MAX_FILE_BYTES + 1, |m| m.len()),
        },
        super::ReadError::Io { error, .. } => LoadError::Unreadable {
            path: path.to_path_buf(),
            error,
        },
        super::ReadError::NotAFile { what, .. } => LoadError::NotAFile {
            path: path.to_path_buf(),
            what,
        },
    })
}

/// Parses and validates the bytes of a meeting file; `path` is only used in messages.
pub fn parse(path: &Path, raw: &[u8]) -> Result<Meeting, LoadError> {
    let at = |position: Position, message: String| {
        LoadError::Invalid(vec![Diagnostic {
            path: path.to_path_buf(),
            position,
            severity: Severity::Error,
            message,
        }])
    };
    // Windows Notepad begins a UTF-8 file with a byte-order mark; it is not part of the text.
    let raw = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw);
    let text = match std::str::from_utf8(raw) {
        Ok(text) => text,
        Err(error) => {
            let good = &raw[..error.valid_up_to()];
            // The prefix is valid UTF-8 by definition of `valid_up_to`.
            let prefix = String::from_utf8_lossy(good);
            return Err(at(
                end_of(&prefix),
                "the file is not UTF-8 text: a meeting file is plain text, and this byte is not"
                    .into(),
            ));
        }
    };
    if text.trim().is_empty() {
        return Err(at(
            Position { line: 1, column: 1 },
            "the file is empty; a meeting file begins with `(` and holds the meeting".into(),
        ));
    }
    let mut meeting = match version::read(text).map_err(|error| syntax(path, text, error))? {
        version::Read::Meeting(meeting) => *meeting,
        version::Read::Newer(found) => {
            return Err(LoadError::NewerVersion {
                path: path.to_path_buf(),
                found,
            });
        }
    };
    if meeting.version == 0 {
        return Err(at(
            SourceMap::of(text).start,
            "version 0 does not exist; meeting files start at version 1".into(),
        ));
    }
    // Older files are read into today's model: records written before they had handles are
    // given them now, in log order.
    let written = meeting.version;
    meeting.version = FORMAT_VERSION;
    meeting.upgrade_from(written);
    let errors = check::errors(&meeting);
    if !errors.is_empty() {
        // Only now is the file scanned for positions: a sound file does not pay for it.
        let map = SourceMap::of(text);
        return Err(LoadError::Invalid(
            errors
                .into_iter()
                .map(|problem| place(path, &meeting, &map, problem))
                .collect(),
        ));
    }
    Ok(meeting)
}

/// As [`parse`], keeping the source map so that warnings can be placed in the file.
pub fn parse_with_map(path: &Path, raw: &[u8]) -> Result<Loaded, LoadError> {
    let meeting = parse(path, raw)?;
    // `parse` has proved the bytes are UTF-8.
    let map = SourceMap::of(&String::from_utf8_lossy(raw));
    Ok(Loaded { meeting, map })
}

/// Turns a problem about part of the meeting into one at a place in the file; a record is
/// named where the clerk finds it on the screen, by its item and time.
pub fn place(path: &Path, meeting: &Meeting, map: &SourceMap, problem: Problem) -> Diagnostic {
    let position = match problem.place {
        Place::Meeting => Some(map.start),
        Place::Person(i) => map.people.get(i).copied(),
        Place::Item(i) => map.agenda.get(i).copied(),
        Place::Record(i) => map.records.get(i).copied(),
        Place::Signature => map.signature,
    }
    .unwrap_or(map.start);
    // Records have no name of their own, so say which one; people and items are named in
    // the message itself.
    let subject = match problem.place {
        Place::Record(i) => format!("{}: ", meeting.record_place(i)),
        _ => String::new(),
    };
    Diagnostic {
        path: path.to_path_buf(),
        position,
        severity: problem.severity,
        message: format!("{subject}{}", problem.message),
    }
}

fn syntax(path: &Path, text: &str, error: ron::error::SpannedError) -> LoadError {
    let position = Position {
        line: error.span.start.line,
        column: error.span.start.col,
    };
    let end = end_of(text.trim_end());
    let mut message = describe(&error.code);
    // A file cut short (a copy interrupted, a disk filled) fails on its last line, where a
    // whole meeting file has only its closing bracket; say so plainly rather than leave the
    // clerk puzzling over a missing colon.
    let opening = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with("//") && !line.starts_with("#!"));
    if !opening.is_some_and(|line| line.starts_with('(')) {
        message = format!("this is not a meeting file, which begins with `(`: {message}");
    } else if position.line >= end.line && end.line > 2 && !text.trim_end().ends_with(')') {
        message = format!("the file ends too early, as if cut short: {message}");
    }
    LoadError::Invalid(vec![Diagnostic {
        path: path.to_path_buf(),
        position,
        severity: Severity::Error,
        message,
    }])
}

/// RON's messages, reworded where a clerk would not follow them.
fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::ExceededRecursionLimit => {
            "the file is nested far too deeply to be a meeting file".into()
        }
        E::Eof => {
            "the file ends too early: something is missing at the end (a closing bracket?)".into()
        }
        E::ExpectedComma => "expected a comma between entries".into(),
        E::TrailingCharacters => {
            "unexpected text after the end of the meeting (an extra closing bracket?)".into()
        }
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("`{field}` is required in {outer} but is missing"),
            None => format!("`{field}` is required but is missing"),
        },
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => text,
            }
        }
    }
}

/// The position just after the given text.
fn end_of(text: &str) -> Position {
    let line = 1 + text.matches('\n').count();
    let column = 1 + text
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count());
    Position { line, column }
}
