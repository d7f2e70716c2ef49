//! Going down a front sheet a line at a time. Each part of a sheet has a method that tries the
//! line and says whether it took it; the first that takes it wins, and a line none take is
//! prose: a description, a notice, a heading above the agenda, or not placed.

use chrono::NaiveDate;

use super::found::{ContactField, Found, Given, Source, Use};
use crate::import::clean::{self, Furniture, Line, squeeze};
use crate::import::fields::{
    date_line, is_council_line, labelled, part_heading, starts_next_document, title_case,
};
use crate::import::members::{membership_label, membership_lines};
use crate::import::paragraphs::{join_lines, paragraphs};
use crate::import::summons::{
    addressed_to, letter_date_label, letter_furniture, opens_summons, read_summons,
};
use crate::model::Part;
use crate::model::clock::{parse_date, parse_day_and_month, parse_time};

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
    /// alone or glued to the heading of the minutes that follow).
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
        if is_council_line(head) && self.found.council.is_none() {
            self.found.council = Some(title_case(head));
        }
        true
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
            self.found
                .contact_detail(ContactField::Name, squeeze(name), index, text);
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

    /// The summons sentence, over as many lines as it runs ("… to be held at:" ⏎⏎ "the
    /// Village Hall for the purpose of …" included).
    fn summons(&mut self, index: usize) -> bool {
        if !opens_summons(self.text(index)) || !self.found.items.is_empty() {
            return false;
        }
        let mut sentence = vec![self.text(index).to_string()];
        self.found.mark(index, Use::Letter);
        while let Some(next) = self.lines.get(self.at) {
            let text = next.text.trim();
            let last = sentence.last().map_or("", String::as_str);
            let open = !last.ends_with('.') || last.ends_with(':');
            if text.is_empty() && last.trim_end().ends_with(':') {
                self.found.mark(self.at, Use::Blank);
                self.at += 1;
                continue;
            }
            if text.is_empty() || !open || self.opens_other_part(text) {
                break;
            }
            sentence.push(text.to_string());
            self.found.mark(self.at, Use::Letter);
            self.at += 1;
        }
        let said = read_summons(&join_lines(&sentence));
        let text = sentence.join(" ");
        let found = &mut self.found;
        if let Some(body) = said.body {
            found.bodies.push(summoned(body, index, &text));
        }
        if let Some(date) = said.date {
            found.dates.push(summoned(date, index, &text));
        }
        if let Some(day) = said.day_and_month {
            found.days.push(summoned(day, index, &text));
        }
        if let Some(time) = said.time {
            found.times.push(summoned(time, index, &text));
        }
        if let Some(venue) = said.venue {
            found.venues.push(summoned(venue, index, &text));
        }
        true
    }

    /// A line that starts a part of the sheet of its own, so a wrapped sentence ends before it.
    fn opens_other_part(&self, text: &str) -> bool {
        crate::import::numbers::item_line(text).is_some()
            || text.eq_ignore_ascii_case("agenda")
            || text.contains(':') && !text.ends_with(':')
    }

    /// The letter's own date ("Issue date: …"), and its greeting and references.
    fn letter(&mut self, index: usize) -> bool {
        let text = self.text(index);
        if let Some(value) = letter_date_label(text) {
            self.found.mark(index, Use::Letter);
            if let Some(date) = date_line(value).map(|(d, _)| d) {
                self.note_date(index, date, Source::Letter);
            }
            return true;
        }
        if letter_furniture(text) && !text.contains('@') {
            self.found.mark(index, Use::Letter);
            return true;
        }
        false
    }

    /// Whom the summons is addressed to: the members, named on the line or the lines below.
    fn addressed(&mut self, index: usize) -> bool {
        let Some(names) = addressed_to(self.text(index)) else {
            return false;
        };
        if !self.found.items.is_empty() {
            return false;
        }
        self.found.mark(index, Use::Membership);
        self.found.addressed = true;
        if !names.is_empty() {
            self.found.membership.push(names.to_string());
            return true;
        }
        // The names one to a line (or in two columns) below, until a line that is not a name.
        let (names, used) = membership_lines("", &self.lines[self.at..]);
        if names.iter().any(|n| looks_like_names(n)) {
            for offset in 0..used {
                self.found.mark(self.at + offset, Use::Membership);
            }
            self.found.membership.extend(names);
            self.at += used;
        }
        true
    }

    /// The date, time and place: labelled, in a line of their own, or in a heading.
    fn when_and_where(&mut self, index: usize) -> bool {
        let text = self.text(index);
        let meeting_label = ["Date of Meeting", "Meeting Date", "Date of the meeting"]
            .iter()
            .find_map(|label| labelled(text, label))
            .filter(|_| self.found.items.is_empty());
        if let Some(value) = meeting_label {
            return self.dated(index, value, Source::MeetingLabel);
        }
        if let Some(value) = labelled(text, "Date") {
            let source = if self.near_letter(index) {
                Source::Letter
            } else {
                Source::Label
            };
            return self.dated(index, value, source);
        }
        if let Some(value) = labelled(text, "Time") {
            match parse_time(value) {
                Some(time) => self.note_time(index, time, Source::Label),
                None => self.found.mark(index, Use::Unplaced),
            }
            return true;
        }
        let venue = ["Venue", "Place", "Location", "Where"]
            .iter()
            .find_map(|label| labelled(text, label));
        if let Some(value) = venue {
            self.venue(index, value);
            return true;
        }
        if self.found.items.is_empty() {
            return self.date_of_its_own(index) || self.dated_heading(index);
        }
        false
    }

    /// Whether a plain "Date:" sits in a letter's head, near its greeting or references.
    fn near_letter(&self, index: usize) -> bool {
        let from = index.saturating_sub(4);
        let to = (index + 5).min(self.lines.len());
        (from..to).any(|i| letter_furniture(self.text(i)))
    }

    fn dated(&mut self, index: usize, value: &str, source: Source) -> bool {
        // "Date: Monday 10 November 2025 at 10.00 am" gives the time too.
        match date_line(value) {
            Some((date, hour)) => {
                self.note_date(index, date, source);
                if let Some(hour) = hour {
                    self.note_time(index, hour, source);
                }
            }
            None => match parse_day_and_month(value) {
                Some((day, month, None)) => {
                    self.found.mark(index, Use::Detail);
                    self.found.days.push(Given {
                        value: (day, month),
                        line: index + 1,
                        text: self.text(index).to_string(),
                        source,
                    });
                }
                _ => self.found.mark(index, Use::Unplaced),
            },
        }
        true
    }

    pub(super) fn note_date(&mut self, index: usize, date: NaiveDate, source: Source) {
        if self.found.uses.get(index) != Some(&Use::Letter) {
            self.found.mark(index, Use::Detail);
        }
        self.found.dates.push(Given {
            value: date,
            line: index + 1,
            text: self.text(index).to_string(),
            source,
        });
    }

    fn note_time(&mut self, index: usize, time: chrono::NaiveTime, source: Source) {
        self.found.mark(index, Use::Detail);
        self.found.times.push(Given {
            value: time,
            line: index + 1,
            text: self.text(index).to_string(),
            source,
        });
    }

    /// The venue wraps onto lines without a label, until a blank line.
    fn venue(&mut self, index: usize, value: &str) {
        let mut parts = vec![value.to_string()];
        self.found.mark(index, Use::Detail);
        while let Some(next) = self.lines.get(self.at) {
            let text = next.text.trim();
            if text.is_empty()
                || text.contains(':')
                || crate::import::numbers::item_line(text).is_some()
            {
                break;
            }
            parts.push(text.to_string());
            self.found.mark(self.at, Use::Detail);
            self.at += 1;
        }
        self.found.venues.push(Given {
            value: join_lines(&parts),
            line: index + 1,
            text: self.text(index).to_string(),
            source: Source::Label,
        });
    }

    /// A front sheet without a "Date:" label gives the date on a line of its own; after the
    /// items have begun, a date alone is a signature's or a report's, not the meeting's.
    fn date_of_its_own(&mut self, index: usize) -> bool {
        let text = self.text(index);
        if let Some((date, hour)) = date_line(text) {
            self.note_date(index, date, Source::OwnLine);
            if let Some(hour) = hour {
                self.note_time(index, hour, Source::OwnLine);
            }
            return true;
        }
        if let Some((day, month, None)) = parse_day_and_month(text) {
            self.found.mark(index, Use::Detail);
            self.found.days.push(Given {
                value: (day, month),
                line: index + 1,
                text: text.to_string(),
                source: Source::OwnLine,
            });
            return true;
        }
        false
    }

    /// A heading that carries the date, and perhaps the body, time and place:
    /// "PLANNING COMMITTEE - WEDNESDAY, 8TH APRIL, 2015", "TUESDAY, 08 MAY 2018 AT 14:00 HOURS
    /// IN COMMITTEE ROOM 6, COUNCIL HOUSE".
    fn dated_heading(&mut self, index: usize) -> bool {
        let text = self.text(index);
        let Some(heading) = dated_heading(text) else {
            return false;
        };
        self.note_date(index, heading.date, Source::Heading);
        if let Some(body) = heading.body {
            self.give_body(index, Source::Heading, body);
        }
        if let Some(time) = heading.time {
            self.note_time(index, time, Source::Heading);
        }
        if let Some(venue) = heading.venue {
            self.found.venues.push(Given {
                value: venue,
                line: index + 1,
                text: text.to_string(),
                source: Source::Heading,
            });
        }
        true
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

/// Whether a line is an agenda's heading, and the title before the word "Agenda" when the
/// line has one (a date at its head left off).
fn agenda_heading(text: &str) -> Option<String> {
    let letters: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let lower = letters.trim_end_matches(':').to_lowercase();
    if [
        "agenda",
        "agendano",
        "agendano.",
        "agendaandminutes",
        "agendaitems",
    ]
    .contains(&lower.as_str())
    {
        return Some(String::new());
    }
    let trimmed = text.trim();
    let before = trimmed
        .strip_suffix("Meeting Agenda")
        .or_else(|| trimmed.strip_suffix("MEETING AGENDA"))
        .or_else(|| trimmed.strip_suffix(" Agenda"))
        .or_else(|| trimmed.strip_suffix(" AGENDA"))?;
    let before = before.trim().trim_end_matches(['–', '-', '—', ':']).trim();
    // "25/08/2021 Ashby Parish Council Meeting Agenda": the date at its head is not the name.
    let words: Vec<&str> = before.split_whitespace().collect();
    let dated = words.first().is_some_and(|w| parse_date(w).is_some());
    let name = if dated {
        words[1..].join(" ")
    } else {
        before.to_string()
    };
    (!name.is_empty() && name.split_whitespace().count() <= 8).then_some(name)
}

/// A body's name as a sheet prints it, out of capitals if it is all capitals.
fn body_name(text: &str) -> String {
    let text = squeeze(text);
    if text.chars().any(char::is_lowercase) {
        text
    } else {
        title_case(&text)
    }
}

/// A line that names a council: "CHESHIRE EAST COUNCIL", "Ashby Town Council", "LONDON
/// BOROUGH OF ASHGROVE".
pub(super) fn names_council(text: &str) -> bool {
    let trimmed = text.trim();
    let lower = trimmed.to_lowercase();
    let short = trimmed.split_whitespace().count() <= 6
        && trimmed.chars().next().is_some_and(char::is_uppercase);
    is_council_line(trimmed)
        || (short && lower.ends_with(" council"))
        || (short
            && [
                "london borough of ",
                "royal borough of ",
                "borough of ",
                "city of ",
                "county of ",
            ]
            .iter()
            .any(|start| lower.starts_with(start)))
}

/// A sentence of prose rather than a name: many words, ending in a full stop.
pub(super) fn is_sentence(text: &str) -> bool {
    text.trim_end().ends_with('.') && text.split_whitespace().count() >= 6
}

/// A fact the summons sentence gave.
fn summoned<T>(value: T, index: usize, text: &str) -> Given<T> {
    Given {
        value,
        line: index + 1,
        text: text.to_string(),
        source: Source::Summons,
    }
}

/// A clerk's post under their name at the foot or head of a summons.
pub(super) fn is_signature(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.split_whitespace().count() <= 10
        && [
            "clerk",
            "chief executive",
            "proper officer",
            "democratic services",
            "head of legal",
            "monitoring officer",
        ]
        .iter()
        .any(|post| lower.contains(post))
}

/// Whether a line reads as names: a few capitalised words, perhaps separated by commas.
fn looks_like_names(text: &str) -> bool {
    let words: Vec<&str> = text
        .split([',', ' '])
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"))
        .collect();
    !words.is_empty()
        && words.len() <= 40
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '(')
        })
}

