//! Declarations of interest: who declared what in which items, whether they will leave for
//! them, and, for a pecuniary interest, that they may not vote on them.

use super::form::{self, Answers, Question, Schema};
use super::{FormContext, InMinute, Kind, Motions, Public, name};
use crate::model::said::{Key, Phrase, Said, Slot};
use crate::model::{Event, InterestKind, ItemId, ItemKind, Meeting, PersonId, Record, Room};

pub struct Declaration<'e> {
    pub person: &'e PersonId,
    pub items: &'e [ItemId],
    /// Planning applications, by reference.
    pub applications: &'e [String],
    pub kind: &'e InterestKind,
    pub words: &'e str,
    pub will_leave: bool,
    pub may_speak_first: bool,
    /// The dispensation the member holds for the business, as granted.
    pub dispensation: Option<&'e str>,
}

const INTEREST_KINDS: &[&str] = &[
    "unspecified (\"an interest\")",
    "disclosable pecuniary",
    "other registerable",
    "non-registerable",
    "pecuniary",
    "non-pecuniary",
    "personal",
];

/// The member's words as they read after "declared an interest in respect of item 3":
/// "as he is a governor" stays as it is; a sentence typed on its own ("She is a member of the
/// trust.") reads on ("as she is a member of the trust"); a leading "As" or "Due" is put in
/// lower case; and the sentence's own full stop goes, as the minutes add theirs.
pub fn joined(words: &str) -> String {
    let trimmed = words.trim().trim_end_matches('.').trim_end();
    let first = trimmed.split_whitespace().next().unwrap_or_default();
    let lower_first = || {
        let mut chars = trimmed.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    };
    const JOINING: &[&str] = &[
        "As", "By", "Due", "Because", "Being", "Through", "That", "Having", "Owing", "In", "For",
    ];
    const SUBJECTS: &[&str] = &["He", "She", "They", "His", "Her", "Their", "I", "My"];
    if JOINING.contains(&first) {
        lower_first()
    } else if SUBJECTS.contains(&first) && first != "I" {
        format!("as {}", lower_first())
    } else {
        trimmed.to_string()
    }
}

fn interest_choice(kind: &InterestKind) -> (usize, String) {
    match kind {
        InterestKind::Unspecified => (0, String::new()),
        InterestKind::DisclosablePecuniary => (1, String::new()),
        InterestKind::OtherRegisterable => (2, String::new()),
        InterestKind::NonRegisterable => (3, String::new()),
        InterestKind::Pecuniary => (4, String::new()),
        InterestKind::NonPecuniary => (5, String::new()),
        InterestKind::Personal => (6, String::new()),
        InterestKind::Described(words) => (0, words.clone()),
    }
}

fn interest_kind(choice: usize, described: &str) -> InterestKind {
    if !described.trim().is_empty() {
        return InterestKind::Described(described.trim().to_string());
    }
    match choice {
        1 => InterestKind::DisclosablePecuniary,
        2 => InterestKind::OtherRegisterable,
        3 => InterestKind::NonRegisterable,
        4 => InterestKind::Pecuniary,
        5 => InterestKind::NonPecuniary,
        6 => InterestKind::Personal,
        _ => InterestKind::Unspecified,
    }
}

