//! The end of the minutes: when the meeting commenced and concluded, and the signature line.

use super::Builder;
use crate::minutes::document::Block;
use crate::model::said::{Key, Phrase, Slot};
use crate::model::{Office, Person};

impl Builder<'_> {
    pub(super) fn close(&mut self) {
        let meeting = self.meeting;
        match meeting.opening_and_closing() {
            (Some(start), Some(end)) => self.say_paragraph(
                Phrase::new(Key::CommencedAndConcluded)
                    .with("start", Slot::Time(start))
                    .with("end", Slot::Time(end)),
            ),
            (Some(start), None) => {
                self.say_paragraph(Phrase::new(Key::CommencedOnly).with("start", Slot::Time(start)))
            }
            (None, _) => {}
        }
        let signature = match &meeting.signature {
            Some(signature) => Some(
                Phrase::new(Key::Signature)
                    .person("name", &signature.person)
                    .text("capacity", signature.capacity.clone()),
            ),
            None => self.signer().map(|p| {
                Phrase::new(Key::Signature)
                    .text("name", p.titled_name())
                    .text("capacity", self.capacity(p).unwrap_or_default())
            }),
        };
        if let Some(phrase) = signature {
            let line = self.say(&phrase);
            self.push(Block::Signature(line));
        }
    }

    /// Who signs when the file does not say: whoever presided at the opening, else the Chair.
    fn signer(&self) -> Option<&Person> {
        self.meeting.presiding_at_opening().or_else(|| {
            self.meeting
                .people
                .iter()
                .find(|p| p.office == Office::Chair)
        })
    }
}
