//! Clock times in meeting files as a clerk writes them: "10:35", with seconds only when set.

use chrono::NaiveTime;
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