/// How the screen names a kind of interest.
fn interest_line(kind: &InterestKind) -> String {
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

/// How the minutes name a kind of interest, for one member or several.
pub fn interest(kind: &InterestKind, plural: bool) -> Phrase {
    let pick = |one, many| Phrase::new(if plural { many } else { one });
    match kind {
        InterestKind::DisclosablePecuniary => pick(
            Key::InterestDisclosablePecuniary,
            Key::InterestsDisclosablePecuniary,
        ),
        InterestKind::OtherRegisterable => pick(
            Key::InterestOtherRegisterable,
            Key::InterestsOtherRegisterable,
        ),
        InterestKind::NonRegisterable => {
            pick(Key::InterestNonRegisterable, Key::InterestsNonRegisterable)
        }
        InterestKind::Pecuniary => pick(Key::InterestPecuniary, Key::InterestsPecuniary),
        InterestKind::NonPecuniary => pick(Key::InterestNonPecuniary, Key::InterestsNonPecuniary),
        InterestKind::Personal => pick(Key::InterestPersonal, Key::InterestsPersonal),
        InterestKind::Unspecified => pick(Key::InterestUnspecified, Key::InterestsUnspecified),
        InterestKind::Described(words) => {
            pick(Key::InterestDescribed, Key::InterestsDescribed).text("words", words.clone())
        }
    }
}

/// What a declaration concerns, as the minutes name it: items by their numbers ("item 6",
/// "items 10 and 11"), planning applications by their references ("application
/// 26/00210/FUL"), or both.
pub fn concerns_phrase(
    meeting: &Meeting,
    items: &[ItemId],
    applications: &[String],
) -> Option<Phrase> {
    let applications = match applications {
        [] => None,
        [one] => Some(Phrase::new(Key::OneApplication).text("reference", one.clone())),
        [rest @ .., last] => Some(
            Phrase::new(Key::SomeApplications)
                .text("references", format!("{} and {last}", rest.join(", "))),
        ),
    };
    match (items_phrase(meeting, items), applications) {
        (Some(items), Some(applications)) => Some(
            Phrase::new(Key::ItemsAndApplications)
                .phrase("items", items)
                .phrase("applications", applications),
        ),
        (items, applications) => items.or(applications),
    }
}

/// Item numbers as the agenda prints them: "item 6", "items 10 and 11".
pub fn items_phrase(meeting: &Meeting, items: &[ItemId]) -> Option<Phrase> {
    let numbers: Vec<String> = items.iter().map(|id| meeting.item_number(id)).collect();
    match numbers.as_slice() {
        [] => None,
        [one] => Some(Phrase::new(Key::OneItem).text("number", one.clone()).maybe(
            "title",
            meeting.item(&items[0]).map(|i| Slot::Text(i.title.clone())),
        )),
        [rest @ .., last] => {
            Some(Phrase::new(Key::Items).text("numbers", format!("{} and {last}", rest.join(", "))))
        }
    }
}

impl Declaration<'_> {
    /// The sentence for this declaration, made by the members named (several members who
    /// declared in the same words share one sentence). `private` says the items it names are
    /// all taken in private; `confidential` that these are the minutes that show them.
    pub fn sentence(
        &self,
        meeting: &Meeting,
        members: &[PersonId],
        private: bool,
        confidential: bool,
    ) -> Phrase {
        let who = Slot::People(members.to_vec());
        let plural = members.len() > 1;
        let items = concerns_phrase(meeting, self.items, self.applications);
        // Of Part 2 business, the public minutes say only that an interest was declared: not
        // its kind in the member's words, nor the words.
        if private && !confidential {
            return Phrase::new(Key::DeclarationInPrivate)
                .with("who", who)
                .phrase("interest", interest(&InterestKind::Unspecified, plural))
                .maybe("items", items.map(|p| Slot::Phrase(Box::new(p))));
        }
        let leaving = self.will_leave.then(|| {
            let which = match (self.items, self.applications) {
                ([], []) => Phrase::new(Key::TheItem),
                ([], [reference]) => {
                    Phrase::new(Key::OneApplication).text("reference", reference.clone())
                }
                ([only], []) => Phrase::new(Key::ItemWithTitle)
                    .text("number", meeting.item_number(only))
                    .maybe(
                        "title",
                        meeting.item(only).map(|i| Slot::Text(i.title.clone())),
                    ),
                _ => Phrase::new(Key::TheseItems),
            };
            Phrase::new(Key::DeclarationWillLeave).phrase("items", which)
        });
        let speaks_first = self.may_speak_first.then(|| {
            Phrase::new(Key::DeclarationSpeaksFirst)
                .with("who", who.clone())
                .with("chair", Slot::Office(crate::model::Office::Chair))
        });
        let said_that =
            *self.kind == InterestKind::Unspecified && joined(self.words).starts_with("that ");
        let base = if said_that {
            Phrase::new(Key::DeclarationThat)
        } else {
            Phrase::new(Key::Declaration)
                .phrase("interest", interest(self.kind, plural))
                .maybe("items", items.map(|p| Slot::Phrase(Box::new(p))))
        };
        base.with("who", who)
            .text("words", joined(self.words))
            .maybe("leaving", leaving.map(|p| Slot::Phrase(Box::new(p))))
            .maybe(
                "speaks_first",
                speaks_first.map(|p| Slot::Phrase(Box::new(p))),
            )
            .maybe(
                "private",
                private.then(|| {
                    Slot::Phrase(Box::new(Phrase::new(Key::DeclarationNotForPublication)))
                }),
            )
    }
}

