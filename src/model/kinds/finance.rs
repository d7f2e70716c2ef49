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

/// The total of the schedule: what was paid, VAT included.
pub fn total(entries: &[Payment]) -> Money {
    Money::from_pence(entries.iter().map(|e| e.amount.pence).sum())
}

/// The VAT in the schedule's total.
pub fn total_vat(entries: &[Payment]) -> Money {
    Money::from_pence(entries.iter().filter_map(|e| e.vat).map(|v| v.pence).sum())
}

/// A precept's year as councils write it, "2027/28", from "2027/28", "2027-28", "2027/2028" or
/// "2027"; none for anything that is not a financial year.
pub fn financial_year(typed: &str) -> Option<String> {
    let typed = typed.trim();
    let year = |text: &str| {
        (text.len() == 4 && text.chars().all(|c| c.is_ascii_digit()))
            .then(|| text.parse::<i32>().ok())
            .flatten()
    };
    let first = match typed.split_once(['/', '-']) {
        Some((first, second)) => {
            let first = year(first.trim())?;
            let second = second.trim();
            let follows = match second.len() {
                2 => second.parse::<i32>().ok()? == (first + 1).rem_euclid(100),
                4 => year(second)? == first + 1,
                _ => false,
            };
            follows.then_some(first)?
        }
        None => year(typed)?,
    };
    Some(format!("{first}/{:02}", (first + 1).rem_euclid(100)))
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
                // The total paid, and where any VAT was given, what it was before VAT and the
                // VAT in it.
                let vat = total_vat(entries);
                let with_vat = vat.pence != 0;
                let net = Money::from_pence(total(entries).pence - vat.pence);
                vec![
                    Said::Paragraph(
                        Phrase::new(key)
                            .text("total", total(entries).printed())
                            .maybe("net", with_vat.then(|| Slot::Text(net.printed())))
                            .maybe("vat", with_vat.then(|| Slot::Text(vat.printed())))
                            .with(
                                "count",
                                Slot::Number(u32::try_from(entries.len()).unwrap_or(u32::MAX)),
                            ),
                    ),
                    schedule_table(*receipts, entries),
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

/// The schedule as a table: payee, details, the sums (net, VAT and gross where VAT was given
/// on any line, the amount alone where none was), and the references where any was given,
/// closed by a row adding the sums up. A line with no VAT given has none: its net is its
/// amount, as the sentence above the table counts it.
fn schedule_table(receipts: bool, entries: &[Payment]) -> Said {
    let with_vat = entries.iter().any(|e| e.vat.is_some());
    let with_references = entries.iter().any(|e| e.reference.is_some());
    let payee = if receipts {
        Key::PaymentFrom
    } else {
        Key::PaymentPayee
    };
    let mut header = vec![payee, Key::PaymentDetails];
    if with_vat {
        header.extend([Key::PaymentNet, Key::PaymentVat, Key::PaymentGross]);
    } else {
        header.push(Key::PaymentAmount);
    }
    let amounts: Vec<usize> = (2..header.len()).collect();
    if with_references {
        header.push(Key::PaymentReference);
    }
    let sums = |amount: Money, vat: Option<Money>| {
        if with_vat {
            let net = Money::from_pence(amount.pence - vat.map_or(0, |v| v.pence));
            vec![
                net.printed(),
                vat.map(Money::printed).unwrap_or_default(),
                amount.printed(),
            ]
        } else {
            vec![amount.printed()]
        }
    };
    let rows = entries
        .iter()
        .map(|e| {
            let mut row = vec![e.payee.clone(), e.details.clone()];
            row.extend(sums(e.amount, e.vat));
            if with_references {
                row.push(e.reference.clone().unwrap_or_default());
            }
            row
        })
        .collect();
    let mut total_row = vec![String::new()];
    total_row.extend(sums(total(entries), Some(total_vat(entries))));
    if with_references {
        total_row.push(String::new());
    }
    Said::Table {
        header: header.into_iter().map(Phrase::new).collect(),
        amounts,
        rows,
        total: Some((Phrase::new(Key::PaymentTotal), total_row)),
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
    // Nothing typed is dropped: a line with more parts than a payment has is refused.
    if parts.len() > 5 {
        return Err(format!(
            "\"{}\" has {} parts, and a payment has five at most: payee | details | amount | VAT | reference (write any \"{separator}\" in the details another way)",
            line.trim(),
            parts.len()
        ));
    }
    let in_line = |e: String| format!("\"{}\": {e}", line.trim());
    let vat = match part(3) {
        "" => None,
        typed => Some(typed.parse::<Money>().map_err(in_line)?),
    };
    Ok(Payment {
        payee: part(0).to_string(),
        details: part(1).to_string(),
        amount: part(2).parse().map_err(in_line)?,
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
            // The label stays short enough to show whole; the columns are in the hint.
            Question::lines("Lines", schedule).helped(
                "a line each: payee | details | amount (with any VAT) | VAT | reference, as Greenway Ltd | grass cutting | 1,380.00 | 230.00 | BACS 1202",
            ),
        ],
    )
}

fn precept_form(year: &str, amount: &str) -> Schema {
    Schema::new(
        "The precept",
        vec![
            Question::text("For the year", year)
                .helped("the financial year the precept is for: 2027/28"),
            Question::text("Amount", amount).helped("the sum in pounds: 32,500.00"),
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
            year: financial_year(&form::required(answers, 0)?).ok_or_else(|| {
                format!(
                    "{}: \"{}\" is not a financial year; write it as 2027/28",
                    answers.label(0),
                    answers.text(0).trim()
                )
            })?,
            amount: form::required(answers, 1)?
                .parse()
                .map_err(|e| format!("{}: {e}", answers.label(1)))?,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_precept_year_is_a_financial_year() {
        assert_eq!(financial_year("2027/28").as_deref(), Some("2027/28"));
        assert_eq!(financial_year("2027-28").as_deref(), Some("2027/28"));
        assert_eq!(financial_year(" 2027/2028 ").as_deref(), Some("2027/28"));
        assert_eq!(financial_year("2099").as_deref(), Some("2099/00"));
        assert_eq!(financial_year("abc"), None);
        assert_eq!(financial_year("2027/29"), None);
        assert_eq!(financial_year("27/28"), None);
    }

    #[test]
    fn a_payment_line_with_more_parts_than_a_payment_is_refused() {
        assert!(payment_line("Hall Trust | hire | 45.00 | 7.50 | BACS 1").is_ok());
        let refused =
            payment_line("Hall Trust | hire | May | 45.00 | 7.50 | BACS 1").expect_err("six parts");
        assert!(refused.contains("has 6 parts"), "{refused}");
    }
}
