//! The council's house style: the words of every sentence the minutes compose, read from a
//! RON file with named placeholders. A council's file starts from a bundled style and words
//! only what it says differently; a sentence it gets wrong is reported with the file, the line
//! and what is allowed, and the rest of the file still applies.

mod find;
mod settings;
mod template;
mod voice;

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

pub use find::{Found, for_meeting};
pub use settings::{Attendance, Decisions, Numbering, PresentOrder, Settings, TitleCase};
pub use template::Template;
pub use voice::Voice;

use crate::model::said::Key;

/// The styles built into Minutebook, by name.
pub const BUNDLED: &[(&str, &str)] = &[
    ("default", include_str!("../../../styles/default.ron")),
    (
        "cheshire-east-2025",
        include_str!("../../../styles/cheshire-east-2025.ron"),
    ),
    (
        "parish-council",
        include_str!("../../../styles/parish-council.ron"),
    ),
    (
        "town-council",
        include_str!("../../../styles/town-council.ron"),
    ),
    (
        "borough-planning",
        include_str!("../../../styles/borough-planning.ron"),
    ),
    (
        "welsh-community-council",
        include_str!("../../../styles/welsh-community-council.ron"),
    ),
];

/// A house style: the words for every sentence, and its choices (see [`Settings`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Style {
    pub name: String,
    pub settings: Settings,
    /// The language the style speaks: English, unless this is its Welsh.
    pub language: Language,
    words: HashMap<Key, String>,
    templates: HashMap<Key, Template>,
    /// The Welsh words of sentences, for what is published in both languages (the Welsh
    /// notice of a meeting's decisions).
    welsh: HashMap<Key, (String, Template)>,
}

/// The language a style's words are in, for the names of days and months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    English,
    Welsh,
}

/// A house-style file as written.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct StyleFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    /// The bundled style this one starts from; `default` when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    base: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    present_order: Option<PresentOrder>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title_case: Option<TitleCase>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    numbering: Option<Numbering>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    year_starts: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    decisions: Option<Decisions>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    order: Option<crate::model::BusinessOrder>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    attendance: Option<Attendance>,
    #[serde(default)]
    sentences: BTreeMap<String, String>,
    /// Sentences in Welsh, by the same names, for what is published in both languages.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    welsh: BTreeMap<String, String>,
}

impl Default for Style {
    fn default() -> Style {
        Style::bundled("default").unwrap_or_else(Style::bare)
    }
}

impl Style {
    /// A style with no words of its own: each sentence is its name. Only reached if a
    /// bundled style were unreadable, which the tests rule out.
    fn bare() -> Style {
        let words: HashMap<Key, String> = Key::ALL
            .iter()
            .map(|key| (*key, key.name().to_string()))
            .collect();
        let templates = words
            .iter()
            .filter_map(|(key, text)| Some((*key, Template::parse(text, &[]).ok()?)))
            .collect();
        Style {
            name: "bare".into(),
            settings: Settings::standard(),
            language: Language::English,
            words,
            templates,
            welsh: HashMap::new(),
        }
    }

    /// A style built into Minutebook.
    pub fn bundled(name: &str) -> Option<Style> {
        let (_, text) = BUNDLED.iter().find(|(n, _)| *n == name)?;
        let (style, problems) = Style::read(&format!("{name} (bundled)"), text, Style::bare());
        problems.is_empty().then_some(style)
    }

    /// Reads a house-style file's text. `origin` names the file in messages. What the file
    /// gets wrong is returned as problems, and the style keeps what it got right.
    pub fn parse(origin: &str, text: &str) -> (Style, Vec<String>) {
        Style::read(origin, text, Style::default())
    }

