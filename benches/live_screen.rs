//! How quickly the live screen answers a key and draws a 200x60 screen for a large meeting
//! (300 items, 80 people, 5,000 records), and how long it takes to open the meeting and draw
//! the first frame.

use chrono::NaiveTime;
use minutebook::generate::large_meeting;
use minutebook::store;
use minutebook::tui::keymap::Keymap;
use minutebook::tui::live::app::App;
use minutebook::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn main() {
    divan::main();
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn setup() -> (App, Terminal<TestBackend>, Theme) {
    let mut app = App::new(large_meeting(300, 80, 5_000), Keymap::default(), None);
    // Start mid-agenda, where a clerk would be.
    let middle = app.meeting().agenda[150].id.clone();
    app.nav.current = Some(middle);
    let terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
    (app, terminal, Theme::built_in("default").expect("theme"))
}

fn now() -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(14, 0, 0)
}

/// Moving to the next item and back, then redrawing: two keys and two frames.
#[divan::bench]
fn move_between_items_and_redraw(bencher: divan::Bencher) {
    let (mut app, mut terminal, theme) = setup();
    bencher.bench_local(|| {
        for c in ['j', 'k'] {
            app.handle_key(key(c), now());
            terminal
                .draw(|frame| minutebook::tui::live::view::draw(frame, &app, &theme, now()))
                .expect("draws");
        }
    });
}

/// Typing one character into an open note, and redrawing.
#[divan::bench]
fn type_into_a_note_and_redraw(bencher: divan::Bencher) {
    let (mut app, mut terminal, theme) = setup();
    app.handle_key(key('n'), now());
    bencher.bench_local(|| {
        app.handle_key(key('a'), now());
        terminal
            .draw(|frame| minutebook::tui::live::view::draw(frame, &app, &theme, now()))
            .expect("draws");
    });
}

/// Recording a change (the meeting reconvenes), saving it
/// atomically with fsync, and redrawing: the whole cost of a change.
#[divan::bench(sample_count = 30)]
fn record_save_and_redraw(bencher: divan::Bencher) {
    let (mut app, mut terminal, theme) = setup();
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("large.ron");
    let mut keeper = minutebook::keeping::Keeper::new(&path, None);
    bencher.bench_local(|| {
        app.handle_key(key('P'), now());
        keeper.save(&mut app.session);
        terminal
            .draw(|frame| minutebook::tui::live::view::draw(frame, &app, &theme, now()))
            .expect("draws");
    });
}

/// From the file on disk to the first frame: load, check, lock-free open and draw.
#[divan::bench(sample_count = 30)]
fn open_to_first_frame(bencher: divan::Bencher) {
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("large.ron");
    store::save(&large_meeting(300, 80, 5_000), &path).expect("saves");
    let theme = Theme::built_in("default").expect("theme");
    bencher.bench_local(|| {
        let meeting = store::load(&path).expect("loads");
        let app = App::new(meeting, Keymap::default(), None);
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
        terminal
            .draw(|frame| minutebook::tui::live::view::draw(frame, &app, &theme, now()))
            .expect("draws");
    });
}
