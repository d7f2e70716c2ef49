//! The wording of draft minutes: heading, PRESENT, officers, one numbered minute per agenda
//! item, the close and the signature line. Built once as a [`Document`], in a house style;
//! public minutes leave out the detail of Part 2 business. One file per part of the minutes.

mod actions;
mod close;
mod decisions;
mod heading;
mod items;
mod present;
mod printed;
mod standing;

use std::collections::{HashMap, HashSet};

pub use actions::{actions, actions_in};
pub use heading::reference;
pub use items::said_blocks;
pub use present::capacity;
pub use printed::{Unprinted, unprinted, unprinted_warnings};

use super::document::{Block, Document};
use super::document::{PAGE, PAGES};
use super::style::{Style, Voice};
use super::wording::with_article;
use crate::model::said::{Key, Phrase};
use crate::model::{
    AgendaItem, Attendance, EventKind, Meeting, Minute, Office, Part, Person, Record, RecordId,
};

/// Which minutes to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Include Part 2 detail, each part marked as not for publication.
    pub confidential: bool,
}

/// The draft minutes of the meeting, in the default house style.
pub fn minutes(meeting: &Meeting, options: Options) -> Document {
    minutes_in(meeting, &Style::default(), options)
}

/// The draft minutes of the meeting in the given house style. The public minutes are made from
/// the public record alone, so that nothing done in private changes a word of them beyond
/// what was resolved.
pub fn minutes_in(meeting: &Meeting, style: &Style, options: Options) -> Document {
    let public;
    let meeting = if options.confidential {
        meeting
    } else {
        public = meeting.public_record();
        &*public
    };
    Builder::new(meeting, style, options).build()
}

/// The minute of one agenda item, as it would appear in the minutes; for previews.
pub fn minute(meeting: &Meeting, index: usize, options: Options) -> Document {
    minute_in(meeting, &Style::default(), index, options)
}

/// The minute of one agenda item in the given house style.
pub fn minute_in(meeting: &Meeting, style: &Style, index: usize, options: Options) -> Document {
    let public;
    let meeting = if options.confidential {
        meeting
    } else {
        public = meeting.public_record();
        &*public
    };
    let mut builder = Builder::new(meeting, style, options);
    if let Some(item) = meeting.agenda.get(index) {
        let minute = meeting.minutes_as(style.settings.order)[index];
        builder.minute(index, item, minute);
    }
    Document {
        title: String::new(),
        running_head: String::new(),
        page_footer: String::new(),
        author: author(meeting),
        confidential: None,
        blocks: builder.blocks,
    }
}

pub(super) struct Builder<'m> {
    meeting: &'m Meeting,
    voice: Voice<'m>,
    options: Options,
    parts: Vec<Part>,
    /// Final attendance of everyone, by id.
    attendance: HashMap<&'m str, Attendance>,
    /// The office each holds at the end, appointments at the meeting included.
    offices: HashMap<&'m str, Office>,
    /// Records of private business: under Part 2 items, or made while the public was out.
    private: HashSet<RecordId>,
    /// People who attended only private business, left out of the public minutes.
    private_attendees: HashSet<&'m str>,
    /// The records the minutes have said so far, for an account of any they leave out.
    printed: HashSet<RecordId>,
    /// The count of the public the attendance paragraph says, not said again after it.
    public_in_attendance: Option<RecordId>,
    /// Where the Chair varied the order of business, worked out once for every minute.
    varied: Option<(usize, usize)>,
    /// Each item's records in the order they happened, by the item's handle: gathered in one
    /// pass, so that the minutes are linear in the items and records together.
    by_item: HashMap<&'m str, Vec<&'m Record>>,
    blocks: Vec<Block>,
}

impl<'m> Builder<'m> {
    fn new(meeting: &'m Meeting, style: &'m Style, options: Options) -> Self {
        let room = meeting.room_now();
        let attendance = room
            .everyone()
            .map(|(person, standing)| (person.id.as_str(), standing.attendance.clone()))
            .collect();
        let offices = room
            .everyone()
            .map(|(person, standing)| (person.id.as_str(), standing.office))
            .collect();
        let private: HashSet<RecordId> = meeting
            .records
            .iter()
            .zip(meeting.private_records())
            .filter(|(_, private)| *private)
            .map(|(record, _)| record.id)
            .collect();
        let mut by_item: HashMap<&'m str, Vec<&'m Record>> = HashMap::new();
        for record in &meeting.records {
            if let Some(item) = record.item.as_deref() {
                by_item.entry(item).or_default().push(record);
            }
        }
        Builder {
            meeting,
            voice: Voice::new(meeting, style),
            options,
            parts: meeting.parts(),
            attendance,
            offices,
            private_attendees: private_attendees(meeting, &private),
            private,
            printed: HashSet::new(),
            public_in_attendance: None,
            varied: meeting.order_varied(),
            by_item,
            blocks: Vec::new(),
        }
    }

    fn say(&self, phrase: &Phrase) -> String {
        self.voice.say(phrase)
    }

    fn word(&self, key: Key) -> String {
        self.voice.word(key)
    }

