//! Working days and clear days in England and Wales, as the law counts them for a clerk's
//! deadlines: Saturdays, Sundays and bank holidays are not working days; for a parish or
//! community council's three clear days' notice, only Sundays and bank holidays are passed over.
//! The bank holidays, the moved and the extra ones included, are the `bankholidays` crate's.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A bank holiday in England and Wales.
pub fn bank_holiday(date: NaiveDate) -> bool {
    bankholidays::uk::is_bankholiday(&date)
}

/// Monday to Friday, and not a bank holiday.
pub fn working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !bank_holiday(date)
}

/// A day counted in a parish or community council's clear days: any day but a Sunday or a
/// bank holiday (Schedule 12 to the Local Government Act 1972, with section 243).
pub fn parish_day(date: NaiveDate) -> bool {
    date.weekday() != Weekday::Sun && !bank_holiday(date)
}

/// The `n`th working day after `date` (the first is the next working day).
pub fn working_days_after(date: NaiveDate, n: u32) -> NaiveDate {
    let mut day = date;
    let mut counted = 0;
    while counted < n {
        day += Duration::days(1);
        if working_day(day) {
            counted += 1;
        }
    }
    day
}

/// The last day of a period of `n` working days beginning with `date` (`date` itself the
/// first, when it is a working day): "before the end of seven working days beginning with the
/// day on which the meeting is held".
pub fn end_of_working_days_from(date: NaiveDate, n: u32) -> NaiveDate {
    if n == 0 {
        return date;
    }
    let start = if working_day(date) { 1 } else { 0 };
    if start == 1 && n == 1 {
        return date;
    }
    working_days_after(date, n - start)
}

/// The last day a notice may be given and still leave `n` clear days, counted as `counts`
/// says, before `meeting`: neither the day it is given nor the day of the meeting is one of
/// them.
pub fn clear_days_before(meeting: NaiveDate, n: u32, counts: fn(NaiveDate) -> bool) -> NaiveDate {
    let mut day = meeting;
    let mut counted = 0;
    while counted < n {
        day -= Duration::days(1);
        if counts(day) {
            counted += 1;
        }
    }
    day - Duration::days(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a date")
    }

    #[test]
    fn bank_holidays_and_weekends_are_not_working_days() {
        // Easter 2026: Good Friday 3 April, Easter Monday 6 April.
        assert!(!working_day(date(2026, 4, 3)));
        assert!(!working_day(date(2026, 4, 6)));
        assert!(!working_day(date(2026, 4, 4)));
        assert!(working_day(date(2026, 4, 7)));
        // The coronation's extra bank holiday.
        assert!(!working_day(date(2023, 5, 8)));
        // Thursday 2 April 2026, then Easter: the next working day is Tuesday 7 April.
        assert_eq!(working_days_after(date(2026, 4, 2), 1), date(2026, 4, 7));
    }

    #[test]
    fn seven_working_days_begin_with_the_day_of_the_meeting() {
        // Tuesday 10 March 2026: Tue 10 to Wed 18 March.
        assert_eq!(
            end_of_working_days_from(date(2026, 3, 10), 7),
            date(2026, 3, 18)
        );
        // Saturday 14 March: the count begins on Monday 16 March.
        assert_eq!(
            end_of_working_days_from(date(2026, 3, 14), 7),
            date(2026, 3, 24)
        );
    }

    #[test]
    fn clear_days_leave_out_the_day_given_and_the_day_of_the_meeting() {
        // A parish meeting on Thursday 12 March 2026: Wednesday 11, Tuesday 10 and Monday 9
        // are the three clear days, so the summons goes out by Sunday 8 March.
        assert_eq!(
            clear_days_before(date(2026, 3, 12), 3, parish_day),
            date(2026, 3, 8)
        );
        // A principal council's five clear working days before Tuesday 7 April 2026, across
        // Easter: Thu 2, Wed 1, Tue 31, Mon 30 March, Fri 27 March; so Thursday 26 March.
        assert_eq!(
            clear_days_before(date(2026, 4, 7), 5, working_day),
            date(2026, 3, 26)
        );
    }
}