    fn read(origin: &str, text: &str, fallback: Style) -> (Style, Vec<String>) {
        let mut problems = Vec::new();
        let file: StyleFile = match crate::store::ron_options().from_str(text) {
            Ok(file) => file,
            Err(error) => {
                problems.push(format!(
                    "{origin}:{}:{}: {}; using the {} style instead",
                    error.span.start.line, error.span.start.col, error.code, fallback.name
                ));
                return (fallback, problems);
            }
        };
        let mut style = match file.base.as_deref() {
            None => fallback,
            Some(base) => match Style::bundled(base) {
                Some(style) => style,
                None => {
                    problems.push(format!(
                        "{origin}:{}: there is no bundled style called \"{base}\"; the bundled styles are {}",
                        line_of(text, base),
                        bundled_names()
                    ));
                    fallback
                }
            },
        };
        if let Some(name) = &file.name {
            style.name = name.clone();
        }
        style.apply(&file, origin, text, &mut problems);
        for (name, words) in file.welsh {
            let line = line_of(text, &name);
            let Some(key) = Key::from_name(&name) else {
                problems.push(format!(
                    "{origin}:{line}: in welsh, there is no sentence called \"{name}\"{}",
                    closest(&name)
                        .map(|c| format!(" (did you mean \"{c}\"?)"))
                        .unwrap_or_default()
                ));
                continue;
            };
            match Template::parse(&words, key.slots()) {
                Ok(template) => {
                    style.welsh.insert(key, (words, template));
                }
                Err(error) => {
                    problems.push(format!("{origin}:{line}: \"{name}\" in welsh: {error}"))
                }
            }
        }
        for (name, words) in file.sentences {
            let line = line_of(text, &name);
            let Some(key) = Key::from_name(&name) else {
                problems.push(format!(
                    "{origin}:{line}: there is no sentence called \"{name}\"{}; `minutebook style` lists them all",
                    closest(&name)
                        .map(|c| format!(" (did you mean \"{c}\"?)"))
                        .unwrap_or_default()
                ));
                continue;
            };
            match Template::parse(&words, key.slots()) {
                Ok(template) => {
                    style.templates.insert(key, template);
                    style.words.insert(key, words);
                }
                Err(error) => problems.push(format!("{origin}:{line}: \"{name}\": {error}")),
            }
        }
        (style, problems)
    }

    /// The file's choices, over the base style's.
    fn apply(&mut self, file: &StyleFile, origin: &str, text: &str, problems: &mut Vec<String>) {
        let settings = &mut self.settings;
        if let Some(order) = file.present_order {
            settings.present_order = order;
        }
        if let Some(case) = file.title_case {
            settings.title_case = case;
        }
        if let Some(numbering) = file.numbering {
            settings.numbering = numbering;
        }
        if let Some(month) = file.year_starts {
            if (1..=12).contains(&month) {
                settings.year_starts = month;
            } else {
                problems.push(format!(
                    "{origin}:{}: year_starts is a month from 1 to 12, not {month}",
                    line_of_setting(text, "year_starts")
                ));
            }
        }
        if let Some(decisions) = file.decisions {
            settings.decisions = decisions;
        }
        if let Some(order) = file.order {
            settings.order = order;
        }
        if let Some(attendance) = file.attendance {
            settings.attendance = attendance;
        }
    }

    /// Whether a sentence has words: a council that prints no such sentence leaves it empty,
    /// and nothing is printed for it.
    pub fn says(&self, key: Key) -> bool {
        self.words.get(&key).is_some_and(|w| !w.trim().is_empty())
    }

    /// The style speaking Welsh, where it gives Welsh words: each sentence it gives in Welsh
    /// in those words, the others as they are, and days and months named in Welsh.
    pub fn welsh(&self) -> Option<Style> {
        if self.welsh.is_empty() {
            return None;
        }
        let mut welsh = self.clone();
        welsh.language = Language::Welsh;
        for (key, (words, template)) in &self.welsh {
            welsh.words.insert(*key, words.clone());
            welsh.templates.insert(*key, template.clone());
        }
        welsh.welsh.clear();
        Some(welsh)
    }

    /// The words of a sentence.
    pub fn template(&self, key: Key) -> Option<&Template> {
        self.templates.get(&key)
    }

