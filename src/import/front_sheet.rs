//! Reading an agenda front sheet: the body, when and where, the notices, the contact officer,
//! the membership and every item. Lenient about layout, and it never guesses silently: what it
//! could not place is reported with its line number.

use super::clean::{self, Furniture, Line, squeeze};
use super::fields::{
    body_kind, date_line, is_council_line, labelled, part_heading, previous_last_minute,
    starts_next_document, title_case,
};
use super::items::{bullet_item, exempt_paragraphs, item_line, kind_of, take_pages, take_verbal};
use super::members::{members, membership_label, membership_lines};
use super::paragraphs::{join_lines, paragraphs};
use chrono::NaiveDate;

use crate::model::clock::parse_time;
use crate::model::{AgendaItem, Body, Contact, Meeting, Part};

/// A meeting built from an agenda, with what the importer could not place.
#[derive(Debug, Clone)]
pub struct Imported {
    pub meeting: Meeting,
    /// Lines of the front sheet that were not understood, with their line numbers.
    pub unplaced: Vec<(usize, String)>,
    /// Lines placed by a guess the clerk should check: marked like an item, but read as text.
    pub doubtful: Vec<(usize, String)>,
    /// Where the first minute number came from, in words.
    pub first_minute_from: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("this does not look like an agenda front sheet: {0}")]
    NotAnAgenda(String),
}

/// Reads an agenda pack's text (front sheet first) into a meeting ready to record.
pub fn import(text: &str) -> Result<Imported, ImportError> {
    import_dated(text, None)
}

