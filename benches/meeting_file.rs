//! How long a large meeting takes to load, check and save (300 items, 80 people, 5,000
//! records): the clerk's laptop does this on every change.

use std::path::Path;

use minutebook::generate::large_meeting;
use minutebook::store;

fn main() {
    divan::main();
}

fn large_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("large.ron");
    store::save(&large_meeting(300, 80, 5_000), &path).expect("saves");
    (folder, path)
}

/// Read, parse and validate the file from disk.
#[divan::bench]
fn load(bencher: divan::Bencher) {
    let (_folder, path) = large_file();
    bencher.bench(|| store::load(divan::black_box(&path)).expect("loads"));
}

/// Write to a temporary file, fsync, keep the backup, rename into place, fsync the folder.
#[divan::bench]
fn save(bencher: divan::Bencher) {
    let (_folder, path) = large_file();
    let meeting = large_meeting(300, 80, 5_000);
    bencher.bench(|| store::save(divan::black_box(&meeting), &path).expect("saves"));
}

/// Turning the meeting into text alone, without the disk.
#[divan::bench]
fn encode(bencher: divan::Bencher) {
    let meeting = large_meeting(300, 80, 5_000);
    bencher.bench(|| store::to_text(divan::black_box(&meeting)).expect("encodes"));
}

/// Errors and warnings over the whole meeting, as `minutebook check` does.
#[divan::bench]
fn check(bencher: divan::Bencher) {
    let meeting = large_meeting(300, 80, 5_000);
    bencher.bench(|| minutebook::check::check(divan::black_box(&meeting)));
}

/// Parsing text already in memory, to separate parsing from the disk.
#[divan::bench]
fn parse(bencher: divan::Bencher) {
    let text = store::to_text(&large_meeting(300, 80, 5_000)).expect("encodes");
    bencher.bench(|| {
        store::parse(Path::new("large.ron"), divan::black_box(text.as_bytes())).expect("parses")
    });
}
