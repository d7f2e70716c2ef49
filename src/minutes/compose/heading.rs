//! The heads of the minutes: the draft banner and the document's heading (with the time the
//! meeting began, where the house style prints it), and each minute's reference and heading
//! line: "66 APOLOGIES FOR ABSENCE", "T49. Apologies for Absence", "Cou/123/24-25", "338.1".

use chrono::Datelike;

use super::Builder;
use crate::minutes::document::Block;
use crate::minutes::style::{TitleCase, Voice};
use crate::minutes::wording::{venue_with_article, with_article};
use crate::model::said::{Key, Phrase, Slot};
use crate::model::{AgendaItem, Meeting, Minute};

impl<'m> Builder<'m> {
    /// The banner, the council, and the heading with its second line.
    pub(super) fn head(&mut self) -> String {
        let meeting = self.meeting;
        self.say_paragraph(Phrase::new(Key::DraftBanner));
        if let Some(council) = &meeting.body.council {
            self.push(Block::Council(council.to_uppercase()));
        }
        let heading = self.say(
            &Phrase::new(Key::Heading)
                .text("body", meeting.body.name.clone())
                .text("the_body", with_article(&meeting.body.name)),
        );
        let commenced = meeting.opening_and_closing().0;
        let started = commenced.or(meeting.time);
        let held_on = Phrase::new(Key::HeldOn)
            .text("date", self.voice.long_date(meeting.date))
            .text("venue", meeting.venue.clone())
            .text("the_venue", venue_with_article(&meeting.venue));
        let subtitle = self.say(&held_on.clone().maybe("time", started.map(Slot::Time)));
        // A heading that says when the meeting began says what the record of its start gave.
        if commenced.is_some() && subtitle != self.say(&held_on) {
            let first = meeting
                .records
                .iter()
                .find(|r| r.event == crate::model::Event::Commenced);
            if let Some(record) = first {
                self.printed.insert(record.id);
            }
        }
        self.push(Block::Heading {
            text: heading.clone(),
            subtitle,
        });
        heading
    }

    /// After the attendance and before the first minute: when the meeting commenced, where
    /// the house style says it there, and whatever was recorded before the first item (the
    /// Chair's welcome, a late start, someone arriving), which belongs to no minute.
    pub(super) fn opening(&mut self) {
        let meeting = self.meeting;
        if let Some(start) = meeting.opening_and_closing().0 {
            self.say_paragraph(Phrase::new(Key::Opening).with("start", Slot::Time(start)));
        }
        // Without an item for them, apologies are said here, after the attendance.
        let apologies_item = meeting
            .agenda
            .iter()
            .any(|i| i.kind == crate::model::ItemKind::Apologies);
        if !apologies_item {
            self.apologies_if_any();
        }
        let close = meeting.close_starts().unwrap_or(meeting.records.len());
        self.outside_items(&meeting.records[..close]);
    }

    /// The records among these under no item, each said as a paragraph of its own: those
    /// before the first item, and those after the meeting concluded.
    pub(super) fn outside_items(&mut self, records: &'m [crate::model::Record]) {
        let meeting = self.meeting;
        let has_declarations_item = meeting
            .agenda
            .iter()
            .any(|i| i.kind == crate::model::ItemKind::Declarations);
        let records: Vec<&crate::model::Record> = records
            .iter()
            .filter(|r| r.item.is_none())
            .filter(|r| !self.private.contains(&r.id) || self.options.confidential)
            .filter(|r| Some(r.id) != self.public_in_attendance)
            .collect();
        for (at, record) in records.iter().enumerate() {
            use crate::model::{Event, InMinute, Kind};
            match &record.event {
                // Printed in PRESENT and the apologies, and in the close.
                Event::Commenced
                | Event::Concluded
                | Event::Present { .. }
                | Event::AttendingVirtually { .. }
                | Event::Apologies { .. }
                | Event::Absent { .. }
                | Event::Substitute { .. } => continue,
                Event::Declaration { .. } if has_declarations_item => continue,
                Event::Declaration { .. } => {
                    if let Some(sentence) = self.declared(&[record]) {
                        self.paragraph(sentence);
                        self.printed.insert(record.id);
                    }
                    continue;
                }
                _ => {}
            }
            let said = record.event.view().said(&InMinute {
                meeting,
                records: &records,
                at,
            });
            self.say_record(&records, at, said);
        }
    }

