//! Clock times and dates: in meeting files as "10:35", with seconds only when set; and as a
//! clerk or an agenda writes them ("10.30 am", "Thursday, 24th March, 2022"), read in this one
//! place for the forms, the command line and the agenda importer alike.

use chrono::{Datelike, NaiveDate, NaiveTime};
use serde::{Deserialize, Deserializer, Serializer};

/// Formats a time as "10:35", or "10:35:20" when it has seconds.
pub fn format(time: NaiveTime) -> String {
    use chrono::Timelike;
    if time.second() == 0 {
        time.format("%H:%M").to_string()
    } else {
        time.format("%H:%M:%S").to_string()
    }
}

/// Reads "10:35" or "10:35:20".
pub fn parse(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
        .ok()
}

/// "Thursday, 24th March, 2022", "24 March 2022", "June 3rd 2025", "Tuesday, June 3, 2025",
/// "03/06/2025" (day first, as in Britain).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let (day, month, year) = date_parts(text)?;
    NaiveDate::from_ymd_opt(year?, month, day)
}

/// A date written out in a sentence ("held on Monday, 14th February 2022"): where its words
/// are in the text, with the weekday before it when there is one, and the date they give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The weekday's word, without its comma.
    pub weekday: Option<std::ops::Range<usize>>,
    /// "14th February 2022", without the punctuation after it.
    pub date: std::ops::Range<usize>,
    pub value: NaiveDate,
}

/// The first date written out in the text as a day, a month and a year, in words or figures.
pub fn date_written_in(text: &str) -> Option<Written> {
    let punctuation = |c: char| matches!(c, ',' | '.' | ';' | ':' | '(' | ')');
    // Each word's place in the text, its punctuation left outside.
    let mut words: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = None;
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(at),
            (true, Some(from)) => {
                let word = &text[from..at];
                let trimmed_start =
                    from + (word.len() - word.trim_start_matches(punctuation).len());
                let trimmed_end = from + word.trim_end_matches(punctuation).len();
                if trimmed_start < trimmed_end {
                    words.push(trimmed_start..trimmed_end);
                }
                start = None;
            }
            _ => {}
        }
    }
    let in_figures = |index: usize, word: &std::ops::Range<usize>| {
        let value = numeric_date(&text[word.clone()])?;
        let weekday = index
            .checked_sub(1)
            .map(|before| words[before].clone())
            .filter(|w| WEEKDAYS.contains(&text[w.clone()].to_lowercase().as_str()));
        Some((
            word.start,
            Written {
                weekday,
                date: word.clone(),
                value,
            },
        ))
    };
    let figures = words
        .iter()
        .enumerate()
        .find_map(|(index, word)| in_figures(index, word));
    let words_of_it = words.windows(3).enumerate().find_map(|(index, three)| {
        let written = &text[three[0].start..three[2].end];
        let starts_with_day = written.starts_with(|c: char| c.is_ascii_digit());
        let value = parse_date(written).filter(|_| starts_with_day)?;
        let weekday = index
            .checked_sub(1)
            .map(|before| words[before].clone())
            .filter(|word| WEEKDAYS.contains(&text[word.clone()].to_lowercase().as_str()));
        Some((
            three[0].start,
            Written {
                weekday,
                date: three[0].start..three[2].end,
                value,
            },
        ))
    });
    // The first of them in the text.
    [figures, words_of_it]
        .into_iter()
        .flatten()
        .min_by_key(|(at, _)| *at)
        .map(|(_, written)| written)
}

/// The day and month of a date that may leave out its year ("Tuesday 3rd June"), with the
/// year when it is given.
pub fn parse_day_and_month(text: &str) -> Option<(u32, u32, Option<i32>)> {
    date_parts(text)
}