/// As [`import`]; a front sheet that gives no date takes `date`.
pub fn import_dated(text: &str, supplied: Option<NaiveDate>) -> Result<Imported, ImportError> {
    let lines = clean::lines(text);
    let mut unplaced: Vec<(usize, String)> = Vec::new();
    let mut doubtful: Vec<(usize, String)> = Vec::new();
    // The last item was a bulleted line, so the agenda lists its items that way.
    let mut bulleted = false;
    let mut body_name: Option<String> = None;
    let mut council: Option<String> = None;
    let mut date = None;
    let mut time = None;
    let mut venue = String::new();
    let mut contact = Contact::default();
    let mut notices: Vec<String> = Vec::new();
    let mut notice_lines: Vec<String> = Vec::new();
    let mut membership: Vec<String> = Vec::new();
    let mut items: Vec<(u32, String, Vec<String>, Part)> = Vec::new();
    let mut part = Part::One;
    let mut seen_agenda_word = false;
    let mut front_end = lines.len();
    let mut before_agenda: Vec<&Line> = Vec::new();

    let mut index = 0;
    let mut after_link = false;
    while index < lines.len() {
        let line = &lines[index];
        let text = line.text.trim();
        index += 1;
        // A link too long for the page wraps: "https://.../your_council/" ⏎ "constitution.aspx".
        let link_tail =
            after_link && !text.is_empty() && !text.contains(' ') && text.contains(['.', '/']);
        after_link = text.to_lowercase().starts_with("http") && !text.contains(' ');
        if link_tail {
            continue;
        }
        if !items.is_empty() && starts_next_document(text) {
            // "CHESHIRE EAST COUNCIL", alone or glued to the next document's heading.
            let head = text
                .split("Minutes of a meeting")
                .next()
                .unwrap_or("")
                .trim();
            if is_council_line(head) && council.is_none() {
                council = Some(title_case(head));
            }
            front_end = index - 1;
            break;
        }
        if text.is_empty() {
            if let Some((_, _, description, _)) = items.last_mut() {
                description.push(String::new());
            } else if !notice_lines.is_empty() {
                notice_lines.push(String::new());
            }
            continue;
        }
        match clean::furniture(text) {
            Some(Furniture::Email(address)) => {
                contact.email.get_or_insert(address);
                continue;
            }
            Some(Furniture::Noise) => continue,
            None => {}
        }
        // The contact block can land anywhere, even between an item and its description.
        if text
            .to_lowercase()
            .starts_with("for requests for further information")
        {
            continue;
        }
        if let Some(name) = text
            .strip_prefix("Contact ")
            .or_else(|| text.strip_prefix("Contact: "))
        {
            contact.name = Some(squeeze(name));
            continue;
        }
        if let Some(phone) = labelled(text, "Tel").or_else(|| labelled(text, "Telephone")) {
            contact.phone = Some(squeeze(phone));
            continue;
        }
        if let Some(mail) = labelled(text, "E-Mail").or_else(|| labelled(text, "Email")) {
            if let Some(address) = mail.split_whitespace().find(|w| w.contains('@')) {
                contact.email = Some(address.trim_end_matches(['.', ',']).to_string());
            }
            continue;
        }
        if !seen_agenda_word && text.eq_ignore_ascii_case("agenda") {
            seen_agenda_word = true;
            body_name = before_agenda
                .iter()
                .rev()
                .map(|l| l.text.trim())
                .find(|t| !is_council_line(t))
                .map(squeeze);
            if let Some(line) = before_agenda.iter().find(|l| is_council_line(&l.text)) {
                council = Some(title_case(line.text.trim()));
            }
            continue;
        }
        // A front sheet without a "Date:" label gives the date on a line of its own.
        let dated = (date.is_none() && items.is_empty())
            .then(|| date_line(text))
            .flatten();
        if !seen_agenda_word
            && date.is_none()
            && items.is_empty()
            && dated.is_none()
            && labelled(text, "Date").is_none()
            && labelled(text, "Date of Meeting").is_none()
        {
            before_agenda.push(line);
            continue;
        }
        if let Some((day, hour)) = dated
            && labelled(text, "Date").is_none()
        {
            date = Some(day);
            time = hour.or(time);
            continue;
        }
        if let Some(value) = labelled(text, "Date").or_else(|| {
            items
                .is_empty()
                .then(|| labelled(text, "Date of Meeting"))
                .flatten()
        }) {
            // "Date: Monday 10 November 2025 at 10.00 am" gives the time too.
            let given = date_line(value);
            date = given.map(|(day, _)| day);
            time = given.and_then(|(_, hour)| hour).or(time);
            if date.is_none() {
                unplaced.push((line.number, line.text.clone()));
            }
            continue;
        }
        if let Some(value) = labelled(text, "Time") {
            time = parse_time(value);
            if time.is_none() {
                unplaced.push((line.number, line.text.clone()));
            }
            continue;
        }
        if let Some(value) = labelled(text, "Venue") {
            // The venue wraps onto lines without a label, until a blank line.
            let mut parts = vec![value.to_string()];
            while let Some(next) = lines.get(index) {
                let next_text = next.text.trim();
                if next_text.is_empty() || next_text.contains(':') || item_line(next_text).is_some()
                {
                    break;
                }
                parts.push(next_text.to_string());
                index += 1;
            }
            venue = join_lines(&parts);
            continue;
        }
        if membership.is_empty()
            && let Some(value) = membership_label(text)
        {
            let (names, used) = membership_lines(value, &lines[index..]);
            membership = names;
            index += used;
            continue;
        }
        if let Some(heading) = part_heading(text) {
            part = heading;
            continue;
        }
        let expected = items.last().map(|(n, ..)| n + 1);
        if let Some((number, mut title)) = item_line(text)
            && expected.is_none_or(|e| e == number)
        {
            // A page range wrapped onto the next line: "(Pages 185 -" ⏎ "192)".
            let open_pages = |t: &str| {
                let lower = t.to_lowercase();
                lower
                    .rfind("(page")
                    .is_some_and(|at| !lower[at..].contains(')'))
            };
            while open_pages(&title) {
                match lines.get(index) {
                    Some(next) if !next.text.trim().is_empty() => {
                        title.push(' ');
                        title.push_str(next.text.trim());
                        index += 1;
                    }
                    _ => break,
                }
            }
            // A title wrapped onto the next line, ending with its page range.
            if take_pages(&title).1.is_none()
                && let Some(next) = lines.get(index)
                && !next.text.trim().is_empty()
                && item_line(&next.text).is_none()
                && take_pages(next.text.trim()).1.is_some()
            {
                title.push(' ');
                title.push_str(next.text.trim());
                index += 1;
            }
            if !notice_lines.is_empty() {
                notices.extend(paragraphs(&notice_lines));
                notice_lines.clear();
            }
            items.push((number, title, Vec::new(), part));
            bulleted = false;
            continue;
        }
        let expected = expected.unwrap_or(1);
        if (seen_agenda_word || date.is_some())
            && bullet_item(&lines, index - 1, expected, bulleted)
        {
            if !notice_lines.is_empty() {
                notices.extend(paragraphs(&notice_lines));
                notice_lines.clear();
            }
            items.push((expected, text.to_string(), Vec::new(), part));
            bulleted = true;
            continue;
        }
        if line.bullet && items.is_empty() {
            doubtful.push((line.number, line.text.clone()));
        }
        match items.last_mut() {
            Some((_, _, description, _)) => description.push(text.to_string()),
            None if seen_agenda_word || date.is_some() => notice_lines.push(text.to_string()),
            None => unplaced.push((line.number, line.text.clone())),
        }
    }
    if !notice_lines.is_empty() {
        notices.extend(paragraphs(&notice_lines));
    }
    if items.is_empty() {
        return Err(ImportError::NotAnAgenda(
            "it has no numbered items (lines such as \"1. Apologies for Absence\")".into(),
        ));
    }
    let Some(date) = date.or(supplied) else {
        return Err(ImportError::NotAnAgenda(
            "it has no date (a line such as \"Date: Thursday, 24th March, 2022\")".into(),
        ));
    };
    // Without the word "Agenda", the body is the first line above the date that is not the
    // council's name.
    let fallback = || {
        before_agenda
            .iter()
            .map(|l| l.text.trim())
            .find(|t| !t.is_empty() && !is_council_line(t) && !t.contains(':'))
            .map(squeeze)
    };
    if council.is_none()
        && let Some(line) = before_agenda.iter().find(|l| is_council_line(&l.text))
    {
        council = Some(title_case(line.text.trim()));
    }
    let name = body_name
        .or_else(fallback)
        .filter(|n| !n.is_empty())
        .ok_or_else(|| {
            ImportError::NotAnAgenda("the body's name is not above the word Agenda".into())
        })?;

    let (people, chair_title) = members(&membership.join(" "));
    let mut agenda: Vec<AgendaItem> = Vec::new();
    for (number, title, description, item_part) in items {
        let (title, pages) = take_pages(&squeeze(&title));
        let (title, verbal) = take_verbal(&title);
        let description = paragraphs(&description).join("\n\n");
        let exempt = if item_part == Part::Two {
            exempt_paragraphs(&format!("{title} {description}"))
        } else {
            Vec::new()
        };
        let id = number.to_string();
        agenda.push(AgendaItem {
            kind: kind_of(&title),
            id: if agenda.iter().any(|i| i.id == id) {
                format!("{id}-{}", agenda.len()).into()
            } else {
                id.into()
            },
            number: Some(number.to_string()),
            title,
            pages,
            verbal,
            description: Some(description).filter(|d| !d.is_empty()),
            part: item_part,
            exempt_paragraphs: exempt,
            withdrawn: None,
            arising: Vec::new(),
        });
    }
    let (first_minute, first_minute_from) = match previous_last_minute(&lines[front_end..], &name) {
        Some(last) => (
            last + 1,
            format!("after minute {last} of the previous minutes in the pack"),
        ),
        None => (
            1,
            "not found in the pack: set first_minute to follow the body's last minute".into(),
        ),
    };
    let body = Body {
        kind: body_kind(&name),
        name,
        council,
        chair_title,
        quorum: None,
        clock: Default::default(),
        style: None,
    };
    let mut meeting = Meeting::new(body, date, venue, first_minute);
    meeting.time = time;
    meeting.notices = notices;
    meeting.contact = (contact != Contact::default()).then_some(contact);
    meeting.people = people;
    meeting.agenda = agenda;
    Ok(Imported {
        meeting,
        unplaced,
        doubtful,
        first_minute_from,
    })
}
