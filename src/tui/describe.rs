//! One line for each record, in the clerk's words, for the screen and for messages.

use crate::model::{
    Count, Event, InterestKind, Leaving, Meeting, MotionKind, NoteKind, Outcome, Record, Side,
    clock,
};

fn name(meeting: &Meeting, id: &str) -> String {
    meeting
        .person(id)
        .map_or_else(|| id.to_string(), |p| p.titled_name())
}

fn interest(kind: &InterestKind) -> String {
    match kind {
        InterestKind::DisclosablePecuniary => "a disclosable pecuniary interest".into(),
        InterestKind::OtherRegisterable => "an other registerable interest".into(),
        InterestKind::NonRegisterable => "a non-registerable interest".into(),
        InterestKind::Pecuniary => "a pecuniary interest".into(),
        InterestKind::NonPecuniary => "a non-pecuniary interest".into(),
        InterestKind::Personal => "a personal interest".into(),
        InterestKind::Unspecified => "an interest".into(),
        InterestKind::Described(words) => format!("an interest ({words})"),
    }
}

/// The count as the minutes would give it.
pub fn count(meeting: &Meeting, count: &Count, casting: Option<Side>) -> String {
    let result = match count.result(casting) {
        crate::model::VoteResult::Carried => "carried",
        crate::model::VoteResult::Lost => "lost",
        crate::model::VoteResult::Tied => "tied",
    };
    let casting = match casting {
        Some(Side::For) => "; the Chair's casting vote for",
        Some(Side::Against) => "; the Chair's casting vote against",
        None => "",
    };
    match count {
        Count::Unanimous => "unanimous — carried".into(),
        Count::ShowOfHands {
            in_favour,
            against,
            abstentions,
        } => format!(
            "{in_favour} for, {against} against, {abstentions} abstaining{casting} — {result}"
        ),
        Count::Recorded {
            in_favour,
            against,
            abstentions,
        } => {
            let names = |ids: &[crate::model::PersonId]| {
                if ids.is_empty() {
                    "none".to_string()
                } else {
                    ids.iter()
                        .map(|id| name(meeting, id))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            };
            format!(
                "recorded: for {}; against {}; abstaining {}{casting} — {result}",
                names(in_favour),
                names(against),
                names(abstentions)
            )
        }
    }
}

/// The record as one line, without its time.
pub fn record(meeting: &Meeting, index: usize, record: &Record) -> String {
    match &record.event {
        Event::Commenced => "The meeting commenced".into(),
        Event::Concluded => "The meeting concluded".into(),
        Event::Present { person } => format!("Present: {}", name(meeting, person)),
        Event::AttendingVirtually { person } => {
            format!("Attending virtually: {}", name(meeting, person))
        }
        Event::Apologies { person } => format!("Apologies: {}", name(meeting, person)),
        Event::Absent { person } => format!("Absent: {}", name(meeting, person)),
        Event::Substitute { person, for_member } => match for_member {
            Some(member) => format!(
                "Substitute: {} for {}",
                name(meeting, person),
                name(meeting, member)
            ),
            None => format!("Substitute: {}", name(meeting, person)),
        },
        Event::ArrivedLate { person } => format!("{} arrived late", name(meeting, person)),
        Event::InTheChair { person } => format!("{} in the Chair", name(meeting, person)),
        Event::Left { person, how } => {
            let how = match how {
                Leaving::DuringItem => "left the meeting",
                Leaving::BeforeDebateAndVote => "left the meeting ahead of the debate and vote",
                Leaving::DidNotReturn => "left the meeting and did not return",
            };
            format!("{} {how}", name(meeting, person))
        }
        Event::Returned { person } => format!("{} returned to the meeting", name(meeting, person)),
        Event::Declaration {
            person,
            items,
            kind,
            words,
            will_leave,
            ..
        } => {
            let items = if items.is_empty() {
                String::new()
            } else {
                let numbers: Vec<String> = items.iter().map(|id| meeting.item_number(id)).collect();
                format!(" in item {}", numbers.join(", "))
            };
            let late = if meeting.declaration_is_late(index) {
                " (late)"
            } else {
                ""
            };
            let leave = if *will_leave {
                "; will leave the room"
            } else {
                ""
            };
            format!(
                "{} declared {}{items}: {words}{leave}{late}",
                name(meeting, person),
                interest(kind)
            )
        }
        Event::Adjourned { reason } => match reason {
            Some(reason) => format!("Adjourned: {reason}"),
            None => "Adjourned".into(),
        },
        Event::Reconvened => "Reconvened".into(),
        Event::Note { kind, text, by } => {
            let kind = match kind {
                NoteKind::Narrative => "Note",
                NoteKind::Question => "Question",
                NoteKind::Comment => "Comment",
                NoteKind::Response => "Response",
            };
            match by {
                Some(by) => format!("{kind} ({}): {text}", name(meeting, by)),
                None => format!("{kind}: {text}"),
            }
        }
        Event::Action { text, owner } => match owner {
            Some(owner) => format!("Action ({}): {text}", name(meeting, owner)),
            None => format!("Action: {text}"),
        },
        Event::Motion {
            id,
            kind,
            text,
            mover,
            seconder,
        } => {
            let kind = match kind {
                MotionKind::Substantive => "Motion",
                MotionKind::FormalAmendment => "Amendment",
                MotionKind::FriendlyAmendment => "Friendly amendment",
            };
            let mut line = format!("{kind} [{id}]: {text}");
            if let Some(mover) = mover {
                line.push_str(&format!(" — moved by {}", name(meeting, mover)));
            }
            if let Some(seconder) = seconder {
                line.push_str(&format!(", seconded by {}", name(meeting, seconder)));
            }
            line
        }
        Event::MotionSettled { motion, outcome } => {
            let outcome = match outcome {
                Outcome::Carried => "carried",
                Outcome::Lost => "lost",
                Outcome::Withdrawn => "withdrawn",
                Outcome::Incorporated => "accepted into the motion",
            };
            format!("[{motion}] {outcome}")
        }
        Event::Vote {
            motion,
            count: figures,
            casting,
        } => {
            let on = motion
                .as_deref()
                .map_or_else(|| "the recommendations".to_string(), |m| format!("[{m}]"));
            format!("Vote on {on}: {}", count(meeting, figures, *casting))
        }
        Event::Resolved { preamble, clauses } => {
            let mut text = String::from("RESOLVED: ");
            if let Some(preamble) = preamble {
                text.push_str(preamble);
                text.push(' ');
            }
            fn flatten(clauses: &[crate::model::Clause], parts: &mut Vec<String>) {
                for clause in clauses {
                    parts.push(match &clause.label {
                        Some(label) => format!("{label} {}", clause.text),
                        None => clause.text.clone(),
                    });
                    flatten(&clause.clauses, parts);
                }
            }
            let mut parts = Vec::new();
            flatten(clauses, &mut parts);
            text.push_str(&parts.join(" "));
            text
        }
        Event::Excluded { paragraphs, .. } => {
            let list: Vec<String> = paragraphs.iter().map(u8::to_string).collect();
            format!(
                "Press and public excluded (Schedule 12A paragraph {})",
                list.join(", ")
            )
        }
        Event::Readmitted => "Press and public readmitted".into(),
    }
}

/// "10:35" or "--:--".
pub fn time(record: &Record) -> String {
    record.at.map_or_else(|| "--:--".to_string(), clock::format)
}
