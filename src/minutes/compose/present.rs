//! PRESENT, OFFICERS IN ATTENDANCE and ALSO PRESENT: who attended, the Chair and Vice-Chair
//! on their own lines, a board's members in their groups.

use super::Builder;
use crate::minutes::document::Block;
use crate::minutes::style::{PresentOrder, Voice};
use crate::minutes::wording::and_list;
use crate::model::said::{Key, Phrase};
use crate::model::{BodyKind, Office, Person, PersonKind, Voting};

/// The capacity a person is listed and signs in: "Chair", "Vice-Chair, in the Chair"; none
/// for an ordinary member who did not preside.
pub fn capacity(voice: &Voice<'_>, person: &Person, office: Office) -> Option<String> {
    let meeting = voice.meeting;
    let title = meeting.body.chair_title;
    let presiding = meeting
        .presiding_at_opening()
        .is_some_and(|p| p.id == person.id);
    let words = |key| {
        voice.say(
            &Phrase::new(key)
                .text("chair", title.chair())
                .text("vice_chair", title.vice_chair()),
        )
    };
    match office {
        Office::Chair => Some(title.chair().to_string()),
        Office::ViceChair if presiding => Some(words(Key::PresidingViceChair)),
        Office::ViceChair => Some(title.vice_chair().to_string()),
        Office::Member if presiding => Some(words(Key::PresidingMember)),
        Office::Member => None,
    }
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

    /// The line, marked as attended by video link when it was.
    fn virtually(&self, person: &Person, line: String) -> String {
        if self.virtual_attendance(person) {
            self.say(&Phrase::new(Key::AttendedVirtually).text("line", line))
        } else {
            line
        }
    }

    pub(super) fn present(&mut self) {
        let meeting = self.meeting;
        self.push(Block::Section(self.word(Key::Present)));
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
            if person.kind == PersonKind::Councillor && !self.substitute(person) {
                continue; // listed under ALSO PRESENT
            }
            match self.capacity(person) {
                Some(capacity) => {
                    let line = self.say(
                        &Phrase::new(Key::ChairLine)
                            .text("name", person.titled_name())
                            .text("capacity", capacity),
                    );
                    chair_lines.push((self.office(person), line));
                }
                None => others.push(person.name.clone()),
            }
        }
        chair_lines.sort_by_key(|(office, _)| match office {
            Office::Chair => 0,
            Office::ViceChair | Office::Member => 1,
        });
        for (_, line) in chair_lines {
            self.push(Block::Line(line));
        }
        if self.voice.style.settings.present_order == PresentOrder::Alphabetical {
            // By surname, the last word of the name: "D Clark" before "S Gardiner".
            others.sort_by_key(|name| {
                let surname = name.split_whitespace().last().unwrap_or_default();
                (surname.to_lowercase(), name.to_lowercase())
            });
        }
        let key = match others.len() {
            0 => None,
            1 => Some(Key::OneCouncillor),
            _ => Some(Key::Councillors),
        };
        if let Some(key) = key {
            self.say_paragraph(Phrase::new(key).text("names", and_list(&others)));
        }
        self.officers_and_others();
    }

    fn board_line(&self, person: &Person) -> String {
        let mut line = person.titled_name();
        if let Some(capacity) = self.capacity(person) {
            line.push_str(&format!(" ({capacity})"));
        }
        if let Some(detail) = person.role.as_ref().or(person.organisation.as_ref()) {
            line.push_str(&format!(", {detail}"));
        }
        self.virtually(person, line)
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
            .map(|p| self.virtually(p, line(p)))
            .collect();
        self.section(Block::Section(self.word(Key::Officers)), officers);
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
                    p.titled_name()
                } else {
                    line(p)
                };
                self.virtually(p, who)
            })
            .collect();
        self.section(Block::Section(self.word(Key::AlsoPresent)), also);
    }
}
