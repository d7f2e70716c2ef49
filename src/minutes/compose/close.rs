//! The end of the minutes: when the meeting commenced and concluded, and the signature line.

use super::Builder;
use crate::minutes::document::Block;
use crate::model::Event;
use crate::model::said::{Key, Phrase, Slot};

impl Builder<'_> {
    pub(super) fn close(&mut self) {
        let meeting = self.meeting;
        // What was recorded after the meeting concluded (the date of the next meeting, say)
        // comes before the line saying when it concluded.
        if let Some(close) = meeting.close_starts() {
            self.outside_items(&meeting.records[close..]);
        }
        let line = match meeting.opening_and_closing() {
            (Some(start), Some(end)) => Some(
                Phrase::new(Key::CommencedAndConcluded)
                    .with("start", Slot::Time(start))
                    .with("end", Slot::Time(end)),
            ),
            (Some(start), None) => {
                Some(Phrase::new(Key::CommencedOnly).with("start", Slot::Time(start)))
            }
            (None, _) => None,
        };
        let opening_said = self.voice.style.says(Key::Opening);
        if let Some(line) = line {
            let said = self.say(&line);
            let printed = !said.trim().is_empty();
            self.paragraph(said);
            // The close line says when the meeting began and ended, an opening line when it
            // began: the first record of each gives the time.
            let first = |wanted: Event| meeting.records.iter().find(|r| r.event == wanted);
            if let Some(commenced) = first(Event::Commenced)
                && commenced.at.is_some()
                && (printed || opening_said)
            {
                self.printed.insert(commenced.id);
            }
            if let Some(concluded) = first(Event::Concluded)
                && concluded.at.is_some()
                && printed
            {
                self.printed.insert(concluded.id);
            }
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
