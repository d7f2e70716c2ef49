//! A form over the screen: Tab between fields, Up and Down to choose, Ctrl-S to save, Esc to
//! cancel; and how it is drawn, each field with its label, a person field with its matches.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::minutes::style::{Style as HouseStyle, Voice};
use crate::model::kinds::View;
use crate::model::{Edit, Event, Meeting, Record};
use crate::tui::action::Action;
use crate::tui::keymap::Layer;
use crate::tui::live::describe;
use crate::tui::live::effect::Effect;
use crate::tui::live::forms::{Field, FieldKind, Form, FormKind, Submission};
use crate::tui::live::overlays::Scene;
use crate::tui::live::overlays::{Desk, Outcome, Overlay};
use crate::tui::theme::Theme;
use crate::tui::widgets::{centred, hints_line, modal_block};

/// A form being filled in over the screen.
#[derive(Debug, Clone)]
pub struct FormBox {
    pub form: Form,
}

impl FormBox {
    pub fn new(form: Form) -> FormBox {
        FormBox { form }
    }

    pub fn key(&mut self, event: KeyEvent, action: Option<Action>, desk: &mut Desk<'_>) -> Outcome {
        let form = &mut self.form;
        let chooses = form.focused().is_some_and(Field::chooses);
        let multiline = form.focused().is_some_and(Field::is_multiline);
        match action {
            Some(Action::Cancel) => {
                *desk.message = Some("Cancelled".into());
                return Outcome::Close;
            }
            Some(Action::Submit) => return self.submit(desk),
            Some(Action::NextField) => form.next_field(),
            Some(Action::PreviousField) => form.previous_field(),
            Some(Action::ChoiceDown) if chooses => {
                if let Some(field) = form.focused_mut() {
                    field.step(true);
                }
                form.choice_changed();
            }
            Some(Action::ChoiceUp) if chooses => {
                if let Some(field) = form.focused_mut() {
                    field.step(false);
                }
                form.choice_changed();
            }
            Some(Action::Help) => {
                return Outcome::Open(Overlay::Help(Default::default()));
            }
            _ if event.code == KeyCode::Enter && !multiline => {
                if form.on_last_field() || form.only_time_follows() {
                    return self.submit(desk);
                }
                form.next_field();
            }
            _ => {
                if let Some(field) = form.focused_mut() {
                    field.type_key(ratatui_textarea::Input::from(event));
                }
            }
        }
        form.error = None;
        Outcome::Stay
    }

