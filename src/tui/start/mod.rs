//! The start screen: recent meetings and the bundled samples. A sample opens as a working copy
//! in the user's data folder, so the samples themselves are never changed.

mod asking;
pub mod folder;
pub mod reading;
pub mod run;
pub mod view;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// The sample meetings, built into the program so that they are there wherever it is run.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "children-and-families-2022-02-14.ron",
        include_str!("../../../sample-meetings/children-and-families-2022-02-14.ron"),
    ),
    (
        "health-and-wellbeing-board-2022-01-25.ron",
        include_str!("../../../sample-meetings/health-and-wellbeing-board-2022-01-25.ron"),
    ),
    (
        "highways-and-transport-votes.ron",
        include_str!("../../../sample-meetings/highways-and-transport-votes.ron"),
    ),
    (
        "ashcombe-parish-council-2026-06-02.ron",
        include_str!("../../../sample-meetings/ashcombe-parish-council-2026-06-02.ron"),
    ),
    (
        "kingsford-town-council-2026-09-22.ron",
        include_str!("../../../sample-meetings/kingsford-town-council-2026-09-22.ron"),
    ),
    (
        "northbridge-planning-2026-11-04.ron",
        include_str!("../../../sample-meetings/northbridge-planning-2026-11-04.ron"),
    ),
    (
        "children-and-families-2022-03-24-agenda.ron",
        include_str!("../../../sample-meetings/children-and-families-2022-03-24-agenda.ron"),
    ),
    (
        "adults-and-health-2022-03-28-agenda.ron",
        include_str!("../../../sample-meetings/adults-and-health-2022-03-28-agenda.ron"),
    ),
    (
        "children-and-families-scrutiny-2020-01-27-agenda.ron",
        include_str!(
            "../../../sample-meetings/children-and-families-scrutiny-2020-01-27-agenda.ron"
        ),
    ),
];

/// One line of the start screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// Build a new meeting from an agenda pack, whose path the clerk types.
    ImportAgenda,
    /// Start a blank meeting in a file the clerk names, and prepare it in the live screen.
    BlankMeeting,
    Recent {
        path: PathBuf,
        title: String,
    },
    Sample {
        file: &'static str,
        title: String,
    },
    /// A folder of meetings, whose path the clerk types, for attendance, actions and search.
    Folder,
}

#[derive(Debug)]
pub struct StartScreen {
    pub entries: Vec<Entry>,
    pub cursor: usize,
    pub message: Option<String>,
    /// A path being typed: of the agenda pack to import, or of the blank meeting to make.
    pub typing_path: Option<String>,
    /// Which of the two the path being typed is for.
    pub typing_for: Entry,
    /// The view over a folder of meetings, when one is open.
    pub folder: Option<crate::tui::start::folder::FolderView>,
    /// What the clerk is asked for, in the typed line, to make a meeting from an agenda.
    pub asking: Option<Asking>,
    /// An agenda pack being read, while the screen shows how long it has taken.
    pub reading: Option<reading::Reading>,
}

/// What the clerk is asked for on the way from an agenda to a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asking {
    /// The meeting's date, which the agenda does not give.
    Date(Agenda),
    /// The file to write the meeting of an agenda pasted in, on the date given if any.
    FileFor {
        text: String,
        date: Option<chrono::NaiveDate>,
    },
}

/// An agenda on its way to becoming a meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Agenda {
    /// A pack on disk, read, whose meeting is written beside it.
    Pack {
        pack: PathBuf,
        text: String,
        note: Option<String>,
    },
    /// Text pasted in, from a web page or an email.
    Pasted(String),
}

/// How a sample is listed: "Children and Families Committee, 14 February 2022".
fn sample_title(text: &str) -> String {
    match crate::store::parse(Path::new("sample"), text.as_bytes()) {
        Ok(meeting) => format!(
            "{}, {}{}",
            meeting.body.name,
            meeting.date.format("%-d %B %Y"),
            if meeting.records.is_empty() {
                " (agenda, not yet held)"
            } else {
                ""
            }
        ),
        Err(_) => "a sample meeting".to_string(),
    }
}

