//! Putting a description's lines back together into paragraphs, across the hard wraps and
//! stray blank lines PDF converters leave.

use super::clean::squeeze;

/// Joins a paragraph's lines, keeping a hyphen that ends a line ("non-" ⏎ "pecuniary").
pub(super) fn join_lines(lines: &[String]) -> String {
    let mut text = String::new();
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !text.is_empty() && !text.ends_with('-') {
            text.push(' ');
        }
        text.push_str(line);
    }
    squeeze(&text)
}

/// Groups lines into paragraphs at blank lines, but joins across a blank line that falls in
/// the middle of a sentence, as PDF converters leave them: after a full-width line that does
/// not end a sentence. A short line is the end of its paragraph, even without a full stop.
pub(super) fn paragraphs(lines: &[String]) -> Vec<String> {
    let mut groups: Vec<Vec<String>> = vec![Vec::new()];
    for line in lines {
        if line.trim().is_empty() {
            if groups.last().is_some_and(|g| !g.is_empty()) {
                groups.push(Vec::new());
            }
        } else if let Some(group) = groups.last_mut() {
            group.push(line.clone());
        }
    }
    let mut paragraphs: Vec<String> = Vec::new();
    let mut last_line_length = 0;
    for group in groups.into_iter().filter(|g| !g.is_empty()) {
        let text = join_lines(&group);
        let starts_lower = text.chars().next().is_some_and(char::is_lowercase);
        let wrapped = last_line_length >= 60;
        last_line_length = group.last().map_or(0, |l| l.trim().chars().count());
        let unfinished = |previous: &String| {
            // A sentence cannot end on "and", "of", "the" ...
            let last_word = previous.rsplit(' ').next().unwrap_or("").to_lowercase();
            const LINKING: &[&str] = &[
                "and", "or", "of", "the", "a", "an", "to", "for", "in", "on", "at", "by", "with",
                "from", "that", "which", "be", "is", "are", "was", "were", "held", "as",
            ];
            !previous.ends_with(['.', ':', '?', '!', ';'])
                && (wrapped || starts_lower || LINKING.contains(&last_word.as_str()))
        };
        match paragraphs.last_mut() {
            Some(previous) if unfinished(previous) => {
                previous.push(' ');
                previous.push_str(&text);
            }
            _ => paragraphs.push(text),
        }
    }
    paragraphs
}
