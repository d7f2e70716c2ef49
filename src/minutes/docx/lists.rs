//! Word's numbering for lists: one bullet list definition for every level, and for each run
//! of labelled clauses or points a numbering that counts as the labels were typed ("1.",
//! "(a)", "(iv)"), so that Word and other readers see real lists.

/// The numbering every bullet list shares.
pub const BULLETS: usize = 1;

/// The deepest level Word's numbering has (levels 0 to 8); points typed deeper sit there.
pub const DEEPEST: usize = 8;

/// Half an inch, in twentieths of a point: the indent of each level.
pub const STEP: usize = 720;

const BULLET_MARKS: [&str; 3] = ["•", "◦", "▪"];

/// The numbering definitions a document's lists need, gathered as they are written.
pub struct Lists {
    abstracts: Vec<String>,
    nums: Vec<String>,
}

impl Default for Lists {
    fn default() -> Lists {
        let levels: String = (0..9)
            .map(|level| {
                level_xml(
                    level,
                    1,
                    "bullet",
                    BULLET_MARKS[level % BULLET_MARKS.len()],
                    360,
                )
            })
            .collect();
        Lists {
            abstracts: vec![abstract_xml(BULLETS, &levels)],
            nums: vec![num_xml(BULLETS)],
        }
    }
}

fn level_xml(level: usize, start: usize, format: &str, text: &str, hanging: usize) -> String {
    let left = STEP * (level + 1);
    format!(
        "<w:lvl w:ilvl=\"{level}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"{left}\" w:hanging=\"{hanging}\"/></w:pPr></w:lvl>"
    )
}

fn abstract_xml(id: usize, levels: &str) -> String {
    format!(
        "<w:abstractNum w:abstractNumId=\"{id}\"><w:multiLevelType w:val=\"multilevel\"/>{levels}</w:abstractNum>"
    )
}

fn num_xml(id: usize) -> String {
    format!("<w:num w:numId=\"{id}\"><w:abstractNumId w:val=\"{id}\"/></w:num>")
}

impl Lists {
    /// A numbering for a run of labels at a depth, counting as they do; none when the labels
    /// do not count one after another, to be typed as they are instead.
    pub fn numbered(&mut self, labels: &[&str], depth: usize) -> Option<usize> {
        let depth = depth.min(DEEPEST);
        let (format, around, start) = numbering_of(labels.first()?);
        let counts = labels.iter().enumerate().all(|(n, label)| {
            shown(format, start + n).is_some_and(|number| around.replace("%1", &number) == *label)
        });
        if !counts {
            return None;
        }
        let id = self.nums.len() + 1;
        let text = around.replace("%1", &format!("%{}", depth + 1));
        let level = level_xml(depth, start, format, &super::xml::escape(&text), STEP);
        self.abstracts.push(abstract_xml(id, &level));
        self.nums.push(num_xml(id));
        Some(id)
    }

    pub fn xml(&self) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">{}{}</w:numbering>",
            self.abstracts.concat(),
            self.nums.concat()
        )
    }
}

/// The number as the format shows it: 3, "c", "iii".
fn shown(format: &str, number: usize) -> Option<String> {
    match format {
        "decimal" => Some(number.to_string()),
        "lowerLetter" => u8::try_from(number)
            .ok()
            .filter(|n| (1..=26).contains(n))
            .map(|n| char::from(b'a' + n - 1).to_string()),
        _ => roman(number),
    }
}

fn roman(mut number: usize) -> Option<String> {
    if number == 0 || number > 399 {
        return None;
    }
    let mut out = String::new();
    for (value, numeral) in [
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ] {
        while number >= value {
            out.push_str(numeral);
            number -= value;
        }
    }
    Some(out)
}

/// How a typed label numbers its list: the format Word counts in, and the text around the
/// number ("(%1)" for "(a)"), with the number the list starts at.
fn numbering_of(label: &str) -> (&'static str, String, usize) {
    let open = label.starts_with('(');
    let body: String = label.chars().filter(char::is_ascii_alphanumeric).collect();
    let close = label.chars().last().filter(|c| !c.is_ascii_alphanumeric());
    let around = format!(
        "{}%1{}",
        if open { "(" } else { "" },
        close.map(String::from).unwrap_or_default()
    );
    // A lone "i" starts a roman list ("(i)", "(ii)"); any other letter counts as a letter.
    if let Ok(number) = body.parse::<usize>() {
        ("decimal", around, number)
    } else if body == "i" || body.len() > 1 {
        ("lowerRoman", around, roman_value(&body))
    } else {
        let start = body.chars().next().map_or(1, |c| {
            usize::from(c as u8).saturating_sub(usize::from(b'a')) + 1
        });
        ("lowerLetter", around, start)
    }
}

fn roman_value(text: &str) -> usize {
    let value = |c| match c {
        'i' => 1,
        'v' => 5,
        'x' => 10,
        'l' => 50,
        'c' => 100,
        _ => 0,
    };
    let digits: Vec<i64> = text.chars().map(value).collect();
    let mut total: i64 = 0;
    for (n, digit) in digits.iter().enumerate() {
        // A smaller numeral before a larger one is taken away: "iv" is 4.
        if digits.get(n + 1).is_some_and(|next| next > digit) {
            total -= digit;
        } else {
            total += digit;
        }
    }
    usize::try_from(total).unwrap_or(1).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_label_gives_its_list_format_and_start() {
        assert_eq!(numbering_of("1."), ("decimal", "%1.".into(), 1));
        assert_eq!(numbering_of("3)"), ("decimal", "%1)".into(), 3));
        assert_eq!(numbering_of("(a)"), ("lowerLetter", "(%1)".into(), 1));
        assert_eq!(numbering_of("c."), ("lowerLetter", "%1.".into(), 3));
        assert_eq!(numbering_of("(i)"), ("lowerRoman", "(%1)".into(), 1));
        assert_eq!(numbering_of("iv)"), ("lowerRoman", "%1)".into(), 4));
    }

    #[test]
    fn labels_that_count_are_numbered_and_others_are_typed() {
        let mut lists = Lists::default();
        assert_eq!(lists.numbered(&["1.", "2.", "3."], 0), Some(2));
        assert_eq!(
            lists.numbered(&["(i)", "(ii)", "(iii)", "(iv)"], 1),
            Some(3)
        );
        assert_eq!(lists.numbered(&["1.", "3."], 0), None);
        assert_eq!(lists.numbered(&["(a)", "b."], 0), None);
        assert!(lists.xml().contains("<w:lvlText w:val=\"(%2)\"/>"));
    }
}