impl<'e> Kind<'e> for Declaration<'e> {
    fn people(&self) -> Vec<&'e PersonId> {
        vec![self.person]
    }

    fn items(&self) -> Vec<&'e ItemId> {
        self.items.iter().collect()
    }

    fn motions(&self) -> Motions<'e> {
        Motions::default()
    }

    fn unsound(&self) -> Option<String> {
        None
    }

    fn enter(&self, room: &mut Room<'_>) {
        if self.kind.bars_voting() {
            for item in self.items {
                room.bar(self.person, item);
            }
            for reference in self.applications {
                room.bar_application(self.person, reference);
            }
        }
    }

    fn decides(&self) -> bool {
        false
    }

    fn public(&self) -> Option<Public> {
        None
    }

    fn line(&self, meeting: &Meeting, record: &Record) -> String {
        let mut concerns: Vec<String> = self
            .items
            .iter()
            .map(|id| format!("item {}", meeting.item_number(id)))
            .collect();
        concerns.extend(
            self.applications
                .iter()
                .map(|reference| format!("application {reference}")),
        );
        let items = if concerns.is_empty() {
            String::new()
        } else {
            format!(" in {}", concerns.join(", "))
        };
        let late = if meeting.declaration_is_late_record(record) {
            " (late)"
        } else {
            ""
        };
        let leave = if self.will_leave {
            "; will leave the room"
        } else {
            ""
        };
        format!(
            "{} declared {}{items}: {}{leave}{late}",
            name(meeting, self.person),
            interest_line(self.kind),
            self.words
        )
    }

    /// The minutes word declarations themselves, several in the same words as one sentence:
    /// under the declarations item, or in the minute of the item a later one was made under.
    fn said(&self, _minute: &InMinute<'_>) -> Vec<Said> {
        Vec::new()
    }

    fn form(&self, context: &FormContext<'_>) -> Option<Schema> {
        let meeting = context.meeting;
        let mut numbers: Vec<String> = self
            .items
            .iter()
            .map(|id| meeting.item_number(id))
            .collect();
        numbers.extend(self.applications.iter().cloned());
        let (kind, described) = interest_choice(self.kind);
        Some(schema(
            context,
            Given {
                person: Some(self.person),
                items: numbers.join(", "),
                kind,
                described,
                words: self.words,
                will_leave: self.will_leave,
                may_speak_first: self.may_speak_first,
                dispensation: self.dispensation.unwrap_or_default(),
            },
        ))
    }
}

/// What the declaration form holds.
#[derive(Default)]
struct Given<'a> {
    person: Option<&'a PersonId>,
    items: String,
    kind: usize,
    described: String,
    words: &'a str,
    will_leave: bool,
    may_speak_first: bool,
    dispensation: &'a str,
}

