//! Going down a front sheet a line at a time. Each part of a sheet has a method that tries the
//! line and says whether it took it; the first that takes it wins, and a line none take is
//! prose: a description, a notice, a heading above the agenda, or not placed.

use chrono::NaiveDate;

use super::found::{ContactField, Found, Given, Source, Use};
use crate::import::clean::{self, Furniture, Line, squeeze};
use crate::import::fields::{
    date_line, is_council_line, labelled, part_heading, starts_next_document, title_case,
    written_when,
};
use crate::import::members::{membership_label, membership_lines};
use crate::import::numbers::item_line;
use crate::import::paragraphs::{join_lines, paragraphs};
use crate::import::summons::{
    addressed_to, letter_date_label, letter_furniture, opens_summons, read_summons,
};
use crate::model::Part;
use crate::model::clock::{parse_date, parse_day_and_month, parse_time};

mod letter;
pub(super) mod shapes;

use shapes::*;

pub struct Reader<'l> {
    pub(super) lines: &'l [Line],
    /// The index of the next line to read.
    pub(super) at: usize,
    pub(super) found: Found,
    pub(super) part: Part,
    seen_agenda: bool,
    /// The last item came from a bulleted line, so the agenda lists its items that way.
    pub(super) bulleted: bool,
    after_link: bool,
    /// The lines of the notice being read, before the first item.
    pub(super) notice: Vec<String>,
}

