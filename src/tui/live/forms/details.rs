//! The meeting's own details as a form: the body, when and where it meets, the first minute
//! number, the quorum and how times print. What cannot stand is refused with the reason.

use chrono::{NaiveDate, NaiveTime};

use crate::minutes::style::BUNDLED;
use crate::model::clock::{read_date, read_time};
use crate::model::kinds::form::{self, Question, Schema};
use crate::model::{BodyKind, ChairTitle, Clock, Details, Edit, Meeting};
use crate::tui::live::forms::{Form, Submission};

const HELD: &[&str] = &["in person", "remotely (by video link)"];

const CLOCKS: &[&str] = &["10.30 am", "10.30 (24-hour)"];

/// "10 November 2025", as the details form shows a date.
pub fn date_text(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

fn time_text(time: Option<NaiveTime>) -> String {
    time.map(|t| {
        use chrono::Timelike;
        let (pm, hour) = t.hour12();
        format!("{hour}.{:02} {}", t.minute(), if pm { "pm" } else { "am" })
    })
    .unwrap_or_default()
}

fn whole_number(label: &str, text: &str) -> Result<Option<u32>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u32>() {
        Ok(n) if n > 0 => Ok(Some(n)),
        _ => Err(format!("{label}: \"{text}\" is not a whole number above 0")),
    }
}

pub fn details(meeting: &Meeting) -> Schema {
    let body = &meeting.body;
    let kinds: Vec<&str> = BodyKind::ALL.iter().map(|k| k.label()).collect();
    let kind = BodyKind::ALL
        .iter()
        .position(|k| *k == body.kind)
        .unwrap_or(0);
    let titles: Vec<&str> = ChairTitle::ALL.iter().map(|t| t.chair()).collect();
    let title = ChairTitle::ALL
        .iter()
        .position(|t| *t == body.chair_title)
        .unwrap_or(0);
    Schema::new(
        "The meeting",
        vec![
            Question::text("Body", body.name.clone()),
            Question::choice("Kind", &kinds, kind),
            Question::text("Council", body.council.clone().unwrap_or_default()),
            Question::choice("Presides", &titles, title),
            Question::text("Date", date_text(meeting.date)),
            Question::text("Starts at", time_text(meeting.time)),
            Question::text("Venue", meeting.venue.clone()),
            Question::text("First minute", meeting.first_minute.to_string()),
            Question::text(
                "Quorum",
                body.quorum.map(|q| q.to_string()).unwrap_or_default(),
            ),
            Question::choice(
                "Times as",
                CLOCKS,
                usize::from(body.clock == Clock::TwentyFourHour),
            ),
            {
                let (options, chosen) = styles(body.style.as_deref());
                let options: Vec<&str> = options.iter().map(String::as_str).collect();
                Question::choice("House style", &options, chosen)
            },
            Question::choice("Held", HELD, usize::from(meeting.remote)),
            Question::yes_no("Budget meeting", meeting.budget).helped(
                "whether the meeting sets the budget or council tax, where each decision on them needs a recorded vote",
            ),
            Question::yes_no("In Wales", body.wales).helped(
                "whether the body is in Wales, where a community or town council publishes a notice of its decisions",
            ),
        ],
    )
}

/// What the meeting may name as its house style: nothing (a `house-style.ron` beside it, or
/// the config's), a bundled style, or the style file it names already.
fn styles(named: Option<&str>) -> (Vec<String>, usize) {
    let mut options = vec![NOT_NAMED.to_string()];
    options.extend(BUNDLED.iter().map(|(name, _)| name.to_string()));
    let chosen = match named {
        None => 0,
        Some(name) => match options.iter().position(|o| o == name) {
            Some(at) => at,
            None => {
                options.push(name.to_string());
                options.len() - 1
            }
        },
    };
    (options, chosen)
}

const NOT_NAMED: &str = "as beside the meeting or in the config";

pub fn details_submit(form: &Form, meeting: &Meeting) -> Result<Submission, String> {
    let mut details = Details::of(meeting);
    details.body.name = form::required(form, 0)?;
    details.body.kind = BodyKind::ALL
        .get(form.fields[1].choice)
        .copied()
        .unwrap_or_default();
    details.body.council = form::optional(form, 2);
    details.body.chair_title = ChairTitle::ALL
        .get(form.fields[3].choice)
        .copied()
        .unwrap_or_default();
    details.date = read_date("Date", &form.fields[4].value())?;
    details.time = read_time("Starts at", &form.fields[5].value())?;
    details.venue = form.fields[6].value().trim().to_string();
    details.first_minute = whole_number("First minute", &form.fields[7].value())?
        .ok_or("First minute: give the number of this meeting's first minute, such as 34")?;
    details.body.quorum = whole_number("Quorum", &form.fields[8].value())?;
    details.body.clock = if form.fields[9].choice == 1 {
        Clock::TwentyFourHour
    } else {
        Clock::TwelveHour
    };
    let (options, _) = styles(meeting.body.style.as_deref());
    details.body.style = options
        .get(form.fields[10].choice)
        .filter(|name| name.as_str() != NOT_NAMED)
        .cloned();
    details.remote = form.fields.get(11).is_some_and(|f| f.choice == 1);
    details.budget = form.fields.get(12).is_some_and(|f| f.choice == 1);
    details.body.wales = form.fields.get(13).is_some_and(|f| f.choice == 1);
    Ok(Submission::Change {
        edits: vec![Edit::Details(details)],
        said: "the meeting's details".into(),
    })
}
