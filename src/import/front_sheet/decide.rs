//! Choosing among what the reader found, and building the meeting: the date, time, place and
//! body each from the best line that gave them (a meeting's own label before a summons, a
//! summons before a heading, a letter's date last), anything different said as a conflict, and
//! every item made an agenda item.

use chrono::{Datelike, NaiveDate};

use super::agenda::{agenda, private_after_exclusion};
use super::found::{Conflict, Found, Given, Source, Use};
use super::reader::shapes::{is_sentence, is_signature, names_council};
use super::{ITEM_SHAPES, ImportError, Imported};
use crate::import::clean::{Line, squeeze};
use crate::import::fields::{body_kind, previous_last_minute, title_case};
use crate::import::members::members;
use crate::import::summons::letter_furniture;
use crate::model::{Body, Contact, Meeting};

/// The meeting the front sheet describes, with an account of its lines.
pub fn meeting(
    mut found: Found,
    lines: &[Line],
    supplied: Option<NaiveDate>,
) -> Result<Imported, ImportError> {
    if found.items.is_empty() {
        return Err(ImportError::NotAnAgenda(format!(
            "it has no numbered items; an item line reads like {ITEM_SHAPES}"
        )));
    }
    let mut warnings = Vec::new();
    if let (Some(first), Some(last)) = (found.marked.first(), found.marked.last()) {
        warnings.push(format!(
            "the agenda marks its items {first} to {last}, not with numbers: each keeps its \
             mark, and the minutes number them in turn"
        ));
    } else if !found.unnumbered && !found.bulleted.is_empty() {
        let one = found.bulleted.len() == 1;
        warnings.push(format!(
            "the agenda marks {} {} with a bullet, not a number: numbered in turn; check {} \
             against the agenda",
            if one { "item" } else { "items" },
            runs(&found.bulleted),
            if one { "it" } else { "them" }
        ));
    }
    if found.unnumbered {
        warnings.push(
            "the agenda numbers none of its items: each line under its heading was taken as an \
             item, numbered in turn; check them against the agenda"
                .to_string(),
        );
    }
    let date = choose_date(&mut found, lines, supplied, &mut warnings)?;
    let time = choose(&mut found.times, "time", &mut found.conflicts);
    let venue = choose(&mut found.venues, "venue", &mut found.conflicts);
    mark_conflicts(&mut found);
    let name = named_in_full(choose_body(&mut found, lines)?, &found.council);
    if name.trim().is_empty() {
        warnings.push(
            "the body's name was found neither above the word Agenda nor in a summons: give it \
             in the meeting's details, which open first"
                .to_string(),
        );
    }
    let (people, chair_title) = members(&found.membership.join(" "));
    if people.is_empty() {
        warnings.push(if found.addressed {
            "no members are named (the summons is addressed to the members without naming \
             them): add them with L in the live screen"
                .to_string()
        } else {
            "no members found: add them with L in the live screen".to_string()
        });
    }
    let front_end = found.end.unwrap_or(lines.len());
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
        council: found.council.clone().filter(|c| *c != name),
        chair_title,
        ..Body::named(name)
    };
    let mut meeting = Meeting::new(body, date, venue.unwrap_or_default(), first_minute);
    meeting.time = time;
    meeting.notices = std::mem::take(&mut found.notices);
    let contact = std::mem::take(&mut found.contact);
    meeting.contact = (contact != Contact::default()).then_some(contact);
    meeting.people = people;
    meeting.agenda = agenda(std::mem::take(&mut found.items));
    if let Some(said) = private_after_exclusion(&mut meeting.agenda) {
        warnings.push(said);
    }
    let uses = lines[..front_end]
        .iter()
        .zip(&found.uses)
        .map(|(line, used)| (line.number, line.text.trim().to_string(), *used))
        .collect();
    let ended_at = found
        .end
        .and_then(|end| lines.get(end))
        .map(|line| (line.number, line.text.trim().to_string()));
    let conflicts = found
        .conflicts
        .into_iter()
        .map(|mut conflict| {
            if conflict.taken.0 != 0 {
                conflict.taken.0 = in_file(lines, conflict.taken.0);
            }
            conflict.left.0 = in_file(lines, conflict.left.0);
            conflict
        })
        .collect();
    Ok(Imported {
        meeting,
        uses,
        conflicts,
        warnings,
        first_minute_from,
        ended_at,
    })
}

