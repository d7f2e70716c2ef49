//! Lists chosen from over the screen: go to an item, search everything recorded, the
//! problems `check` finds, and the formats to write the minutes in. Typing narrows a list,
//! Up and Down choose, Enter goes.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::check::{self, Place};
use crate::minutes::Format;
use crate::minutes::style::Style;
use crate::model::{ItemId, Meeting, RecordId};
use crate::tui::action::Action;
use crate::tui::cursor::{Cursor, Finder};
use crate::tui::keymap::Layer;
use crate::tui::live::describe;
use crate::tui::live::effect::Effect;
use crate::tui::live::overlays::Scene;
use crate::tui::live::overlays::{Desk, Outcome};
use crate::tui::live::picker::Candidate;
use crate::tui::theme::Theme;
use crate::tui::widgets::{centred, hints_line_submitting, modal_block};

/// The ways the minutes can be written from the live screen: format, and whether confidential.
pub const EXPORTS: &[(&str, Format, bool)] = &[
    ("Markdown, public", Format::Markdown, false),
    ("Plain text, public", Format::Text, false),
    ("HTML, public", Format::Html, false),
    ("Word (DOCX), public", Format::Docx, false),
    (
        "Markdown, confidential (with Part 2)",
        Format::Markdown,
        true,
    ),
    ("Plain text, confidential (with Part 2)", Format::Text, true),
    ("HTML, confidential (with Part 2)", Format::Html, true),
    (
        "Word (DOCX), confidential (with Part 2)",
        Format::Docx,
        true,
    ),
];

/// Something a search found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hit {
    Item(ItemId),
    Record(RecordId),
}

/// What a key did to a list found by typing.
pub(super) enum Typed {
    Chosen,
    Cancelled,
    Moved,
}

/// Keys in a list found by typing: Up and Down choose, characters refine the query.
pub(super) fn typed(
    finder: &mut Finder,
    count: impl Fn(&str) -> usize,
    event: KeyEvent,
    action: Option<Action>,
) -> Typed {
    match action {
        Some(Action::Cancel) => return Typed::Cancelled,
        Some(Action::Submit) => return Typed::Chosen,
        Some(Action::ChoiceDown) => finder.cursor.step(true, count(&finder.query)),
        Some(Action::ChoiceUp) => finder.cursor.step(false, count(&finder.query)),
        _ => {
            finder.type_key(event);
        }
    }
    Typed::Moved
}

/// Searching everything recorded.
#[derive(Debug, Clone, Default)]
pub struct Search {
    pub find: Finder,
}

/// Everything recorded that contains the words: item titles and descriptions, and every
/// record as the screen shows it.
pub fn search(
    meeting: &Meeting,
    order: crate::model::BusinessOrder,
    query: &str,
) -> Vec<(Hit, String)> {
    let wanted = query.trim().to_lowercase();
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    let minutes = meeting.minute_numbers_as(order);
    let minute_of = |id: &str| meeting.item_index(id).and_then(|i| minutes.get(i).copied());
    for item in &meeting.agenda {
        if item.title.to_lowercase().contains(&wanted)
            || item
                .description
                .as_deref()
                .is_some_and(|d| d.to_lowercase().contains(&wanted))
        {
            hits.push((
                Hit::Item(item.id.clone()),
                Candidate::item(item, minute_of(&item.id)).label,
            ));
        }
    }
    for record in &meeting.records {
        let line = describe::record(meeting, record);
        if line.to_lowercase().contains(&wanted) {
            let minute = record
                .item
                .as_deref()
                .and_then(minute_of)
                .map_or_else(|| "opening".to_string(), |n| format!("minute {n}"));
            hits.push((Hit::Record(record.id), format!("{minute}: {line}")));
        }
    }
    hits
}

/// Goes to what a search or the problems list found.
fn go(hit: &Hit, desk: &mut Desk<'_>) {
    let meeting = desk.session.meeting();
    match hit {
        Hit::Item(id) => desk.nav.go_to(meeting, meeting.item_index(id)),
        Hit::Record(id) => desk.nav.show_record(desk.session, *id),
    }
}

impl Search {
    pub fn key(&mut self, event: KeyEvent, action: Option<Action>, desk: &mut Desk<'_>) -> Outcome {
        let meeting = desk.session.meeting();
        let order = desk.house.settings.order;
        let count = |query: &str| search(meeting, order, query).len();
        match typed(&mut self.find, count, event, action) {
            Typed::Chosen => {
                let found = search(meeting, order, &self.find.query);
                if let Some((hit, _)) = found.get(self.find.cursor.at).cloned() {
                    go(&hit, desk);
                }
                Outcome::Close
            }
            Typed::Cancelled => Outcome::Close,
            Typed::Moved => Outcome::Stay,
        }
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, scene: &Scene<'_>, theme: &Theme) {
        let items: Vec<String> =
            search(scene.meeting, scene.house.settings.order, &self.find.query)
                .into_iter()
                .map(|(_, label)| label)
                .collect();
        let title = "Search everything recorded";
        list_box(
            frame,
            area,
            scene,
            (title, Some(&self.find.query), "go to it"),
            &items,
            self.find.cursor.at,
            theme,
        );
    }
}

