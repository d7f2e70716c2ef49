//! Who is in the room: attendance, movements, quorum and who may vote, worked out from the log.
//! Nothing here is stored; it is recomputed from the records so it can never disagree with them.

use std::collections::{HashMap, HashSet};

use chrono::NaiveTime;

use super::{ItemId, Kind, Meeting, Office, Person, PersonId, PersonKind, Record};

/// How a person is recorded as attending.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Attendance {
    /// Nothing recorded yet.
    #[default]
    NotRecorded,
    Present,
    /// By video link: listed as attending, never counted in the room.
    Virtual,
    Apologies,
    Absent,
    /// Attending in place of a member.
    Substitute {
        for_member: Option<PersonId>,
    },
}

/// One person's standing at a point in the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Standing {
    pub attendance: Attendance,
    /// Physically in the room now.
    pub in_room: bool,
    /// Arrived after the meeting began.
    pub late: bool,
    /// The office held now: as the file lists it, until an appointment at the meeting.
    pub office: Office,
    /// Appointed to an office at this meeting.
    pub appointed_here: bool,
    /// Co-opted later in this meeting, and until then not yet a member: no vote, not counted
    /// for the quorum, not a councillor.
    pub awaiting_co_option: bool,
}

/// Everyone's standing at one point in the log, in the order of `Meeting::people`. Built by
/// applying records one at a time, so a walk through the whole log costs one pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Room<'m> {
    meeting: &'m Meeting,
    index_of: HashMap<&'m str, usize>,
    standings: Vec<Standing>,
    /// (person, item) pairs for interests that bar the member from the item's vote.
    barred: HashSet<(PersonId, ItemId)>,
    /// (person, application reference) pairs for interests in one planning application, which
    /// bar the member from that application's business only.
    barred_applications: HashSet<(PersonId, String)>,
    /// The planning application now being taken under each item.
    taking: HashMap<ItemId, String>,
    /// The item of the record being applied, for the records that act on their item.
    at_item: Option<ItemId>,
}

/// What a room holds apart from the meeting it belongs to: kept between changes, so that a
/// frame need not walk the whole log to know who is in the room.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RoomState {
    standings: Vec<Standing>,
    barred: HashSet<(PersonId, ItemId)>,
    barred_applications: HashSet<(PersonId, String)>,
    taking: HashMap<ItemId, String>,
}

impl<'m> Room<'m> {
    /// What the room holds, to be kept and restored later for the same meeting.
    pub fn state(&self) -> RoomState {
        RoomState {
            standings: self.standings.clone(),
            barred: self.barred.clone(),
            barred_applications: self.barred_applications.clone(),
            taking: self.taking.clone(),
        }
    }

    /// The room as it was kept, for the meeting it was kept from: as cheap as the people
    /// are few, however long the log.
    pub fn restored(meeting: &'m Meeting, state: &RoomState) -> Self {
        let mut room = Room::unmarked(meeting);
        if state.standings.len() == room.standings.len() {
            room.standings.clone_from(&state.standings);
            room.barred.clone_from(&state.barred);
            room.barred_applications
                .clone_from(&state.barred_applications);
            room.taking.clone_from(&state.taking);
        }
        room
    }

    /// The room before anything has been recorded: those the meeting co-opts are not yet
    /// members.
    pub fn empty(meeting: &'m Meeting) -> Self {
        let mut room = Room::unmarked(meeting);
        for record in &meeting.records {
            if let super::Event::CoOpted { person, .. } = &record.event
                && let Some(standing) = room.standing_mut(person)
            {
                standing.awaiting_co_option = true;
            }
        }
        room
    }

    /// Everyone with no standing yet, and nobody known to be co-opted later: the start of a
    /// room whose standings are then put in place.
    fn unmarked(meeting: &'m Meeting) -> Self {
        Room {
            meeting,
            index_of: meeting
                .people
                .iter()
                .enumerate()
                .map(|(index, person)| (person.id.as_str(), index))
                .collect(),
            standings: meeting
                .people
                .iter()
                .map(|person| Standing {
                    office: person.office,
                    ..Standing::default()
                })
                .collect(),
            barred: HashSet::new(),
            barred_applications: HashSet::new(),
            taking: HashMap::new(),
            at_item: None,
        }
    }

