//! Drawing the start screen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::tui::config::Settings;
use crate::tui::keymap::Layer;
use crate::tui::start::{Asking, Entry, StartScreen};

pub fn draw(frame: &mut Frame, start: &StartScreen, settings: &Settings, help: bool) {
    let theme = &settings.theme;
    if let Some(folder) = &start.folder {
        folder.draw(frame, theme);
        return;
    }
    let area = frame.area();
    if area.width < 30 || area.height < 8 {
        crate::tui::live::view::too_small(frame, area, theme, true);
        return;
    }
    let [title, list, message, hints] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(Span::styled(" Minutebook", theme.heading)),
            Line::from(Span::styled(
                " Choose a meeting to open. Samples open as a working copy.",
                theme.dim,
            )),
        ]),
        title,
    );
    let block = Block::bordered().border_style(theme.dim);
    let inner = block.inner(list);
    frame.render_widget(block, list);
    let mut lines = Vec::new();
    let mut heading = "";
    for (index, entry) in start.entries.iter().enumerate() {
        let (section, label) = entry_label(start, entry);
        if section != heading {
            if !heading.is_empty() {
                lines.push(Line::default());
            }
            lines.push(Line::from(Span::styled(section, theme.heading)));
            heading = section;
        }
        let selected = index == start.cursor;
        let style = if selected { theme.selected } else { theme.text };
        lines.push(Line::from(Span::styled(
            format!("{} {label}", if selected { "▶" } else { " " }),
            style,
        )));
    }
    let selected_line = lines
        .iter()
        .position(|l| l.spans.first().is_some_and(|s| s.content.starts_with('▶')))
        .unwrap_or(0);
    let scroll = (selected_line + 2).saturating_sub(inner.height as usize);
    frame.render_widget(
        Paragraph::new(lines).scroll((u16::try_from(scroll).unwrap_or(0), 0)),
        inner,
    );
    if help {
        let keys: Vec<String> = settings
            .keymap
            .bindings(Layer::Start)
            .iter()
            .map(|b| format!("{} {}", b.key.label(), b.action.description()))
            .collect();
        frame.render_widget(
            Paragraph::new(keys.join(" · ")).wrap(Wrap { trim: true }),
            message,
        );
    } else if let Some(text) = &start.message {
        frame.render_widget(
            Paragraph::new(Span::styled(text.clone(), theme.warning)),
            message,
        );
    }
    let mut spans = Vec::new();
    for (key, description) in settings.keymap.hints(Layer::Start) {
        spans.push(Span::styled(format!(" {key}"), theme.accent));
        spans.push(Span::styled(format!(" {description} "), theme.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), hints);
    crate::tui::live::view::no_control_characters(frame);
}

/// The section an entry is listed under, and its line: what is being typed or read in it when
/// it is the one in use.
fn entry_label(start: &StartScreen, entry: &Entry) -> (&'static str, String) {
    match entry {
        Entry::ImportAgenda if start.reading.is_some() => (
            "New meeting",
            start.reading.as_ref().map_or_else(String::new, |reading| {
                format!(
                    "Reading {}… {} s (Esc stops)",
                    reading.name(),
                    reading.elapsed().as_secs()
                )
            }),
        ),
        Entry::ImportAgenda => match &start.typing_path {
            Some(path) if start.typing_for == Entry::ImportAgenda => {
                let asked = match &start.asking {
                    Some(Asking::Date(_)) => "Meeting date (the agenda gives none)",
                    Some(Asking::FileFor { .. }) => "Save the pasted agenda's meeting as",
                    None => "Agenda pack (.txt, .pdf or .docx)",
                };
                ("New meeting", format!("{asked}: {path}▏"))
            }
            _ => (
                "New meeting",
                "From an agenda pack… (or paste an agenda's text)".to_string(),
            ),
        },
        Entry::BlankMeeting => match &start.typing_path {
            Some(path) if start.typing_for == Entry::BlankMeeting => {
                ("New meeting", format!("New meeting file (.ron): {path}▏"))
            }
            _ => ("New meeting", "Blank meeting…".to_string()),
        },
        Entry::Folder => match &start.typing_path {
            Some(path) if start.typing_for == Entry::Folder => {
                ("Across meetings", format!("Folder of meetings: {path}▏"))
            }
            _ => (
                "Across meetings",
                "A folder of meetings: attendance, actions, search…".to_string(),
            ),
        },
        Entry::Recent { title, .. } => ("Recent meetings", title.clone()),
        Entry::Sample { title, .. } => ("Sample meetings", title.clone()),
    }
}
