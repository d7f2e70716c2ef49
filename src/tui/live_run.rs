//! The live screen's loop in a real terminal: every key handled before the next frame, every
//! change saved at once, the open form kept as a draft, and the effects the screen asks for
//! carried out (saving elsewhere, writing the minutes, quitting with unsaved work kept).

use std::path::Path;
use std::time::Duration;

use chrono::{NaiveTime, Timelike};
use ratatui::crossterm::event::KeyEvent;

use super::app::{App, Effect};
use super::config::{Folders, Settings};
use super::draft_file::DraftFile;
use super::input::{Input, Keyboard};
use super::keeper::Keeper;
use super::open::Opened;
use super::overlays::{Overlay, Question};
use super::run::Screen;
use super::safety::{self, KEPT, Kept, SAVING, fault_injection};
use super::start;
use crate::store;

/// The wall clock to the minute, as records keep it.
fn clock_now() -> Option<NaiveTime> {
    let now = chrono::Local::now().time();
    now.with_second(0).and_then(|t| t.with_nanosecond(0))
}

/// Where minutes written from the live screen go: beside the meeting file.
pub fn minutes_path(
    meeting: &Path,
    format: crate::minutes::Format,
    confidential: bool,
) -> std::path::PathBuf {
    let stem = meeting
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "meeting".into());
    let kind = if confidential { "-confidential" } else { "" };
    meeting.with_file_name(format!("{stem}-minutes{kind}.{}", format.extension()))
}

/// Writes the minutes the clerk asked for, and says where they went.
pub fn write_minutes(
    app: &mut App,
    path: &Path,
    format: crate::minutes::Format,
    confidential: bool,
) {
    let document = crate::minutes::minutes_in(
        app.meeting(),
        &app.house.style,
        crate::minutes::Options { confidential },
    );
    let out = minutes_path(path, format, confidential);
    app.message = Some(
        match format.write(&document).and_then(|bytes| {
            store::write_whole(&out, &bytes)
                .map(drop)
                .map_err(Into::into)
        }) {
            Ok(()) => format!("Minutes written to {}", out.display()),
            Err(error) => format!("Could not write the minutes to {}: {error}", out.display()),
        },
    );
}

/// What the loop keeps between keys: the screen's state, the file it is kept in, and what
/// the signal thread must be able to keep. Everything but the terminal, so that the loop's
/// whole work for a key can be measured and tested without one.
pub struct Live<'a> {
    pub app: App,
    keeper: Keeper,
    folders: &'a Folders,
    /// The draft text last written, so it is written only when it changes.
    draft: Option<String>,
    /// Where the draft is written as it is typed.
    drafts: DraftFile,
    /// The session version last kept for the signal thread while unsaved.
    kept_version: Option<u64>,
    /// A recovery copy offered on opening, until the clerk answers.
    recovery: Option<std::path::PathBuf>,
    quit: bool,
    farewell: Option<String>,
}

pub fn live(
    screen: &mut Screen,
    opened: Opened,
    settings: &Settings,
    folders: &Folders,
) -> anyhow::Result<Option<String>> {
    let mut live = Live::new(opened, folders);
    let mut keyboard = Keyboard::open()?;
    loop {
        let now = clock_now();
        screen.draw(|frame| super::view::draw(frame, &live.app, &settings.theme, now))?;
        if live.quit {
            break;
        }
        // A terminal that has gone away ends the loop with an error, and the signal thread
        // keeps what must not be lost.
        let received = keyboard.read(Duration::from_millis(1000))?;
        live.turn(received.inputs)?;
    }
    Ok(live.farewell)
}