    /// The standing of the person with this id.
    pub fn standing(&self, id: &str) -> Option<&Standing> {
        self.standings.get(*self.index_of.get(id)?)
    }

    /// Everyone with their standing.
    pub fn everyone(&self) -> impl Iterator<Item = (&'m Person, &Standing)> + '_ {
        self.meeting.people.iter().zip(&self.standings)
    }

    /// People physically in the room.
    pub fn in_room(&self) -> impl Iterator<Item = &'m Person> + '_ {
        self.everyone()
            .filter(|(_, standing)| standing.in_room)
            .map(|(person, _)| person)
    }

    /// People in the room who hold a vote: voting members and substitutes for members.
    pub fn voters_in_room(&self) -> impl Iterator<Item = &'m Person> + '_ {
        self.everyone()
            .filter(|(person, standing)| standing.in_room && holds_vote(person, standing))
            .map(|(person, _)| person)
    }

    /// Whether the attendance of any member has been recorded: until it has, the room cannot
    /// say who could vote (minutes written up from notes often have no roll).
    pub fn attendance_recorded(&self) -> bool {
        self.everyone().any(|(person, standing)| {
            person.kind == PersonKind::Member && standing.attendance != Attendance::NotRecorded
        })
    }

    /// Whether enough voters are in the room to do business.
    pub fn is_quorate(&self, quorum: u32) -> bool {
        u32::try_from(self.voters_in_room().count()).unwrap_or(u32::MAX) >= quorum
    }

    /// True when the person has declared an interest that bars them from the vote now being
    /// taken under the item: an interest in the item, in the item it is a part of, or in the
    /// planning application being taken under it.
    pub fn is_barred(&self, person_id: &str, item_id: &str) -> bool {
        self.barred_from(person_id, item_id).is_some()
    }

    /// What bars the person from the business now being taken under the item, if anything:
    /// "this item", or the application by its reference ("application 26/00210/FUL").
    pub fn barred_from(&self, person_id: &str, item_id: &str) -> Option<String> {
        let barred = |item: &str| {
            self.barred
                .contains(&(PersonId::from(person_id), ItemId::from(item)))
        };
        let in_item = barred(item_id)
            || self
                .meeting
                .part_of_item(item_id)
                .is_some_and(|parent| barred(parent.as_str()));
        if in_item {
            return Some("this item".into());
        }
        let taken = self.taking.get(item_id)?;
        self.barred_applications
            .iter()
            .any(|(person, reference)| person == person_id && reference == taken)
            .then(|| format!("application {taken}"))
    }

    /// The standing of the person with this id, for a record to change.
    pub fn standing_mut(&mut self, id: &str) -> Option<&mut Standing> {
        let index = *self.index_of.get(id)?;
        self.standings.get_mut(index)
    }

    /// Gives the member the office from now on; whoever held it holds it no longer.
    /// Whether the meeting is held remotely, where those attending by video are at it.
    pub fn is_remote(&self) -> bool {
        self.meeting.remote
    }

    /// Seats a newly co-opted member: from now on a member, in the room with a vote.
    pub fn co_opt(&mut self, person: &str) {
        if let Some(standing) = self.standing_mut(person) {
            standing.attendance = Attendance::Present;
            standing.in_room = true;
            standing.awaiting_co_option = false;
        }
    }

    /// Gives the person the office. Whoever held it before the meeting no longer does; a
    /// second Vice-Chair appointed at the same meeting serves beside the first (a council with
    /// two Vice-Chairmen), while a second Chair replaces the first.
    pub fn appoint(&mut self, person: &str, office: Office) {
        if office != Office::Member {
            for standing in &mut self.standings {
                let beside = office == Office::ViceChair && standing.appointed_here;
                if standing.office == office && !beside {
                    standing.office = Office::Member;
                }
            }
        }
        if let Some(standing) = self.standing_mut(person) {
            standing.office = office;
            standing.appointed_here = true;
        }
    }

    /// The person who holds the office now, if anyone.
    pub fn holder(&self, office: Office) -> Option<&'m Person> {
        self.everyone()
            .find(|(_, standing)| standing.office == office)
            .map(|(person, _)| person)
    }

    /// Bars the member from the item's vote, for an interest they declared.
    pub fn bar(&mut self, person: &PersonId, item: &ItemId) {
        self.barred.insert((person.clone(), item.clone()));
    }

