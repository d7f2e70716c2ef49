//! The meeting file on disk: RON text with a version, read with precise errors, written
//! atomically with a backup, and locked against a second editor.

mod encode;
mod load;
mod lock;
mod quick;
mod read;
mod save;
mod source_map;
mod version;

pub use encode::Encoder;
pub use load::{
    Diagnostic, LoadError, Loaded, MAX_FILE_BYTES, load, load_with_map, parse, parse_with_map,
    place,
};
pub use lock::{LockError, MeetingLock, lock_path};
pub use quick::read as read_quickly;
pub use read::{MAX_SETTINGS_BYTES, ReadError, is_regular_file, read_bounded, read_text};
pub use save::{
    SaveError, backup_path, flush, remove_leftovers, save, to_text, write_atomically,
    write_document, write_unflushed, write_whole,
};
pub use source_map::{Position, SourceMap};
pub use version::options as ron_options;
