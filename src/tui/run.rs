//! Running Minutebook in a real terminal: the safety nets set up first, then the start screen
//! (when no meeting is named), then the live screen.

use std::path::PathBuf;

use super::config::{Folders, Settings};
use crate::tui::start::run::start_screen;
use crate::tui::terminal::{
    enter_terminal, install_panic_hook, restore_terminal, start_signal_thread,
};

pub use crate::tui::live::open::{Opened, open_for_review, open_meeting};
pub use crate::tui::live::run::{minutes_path, write_minutes};

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
