//! The layers of the code, guarded: the meeting itself names nothing else of Minutebook, and no
//! layer below the screen names the screen or the commands. A `use` that breaks a rule fails
//! here with the file and line, before it can tie the house in a knot.

use std::path::{Path, PathBuf};

/// Each layer (a folder or file under `src/`) and the parts of Minutebook it must not name.
const RULES: &[(&str, &[&str])] = &[
    (
        "model",
        &[
            "tui", "commands", "store", "check", "session", "minutes", "import", "across",
            "keeping", "generate",
        ],
    ),
    (
        "store",
        &["tui", "commands", "keeping", "minutes", "import"],
    ),
    (
        "check",
        &["tui", "commands", "keeping", "minutes", "import"],
    ),
    (
        "session",
        &["tui", "commands", "keeping", "minutes", "import"],
    ),
    (
        "keeping",
        &["tui", "commands", "minutes", "import", "across"],
    ),
    (
        "minutes",
        &["tui", "commands", "keeping", "import", "across"],
    ),
    ("import", &["tui", "commands", "keeping", "across"]),
    (
        "across",
        &["tui", "commands", "keeping", "import", "duties"],
    ),
    ("duties", &["tui", "commands", "keeping", "import"]),
    ("generate", &["tui", "commands", "keeping"]),
    ("printable.rs", &["tui", "commands"]),
];

fn sources(place: &Path) -> Vec<PathBuf> {
    if place.is_file() {
        return vec![place.to_path_buf()];
    }
    let mut found = Vec::new();
    for entry in std::fs::read_dir(place).expect("a folder of the source") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
    found
}

#[test]
fn no_layer_names_what_sits_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut broken = Vec::new();
    for (layer, forbidden) in RULES {
        let place = src.join(layer);
        assert!(place.exists(), "{layer} is not in src/");
        for file in sources(&place) {
            let text = std::fs::read_to_string(&file).expect("readable");
            for (number, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                for name in *forbidden {
                    if code.contains(&format!("crate::{name}::"))
                        || code.contains(&format!("crate::{name};"))
                        || code.contains(&format!("crate::{name}}}"))
                        || code.contains(&format!("crate::{name},"))
                        || (code.contains("crate::{")
                            && code
                                .split(|c: char| !c.is_alphanumeric() && c != '_')
                                .any(|word| word == *name))
                    {
                        broken.push(format!(
                            "{}:{}: {layer} names {name}: {}",
                            file.display(),
                            number + 1,
                            line.trim()
                        ));
                    }
                }
            }
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}

#[test]
fn the_guard_sees_a_forbidden_name() {
    // The check above must be able to fail: the screen's own files name the commands.
    let screen = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/start/folder.rs");
    let text = std::fs::read_to_string(screen).expect("readable");
    assert!(text.contains("crate::commands::"));
}
