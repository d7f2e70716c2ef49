//! Where everything of one meeting is kept: the meeting file itself (the real file behind any
//! link), the text of an unfinished form and a recovery copy beside it, and, when that folder
//! cannot be written, the same two in the data folder. What goes into the data folder is named
//! by the meeting's whole path, never by its file name alone, so two meetings called `m.ron` in
//! different folders never share, overwrite or are offered each other's work.

use std::path::{Path, PathBuf};

/// The file in a meeting's folder in the data folder that says which meeting it belongs to.
const BELONGS_TO: &str = "meeting";

/// The places of one meeting's work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Places {
    /// The real meeting file, links resolved.
    meeting: PathBuf,
    /// Minutebook's data folder.
    data: PathBuf,
}

impl Places {
    /// The places of the meeting at `meeting` (a link is followed to the real file), with
    /// Minutebook's data folder at `data`.
    pub fn new(meeting: &Path, data: &Path) -> Places {
        Places {
            meeting: real_path(meeting),
            data: data.to_path_buf(),
        }
    }

    /// The meeting file.
    pub fn meeting(&self) -> &Path {
        &self.meeting
    }

    /// The data folder.
    pub fn data(&self) -> &Path {
        &self.data
    }

    /// The text of an unfinished form, beside the meeting: `.m.ron.draft`.
    pub fn draft_beside(&self) -> PathBuf {
        beside(&self.meeting, ".", ".draft")
    }

    /// A recovery copy of the whole meeting, beside it: `m.ron.recovered`.
    pub fn recovery_beside(&self) -> PathBuf {
        beside(&self.meeting, "", ".recovered")
    }

    /// This meeting's own folder in the data folder's `kept/`: its file name, for a person
    /// looking, and a fingerprint of its whole path, to tell it from every other meeting.
    pub fn kept_folder(&self) -> PathBuf {
        let name = self
            .meeting
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "meeting".into());
        self.data
            .join("kept")
            .join(format!("{name}-{:016x}", fingerprint(&self.meeting)))
    }

    /// The text of an unfinished form, in the data folder.
    pub fn draft_in_data(&self) -> PathBuf {
        self.kept_folder().join("draft")
    }

    /// A recovery copy of the whole meeting, in the data folder.
    pub fn recovery_in_data(&self) -> PathBuf {
        self.kept_folder().join("recovered")
    }

    /// Where a draft may be kept, first choice first.
    pub fn drafts(&self) -> [PathBuf; 2] {
        [self.draft_beside(), self.draft_in_data()]
    }

    /// Where a recovery copy may be kept, first choice first.
    pub fn recoveries(&self) -> [PathBuf; 2] {
        [self.recovery_beside(), self.recovery_in_data()]
    }

    /// Notes in the meeting's folder in the data folder which meeting it is for. Called before
    /// anything is kept there; a failure shows when the keeping itself fails.
    pub fn claim_kept_folder(&self) -> std::io::Result<()> {
        let folder = self.kept_folder();
        std::fs::create_dir_all(&folder)?;
        let note = folder.join(BELONGS_TO);
        if std::fs::read(&note).ok().as_deref() == Some(self.identity().as_bytes()) {
            return Ok(());
        }
        crate::store::write_whole(&note, self.identity().as_bytes()).map(drop)
    }

    /// Whether what is kept at `place` is this meeting's: beside the meeting it always is; in
    /// the data folder only when the folder it is in says so. A fingerprint that two paths
    /// happened to share would otherwise offer one meeting's work as the other's.
    pub fn owns(&self, place: &Path) -> bool {
        let Some(folder) = place.parent() else {
            return false;
        };
        if folder != self.kept_folder() {
            return true;
        }
        std::fs::read(folder.join(BELONGS_TO)).ok().as_deref() == Some(self.identity().as_bytes())
    }

    /// The meeting's whole path as the note in its kept folder holds it.
    fn identity(&self) -> String {
        self.meeting.to_string_lossy().into_owned()
    }
}

/// The file a path leads to: a meeting kept behind a link (a synced folder) is saved into the
/// real file, and the link is left as it is.
pub fn real_path(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| absolute(path))
}

/// The path from the root, for a file that does not exist yet.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// `folder/<prefix><file name><suffix>`.
fn beside(path: &Path, prefix: &str, suffix: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{prefix}{name}{suffix}"))
}

/// A fingerprint of a path that stays the same from one version of Minutebook to the next
/// (FNV-1a over its bytes): the standard library's hasher may change between releases, and a
/// kept copy must be found again by the next version.
fn fingerprint(path: &Path) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in path.as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meetings_of_the_same_name_in_different_folders_keep_apart() {
        let folder = tempfile::tempdir().expect("folder");
        let data = folder.path().join("data");
        for committee in ["x", "y"] {
            std::fs::create_dir_all(folder.path().join(committee)).expect("made");
            std::fs::write(folder.path().join(committee).join("m.ron"), "").expect("made");
        }
        let x = Places::new(&folder.path().join("x/m.ron"), &data);
        let y = Places::new(&folder.path().join("y/m.ron"), &data);
        assert_ne!(x.kept_folder(), y.kept_folder());
        assert_ne!(x.recovery_in_data(), y.recovery_in_data());
        assert_ne!(x.draft_in_data(), y.draft_in_data());
        // Both keep their file's name where a person looking can see it.
        assert!(
            x.kept_folder()
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("m.ron-"))
        );
    }

    #[test]
    fn kept_work_in_the_data_folder_is_offered_only_to_the_meeting_it_names() {
        let folder = tempfile::tempdir().expect("folder");
        let data = folder.path().join("data");
        let x = Places::new(&folder.path().join("m.ron"), &data);
        x.claim_kept_folder().expect("claimed");
        assert!(x.owns(&x.recovery_in_data()));
        assert!(x.owns(&x.recovery_beside()));
        // Another meeting whose folder in the data folder were the same (its note says whose).
        std::fs::write(x.kept_folder().join(BELONGS_TO), "/elsewhere/m.ron").expect("written");
        assert!(!x.owns(&x.recovery_in_data()));
    }

    #[test]
    fn the_fingerprint_does_not_change_between_versions() {
        // Fixed values: a kept copy written by one version is found by the next.
        assert_eq!(fingerprint(Path::new("")), 0xcbf2_9ce4_8422_2325);
        assert_eq!(
            fingerprint(Path::new("/a/m.ron")),
            fingerprint(Path::new("/a/m.ron"))
        );
        assert_ne!(
            fingerprint(Path::new("/a/m.ron")),
            fingerprint(Path::new("/b/m.ron"))
        );
        assert_eq!(fingerprint(Path::new("a")), 0xaf63_dc4c_8601_ec8c);
    }
}
