//! Going to an item by any part of its number or title, or to the opening or the close.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::Paragraph;

use crate::model::Meeting;
use crate::tui::action::Action;
use crate::tui::cursor::Finder;
use crate::tui::live::overlays::Scene;
use crate::tui::live::overlays::lists::{Typed, chosen_among, typed};
use crate::tui::live::overlays::{Desk, Outcome};
use crate::tui::live::picker::{Candidate, rank};
use crate::tui::theme::Theme;
use crate::tui::widgets::{centred, modal_block};

/// Going to an item by any part of its number or title.
#[derive(Debug, Clone, Default)]
pub struct GoTo {
    pub find: Finder,
}

/// Where the go-to list can take the clerk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    Opening,
    /// The item at this position in the agenda.
    Item(usize),
    Close,
}

// Handles no agenda item's id can be: the opening and the close are not items.
const OPENING: &str = "\u{0}opening";
const CLOSE: &str = "\u{0}close";

/// The places the go-to list offers for the query (the opening, each item by number or title,
/// the close), with their labels.
pub fn goto_matches(
    meeting: &Meeting,
    order: crate::model::BusinessOrder,
    query: &str,
) -> Vec<(Stop, String)> {
    // "5." or "(5)": an item's number as the agenda prints it, its stop or brackets left off.
    let bare = query
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(['.', ')']);
    let query = if !bare.is_empty() && bare.chars().all(char::is_alphanumeric) {
        bare
    } else {
        query
    };
    let minutes = meeting.minute_numbers_as(order);
    let mut candidates = vec![Candidate {
        id: OPENING.into(),
        label: "Opening: attendance and anything before the first item".into(),
        names: vec!["Opening".into(), "start".into()],
    }];
    candidates.extend(
        meeting
            .agenda
            .iter()
            .zip(minutes)
            .map(|(item, minute)| Candidate::item(item, Some(minute))),
    );
    candidates.push(Candidate {
        id: CLOSE.into(),
        label: "Close: the meeting concluded".into(),
        names: vec!["Close".into(), "end concluded".into()],
    });
    rank(&candidates, query)
        .into_iter()
        .filter_map(|c| {
            let place = match c.id.as_str() {
                OPENING => Stop::Opening,
                CLOSE => Stop::Close,
                id => Stop::Item(meeting.item_index(id)?),
            };
            Some((place, c.label.clone()))
        })
        .collect()
}

/// Where the clerk is, as the go-to list counts places.
pub fn goto_position(app_nav: &crate::tui::live::nav::Navigation, meeting: &Meeting) -> usize {
    match app_nav.current_index(meeting) {
        Some(index) => index + 1,
        None if app_nav.at_close => meeting.agenda.len() + 1,
        None => 0,
    }
}

impl GoTo {
    pub fn key(&mut self, event: KeyEvent, action: Option<Action>, desk: &mut Desk<'_>) -> Outcome {
        let meeting = desk.session.meeting();
        let order = desk.house.settings.order;
        let count = |query: &str| goto_matches(meeting, order, query).len();
        match typed(&mut self.find, count, event, action) {
            Typed::Chosen => {
                match goto_matches(meeting, order, &self.find.query).get(self.find.cursor.at) {
                    Some((Stop::Opening, _)) => desk.nav.go_to(meeting, None),
                    Some((Stop::Item(index), _)) => desk.nav.go_to(meeting, Some(*index)),
                    Some((Stop::Close, _)) => desk.nav.go_to_close(),
                    None => {}
                }
                Outcome::Close
            }
            Typed::Cancelled => Outcome::Close,
            Typed::Moved => Outcome::Stay,
        }
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, scene: &Scene<'_>, theme: &Theme) {
        let rect = centred(area, 70, 16);
        crate::tui::widgets::clear_modal(frame, rect);
        let block = modal_block("Go to".into(), theme);
        let inner = block.inner(rect);
        frame.render_widget(block, rect);
        let [typed, list] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!("Find: {}▏", self.find.query),
                theme.text,
            )),
            typed,
        );
        let labels = goto_matches(scene.meeting, scene.house.settings.order, &self.find.query)
            .into_iter()
            .map(|(_, label)| label);
        let lines = chosen_among(labels, self.find.cursor.at, list.height, theme);
        frame.render_widget(Paragraph::new(lines), list);
    }
}
