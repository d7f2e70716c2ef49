//! The clerk's settings: `config.ron` in the config folder chooses a theme and overrides keys.
//! A bad entry is reported with the file, the entry and what is allowed, and the rest of the
//! settings still apply, so a typo never stops the clerk opening a meeting.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::action::Action;
use super::keymap::{Key, Keymap, Layer};
use super::theme::{BUILT_IN, Theme};

/// Where Minutebook keeps its settings and its working copies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folders {
    /// `config.ron` and `themes/`.
    pub config: PathBuf,
    /// Recent meetings and working copies of the samples.
    pub data: PathBuf,
}

impl Folders {
    /// The user's folders, or those named by `MINUTEBOOK_CONFIG_DIR` and
    /// `MINUTEBOOK_DATA_DIR` (for tests, and for clerks who keep everything on a USB stick).
    pub fn find() -> Folders {
        let project = directories::ProjectDirs::from("", "", "minutebook");
        let fallback = || std::env::temp_dir().join("minutebook");
        let config = std::env::var_os("MINUTEBOOK_CONFIG_DIR")
            .map(PathBuf::from)
            .or_else(|| project.as_ref().map(|p| p.config_dir().to_path_buf()))
            .unwrap_or_else(fallback);
        let data = std::env::var_os("MINUTEBOOK_DATA_DIR")
            .map(PathBuf::from)
            .or_else(|| project.as_ref().map(|p| p.data_dir().to_path_buf()))
            .unwrap_or_else(fallback);
        Folders { config, data }
    }

    pub fn config_file(&self) -> PathBuf {
        self.config.join("config.ron")
    }
}

/// `config.ron` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    theme: Option<String>,
    /// The house style for minutes: a bundled style's name, or a style file in the config
    /// folder.
    #[serde(default)]
    style: Option<String>,
    /// Layer name, then key, then action name.
    #[serde(default)]
    keys: BTreeMap<String, BTreeMap<String, String>>,
}

/// The settings in force, with every problem found reading them.
#[derive(Debug, Clone)]
pub struct Settings {
    pub keymap: Keymap,
    pub theme: Theme,
    /// The house style the config names, if any.
    pub style: Option<String>,
    /// The config folder, where a council's own `house-style.ron` may be.
    pub config: PathBuf,
    pub problems: Vec<String>,
}

/// Reads the config file (if any) and the theme. `theme` from the command line wins over the
/// file; `no_color` (the NO_COLOR convention) wins over both.
pub fn load_settings(folders: &Folders, theme: Option<&str>, no_color: bool) -> Settings {
    let mut problems = Vec::new();
    let path = folders.config_file();
    let file = match crate::store::read_text(&path, crate::store::MAX_SETTINGS_BYTES) {
        Ok(text) => match crate::store::ron_options().from_str::<ConfigFile>(&text) {
            Ok(file) => file,
            Err(error) => {
                problems.push(format!(
                    "{}:{}:{}: {}; using the default settings",
                    path.display(),
                    error.span.start.line,
                    error.span.start.col,
                    error.code
                ));
                ConfigFile::default()
            }
        },
        Err(error)
            if error.io().map(std::io::Error::kind) == Some(std::io::ErrorKind::NotFound) =>
        {
            ConfigFile::default()
        }
        Err(error) => {
            problems.push(error.to_string());
            ConfigFile::default()
        }
    };
    let keymap = apply_keys(&path, &file.keys, &mut problems);
    let theme = if no_color {
        Theme::monochrome()
    } else {
        let name = theme.or(file.theme.as_deref()).unwrap_or("default");
        find_theme(folders, name, &mut problems)
    };
    Settings {
        keymap,
        theme,
        style: file.style,
        config: folders.config.clone(),
        problems,
    }
}

fn find_theme(folders: &Folders, name: &str, problems: &mut Vec<String>) -> Theme {
    let own = folders.config.join("themes").join(format!("{name}.ron"));
    if own.exists() {
        match Theme::load(&own) {
            Ok(theme) => return theme,
            Err(error) => problems.push(format!("{error}; using the default theme")),
        }
    } else if let Some(theme) = Theme::built_in(name) {
        return theme;
    } else {
        let names: Vec<&str> = BUILT_IN.iter().map(|(n, _)| *n).collect();
        problems.push(format!(
            "there is no theme called \"{name}\"; the themes are {}, or a file in {}",
            names.join(", "),
            folders.config.join("themes").display()
        ));
    }
    Theme::built_in("default").unwrap_or_else(Theme::monochrome)
}

