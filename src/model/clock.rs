//! Clock times and dates: in meeting files as "10:35", with seconds only when set; and as a
//! clerk or an agenda writes them ("10.30 am", "Thursday, 24th March, 2022"), read in this one
//! place for the forms, the command line and the agenda importer alike.

use chrono::{NaiveDate, NaiveTime};
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
    if text.to_lowercase().contains("noon") && text.trim().starts_with("12") {
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
}
