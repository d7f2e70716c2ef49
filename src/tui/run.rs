//! Running Minutebook in a real terminal: raw mode and the alternate screen, the start screen,
//! then the live screen (see `live_run`), with the safety nets set up first.

use std::io::Stdout;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, KeyCode, KeyEvent};
use ratatui::crossterm::{execute, terminal};

use super::config::{Folders, Settings};
use super::input::{Input, Keyboard};
use crate::tui::start::{self, Entry, StartScreen};
use crate::tui::terminal::{
    TERMINAL_LOST, install_panic_hook, keep_and_exit, restore_terminal, start_signal_thread,
};

pub use crate::tui::live::open::{Opened, open_for_review, open_meeting};
pub use crate::tui::live::run::{minutes_path, write_minutes};

pub type Screen = Terminal<CrosstermBackend<Stdout>>;

fn enter_terminal() -> anyhow::Result<Screen> {
    terminal::enable_raw_mode().context("cannot put the terminal into raw mode")?;
    let mut stdout = std::io::stdout();
    execute!(
        stdout,
        terminal::EnterAlternateScreen,
        event::EnableBracketedPaste
    )
    .context("cannot open the screen")?;
    Terminal::new(CrosstermBackend::new(stdout)).context("cannot draw on the terminal")
}

/// Runs Minutebook: the start screen when no meeting is named, then the live screen; or, to
/// review, the meeting read-only. Returns anything to tell the clerk once the screen is gone.
pub fn run(
    file: Option<PathBuf>,
    settings: Settings,
    folders: Folders,
    review: bool,
) -> anyhow::Result<Option<String>> {
    // Open the meeting before touching the terminal, so a bad file is reported plainly.
    let opened = match &file {
        Some(path) if review => Some(Opened {
            app: open_for_review(path, &settings)?,
            lock: None,
            path: path.clone(),
            recovery: None,
        }),
        Some(path) => Some(open_meeting(path, &settings, &folders.data)?),
        None => None,
    };
    install_panic_hook();
    start_signal_thread()?;
    // Never dropped: the drawing library's farewell prints to standard error when the cursor
    // cannot be shown, and panics if that fails too, as it does once the terminal has gone.
    // `restore_terminal` shows the cursor instead.
    let mut screen = std::mem::ManuallyDrop::new(enter_terminal()?);
    let result = match opened {
        Some(opened) => crate::tui::live::run::live(&mut screen, opened, &settings, &folders),
        None => match start_screen(&mut screen, &settings, &folders) {
            Ok(Some(path)) => match open_meeting(&path, &settings, &folders.data) {
                Ok(opened) => crate::tui::live::run::live(&mut screen, opened, &settings, &folders),
                Err(error) => Err(error),
            },
            Ok(None) => Ok(None),
            Err(error) => Err(error),
        },
    };
    restore_terminal();
    for problem in &settings.problems {
        // Standard error may be the terminal that has just gone: nothing here may fail.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "minutebook: settings: {}",
            crate::printable::escaped(problem)
        );
    }
    result
}

fn start_screen(
    screen: &mut Screen,
    settings: &Settings,
    folders: &Folders,
) -> anyhow::Result<Option<PathBuf>> {
    let mut start = StartScreen::new(start::recent_meetings(&folders.data));
    let mut help = false;
    let mut keyboard = Keyboard::open()?;
    loop {
        let drawn =
            screen.draw(|frame| crate::tui::start::view::draw(frame, &start, settings, help));
        // A terminal gone away (its window closed) ends Minutebook as a hang-up does.
        let received = match drawn.and_then(|_| keyboard.read(Duration::from_millis(500))) {
            Ok(received) => received,
            Err(_) => keep_and_exit(TERMINAL_LOST),
        };
        for input in received.inputs {
            let key = match input {
                Input::Paste(text) => {
                    if let Some(folder) = start.folder.as_mut() {
                        folder.paste(&text);
                    } else if let Some(path) = start.typing_path.as_mut() {
                        path.push_str(text.trim());
                    }
                    continue;
                }
                Input::Key(key) => key,
            };
            if let Some(chosen) = start_key(&mut start, &mut help, key, settings, folders) {
                return Ok(chosen);
            }
        }
    }
}

/// One key on the start screen; returns the choice made when one is.
fn start_key(
    start: &mut StartScreen,
    help: &mut bool,
    key: KeyEvent,
    settings: &Settings,
    folders: &Folders,
) -> Option<Option<PathBuf>> {
    if let Some(folder) = start.folder.as_mut() {
        if !folder.key(key) {
            start.folder = None;
        }
        return None;
    }
    // Typing the path of an agenda pack to import, a meeting to make or a folder to read.
    if let Some(path) = start.typing_path.as_mut() {
        match key.code {
            KeyCode::Esc => start.typing_path = None,
            KeyCode::Backspace => {
                path.pop();
            }
            KeyCode::Char(c) => path.push(c),
            KeyCode::Enter => {
                let typed = PathBuf::from(path.trim());
                if start.typing_for == Entry::Folder {
                    start.typing_path = None;
                    if typed.is_dir() {
                        start.folder = Some(crate::tui::start::folder::FolderView::open(typed));
                        start.message = None;
                    } else {
                        start.message = Some(format!("{} is not a folder", typed.display()));
                    }
                    return None;
                }
                let made = match start.typing_for {
                    Entry::BlankMeeting => start::blank_meeting(&typed),
                    Entry::ImportAgenda
                    | Entry::Recent { .. }
                    | Entry::Sample { .. }
                    | Entry::Folder => start::import_beside(&typed),
                };
                match made {
                    Ok(meeting) => return Some(Some(meeting)),
                    Err(error) => {
                        start.message = Some(format!("{error:#}"));
                        start.typing_path = None;
                    }
                }
            }
            _ => {}
        }
        return None;
    }
    let key = super::keymap::Key::from_event(key);
    let action = settings.keymap.action(super::keymap::Layer::Start, key);
    if *help {
        *help = false;
        return None;
    }
    use super::action::Action;
    match action {
        Some(Action::Quit) => return Some(None),
        Some(Action::Help) => *help = true,
        Some(Action::ChoiceDown) => start.step(true),
        Some(Action::ChoiceUp) => start.step(false),
        Some(Action::Open) => match start.entries.get(start.cursor) {
            Some(Entry::ImportAgenda) => {
                start.typing_path = Some(String::new());
                start.typing_for = Entry::ImportAgenda;
                start.message = Some(
                    "Type the path of the agenda pack and press Enter; the meeting is written beside it"
                        .into(),
                );
            }
            Some(Entry::BlankMeeting) => {
                start.typing_path = Some(String::new());
                start.typing_for = Entry::BlankMeeting;
                start.message = Some(
                    "Type the path of the new meeting file (such as 2025-11-10.ron) and press Enter"
                        .into(),
                );
            }
            Some(Entry::Folder) => {
                start.typing_path = Some(String::new());
                start.typing_for = Entry::Folder;
                start.message = Some(
                    "Type the path of a folder of meeting files and press Enter; its subfolders are read too"
                        .into(),
                );
            }
            Some(Entry::Recent { path, .. }) => return Some(Some(path.clone())),
            Some(Entry::Sample { file, .. }) => match start::sample_copy(&folders.data, file) {
                Ok(path) => return Some(Some(path)),
                Err(error) => start.message = Some(format!("Cannot make a working copy: {error}")),
            },
            None => {}
        },
        _ => {}
    }
    None
}
