//! The start screen in a real terminal: its loop, and what each key does there, until the clerk
//! chooses a meeting to open (or quits).

use std::path::PathBuf;
use std::time::Duration;

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::{Entry, StartScreen};
use crate::tui::config::{Folders, Settings};
use crate::tui::input::{Input, Keyboard};
use crate::tui::start;
use crate::tui::terminal::{Screen, TERMINAL_LOST, keep_and_exit};

/// Runs the start screen; returns the meeting chosen, or none when the clerk quits.
pub fn start_screen(
    screen: &mut Screen,
    settings: &Settings,
    folders: &Folders,
) -> anyhow::Result<Option<PathBuf>> {
    let mut start = StartScreen::new(start::recent_meetings(&folders.data));
    let mut help = false;
    let mut keyboard = Keyboard::open()?;
    loop {
        if let Some(made) = start.poll_reading() {
            return Ok(Some(made));
        }
        let drawn =
            screen.draw(|frame| crate::tui::start::view::draw(frame, &start, settings, help));
        // While a pack is read, the screen is drawn again often, to show the time it takes.
        let wait = if start.reading.is_some() { 100 } else { 500 };
        // A terminal gone away (its window closed) ends Minutebook as a hang-up does.
        let received = match drawn.and_then(|_| keyboard.read(Duration::from_millis(wait))) {
            Ok(received) => received,
            Err(_) => keep_and_exit(TERMINAL_LOST),
        };
        for input in received.inputs {
            let key = match input {
                Input::Paste(text) => {
                    pasted(&mut start, text);
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

/// Text pasted on the start screen: lines of an agenda, copied from a web page or an email,
/// become a meeting; a line is typed where a path or a date is being typed.
fn pasted(start: &mut StartScreen, text: String) {
    if let Some(folder) = start.folder.as_mut() {
        folder.paste(&text);
    } else if text.trim().contains('\n') && start.asking.is_none() {
        start.paste_agenda(text);
    } else if let Some(path) = start.typing_path.as_mut() {
        path.push_str(text.trim());
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
    if start.reading.is_some() {
        if key.code == KeyCode::Esc {
            start.stop_reading();
        }
        return None;
    }
    // Typing the path of an agenda pack to import, a meeting to make or a folder to read.
    if let Some(path) = start.typing_path.as_mut() {
        match key.code {
            KeyCode::Esc => {
                start.typing_path = None;
                start.asking = None;
                start.message = None;
            }
            KeyCode::Backspace => {
                path.pop();
            }
            KeyCode::Char(c) => path.push(c),
            KeyCode::Enter if start.asking.is_some() => {
                let typed = path.trim().to_string();
                return start.answer(&typed).map(Some);
            }
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
                if start.typing_for != Entry::BlankMeeting {
                    // Read in the background: the screen shows how long, and Esc stops it.
                    return start.read_pack(typed).map(Some);
                }
                match start::blank_meeting(&typed) {
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
    let key = crate::tui::keymap::Key::from_event(key);
    let action = settings
        .keymap
        .action(crate::tui::keymap::Layer::Start, key);
    if *help {
        *help = false;
        return None;
    }
    use crate::tui::action::Action;
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
