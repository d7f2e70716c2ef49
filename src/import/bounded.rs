//! The text of an agenda pack given as a PDF or a Word document. Either can be built to harm (a
//! small stream or zip entry that inflates to gigabytes, millions of drawing operators), so the
//! program itself reads it in a child copy of Minutebook with its memory, time and output
//! bounded; a document that breaks a bound is refused with the reason, and nothing Minutebook
//! holds (a terminal in raw mode, a meeting) is touched by what happens in the child.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// The hidden command the child copy runs, followed by the kind of document.
pub const HELPER_COMMAND: &str = "__document-text";

/// The kinds of document read in the child.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Pdf,
    Word,
}

impl Kind {
    fn argument(self) -> &'static str {
        match self {
            Kind::Pdf => "pdf",
            Kind::Word => "docx",
        }
    }

    /// What the clerk calls it.
    fn name(self) -> &'static str {
        match self {
            Kind::Pdf => "PDF",
            Kind::Word => "Word document",
        }
    }

    /// Reads the document here.
    fn read(self, bytes: &[u8]) -> Result<String, String> {
        match self {
            Kind::Pdf => pdf_extract::extract_text_from_mem(bytes)
                .map_err(|error| format!("cannot read the text of this PDF: {error}")),
            Kind::Word => super::docx::docx_text(bytes),
        }
    }
}

/// More memory than reading any agenda pack needs, and no more than a small laptop spares.
const MEMORY_BYTES: u64 = 256 * 1024 * 1024;
/// More text than any agenda pack holds.
const TEXT_BYTES: usize = 64 * 1024 * 1024;
/// The memory the child may take to read a document of this size: the bound, and room for the
/// document itself twice over.
fn memory_bytes(size: usize) -> u64 {
    MEMORY_BYTES.saturating_add(u64::try_from(size).unwrap_or(u64::MAX).saturating_mul(2))
}

/// A PDF larger than this is not an agenda pack.
const PDF_BYTES: usize = 256 * 1024 * 1024;

static HELPER: OnceLock<PathBuf> = OnceLock::new();

/// Names the program that reads PDFs in a child process: the `minutebook` binary itself.
/// Without it (a library caller), PDFs are read in this process, unbounded.
pub fn use_helper(program: PathBuf) {
    let _ = HELPER.set(program);
}

/// How long reading a document of this size may take: two seconds, and two more for each
/// megabyte, up to thirty. Any agenda pack is read well within this; a small file built to
/// keep the reader busy is refused in a second or two.
fn seconds(size: usize) -> Duration {
    // Test builds may be given a shorter bound, so that a test of it does not take long.
    #[cfg(debug_assertions)]
    if let Some(seconds) = std::env::var("MINUTEBOOK_TEST_PDF_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        return Duration::from_secs(seconds);
    }
    let megabytes = u64::try_from(size / (1024 * 1024)).unwrap_or(u64::MAX);
    Duration::from_secs(megabytes.saturating_mul(2).saturating_add(2).min(30))
}

/// A request, from another thread, to stop reading a document: the clerk pressed Esc.
#[derive(Debug, Clone, Default)]
pub struct Stop(Arc<AtomicBool>);

