//! Turning a meeting into its file's text again after a change, reusing the text of every
//! record that has not changed: a save then costs about what writing the bytes costs, however
//! long the log. The text is always exactly what [`super::to_text`] gives; where that cannot
//! be assured, it is what `to_text` gives.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::save::{pretty, to_text};
use crate::model::{Meeting, Record, RecordId, Signature};

/// The records as the file's text last had them, each with its text.
#[derive(Debug, Default)]
pub struct Encoder {
    records: Vec<(RecordId, String)>,
    /// Everything before the records, and what it was made from.
    shell: Option<(Meeting, String)>,
    /// How long the last text was, to make room for the next at once.
    length: usize,
    /// A text no longer needed, whose room the next one reuses: a meeting of 20,000 records
    /// is megabytes, and fresh memory costs a fault on every page.
    spare: String,
}

/// A record alone, nested as deep as the meeting nests it, so that its text is indented as
/// it is in the file.
#[derive(Serialize)]
struct Records<'a> {
    records: &'a [Record],
}

#[derive(Serialize)]
struct Signed<'a> {
    signature: &'a Signature,
}

const RECORDS_START: &str = "(\n    records: [\n";
const RECORDS_END: &str = "    ],\n)";
const SIGNED_START: &str = "(\n";
/// What every text begins with; the meeting's text has it once, at the top.
const EXTENSIONS: &str = "#![enable(implicit_some)]\n";

impl Encoder {
    /// Hands back a text no longer needed, for the next to be written into.
    pub fn recycle(&mut self, text: String) {
        self.spare = text;
    }

    /// The meeting's file text, every record encoded afresh.
    pub fn text(&mut self, meeting: &Meeting) -> Result<String, ron::Error> {
        self.text_after(meeting, None)
    }

    /// The meeting's file text when only the records named have changed since the last
    /// text (`None`: any may have): the others' text is reused.
    pub fn text_after(
        &mut self,
        meeting: &Meeting,
        changed: Option<&HashSet<RecordId>>,
    ) -> Result<String, ron::Error> {
        match self.reusing(meeting, changed)? {
            Some(text) => Ok(text),
            None => {
                self.records.clear();
                to_text(meeting)
            }
        }
    }

    fn reusing(
        &mut self,
        meeting: &Meeting,
        changed: Option<&HashSet<RecordId>>,
    ) -> Result<Option<String>, ron::Error> {
        let Some(shell) = self.shell(meeting)? else {
            return Ok(None);
        };
        let mut text = std::mem::take(&mut self.spare);
        text.clear();
        text.reserve(self.length);
        text.push_str(&shell);
        // A change touches a record or two: looking through so few beats hashing each id.
        let few: Option<Vec<RecordId>> = changed
            .filter(|ids| ids.len() <= 16)
            .map(|ids| ids.iter().copied().collect());
        let is_changed = |id: &RecordId| match (&few, changed) {
            (Some(few), _) => few.contains(id),
            (None, Some(ids)) => ids.contains(id),
            (None, None) => true,
        };
        let mut kept: Vec<Option<(RecordId, String)>> = std::mem::take(&mut self.records)
            .into_iter()
            .map(Some)
            .collect();
        self.records.reserve(meeting.records.len());
        let mut by_id: Option<HashMap<RecordId, usize>> = None;
        if !meeting.records.is_empty() {
            text.push_str("    records: [\n");
        }
        for (at, record) in meeting.records.iter().enumerate() {
            let unchanged = !is_changed(&record.id);
            let found = if !unchanged {
                None
            } else if kept
                .get(at)
                .and_then(Option::as_ref)
                .is_some_and(|(id, _)| *id == record.id)
            {
                // Most changes add at the end: a record in the same place is looked at first.
                Some(at)
            } else {
                by_id
                    .get_or_insert_with(|| {
                        kept.iter()
                            .enumerate()
                            .filter_map(|(i, k)| k.as_ref().map(|(id, _)| (*id, i)))
                            .collect()
                    })
                    .get(&record.id)
                    .copied()
            };
            let chunk = match found.and_then(|i| kept.get_mut(i).and_then(Option::take)) {
                Some((_, chunk)) => chunk,
                None => match record_text(record)? {
                    Some(chunk) => chunk,
                    None => return Ok(None),
                },
            };
            text.push_str(&chunk);
            self.records.push((record.id, chunk));
        }
        if !meeting.records.is_empty() {
            text.push_str("    ],\n");
        }
        if let Some(signature) = &meeting.signature {
            let signed = ron::ser::to_string_pretty(&Signed { signature }, pretty())?;
            let Some(inner) = signed
                .strip_prefix(EXTENSIONS)
                .and_then(|s| s.strip_prefix(SIGNED_START))
                .and_then(|s| s.strip_suffix(')'))
            else {
                return Ok(None);
            };
            text.push_str(inner);
        }
        text.push_str(")\n");
        self.length = text.len();
        Ok(Some(text))
    }
}

