//! Drawing the live screen: the agenda, the current item's records, who is in the room (or the
//! minutes preview), the status bar and hints, and the overlay on top. Reads the app; changes
//! nothing. One file per region of the screen.

mod panes;
mod preview;
mod status;

use chrono::NaiveTime;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

pub use crate::tui::widgets::attendance_mark;

use crate::model::{Part, Room};
use crate::tui::live::app::{App, SaveState};
use crate::tui::theme::Theme;

/// The smallest terminal the live screen is drawn in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 14;

/// Facts about the meeting that several parts of the screen show, worked out once a frame.
pub(super) struct Facts<'m> {
    pub room: Room<'m>,
    pub parts: &'m [Part],
    /// The position of the current item in the agenda.
    pub current: Option<usize>,
    /// Each item's minute number, by agenda position.
    pub minutes: &'m [u32],
}

impl Facts<'_> {
    pub fn private(&self, index: Option<usize>) -> bool {
        index.and_then(|i| self.parts.get(i)) == Some(&Part::Two)
    }
}

/// Draws the whole screen for the app at the given clock time.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, now: Option<NaiveTime>) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area, theme, app.save_state == SaveState::Saved);
        return;
    }
    let [title, body, status_area, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let meeting = app.meeting();
    // Kept up to date by each change: drawing a frame never walks the whole log.
    let kept = app.session.facts();
    let facts = Facts {
        room: app.session.room(),
        parts: &kept.parts,
        current: app.nav.current_index(meeting),
        minutes: &kept.minutes,
    };
    status::title_bar(frame, title, app, &facts, theme);
    let agenda_width = (area.width * 28 / 100).max(22);
    // The minutes preview takes the roster's place, wider, so it can be read while a form
    // is filled in beside it.
    let right_width = if app.nav.preview {
        (area.width * 42 / 100).max(30)
    } else {
        (area.width * 24 / 100).max(22)
    };
    let [agenda, item, right] = Layout::horizontal([
        Constraint::Length(agenda_width),
        Constraint::Min(10),
        Constraint::Length(right_width),
    ])
    .areas(body);
    panes::agenda(frame, agenda, app, &facts, theme);
    panes::item(frame, item, app, &facts, theme);
    if app.nav.preview {
        preview::pane(frame, right, app, &facts, theme);
    } else {
        panes::roster(frame, right, app, &facts, theme);
    }
    status::status_bar(frame, status_area, app, &facts, theme, now);
    status::hint_bar(frame, hints, app, theme);
    if let Some(overlay) = app.top() {
        // Over the panes, leaving the title, status and hints (and the preview) in view.
        let under = if app.nav.preview {
            Rect {
                width: body.width.saturating_sub(right_width),
                ..body
            }
        } else {
            body
        };
        overlay.draw(frame, under, &app.scene(), theme);
    }
    no_control_characters(frame);
}

/// Nothing from a meeting file reaches the terminal as a control character, so a name holding
/// an escape sequence cannot rewrite the screen. The drawing library leaves out the control
/// characters it knows; any that reach a cell all the same are drawn as their picture (␛).
pub fn no_control_characters(frame: &mut Frame) {
    for cell in &mut frame.buffer_mut().content {
        let symbol = cell.symbol();
        if symbol.chars().any(crate::printable::is_hazard) {
            let shown: String = symbol
                .chars()
                .map(|c| {
                    if crate::printable::is_hazard(c) {
                        crate::printable::picture(c)
                    } else {
                        c
                    }
                })
                .collect();
            cell.set_symbol(&shown);
        }
    }
}

/// What a terminal too small to draw in shows instead, saying truthfully whether the work is
/// saved.
pub fn too_small(frame: &mut Frame, area: Rect, theme: &Theme, saved: bool) {
    let state = if saved {
        "Everything is saved."
    } else {
        "NOT SAVED: make the window larger to see why."
    };
    let text = format!(
        "Minutebook needs a terminal of at least {MIN_WIDTH}×{MIN_HEIGHT}; this one is {}×{}. \
         {state}",
        area.width, area.height
    );
    frame.render_widget(
        Paragraph::new(Line::from(Span::raw(text)))
            .style(theme.warning)
            .wrap(Wrap { trim: true }),
        area,
    );
}
