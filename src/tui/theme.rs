//! Colour themes, read from RON files. Colour adds emphasis only: every meaning on screen is
//! also carried by a symbol or a word, so a monochrome theme loses nothing.

use std::path::Path;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

/// The themes that ship with Minutebook, by name.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("default", include_str!("../../themes/default.ron")),
    ("light", include_str!("../../themes/light.ron")),
    (
        "high-contrast",
        include_str!("../../themes/high-contrast.ron"),
    ),
    ("monochrome", include_str!("../../themes/monochrome.ron")),
];

/// A theme as written in its file: colour names, all optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    #[serde(default)]
    monochrome: bool,
    text: Option<String>,
    dim: Option<String>,
    accent: Option<String>,
    heading: Option<String>,
    selected_fg: Option<String>,
    selected_bg: Option<String>,
    present: Option<String>,
    away: Option<String>,
    absent: Option<String>,
    warning: Option<String>,
    part_two: Option<String>,
    status_fg: Option<String>,
    status_bg: Option<String>,
    saved: Option<String>,
    unsaved: Option<String>,
    background: Option<String>,
}

/// The styles the screen is drawn with.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub name: String,
    pub text: Style,
    pub dim: Style,
    pub accent: Style,
    pub heading: Style,
    pub selected: Style,
    pub present: Style,
    pub away: Style,
    pub absent: Style,
    pub warning: Style,
    pub part_two: Style,
    pub status: Style,
    pub saved: Style,
    pub unsaved: Style,
}

impl Theme {
    /// The theme with no colour, for NO_COLOR and monochrome terminals.
    pub fn monochrome() -> Theme {
        let plain = Style::default();
        Theme {
            name: "monochrome".into(),
            text: plain,
            dim: plain,
            accent: plain.add_modifier(Modifier::BOLD),
            heading: plain.add_modifier(Modifier::BOLD),
            selected: plain.add_modifier(Modifier::REVERSED),
            present: plain,
            away: plain,
            absent: plain,
            warning: plain.add_modifier(Modifier::BOLD | Modifier::REVERSED),
            part_two: plain.add_modifier(Modifier::BOLD),
            status: plain.add_modifier(Modifier::REVERSED),
            saved: plain.add_modifier(Modifier::REVERSED),
            unsaved: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
        }
    }

    /// A built-in theme by name.
    pub fn built_in(name: &str) -> Option<Theme> {
        let (_, text) = BUILT_IN.iter().find(|(n, _)| *n == name)?;
        Theme::parse(name, text).ok()
    }

    /// Reads a theme file; the error names the line, column and what was expected.
    pub fn load(path: &Path) -> Result<Theme, String> {
        let text = crate::store::read_text(path, crate::store::MAX_SETTINGS_BYTES)
            .map_err(|error| format!("the theme: {error}"))?;
        let name = path
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default();
        Theme::parse(&name, &text).map_err(|error| format!("{}:{error}", path.display()))
    }

    /// Parses a theme's text; errors read "line:column: what was wrong".
    pub fn parse(name: &str, text: &str) -> Result<Theme, String> {
        let file: ThemeFile = crate::store::ron_options()
            .from_str(text)
            .map_err(|error| {
                format!(
                    "{}:{}: {}",
                    error.span.start.line, error.span.start.col, error.code
                )
            })?;
        if file.monochrome {
            return Ok(Theme {
                name: name.into(),
                ..Theme::monochrome()
            });
        }
        let colour = |field: &Option<String>, what: &str| -> Result<Option<Color>, String> {
            match field {
                None => Ok(None),
                Some(text) => parse_colour(text).map(Some).ok_or_else(|| {
                    format!(
                        "1:1: `{what}` is \"{text}\", which is not a colour; use a name such as \
                         \"light_green\" or \"#rrggbb\""
                    )
                }),
            }
        };
        let background = colour(&file.background, "background")?;
        let fg = |field: &Option<String>, what: &str| -> Result<Style, String> {
            let mut style = Style::default();
            if let Some(colour) = colour(field, what)? {
                style = style.fg(colour);
            }
            if let Some(background) = background {
                style = style.bg(background);
            }
            Ok(style)
        };
        let pair = |fore: &Option<String>, back: &Option<String>, what: &str| {
            let mut style = Style::default();
            if let Some(colour) = colour(fore, what)? {
                style = style.fg(colour);
            }
            if let Some(colour) = colour(back, what)? {
                style = style.bg(colour);
            }
            Ok::<Style, String>(style)
        };
        Ok(Theme {
            name: name.into(),
            text: fg(&file.text, "text")?,
            dim: fg(&file.dim, "dim")?,
            accent: fg(&file.accent, "accent")?.add_modifier(Modifier::BOLD),
            heading: fg(&file.heading, "heading")?.add_modifier(Modifier::BOLD),
            selected: pair(&file.selected_fg, &file.selected_bg, "selected")?,
            present: fg(&file.present, "present")?,
            away: fg(&file.away, "away")?,
            absent: fg(&file.absent, "absent")?,
            warning: fg(&file.warning, "warning")?.add_modifier(Modifier::BOLD),
            part_two: fg(&file.part_two, "part_two")?,
            status: pair(&file.status_fg, &file.status_bg, "status")?,
            saved: pair(&file.status_fg, &file.saved, "saved")?,
            unsaved: pair(&file.status_fg, &file.unsaved, "unsaved")?.add_modifier(Modifier::BOLD),
        })
    }
}

fn parse_colour(text: &str) -> Option<Color> {
    if let Some(hex) = text.strip_prefix('#') {
        if hex.len() != 6 {
            return None;
        }
        let value = u32::from_str_radix(hex, 16).ok()?;
        let [_, r, g, b] = value.to_be_bytes();
        return Some(Color::Rgb(r, g, b));
    }
    Some(
        match text.to_ascii_lowercase().replace(['-', ' '], "_").as_str() {
            "reset" | "default" => Color::Reset,
            "black" => Color::Black,
            "red" => Color::Red,
            "green" => Color::Green,
            "yellow" => Color::Yellow,
            "blue" => Color::Blue,
            "magenta" => Color::Magenta,
            "cyan" => Color::Cyan,
            "gray" | "grey" => Color::Gray,
            "dark_gray" | "dark_grey" => Color::DarkGray,
            "light_red" => Color::LightRed,
            "light_green" => Color::LightGreen,
            "light_yellow" => Color::LightYellow,
            "light_blue" => Color::LightBlue,
            "light_magenta" => Color::LightMagenta,
            "light_cyan" => Color::LightCyan,
            "white" => Color::White,
            _ => return None,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_theme_reads() {
        for (name, text) in BUILT_IN {
            let theme = Theme::parse(name, text).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(&theme.name, name);
        }
        assert_eq!(
            Theme::built_in("monochrome").map(|t| t.present),
            Some(Style::default())
        );
        assert_ne!(
            Theme::built_in("default").map(|t| t.present),
            Some(Style::default())
        );
    }

    #[test]
    fn a_bad_theme_says_where_and_what() {
        let error = Theme::parse("x", "(\n  txet: \"red\",\n)").expect_err("unknown field");
        assert!(error.starts_with("2:3:"), "{error}");
        assert!(error.contains("txet"), "{error}");
        let error = Theme::parse("x", "(text: \"purplish\")").expect_err("bad colour");
        assert!(
            error.contains("\"purplish\", which is not a colour"),
            "{error}"
        );
        assert_eq!(parse_colour("#ff8000"), Some(Color::Rgb(255, 128, 0)));
    }
}
