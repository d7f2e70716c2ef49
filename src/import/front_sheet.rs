//! Reading an agenda front sheet: the body, when and where, the notices, the contact officer,
//! the membership and every item. Lenient about layout, and it never guesses silently: what it
//! could not place is reported with its line number.

use chrono::{NaiveDate, NaiveTime};

use super::clean::{self, Furniture, Line, squeeze};
use crate::model::{
    AgendaItem, Body, BodyKind, ChairTitle, Contact, ItemKind, Meeting, Office, Pages, Part,
    Person, PersonKind, Voting,
};

/// A meeting built from an agenda, with what the importer could not place.
#[derive(Debug, Clone)]
pub struct Imported {
    pub meeting: Meeting,
    /// Lines of the front sheet that were not understood, with their line numbers.
    pub unplaced: Vec<(usize, String)>,
    /// Where the first minute number came from, in words.
    pub first_minute_from: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("this does not look like an agenda front sheet: {0}")]
    NotAnAgenda(String),
}

/// Where the front sheet ends: the next document of the pack begins.
fn starts_next_document(text: &str) -> bool {
    let trimmed = text.trim();
    trimmed.contains("Minutes of a meeting of")
        || trimmed.starts_with("Date of Meeting:")
        || trimmed.starts_with("Report Title:")
        || is_council_line(trimmed)
}

/// "CHESHIRE EAST COUNCIL": a line in capitals naming a council.
fn is_council_line(text: &str) -> bool {
    let trimmed = text.trim();
    trimmed.ends_with("COUNCIL") && trimmed.len() > 8 && !trimmed.chars().any(|c| c.is_lowercase())
}

fn title_case(text: &str) -> String {
    text.split_whitespace()
        .map(|word| {
            let lower = word.to_lowercase();
            let mut chars = lower.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Thursday, 24th March, 2022" or "24 March 2022".
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let cleaned: String = text.replace(',', " ");
    let words: Vec<String> = cleaned
        .split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            for suffix in ["st", "nd", "rd", "th"] {
                if let Some(number) = lower.strip_suffix(suffix)
                    && !number.is_empty()
                    && number.chars().all(|c| c.is_ascii_digit())
                {
                    return number.to_string();
                }
            }
            w.to_string()
        })
        .collect();
    let weekdays = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let words: Vec<&String> = words
        .iter()
        .filter(|w| !weekdays.contains(&w.to_lowercase().as_str()))
        .collect();
    let joined = words
        .iter()
        .map(|w| w.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    NaiveDate::parse_from_str(&joined, "%d %B %Y")
        .or_else(|_| NaiveDate::parse_from_str(&joined, "%d %b %Y"))
        .or_else(|_| NaiveDate::parse_from_str(&joined, "%d/%m/%Y"))
        .ok()
}

/// "2.00 pm", "10.30am", "14:00", "2pm".
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let lower = text.trim().to_lowercase().replace(' ', "");
    let (body, pm) = if let Some(b) = lower.strip_suffix("pm") {
        (b.to_string(), Some(true))
    } else if let Some(b) = lower.strip_suffix("am") {
        (b.to_string(), Some(false))
    } else {
        (lower.clone(), None)
    };
    let body = body.replace(':', ".");
    let (hour, minute) = match body.split_once('.') {
        Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        None => (body.parse::<u32>().ok()?, 0),
    };
    let hour = match pm {
        Some(true) if hour < 12 => hour + 12,
        Some(false) if hour == 12 => 0,
        _ => hour,
    };
    NaiveTime::from_hms_opt(hour, minute, 0)
}

/// "PART 2 – MATTERS TO BE CONSIDERED WITHOUT THE PUBLIC AND PRESS PRESENT", but not the
/// notice that says "Part 2 items will be considered ...".
fn part_heading(text: &str) -> Option<Part> {
    let upper = text.to_uppercase();
    let dashed =
        |rest: &str| rest.trim_start().starts_with(['–', '-', '—', ':']) || rest.trim().is_empty();
    let capitals = !text.chars().any(char::is_lowercase);
    for (words, part) in [
        ("PART 1", Part::One),
        ("PART I", Part::One),
        ("PART ONE", Part::One),
        ("PART 2", Part::Two),
        ("PART II", Part::Two),
        ("PART TWO", Part::Two),
    ] {
        if let Some(rest) = upper.strip_prefix(words) {
            let next = rest.chars().next();
            if next.is_some_and(|c| c.is_alphanumeric()) {
                continue;
            }
            if capitals || dashed(rest) {
                return Some(part);
            }
        }
    }
    None
}

