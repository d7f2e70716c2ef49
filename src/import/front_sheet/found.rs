//! What the reader finds on a front sheet, each fact with the line it came from and how it was
//! given, so that the choice between two of them can be made (and said) afterwards.

use chrono::{NaiveDate, NaiveTime};

use crate::import::numbers::Reference;
use crate::model::{Contact, Part};

/// What became of a line of the front sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// Empty.
    Blank,
    /// The body's name, the council's, the date, time or place, the contact officer.
    Detail,
    /// An item line.
    Item,
    /// Part of an item's description.
    Description,
    /// Part of a notice.
    Notice,
    /// Part of the membership.
    Membership,
    /// A Part 1 or Part 2 heading, or the word "Agenda".
    Heading,
    /// The summons sentence or the letter around it (its date, its greeting).
    Letter,
    /// The summons' signature: the clerk's name and post.
    Signature,
    /// Page furniture: page numbers, running headers, links, stamps.
    Furniture,
    /// Said something already taken from another line, differently.
    Conflict,
    /// Marked like an item (a bullet) but read as text, into a notice: the clerk should check.
    Doubtful,
    /// Not understood.
    Unplaced,
}

impl Use {
    /// Whether the line went into the meeting (or had nothing to say).
    pub fn placed(self) -> bool {
        match self {
            Use::Blank
            | Use::Detail
            | Use::Item
            | Use::Description
            | Use::Notice
            | Use::Membership
            | Use::Heading
            | Use::Letter => true,
            Use::Signature | Use::Furniture | Use::Conflict | Use::Doubtful | Use::Unplaced => {
                false
            }
        }
    }
}

/// Where a date, time, place or name came from, best first: a label that says it is the
/// meeting's, the summons sentence, a heading, a plain label, a line of its own, and last the
/// letter's own date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    MeetingLabel,
    Summons,
    Heading,
    Label,
    OwnLine,
    Letter,
}

/// A fact as one line gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Given<T> {
    pub value: T,
    pub line: usize,
    pub text: String,
    pub source: Source,
}

/// Two lines that said different things of the same fact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// "date", "time", "venue", "contact".
    pub fact: &'static str,
    pub taken: (usize, String),
    pub left: (usize, String),
}

/// An item as the sheet gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundItem {
    pub line: usize,
    pub reference: Reference,
    pub title: String,
    pub description: Vec<String>,
    pub part: Part,
    pub planned: Option<NaiveTime>,
}

/// Everything the reader found.
#[derive(Debug, Default)]
pub struct Found {
    pub bodies: Vec<Given<String>>,
    pub council: Option<String>,
    pub dates: Vec<Given<NaiveDate>>,
    /// A day and month printed without the year.
    pub days: Vec<Given<(u32, u32)>>,
    pub times: Vec<Given<NaiveTime>>,
    pub venues: Vec<Given<String>>,
    pub contact: Contact,
    pub notices: Vec<String>,
    pub membership: Vec<String>,
    /// A summons was addressed to the members, though none were named.
    pub addressed: bool,
    pub items: Vec<FoundItem>,
    /// Lines above the word "Agenda" (or the date), where the body's name usually stands.
    pub above: Vec<usize>,
    /// Where the front sheet ends: the first line of the next document, if any.
    pub end: Option<usize>,
    pub conflicts: Vec<Conflict>,
    /// What became of each line, by index into the sheet's lines.
    pub uses: Vec<Use>,
    /// The agenda numbered none of its items: each line under it was taken as one, in turn.
    pub unnumbered: bool,
    /// The numbers given, in turn, to items the agenda marks with a bullet or a dash.
    pub bulleted: Vec<u32>,
    /// The letters or roman numerals the agenda marks its items with, in turn.
    pub marked: Vec<String>,
}

impl Found {
    pub fn new(lines: usize) -> Found {
        Found {
            uses: vec![Use::Unplaced; lines],
            ..Found::default()
        }
    }

    /// Marks the line at this index as used so.
    pub fn mark(&mut self, index: usize, used: Use) {
        if let Some(slot) = self.uses.get_mut(index) {
            *slot = used;
        }
    }

    /// Notes a contact detail: the first given is kept, and a different one after it is
    /// said as a conflict.
    pub fn contact_detail(&mut self, field: ContactField, value: String, index: usize, text: &str) {
        let slot = match field {
            ContactField::Name => &mut self.contact.name,
            ContactField::Phone => &mut self.contact.phone,
            ContactField::Email => &mut self.contact.email,
        };
        match slot {
            Some(kept) if *kept != value => {
                self.conflicts.push(Conflict {
                    fact: field.word(),
                    taken: (0, kept.clone()),
                    left: (index + 1, text.trim().to_string()),
                });
                self.mark(index, Use::Conflict);
            }
            Some(_) => self.mark(index, Use::Detail),
            None => {
                *slot = Some(value);
                self.mark(index, Use::Detail);
            }
        }
    }
}

/// The parts of the contact block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactField {
    Name,
    Phone,
    Email,
}

impl ContactField {
    fn word(self) -> &'static str {
        match self {
            ContactField::Name => "contact",
            ContactField::Phone => "telephone",
            ContactField::Email => "e-mail",
        }
    }
}
