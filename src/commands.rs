//! What the command-line commands do, as functions the tests can call directly.

use std::fmt::Write;
use std::path::Path;

use crate::check::{self, Severity};
use crate::store::{self, LoadError};

/// The outcome of checking one file: what to print, and whether the file is sound.
#[derive(Debug)]
pub struct CheckReport {
    pub text: String,
    pub sound: bool,
    pub errors: usize,
    pub warnings: usize,
}

/// Checks a meeting file: errors that stop it loading, then warnings from the derived facts.
pub fn check_file(path: &Path) -> CheckReport {
    let loaded = match store::load_with_map(path) {
        Ok(loaded) => loaded,
        Err(error) => {
            let errors = match &error {
                LoadError::Invalid(diagnostics) => diagnostics.len(),
                _ => 1,
            };
            return CheckReport {
                text: format!("{error}\n{}: not sound\n", path.display()),
                sound: false,
                errors,
                warnings: 0,
            };
        }
    };
    let mut warnings: Vec<_> = check::warnings(&loaded.meeting)
        .into_iter()
        .map(|problem| store::place(path, &loaded.map, problem))
        .collect();
    // In file order, so an officer can work down the file.
    warnings.sort_by_key(|w| (w.position.line, w.position.column));
    let mut text = String::new();
    for warning in &warnings {
        debug_assert_eq!(warning.severity, Severity::Warning);
        let _ = writeln!(text, "{warning}");
    }
    let _ = match warnings.len() {
        0 => writeln!(text, "{}: sound", path.display()),
        1 => writeln!(text, "{}: sound, with 1 warning", path.display()),
        n => writeln!(text, "{}: sound, with {n} warnings", path.display()),
    };
    CheckReport {
        text,
        sound: true,
        errors: 0,
        warnings: warnings.len(),
    }
}

/// The whole meeting as pretty-printed JSON, ending with a newline.
pub fn export_json(path: &Path) -> anyhow::Result<String> {
    let meeting = store::load(path)?;
    let mut json = serde_json::to_string_pretty(&meeting)?;
    json.push('\n');
    Ok(json)
}
