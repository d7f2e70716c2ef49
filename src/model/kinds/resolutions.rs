//! What was RESOLVED on an item, under a marker that carries the result of the vote before it.

use super::form::{Answers, Question, Schema};
use super::votes::{abstentions, dissenters, recorded, voted_on};
use super::{FormContext, InMinute, Kind, Motions, Public, clauses};
use crate::model::said::{Key, Phrase, Said, Slot};
use crate::model::{
    AgendaItem, BodyKind, Clause, Count, Event, ItemId, ItemKind, Meeting, PersonId, Record, Room,
};

pub struct Resolution<'e> {
    pub preamble: Option<&'e str>,
    pub clauses: &'e [Clause],
    /// An executive's reasons for the decision.
    pub reasons: Option<&'e str>,
    /// The other options an executive considered and rejected.
    pub rejected: Option<&'e str>,
}

/// The marker for what the vote that carried this resolution decided, with the names of a
/// recorded vote said before it and those a show of hands names against said after. Only the
/// vote on the resolution's own motion gives it figures; without one it is plain "RESOLVED".
fn marker(minute: &InMinute<'_>) -> (Vec<Said>, Phrase, Option<Said>) {
    let vote = crate::model::carried::carrying_vote(minute.records, minute.at)
        .map(|at| &minute.records[at].event);
    let Some(Event::Vote {
        count,
        casting,
        motion,
    }) = vote
    else {
        return (Vec::new(), Phrase::new(Key::Resolved), None);
    };
    let before = recorded(count, voted_on(minute, motion.as_ref()));
    let chair = Slot::Office(crate::model::Office::Chair);
    let marker = match (count, count.figures(), casting) {
        (Count::Equal, _, _) => Phrase::new(Key::ResolvedCastingEqual).with("chair", chair),
        (_, None, _) => Phrase::new(Key::ResolvedUnanimously),
        (_, Some((f, a, _)), Some(_)) => Phrase::new(Key::ResolvedCasting)
            .with("for", Slot::Number(f))
            .with("against", Slot::Number(a))
            .with("chair", chair),
        (_, Some((f, a, s)), None) => Phrase::new(Key::ResolvedBy)
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
        // An executive's reasons and the options it rejected, where the clerk gave them.
        for (key, text) in [
            (Key::DecisionReasons, self.reasons),
            (Key::DecisionRejected, self.rejected),
        ] {
            if let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) {
                said.push(Said::Paragraph(Phrase::new(key).text("text", text)));
            }
        }
        said
    }

    fn form(&self, context: &FormContext<'_>) -> Option<Schema> {
        Some(resolution(
            context,
            &clauses::to_text(self.preamble, self.clauses),
            self.reasons.unwrap_or_default(),
            self.rejected.unwrap_or_default(),
        ))
    }
}

/// The resolution form: what was resolved, and for an executive's decision its reasons and the
/// options it rejected, which its record of the decision publishes.
fn resolution(context: &FormContext<'_>, text: &str, reasons: &str, rejected: &str) -> Schema {
    let mut questions = vec![Question::lines("Resolution", text)];
    if context.meeting.body.kind == BodyKind::Executive {
        questions.push(
            Question::lines("Reasons", reasons)
                .helped("why the decision was taken, as its record of the decision will say"),
        );
        questions.push(
            Question::lines("Options rejected", rejected)
                .helped("the other options considered and rejected, and why: to do nothing, as …"),
        );
    }
    Schema::new("RESOLVED", questions)
}

pub fn blank(context: &FormContext<'_>) -> Option<Schema> {
    Some(resolution(context, "", "", ""))
}

/// The usual resolution on the minutes of the last meeting, with the date the item gives
/// ("Minutes of the Meeting held on 5 May 2026"); none for other items.
pub fn previous_minutes(item: &AgendaItem) -> Option<Phrase> {
    if item.kind != ItemKind::PreviousMinutes {
        return None;
    }
    let date = [
        item.title.as_str(),
        item.description.as_deref().unwrap_or(""),
    ]
    .into_iter()
    .find_map(date_in);
    Some(Phrase::new(Key::PreviousMinutesApproved).maybe("date", date.map(Slot::Text)))
}

/// The first date written out in the text ("5 May 2026", "14th February 2022"), as written:
/// a day, a month and a year that the clock reads as a date.
fn date_in(text: &str) -> Option<String> {
    crate::model::clock::date_written_in(text).map(|written| text[written.date].to_string())
}

pub fn build(answers: &dyn Answers, context: &FormContext<'_>) -> Result<Event, String> {
    let (preamble, clauses) = clauses::parse(&answers.text(0));
    if clauses.is_empty() && preamble.is_none() {
        return Err("Resolution: type what was resolved".into());
    }
    // Only an executive's form asks for reasons and the options rejected.
    let executive = context.meeting.body.kind == BodyKind::Executive;
    let asked = |index| {
        executive
            .then(|| super::form::optional(answers, index))
            .flatten()
    };
    Ok(Event::Resolved {
        preamble,
        clauses,
        reasons: asked(1),
        rejected: asked(2),
    })
}

#[cfg(test)]
mod tests {
    use super::date_in;

    #[test]
    fn the_date_of_the_last_meeting_is_found_as_written() {
        assert_eq!(
            date_in("Minutes of the Meeting held on 5 May 2026").as_deref(),
            Some("5 May 2026")
        );
        assert_eq!(
            date_in("To approve the minutes of the meeting held on Monday, 14th February 2022.")
                .as_deref(),
            Some("14th February 2022")
        );
        assert_eq!(
            date_in("To approve, as a correct record, the minutes of the Parish Council Meeting held on 1st July 2021.")
                .as_deref(),
            Some("1st July 2021")
        );
        assert_eq!(date_in("Minutes of Previous Meeting"), None);
        assert_eq!(date_in("Item 32 May 2026"), None);
    }
}
