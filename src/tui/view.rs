//! Drawing the live screen: agenda, the current item's records, the roster, the status bar,
//! and whatever form or list is open over them. Reads the app; changes nothing.

use chrono::NaiveTime;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::app::{App, Modal, Question, SaveState};
use super::describe;
use super::forms::{FieldKind, Form};
use super::keymap::Layer;
use super::roll::RollCall;
use super::theme::Theme;
use super::vote::{VoteFocus, VoteForm, VoteMode, Way};
use crate::model::{Attendance, Office, Part, PersonKind, Side, Standing, clock};

/// The smallest terminal the live screen is drawn in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 14;

/// Draws the whole screen for the app at the given clock time.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, now: Option<NaiveTime>) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame, area, theme);
        return;
    }
    let [title, body, status, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    // Worked out once a frame: who is in the room and which items are private.
    let facts = Facts {
        room: app.meeting.room_now(),
        parts: app.meeting.parts(),
    };
    title_bar(frame, title, app, &facts, theme);
    let agenda_width = (area.width * 28 / 100).max(22);
    // The minutes preview takes the roster's place, wider, so it can be read while a form
    // is filled in beside it.
    let right_width = if app.preview {
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
    agenda_pane(frame, agenda, app, &facts, theme);
    item_pane(frame, item, app, &facts, theme);
    if app.preview {
        preview_pane(frame, right, app, theme);
    } else {
        roster_pane(frame, right, app, &facts, theme);
    }
    status_bar(frame, status, app, &facts, theme, now);
    hint_bar(frame, hints, app, theme);
    if let Some(modal) = &app.modal {
        // Over the panes, leaving the title, status and hints (and the preview) in view.
        let under = if app.preview {
            Rect {
                width: body.width.saturating_sub(right_width),
                ..body
            }
        } else {
            body
        };
        draw_modal(frame, under, app, modal, theme);
    }
}

/// Facts about the meeting that several parts of the screen show.
struct Facts<'m> {
    room: crate::model::Room<'m>,
    parts: Vec<Part>,
}

impl Facts<'_> {
    fn private(&self, index: Option<usize>) -> bool {
        index.and_then(|i| self.parts.get(i)) == Some(&Part::Two)
    }
}

/// What a terminal too small to draw in shows instead.
pub fn too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = format!(
        "Minutebook needs a terminal of at least {MIN_WIDTH}×{MIN_HEIGHT}; this one is {}×{}. \
         Everything is saved.",
        area.width, area.height
    );
    frame.render_widget(
        Paragraph::new(text)
            .style(theme.warning)
            .wrap(Wrap { trim: true }),
        area,
    );
}

fn title_bar(frame: &mut Frame, area: Rect, app: &App, facts: &Facts<'_>, theme: &Theme) {
    let meeting = &app.meeting;
    let mut spans = vec![
        Span::styled(format!(" {} ", meeting.body.name), theme.heading),
        Span::styled(
            format!("· {}", meeting.date.format("%A %-d %B %Y")),
            theme.text,
        ),
    ];
    let part_two = facts.private(app.current);
    if part_two {
        spans.push(Span::styled(
            "  PART 2 – PRESS AND PUBLIC EXCLUDED",
            theme.part_two,
        ));
    }
    if app.read_only.is_some() {
        spans.push(Span::styled("  READ-ONLY", theme.warning));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn pane<'a>(title: &'a str, theme: &Theme, focused: bool) -> Block<'a> {
    let style = if focused { theme.accent } else { theme.dim };
    Block::bordered()
        .border_style(style)
        .title(Span::styled(format!(" {title} "), theme.heading))
}

