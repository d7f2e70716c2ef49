//! The terminal the screens draw on, and its safety nets: a signal thread that keeps the clerk's work and exits when the
//! terminal closes or the laptop shuts down, the same for a terminal found gone, and a panic
//! guard that restores the terminal. What is kept, and where, is the keeping layer's business.

use std::io::Stdout;

use anyhow::Context;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{event, execute, terminal};

use crate::keeping::{SAVING, keep_all_now};

/// The terminal the screens draw on.
pub type Screen = Terminal<CrosstermBackend<Stdout>>;

/// Raw mode, the alternate screen and bracketed paste: the terminal as the screens want it.
pub fn enter_terminal() -> anyhow::Result<Screen> {
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

/// The exit code when the terminal went away (closed, hung up, or failing to read or write)
/// and Minutebook kept the clerk's work and stopped: 128 plus the hang-up signal's number, as a
/// shell reports a program the hang-up ended.
pub const TERMINAL_LOST: i32 = 129;

/// Keeps everything that must not be lost and ends the program with `code`. Whoever calls this
/// first (the signal thread, or the screen finding its terminal gone) takes [`SAVING`] and
/// never lets it go, so the other waits and the keeping is never cut short by an exit.
pub fn keep_and_exit(code: i32) -> ! {
    let saving = SAVING.lock().unwrap_or_else(|p| p.into_inner());
    keep_all_now();
    restore_terminal();
    std::mem::forget(saving);
    std::process::exit(code)
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
                keep_and_exit(128 + signal);
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
