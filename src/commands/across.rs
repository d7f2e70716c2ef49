//! `attendance`, `actions`, `applications` and `search`: one view over the meetings in folders.

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::across::{self, report::Report};

/// Which view, and what it is asked for.
#[derive(Debug, Clone, Copy)]
pub enum View<'a> {
    Attendance {
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
    Actions {
        confidential: bool,
    },
    Applications {
        reference: Option<&'a str>,
        confidential: bool,
    },
    Search {
        words: &'a str,
        confidential: bool,
    },
}

/// The view over every meeting found in `places`, with the files left out listed.
pub fn across(places: &[PathBuf], view: View<'_>) -> Report {
    let collection = across::gather(places);
    of(&collection, view)
}

/// The view over meetings already gathered.
pub fn of(collection: &across::Collection, view: View<'_>) -> Report {
    match view {
        View::Attendance { from, to } => {
            let summary = across::attendance::attendance(collection, from, to);
            across::attendance::report(&summary, &collection.skipped)
        }
        View::Actions { confidential } => {
            let list = across::actions::actions(collection, confidential);
            across::actions::report(&list, &collection.skipped)
        }
        View::Applications {
            reference,
            confidential,
        } => {
            let list = across::applications::applications(collection, reference, confidential);
            across::applications::report(&list, &collection.skipped)
        }
        View::Search {
            words,
            confidential,
        } => {
            let hits = across::search::search(collection, words, confidential);
            across::search::report(&hits, words, &collection.skipped)
        }
    }
}
