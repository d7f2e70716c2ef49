//! The follow-up actions of a meeting as a document of their own: which minute, who, what.

use crate::minutes::document::{Block, Document, Table};
use crate::minutes::style::{Style, Voice};
use crate::minutes::wording::with_article;
use crate::model::said::{Key, Phrase};
use crate::model::{Event, Meeting};

/// The follow-up actions of the meeting: who, what and which minute. Actions from business
/// taken in private are listed only when `confidential`, and marked so.
pub fn actions(meeting: &Meeting, confidential: bool) -> Document {
    actions_in(meeting, &Style::default(), confidential)
}

/// The follow-up actions in the given house style.
pub fn actions_in(meeting: &Meeting, style: &Style, confidential: bool) -> Document {
    let voice = Voice::new(meeting, style);
    let mut rows = Vec::new();
    let minutes = meeting.minute_numbers_by_item_as(style.settings.order);
    for (record, private) in meeting.records.iter().zip(meeting.private_records()) {
        if private && !confidential {
            continue;
        }
        if let Event::Action { text, owner } = &record.event {
            let mut minute = record
                .item
                .as_deref()
                .and_then(|id| minutes.get(id).copied())
                .map(|n| n.to_string())
                .unwrap_or_default();
            if private {
                minute.push(' ');
                minute.push_str(&voice.word(Key::ActionPrivate));
            }
            let who = match owner {
                Some(owner) => voice.name(owner),
                None => voice.word(Key::NotNamed),
            };
            rows.push(vec![minute, who, text.clone()]);
        }
    }
    let title = voice.say(
        &Phrase::new(Key::ActionsTitle)
            .text("body", meeting.body.name.clone())
            .text("the_body", with_article(&meeting.body.name))
            .text("date", voice.short_date(meeting.date)),
    );
    let mut blocks = vec![Block::Heading {
        text: title.clone(),
        subtitle: voice
            .say(&Phrase::new(Key::ActionsHeldOn).text("date", voice.long_date(meeting.date))),
    }];
    if rows.is_empty() {
        blocks.push(Block::Paragraph(voice.word(Key::NoActions)));
    } else {
        blocks.push(Block::Table(Table::of_words(
            vec![
                voice.word(Key::ActionsMinute),
                voice.word(Key::ActionsWho),
                voice.word(Key::ActionsWhat),
            ],
            rows,
        )));
    }
    let running_head = title.clone();
    Document {
        title,
        running_head,
        page_footer: super::page_footer(&voice),
        author: super::author(meeting),
        confidential: confidential.then(|| voice.say(&Phrase::new(Key::ConfidentialMark))),
        blocks,
    }
}