    /// The heading of the minute of the item at `index`.
    pub(super) fn minute_heading(&mut self, index: usize, item: &AgendaItem, minute: Minute) {
        let reference = reference(&self.voice, index, minute);
        let title = match self.voice.style.settings.title_case {
            TitleCase::Capitals => item.title.to_uppercase(),
            TitleCase::AsPrinted => item.title.clone(),
        };
        let line = self.say(
            &Phrase::new(Key::MinuteHeading)
                .text("reference", reference.clone())
                .text("title", title.clone())
                .maybe("item", item.number.clone().map(Slot::Text)),
        );
        self.push(Block::Minute {
            reference,
            title,
            line,
        });
    }
}

/// A minute's reference in the house style: the running number, the part of an item, the
/// item's number, and the dates and years a council's references carry.
pub fn reference(voice: &Voice<'_>, index: usize, minute: Minute) -> String {
    let meeting: &Meeting = voice.meeting;
    let date = meeting.date;
    let municipal = voice.style.settings.municipal_start(date);
    let short = |year: i32| format!("{:02}", year.rem_euclid(100));
    let key = if minute.sub.is_some() {
        Key::SubMinuteReference
    } else {
        Key::MinuteReference
    };
    voice.say(
        &Phrase::new(key)
            .with("number", Slot::Number(minute.number))
            .maybe("sub", minute.sub.map(Slot::Number))
            .maybe(
                "item",
                meeting
                    .agenda
                    .get(index)
                    .and_then(|i| i.number.clone())
                    .map(Slot::Text),
            )
            .text("year", date.year().to_string())
            .text("year_short", short(date.year()))
            .text("month", format!("{:02}", date.month()))
            .text("day", format!("{:02}", date.day()))
            .text("municipal_start", municipal.to_string())
            .text("municipal_end", (municipal + 1).to_string())
            .text("municipal_start_short", short(municipal))
            .text("municipal_end_short", short(municipal + 1)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::minutes::style::Style;
    use crate::model::{Body, Meeting};

    fn said(pattern: &str, sub_pattern: &str, minute: Minute) -> String {
        let text = format!(
            "(sentences: {{ \"minute_reference\": {pattern:?}, \"sub_minute_reference\": {sub_pattern:?} }})"
        );
        let (style, problems) = Style::parse("test", &text);
        assert!(problems.is_empty(), "{problems:?}");
        let date = chrono::NaiveDate::from_ymd_opt(2025, 3, 6).expect("a date");
        let mut meeting = Meeting::new(Body::named("Council"), date, "Hall", 123);
        meeting
            .agenda
            .push(AgendaItem::new("9", Some("9".into()), "Planning"));
        reference(&Voice::new(&meeting, &style), 0, minute)
    }

    #[test]
    fn every_councils_reference_is_a_pattern_over_its_facts() {
        let plain = Minute {
            number: 123,
            sub: None,
        };
        let part = Minute {
            number: 338,
            sub: Some(2),
        };
        let cases = [
            ("{number}", plain, "123"),
            (
                "Cou/{number}/{municipal_start_short}-{municipal_end_short}",
                plain,
                "Cou/123/24-25",
            ),
            (
                "ABPC{number}:{day}.{month}.{year_short}",
                plain,
                "ABPC123:06.03.25",
            ),
            ("PLA{number}/{municipal_start_short}", plain, "PLA123/24"),
            ("T{number}.", plain, "T123."),
            ("{year}-{month}_{number}", plain, "2025-03_123"),
            ("{number} (item {item})", plain, "123 (item 9)"),
            ("{number}", part, "338.2"),
        ];
        for (pattern, minute, expected) in cases {
            assert_eq!(
                said(pattern, "{number}.{sub}", minute),
                expected,
                "{pattern}"
            );
        }
        assert_eq!(said("{number}", "{number}({sub})", part), "338(2)");
    }
}
