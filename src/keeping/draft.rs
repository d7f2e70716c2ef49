//! The open form's text on disk as it is typed. Each key costs one write and no flush: the
//! text is in the file at once, so a killed Minutebook loses nothing typed, and a thread of its
//! own flushes it to the disk within half a second of the first unflushed key, so a power cut
//! loses at most the last moment of typing. Recorded changes are flushed as they are saved;
//! only the draft waits.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use super::kept::forget_draft;
use super::places::Places;
use crate::store;

/// How long typed text may wait before it is flushed to the disk.
pub const FLUSH_WITHIN: Duration = Duration::from_millis(500);

/// A draft written but not yet flushed: its file, where it is, and since when.
struct Unflushed {
    file: File,
    path: PathBuf,
    since: Instant,
}

type Shared = Arc<(Mutex<Option<Unflushed>>, Condvar)>;

/// The draft file of one meeting, kept open while a form is.
pub struct DraftFile {
    places: Places,
    /// The file being written, where it is, and how long it is on disk.
    open: Option<(File, PathBuf, usize)>,
    unflushed: Shared,
}

impl DraftFile {
    pub fn new(places: &Places) -> DraftFile {
        let unflushed: Shared = Arc::new((Mutex::new(None), Condvar::new()));
        let flusher = Arc::clone(&unflushed);
        // Without the thread the text is still written at every key; only its flush waits
        // for the next form to close or the screen to end.
        let _ = std::thread::Builder::new()
            .name("draft flusher".into())
            .spawn(move || flush_forever(&flusher));
        DraftFile {
            places: places.clone(),
            open: None,
            unflushed,
        }
    }

    /// Puts the form's text in the file: one write over what is there, padded with spaces
    /// (which the file's reader ignores) so that no shorter text leaves an old tail behind.
    /// The first text of a form makes the file, whole, beside the meeting or in the data
    /// folder.
    pub fn write(&mut self, text: &str) {
        if let Some((file, path, length)) = &mut self.open {
            let mut bytes = text.as_bytes().to_vec();
            if bytes.len() < *length {
                bytes.resize(*length, b' ');
            }
            if write_at_start(file, &bytes).is_ok() {
                *length = bytes.len();
                let path = path.clone();
                self.unflushed(&path);
                return;
            }
            self.open = None;
        }
        for place in self.places.drafts() {
            if place.starts_with(self.places.kept_folder())
                && self.places.claim_kept_folder().is_err()
            {
                continue;
            }
            if let Ok(file) = store::write_unflushed(&place, text.as_bytes()) {
                self.open = Some((file, place.clone(), text.len()));
                self.unflushed(&place);
                return;
            }
        }
    }

    /// The form has closed: its draft is no longer needed anywhere.
    pub fn forget(&mut self) {
        self.open = None;
        if let Ok(mut unflushed) = self.unflushed.0.lock() {
            *unflushed = None;
        }
        forget_draft(&self.places);
    }

    /// Marks the draft as waiting for its flush, unless it already is.
    fn unflushed(&self, path: &Path) {
        let (lock, wake) = &*self.unflushed;
        let Ok(mut unflushed) = lock.lock() else {
            return;
        };
        if unflushed.is_some() {
            return;
        }
        let Some(file) = self.open.as_ref().and_then(|(f, _, _)| f.try_clone().ok()) else {
            return;
        };
        *unflushed = Some(Unflushed {
            file,
            path: path.to_path_buf(),
            since: Instant::now(),
        });
        wake.notify_one();
    }
}

impl Drop for DraftFile {
    /// The screen is ending: whatever was typed is flushed now.
    fn drop(&mut self) {
        let taken = self.unflushed.0.lock().ok().and_then(|mut u| u.take());
        if let Some(Unflushed { file, path, .. }) = taken {
            let _ = store::flush(&file, &path);
        }
    }
}

#[cfg(unix)]
fn write_at_start(file: &File, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::unix::fs::FileExt;
    file.write_all_at(bytes, 0)
}

#[cfg(not(unix))]
fn write_at_start(mut file: &File, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::{Seek, SeekFrom, Write};
    file.seek(SeekFrom::Start(0))?;
    file.write_all(bytes)
}

/// The flusher's life: wait for unflushed text, let it gather for a moment, flush it.
fn flush_forever(shared: &Shared) {
    let (lock, wake) = &**shared;
    loop {
        let Ok(mut unflushed) = lock.lock() else {
            return;
        };
        // Wait until there is something, and it has waited long enough.
        loop {
            match unflushed.as_ref().map(|u| u.since + FLUSH_WITHIN) {
                Some(due) if due <= Instant::now() => break,
                Some(due) => {
                    let wait = due.saturating_duration_since(Instant::now());
                    match wake.wait_timeout(unflushed, wait) {
                        Ok((guard, _)) => unflushed = guard,
                        Err(_) => return,
                    }
                }
                None => match wake.wait(unflushed) {
                    Ok(guard) => unflushed = guard,
                    Err(_) => return,
                },
            }
        }
        let taken = unflushed.take();
        drop(unflushed);
        if let Some(Unflushed { file, path, .. }) = taken {
            let _ = store::flush(&file, &path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_text_is_in_the_file_at_once_and_a_shorter_one_leaves_no_old_tail() {
        let folder = tempfile::tempdir().expect("folder");
        let places = Places::new(&folder.path().join("m.ron"), &folder.path().join("data"));
        let mut draft = DraftFile::new(&places);
        let path = places.draft_beside();
        draft.write("(text: \"a long first version of the note\")");
        draft.write("(text: \"short\")");
        let on_disk = std::fs::read_to_string(&path).expect("written");
        assert_eq!(on_disk.trim_end(), "(text: \"short\")");
        // What pads it out is only what a reader of the file passes over.
        assert!(
            on_disk
                .trim_start_matches("(text: \"short\")")
                .trim()
                .is_empty()
        );
        draft.forget();
        assert!(!path.exists());
        // The next form's first text makes the file afresh.
        draft.write("(text: \"next\")");
        assert_eq!(
            std::fs::read_to_string(&path).expect("written"),
            "(text: \"next\")"
        );
    }

    #[test]
    fn a_folder_that_cannot_be_written_sends_the_draft_to_the_data_folder() {
        let folder = tempfile::tempdir().expect("folder");
        // The meeting's folder is a file: nothing can be made in it.
        let blocked = folder.path().join("not-a-folder");
        std::fs::write(&blocked, "").expect("made");
        let places = Places::new(&blocked.join("m.ron"), &folder.path().join("data"));
        let mut draft = DraftFile::new(&places);
        draft.write("(text: \"kept\")");
        let kept = places.draft_in_data();
        assert_eq!(
            std::fs::read_to_string(kept).expect("kept"),
            "(text: \"kept\")"
        );
    }
}
