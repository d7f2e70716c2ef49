//! Tables in plain text: columns as wide as their cells while the table fits the page, the
//! widest words giving way first; sums of money flush right and never broken; a total row set
//! off by a rule.

/// A table's parts, borrowed from whoever holds them.
pub struct Grid<'t> {
    pub header: &'t [String],
    pub rows: Vec<&'t [String]>,
    /// The columns holding sums of money.
    pub amounts: &'t [usize],
    pub total: Option<&'t [String]>,
}

/// Two spaces between columns.
const GAP: usize = 2;

/// The narrowest a column of words is squeezed to.
const NARROWEST: usize = 4;

impl Grid<'_> {
    /// The table as lines no wider than `width`, where its sums and narrowest columns allow.
    pub fn text(&self, width: usize) -> String {
        let widths = self.widths(width);
        let mut out = String::new();
        self.line(&mut out, self.header, &widths);
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        self.line(&mut out, &rule, &widths);
        for row in &self.rows {
            self.line(&mut out, row, &widths);
        }
        if let Some(total) = self.total {
            self.line(&mut out, &rule, &widths);
            self.line(&mut out, total, &widths);
        }
        out
    }

    fn cells(&self) -> impl Iterator<Item = &[String]> {
        std::iter::once(self.header)
            .chain(self.rows.iter().copied())
            .chain(self.total)
    }

    /// Each column's widest cell, in characters.
    pub fn natural(&self) -> Vec<usize> {
        self.widest(|cell| cell.chars().count())
    }

    /// Each column's longest word, in characters: the narrowest it can be without breaking one.
    pub fn longest_words(&self) -> Vec<usize> {
        self.widest(|cell| {
            cell.split_whitespace()
                .map(|word| word.chars().count())
                .max()
                .unwrap_or(0)
        })
    }

    fn widest(&self, measure: impl Fn(&str) -> usize) -> Vec<usize> {
        (0..self.header.len())
            .map(|column| {
                self.cells()
                    .filter_map(|row| row.get(column))
                    .map(|cell| measure(cell))
                    .max()
                    .unwrap_or(0)
                    .max(1)
            })
            .collect()
    }

    /// Columns fitted into `room` characters: each as wide as its widest cell while they fit,
    /// otherwise the widest columns of words narrowed a character at a time, none below its
    /// floor; sums are never narrowed.
    pub fn fit(&self, floors: &[usize], room: usize) -> Vec<usize> {
        let mut widths = self.natural();
        while widths.iter().sum::<usize>() > room {
            let widest = widths
                .iter()
                .enumerate()
                .filter(|(column, w)| {
                    !self.amounts.contains(column)
                        && **w > floors.get(*column).copied().unwrap_or(1)
                })
                .max_by_key(|(_, w)| **w)
                .map(|(column, _)| column);
            match widest {
                Some(column) => widths[column] -= 1,
                None => break,
            }
        }
        widths
    }

    fn widths(&self, width: usize) -> Vec<usize> {
        let columns = self.header.len();
        let room = width.saturating_sub(GAP * columns.saturating_sub(1));
        self.fit(&vec![NARROWEST; columns], room)
    }

    fn line(&self, out: &mut String, cells: &[String], widths: &[usize]) {
        let wrapped: Vec<Vec<String>> = widths
            .iter()
            .enumerate()
            .map(|(column, width)| {
                let cell = cells.get(column).map_or("", String::as_str);
                if self.amounts.contains(&column) {
                    vec![cell.to_string()]
                } else {
                    wrap_cell(cell, *width)
                }
            })
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        for n in 0..height {
            let mut text = String::new();
            for (column, lines) in wrapped.iter().enumerate() {
                let piece = lines.get(n).map_or("", String::as_str);
                if column > 0 {
                    text.push_str(&" ".repeat(GAP));
                }
                let pad = widths[column].saturating_sub(piece.chars().count());
                if self.amounts.contains(&column) {
                    text.extend(std::iter::repeat_n(' ', pad));
                    text.push_str(piece);
                } else {
                    text.push_str(piece);
                    text.extend(std::iter::repeat_n(' ', pad));
                }
            }
            out.push_str(text.trim_end());
            out.push('\n');
        }
    }
}

/// A cell's text in lines of at most `width` characters, broken between words where it can.
pub fn wrap_cell(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let used = current.chars().count();
            let gap = usize::from(used > 0);
            if used + gap + word.len() <= width {
                if gap == 1 {
                    current.push(' ');
                }
                current.extend(word.iter());
                break;
            }
            if used > 0 {
                lines.push(std::mem::take(&mut current));
                continue;
            }
            // A word longer than the column is cut.
            let rest = word.split_off(width.min(word.len()));
            lines.push(word.iter().collect());
            word = rest;
            if word.is_empty() {
                break;
            }
        }
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn sums_line_up_on_the_right_under_a_rule_and_never_break() {
        let header = strings(&["Payee", "Details", "Amount"]);
        let rows = [
            strings(&["Wexcombe Garden Services Ltd", "Grass cutting", "£1,240.00"]),
            strings(&["HMRC", "PAYE", "£88.50"]),
        ];
        let total = strings(&["Total", "", "£1,328.50"]);
        let grid = Grid {
            header: &header,
            rows: rows.iter().map(Vec::as_slice).collect(),
            amounts: &[2],
            total: Some(&total),
        };
        let text = grid.text(60);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 6, "{text}");
        let end = lines[2].chars().count();
        for line in [lines[0], lines[2], lines[3], lines[5]] {
            assert_eq!(line.chars().count(), end, "{text}");
        }
        assert!(lines[3].ends_with("   £88.50"), "{text}");
        assert!(lines[4].trim_start().starts_with("---"), "{text}");
        assert!(lines[5].starts_with("Total") && lines[5].ends_with("£1,328.50"));
        // Squeezed, the words wrap and the sums stay whole.
        let narrow = grid.text(30);
        assert!(narrow.lines().all(|l| l.chars().count() <= 30), "{narrow}");
        assert!(narrow.contains("£1,240.00"), "{narrow}");
    }
}