fn schema(context: &FormContext<'_>, given: Given<'_>) -> Schema {
    Schema::new(
        "Declaration of interest",
        vec![
            Question::person(
                "Member",
                super::context::councillors_by_room(context.meeting, context.room),
                false,
                given.person,
            )
            .helped("type part of the member's name"),
            Question::text("Items", given.items).helped(
                "the items or planning applications the interest is in: 6, or 10, 11, or 26/00210/FUL",
            ),
            Question::choice("Kind", INTEREST_KINDS, given.kind)
                .helped("the kind of interest, as the member declared it (Up and Down)"),
            Question::text("Kind in own words", given.described).helped(
                "only for a kind not in the list, in a word or two, such as prejudicial; else leave empty",
            ),
            Question::lines("Why", given.words).helped(
                "why the member has the interest, as the minutes will say it: as she is a school governor",
            ),
            Question::yes_no("Will leave", given.will_leave)
                .helped("whether the member will leave for the item's debate and vote"),
            Question::yes_no("Speaks first", given.may_speak_first)
                .helped("whether the member will speak on the item before leaving"),
            Question::text("Dispensation", given.dispensation).helped(
                "if the member holds a dispensation for it, as granted; else leave empty: by the Standards Committee on 3 March 2026 to speak and vote",
            ),
        ],
    )
}

/// A new declaration, naming the current item unless that is the declarations item itself.
pub fn blank(context: &FormContext<'_>) -> Option<Schema> {
    let items = context
        .item
        .and_then(|id| context.meeting.item(id))
        .filter(|i| i.kind != ItemKind::Declarations)
        .map(|i| i.number.clone().unwrap_or_else(|| i.id.to_string()))
        .unwrap_or_default();
    Some(schema(
        context,
        Given {
            items,
            ..Given::default()
        },
    ))
}

pub fn build(answers: &dyn Answers, context: &FormContext<'_>) -> Result<Event, String> {
    let (items, applications) = concerns(context.meeting, &answers.text(1))?;
    Ok(Event::Declaration {
        person: form::someone(answers, 0)?,
        items,
        applications,
        kind: interest_kind(answers.choice(2), &answers.text(3)),
        words: form::required(answers, 4)?,
        will_leave: answers.choice(5) == 1,
        may_speak_first: answers.choice(6) == 1,
        dispensation: form::optional(answers, 7),
    })
}

/// Reads "6, 10 and 11" as the ids of those items, and "26/00210/FUL" as a planning
/// application: one taken at the meeting, or any reference written as planning authorities
/// write them, with a "/" in it.
fn concerns(meeting: &Meeting, text: &str) -> Result<(Vec<ItemId>, Vec<String>), String> {
    let mut ids = Vec::new();
    let mut applications: Vec<String> = Vec::new();
    let taken: Vec<&str> = meeting
        .records
        .iter()
        .filter_map(|r| match &r.event {
            Event::Application { reference, .. } => Some(reference.trim()),
            _ => None,
        })
        .collect();
    for word in text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "and" && *w != "&")
    {
        let word = word.trim_end_matches('.');
        if let Some(found) = meeting
            .agenda
            .iter()
            .find(|i| i.number.as_deref() == Some(word) || i.id == word)
        {
            if !ids.contains(&found.id) {
                ids.push(found.id.clone());
            }
            continue;
        }
        let reference = taken
            .iter()
            .find(|r| r.eq_ignore_ascii_case(word))
            .map(|r| r.to_string())
            .or_else(|| word.contains('/').then(|| word.to_string()))
            .ok_or_else(|| {
                format!("Items: there is no item numbered {word}, nor a planning application with that reference")
            })?;
        if !applications.contains(&reference) {
            applications.push(reference);
        }
    }
    Ok((ids, applications))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_members_words_read_on_however_they_were_typed() {
        assert_eq!(joined("as he is a governor"), "as he is a governor");
        assert_eq!(
            joined("She is a member of the trust."),
            "as she is a member of the trust"
        );
        assert_eq!(
            joined("As a trustee of the bidder. "),
            "as a trustee of the bidder"
        );
        assert_eq!(
            joined("Due to being a school governor"),
            "due to being a school governor"
        );
        assert_eq!(
            joined("by virtue of his wife being a GP"),
            "by virtue of his wife being a GP"
        );
        assert_eq!(
            joined("Member of the Parish Council"),
            "Member of the Parish Council"
        );
    }
}