    /// Bars the member from the business of one planning application, wherever it is taken.
    pub fn bar_application(&mut self, person: &PersonId, reference: &str) {
        self.barred_applications
            .insert((person.clone(), reference.trim().to_string()));
    }

    /// A planning application taken under the item of the record being applied: what follows
    /// under that item is its business, until the next.
    pub fn take_application(&mut self, reference: &str) {
        if let Some(item) = self.at_item.clone() {
            self.taking.insert(item, reference.trim().to_string());
        }
    }

    /// Who may vote on the item now: in the room, holding a vote, and not barred by an interest.
    pub fn eligible_voters(&self, item_id: Option<&str>) -> Vec<&'m Person> {
        self.voters_in_room()
            .filter(|person| !item_id.is_some_and(|item| self.is_barred(&person.id, item)))
            .collect()
    }

    /// Moves the room on past one record.
    pub fn apply(&mut self, record: &'m Record) {
        self.at_item.clone_from(&record.item);
        record.event.view().enter(self);
    }
}

/// Whether someone votes at this meeting: a voting member, or a substitute for one.
fn holds_vote(person: &Person, standing: &Standing) -> bool {
    (person.is_voting_member() && !standing.awaiting_co_option)
        || matches!(standing.attendance, Attendance::Substitute { .. })
}

impl Meeting {
    /// Everyone's standing after the first `count` records of the log.
    pub fn room_after(&self, count: usize) -> Room<'_> {
        let mut room = Room::empty(self);
        for record in self.records.iter().take(count) {
            room.apply(record);
        }
        room
    }

    /// Everyone's standing once the whole log has happened.
    pub fn room_now(&self) -> Room<'_> {
        self.room_after(self.records.len())
    }

    /// Everyone's standing at a clock time: after the last record logged at or before it.
    /// Records without a time count as happening with the record before them.
    pub fn room_at_time(&self, time: NaiveTime) -> Room<'_> {
        let count = self
            .records
            .iter()
            .rposition(|record| record.at.is_some_and(|at| at <= time))
            .map_or(0, |index| {
                // Carry on through untimed records that follow the last timed one.
                let mut end = index + 1;
                while self.records.get(end).is_some_and(|r| r.at.is_none()) {
                    end += 1;
                }
                end
            });
        self.room_after(count)
    }

    /// The ids of everyone in the room at any point while the item was being considered.
    pub fn in_room_for_item(&self, item_id: &str) -> Vec<&str> {
        fn note<'m>(room: &Room<'m>, ids: &mut Vec<&'m str>) {
            for person in room.in_room() {
                if !ids.contains(&person.id.as_str()) {
                    ids.push(person.id.as_str());
                }
            }
        }
        let mut ids: Vec<&str> = Vec::new();
        let mut room = Room::empty(self);
        for record in &self.records {
            let during = record.item.as_deref() == Some(item_id);
            // The room as the record happened, and just after it.
            if during {
                note(&room, &mut ids);
            }
            room.apply(record);
            if during {
                note(&room, &mut ids);
            }
        }
        ids
    }

    /// Members needed in the room to do business.
    pub fn quorum(&self) -> u32 {
        if let Some(quorum) = self.body.quorum {
            return quorum;
        }
        let voting = self.people.iter().filter(|p| p.is_voting_member()).count();
        let quarter = u32::try_from(voting.div_ceil(4)).unwrap_or(u32::MAX);
        quarter.max(3)
    }

    /// Whether enough voters are in the room after the first `count` records.
    pub fn quorate_after(&self, count: usize) -> bool {
        self.room_after(count).is_quorate(self.quorum())
    }

    /// Who may vote at the record with this index, on the item it is under: in the room, holding
    /// a vote, and not barred by a pecuniary interest declared in the item before then.
    pub fn eligible_voters(&self, record_index: usize) -> Vec<&Person> {
        let item = self
            .records
            .get(record_index)
            .and_then(|record| record.item.as_deref());
        self.room_after(record_index).eligible_voters(item)
    }

    /// True when the person declared an interest in the item, before the given record, of a
    /// kind that bars them from the debate and vote.
    pub fn barred_by_interest(&self, person_id: &str, item_id: &str, before: usize) -> bool {
        // The room keeps the barring interests as it goes; one rule, in one place.
        self.room_after(before).is_barred(person_id, item_id)
    }
}
