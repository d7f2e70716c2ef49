//! Every bundled theme meets the WCAG AA contrast ratio (4.5 to 1) for every style it draws
//! text in, on the background it is made for: a light terminal's white for the light theme,
//! a dark terminal's black for the others, or the theme's own where it paints one. Named
//! colours are taken as xterm draws them.

use minutebook::tui::theme::{BUILT_IN, Theme};
use ratatui::style::{Color, Style};

/// xterm's colours for the sixteen names a theme may use.
fn rgb(colour: Color) -> Option<(u8, u8, u8)> {
    Some(match colour {
        Color::Black => (0, 0, 0),
        Color::Red => (0xcd, 0, 0),
        Color::Green => (0, 0xcd, 0),
        Color::Yellow => (0xcd, 0xcd, 0),
        Color::Blue => (0, 0, 0xee),
        Color::Magenta => (0xcd, 0, 0xcd),
        Color::Cyan => (0, 0xcd, 0xcd),
        Color::Gray => (0xe5, 0xe5, 0xe5),
        Color::DarkGray => (0x7f, 0x7f, 0x7f),
        Color::LightRed => (0xff, 0, 0),
        Color::LightGreen => (0, 0xff, 0),
        Color::LightYellow => (0xff, 0xff, 0),
        Color::LightBlue => (0x5c, 0x5c, 0xff),
        Color::LightMagenta => (0xff, 0, 0xff),
        Color::LightCyan => (0, 0xff, 0xff),
        Color::White => (0xff, 0xff, 0xff),
        Color::Rgb(r, g, b) => (r, g, b),
        _ => return None,
    })
}

/// Relative luminance, as WCAG 2 defines it.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (light, dark) = {
        let (x, y) = (luminance(a), luminance(b));
        if x > y { (x, y) } else { (y, x) }
    };
    (light + 0.05) / (dark + 0.05)
}

/// The colours a style's text is drawn in: its own, or the terminal's where it leaves them.
fn drawn(style: Style, terminal: ((u8, u8, u8), (u8, u8, u8))) -> ((u8, u8, u8), (u8, u8, u8)) {
    let fore = style
        .fg
        .filter(|c| *c != Color::Reset)
        .and_then(rgb)
        .unwrap_or(terminal.0);
    let back = style
        .bg
        .filter(|c| *c != Color::Reset)
        .and_then(rgb)
        .unwrap_or(terminal.1);
    (fore, back)
}

#[test]
fn every_bundled_theme_meets_wcag_aa_contrast_for_every_style() {
    let mut failures = Vec::new();
    for (name, _) in BUILT_IN {
        let theme = Theme::built_in(name).expect("a bundled theme");
        // The terminal's own text and background, for a light theme and a dark one.
        let terminal = if *name == "light" {
            ((0, 0, 0), (0xff, 0xff, 0xff))
        } else {
            ((0xe5, 0xe5, 0xe5), (0, 0, 0))
        };
        for (what, style) in [
            ("text", theme.text),
            ("dim", theme.dim),
            ("accent", theme.accent),
            ("heading", theme.heading),
            ("selected", theme.selected),
            ("present", theme.present),
            ("away", theme.away),
            ("absent", theme.absent),
            ("warning", theme.warning),
            ("part_two", theme.part_two),
            ("status", theme.status),
            ("saved", theme.saved),
            ("unsaved", theme.unsaved),
        ] {
            let (fore, back) = drawn(style, terminal);
            let ratio = contrast(fore, back);
            if ratio < 4.5 {
                failures.push(format!("{name} {what}: {ratio:.2} to 1"));
            }
        }
    }
    assert!(failures.is_empty(), "below 4.5 to 1: {failures:#?}");
}

#[test]
fn the_contrast_measure_matches_wcag_on_known_pairs() {
    // Black on white is 21 to 1; #777777 on white is just under 4.5.
    assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 0.01);
    let grey = contrast((0x77, 0x77, 0x77), (255, 255, 255));
    assert!(grey > 4.4 && grey < 4.5, "{grey}");
}
