//! The body that meets: its name and kind (committee, board, parish or town council), the
//! council it belongs to, how it styles its presiding member, its quorum, how its minutes
//! print times, and the house style it names.

use serde::{Deserialize, Serialize};

/// The committee, sub-committee or board that meets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub name: String,
    #[serde(default)]
    pub kind: BodyKind,
    /// The council the body belongs to, printed above the minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub council: Option<String>,
    /// "Chair" or "Chairman", as this body styles its presiding member.
    #[serde(default)]
    pub chair_title: ChairTitle,
    /// Members needed in the room to do business; by default a quarter of the voting
    /// membership rounded up, and never fewer than three.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quorum: Option<u32>,
    /// How the minutes print clock times: "10.30 am" or "10.30".
    #[serde(default, skip_serializing_if = "Clock::is_twelve_hour")]
    pub clock: Clock,
    /// The house style its minutes are written in: a bundled style's name, or a style file
    /// (a path from the meeting file's folder). Without it, a `house-style.ron` beside the
    /// meeting, then the config's style, then the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<String>,
    /// A body in Wales, where a community or town council must publish a notice of each
    /// meeting's decisions within seven working days.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub wales: bool,
}

impl Body {
    /// A committee of this name, with every other setting at its default: no council named,
    /// a Chair, the quorum worked out from the membership, 12-hour times, no house style.
    pub fn named(name: impl Into<String>) -> Body {
        Body {
            name: name.into(),
            kind: BodyKind::default(),
            council: None,
            chair_title: ChairTitle::default(),
            quorum: None,
            clock: Clock::default(),
            style: None,
            wales: false,
        }
    }

    /// The council the body belongs to: the one named, or for a parish or town council the
    /// body itself.
    pub fn council_name(&self) -> &str {
        self.council.as_deref().unwrap_or(&self.name)
    }
}

/// The house style for times in the minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Clock {
    /// "10.30 am", "2.52 pm".
    #[default]
    TwelveHour,
    /// "10.35", "16.00".
    TwentyFourHour,
}

impl Clock {
    fn is_twelve_hour(&self) -> bool {
        *self == Clock::TwelveHour
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum BodyKind {
    #[default]
    Committee,
    SubCommittee,
    Board,
    OverviewAndScrutiny,
    /// A parish council meeting as a whole council, its clerk often its only officer.
    ParishCouncil,
    /// A town council, often with a Mayor.
    TownCouncil,
    /// A council's executive (its cabinet), whose decisions are each published as a record of
    /// the decision, open to call-in.
    Executive,
}

impl BodyKind {
    pub const ALL: &'static [BodyKind] = &[
        BodyKind::Committee,
        BodyKind::SubCommittee,
        BodyKind::Board,
        BodyKind::OverviewAndScrutiny,
        BodyKind::ParishCouncil,
        BodyKind::TownCouncil,
        BodyKind::Executive,
    ];

    /// The kind a body's name says it is: "Ashcombe Parish Council" meeting as a whole is a
    /// parish council, its "Planning Committee" a committee.
    pub fn from_name(name: &str) -> BodyKind {
        let lower = name.trim().to_lowercase();
        let ends = |words: &[&str]| words.iter().any(|w| lower.ends_with(w));
        if lower.contains("overview and scrutiny") || lower.contains("scrutiny") {
            BodyKind::OverviewAndScrutiny
        } else if lower.ends_with("cabinet") || lower.ends_with("executive") {
            BodyKind::Executive
        } else if lower.contains("board") {
            BodyKind::Board
        } else if lower.contains("sub-committee") || lower.contains("sub committee") {
            BodyKind::SubCommittee
        } else if ends(&[
            "parish council",
            "community council",
            "village council",
            "parish meeting",
        ]) {
            BodyKind::ParishCouncil
        } else if ends(&["town council"]) {
            BodyKind::TownCouncil
        } else {
            BodyKind::Committee
        }
    }

    /// The screen's name for the kind.
    pub fn label(self) -> &'static str {
        match self {
            BodyKind::Committee => "committee",
            BodyKind::SubCommittee => "sub-committee",
            BodyKind::Board => "board",
            BodyKind::OverviewAndScrutiny => "overview and scrutiny committee",
            BodyKind::ParishCouncil => "parish council",
            BodyKind::TownCouncil => "town council",
            BodyKind::Executive => "cabinet or executive",
        }
    }

    /// Whether a parish or town council: the bodies that approve their own payments, set a
    /// precept and co-opt members.
    pub fn is_local_council(self) -> bool {
        matches!(self, BodyKind::ParishCouncil | BodyKind::TownCouncil)
    }
}

/// How the body styles its presiding member and their deputy. The words the minutes print are
/// the house style's (`title_chair`, `title_vice_chairman`, `title_mayor`, …); these are the
/// screen's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ChairTitle {
    #[default]
    Chair,
    Chairman,
    /// A town council's Mayor, with a Deputy Mayor.
    Mayor,
    /// A city's Lord Mayor, with a Deputy Lord Mayor.
    LordMayor,
}

impl ChairTitle {
    pub const ALL: [ChairTitle; 4] = [
        ChairTitle::Chair,
        ChairTitle::Chairman,
        ChairTitle::Mayor,
        ChairTitle::LordMayor,
    ];

    pub fn chair(self) -> &'static str {
        match self {
            ChairTitle::Chair => "Chair",
            ChairTitle::Chairman => "Chairman",
            ChairTitle::Mayor => "Mayor",
            ChairTitle::LordMayor => "Lord Mayor",
        }
    }

    pub fn vice_chair(self) -> &'static str {
        match self {
            ChairTitle::Chair => "Vice-Chair",
            ChairTitle::Chairman => "Vice-Chairman",
            ChairTitle::Mayor => "Deputy Mayor",
            ChairTitle::LordMayor => "Deputy Lord Mayor",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_the_kind_its_name_says() {
        let kind = BodyKind::from_name;
        assert_eq!(kind("Ashcombe Parish Council"), BodyKind::ParishCouncil);
        assert_eq!(kind("Llanfair Community Council"), BodyKind::ParishCouncil);
        assert_eq!(kind("Kingsford Town Council"), BodyKind::TownCouncil);
        assert_eq!(
            kind("Kingsford Town Council Planning Committee"),
            BodyKind::Committee
        );
        assert_eq!(kind("Health and Wellbeing Board"), BodyKind::Board);
        assert_eq!(kind("Licensing Sub-Committee"), BodyKind::SubCommittee);
        assert_eq!(kind("Planning Committee"), BodyKind::Committee);
        assert_eq!(kind("Cabinet"), BodyKind::Executive);
        assert_eq!(kind("Royal Borough Cabinet"), BodyKind::Executive);
    }
}
