//! Running the live screen in a real terminal: raw mode and the alternate screen, the event
//! loop, saving after every change, drafts of open forms, and the safety nets: a signal thread
//! that saves and exits when the terminal closes or the laptop shuts down, and a panic guard
//! that restores the terminal and writes a recovery copy.

use std::io::Stdout;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use anyhow::Context;
use chrono::{NaiveTime, Timelike};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use ratatui::crossterm::{execute, terminal};

use super::app::{App, Effect};
use super::config::{Folders, Settings};
use super::forms::Draft;
use super::overlays::{Overlay, Question};
use super::start::{self, Entry, StartScreen};
use crate::store::{self, LockError, MeetingLock};

/// Held while a key is handled and its change saved; the signal thread takes it before it
/// exits, so it never cuts a save short and never leaves a change unsaved.
static SAVING: Mutex<Option<PathBuf>> = Mutex::new(None);

/// The latest draft of an open form, written beside the meeting when the program is stopped.
static DRAFT: Mutex<Option<(PathBuf, String)>> = Mutex::new(None);

/// Where the text of an unfinished form is kept beside a meeting.
pub fn draft_path(meeting: &Path) -> PathBuf {
    let name = meeting
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    meeting.with_file_name(format!(".{name}.draft"))
}

/// Where a recovery copy of the meeting is written if Minutebook fails.
pub fn recovery_path(meeting: &Path) -> PathBuf {
    let name = meeting
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    meeting.with_file_name(format!("{name}.recovered"))
}

/// The wall clock to the minute, as records keep it.
fn clock_now() -> Option<NaiveTime> {
    let now = chrono::Local::now().time();
    now.with_second(0).and_then(|t| t.with_nanosecond(0))
}

type Screen = Terminal<CrosstermBackend<Stdout>>;

fn enter_terminal() -> anyhow::Result<Screen> {
    terminal::enable_raw_mode().context("cannot put the terminal into raw mode")?;
    let mut stdout = std::io::stdout();
    execute!(stdout, terminal::EnterAlternateScreen).context("cannot open the screen")?;
    Terminal::new(CrosstermBackend::new(stdout)).context("cannot draw on the terminal")
}

/// Puts the terminal back as the shell expects it; safe to call more than once.
pub fn restore_terminal() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        std::io::stdout(),
        terminal::LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
}

/// Listens for the signals that mean the terminal or the machine is going away, and saves and
/// exits. The UI loop may be blocked or spinning when the terminal vanishes, so it cannot be
/// the only listener.
fn start_signal_thread() -> anyhow::Result<()> {
    use signal_hook::consts::signal::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT])
        .context("cannot listen for signals")?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Wait for any key being handled to finish saving.
                let _saving = SAVING.lock().unwrap_or_else(|p| p.into_inner());
                write_draft_now();
                restore_terminal();
                std::process::exit(128 + signal);
            }
        })
        .context("cannot start the signal thread")?;
    Ok(())
}

fn write_draft_now() {
    let draft = DRAFT.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((path, text)) = draft.as_ref() {
        let _ = store::write_atomically(path, text.as_bytes());
    }
}

/// Restores the terminal before a panic message is printed.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
}

