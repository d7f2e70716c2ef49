//! Driving the live screen from tests: key scripts through the real key handling.
#![allow(dead_code)]

pub mod docx;
pub mod pty;
pub mod xml;

use std::ops::{Deref, DerefMut};
use std::path::Path;
use std::process::Command;

use chrono::NaiveTime;
use minutebook::model::Meeting;
use minutebook::store;
use minutebook::tui::keymap::{Key, Keymap};
use minutebook::tui::live::app::{App, Effect};
use minutebook::tui::live::overlays::Overlay;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub fn sample(name: &str) -> Meeting {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-meetings")
        .join(name);
    store::load(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// The `minutebook` binary, run with configuration and data folders of its own that start
/// empty: whatever the person running the tests keeps in their own folders (a council's house
/// style, a theme, rebound keys) never reaches a test. The folders last as long as this does.
pub struct Minutebook {
    command: Command,
    folders: tempfile::TempDir,
}

/// The binary's path, for a command that runs it through a shell; give that command
/// [`in_own_folders`].
pub const BINARY: &str = env!("CARGO_BIN_EXE_minutebook");

/// The binary, with its own empty folders, to be given arguments and run.
pub fn minutebook() -> Minutebook {
    let folders = tempfile::tempdir().expect("a folder for the settings");
    let mut command = Command::new(BINARY);
    in_own_folders(&mut command, folders.path());
    Minutebook { command, folders }
}

/// Points a command's settings and data at empty folders inside `folder`, for a command that
/// runs the binary some other way (through a shell).
pub fn in_own_folders<'c>(command: &'c mut Command, folder: &Path) -> &'c mut Command {
    let config = folder.join("config");
    let data = folder.join("data");
    command
        .env("MINUTEBOOK_CONFIG_DIR", &config)
        .env("MINUTEBOOK_DATA_DIR", &data)
        // Belt and braces: the platform's own folders point inside the test's folder too.
        .env("HOME", folder)
        .env("XDG_CONFIG_HOME", &config)
        .env("XDG_DATA_HOME", &data)
        .env_remove("NO_COLOR")
}

impl Minutebook {
    /// The folder holding the run's own `config` and `data` folders.
    pub fn folders(&self) -> &Path {
        self.folders.path()
    }
}

impl Deref for Minutebook {
    type Target = Command;

    fn deref(&self) -> &Command {
        &self.command
    }
}

impl DerefMut for Minutebook {
    fn deref_mut(&mut self) -> &mut Command {
        &mut self.command
    }
}

/// The live screen on a meeting, with the default keys.
pub struct Clerk {
    pub app: App,
    pub clock: Option<NaiveTime>,
    /// What the keys asked the run loop to do, in order.
    pub effects: Vec<Effect>,
}

impl Clerk {
    pub fn new(meeting: Meeting) -> Clerk {
        Clerk {
            app: App::new(meeting, Keymap::default(), None),
            clock: None,
            effects: Vec::new(),
        }
    }

    /// Sets the clock the next keys are pressed at ("10:35"), or no time at all ("").
    pub fn at(&mut self, time: &str) -> &mut Self {
        self.clock = if time.is_empty() {
            None
        } else {
            Some(NaiveTime::parse_from_str(time, "%H:%M").expect("a time"))
        };
        self
    }

    /// Presses keys named as a config file names them, separated by spaces: "a p p esc".
    pub fn keys(&mut self, keys: &str) -> &mut Self {
        for name in keys.split_whitespace() {
            let key = Key::parse(name).unwrap_or_else(|| panic!("cannot read key {name}"));
            self.press(KeyEvent::new(key.code, key.modifiers));
        }
        self
    }

    /// Types text, a character at a time; a newline is Enter.
    pub fn text(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            let code = if c == '\n' {
                KeyCode::Enter
            } else {
                KeyCode::Char(c)
            };
            self.press(KeyEvent::new(code, KeyModifiers::NONE));
        }
        self
    }

    fn press(&mut self, event: KeyEvent) {
        let effects = self.app.handle_key(event, self.clock);
        self.effects.extend(effects);
    }

    /// Fails the test with the form's complaint if a form is still open.
    pub fn closed(&mut self) -> &mut Self {
        if let Some(overlay) = self.app.top() {
            let error = match overlay {
                Overlay::Form(form) => form.form.error.clone(),
                Overlay::Vote(vote) => vote.error.clone(),
                _ => None,
            };
            panic!("still open: {error:?}; message {:?}", self.app.message);
        }
        self
    }

    /// Fails the test with the form's complaint if a form is still open over a list.
    pub fn closed_form(&mut self) -> &mut Self {
        if let Some(form) = self.form() {
            panic!("form still open: {:?}", form.error);
        }
        self
    }

    /// The form on top, if a form is open.
    pub fn form(&self) -> Option<&minutebook::tui::live::forms::Form> {
        match self.app.top() {
            Some(Overlay::Form(form)) => Some(&form.form),
            _ => None,
        }
    }

    /// Carries out the last request to write the minutes, as the run loop would.
    pub fn write_minutes(&mut self, meeting_file: &Path) {
        let Some(Effect::WriteMinutes {
            format,
            confidential,
            replace,
        }) = self.effects.pop()
        else {
            panic!("the minutes were not asked for: {:?}", self.effects);
        };
        minutebook::tui::run::write_minutes(
            &mut self.app,
            meeting_file,
            format,
            confidential,
            replace,
        );
    }
}
