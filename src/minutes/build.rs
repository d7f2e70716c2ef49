//! The wording of draft minutes, in the house style of UK council minutes: heading, PRESENT,
//! officers, one numbered minute per agenda item, the close and the signature line. Built once
//! as a [`Document`]; public minutes leave out the detail of Part 2 business.

use std::collections::HashMap;

use super::document::{Block, Document};
use super::wording::{and_list, heading_date, plain_date, time, with_article};
use crate::model::{
    AgendaItem, Attendance, BodyKind, Count, Event, InterestKind, ItemId, ItemKind, Leaving, Meeting,
    MotionKind, Office, Outcome, Part, Person, PersonId, PersonKind, Record, Side, VoteResult, Voting,
    exclusion_wording,
};

/// Which minutes to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Include Part 2 detail, each part marked as not for publication.
    pub confidential: bool,
}

/// The draft minutes of the meeting.
pub fn minutes(meeting: &Meeting, options: Options) -> Document {
    Builder::new(meeting, options).build()
}

/// The minute of one agenda item, as it would appear in the minutes; for previews.
pub fn minute(meeting: &Meeting, index: usize, options: Options) -> Document {
    let mut builder = Builder::new(meeting, options);
    if let Some(item) = meeting.agenda.get(index) {
        builder.minute(index, item);
    }
    Document {
        title: String::new(),
        blocks: builder.blocks,
    }
}

struct Builder<'m> {
    meeting: &'m Meeting,
    options: Options,
    parts: Vec<Part>,
    /// Final attendance of everyone, by id.
    attendance: HashMap<&'m str, Attendance>,
    blocks: Vec<Block>,
}

/// "Councillor K Flavell" or "Dr Matt Tyrer".
fn name(person: &Person) -> String {
    person.titled_name()
}

/// The word for the body in narrative: "The Committee", "The Board".
fn body_word(meeting: &Meeting) -> &'static str {
    match meeting.body.kind {
        BodyKind::Board => "Board",
        BodyKind::SubCommittee => "Sub-Committee",
        BodyKind::Committee | BodyKind::OverviewAndScrutiny => "Committee",
    }
}

impl<'m> Builder<'m> {
    fn new(meeting: &'m Meeting, options: Options) -> Self {
        let room = meeting.room_now();
        let attendance = room
            .everyone()
            .map(|(person, standing)| (person.id.as_str(), standing.attendance.clone()))
            .collect();
        Builder {
            meeting,
            options,
            parts: meeting.parts(),
            attendance,
            blocks: Vec::new(),
        }
    }

    fn person(&self, id: &str) -> String {
        self.meeting.person(id).map_or_else(|| id.to_string(), name)
    }

    fn attended(&self, person: &Person) -> bool {
        matches!(
            self.attendance.get(person.id.as_str()),
            Some(Attendance::Present | Attendance::Substitute { .. })
        )
    }

    fn substitute(&self, person: &Person) -> bool {
        matches!(
            self.attendance.get(person.id.as_str()),
            Some(Attendance::Substitute { .. })
        )
    }

    fn virtual_attendance(&self, person: &Person) -> bool {
        matches!(
            self.attendance.get(person.id.as_str()),
            Some(Attendance::Virtual)
        )
    }

    fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// A heading and its attendance lines, or nothing when there are none.
    fn section(&mut self, heading: Block, lines: Vec<String>) {
        if lines.is_empty() {
            return;
        }
        self.push(heading);
        self.blocks.extend(lines.into_iter().map(Block::Line));
    }