impl<'l> Reader<'l> {
    pub fn new(lines: &'l [Line]) -> Reader<'l> {
        Reader {
            lines,
            at: 0,
            found: Found::new(lines.len()),
            part: Part::One,
            seen_agenda: false,
            bulleted: false,
            after_link: false,
            notice: Vec::new(),
        }
    }

    /// A reader for an agenda that lists its items without numbers: every bulleted line, once
    /// the agenda has begun, is an item.
    pub fn listing(lines: &'l [Line]) -> Reader<'l> {
        Reader {
            bulleted: true,
            ..Reader::new(lines)
        }
    }

    /// Reads the front sheet to its end, and says what was found.
    pub fn read(mut self) -> Found {
        while self.at < self.lines.len() {
            let index = self.at;
            self.at += 1;
            if self.ends_sheet(index) {
                self.found.end = Some(index);
                break;
            }
            self.line(index);
        }
        self.finish_notice();
        self.signature_at_end();
        self.found
    }

    pub(super) fn text(&self, index: usize) -> &'l str {
        self.lines.get(index).map_or("", |l| l.text.trim())
    }

    /// The agenda has begun: the word "Agenda" was seen, or the meeting's date (a letter's own
    /// date is not the meeting's).
    pub(super) fn started(&self) -> bool {
        self.seen_agenda
            || self.found.dates.iter().any(|d| d.source != Source::Letter)
            || !self.found.items.is_empty()
    }

    fn line(&mut self, index: usize) {
        if self.link_tail(index) {
            return;
        }
        if self.text(index).is_empty() {
            self.blank(index);
            return;
        }
        let taken = self.furniture(index)
            || self.contact(index)
            || self.agenda_word(index)
            || self.summons(index)
            || self.letter(index)
            || self.addressed(index)
            || self.when_and_where(index)
            || self.membership(index)
            || self.part_heading(index)
            || self.item(index)
            || self.planned_time(index);
        if !taken {
            self.prose(index);
        }
    }

    /// After the items, the next document of the pack begins ("CHESHIRE EAST COUNCIL",
    /// alone or glued to the heading of the minutes that follow). A line that only looks like
    /// one is no end: an item that follows the last ("4. REPORTS FROM THE COUNTY COUNCIL"), a
    /// description that mentions other minutes, or any such line with the items going on close
    /// below it.
    fn ends_sheet(&mut self, index: usize) -> bool {
        let text = self.text(index);
        if self.found.items.is_empty() || !starts_next_document(text) {
            return false;
        }
        let head = text
            .split("Minutes of a meeting")
            .next()
            .unwrap_or("")
            .trim();
        let mentions_minutes = text.contains("Minutes of a meeting");
        if mentions_minutes && !head.is_empty() && !is_council_line(head) {
            return false;
        }
        if self.next_item_at(index) || self.items_go_on_below(index) {
            return false;
        }
        if is_council_line(head) && self.found.council.is_none() {
            self.found.council = Some(title_case(head));
        }
        true
    }

    /// Whether the line is the next item of the agenda.
    fn next_item_at(&self, index: usize) -> bool {
        let Some(last) = self.found.items.last() else {
            return false;
        };
        item_line(self.text(index)).is_some_and(|line| line.reference.follows(&last.reference))
    }

    /// Whether the next item of the agenda comes within a few lines below: the sheet goes on.
    fn items_go_on_below(&self, index: usize) -> bool {
        (index + 1..self.lines.len())
            .filter(|&i| !self.text(i).is_empty())
            .take(8)
            .any(|i| self.next_item_at(i))
    }

    /// A link too long for the page wraps: "https://.../your_council/" ⏎ "constitution.aspx".
    fn link_tail(&mut self, index: usize) -> bool {
        let text = self.text(index);
        let tail =
            self.after_link && !text.is_empty() && !text.contains(' ') && text.contains(['.', '/']);
        self.after_link = text.to_lowercase().starts_with("http") && !text.contains(' ');
        if tail {
            self.found.mark(index, Use::Furniture);
        }
        tail
    }

    fn blank(&mut self, index: usize) {
        self.found.mark(index, Use::Blank);
        if let Some(item) = self.found.items.last_mut() {
            item.description.push(String::new());
        } else if !self.notice.is_empty() {
            self.notice.push(String::new());
        }
    }

    fn furniture(&mut self, index: usize) -> bool {
        match clean::furniture(self.text(index)) {
            Some(Furniture::Email(address)) => {
                self.found
                    .contact_detail(ContactField::Email, address, index, self.text(index));
                true
            }
            Some(Furniture::Noise) => {
                self.found.mark(index, Use::Furniture);
                true
            }
            None => false,
        }
    }

    /// The contact block, which can land anywhere, even between an item and its description.
    fn contact(&mut self, index: usize) -> bool {
        let text = self.text(index);
        if text
            .to_lowercase()
            .starts_with("for requests for further information")
        {
            self.found.mark(index, Use::Detail);
            return true;
        }
        let name = text
            .strip_prefix("Contact: ")
            .or_else(|| text.strip_prefix("Contact "))
            .or_else(|| labelled(text, "Contact Officer"))
            .or_else(|| labelled(text, "Please ask for"));
        if let Some(name) = name {
            // "Jo Brown, Democratic Services Officer  Email: jo.brown@…": the address after
            // the name, on the same line.
            let (name, mail) = match name
                .split_once(" Email: ")
                .or_else(|| name.split_once(" E-mail: "))
            {
                Some((name, mail)) => (name, Some(mail)),
                None => (name, None),
            };
            self.found
                .contact_detail(ContactField::Name, squeeze(name), index, text);
            if let Some(address) = mail.and_then(|m| m.split_whitespace().find(|w| w.contains('@')))
            {
                let address = address.trim_end_matches(['.', ',']).to_string();
                self.found
                    .contact_detail(ContactField::Email, address, index, text);
            }
            return true;
        }
        let phone = ["Tel", "Telephone", "Direct Dial", "Phone"]
            .iter()
            .find_map(|label| labelled(text, label));
        if let Some(phone) = phone {
            self.found
                .contact_detail(ContactField::Phone, squeeze(phone), index, text);
            return true;
        }
        let mail = labelled(text, "E-Mail").or_else(|| labelled(text, "Email"));
        let Some(mail) = mail else {
            return false;
        };
        // An address without its "@" is not one to keep: the line is said, not dropped.
        match mail.split_whitespace().find(|w| w.contains('@')) {
            Some(address) => {
                let address = address.trim_end_matches(['.', ',']).to_string();
                self.found
                    .contact_detail(ContactField::Email, address, index, text);
            }
            None => self.found.mark(index, Use::Unplaced),
        }
        true
    }

    /// The word "Agenda" (or "A G E N D A", "Agenda No", "Agenda and minutes"), or a title
    /// line that ends with it ("Ashby Parish Council – Meeting Agenda"): the body's name is in
    /// the title, or above it.
    fn agenda_word(&mut self, index: usize) -> bool {
        let text = self.text(index);
        let Some(before) = agenda_heading(text) else {
            return false;
        };
        self.found.mark(index, Use::Heading);
        if !before.is_empty() {
            self.give_body(index, Source::Heading, body_name(&before));
        }
        if self.seen_agenda {
            return true;
        }
        self.seen_agenda = true;
        let above: Vec<usize> = self.found.above.clone();
        let lines = self.lines;
        let text = |i: usize| lines.get(i).map_or("", |l| l.text.trim());
        // The name closest above the word: a committee's, or the council's own for a meeting of
        // the full council, with the council named above a committee's name.
        let body = above
            .iter()
            .rev()
            .find(|&&i| !is_signature(text(i)) && !is_sentence(text(i)))
            .copied();
        if let Some(body) = body
            && before.is_empty()
        {
            self.give_body(body, Source::Heading, body_name(text(body)));
        }
        if let Some(&council) = above
            .iter()
            .find(|&&i| names_council(text(i)) && Some(i) != body)
        {
            self.found.council = Some(title_case(text(council)));
            self.found.mark(council, Use::Detail);
        }
        true
    }

    pub(super) fn give_body(&mut self, index: usize, source: Source, name: String) {
        self.found.mark(index, Use::Detail);
        self.found.bodies.push(Given {
            value: name,
            line: index + 1,
            text: self.text(index).to_string(),
            source,
        });
    }

    fn membership(&mut self, index: usize) -> bool {
        if !self.found.membership.is_empty() {
            return false;
        }
        let Some(value) = membership_label(self.text(index)) else {
            return false;
        };
        self.found.mark(index, Use::Membership);
        let (names, used) = membership_lines(value, &self.lines[self.at..]);
        for offset in 0..used {
            self.found.mark(self.at + offset, Use::Membership);
        }
        self.found.membership = names;
        self.at += used;
        true
    }

    fn part_heading(&mut self, index: usize) -> bool {
        match part_heading(self.text(index)) {
            Some(part) => {
                self.part = part;
                self.found.mark(index, Use::Heading);
                true
            }
            None => false,
        }
    }

    /// Text that is no part of the sheet's structure: an item's description, a notice, a
    /// heading above the agenda, or a line not placed.
    fn prose(&mut self, index: usize) {
        let text = self.text(index);
        // The clerk's name and post under a summons, before the items begin.
        let next = (index + 1..self.lines.len()).find(|&i| !self.text(i).is_empty());
        let signs = is_signature(text) || next.is_some_and(|i| is_signature(self.text(i)));
        if self.found.items.is_empty() && self.started() && signs && !is_sentence(text) {
            self.found.mark(index, Use::Signature);
            return;
        }
        if let Some(item) = self.found.items.last_mut() {
            item.description.push(text.to_string());
            self.found.mark(index, Use::Description);
        } else if self.started() {
            self.notice.push(text.to_string());
            self.found.mark(index, Use::Notice);
        } else {
            self.found.above.push(index);
        }
    }

    /// A notice ends where the items begin.
    pub(super) fn finish_notice(&mut self) {
        if !self.notice.is_empty() {
            self.found.notices.extend(paragraphs(&self.notice));
            self.notice.clear();
        }
    }

    /// The clerk's name, post and the date at the foot of a summons are its signature, not the
    /// last item's description.
    fn signature_at_end(&mut self) {
        let Some(item) = self.found.items.last() else {
            return;
        };
        let first = item.line; // the item's own line is at index `line - 1`
        let end = self.found.end.unwrap_or(self.lines.len());
        let mut tail: Vec<usize> = (first..end)
            .filter(|&i| self.found.uses.get(i) == Some(&Use::Description))
            .collect();
        let mut signature = Vec::new();
        while let Some(&last) = tail.last() {
            let text = self.text(last);
            let dated = parse_date(text).is_some();
            if dated || is_signature(text) || (!signature.is_empty() && looks_like_names(text)) {
                signature.push(last);
                tail.pop();
            } else {
                break;
            }
        }
        if !signature.iter().any(|&i| is_signature(self.text(i))) {
            return;
        }
        for &index in &signature {
            self.found.mark(index, Use::Signature);
        }
        let texts: Vec<String> = signature
            .iter()
            .map(|&i| self.text(i).to_string())
            .collect();
        if let Some(item) = self.found.items.last_mut() {
            while item
                .description
                .last()
                .is_some_and(|l| l.trim().is_empty() || texts.iter().any(|t| t == l.trim()))
            {
                item.description.pop();
            }
        }
    }
}

/// Whether a line is the agenda's heading: the word "Agenda", or a title ending or starting
/// with it.
pub(super) fn is_agenda_heading(text: &str) -> bool {
    shapes::agenda_heading(text).is_some()
}
