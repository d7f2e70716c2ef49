//! Which house style a meeting's minutes are written in. The most particular choice wins: the
//! style the meeting file names, then a `house-style.ron` beside the meeting file, then the
//! style the config names, then a `house-style.ron` in the config folder, then the default.
//! A style that cannot be found or read is reported, and the next choice is used.

use std::path::{Path, PathBuf};

use super::{Style, bundled_names};
use crate::model::Meeting;

/// The file name a council gives its own style, beside its meetings or in the config folder.
pub const HOUSE_STYLE_FILE: &str = "house-style.ron";

/// The style in force, where it came from, and what was wrong on the way.
#[derive(Debug, Clone)]
pub struct Found {
    pub style: Style,
    /// "the bundled style cheshire-east-2025", "/path/house-style.ron".
    pub origin: String,
    pub problems: Vec<String>,
}

/// A style named in a file or setting: a bundled style, or a style file relative to `folder`.
fn named(name: &str, folder: &Path, said_by: &str, problems: &mut Vec<String>) -> Option<Found> {
    if let Some(style) = Style::bundled(name) {
        return Some(Found {
            style,
            origin: format!("the bundled style {name}"),
            problems: Vec::new(),
        });
    }
    let path = folder.join(name);
    if path.is_file() {
        return read(&path, problems);
    }
    problems.push(format!(
        "{said_by}: style \"{name}\" is neither a bundled style ({}) nor a file at {}",
        bundled_names(),
        path.display()
    ));
    None
}

fn read(path: &Path, problems: &mut Vec<String>) -> Option<Found> {
    match crate::store::read_text(path, crate::store::MAX_SETTINGS_BYTES) {
        Ok(text) => {
            let origin = path.display().to_string();
            let (style, found) = Style::parse(&origin, &text);
            problems.extend(found);
            Some(Found {
                style,
                origin,
                problems: Vec::new(),
            })
        }
        Err(error) => {
            problems.push(error.to_string());
            None
        }
    }
}

/// The style for a meeting kept in `meeting_file` (none for a meeting not yet saved), given
/// the config folder and the style the config names.
pub fn for_meeting(
    meeting: &Meeting,
    meeting_file: Option<&Path>,
    config_folder: Option<&Path>,
    configured: Option<&str>,
) -> Found {
    let mut problems = Vec::new();
    let beside: Option<PathBuf> = meeting_file.map(|file| {
        file.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf()
    });
    let mut found = None;
    if let Some(name) = meeting
        .body
        .style
        .as_deref()
        .filter(|n| !n.trim().is_empty())
    {
        let folder = beside.clone().unwrap_or_else(|| PathBuf::from("."));
        let said_by = meeting_file.map_or("the meeting".to_string(), |f| f.display().to_string());
        found = named(name.trim(), &folder, &said_by, &mut problems);
    }
    if found.is_none()
        && let Some(folder) = &beside
        && folder.join(HOUSE_STYLE_FILE).is_file()
    {
        found = read(&folder.join(HOUSE_STYLE_FILE), &mut problems);
    }
    if found.is_none()
        && let (Some(name), Some(folder)) = (configured, config_folder)
    {
        let said_by = folder.join("config.ron").display().to_string();
        found = named(name, folder, &said_by, &mut problems);
    }
    if found.is_none()
        && let Some(folder) = config_folder
        && folder.join(HOUSE_STYLE_FILE).is_file()
    {
        found = read(&folder.join(HOUSE_STYLE_FILE), &mut problems);
    }
    let mut found = found.unwrap_or_else(|| Found {
        style: Style::default(),
        origin: "the bundled style default".into(),
        problems: Vec::new(),
    });
    found.problems = problems;
    found
}
