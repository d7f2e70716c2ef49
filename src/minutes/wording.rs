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

/// Words that name a kind of building, which a place's name before them makes a proper name:
/// "Wexcombe Village Hall", "St Mary's Church", "Orchard Academy".
const BUILDINGS: &[&str] = &[
    "hall",
    "centre",
    "center",
    "school",
    "academy",
    "church",
    "chapel",
    "library",
    "pavilion",
    "hotel",
    "house",
    "inn",
    "club",
    "institute",
    "college",
    "institution",
];

/// Words that open the name of a room or building but are no place's name: "the Village
/// Hall", "the Council Chamber", "the Methodist Church".
const COMMON_WORDS: &[&str] = &[
    "village",
    "town",
    "parish",
    "community",
    "memorial",
    "council",
    "civic",
    "church",
    "methodist",
    "baptist",
    "catholic",
    "united",
    "scout",
    "sports",
    "jubilee",
    "reading",
    "old",
    "new",
    "main",
    "guild",
    "assembly",
    "public",
    "market",
    "drill",
    "corn",
    "victory",
    "war",
    "youth",
    "county",
    "city",
    "district",
    "borough",
    "municipal",
    "committee",
    "conference",
    "function",
    "primary",
    "secondary",
    "junior",
    "infant",
    "infants",
    "high",
    "grammar",
    "working",
    "men's",
    "women's",
    "mission",
    "church's",
    "social",
    "sailing",
    "cricket",
    "football",
    "bowls",
    "bowling",
    "golf",
    "tennis",
    "rugby",
    "masonic",
    "court",
];

/// A venue after "in": "the Council Chamber", "the Village Hall", but "Wexcombe Village Hall"
/// and "St Mary's Church Hall", whose own names need no article.
pub fn venue_with_article(venue: &str) -> String {
    let place = venue.split(',').next().unwrap_or_default();
    let words: Vec<String> = place
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase()
        })
        .collect();
    let named = match words.as_slice() {
        [first, .., last] => {
            let saint = matches!(first.as_str(), "st" | "saint");
            let building = BUILDINGS.contains(&last.as_str());
            let common = COMMON_WORDS.contains(&first.as_str()) || first == "the";
            saint || (building && !common)
        }
        _ => false,
    };
    if named || venue.starts_with(|c: char| c.is_ascii_digit()) {
        venue.to_string()
    } else {
        with_article(venue)
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
        let venue = |v: &str| venue_with_article(v);
        assert_eq!(venue("Wexcombe Village Hall"), "Wexcombe Village Hall");
        assert_eq!(
            venue("Kingsford Town Hall, High Street"),
            "Kingsford Town Hall, High Street"
        );
        assert_eq!(venue("St Mary's Church Hall"), "St Mary's Church Hall");
        assert_eq!(
            venue("Village Hall, Pound Lane"),
            "the Village Hall, Pound Lane"
        );
        assert_eq!(
            venue("Council Chamber, Town Hall"),
            "the Council Chamber, Town Hall"
        );
        assert_eq!(venue("Methodist Church Hall"), "the Methodist Church Hall");
        assert_eq!(
            venue("Cedar Room, Wexcombe House"),
            "the Cedar Room, Wexcombe House"
        );
        assert_eq!(venue("The Guildhall"), "The Guildhall");
        assert_eq!(
            venue("Committee Suite 1,2 & 3, Westfields"),
            "the Committee Suite 1,2 & 3, Westfields"
        );
    }
}
