//! Making agenda text from any converter look alike: line endings, tabs, Markdown marks,
//! bullets, and the furniture of PDF pages that is not part of the agenda.

/// One line of the pack as the importer sees it, with its number in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub number: usize,
    pub text: String,
    /// The line began with a bullet ("- ", "• "), now taken off.
    pub bullet: bool,
}

/// What a line of page furniture is; kept so that an e-mail address is not lost.
pub enum Furniture {
    Email(String),
    Noise,
}

/// Lines that are page furniture rather than agenda: stamps, links, page numbers.
pub fn furniture(text: &str) -> Option<Furniture> {
    let trimmed = text.trim();
    if let Some(address) = trimmed.strip_prefix("mailto:") {
        return Some(Furniture::Email(address.trim().to_string()));
    }
    let lower = trimmed.to_lowercase();
    // What a democracy website's pages print around an agenda.
    let website = [
        "additional documents:",
        "no. item",
        "items",
        "media",
        "documents",
        "minutes:",
        "scheduled",
        "meeting details",
    ]
    .contains(&lower.as_str())
        || lower.starts_with("view the reasons why document")
        || lower.starts_with("this page is intentionally left blank")
        || matches!(
            lower.as_str(),
            "skip to main content" | "skip to content" | "restricted enclosure" | "view directions"
        )
        || document_link(&lower)
        || navigation(trimmed)
        || (lower.starts_with("source:") && lower.contains("http"));
    let noise = website
        || lower == "official"
        || lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("www.")
        || running_header(&lower)
        || (!trimmed.is_empty() && trimmed.chars().all(|c| c.is_ascii_digit()));
    noise.then_some(Furniture::Noise)
}

/// The words a website's navigation bars and tabs are made of.
const NAVIGATION: &[&str] = &[
    "home",
    "council",
    "councillors",
    "meetings",
    "meeting",
    "documents",
    "contact",
    "us",
    "about",
    "news",
    "events",
    "agenda",
    "agendas",
    "minutes",
    "attendance",
    "decisions",
    "calendar",
    "committees",
    "committee",
    "members",
    "search",
    "log",
    "in",
    "sign",
    "menu",
    "library",
    "consultations",
    "services",
    "parish",
    "town",
    "planning",
    "finance",
    "policies",
    "downloads",
    "links",
    "accessibility",
    "privacy",
    "cookies",
    "statement",
    "reports",
    "forward",
    "plans",
    "plan",
    "issue",
    "history",
    "details",
    "&",
    "and",
    "the",
];

