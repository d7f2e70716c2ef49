//! The clerk's own words as they typed them: paragraphs, and lists of points ("- ", "•",
//! "1.", "(a)"), so that every format keeps the structure a note was typed with.
//!
//! A text with a blank line in it is taken to be paragraphs separated by blank lines (so text
//! pasted from a report, its lines broken at the margin, reads as it did); otherwise each line
//! is a paragraph of its own, as a clerk pressing Enter in a note means it. A list line starts
//! with a mark; an indented line after it carries on the same point.

use super::document::{Block, Point};

/// A list mark at the start of a line, and the rest of the line.
enum Mark<'t> {
    Bullet(&'t str),
    Numbered(String, &'t str),
}

fn bullet(line: &str) -> Option<&str> {
    for mark in ["- ", "* ", "• ", "– ", "— ", "· "] {
        if let Some(rest) = line.strip_prefix(mark) {
            return Some(rest);
        }
    }
    // "•Point" with no space is still a bullet; "-1" is not.
    line.strip_prefix('•')
}

/// "1.", "2)", "(a)", "b.", "(iv)", "iv)": a label of up to five letters or digits.
fn numbered(line: &str) -> Option<(String, &str)> {
    let (open, rest) = match line.strip_prefix('(') {
        Some(rest) => (true, rest),
        None => (false, line),
    };
    let end = rest.find(|c: char| !c.is_ascii_alphanumeric())?;
    let body = &rest[..end];
    let digits = body.chars().all(|c| c.is_ascii_digit());
    let letters = body.chars().all(|c| c.is_ascii_lowercase());
    if body.is_empty()
        || body.len() > 5
        || !(digits || letters)
        || (letters && body.len() > 1 && !roman(body))
    {
        return None;
    }
    let after = &rest[end..];
    let close = if open { ")" } else { after.get(..1)? };
    if !(close == ")" || (!open && close == ".")) || !after.starts_with(close) {
        return None;
    }
    let text = after[1..].strip_prefix(' ')?;
    let label = format!("{}{body}{close}", if open { "(" } else { "" });
    Some((label, text.trim_start()))
}

fn roman(text: &str) -> bool {
    text.chars()
        .all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c'))
}

fn mark(line: &str) -> Option<Mark<'_>> {
    if let Some(rest) = bullet(line) {
        return Some(Mark::Bullet(rest.trim_start()));
    }
    numbered(line).map(|(label, rest)| Mark::Numbered(label, rest))
}

/// Gathers blocks as the lines come.
#[derive(Default)]
struct Gathering {
    blocks: Vec<Block>,
    paragraph: Option<String>,
    /// The indentation of each level of the list being gathered, outermost first.
    indents: Vec<usize>,
}

/// The last point at `depth` in a list, following the last point at each level above it.
fn last_at(points: &mut [Point], depth: usize) -> Option<&mut Point> {
    let last = points.last_mut()?;
    if depth == 0 {
        Some(last)
    } else {
        last_at(&mut last.points, depth - 1)
    }
}

impl Gathering {
    /// Ends the paragraph being gathered; paragraphs one after another are kept together,
    /// one to a line.
    fn end_paragraph(&mut self) {
        let Some(text) = self.paragraph.take() else {
            return;
        };
        match self.blocks.last_mut() {
            Some(Block::Paragraphs(lines)) => {
                lines.push('\n');
                lines.push_str(&text);
            }
            Some(last @ Block::Paragraph(_)) => {
                if let Block::Paragraph(first) =
                    std::mem::replace(last, Block::Paragraphs(String::new()))
                {
                    *last = Block::Paragraphs(format!("{first}\n{text}"));
                }
            }
            _ => self.blocks.push(Block::Paragraph(text)),
        }
    }

    fn list(&mut self) -> Option<&mut Vec<Point>> {
        if self.paragraph.is_some() {
            return None;
        }
        match self.blocks.last_mut() {
            Some(Block::Points(points)) => Some(points),
            _ => None,
        }
    }

    /// An indented line after a list line carries on its point.
    fn carry_on(&mut self, line: &str) -> bool {
        let depth = self.indents.len().saturating_sub(1);
        let Some(point) = self.list().and_then(|points| last_at(points, depth)) else {
            return false;
        };
        point.text.push(' ');
        point.text.push_str(line);
        true
    }

    /// A point, at the level its indentation says: deeper than the point before it is under
    /// that point; as deep as an earlier level is back at that level.
    /// A list begun here has room made at once for the `run` points that follow, so that a
    /// long list never takes twice its room while it grows.
    fn point(&mut self, indent: usize, point: Point, run: usize) {
        self.end_paragraph();
        if self.list().is_none() {
            self.blocks.push(Block::Points(Vec::with_capacity(run)));
            self.indents.clear();
        }
        while self.indents.last().is_some_and(|&last| indent < last) {
            self.indents.pop();
        }
        match self.indents.last() {
            // Deeper than any minutes go, a point stays at the deepest level.
            Some(&last) if indent > last && self.indents.len() < DEEPEST => {
                self.indents.push(indent)
            }
            Some(_) => {}
            None => self.indents.push(indent),
        }
        let depth = self.indents.len() - 1;
        let Some(points) = self.list() else {
            return;
        };
        let siblings = match depth.checked_sub(1) {
            Some(parent) => last_at(points, parent).map(|p| &mut p.points),
            None => Some(points),
        };
        if let Some(siblings) = siblings {
            siblings.push(point);
        }
    }
}