    /// " (attended virtually)" for those who joined by video link.
    fn virtually(&self, person: &Person) -> &'static str {
        if self.virtual_attendance(person) {
            " (attended virtually)"
        } else {
            ""
        }
    }

    fn paragraph(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Paragraph(text.into()));
    }

    fn build(mut self) -> Document {
        let meeting = self.meeting;
        if let Some(council) = &meeting.body.council {
            self.push(Block::Council(council.to_uppercase()));
        }
        let heading = format!(
            "Minutes of a meeting of {}",
            with_article(&meeting.body.name)
        );
        let venue = with_article(&meeting.venue);
        self.push(Block::Heading {
            text: heading.clone(),
            subtitle: format!("held on {} in {venue}", heading_date(meeting.date)),
        });
        self.present();
        for (index, item) in meeting.agenda.iter().enumerate() {
            self.minute(index, item);
        }
        self.close();
        Document {
            title: format!("{heading}, {}", plain_date(meeting.date)),
            blocks: self.blocks,
        }
    }

    /// Who presided, when it was not the Chair.
    fn presiding(&self) -> Option<&'m Person> {
        self.meeting.records.iter().find_map(|r| match &r.event {
            Event::InTheChair { person } => self.meeting.person(person),
            _ => None,
        })
    }

    fn capacity(&self, person: &Person) -> Option<String> {
        let title = self.meeting.body.chair_title;
        let presiding = self.presiding().is_some_and(|p| p.id == person.id);
        match person.office {
            Office::Chair => Some(title.chair().to_string()),
            Office::ViceChair if presiding => {
                Some(format!("{}, in the {}", title.vice_chair(), title.chair()))
            }
            Office::ViceChair => Some(title.vice_chair().to_string()),
            Office::Member if presiding => Some(format!("in the {}", title.chair())),
            Office::Member => None,
        }
    }

    fn present(&mut self) {
        let meeting = self.meeting;
        self.push(Block::Section("PRESENT".into()));
        if meeting.body.kind == BodyKind::Board {
            self.board_present();
            return;
        }
        let mut others = Vec::new();
        let mut chair_lines = Vec::new();
        for person in &meeting.people {
            let councillor = matches!(person.kind, PersonKind::Member | PersonKind::Councillor);
            if !councillor || !self.attended(person) {
                continue;
            }
            let substitute = self.substitute(person);
            if person.kind == PersonKind::Councillor && !substitute {
                continue; // listed under ALSO PRESENT
            }
            match self.capacity(person) {
                Some(capacity) => {
                    chair_lines.push((person.office, format!("{} ({capacity})", name(person))))
                }
                None => others.push(person.name.clone()),
            }
        }
        chair_lines.sort_by_key(|(office, _)| match office {
            Office::Chair => 0,
            _ => 1,
        });
        for (_, line) in chair_lines {
            self.push(Block::Line(line));
        }
        match others.as_slice() {
            [] => {}
            [one] => self.paragraph(format!("Councillor {one}")),
            _ => self.paragraph(format!("Councillors {}", and_list(&others))),
        }
        self.officers_and_others();
    }

    fn board_line(&self, person: &Person) -> String {
        let mut line = name(person);
        if let Some(capacity) = self.capacity(person) {
            line.push_str(&format!(" ({capacity})"));
        }
        if let Some(detail) = person.role.as_ref().or(person.organisation.as_ref()) {
            line.push_str(&format!(", {detail}"));
        }
        line.push_str(self.virtually(person));
        line
    }

    fn board_present(&mut self) {
        let meeting = self.meeting;
        for (group, voting) in [
            ("Voting Members", Voting::Voting),
            ("Non-Voting Members", Voting::NonVoting),
            ("Associate Non-Voting Members", Voting::Associate),
        ] {
            let lines: Vec<String> = meeting
                .people
                .iter()
                .filter(|p| p.kind == PersonKind::Member && p.voting == voting)
                .filter(|p| self.attended(p) || self.virtual_attendance(p))
                .filter(|p| !self.substitute(p))
                .map(|p| self.board_line(p))
                .collect();
            self.section(Block::Group(group.into()), lines);
        }
        let others: Vec<String> = meeting
            .people
            .iter()
            .filter(|p| p.kind != PersonKind::Member || self.substitute(p))
            .filter(|p| self.attended(p) || self.virtual_attendance(p))
            .map(|p| self.board_line(p))
            .collect();
        let council = meeting
            .body
            .council
            .as_deref()
            .map(|c| c.trim_end_matches(" Council").to_string());
        let heading = match council {
            Some(council) => format!("{council} Officers and Others"),
            None => "Officers and Others".to_string(),
        };
        self.section(Block::Group(heading), others);
    }

    fn officers_and_others(&mut self) {
        let meeting = self.meeting;
        let line = |person: &Person| {
            let mut text = person.name.clone();
            if let Some(detail) = person.role.as_ref().or(person.organisation.as_ref()) {
                text.push_str(&format!(", {detail}"));
            }
            text
        };
        let officers: Vec<String> = meeting
            .people
            .iter()
            .filter(|p| p.kind == PersonKind::Officer)
            .filter(|p| self.attended(p) || self.virtual_attendance(p))
            .map(|p| format!("{}{}", line(p), self.virtually(p)))
            .collect();
        self.section(Block::Section("OFFICERS IN ATTENDANCE".into()), officers);
        let also: Vec<String> = meeting
            .people
            .iter()
            .filter(|p| {
                p.kind == PersonKind::Other
                    || (p.kind == PersonKind::Councillor && !self.substitute(p))
            })
            .filter(|p| self.attended(p) || self.virtual_attendance(p))
            .map(|p| {
                let who = if p.kind == PersonKind::Councillor {
                    name(p)
                } else {
                    line(p)
                };
                format!("{who}{}", self.virtually(p))
            })
            .collect();
        self.section(Block::Section("ALSO PRESENT".into()), also);
    }

    fn is_part_two(&self, index: usize) -> bool {
        self.parts.get(index) == Some(&Part::Two)
    }

    fn exempt_paragraphs(&self, index: usize) -> Vec<u8> {
        let item = &self.meeting.agenda[index];
        if !item.exempt_paragraphs.is_empty() {
            return item.exempt_paragraphs.clone();
        }
        // Otherwise the paragraphs of the exclusion that made it private.
        self.meeting
            .records
            .iter()
            .rev()
            .find_map(|r| match &r.event {
                Event::Excluded { paragraphs, .. } => Some(paragraphs.clone()),
                _ => None,
            })
            .unwrap_or_default()
    }

    fn minute(&mut self, index: usize, item: &'m AgendaItem) {
        let number = self
            .meeting
            .first_minute
            .saturating_add(u32::try_from(index).unwrap_or(u32::MAX));
        self.push(Block::Minute {
            number,
            title: item.title.to_uppercase(),
        });
        let part_two = self.is_part_two(index);
        if part_two && self.options.confidential {
            let paragraphs: Vec<String> = self
                .exempt_paragraphs(index)
                .iter()
                .map(u8::to_string)
                .collect();
            let cited = match paragraphs.len() {
                0 => String::new(),
                1 => format!(" under paragraph {}", paragraphs[0]),
                _ => format!(" under paragraphs {}", and_list(&paragraphs)),
            };
            self.push(Block::NotForPublication(format!(
                "NOT FOR PUBLICATION: exempt information{cited} of Part 1 of Schedule 12A to the Local Government Act 1972"
            )));
        }
        let records: Vec<(usize, &'m Record)> = self
            .meeting
            .records
            .iter()
            .enumerate()
            .filter(|(_, r)| r.item.as_deref() == Some(item.id.as_str()))
            .collect();
        match item.kind {
            ItemKind::Apologies => self.apologies(),
            ItemKind::Declarations => self.declarations(&records),
            ItemKind::WhippingDeclarations if records.is_empty() => {
                self.paragraph("No whipping declarations were received.")
            }
            ItemKind::PublicSpeaking if records.is_empty() => {
                self.paragraph("There were no public speakers.")
            }
            _ => {}
        }
        if item.kind == ItemKind::Declarations {
            return;
        }
        if part_two && !self.options.confidential {
            // Public minutes of exempt business: the heading and what was resolved, no more.
            for (_, record) in &records {
                if let Event::Resolved { preamble, clauses } = &record.event {
                    self.push(Block::Resolved {
                        marker: "RESOLVED:".into(),
                        preamble: preamble.clone(),
                        clauses: clauses.clone(),
                    });
                }
            }
            return;
        }
        self.item_records(&records);
    }

    fn apologies(&mut self) {
        let meeting = self.meeting;
        let sent: Vec<&Person> = meeting
            .people
            .iter()
            .filter(|p| {
                matches!(
                    self.attendance.get(p.id.as_str()),
                    Some(Attendance::Apologies)
                )
            })
            .collect();
        let substitutes: Vec<&Person> = meeting
            .people
            .iter()
            .filter(|p| self.substitute(p))
            .collect();
        if sent.is_empty() {
            self.paragraph("There were no apologies for absence.");
        } else if sent
            .iter()
            .all(|p| p.title.as_deref() == Some("Councillor"))
        {
            let names: Vec<String> = sent.iter().map(|p| p.name.clone()).collect();
            let who = if names.len() == 1 {
                format!("Councillor {}", names[0])
            } else {
                format!("Councillors {}", and_list(&names))
            };
            self.paragraph(format!("Apologies for absence were received from {who}."));
        } else {
            let names: Vec<String> = sent.iter().map(|p| with_organisation(p)).collect();
            self.paragraph(format!(
                "Apologies were received from {}.",
                and_list(&names)
            ));
        }
        if !substitutes.is_empty() {
            let names: Vec<String> = substitutes
                .iter()
                .map(|p| {
                    if p.title.as_deref() == Some("Councillor") {
                        name(p)
                    } else {
                        with_organisation(p)
                    }
                })
                .collect();
            let verb = if names.len() == 1 {
                "attended as a substitute"
            } else {
                "attended as substitutes"
            };
            self.paragraph(format!("{} {verb}.", and_list(&names)));
        }
    }

    /// Item numbers as the agenda prints them: "item 6", "items 10 and 11".
    fn items_phrase(&self, items: &[ItemId]) -> String {
        let numbers: Vec<String> = items
            .iter()
            .map(|id| self.meeting.item_number(id))
            .collect();
        match numbers.len() {
            0 => String::new(),
            1 => format!("item {}", numbers[0]),
            _ => format!("items {}", and_list(&numbers)),
        }
    }

    /// True when every item a declaration concerns is Part 2.
    fn only_private(&self, items: &[ItemId]) -> bool {
        !items.is_empty()
            && items.iter().all(|id| {
                self.meeting
                    .item_index(id)
                    .is_some_and(|index| self.is_part_two(index))
            })
    }

    fn declarations(&mut self, records: &[(usize, &'m Record)]) {
        let meeting = self.meeting;
        let late: Vec<(usize, &Record)> = meeting
            .records
            .iter()
            .enumerate()
            .filter(|(i, _)| meeting.declaration_is_late(*i))
            .collect();
        let count = records
            .iter()
            .filter(|(_, r)| matches!(r.event, Event::Declaration { .. }))
            .count()
            + late.len();
        if count == 0 && records.is_empty() {
            self.paragraph("There were no declarations of interest.");
            return;
        }
        if count > 1 {
            self.paragraph("In the interest of openness, the following declarations were made:");
        }
        // Consecutive declarations in the same words are one sentence.
        let mut index = 0;
        while index < records.len() {
            let (_, record) = records[index];
            match &record.event {
                Event::Declaration { .. } => {
                    let mut group = vec![record];
                    while let Some((_, next)) = records.get(index + group.len()) {
                        if same_declaration(&record.event, &next.event) {
                            group.push(next);
                        } else {
                            break;
                        }
                    }
                    index += group.len();
                    let sentence = self.declaration_sentence(&group);
                    self.paragraph(sentence);
                }
                Event::Note { text, .. } => {
                    self.paragraph(text.clone());
                    index += 1;
                }
                _ => index += 1,
            }
        }
        for (record_index, record) in late {
            let sentence = self.declaration_sentence(&[record]);
            self.paragraph(sentence);
            if let (Event::Declaration { person, .. }, Some(minute)) = (
                &record.event,
                record
                    .item
                    .as_deref()
                    .and_then(|i| meeting.minute_number(i)),
            ) {
                let _ = record_index;
                self.paragraph(format!(
                    "It was noted that {} made this declaration during minute no.{minute}.",
                    self.person(person)
                ));
            }
        }
    }

    fn declaration_sentence(&self, group: &[&Record]) -> String {
        let Some(Event::Declaration {
            items,
            kind,
            words,
            will_leave,
            may_speak_first,
            ..
        }) = group.first().map(|r| &r.event)
        else {
            return String::new();
        };
        let names: Vec<String> = group
            .iter()
            .filter_map(|r| r.event.person())
            .map(|id| self.person(id))
            .collect();
        let who = and_list(&names);
        let plural = names.len() > 1;
        let private = self.only_private(items);
        let items_phrase = self.items_phrase(items);
        if private && !self.options.confidential {
            return format!(
                "{who} declared {} in respect of {items_phrase}, which was considered in private.",
                interest_words(kind, plural)
            );
        }
        let mut sentence = if *kind == InterestKind::Unspecified && words.starts_with("that ") {
            format!("{who} declared {words}")
        } else {
            let about = if items.is_empty() {
                String::new()
            } else {
                format!(" in respect of {items_phrase}")
            };
            format!(
                "{who} declared {}{about} {words}",
                interest_words(kind, plural)
            )
        };
        if *will_leave {
            let which = if items.is_empty() {
                "the item".to_string()
            } else if items.len() == 1 {
                let title = self
                    .meeting
                    .item(&items[0])
                    .map(|i| format!(", {}", i.title))
                    .unwrap_or_default();
                format!("{items_phrase}{title}")
            } else {
                "these items".to_string()
            };
            sentence.push_str(&format!(
                " and would leave the meeting before the debate and vote took place for {which}"
            ));
        }
        sentence.push('.');
        if *may_speak_first {
            sentence.push_str(&format!(
                " The {} would allow {who} to speak on the item before leaving the meeting.",
                self.meeting.body.chair_title.chair()
            ));
        }
        if private {
            sentence.push_str(" (Not for publication.)");
        }
        sentence
    }

    fn item_records(&mut self, records: &[(usize, &'m Record)]) {
        let meeting = self.meeting;
        let clock = meeting.body.clock;
        let word = body_word(meeting);
        let mut position = 0;
        while position < records.len() {
            let (index, record) = records[position];
            position += 1;
            match &record.event {
                Event::Left { person, how } => {
                    let how = match how {
                        Leaving::DuringItem => "left the meeting",
                        Leaving::BeforeDebateAndVote => {
                            "left the meeting ahead of the debate and vote"
                        }
                        Leaving::DidNotReturn => "left the meeting and did not return",
                    };
                    self.paragraph(format!("{} {how}.", self.person(person)));
                }
                Event::Returned { person } => {
                    self.paragraph(format!("{} returned to the meeting.", self.person(person)))
                }
                Event::ArrivedLate { person } => {
                    self.paragraph(format!("{} arrived at the meeting.", self.person(person)))
                }
                Event::InTheChair { person } => {
                    self.paragraph(format!("{} took the chair.", self.person(person)))
                }
                Event::Adjourned { reason } => {
                    let at = record
                        .at
                        .map(|t| format!(" at {}", time(t, clock)))
                        .unwrap_or_default();
                    let reconvened = records
                        .get(position)
                        .and_then(|(_, next)| match next.event {
                            Event::Reconvened => Some(next.at),
                            _ => None,
                        });
                    let mut sentence = match reconvened {
                        Some(back) => {
                            position += 1;
                            let back = back
                                .map(|t| format!(" at {}", time(t, clock)))
                                .unwrap_or_default();
                            format!("The {word} adjourned{at} and reconvened{back}.")
                        }
                        None => format!("The {word} adjourned{at}."),
                    };
                    if let Some(reason) = reason {
                        sentence.push(' ');
                        sentence.push_str(reason);
                    }
                    self.paragraph(sentence);
                }
                Event::Reconvened => {
                    let at = record
                        .at
                        .map(|t| format!(" at {}", time(t, clock)))
                        .unwrap_or_default();
                    self.paragraph(format!("The {word} reconvened{at}."));
                }
                Event::Note { text, .. } | Event::Action { text, .. } => {
                    self.paragraph(text.clone())
                }
                Event::Motion {
                    kind,
                    text,
                    mover,
                    seconder,
                    ..
                } => self.motion(*kind, text, mover.as_deref(), seconder.as_deref()),
                Event::MotionSettled { motion, outcome } => {
                    let what = self.motion_word(motion);
                    let sentence = match outcome {
                        Outcome::Withdrawn => format!("The {what} was withdrawn."),
                        Outcome::Incorporated => format!(
                            "The {what} was accepted by the mover and became part of the substantive motion."
                        ),
                        Outcome::Carried => format!("The {what} was carried."),
                        Outcome::Lost => format!("The {what} was lost."),
                    };
                    self.paragraph(sentence);
                }
                Event::Vote {
                    motion,
                    count,
                    casting,
                } => {
                    // A vote that carries what is then resolved is shown on the RESOLVED line.
                    if self.vote_leads_to_resolution(
                        records,
                        position,
                        motion.as_deref(),
                        count,
                        *casting,
                    ) {
                        continue;
                    }
                    self.vote_sentence(motion.as_deref(), count, *casting);
                }
                Event::Resolved { preamble, clauses } => {
                    let marker = self.resolved_marker(records, position - 1);
                    self.push(Block::Resolved {
                        marker,
                        preamble: preamble.clone(),
                        clauses: clauses.clone(),
                    });
                }
                Event::Excluded {
                    paragraphs,
                    wording,
                } => {
                    let text = wording
                        .clone()
                        .unwrap_or_else(|| exclusion_wording(paragraphs));
                    self.push(Block::Resolved {
                        marker: "RESOLVED:".into(),
                        preamble: None,
                        clauses: vec![crate::model::Clause {
                            label: None,
                            text,
                            clauses: Vec::new(),
                        }],
                    });
                }
                Event::Readmitted => {
                    self.paragraph("The press and public were readmitted to the meeting.")
                }
                Event::Declaration { .. } if meeting.declaration_is_late(index) => {}
                _ => {}
            }
        }
    }

    fn motion_word(&self, motion: &str) -> &'static str {
        let kind = self.meeting.records.iter().find_map(|r| match &r.event {
            Event::Motion { id, kind, .. } if id == motion => Some(*kind),
            _ => None,
        });
        match kind {
            Some(MotionKind::Substantive) | None => "motion",
            Some(_) => "amendment",
        }
    }

    fn motion(
        &mut self,
        kind: MotionKind,
        text: &str,
        mover: Option<&str>,
        seconder: Option<&str>,
    ) {
        let mover = mover.map(|m| self.person(m));
        let seconder = seconder.map(|s| self.person(s));
        let sentence = match (kind, mover, seconder) {
            (MotionKind::FriendlyAmendment, Some(mover), _) => {
                format!("{mover} proposed a friendly amendment: “{text}”")
            }
            (MotionKind::FriendlyAmendment, None, _) => {
                format!("A friendly amendment was proposed: “{text}”")
            }
            (kind, mover, seconder) => {
                let what = if kind == MotionKind::Substantive {
                    "A motion"
                } else {
                    "An amendment"
                };
                let by = match (mover, seconder) {
                    (Some(m), Some(s)) => format!(" was moved by {m} and seconded by {s}"),
                    (Some(m), None) => format!(" was moved by {m}"),
                    (None, Some(s)) => format!(" was moved and was seconded by {s}"),
                    (None, None) => " was moved".to_string(),
                };
                format!("{what}{by}: “{text}”")
            }
        };
        self.paragraph(sentence);
    }

    /// Whether the vote at `position - 1` is the one whose result the next RESOLVED records.
    fn vote_leads_to_resolution(
        &self,
        records: &[(usize, &Record)],
        position: usize,
        motion: Option<&str>,
        count: &Count,
        casting: Option<Side>,
    ) -> bool {
        if count.result(casting) != VoteResult::Carried {
            return false;
        }
        if motion.is_some_and(|m| self.motion_word(m) == "amendment") {
            return false;
        }
        records[position..]
            .iter()
            .map(|(_, r)| &r.event)
            .find(|e| matches!(e, Event::Vote { .. } | Event::Resolved { .. }))
            .is_some_and(|e| matches!(e, Event::Resolved { .. }))
    }

    /// "RESOLVED (unanimously):", with the figures of the vote that carried it.
    fn resolved_marker(&mut self, records: &[(usize, &Record)], at: usize) -> String {
        // The vote since the last resolution, if there was one.
        let vote = records[..at]
            .iter()
            .rev()
            .map(|(_, r)| &r.event)
            .find(|e| matches!(e, Event::Vote { .. } | Event::Resolved { .. }));
        let Some(Event::Vote { count, casting, .. }) = vote else {
            return "RESOLVED:".into();
        };
        let casting = *casting;
        if let Count::Recorded {
            in_favour,
            against,
            abstentions,
        } = count
        {
            self.recorded_vote(in_favour, against, abstentions);
        }
        match (count.figures(), casting) {
            (None, _) => "RESOLVED (unanimously):".into(),
            (Some((f, a, _)), Some(_)) => format!(
                "RESOLVED (on the Chair’s casting vote, the votes being equal at {f} for and {a} against):"
            ),
            (Some((f, a, s)), None) => format!("RESOLVED (by {}):", figures_words(f, a, s)),
        }
    }

    fn recorded_vote(
        &mut self,
        in_favour: &[PersonId],
        against: &[PersonId],
        abstentions: &[PersonId],
    ) {
        let names = |ids: &[PersonId]| ids.iter().map(|id| self.person(id)).collect::<Vec<_>>();
        let block = Block::RecordedVote {
            in_favour: names(in_favour),
            against: names(against),
            abstaining: names(abstentions),
        };
        self.paragraph("A recorded vote was taken:");
        self.push(block);
    }

    fn vote_sentence(&mut self, motion: Option<&str>, count: &Count, casting: Option<Side>) {
        let what = motion.map_or("recommendation", |m| self.motion_word(m));
        if let Count::Recorded {
            in_favour,
            against,
            abstentions,
        } = count
        {
            self.recorded_vote(in_favour, against, abstentions);
        }
        let result = count.result(casting);
        let outcome = match result {
            VoteResult::Carried => "carried",
            VoteResult::Lost => "lost",
            VoteResult::Tied => "tied",
        };
        let sentence = match (count.figures(), casting) {
            (None, _) => format!("The {what} was put to the vote and was carried unanimously."),
            (Some((f, a, s)), Some(_)) => format!(
                "The {what} was put to the vote and, the votes being equal ({}), was {outcome} on the Chair’s casting vote.",
                figures_list(f, a, s),
            ),
            (Some((f, a, s)), None) => format!(
                "The {what} was put to the vote and was {outcome} ({}).",
                figures_list(f, a, s)
            ),
        };
        self.paragraph(sentence);
    }

    fn close(&mut self) {
        let meeting = self.meeting;
        let clock = meeting.body.clock;
        match meeting.opening_and_closing() {
            (Some(start), Some(end)) => self.paragraph(format!(
                "The meeting commenced at {} and concluded at {}",
                time(start, clock),
                time(end, clock)
            )),
            (Some(start), None) => {
                self.paragraph(format!("The meeting commenced at {}", time(start, clock)))
            }
            _ => {}
        }
        let signature = match &meeting.signature {
            Some(signature) => Some(format!(
                "{} ({})",
                self.person(&signature.person),
                signature.capacity
            )),
            None => self
                .presiding()
                .or_else(|| meeting.people.iter().find(|p| p.office == Office::Chair))
                .map(|p| format!("{} ({})", name(p), self.capacity(p).unwrap_or_default())),
        };
        if let Some(line) = signature {
            self.push(Block::Signature(line));
        }
    }
}

fn with_organisation(person: &Person) -> String {
    match &person.organisation {
        Some(organisation) => format!("{} ({organisation})", person.name),
        None => person.name.clone(),
    }
}

fn same_declaration(a: &Event, b: &Event) -> bool {
    match (a, b) {
        (
            Event::Declaration {
                items: ia,
                kind: ka,
                words: wa,
                will_leave: la,
                may_speak_first: sa,
                ..
            },
            Event::Declaration {
                items: ib,
                kind: kb,
                words: wb,
                will_leave: lb,
                may_speak_first: sb,
                ..
            },
        ) => ia == ib && ka == kb && wa == wb && la == lb && sa == sb,
        _ => false,
    }
}

fn interest_words(kind: &InterestKind, plural: bool) -> String {
    let (one, many) = match kind {
        InterestKind::DisclosablePecuniary => (
            "a disclosable pecuniary interest",
            "disclosable pecuniary interests",
        ),
        InterestKind::OtherRegisterable => (
            "an other registerable interest",
            "other registerable interests",
        ),
        InterestKind::NonRegisterable => {
            ("a non-registerable interest", "non-registerable interests")
        }
        InterestKind::Pecuniary => ("a pecuniary interest", "pecuniary interests"),
        InterestKind::NonPecuniary => ("a non-pecuniary interest", "non-pecuniary interests"),
        InterestKind::Personal => ("a personal interest", "personal interests"),
        InterestKind::Unspecified => ("an interest", "interests"),
        InterestKind::Described(words) => {
            return format!("{} {words}", if plural { "" } else { "a" })
                .trim()
                .to_string()
                + if plural { " interests" } else { " interest" };
        }
    };
    if plural { many } else { one }.to_string()
}

/// "7 votes to 4, with 1 abstention".
fn figures_words(f: u32, a: u32, s: u32) -> String {
    let mut words = format!("{f} votes to {a}");
    match s {
        0 => {}
        1 => words.push_str(", with 1 abstention"),
        n => words.push_str(&format!(", with {n} abstentions")),
    }
    words
}

/// "4 for, 4 against, 1 abstention".
fn figures_list(f: u32, a: u32, s: u32) -> String {
    let mut words = format!("{f} for, {a} against");
    match s {
        0 => {}
        1 => words.push_str(", 1 abstention"),
        n => words.push_str(&format!(", {n} abstentions")),
    }
    words
}

/// The follow-up actions of the meeting: who, what and which minute.
pub fn actions(meeting: &Meeting) -> Document {
    let mut rows = Vec::new();
    for record in &meeting.records {
        if let Event::Action { text, owner } = &record.event {
            let minute = record
                .item
                .as_deref()
                .and_then(|id| meeting.minute_number(id))
                .map(|n| n.to_string())
                .unwrap_or_default();
            let who = owner
                .as_deref()
                .and_then(|id| meeting.person(id))
                .map_or_else(|| "(not named)".to_string(), name);
            rows.push(vec![minute, who, text.clone()]);
        }
    }
    let title = format!(
        "Actions from the meeting of {}, {}",
        with_article(&meeting.body.name),
        plain_date(meeting.date)
    );
    let mut blocks = vec![Block::Heading {
        text: title.clone(),
        subtitle: format!("held on {}", heading_date(meeting.date)),
    }];
    if rows.is_empty() {
        blocks.push(Block::Paragraph(
            "No follow-up actions were recorded.".into(),
        ));
    } else {
        blocks.push(Block::Table {
            header: vec!["Minute".into(), "Who".into(), "Action".into()],
            rows,
        });
    }
    Document { title, blocks }
}
