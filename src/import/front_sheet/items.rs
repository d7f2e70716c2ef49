//! The items of the agenda as the reader meets them: a numbered line in any of the shapes
//! councils print, a number alone on its line with the title below it, a line listing several
//! items, a bulleted title, a page range wrapped onto the next line, and the time the agenda
//! plans for an item.

use chrono::NaiveTime;

use super::found::{FoundItem, Use};
use super::reader::Reader;
use crate::import::items::{bullet_item, kind_of, take_pages};
use crate::import::numbers::{Reference, Shape, item_line, one_line_list};
use crate::model::ItemKind;
use crate::model::clock::{parse_date, parse_time};

impl Reader<'_> {
    /// An item line of any shape, where the sequence of items expects one.
    pub(super) fn item(&mut self, index: usize) -> bool {
        let text = self.text(index);
        if let Some(list) = one_line_list(text)
            && self.expects(list[0].0)
        {
            for (number, title) in list {
                let reference = plain(number);
                self.push_item(index, reference, title);
            }
            return true;
        }
        if let Some(line) = item_line(text)
            && self.accepts(&line.reference, line.shape, &line.title, text)
        {
            let title = self.wrapped_title(line.title);
            self.push_item(index, line.reference, title);
            self.bulleted = false;
            return true;
        }
        if let Some(reference) = alone(text)
            && self.accepts(&reference, Shape::Stopped, "", text)
            && let Some(title_at) = self.next_filled()
        {
            // "1." alone, its title on the next line that says anything.
            let title = self.text(title_at).to_string();
            for skipped in self.at..title_at {
                self.found.mark(skipped, Use::Blank);
            }
            self.at = title_at + 1;
            self.found.mark(title_at, Use::Item);
            self.push_item(index, reference, title);
            return true;
        }
        self.bullet(index)
    }

    /// An item given as a bulleted line ("- Apologies for Absence").
    fn bullet(&mut self, index: usize) -> bool {
        let expected = self
            .found
            .items
            .last()
            .map_or(1, |i| i.reference.number + 1);
        if !self.started() || !bullet_item(self.lines, index, expected, self.bulleted) {
            if self.lines[index].bullet && self.found.items.is_empty() && self.started() {
                // Marked like an item but read as text, into the notice: the clerk should look.
                self.notice.push(self.text(index).to_string());
                self.found.mark(index, Use::Doubtful);
                return true;
            }
            return false;
        }
        let title = self.text(index).to_string();
        self.push_item(index, plain(expected), title);
        self.found.bulleted.push(expected);
        self.bulleted = true;
        true
    }

    /// Whether an item with this number can come next.
    fn expects(&self, number: u32) -> bool {
        match self.found.items.last() {
            Some(last) => number == last.reference.number + 1 && last.reference.pattern == "#",
            None => number == 1,
        }
    }

    /// Whether the line's reference is the next item's: it follows the last item's, or, for the
    /// first item, it is plainly an item (a stop after the number, or item 1, or a standard
    /// item's title) and not a date.
    fn accepts(&self, reference: &Reference, shape: Shape, title: &str, text: &str) -> bool {
        if parse_date(text).is_some() || looks_like_time(text) {
            return false;
        }
        match self.found.items.last() {
            Some(last) => {
                reference.follows(&last.reference)
                    || (reference.sub.is_some()
                        && reference.pattern == last.reference.pattern
                        && reference.number == last.reference.number + 1)
            }
            None => {
                reference.sub.is_none()
                    && (shape != Shape::Spaced
                        || reference.number == 1
                        || kind_of(title) != ItemKind::Report)
            }
        }
    }

    /// A page range wrapped onto the next line ("(Pages 185 -" ⏎ "192)"), or a title wrapped
    /// onto the next line that ends with its page range.
    fn wrapped_title(&mut self, mut title: String) -> String {
        let open_pages = |t: &str| {
            let lower = t.to_lowercase();
            lower
                .rfind("(page")
                .is_some_and(|at| !lower[at..].contains(')'))
        };
        while open_pages(&title) {
            match self.lines.get(self.at) {
                Some(next) if !next.text.trim().is_empty() => {
                    title.push(' ');
                    title.push_str(next.text.trim());
                    self.found.mark(self.at, Use::Item);
                    self.at += 1;
                }
                _ => break,
            }
        }
        if take_pages(&title).1.is_none()
            && let Some(next) = self.lines.get(self.at)
            && !next.text.trim().is_empty()
            && item_line(&next.text).is_none()
            && take_pages(next.text.trim()).1.is_some()
        {
            title.push(' ');
            title.push_str(next.text.trim());
            self.found.mark(self.at, Use::Item);
            self.at += 1;
        }
        title
    }

    /// The index of the next line that says anything, close below.
    fn next_filled(&self) -> Option<usize> {
        (self.at..self.lines.len().min(self.at + 4)).find(|&i| !self.text(i).is_empty())
    }

    fn push_item(&mut self, index: usize, reference: Reference, title: String) {
        self.finish_notice();
        self.found.mark(index, Use::Item);
        self.found.items.push(FoundItem {
            line: index + 1,
            reference,
            title,
            description: Vec::new(),
            part: self.part,
            planned: None,
        });
    }

    /// The time the agenda plans for the item, on a line of its own under it ("7.05 pm",
    /// "(7.05 - 7.15 pm)"): kept as the item's planned time, not its description.
    pub(super) fn planned_time(&mut self, index: usize) -> bool {
        let Some(item) = self.found.items.last() else {
            return false;
        };
        if item.planned.is_some() || item.description.iter().any(|l| !l.trim().is_empty()) {
            return false;
        }
        let Some(time) = planned(self.text(index)) else {
            return false;
        };
        if let Some(item) = self.found.items.last_mut() {
            item.planned = Some(time);
        }
        self.found.mark(index, Use::Detail);
        true
    }
}

