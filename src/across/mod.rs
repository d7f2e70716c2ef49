//! Across meetings: the meeting files in one or more folders read together, for a body's
//! attendance, the actions promised and whether a later meeting heard them done, the planning
//! applications taken and what was decided, and a search of everything recorded. Files are read on every core; a file that is not a sound meeting is
//! listed with its reason and skipped, and nothing stops for it.

pub mod actions;
pub mod applications;
pub mod attendance;
pub mod report;
pub mod search;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::model::Meeting;

/// A meeting read from a file.
#[derive(Debug)]
pub struct Found {
    pub path: PathBuf,
    pub meeting: Meeting,
    /// The order its minutes follow, as its house style says: the minute numbers a report
    /// gives are those its minutes print.
    pub order: crate::model::BusinessOrder,
}

/// A file left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

/// The meetings found, in date order, and the files left out.
#[derive(Debug, Default)]
pub struct Collection {
    pub meetings: Vec<Found>,
    pub skipped: Vec<Skipped>,
}

/// Every meeting file (`.ron`) in the given folders and their subfolders, and any file named
/// itself. Hidden files (a meeting's lock, draft and backup) are not meetings; folders reached
/// through links are not followed, so a link cannot send the walk round in a circle.
pub fn gather(places: &[PathBuf]) -> Collection {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for place in places {
        match std::fs::metadata(place) {
            Ok(meta) if meta.is_dir() => walk(place, &mut files, &mut skipped),
            Ok(_) => files.push(place.clone()),
            Err(error) => skipped.push(Skipped {
                path: place.clone(),
                reason: format!("cannot be read: {error}"),
            }),
        }
    }
    files.sort();
    files.dedup();
    let read = read_all(&files);
    let mut meetings = Vec::new();
    let mut orders = Orders::default();
    for (path, result) in files.into_iter().zip(read) {
        match result {
            Ok(meeting) => meetings.push(Found {
                order: orders.of(&meeting, &path),
                path,
                meeting,
            }),
            Err(reason) => skipped.push(Skipped { path, reason }),
        }
    }
    meetings.sort_by(|a, b| {
        (
            a.meeting.date,
            a.meeting.time,
            &a.meeting.body.name,
            &a.path,
        )
            .cmp(&(
                b.meeting.date,
                b.meeting.time,
                &b.meeting.body.name,
                &b.path,
            ))
    });
    // A copy of a meeting (the same body on the same day) would count it twice.
    let mut kept: Vec<Found> = Vec::with_capacity(meetings.len());
    for found in meetings {
        let copy = kept.last().filter(|last| {
            last.meeting.date == found.meeting.date
                && last.meeting.time == found.meeting.time
                && last.meeting.body.name == found.meeting.body.name
        });
        match copy {
            Some(first) => skipped.push(Skipped {
                reason: format!(
                    "the same meeting as {} (the same body, date and time); counted once",
                    shown(&first.path)
                ),
                path: found.path,
            }),
            None => kept.push(found),
        }
    }
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Collection {
        meetings: kept,
        skipped,
    }
}

/// The order each meeting's minutes follow, from the house style it names or the one beside
/// it, each style read once however many meetings share it.
#[derive(Default)]
struct Orders {
    known: std::collections::HashMap<(Option<String>, PathBuf), crate::model::BusinessOrder>,
}

impl Orders {
    fn of(&mut self, meeting: &Meeting, path: &Path) -> crate::model::BusinessOrder {
        let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let key = (meeting.body.style.clone(), folder);
        *self.known.entry(key).or_insert_with(|| {
            crate::minutes::style::for_meeting(meeting, Some(path), None, None)
                .style
                .settings
                .order
        })
    }
}

fn walk(folder: &Path, files: &mut Vec<PathBuf>, skipped: &mut Vec<Skipped>) {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) => {
            skipped.push(Skipped {
                path: folder.to_path_buf(),
                reason: format!("cannot be read: {error}"),
            });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if hidden {
            continue;
        }
        if kind.is_dir() {
            walk(&path, files, skipped);
        } else if path.extension().is_some_and(|e| e == "ron") {
            // A link to a file is read as the file; a link to a folder is not followed.
            if kind.is_symlink() && std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
                continue;
            }
            files.push(path);
        }
    }
}

/// Each file read as a meeting, or the reason it is not one, on every core.
fn read_all(files: &[PathBuf]) -> Vec<Result<Meeting, String>> {
    let results: Vec<Mutex<Option<Result<Meeting, String>>>> =
        files.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(2, usize::from)
        .clamp(1, 8)
        .min(files.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = files.get(index) else {
                        break;
                    };
                    let read = crate::store::load(path).map_err(|error| reason(&error));
                    if let Ok(mut slot) = results[index].lock() {
                        *slot = Some(read);
                    }
                }
            });
        }
    });
    results
        .into_iter()
        .map(|slot| {
            slot.into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| Err("could not be read".into()))
        })
        .collect()
}

/// Why a file is not a sound meeting: the first thing wrong, with its line and column.
fn reason(error: &crate::store::LoadError) -> String {
    let said = error.to_string();
    let first = said.lines().next().unwrap_or_default();
    let more = said.lines().count().saturating_sub(1);
    if more > 0 {
        format!("{first} (and {more} more)")
    } else {
        first.to_string()
    }
}

/// A file as a report names it: by its name, never by where it is on this machine, since
/// reports are printed and published.
pub fn shown(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// What the meetings a report covers are, for the report's title: their council ("Ashcombe
/// Parish Council", "3 councils") and the dates of the first and the last ("5 May 2026 to
/// 2 June 2026").
pub fn scope<'m>(meetings: impl Iterator<Item = &'m Meeting>) -> Option<(String, String)> {
    let mut councils: Vec<String> = Vec::new();
    let mut dates: Option<(chrono::NaiveDate, chrono::NaiveDate)> = None;
    for meeting in meetings {
        let council = meeting
            .body
            .council
            .clone()
            .unwrap_or_else(|| meeting.body.name.clone());
        if !councils.contains(&council) {
            councils.push(council);
        }
        dates = Some(match dates {
            Some((first, last)) => (first.min(meeting.date), last.max(meeting.date)),
            None => (meeting.date, meeting.date),
        });
    }
    let (first, last) = dates?;
    let day = |date: chrono::NaiveDate| date.format("%-d %B %Y").to_string();
    let when = if first == last {
        day(first)
    } else {
        format!("{} to {}", day(first), day(last))
    };
    let who = match councils.as_slice() {
        [one] => one.clone(),
        _ => format!("{} councils", councils.len()),
    };
    Some((who, when))
}

/// Whether a meeting's date is within the range asked for.
pub fn within(
    date: chrono::NaiveDate,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
) -> bool {
    from.is_none_or(|from| date >= from) && to.is_none_or(|to| date <= to)
}

impl Skipped {
    /// "file: why", naming the file once, by its name alone.
    pub fn describe(&self) -> String {
        let full = self.path.display().to_string();
        let name = shown(&self.path);
        let reason = self.reason.replace(&full, &name);
        if reason.starts_with(&name) {
            reason
        } else {
            format!("{name}: {reason}")
        }
    }
}
