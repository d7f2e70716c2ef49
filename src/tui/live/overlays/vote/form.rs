//! The vote form: who may vote on this item, and the figures or each member's vote, refusing
//! figures the room cannot have produced and asking for the casting vote on a tie.

use chrono::NaiveTime;

use crate::model::Kind;
use crate::model::kinds::motions::moved_under;
use crate::model::{Count, Event, ItemId, Meeting, MotionId, PersonId, Record, RecordId, Side};
use crate::tui::cursor::Cursor;
use crate::tui::live::forms::{time_text, typed_time};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteMode {
    Unanimous,
    ShowOfHands,
    Recorded,
    /// The votes were equal and their figures not given: the casting vote decides.
    Equal,
}

/// How one member voted in a recorded vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    For,
    Against,
    Abstain,
}

/// Where the keys go in the vote form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteFocus {
    Motion,
    InFavour,
    Against,
    Abstentions,
    Members,
    /// When the vote was taken.
    Time,
}

#[derive(Debug, Clone)]
pub struct VoteForm {
    pub item: Option<ItemId>,
    /// When the vote was taken, as typed: the clock's time to start with.
    pub time: String,
    pub editing: Option<RecordId>,
    /// The motions moved on the item, as (id, text); the first choice is the recommendations.
    pub motions: Vec<(MotionId, String)>,
    pub motion: usize,
    pub mode: VoteMode,
    pub figures: [String; 3],
    /// Members who may vote, as (id, name): those in the room with a vote, or every voting
    /// member when no attendance has been recorded.
    pub eligible: Vec<(PersonId, String)>,
    /// Whether attendance was recorded, so the room can say who could vote; minutes written up
    /// from notes often have none, and then no count is refused for the room it lacks.
    pub attendance_known: bool,
    pub ways: Vec<Option<Way>>,
    pub cursor: usize,
    pub focus: VoteFocus,
    pub casting: Option<Side>,
    pub error: Option<String>,
}

impl VoteForm {
    /// A vote at the end of the log (or correcting the vote `editing`), under `item`.
    pub fn new(
        meeting: &Meeting,
        item: Option<ItemId>,
        at: Option<NaiveTime>,
        editing: Option<RecordId>,
    ) -> VoteForm {
        let position = editing
            .and_then(|id| meeting.record_index(id))
            .unwrap_or(meeting.records.len());
        let room = meeting.room_after(position);
        let attendance_known = room.attendance_recorded();
        let eligible: Vec<(PersonId, String)> = if attendance_known {
            room.eligible_voters(item.as_deref())
        } else {
            meeting
                .people
                .iter()
                .filter(|p| p.is_voting_member())
                .collect()
        }
        .into_iter()
        .map(|p| (p.id.clone(), p.titled_name()))
        .collect();
        let mut motions = moved_under(meeting, item.as_deref());
        motions.retain(|(id, _)| {
            // Only motions moved before this vote.
            meeting.records[..position.min(meeting.records.len())]
                .iter()
                .any(|r| matches!(&r.event, Event::Motion { id: m, .. } if m == id))
        });
        // The vote is most likely on the last motion still undecided.
        let decided = |id: &str| {
            meeting.records[..position.min(meeting.records.len())]
                .iter()
                .any(|r| r.event.view().motions().refers_to.is_some_and(|m| m == id))
        };
        let open = motions
            .iter()
            .rposition(|(id, _)| !decided(id))
            .map_or(0, |i| i + 1);
        // At a budget meeting the law asks for a recorded vote, so the form offers one first.
        let mode = if meeting.budget {
            VoteMode::Recorded
        } else {
            VoteMode::Unanimous
        };
        let mut form = VoteForm {
            item,
            time: time_text(at),
            editing,
            motion: open,
            motions,
            mode,
            figures: Default::default(),
            ways: vec![None; eligible.len()],
            eligible,
            attendance_known,
            cursor: 0,
            focus: if meeting.budget {
                VoteFocus::Members
            } else {
                VoteFocus::Motion
            },
            casting: None,
            error: None,
        };
        if let Some(Record {
            at,
            event:
                Event::Vote {
                    motion,
                    count,
                    casting,
                },
            ..
        }) = editing.and_then(|id| meeting.record(id))
        {
            form.time = time_text(*at);
            form.casting = *casting;
            form.motion = motion
                .as_ref()
                .and_then(|m| {
                    form.motions
                        .iter()
                        .position(|(id, _)| id == m)
                        .map(|i| i + 1)
                })
                .unwrap_or(0);
            form.load_count(count);
        }
        form
    }