fn agenda_pane(frame: &mut Frame, area: Rect, app: &App, facts: &Facts<'_>, theme: &Theme) {
    let meeting = &app.meeting;
    let block = pane("Agenda", theme, false);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines: Vec<Line> = Vec::new();
    let opening_marker = if app.current.is_none() { "▶" } else { " " };
    lines.push(Line::from(Span::styled(
        format!("{opening_marker}    Opening"),
        if app.current.is_none() {
            theme.selected
        } else {
            theme.text
        },
    )));
    for (index, item) in meeting.agenda.iter().enumerate() {
        let current = app.current == Some(index);
        let minute = u32::try_from(index)
            .ok()
            .and_then(|i| meeting.first_minute.checked_add(i))
            .map(|n| n.to_string())
            .unwrap_or_default();
        let number = item.number.as_deref().unwrap_or("–");
        let part_two = facts.private(Some(index));
        let marker = if current { "▶" } else { " " };
        let tag = if part_two { "P2 " } else { "" };
        let style = if current {
            theme.selected
        } else if part_two {
            theme.part_two
        } else {
            theme.text
        };
        lines.push(Line::from(Span::styled(
            format!("{marker}{minute:>3} {tag}{number}. {}", item.title),
            style,
        )));
    }
    let selected_line = app.current.map_or(0, |i| i + 1);
    let scroll = scroll_to(selected_line, inner.height as usize);
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
}

/// The first line to show so that `line` is visible in `height` lines, with one line of
/// what follows it when there is room.
fn scroll_to(line: usize, height: usize) -> u16 {
    u16::try_from((line + 2).saturating_sub(height)).unwrap_or(u16::MAX)
}

fn item_pane(frame: &mut Frame, area: Rect, app: &App, facts: &Facts<'_>, theme: &Theme) {
    let meeting = &app.meeting;
    let (title, heading) = match app.current.and_then(|i| meeting.agenda.get(i)) {
        Some(item) => {
            let minute = meeting
                .minute_number(&item.id)
                .map(|n| format!("Minute {n}"))
                .unwrap_or_default();
            let number = item
                .number
                .as_deref()
                .map(|n| format!(" · item {n}"))
                .unwrap_or_default();
            let part = if facts.private(app.current) {
                " · Part 2"
            } else {
                ""
            };
            (format!("{minute}{number}{part}"), item.title.clone())
        }
        None => (
            "Opening".to_string(),
            "Attendance and anything before the first item".to_string(),
        ),
    };
    let block = pane(&title, theme, app.records_focus);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut text = Text::default();
    text.lines
        .push(Line::from(Span::styled(heading, theme.heading)));
    // Exempt business must not start with the public in the room.
    let printed_private = app
        .current
        .and_then(|i| meeting.agenda.get(i))
        .is_some_and(|item| item.part == Part::Two);
    if printed_private && !meeting.public_excluded() {
        let key = app
            .keymap
            .key_for(Layer::Live, super::action::Action::ExcludePublic)
            .map(|k| k.label())
            .unwrap_or_else(|| "x".into());
        text.lines.push(Line::from(Span::styled(
            format!("! Part 2, but the public is not excluded ({key})"),
            theme.warning,
        )));
    }
    text.lines.push(Line::default());
    let records = app.item_records();
    if records.is_empty() {
        text.lines
            .push(Line::from(Span::styled("Nothing recorded yet.", theme.dim)));
    }
    let mut selected_line = 0;
    for (position, &index) in records.iter().enumerate() {
        let record = &meeting.records[index];
        let selected = app.records_focus && position == app.selected;
        if selected {
            selected_line = text.lines.len();
        }
        let style = if selected { theme.selected } else { theme.text };
        text.lines.push(Line::from(vec![
            Span::styled(
                format!("{} ", describe::time(record)),
                if selected { style } else { theme.dim },
            ),
            Span::styled(describe::record(meeting, record), style),
        ]));
    }
    // Keep the end of the log in view while recording, and the selection while choosing.
    let width = inner.width.max(1) as usize;
    let wrapped: usize = text
        .lines
        .iter()
        .map(|line| line.width().max(1).div_ceil(width))
        .sum();
    let height = inner.height as usize;
    let scroll = if app.records_focus {
        selected_line.saturating_sub(height / 2)
    } else {
        wrapped.saturating_sub(height)
    };
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        inner,
    );
}

/// The symbol and style that show a person's attendance without relying on colour.
fn attendance_mark(standing: &Standing, theme: &Theme) -> (&'static str, Style) {
    match (&standing.attendance, standing.in_room) {
        (Attendance::Present | Attendance::Substitute { .. }, true) => ("●", theme.present),
        (Attendance::Present | Attendance::Substitute { .. }, false) => ("○", theme.away),
        (Attendance::Virtual, _) => ("◐", theme.present),
        (Attendance::Apologies, _) => ("✗", theme.absent),
        (Attendance::Absent, _) => ("–", theme.absent),
        (Attendance::NotRecorded, _) => ("·", theme.dim),
    }
}

