//! The attendance list over the screen: everyone the meeting knows, marked present, apologies,
//! absent, virtual, substitute or late with one key each, found by name with `/`.

pub mod call;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::model::{Attendance, Edit, Event, EventKind, PersonKind, Record};
use crate::tui::action::Action;
use crate::tui::keymap::Layer;
use crate::tui::live::describe;
use crate::tui::live::forms::{Form, FormKind, typed_time};
use crate::tui::live::overlays::Scene;
use crate::tui::live::overlays::form::FormBox;
use crate::tui::live::overlays::roll::call::RollCall;
use crate::tui::live::overlays::{Desk, Outcome, Overlay};
use crate::tui::theme::Theme;
use crate::tui::widgets::attendance_mark;
use crate::tui::widgets::{centred, hints_line, modal_block};

pub fn key(
    roll: &mut RollCall,
    event: KeyEvent,
    action: Option<Action>,
    desk: &mut Desk<'_>,
) -> Outcome {
    if roll.filtering {
        if matches!(
            event.code,
            KeyCode::Enter | KeyCode::Esc | KeyCode::Down | KeyCode::Up
        ) {
            roll.filtering = false;
        } else {
            roll.find.type_key(event);
        }
        return Outcome::Stay;
    }
    // Digits type the roll's one time; Backspace clears it.
    match event.code {
        KeyCode::Char(c @ ('0'..='9' | '.' | ':')) => {
            roll.type_time(Some(c));
            return Outcome::Stay;
        }
        KeyCode::Backspace => {
            roll.type_time(None);
            return Outcome::Stay;
        }
        _ => {}
    }
    let at = match typed_time(&roll.time) {
        Ok(at) => at,
        Err(error) => {
            *desk.message = Some(format!("Time: {error}"));
            return Outcome::Stay;
        }
    };
    let meeting = desk.session.meeting();
    let person = roll.selected(meeting);
    let event = match (action, person) {
        (Some(Action::Back), _) => return Outcome::Close,
        (Some(Action::Help), _) => return Outcome::Open(Overlay::Help(Default::default())),
        (Some(Action::ChoiceDown), _) => {
            roll.step(meeting, true);
            return Outcome::Stay;
        }
        (Some(Action::ChoiceUp), _) => {
            roll.step(meeting, false);
            return Outcome::Stay;
        }
        (Some(Action::Filter), _) => {
            roll.filtering = true;
            roll.find.clear();
            return Outcome::Stay;
        }
        (Some(Action::Undo), _) => {
            *desk.message = Some(match desk.session.undo() {
                Ok(()) => "Undone".into(),
                Err(refusal) => refusal.to_string(),
            });
            return Outcome::Stay;
        }
        (Some(Action::MarkPresent), Some(person)) => Event::Present { person },
        (Some(Action::MarkApologies), Some(person)) => Event::Apologies {
            person,
            reason: None,
        },
        (Some(Action::MarkAbsent), Some(person)) => Event::Absent { person },
        (Some(Action::MarkVirtual), Some(person)) => Event::AttendingVirtually { person },
        (Some(Action::MarkLate), Some(person)) => Event::ArrivedLate { person },
        (Some(Action::MarkSubstitute), Some(person)) => {
            return substitute(roll, person, at, desk);
        }
        _ => return Outcome::Stay,
    };
    // A late arrival is timed when it happens, unless the clerk has typed the roll's time.
    let at = if matches!(event, Event::ArrivedLate { .. }) && !roll.time_typed {
        desk.now
    } else {
        at
    };
    let record = Record::new(at, desk.nav.current.clone(), event);
    let line = describe::record(meeting, &record);
    // A second mark for someone already marked in the roll corrects the first.
    let edit = match marked_in_roll(meeting, &record) {
        Some(earlier) => Edit::ReplaceRecord(Record {
            id: earlier.id,
            item: earlier.item.clone(),
            ..record
        }),
        None => Edit::InsertRecord {
            at: meeting.records.len(),
            record,
        },
    };
    match desk.session.apply(vec![edit]) {
        Ok(()) => {
            *desk.message = Some(format!("Recorded: {line}"));
            roll.step(desk.session.meeting(), true);
        }
        Err(refusal) => *desk.message = Some(refusal.to_string()),
    }
    Outcome::Stay
}