    fn office(&self, person: &Person) -> Office {
        self.offices
            .get(person.id.as_str())
            .copied()
            .unwrap_or(person.office)
    }

    fn attendance_of(&self, person: &Person) -> Option<&Attendance> {
        self.attendance.get(person.id.as_str())
    }

    /// Whether a person is named in these minutes: not in the public minutes when they
    /// attended only business taken in private.
    fn named(&self, person: &Person) -> bool {
        self.options.confidential || !self.private_attendees.contains(person.id.as_str())
    }

    fn attended(&self, person: &Person) -> bool {
        self.named(person)
            && matches!(
                self.attendance_of(person),
                Some(Attendance::Present | Attendance::Substitute { .. })
            )
    }

    fn substitute(&self, person: &Person) -> bool {
        matches!(
            self.attendance_of(person),
            Some(Attendance::Substitute { .. })
        )
    }

    fn virtual_attendance(&self, person: &Person) -> bool {
        self.named(person) && matches!(self.attendance_of(person), Some(Attendance::Virtual))
    }

    /// A block; a heading or a line a house style leaves without words is left out.
    fn push(&mut self, block: Block) {
        let empty = match &block {
            Block::Council(text)
            | Block::Section(text)
            | Block::Group(text)
            | Block::Line(text)
            | Block::Paragraph(text)
            | Block::Paragraphs(text)
            | Block::NotForPublication(text)
            | Block::Signature(text) => text.trim().is_empty(),
            Block::Points(points) => points.is_empty(),
            Block::Heading { .. }
            | Block::Minute { .. }
            | Block::Resolved { .. }
            | Block::RecordedVote { .. }
            | Block::Table(_) => false,
        };
        if !empty {
            self.blocks.push(block);
        }
    }

    /// A paragraph; an empty one (a sentence the house style leaves without words) is none.
    fn paragraph(&mut self, text: impl Into<String>) {
        let text = text.into();
        if !text.trim().is_empty() {
            self.blocks.push(Block::Paragraph(text));
        }
    }

    fn say_paragraph(&mut self, phrase: Phrase) {
        let text = self.say(&phrase);
        self.paragraph(text);
    }

    fn is_part_two(&self, index: usize) -> bool {
        self.parts.get(index) == Some(&Part::Two)
    }

    fn build(mut self) -> Document {
        let meeting = self.meeting;
        let heading = self.build_blocks();
        let date = self.voice.short_date(meeting.date);
        Document {
            title: format!("{heading}, {date}"),
            running_head: self.say(
                &Phrase::new(Key::RunningHead)
                    .text("body", meeting.body.name.clone())
                    .text("the_body", with_article(&meeting.body.name))
                    .text("date", date),
            ),
            page_footer: page_footer(&self.voice),
            author: author(meeting),
            confidential: self
                .options
                .confidential
                .then(|| self.voice.say(&Phrase::new(Key::ConfidentialMark))),
            blocks: self.blocks,
        }
    }

    /// Every block of the minutes, in order; says the document's heading.
    fn build_blocks(&mut self) -> String {
        let meeting = self.meeting;
        let heading = self.head();
        self.present();
        self.opening();
        let order = self.voice.style.settings.order;
        let minutes = meeting.minutes_as(order);
        for index in meeting.minute_order_as(order) {
            self.minute(index, &meeting.agenda[index], minutes[index]);
        }
        self.close();
        heading
    }

    fn minute(&mut self, index: usize, item: &'m AgendaItem, minute: Minute) {
        self.minute_heading(index, item, minute);
        self.item(index, item);
    }
}

/// Who minutes are by: the council, or the body when the meeting names no council.
pub fn author(meeting: &Meeting) -> String {
    meeting
        .body
        .council
        .clone()
        .unwrap_or_else(|| meeting.body.name.clone())
}

/// "Page {page} of {pages}", with the marks a Word document puts its fields in place of.
pub fn page_footer(voice: &Voice<'_>) -> String {
    voice.say(
        &Phrase::new(Key::PageFooter)
            .text("page", PAGE.to_string())
            .text("pages", PAGES.to_string()),
    )
}

/// Everyone whose attendance was recorded only while business was private: an officer who came
/// in for the Part 2 item is not named in the public minutes.
fn private_attendees<'m>(meeting: &'m Meeting, private: &HashSet<RecordId>) -> HashSet<&'m str> {
    let mut public: HashSet<&str> = HashSet::new();
    let mut seen: HashSet<&'m str> = HashSet::new();
    for record in &meeting.records {
        let attends = matches!(
            record.event.kind(),
            EventKind::Present
                | EventKind::AttendingVirtually
                | EventKind::Substitute
                | EventKind::ArrivedLate
        );
        let Some(person) = record.event.person().filter(|_| attends) else {
            continue;
        };
        let Some(person) = meeting.person(person).map(|p| p.id.as_str()) else {
            continue;
        };
        seen.insert(person);
        if !private.contains(&record.id) {
            public.insert(person);
        }
    }
    seen.difference(&public).copied().collect()
}
