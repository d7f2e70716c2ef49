//! The questions a record is made from, as plain data: what each field asks and what it holds
//! to begin with. The live screen draws them and reads the answers back; a record kind turns
//! the answers into a record, or says what is missing. Nothing here draws or reads a key.

use crate::model::PersonId;

/// What a field asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// One line of text.
    Text,
    /// Several lines: paragraphs and lists as the clerk types them.
    Lines,
    /// One of a fixed list.
    Choice(Vec<String>),
    /// Someone the meeting knows, chosen from these, in this order.
    Person {
        people: Vec<PersonId>,
        optional: bool,
    },
}

/// What a field holds when the form opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Given {
    Text(String),
    Choice(usize),
    Person(Option<PersonId>),
}

/// One field of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub label: &'static str,
    pub ask: Ask,
    pub given: Given,
    /// What the field wants, with an example, shown while it is being filled in.
    pub help: &'static str,
}

impl Question {
    /// The question, saying what it wants.
    pub fn helped(mut self, help: &'static str) -> Question {
        self.help = help;
        self
    }

    pub fn text(label: &'static str, text: impl Into<String>) -> Question {
        Question {
            label,
            ask: Ask::Text,
            given: Given::Text(text.into()),
            help: "",
        }
    }

    pub fn lines(label: &'static str, text: impl Into<String>) -> Question {
        Question {
            label,
            ask: Ask::Lines,
            given: Given::Text(text.into()),
            help: "",
        }
    }

    pub fn choice(label: &'static str, options: &[&str], chosen: usize) -> Question {
        Question {
            label,
            ask: Ask::Choice(options.iter().map(|o| o.to_string()).collect()),
            given: Given::Choice(chosen.min(options.len().saturating_sub(1))),
            help: "",
        }
    }

    pub fn yes_no(label: &'static str, yes: bool) -> Question {
        Question::choice(label, YES_NO, usize::from(yes))
    }

    pub fn person(
        label: &'static str,
        people: Vec<PersonId>,
        optional: bool,
        chosen: Option<&PersonId>,
    ) -> Question {
        Question {
            label,
            ask: Ask::Person { people, optional },
            given: Given::Person(chosen.cloned()),
            help: "",
        }
    }
}

pub const YES_NO: &[&str] = &["no", "yes"];

/// A form: its title and its questions. A form for a record also asks the time, which the
/// screen adds and reads itself, the same way for every kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schema {
    pub title: String,
    pub questions: Vec<Question>,
}

impl Schema {
    pub fn new(title: impl Into<String>, questions: Vec<Question>) -> Schema {
        Schema {
            title: title.into(),
            questions,
        }
    }
}

/// The clerk's answers, field by field, in the order the schema asked them.
pub trait Answers {
    /// The field's label, for messages.
    fn label(&self, index: usize) -> &str;
    /// The text typed, lines joined with newlines.
    fn text(&self, index: usize) -> String;
    /// The option chosen.
    fn choice(&self, index: usize) -> usize;
    /// The person chosen, none when an optional field was left empty, or why the text typed
    /// names nobody.
    fn person(&self, index: usize) -> Result<Option<PersonId>, String>;
}

/// The trimmed text of a field that must not be empty.
pub fn required(answers: &dyn Answers, index: usize) -> Result<String, String> {
    let text = answers.text(index).trim().to_string();
    if text.is_empty() {
        Err(format!("{}: this cannot be empty", answers.label(index)))
    } else {
        Ok(text)
    }
}

/// The trimmed text of a field, none when empty.
pub fn optional(answers: &dyn Answers, index: usize) -> Option<String> {
    Some(answers.text(index).trim().to_string()).filter(|t| !t.is_empty())
}

/// The person a field must name.
pub fn someone(answers: &dyn Answers, index: usize) -> Result<PersonId, String> {
    answers.person(index)?.ok_or_else(|| {
        format!(
            "{}: type part of a name and choose from the list",
            answers.label(index)
        )
    })
}
