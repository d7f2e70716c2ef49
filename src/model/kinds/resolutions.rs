//! What was RESOLVED on an item, under a marker that carries the result of the vote before it.

use super::form::{Answers, Question, Schema};
use super::votes::{abstentions, dissenters, recorded};
use super::{FormContext, InMinute, Kind, Motions, Public, clauses};
use crate::model::said::{Key, Phrase, Said, Slot};
use crate::model::{Clause, Event, ItemId, Meeting, PersonId, Record, Room};

pub struct Resolution<'e> {
    pub preamble: Option<&'e str>,
    pub clauses: &'e [Clause],
}

/// The marker for what the vote since the last resolution decided, with the names of a
/// recorded vote said before it and those a show of hands names against said after.
fn marker(minute: &InMinute<'_>) -> (Vec<Said>, Phrase, Option<Said>) {
    let vote = minute
        .earlier()
        .find(|e| matches!(e, Event::Vote { .. } | Event::Resolved { .. }));
    let Some(Event::Vote { count, casting, .. }) = vote else {
        return (Vec::new(), Phrase::new(Key::Resolved), None);
    };
    let before = recorded(count);
    let marker = match (count.figures(), casting) {
        (None, _) => Phrase::new(Key::ResolvedUnanimously),
        (Some((f, a, _)), Some(_)) => Phrase::new(Key::ResolvedCasting)
            .with("for", Slot::Number(f))
            .with("against", Slot::Number(a)),
        (Some((f, a, s)), None) => Phrase::new(Key::ResolvedBy)
            .with("for", Slot::Number(f))
            .with("against", Slot::Number(a))
            .maybe("abstentions", abstentions(s)),
    };
    // A recorded vote names its members before the resolution it carried.
    (before, marker, dissenters(count))
}

impl<'e> Kind<'e> for Resolution<'e> {
    fn people(&self) -> Vec<&'e PersonId> {
        Vec::new()
    }

    fn items(&self) -> Vec<&'e ItemId> {
        Vec::new()
    }

    fn motions(&self) -> Motions<'e> {
        Motions::default()
    }

    fn unsound(&self) -> Option<String> {
        None
    }

    fn enter(&self, _room: &mut Room<'_>) {}

    fn decides(&self) -> bool {
        true
    }

    fn public(&self) -> Option<Public> {
        None
    }

    /// The preamble, then each clause on a line of its own (a sub-clause indented under its
    /// clause), as the clerk typed them.
    fn line(&self, _meeting: &Meeting, _record: &Record) -> String {
        fn flatten(clauses: &[Clause], depth: usize, lines: &mut Vec<String>) {
            for clause in clauses {
                let indent = "  ".repeat(depth);
                lines.push(match &clause.label {
                    Some(label) => format!("{indent}{label} {}", clause.text),
                    None => format!("{indent}{}", clause.text),
                });
                flatten(&clause.clauses, depth + 1, lines);
            }
        }
        let mut lines = Vec::new();
        flatten(self.clauses, 0, &mut lines);
        match self.preamble {
            Some(preamble) => lines.insert(0, preamble.to_string()),
            None if lines.is_empty() => lines.push(String::new()),
            None => {}
        }
        format!("RESOLVED: {}", lines.join("\n"))
    }

    fn said(&self, minute: &InMinute<'_>) -> Vec<Said> {
        let (mut said, marker, after) = marker(minute);
        said.push(Said::Resolved {
            marker,
            preamble: self.preamble.map(str::to_string),
            clauses: self.clauses.to_vec(),
        });
        said.extend(after);
        said
    }

    fn form(&self, _context: &FormContext<'_>) -> Option<Schema> {
        Some(resolution(&clauses::to_text(self.preamble, self.clauses)))
    }
}

fn resolution(text: &str) -> Schema {
    Schema::new("RESOLVED", vec![Question::lines("Resolution", text)])
}

pub fn blank() -> Option<Schema> {
    Some(resolution(""))
}

pub fn build(answers: &dyn Answers) -> Result<Event, String> {
    let (preamble, clauses) = clauses::parse(&answers.text(0));
    if clauses.is_empty() && preamble.is_none() {
        return Err("Resolution: type what was resolved".into());
    }
    Ok(Event::Resolved { preamble, clauses })
}
