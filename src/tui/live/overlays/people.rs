//! Everyone the meeting knows, over the screen: members, substitutes, officers and guests,
//! added, corrected or removed, and a member made Chair or Vice-Chair. Removing someone named
//! in the record is refused, with how many records name them.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::model::{Edit, Kind, Meeting, Office, PersonId, PersonKind};
use crate::tui::action::Action;
use crate::tui::cursor::Finder;
use crate::tui::keymap::Layer;
use crate::tui::live::forms::people::holds_office;
use crate::tui::live::forms::{Form, FormKind};
use crate::tui::live::overlays::Scene;
use crate::tui::live::overlays::form::FormBox;
use crate::tui::live::overlays::{Desk, Outcome, Overlay};
use crate::tui::live::picker::{Candidate, rank};
use crate::tui::theme::Theme;
use crate::tui::widgets::{centred, hints_line, modal_block};

#[derive(Debug, Clone, Default)]
pub struct People {
    /// The name typed to find someone, and who is chosen.
    pub find: Finder,
    pub filtering: bool,
}

impl People {
    /// The people listed, in the file's order, after the filter.
    fn rows(&self, meeting: &Meeting) -> Vec<PersonId> {
        let candidates: Vec<Candidate> = meeting.people.iter().map(Candidate::person).collect();
        rank(&candidates, &self.find.query)
            .into_iter()
            .map(|c| PersonId::from(c.id.as_str()))
            .collect()
    }

    fn selected(&self, meeting: &Meeting) -> Option<PersonId> {
        self.rows(meeting).get(self.find.cursor.at).cloned()
    }

    pub fn key(&mut self, event: KeyEvent, action: Option<Action>, desk: &mut Desk<'_>) -> Outcome {
        if self.filtering {
            if matches!(
                event.code,
                KeyCode::Enter | KeyCode::Esc | KeyCode::Down | KeyCode::Up
            ) {
                self.filtering = false;
            } else {
                self.find.type_key(event);
            }
            return Outcome::Stay;
        }
        let meeting = desk.session.meeting();
        let count = self.rows(meeting).len();
        let chosen = self.selected(meeting);
        let open = |form: Option<Form>| match form {
            Some(form) => Outcome::Open(Overlay::Form(Box::new(FormBox::new(form)))),
            None => Outcome::Stay,
        };
        match (action, chosen) {
            (Some(Action::Back), _) => Outcome::Close,
            (Some(Action::Help), _) => Outcome::Open(Overlay::Help(Default::default())),
            (Some(Action::ChoiceDown), _) => {
                self.find.cursor.step(true, count);
                Outcome::Stay
            }
            (Some(Action::ChoiceUp), _) => {
                self.find.cursor.step(false, count);
                Outcome::Stay
            }
            (Some(Action::Filter), _) => {
                self.filtering = true;
                self.find.clear();
                Outcome::Stay
            }
            (Some(Action::AddToMeeting), _) => {
                open(Form::blank(FormKind::Person, meeting, None, None, None))
            }
            (Some(Action::CorrectPerson), Some(id)) => open(Form::for_person(meeting, &id)),
            (Some(Action::RemovePerson), Some(id)) => {
                remove(&id, desk);
                self.find.cursor.clamp(count.saturating_sub(1));
                Outcome::Stay
            }
            (Some(Action::MakeChair), Some(id)) => {
                make(&id, Office::Chair, desk);
                Outcome::Stay
            }
            (Some(Action::MakeViceChair), Some(id)) => {
                make(&id, Office::ViceChair, desk);
                Outcome::Stay
            }
            _ => Outcome::Stay,
        }
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, scene: &Scene<'_>, theme: &Theme) {
        let rect = centred(area, 76, area.height);
        crate::tui::widgets::clear_modal(frame, rect);
        let block = modal_block("Everyone the meeting knows".into(), theme);
        let inner = block.inner(rect);
        frame.render_widget(block, rect);
        let [filter, list, hints] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        let filter_text = if self.filtering {
            format!("Find: {}▏", self.find.query)
        } else if self.find.query.is_empty() {
            "Members, councillors, officers and guests (/ to find by name)".to_string()
        } else {
            format!("Found \"{}\" (/ to find again)", self.find.query)
        };
        frame.render_widget(Paragraph::new(Span::styled(filter_text, theme.dim)), filter);
        let meeting = scene.meeting;
        let rows = self.rows(meeting);
        let skip = self
            .find
            .cursor
            .at
            .saturating_sub(list.height.saturating_sub(1) as usize);
        let title = meeting.body.chair_title;
        let lines: Vec<Line> = rows
            .iter()
            .enumerate()
            .skip(skip)
            .take(list.height as usize)
            .filter_map(|(index, id)| {
                let person = meeting.person(id)?;
                let kind = match (person.kind, person.office) {
                    (PersonKind::Member, Office::Chair) => format!("member, {}", title.chair()),
                    (PersonKind::Member, Office::ViceChair) => {
                        format!("member, {}", title.vice_chair())
                    }
                    (PersonKind::Member, Office::Member) => "member".into(),
                    (PersonKind::Councillor, _) => "councillor".into(),
                    (PersonKind::Officer, _) => "officer".into(),
                    (PersonKind::Other, _) => "other".into(),
                };
                let detail = person
                    .role
                    .as_ref()
                    .or(person.organisation.as_ref())
                    .map(|d| format!(", {d}"))
                    .unwrap_or_default();
                let marker = if index == self.find.cursor.at {
                    "▶"
                } else {
                    " "
                };
                let style = if index == self.find.cursor.at {
                    theme.selected
                } else {
                    theme.text
                };
                Some(Line::from(Span::styled(
                    format!("{marker} {:<34} {kind}{detail}", person.titled_name()),
                    style,
                )))
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), list);
        frame.render_widget(
            Paragraph::new(hints_line(scene.keymap, Layer::People, theme)),
            hints,
        );
    }
}