/// A website's navigation: a bar of links ("Home | Council | Meetings | Contact us"), its tabs
/// ("Agenda  Minutes  Attendance  Decisions"), or a bar of months to choose from.
fn navigation(text: &str) -> bool {
    let parts: Vec<&str> = text
        .split(['|', '·', '•', '\u{2022}'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() >= 3 && parts.iter().all(|p| p.split_whitespace().count() <= 3) {
        return true;
    }
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    let months = words
        .iter()
        .filter(|w| crate::model::clock::is_month(w))
        .count();
    if words.len() >= 4 && months == words.len() {
        return true;
    }
    // Tabs are set apart by two spaces or more, each a word or two of the site's own.
    let tabs: Vec<&str> = text
        .split("  ")
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect();
    tabs.len() >= 3
        && tabs.iter().all(|tab| {
            tab.split_whitespace()
                .all(|w| NAVIGATION.contains(&w.to_lowercase().as_str()))
        })
}

/// A document's link on a website: "PDF 210 KB", "pdf icon PDF 88 KB".
fn document_link(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    matches!(words.as_slice(),
        ["pdf", size, unit] | ["pdf", "icon", "pdf", size, unit] | ["word", size, unit]
            if size.chars().all(|c| c.is_ascii_digit() || c == '.') && matches!(*unit, "kb" | "mb"))
}

/// A page's running header or footer, however a converter left it: "Public Document Pack",
/// "Agenda Item 3", "Page 12", run together ("AgendaItem3", "Page 5 Agenda Item 3a") or
/// spaced out letter by letter.
fn running_header(lower: &str) -> bool {
    let mut rest: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    if rest.is_empty() {
        return false;
    }
    let digits = |text: &str| text.chars().take_while(char::is_ascii_digit).count();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("publicdocumentpack") {
            rest = after.to_string();
        } else if let Some(after) = rest
            .strip_prefix("agendaitem")
            .or_else(|| rest.strip_prefix("page"))
            .or_else(|| rest.strip_prefix("documentpackpage"))
        {
            let number = digits(after);
            if number == 0 {
                return false;
            }
            let mut after = &after[number..];
            // "Agenda Item 3a": a letter after the number, unless a word follows.
            if after.len() == 1
                || after
                    .get(1..)
                    .is_some_and(|t| t.starts_with("page") || t.starts_with("agenda"))
            {
                after = &after[1..];
            }
            rest = after.to_string();
        } else {
            return false;
        }
    }
    true
}

/// Cleans the whole text into lines: CRLF and tabs, `**bold**`, leading bullets, and trailing
/// space. Blank lines stay, as they separate paragraphs.
pub fn lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    // A line may end in a carriage return alone, as text pasted from a terminal's clipboard
    // or an old Mac file does.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for (index, raw) in text.split('\n').enumerate() {
        let mut line = raw.replace('\r', "").replace('\t', " ").replace("**", "");
        line = website_marks(&page_of_pages(&line.replace('\u{a0}', " ")));
        // A front sheet run into one line is read as the lines it was made of.
        if let Some(parts) = super::unrun::parted(&line) {
            lines.extend(parts.into_iter().map(|text| Line {
                number: index + 1,
                text,
                bullet: false,
            }));
            continue;
        }
        let trimmed = line.trim_start();
        let mut bulleted = false;
        for bullet in ["- ", "• ", "* ", "· ", "\u{f0b7} ", "– "] {
            if let Some(rest) = trimmed.strip_prefix(bullet) {
                line = format!(" {rest}");
                bulleted = true;
                break;
            }
        }
        lines.push(Line {
            number: index + 1,
            text: line.trim_end().to_string(),
            bullet: bulleted,
        });
    }
    lines
}

/// "Page 1 of 64" run into the front of a line by a converter that flattened the page.
fn page_of_pages(line: &str) -> String {
    let trimmed = line.trim_start();
    let words: Vec<&str> = trimmed.splitn(5, ' ').collect();
    if let [page, n, of, total, rest] = words.as_slice()
        && page.eq_ignore_ascii_case("page")
        && of.eq_ignore_ascii_case("of")
        && n.chars().all(|c| c.is_ascii_digit())
        && total.chars().all(|c| c.is_ascii_digit())
    {
        return rest.to_string();
    }
    line.to_string()
}

/// The marks a democracy website puts beside a document's title: "pdf icon PDF 176 KB",
/// "pdf Minutes (125Kb)".
fn website_marks(line: &str) -> String {
    let mut line = line.to_string();
    // "Venue: Committee Room 2, Town Hall. View directions": the link to a map.
    for link in [". View directions", " View directions"] {
        if let Some(kept) = line.trim_end().strip_suffix(link) {
            line = kept.to_string();
            break;
        }
    }
    if let Some(at) = line.find(" pdf icon PDF ") {
        line.truncate(at);
    }
    let trimmed = line.trim_end();
    if let Some(open) = trimmed.rfind(" (")
        && trimmed.ends_with("Kb)") | trimmed.ends_with("KB)")
        && trimmed[open + 2..trimmed.len() - 3]
            .chars()
            .all(|c| c.is_ascii_digit())
    {
        line.truncate(open);
    }
    // "3. Minutes  PDF 145 KB": the link to the item's document after its title.
    let words: Vec<&str> = line.split_whitespace().collect();
    if let [.., kind, size, unit] = words.as_slice()
        && words.len() > 3
        && matches!(kind.to_lowercase().as_str(), "pdf" | "word")
        && size.chars().all(|c| c.is_ascii_digit() || c == '.')
        && matches!(unit.to_lowercase().as_str(), "kb" | "mb")
        && let Some(at) = line.rfind(kind)
    {
        line.truncate(at);
        line = line.trim_end().to_string();
    }
    // "4 pdf Minutes": the word "pdf" between an item's number and its title.
    let parts: Vec<&str> = line.trim_start().splitn(3, ' ').collect();
    if let [number, "pdf", title] = parts.as_slice()
        && number.chars().all(|c| c.is_ascii_digit())
    {
        return format!("{number} {title}");
    }
    line
}

/// Collapses runs of spaces.
pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