fn roster_pane(frame: &mut Frame, area: Rect, app: &App, facts: &Facts<'_>, theme: &Theme) {
    let meeting = &app.meeting;
    let room = &facts.room;
    let in_room = room.voters_in_room().count();
    let title = format!("In the room {in_room}");
    let block = pane(&title, theme, false);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines: Vec<Line> = Vec::new();
    let mut officers = 0;
    for (person, standing) in room.everyone() {
        if matches!(person.kind, PersonKind::Officer | PersonKind::Other) {
            if standing.in_room || standing.attendance == Attendance::Virtual {
                officers += 1;
            }
            continue;
        }
        if person.kind == PersonKind::Councillor && standing.attendance == Attendance::NotRecorded {
            continue;
        }
        let (mark, style) = attendance_mark(standing, theme);
        let mut label = format!("{mark} {}", person.name);
        match person.office {
            Office::Chair => label.push_str(" (C)"),
            Office::ViceChair => label.push_str(" (VC)"),
            Office::Member => {}
        }
        if let Attendance::Substitute { for_member } = &standing.attendance {
            match for_member.as_deref().and_then(|id| meeting.person(id)) {
                Some(member) => label.push_str(&format!(" sub for {}", member.name)),
                None => label.push_str(" sub"),
            }
        }
        if standing.late {
            label.push_str(" late");
        }
        lines.push(Line::from(Span::styled(label, style)));
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        format!("Officers and others: {officers}"),
        theme.dim,
    )));
    lines.push(Line::from(Span::styled(
        "● in ○ out ◐ online ✗ apologies – absent",
        theme.dim,
    )));
    frame.render_widget(Paragraph::new(lines), inner);
}

fn status_bar(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    facts: &Facts<'_>,
    theme: &Theme,
    now: Option<NaiveTime>,
) {
    let meeting = &app.meeting;
    let mut spans = vec![Span::styled(
        format!(
            " {} ",
            now.map_or_else(|| "--:--".into(), |t| t.format("%H:%M").to_string())
        ),
        theme.status,
    )];
    let (commenced, concluded) = meeting.opening_and_closing();
    if let (Some(start), Some(now)) = (commenced, now) {
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
    if let Some(minute) = app
        .current_item_id()
        .and_then(|id| meeting.minute_number(&id))
    {
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
        SaveState::Saved if app.read_only.is_some() => (" read-only ".to_string(), theme.status),
        SaveState::Saved => (" ✓ saved ".to_string(), theme.saved),
        SaveState::Unsaved => (" • saving ".to_string(), theme.unsaved),
        SaveState::Failed(_) => (" ✗ NOT SAVED ".to_string(), theme.warning),
    };
    spans.push(Span::styled(saved, style));
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.status), area);
}

fn hint_bar(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    // A failed save matters more than anything else the line could say.
    let line = match (&app.save_state, &app.message) {
        (SaveState::Failed(why), _) => {
            Line::from(Span::styled(format!(" NOT SAVED: {why}"), theme.warning))
        }
        (_, Some(message)) => Line::from(Span::styled(format!(" {message}"), theme.accent)),
        _ => hints_line(app, app.layer(), theme),
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn hints_line<'a>(app: &App, layer: Layer, theme: &Theme) -> Line<'a> {
    let mut spans = Vec::new();
    for (key, description) in app.keymap.hints(layer) {
        spans.push(Span::styled(format!(" {key}"), theme.accent));
        spans.push(Span::styled(format!(" {description} "), theme.dim));
    }
    Line::from(spans)
}

/// A box centred in `area`, at most `width`×`height`.
fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width).max(10);
    let height = height.min(area.height).max(5);
    Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width: width.min(area.width),
        height: height.min(area.height),
    }
}

