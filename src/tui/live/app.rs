//! The live screen's state: the session (the meeting and its history), where the clerk is,
//! and the overlays over the screen. Keys come in with the clock's time; what must happen
//! outside (a file written, quitting) goes back to the run loop as an [`Effect`]. No terminal,
//! no disk, no clock.

use std::path::PathBuf;

use chrono::NaiveTime;
use ratatui::crossterm::event::KeyEvent;

use crate::model::{ItemId, Meeting, Record, RecordId};
use crate::session::Session;
use crate::tui::action::Action;
use crate::tui::keymap::{Key, Keymap, Layer};
pub use crate::tui::live::effect::Effect;
use crate::tui::live::forms::Draft;
use crate::tui::live::house::House;
use crate::tui::live::nav::Navigation;
use crate::tui::live::overlays::{Desk, Outcome, Overlay, Question, Scene};

/// Whether the meeting on disk matches the meeting on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    /// The last save failed; the work is kept in memory.
    Failed(String),
}

pub struct App {
    pub session: Session,
    pub keymap: Keymap,
    pub nav: Navigation,
    /// What sits over the screen, the top last.
    pub overlays: Vec<Overlay>,
    pub message: Option<String>,
    pub save_state: SaveState,
    /// The house style the minutes preview, the minutes written and the forms that word the
    /// minutes speak in.
    pub house: House,
    /// The time the clerk has said it is, when catching up from written notes: forms take it
    /// as now until it is cleared.
    pub clock_set: Option<NaiveTime>,
    /// The minutes files written from this screen, each with a fingerprint of what was written,
    /// so that a file changed since (edited by hand) is not replaced without asking.
    pub minutes_written: std::collections::HashMap<PathBuf, u64>,
}

impl App {
    pub fn new(meeting: Meeting, keymap: Keymap, read_only: Option<String>) -> App {
        App {
            nav: Navigation::resume(&meeting),
            session: Session::new(meeting, read_only),
            keymap,
            overlays: Vec::new(),
            message: None,
            save_state: SaveState::Saved,
            house: House::default(),
            clock_set: None,
            minutes_written: Default::default(),
        }
    }

    pub fn meeting(&self) -> &Meeting {
        self.session.meeting()
    }

    /// Why the meeting cannot be changed, when it cannot.
    pub fn read_only(&self) -> Option<&str> {
        self.session.read_only()
    }

    /// What the overlays are drawn with.
    pub fn scene(&self) -> Scene<'_> {
        Scene {
            meeting: self.meeting(),
            keymap: &self.keymap,
            house: &self.house.style,
        }
    }

    /// The overlay on top, if any.
    pub fn top(&self) -> Option<&Overlay> {
        self.overlays.last()
    }

    /// The layer whose keys apply now.
    pub fn layer(&self) -> Layer {
        match self.top() {
            Some(overlay) => overlay.layer(),
            None if self.nav.records_focus => Layer::Records,
            None => Layer::Live,
        }
    }

    pub fn current_item_id(&self) -> Option<ItemId> {
        self.nav.current.clone()
    }

    /// The handles of the records under the current item (or before the items).
    pub fn item_records(&self) -> Vec<RecordId> {
        self.nav.item_records(&self.session).to_vec()
    }

    /// The record the clerk has chosen, while choosing.
    pub fn selected_record(&self) -> Option<&Record> {
        self.nav
            .selected
            .filter(|_| self.nav.records_focus)
            .and_then(|id| self.session.record(id))
    }

    /// The text of an open form, to keep in case Minutebook is stopped.
    pub fn draft(&self) -> Option<Draft> {
        self.overlays.iter().rev().find_map(|overlay| {
            if let Overlay::Form(form) = overlay {
                return Some(
                    form.form
                        .draft(self.session.meeting(), self.session.facts().next_record),
                );
            }
            None
        })
    }

    /// Asks the clerk whether to restore text kept from an unfinished form.
    pub fn offer_draft(&mut self, draft: Draft) {
        self.overlays
            .push(Overlay::Confirm(Question::RestoreDraft(draft)));
    }

    /// Handles one key press, at the given clock time; returns what the run loop must do.
    pub fn handle_key(&mut self, event: KeyEvent, now: Option<NaiveTime>) -> Vec<Effect> {
        let now = self.clock_set.or(now);
        let key = Key::from_event(event);
        let mut action = self.keymap.action(self.layer(), key);
        // On the item's records, a key of the live screen's that finds a place (go to, search,
        // the problems) leaves the records and goes there, rather than doing nothing and
        // leaving the clerk's next keys to the records.
        if action.is_none() && self.layer() == Layer::Records && self.top().is_none() {
            action = self
                .keymap
                .action(Layer::Live, key)
                .filter(|a| matches!(a, Action::GoToItem | Action::Search | Action::Problems));
            if action.is_some() {
                self.nav.records_focus = false;
            }
        }
        let mut effects = Vec::new();
        let Some(mut top) = self.overlays.pop() else {
            self.message = None;
            if let Some(action) = action {
                self.screen_action(action, now, &mut effects);
            }
            // Undo may have put back another house style.
            self.follow_house();
            return effects;
        };
        let mut desk = Desk {
            session: &mut self.session,
            nav: &mut self.nav,
            keymap: &self.keymap,
            now,
            message: &mut self.message,
            house: &self.house.style,
            clock: &mut self.clock_set,
        };
        match top.key(event, action, &mut desk) {
            Outcome::Stay => self.overlays.push(top),
            Outcome::Close => {}
            Outcome::Open(over) => {
                self.overlays.push(top);
                self.overlays.push(over);
            }
            Outcome::Become(other) => self.overlays.push(other),
            Outcome::Done(effect) => effects.push(effect),
        }
        // A change made in an overlay may have taken the chosen record away, or named another
        // house style.
        self.nav.settle(&self.session, None);
        self.follow_house();
        effects
    }

    /// The house style the minutes are written in, and the minute numbers the screen shows
    /// following its order.
    pub fn set_house(&mut self, house: crate::tui::live::house::House) {
        self.house = house;
        self.session.set_order(self.house.style.settings.order);
    }

    /// Takes up another house style when the meeting now names one, saying so.
    fn follow_house(&mut self) {
        if let Some(said) = self.house.follow(self.session.meeting()) {
            self.message = Some(said);
        }
        self.session.set_order(self.house.style.settings.order);
    }

    /// Text pasted in one go: put into whatever is being typed, never taken as keys.
    pub fn handle_paste(&mut self, text: &str) {
        match self.overlays.last_mut() {
            Some(top) => top.paste(text),
            None => {
                self.message =
                    Some("Pasted text goes into a form: open one (n for a note) first".into())
            }
        }
    }

    fn screen_action(&mut self, action: Action, now: Option<NaiveTime>, effects: &mut Vec<Effect>) {
        if self.nav.records_focus {
            self.records_action(action, now);
        } else {
            self.live_action(action, now, effects);
        }
    }
}
