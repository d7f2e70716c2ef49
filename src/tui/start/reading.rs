//! An agenda pack read in the background from the start screen, so that the screen shows how
//! long it has taken and the clerk can stop it with Esc: a PDF or Word document is read by a
//! child copy of Minutebook within its bounds, and stopping ends the child. Nothing is written
//! until the text is read and the clerk is still waiting for it.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use super::{Agenda, StartScreen};
use crate::commands::AgendaText;
use crate::import::Stop;

/// A pack being read.
#[derive(Debug)]
pub struct Reading {
    pub pack: PathBuf,
    started: Instant,
    stop: Stop,
    text: Receiver<Result<AgendaText, String>>,
}

impl Reading {
    /// Starts reading the pack on a thread of its own.
    pub fn start(pack: PathBuf) -> Reading {
        let stop = Stop::default();
        let (sender, text) = mpsc::channel();
        let path = pack.clone();
        let stopping = stop.clone();
        std::thread::spawn(move || {
            let read = crate::commands::agenda_text_until(&path, &stopping)
                .map_err(|error| format!("{error:#}"));
            // The screen may have stopped waiting; then the text is not wanted.
            let _ = sender.send(read);
        });
        Reading {
            pack,
            started: Instant::now(),
            stop,
            text,
        }
    }

    /// How long it has been reading.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// The pack's file name, for the screen to say what it is reading.
    pub fn name(&self) -> String {
        self.pack.file_name().map_or_else(
            || self.pack.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }
}

impl StartScreen {
    /// Starts reading an agenda pack, unless its meeting was made before: then that opens.
    pub fn read_pack(&mut self, pack: PathBuf) -> Option<PathBuf> {
        let output = pack.with_extension("ron");
        if output.exists() {
            return Some(output);
        }
        self.typing_path = None;
        self.message = None;
        self.reading = Some(Reading::start(pack));
        None
    }

    /// Esc while reading: the reader is stopped and nothing is written.
    pub fn stop_reading(&mut self) {
        if let Some(reading) = self.reading.take() {
            reading.stop.stop();
            self.message = Some(format!(
                "Stopped reading {}; nothing was written",
                reading.name()
            ));
        }
    }

    /// The meeting made once the pack is read, when it is; asks for the date where the pack
    /// gives none.
    pub fn poll_reading(&mut self) -> Option<PathBuf> {
        let reading = self.reading.as_ref()?;
        let read = match reading.text.try_recv() {
            Ok(read) => read,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Err("the reader of the pack stopped".to_string()),
        };
        let pack = self.reading.take()?.pack;
        match read {
            Ok(text) => self.make_from(&pack, text),
            Err(error) => self.failed(&anyhow::anyhow!(error)),
        }
    }

    fn make_from(&mut self, pack: &Path, text: AgendaText) -> Option<PathBuf> {
        let output = pack.with_extension("ron");
        match crate::commands::import_text(&text.text, text.note.clone(), pack, &output, None) {
            Ok(_) => Some(output),
            Err(error) if crate::commands::refused_undated(&error) => {
                self.ask_date(Agenda::Pack {
                    pack: pack.to_path_buf(),
                    text: text.text,
                    note: text.note,
                });
                None
            }
            Err(error) => self.failed(&error),
        }
    }
}