fn draw_modal(frame: &mut Frame, area: Rect, app: &App, modal: &Modal, theme: &Theme) {
    match modal {
        Modal::Help { scroll } => help(frame, area, app, *scroll, theme),
        Modal::Form(form, _) => form_box(frame, area, app, form, theme),
        Modal::Vote(vote) => vote_box(frame, area, app, vote, theme),
        Modal::Roll(roll) => roll_box(frame, area, app, roll, theme),
        Modal::GoTo { query, choice } => goto_box(frame, area, app, query, *choice, theme),
        Modal::Confirm(question) => confirm_box(frame, area, app, question, theme),
        Modal::Export { choice } => {
            let items: Vec<String> = super::app::EXPORTS
                .iter()
                .map(|(label, _, _)| label.to_string())
                .collect();
            list_box(
                frame,
                area,
                app,
                "Write the minutes as",
                None,
                &items,
                *choice,
                theme,
            );
        }
        Modal::Search { query, choice } => {
            let items: Vec<String> = app
                .search(query)
                .into_iter()
                .map(|(_, label)| label)
                .collect();
            list_box(
                frame,
                area,
                app,
                "Search everything recorded",
                Some(query),
                &items,
                *choice,
                theme,
            );
        }
        Modal::Problems { choice } => {
            let items: Vec<String> = crate::check::check(&app.meeting)
                .into_iter()
                .map(|problem| {
                    let place = match problem.place {
                        crate::check::Place::Record(i) => format!("record {}: ", i + 1),
                        _ => String::new(),
                    };
                    format!("{}: {place}{}", problem.severity, problem.message)
                })
                .collect();
            list_box(
                frame,
                area,
                app,
                "Problems (enter to go to one)",
                None,
                &items,
                *choice,
                theme,
            );
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn list_box(
    frame: &mut Frame,
    area: Rect,
    app: &App,
    title: &str,
    query: Option<&str>,
    items: &[String],
    choice: usize,
    theme: &Theme,
) {
    let rect = centred(area, 80, 18);
    frame.render_widget(Clear, rect);
    let block = modal_block(title.to_string(), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [typed, list, hints] = Layout::vertical([
        Constraint::Length(u16::from(query.is_some())),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    if let Some(query) = query {
        frame.render_widget(
            Paragraph::new(Span::styled(format!("Find: {query}▏"), theme.text)),
            typed,
        );
    }
    let lines: Vec<Line> = if items.is_empty() {
        vec![Line::from(Span::styled("Nothing found.", theme.dim))]
    } else {
        items
            .iter()
            .enumerate()
            .skip(choice.saturating_sub(list.height.saturating_sub(1) as usize))
            .take(list.height as usize)
            .map(|(i, label)| {
                let style = if i == choice {
                    theme.selected
                } else {
                    theme.text
                };
                Line::from(Span::styled(label.clone(), style))
            })
            .collect()
    };
    frame.render_widget(Paragraph::new(lines), list);
    frame.render_widget(Paragraph::new(hints_line(app, Layer::Picker, theme)), hints);
}

/// The minute of the current item as the draft minutes will print it, including what is being
/// typed into an open form.
fn preview_pane(frame: &mut Frame, area: Rect, app: &App, theme: &Theme) {
    let block = pane("Minutes preview", theme, false);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let pending = match &app.modal {
        Some(super::app::Modal::Form(form, _)) => match form.submit(&app.meeting) {
            Ok(super::forms::Submission::Record(record)) => Some((form.editing, record)),
            _ => None,
        },
        _ => None,
    };
    let options = crate::minutes::Options { confidential: true };
    let document = match (app.current, pending) {
        (Some(index), Some((editing, record))) => {
            let mut meeting = app.meeting.clone();
            match editing {
                Some(at) if at < meeting.records.len() => meeting.records[at] = record,
                _ => meeting.records.push(record),
            }
            crate::minutes::minute(&meeting, index, options)
        }
        (Some(index), None) => crate::minutes::minute(&app.meeting, index, options),
        (None, _) => {
            let mut whole = crate::minutes::minutes(&app.meeting, options);
            let first_minute = whole
                .blocks
                .iter()
                .position(|b| matches!(b, crate::minutes::Block::Minute { .. }))
                .unwrap_or(whole.blocks.len());
            whole.blocks.truncate(first_minute);
            whole
        }
    };
    let text = crate::minutes::text::write_to_width(&document, inner.width as usize);
    let lines: Vec<Line> = text
        .lines()
        .map(|line| Line::from(Span::styled(line.to_string(), theme.text)))
        .collect();
    // Like the record, the preview keeps the latest in view; the clerk scrolls back from it.
    let bottom = lines.len().saturating_sub(inner.height as usize);
    let top = bottom.saturating_sub(app.preview_scroll as usize);
    frame.render_widget(
        Paragraph::new(lines).scroll((u16::try_from(top).unwrap_or(u16::MAX), 0)),
        inner,
    );
}

fn modal_block<'a>(title: String, theme: &Theme) -> Block<'a> {
    Block::bordered()
        .border_style(theme.accent)
        .title(Span::styled(format!(" {title} "), theme.heading))
}

fn help(frame: &mut Frame, area: Rect, app: &App, scroll: usize, theme: &Theme) {
    let rect = centred(area, 72, area.height);
    frame.render_widget(Clear, rect);
    let block = modal_block("Keys".into(), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let mut lines = Vec::new();
    for &layer in Layer::ALL {
        lines.push(Line::from(Span::styled(layer.title(), theme.heading)));
        for binding in app.keymap.bindings(layer) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<12}", binding.key.label()), theme.accent),
                Span::styled(binding.action.description(), theme.text),
            ]));
        }
        lines.push(Line::default());
    }
    let scroll = scroll.min(lines.len().saturating_sub(inner.height as usize));
    frame.render_widget(
        Paragraph::new(lines).scroll((u16::try_from(scroll).unwrap_or(0), 0)),
        inner,
    );
}

fn form_box(frame: &mut Frame, area: Rect, app: &App, form: &Form, theme: &Theme) {
    let rect = centred(area, 76, area.height);
    frame.render_widget(Clear, rect);
    let block = modal_block(form.title.clone(), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let longest = form
        .fields
        .iter()
        .map(|f| f.label.chars().count())
        .max()
        .unwrap_or(0);
    let label_width = u16::try_from(longest + 4)
        .unwrap_or(22)
        .min(inner.width / 3);
    let mut y = inner.y;
    let bottom = inner.y + inner.height.saturating_sub(2);
    for (index, field) in form.fields.iter().enumerate() {
        if y >= bottom {
            break;
        }
        let focused = index == form.focus;
        let wanted: u16 = match &field.kind {
            FieldKind::Lines => 4,
            FieldKind::Person { .. } if focused => 4,
            _ => 1,
        };
        let height = wanted.min(bottom - y);
        let row = Rect {
            x: inner.x,
            y,
            width: inner.width,
            height,
        };
        let [label_area, value_area] =
            Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)]).areas(row);
        let label_style = if focused { theme.accent } else { theme.dim };
        let marker = if focused { "▸ " } else { "  " };
        // Leave a gap before the value, however narrow the form.
        let room = usize::from(label_area.width.saturating_sub(1));
        let label: String = format!("{marker}{}", field.label)
            .chars()
            .take(room)
            .collect();
        frame.render_widget(Paragraph::new(Span::styled(label, label_style)), label_area);
        match &field.kind {
            FieldKind::Choice(options) => {
                let chosen = options.get(field.choice).cloned().unwrap_or_default();
                let text = if focused {
                    format!("◀ {chosen} ▶")
                } else {
                    chosen
                };
                frame.render_widget(
                    Paragraph::new(Span::styled(
                        text,
                        if focused { theme.selected } else { theme.text },
                    )),
                    value_area,
                );
            }
            FieldKind::Person { .. } => {
                let [typed, list] =
                    Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(value_area);
                render_text(frame, typed, field, focused, theme);
                if focused {
                    let matches = field.matches();
                    let chosen = field.chosen_person();
                    let lines: Vec<Line> = matches
                        .iter()
                        .enumerate()
                        .skip(field.choice.saturating_sub(2))
                        .take(list.height as usize)
                        .map(|(i, c)| {
                            let is_chosen = i == field.choice && chosen.is_some();
                            let style = if is_chosen { theme.selected } else { theme.dim };
                            Line::from(Span::styled(
                                format!("{} {}", if is_chosen { "→" } else { " " }, c.label),
                                style,
                            ))
                        })
                        .collect();
                    frame.render_widget(Paragraph::new(lines), list);
                }
            }
            _ => render_text(frame, value_area, field, focused, theme),
        }
        y += height;
    }
    let [error_area, hint_area] = Layout::vertical([Constraint::Length(1), Constraint::Length(1)])
        .areas(Rect {
            x: inner.x,
            y: inner.y + inner.height.saturating_sub(2),
            width: inner.width,
            height: inner.height.min(2),
        });
    if let Some(error) = &form.error {
        frame.render_widget(
            Paragraph::new(Span::styled(error.clone(), theme.warning)),
            error_area,
        );
    }
    frame.render_widget(
        Paragraph::new(hints_line(app, Layer::Form, theme)),
        hint_area,
    );
}

