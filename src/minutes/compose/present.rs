//! PRESENT, OFFICERS IN ATTENDANCE and ALSO PRESENT: who attended, in the house style's layout.
//! As lines: the Chair and Vice-Chair on their own lines, the other councillors together, a
//! board's members in their groups. As a paragraph: everyone in one sentence. Either way each
//! councillor carries the style's title, a late arrival the time they came when the style
//! says it, and those not present are named when the style names them.

use super::Builder;
use crate::minutes::document::Block;
use crate::minutes::style::{Attendance as Layout, PresentOrder, Voice};
use crate::minutes::wording::and_list;
use crate::model::said::{Key, Phrase, Slot};
use crate::model::{Attendance, BodyKind, Event, Office, Person, PersonId, PersonKind, Voting};

/// The capacity a person is listed and signs in: "Chair", "Vice-Chair, in the Chair"; none
/// for an ordinary member who did not preside.
pub fn capacity(voice: &Voice<'_>, person: &Person, office: Office) -> Option<String> {
    let meeting = voice.meeting;
    let presiding = meeting
        .presiding_at_opening()
        .is_some_and(|p| p.id == person.id);
    let words = |key| {
        voice.say(
            &Phrase::new(key)
                .with("chair", Slot::Office(Office::Chair))
                .with("vice_chair", Slot::Office(Office::ViceChair)),
        )
    };
    match office {
        Office::Chair => Some(voice.office(Office::Chair)),
        Office::ViceChair if presiding => Some(words(Key::PresidingViceChair)),
        Office::ViceChair => Some(voice.office(Office::ViceChair)),
        Office::Member if presiding => Some(words(Key::PresidingMember)),
        Office::Member => None,
    }
}

/// Who attended, sorted for the layout: the presiding lines first, then the other
/// councillors' names (bare, and with their titles), officers, and others.
struct Attended {
    chair_lines: Vec<(Office, String)>,
    names: Vec<String>,
    each: Vec<String>,
    officers: Vec<String>,
    others: Vec<String>,
}