/// Test builds can be made to fail on a chosen key, so that the tests can prove a failure
/// loses nothing. Release builds have no such switch.
mod fault_injection {
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

/// Opens a meeting for the live screen: locked for editing, or read-only if another copy has
/// it. A file that will not load is an error, and is left untouched.
pub fn open_meeting(
    path: &Path,
    settings: &Settings,
) -> anyhow::Result<(App, Option<MeetingLock>)> {
    // The load error keeps its cause: the file, line and column, and what was expected.
    let meeting = store::load(path)?;
    let (lock, read_only) = match MeetingLock::acquire(path) {
        Ok(lock) => (Some(lock), None),
        Err(LockError::Held { holder, .. }) => (
            None,
            Some(format!("open in another copy of Minutebook ({holder})")),
        ),
        Err(error) => (None, Some(error.to_string())),
    };
    let mut app = App::new(meeting, settings.keymap.clone(), read_only.clone());
    if let Some(reason) = read_only {
        app.message = Some(format!("Opened read-only: {reason}"));
    } else if let Some(problem) = settings.problems.first() {
        app.message = Some(format!("Settings: {problem}"));
    }
    // A recovery copy from a failure takes precedence over a draft: it holds whole records.
    if app.read_only().is_none()
        && let Ok(recovered) = store::load(&recovery_path(path))
        && recovered != *app.meeting()
    {
        app.overlays
            .push(Overlay::Confirm(Question::RestoreRecovery(Box::new(
                recovered,
            ))));
    } else if app.read_only().is_none()
        && let Ok(text) = std::fs::read_to_string(draft_path(path))
        && let Ok(draft) = crate::store::ron_options().from_str::<Draft>(&text)
    {
        app.offer_draft(draft);
    }
    Ok((app, lock))
}

/// Opens a meeting to review: read-only, without taking the lock, so it works while a clerk
/// has it open, and nothing done here can change the file.
pub fn open_for_review(path: &Path, settings: &Settings) -> anyhow::Result<App> {
    let meeting = store::load(path)?;
    let mut app = App::new(
        meeting,
        settings.keymap.clone(),
        Some("reviewing; nothing here changes the meeting file".into()),
    );
    app.message = Some(
        "Reviewing, read-only: / search, ! problems, M minutes preview, E write the minutes".into(),
    );
    Ok(app)
}

/// Where minutes written from the live screen go: beside the meeting file.
pub fn minutes_path(meeting: &Path, format: crate::minutes::Format, confidential: bool) -> PathBuf {
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
    let document = crate::minutes::minutes(app.meeting(), crate::minutes::Options { confidential });
    let out = minutes_path(path, format, confidential);
    app.message = Some(
        match format
            .write(&document)
            .and_then(|bytes| store::write_atomically(&out, &bytes).map_err(Into::into))
        {
            Ok(()) => format!("Minutes written to {}", out.display()),
            Err(error) => format!("Could not write the minutes to {}: {error}", out.display()),
        },
    );
}

/// Keeps the draft file in step with the open form: written while a form is open, removed
/// when it closes.
fn sync_draft(app: &App, path: &Path, last: &mut Option<String>) {
    if app.read_only().is_some()
        || matches!(app.top(), Some(Overlay::Confirm(Question::RestoreDraft(_))))
    {
        return;
    }
    let text = app.draft().and_then(|draft| {
        ron::ser::to_string_pretty(&draft, ron::ser::PrettyConfig::default()).ok()
    });
    if text == *last {
        return;
    }
    let file = draft_path(path);
    match &text {
        Some(text) => {
            let _ = store::write_atomically(&file, text.as_bytes());
        }
        None => {
            let _ = std::fs::remove_file(&file);
        }
    }
    let mut shared = DRAFT.lock().unwrap_or_else(|p| p.into_inner());
    *shared = text.clone().map(|t| (file, t));
    *last = text;
}

/// Runs Minutebook: the start screen when no meeting is named, then the live screen; or, to
/// review, the meeting read-only.
pub fn run(
    file: Option<PathBuf>,
    settings: Settings,
    folders: Folders,
    review: bool,
) -> anyhow::Result<()> {
    // Open the meeting before touching the terminal, so a bad file is reported plainly.
    let opened = match &file {
        Some(path) if review => Some((path.clone(), (open_for_review(path, &settings)?, None))),
        Some(path) => Some((path.clone(), open_meeting(path, &settings)?)),
        None => None,
    };
    install_panic_hook();
    start_signal_thread()?;
    let mut screen = enter_terminal()?;
    let result = match opened {
        Some((path, (app, lock))) => live(&mut screen, app, &path, &settings, &folders, lock),
        None => match start_screen(&mut screen, &settings, &folders)? {
            Some(path) => match open_meeting(&path, &settings) {
                Ok((app, lock)) => live(&mut screen, app, &path, &settings, &folders, lock),
                Err(error) => Err(error),
            },
            None => Ok(()),
        },
    };
    restore_terminal();
    for problem in &settings.problems {
        eprintln!("minutebook: settings: {problem}");
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
    loop {
        screen.draw(|frame| super::start_view::draw(frame, &start, settings, help))?;
        if !event::poll(Duration::from_millis(500))? {
            continue;
        }
        let Event::Key(key) = event::read()? else {
            continue;
        };
        if key.kind != KeyEventKind::Press {
            continue;
        }
        // Typing the path of an agenda pack to import.
        if let Some(path) = start.typing_path.as_mut() {
            use ratatui::crossterm::event::KeyCode;
            match key.code {
                KeyCode::Esc => start.typing_path = None,
                KeyCode::Backspace => {
                    path.pop();
                }
                KeyCode::Char(c) => path.push(c),
                KeyCode::Enter => {
                    let pack = PathBuf::from(path.trim());
                    match start::import_beside(&pack) {
                        Ok(meeting) => return Ok(Some(meeting)),
                        Err(error) => {
                            start.message = Some(format!("{error:#}"));
                            start.typing_path = None;
                        }
                    }
                }
                _ => {}
            }
            continue;
        }
        let key = super::keymap::Key::from_event(key);
        let action = settings.keymap.action(super::keymap::Layer::Start, key);
        if help {
            help = false;
            continue;
        }
        use super::action::Action;
        match action {
            Some(Action::Quit) => return Ok(None),
            Some(Action::Help) => help = true,
            Some(Action::ChoiceDown) => start.step(true),
            Some(Action::ChoiceUp) => start.step(false),
            Some(Action::Open) => match start.entries.get(start.cursor) {
                Some(Entry::ImportAgenda) => {
                    start.typing_path = Some(String::new());
                    start.message = Some(
                        "Type the path of the agenda pack and press Enter; the meeting is written beside it"
                            .into(),
                    );
                }
                Some(Entry::Recent { path, .. }) => return Ok(Some(path.clone())),
                Some(Entry::Sample { file, .. }) => match start::sample_copy(&folders.data, file) {
                    Ok(path) => return Ok(Some(path)),
                    Err(error) => {
                        start.message = Some(format!("Cannot make a working copy: {error}"))
                    }
                },
                None => {}
            },
            _ => {}
        }
    }
}

fn live(
    screen: &mut Screen,
    mut app: App,
    path: &Path,
    settings: &Settings,
    folders: &Folders,
    lock: Option<MeetingLock>,
) -> anyhow::Result<()> {
    if app.read_only().is_none() {
        let _ = start::remember(&folders.data, path);
    }
    *SAVING.lock().unwrap_or_else(|p| p.into_inner()) = Some(path.to_path_buf());
    let mut keeper = super::keeper::Keeper::new(path, lock);
    let mut last_draft = None;
    let mut quit = false;
    loop {
        let path = keeper.path.clone();
        let path = path.as_path();
        let now = clock_now();
        screen.draw(|frame| super::view::draw(frame, &app, &settings.theme, now))?;
        if quit {
            break;
        }
        // A terminal that has gone away makes polling fail or spin; either ends the loop,
        // and everything is already saved.
        if !event::poll(Duration::from_millis(1000))? {
            continue;
        }
        let event = event::read()?;
        let Event::Key(key) = event else { continue };
        if key.kind != KeyEventKind::Press {
            continue;
        }
        let _saving = SAVING.lock().unwrap_or_else(|p| p.into_inner());
        let handled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            fault_injection::maybe_panic(key);
            app.handle_key(key, clock_now())
        }));
        let Ok(effects) = handled else {
            // Keep everything: the meeting as it stands, and any text being typed.
            let _ = store::save(app.meeting(), &recovery_path(path));
            write_draft_now();
            anyhow::bail!(
                "Minutebook met an internal error. The meeting was saved to {}; the last change \
                 may be in {}.",
                path.display(),
                recovery_path(path).display()
            );
        };
        keeper.save(&mut app);
        for effect in effects {
            match effect {
                Effect::Quit => quit = true,
                Effect::SaveAs(new_path) => keeper.save_as(&mut app, new_path),
                Effect::WriteMinutes {
                    format,
                    confidential,
                } => write_minutes(&mut app, &keeper.path, format, confidential),
                Effect::RecoveryAnswered(restored) => {
                    // Keep the recovery copy under another name, used or not: nothing is
                    // thrown away.
                    let kept = recovery_path(&keeper.path).with_extension(if restored {
                        "recovered-used"
                    } else {
                        "recovered-declined"
                    });
                    let _ = std::fs::rename(recovery_path(&keeper.path), kept);
                }
                // Once declined, a draft is not offered again.
                Effect::DraftDeclined => {
                    let _ = std::fs::remove_file(draft_path(&keeper.path));
                }
            }
        }
        sync_draft(&app, &keeper.path, &mut last_draft);
    }
    Ok(())
}