impl StartScreen {
    pub fn new(recent: Vec<PathBuf>) -> StartScreen {
        let mut entries: Vec<Entry> = vec![Entry::ImportAgenda, Entry::BlankMeeting];
        entries.extend(recent.into_iter().map(|path| Entry::Recent {
            title: describe_recent(&path),
            path,
        }));
        entries.extend(SAMPLES.iter().map(|(file, text)| Entry::Sample {
            file,
            title: sample_title(text),
        }));
        entries.push(Entry::Folder);
        StartScreen {
            // Open the first recent meeting or sample by default; a new one is a key or two up.
            cursor: entries
                .iter()
                .position(|e| matches!(e, Entry::Recent { .. } | Entry::Sample { .. }))
                .unwrap_or(0),
            entries,
            message: None,
            typing_path: None,
            typing_for: Entry::ImportAgenda,
            folder: None,
            asking: None,
            reading: None,
        }
    }

    pub fn step(&mut self, forward: bool) {
        let mut cursor = crate::tui::cursor::Cursor::at(self.cursor);
        cursor.step(forward, self.entries.len());
        self.cursor = cursor.at;
    }
}

/// The name offered for the meeting of a pasted agenda: its body's and its date,
/// "little-easton-parish-council-2026-03-12.ron", in the folder Minutebook was started in.
pub fn pasted_file_name(meeting: &crate::model::Meeting) -> String {
    let mut name = String::new();
    for c in meeting.body.name.chars() {
        if c.is_alphanumeric() {
            name.extend(c.to_lowercase());
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-');
    let name = if name.is_empty() { "meeting" } else { name };
    format!("{name}-{}.ron", meeting.date.format("%Y-%m-%d"))
}

/// Makes a blank meeting, dated today, in the file named, for the clerk to prepare.
pub fn blank_meeting(file: &Path) -> anyhow::Result<PathBuf> {
    let today = chrono::Local::now().date_naive();
    crate::commands::new_meeting(&crate::commands::NewMeeting::at(file), today)?;
    Ok(file.to_path_buf())
}

/// Where recent meetings are listed.
fn recent_file(data: &Path) -> PathBuf {
    data.join("recent.ron")
}

/// Recent meetings, newest first, that still exist.
pub fn recent_meetings(data: &Path) -> Vec<PathBuf> {
    let Ok(text) = crate::store::read_text(&recent_file(data), crate::store::MAX_SETTINGS_BYTES)
    else {
        return Vec::new();
    };
    let list: Vec<PathBuf> = ron::from_str(&text).unwrap_or_default();
    list.into_iter().filter(|p| p.exists()).collect()
}

/// Puts a meeting at the top of the recent list.
pub fn remember(data: &Path, meeting: &Path) -> std::io::Result<()> {
    let meeting = std::fs::canonicalize(meeting).unwrap_or_else(|_| meeting.to_path_buf());
    let mut list = recent_meetings(data);
    list.retain(|p| *p != meeting);
    list.insert(0, meeting);
    list.truncate(10);
    std::fs::create_dir_all(data)?;
    let text = ron::ser::to_string_pretty(&list, ron::ser::PrettyConfig::default())
        .map_err(std::io::Error::other)?;
    crate::store::write_whole(&recent_file(data), text.as_bytes()).map(drop)
}

/// The working copy of a sample, made from the built-in text the first time it is opened.
pub fn sample_copy(data: &Path, file: &str) -> std::io::Result<PathBuf> {
    let text = SAMPLES
        .iter()
        .find(|(name, _)| *name == file)
        .map(|(_, text)| *text)
        .ok_or_else(|| std::io::Error::other(format!("no sample called {file}")))?;
    let folder = data.join("samples");
    std::fs::create_dir_all(&folder)?;
    let copy = folder.join(file);
    if !copy.exists() {
        crate::store::write_atomically(&copy, text.as_bytes())?;
    }
    Ok(copy)
}

/// The date of a meeting file's meeting, for listing recent meetings.
pub fn describe_recent(path: &Path) -> String {
    match crate::store::load(path) {
        Ok(meeting) => format!(
            "{}, {}{} — {}",
            meeting.body.name,
            format_date(meeting.date),
            six_months_said(&meeting, path),
            path.display()
        ),
        Err(_) => path.display().to_string(),
    }
}

/// ", 2 members near the six-month limit", for a meeting whose body has members near or past
/// six months without attending, as the meetings in its folder record it today.
fn six_months_said(meeting: &crate::model::Meeting, path: &Path) -> String {
    let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let collection = crate::across::gather(&[folder]);
    match crate::duties::six_months::at_risk(meeting, &collection, crate::commands::today()).len() {
        0 => String::new(),
        1 => ", 1 member near or past the six-month limit".into(),
        n => format!(", {n} members near or past the six-month limit"),
    }
}

fn format_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}
