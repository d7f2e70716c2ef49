//! The meeting-file format across versions: how to read each one into today's model.

use serde::Deserialize;

use crate::model::{FORMAT_VERSION, Meeting};

/// How every meeting file is read: `Some(..)` may be left out around optional values, so a
/// hand-edited file reads naturally.
pub fn options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// What a meeting file turned out to be.
pub enum Read {
    Meeting(Box<Meeting>),
    /// Written by a newer Minutebook, in this version of the format.
    Newer(u32),
}

/// Reads a meeting file of any version this build knows.
///
/// Files of the current version parse in one pass. Only when that fails is the version read on
/// its own, so that a newer file is refused for being newer rather than for fields this build
/// has never heard of. Version 1 is the first format; when the format changes, the reader for
/// each older version goes here, turning what it wrote into today's model.
pub fn read(text: &str) -> Result<Read, ron::error::SpannedError> {
    // A file as Minutebook writes it is read quickly; it means the same. Anything else, and
    // anything wrong, is read by RON, whose errors say where and what.
    let whole = super::quick::read::<Meeting>(text).map_or_else(|| options().from_str(text), Ok);
    match whole {
        Ok(meeting) if meeting.version > FORMAT_VERSION => Ok(Read::Newer(meeting.version)),
        Ok(meeting) => Ok(Read::Meeting(Box::new(meeting))),
        Err(error) => match probe_version(text) {
            Ok(found) if found > FORMAT_VERSION => Ok(Read::Newer(found)),
            _ => Err(error),
        },
    }
}

/// Reads just the version, whatever else the file holds.
fn probe_version(text: &str) -> Result<u32, ron::error::SpannedError> {
    #[derive(Deserialize)]
    #[serde(rename = "Meeting")]
    struct Probe {
        version: u32,
    }
    let probe: Probe = options().from_str(text)?;
    Ok(probe.version)
}
