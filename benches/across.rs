//! A council's ten years of one committee: 1,000 meeting files in a folder, read and then
//! counted for attendance, followed for actions and searched. Each figure is the median of its
//! runs.
//!
//! `cargo bench --bench across`

use std::time::{Duration, Instant};

use minutebook::across;
use minutebook::generate::committee_series;
use minutebook::store;

const FILES: usize = 1_000;

fn main() {
    let folder = tempfile::tempdir().expect("folder");
    let first = chrono::NaiveDate::from_ymd_opt(1990, 1, 1).expect("date");
    let mut bytes = 0u64;
    for (n, meeting) in committee_series("Audit Committee", FILES, 12, first)
        .iter()
        .enumerate()
    {
        let year = folder.path().join(meeting.date.format("%Y").to_string());
        std::fs::create_dir_all(&year).expect("year folder");
        let path = year.join(format!("audit-{n:04}.ron"));
        store::save(meeting, &path).expect("saves");
        bytes += std::fs::metadata(&path).map_or(0, |m| m.len());
    }
    println!(
        "{FILES} meeting files, {:.1} MB, 12 members each",
        bytes as f64 / 1e6
    );
    let places = vec![folder.path().to_path_buf()];
    let gather = median(10, || {
        let start = Instant::now();
        std::hint::black_box(across::gather(&places));
        start.elapsed()
    });
    let collection = across::gather(&places);
    assert_eq!(collection.meetings.len(), FILES);
    let attendance = median(10, || {
        let start = Instant::now();
        let summary = across::attendance::attendance(&collection, None, None, false);
        std::hint::black_box(across::attendance::report(&summary, &collection.skipped));
        start.elapsed()
    });
    let actions = median(10, || {
        let start = Instant::now();
        let list = across::actions::actions(&collection, false);
        std::hint::black_box(across::actions::report(&list, &collection.skipped));
        start.elapsed()
    });
    let search = median(10, || {
        let start = Instant::now();
        std::hint::black_box(across::search::search(&collection, "ward 999 was", false));
        start.elapsed()
    });
    let row =
        |name: &str, took: Duration| println!("  {name:<48} {:>9.1} ms", took.as_secs_f64() * 1e3);
    row("read every file (on every core)", gather);
    row("attendance of every member", attendance);
    row("every action and what later meetings heard", actions);
    row("search everything recorded", search);
    row(
        "attendance command, end to end (read + count)",
        gather + attendance,
    );
}

fn median(runs: usize, mut run: impl FnMut() -> Duration) -> Duration {
    let mut times: Vec<Duration> = (0..runs).map(|_| run()).collect();
    times.sort();
    times[times.len() / 2]
}