/// "label: value" for the front sheet's labels, any case, spaces before the colon allowed.
fn labelled<'t>(text: &'t str, label: &str) -> Option<&'t str> {
    let trimmed = text.trim_start();
    let (head, rest) = trimmed.split_once(':')?;
    (head.trim().eq_ignore_ascii_case(label)).then_some(rest.trim())
}

/// An item line: "3. Minutes of Previous Meeting (Pages 5 - 10)".
fn item_line(text: &str) -> Option<(u32, String)> {
    let trimmed = text.trim_start();
    let digits: String = trimmed.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let rest = &trimmed[digits.len()..];
    let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix(')'))?;
    if !rest.starts_with(' ') {
        return None;
    }
    let title = rest.trim();
    if title.is_empty()
        || !title
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '(')
    {
        return None;
    }
    Some((digits.parse().ok()?, title.to_string()))
}

/// Takes a trailing "(Pages a - b)" or "(Page a)" off a title.
fn take_pages(title: &str) -> (String, Option<Pages>) {
    let trimmed = title.trim_end();
    if !trimmed.ends_with(')') {
        return (trimmed.to_string(), None);
    }
    let Some(open) = trimmed.rfind('(') else {
        return (trimmed.to_string(), None);
    };
    let inner = &trimmed[open + 1..trimmed.len() - 1];
    let lower = inner.to_lowercase();
    let numbers = lower
        .strip_prefix("pages")
        .or_else(|| lower.strip_prefix("page"))
        .map(str::trim);
    let Some(numbers) = numbers else {
        return (trimmed.to_string(), None);
    };
    let parts: Vec<&str> = numbers.split(['-', '–']).map(str::trim).collect();
    let pages = match parts.as_slice() {
        [one] => one.parse().ok().map(|n| Pages { first: n, last: n }),
        [first, last] => first
            .parse()
            .ok()
            .zip(last.parse().ok())
            .map(|(first, last)| Pages { first, last }),
        _ => None,
    };
    match pages {
        Some(pages) => (trimmed[..open].trim_end().to_string(), Some(pages)),
        None => (trimmed.to_string(), None),
    }
}

/// Takes a trailing "(Verbal)" off a title.
fn take_verbal(title: &str) -> (String, bool) {
    let trimmed = title.trim_end();
    let lower = trimmed.to_lowercase();
    for marker in ["(verbal)", "(verbal update)", "(verbal report)"] {
        if lower.ends_with(marker) {
            return (
                trimmed[..trimmed.len() - marker.len()]
                    .trim_end()
                    .to_string(),
                true,
            );
        }
    }
    (trimmed.to_string(), false)
}

/// The standard items, known by their titles.
pub fn kind_of(title: &str) -> ItemKind {
    let lower = title.to_lowercase();
    if lower.starts_with("apologies") {
        ItemKind::Apologies
    } else if lower.contains("whipping") {
        ItemKind::WhippingDeclarations
    } else if lower.starts_with("declarations of interest") || lower == "declarations" {
        ItemKind::Declarations
    } else if lower.starts_with("minutes of previous")
        || lower.starts_with("minutes of the previous")
    {
        ItemKind::PreviousMinutes
    } else if lower.contains("public speaking")
        || lower.contains("open session")
        || lower.starts_with("public question")
    {
        ItemKind::PublicSpeaking
    } else if lower.contains("work programme") {
        ItemKind::WorkProgramme
    } else if lower.contains("forward plan") {
        ItemKind::ForwardPlan
    } else if lower.starts_with("minutes of sub")
        || (lower.starts_with("minutes of") && lower.contains("sub"))
    {
        ItemKind::SubBodyMinutes
    } else if lower.contains("exclusion of the press") || lower.contains("exclusion of press") {
        ItemKind::Exclusion
    } else {
        ItemKind::Report
    }
}

