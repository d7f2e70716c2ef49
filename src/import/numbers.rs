//! The numbers agendas give their items, in every shape front sheets print them: `3.`, `3)`,
//! `3 Title`, the number glued to its title (`1Apologies`), a per-meeting reference
//! (`2025-06_1.`), a committee prefix and year (`FGP01/22`), a year-prefixed running number
//! (`2526-31`), and sub-items (`5.1`, `5a`, `5 a)`, `(b)`). Each is kept as printed, with the
//! running number that says which item comes next.

/// An item's number as the agenda prints it, and what it counts by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// As printed, without the stop after it: "3", "2025-06_1", "FGP01/22", "5.1", "5a".
    pub printed: String,
    /// Everything about the reference but its running number, so that "FGP01/22" and
    /// "FGP02/22" are known to run on: "FGP#/22".
    pub pattern: String,
    /// The running number: 3, 1, 1, 31.
    pub number: u32,
    /// The sub-item's mark, for a part of an item: "1" of "5.1", "a" of "5a".
    pub sub: Option<String>,
}

/// An item line: its reference, its title and how it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemLine {
    pub reference: Reference,
    pub title: String,
    /// How the number stood: with a stop after it (`3.`), a space only (`3 Title`), or glued
    /// to the title (`3Title`). A number with only a space is the most easily mistaken, so
    /// the reader trusts it only in sequence.
    pub shape: Shape,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Stopped,
    Spaced,
    Glued,
}

impl Reference {
    /// Whether this reference can come next after `previous`: the next running number in the
    /// same pattern, or a part of the same item (or the next part of it).
    pub fn follows(&self, previous: &Reference) -> bool {
        if self.pattern != previous.pattern {
            return false;
        }
        match (&self.sub, &previous.sub) {
            (None, _) => self.number == previous.number + 1,
            (Some(_), _) => self.number == previous.number,
        }
    }
}

/// Reads the item number at the start of a line, and the title after it.
pub fn item_line(text: &str) -> Option<ItemLine> {
    let text = text.trim_start();
    let token_end = text
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(text.len(), |(at, _)| at);
    let token = &text[..token_end];
    // A lone sub-item under its own number on the line: "5 a) Title".
    if let Some(line) = spaced_sub_item(text, token) {
        return Some(line);
    }
    let (reference_text, glued_title) = split_glued(token)?;
    let stop = reference_text.ends_with(['.', ')', ':']);
    let reference = reference(reference_text.trim_end_matches(['.', ')', ':']))?;
    // A number of digits alone before a space is the shape most easily mistaken; a stop, or a
    // reference with more to it than digits ("5.1", "2025-06_1"), marks an item plainly.
    let bare = reference_text.chars().all(|c| c.is_ascii_digit());
    let (title, shape) = if glued_title.is_empty() {
        let rest = text[token_end..].trim();
        (
            rest,
            if stop || !bare {
                Shape::Stopped
            } else {
                Shape::Spaced
            },
        )
    } else {
        (text[token_end - glued_title.len()..].trim(), Shape::Glued)
    };
    if title.is_empty() {
        return None;
    }
    // "3 members of the public spoke": a bare number before a word in lower case is prose.
    let first = title.chars().next()?;
    if shape == Shape::Spaced && !(first.is_uppercase() || first == '(') {
        return None;
    }
    // A title starts as a title does ("10.30 am" is a time, not item 10.30).
    if !(first.is_uppercase() || first.is_ascii_digit() || matches!(first, '(' | '"' | '“' | '\''))
    {
        return None;
    }
    if shape == Shape::Glued && !first.is_uppercase() {
        return None;
    }
    Some(ItemLine {
        reference,
        title: title.to_string(),
        shape,
    })
}

/// "5 a) Title" or "5 (a) Title": a sub-item printed with its item's number.
fn spaced_sub_item(text: &str, token: &str) -> Option<ItemLine> {
    let number: u32 = token.parse().ok()?;
    let rest = text[token.len()..].trim_start();
    let (mark, title) = rest.split_once(' ')?;
    let letter = mark
        .strip_prefix('(')
        .unwrap_or(mark)
        .strip_suffix(')')
        .filter(|l| !l.is_empty() && l.len() <= 4 && l.chars().all(|c| c.is_ascii_lowercase()))?;
    Some(ItemLine {
        reference: Reference {
            printed: format!("{number}{letter}"),
            pattern: "#".into(),
            number,
            sub: Some(letter.to_string()),
        },
        title: title.trim().to_string(),
        shape: Shape::Stopped,
    })
}