/// Removes someone the record does not name; says how many records do, when some do.
fn remove(id: &PersonId, desk: &mut Desk<'_>) {
    let meeting = desk.session.meeting();
    let Some(person) = meeting.person(id) else {
        return;
    };
    let name = person.titled_name();
    let named = meeting
        .records
        .iter()
        .filter(|r| r.event.view().people().contains(&id))
        .count()
        + usize::from(meeting.signature.as_ref().is_some_and(|s| s.person == *id));
    if named > 0 {
        let records = if named == 1 {
            "1 record names them".to_string()
        } else {
            format!("{named} records name them")
        };
        *desk.message = Some(format!(
            "{name} was not removed: {records}; delete those first"
        ));
        return;
    }
    *desk.message = Some(
        match desk.session.apply(vec![Edit::RemovePerson(id.clone())]) {
            Ok(()) => format!("Removed {name} (u to undo)"),
            Err(refusal) => refusal.to_string(),
        },
    );
}

/// Makes a member the body's Chair or Vice-Chair, as the file lists them.
fn make(id: &PersonId, office: Office, desk: &mut Desk<'_>) {
    let meeting = desk.session.meeting();
    let Some(person) = meeting.person(id) else {
        return;
    };
    if person.kind != PersonKind::Member {
        *desk.message = Some(format!(
            "{} is not a member of the body; only a member can be its Chair or Vice-Chair",
            person.titled_name()
        ));
        return;
    }
    let mut changed = person.clone();
    changed.office = office;
    let name = changed.titled_name();
    let word = match office {
        Office::Chair => meeting.body.chair_title.chair(),
        Office::ViceChair | Office::Member => meeting.body.chair_title.vice_chair(),
    };
    let mut edits = holds_office(meeting, id, office);
    edits.push(Edit::ReplacePerson(changed));
    *desk.message = Some(match desk.session.apply(edits) {
        Ok(()) => format!("{name} is now {word}"),
        Err(refusal) => refusal.to_string(),
    });
}