impl<'a> Live<'a> {
    /// The live screen on an opened meeting, ready for its first key.
    pub fn new(opened: Opened, folders: &'a Folders) -> Live<'a> {
        let Opened {
            app,
            lock,
            path,
            recovery,
        } = opened;
        if app.read_only().is_none() {
            let _ = start::remember(&folders.data, &path);
        }
        *KEPT.lock().unwrap_or_else(|p| p.into_inner()) = Some(Kept {
            meeting: path.clone(),
            data: folders.data.clone(),
            ..Kept::default()
        });
        Live {
            app,
            keeper: Keeper::new(&path, lock),
            folders,
            draft: None,
            drafts: DraftFile::new(&path, &folders.data),
            kept_version: None,
            recovery,
            quit: false,
            farewell: None,
        }
    }

    /// One turn of the loop between frames: every key the terminal has sent handled, in
    /// order, then what they changed saved once, what they asked for done, and the draft kept.
    pub fn turn(&mut self, inputs: Vec<Input>) -> anyhow::Result<()> {
        let _saving = SAVING.lock().unwrap_or_else(|p| p.into_inner());
        let mut effects = Vec::new();
        for input in inputs {
            match input {
                Input::Key(key) => effects.extend(self.key(key)?),
                Input::Paste(text) => self.app.handle_paste(&text),
            }
            if effects.contains(&Effect::Quit) || effects.contains(&Effect::QuitLeavingRecovery) {
                break;
            }
        }
        // A save that failed is tried again on the next change, or after a pause.
        self.keeper.save(&mut self.app);
        self.keep_unsaved();
        for effect in effects {
            self.carry_out(effect);
        }
        self.sync_draft();
        Ok(())
    }

    /// True once the clerk has quit.
    pub fn finished(&self) -> bool {
        self.quit
    }

    /// Handles one key; a failure inside Minutebook keeps everything and ends the screen.
    fn key(&mut self, key: KeyEvent) -> anyhow::Result<Vec<Effect>> {
        let app = &mut self.app;
        let handled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            fault_injection::maybe_panic(key);
            app.handle_key(key, clock_now())
        }));
        let Ok(effects) = handled else {
            // Keep everything: the meeting as it stands, and any text being typed.
            let path = &self.keeper.path;
            let kept = store::to_text(self.app.meeting())
                .ok()
                .and_then(|text| safety::keep_recovery(path, &self.folders.data, &text));
            safety::keep_all_now();
            anyhow::bail!(
                "Minutebook met an internal error. The meeting was saved to {}; the last change \
                 may be in {}.",
                path.display(),
                kept.map_or_else(
                    || "nowhere (no folder could be written)".into(),
                    |p| { p.display().to_string() }
                )
            );
        };
        Ok(effects)
    }

    fn carry_out(&mut self, effect: Effect) {
        let path = self.keeper.path.clone();
        match effect {
            Effect::Quit if self.keeper.unsaved(&self.app) => {
                let why = match &self.app.save_state {
                    super::app::SaveState::Failed(why) => why.clone(),
                    super::app::SaveState::Saved => "the last change is not on disk".into(),
                };
                self.app
                    .overlays
                    .push(Overlay::Confirm(Question::QuitUnsaved(why)));
            }
            Effect::Quit => self.quit = true,
            Effect::QuitLeavingRecovery => {
                let kept = store::to_text(self.app.meeting()).ok().and_then(|text| {
                    safety::keep_recovery_in_data(&path, &self.folders.data, &text)
                });
                self.farewell = Some(match kept {
                    Some(kept) => format!(
                        "the last changes could not be saved to {}; they are kept in {}, and \
                         opening the meeting again offers them back",
                        path.display(),
                        kept.display()
                    ),
                    None => format!(
                        "the last changes could not be saved to {} nor kept in {}",
                        path.display(),
                        self.folders.data.display()
                    ),
                });
                self.quit = true;
            }
            Effect::SaveAs(new_path) => self.keeper.save_as(&mut self.app, new_path),
            Effect::WriteMinutes {
                format,
                confidential,
            } => write_minutes(&mut self.app, &path, format, confidential),
            Effect::RecoveryAnswered(restored) => {
                // Keep the recovery copy under another name, used or not: nothing is
                // thrown away.
                if let Some(copy) = self.recovery.take() {
                    let kept = copy.with_extension(if restored {
                        "recovered-used"
                    } else {
                        "recovered-declined"
                    });
                    let _ = std::fs::rename(copy, kept);
                }
            }
            // Once declined, a draft is not offered again.
            Effect::DraftDeclined => self.drafts.forget(),
        }
    }

    /// While changes are not on disk, the whole meeting is ready for the signal thread to keep.
    fn keep_unsaved(&mut self) {
        let unsaved = self.keeper.unsaved(&self.app);
        let version = self.app.session.version();
        if unsaved && self.kept_version == Some(version) {
            return;
        }
        let text = if unsaved {
            store::to_text(self.app.meeting()).ok()
        } else {
            None
        };
        self.kept_version = unsaved.then_some(version);
        if let Some(kept) = KEPT.lock().unwrap_or_else(|p| p.into_inner()).as_mut() {
            kept.meeting = self.keeper.path.clone();
            kept.unsaved = text;
        }
    }

    /// Keeps the draft file in step with the open form: written while a form is open, removed
    /// when it closes.
    fn sync_draft(&mut self) {
        let app = &self.app;
        if app.read_only().is_some()
            || matches!(app.top(), Some(Overlay::Confirm(Question::RestoreDraft(_))))
        {
            return;
        }
        let text = app.draft().and_then(|draft| {
            ron::ser::to_string_pretty(&draft, ron::ser::PrettyConfig::default()).ok()
        });
        if text == self.draft {
            return;
        }
        match &text {
            Some(text) => self.drafts.write(text),
            None => self.drafts.forget(),
        }
        if let Some(kept) = KEPT.lock().unwrap_or_else(|p| p.into_inner()).as_mut() {
            kept.draft = text.clone();
        }
        self.draft = text;
    }
}