    fn load_count(&mut self, count: &Count) {
        match count {
            Count::Unanimous => self.mode = VoteMode::Unanimous,
            Count::Equal => self.mode = VoteMode::Equal,
            Count::ShowOfHands {
                in_favour,
                against,
                abstentions,
                named_against,
                named_abstaining,
            } => {
                self.mode = VoteMode::ShowOfHands;
                self.figures = [
                    in_favour.to_string(),
                    against.to_string(),
                    abstentions.to_string(),
                ];
                for (index, (id, _)) in self.eligible.iter().enumerate() {
                    self.ways[index] = if named_against.contains(id) {
                        Some(Way::Against)
                    } else if named_abstaining.contains(id) {
                        Some(Way::Abstain)
                    } else {
                        None
                    };
                }
            }
            Count::Recorded {
                in_favour,
                against,
                abstentions,
            } => {
                self.mode = VoteMode::Recorded;
                for (index, (id, _)) in self.eligible.iter().enumerate() {
                    self.ways[index] = if in_favour.contains(id) {
                        Some(Way::For)
                    } else if against.contains(id) {
                        Some(Way::Against)
                    } else if abstentions.contains(id) {
                        Some(Way::Abstain)
                    } else {
                        None
                    };
                }
            }
        }
    }

    /// The fields the focus moves through in the current mode.
    fn stops(&self) -> Vec<VoteFocus> {
        let mut stops = vec![VoteFocus::Motion];
        match self.mode {
            VoteMode::Unanimous | VoteMode::Equal => {}
            // After the figures, those against and abstaining may be named.
            VoteMode::ShowOfHands => stops.extend([
                VoteFocus::InFavour,
                VoteFocus::Against,
                VoteFocus::Abstentions,
                VoteFocus::Members,
            ]),
            VoteMode::Recorded => stops.push(VoteFocus::Members),
        }
        stops.push(VoteFocus::Time);
        stops
    }

    pub fn set_mode(&mut self, mode: VoteMode) {
        self.mode = mode;
        self.error = None;
        self.focus = match mode {
            VoteMode::Unanimous | VoteMode::Equal => VoteFocus::Motion,
            VoteMode::ShowOfHands => VoteFocus::InFavour,
            VoteMode::Recorded => VoteFocus::Members,
        };
    }

    pub fn next_field(&mut self, forward: bool) {
        let stops = self.stops();
        let at = stops.iter().position(|s| *s == self.focus).unwrap_or(0);
        let count = stops.len();
        self.focus = stops[if forward {
            (at + 1) % count
        } else {
            (at + count - 1) % count
        }];
    }

    pub fn step(&mut self, forward: bool) {
        match self.focus {
            // The first choice is the recommendations, then each motion.
            VoteFocus::Motion => {
                self.motion = wrapped(self.motion, forward, self.motions.len() + 1)
            }
            VoteFocus::Members => self.cursor = wrapped(self.cursor, forward, self.eligible.len()),
            _ => {}
        }
    }

    /// Records how the member under the cursor voted, and moves to the next member. On a show
    /// of hands only those against and abstaining are named; the figures count everyone.
    pub fn mark(&mut self, way: Option<Way>) {
        let named_on_show = self.mode == VoteMode::ShowOfHands && way != Some(Way::For);
        if !(self.mode == VoteMode::Recorded || named_on_show) || self.eligible.is_empty() {
            return;
        }
        self.focus = VoteFocus::Members;
        if let Some(slot) = self.ways.get_mut(self.cursor) {
            *slot = way;
        }
        if self.cursor + 1 < self.eligible.len() {
            self.cursor += 1;
        }
        self.error = None;
    }

    /// Typing a digit or deleting one in a figure, or in the time.
    pub fn type_figure(&mut self, digit: Option<char>) {
        let index = match self.focus {
            VoteFocus::InFavour => 0,
            VoteFocus::Against => 1,
            VoteFocus::Abstentions => 2,
            VoteFocus::Time => {
                match digit {
                    Some(c) if self.time.len() < 8 => self.time.push(c),
                    Some(_) => {}
                    None => {
                        self.time.pop();
                    }
                }
                self.error = None;
                return;
            }
            VoteFocus::Motion | VoteFocus::Members => return,
        };
        let figure = &mut self.figures[index];
        match digit {
            Some(d) if figure.len() < 4 => figure.push(d),
            Some(_) => {}
            None => {
                figure.pop();
            }
        }
        self.error = None;
    }

    /// The figures as they stand: for, against, abstaining.
    pub fn tally(&self) -> Option<(u32, u32, u32)> {
        self.count().figures()
    }

    fn count(&self) -> Count {
        let figure = |i: usize| self.figures[i].parse::<u32>().unwrap_or(0);
        let named = |way: Way| -> Vec<PersonId> {
            self.eligible
                .iter()
                .zip(&self.ways)
                .filter(|(_, w)| **w == Some(way))
                .map(|((id, _), _)| id.clone())
                .collect()
        };
        match self.mode {
            VoteMode::Unanimous => Count::Unanimous,
            VoteMode::Equal => Count::Equal,
            VoteMode::ShowOfHands => Count::ShowOfHands {
                in_favour: figure(0),
                against: figure(1),
                abstentions: figure(2),
                named_against: named(Way::Against),
                named_abstaining: named(Way::Abstain),
            },
            VoteMode::Recorded => Count::Recorded {
                in_favour: named(Way::For),
                against: named(Way::Against),
                abstentions: named(Way::Abstain),
            },
        }
    }

