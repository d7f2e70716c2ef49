//! What the live screen asks of the world outside it: a file written, quitting. The screen's
//! state and its overlays return these; the run loop carries them out.

use std::path::PathBuf;

use crate::minutes::Format;

/// Something outside the screen the run loop carries out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
    /// Quit although the last changes could not be saved, keeping them in the data folder.
    QuitLeavingRecovery,
    /// Save the meeting to this file and carry on there.
    SaveAs(PathBuf),
    /// Write the minutes beside the meeting file; `replace` once the clerk has agreed to
    /// replace a file there that Minutebook did not write.
    WriteMinutes {
        format: Format,
        confidential: bool,
        replace: bool,
    },
    /// The clerk answered the offer of a recovery copy: true if it was restored.
    RecoveryAnswered(bool),
    /// The clerk declined a kept draft, which can go.
    DraftDeclined,
}