    /// The whole style as a file a council can copy and edit.
    pub fn to_text(&self) -> String {
        let mut out = String::from(
            "// A house style for Minutebook. In the words, {name} is filled in, and a part in\n\
             // [square brackets] is left out when a placeholder inside it has nothing to say.\n\
             // Keep only the sentences you word differently: the rest come from `base`.\n(\n",
        );
        out.push_str(&format!("    name: {:?},\n", self.name));
        out.push_str("    base: \"default\",\n");
        let settings = &self.settings;
        for (comment, line) in [
            (
                "How PRESENT orders the councillors: AsListed (members in the meeting's order, then\n    // substitutes) or Alphabetical (members and substitutes together, by surname).",
                format!("present_order: {:?}", settings.present_order),
            ),
            (
                "How a minute's title prints: Capitals, or AsPrinted (as the agenda prints it).",
                format!("title_case: {:?}", settings.title_case),
            ),
            (
                "When the running minute number starts again at 1: EachYear (at the first meeting of\n    // the municipal year), Continuous (never), or EachMeeting.",
                format!("numbering: {:?}", settings.numbering),
            ),
            (
                "The month the municipal year begins, 1 to 12 (5 is May).",
                format!("year_starts: {}", settings.year_starts),
            ),
            (
                "Apart (a motion, its vote and RESOLVED each a paragraph) or Together (the motion\n    // and its vote in the resolution's own sentence, \"resolved_together\").",
                format!("decisions: {:?}", settings.decisions),
            ),
            (
                "Lines (the Chair and Vice-Chair on lines of their own, officers and others under\n    // headings) or Paragraph (everyone in one \"present_paragraph\").",
                format!("attendance: {:?}", settings.attendance),
            ),
            (
                "When the Chair varies the order of business: Taken (the minutes follow the order\n    // business was taken in, numbered in it) or Agenda (the agenda's order and numbers;\n    // the item taken early says so in \"order_varied\").",
                format!("order: {:?}", settings.order),
            ),
        ] {
            out.push_str(&format!("    // {comment}\n    {line},\n"));
        }
        out.push_str(
            "    // Every sentence the minutes compose. An empty sentence prints nothing at all.\n",
        );
        out.push_str("    sentences: {\n");
        for key in Key::ALL {
            let words = self.words.get(key).map(String::as_str).unwrap_or("");
            for line in key.about().lines() {
                out.push_str(&format!("        //{line}\n"));
            }
            let slots: Vec<String> = key.slots().iter().map(|s| format!("{{{s}}}")).collect();
            if !slots.is_empty() {
                out.push_str(&format!("        // Placeholders: {}\n", slots.join(" ")));
            }
            out.push_str(&format!("        {:?}: {:?},\n", key.name(), words));
        }
        out.push_str("    },\n");
        if !self.welsh.is_empty() {
            out.push_str("    // The sentences published in Welsh too, in Welsh.\n    welsh: {\n");
            let mut welsh: Vec<(&Key, &String)> = self
                .welsh
                .iter()
                .map(|(key, (words, _))| (key, words))
                .collect();
            welsh.sort();
            for (key, words) in welsh {
                out.push_str(&format!("        {:?}: {:?},\n", key.name(), words));
            }
            out.push_str("    },\n");
        }
        out.push_str(")\n");
        out
    }
}

fn bundled_names() -> String {
    BUNDLED
        .iter()
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The 1-based line where a setting is given in the file.
fn line_of_setting(text: &str, name: &str) -> usize {
    text.find(name)
        .map_or(1, |at| 1 + text[..at].matches('\n').count())
}

/// The 1-based line where `"name"` first appears in the file.
fn line_of(text: &str, name: &str) -> usize {
    let quoted = format!("\"{name}\"");
    text.find(&quoted)
        .map_or(1, |at| 1 + text[..at].matches('\n').count())
}

/// The sentence name nearest to a misspelt one, when one is near.
fn closest(name: &str) -> Option<&'static str> {
    Key::ALL
        .iter()
        .map(|key| (distance(name, key.name()), key.name()))
        .filter(|(d, _)| *d <= 3)
        .min()
        .map(|(_, n)| n)
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let next = (row[j + 1] + 1).min(row[j] + 1).min(previous + cost);
            previous = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_style_reads_and_words_every_sentence() {
        for (name, text) in BUNDLED {
            let (style, problems) = Style::read(name, text, Style::bare());
            assert_eq!(problems, Vec::<String>::new(), "{name}");
            for key in Key::ALL {
                assert!(style.words.contains_key(key), "{name} lacks {}", key.name());
            }
        }
        // The default style, which every other starts from, words every sentence itself.
        let default = BUNDLED
            .iter()
            .find(|(name, _)| *name == "default")
            .map(|(_, text)| *text)
            .unwrap_or_default();
        for key in Key::ALL {
            assert!(
                default.contains(&format!("\"{}\":", key.name())),
                "styles/default.ron does not word the sentence {}",
                key.name()
            );
        }
    }

    #[test]
    fn a_council_style_changes_what_it_names_and_reports_what_it_gets_wrong() {
        let text = "(\n  sentences: {\n    \"no_public_speakers\": \"There were no registered speakers.\",\n    \"lfet\": \"{name} went.\",\n    \"left\": \"{nmae} left.\",\n  },\n)";
        let (style, problems) = Style::parse("house-style.ron", text);
        let said = |key| {
            style
                .template(key)
                .map(|t| t.render(&|_| None))
                .unwrap_or_default()
        };
        assert_eq!(
            said(Key::NoPublicSpeakers),
            "There were no registered speakers."
        );
        assert_eq!(
            said(Key::NoApologies),
            "There were no apologies for absence."
        );
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].starts_with("house-style.ron:5: \"left\": {nmae} is not a placeholder")
        );
        assert!(problems[1].starts_with(
            "house-style.ron:4: there is no sentence called \"lfet\" (did you mean \"left\"?)"
        ));
        // The sentence it got wrong keeps the default words.
        assert!(style.words[&Key::Left].starts_with("{name} left the meeting"));
    }

    #[test]
    fn a_style_printed_reads_back_the_same() {
        let style = Style::default();
        let (again, problems) = Style::parse("printed", &style.to_text());
        assert_eq!(problems, Vec::<String>::new());
        assert_eq!(again.words, style.words);
    }
}