impl Stop {
    pub fn stop(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    pub fn stopped(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// What a reading stopped by the clerk says.
pub const STOPPED: &str = "stopped before the text was read; nothing was written";

/// The text of a PDF, read within bounds. A damaged or harmful PDF is an error that says why,
/// never a panic or an abort.
pub fn pdf_text(bytes: &[u8]) -> Result<String, String> {
    document_text(Kind::Pdf, bytes, &Stop::default())
}

/// The text of a Word document (.docx), read within bounds.
pub fn word_text(bytes: &[u8]) -> Result<String, String> {
    document_text(Kind::Word, bytes, &Stop::default())
}

/// The text of a PDF or Word document, as [`pdf_text`] and [`word_text`], unless stopped.
pub fn document_text_until(pdf: bool, bytes: &[u8], stop: &Stop) -> Result<String, String> {
    let kind = if pdf { Kind::Pdf } else { Kind::Word };
    document_text(kind, bytes, stop)
}

fn document_text(kind: Kind, bytes: &[u8], stop: &Stop) -> Result<String, String> {
    if bytes.len() > PDF_BYTES {
        return Err(format!(
            "the {} is {} MB, larger than any agenda pack (the limit is {} MB)",
            kind.name(),
            bytes.len() / (1024 * 1024),
            PDF_BYTES / (1024 * 1024)
        ));
    }
    match HELPER.get() {
        Some(program) => in_child(program, kind, bytes, stop),
        None => in_process(kind, bytes),
    }
}

/// Reads the document here. The libraries can panic on malformed files; a bad file must not
/// take Minutebook down.
pub fn in_process(kind: Kind, bytes: &[u8]) -> Result<String, String> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    // Nothing the reader touches outlives a panic in it: the bytes are only read.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| kind.read(bytes)));
    std::panic::set_hook(previous);
    match result {
        Ok(Ok(text)) if text.len() > TEXT_BYTES => Err(too_much_text(kind)),
        Ok(result) => result,
        Err(_) => Err(format!(
            "cannot read the text of this {}: the file is damaged",
            kind.name()
        )),
    }
}

fn too_much_text(kind: Kind) -> String {
    format!(
        "the text of this {} runs to more than {} MB, far more than any agenda pack holds; it \
         may be damaged or built to harm. Save the agenda as text and import that",
        kind.name(),
        TEXT_BYTES / (1024 * 1024)
    )
}

fn in_child(program: &PathBuf, kind: Kind, bytes: &[u8], stop: &Stop) -> Result<String, String> {
    let mut child = Command::new(program)
        .arg(HELPER_COMMAND)
        .arg(kind.argument())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot start a reader for the {}: {error}", kind.name()))?;
    let mut stdin = child.stdin.take();
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || {
        if let Some(stdin) = stdin.as_mut() {
            let _ = stdin.write_all(&input);
        }
    });
    let stdout = child.stdout.take();
    let reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        if let Some(stdout) = stdout {
            // One byte past the bound is enough to know it was passed.
            let _ = stdout.take(TEXT_BYTES as u64 + 1).read_to_end(&mut text);
        }
        text
    });
    let stderr = child.stderr.take();
    let complaint = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(stderr) = stderr {
            let _ = stderr.take(4096).read_to_string(&mut text);
        }
        text
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if stop.stopped() => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(STOPPED.to_string());
            }
            Ok(None) if started.elapsed() > seconds(bytes.len()) => break None,
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(error) => return Err(format!("lost the reader of the {}: {error}", kind.name())),
        }
    };
    let Some(status) = status else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(format!(
            "reading the text of this {} took longer than {} seconds, far longer than any \
             agenda pack takes; it may be damaged or built to harm. Save the agenda as text and \
             import that",
            kind.name(),
            seconds(bytes.len()).as_secs()
        ));
    };
    let _ = writer.join();
    let text = reader.join().unwrap_or_default();
    let complaint = complaint.join().unwrap_or_default();
    if status.success() {
        if text.len() > TEXT_BYTES {
            return Err(too_much_text(kind));
        }
        return Ok(String::from_utf8_lossy(&text).into_owned());
    }
    if status.code() == Some(2) && !complaint.trim().is_empty() {
        return Err(complaint.trim().to_string());
    }
    // Killed, or aborted when memory ran out.
    Err(format!(
        "reading the text of this {} needed more than the {} MB that any agenda pack needs; it \
         may be damaged or built to harm. Save the agenda as text and import that",
        kind.name(),
        memory_bytes(bytes.len()) / (1024 * 1024)
    ))
}

/// The child's side: reads the document from standard input within bounded memory and time,
/// writes its text to standard output, and exits 0; or writes why not to standard error and
/// exits 2.
pub fn helper_main() -> i32 {
    let kind = match std::env::args().nth(2).as_deref() {
        Some("docx") => Kind::Word,
        _ => Kind::Pdf,
    };
    let mut bytes = Vec::new();
    if std::io::stdin()
        .take(PDF_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .is_err()
    {
        eprintln!("cannot read the {}", kind.name());
        return 2;
    }
    limit_self(bytes.len());
    // Test builds may be told to take their time, as a pack of hundreds of pages does, so that
    // a test can watch the start screen while it waits and stop the reading.
    #[cfg(debug_assertions)]
    if let Some(seconds) = std::env::var("MINUTEBOOK_TEST_SLOW_READ")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        std::thread::sleep(Duration::from_secs(seconds));
    }
    match in_process(kind, &bytes) {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            if out.write_all(text.as_bytes()).is_err() || out.flush().is_err() {
                return 2;
            }
            0
        }
        Err(error) => {
            eprintln!("{error}");
            2
        }
    }
}

/// Bounds this process's memory and processor time, so a harmful PDF ends it rather than
/// the machine.
fn limit_self(size: usize) {
    #[cfg(unix)]
    {
        let limit = |resource, amount: u64| {
            let bound = libc::rlimit {
                rlim_cur: amount as libc::rlim_t,
                rlim_max: amount as libc::rlim_t,
            };
            // SAFETY: setrlimit only reads the struct passed, which lives for the call.
            unsafe {
                libc::setrlimit(resource, &bound);
            }
        };
        limit(libc::RLIMIT_AS, memory_bytes(size));
        limit(libc::RLIMIT_CPU, 2 * seconds(size).as_secs().max(1));
    }
}
