//! The parts of a front sheet that say who is summoned, when and where: the summons sentence,
//! the letter's own date, "To Councillors:", the meeting's date, time and venue, and a heading
//! that carries the date.

use super::*;

impl Reader<'_> {
    /// The summons sentence, over as many lines as it runs ("… to be held at:" ⏎⏎ "the
    /// Village Hall for the purpose of …" included).
    pub(super) fn summons(&mut self, index: usize) -> bool {
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
            if text.is_empty() || !open || next.bullet || self.opens_other_part(text) {
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
    pub(super) fn opens_other_part(&self, text: &str) -> bool {
        crate::import::numbers::item_line(text).is_some()
            || text.eq_ignore_ascii_case("agenda")
            || text.contains(':') && !text.ends_with(':')
    }

    /// The letter's own date ("Issue date: …"), and its greeting and references.
    pub(super) fn letter(&mut self, index: usize) -> bool {
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
    pub(super) fn addressed(&mut self, index: usize) -> bool {
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
    pub(super) fn when_and_where(&mut self, index: usize) -> bool {
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
            return self.date_of_its_own(index)
                || self.dated_heading(index)
                || self.written_when(index);
        }
        false
    }

    /// A line that gives the meeting's date in a sentence or a run of phrases, as a website
    /// or a parish notice does: "Meeting of the Parish Council, Monday 2 February 2026, 7.15
    /// p.m., Ashby Magna Reading Room". Only while no other line has given the date.
    pub(super) fn written_when(&mut self, index: usize) -> bool {
        if self.found.dates.iter().any(|d| d.source != Source::Letter) {
            return false;
        }
        let text = self.text(index);
        let Some(when) = written_when(text) else {
            return false;
        };
        self.note_date(index, when.date, Source::OwnLine);
        if let Some(time) = when.time {
            self.note_time(index, time, Source::OwnLine);
        }
        if let Some(venue) = when.venue {
            self.found.venues.push(Given {
                value: venue,
                line: index + 1,
                text: text.to_string(),
                source: Source::OwnLine,
            });
        }
        if let Some(body) = when.body {
            self.give_body(index, Source::Heading, body);
        }
        true
    }

    /// Whether a plain "Date:" sits in a letter's head, near its greeting or references.
    pub(super) fn near_letter(&self, index: usize) -> bool {
        let from = index.saturating_sub(4);
        let to = (index + 5).min(self.lines.len());
        (from..to).any(|i| letter_furniture(self.text(i)))
    }

    pub(super) fn dated(&mut self, index: usize, value: &str, source: Source) -> bool {
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

    pub(super) fn note_time(&mut self, index: usize, time: chrono::NaiveTime, source: Source) {
        self.found.mark(index, Use::Detail);
        self.found.times.push(Given {
            value: time,
            line: index + 1,
            text: self.text(index).to_string(),
            source,
        });
    }

    /// The venue wraps onto lines without a label, until a blank line.
    pub(super) fn venue(&mut self, index: usize, value: &str) {
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
    pub(super) fn date_of_its_own(&mut self, index: usize) -> bool {
        let text = self.text(index);
        if let Some((date, hour)) = date_line(text) {
            // A date under the clerk's name and post is the day the summons was sent.
            let source = if self.under_signature(index) && hour.is_none() {
                Source::Letter
            } else {
                Source::OwnLine
            };
            self.note_date(index, date, source);
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

    /// Whether the line comes straight after a signature's lines: the clerk's name or post.
    fn under_signature(&self, index: usize) -> bool {
        (0..index)
            .rev()
            .map(|i| self.text(i))
            .find(|t| !t.is_empty())
            .is_some_and(is_signature)
    }

    /// A heading that carries the date, and perhaps the body, time and place:
    /// "PLANNING COMMITTEE - WEDNESDAY, 8TH APRIL, 2015", "TUESDAY, 08 MAY 2018 AT 14:00 HOURS
    /// IN COMMITTEE ROOM 6, COUNCIL HOUSE".
    pub(super) fn dated_heading(&mut self, index: usize) -> bool {
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
}