/// Splits a line's first word into its reference and a title glued to it ("1Apologies",
/// "2526-31APOLOGIES", "FGP01/22To"); the title is empty when a space follows the reference.
fn split_glued(token: &str) -> Option<(&str, &str)> {
    // A reference starts with a digit, or with letters run straight into digits ("FGP01").
    let letters = token.chars().take_while(char::is_ascii_uppercase).count();
    if !token[letters..].starts_with(|c: char| c.is_ascii_digit()) || letters > 6 {
        return None;
    }
    // The title starts at the first letter after the last digit-bearing part.
    let mut end = token.len();
    let mut seen_digit = false;
    for (at, c) in token.char_indices().skip(letters) {
        if c.is_ascii_digit() {
            seen_digit = true;
        } else if c.is_alphabetic() && seen_digit {
            // "5a" and "12b" are sub-items, not titles: a title is a word of two letters or more.
            let word: String = token[at..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            let rest_after_word = &token[at + word.len()..];
            let sub_letter = word.len() == 1 && !rest_after_word.starts_with(char::is_alphabetic);
            if !sub_letter {
                end = at;
                break;
            }
        } else if !matches!(c, '.' | ')' | ':' | '/' | '-' | '_') && !c.is_alphabetic() {
            return None;
        }
    }
    Some((&token[..end], &token[end..]))
}

/// Reads a reference on its own: its running number, pattern and sub-item.
fn reference(printed: &str) -> Option<Reference> {
    if printed.is_empty() || printed.len() > 16 {
        return None;
    }
    // The parts of the reference: runs of digits, and what is between them.
    let runs: Vec<(usize, &str)> = digit_runs(printed);
    let (last_at, last) = *runs.last()?;
    // "5a": a letter after the number marks a part of the item.
    let tail = &printed[last_at + last.len()..];
    if !tail.is_empty() {
        let letter = tail.chars().all(|c| c.is_ascii_lowercase()) && tail.len() == 1;
        if !letter || runs.len() > 1 {
            return None;
        }
        return Some(Reference {
            printed: printed.into(),
            pattern: pattern(printed, last_at, last, tail),
            number: last.parse().ok()?,
            sub: Some(tail.into()),
        });
    }
    // "5.1", "338.2": a part of item 5 or 338.
    if runs.len() == 2 && printed[runs[0].0 + runs[0].1.len()..last_at] == *"." {
        let (first_at, first) = runs[0];
        if first_at == 0 {
            return Some(Reference {
                printed: printed.into(),
                pattern: "#".into(),
                number: first.parse().ok()?,
                sub: Some(last.into()),
            });
        }
    }
    // "FGP01/22": a year after a slash is not what counts; the number before it is.
    let counter = match runs.as_slice() {
        [.., (at, before), (year_at, year)]
            if printed[at + before.len()..*year_at] == *"/" && year.len() == 2 =>
        {
            (*at, *before)
        }
        _ => (last_at, last),
    };
    if counter.1.len() > 5 {
        return None;
    }
    Some(Reference {
        printed: printed.into(),
        pattern: pattern(printed, counter.0, counter.1, ""),
        number: counter.1.parse().ok()?,
        sub: None,
    })
}

fn digit_runs(text: &str) -> Vec<(usize, &str)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (c.is_ascii_digit(), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                runs.push((from, &text[from..at]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        runs.push((from, &text[from..]));
    }
    runs
}

/// The reference with its running number (and any sub-item letter) as `#`.
fn pattern(printed: &str, at: usize, number: &str, tail: &str) -> String {
    format!(
        "{}#{}",
        &printed[..at],
        &printed[at + number.len() + tail.len()..]
    )
}

/// A line listing several items at once, as democracy websites flatten them: "1 Apologies for
/// absence 2 Declarations of interest 3 Minutes". Split where the next number in sequence
/// stands before a capitalised word; three items at least, or it is a sentence.
pub fn one_line_list(text: &str) -> Option<Vec<(u32, String)>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let first: u32 = words.first()?.parse().ok()?;
    let mut items: Vec<(u32, Vec<&str>)> = vec![(first, Vec::new())];
    for pair in words.windows(2).skip(1) {
        let (word, next) = (pair[0], pair[1]);
        let expected = items.last().map_or(first, |(n, _)| n + 1);
        let starts_item = word.parse::<u32>() == Ok(expected)
            && next.chars().next().is_some_and(char::is_uppercase)
            && items.last().is_some_and(|(_, t)| !t.is_empty());
        if starts_item {
            items.push((expected, Vec::new()));
        } else if let Some((_, title)) = items.last_mut() {
            title.push(word);
        }
    }
    if let (Some(last), Some((_, title))) = (words.last(), items.last_mut())
        && words.len() > 1
    {
        title.push(last);
    }
    (items.len() >= 3 && items.iter().all(|(_, t)| !t.is_empty())).then(|| {
        items
            .into_iter()
            .map(|(n, title)| (n, title.join(" ")))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(String, String, u32, Option<String>, Shape)> {
        item_line(text).map(|l| {
            (
                l.reference.printed,
                l.title,
                l.reference.number,
                l.reference.sub,
                l.shape,
            )
        })
    }

    #[test]
    fn every_shape_of_item_number_is_read_as_printed() {
        let cases: &[(&str, &str, &str, u32, Option<&str>)] = &[
            (
                "3. Minutes of Previous Meeting",
                "3",
                "Minutes of Previous Meeting",
                3,
                None,
            ),
            ("3) Minutes", "3", "Minutes", 3, None),
            (
                "1 Apologies for absence",
                "1",
                "Apologies for absence",
                1,
                None,
            ),
            (
                "1Apologies for Absence",
                "1",
                "Apologies for Absence",
                1,
                None,
            ),
            (
                "2025-06_1. PUBLIC PARTICIPATION",
                "2025-06_1",
                "PUBLIC PARTICIPATION",
                1,
                None,
            ),
            (
                "FGP01/22To receive Apologies",
                "FGP01/22",
                "To receive Apologies",
                1,
                None,
            ),
            ("2526-31APOLOGIES", "2526-31", "APOLOGIES", 31, None),
            (
                "5.1 Planning applications",
                "5.1",
                "Planning applications",
                5,
                Some("1"),
            ),
            ("338.2 To consider", "338.2", "To consider", 338, Some("2")),
            ("5a Tree works", "5a", "Tree works", 5, Some("a")),
            ("5 a) Tree works", "5a", "Tree works", 5, Some("a")),
            (
                "7. 12-14 Station Road, Anytown",
                "7",
                "12-14 Station Road, Anytown",
                7,
                None,
            ),
        ];
        for (text, printed, title, number, sub) in cases {
            let (p, t, n, s, _) = read(text).unwrap_or_else(|| panic!("{text} is an item"));
            assert_eq!(
                (p.as_str(), t.as_str(), n, s.as_deref()),
                (*printed, *title, *number, *sub),
                "{text}"
            );
        }
    }

    #[test]
    fn prose_and_dates_are_not_items() {
        for text in [
            "3 members of the public attended",
            "2022 – 2025 plan",
            "1st July 2021",
            "10.30 am",
            "0161 474 3207",
            "24 March 2022",
        ] {
            assert_eq!(
                item_line(text)
                    .map(|l| l.shape)
                    .filter(|s| *s != Shape::Spaced),
                None,
                "{text}"
            );
        }
        // A spaced number before a capital is an item only where the sequence expects it,
        // which the reader decides: here it is only a candidate.
        assert_eq!(read("24 March 2022").map(|r| r.4), Some(Shape::Spaced));
        // A site address is not in the pattern of the items around it, so never runs on.
        let site = item_line("12-14 Station Road")
            .expect("a candidate")
            .reference;
        let item = item_line("11. Planning").expect("an item").reference;
        assert!(!site.follows(&item));
    }

    #[test]
    fn references_run_on_within_their_pattern() {
        let reference = |t: &str| item_line(t).expect("an item").reference;
        assert!(reference("FGP02/22 B").follows(&reference("FGP01/22 A")));
        assert!(reference("2025-06_2. B").follows(&reference("2025-06_1. A")));
        assert!(reference("5.1 B").follows(&reference("5. A")));
        assert!(reference("5.2 B").follows(&reference("5.1 B")));
        assert!(reference("6. C").follows(&reference("5.2 B")));
        assert!(!reference("7. C").follows(&reference("5. A")));
        assert!(!reference("2. C").follows(&reference("FGP01/22 A")));
    }

    #[test]
    fn a_flattened_list_of_items_is_split_in_sequence() {
        let items = one_line_list(
            "1 Apologies for absence 2 Declarations of interest 3 Minutes of the meeting held on 2 April 4 Planning",
        )
        .expect("a list");
        assert_eq!(
            items,
            vec![
                (1, "Apologies for absence".to_string()),
                (2, "Declarations of interest".to_string()),
                (3, "Minutes of the meeting held on 2 April".to_string()),
                (4, "Planning".to_string()),
            ]
        );
        assert_eq!(one_line_list("1 Apologies for absence"), None);
        assert_eq!(one_line_list("3 members and 2 officers attended"), None);
    }
}
