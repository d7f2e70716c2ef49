//! The documentation keeps up with the code: every kind of record is described in the file
//! format page, and every key of the live screen in the README's table of keys.

use std::path::Path;

use minutebook::model::EventKind;
use minutebook::tui::keymap::{Keymap, Layer};

fn read(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).expect("readable")
}

#[test]
fn the_file_format_page_describes_every_kind_of_record() {
    let page = read("docs/file-format.md");
    for kind in EventKind::ALL {
        let name = format!("{kind:?}");
        assert!(
            page.contains(&format!("| `{name}`"))
                || page.contains(&format!("| `{name}("))
                || page.contains(&format!(", `{name}`"))
                || page.contains(&format!(", `{name}(")),
            "docs/file-format.md does not describe the record {name}"
        );
    }
}

#[test]
fn the_readme_lists_every_key_of_the_live_screen() {
    let readme = read("README.md");
    let table: String = readme
        .lines()
        .filter(|line| line.starts_with("| `"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut missing = Vec::new();
    for binding in Keymap::default().bindings(Layer::Live) {
        // The README writes keys as they are pressed: "Ctrl-R", "PageUp", "Tab".
        let key = binding.key.label();
        let written = match key.as_str() {
            "down" | "up" => continue,
            "tab" => "Tab".to_string(),
            "pageup" => "PageUp".to_string(),
            "pagedown" => "PageDown".to_string(),
            other => match other.strip_prefix("ctrl-") {
                Some(rest) => format!("Ctrl-{}", rest.to_uppercase()),
                None => other.to_string(),
            },
        };
        if !(table.contains(&format!("`{written}`")) || table.contains(&format!("`{written} "))) {
            missing.push(format!("`{written}` ({:?})", binding.action));
        }
    }
    assert!(
        missing.is_empty(),
        "README's table of keys lacks {}",
        missing.join(", ")
    );
}
