//! The live screen's loop in a real terminal: every key handled before the next frame, every
//! change saved at once, the open form kept as a draft, and the effects the screen asks for
//! carried out (saving elsewhere, writing the minutes, quitting with unsaved work kept).

use std::path::Path;
use std::time::Duration;

use chrono::{NaiveTime, Timelike};
use ratatui::crossterm::event::KeyEvent;

use crate::keeping::{self, DraftFile, KEPT, Keeper, Kept, Places, SAVING, Saved};
use crate::store;
use crate::tui::config::{Folders, Settings};
use crate::tui::input::{Input, Keyboard};
use crate::tui::live::app::{App, Effect, SaveState};
use crate::tui::live::open::Opened;
use crate::tui::live::overlays::{Overlay, Question};
use crate::tui::start;
use crate::tui::terminal::Screen;
use crate::tui::terminal::{TERMINAL_LOST, fault_injection, keep_and_exit};

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

/// Writes the minutes the clerk asked for, and says where they went. A file already there that
/// Minutebook did not write from this screen (edited by hand, perhaps) is replaced only once
/// the clerk has agreed (`replace`), and then kept as a backup beside it.
pub fn write_minutes(
    app: &mut App,
    path: &Path,
    format: crate::minutes::Format,
    confidential: bool,
    replace: bool,
) {
    let out = minutes_path(path, format, confidential);
    let ours = |bytes: &[u8]| app.minutes_written.get(&out) == Some(&fingerprint(bytes));
    let there = store::read_bounded(&out, store::MAX_FILE_BYTES);
    if !replace && std::fs::symlink_metadata(&out).is_ok() && !there.is_ok_and(|b| ours(&b)) {
        app.overlays
            .push(Overlay::Confirm(Question::ReplaceMinutes {
                path: out,
                format,
                confidential,
            }));
        return;
    }
    let document = crate::minutes::minutes_in(
        app.meeting(),
        &app.house.style,
        crate::minutes::Options { confidential },
    );
    let written = format.write(&document).and_then(|bytes| {
        store::write_document(&out, &bytes, confidential)?;
        Ok(bytes)
    });
    app.message = Some(match written {
        Ok(bytes) => {
            app.minutes_written.insert(out.clone(), fingerprint(&bytes));
            format!("Minutes written to {}", out.display())
        }
        Err(error) => format!("Could not write the minutes to {}: {error}", out.display()),
    });
}

