//! Each item's minute: the standing items' set wording, then what each record under the item
//! says, in the order it happened. Public minutes of Part 2 business give only the resolution.

use super::Builder;
use crate::minutes::document::{Block, Point, Table};
use crate::minutes::prose;
use crate::minutes::style::Decisions;
use crate::minutes::wording::and_list;
use crate::model::carried;
use crate::model::kinds::appointments;
use crate::model::said::{Key, Phrase, Said, Slot};
use crate::model::{
    AgendaItem, Clause, Event, InMinute, ItemKind, Kind, Progress, Record, Withdrawn,
};

impl<'m> Builder<'m> {
    pub(super) fn item(&mut self, index: usize, item: &'m AgendaItem) {
        let part_two = self.is_part_two(index);
        if part_two && self.options.confidential {
            let warning = self.not_for_publication(index);
            self.push(Block::NotForPublication(warning));
        }
        if let Some((early, before)) = self.varied
            && early == index
        {
            let number = |i: usize| self.meeting.item_number(&self.meeting.agenda[i].id);
            self.say_paragraph(
                Phrase::new(Key::OrderVaried)
                    .with("chair", Slot::Office(crate::model::Office::Chair))
                    .text("item", number(early))
                    .text("before", number(before)),
            );
        }
        if let Some(withdrawal) = &item.withdrawn {
            let text = |t: &Option<String>| t.clone().map(Slot::Text);
            let phrase = match withdrawal.how {
                Withdrawn::Withdrawn => Phrase::new(Key::ItemWithdrawn),
                Withdrawn::Deferred => {
                    Phrase::new(Key::ItemDeferred).maybe("to", text(&withdrawal.to))
                }
            };
            self.say_paragraph(phrase.maybe("reason", text(&withdrawal.reason)));
        }
        let withdrawn = item.withdrawn.is_some();
        let records: Vec<&'m Record> = self
            .by_item
            .get(item.id.as_str())
            .cloned()
            .unwrap_or_default();
        if withdrawn && records.is_empty() {
            return;
        }
        match item.kind {
            ItemKind::Apologies => self.apologies(),
            ItemKind::Declarations => {
                self.declarations(&records);
                return;
            }
            ItemKind::WhippingDeclarations if records.is_empty() => {
                self.say_paragraph(Phrase::new(Key::NoWhipping))
            }
            ItemKind::PublicSpeaking if records.is_empty() => {
                self.say_paragraph(Phrase::new(Key::NoPublicSpeakers))
            }
            ItemKind::WhippingDeclarations
            | ItemKind::PublicSpeaking
            | ItemKind::PreviousMinutes
            | ItemKind::Report
            | ItemKind::WorkProgramme
            | ItemKind::ForwardPlan
            | ItemKind::SubBodyMinutes
            | ItemKind::Exclusion
            | ItemKind::Other => {}
        }
        let joined = match self.voice.style.settings.decisions {
            Decisions::Together => self.joined(&records),
            Decisions::Apart => Default::default(),
        };
        for at in 0..records.len() {
            let record = records[at];
            if joined.folded.contains(&record.id) {
                if !joined.said_nothing.contains(&record.id) {
                    self.printed.insert(record.id);
                }
                continue;
            }
            // A declaration made under an item prints in its minute, where it was made.
            if matches!(record.event, Event::Declaration { .. })
                && (self.options.confidential || !self.private.contains(&record.id))
            {
                if let Some(sentence) = self.declared(&[record]) {
                    self.paragraph(sentence);
                    self.printed.insert(record.id);
                }
                continue;
            }
            if !self.options.confidential && self.private.contains(&record.id) {
                // Public minutes of business taken in private: what was resolved, no more.
                if let Event::Resolved {
                    preamble, clauses, ..
                } = &record.event
                {
                    self.say_all(vec![Said::Resolved {
                        marker: Phrase::new(Key::Resolved),
                        preamble: preamble.clone(),
                        clauses: clauses.clone(),
                    }]);
                }
                continue;
            }
            let mut said = record.event.view().said(&InMinute {
                meeting: self.meeting,
                records: &records,
                at,
            });
            if let Some(sentence) = joined.markers.get(&record.id) {
                for part in &mut said {
                    if let Said::Resolved { marker, .. } | Said::ResolvedThat { marker, .. } = part
                    {
                        *marker = sentence.clone();
                    }
                }
            }
            self.say_record(&records, at, said);
        }
        if !item.arising.is_empty() && (!part_two || self.options.confidential) {
            self.matters_arising(item);
        }
    }