impl Builder<'_> {
    pub(super) fn capacity(&self, person: &Person) -> Option<String> {
        capacity(&self.voice, person, self.office(person))
    }

    /// A heading and its attendance lines, or nothing when there are none.
    fn section(&mut self, heading: Block, lines: Vec<String>) {
        if lines.is_empty() {
            return;
        }
        self.push(heading);
        self.blocks.extend(lines.into_iter().map(Block::Line));
    }

    /// The line, marked as attended by video link when it was, or with the time of a late
    /// arrival when the style says it.
    fn marked(&self, person: &Person, line: String) -> String {
        let line = if self.virtual_attendance(person) {
            self.say(&Phrase::new(Key::AttendedVirtually).text("line", line))
        } else {
            line
        };
        let line = match self.arrived_at(&person.id) {
            Some(at) => self.say(
                &Phrase::new(Key::ArrivedInList)
                    .text("line", line)
                    .with("time", Slot::Time(at)),
            ),
            None => line,
        };
        // A member co-opted at the meeting was one only from then on.
        match self.co_opted(&person.id) {
            Some(record) => self.say(
                &Phrase::new(Key::CoOptedInList)
                    .text("line", line)
                    .maybe(
                        "item",
                        record
                            .item
                            .as_deref()
                            .map(|id| Slot::Text(self.meeting.item_number(id))),
                    )
                    .maybe("time", record.at.map(Slot::Time)),
            ),
            None => line,
        }
    }

    /// The record of the person's co-option at this meeting, if they were co-opted.
    fn co_opted(&self, person: &PersonId) -> Option<&'_ crate::model::Record> {
        self.meeting
            .records
            .iter()
            .find(|r| matches!(&r.event, Event::CoOpted { person: p, .. } if p == person))
    }

    /// When a person who arrived late came in, if the clerk recorded it.
    fn arrived_at(&self, person: &PersonId) -> Option<chrono::NaiveTime> {
        self.meeting.records.iter().find_map(|r| match &r.event {
            Event::ArrivedLate { person: p } if p == person => r.at,
            _ => None,
        })
    }

    pub(super) fn present(&mut self) {
        self.push(Block::Section(self.word(Key::Present)));
        if self.meeting.body.kind == BodyKind::Board {
            self.board_present();
            return;
        }
        let attended = self.attended_all();
        match self.voice.style.settings.attendance {
            Layout::Lines => self.present_lines(attended),
            Layout::Paragraph => self.present_paragraph(attended),
        }
        self.not_present();
    }

    fn attended_all(&self) -> Attended {
        let mut attended = Attended {
            chair_lines: Vec::new(),
            names: Vec::new(),
            each: Vec::new(),
            officers: Vec::new(),
            others: Vec::new(),
        };
        let mut councillors: Vec<&Person> = Vec::new();
        for person in &self.meeting.people {
            let member = matches!(person.kind, PersonKind::Member | PersonKind::Councillor);
            // A member who joined by video link is listed, marked as such.
            if !member || !(self.attended(person) || self.virtual_attendance(person)) {
                continue;
            }
            if person.kind == PersonKind::Councillor && !self.substitute(person) {
                continue; // listed under ALSO PRESENT
            }
            match self.capacity(person) {
                Some(capacity) => {
                    let line = self.say(
                        &Phrase::new(Key::ChairLine)
                            .text("name", self.voice.person(person))
                            .text("capacity", capacity),
                    );
                    attended
                        .chair_lines
                        .push((self.office(person), self.marked(person, line)));
                }
                None => councillors.push(person),
            }
        }
        attended
            .chair_lines
            .sort_by_key(|(office, _)| match office {
                Office::Chair => 0,
                Office::ViceChair | Office::Member => 1,
            });
        if self.voice.style.settings.present_order == PresentOrder::Alphabetical {
            // By surname, the last word of the name: "D Clark" before "S Gardiner".
            councillors.sort_by_key(|p| {
                let surname = p.name.split_whitespace().last().unwrap_or_default();
                (surname.to_lowercase(), p.name.to_lowercase())
            });
        }
        for person in councillors {
            attended
                .names
                .push(self.marked(person, person.name.clone()));
            let titled = self.voice.person(person);
            attended.each.push(self.marked(person, titled));
        }
        attended.officers = self.officer_lines();
        attended.others = self.other_lines();
        attended
    }

    fn present_lines(&mut self, attended: Attended) {
        for (_, line) in attended.chair_lines {
            self.push(Block::Line(line));
        }
        if !attended.names.is_empty() {
            let line = self.voice.councillors(&attended.names, &attended.each);
            self.paragraph(line);
        }
        self.section(Block::Section(self.word(Key::Officers)), attended.officers);
        self.section(Block::Section(self.word(Key::AlsoPresent)), attended.others);
    }

    fn present_paragraph(&mut self, attended: Attended) {
        let mut members: Vec<String> = attended
            .chair_lines
            .into_iter()
            .map(|(_, line)| line)
            .collect();
        members.extend(attended.each);
        // A meeting with no attendance recorded yet (an agenda not yet held) has no paragraph
        // to say, rather than "Present: ." with nobody in it.
        if members.is_empty() && attended.officers.is_empty() && attended.others.is_empty() {
            return;
        }
        let list = |lines: Vec<String>| (!lines.is_empty()).then(|| Slot::Text(and_list(&lines)));
        let paragraph = Phrase::new(Key::PresentParagraph)
            .maybe("members", list(members))
            .maybe("officers", list(attended.officers))
            .maybe("others", list(attended.others));
        // The count of the public taken before the first item, where the paragraph says it.
        let public = self.meeting.records.iter().rev().find(|r| {
            r.item.is_none()
                && matches!(r.event, Event::PublicPresent { .. })
                && self.meeting.close_starts().is_none_or(|close| {
                    self.meeting.record_index(r.id).is_some_and(|at| at < close)
                })
        });
        let with_public = match public.map(|r| (r, &r.event)) {
            Some((record, Event::PublicPresent { count })) => {
                let with = paragraph.clone().phrase(
                    "public",
                    crate::model::kinds::participation::public_count(*count),
                );
                if self.say(&with) != self.say(&paragraph) {
                    self.public_in_attendance = Some(record.id);
                    self.printed.insert(record.id);
                    with
                } else {
                    paragraph
                }
            }
            _ => paragraph,
        };
        self.say_paragraph(with_public);
    }

    /// Whether a person is one of the members marked absent (without apologies) the minutes
    /// name, when the style names them.
    pub(super) fn listed_absent(&self, person: &Person) -> bool {
        person.kind == PersonKind::Member
            && self.named(person)
            && matches!(self.attendance_of(person), Some(Attendance::Absent))
    }

    /// Members marked absent (without apologies), when the style names them.
    fn not_present(&mut self) {
        let absent: Vec<&Person> = self
            .meeting
            .people
            .iter()
            .filter(|p| self.listed_absent(p))
            .collect();
        if absent.is_empty() {
            return;
        }
        let ids: Vec<PersonId> = absent.iter().map(|p| p.id.clone()).collect();
        let names: Vec<String> = absent.iter().map(|p| self.voice.person(p)).collect();
        self.say_paragraph(
            Phrase::new(Key::NotPresent)
                .with("councillors", Slot::Councillors(ids))
                .text("names", and_list(&names)),
        );
    }

    fn board_line(&self, person: &Person) -> String {
        let mut line = self.voice.person(person);
        if let Some(capacity) = self.capacity(person) {
            line.push_str(&format!(" ({capacity})"));
        }
        if let Some(detail) = person.role.as_ref().or(person.organisation.as_ref()) {
            line.push_str(&format!(", {detail}"));
        }
        self.marked(person, line)
    }

    fn board_present(&mut self) {
        let meeting = self.meeting;
        for (group, voting) in [
            (Key::VotingMembers, Voting::Voting),
            (Key::NonVotingMembers, Voting::NonVoting),
            (Key::AssociateMembers, Voting::Associate),
        ] {
            let lines: Vec<String> = meeting
                .people
                .iter()
                .filter(|p| p.kind == PersonKind::Member && p.voting == voting)
                .filter(|p| self.attended(p) || self.virtual_attendance(p))
                .filter(|p| !self.substitute(p))
                .map(|p| self.board_line(p))
                .collect();
            self.section(Block::Group(self.word(group)), lines);
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
            .map(|c| c.trim_end_matches(" Council").to_string())
            .unwrap_or_default();
        let heading = self.say(&Phrase::new(Key::OfficersAndOthers).text("council", council));
        self.section(Block::Group(heading), others);
        self.not_present();
    }

    /// Each officer who attended: "Name, Role" as the style words it.
    fn officer_lines(&self) -> Vec<String> {
        self.meeting
            .people
            .iter()
            .filter(|p| p.kind == PersonKind::Officer)
            .filter(|p| self.attended(p) || self.virtual_attendance(p))
            .map(|p| {
                let line = self.say(
                    &Phrase::new(Key::OfficerLine)
                        .text("name", p.name.clone())
                        .maybe(
                            "role",
                            p.role.clone().or(p.organisation.clone()).map(Slot::Text),
                        ),
                );
                self.marked(p, line)
            })
            .collect()
    }

    /// Everyone else who attended: guests with what they represent, and councillors who are
    /// not members, with their titles.
    fn other_lines(&self) -> Vec<String> {
        self.meeting
            .people
            .iter()
            .filter(|p| {
                p.kind == PersonKind::Other
                    || (p.kind == PersonKind::Councillor && !self.substitute(p))
            })
            .filter(|p| self.attended(p) || self.virtual_attendance(p))
            .map(|p| {
                let who = if p.kind == PersonKind::Councillor {
                    self.voice.person(p)
                } else {
                    match p.role.as_ref().or(p.organisation.as_ref()) {
                        Some(detail) => format!("{}, {detail}", p.titled_name()),
                        None => p.titled_name(),
                    }
                };
                self.marked(p, who)
            })
            .collect()
    }
}