/// A fingerprint of a file's bytes, to tell whether it is still what was written.
fn fingerprint(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

/// What the loop keeps between keys: the screen's state, the file it is kept in, and what
/// the signal thread must be able to keep. Everything but the terminal, so that the loop's
/// whole work for a key can be measured and tested without one.
pub struct Live<'a> {
    pub app: App,
    keeper: Keeper,
    places: Places,
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
        let drawn = screen
            .draw(|frame| crate::tui::live::view::draw(frame, &live.app, &settings.theme, now));
        if live.quit {
            break;
        }
        // A terminal that can no longer be drawn on or read from has gone (its window closed,
        // the connection dropped): what must not be lost is kept, and Minutebook stops, as it
        // does when the hang-up comes as a signal.
        let received = match drawn.and_then(|_| keyboard.read(Duration::from_millis(1000))) {
            Ok(received) => received,
            Err(_) => keep_and_exit(TERMINAL_LOST),
        };
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
        let places = Places::new(&path, &folders.data);
        *KEPT.lock().unwrap_or_else(|p| p.into_inner()) = Some(Kept {
            places: places.clone(),
            draft: None,
            unsaved: None,
        });
        Live {
            app,
            keeper: Keeper::new(&path, lock),
            drafts: DraftFile::new(&places),
            places,
            folders,
            draft: None,
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
        self.save();
        self.keep_unsaved();
        for effect in effects {
            self.carry_out(effect);
        }
        self.sync_draft();
        Ok(())
    }

    /// Saves what changed, and tells the clerk what became of it.
    fn save(&mut self) {
        let save_copy = self
            .app
            .keymap
            .key_for(
                crate::tui::keymap::Layer::Live,
                crate::tui::action::Action::SaveCopy,
            )
            .map(|k| k.label())
            .unwrap_or_else(|| "W".into());
        match self.keeper.save(&mut self.app.session) {
            Saved::Nothing | Saved::Waiting => {}
            Saved::Saved { recreated } => {
                self.app.save_state = SaveState::Saved;
                if recreated {
                    self.app.message = Some(format!(
                        "The meeting file had been deleted; it has been saved again as {}",
                        self.keeper.path.display()
                    ));
                }
            }
            Saved::Refused(reason) => {
                self.app.save_state = SaveState::Failed(format!(
                    "{reason}; nothing was overwritten. Press {save_copy} to save a copy elsewhere"
                ))
            }
            Saved::Failed(why) => {
                self.app.save_state = SaveState::Failed(format!(
                    "{why}; the work is kept here. Press {save_copy} to save a copy elsewhere"
                ))
            }
        }
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
                .and_then(|text| keeping::keep_recovery(&self.places, &text));
            if let Some(kept) = KEPT.lock().unwrap_or_else(|p| p.into_inner()).as_mut() {
                kept.unsaved = None;
            }
            keeping::keep_all_now();
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
            Effect::Quit if self.keeper.unsaved(&self.app.session) => {
                let why = match &self.app.save_state {
                    SaveState::Failed(why) => why.clone(),
                    SaveState::Saved => "the last change is not on disk".into(),
                };
                self.app
                    .overlays
                    .push(Overlay::Confirm(Question::QuitUnsaved(why)));
            }
            Effect::Quit => self.quit = true,
            Effect::QuitLeavingRecovery => self.quit_leaving_recovery(),
            Effect::SaveAs(new_path) => match self.keeper.save_as(&self.app.session, new_path) {
                Ok(said) => {
                    self.places = Places::new(&self.keeper.path, &self.folders.data);
                    self.drafts = DraftFile::new(&self.places);
                    self.draft = None;
                    if let Some(kept) = KEPT.lock().unwrap_or_else(|p| p.into_inner()).as_mut() {
                        kept.places = self.places.clone();
                    }
                    self.app.save_state = SaveState::Saved;
                    self.app.message = Some(said);
                }
                Err(why) => self.app.message = Some(why),
            },
            Effect::WriteMinutes {
                format,
                confidential,
                replace,
            } => write_minutes(&mut self.app, &path, format, confidential, replace),
            Effect::RecoveryAnswered(restored) => {
                // Keep the recovery copy under another name, used or not: nothing is
                // thrown away, and it is not offered again.
                if let Some(copy) = self.recovery.take() {
                    keeping::set_aside(&copy, restored);
                }
            }
            // Once declined, a draft is not offered again.
            Effect::DraftDeclined => self.drafts.forget(),
        }
    }

    /// Quits although the last changes could not be saved, once they are kept in the data
    /// folder (or, failing that, beside the meeting). When they cannot be kept anywhere, the
    /// screen stays open and says so: quitting then would throw the work away.
    fn quit_leaving_recovery(&mut self) {
        let path = self.keeper.path.clone();
        let text = store::to_text(self.app.meeting()).map_err(|error| error.to_string());
        let kept = text.as_deref().ok().and_then(|text| {
            keeping::keep_recovery_in_data(&self.places, text)
                .or_else(|| keeping::keep_recovery(&self.places, text))
        });
        match kept {
            Some(kept) => {
                self.farewell = Some(format!(
                    "the last changes could not be saved to {}; they are kept in {}, and \
                     opening the meeting again offers them back",
                    path.display(),
                    kept.display()
                ));
                self.quit = true;
            }
            None => self
                .app
                .overlays
                .push(Overlay::Confirm(Question::NowhereToKeep(format!(
                    "the changes could not be saved to {} nor kept in {}",
                    path.display(),
                    self.folders.data.display()
                )))),
        }
    }

    /// While changes are not on disk, the whole meeting is ready for the signal thread to keep.
    fn keep_unsaved(&mut self) {
        let unsaved = self.keeper.unsaved(&self.app.session);
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