/// A month's name, in full or cut short to three letters or more ("Sept"), in lower case.
pub fn is_month(word: &str) -> bool {
    word.len() >= 3 && MONTHS.iter().any(|m| m.starts_with(word))
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A date in figures as British councils write it, day first: "12/03/2026", "12.03.2026",
/// "12-03-2026", "12/03/26".
pub fn numeric_date(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    let digits = |t: &str, most: usize| {
        (!t.is_empty() && t.len() <= most && t.chars().all(|c| c.is_ascii_digit()))
            .then(|| t.parse::<u32>().ok())
            .flatten()
    };
    let year = match year.len() {
        4 => i32::try_from(digits(year, 4)?).ok()?,
        2 => 2000 + i32::try_from(digits(year, 2)?).ok()?,
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, digits(month, 2)?, digits(day, 2)?)
}

/// A weekday in full or cut short as agendas print it: "Thursday", "Thurs", "Thu", "Weds".
fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word)
        || word == "weds"
        || word.len() >= 3 && WEEKDAYS.iter().any(|day| day.starts_with(word))
}

/// A date as a computer writes it: "2026-03-12".
fn iso_date(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.split('-').collect();
    match parts.as_slice() {
        [year, month, day] if year.len() == 4 => {
            NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
        }
        _ => None,
    }
}

/// Day, month and (if given) year, from the words of a date in any order British agendas
/// print them; nothing else may be among the words but a weekday.
fn date_parts(text: &str) -> Option<(u32, u32, Option<i32>)> {
    let text = text.trim().trim_end_matches('.');
    // "Thu 12/03/2026": a weekday before figures.
    let figures = text
        .split_once(char::is_whitespace)
        .filter(|(first, _)| is_weekday(&first.trim_end_matches([',', '.']).to_lowercase()))
        .map_or(text, |(_, rest)| rest.trim());
    if let Some(date) = numeric_date(figures).or_else(|| iso_date(figures)) {
        return Some((date.day(), date.month(), Some(date.year())));
    }
    let mut day = None;
    let mut month = None;
    let mut year = None;
    // "12-Mar-2026" as well as "12 March, 2026".
    for word in text.split(|c: char| c.is_whitespace() || c == ',' || c == '-') {
        let lower = word.to_lowercase();
        if lower.is_empty() || lower == "of" || is_weekday(lower.trim_end_matches('.')) {
            continue;
        }
        let number = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|suffix| lower.strip_suffix(suffix))
            .unwrap_or(&lower);
        if let Some(index) = MONTHS
            .iter()
            .position(|m| *m == lower || (lower.len() >= 3 && m.starts_with(lower.as_str())))
            .filter(|_| month.is_none())
        {
            month = Some(u32::try_from(index).ok()? + 1);
        } else if number.len() <= 2 && !number.is_empty() && day.is_none() {
            day = Some(number.parse::<u32>().ok()?);
        } else if number.len() == 4 && year.is_none() && word.chars().all(|c| c.is_ascii_digit()) {
            year = Some(number.parse::<i32>().ok()?);
        } else {
            return None;
        }
    }
    Some((day?, month?, year))
}

/// "2.00 pm", "10.30am", "14:00", "2pm".
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    // "6.30pm (or at the close of the Planning Committee)": the time before the aside.
    let text = text.split('(').next().unwrap_or(text);
    let bare = text.trim().to_lowercase();
    if matches!(
        bare.as_str(),
        "noon" | "12 noon" | "12noon" | "midday" | "12 midday"
    ) {
        return NaiveTime::from_hms_opt(12, 0, 0);
    }
    let lower = text
        .trim()
        .to_lowercase()
        .replace(char::is_whitespace, "")
        .replace("a.m.", "am")
        .replace("p.m.", "pm")
        .replace("a.m", "am")
        .replace("p.m", "pm")
        .replace("hours", "")
        .replace("hrs", "")
        .trim_end_matches('.')
        .to_string();
    let (body, pm) = if let Some(b) = lower.strip_suffix("pm") {
        (b.to_string(), Some(true))
    } else if let Some(b) = lower.strip_suffix("am") {
        (b.to_string(), Some(false))
    } else {
        (lower.clone(), None)
    };
    let body = body.replace(':', ".");
    // "1930 hrs": the twenty-four hour clock without a stop, only where it says hours (a year
    // or a room number is four figures too).
    let hours = bare.contains("hrs") || bare.contains("hours");
    let body =
        if hours && pm.is_none() && body.len() == 4 && body.chars().all(|c| c.is_ascii_digit()) {
            format!("{}.{}", &body[..2], &body[2..])
        } else {
            body
        };
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

