//! From an agenda to a meeting on the start screen where the agenda does not say everything or
//! was pasted in: the clerk is asked for the meeting's date when the agenda gives none, and for
//! the file to write when the agenda came from a web page or an email by way of the clipboard.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{Agenda, Asking, Entry, StartScreen};
use crate::import::ImportError;

impl StartScreen {
    /// Text of several lines pasted on the start screen: an agenda, read at once, then the
    /// clerk is asked where to write its meeting (or first for its date).
    pub fn paste_agenda(&mut self, text: String) {
        self.folder = None;
        self.cursor = 0;
        match crate::import::import(&text) {
            Ok(imported) => self.ask_file(text, None, &imported.meeting),
            Err(ImportError::Undated) => self.ask_date(Agenda::Pasted(text)),
            Err(error) => {
                self.asking = None;
                self.typing_path = None;
                self.message = Some(format!("The pasted text made no meeting: {error}"));
            }
        }
    }

    /// Asks for the meeting's date, which the agenda does not give.
    pub fn ask_date(&mut self, agenda: Agenda) {
        self.asking = Some(Asking::Date(agenda));
        self.typing_for = Entry::ImportAgenda;
        self.typing_path = Some(String::new());
        self.message = Some(
            "The agenda gives no date for its meeting: type the date (such as 12 March 2026) and \
             press Enter; Esc to leave it"
                .into(),
        );
    }

    /// Asks where to write the meeting of a pasted agenda, offering a name.
    fn ask_file(&mut self, text: String, date: Option<NaiveDate>, meeting: &crate::model::Meeting) {
        let offered = super::pasted_file_name(meeting);
        let body = if meeting.body.name.trim().is_empty() {
            "no body named".to_string()
        } else {
            meeting.body.name.clone()
        };
        self.message = Some(format!(
            "Agenda pasted: {body}, {}, {} items. Save its meeting as (Enter), or Esc",
            meeting.date.format("%-d %B %Y"),
            meeting.agenda.len()
        ));
        self.asking = Some(Asking::FileFor { text, date });
        self.typing_for = Entry::ImportAgenda;
        self.typing_path = Some(offered);
    }

    /// Enter on the typed line while asking: the meeting file made, when one is.
    pub fn answer(&mut self, typed: &str) -> Option<PathBuf> {
        match self.asking.take()? {
            Asking::Date(agenda) => {
                let date = match crate::model::clock::read_date("the date", typed) {
                    Ok(date) => date,
                    Err(refusal) => {
                        self.message = Some(format!("{refusal}; type it again, or Esc"));
                        self.asking = Some(Asking::Date(agenda));
                        return None;
                    }
                };
                self.dated(agenda, date)
            }
            Asking::FileFor { text, date } => self.write_pasted(&text, date, Path::new(typed)),
        }
    }

    /// The agenda on the date the clerk gave.
    fn dated(&mut self, agenda: Agenda, date: NaiveDate) -> Option<PathBuf> {
        match agenda {
            Agenda::Pack { pack, text, note } => {
                let output = pack.with_extension("ron");
                match crate::commands::import_text(&text, note, &pack, &output, Some(date)) {
                    Ok(_) => Some(output),
                    Err(error) => self.failed(&error),
                }
            }
            Agenda::Pasted(text) => match crate::import::import_dated(&text, Some(date)) {
                Ok(imported) => {
                    self.ask_file(text, Some(date), &imported.meeting);
                    None
                }
                Err(error) => self.failed(&anyhow::Error::new(error)),
            },
        }
    }

    fn write_pasted(
        &mut self,
        text: &str,
        date: Option<NaiveDate>,
        file: &Path,
    ) -> Option<PathBuf> {
        if file.as_os_str().is_empty() || std::fs::symlink_metadata(file).is_ok() {
            self.message = Some(format!(
                "{} already exists or is no file name: type another, or Esc",
                file.display()
            ));
            self.asking = Some(Asking::FileFor {
                text: text.to_string(),
                date,
            });
            return None;
        }
        let source = Path::new("the pasted agenda");
        match crate::commands::import_text(text, None, source, file, date) {
            Ok(_) => Some(file.to_path_buf()),
            Err(error) => self.failed(&error),
        }
    }

    pub(super) fn failed(&mut self, error: &anyhow::Error) -> Option<PathBuf> {
        self.asking = None;
        self.typing_path = None;
        self.message = Some(format!("{error:#}"));
        None
    }
}
