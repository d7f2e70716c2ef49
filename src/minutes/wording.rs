//! Dates, times and lists of names as the minutes print them.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use crate::model::Clock;

/// "Monday, 14th February, 2022", as a minutes heading prints a date.
pub fn heading_date(date: NaiveDate) -> String {
    format!(
        "{}, {}{} {}, {}",
        date.format("%A"),
        date.day(),
        ordinal_suffix(date.day()),
        date.format("%B"),
        date.year()
    )
}

/// "14 February 2022", as a reference to a meeting prints a date.
pub fn plain_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// "st", "nd", "rd" or "th" after a day of the month.
pub fn ordinal_suffix(day: u32) -> &'static str {
    match (day % 10, day % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// "10.30 am" or "10.35", with a dot as the minutes print times.
pub fn time(time: NaiveTime, clock: Clock) -> String {
    match clock {
        Clock::TwentyFourHour => format!("{:02}.{:02}", time.hour(), time.minute()),
        Clock::TwelveHour => {
            let (pm, hour) = time.hour12();
            format!(
                "{hour}.{:02} {}",
                time.minute(),
                if pm { "pm" } else { "am" }
            )
        }
    }
}

/// "A", "A and B", "A, B and C".
/// The sentence with its first letter a capital: a sentence that opens with a phrase such as
/// "a member of the public".
pub fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => text.to_string(),
    }
}

pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "the Children and Families Committee", without doubling an article already there.
pub fn with_article(name: &str) -> String {
    if name.to_lowercase().starts_with("the ") {
        name.to_string()
    } else {
        format!("the {name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_print_as_the_minutes_print_them() {
        let date = NaiveDate::from_ymd_opt(2022, 2, 14).expect("date");
        assert_eq!(heading_date(date), "Monday, 14th February, 2022");
        let first = NaiveDate::from_ymd_opt(2022, 3, 1).expect("date");
        assert_eq!(heading_date(first), "Tuesday, 1st March, 2022");
        let eleventh = NaiveDate::from_ymd_opt(2022, 3, 11).expect("date");
        assert_eq!(heading_date(eleventh), "Friday, 11th March, 2022");
        assert_eq!(plain_date(date), "14 February 2022");
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("time");
        assert_eq!(time(t(10, 30), Clock::TwelveHour), "10.30 am");
        assert_eq!(time(t(12, 50), Clock::TwelveHour), "12.50 pm");
        assert_eq!(time(t(14, 0), Clock::TwelveHour), "2.00 pm");
        assert_eq!(time(t(16, 0), Clock::TwentyFourHour), "16.00");
        assert_eq!(time(t(9, 5), Clock::TwentyFourHour), "09.05");
    }

    #[test]
    fn lists_and_articles() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(and_list(&names(&["A"])), "A");
        assert_eq!(and_list(&names(&["A", "B", "C"])), "A, B and C");
        assert_eq!(
            with_article("The Ballroom, Sandbach"),
            "The Ballroom, Sandbach"
        );
        assert_eq!(with_article("Committee Suite"), "the Committee Suite");
    }
}