/// What a heading with a date gives.
struct DatedHeading {
    date: NaiveDate,
    body: Option<String>,
    time: Option<chrono::NaiveTime>,
    venue: Option<String>,
}

fn dated_heading(text: &str) -> Option<DatedHeading> {
    // "BODY - DATE": the date after a dash, the body before it.
    for dash in [" - ", " – ", " — "] {
        if let Some((body, rest)) = text.split_once(dash)
            && let Some((date, time)) = date_line(rest)
        {
            return Some(DatedHeading {
                date,
                body: Some(title_case(body.trim())).filter(|b| !b.is_empty()),
                time,
                venue: None,
            });
        }
    }
    // "DATE AT TIME IN PLACE".
    // ASCII raising keeps every byte where it was, so its places are the text's places.
    let upper = text.to_ascii_uppercase();
    let (when, venue) = match upper.find(" IN ") {
        Some(at) => (&text[..at], Some(text[at + 4..].trim())),
        None => (text, None),
    };
    let (day, time) = match when.to_ascii_uppercase().find(" AT ") {
        Some(at) => (&when[..at], parse_time(&when[at + 4..])),
        None => (when, None),
    };
    let date = parse_date(day)?;
    Some(DatedHeading {
        date,
        body: None,
        time,
        venue: venue
            .map(|v| squeeze(v).trim_matches([',', ' ']).replace(" , ", ", "))
            .map(|v| v.replace(", ,", ","))
            .filter(|v| !v.is_empty()),
    })
}
