//! The whole of what the live screen's loop does for a key, on meetings of 500, 5,000 and
//! 20,000 records, beside floors measured in the same run: ratatui drawing a full 200x60
//! screen, serde_json parsing the same meeting, and writing, flushing and renaming the same
//! bytes. Each figure is the median of its runs; the ratios are what matter, not the times.
//!
//! `cargo bench --bench key_path`

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveTime;
use minutebook::generate::large_meeting;
use minutebook::keeping::Keeper;
use minutebook::model::{Edit, Event, Meeting, Record};
use minutebook::store;
use minutebook::tui::config::{Folders, load_settings};
use minutebook::tui::input::Input;
use minutebook::tui::live::run::Live;
use minutebook::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

const SIZES: &[usize] = &[500, 5_000, 20_000];

fn main() {
    let theme = Theme::built_in("default").expect("theme");
    let draw_floor = median(200, || {
        let mut terminal = screen();
        let lines: Vec<Line> = (0..60)
            .map(|row| Line::from(format!("{row:>3} {}", "x".repeat(196))))
            .collect();
        let start = Instant::now();
        terminal
            .draw(|frame| frame.render_widget(Paragraph::new(lines.clone()), frame.area()))
            .expect("draws");
        start.elapsed()
    });
    println!(
        "floor: a full 200x60 screen drawn by ratatui   {}",
        ms(draw_floor)
    );
    let mut typed_at = Vec::new();
    for &records in SIZES {
        println!();
        println!("{records} records");
        let figures = measure(records, &theme);
        let row = |name: &str, took: Duration, floor: Duration, floor_name: &str| {
            println!(
                "  {name:<44} {:>10}   {:>5.2}x {floor_name}",
                ms(took),
                ratio(took, floor)
            );
        };
        row(
            "typed key in a note (loop + draw)",
            figures.typed,
            draw_floor,
            "draw",
        );
        row("next item (loop + draw)", figures.moved, draw_floor, "draw");
        row(
            "note recorded and saved (loop + draw)",
            figures.recorded,
            figures.write,
            "write",
        );
        row("save after a change", figures.save, figures.write, "write");
        row("load", figures.load, figures.json, "JSON parse");
        println!(
            "  floor: write, flush and rename the bytes   {:>10}",
            ms(figures.write)
        );
        println!(
            "  floor: serde_json parse of the meeting     {:>10}",
            ms(figures.json)
        );
        typed_at.push(figures.typed);
    }
    if let (Some(first), Some(last)) = (typed_at.first(), typed_at.last()) {
        println!();
        println!(
            "typed key at {} records / at {} records: {:.2}x",
            SIZES[SIZES.len() - 1],
            SIZES[0],
            ratio(*last, *first)
        );
    }
}

struct Figures {
    typed: Duration,
    moved: Duration,
    recorded: Duration,
    save: Duration,
    load: Duration,
    write: Duration,
    json: Duration,
}

fn measure(records: usize, theme: &Theme) -> Figures {
    let meeting = large_meeting(300, 80, records);
    let folder = tempfile::tempdir().expect("folder");
    let path = folder.path().join("large.ron");
    store::save(&meeting, &path).expect("saves");
    let bytes = std::fs::read(&path).expect("reads");
    let folders = Folders {
        config: folder.path().join("config"),
        data: folder.path().join("data"),
    };
    let settings = load_settings(&folders, None, true);
    let opened =
        minutebook::tui::live::open::open_meeting(&path, &settings, &folders.data).expect("opens");
    let mut live = Live::new(opened, &folders);
    let mut terminal = screen();
    let mut turn = |live: &mut Live, keys: &[KeyEvent]| {
        let start = Instant::now();
        live.turn(keys.iter().map(|k| Input::Key(*k)).collect())
            .expect("handled");
        terminal
            .draw(|frame| minutebook::tui::live::view::draw(frame, &live.app, theme, now()))
            .expect("draws");
        start.elapsed()
    };
    // Mid-agenda, where a clerk would be.
    for _ in 0..150 {
        turn(&mut live, &[key('j')]);
    }
    let moved = median(200, || {
        let there = turn(&mut live, &[key('j')]);
        let back = turn(&mut live, &[key('k')]);
        (there + back) / 2
    });
    turn(&mut live, &[key('n')]);
    let typed = median(400, || turn(&mut live, &[key('a')]));
    turn(&mut live, &[ctrl('s')]);
    let recorded = median(20, || turn(&mut live, &[key('n'), key('x'), ctrl('s')]));

    // The save and its floor alternate, so that both meet the disk in the same state.
    let (save, write_floor) = {
        let mut app = minutebook::tui::live::app::App::new(
            meeting.clone(),
            minutebook::tui::keymap::Keymap::default(),
            None,
        );
        let mut keeper = Keeper::new(&path, None);
        keeper.save(&mut app.session);
        let mut saves = Vec::new();
        let mut floors = Vec::new();
        for _ in 0..31 {
            let at = app.meeting().records.len();
            let record = Record::new(now(), None, Event::Reconvened);
            app.session
                .apply(vec![Edit::InsertRecord { at, record }])
                .expect("applies");
            let start = Instant::now();
            keeper.save(&mut app.session);
            saves.push(start.elapsed());
            floors.push(write_floor(folder.path(), &bytes));
        }
        (middle(saves), middle(floors))
    };
    let load = median(20, || {
        let start = Instant::now();
        std::hint::black_box(store::load(&path).expect("loads"));
        start.elapsed()
    });
    let json_text = serde_json::to_string(&meeting).expect("json");
    let json = median(20, || {
        let start = Instant::now();
        std::hint::black_box(serde_json::from_str::<Meeting>(&json_text).expect("parses"));
        start.elapsed()
    });
    Figures {
        typed,
        moved,
        recorded,
        save,
        load,
        write: write_floor,
        json,
    }
}

/// Writing the bytes to a new file, flushing them to the disk and renaming it into place:
/// what any safe save must do at least.
fn write_floor(folder: &Path, bytes: &[u8]) -> Duration {
    use std::io::Write;
    let target = folder.join("floor.ron");
    let start = Instant::now();
    let temporary = folder.join(".floor.ron.saving");
    let mut file = std::fs::File::create(&temporary).expect("creates");
    file.write_all(bytes).expect("writes");
    file.sync_all().expect("flushes");
    std::fs::rename(&temporary, &target).expect("renames");
    start.elapsed()
}

fn screen() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(200, 60)).expect("terminal")
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn now() -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(14, 0, 0)
}

fn median(runs: usize, mut run: impl FnMut() -> Duration) -> Duration {
    // One to warm up, then the runs.
    run();
    middle((0..runs).map(|_| run()).collect())
}

fn middle(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(1e-9)
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}
