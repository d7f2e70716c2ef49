//! A resolution typed as lines of text: an optional preamble, numbered clauses, and indented
//! sub-clauses. This turns the text into clauses and back, so a clerk edits one text box.

use crate::model::Clause;

/// Splits "1. That ..." into its label and text, if it starts with a clause label.
fn split_label(line: &str) -> (Option<String>, String) {
    let line = line.trim();
    let Some((first, rest)) = line.split_once(char::is_whitespace) else {
        return (None, line.to_string());
    };
    if is_label(first) {
        (Some(first.to_string()), rest.trim().to_string())
    } else {
        (None, line.to_string())
    }
}

/// "1.", "(i)", "(1)", "a.", "9)", "•".
fn is_label(word: &str) -> bool {
    let alphanumeric =
        |s: &str| !s.is_empty() && s.len() <= 6 && s.chars().all(char::is_alphanumeric);
    if word == "•" {
        return true;
    }
    if let Some(inner) = word.strip_prefix('(').and_then(|w| w.strip_suffix(')')) {
        return alphanumeric(inner);
    }
    if let Some(number) = word.strip_suffix('.').or_else(|| word.strip_suffix(')')) {
        return !number.is_empty()
            && (number.chars().all(|c| c.is_ascii_digit())
                || (number.len() == 1 && number.chars().all(|c| c.is_ascii_lowercase())));
    }
    false
}

/// Reads the text of a resolution. Lines indented by two or more spaces are sub-clauses of the
/// clause above; a first line that ends with a colon, has no label and is followed by clauses
/// is the preamble.
pub fn parse(text: &str) -> (Option<String>, Vec<Clause>) {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut preamble = None;
    let mut rest = lines.as_slice();
    if let [first, others @ ..] = lines.as_slice() {
        let (label, words) = split_label(first);
        if label.is_none() && !others.is_empty() && words.ends_with(':') && indent(first) < 2 {
            preamble = Some(words);
            rest = others;
        }
    }
    let mut clauses: Vec<Clause> = Vec::new();
    for line in rest {
        let (label, text) = split_label(line);
        let clause = Clause {
            label,
            text,
            clauses: Vec::new(),
        };
        match clauses.last_mut() {
            Some(parent) if indent(line) >= 2 => parent.clauses.push(clause),
            _ => clauses.push(clause),
        }
    }
    (preamble, clauses)
}

fn indent(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ').count()
}

/// Writes a resolution back as text that [`parse`] reads to the same clauses.
pub fn to_text(preamble: Option<&str>, clauses: &[Clause]) -> String {
    let mut lines = Vec::new();
    if let Some(preamble) = preamble {
        lines.push(preamble.to_string());
    }
    fn write(clauses: &[Clause], depth: usize, lines: &mut Vec<String>) {
        for clause in clauses {
            let indent = "    ".repeat(depth);
            match &clause.label {
                Some(label) => lines.push(format!("{indent}{label} {}", clause.text)),
                None => lines.push(format!("{indent}{}", clause.text)),
            }
            write(&clause.clauses, depth + 1, lines);
        }
    }
    write(clauses, 0, &mut lines);
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(label: Option<&str>, text: &str, clauses: Vec<Clause>) -> Clause {
        Clause {
            label: label.map(Into::into),
            text: text.into(),
            clauses,
        }
    }

    #[test]
    fn a_single_sentence_is_one_unnumbered_clause() {
        assert_eq!(
            parse("That the report be noted."),
            (
                None,
                vec![clause(None, "That the report be noted.", vec![])]
            )
        );
    }

    #[test]
    fn numbered_clauses_take_their_indented_sub_clauses() {
        let text = "1. That the Committee approves:\n    (i) The first.\n    (ii) The second.\n2. That the rest be noted.";
        let (preamble, clauses) = parse(text);
        assert_eq!(preamble, None);
        assert_eq!(
            clauses,
            vec![
                clause(
                    Some("1."),
                    "That the Committee approves:",
                    vec![
                        clause(Some("(i)"), "The first.", vec![]),
                        clause(Some("(ii)"), "The second.", vec![])
                    ]
                ),
                clause(Some("2."), "That the rest be noted.", vec![]),
            ]
        );
        assert_eq!(to_text(None, &clauses), text);
    }

    #[test]
    fn a_leading_line_ending_in_a_colon_is_the_preamble() {
        let (preamble, clauses) =
            parse("That the committee:\n1. approves the route;\n2. reviews it.");
        assert_eq!(preamble.as_deref(), Some("That the committee:"));
        assert_eq!(clauses.len(), 2);
        assert_eq!(
            to_text(preamble.as_deref(), &clauses),
            "That the committee:\n1. approves the route;\n2. reviews it."
        );
    }

    #[test]
    fn words_that_only_look_like_labels_stay_text() {
        assert_eq!(parse("That 2026/27 budgets be set.").1[0].label, None);
        assert_eq!(
            parse("(1) The update be noted.").1[0].label.as_deref(),
            Some("(1)")
        );
        assert_eq!(parse("a. First").1[0].label.as_deref(), Some("a."));
        assert_eq!(parse("9) Ninth").1[0].label.as_deref(), Some("9)"));
        assert_eq!(parse("Approved.").1[0].label, None);
    }
}
