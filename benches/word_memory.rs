//! How much memory writing minutes as Word takes for a long note: the peak of live heap while
//! the document is composed and written, against the size of the note's text, for notes of 1,
//! 2 and 4 MB of short lines and of one-word points. Run with `cargo bench --bench word_memory`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use minutebook::minutes::{self, Format, Options};
use minutebook::model::{Event, Meeting, Record};

/// The system allocator, keeping count of the bytes live and the most there have been.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn meeting_with_note(bytes: usize, line: &str) -> Meeting {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/sample-meetings/children-and-families-2022-02-14.ron"
    );
    let mut meeting = match minutebook::store::load(std::path::Path::new(path)) {
        Ok(meeting) => meeting,
        Err(error) => panic!("the sample loads: {error}"),
    };
    // Short lines, as pasted lines or a list of one-word points would be, over and over.
    let text = line.repeat(bytes / line.len());
    meeting.records.insert(
        0,
        Record::new(
            None,
            Some("6".into()),
            Event::Note {
                kind: Default::default(),
                text,
                by: None,
            },
        ),
    );
    meeting.give_records_ids();
    meeting
}

fn main() {
    println!("note of lines    peak while writing Word   peak / note size");
    for (megabytes, line) in [
        (1, "x\n"),
        (2, "x\n"),
        (4, "x\n"),
        (1, "- x\n"),
        (4, "- x\n"),
    ] {
        let size = megabytes * 1_000_000;
        let meeting = meeting_with_note(size, line);
        let before = LIVE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let document = minutes::minutes(&meeting, Options { confidential: true });
        let written = Format::Docx.write(&document);
        let peak = PEAK.load(Ordering::Relaxed) - before;
        let file = written.map(|bytes| bytes.len()).unwrap_or(0);
        drop(document);
        println!(
            "{megabytes} MB of {:<6} {:>6.1} MB ({} KB file)       {:>5.1}x",
            format!("{line:?}"),
            peak as f64 / 1e6,
            file / 1000,
            peak as f64 / size as f64
        );
    }
}