    /// Says what a record says, and notes it printed: an appointment's resolution made with
    /// the one before is added to it, and an appointment whose resolution the first of its
    /// run said is printed there.
    pub(super) fn say_record(&mut self, records: &[&Record], at: usize, said: Vec<Said>) {
        let minute = InMinute {
            meeting: self.meeting,
            records,
            at,
        };
        let printed = (appointments_continue(records, at) && self.continue_resolution(&said))
            || (said.is_empty() && appointments::said_with_earlier(&minute))
            || self.say_all(said);
        self.note_printed(records, at, printed);
    }

    /// Adds a resolution's paragraphs to the resolution just printed, when it is the only
    /// thing said and the last block is a resolution; whether it did.
    fn continue_resolution(&mut self, said: &[Said]) -> bool {
        let [
            Said::Resolved {
                preamble, clauses, ..
            },
        ] = said
        else {
            return false;
        };
        let Some(Block::Resolved { clauses: last, .. }) = self.blocks.last_mut() else {
            return false;
        };
        last.extend(preamble.iter().map(|text| Clause {
            label: None,
            text: text.clone(),
            clauses: Vec::new(),
        }));
        last.extend(clauses.iter().cloned());
        true
    }

    /// Notes a record as said when it said something; a resolution also says the vote that
    /// carried it, whose result is its marker, and the appointment it makes.
    pub(super) fn note_printed(&mut self, records: &[&Record], at: usize, said: bool) {
        if !said {
            return;
        }
        let record = records[at];
        self.printed.insert(record.id);
        if !carried::resolves(&record.event) {
            return;
        }
        if let Some(vote) = carried::carrying_vote(records, at) {
            self.printed.insert(records[vote].id);
        }
        let start = carried::business_start(records, at);
        if let Some(appointment) = records[start..at]
            .iter()
            .rev()
            .find(|r| matches!(r.event, Event::Appointed { .. }))
        {
            self.printed.insert(appointment.id);
        }
    }

    /// The actions carried from earlier meetings, each with what the meeting heard of it.
    fn matters_arising(&mut self, item: &AgendaItem) {
        let lines: Vec<String> = item
            .arising
            .iter()
            .map(|arising| {
                let action = self.say(
                    &Phrase::new(Key::ArisingAction)
                        .maybe("minute", arising.minute.map(|n| Slot::Text(n.to_string())))
                        .text("date", self.voice.short_date(arising.date))
                        .text("text", arising.text.clone())
                        .maybe("owner", arising.owner.clone().map(Slot::Text)),
                );
                let progress = self.word(match arising.progress {
                    Progress::Done => Key::ArisingDone,
                    Progress::CarriedForward => Key::ArisingCarriedForward,
                    Progress::NotReported => Key::ArisingNotReported,
                });
                format!("{action} {progress}")
            })
            .collect();
        self.push(Block::Group(self.word(Key::MattersArising)));
        self.push(Block::Points(
            lines.into_iter().map(Point::bullet).collect(),
        ));
    }

    /// "NOT FOR PUBLICATION: exempt information under paragraph 3 of Part 1 of Schedule 12A",
    /// citing the item's own paragraphs, or else those of the exclusion it was taken under.
    fn not_for_publication(&self, index: usize) -> String {
        let item = &self.meeting.agenda[index];
        let paragraphs: Vec<String> = if item.exempt_paragraphs.is_empty() {
            self.meeting
                .exclusion_covering(index)
                .unwrap_or_default()
                .iter()
                .map(u8::to_string)
                .collect()
        } else {
            item.exempt_paragraphs.iter().map(u8::to_string).collect()
        };
        let cited = match paragraphs.as_slice() {
            [] => None,
            [one] => Some(Phrase::new(Key::UnderOneParagraph).text("number", one.clone())),
            many => Some(Phrase::new(Key::UnderParagraphs).text("numbers", and_list(many))),
        };
        let mut phrase = Phrase::new(Key::NotForPublication);
        if let Some(cited) = cited {
            phrase = phrase.phrase("paragraphs", cited);
        }
        self.say(&phrase)
    }

