//! The standing items that word themselves from the whole meeting: apologies and substitutes,
//! and the declarations of interest, late ones included.

use super::Builder;
use crate::minutes::wording::and_list;
use crate::model::said::{Key, Phrase, Slot};
use crate::model::{Attendance, Event, InMinute, Kind, Person, PersonId, Record};

fn with_organisation(person: &Person) -> String {
    match &person.organisation {
        Some(organisation) => format!("{} ({organisation})", person.titled_name()),
        None => person.titled_name(),
    }
}

/// Two declarations in the same words, by whoever made them.
fn same_declaration(a: &Event, b: &Event) -> bool {
    if let (
        Event::Declaration {
            items: ia,
            applications: pa,
            kind: ka,
            words: wa,
            will_leave: la,
            may_speak_first: sa,
            dispensation: da,
            ..
        },
        Event::Declaration {
            items: ib,
            applications: pb,
            kind: kb,
            words: wb,
            will_leave: lb,
            may_speak_first: sb,
            dispensation: db,
            ..
        },
    ) = (a, b)
    {
        return ia == ib && pa == pb && ka == kb && wa == wb && la == lb && sa == sb && da == db;
    }
    false
}

impl Builder<'_> {
    /// The apologies and substitutes, when anyone sent them or stood in: where the agenda has no item of its own for them.
    pub(super) fn apologies_if_any(&mut self) {
        let sent = self.meeting.people.iter().any(|p| {
            matches!(self.attendance_of(p), Some(Attendance::Apologies)) || self.substitute(p)
        });
        if sent {
            self.apologies();
        }
    }

    pub(super) fn apologies(&mut self) {
        let meeting = self.meeting;
        let sent: Vec<&Person> = meeting
            .people
            .iter()
            .filter(|p| matches!(self.attendance_of(p), Some(Attendance::Apologies)))
            .collect();
        let substitutes: Vec<&Person> = meeting
            .people
            .iter()
            .filter(|p| self.substitute(p))
            .collect();
        // The body accepts its own members' apologies; those of anyone else (a district
        // councillor who usually attends) are only received.
        let (members, others): (Vec<&Person>, Vec<&Person>) = sent
            .iter()
            .partition(|p| p.kind == crate::model::PersonKind::Member);
        let phrase = if members.is_empty() && !others.is_empty() {
            self.apologies_from_others(Key::ApologiesOthers, &others)
        } else {
            self.apologies_from(&members)
        };
        let said = !self.say(&phrase).trim().is_empty();
        if said {
            self.apologies_printed(&members);
        }
        self.say_paragraph(phrase);
        if !members.is_empty() && !others.is_empty() {
            let also = self.apologies_from_others(Key::ApologiesAlso, &others);
            if !self.say(&also).trim().is_empty() {
                self.apologies_printed(&others);
            }
            self.say_paragraph(also);
        } else if said {
            self.apologies_printed(&others);
        }
        if !substitutes.is_empty() {
            self.substitutes(&substitutes);
        }
    }

    /// Apologies from people who are not members of the body, with any reasons: "Apologies
    /// were also received from District Councillor M Doyle (on holiday)."
    fn apologies_from_others(&self, key: Key, others: &[&Person]) -> Phrase {
        let names: Vec<String> = others
            .iter()
            .map(|p| {
                let name = with_organisation(p);
                match self.apology_reason(p) {
                    Some(reason) => self.say(
                        &Phrase::new(Key::ApologyReason)
                            .text("name", name)
                            .text("reason", reason),
                    ),
                    None => name,
                }
            })
            .collect();
        Phrase::new(key).text("names", and_list(&names))
    }

    /// The sentence of the apologies sent by these members, or that none were.
    fn apologies_from(&self, sent: &[&Person]) -> Phrase {
        let councillor = |p: &&Person| p.is_councillor();
        let reasons: Vec<Option<String>> = sent.iter().map(|p| self.apology_reason(p)).collect();
        if sent.is_empty() {
            Phrase::new(Key::NoApologies)
        } else if reasons.iter().any(Option::is_some) {
            // Each with the reason they gave, in the order the meeting lists them.
            let each: Vec<String> = sent
                .iter()
                .zip(&reasons)
                .map(|(p, reason)| {
                    let name = if councillor(p) {
                        self.voice.person(p)
                    } else {
                        with_organisation(p)
                    };
                    match reason {
                        Some(reason) => self.say(
                            &Phrase::new(Key::ApologyReason)
                                .text("name", name)
                                .text("reason", reason.clone()),
                        ),
                        None => name,
                    }
                })
                .collect();
            Phrase::new(Key::ApologiesWithReasons).text("each", and_list(&each))
        } else if sent.iter().all(councillor) {
            let ids: Vec<PersonId> = sent.iter().map(|p| p.id.clone()).collect();
            Phrase::new(Key::Apologies)
                .with("councillors", Slot::Councillors(ids.clone()))
                .with("names", Slot::People(ids))
        } else {
            let names: Vec<String> = sent.iter().map(|p| with_organisation(p)).collect();
            Phrase::new(Key::ApologiesOthers).text("names", and_list(&names))
        }
    }

    /// Who attended in place of members, and for whom where the style says it.
    fn substitutes(&mut self, substitutes: &[&Person]) {
        let councillor = |p: &&Person| p.is_councillor();
        let names: Vec<String> = substitutes
            .iter()
            .map(|p| {
                if councillor(p) {
                    self.voice.person(p)
                } else {
                    with_organisation(p)
                }
            })
            .collect();
        let ids: Vec<PersonId> = substitutes.iter().map(|p| p.id.clone()).collect();
        let key = if names.len() == 1 {
            Key::Substitute
        } else {
            Key::Substitutes
        };
        // Each with the member they stood in for, for a style that says it.
        let instead = |p: &Person| match self.attendance_of(p) {
            Some(Attendance::Substitute {
                for_member: Some(member),
            }) => Some(self.voice.name(member)),
            _ => None,
        };
        let each: Vec<String> = names
            .iter()
            .zip(substitutes)
            .map(|(name, p)| match instead(p) {
                Some(member) => format!("{name} for {member}"),
                None => name.clone(),
            })
            .collect();
        let phrase = Phrase::new(key)
            .text("names", and_list(&names))
            .with("councillors", Slot::Councillors(ids))
            .maybe(
                "for",
                substitutes.first().and_then(|p| instead(p)).map(Slot::Text),
            )
            .text("each", and_list(&each));
        if !self.say(&phrase).trim().is_empty() {
            self.apologies_printed(substitutes);
        }
        self.say_paragraph(phrase);
    }

    /// The reason given with a person's apologies, when the last record of them gave one.
    fn apology_reason(&self, person: &Person) -> Option<String> {
        self.meeting
            .records
            .iter()
            .rev()
            .find_map(|r| match &r.event {
                Event::Apologies { person: p, reason } if *p == person.id => Some(reason.clone()),
                _ => None,
            })?
    }

    /// True when every item a declaration concerns is Part 2.
    fn only_private(&self, items: &[crate::model::ItemId]) -> bool {
        !items.is_empty()
            && items.iter().all(|id| {
                self.meeting
                    .item_index(id)
                    .is_some_and(|index| self.is_part_two(index))
            })
    }

    /// The sentence for a run of declarations in the same words.
    pub(super) fn declared(&self, group: &[&Record]) -> Option<String> {
        let first = group.first()?;
        let crate::model::kinds::View::Declaration(declaration) = first.event.view() else {
            return None;
        };
        let members: Vec<PersonId> = group
            .iter()
            .filter_map(|r| r.event.person())
            .cloned()
            .collect();
        // A declaration made while the press and public were excluded is private business,
        // which the public minutes leave out. One made in public about Part 2 business only is
        // published without its detail.
        let made_in_private = group.iter().any(|r| self.private.contains(&r.id));
        if made_in_private && !self.options.confidential {
            return None;
        }
        let private = self.only_private(declaration.items) || made_in_private;
        let phrase =
            declaration.sentence(self.meeting, &members, private, self.options.confidential);
        let sentence = self.say(&phrase);
        // A dispensation held for the business, where the minutes may say what was declared.
        let dispensation = declaration
            .dispensation
            .map(str::trim)
            .filter(|d| !d.is_empty() && (self.options.confidential || !private))
            .map(|granted| {
                self.say(
                    &Phrase::new(Key::DeclarationDispensation)
                        .with("who", Slot::People(members.clone()))
                        .text("dispensation", granted.trim_end_matches('.')),
                )
            });
        Some(match dispensation {
            Some(dispensation) if !dispensation.trim().is_empty() => {
                format!("{sentence} {dispensation}")
            }
            _ => sentence,
        })
    }

    /// The declarations made under the declarations item (or before the first item), and
    /// anything else recorded there. A declaration made later prints in the minute of the
    /// item it was made under.
    pub(super) fn declarations(&mut self, records: &[&Record]) {
        let meeting = self.meeting;
        // Declarations taken under no item (before the first, or noted after the close) are
        // the declarations item's own.
        let opening = meeting
            .records
            .iter()
            .filter(|r| r.item.is_none() && matches!(r.event, Event::Declaration { .. }));
        let records: Vec<&Record> = opening.chain(records.iter().copied()).collect();
        let records = records.as_slice();
        let count = records
            .iter()
            .filter(|r| matches!(r.event, Event::Declaration { .. }))
            .count();
        if count == 0 && records.is_empty() {
            self.say_paragraph(Phrase::new(Key::NoDeclarations));
            return;
        }
        if count > 1 {
            self.say_paragraph(Phrase::new(Key::DeclarationsOpening));
        }
        // Consecutive declarations in the same words are one sentence.
        let mut index = 0;
        while index < records.len() {
            let record = records[index];
            if !matches!(record.event, Event::Declaration { .. }) {
                // Anything else recorded under the item is minuted as it would be anywhere.
                let said = record.event.view().said(&InMinute {
                    meeting,
                    records,
                    at: index,
                });
                self.say_record(records, index, said);
                index += 1;
                continue;
            }
            let mut group = vec![record];
            while let Some(next) = records.get(index + group.len()) {
                if same_declaration(&record.event, &next.event) {
                    group.push(next);
                } else {
                    break;
                }
            }
            index += group.len();
            if let Some(sentence) = self.declared(&group) {
                self.paragraph(sentence);
                self.printed.extend(group.iter().map(|r| r.id));
            }
        }
    }
}
