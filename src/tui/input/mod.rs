//! The keyboard: everything the terminal has sent, read as soon as it is there and decoded into
//! keys and pastes. Read directly from the terminal rather than through the drawing library's
//! reader, which waited for a later key once more than 1,024 bytes arrived at once and never
//! ended a paste whose end marker was lost.

mod decode;

use std::time::{Duration, Instant};

pub use decode::{Decoder, Input, PASTE_PAUSE};

/// What came from the terminal while waiting.
#[derive(Debug, Default)]
pub struct Received {
    pub inputs: Vec<Input>,
    /// The window changed size.
    pub resized: bool,
}

#[cfg(unix)]
pub use unix::Keyboard;

#[cfg(unix)]
mod unix {
    use std::fs::File;
    use std::io::Read;
    use std::os::fd::{AsRawFd, RawFd};
    use std::os::unix::net::UnixStream;

    use super::*;

    /// The terminal's input, and a line the window-size signal wakes.
    pub struct Keyboard {
        tty: File,
        resize: UnixStream,
        decoder: Decoder,
        buffer: Vec<u8>,
    }

    /// Bytes read at once; more than any burst of typing, and a paste comes in several.
    const READ: usize = 64 * 1024;

    impl Keyboard {
        /// The terminal Minutebook runs in: standard input if it is one, else `/dev/tty`.
        pub fn open() -> std::io::Result<Keyboard> {
            use std::io::IsTerminal;
            let tty = if std::io::stdin().is_terminal() {
                // A second handle on standard input, owned here.
                let fd = std::io::stdin().as_raw_fd();
                // SAFETY: dup gives a new descriptor, owned by the File from here on.
                let copy = unsafe { libc::dup(fd) };
                if copy < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                // SAFETY: `copy` is a fresh descriptor nothing else owns.
                unsafe { <File as std::os::fd::FromRawFd>::from_raw_fd(copy) }
            } else {
                File::options().read(true).write(true).open("/dev/tty")?
            };
            let (resize, wake) = UnixStream::pair()?;
            resize.set_nonblocking(true)?;
            signal_hook::low_level::pipe::register(signal_hook::consts::SIGWINCH, wake)?;
            Ok(Keyboard {
                tty,
                resize,
                decoder: Decoder::default(),
                buffer: vec![0; READ],
            })
        }

        /// Waits up to `timeout` for the keyboard, then returns everything the terminal has
        /// sent by then, decoded. An empty answer means nothing came. An error means the
        /// terminal has gone.
        pub fn read(&mut self, timeout: Duration) -> std::io::Result<Received> {
            let timeout = self.decoder.waiting().map_or(timeout, |w| w.min(timeout));
            let mut received = Received::default();
            let (tty, resized) = wait(self.tty.as_raw_fd(), self.resize.as_raw_fd(), timeout)?;
            if resized {
                let mut drain = [0u8; 64];
                while matches!((&self.resize).read(&mut drain), Ok(n) if n > 0) {}
                received.resized = true;
            }
            if tty {
                // Everything there now, however much: a read that fills the buffer is followed
                // by another while more is waiting.
                loop {
                    let read = match self.tty.read(&mut self.buffer) {
                        Ok(0) => return Err(std::io::ErrorKind::UnexpectedEof.into()),
                        Ok(read) => read,
                        Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(error) => return Err(error),
                    };
                    let more = ready(self.tty.as_raw_fd())?;
                    let bytes = &self.buffer[..read];
                    received.inputs.extend(self.decoder.feed(
                        bytes,
                        more || read == READ,
                        Instant::now(),
                    ));
                    if !more {
                        break;
                    }
                }
            }
            received.inputs.extend(self.decoder.tick(Instant::now()));
            Ok(received)
        }
    }

    fn pollfd(fd: RawFd) -> libc::pollfd {
        libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        }
    }

    /// Waits for either descriptor; says which are ready.
    fn wait(tty: RawFd, resize: RawFd, timeout: Duration) -> std::io::Result<(bool, bool)> {
        let mut fds = [pollfd(tty), pollfd(resize)];
        let millis = i32::try_from(timeout.as_millis()).unwrap_or(i32::MAX);
        loop {
            // SAFETY: two valid pollfds, for the duration of the call.
            let found = unsafe { libc::poll(fds.as_mut_ptr(), 2, millis) };
            if found < 0 {
                let error = std::io::Error::last_os_error();
                if error.kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(error);
            }
            let gone = libc::POLLHUP | libc::POLLERR | libc::POLLNVAL;
            if fds[0].revents & gone != 0 && fds[0].revents & libc::POLLIN == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            return Ok((
                fds[0].revents & libc::POLLIN != 0,
                fds[1].revents & libc::POLLIN != 0,
            ));
        }
    }

    /// Whether more bytes are waiting now.
    fn ready(fd: RawFd) -> std::io::Result<bool> {
        let mut fds = [pollfd(fd)];
        // SAFETY: one valid pollfd, for the duration of the call.
        let found = unsafe { libc::poll(fds.as_mut_ptr(), 1, 0) };
        if found < 0 {
            return Ok(false);
        }
        Ok(fds[0].revents & libc::POLLIN != 0)
    }
}

#[cfg(not(unix))]
pub use other::Keyboard;

#[cfg(not(unix))]
mod other {
    use ratatui::crossterm::event::{self, Event, KeyEventKind};

    use super::*;

    /// The terminal's input, through the drawing library where there is no other way.
    pub struct Keyboard;

    impl Keyboard {
        pub fn open() -> std::io::Result<Keyboard> {
            Ok(Keyboard)
        }

        pub fn read(&mut self, timeout: Duration) -> std::io::Result<Received> {
            let mut received = Received::default();
            if !event::poll(timeout)? {
                return Ok(received);
            }
            loop {
                match event::read()? {
                    Event::Key(key) if key.kind == KeyEventKind::Press => {
                        received.inputs.push(Input::Key(key))
                    }
                    Event::Paste(text) => received.inputs.push(Input::Paste(text)),
                    Event::Resize(..) => received.resized = true,
                    _ => {}
                }
                if !event::poll(Duration::ZERO)? {
                    return Ok(received);
                }
            }
        }
    }
}