impl Encoder {
    /// Everything before the records, made again only when it has changed.
    fn shell(&mut self, meeting: &Meeting) -> Result<Option<String>, ron::Error> {
        if let Some((was, text)) = &self.shell
            && same_shell(was, meeting)
        {
            return Ok(Some(text.clone()));
        }
        self.shell = shell(meeting)?;
        Ok(self.shell.as_ref().map(|(_, text)| text.clone()))
    }
}

/// Whether two meetings agree in everything but their records and signature.
fn same_shell(a: &Meeting, b: &Meeting) -> bool {
    // Every field named, so that a new one cannot be left out unnoticed.
    let Meeting {
        version,
        body,
        date,
        time,
        venue,
        remote,
        budget,
        notices,
        contact,
        first_minute,
        people,
        agenda,
        records: _,
        signature: _,
        lookup: _,
    } = a;
    *version == b.version
        && *body == b.body
        && *date == b.date
        && *time == b.time
        && *venue == b.venue
        && *remote == b.remote
        && *budget == b.budget
        && *notices == b.notices
        && *contact == b.contact
        && *first_minute == b.first_minute
        && *people == b.people
        && *agenda == b.agenda
}

/// Everything but the records and the signature, without its closing bracket.
fn shell(meeting: &Meeting) -> Result<Option<(Meeting, String)>, ron::Error> {
    // Every field named, so that a new one cannot be left out unnoticed.
    let Meeting {
        version,
        body,
        date,
        time,
        venue,
        remote,
        budget,
        notices,
        contact,
        first_minute,
        people,
        agenda,
        records: _,
        signature: _,
        lookup: _,
    } = meeting;
    let shell = Meeting {
        version: *version,
        body: body.clone(),
        date: *date,
        time: *time,
        venue: venue.clone(),
        remote: *remote,
        budget: *budget,
        notices: notices.clone(),
        contact: contact.clone(),
        first_minute: *first_minute,
        people: people.clone(),
        agenda: agenda.clone(),
        records: Vec::new(),
        signature: None,
        lookup: Default::default(),
    };
    let text = ron::ser::to_string_pretty(&shell, pretty())?;
    Ok(text
        .strip_suffix(')')
        .map(|text| (shell.clone(), text.to_string())))
}

/// One record's text as the file holds it, indented, with its trailing comma and line end.
fn record_text(record: &Record) -> Result<Option<String>, ron::Error> {
    let text = ron::ser::to_string_pretty(
        &Records {
            records: std::slice::from_ref(record),
        },
        pretty(),
    )?;
    Ok(text
        .strip_prefix(EXTENSIONS)
        .and_then(|s| s.strip_prefix(RECORDS_START))
        .and_then(|s| s.strip_suffix(RECORDS_END))
        .map(str::to_string))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::large_meeting;
    use crate::model::{Edit, Event};

    #[test]
    fn the_text_is_the_files_text_before_and_after_changes_of_every_kind() {
        let mut meeting = large_meeting(20, 10, 300);
        let mut encoder = Encoder::default();
        assert_eq!(
            encoder.text(&meeting).expect("text"),
            to_text(&meeting).expect("text")
        );
        let at = meeting.records.len();
        let changes = vec![
            Edit::InsertRecord {
                at,
                record: Record::new(None, None, Event::Concluded),
            },
            Edit::InsertRecord {
                at: 3,
                record: Record::new(None, None, Event::Reconvened),
            },
            Edit::RemoveRecord(meeting.records[10].id),
            Edit::MoveRecord {
                id: meeting.records[20].id,
                to: 2,
            },
            Edit::ReplaceRecord(Record {
                at: None,
                ..meeting.records[30].clone()
            }),
            // Text that looks like the file's own brackets, over several lines.
            Edit::InsertRecord {
                at: 5,
                record: Record::new(
                    None,
                    None,
                    Event::Note {
                        kind: Default::default(),
                        text: "first line\n    ],\n)\n(\n    records: [\nlast".into(),
                        by: None,
                    },
                ),
            },
            Edit::Sign(Some(Signature {
                person: meeting.people[0].id.clone(),
                capacity: "Chair".into(),
            })),
        ];
        for change in changes {
            let mut changed: HashSet<RecordId> = change.record_touched().into_iter().collect();
            let inverse = change.apply(&mut meeting).expect("applies");
            changed.extend(inverse.record_touched());
            let text = encoder.reusing(&meeting, Some(&changed)).expect("text");
            assert_eq!(
                text,
                Some(to_text(&meeting).expect("text")),
                "not by the long way"
            );
        }
        meeting.records.clear();
        assert_eq!(
            encoder.text(&meeting).expect("text"),
            to_text(&meeting).expect("text")
        );
    }
}
