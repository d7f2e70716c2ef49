//! The note of a meeting a community or town council in Wales must publish within seven working
//! days (paragraph 26ZA of Schedule 12 to the Local Government Act 1972, inserted by the Local
//! Government and Elections (Wales) Act 2021): the members present, the apologies, the
//! declarations of interest, and each decision with the outcome of any vote, leaving out what
//! was decided in private. In the house style's words, in English and, where the style gives
//! them, in Welsh after it.

use crate::minutes::style::{Style, Voice};
use crate::minutes::wording::{venue_with_article, with_article};
use crate::minutes::{Block, Document, said_blocks};
use crate::model::kinds::View;
use crate::model::said::{Key, Phrase, Slot};
use crate::model::{Attendance, Event, InMinute, Kind, Meeting, Part, PersonKind, Record};

/// The notice of the meeting's decisions, from its public record.
pub fn notice(meeting: &Meeting, style: &Style) -> Document {
    let public = meeting.public_record();
    let voice = Voice::new(&public, style);
    let title = voice.say(&title(&public));
    let mut blocks = part(&public, style);
    if let Some(welsh) = style.welsh() {
        blocks.extend(part(&public, &welsh));
    }
    Document {
        title: format!("{title}, {}", voice.short_date(public.date)),
        running_head: title,
        page_footer: crate::minutes::page_footer(&voice),
        author: crate::minutes::author(&public),
        confidential: None,
        blocks,
    }
}

fn title(meeting: &Meeting) -> Phrase {
    Phrase::new(Key::NoticeTitle)
        .text("body", meeting.body.name.clone())
        .text("the_body", with_article(&meeting.body.name))
}

/// The notice in one language.
fn part(meeting: &Meeting, style: &Style) -> Vec<Block> {
    let voice = Voice::new(meeting, style);
    let started = meeting.opening_and_closing().0.or(meeting.time);
    let mut blocks = vec![
        Block::Heading {
            text: voice.say(&title(meeting)),
            subtitle: String::new(),
        },
        Block::Paragraph(
            voice.say(
                &Phrase::new(Key::NoticeHeldOn)
                    .text("date", voice.long_date(meeting.date))
                    .maybe("time", started.map(Slot::Time))
                    .text("venue", meeting.venue.clone())
                    .text("the_venue", venue_with_article(&meeting.venue)),
            ),
        ),
        Block::Paragraph(voice.word(Key::NoticeLaw)),
    ];
    let room = meeting.room_now();
    let present: Vec<String> = room
        .everyone()
        .filter(|(person, standing)| {
            matches!(person.kind, PersonKind::Member | PersonKind::Councillor)
                && matches!(
                    standing.attendance,
                    Attendance::Present | Attendance::Virtual | Attendance::Substitute { .. }
                )
        })
        .map(|(person, _)| voice.person(person))
        .collect();
    let apologies: Vec<String> = room
        .everyone()
        .filter(|(_, standing)| standing.attendance == Attendance::Apologies)
        .map(|(person, _)| voice.person(person))
        .collect();
    list(&mut blocks, &voice, Key::NoticePresent, present);
    list(&mut blocks, &voice, Key::NoticeApologies, apologies);
    blocks.push(Block::Section(voice.word(Key::NoticeDeclarations)));
    let declared = declarations(meeting, &voice);
    if declared.is_empty() {
        blocks.push(Block::Paragraph(voice.word(Key::NoticeNone)));
    }
    blocks.extend(declared.into_iter().map(Block::Paragraph));
    blocks.push(Block::Section(voice.word(Key::NoticeDecisions)));
    let decided = decisions(meeting, &voice);
    if decided.is_empty() {
        blocks.push(Block::Paragraph(voice.word(Key::NoticeNone)));
    }
    blocks.extend(decided);
    blocks
}

/// A heading and a line for each thing under it, or "None."
fn list(blocks: &mut Vec<Block>, voice: &Voice<'_>, heading: Key, lines: Vec<String>) {
    blocks.push(Block::Section(voice.word(heading)));
    if lines.is_empty() {
        blocks.push(Block::Paragraph(voice.word(Key::NoticeNone)));
    }
    blocks.extend(lines.into_iter().map(Block::Line));
}

/// Each declaration made in public, as the minutes word it; one about business taken in
/// private without its detail.
fn declarations(meeting: &Meeting, voice: &Voice<'_>) -> Vec<String> {
    let parts = meeting.parts();
    let private = meeting.private_records();
    meeting
        .records
        .iter()
        .zip(private)
        .filter(|(_, private)| !private)
        .filter_map(|(record, _)| {
            let View::Declaration(declaration) = record.event.view() else {
                return None;
            };
            let about_private = !declaration.items.is_empty()
                && declaration.items.iter().all(|id| {
                    meeting
                        .item_index(id)
                        .is_some_and(|i| parts.get(i) == Some(&Part::Two))
                });
            let phrase = declaration.sentence(
                meeting,
                std::slice::from_ref(declaration.person),
                about_private,
                false,
            );
            Some(voice.say(&phrase))
        })
        .collect()
}

/// Each item's decisions and the outcome of each vote on it, under the item's heading, in the
/// order the minutes follow; nothing of business taken in private.
fn decisions(meeting: &Meeting, voice: &Voice<'_>) -> Vec<Block> {
    let order = voice.style.settings.order;
    let minutes = meeting.minutes_as(order);
    let parts = meeting.parts();
    let private = meeting.private_records();
    let mut blocks = Vec::new();
    for index in meeting.minute_order_as(order) {
        let item = &meeting.agenda[index];
        if parts.get(index) == Some(&Part::Two) {
            continue;
        }
        let records: Vec<&Record> = meeting
            .records
            .iter()
            .zip(&private)
            .filter(|(r, private)| !**private && r.item.as_deref() == Some(item.id.as_str()))
            .map(|(r, _)| r)
            .collect();
        let mut said = Vec::new();
        for (at, record) in records.iter().enumerate() {
            let decides = crate::model::carried::resolves(&record.event)
                || matches!(record.event, Event::Vote { .. });
            if decides {
                said.extend(record.event.view().said(&InMinute {
                    meeting,
                    records: &records,
                    at,
                }));
            }
        }
        let said = said_blocks(voice, said);
        if said.is_empty() {
            continue;
        }
        let reference = crate::minutes::reference(voice, index, minutes[index]);
        blocks.push(Block::Group(
            voice.say(
                &Phrase::new(Key::NoticeItem)
                    .text("reference", reference)
                    .maybe("item", item.number.clone().map(Slot::Text))
                    .text("title", item.title.clone()),
            ),
        ));
        blocks.extend(said);
    }
    blocks
}
