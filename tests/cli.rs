//! The `minutebook` binary as a user runs it: check and export, their output and exit codes.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

fn minutebook(args: &[&str]) -> Output {
    common::minutebook()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn root(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

#[test]
fn check_passes_every_sample_with_exit_zero() {
    let mut args = vec!["check"];
    let samples: Vec<String> = std::fs::read_dir(root("sample-meetings"))
        .expect("samples")
        .map(|e| {
            format!(
                "sample-meetings/{}",
                e.expect("entry").file_name().to_string_lossy()
            )
        })
        .collect();
    args.extend(samples.iter().map(String::as_str));
    let output = minutebook(&args);
    assert!(output.status.success(), "{}", stdout(&output));
    for sample in &samples {
        assert!(
            stdout(&output).contains(&format!("{sample}: sound")),
            "{sample}"
        );
    }
    // The one record the samples' minutes leave out is named, with why.
    assert!(
        stdout(&output).contains(
            "sample-meetings/highways-and-transport-votes.ron:62:9: warning: the opening, 18:30: this \
             will not print in the minutes: Councillor D Lewis is marked absent, and the house \
             style lists nobody not present"
        ),
        "{}",
        stdout(&output)
    );
    assert_eq!(stdout(&output).matches("will not print").count(), 1);
}

#[test]
fn check_fails_a_broken_file_naming_file_line_and_column() {
    let output = minutebook(&["check", "tests/fixtures/broken/unknown-field.ron"]);
    assert_eq!(output.status.code(), Some(1));
    let printed = stdout(&output);
    assert!(
        printed.starts_with(
            "tests/fixtures/broken/unknown-field.ron:12:23: error: unexpected field named `nmae`"
        ),
        "{printed}"
    );
    assert!(printed.ends_with("tests/fixtures/broken/unknown-field.ron: not sound\n"));
}

#[test]
fn check_prints_warnings_in_file_order_but_still_passes() {
    let output = minutebook(&["check", "tests/fixtures/doubtful.ron"]);
    assert!(output.status.success());
    let printed = stdout(&output);
    let expected = [
        "doubtful.ron:19:9: warning: item 4 (Exempt Report) has no resolution or outcome recorded",
        "doubtful.ron:19:9: warning: item 4 (Exempt Report) is Part 2, but records were made under it before the press and public were excluded",
        "doubtful.ron:28:9: warning: item 1, 10:10: Councillor S Baker is recorded voting after declaring a pecuniary interest in this item",
        "doubtful.ron:29:9: warning: item 1, 10:20: 5 votes were counted, but only 3 members could vote at this point",
        "doubtful.ron:30:9: warning: item 2, 10:15: time 10:15 is earlier than 10:20 recorded before it",
        "doubtful.ron:32:9: warning: item 2, 10:26: a casting vote is recorded but the votes are not equal",
        "doubtful.ron:33:9: warning: item 2, 10:27: the votes are equal but no casting vote is recorded",
        "doubtful.ron:36:9: warning: item 3, 10:32: this vote was taken without a quorum (3 needed in the room)",
    ];
    let mut from = 0;
    for line in expected {
        let found = printed[from..]
            .find(line)
            .unwrap_or_else(|| panic!("missing or out of order: {line}\n{printed}"));
        from += found + line.len();
    }
    assert!(printed.ends_with("tests/fixtures/doubtful.ron: sound, with 10 warnings\n"));
}

#[test]
fn check_fails_when_any_of_several_files_is_broken() {
    let output = minutebook(&[
        "check",
        "tests/fixtures/small.ron",
        "tests/fixtures/broken/truncated.ron",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).contains("tests/fixtures/small.ron: sound"));
}

#[test]
fn export_writes_the_whole_meeting_as_json() {
    let output = minutebook(&[
        "export",
        "sample-meetings/children-and-families-2022-02-14.ron",
        "--format",
        "json",
    ]);
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(json["body"]["name"], "Children and Families Committee");
    assert_eq!(json["date"], "2022-02-14");
    assert_eq!(json["first_minute"], 54);
    assert_eq!(json["people"].as_array().map(Vec::len), Some(20));
    assert_eq!(json["agenda"].as_array().map(Vec::len), Some(12));
    assert_eq!(json["records"][0]["at"], "10:35");
    assert_eq!(json["records"][0]["event"], "Commenced");
    assert_eq!(
        json["agenda"][11]["exempt_paragraphs"],
        serde_json::json!([3])
    );
    let left = json["records"]
        .as_array()
        .expect("records")
        .iter()
        .find(|r| r["event"]["Left"]["person"] == "hayes")
        .expect("Hayes left");
    assert_eq!(left["event"]["Left"]["how"], "DidNotReturn");
}

#[test]
fn export_of_a_broken_file_fails_with_the_reason_and_writes_nothing() {
    let output = minutebook(&["export", "tests/fixtures/broken/unknown-person.ron"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(
        error
            .contains("unknown-person.ron:24:9: error: the opening: no person has the id \"coal\""),
        "{error}"
    );
}

#[test]
fn every_command_explains_itself() {
    for (args, words) in [
        (vec!["--help"], "check"),
        (vec!["check", "--help"], "line and column"),
        (vec!["export", "--help"], "--format"),
        (vec!["style", "--help"], "house style"),
        (vec!["minutes", "--help"], "--style"),
    ] {
        let output = minutebook(&args);
        assert!(output.status.success(), "{args:?}");
        assert!(
            stdout(&output).contains(words),
            "{args:?}: {}",
            stdout(&output)
        );
    }
}

#[test]
fn the_readme_names_every_action_a_config_file_may_bind() {
    let readme = std::fs::read_to_string(root("README.md")).expect("README");
    for action in minutebook::tui::action::Action::ALL {
        assert!(
            readme.contains(&format!("| `{}` |", action.name())),
            "README does not list {}",
            action.name()
        );
    }
    for layer in minutebook::tui::keymap::Layer::ALL {
        assert!(
            readme.contains(&format!("`{}`", layer.name())),
            "{}",
            layer.name()
        );
    }
}

#[test]
fn the_readme_config_example_is_read_without_complaint() {
    let readme = std::fs::read_to_string(root("README.md")).expect("README");
    let section = readme
        .split("### Settings and themes")
        .nth(1)
        .expect("the settings section");
    let example = section
        .split("```ron\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a RON example");
    let folder = tempfile::tempdir().expect("folder");
    std::fs::write(folder.path().join("config.ron"), example).expect("written");
    let folders = minutebook::tui::config::Folders {
        config: folder.path().to_path_buf(),
        data: folder.path().join("data"),
    };
    let settings = minutebook::tui::config::load_settings(&folders, None, false);
    assert_eq!(settings.problems, Vec::<String>::new());
    assert_eq!(settings.theme.name, "light");
}

/// Every test that runs the binary runs it through the helper that gives it empty settings and
/// data folders of its own, so a clerk's own house style or keys never change what it checks.
#[test]
fn every_test_runs_the_binary_with_folders_of_its_own() {
    let tests = root("tests");
    let mut bare = Vec::new();
    for entry in std::fs::read_dir(&tests).expect("the tests folder") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a test file");
        let binary = concat!("CARGO_BIN_", "EXE_minutebook");
        if text.contains(binary) {
            bare.push(path.display().to_string());
        }
    }
    assert!(
        bare.is_empty(),
        "these run the binary without common::minutebook() or common::in_own_folders(): {bare:?}"
    );
}

/// A user with a parish council's house style and settings of their own: a test's run of the
/// binary prints the sample in its own style all the same.
#[test]
fn the_users_own_settings_do_not_reach_a_test() {
    let home = tempfile::tempdir().expect("a home folder");
    let config = home.path().join(".config/minutebook");
    std::fs::create_dir_all(&config).expect("a config folder");
    std::fs::copy(
        root("styles/parish-council.ron"),
        config.join("house-style.ron"),
    )
    .expect("the parish style");
    std::fs::write(
        config.join("config.ron"),
        "(theme: \"light\", style: \"parish-council\")",
    )
    .expect("settings");
    let sample = "sample-meetings/highways-and-transport-votes.ron";
    let plain = minutebook(&["minutes", sample]);
    let mut with_home = common::minutebook();
    // The platform's folders say where this user keeps their settings; the run's own folders,
    // which the helper names, are what Minutebook reads.
    let at_home = with_home
        .args(["minutes", sample])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join(".config"))
        .output()
        .expect("the binary runs");
    assert!(plain.status.success() && at_home.status.success());
    assert!(stdout(&plain).starts_with("**NORTHBRIDGE BOROUGH COUNCIL**"));
    assert_eq!(stdout(&plain), stdout(&at_home));
    assert_eq!(
        std::fs::read_dir(with_home.folders())
            .expect("the run's folder")
            .count(),
        0,
        "the run's own folders start empty"
    );
}