/// The problems `check` finds, to go to.
#[derive(Debug, Clone, Default)]
pub struct Problems {
    pub cursor: Cursor,
}

/// Each problem with what it is about, as something to go to: what `check` finds, and each
/// record the minutes in the house style would leave out.
pub fn problems(meeting: &Meeting, house: &Style) -> Vec<(Option<Hit>, String)> {
    check::check(meeting)
        .into_iter()
        .chain(crate::minutes::unprinted_warnings(meeting, house))
        .map(|problem| {
            let (hit, place) = match problem.place {
                Place::Record(i) => (
                    meeting.records.get(i).map(|r| Hit::Record(r.id)),
                    format!("{}: ", meeting.record_place(i)),
                ),
                Place::Item(i) => (
                    meeting.agenda.get(i).map(|item| Hit::Item(item.id.clone())),
                    String::new(),
                ),
                Place::Meeting | Place::Person(_) | Place::Signature => (None, String::new()),
            };
            (
                hit,
                format!("{}: {place}{}", problem.severity, problem.message),
            )
        })
        .collect()
}

impl Problems {
    pub fn key(&mut self, action: Option<Action>, desk: &mut Desk<'_>) -> Outcome {
        let found = problems(desk.session.meeting(), desk.house);
        match action {
            Some(Action::Cancel) => Outcome::Close,
            Some(Action::Submit) => {
                if let Some((Some(hit), _)) = found.get(self.cursor.at) {
                    go(hit, desk);
                }
                Outcome::Close
            }
            Some(Action::ChoiceDown) => {
                self.cursor.step(true, found.len());
                Outcome::Stay
            }
            Some(Action::ChoiceUp) => {
                self.cursor.step(false, found.len());
                Outcome::Stay
            }
            _ => Outcome::Stay,
        }
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, scene: &Scene<'_>, theme: &Theme) {
        let items: Vec<String> = problems(scene.meeting, scene.house)
            .into_iter()
            .map(|(_, line)| line)
            .collect();
        let title = "Problems";
        list_box(
            frame,
            area,
            scene,
            (title, None, "go to it"),
            &items,
            self.cursor.at,
            theme,
        );
    }
}

/// Choosing a format to write the minutes in.
#[derive(Debug, Clone, Default)]
pub struct Export {
    pub cursor: Cursor,
}

impl Export {
    pub fn key(&mut self, action: Option<Action>) -> Outcome {
        match action {
            Some(Action::Cancel) => Outcome::Close,
            Some(Action::Submit) => match EXPORTS.get(self.cursor.at) {
                Some((_, format, confidential)) => Outcome::Done(Effect::WriteMinutes {
                    format: *format,
                    confidential: *confidential,
                    replace: false,
                }),
                None => Outcome::Close,
            },
            Some(Action::ChoiceDown) => {
                self.cursor.step(true, EXPORTS.len());
                Outcome::Stay
            }
            Some(Action::ChoiceUp) => {
                self.cursor.step(false, EXPORTS.len());
                Outcome::Stay
            }
            _ => Outcome::Stay,
        }
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, scene: &Scene<'_>, theme: &Theme) {
        let items: Vec<String> = EXPORTS
            .iter()
            .map(|(label, _, _)| label.to_string())
            .collect();
        let title = "Write the minutes as";
        list_box(
            frame,
            area,
            scene,
            (title, None, "write them"),
            &items,
            self.cursor.at,
            theme,
        );
    }
}

/// A list box: its title, what was typed to find, what Enter does with the one chosen, and the
/// lines to choose from.
pub(super) fn list_box(
    frame: &mut Frame,
    area: Rect,
    scene: &Scene<'_>,
    (title, query, enter): (&str, Option<&str>, &'static str),
    items: &[String],
    choice: usize,
    theme: &Theme,
) {
    let rect = centred(area, 80, 18);
    crate::tui::widgets::clear_modal(frame, rect);
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
        chosen_among(items.iter().cloned(), choice, list.height, theme)
    };
    frame.render_widget(Paragraph::new(lines), list);
    frame.render_widget(
        Paragraph::new(hints_line_submitting(
            scene.keymap,
            Layer::Picker,
            enter,
            theme,
        )),
        hints,
    );
}

/// The lines of a list that fit in `height`, scrolled to keep the chosen one in sight and
/// marked as chosen.
pub(super) fn chosen_among(
    labels: impl Iterator<Item = String>,
    choice: usize,
    height: u16,
    theme: &Theme,
) -> Vec<Line<'static>> {
    labels
        .enumerate()
        .skip(choice.saturating_sub(height.saturating_sub(1) as usize))
        .take(height as usize)
        .map(|(i, label)| {
            let style = if i == choice {
                theme.selected
            } else {
                theme.text
            };
            Line::from(Span::styled(label, style))
        })
        .collect()
}
