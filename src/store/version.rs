//! The meeting-file format across versions: how to read each one into today's model.

use crate::model::Meeting;

/// How every meeting file is read: `Some(..)` may be left out around optional values, so a
/// hand-edited file reads naturally.
pub fn options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Reads a file of the given version (already known to be no newer than this build's).
///
/// Version 1 is the first format. When the format changes, the reader for each older version
/// goes here, turning what that version wrote into today's model, so that old files keep
/// opening.
pub fn read(text: &str, _version: u32) -> Result<Meeting, ron::error::SpannedError> {
    options().from_str(text)
}