/// An item number of digits alone.
fn plain(number: u32) -> Reference {
    Reference {
        printed: number.to_string(),
        pattern: "#".into(),
        number,
        sub: None,
    }
}

/// A reference alone on its line, with its stop: "1.", "12)".
fn alone(text: &str) -> Option<Reference> {
    let digits = text.strip_suffix(['.', ')'])?;
    let number: u32 = digits.parse().ok().filter(|_| digits.len() <= 3)?;
    Some(plain(number))
}

/// A planned time, or range of time, alone: "7.05 pm", "(7.05pm)", "7.05 - 7.15pm". The start
/// is the time planned.
pub(super) fn planned(text: &str) -> Option<NaiveTime> {
    let inner = text.trim().trim_start_matches('(').trim_end_matches(')');
    let start = inner
        .split(['-', '–', '—'])
        .next()
        .map(str::trim)
        .unwrap_or(inner);
    let marker = inner.to_lowercase();
    let has_marker = marker.ends_with("pm") || marker.ends_with("am");
    // "7.05 - 7.15pm": the start takes the marker of the end.
    let start = if has_marker && !start.to_lowercase().ends_with('m') {
        format!("{start}{}", &marker[marker.len() - 2..])
    } else {
        start.to_string()
    };
    looks_like_time(&start)
        .then(|| parse_time(&start))
        .flatten()
}

/// Whether text is a clock time as agendas print one: "7.05", "19:30", "7pm", "7.05 pm", and
/// not an item's number ("7.") or a sub-item's ("7.1").
fn looks_like_time(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let body = lower
        .strip_suffix("pm")
        .or_else(|| lower.strip_suffix("am"))
        .map(str::trim_end);
    let digits = body.unwrap_or(&lower);
    let (hour, minute) = match digits.split_once(['.', ':']) {
        Some((hour, minute)) => (hour, Some(minute)),
        None => (digits, None),
    };
    let hour_ok = !hour.is_empty() && hour.len() <= 2 && hour.chars().all(|c| c.is_ascii_digit());
    match minute {
        Some(minute) => hour_ok && minute.len() == 2 && minute.chars().all(|c| c.is_ascii_digit()),
        None => hour_ok && body.is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_planned_time_is_read_alone_or_as_a_range() {
        let at = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        assert_eq!(planned("7.05 pm"), at(19, 5));
        assert_eq!(planned("(7.05pm)"), at(19, 5));
        assert_eq!(planned("7.05 - 7.15pm"), at(19, 5));
        assert_eq!(planned("19:30"), at(19, 30));
        assert_eq!(planned("7 members"), None);
        assert_eq!(planned("2025"), None);
        assert_eq!(planned("7."), None, "an item's number");
        assert_eq!(planned("7.1"), None, "a sub-item's number");
    }
}