fn body_kind(name: &str) -> BodyKind {
    let lower = name.to_lowercase();
    if lower.contains("overview and scrutiny") || lower.contains("scrutiny") {
        BodyKind::OverviewAndScrutiny
    } else if lower.contains("board") {
        BodyKind::Board
    } else if lower.contains("sub-committee") || lower.contains("sub committee") {
        BodyKind::SubCommittee
    } else {
        BodyKind::Committee
    }
}

/// The Schedule 12A paragraphs a Part 2 item cites: "paragraph 3", "paras 3 and 4".
fn exempt_paragraphs(text: &str) -> Vec<u8> {
    let lower = text.to_lowercase();
    let mut found = Vec::new();
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("para") {
        let after = &rest[at + 4..];
        let after = after.trim_start_matches(|c: char| c.is_alphabetic() || c == '.');
        // "paragraph 3", "paras 1 and 4", "paragraphs 1, 2 & 3": numbers joined by
        // connectives, stopping at the first other word ("3 of Part 1" is paragraph 3).
        for word in after.split_whitespace() {
            let trimmed = word.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '&');
            if matches!(trimmed, "and" | "or" | "&" | "") {
                continue;
            }
            let Ok(number) = trimmed.parse::<u8>() else {
                break;
            };
            if (1..=7).contains(&number) && !found.contains(&number) {
                found.push(number);
            }
            if word.ends_with(['.', ';', ')']) {
                break;
            }
        }
        rest = &rest[at + 4..];
    }
    found
}

/// The membership line: "Councillors M Addison, ..., C Bulman (Vice-Chair), ... and L Smith".
fn members(text: &str) -> (Vec<Person>, ChairTitle) {
    let mut text = squeeze(text);
    for prefix in ["Councillors ", "Councillor "] {
        if let Some(rest) = text.strip_prefix(prefix) {
            text = rest.to_string();
        }
    }
    let mut chair_title = ChairTitle::Chair;
    let mut people: Vec<Person> = Vec::new();
    let names = text
        .split(", ")
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|name| !name.is_empty());
    for name in names {
        let mut name = name.trim_end_matches(['.', ';']).to_string();
        let mut office = Office::Member;
        for (marker, role, title) in [
            ("(Vice-Chairman)", Office::ViceChair, ChairTitle::Chairman),
            ("(Vice-Chair)", Office::ViceChair, ChairTitle::Chair),
            ("(Chairman)", Office::Chair, ChairTitle::Chairman),
            ("(Chair)", Office::Chair, ChairTitle::Chair),
        ] {
            if let Some(rest) = name.strip_suffix(marker) {
                name = rest.trim().to_string();
                office = role;
                if title == ChairTitle::Chairman {
                    chair_title = ChairTitle::Chairman;
                }
                break;
            }
        }
        let surname = name
            .split_whitespace()
            .last()
            .unwrap_or("member")
            .to_string();
        let base: String = surname
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '-')
            .collect();
        let base = if base.is_empty() {
            "member".to_string()
        } else {
            base
        };
        let id = std::iter::once(base.clone())
            .chain((2..).map(|n| format!("{base}-{n}")))
            .find(|id| people.iter().all(|p| &p.id != id))
            .unwrap_or(base);
        people.push(Person {
            id: id.into(),
            name: name.clone(),
            title: Some("Councillor".into()),
            aliases: vec![surname],
            kind: PersonKind::Member,
            office,
            voting: Voting::Voting,
            role: None,
            organisation: None,
            group: None,
        });
    }
    (people, chair_title)
}

/// Joins a paragraph's lines, keeping a hyphen that ends a line ("non-" ⏎ "pecuniary").
fn join_lines(lines: &[String]) -> String {
    let mut text = String::new();
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !text.is_empty() && !text.ends_with('-') {
            text.push(' ');
        }
        text.push_str(line);
    }
    squeeze(&text)
}

