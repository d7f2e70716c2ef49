//! Broken meeting files are refused with the file, line, column and what was expected, and a
//! failed load leaves the file on disk exactly as it was.

use std::path::{Path, PathBuf};

use minutebook::store::{self, LoadError};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/broken")
        .join(name)
}

/// Loads a broken fixture and returns its single first diagnostic as printed.
fn first_diagnostic(name: &str) -> String {
    let path = fixture(name);
    match store::load(&path) {
        Ok(_) => panic!("{name} should be refused"),
        Err(LoadError::Invalid(diagnostics)) => {
            let first = diagnostics.first().expect("at least one diagnostic");
            assert_eq!(first.path, path);
            first.to_string()
        }
        Err(other) => other.to_string(),
    }
}

/// Each broken file, where its first problem is, and words the message must contain.
const BROKEN: &[(&str, &str, &str)] = &[
    (
        "unknown-field.ron",
        "12:23",
        "unexpected field named `nmae` in `Person`, expected one of `id`, `name`",
    ),
    (
        "unknown-variant.ron",
        "5:51",
        "unexpected variant named `Subcommittee` in enum `BodyKind`, expected one of `Committee`, `SubCommittee`",
    ),
    (
        "missing-required-field.ron",
        "29:1",
        "`first_minute` is required in Meeting but is missing",
    ),
    ("missing-version.ron", "29:1", "`version` is required"),
    ("version-zero.ron", "3:1", "version 0 does not exist"),
    (
        "truncated.ron",
        "18:32",
        "the file ends too early, as if cut short",
    ),
    (
        "missing-comma.ron",
        "24:9",
        "expected a comma between entries",
    ),
    (
        "bad-time.ron",
        "28:15",
        "\"10.30\" is not a time; write it as \"14:05\"",
    ),
    (
        "unknown-person.ron",
        "24:9",
        "the opening: no person has the id \"coal\"",
    ),
    (
        "unknown-item.ron",
        "26:9",
        "the opening, 10:05: no agenda item has the id \"3\"",
    ),
    (
        "duplicate-person.ron",
        "13:9",
        "two people have the id \"baker\"",
    ),
    (
        "bad-exempt-paragraph.ron",
        "18:9",
        "exempt-information paragraph 9 does not exist",
    ),
    (
        "vote-on-unknown-motion.ron",
        "26:9",
        "item 2, 10:05: no motion \"amendment-1\" has been moved",
    ),
    ("empty.ron", "1:1", "the file is empty"),
    ("not-a-meeting.ron", "1:1", "this is not a meeting file"),
];

#[test]
fn each_broken_file_is_refused_at_its_line_and_column_with_what_was_expected() {
    for (name, position, words) in BROKEN {
        let printed = first_diagnostic(name);
        let expected_start = format!("{}:{position}: error: ", fixture(name).display());
        assert!(
            printed.starts_with(&expected_start),
            "{name}: expected to start with {expected_start:?}, got {printed:?}"
        );
        assert!(
            printed.contains(words),
            "{name}: {printed:?} lacks {words:?}"
        );
    }
}