/// A democracy website's page names the body on a line of its own just above the date
/// ("Cabinet", then "Wednesday, 18th March, 2026 6.30 pm"): a short name read first as a
/// notice is the body's.
fn name_above_date(found: &mut Found, lines: &[Line]) {
    let text = |i: usize| lines.get(i).map_or("", |l| l.text.trim());
    let above = found
        .dates
        .iter()
        .filter_map(|date| date.line.checked_sub(2))
        .find(|&i| {
            let name = text(i);
            found.uses.get(i) == Some(&Use::Notice)
                && !name.is_empty()
                && name.split_whitespace().count() <= 6
                && !name.contains(':')
                && !name.ends_with('.')
                && name.starts_with(char::is_uppercase)
        });
    let Some(index) = above else {
        return;
    };
    let name = text(index).to_string();
    found.notices.retain(|notice| notice.trim() != name);
    found.mark(index, Use::Detail);
    found.bodies.push(Given {
        value: squeeze(&name),
        line: index + 1,
        text: name,
        source: Source::OwnLine,
    });
}

/// The line of the file for a line the reader counted: it counts one more for each part of a
/// line run together, and the clerk is told the line of the file.
fn in_file(lines: &[Line], counted: usize) -> usize {
    match counted.checked_sub(1).and_then(|i| lines.get(i)) {
        Some(line) => line.number,
        None => counted,
    }
}

/// The best of what several lines gave: the best source first, and the first line of it.
/// Every other line that gave something different is a conflict.
fn choose<T: Clone + PartialEq + std::fmt::Debug>(
    given: &mut [Given<T>],
    fact: &'static str,
    conflicts: &mut Vec<Conflict>,
) -> Option<T> {
    given.sort_by_key(|g| (g.source, g.line));
    let best = given.first()?.clone();
    for other in given.iter().skip(1) {
        // A letter's own date is expected to differ from the meeting's.
        if other.value != best.value && other.source != Source::Letter {
            conflicts.push(Conflict {
                fact,
                taken: (best.line, best.text.clone()),
                left: (other.line, other.text.clone()),
            });
        }
    }
    Some(best.value)
}

/// The meeting's date: the best line's, a date printed without its year given the year of
/// another date on the sheet, or the date supplied; a letter's own date only as a last
/// resort, and then said.
fn choose_date(
    found: &mut Found,
    lines: &[Line],
    supplied: Option<NaiveDate>,
    warnings: &mut Vec<String>,
) -> Result<NaiveDate, ImportError> {
    let meeting_dates: Vec<Given<NaiveDate>> = found
        .dates
        .iter()
        .filter(|g| g.source != Source::Letter)
        .cloned()
        .collect();
    let mut dates = meeting_dates;
    if let Some(date) = choose(&mut dates, "date", &mut found.conflicts) {
        return Ok(date);
    }
    let year = found
        .dates
        .iter()
        .map(|g| g.value.year())
        .next()
        .or_else(|| supplied.map(|d| d.year()));
    if let (Some(day), Some(year)) = (found.days.first(), year)
        && let Some(date) = NaiveDate::from_ymd_opt(year, day.value.1, day.value.0)
    {
        warnings.push(format!(
            "the date on line {} gives no year; {year} was taken from {}: check it",
            in_file(lines, day.line),
            if found.dates.is_empty() {
                "the date given"
            } else {
                "the letter's date"
            }
        ));
        return Ok(date);
    }
    if let Some(date) = supplied {
        return Ok(date);
    }
    if let Some(letter) = found.dates.first() {
        warnings.push(format!(
            "no meeting date was found; the letter's own date on line {} ({}) was taken: check it",
            in_file(lines, letter.line),
            letter.text
        ));
        return Ok(letter.value);
    }
    Err(ImportError::Undated)
}

/// The lines whose facts were not taken are marked so.
fn mark_conflicts(found: &mut Found) {
    let left: Vec<usize> = found
        .conflicts
        .iter()
        .filter(|c| c.left.0 > 0 && c.left.0 != c.taken.0)
        .map(|c| c.left.0 - 1)
        .collect();
    for index in left {
        if found.uses.get(index) == Some(&Use::Detail) {
            found.mark(index, Use::Conflict);
        }
    }
}

