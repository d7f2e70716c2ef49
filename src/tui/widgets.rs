//! The pieces every part of the screen is drawn with: bordered panes, boxes centred over the
//! screen, and a line of key hints taken from the key tables.

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use crate::model::{Attendance, Standing};
use crate::tui::keymap::{Keymap, Layer};
use crate::tui::theme::Theme;

/// A bordered pane with its title; its border is brighter when it has the keys.
pub fn pane<'a>(title: &'a str, theme: &Theme, focused: bool) -> Block<'a> {
    let style = if focused { theme.accent } else { theme.dim };
    Block::bordered()
        .border_style(style)
        .title(Span::styled(format!(" {title} "), theme.heading))
}

/// The border and title of a box over the screen.
pub fn modal_block<'a>(title: String, theme: &Theme) -> Block<'a> {
    Block::bordered()
        .border_style(theme.accent)
        .title(Span::styled(format!(" {title} "), theme.heading))
}

/// A box centred in `area`, at most `width`×`height`.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width).max(10);
    let height = height.min(area.height).max(5);
    Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width: width.min(area.width),
        height: height.min(area.height),
    }
}

/// The hints of a layer: "? show the keys  j next item ...".
pub fn hints_line<'a>(keymap: &Keymap, layer: Layer, theme: &Theme) -> Line<'a> {
    let mut spans = Vec::new();
    for (key, description) in keymap.hints(layer) {
        spans.push(Span::styled(format!(" {key}"), theme.accent));
        spans.push(Span::styled(format!(" {description} "), theme.dim));
    }
    Line::from(spans)
}

/// As [`hints_line`], with the key that submits named for what it does in this list: "go to
/// it" in a list of places, "write them" in the list of formats.
pub fn hints_line_submitting<'a>(
    keymap: &Keymap,
    layer: Layer,
    submit: &'static str,
    theme: &Theme,
) -> Line<'a> {
    let mut spans = Vec::new();
    for binding in keymap.bindings(layer).iter().filter(|b| b.hint) {
        let said = match binding.action {
            crate::tui::action::Action::Submit => submit,
            other => other.description(),
        };
        spans.push(Span::styled(
            format!(" {}", binding.key.label()),
            theme.accent,
        ));
        spans.push(Span::styled(format!(" {said} "), theme.dim));
    }
    Line::from(spans)
}

/// Clears the place for an overlay and a column either side of it, so that no panel's border
/// or text runs up against the overlay's own.
pub fn clear_modal(frame: &mut ratatui::Frame, rect: Rect) {
    let screen = frame.area();
    let x = rect.x.saturating_sub(1).max(screen.x);
    let right = (rect.x + rect.width + 1).min(screen.x + screen.width);
    let gutter = Rect {
        x,
        y: rect.y,
        width: right.saturating_sub(x),
        height: rect.height,
    };
    frame.render_widget(ratatui::widgets::Clear, gutter);
}

/// The hints that fit in `width`, each whole: those the moment calls for first, then the
/// layer's own; what does not fit is left to `?`.
pub fn hints_within<'a>(
    hints: impl IntoIterator<Item = (String, &'static str)>,
    width: u16,
    theme: &Theme,
) -> Line<'a> {
    let mut spans = Vec::new();
    let mut used = 0usize;
    for (key, description) in hints {
        let key = format!(" {key}");
        let description = format!(" {description} ");
        let needed = key.chars().count() + description.chars().count();
        if used + needed > usize::from(width) {
            break;
        }
        used += needed;
        spans.push(Span::styled(key, theme.accent));
        spans.push(Span::styled(description, theme.dim));
    }
    Line::from(spans)
}

/// The first line to show so that `line` is visible in `height` lines, with one line of
/// what follows it when there is room.
pub fn scroll_to(line: usize, height: usize) -> u16 {
    u16::try_from((line + 2).saturating_sub(height)).unwrap_or(u16::MAX)
}

/// The symbol and style that show a person's attendance without relying on colour.
pub fn attendance_mark(standing: &Standing, theme: &Theme) -> (&'static str, Style) {
    match (&standing.attendance, standing.in_room) {
        (Attendance::Present | Attendance::Substitute { .. }, true) => ("●", theme.present),
        (Attendance::Present | Attendance::Substitute { .. }, false) => ("○", theme.away),
        (Attendance::Virtual, _) => ("◐", theme.present),
        (Attendance::Apologies, _) => ("✗", theme.absent),
        (Attendance::Absent, _) => ("–", theme.absent),
        (Attendance::NotRecorded, _) => ("·", theme.dim),
    }
}
