//! The parts of the business other councils minute every month: sums of money, the people
//! who speak from the public side of the room, and each line of a schedule of payments.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A sum of money in pence, written in the file as pounds ("2418.60") and printed as
/// "£2,418.60".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money {
    pub pence: i64,
}

impl Money {
    pub fn from_pence(pence: i64) -> Money {
        Money { pence }
    }

    /// As the minutes print it: "£2,418.60", "-£12.00".
    pub fn printed(self) -> String {
        let sign = if self.pence < 0 { "-" } else { "" };
        let pence = self.pence.unsigned_abs();
        let pounds = (pence / 100).to_string();
        let mut grouped = String::new();
        for (index, digit) in pounds.chars().enumerate() {
            if index > 0 && (pounds.len() - index).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(digit);
        }
        format!("{sign}£{grouped}.{:02}", pence % 100)
    }
}

impl fmt::Display for Money {
    /// As the file keeps it: "2418.60".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.pence < 0 { "-" } else { "" };
        let pence = self.pence.unsigned_abs();
        write!(f, "{sign}{}.{:02}", pence / 100, pence % 100)
    }
}

impl FromStr for Money {
    type Err = String;

    /// A sum as a clerk types it: "2418.60", "£2,418.60", "45", "£45.5", "-12.00".
    fn from_str(text: &str) -> Result<Money, String> {
        let wrong =
            || format!("\"{text}\" is not a sum of money (write it as 1234.56 or £1,234.56)");
        let trimmed = text.trim();
        let (negative, rest) = match trimmed.strip_prefix('-') {
            Some(rest) => (true, rest.trim_start()),
            None => (false, trimmed),
        };
        let rest = rest.strip_prefix('£').unwrap_or(rest).replace(',', "");
        let (pounds, pence) = match rest.split_once('.') {
            Some((pounds, pence)) => (pounds.to_string(), pence.to_string()),
            None => (rest.clone(), String::new()),
        };
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        if !digits(&pounds) || pence.len() > 2 || !(pence.is_empty() || digits(&pence)) {
            return Err(wrong());
        }
        let pounds: i64 = pounds.parse().map_err(|_| wrong())?;
        let pence: i64 = match pence.len() {
            0 => 0,
            1 => pence.parse::<i64>().map_err(|_| wrong())? * 10,
            _ => pence.parse().map_err(|_| wrong())?,
        };
        let total = pounds
            .checked_mul(100)
            .and_then(|p| p.checked_add(pence))
            .ok_or_else(wrong)?;
        Ok(Money {
            pence: if negative { -total } else { total },
        })
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Money, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// One line of a schedule of payments or receipts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payment {
    /// Who is paid, or who paid.
    pub payee: String,
    /// What for: "hall hire, May".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub details: String,
    pub amount: Money,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat: Option<Money>,
    /// The cheque number or transfer reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// In what capacity someone from the public side of the room spoke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Capacity {
    /// A resident or member of the public, in public participation or question time.
    #[default]
    Public,
    /// Against a planning application.
    Objector,
    /// For a planning application.
    Supporter,
    Applicant,
    /// For the applicant.
    Agent,
    /// A ward (or district, or county) councillor who is not a member of the body.
    WardCouncillor,
    /// For a parish or town council, at a planning committee.
    ParishCouncil,
}

impl Capacity {
    pub const ALL: &'static [Capacity] = &[
        Capacity::Public,
        Capacity::Objector,
        Capacity::Supporter,
        Capacity::Applicant,
        Capacity::Agent,
        Capacity::WardCouncillor,
        Capacity::ParishCouncil,
    ];

    /// The screen's word for it.
    pub fn word(self) -> &'static str {
        match self {
            Capacity::Public => "member of the public",
            Capacity::Objector => "objector",
            Capacity::Supporter => "supporter",
            Capacity::Applicant => "applicant",
            Capacity::Agent => "agent",
            Capacity::WardCouncillor => "ward councillor",
            Capacity::ParishCouncil => "parish or town council",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_read_as_clerks_type_them_and_print_as_the_minutes_do() {
        let read = |text: &str| text.parse::<Money>().map(|m| m.pence);
        assert_eq!(read("2418.60"), Ok(241_860));
        assert_eq!(read("£2,418.6"), Ok(241_860));
        assert_eq!(read(" 45 "), Ok(4_500));
        assert_eq!(read("-12.05"), Ok(-1_205));
        for wrong in ["", "£", "12.345", "ten", "1.2.3", "£-5"] {
            assert!(read(wrong).is_err(), "{wrong}");
        }
        assert_eq!(Money::from_pence(123_456_789).printed(), "£1,234,567.89");
        assert_eq!(Money::from_pence(-1_200).printed(), "-£12.00");
        assert_eq!(Money::from_pence(5).to_string(), "0.05");
    }
}
