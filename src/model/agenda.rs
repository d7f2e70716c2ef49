//! The agenda as printed: numbered items, page ranges, Part 1 and Part 2. Pure data, no I/O.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{ItemId, RecordId};

/// One item of business. Each item takes a minute, in agenda order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    /// Short handle used by records, unique in the file (often the printed number).
    pub id: ItemId,
    /// The item number as printed ("6", "6a"); procedural items added on the day may have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<Pages>,
    /// Printed "(Verbal)": no written report.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub verbal: bool,
    /// What the item is for, as printed under it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "is_part_one")]
    pub part: Part,
    /// Paragraphs of Part 1 of Schedule 12A that make a Part 2 item exempt.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exempt_paragraphs: Vec<u8>,
    #[serde(default, skip_serializing_if = "is_report")]
    pub kind: ItemKind,
    /// Taken off the agenda, or put off to a later meeting, at or before the meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn: Option<Withdrawal>,
    /// Actions promised at earlier meetings, carried into this (the previous-minutes) item for
    /// the clerk to report on: matters arising.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub arising: Vec<Arising>,
    /// A part of the item above it ("5.1", "5a"): minuted as a sub-minute of it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sub_item: bool,
    /// The time the agenda plans for the item, where it gives one ("7.05 pm").
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::clock::optional"
    )]
    pub planned: Option<NaiveTime>,
    /// Planning applications the agenda lists under the item, offered in turn when the clerk
    /// takes one: a list to record from, never itself a record that they were considered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub applications: Vec<ListedApplication>,
}

/// A planning application as the agenda lists it: whatever of its reference, site, proposal,
/// ward and the officers' recommendation the agenda prints.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListedApplication {
    /// "25/01234/FUL"; empty where the agenda gives only the site.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reference: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub site: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub proposal: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ward: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<String>,
}

/// An action promised at an earlier meeting of the body, and what this meeting heard of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arising {
    /// The date of the meeting it was promised at.
    pub date: NaiveDate,
    /// Its minute there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minute: Option<u32>,
    /// The action's record in that meeting's file, so a later meeting's report finds it.
    pub record: RecordId,
    pub text: String,
    /// Who was to do it, by name as that meeting knew them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "is_not_reported")]
    pub progress: Progress,
}

/// What the meeting heard of an action carried to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Progress {
    /// Nothing yet: the clerk has not marked it.
    #[default]
    NotReported,
    Done,
    /// Still to do; carried to the next meeting.
    CarriedForward,
}

impl Progress {
    pub const ALL: [Progress; 3] = [
        Progress::Done,
        Progress::CarriedForward,
        Progress::NotReported,
    ];

    /// The word the live screen uses for it.
    pub fn word(self) -> &'static str {
        match self {
            Progress::NotReported => "not yet reported",
            Progress::Done => "done",
            Progress::CarriedForward => "carried forward",
        }
    }
}

fn is_not_reported(progress: &Progress) -> bool {
    *progress == Progress::NotReported
}

/// An item that will not be considered at this meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Withdrawal {
    #[serde(default)]
    pub how: Withdrawn,
    /// For a deferred item: to when ("the next meeting", "March 2026").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Whether an item was withdrawn for good or deferred to a later meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Withdrawn {
    #[default]
    Withdrawn,
    Deferred,
}

fn is_part_one(part: &Part) -> bool {
    *part == Part::One
}

fn is_report(kind: &ItemKind) -> bool {
    *kind == ItemKind::Report
}

/// A printed page range, "(Pages 5 - 10)" or "(Page 7)".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pages {
    pub first: u32,
    pub last: u32,
}

/// Part 1 is taken in public; Part 2 in private, as exempt information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Part {
    #[default]
    One,
    Two,
}

/// The standard items that agendas carry, so the minutes can word them as councils do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ItemKind {
    Apologies,
    Declarations,
    WhippingDeclarations,
    PreviousMinutes,
    PublicSpeaking,
    /// An ordinary report or update for decision or noting.
    #[default]
    Report,
    WorkProgramme,
    ForwardPlan,
    SubBodyMinutes,
    /// The resolution to exclude the press and public.
    Exclusion,
    Other,
}

impl ItemKind {
    /// Every kind, in the order a form offers them.
    pub const ALL: [ItemKind; 11] = [
        ItemKind::Apologies,
        ItemKind::Declarations,
        ItemKind::WhippingDeclarations,
        ItemKind::PreviousMinutes,
        ItemKind::PublicSpeaking,
        ItemKind::Report,
        ItemKind::WorkProgramme,
        ItemKind::ForwardPlan,
        ItemKind::SubBodyMinutes,
        ItemKind::Exclusion,
        ItemKind::Other,
    ];