    /// Equal votes call for the Chair's casting vote, with their figures or without; none
    /// cast yet (0 to 0) do not.
    pub fn needs_casting_vote(&self) -> bool {
        let count = self.count();
        count == Count::Equal
            || (count.is_tied() && count.figures().is_some_and(|(f, a, _)| f + a > 0))
    }

    /// The vote record, or why the figures cannot stand.
    pub fn submit(&self) -> Result<Record, String> {
        let count = self.count();
        let eligible: Vec<&str> = self.eligible.iter().map(|(id, _)| id.as_str()).collect();
        let known = self.attendance_known.then_some(eligible.as_slice());
        if let Some(misfit) = count.misfits(known).first() {
            let name = |id: &str| {
                self.eligible
                    .iter()
                    .find(|(e, _)| e == id)
                    .map_or_else(|| id.to_string(), |(_, name)| name.clone())
            };
            return Err(misfit.describe(&name));
        }
        if count.figures().is_some_and(|(f, a, s)| f + a + s == 0) {
            return Err("no votes are recorded yet".into());
        }
        let casting = if count.is_tied() {
            Some(self.casting.ok_or(
                "the votes are equal: the Chair's casting vote is needed (F for, A against)",
            )?)
        } else {
            None
        };
        let at = typed_time(&self.time).map_err(|e| format!("Time: {e}"))?;
        let mut record = Record::new(
            at,
            self.item.clone(),
            Event::Vote {
                motion: self
                    .motion
                    .checked_sub(1)
                    .and_then(|i| self.motions.get(i))
                    .map(|(id, _)| id.clone()),
                count,
                casting,
            },
        );
        if let Some(id) = self.editing {
            record.id = id;
        }
        Ok(record)
    }
}

/// One along a list of `len` from `at`, round from one end to the other.
fn wrapped(at: usize, forward: bool, len: usize) -> usize {
    let mut cursor = Cursor::at(at);
    cursor.wrap(forward, len);
    cursor.at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(eligible: usize) -> VoteForm {
        VoteForm {
            item: Some("5".into()),
            time: String::new(),
            editing: None,
            motions: vec![("motion-1".into(), "That ...".into())],
            motion: 1,
            mode: VoteMode::Unanimous,
            figures: Default::default(),
            eligible: (0..eligible)
                .map(|i| (format!("m{i}").into(), format!("M {i}")))
                .collect(),
            ways: vec![None; eligible],
            attendance_known: true,
            cursor: 0,
            focus: VoteFocus::Motion,
            casting: None,
            error: None,
        }
    }

    #[test]
    fn figures_beyond_those_who_may_vote_are_refused() {
        let mut vote = form(5);
        vote.set_mode(VoteMode::ShowOfHands);
        vote.type_figure(Some('4'));
        vote.next_field(true);
        vote.type_figure(Some('2'));
        assert_eq!(
            vote.submit().expect_err("refused"),
            "6 votes were counted, but only 5 members could vote at this point"
        );
        vote.type_figure(None);
        vote.type_figure(Some('1'));
        let record = vote.submit().expect("accepted");
        assert!(matches!(
            record.event,
            Event::Vote { count: Count::ShowOfHands { in_favour: 4, against: 1, abstentions: 0, .. }, motion: Some(ref m), .. } if m == "motion-1"
        ));
    }

    #[test]
    fn equal_votes_without_figures_take_only_the_casting_vote() {
        let mut vote = form(4);
        vote.set_mode(VoteMode::Equal);
        assert!(vote.needs_casting_vote());
        assert!(
            vote.submit()
                .expect_err("needs casting")
                .contains("casting vote")
        );
        vote.casting = Some(Side::Against);
        let record = vote.submit().expect("accepted");
        assert!(matches!(
            record.event,
            Event::Vote {
                casting: Some(Side::Against),
                count: Count::Equal,
                ..
            }
        ));
    }

    #[test]
    fn a_tie_asks_for_the_casting_vote() {
        let mut vote = form(4);
        vote.set_mode(VoteMode::Recorded);
        vote.mark(Some(Way::For));
        vote.mark(Some(Way::For));
        vote.mark(Some(Way::Against));
        vote.mark(Some(Way::Against));
        assert!(vote.needs_casting_vote());
        assert!(
            vote.submit()
                .expect_err("needs casting")
                .contains("casting vote")
        );
        vote.casting = Some(Side::Against);
        let record = vote.submit().expect("accepted");
        assert!(matches!(
            record.event,
            Event::Vote { casting: Some(Side::Against), count: Count::Recorded { ref in_favour, .. }, .. } if in_favour == &vec!["m0".to_string(), "m1".to_string()]
        ));
    }
}