#[test]
fn every_broken_fixture_is_in_the_table() {
    let mut on_disk: Vec<String> = std::fs::read_dir(fixture(""))
        .expect("fixtures folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ron"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = BROKEN.iter().map(|(name, _, _)| name.to_string()).collect();
    listed.extend(["newer-version.ron".to_string(), "not-utf8.ron".to_string()]);
    listed.sort();
    assert_eq!(on_disk, listed);
}

#[test]
fn a_file_from_a_newer_minutebook_is_refused_as_newer_not_as_malformed() {
    // It also has a field this build does not know: the version must be reported, not that.
    match store::load(&fixture("newer-version.ron")) {
        Err(LoadError::NewerVersion { found, path }) => {
            assert_eq!(found, 99);
            assert_eq!(path, fixture("newer-version.ron"));
        }
        other => panic!("expected NewerVersion, got {other:?}"),
    }
    let message = store::load(&fixture("newer-version.ron"))
        .expect_err("refused")
        .to_string();
    assert!(
        message.contains("written by a newer Minutebook"),
        "{message}"
    );
}

#[test]
fn bytes_that_are_not_utf8_are_placed_where_they_start() {
    let raw = std::fs::read(fixture("not-utf8.ron")).expect("fixture");
    let bad = raw.iter().position(|&b| b == 0xff).expect("has a bad byte");
    let before = std::str::from_utf8(&raw[..bad]).expect("prefix is text");
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    let printed = first_diagnostic("not-utf8.ron");
    assert!(
        printed.contains(&format!(
            ":{line}:{column}: error: the file is not UTF-8 text"
        )),
        "{printed}"
    );
}

#[test]
fn all_problems_with_references_are_reported_together() {
    match store::load(&fixture("duplicate-person.ron")) {
        Err(LoadError::Invalid(diagnostics)) => {
            let messages: Vec<String> = diagnostics.iter().map(|d| d.message.clone()).collect();
            assert_eq!(messages.len(), 2, "{messages:?}");
            assert!(messages[1].contains("no person has the id \"cole\""));
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn a_failed_load_never_changes_the_file_on_disk() {
    let folder = tempfile::tempdir().expect("temporary folder");
    for entry in std::fs::read_dir(fixture("")).expect("fixtures") {
        let source = entry.expect("entry").path();
        let copy = folder.path().join(source.file_name().expect("name"));
        std::fs::copy(&source, &copy).expect("copied");
        let before = std::fs::read(&copy).expect("readable");
        let modified = std::fs::metadata(&copy).and_then(|m| m.modified()).ok();
        assert!(
            store::load(&copy).is_err(),
            "{} should fail",
            source.display()
        );
        assert_eq!(std::fs::read(&copy).expect("readable"), before);
        assert_eq!(
            std::fs::metadata(&copy).and_then(|m| m.modified()).ok(),
            modified
        );
        assert!(!store::backup_path(&copy).exists());
    }
    // Nothing else appeared beside the files either (no temporaries, no backups).
    let count = std::fs::read_dir(folder.path()).expect("folder").count();
    assert_eq!(
        count,
        std::fs::read_dir(fixture("")).expect("fixtures").count()
    );
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    // Resolution clauses may nest, so the format itself allows this shape to any depth.
    let depth = 10_000;
    let text = format!(
        "(version: 1, body: (name: \"x\"), date: \"2026-01-01\", venue: \"v\", first_minute: 1, \
         records: [(event: Resolved(clauses: [{}(text: \"x\"){}]))])",
        "(text: \"x\", clauses: [".repeat(depth),
        "])".repeat(depth)
    );
    let error = store::parse(Path::new("deep.ron"), text.as_bytes()).expect_err("refused");
    assert!(
        error.to_string().starts_with("deep.ron:1:")
            && error.to_string().contains("nested far too deeply"),
        "{error}"
    );

    // Brackets nested where no nesting belongs are refused where they start.
    let text = format!(
        "(version: 1, body: (name: \"x\"), date: \"2026-01-01\", venue: \"v\", first_minute: 1, notices: {}{})",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let error = store::parse(Path::new("deep.ron"), text.as_bytes()).expect_err("refused");
    assert!(
        error
            .to_string()
            .starts_with("deep.ron:1:92: error: expected string"),
        "{error}"
    );
}

#[test]
fn a_file_far_too_large_is_refused_before_it_is_read() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("huge.ron");
    let file = std::fs::File::create(&path).expect("created");
    // A sparse file: the size is real, the disk is not filled.
    for bytes in [store::MAX_FILE_BYTES + 1, 100 * 1024 * 1024] {
        file.set_len(bytes).expect("sized");
        match store::load(&path) {
            Err(LoadError::TooLarge { bytes: found, .. }) => assert_eq!(found, bytes),
            other => panic!("expected TooLarge, got {other:?}"),
        }
        let message = store::load(&path).expect_err("refused").to_string();
        assert!(
            message.contains("too large to be a meeting file"),
            "{message}"
        );
    }
}

#[test]
fn a_missing_file_is_reported_with_its_name() {
    let path = fixture("no-such-meeting.ron");
    let message = store::load(&path).expect_err("missing").to_string();
    assert!(message.starts_with(&format!("{}: cannot read the file", path.display())));
}
