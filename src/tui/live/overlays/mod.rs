//! What sits over the live screen: a stack of overlays, each with its own keys and drawing
//! together. An overlay handles a key and says what should happen next; changes to the meeting
//! go through the session, and anything outside (a file to write, quitting) is an effect the
//! run loop carries out.

pub mod confirm;
pub mod form;
mod goto;
pub mod help;
pub mod lists;
pub mod people;
pub mod roll;
pub mod vote;

use chrono::NaiveTime;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use crate::model::Meeting;
use crate::session::Session;
use crate::tui::action::Action;
use crate::tui::keymap::{Keymap, Layer};
use crate::tui::live::effect::Effect;
use crate::tui::live::nav::Navigation;
use crate::tui::theme::Theme;

pub use confirm::Question;
pub use goto::{GoTo, goto_position};
pub use lists::{Export, Hit, Problems, Search, problems};

/// One overlay of the stack.
#[derive(Debug, Clone)]
pub enum Overlay {
    Help(help::Help),
    Form(Box<form::FormBox>),
    Vote(Box<crate::tui::live::overlays::vote::form::VoteForm>),
    Roll(crate::tui::live::overlays::roll::call::RollCall),
    People(people::People),
    GoTo(GoTo),
    Search(Search),
    Problems(Problems),
    Export(Export),
    Confirm(Question),
}

/// What an overlay is drawn with: the meeting as it stands and the keys, to look at only.
#[derive(Clone, Copy)]
pub struct Scene<'a> {
    pub meeting: &'a Meeting,
    pub keymap: &'a Keymap,
    /// The house style the minutes are written in.
    pub house: &'a crate::minutes::style::Style,
}

/// What an overlay reaches while it handles a key.
pub struct Desk<'a> {
    pub session: &'a mut Session,
    pub nav: &'a mut Navigation,
    pub keymap: &'a Keymap,
    pub now: Option<NaiveTime>,
    pub message: &'a mut Option<String>,
    /// The house style the minutes are written in.
    pub house: &'a crate::minutes::style::Style,
    /// The time the clerk has set the forms' clock to, when catching up from notes.
    pub clock: &'a mut Option<NaiveTime>,
}

/// What happens after an overlay has handled a key.
#[derive(Debug)]
pub enum Outcome {
    /// Keep the overlay as it now is.
    Stay,
    /// Close it, uncovering what is under it.
    Close,
    /// Put another overlay over it.
    Open(Overlay),
    /// Close it and put another in its place.
    Become(Overlay),
    /// Close it, and have the run loop carry out an effect.
    Done(Effect),
}

impl Overlay {
    /// The key table that applies while this overlay is on top.
    pub fn layer(&self) -> Layer {
        match self {
            Overlay::Help(_) => Layer::Help,
            Overlay::Form(_) => Layer::Form,
            Overlay::Vote(_) => Layer::Vote,
            Overlay::Roll(_) => Layer::Roll,
            Overlay::People(_) => Layer::People,
            Overlay::GoTo(_) | Overlay::Search(_) | Overlay::Problems(_) | Overlay::Export(_) => {
                Layer::Picker
            }
            Overlay::Confirm(_) => Layer::Confirm,
        }
    }

    pub fn key(&mut self, event: KeyEvent, action: Option<Action>, desk: &mut Desk<'_>) -> Outcome {
        match self {
            Overlay::Help(help) => help.key(action),
            Overlay::Form(form) => form.key(event, action, desk),
            Overlay::Vote(vote) => vote::key(vote, event, action, desk),
            Overlay::Roll(roll) => roll::key(roll, event, action, desk),
            Overlay::People(people) => people.key(event, action, desk),
            Overlay::GoTo(goto) => goto.key(event, action, desk),
            Overlay::Search(search) => search.key(event, action, desk),
            Overlay::Problems(problems) => problems.key(action, desk),
            Overlay::Export(export) => export.key(action),
            Overlay::Confirm(question) => confirm::key(question, action, desk),
        }
    }

    /// Text pasted while the overlay is on top: into what is being typed, never as keys.
    pub fn paste(&mut self, text: &str) {
        match self {
            Overlay::Form(form) => {
                if let Some(field) = form.form.focused_mut() {
                    field.paste(text);
                }
                form.form.error = None;
            }
            Overlay::Roll(roll) if roll.filtering => roll.find.paste(text),
            Overlay::People(people) if people.filtering => people.find.paste(text),
            Overlay::GoTo(GoTo { find }) | Overlay::Search(Search { find }) => find.paste(text),
            Overlay::Help(_)
            | Overlay::Vote(_)
            | Overlay::Roll(_)
            | Overlay::People(_)
            | Overlay::Problems(_)
            | Overlay::Export(_)
            | Overlay::Confirm(_) => {}
        }
    }

    /// Draws the overlay over `area`, the part of the screen it may cover.
    pub fn draw(&self, frame: &mut Frame, area: Rect, scene: &Scene<'_>, theme: &Theme) {
        match self {
            Overlay::Help(help) => help.draw(frame, area, scene, theme),
            Overlay::Form(form) => form.draw(frame, area, scene, theme),
            Overlay::Vote(vote) => vote::draw(frame, area, scene, vote, theme),
            Overlay::Roll(roll) => roll::draw(frame, area, scene, roll, theme),
            Overlay::People(people) => people.draw(frame, area, scene, theme),
            Overlay::GoTo(goto) => goto.draw(frame, area, scene, theme),
            Overlay::Search(search) => search.draw(frame, area, scene, theme),
            Overlay::Problems(problems) => problems.draw(frame, area, scene, theme),
            Overlay::Export(export) => export.draw(frame, area, scene, theme),
            Overlay::Confirm(question) => confirm::draw(frame, area, scene, question, theme),
        }
    }
}