/// A date as a clerk types it: "10 November 2025", "Monday 10th November 2025", "2025-11-10",
/// "10/11/2025".
pub fn read_date(label: &str, text: &str) -> Result<NaiveDate, String> {
    let text = text.trim();
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .or_else(|| parse_date(text))
        .ok_or_else(|| {
            format!("{label}: \"{text}\" is not a date; type it as 10 November 2025 or 2025-11-10")
        })
}

/// A time of day as a clerk types it: "10.30 am", "10.30am", "10:30", "2pm", "14:00".
pub fn read_time(label: &str, text: &str) -> Result<Option<NaiveTime>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    parse_time(text).map(Some).ok_or_else(|| {
        format!("{label}: \"{text}\" is not a time of day; type it as 10.30 am or 14:00")
    })
}

/// A time as a clerk types it in a time field: "14:05", "14.05", "2.05 pm"; empty when it is
/// not known.
pub fn typed_time(text: &str) -> Result<Option<NaiveTime>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    parse(&text.replace('.', ":"))
        .or_else(|| parse_time(text))
        .map(Some)
        .ok_or_else(|| format!("\"{text}\" is not a time; type it as 14:05, or leave it empty"))
}

/// For `Option<NaiveTime>` fields.
pub mod optional {
    use super::*;

    pub fn serialize<S: Serializer>(time: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => s.serialize_some(&format(*time)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        let Some(text) = Option::<String>::deserialize(d)? else {
            return Ok(None);
        };
        parse(&text).map(Some).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{text}\" is not a time; write it as \"14:05\" (24-hour clock)"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_back_as_written() {
        for text in ["00:00", "10:35", "23:59:59"] {
            let time = parse(text).unwrap();
            assert_eq!(format(time), text);
        }
        assert_eq!(parse("10.35"), None);
        assert_eq!(parse("25:00"), None);
    }

    #[test]
    fn dates_are_read_day_first_or_month_first_with_or_without_a_weekday() {
        let third_of_june = NaiveDate::from_ymd_opt(2025, 6, 3);
        for text in [
            "Tuesday 3rd June 2025",
            "Tuesday, 3rd June, 2025",
            "3 June 2025",
            "June 3rd 2025",
            "Tuesday, June 3, 2025",
            "3 Jun 2025",
            "03/06/2025",
            "3rd of June 2025",
            "Tues 3 Jun 2025",
            "3-Jun-2025",
            "2025-06-03",
            "Tue 03/06/2025",
            "03.06.25",
        ] {
            assert_eq!(parse_date(text), third_of_june, "{text}");
        }
        assert_eq!(parse_day_and_month("Tuesday 3rd June"), Some((3, 6, None)));
        for text in [
            "3rd June",
            "the 3rd of June 2025 meeting",
            "31 June 2025",
            "June",
        ] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn times_are_read_in_every_form_agendas_print() {
        let half_seven = NaiveTime::from_hms_opt(19, 30, 0);
        for text in [
            "7.30pm",
            "7:30 p.m.",
            "19:30",
            "19.30",
            "1930 hrs",
            "1930hrs",
            "7.30 pm (or at the close of the Planning Committee)",
        ] {
            assert_eq!(parse_time(text), half_seven, "{text}");
        }
        assert_eq!(parse_time("noon"), NaiveTime::from_hms_opt(12, 0, 0));
        assert_eq!(parse_time("12 midday"), NaiveTime::from_hms_opt(12, 0, 0));
        // A year or a room's number is not a time.
        assert_eq!(parse_time("2026"), None);
        assert_eq!(parse_time("1012"), None);
    }
}
