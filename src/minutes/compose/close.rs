//! The end of the minutes: when the meeting commenced and concluded, and the signature line.

use super::Builder;
use crate::minutes::document::Block;
use crate::model::said::{Key, Phrase, Slot};

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
            None => self.meeting.signer().map(|p| {
                Phrase::new(Key::Signature)
                    .text("name", self.voice.person(p))
                    .text("capacity", self.capacity(p).unwrap_or_default())
            }),
        };
        if let Some(phrase) = signature {
            let line = self.say(&phrase);
            self.push(Block::Signature(line));
        }
    }
}
