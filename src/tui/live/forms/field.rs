//! One field of a form as the screen holds it: the text typed (in a text area, so that the
//! clerk can move about in it), the option chosen, or the person found by typing a name.

use ratatui_textarea::TextArea;

use crate::model::kinds::form::{Ask, Given, Question};
use crate::model::{Meeting, PersonId};
use crate::tui::live::picker::{Candidate, rank};

/// What a field holds and how it is typed into.
#[derive(Debug, Clone)]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// Several lines of text; Enter starts a new line.
    Lines,
    /// "14:05", or empty when the time is not known.
    Time,
    /// One of a fixed list, chosen with Up and Down.
    Choice(Vec<String>),
    /// A person, found by typing any part of any of their names.
    Person {
        candidates: Vec<Candidate>,
        optional: bool,
    },
}

/// One field of a form.
#[derive(Debug, Clone)]
pub struct Field {
    pub label: &'static str,
    pub kind: FieldKind,
    pub text: TextArea<'static>,
    /// The chosen entry of a choice, or the highlighted match of a person field.
    pub choice: usize,
    /// A person field whose list the clerk has moved through, so its highlight is a choice
    /// even with nothing typed.
    pub browsed: bool,
    /// What the field wants, with an example.
    pub help: &'static str,
}

impl Field {
    pub fn new(label: &'static str, kind: FieldKind, text: &str) -> Field {
        let lines: Vec<String> = if text.is_empty() {
            vec![String::new()]
        } else {
            text.lines().map(str::to_string).collect()
        };
        let mut area = TextArea::new(lines);
        // A text box wraps; a one-line field scrolls sideways, keeping the words typed last
        // in view.
        area.set_wrap_mode(if matches!(kind, FieldKind::Lines) {
            ratatui_textarea::WrapMode::Word
        } else {
            ratatui_textarea::WrapMode::None
        });
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Field {
            label,
            kind,
            text: area,
            choice: 0,
            browsed: false,
            help: "",
        }
    }

    /// The field a question asks, holding what it is given.
    pub fn asking(question: &Question, meeting: &Meeting) -> Field {
        let kind = match &question.ask {
            Ask::Text => FieldKind::Text,
            Ask::Lines => FieldKind::Lines,
            Ask::Choice(options) => FieldKind::Choice(options.clone()),
            Ask::Person { people, optional } => FieldKind::Person {
                candidates: people
                    .iter()
                    .filter_map(|id| meeting.person(id))
                    .map(Candidate::person)
                    .collect(),
                optional: *optional,
            },
        };
        let (text, choice) = match &question.given {
            Given::Text(text) => (text.clone(), 0),
            Given::Choice(choice) => (String::new(), *choice),
            Given::Person(person) => (
                person
                    .as_ref()
                    .and_then(|id| meeting.person(id))
                    .map(|p| p.titled_name())
                    .unwrap_or_default(),
                0,
            ),
        };
        let mut field = Field::new(question.label, kind, &text);
        field.choice = choice;
        field.help = question.help;
        field
    }

    /// The text typed, lines joined with newlines.
    pub fn value(&self) -> String {
        self.text.lines().join("\n")
    }

    /// The matches a person field offers for what has been typed.
    pub fn matches(&self) -> Vec<&Candidate> {
        match &self.kind {
            FieldKind::Person { candidates, .. } => rank(candidates, &self.value()),
            FieldKind::Text | FieldKind::Lines | FieldKind::Time | FieldKind::Choice(_) => {
                Vec::new()
            }
        }
    }

    /// The person chosen in a person field, if any.
    pub fn chosen_person(&self) -> Option<PersonId> {
        if self.value().trim().is_empty() && !self.browsed {
            return None;
        }
        self.matches()
            .get(self.choice)
            .map(|c| c.id.as_str().into())
    }

    /// The person a person field names, none when an optional one is left empty, or why not.
    pub fn person(&self) -> Result<Option<PersonId>, String> {
        let chosen = self.chosen_person();
        match (&self.kind, &chosen) {
            (
                FieldKind::Person {
                    optional: false, ..
                },
                None,
            ) => Err(format!(
                "{}: type part of a name and choose from the list",
                self.label
            )),
            (FieldKind::Person { .. }, None) if !self.value().trim().is_empty() => Err(format!(
                "{}: nobody matches \"{}\"",
                self.label,
                self.value().trim()
            )),
            _ => Ok(chosen),
        }
    }

    /// Moves a choice or a person field's highlight.
    pub fn step(&mut self, forward: bool) {
        let count = match &self.kind {
            FieldKind::Choice(options) => options.len(),
            FieldKind::Person { .. } => {
                self.browsed = true;
                self.matches().len()
            }
            FieldKind::Text | FieldKind::Lines | FieldKind::Time => return,
        };
        if count == 0 {
            return;
        }
        // A choice kept in a draft may be out of range; the cursor brings it back first.
        let mut cursor = crate::tui::cursor::Cursor::at(self.choice);
        cursor.wrap(forward, count);
        self.choice = cursor.at;
    }

    /// Whether Up and Down choose in this field rather than move a cursor.
    pub fn chooses(&self) -> bool {
        matches!(self.kind, FieldKind::Choice(_) | FieldKind::Person { .. })
    }

    pub fn is_multiline(&self) -> bool {
        matches!(self.kind, FieldKind::Lines)
    }

    /// Pasted text, put in whole where the cursor is: line breaks kept in a box of several
    /// lines, turned into spaces in a field of one line, and no other control character.
    pub fn paste(&mut self, text: &str) {
        let lines = self.is_multiline();
        let text: String = text
            .chars()
            .filter_map(|c| match c {
                '\n' if lines => Some('\n'),
                '\n' | '\t' => Some(' '),
                c if crate::printable::is_hazard(c) => None,
                c => Some(c),
            })
            .collect();
        match &self.kind {
            FieldKind::Choice(_) => {}
            FieldKind::Person { .. } => {
                self.text.insert_str(text);
                self.choice = 0;
            }
            FieldKind::Text | FieldKind::Lines | FieldKind::Time => {
                self.text.insert_str(text);
            }
        }
    }

    /// Typing into a field; person fields start their matching afresh.
    pub fn type_key(&mut self, input: ratatui_textarea::Input) {
        if let FieldKind::Choice(options) = &self.kind {
            // A letter jumps to the first choice that starts with it.
            // Again, and it moves on to the next that does.
            if let ratatui_textarea::Key::Char(c) = input.key {
                let wanted = c.to_ascii_lowercase();
                let starts =
                    |o: &String| o.chars().next().map(|f| f.to_ascii_lowercase()) == Some(wanted);
                let count = options.len();
                if let Some(index) = (1..=count)
                    .map(|step| (self.choice + step) % count)
                    .find(|&i| starts(&options[i]))
                {
                    self.choice = index;
                }
            }
            return;
        }
        // Ctrl-U empties the line, as in a shell: the quick way to clear a time not known.
        if input.ctrl && !input.alt && input.key == ratatui_textarea::Key::Char('u') {
            self.text.move_cursor(ratatui_textarea::CursorMove::End);
            self.text.delete_line_by_head();
            if matches!(self.kind, FieldKind::Person { .. }) {
                self.choice = 0;
            }
            return;
        }
        if self.text.input(input) && matches!(self.kind, FieldKind::Person { .. }) {
            self.choice = 0;
        }
    }
}