/// The most levels a list has: the points under points that Word can number, and no more, so
/// that text indented ever deeper cannot nest without end.
const DEEPEST: usize = 9;

/// How far a typed line is indented, a tab counting as four spaces.
fn indentation(raw: &str) -> usize {
    raw.chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// How many points a list starting at this line has: the marked lines that follow it, up to a
/// blank line or a line of prose.
fn run_of_points<'t>(lines: impl Iterator<Item = &'t str>) -> usize {
    1 + lines
        .take_while(|raw| {
            let line = raw.trim();
            !line.is_empty() && (mark(line).is_some() || raw.starts_with([' ', '\t']))
        })
        .filter(|raw| mark(raw.trim()).is_some())
        .count()
}

/// The typed text as paragraphs and lists.
pub fn blocks(text: &str) -> Vec<Block> {
    let text = if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let by_blank_lines = text.lines().any(|l| l.trim().is_empty()) && text.trim().contains('\n');
    let mut gathering = Gathering::default();
    let mut after_blank = true;
    let mut lines = text.lines();
    while let Some(raw) = lines.next() {
        let line = raw.trim();
        if line.is_empty() {
            gathering.end_paragraph();
            after_blank = true;
            continue;
        }
        let indented = raw.starts_with([' ', '\t']);
        let marked = mark(line);
        let run = if marked.is_some() && gathering.list().is_none() {
            run_of_points(lines.clone())
        } else {
            0
        };
        match marked {
            Some(Mark::Bullet(rest)) => gathering.point(indentation(raw), Point::bullet(rest), run),
            Some(Mark::Numbered(label, rest)) => {
                gathering.point(indentation(raw), Point::numbered(label, rest), run)
            }
            None if indented && !after_blank && gathering.carry_on(line) => {}
            None => match &mut gathering.paragraph {
                Some(paragraph) if by_blank_lines => {
                    paragraph.push(' ');
                    paragraph.push_str(line);
                }
                _ => {
                    gathering.end_paragraph();
                    gathering.paragraph = Some(line.to_string());
                }
            },
        }
        after_blank = false;
    }
    gathering.end_paragraph();
    gathering.blocks
}

/// The text on one line, its structure shown by line breaks: for a sentence that quotes typed
/// words, where a list cannot stand on its own.
pub fn one_line(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Block {
        Block::Paragraph(text.into())
    }

    #[test]
    fn lines_are_paragraphs_and_marked_lines_are_lists() {
        let typed = "The Committee received a presentation on the following topics:\n- An introduction to Cheshire East Youth Council\n- Priority issues\nMembers thanked the young people.";
        assert_eq!(
            blocks(typed),
            vec![
                p("The Committee received a presentation on the following topics:"),
                Block::Points(vec![
                    Point::bullet("An introduction to Cheshire East Youth Council"),
                    Point::bullet("Priority issues")
                ]),
                p("Members thanked the young people."),
            ]
        );
    }

    #[test]
    fn blank_lines_separate_paragraphs_when_there_are_any() {
        let pasted = "The report set out\nthe position.\n\nMembers asked:\n1. about staffing;\n   and turnover\n(b) about costs.";
        assert_eq!(
            blocks(pasted),
            vec![
                Block::Paragraphs("The report set out the position.\nMembers asked:".into()),
                Block::Points(vec![
                    Point::numbered("1.", "about staffing; and turnover"),
                    Point::numbered("(b)", "about costs."),
                ]),
            ]
        );
    }

    #[test]
    fn words_that_only_look_like_marks_are_prose() {
        for text in [
            "2022 was a hard year.",
            "-1 degrees outside",
            "I. M. Pei designed it",
            "e.g. this",
            "Mr. Smith spoke",
        ] {
            assert_eq!(blocks(text), vec![p(text)], "{text}");
        }
        assert_eq!(
            blocks("iv) the fourth"),
            vec![Block::Points(vec![Point::numbered("iv)", "the fourth")])]
        );
        assert_eq!(
            blocks("•Point"),
            vec![Block::Points(vec![Point::bullet("Point")])]
        );
    }

    #[test]
    fn points_indented_ever_deeper_stop_at_the_deepest_level() {
        let typed: String = (0..2000)
            .map(|n| format!("{}- point {n}\n", " ".repeat(n)))
            .collect();
        let blocks = blocks(&typed);
        let Some(Block::Points(points)) = blocks.first() else {
            panic!("a list");
        };
        let mut deepest = 0;
        Point::walk(points, 0, &mut |_, depth| deepest = deepest.max(depth));
        assert_eq!(deepest, DEEPEST - 1);
    }

    #[test]
    fn an_indented_point_is_under_the_point_before_it_and_a_list_in_a_point_stays_in_it() {
        let typed = "Members raised:\n- parking\n  - on Church Lane\n    1. at school times\n    2. at weekends\n  - in the square\n- litter\n\tcarried on\n- dogs";
        let mut lane = Point::bullet("on Church Lane");
        lane.points = vec![
            Point::numbered("1.", "at school times"),
            Point::numbered("2.", "at weekends"),
        ];
        let mut parking = Point::bullet("parking");
        parking.points = vec![lane, Point::bullet("in the square")];
        let mut litter = Point::bullet("litter");
        litter.text.push_str(" carried on");
        assert_eq!(
            blocks(typed),
            vec![
                p("Members raised:"),
                Block::Points(vec![
                    parking,
                    Point::bullet("litter carried on"),
                    Point::bullet("dogs")
                ]),
            ]
        );
    }
}