fn render_text(
    frame: &mut Frame,
    area: Rect,
    field: &super::forms::Field,
    focused: bool,
    theme: &Theme,
) {
    let mut text = field.text.clone();
    text.set_cursor_line_style(Style::default());
    text.set_style(theme.text);
    if focused {
        text.set_cursor_style(Style::default().add_modifier(Modifier::REVERSED));
    } else {
        text.set_cursor_style(theme.text);
    }
    frame.render_widget(&text, area);
}

fn vote_box(frame: &mut Frame, area: Rect, app: &App, vote: &VoteForm, theme: &Theme) {
    let rect = centred(area, 76, area.height);
    frame.render_widget(Clear, rect);
    let title = match vote.item.as_deref().and_then(|id| app.meeting.item(id)) {
        Some(item) => format!("Vote · {}", item.label()),
        None => "Vote".into(),
    };
    let block = modal_block(title, theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let focus_style = |focus: VoteFocus| {
        if vote.focus == focus {
            theme.selected
        } else {
            theme.text
        }
    };
    let mut lines = Vec::new();
    let on = match vote.motion.checked_sub(1).and_then(|i| vote.motions.get(i)) {
        Some((id, text)) => format!("[{id}] {text}"),
        None => "the recommendations".to_string(),
    };
    lines.push(Line::from(vec![
        Span::styled("On: ", theme.dim),
        Span::styled(on, focus_style(VoteFocus::Motion)),
    ]));
    let mode = |m: VoteMode, label: &'static str| {
        let style = if vote.mode == m {
            theme.selected
        } else {
            theme.dim
        };
        Span::styled(format!(" {label} "), style)
    };
    lines.push(Line::from(vec![
        Span::styled("How: ", theme.dim),
        mode(VoteMode::Unanimous, "u unanimous"),
        mode(VoteMode::ShowOfHands, "h show of hands"),
        mode(VoteMode::Recorded, "r recorded vote"),
    ]));
    let names: Vec<&str> = vote.eligible.iter().map(|(_, n)| n.as_str()).collect();
    lines.push(Line::from(Span::styled(
        format!("May vote ({}): {}", names.len(), names.join(", ")),
        theme.dim,
    )));
    lines.push(Line::default());
    match vote.mode {
        VoteMode::Unanimous => lines.push(Line::from("Carried unanimously.")),
        VoteMode::ShowOfHands => {
            for (label, focus, index) in [
                ("For", VoteFocus::InFavour, 0),
                ("Against", VoteFocus::Against, 1),
                ("Abstaining", VoteFocus::Abstentions, 2),
            ] {
                let figure = if vote.figures[index].is_empty() {
                    "_".to_string()
                } else {
                    vote.figures[index].clone()
                };
                lines.push(Line::from(vec![
                    Span::styled(format!("{label:<12}"), theme.dim),
                    Span::styled(figure, focus_style(focus)),
                ]));
            }
        }
        VoteMode::Recorded => {
            for (index, ((_, name), way)) in vote.eligible.iter().zip(&vote.ways).enumerate() {
                let mark = match way {
                    Some(Way::For) => "[for]    ",
                    Some(Way::Against) => "[against]",
                    Some(Way::Abstain) => "[abstain]",
                    None => "[ ]      ",
                };
                let style = if vote.focus == VoteFocus::Members && index == vote.cursor {
                    theme.selected
                } else {
                    theme.text
                };
                lines.push(Line::from(Span::styled(format!("{mark} {name}"), style)));
            }
        }
    }
    if let Some((f, a, s)) = vote.tally() {
        lines.push(Line::from(Span::styled(
            format!(
                "Counted: {f} for, {a} against, {s} abstaining of {} who may vote",
                vote.eligible.len()
            ),
            theme.dim,
        )));
    }
    if vote.needs_casting_vote() {
        let casting = match vote.casting {
            Some(Side::For) => "for",
            Some(Side::Against) => "against",
            None => "not yet given",
        };
        lines.push(Line::from(Span::styled(
            format!("The votes are equal. Chair's casting vote (F for, A against): {casting}"),
            theme.warning,
        )));
    }
    if let Some(error) = &vote.error {
        lines.push(Line::from(Span::styled(error.clone(), theme.warning)));
    }
    let [body, hints] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let scroll = if vote.mode == VoteMode::Recorded {
        (vote.cursor + 5).saturating_sub(body.height as usize)
    } else {
        0
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(scroll).unwrap_or(0), 0)),
        body,
    );
    frame.render_widget(Paragraph::new(hints_line(app, Layer::Vote, theme)), hints);
}

