//! Money a parish or town council deals with at its meetings: a schedule of payments
//! approved (or receipts noted), each line with payee, details, amount, VAT and reference, and
//! the precept set for the coming year.

use super::form::{self, Answers, Question, Schema};
use super::{FormContext, InMinute, Kind, Motions, Public};
use crate::model::said::{Key, Phrase, Said, Slot};
use crate::model::{Event, ItemId, Meeting, Money, Payment, PersonId, Record, Room};

/// The kinds of this family, as forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Payments,
    Precept,
}

pub enum Finance<'e> {
    Payments {
        receipts: bool,
        entries: &'e [Payment],
    },
    Precept {
        year: &'e str,
        amount: Money,
    },
}

/// The total of the schedule.
pub fn total(entries: &[Payment]) -> Money {
    Money::from_pence(entries.iter().map(|e| e.amount.pence).sum())
}

impl<'e> Kind<'e> for Finance<'e> {
    fn people(&self) -> Vec<&'e PersonId> {
        Vec::new()
    }

    fn items(&self) -> Vec<&'e ItemId> {
        Vec::new()
    }

    fn motions(&self) -> Motions<'e> {
        Motions::default()
    }

    fn unsound(&self) -> Option<String> {
        match self {
            Finance::Payments { entries: [], .. } => {
                Some("a schedule of payments needs at least one line".into())
            }
            Finance::Payments { .. } => None,
            Finance::Precept { year, .. } => year
                .trim()
                .is_empty()
                .then(|| "a precept needs the year it is for".into()),
        }
    }

    fn enter(&self, _room: &mut Room<'_>) {}

    // Approving payments or setting the precept is the council's decision on the item.
    fn decides(&self) -> bool {
        true
    }

    fn public(&self) -> Option<Public> {
        None
    }

    fn line(&self, _meeting: &Meeting, _record: &Record) -> String {
        match self {
            Finance::Payments { receipts, entries } => format!(
                "{} ({} line{}, {})",
                if *receipts {
                    "Receipts noted"
                } else {
                    "Payments approved"
                },
                entries.len(),
                if entries.len() == 1 { "" } else { "s" },
                total(entries).printed()
            ),
            Finance::Precept { year, amount } => {
                format!("Precept for {year} set at {}", amount.printed())
            }
        }
    }

    fn said(&self, _minute: &InMinute<'_>) -> Vec<Said> {
        match self {
            Finance::Payments { receipts, entries } => {
                let key = if *receipts {
                    Key::ReceiptsNoted
                } else {
                    Key::PaymentsApproved
                };
                let rows = entries
                    .iter()
                    .map(|e| {
                        vec![
                            e.payee.clone(),
                            e.details.clone(),
                            e.amount.printed(),
                            e.vat.map(Money::printed).unwrap_or_default(),
                            e.reference.clone().unwrap_or_default(),
                        ]
                    })
                    .collect();
                let payee = if *receipts {
                    Key::PaymentFrom
                } else {
                    Key::PaymentPayee
                };
                vec![
                    Said::Paragraph(
                        Phrase::new(key)
                            .text("total", total(entries).printed())
                            .with(
                                "count",
                                Slot::Number(u32::try_from(entries.len()).unwrap_or(u32::MAX)),
                            ),
                    ),
                    Said::Table {
                        header: [
                            payee,
                            Key::PaymentDetails,
                            Key::PaymentAmount,
                            Key::PaymentVat,
                            Key::PaymentReference,
                        ]
                        .map(Phrase::new)
                        .to_vec(),
                        rows,
                    },
                ]
            }
            Finance::Precept { year, amount } => vec![Said::ResolvedThat {
                marker: Phrase::new(Key::Resolved),
                resolutions: vec![
                    Phrase::new(Key::Precept)
                        .text("year", year.trim())
                        .text("amount", amount.printed()),
                ],
            }],
        }
    }

    fn form(&self, _context: &FormContext<'_>) -> Option<Schema> {
        Some(match self {
            Finance::Payments { receipts, entries } => payments_form(*receipts, &schedule(entries)),
            Finance::Precept { year, amount } => precept_form(year, &amount.to_string()),
        })
    }
}

/// The schedule as the form shows it: a line per payment, its parts separated by "|".
fn schedule(entries: &[Payment]) -> String {
    entries
        .iter()
        .map(|e| {
            let vat = e.vat.map(|v| v.to_string()).unwrap_or_default();
            let reference = e.reference.clone().unwrap_or_default();
            format!(
                "{} | {} | {} | {vat} | {reference}",
                e.payee, e.details, e.amount
            )
            .trim_end_matches([' ', '|'])
            .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads one line of a schedule: "payee | details | amount | VAT | reference", the last
/// three parts after the amount optional; tabs or semicolons may stand for "|".
pub fn payment_line(line: &str) -> Result<Payment, String> {
    let separator = if line.contains('|') {
        '|'
    } else if line.contains('\t') {
        '\t'
    } else {
        ';'
    };
    let parts: Vec<&str> = line.split(separator).map(str::trim).collect();
    let part = |i: usize| parts.get(i).copied().unwrap_or_default();
    if parts.len() < 3 || part(0).is_empty() {
        return Err(format!(
            "\"{}\": write each payment as payee | details | amount, then VAT and reference if any",
            line.trim()
        ));
    }
    let vat = match part(3) {
        "" => None,
        typed => Some(typed.parse::<Money>()?),
    };
    Ok(Payment {
        payee: part(0).to_string(),
        details: part(1).to_string(),
        amount: part(2).parse()?,
        vat,
        reference: Some(part(4).to_string()).filter(|r| !r.is_empty()),
    })
}

fn payments_form(receipts: bool, schedule: &str) -> Schema {
    Schema::new(
        if receipts {
            "Receipts noted"
        } else {
            "Payments approved"
        },
        vec![
            Question::choice(
                "Schedule of",
                &["payments approved", "receipts noted"],
                usize::from(receipts),
            ),
            Question::lines(
                "One per line: payee | details | amount | VAT | reference",
                schedule,
            ),
        ],
    )
}

fn precept_form(year: &str, amount: &str) -> Schema {
    Schema::new(
        "The precept",
        vec![
            Question::text("For the year", year),
            Question::text("Amount", amount),
        ],
    )
}

pub fn blank(which: Which, context: &FormContext<'_>) -> Option<Schema> {
    Some(match which {
        Which::Payments => payments_form(false, ""),
        Which::Precept => {
            use chrono::Datelike;
            // The precept is set in the winter for the financial year that begins in April.
            let start = context.meeting.date.year() + i32::from(context.meeting.date.month() >= 4);
            precept_form(&format!("{start}/{:02}", (start + 1).rem_euclid(100)), "")
        }
    })
}

pub fn build(which: Which, answers: &dyn Answers) -> Result<Event, String> {
    Ok(match which {
        Which::Payments => {
            let typed = form::required(answers, 1)?;
            let entries = typed
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(payment_line)
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| format!("{}: {e}", answers.label(1)))?;
            Event::Payments {
                receipts: answers.choice(0) == 1,
                entries,
            }
        }
        Which::Precept => Event::Precept {
            year: form::required(answers, 0)?,
            amount: form::required(answers, 1)?
                .parse()
                .map_err(|e| format!("{}: {e}", answers.label(1)))?,
        },
    })
}