/// Groups lines into paragraphs at blank lines, but joins across a blank line that falls in
/// the middle of a sentence, as PDF converters leave them: after a full-width line that does
/// not end a sentence. A short line is the end of its paragraph, even without a full stop.
fn paragraphs(lines: &[String]) -> Vec<String> {
    let mut groups: Vec<Vec<String>> = vec![Vec::new()];
    for line in lines {
        if line.trim().is_empty() {
            if groups.last().is_some_and(|g| !g.is_empty()) {
                groups.push(Vec::new());
            }
        } else if let Some(group) = groups.last_mut() {
            group.push(line.clone());
        }
    }
    let mut paragraphs: Vec<String> = Vec::new();
    let mut last_line_length = 0;
    for group in groups.into_iter().filter(|g| !g.is_empty()) {
        let text = join_lines(&group);
        let starts_lower = text.chars().next().is_some_and(char::is_lowercase);
        let wrapped = last_line_length >= 60;
        last_line_length = group.last().map_or(0, |l| l.trim().chars().count());
        let unfinished = |previous: &String| {
            // A sentence cannot end on "and", "of", "the" ...
            let last_word = previous.rsplit(' ').next().unwrap_or("").to_lowercase();
            const LINKING: &[&str] = &[
                "and", "or", "of", "the", "a", "an", "to", "for", "in", "on", "at", "by", "with",
                "from", "that", "which", "be", "is", "are", "was", "were", "held", "as",
            ];
            !previous.ends_with(['.', ':', '?', '!', ';'])
                && (wrapped || starts_lower || LINKING.contains(&last_word.as_str()))
        };
        match paragraphs.last_mut() {
            Some(previous) if unfinished(previous) => {
                previous.push(' ');
                previous.push_str(&text);
            }
            _ => paragraphs.push(text),
        }
    }
    paragraphs
}

/// The last minute number of the body's previous minutes in the rest of the pack.
fn previous_last_minute(lines: &[Line], body: &str) -> Option<u32> {
    let wanted = squeeze(&body.to_lowercase());
    let start = lines.iter().position(|l| {
        let text = squeeze(&l.text.to_lowercase());
        text.contains("minutes of a meeting of") && text.contains(&wanted)
    })?;
    // The minutes run until the close, or the next document.
    let mut last: Option<u32> = None;
    for line in &lines[start + 1..] {
        let text = line.text.trim();
        if text.starts_with("The meeting commenced") || text.contains("Minutes of a meeting of") {
            break;
        }
        let digits: String = text.chars().take_while(|c| c.is_ascii_digit()).collect();
        let Ok(number) = digits.parse::<u32>() else {
            continue;
        };
        let rest = text[digits.len()..].trim_start();
        let heading = text[digits.len()..].starts_with(' ')
            && rest
                .split_whitespace()
                .next()
                .is_some_and(|w| w.len() > 1 && !w.chars().any(char::is_lowercase));
        // Accept a heading only as the next in sequence, so numbered clauses are not taken.
        if heading && last.is_none_or(|l| number == l + 1) {
            last = Some(number);
        }
    }
    last
}

/// Reads an agenda pack's text (front sheet first) into a meeting ready to record.
pub fn import(text: &str) -> Result<Imported, ImportError> {
    let lines = clean::lines(text);
    let mut unplaced: Vec<(usize, String)> = Vec::new();
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
        if !seen_agenda_word
            && date.is_none()
            && items.is_empty()
            && labelled(text, "Date").is_none()
            && labelled(text, "Date of Meeting").is_none()
        {
            before_agenda.push(line);
            continue;
        }
        if let Some(value) = labelled(text, "Date").or_else(|| {
            items
                .is_empty()
                .then(|| labelled(text, "Date of Meeting"))
                .flatten()
        }) {
            date = parse_date(value);
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
        if let Some(value) = labelled(text, "Membership") {
            membership.push(value.to_string());
            while let Some(next) = lines.get(index) {
                let next_text = next.text.trim();
                if next_text.is_empty() || starts_next_document(next_text) {
                    break;
                }
                membership.push(next_text.to_string());
                index += 1;
            }
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
            continue;
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
    let Some(date) = date else {
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
        first_minute_from,
    })
}