fn apply_keys(
    path: &Path,
    keys: &BTreeMap<String, BTreeMap<String, String>>,
    problems: &mut Vec<String>,
) -> Keymap {
    let mut keymap = Keymap::default();
    for (layer_name, bindings) in keys {
        let Some(layer) = Layer::from_name(layer_name) else {
            let layers: Vec<&str> = Layer::ALL.iter().map(|l| l.name()).collect();
            problems.push(format!(
                "{}: keys.{layer_name}: there is no screen layer called \"{layer_name}\"; the layers are {}",
                path.display(),
                layers.join(", ")
            ));
            continue;
        };
        for (key_text, action_name) in bindings {
            let entry = format!("{}: keys.{layer_name}.\"{key_text}\"", path.display());
            let Some(key) = Key::parse(key_text) else {
                problems.push(format!(
                    "{entry}: cannot read the key \"{key_text}\"; write a character, or a name \
                     such as enter, esc, tab, up, f1, space, with ctrl-, alt- or shift- before it"
                ));
                continue;
            };
            let Some(action) = Action::from_name(action_name) else {
                let actions: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
                problems.push(format!(
                    "{entry}: there is no action called \"{action_name}\"; the actions are {}",
                    actions.join(", ")
                ));
                continue;
            };
            keymap.rebind(layer, key, action);
        }
    }
    keymap
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folders_with(config: &str) -> (tempfile::TempDir, Folders) {
        let folder = tempfile::tempdir().expect("temporary folder");
        let folders = Folders {
            config: folder.path().to_path_buf(),
            data: folder.path().join("data"),
        };
        std::fs::write(folders.config_file(), config).expect("written");
        (folder, folders)
    }

    #[test]
    fn the_config_chooses_the_theme_and_rebinds_keys() {
        let (_folder, folders) =
            folders_with("(theme: \"light\", keys: { \"live\": { \"ctrl-n\": \"AddNote\" } })");
        let settings = load_settings(&folders, None, false);
        assert_eq!(settings.problems, Vec::<String>::new());
        assert_eq!(settings.theme.name, "light");
        let key = Key::parse("ctrl-n").expect("parses");
        assert_eq!(
            settings.keymap.action(Layer::Live, key),
            Some(Action::AddNote)
        );
        // The command line wins over the file, and NO_COLOR over both.
        assert_eq!(
            load_settings(&folders, Some("high-contrast"), false)
                .theme
                .name,
            "high-contrast"
        );
        assert_eq!(
            load_settings(&folders, Some("light"), true).theme.name,
            "monochrome"
        );
    }

    #[test]
    fn bad_entries_are_named_with_what_is_allowed_and_the_rest_applies() {
        let (_folder, folders) = folders_with(
            "(keys: { \"live\": { \"ctrl-n\": \"AddNoet\", \"hyper-q\": \"Quit\", \"ctrl-v\": \"TakeVote\" }, \"liev\": {} })",
        );
        let settings = load_settings(&folders, None, false);
        let file = folders.config_file().display().to_string();
        assert_eq!(settings.problems.len(), 3, "{:?}", settings.problems);
        let said = |words: &str| settings.problems.iter().any(|p| p.starts_with(words));
        assert!(said(&format!(
            "{file}: keys.live.\"ctrl-n\": there is no action called \"AddNoet\"; the actions are Help, Quit,"
        )));
        assert!(said(&format!(
            "{file}: keys.live.\"hyper-q\": cannot read the key"
        )));
        assert!(said(&format!(
            "{file}: keys.liev: there is no screen layer called \"liev\"; the layers are live, records,"
        )));
        let key = Key::parse("ctrl-v").expect("parses");
        assert_eq!(
            settings.keymap.action(Layer::Live, key),
            Some(Action::TakeVote)
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 1000, ..Default::default() })]

        /// Any config file at all gives settings, with problems named, and never a panic.
        #[test]
        fn any_config_text_gives_settings_without_panic(text in "[(){}\\[\\]:,\" a-zA-Z0-9_\\-\n]{0,120}") {
            let (_folder, folders) = folders_with(&text);
            let settings = load_settings(&folders, None, false);
            proptest::prop_assert!(!settings.keymap.bindings(Layer::Live).is_empty());
        }

        /// Likewise any theme file.
        #[test]
        fn any_theme_text_is_read_or_refused_without_panic(text in "[(){}:,\" a-z_#0-9\n]{0,120}") {
            let _ = Theme::parse("generated", &text);
        }

        /// And any key a config file might name.
        #[test]
        fn any_key_text_parses_or_is_refused(text in "\\PC{0,16}") {
            if let Some(key) = Key::parse(&text) {
                proptest::prop_assert!(Key::parse(&key.label()).is_some());
            }
        }
    }

    #[test]
    fn an_unreadable_config_falls_back_to_defaults_and_says_where() {
        let (_folder, folders) = folders_with("(theme: \"light\",\n  keyz: {})");
        let settings = load_settings(&folders, None, false);
        assert_eq!(settings.theme.name, "default");
        assert_eq!(settings.problems.len(), 1);
        assert!(
            settings.problems[0].starts_with(&format!("{}:2:3:", folders.config_file().display())),
            "{:?}",
            settings.problems
        );
        let settings = load_settings(&folders, Some("sepia"), false);
        assert!(settings.problems[1].contains("there is no theme called \"sepia\""));
    }
}
