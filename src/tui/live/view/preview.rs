//! The minutes preview beside the record: the current item's minute as the draft minutes will
//! print it, with what is being typed into an open form already in place.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::minutes::{self, Block, Options};
use crate::model::Edit;
use crate::tui::live::app::App;
use crate::tui::live::forms::Submission;
use crate::tui::live::overlays::Overlay;
use crate::tui::live::view::Facts;
use crate::tui::theme::Theme;

pub(super) fn pane(frame: &mut Frame, area: Rect, app: &App, facts: &Facts<'_>, theme: &Theme) {
    let block = crate::tui::widgets::pane("Minutes preview", theme, false);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let meeting = app.meeting();
    let pending = app.overlays.iter().rev().find_map(|overlay| {
        if let Overlay::Form(form) = overlay
            && let Ok(Submission::Record(record)) = form.form.submit(meeting)
        {
            return Some((form.form.editing, record));
        }
        None
    });
    let options = Options { confidential: true };
    let document = match (facts.current, pending) {
        (Some(index), Some((editing, record))) => {
            let mut meeting = meeting.clone();
            let edit = match editing {
                Some(_) => Edit::ReplaceRecord(record),
                None => Edit::InsertRecord {
                    at: meeting.records.len(),
                    record,
                },
            };
            let _ = edit.apply(&mut meeting);
            minutes::minute_in(&meeting, &app.house.style, index, options)
        }
        (Some(index), None) => minutes::minute_in(meeting, &app.house.style, index, options),
        (None, _) => {
            let mut whole = minutes::minutes_in(meeting, &app.house.style, options);
            let first_minute = whole
                .blocks
                .iter()
                .position(|b| matches!(b, Block::Minute { .. }))
                .unwrap_or(whole.blocks.len());
            whole.blocks.truncate(first_minute);
            whole
        }
    };
    let text = minutes::text::write_to_width(&document, inner.width as usize);
    let lines: Vec<Line> = text
        .lines()
        .map(|line| Line::from(Span::styled(line.to_string(), theme.text)))
        .collect();
    // Like the record, the preview keeps the latest in view; the clerk scrolls back from it.
    let bottom = lines.len().saturating_sub(inner.height as usize);
    let top = bottom.saturating_sub(app.nav.preview_scroll as usize);
    frame.render_widget(
        Paragraph::new(lines).scroll((u16::try_from(top).unwrap_or(u16::MAX), 0)),
        inner,
    );
}
