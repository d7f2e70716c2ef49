//! The words of one house-style sentence: text with `{placeholders}`, and `[optional parts]`
//! printed only when every placeholder inside them has something to say. `{{`, `}}`, `[[` and
//! `]]` stand for the characters themselves.

/// A parsed sentence, ready to fill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Slot(String),
    Optional(Vec<Part>),
}

impl Template {
    /// Reads the words of a sentence; `allowed` are the placeholders it may use. The error
    /// says what is wrong in a sentence a council's officer can act on.
    pub fn parse(text: &str, allowed: &[&str]) -> Result<Template, String> {
        let mut chars = text.chars().peekable();
        let mut stack: Vec<Vec<Part>> = vec![Vec::new()];
        let mut literal = String::new();
        let flush = |literal: &mut String, stack: &mut Vec<Vec<Part>>| {
            if !literal.is_empty()
                && let Some(parts) = stack.last_mut()
            {
                parts.push(Part::Text(std::mem::take(literal)));
            }
        };
        while let Some(c) = chars.next() {
            match c {
                '{' | '}' | '[' | ']' if chars.peek() == Some(&c) => {
                    chars.next();
                    literal.push(c);
                }
                '{' => {
                    let mut name = String::new();
                    loop {
                        match chars.next() {
                            Some('}') => break,
                            Some(c) => name.push(c),
                            None => return Err(format!("{{{name} is not closed with }}")),
                        }
                    }
                    let name = name.trim().to_string();
                    if !allowed.contains(&name.as_str()) {
                        return Err(unknown_placeholder(&name, allowed));
                    }
                    flush(&mut literal, &mut stack);
                    if let Some(parts) = stack.last_mut() {
                        parts.push(Part::Slot(name));
                    }
                }
                '}' => return Err("a } has no { before it (write }} for the character)".into()),
                '[' => {
                    flush(&mut literal, &mut stack);
                    stack.push(Vec::new());
                }
                ']' => {
                    flush(&mut literal, &mut stack);
                    if stack.len() < 2 {
                        return Err("a ] has no [ before it (write ]] for the character)".into());
                    }
                    let inner = stack.pop().unwrap_or_default();
                    if let Some(parts) = stack.last_mut() {
                        parts.push(Part::Optional(inner));
                    }
                }
                c => literal.push(c),
            }
        }
        flush(&mut literal, &mut stack);
        if stack.len() > 1 {
            return Err("a [ is not closed with ] (write [[ for the character)".into());
        }
        Ok(Template {
            parts: stack.pop().unwrap_or_default(),
        })
    }

    /// The sentence, with each placeholder filled by `fill`; a placeholder with nothing to say
    /// prints nothing, and leaves out the optional part it is in.
    pub fn render(&self, fill: &dyn Fn(&str) -> Option<String>) -> String {
        let mut out = String::new();
        render_parts(&self.parts, fill, &mut out);
        out
    }
}

fn render_parts(parts: &[Part], fill: &dyn Fn(&str) -> Option<String>, out: &mut String) -> bool {
    let mut whole = true;
    for part in parts {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Slot(name) => match fill(name).filter(|value| !value.is_empty()) {
                Some(value) => out.push_str(&value),
                None => whole = false,
            },
            Part::Optional(inner) => {
                let mut piece = String::new();
                if render_parts(inner, fill, &mut piece) {
                    out.push_str(&piece);
                }
            }
        }
    }
    whole
}

fn unknown_placeholder(name: &str, allowed: &[&str]) -> String {
    if allowed.is_empty() {
        format!("{{{name}}} is not a placeholder this sentence has; it takes none")
    } else {
        let names: Vec<String> = allowed.iter().map(|a| format!("{{{a}}}")).collect();
        format!(
            "{{{name}}} is not a placeholder this sentence has; it may use {}",
            names.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fill(values: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let values: Vec<(String, String)> = values
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            values
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn placeholders_are_filled_and_optional_parts_kept_only_when_whole() {
        let template =
            Template::parse("The {body} adjourned[ at {time}].", &["body", "time"]).expect("reads");
        assert_eq!(
            template.render(&fill(&[("body", "Committee"), ("time", "11.54 am")])),
            "The Committee adjourned at 11.54 am."
        );
        assert_eq!(
            template.render(&fill(&[("body", "Committee")])),
            "The Committee adjourned."
        );
    }

    #[test]
    fn doubled_marks_stand_for_themselves() {
        let template = Template::parse("Paragraph [[number]] {{sic}}", &[]).expect("reads");
        assert_eq!(template.render(&fill(&[])), "Paragraph [number] {sic}");
    }

    #[test]
    fn a_placeholder_the_sentence_has_not_got_is_refused_with_those_it_has() {
        let error = Template::parse("{nmae} left", &["name"]).expect_err("refused");
        assert_eq!(
            error,
            "{nmae} is not a placeholder this sentence has; it may use {name}"
        );
        assert!(Template::parse("left [at {time}", &["time"]).is_err());
        assert!(Template::parse("left at {time", &["time"]).is_err());
        assert!(Template::parse("left ]", &[]).is_err());
    }
}