/// The substitute's form for the person chosen, when they may substitute: who they substitute
/// for is asked there.
fn substitute(
    roll: &mut RollCall,
    person: crate::model::PersonId,
    at: Option<chrono::NaiveTime>,
    desk: &mut Desk<'_>,
) -> Outcome {
    let meeting = desk.session.meeting();
    if let Some(who) = meeting
        .person(&person)
        .filter(|p| !crate::model::kinds::attendance::can_substitute(meeting, &p.id))
    {
        *desk.message = Some(format!(
            "An officer cannot substitute for a member; {} is an officer",
            who.titled_name()
        ));
        return Outcome::Stay;
    }
    if let Some(reason) = desk.session.read_only() {
        *desk.message = Some(format!("Read-only: {reason}"));
        return Outcome::Stay;
    }
    let form = Form::blank(
        FormKind::Record(EventKind::Substitute),
        meeting,
        desk.nav.current.clone(),
        at,
        Some(person),
    );
    match form {
        Some(form) => {
            // Back from the substitute's form, the roll is on the next person, as
            // after any other mark.
            roll.step(meeting, true);
            Outcome::Open(Overlay::Form(Box::new(FormBox::new(form))))
        }
        None => Outcome::Stay,
    }
}

/// The person's mark from the roll call (present, apologies, absent, attending virtually),
/// which a new mark corrects; a late arrival is a record of its own.
fn marked_in_roll<'m>(meeting: &'m crate::model::Meeting, record: &Record) -> Option<&'m Record> {
    let is_mark = |event: &Event| {
        matches!(
            event,
            Event::Present { .. }
                | Event::Apologies { .. }
                | Event::Absent { .. }
                | Event::AttendingVirtually { .. }
        )
    };
    if !is_mark(&record.event) {
        return None;
    }
    let person = record.event.person()?;
    meeting
        .records
        .iter()
        .rev()
        .find(|r| is_mark(&r.event) && r.event.person() == Some(person))
}

pub fn draw(frame: &mut Frame, area: Rect, scene: &Scene<'_>, roll: &RollCall, theme: &Theme) {
    let rect = centred(area, 70, area.height);
    crate::tui::widgets::clear_modal(frame, rect);
    let block = modal_block("Attendance".into(), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [filter, list, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let time = if roll.time.is_empty() {
        "no time".to_string()
    } else {
        roll.time.clone()
    };
    let filter_text = if roll.filtering {
        format!("Find: {}▏", roll.find.query)
    } else if roll.find.query.is_empty() {
        format!("Everyone (/ finds by name) · marked at {time} (type a time to change)")
    } else {
        format!(
            "Found \"{}\" (/ to find again) · marked at {time}",
            roll.find.query
        )
    };
    frame.render_widget(Paragraph::new(Span::styled(filter_text, theme.dim)), filter);
    let room = scene.meeting.room_now();
    let rows = roll.rows(scene.meeting);
    let skip = roll
        .find
        .cursor
        .at
        .saturating_sub(list.height.saturating_sub(1) as usize);
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(skip)
        .take(list.height as usize)
        .filter_map(|(index, id)| {
            let person = scene.meeting.person(id)?;
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
            // The cursor is a mark as well as a colour.
            let cursor = if index == roll.find.cursor.at {
                "▸"
            } else {
                " "
            };
            let line = format!(
                "{cursor}{mark} {:<30} {status}",
                format!("{}{kind}", person.titled_name())
            );
            let style = if index == roll.find.cursor.at {
                theme.selected
            } else {
                style
            };
            Some(Line::from(Span::styled(line, style)))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
    frame.render_widget(
        Paragraph::new(hints_line(scene.keymap, Layer::Roll, theme)),
        hints,
    );
}
