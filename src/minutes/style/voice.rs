//! Saying a phrase in the house style: each fact put into words (a name, a list of names, a
//! time in the body's clock) and set in the style's sentence.

use super::Style;
use crate::minutes::wording::{and_list, time};
use crate::model::said::{Key, Phrase, Slot};
use crate::model::{Meeting, PersonId};

/// The house style speaking about one meeting.
#[derive(Clone, Copy)]
pub struct Voice<'m> {
    pub meeting: &'m Meeting,
    pub style: &'m Style,
}

impl<'m> Voice<'m> {
    pub fn new(meeting: &'m Meeting, style: &'m Style) -> Voice<'m> {
        Voice { meeting, style }
    }

    /// The phrase in words.
    pub fn say(&self, phrase: &Phrase) -> String {
        let Some(template) = self.style.template(phrase.key) else {
            return String::new();
        };
        let fill = |name: &str| {
            phrase
                .slots
                .iter()
                .find(|(slot, _)| *slot == name)
                .map(|(_, value)| self.slot(value))
        };
        template.render(&fill)
    }

    /// A sentence with no facts of its own: a heading, a word.
    pub fn word(&self, key: Key) -> String {
        self.say(&Phrase::new(key))
    }

    /// A person's name as the minutes print it in a sentence: "Councillor M Beanland".
    pub fn name(&self, id: &PersonId) -> String {
        self.meeting
            .person(id)
            .map_or_else(|| id.to_string(), |p| p.titled_name())
    }

    fn slot(&self, slot: &Slot) -> String {
        match slot {
            Slot::Text(text) => text.clone(),
            Slot::Person(id) => self.name(id),
            Slot::People(ids) => {
                let names: Vec<String> = ids.iter().map(|id| self.name(id)).collect();
                and_list(&names)
            }
            Slot::Councillors(ids) => {
                let names: Vec<String> = ids
                    .iter()
                    .map(|id| {
                        self.meeting
                            .person(id)
                            .map_or_else(|| id.to_string(), |p| p.name.clone())
                    })
                    .collect();
                let key = if names.len() == 1 {
                    Key::OneCouncillor
                } else {
                    Key::Councillors
                };
                self.say(&Phrase::new(key).text("names", and_list(&names)))
            }
            Slot::Time(at) => time(*at, self.meeting.body.clock),
            Slot::Number(n) => n.to_string(),
            Slot::Phrase(inner) => self.say(inner),
        }
    }
}
