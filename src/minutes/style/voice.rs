//! Saying a phrase in the house style: each fact put into words (a name, a list of names, a
//! time in the body's clock) and set in the style's sentence.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use super::Style;
use crate::minutes::wording::{and_list, ordinal_suffix};
use crate::model::said::{Key, Phrase, Slot};
use crate::model::{ChairTitle, Clock, Meeting, Office, Person, PersonId};

/// The days of the week in Welsh, from Monday.
const WELSH_DAYS: [&str; 7] = [
    "Dydd Llun",
    "Dydd Mawrth",
    "Dydd Mercher",
    "Dydd Iau",
    "Dydd Gwener",
    "Dydd Sadwrn",
    "Dydd Sul",
];

/// The months in Welsh, from January.
const WELSH_MONTHS: [&str; 12] = [
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
];

/// The house style speaking about one meeting.
#[derive(Clone, Copy)]
pub struct Voice<'m> {
    pub meeting: &'m Meeting,
    pub style: &'m Style,
}

impl<'m> Voice<'m> {
    pub fn new(meeting: &'m Meeting, style: &'m Style) -> Voice<'m> {
        Voice { meeting, style }
    }

    /// The phrase in words.
    pub fn say(&self, phrase: &Phrase) -> String {
        let Some(template) = self.style.template(phrase.key) else {
            return String::new();
        };
        let fill = |name: &str| {
            phrase
                .slots
                .iter()
                .find(|(slot, _)| *slot == name)
                .map(|(_, value)| self.slot(value))
        };
        template.render(&fill)
    }

    /// A sentence with no facts of its own: a heading, a word.
    pub fn word(&self, key: Key) -> String {
        self.say(&Phrase::new(key))
    }

    /// A person's name as the minutes print it in a sentence: a councillor's with the house
    /// style's title ("Councillor M Beanland", "Cllr Beanland"), anyone else's as the meeting
    /// knows them ("Dr Matt Tyrer").
    pub fn name(&self, id: &PersonId) -> String {
        self.meeting
            .person(id)
            .map_or_else(|| id.to_string(), |p| self.person(p))
    }

    /// As [`Voice::name`], for a person already found.
    pub fn person(&self, person: &Person) -> String {
        if person.is_councillor() {
            self.say(&Phrase::new(Key::CouncillorName).text("name", person.name.clone()))
        } else {
            person.titled_name()
        }
    }

    /// Councillors under one title ("Councillors A, B and C"), or each with their own ("Cllr A,
    /// Cllr B and Cllr C"), as the house style words the list.
    pub fn councillors(&self, names: &[String], each: &[String]) -> String {
        let key = if names.len() == 1 {
            Key::OneCouncillor
        } else {
            Key::Councillors
        };
        self.say(
            &Phrase::new(key)
                .text("names", and_list(names))
                .text("each", and_list(each)),
        )
    }

    /// The title of an office on this body, in the house style's words.
    pub fn office(&self, office: Office) -> String {
        let key = match (self.meeting.body.chair_title, office) {
            (ChairTitle::Chair, Office::Chair) => Key::TitleChair,
            (ChairTitle::Chair, _) => Key::TitleViceChair,
            (ChairTitle::Chairman, Office::Chair) => Key::TitleChairman,
            (ChairTitle::Chairman, _) => Key::TitleViceChairman,
            (ChairTitle::Mayor, Office::Chair) => Key::TitleMayor,
            (ChairTitle::Mayor, _) => Key::TitleDeputyMayor,
            (ChairTitle::LordMayor, Office::Chair) => Key::TitleLordMayor,
            (ChairTitle::LordMayor, _) => Key::TitleDeputyLordMayor,
        };
        self.word(key)
    }

    /// A date as the style prints it at the head of the minutes.
    pub fn long_date(&self, date: NaiveDate) -> String {
        self.date(Key::DateLong, date)
    }

    /// A date as the style prints it in a sentence.
    pub fn short_date(&self, date: NaiveDate) -> String {
        self.date(Key::DateShort, date)
    }

    fn date(&self, key: Key, date: NaiveDate) -> String {
        let (weekday, month, ordinal) = match self.style.language {
            super::Language::English => (
                date.format("%A").to_string(),
                date.format("%B").to_string(),
                ordinal_suffix(date.day()).to_string(),
            ),
            // Welsh names its days and months in its own words, and a date needs no ordinal.
            super::Language::Welsh => (
                WELSH_DAYS[date.weekday().num_days_from_monday() as usize].to_string(),
                WELSH_MONTHS[date.month0() as usize].to_string(),
                String::new(),
            ),
        };
        self.say(
            &Phrase::new(key)
                .text("weekday", weekday)
                .text("day", date.day().to_string())
                .text("ordinal", ordinal)
                .text("month", month)
                .text("year", date.year().to_string()),
        )
    }

    /// A clock time in the body's clock, as the style prints it.
    pub fn time(&self, at: NaiveTime) -> String {
        match self.meeting.body.clock {
            Clock::TwentyFourHour => self.say(
                &Phrase::new(Key::TimeTwentyFourHour)
                    .text("hour", format!("{:02}", at.hour()))
                    .text("minute", format!("{:02}", at.minute())),
            ),
            Clock::TwelveHour => {
                let (pm, hour) = at.hour12();
                self.say(
                    &Phrase::new(Key::TimeTwelveHour)
                        .text("hour", hour.to_string())
                        .text("minute", format!("{:02}", at.minute()))
                        .text("am_pm", self.word(if pm { Key::Pm } else { Key::Am })),
                )
            }
        }
    }

    fn slot(&self, slot: &Slot) -> String {
        match slot {
            Slot::Text(text) => text.clone(),
            Slot::Person(id) => self.name(id),
            Slot::Owner(id) => match self.meeting.person(id) {
                Some(person) if !person.is_councillor() => person
                    .role
                    .as_deref()
                    .filter(|post| !post.trim().is_empty())
                    .map_or_else(
                        || self.person(person),
                        |post| format!("the {}", post.trim()),
                    ),
                _ => self.name(id),
            },
            Slot::People(ids) => {
                let names: Vec<String> = ids.iter().map(|id| self.name(id)).collect();
                and_list(&names)
            }
            Slot::Councillors(ids) => {
                let names: Vec<String> = ids
                    .iter()
                    .map(|id| {
                        self.meeting
                            .person(id)
                            .map_or_else(|| id.to_string(), |p| p.name.clone())
                    })
                    .collect();
                let each: Vec<String> = ids.iter().map(|id| self.name(id)).collect();
                self.councillors(&names, &each)
            }
            Slot::Time(at) => self.time(*at),
            Slot::Date(date) => self.short_date(*date),
            Slot::Number(n) => n.to_string(),
            Slot::Office(office) => self.office(*office),
            Slot::Phrase(inner) => self.say(inner),
            Slot::WithArticle(inner) => {
                let words = self.say(inner);
                let vowel = words
                    .chars()
                    .next()
                    .is_some_and(|c| "aeiouAEIOU".contains(c));
                if words.is_empty() {
                    words
                } else if vowel {
                    format!("an {words}")
                } else {
                    format!("a {words}")
                }
            }
        }
    }
}
