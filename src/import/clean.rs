//! Making agenda text from any converter look alike: line endings, tabs, Markdown marks,
//! bullets, and the furniture of PDF pages that is not part of the agenda.

/// One line of the pack as the importer sees it, with its number in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub number: usize,
    pub text: String,
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
    let noise = lower == "public document pack"
        || lower == "official"
        || lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("www.")
        || (lower.starts_with("page ") && lower[5..].trim().chars().all(|c| c.is_ascii_digit()))
        || (!trimmed.is_empty() && trimmed.chars().all(|c| c.is_ascii_digit()));
    noise.then_some(Furniture::Noise)
}

/// Cleans the whole text into lines: CRLF and tabs, `**bold**`, leading bullets, and trailing
/// space. Blank lines stay, as they separate paragraphs.
pub fn lines(text: &str) -> Vec<Line> {
    text.split('\n')
        .enumerate()
        .map(|(index, raw)| {
            let mut line = raw.replace('\r', "").replace('\t', " ").replace("**", "");
            line = line.replace('\u{a0}', " ");
            let trimmed = line.trim_start();
            for bullet in ["- ", "• ", "* ", "· ", "\u{f0b7} "] {
                if let Some(rest) = trimmed.strip_prefix(bullet) {
                    line = format!(" {rest}");
                    break;
                }
            }
            Line {
                number: index + 1,
                text: line.trim_end().to_string(),
            }
        })
        .collect()
}

/// Collapses runs of spaces.
pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
