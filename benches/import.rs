//! How long importing an agenda pack takes: the real front sheet with its previous minutes,
//! and the same padded with report pages to the size of the largest pack (15,000 lines).

use minutebook::import;

fn main() {
    divan::main();
}

fn pack() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/agendas/adults-and-health-2022-03-28.txt");
    std::fs::read_to_string(path).expect("fixture")
}

#[divan::bench]
fn front_sheet_and_previous_minutes(bencher: divan::Bencher) {
    let text = pack();
    bencher.bench(|| import::import(divan::black_box(&text)).expect("imports"));
}

/// The importer stops at the end of the front sheet, but looks through the rest of the pack
/// for the previous minutes' last number.
#[divan::bench]
fn a_fifteen_thousand_line_pack(bencher: divan::Bencher) {
    let mut text = pack();
    let report =
        "The report sets out the position at the end of the quarter, and the measures taken.\n";
    for page in 0..600 {
        text.push_str(&format!("Page {page}\n\n"));
        for _ in 0..24 {
            text.push_str(report);
        }
    }
    bencher.bench(|| import::import(divan::black_box(&text)).expect("imports"));
}
