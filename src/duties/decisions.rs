//! The written record of each decision an executive (a cabinet) makes at a meeting, which the
//! law asks for as soon as reasonably practicable (regulation 12 of the Local Authorities
//! (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012):
//! the decision and its date, the reasons, the options considered and rejected, any conflict of
//! interest declared and any dispensation; with the date after which it may be carried out,
//! once the five clear working days for call-in have passed. In the house style's words.

use chrono::NaiveDate;

use super::working_days::working_days_after;
use crate::minutes::style::{Style, Voice};
use crate::minutes::wording::with_article;
use crate::minutes::{Block, Document, said_blocks};
use crate::model::kinds::View;
use crate::model::said::{Key, Phrase, Slot};
use crate::model::{Event, InMinute, Kind, Meeting, Record};

/// The working days after publication before a decision may be carried out: the five clear
/// working days of the call-in period, and the next.
const CALL_IN_DAYS: u32 = 5;

/// The day a decision published on `published` may be carried out, unless called in: the
/// working day after five clear working days.
pub fn may_be_implemented(published: NaiveDate) -> NaiveDate {
    working_days_after(published, CALL_IN_DAYS + 1)
}

/// The records of the meeting's decisions, from its public record, as published on
/// `published`; none when the meeting took none.
pub fn decision_records(meeting: &Meeting, style: &Style, published: NaiveDate) -> Document {
    let public = meeting.public_record();
    let meeting: &Meeting = &public;
    let voice = Voice::new(meeting, style);
    let title = voice.say(
        &Phrase::new(Key::DecisionRecordTitle)
            .text("body", meeting.body.name.clone())
            .text("the_body", with_article(&meeting.body.name)),
    );
    let mut blocks = vec![
        Block::Heading {
            text: title.clone(),
            subtitle: String::new(),
        },
        Block::Paragraph(voice.long_date(meeting.date)),
    ];
    blocks.push(Block::Paragraph(voice.word(Key::DecisionRecordLaw)));
    let order = style.settings.order;
    let minutes = meeting.minutes_as(order);
    for index in meeting.minute_order_as(order) {
        let item = &meeting.agenda[index];
        let records: Vec<&Record> = meeting
            .records
            .iter()
            .filter(|r| r.item.as_deref() == Some(item.id.as_str()))
            .collect();
        for (at, record) in records.iter().enumerate() {
            if !matches!(record.event, Event::Resolved { .. }) {
                continue;
            }
            let reference = crate::minutes::reference(&voice, index, minutes[index]);
            blocks.push(Block::Section(
                voice.say(
                    &Phrase::new(Key::NoticeItem)
                        .text("reference", reference)
                        .maybe("item", item.number.clone().map(Slot::Text))
                        .text("title", item.title.clone()),
                ),
            ));
            blocks.extend(record_of(&voice, &records, at, published));
        }
    }
    Document {
        title: format!("{title}, {}", voice.short_date(meeting.date)),
        running_head: title,
        page_footer: crate::minutes::page_footer(&voice),
        author: crate::minutes::author(meeting),
        confidential: None,
        blocks,
    }
}

/// One decision's record: who made it and when, the decision, its reasons and the options
/// rejected, the conflicts of interest and dispensations, and when it may be carried out.
fn record_of(
    voice: &Voice<'_>,
    records: &[&Record],
    at: usize,
    published: NaiveDate,
) -> Vec<Block> {
    let meeting = voice.meeting;
    let Event::Resolved {
        reasons, rejected, ..
    } = &records[at].event
    else {
        return Vec::new();
    };
    let line = |label: Key, text: String| {
        Block::Line(
            voice.say(
                &Phrase::new(Key::DecisionRecordLine)
                    .text("label", voice.word(label))
                    .text("text", text),
            ),
        )
    };
    let or_not_recorded = |text: &Option<String>| {
        text.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map_or_else(
                || voice.word(Key::DecisionRecordNotRecorded),
                str::to_string,
            )
    };
    let mut blocks = vec![
        line(Key::DecisionRecordMaker, meeting.body.name.clone()),
        line(Key::DecisionRecordDate, voice.short_date(meeting.date)),
    ];
    // The decision as the minutes word it, with the vote that carried it; the reasons and
    // options follow under their own labels.
    let said: Vec<_> = records[at]
        .event
        .view()
        .said(&InMinute {
            meeting,
            records,
            at,
        })
        .into_iter()
        .filter(|s| {
            !matches!(s, crate::model::said::Said::Paragraph(p)
                if matches!(p.key, Key::DecisionReasons | Key::DecisionRejected))
        })
        .collect();
    blocks.extend(said_blocks(voice, said));
    blocks.push(line(Key::DecisionRecordReasons, or_not_recorded(reasons)));
    blocks.push(line(Key::DecisionRecordRejected, or_not_recorded(rejected)));
    let (conflicts, dispensations) = conflicts(voice, records, at);
    let none = || voice.word(Key::NoticeNone);
    blocks.push(line(
        Key::DecisionRecordConflicts,
        if conflicts.is_empty() {
            none()
        } else {
            conflicts.join(" ")
        },
    ));
    blocks.push(line(
        Key::DecisionRecordDispensations,
        if dispensations.is_empty() {
            none()
        } else {
            dispensations.join(" ")
        },
    ));
    blocks.push(line(
        Key::DecisionRecordPublished,
        voice.short_date(published),
    ));
    blocks.push(line(
        Key::DecisionRecordFrom,
        voice.say(
            &Phrase::new(Key::DecisionRecordCallIn)
                .with("date", Slot::Date(may_be_implemented(published))),
        ),
    ));
    blocks
}

/// The declarations of interest in the decision's item (made under it, or naming it), and the
/// dispensations those who declared them held.
fn conflicts(voice: &Voice<'_>, records: &[&Record], at: usize) -> (Vec<String>, Vec<String>) {
    let meeting = voice.meeting;
    let item = records[at].item.as_ref();
    let mut conflicts = Vec::new();
    let mut dispensations = Vec::new();
    for record in &meeting.records {
        let View::Declaration(declaration) = record.event.view() else {
            continue;
        };
        let about = record.item.as_ref() == item
            || item.is_some_and(|item| declaration.items.contains(item));
        if !about {
            continue;
        }
        let sentence = declaration.sentence(
            meeting,
            std::slice::from_ref(declaration.person),
            false,
            true,
        );
        conflicts.push(voice.say(&sentence));
        if let Some(granted) = declaration
            .dispensation
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            dispensations.push(
                voice.say(
                    &Phrase::new(Key::DeclarationDispensation)
                        .with("who", Slot::People(vec![declaration.person.clone()]))
                        .text("dispensation", granted.trim_end_matches('.')),
                ),
            );
        }
    }
    (conflicts, dispensations)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a date")
    }

    #[test]
    fn a_decision_may_be_carried_out_after_five_clear_working_days() {
        // Published Monday 2 March 2026: Tuesday 3 to Monday 9 March are the five clear days.
        assert_eq!(may_be_implemented(date(2026, 3, 2)), date(2026, 3, 10));
        // Published Tuesday 31 March 2026, across Easter: Wed 1, Thu 2, Tue 7, Wed 8, Thu 9.
        assert_eq!(may_be_implemented(date(2026, 3, 31)), date(2026, 4, 10));
    }
}
