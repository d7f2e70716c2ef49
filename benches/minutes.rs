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
