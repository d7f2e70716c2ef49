//! The house style the open meeting's minutes are written in, found as `minutebook minutes`
//! finds it, and found again when the meeting's details change the style it names.

use std::path::PathBuf;

use crate::minutes::style::{Style, for_meeting};
use crate::model::Meeting;

/// Where the style in force was looked for, and what was found.
#[derive(Debug, Clone)]
pub struct House {
    pub style: Style,
    /// Where it came from: "the bundled style default", a file.
    pub origin: String,
    /// What was wrong with a style on the way to this one.
    pub problems: Vec<String>,
    meeting_file: Option<PathBuf>,
    config: Option<PathBuf>,
    configured: Option<String>,
    /// The style the meeting named when this one was found.
    named: Option<String>,
}

impl Default for House {
    fn default() -> House {
        House {
            style: Style::default(),
            origin: "the bundled style default".into(),
            problems: Vec::new(),
            meeting_file: None,
            config: None,
            configured: None,
            named: None,
        }
    }
}

impl House {
    /// The style for a meeting kept in `meeting_file`, given the config folder and the style
    /// the config names.
    pub fn find(
        meeting: &Meeting,
        meeting_file: Option<PathBuf>,
        config: Option<PathBuf>,
        configured: Option<String>,
    ) -> House {
        let found = for_meeting(
            meeting,
            meeting_file.as_deref(),
            config.as_deref(),
            configured.as_deref(),
        );
        House {
            style: found.style,
            origin: found.origin,
            problems: found.problems,
            meeting_file,
            config,
            configured,
            named: meeting.body.style.clone(),
        }
    }

    /// Finds the style again if the meeting now names another; says what went wrong if so.
    pub fn follow(&mut self, meeting: &Meeting) -> Option<String> {
        if meeting.body.style == self.named {
            return None;
        }
        *self = House::find(
            meeting,
            self.meeting_file.take(),
            self.config.take(),
            self.configured.take(),
        );
        Some(match self.problems.first() {
            Some(problem) => format!("House style: {problem}"),
            None => format!("Minutes now in {}", self.origin),
        })
    }
}
