//! Keys are data: one table per layer of the screen, each binding a key to an action. Help and
//! the status-bar hints are generated from these tables, and a config file may override them.

mod defaults;
mod key;

use super::action::Action;
use defaults::defaults;
pub use key::Key;

/// The layers of the screen, each with its own key table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    Start,
    Live,
    Records,
    Form,
    Roll,
    People,
    Vote,
    Picker,
    Help,
    Confirm,
}

impl Layer {
    /// In the order help lists them: the live screen first.
    pub const ALL: &'static [Layer] = &[
        Layer::Live,
        Layer::Records,
        Layer::Form,
        Layer::Roll,
        Layer::People,
        Layer::Vote,
        Layer::Picker,
        Layer::Confirm,
        Layer::Help,
        Layer::Start,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Layer::Start => "start",
            Layer::Live => "live",
            Layer::Records => "records",
            Layer::Form => "form",
            Layer::Roll => "roll",
            Layer::People => "people",
            Layer::Vote => "vote",
            Layer::Picker => "picker",
            Layer::Help => "help",
            Layer::Confirm => "confirm",
        }
    }

    pub fn from_name(name: &str) -> Option<Layer> {
        Layer::ALL
            .iter()
            .copied()
            .find(|layer| layer.name() == name)
    }

    /// A heading for help.
    pub fn title(self) -> &'static str {
        match self {
            Layer::Start => "Start screen",
            Layer::Live => "Live meeting",
            Layer::Records => "Records of the item",
            Layer::Form => "Forms",
            Layer::Roll => "Attendance",
            Layer::People => "People",
            Layer::Vote => "Vote",
            Layer::Picker => "Lists",
            Layer::Help => "Help",
            Layer::Confirm => "Questions",
        }
    }
}

/// One key bound to one action; `hint` bindings are shown in the status bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub key: Key,
    pub action: Action,
    pub hint: bool,
}

/// All the key tables.
#[derive(Debug, Clone)]
pub struct Keymap {
    tables: Vec<(Layer, Vec<Binding>)>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap {
            tables: Layer::ALL
                .iter()
                .map(|&layer| (layer, defaults(layer)))
                .collect(),
        }
    }
}

impl Keymap {
    /// The bindings of a layer, in the order help lists them.
    pub fn bindings(&self, layer: Layer) -> &[Binding] {
        self.tables
            .iter()
            .find(|(l, _)| *l == layer)
            .map_or(&[], |(_, bindings)| bindings.as_slice())
    }

    /// The action a key performs in a layer.
    pub fn action(&self, layer: Layer, key: Key) -> Option<Action> {
        self.bindings(layer)
            .iter()
            .find(|binding| binding.key == key)
            .map(|binding| binding.action)
    }

    /// The first key bound to an action in a layer, for hints and messages.
    pub fn key_for(&self, layer: Layer, action: Action) -> Option<Key> {
        self.bindings(layer)
            .iter()
            .find(|binding| binding.action == action)
            .map(|binding| binding.key)
    }

    /// Binds a key to an action in a layer, replacing what the key did there before. The
    /// action keeps its other keys; the new binding is shown as a hint if the action was.
    pub fn rebind(&mut self, layer: Layer, key: Key, action: Action) {
        let Some((_, bindings)) = self.tables.iter_mut().find(|(l, _)| *l == layer) else {
            return;
        };
        let hint = bindings.iter().any(|b| b.action == action && b.hint);
        bindings.retain(|binding| binding.key != key);
        for binding in bindings.iter_mut().filter(|b| b.action == action) {
            binding.hint = false;
        }
        bindings.insert(0, Binding { key, action, hint });
    }

    /// The status-bar hints of a layer: "? help  j next item ...".
    pub fn hints(&self, layer: Layer) -> Vec<(String, &'static str)> {
        self.bindings(layer)
            .iter()
            .filter(|binding| binding.hint)
            .map(|binding| (binding.key.label(), binding.action.description()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    #[test]
    fn every_default_key_parses_and_no_layer_binds_a_key_twice() {
        let keymap = Keymap::default();
        for &layer in Layer::ALL {
            let bindings = keymap.bindings(layer);
            assert!(!bindings.is_empty(), "{layer:?}");
            for (index, binding) in bindings.iter().enumerate() {
                assert_ne!(binding.key.code, KeyCode::Null, "{layer:?} {binding:?}");
                assert!(
                    bindings[..index].iter().all(|b| b.key != binding.key),
                    "{layer:?} binds {} twice",
                    binding.key.label()
                );
            }
        }
    }

    #[test]
    fn keys_read_back_as_they_are_labelled() {
        for text in [
            "q",
            "?",
            "ctrl-r",
            "enter",
            "shift-tab",
            "f1",
            "space",
            "R",
            "delete",
        ] {
            let key = Key::parse(text).unwrap_or_else(|| panic!("{text} parses"));
            assert_eq!(key.label(), text);
        }
        assert_eq!(Key::parse("Ctrl-R"), Key::parse("ctrl-R"));
        assert_eq!(Key::parse("f13"), None);
        assert_eq!(Key::parse("nonsense"), None);
        assert_eq!(Key::parse(""), None);
    }

    #[test]
    fn a_shifted_letter_is_the_capital_letter() {
        let typed = Key::new(KeyCode::Char('R'), KeyModifiers::SHIFT);
        assert_eq!(Key::parse("R"), Some(typed));
        assert_eq!(
            Keymap::default().action(Layer::Live, typed),
            Some(Action::Resolve)
        );
    }

    #[test]
    fn rebinding_replaces_the_key_and_keeps_the_hint() {
        let mut keymap = Keymap::default();
        let ctrl_n = Key::parse("ctrl-n").expect("parses");
        keymap.rebind(Layer::Live, ctrl_n, Action::AddNote);
        assert_eq!(keymap.action(Layer::Live, ctrl_n), Some(Action::AddNote));
        assert!(
            keymap
                .hints(Layer::Live)
                .contains(&("ctrl-n".to_string(), "note"))
        );
        assert!(
            !keymap
                .hints(Layer::Live)
                .contains(&("n".to_string(), "note"))
        );
        // Rebinding `n` to something else takes it from AddNote.
        let n = Key::parse("n").expect("parses");
        keymap.rebind(Layer::Live, n, Action::TakeVote);
        assert_eq!(keymap.action(Layer::Live, n), Some(Action::TakeVote));
    }
}
