//! Keys are data: one table per layer of the screen, each binding a key to an action. Help and
//! the status-bar hints are generated from these tables, and a config file may override them.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// A key as the clerk presses it: a code and its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl Key {
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> Key {
        // A typed capital letter arrives with Shift; the letter alone says so.
        let modifiers = match code {
            KeyCode::Char(_) => modifiers - KeyModifiers::SHIFT,
            KeyCode::BackTab => modifiers - KeyModifiers::SHIFT,
            _ => modifiers,
        };
        Key { code, modifiers }
    }

    pub fn from_event(event: KeyEvent) -> Key {
        Key::new(event.code, event.modifiers)
    }

    /// Reads "q", "?", "ctrl-r", "enter", "shift-tab", "f1", "space".
    pub fn parse(text: &str) -> Option<Key> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text.trim();
        loop {
            let lower = rest.to_ascii_lowercase();
            if let Some(tail) = lower.strip_prefix("ctrl-") {
                modifiers |= KeyModifiers::CONTROL;
                rest = &rest[rest.len() - tail.len()..];
            } else if let Some(tail) = lower.strip_prefix("alt-") {
                modifiers |= KeyModifiers::ALT;
                rest = &rest[rest.len() - tail.len()..];
            } else if let Some(tail) = lower.strip_prefix("shift-") {
                modifiers |= KeyModifiers::SHIFT;
                rest = &rest[rest.len() - tail.len()..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" if modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pageup" => KeyCode::PageUp,
                "pagedown" => KeyCode::PageDown,
                "delete" | "del" => KeyCode::Delete,
                "backspace" => KeyCode::Backspace,
                "insert" => KeyCode::Insert,
                "space" => KeyCode::Char(' '),
                other => {
                    let number: u8 = other.strip_prefix('f')?.parse().ok()?;
                    if !(1..=12).contains(&number) {
                        return None;
                    }
                    KeyCode::F(number)
                }
            },
        };
        Some(Key::new(code, modifiers))
    }

    /// The key as help prints it, and as a config file may write it.
    pub fn label(self) -> String {
        let mut label = String::new();
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            label.push_str("ctrl-");
        }
        if self.modifiers.contains(KeyModifiers::ALT) {
            label.push_str("alt-");
        }
        if self.modifiers.contains(KeyModifiers::SHIFT) {
            label.push_str("shift-");
        }
        match self.code {
            KeyCode::Char(' ') => label.push_str("space"),
            KeyCode::Char(c) => label.push(c),
            KeyCode::Enter => label.push_str("enter"),
            KeyCode::Esc => label.push_str("esc"),
            KeyCode::Tab => label.push_str("tab"),
            KeyCode::BackTab => label.push_str("shift-tab"),
            KeyCode::Up => label.push_str("up"),
            KeyCode::Down => label.push_str("down"),
            KeyCode::Left => label.push_str("left"),
            KeyCode::Right => label.push_str("right"),
            KeyCode::Home => label.push_str("home"),
            KeyCode::End => label.push_str("end"),
            KeyCode::PageUp => label.push_str("pageup"),
            KeyCode::PageDown => label.push_str("pagedown"),
            KeyCode::Delete => label.push_str("delete"),
            KeyCode::Backspace => label.push_str("backspace"),
            KeyCode::Insert => label.push_str("insert"),
            KeyCode::F(n) => label.push_str(&format!("f{n}")),
            _ => label.push('?'),
        }
        label
    }
}

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

fn bind(key: &str, action: Action, hint: bool) -> Binding {
    Binding {
        // The defaults below are all well formed; a typo here fails the keymap tests.
        key: Key::parse(key).unwrap_or(Key::new(KeyCode::Null, KeyModifiers::NONE)),
        action,
        hint,
    }
}

