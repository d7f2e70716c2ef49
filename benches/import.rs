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

/// A front sheet of a body with this many items, each a line.
fn many_items(items: usize) -> String {
    let mut text = String::from(
        "Northtown Borough Council\nPlanning Committee\nDate: Wednesday 4 March 2026\nTime: 7.00 pm\nVenue: Council Chamber\n\nAGENDA\n\n",
    );
    for n in 1..=items {
        text.push_str(&format!("{n}. Report number {n} on the matter in hand\n"));
    }
    text
}

/// A front sheet whose "Members:" line names this many councillors.
fn many_names(names: usize) -> String {
    let list: Vec<String> = (0..names)
        .map(|n| format!("Councillor Name{n} Surname{n}"))
        .collect();
    format!(
        "Northtown Borough Council\nFull Council\nDate: Wednesday 4 March 2026\nTime: 7.00 pm\n\nMembers: {}\n\n1. Apologies for Absence\n2. Declarations of Interest\n",
        list.join(", ")
    )
}

/// Import is linear in the number of items.
#[divan::bench(args = [1_000, 5_000, 20_000], sample_count = 3)]
fn an_agenda_of_items(bencher: divan::Bencher, items: usize) {
    let text = many_items(items);
    bencher.bench(|| import::import(divan::black_box(&text)).expect("imports"));
}

/// Import is linear in the number of names on a "Members:" line.
#[divan::bench(args = [1_000, 3_200, 10_000], sample_count = 3)]
fn a_members_line_of_names(bencher: divan::Bencher, names: usize) {
    let text = many_names(names);
    bencher.bench(|| import::import(divan::black_box(&text)).expect("imports"));
}