    fn submit(&mut self, desk: &mut Desk<'_>) -> Outcome {
        let form = &mut self.form;
        let meeting = desk.session.meeting();
        let submission = match form.submit(meeting) {
            Ok(submission) => submission,
            Err(error) => {
                form.error = Some(error);
                return Outcome::Stay;
            }
        };
        let end = meeting.records.len();
        let (edits, line) = match submission {
            Submission::Record(record) => {
                let line = describe::record(meeting, &record);
                match form.editing {
                    Some(_) => (vec![Edit::ReplaceRecord(record)], line),
                    None => (vec![Edit::InsertRecord { at: end, record }], line),
                }
            }
            Submission::NewPerson(person, record) => {
                let line = format!("{} attending", person.titled_name());
                let at = meeting.people.len();
                (
                    vec![
                        Edit::InsertPerson { at, person },
                        Edit::InsertRecord { at: end, record },
                    ],
                    line,
                )
            }
            Submission::SaveAs(path) => return Outcome::Done(Effect::SaveAs(path)),
            Submission::SetClock(at) => {
                *desk.clock = at;
                *desk.message = Some(match at {
                    Some(at) => format!(
                        "Forms now take {} as the time, until the clock is set again (empty for the real time)",
                        crate::model::clock::format(at)
                    ),
                    None => "Forms take the real time again".into(),
                });
                return Outcome::Close;
            }
            Submission::Signature(signature) => {
                let line = format!("to be signed by {}", signature.capacity);
                (vec![Edit::Sign(Some(signature))], line)
            }
            Submission::Change { edits, said } => (edits, said),
        };
        let added_item = edits.iter().find_map(|edit| {
            if let Edit::InsertItem { item, .. } = edit {
                return Some(item.id.clone());
            }
            None
        });
        let concluded = edits.iter().any(|edit| {
            matches!(edit, Edit::InsertRecord { record, .. } if record.event == Event::Concluded)
        });
        let appointment = match edits.as_slice() {
            [Edit::InsertRecord { record, .. }] if form.editing.is_none() => {
                appointment_resolution(meeting, record, desk.house)
            }
            _ => None,
        };
        if let Err(refusal) = desk.session.apply(edits) {
            // Keep the form and what was typed in it, with the reason.
            form.error = Some(refusal.to_string());
            return Outcome::Stay;
        }
        let done = match form.kind {
            FormKind::Arising => "Reported",
            _ if form.editing.is_some() || form.target.is_some() => "Corrected",
            FormKind::Record(_) | FormKind::AddPerson => "Recorded",
            FormKind::Item => "Added",
            FormKind::Sign
            | FormKind::Time
            | FormKind::SaveAs
            | FormKind::Clock
            | FormKind::Details
            | FormKind::Withdraw
            | FormKind::Person => "Saved",
        };
        *desk.message = Some(format!("{done}: {line}"));
        let meeting = desk.session.meeting();
        if let Some(id) = added_item {
            desk.nav.go_to(meeting, meeting.item_index(&id));
        }
        // The conclusion is shown where the minutes print it: after the last item.
        if concluded {
            desk.nav.go_to_close();
        }
        // An appointment is made by a resolution: offer it, worded, to record next.
        if let Some(text) = appointment
            && let Some(resolution) =
                Form::worded_resolution(meeting, desk.nav.current.clone(), desk.now, &text)
        {
            return Outcome::Become(Overlay::Form(Box::new(FormBox::new(resolution))));
        }
        Outcome::Close
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, scene: &Scene<'_>, theme: &Theme) {
        let form = &self.form;
        // As tall as its fields, the field's help, a refusal and the keys need, so that a
        // refusal is read where the eye is rather than at the foot of the screen.
        let fields: u16 = form
            .fields
            .iter()
            .enumerate()
            .map(|(index, field)| match &field.kind {
                FieldKind::Lines => 4,
                FieldKind::Person { .. } if index == form.focus => 4,
                _ => 1,
            })
            .sum();
        let rect = centred(area, 76, fields.saturating_add(6).min(area.height));
        crate::tui::widgets::clear_modal(frame, rect);
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
        let bottom = inner.y + inner.height.saturating_sub(4);
        for (index, field) in form.fields.iter().enumerate() {
            if y >= bottom {
                break;
            }
            let focused = index == form.focus;
            let wanted: u16 = match &field.kind {
                FieldKind::Lines => 4,
                FieldKind::Person { .. } if focused => 4,
                FieldKind::Person { .. }
                | FieldKind::Text
                | FieldKind::Time
                | FieldKind::Choice(_) => 1,
            };
            let height = wanted.min(bottom - y);
            let row = Rect {
                x: inner.x,
                y,
                width: inner.width,
                height,
            };
            let [label_area, value_area] =
                Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)])
                    .areas(row);
            let label_style = if focused { theme.accent } else { theme.dim };
            let marker = if focused { "▸ " } else { "  " };
            // Leave a gap before the value, however narrow the form.
            let room = usize::from(label_area.width.saturating_sub(1));
            let label: String = format!("{marker}{}", field.label)
                .chars()
                .take(room)
                .collect();
            frame.render_widget(Paragraph::new(Span::styled(label, label_style)), label_area);
            draw_value(frame, value_area, field, focused, theme);
            y += height;
        }
        // A refusal just under the fields; the hint for the field may take two lines, so that
        // none is cut on a narrow screen.
        let [error_area, help_area, hint_area] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(2),
            Constraint::Length(1),
        ])
        .areas(Rect {
            x: inner.x,
            y: inner.y + inner.height.saturating_sub(4),
            width: inner.width,
            height: inner.height.min(4),
        });
        if let Some(help) = form
            .fields
            .get(form.focus)
            .map(|f| f.help)
            .filter(|h| !h.is_empty())
        {
            frame.render_widget(
                Paragraph::new(Span::styled(help, theme.dim))
                    .wrap(ratatui::widgets::Wrap { trim: true }),
                Rect {
                    x: help_area.x + 2,
                    width: help_area.width.saturating_sub(2),
                    ..help_area
                },
            );
        }
        if let Some(error) = &form.error {
            frame.render_widget(
                Paragraph::new(Span::styled(error.clone(), theme.warning)),
                error_area,
            );
        }
        frame.render_widget(
            Paragraph::new(hints_line(scene.keymap, Layer::Form, theme)),
            hint_area,
        );
    }
}

/// The resolution that makes an appointment, in the house style, when the record is one.
fn appointment_resolution(
    meeting: &Meeting,
    record: &Record,
    house: &HouseStyle,
) -> Option<String> {
    match record.event.view() {
        View::Appointment(appointment) => {
            Some(Voice::new(meeting, house).say(&appointment.resolution(meeting)))
        }
        _ => None,
    }
}

fn draw_value(frame: &mut Frame, area: Rect, field: &Field, focused: bool, theme: &Theme) {
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
                area,
            );
        }
        FieldKind::Person { .. } => {
            let [typed, list] =
                Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
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
        FieldKind::Text | FieldKind::Time => render_line(frame, area, field, focused, theme),
        FieldKind::Lines => render_text(frame, area, field, focused, theme),
    }
}

/// A one-line field. Text longer than the field shows where it goes on: left alone, its start
/// and "…"; being typed in, "…" before the part in view.
fn render_line(frame: &mut Frame, area: Rect, field: &Field, focused: bool, theme: &Theme) {
    let value = field.value();
    let width = usize::from(area.width);
    if value.chars().count() < width || width < 4 {
        return render_text(frame, area, field, focused, theme);
    }
    if !focused {
        let start: String = value.chars().take(width - 1).collect();
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(start, theme.text),
                Span::styled("…", theme.dim),
            ])),
            area,
        );
        return;
    }
    let [mark, rest] = Layout::horizontal([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    frame.render_widget(Paragraph::new(Span::styled("…", theme.dim)), mark);
    render_text(frame, rest, field, focused, theme);
}

fn render_text(frame: &mut Frame, area: Rect, field: &Field, focused: bool, theme: &Theme) {
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