fn defaults(layer: Layer) -> Vec<Binding> {
    use Action as A;
    match layer {
        Layer::Start => vec![
            bind("enter", A::Open, true),
            bind("down", A::ChoiceDown, false),
            bind("j", A::ChoiceDown, false),
            bind("up", A::ChoiceUp, false),
            bind("k", A::ChoiceUp, false),
            bind("?", A::Help, true),
            bind("q", A::Quit, true),
        ],
        Layer::Live => vec![
            bind("?", A::Help, true),
            bind("down", A::NextItem, false),
            bind("j", A::NextItem, true),
            bind("up", A::PreviousItem, false),
            bind("k", A::PreviousItem, true),
            bind("g", A::GoToItem, false),
            bind("s", A::Commence, false),
            bind("c", A::Conclude, false),
            bind("T", A::SetClock, false),
            bind("a", A::RollCall, true),
            bind("+", A::AddPerson, false),
            bind("d", A::Declare, true),
            bind("l", A::MemberLeft, true),
            bind("r", A::MemberReturned, true),
            bind("p", A::Adjourn, false),
            bind("P", A::Reconvene, false),
            bind("n", A::AddNote, true),
            bind("f", A::AddAction, false),
            bind("m", A::AddMotion, false),
            bind("w", A::SettleMotion, false),
            bind("v", A::TakeVote, true),
            bind("R", A::Resolve, true),
            bind("x", A::ExcludePublic, false),
            bind("X", A::ReadmitPublic, false),
            bind("C", A::TakeChair, false),
            bind("A", A::Appoint, false),
            bind("S", A::Sign, false),
            bind("i", A::EditMeeting, false),
            bind("I", A::AddItem, false),
            bind("e", A::EditItem, false),
            bind("K", A::MoveItemUp, false),
            bind("J", A::MoveItemDown, false),
            bind("ctrl-d", A::DeleteItem, false),
            bind("O", A::WithdrawItem, false),
            bind("F", A::MattersArising, false),
            bind("L", A::People, false),
            bind("tab", A::FocusRecords, false),
            bind("M", A::Preview, true),
            bind("pageup", A::PreviewUp, false),
            bind("pagedown", A::PreviewDown, false),
            bind("E", A::ExportMinutes, false),
            bind("/", A::Search, false),
            bind("!", A::Problems, false),
            bind("W", A::SaveCopy, false),
            bind("u", A::Undo, false),
            bind("ctrl-r", A::Redo, false),
            bind("q", A::Quit, true),
        ],
        Layer::Records => vec![
            bind("down", A::RecordDown, false),
            bind("j", A::RecordDown, false),
            bind("up", A::RecordUp, false),
            bind("k", A::RecordUp, false),
            bind("enter", A::EditRecord, true),
            bind("t", A::EditTime, true),
            bind("delete", A::DeleteRecord, true),
            bind("D", A::DeleteRecord, false),
            bind("K", A::MoveRecordUp, false),
            bind("J", A::MoveRecordDown, false),
            bind("u", A::Undo, false),
            bind("ctrl-r", A::Redo, false),
            bind("esc", A::Back, true),
            bind("tab", A::Back, false),
            bind("M", A::Preview, false),
            bind("?", A::Help, false),
        ],
        Layer::Form => vec![
            bind("tab", A::NextField, true),
            bind("shift-tab", A::PreviousField, true),
            bind("down", A::ChoiceDown, false),
            bind("up", A::ChoiceUp, false),
            bind("ctrl-s", A::Submit, true),
            bind("esc", A::Cancel, true),
            bind("f1", A::Help, false),
        ],
        Layer::Roll => vec![
            bind("down", A::ChoiceDown, false),
            bind("j", A::ChoiceDown, false),
            bind("up", A::ChoiceUp, false),
            bind("k", A::ChoiceUp, false),
            bind("p", A::MarkPresent, true),
            bind("a", A::MarkApologies, true),
            bind("x", A::MarkAbsent, true),
            bind("v", A::MarkVirtual, true),
            bind("s", A::MarkSubstitute, true),
            bind("l", A::MarkLate, true),
            bind("/", A::Filter, true),
            bind("esc", A::Back, true),
            bind("enter", A::Back, false),
            bind("?", A::Help, false),
        ],
        Layer::Vote => vec![
            bind("u", A::Unanimous, true),
            bind("h", A::ShowOfHands, true),
            bind("r", A::RecordedVote, true),
            bind("tab", A::NextField, false),
            bind("shift-tab", A::PreviousField, false),
            bind("down", A::ChoiceDown, false),
            bind("up", A::ChoiceUp, false),
            bind("f", A::VoteFor, false),
            bind("a", A::VoteAgainst, false),
            bind("s", A::VoteAbstain, false),
            bind("-", A::VoteClear, false),
            bind("F", A::CastingFor, false),
            bind("A", A::CastingAgainst, false),
            bind("ctrl-s", A::Submit, true),
            bind("esc", A::Cancel, true),
            bind("f1", A::Help, false),
        ],
        Layer::People => vec![
            bind("down", A::ChoiceDown, false),
            bind("j", A::ChoiceDown, false),
            bind("up", A::ChoiceUp, false),
            bind("k", A::ChoiceUp, false),
            bind("+", A::AddToMeeting, true),
            bind("enter", A::CorrectPerson, true),
            bind("delete", A::RemovePerson, true),
            bind("D", A::RemovePerson, false),
            bind("c", A::MakeChair, true),
            bind("v", A::MakeViceChair, true),
            bind("/", A::Filter, false),
            bind("esc", A::Back, true),
            bind("?", A::Help, false),
        ],
        Layer::Picker => vec![
            bind("down", A::ChoiceDown, false),
            bind("up", A::ChoiceUp, false),
            bind("enter", A::Submit, true),
            bind("esc", A::Cancel, true),
        ],
        Layer::Help => vec![
            bind("esc", A::Back, true),
            bind("?", A::Back, false),
            bind("q", A::Back, false),
            bind("down", A::ChoiceDown, false),
            bind("j", A::ChoiceDown, false),
            bind("up", A::ChoiceUp, false),
            bind("k", A::ChoiceUp, false),
        ],
        Layer::Confirm => vec![
            bind("y", A::Yes, true),
            bind("n", A::No, true),
            bind("esc", A::No, false),
            bind("W", A::SaveCopy, false),
        ],
    }
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
