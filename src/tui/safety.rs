//! The safety nets of the live screen: where unfinished forms and unsaved meetings are kept,
//! a signal thread that keeps them and exits when the terminal closes or the laptop shuts down,
//! and a panic guard that restores the terminal. What is kept goes beside the meeting, or, when
//! that folder cannot be written, into the data folder, where the next start finds it.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use anyhow::Context;
use ratatui::crossterm::{execute, terminal};

use crate::store;

/// Held while a key is handled and its change saved; the signal thread takes it before it
/// exits, so it never cuts a save short.
pub static SAVING: Mutex<()> = Mutex::new(());

/// What must not be lost if the program is stopped now.
#[derive(Debug, Default)]
pub struct Kept {
    /// The meeting file (its real path) and the data folder.
    pub meeting: PathBuf,
    pub data: PathBuf,
    /// The text of the open form, if any.
    pub draft: Option<String>,
    /// The whole meeting, when changes could not be saved to its file.
    pub unsaved: Option<String>,
}

pub static KEPT: Mutex<Option<Kept>> = Mutex::new(None);

/// Where the text of an unfinished form is kept beside a meeting.
pub fn draft_path(meeting: &Path) -> PathBuf {
    store_sibling(meeting, ".", ".draft")
}

/// Where a recovery copy of the meeting is written beside it.
pub fn recovery_path(meeting: &Path) -> PathBuf {
    store_sibling(meeting, "", ".recovered")
}

fn store_sibling(meeting: &Path, prefix: &str, suffix: &str) -> PathBuf {
    let name = meeting
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    meeting.with_file_name(format!("{prefix}{name}{suffix}"))
}

/// The place in the data folder for what is kept of this meeting when its own folder cannot
/// be written: named after the file, and told apart from others of the same name by its path.
fn in_data(data: &Path, meeting: &Path) -> PathBuf {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    meeting.hash(&mut hasher);
    let name = meeting
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "meeting".into());
    data.join("kept")
        .join(format!("{name}-{:016x}", hasher.finish()))
}

/// The kept draft of this meeting in the data folder.
pub fn data_draft_path(data: &Path, meeting: &Path) -> PathBuf {
    in_data(data, meeting).with_extension("draft")
}

/// The recovery copy of this meeting in the data folder.
pub fn data_recovery_path(data: &Path, meeting: &Path) -> PathBuf {
    in_data(data, meeting).with_extension("recovered")
}

/// Writes `text` to the first place that takes it, and says which.
fn keep(text: &str, places: &[PathBuf]) -> Option<PathBuf> {
    for place in places {
        if let Some(folder) = place.parent() {
            let _ = std::fs::create_dir_all(folder);
        }
        if store::write_whole(place, text.as_bytes()).is_ok() {
            return Some(place.clone());
        }
    }
    None
}

/// Keeps the open form's text beside the meeting, or in the data folder.
pub fn keep_draft(meeting: &Path, data: &Path, text: &str) -> Option<PathBuf> {
    keep(text, &[draft_path(meeting), data_draft_path(data, meeting)])
}

/// Keeps the whole meeting as a recovery copy beside it, or in the data folder.
pub fn keep_recovery(meeting: &Path, data: &Path, text: &str) -> Option<PathBuf> {
    keep(
        text,
        &[recovery_path(meeting), data_recovery_path(data, meeting)],
    )
}

/// Keeps the whole meeting as a recovery copy in the data folder only.
pub fn keep_recovery_in_data(meeting: &Path, data: &Path, text: &str) -> Option<PathBuf> {
    keep(text, &[data_recovery_path(data, meeting)])
}

/// Removes every kept draft of the meeting, beside it and in the data folder.
pub fn forget_draft(meeting: &Path, data: &Path) {
    for place in [draft_path(meeting), data_draft_path(data, meeting)] {
        let _ = std::fs::remove_file(place);
    }
}

/// Writes whatever must not be lost now: the open form, and the meeting if it is unsaved.
pub fn keep_all_now() {
    let kept = KEPT.lock().unwrap_or_else(|p| p.into_inner());
    let Some(kept) = kept.as_ref() else {
        return;
    };
    if let Some(draft) = &kept.draft {
        keep_draft(&kept.meeting, &kept.data, draft);
    }
    if let Some(meeting) = &kept.unsaved {
        keep_recovery(&kept.meeting, &kept.data, meeting);
    }
}

/// Puts the terminal back as the shell expects it; safe to call more than once.
pub fn restore_terminal() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        std::io::stdout(),
        ratatui::crossterm::event::DisableBracketedPaste,
        terminal::LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
}

/// Listens for the signals that mean the terminal or the machine is going away, and keeps
/// everything and exits. The screen loop may be blocked or spinning when the terminal
/// vanishes, so it cannot be the only listener.
pub fn start_signal_thread() -> anyhow::Result<()> {
    use signal_hook::consts::signal::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])
        .context("cannot listen for signals")?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Wait for any key being handled to finish saving.
                let _saving = SAVING.lock().unwrap_or_else(|p| p.into_inner());
                keep_all_now();
                restore_terminal();
                std::process::exit(128 + signal);
            }
        })
        .context("cannot start the signal thread")?;
    Ok(())
}

/// Restores the terminal before a panic message is printed.
pub fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
}

/// Test builds can be made to fail on a chosen key, so that the tests can prove a failure
/// loses nothing. Release builds have no such switch.
pub mod fault_injection {
    use ratatui::crossterm::event::KeyEvent;

    #[cfg(debug_assertions)]
    pub fn maybe_panic(key: KeyEvent) {
        use ratatui::crossterm::event::KeyCode;
        let Some(wanted) = std::env::var_os("MINUTEBOOK_TEST_PANIC_ON_KEY") else {
            return;
        };
        if let KeyCode::Char(c) = key.code
            && wanted.to_string_lossy().starts_with(c)
        {
            panic!("a failure injected by MINUTEBOOK_TEST_PANIC_ON_KEY");
        }
    }

    #[cfg(not(debug_assertions))]
    pub fn maybe_panic(_key: KeyEvent) {}
}