    /// Lays out what records said, in the house style; whether any of it printed.
    pub(super) fn say_all(&mut self, said: Vec<Said>) -> bool {
        let before = self.blocks.len();
        for block in said_blocks(&self.voice, said) {
            match block {
                // The clerk's own paragraphs go in as typed.
                Block::Paragraphs(_) | Block::Points(_) => self.blocks.push(block),
                // An application's heading that says no more than its minute's is left out.
                Block::Group(heading) if self.minute_says(&heading) => {}
                block => self.push(block),
            }
        }
        self.blocks.len() > before
    }

    /// Whether the heading of the minute being written already says every word of `heading`
    /// (an agenda titling its item "26/00412/HOUSE: 4 Mill Cottages").
    fn minute_says(&self, heading: &str) -> bool {
        let words = |text: &str| -> Vec<String> {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let Some(title) = self.blocks.iter().rev().find_map(|block| match block {
            Block::Minute { line, .. } => Some(words(line)),
            _ => None,
        }) else {
            return false;
        };
        let heading = words(heading);
        !heading.is_empty()
            && heading
                .iter()
                .all(|w| title.contains(w) || w == "application")
    }
}

/// What records said, as blocks of the document in the house style's words.
pub fn said_blocks(voice: &crate::minutes::style::Voice<'_>, said: Vec<Said>) -> Vec<Block> {
    let mut blocks = Vec::new();
    for said in said {
        let block = match said {
            Said::Paragraph(phrase) => {
                Block::Paragraph(crate::minutes::wording::sentence_case(&voice.say(&phrase)))
            }
            Said::Heading(phrase) => Block::Group(voice.say(&phrase)),
            Said::Table {
                header,
                amounts,
                rows,
                total,
            } => Block::Table(Table {
                header: header.iter().map(|p| voice.say(p)).collect(),
                amounts,
                rows,
                total: total
                    .map(|(label, rest)| std::iter::once(voice.say(&label)).chain(rest).collect()),
            }),
            Said::Typed(text) => {
                blocks.extend(prose::blocks(&text));
                continue;
            }
            Said::Resolved {
                marker,
                preamble,
                clauses,
            } => Block::Resolved {
                marker: voice.say(&marker),
                preamble,
                clauses,
            },
            Said::ResolvedThat {
                marker,
                resolutions,
            } => Block::Resolved {
                marker: voice.say(&marker),
                preamble: None,
                clauses: resolutions
                    .iter()
                    .map(|resolution| Clause {
                        label: None,
                        text: voice.say(resolution),
                        clauses: Vec::new(),
                    })
                    .collect(),
            },
            Said::RecordedVote {
                in_favour,
                against,
                abstaining,
            } => {
                let names = |ids: &[crate::model::PersonId]| {
                    if ids.is_empty() {
                        voice.word(Key::RecordedNone)
                    } else {
                        ids.iter()
                            .map(|id| voice.name(id))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                };
                Block::RecordedVote {
                    lines: vec![
                        (voice.word(Key::RecordedFor), names(&in_favour)),
                        (voice.word(Key::RecordedAgainst), names(&against)),
                        (voice.word(Key::RecordedAbstain), names(&abstaining)),
                    ],
                }
            }
        };
        blocks.push(block);
    }
    blocks
}

/// Whether the record at `at` is the resolution of an appointment made straight after another
/// appointment and its resolution: the Chair and Vice-Chair appointed together, whose
/// resolutions the minutes print as one.
fn appointments_continue(records: &[&Record], at: usize) -> bool {
    let is = |back: usize, appointment: bool| {
        at.checked_sub(back)
            .and_then(|i| records.get(i))
            .is_some_and(|r| match r.event {
                Event::Appointed { .. } => appointment,
                Event::Resolved { .. } => !appointment,
                _ => false,
            })
    };
    matches!(records[at].event, Event::Resolved { .. })
        && is(1, true)
        && is(2, false)
        && is(3, true)
}
