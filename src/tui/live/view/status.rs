//! The title bar (the body, the date, Part 2, read-only), the status bar (the time, the time
//! since the start, the minute, the quorum, whether everything is saved) and the hint line.

use chrono::NaiveTime;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::keymap::Layer;
use crate::tui::live::app::{App, SaveState};
use crate::tui::live::overlays::Overlay;
use crate::tui::live::view::Facts;
use crate::tui::theme::Theme;
use crate::tui::widgets::{hints_line, hints_line_submitting, hints_within};

pub(super) fn title_bar(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    facts: &Facts<'_>,
    theme: &Theme,
) {
    let meeting = app.meeting();
    let mut spans = vec![
        Span::styled(format!(" {} ", meeting.body.name), theme.heading),
        Span::styled(
            format!("· {}", meeting.date.format("%A %-d %B %Y")),
            theme.text,
        ),
    ];
    if facts.private(facts.current) {
        spans.push(Span::styled(
            "  PART 2 – PRESS AND PUBLIC EXCLUDED",
            theme.part_two,
        ));
    }
    if app.read_only().is_some() {
        spans.push(Span::styled("  READ-ONLY", theme.warning));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

pub(super) fn status_bar(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    facts: &Facts<'_>,
    theme: &Theme,
    now: Option<NaiveTime>,
) {
    let meeting = app.meeting();
    let mut spans = vec![Span::styled(
        format!(
            " {} ",
            now.map_or_else(|| "--:--".into(), |t| t.format("%H:%M").to_string())
        ),
        theme.status,
    )];
    // Plainly, while the forms take the time the clerk set rather than the clock's.
    if let Some(set) = app.clock_set {
        spans.push(Span::styled(
            format!(
                " FORMS TAKE {} (T to change) ",
                crate::model::clock::format(set)
            ),
            theme.warning,
        ));
    }
    let (commenced, concluded) = meeting.opening_and_closing();
    // Catching up from notes, the time is the one the clerk set, not the clock's.
    if let (Some(start), Some(now)) = (commenced, app.clock_set.or(now)) {
        let end = concluded.unwrap_or(now);
        let minutes = (end - start).num_minutes().max(0);
        spans.push(Span::styled(
            format!(" {}h{:02} since start ", minutes / 60, minutes % 60),
            theme.status,
        ));
    } else if meeting.has_commenced() {
        spans.push(Span::styled(" commenced ", theme.status));
    } else {
        spans.push(Span::styled(" not yet commenced ", theme.status));
    }
    if let Some(minute) = facts.current.and_then(|i| facts.minutes.get(i)) {
        spans.push(Span::styled(format!(" minute {minute} "), theme.status));
    }
    let quorum = meeting.quorum();
    let voters = facts.room.voters_in_room().count();
    if meeting.has_commenced() && u32::try_from(voters).unwrap_or(u32::MAX) < quorum {
        spans.push(Span::styled(
            format!(" NOT QUORATE: {voters} in the room, {quorum} needed "),
            theme.warning,
        ));
    } else {
        spans.push(Span::styled(
            format!(" quorum {quorum}, {voters} in the room "),
            theme.status,
        ));
    }
    let (saved, style) = match &app.save_state {
        SaveState::Saved if app.read_only().is_some() => (" read-only ".to_string(), theme.status),
        SaveState::Saved => (" ✓ saved ".to_string(), theme.saved),
        SaveState::Failed(_) => (" ✗ NOT SAVED ".to_string(), theme.warning),
    };
    spans.push(Span::styled(saved, style));
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.status), area);
}

/// The live screen's hints: on a meeting with no agenda yet, the keys that prepare one come
/// first; before it commences, the key that commences it.
fn live_hints(app: &App) -> Vec<(String, &'static str)> {
    use crate::tui::action::Action;
    let meeting = app.meeting();
    let mut first = Vec::new();
    if meeting.agenda.is_empty() {
        first.extend([Action::AddItem, Action::People, Action::EditMeeting]);
    } else if !meeting.has_commenced() {
        first.extend([Action::Commence, Action::RollCall]);
    }
    let mut hints: Vec<(String, &'static str)> = first
        .into_iter()
        .filter_map(|action| {
            let key = app.keymap.key_for(Layer::Live, action)?;
            Some((key.label(), action.description()))
        })
        .collect();
    for hint in app.keymap.hints(Layer::Live) {
        if !hints.iter().any(|(key, _)| *key == hint.0) {
            hints.push(hint);
        }
    }
    hints
}

pub(super) fn hint_bar(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    // A failed save matters more than anything else the line could say.
    let line = match (&app.save_state, &app.message) {
        (SaveState::Failed(why), _) => {
            Line::from(Span::styled(format!(" NOT SAVED: {why}"), theme.warning))
        }
        (_, Some(message)) => Line::from(Span::styled(format!(" {message}"), theme.accent)),
        (SaveState::Saved, None) if app.layer() == Layer::Live => {
            hints_within(live_hints(app), area.width, theme)
        }
        (SaveState::Saved, None) => match app.top() {
            // A list's Enter goes to the one chosen, or writes the format chosen.
            Some(Overlay::Export(_)) => {
                hints_line_submitting(&app.keymap, Layer::Picker, "write them", theme)
            }
            Some(Overlay::Confirm(
                crate::tui::live::overlays::confirm::Question::NowhereToKeep(_),
            )) => crate::tui::live::overlays::confirm::notice_hints(&app.keymap, theme),
            Some(Overlay::GoTo(_) | Overlay::Search(_) | Overlay::Problems(_)) => {
                hints_line_submitting(&app.keymap, Layer::Picker, "go to it", theme)
            }
            _ => hints_line(&app.keymap, app.layer(), theme),
        },
    };
    frame.render_widget(Paragraph::new(line), area);
}
