//! How long the draft minutes of a large meeting (300 items, 80 people, 5,000 records) take
//! to build and lay out in each format.

use minutebook::generate::large_meeting;
use minutebook::minutes::{self, Format, Options};

fn main() {
    divan::main();
}

/// Building the document and writing it, as `minutebook minutes` does.
#[divan::bench(args = ["md", "txt", "html", "docx"])]
fn render(bencher: divan::Bencher, format: &str) {
    let meeting = large_meeting(300, 80, 5_000);
    let format = match format {
        "md" => Format::Markdown,
        "txt" => Format::Text,
        "html" => Format::Html,
        _ => Format::Docx,
    };
    bencher.bench(|| {
        let document = minutes::minutes(divan::black_box(&meeting), Options::default());
        format.write(&document).expect("writes")
    });
}

/// Building the document alone, which the live preview does on each change.
#[divan::bench]
fn build_document(bencher: divan::Bencher) {
    let meeting = large_meeting(300, 80, 5_000);
    bencher.bench(|| minutes::minutes(divan::black_box(&meeting), Options::default()));
}

/// Checking and composing the minutes of a meeting of this many agenda items, a record or so
/// to each: both are linear in the number of items.
#[divan::bench(args = [1_000, 5_000, 20_000], sample_count = 3)]
fn check_and_compose_by_items(bencher: divan::Bencher, items: usize) {
    let meeting = large_meeting(items, 20, items * 2);
    bencher.bench(|| {
        let problems = minutebook::check::check(divan::black_box(&meeting));
        let document = minutes::minutes(divan::black_box(&meeting), Options::default());
        (problems, document)
    });
}

/// Checking alone, as `!` in the live screen does.
#[divan::bench(args = [1_000, 5_000, 20_000], sample_count = 3)]
fn check_by_items(bencher: divan::Bencher, items: usize) {
    let meeting = large_meeting(items, 20, items * 2);
    bencher.bench(|| minutebook::check::check(divan::black_box(&meeting)));
}