    /// What the kind is, in a clerk's words, for a form.
    pub fn word(self) -> &'static str {
        match self {
            ItemKind::Apologies => "apologies for absence",
            ItemKind::Declarations => "declarations of interest",
            ItemKind::WhippingDeclarations => "whipping declarations",
            ItemKind::PreviousMinutes => "minutes of the last meeting",
            ItemKind::PublicSpeaking => "public speaking or participation",
            ItemKind::Report => "a report or other business",
            ItemKind::WorkProgramme => "work programme",
            ItemKind::ForwardPlan => "forward plan",
            ItemKind::SubBodyMinutes => "minutes of a sub-committee",
            ItemKind::Exclusion => "exclusion of the press and public",
            ItemKind::Other => "other",
        }
    }

    /// Items whose minute normally ends in a decision; the others are minuted without one.
    pub fn expects_decision(self) -> bool {
        matches!(
            self,
            ItemKind::PreviousMinutes
                | ItemKind::Report
                | ItemKind::WorkProgramme
                | ItemKind::ForwardPlan
                | ItemKind::SubBodyMinutes
                | ItemKind::Exclusion
        )
    }
}

impl AgendaItem {
    /// An item of business with this handle, printed number and title: a Part 1 report with
    /// nothing else said of it yet.
    pub fn new(id: impl Into<ItemId>, number: Option<String>, title: impl Into<String>) -> Self {
        AgendaItem {
            id: id.into(),
            number,
            title: title.into(),
            pages: None,
            verbal: false,
            description: None,
            part: Part::One,
            exempt_paragraphs: Vec::new(),
            kind: ItemKind::Report,
            withdrawn: None,
            arising: Vec::new(),
            sub_item: false,
            planned: None,
            applications: Vec::new(),
        }
    }

    /// The same item, of this kind.
    pub fn of_kind(self, kind: ItemKind) -> Self {
        AgendaItem { kind, ..self }
    }

    /// The same item, taken in private (Part 2) under these Schedule 12A paragraphs.
    pub fn in_private(self, paragraphs: Vec<u8>) -> Self {
        AgendaItem {
            part: Part::Two,
            exempt_paragraphs: paragraphs,
            ..self
        }
    }

    /// "Item 6" when numbered, otherwise the title, for messages to the clerk.
    /// Whether the item's minute normally ends in a decision: by its kind, unless its title
    /// says it is there to be noted (correspondence, the date of the next meeting, reports and
    /// announcements received).
    pub fn expects_decision(&self) -> bool {
        self.kind.expects_decision() && !for_noting(&self.title)
    }

    pub fn label(&self) -> String {
        match &self.number {
            Some(number) => format!("item {number} ({})", self.title),
            None => format!("\"{}\"", self.title),
        }
    }
}

/// Whether an item's title says it is there to be noted rather than decided: "Correspondence",
/// "Date of the Next Meeting", "Clerk's Report", "Reports from District and County
/// Councillors", "Items for Information", "To note the date of the next meeting".
fn for_noting(title: &str) -> bool {
    let lower = title
        .to_lowercase()
        .replace(['’', '\''], "")
        .trim_end_matches(['.', ':'])
        .to_string();
    let lower = ["to note ", "to receive ", "to report "]
        .iter()
        .find_map(|purpose| lower.strip_prefix(purpose))
        .unwrap_or(&lower)
        .trim_start_matches("the ")
        .to_string();
    const STARTS: &[&str] = &[
        "correspondence",
        "date of next meeting",
        "date of the next meeting",
        "dates of next meetings",
        "dates of future meetings",
        "date and time of the next meeting",
        "date and time of next meeting",
        "next meeting",
        "chairmans announcements",
        "chairs announcements",
        "mayors announcements",
        "announcements",
        "chairmans report",
        "chairs report",
        "clerks report",
        "reports from",
        "councillors reports",
        "members reports",
        "ward councillors reports",
        "county councillors report",
        "district councillors report",
        "items for information",
        "matters for information",
        "information items",
        "items for the next agenda",
        "items for next agenda",
        "matters for the next agenda",
    ];
    STARTS.iter().any(|start| lower.starts_with(start)) || lower.ends_with("for information")
}