fn roll_box(frame: &mut Frame, area: Rect, app: &App, roll: &RollCall, theme: &Theme) {
    let rect = centred(area, 70, area.height);
    frame.render_widget(Clear, rect);
    let block = modal_block("Attendance".into(), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [filter, list, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let filter_text = if roll.filtering {
        format!("Find: {}▏", roll.filter)
    } else if roll.filter.is_empty() {
        "Everyone the meeting knows (/ to find by name)".to_string()
    } else {
        format!("Found \"{}\" (/ to find again)", roll.filter)
    };
    frame.render_widget(Paragraph::new(Span::styled(filter_text, theme.dim)), filter);
    let room = app.meeting.room_now();
    let rows = roll.rows(&app.meeting);
    let skip = roll
        .cursor
        .saturating_sub(list.height.saturating_sub(1) as usize);
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(skip)
        .take(list.height as usize)
        .filter_map(|(index, id)| {
            let person = app.meeting.person(id)?;
            let standing = room.standing(id).cloned().unwrap_or_default();
            let (mark, style) = attendance_mark(&standing, theme);
            let status = match &standing.attendance {
                Attendance::NotRecorded => "",
                Attendance::Present if standing.in_room => "present",
                Attendance::Present => "out of the room",
                Attendance::Virtual => "attending virtually",
                Attendance::Apologies => "apologies",
                Attendance::Absent => "absent",
                Attendance::Substitute { .. } => "substitute",
            };
            let kind = match person.kind {
                PersonKind::Officer => " (officer)",
                PersonKind::Other => " (other)",
                _ => "",
            };
            let line = format!(
                "{mark} {:<30} {status}",
                format!("{}{kind}", person.titled_name())
            );
            let style = if index == roll.cursor {
                theme.selected
            } else {
                style
            };
            Some(Line::from(Span::styled(line, style)))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
    frame.render_widget(Paragraph::new(hints_line(app, Layer::Roll, theme)), hints);
}

fn goto_box(frame: &mut Frame, area: Rect, app: &App, query: &str, choice: usize, theme: &Theme) {
    let rect = centred(area, 70, 16);
    frame.render_widget(Clear, rect);
    let block = modal_block("Go to item".into(), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [typed, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    frame.render_widget(
        Paragraph::new(Span::styled(format!("Find: {query}▏"), theme.text)),
        typed,
    );
    let lines: Vec<Line> = app
        .goto_matches(query)
        .into_iter()
        .enumerate()
        .skip(choice.saturating_sub(list.height.saturating_sub(1) as usize))
        .take(list.height as usize)
        .map(|(i, (_, label))| {
            let style = if i == choice {
                theme.selected
            } else {
                theme.text
            };
            Line::from(Span::styled(label, style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
}

fn confirm_box(frame: &mut Frame, area: Rect, app: &App, question: &Question, theme: &Theme) {
    let text = match question {
        Question::Conclude { at } => format!(
            "Close the meeting{}?",
            at.map(|t| format!(" at {}", clock::format(t)))
                .unwrap_or_default()
        ),
        Question::RestoreRecovery(recovered) => format!(
            "When Minutebook last failed it kept a recovery copy of this meeting, with {} records (the file has {}). Restore it?",
            recovered.records.len(),
            app.meeting.records.len()
        ),
        Question::RestoreDraft(draft) => format!(
            "Text typed into an unfinished form ({:?}) was kept when Minutebook last stopped. Restore it?",
            draft.kind
        ),
    };
    let rect = centred(area, 60, 7);
    frame.render_widget(Clear, rect);
    let block = modal_block("Question".into(), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [body, hints] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), body);
    frame.render_widget(
        Paragraph::new(hints_line(app, Layer::Confirm, theme)),
        hints,
    );
}
