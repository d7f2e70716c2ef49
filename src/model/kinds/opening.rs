//! The Chair opening and closing the meeting. Their times make the minutes' closing line, so
//! they say nothing in any minute of their own.

use super::form::Schema;
use super::{FormContext, InMinute, Kind, Motions, Public};
use crate::model::said::Said;
use crate::model::{Event, ItemId, Meeting, PersonId, Record, Room};

/// The kinds of this family, as records and as forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    Commenced,
    Concluded,
}

impl<'e> Kind<'e> for Opening {
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
        None
    }

    fn enter(&self, _room: &mut Room<'_>) {}

    fn decides(&self) -> bool {
        false
    }

    fn public(&self) -> Option<Public> {
        None
    }

    fn line(&self, _meeting: &Meeting, _record: &Record) -> String {
        match self {
            Opening::Commenced => "The meeting commenced".into(),
            Opening::Concluded => "The meeting concluded".into(),
        }
    }

    fn said(&self, _minute: &InMinute<'_>) -> Vec<Said> {
        Vec::new()
    }

    fn form(&self, _context: &FormContext<'_>) -> Option<Schema> {
        blank(*self)
    }
}

/// Only the time: the clock's, or the time it really happened when catching up.
pub fn blank(which: Opening) -> Option<Schema> {
    Some(Schema::new(
        match which {
            Opening::Commenced => "The meeting commenced",
            Opening::Concluded => "The meeting concluded",
        },
        Vec::new(),
    ))
}

pub fn build(which: Opening) -> Result<Event, String> {
    Ok(match which {
        Opening::Commenced => Event::Commenced,
        Opening::Concluded => Event::Concluded,
    })
}
