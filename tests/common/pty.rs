//! Minutebook in a pseudo-terminal, for tests that drive the real binary.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// Minutebook running in a pseudo-terminal, with its screen read back through a terminal
/// emulator.
pub struct Session {
    child: Box<dyn Child + Send + Sync>,
    writer: Option<Box<dyn Write + Send>>,
    screen: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote to the terminal.
    raw: Arc<Mutex<Vec<u8>>>,
    master: Option<Box<dyn portable_pty::MasterPty + Send>>,
    /// Tells the reader to let go of its copy of the terminal.
    stop_reading: Arc<std::sync::atomic::AtomicBool>,
    reader: Option<std::thread::JoinHandle<()>>,
    /// The screen as it was before the keys sent since the last wait: what a wait looks for
    /// must not be on it, or the wait would prove nothing.
    before: Option<String>,
}

/// A folder for one test: its own config, data and meeting file.
pub struct Desk {
    pub folder: tempfile::TempDir,
}

impl Desk {
    pub fn new() -> Desk {
        Desk {
            folder: tempfile::tempdir().expect("temporary folder"),
        }
    }

    /// A copy of a sample meeting to work on.
    pub fn meeting(&self, sample: &str) -> PathBuf {
        let source = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("sample-meetings")
            .join(sample);
        let copy = self.folder.path().join("meeting.ron");
        std::fs::copy(source, &copy).expect("copied");
        copy
    }

    pub fn data(&self) -> PathBuf {
        self.folder.path().join("data")
    }

    pub fn open(&self, args: &[&str]) -> Session {
        self.open_with(args, &[])
    }

    pub fn open_with(&self, args: &[&str], env: &[(&str, &str)]) -> Session {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: 30,
                cols: 110,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_minutebook"));
        command.args(args);
        command.cwd(self.folder.path());
        command.env("TERM", "xterm-256color");
        command.env("MINUTEBOOK_DATA_DIR", self.data());
        command.env("MINUTEBOOK_CONFIG_DIR", self.folder.path().join("config"));
        command.env("HOME", self.folder.path());
        command.env("XDG_CONFIG_HOME", self.folder.path().join("config"));
        command.env("XDG_DATA_HOME", self.data());
        command.env_remove("NO_COLOR");
        for (name, value) in env {
            command.env(name, value);
        }
        let child = pair
            .slave
            .spawn_command(command)
            .expect("minutebook starts");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let reader_fd = pair.master.as_raw_fd().expect("a terminal");
        // Keys are written through a handle of our own: the library's writer types a newline
        // and an end-of-file character when it is dropped, which a closing terminal window
        // never does, and which would reach Minutebook as Ctrl-J and Ctrl-D.
        // SAFETY: dup gives a new descriptor, owned by the File from here on.
        let writer_fd = unsafe { libc::dup(reader_fd) };
        assert!(writer_fd >= 0, "a second handle on the terminal");
        // SAFETY: `writer_fd` is a fresh descriptor nothing else owns.
        let writer: Box<dyn Write + Send> =
            Box::new(unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(writer_fd) });
        let screen = Arc::new(Mutex::new(vt100::Parser::new(30, 110, 0)));
        let feed = Arc::clone(&screen);
        let raw = Arc::new(Mutex::new(Vec::new()));
        let raw_feed = Arc::clone(&raw);
        let stop_reading = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stop = Arc::clone(&stop_reading);
        let reader_thread = std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                // Wait a little for output, so that a request to stop is seen promptly.
                let mut ready = libc::pollfd {
                    fd: reader_fd,
                    events: libc::POLLIN,
                    revents: 0,
                };
                // SAFETY: one valid pollfd, for the duration of the call.
                let found = unsafe { libc::poll(&mut ready, 1, 50) };
                if found <= 0 {
                    continue;
                }
                match reader.read(&mut buffer) {
                    Ok(0) | Err(_) => break,
                    Ok(read) => {
                        if let Ok(mut parser) = feed.lock() {
                            parser.process(&buffer[..read]);
                        }
                        if let Ok(mut raw) = raw_feed.lock() {
                            raw.extend_from_slice(&buffer[..read]);
                        }
                    }
                }
            }
        });
        Session {
            child,
            writer: Some(writer),
            screen,
            raw,
            master: Some(pair.master),
            stop_reading,
            reader: Some(reader_thread),
            before: None,
        }
    }
}

impl Session {
    pub fn in_alternate_screen(&self) -> bool {
        self.screen
            .lock()
            .map(|p| p.screen().alternate_screen())
            .unwrap_or(true)
    }

    /// Every byte the program has written to the terminal so far.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().map(|raw| raw.clone()).unwrap_or_default()
    }

    pub fn contents(&self) -> String {
        self.screen
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    /// Waits until the screen shows the text; fails with the screen if it never does. After
    /// keys, the text must be something they caused: on the screen before them, it fails at once.
    pub fn wait_for(&mut self, text: &str) {
        if let Some(before) = self.before.take() {
            assert!(
                !before.contains(text),
                "{text:?} was on the screen before the keys that should cause it:\n{before}"
            );
        }
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("never saw {text:?}; the screen:\n{}", self.contents());
    }

    /// Waits until text the last keys should take away has gone; it must have been there.
    pub fn wait_gone(&mut self, text: &str) {
        if let Some(before) = self.before.take() {
            assert!(
                before.contains(text),
                "{text:?} was not on the screen before the keys that should take it away:\n{before}"
            );
        }
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if !self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{text:?} never went; the screen:\n{}", self.contents());
    }

    /// Sends keys and waits for what they cause: text the screen does not show yet (else the
    /// wait would prove nothing, and the test is wrong).
    pub fn until(&mut self, keys: &[&str], text: &str) -> &mut Self {
        self.keys(keys);
        self.wait_for(text);
        self
    }

    pub fn send(&mut self, bytes: &str) -> &mut Self {
        if self.before.is_none() {
            self.before = Some(self.contents());
        }
        let writer = self.writer.as_mut().expect("the terminal is open");
        writer.write_all(bytes.as_bytes()).expect("typed");
        writer.flush().expect("flushed");
        // Let each key arrive on its own, as a clerk types.
        std::thread::sleep(Duration::from_millis(30));
        self
    }

    pub fn keys(&mut self, keys: &[&str]) -> &mut Self {
        for key in keys {
            self.send(key);
        }
        self
    }

    pub fn pid(&self) -> i32 {
        self.child
            .process_id()
            .and_then(|p| i32::try_from(p).ok())
            .expect("a process id")
    }

    pub fn signal(&self, signal: &str) {
        let status = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &self.pid().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// Waits for the program to end by itself, and returns its exit code. Everything it wrote
    /// before it ended has been read by then: the terminal keeps output the reader has not yet
    /// taken, so the reader is let finish (it stops when the terminal has nothing more).
    pub fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                self.read_to_the_end(deadline);
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("minutebook did not exit; the screen:\n{}", self.contents());
    }

    /// Lets the reader take the last of the output of a program that has ended.
    fn read_to_the_end(&mut self, deadline: Instant) {
        while self.reader.as_ref().is_some_and(|r| !r.is_finished()) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
        if let Some(reader) = self.reader.take_if(|r| r.is_finished()) {
            let _ = reader.join();
        }
    }
}

impl Session {
    /// Closes the terminal, as when its window is closed: every handle on its master side is
    /// let go, and the system hangs it up.
    pub fn close_terminal(&mut self) {
        self.stop_reading
            .store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        self.writer = None;
        self.master = None;
    }
}