/// The body's name: from the summons, a heading above the agenda, or the first line above the
/// date. The other lines above the agenda are the council's name, the clerk's signature, or
/// not placed.
fn choose_body(found: &mut Found, lines: &[Line]) -> Result<String, ImportError> {
    let text = |i: usize| lines.get(i).map_or("", |l| l.text.trim());
    if found.bodies.is_empty() {
        name_above_date(found, lines);
    }
    if found.bodies.is_empty()
        && let Some(&index) = found
            .above
            .iter()
            .find(|&&i| !names_council(text(i)) && !text(i).contains(':'))
            .or_else(|| found.above.iter().find(|&&i| names_council(text(i))))
    {
        found.mark(index, Use::Detail);
        found.bodies.push(Given {
            value: squeeze(text(index)),
            line: index + 1,
            text: text(index).to_string(),
            source: Source::OwnLine,
        });
    }
    mark_above(found, lines);
    let mut bodies = std::mem::take(&mut found.bodies);
    bodies.sort_by_key(|g| (body_rank(g.source), g.line));
    // The name taken is the best; another line that gave a council's name names the council,
    // and the others are headings of the sheet.
    for other in bodies.iter().skip(1) {
        let index = other.line - 1;
        if found.uses.get(index) != Some(&Use::Detail) {
            continue;
        }
        if names_council(text(index)) && bodies.first().is_some_and(|b| b.value != other.value) {
            found.council.get_or_insert_with(|| title_case(text(index)));
        } else {
            found.mark(index, Use::Heading);
        }
    }
    // None found: left for the clerk to give, as a blank meeting leaves it.
    Ok(bodies.first().map(|g| g.value.clone()).unwrap_or_default())
}

/// A summons's "a meeting of the Parish Council" named in full from the council's own name
/// above it ("Wexcombe Parish Council"), where that ends with the same words.
fn named_in_full(name: String, council: &Option<String>) -> String {
    let generic = name
        .trim()
        .trim_start_matches("the ")
        .trim_start_matches("The ")
        .to_string();
    let generic_names = [
        "Council",
        "Parish Council",
        "Town Council",
        "Community Council",
        "City Council",
        "Parish Meeting",
    ];
    match council {
        Some(council)
            if generic_names
                .iter()
                .any(|g| g.eq_ignore_ascii_case(&generic))
                && council.to_lowercase().ends_with(&generic.to_lowercase()) =>
        {
            council.clone()
        }
        _ => name,
    }
}

/// What the lines above the agenda that gave no name are: the council's name, a letter's head
/// (above its greeting), the clerk's signature (a post, and the name above it), or not placed.
fn mark_above(found: &mut Found, lines: &[Line]) {
    let text = |i: usize| lines.get(i).map_or("", |l| l.text.trim());
    let greeting = found
        .uses
        .iter()
        .enumerate()
        .filter(|(i, used)| **used == Use::Letter && letter_furniture(text(*i)))
        .map(|(i, _)| i)
        .max();
    let above = found.above.clone();
    for (at, &index) in above.iter().enumerate() {
        if found.uses.get(index) != Some(&Use::Unplaced) {
            continue;
        }
        let signs = |i: Option<&usize>| i.is_some_and(|&i| is_signature(text(i)));
        if names_council(text(index)) {
            found.council.get_or_insert_with(|| title_case(text(index)));
            found.mark(index, Use::Detail);
        } else if greeting.is_some_and(|g| index < g) {
            found.mark(index, Use::Letter);
        } else if is_signature(text(index)) || signs(above.get(at + 1)) {
            found.mark(index, Use::Signature);
        } else if is_sentence(text(index)) {
            found.notices.push(text(index).to_string());
            found.mark(index, Use::Notice);
        }
    }
}

/// Numbers in runs: "1 to 9", "1, 4 and 6 to 8".
fn runs(numbers: &[u32]) -> String {
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for &n in numbers {
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == n => *last = n,
            _ => runs.push((n, n)),
        }
    }
    let said: Vec<String> = runs
        .iter()
        .map(|&(first, last)| match last - first {
            0 => first.to_string(),
            1 => format!("{first}, {last}"),
            _ => format!("{first} to {last}"),
        })
        .collect();
    crate::minutes::wording::and_list(&said)
}

/// A summons names the body in full; a heading may give only part of it.
fn body_rank(source: Source) -> u8 {
    match source {
        Source::Summons => 0,
        Source::MeetingLabel | Source::Heading => 1,
        Source::Label | Source::OwnLine | Source::Letter => 2,
    }
}
