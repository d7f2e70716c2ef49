//! Turning the bytes a terminal sends into keys and pastes, as xterm-like terminals encode
//! them. A paste is one piece of text however long it is; a paste whose end never comes (a
//! connection that dropped mid-paste) ends after a pause, so the keys typed next work again.
//! Pure: bytes and the time in, keys out.

use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What the clerk did at the keyboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Key(KeyEvent),
    /// Text pasted in one go, its line breaks as `\n`.
    Paste(String),
}

/// A paste that has had no more bytes for this long has ended, whether or not its end marker
/// came.
pub const PASTE_PAUSE: Duration = Duration::from_millis(400);
/// A paste longer than this is handed on in pieces of this size, so that nothing grows
/// without bound.
pub const PASTE_PIECE: usize = 1024 * 1024;

const PASTE_START: &[u8] = b"\x1b[200~";
const PASTE_END: &[u8] = b"\x1b[201~";

#[derive(Debug, Default)]
pub struct Decoder {
    /// Bytes of a key sequence not yet complete.
    pending: Vec<u8>,
    /// A paste under way, and when its last bytes came.
    paste: Option<(Vec<u8>, Instant)>,
}

impl Decoder {
    /// Takes the bytes of one read from the terminal. `more` says the read filled its buffer,
    /// so a sequence cut off at its end may go on in the next read; otherwise a lone escape at
    /// the end is the Esc key, as the terminal sent it.
    pub fn feed(&mut self, bytes: &[u8], more: bool, now: Instant) -> Vec<Input> {
        let mut out = Vec::new();
        self.pending.extend_from_slice(bytes);
        let mut input = std::mem::take(&mut self.pending);
        let mut at = 0;
        while at < input.len() {
            if let Some((paste, last)) = &mut self.paste {
                *last = now;
                match find(&input[at..], PASTE_END) {
                    Some(end) => {
                        paste.extend_from_slice(&input[at..at + end]);
                        at += end + PASTE_END.len();
                        let text = self.paste.take().map(|(text, _)| text).unwrap_or_default();
                        out.push(Input::Paste(paste_text(&text)));
                    }
                    None => {
                        // Keep back what could be the start of the end marker.
                        let keep = partial_suffix(&input[at..], PASTE_END);
                        paste.extend_from_slice(&input[at..input.len() - keep]);
                        at = input.len() - keep;
                        if paste.len() >= PASTE_PIECE {
                            out.push(Input::Paste(paste_text(&std::mem::take(paste))));
                        }
                        break;
                    }
                }
                continue;
            }
            let rest = &input[at..];
            if rest.starts_with(PASTE_START) {
                self.paste = Some((Vec::new(), now));
                at += PASTE_START.len();
                continue;
            }
            match key(rest, more) {
                Step::Key(event, used) => {
                    out.push(Input::Key(event));
                    at += used;
                }
                Step::Skip(used) => at += used,
                Step::Wait => break,
            }
        }
        input.drain(..at);
        self.pending = input;
        out
    }

    /// When nothing more has come: a paste that has paused is over. Call when the terminal
    /// has been quiet for [`Decoder::waiting`].
    pub fn tick(&mut self, now: Instant) -> Vec<Input> {
        let Some((_, last)) = &self.paste else {
            return Vec::new();
        };
        if now.duration_since(*last) < PASTE_PAUSE {
            return Vec::new();
        }
        let text = self.paste.take().map(|(text, _)| text).unwrap_or_default();
        // The end marker, if it comes after all, is not a key.
        let mut out = vec![Input::Paste(paste_text(&text))];
        if !self.pending.is_empty() {
            let pending = std::mem::take(&mut self.pending);
            out.extend(self.feed(&pending, false, now));
        }
        out
    }

    /// How long the terminal may stay quiet before [`Decoder::tick`] has something to do.
    pub fn waiting(&self) -> Option<Duration> {
        self.paste.as_ref().map(|_| PASTE_PAUSE)
    }
}

/// The text of a paste, its line breaks made plain.
fn paste_text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .replace("\r\n", "\n")
        .replace('\r', "\n")
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// How many bytes at the end of `bytes` begin `marker`.
fn partial_suffix(bytes: &[u8], marker: &[u8]) -> usize {
    (1..marker.len())
        .rev()
        .find(|&n| bytes.len() >= n && marker.starts_with(&bytes[bytes.len() - n..]))
        .unwrap_or(0)
}

enum Step {
    /// A key, made of this many bytes.
    Key(KeyEvent, usize),
    /// Bytes that mean nothing here.
    Skip(usize),
    /// The bytes so far begin a sequence; wait for the rest.
    Wait,
}

fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

/// The key at the start of `bytes`.
fn key(bytes: &[u8], more: bool) -> Step {
    let none = KeyModifiers::NONE;
    match bytes[0] {
        0x1b => escape(bytes, more),
        b'\r' => Step::Key(press(KeyCode::Enter, none), 1),
        b'\t' => Step::Key(press(KeyCode::Tab, none), 1),
        0x7f => Step::Key(press(KeyCode::Backspace, none), 1),
        0x00 => Step::Key(press(KeyCode::Char(' '), KeyModifiers::CONTROL), 1),
        c @ 0x01..=0x1a => Step::Key(
            press(KeyCode::Char((c - 1 + b'a') as char), KeyModifiers::CONTROL),
            1,
        ),
        c @ 0x1c..=0x1f => Step::Key(
            press(
                KeyCode::Char((c - 0x1c + b'4') as char),
                KeyModifiers::CONTROL,
            ),
            1,
        ),
        _ => character(bytes, more),
    }
}

/// A character in UTF-8, which may take several bytes.
fn character(bytes: &[u8], more: bool) -> Step {
    let width = match bytes[0] {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return Step::Skip(1),
    };
    if bytes.len() < width {
        return if more {
            Step::Wait
        } else {
            Step::Skip(bytes.len())
        };
    }
    match std::str::from_utf8(&bytes[..width])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => {
            let modifiers = if c.is_uppercase() {
                KeyModifiers::SHIFT
            } else {
                KeyModifiers::NONE
            };
            Step::Key(press(KeyCode::Char(c), modifiers), width)
        }
        None => Step::Skip(1),
    }
}

/// A sequence beginning with escape: a function key, Alt with a key, or Esc itself.
fn escape(bytes: &[u8], more: bool) -> Step {
    let esc = Step::Key(press(KeyCode::Esc, KeyModifiers::NONE), 1);
    let Some(&second) = bytes.get(1) else {
        return if more { Step::Wait } else { esc };
    };
    match second {
        b'[' => csi(bytes, more).unwrap_or(esc),
        b'O' => match bytes.get(2) {
            None if more => Step::Wait,
            None => esc,
            Some(&third) => match ss3(third) {
                Some(code) => Step::Key(press(code, KeyModifiers::NONE), 3),
                None => esc,
            },
        },
        0x1b => esc,
        _ => match key(&bytes[1..], more) {
            Step::Key(mut event, used) => {
                event.modifiers |= KeyModifiers::ALT;
                Step::Key(event, used + 1)
            }
            Step::Skip(_) => esc,
            Step::Wait => Step::Wait,
        },
    }
}

fn ss3(byte: u8) -> Option<KeyCode> {
    Some(match byte {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P'..=b'S' => KeyCode::F(1 + byte - b'P'),
        _ => return None,
    })
}

/// `ESC [ params final`: arrows, Home and End, the numbered keys, Shift-Tab. None when the
/// bytes are not such a sequence, so the escape stands alone.
fn csi(bytes: &[u8], more: bool) -> Option<Step> {
    // Parameters and intermediates run until a final byte in 0x40..=0x7e.
    let end = bytes[2..].iter().position(|b| (0x40..=0x7e).contains(b));
    let Some(end) = end.map(|e| e + 2) else {
        // Not finished: wait if more may come, unless it is already too long to be a key.
        return (more && bytes.len() < 32).then_some(Step::Wait);
    };
    let params = std::str::from_utf8(&bytes[2..end]).ok()?;
    let used = end + 1;
    let mut fields = params.split(';');
    let first: u8 = fields.next().and_then(|f| f.parse().ok()).unwrap_or(1);
    let modifiers = fields
        .next()
        .and_then(|f| f.split(':').next())
        .and_then(|f| f.parse::<u8>().ok())
        .map_or(KeyModifiers::NONE, modifiers);
    let code = match bytes[end] {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P'..=b'S' => KeyCode::F(1 + bytes[end] - b'P'),
        b'Z' => {
            return Some(Step::Key(
                press(KeyCode::BackTab, KeyModifiers::SHIFT),
                used,
            ));
        }
        b'~' => match first {
            1 | 7 => KeyCode::Home,
            2 => KeyCode::Insert,
            3 => KeyCode::Delete,
            4 | 8 => KeyCode::End,
            5 => KeyCode::PageUp,
            6 => KeyCode::PageDown,
            v @ 11..=15 => KeyCode::F(v - 10),
            v @ 17..=21 => KeyCode::F(v - 11),
            v @ 23..=26 => KeyCode::F(v - 12),
            // A paste's end with no start, or a key Minutebook does not use.
            _ => return Some(Step::Skip(used)),
        },
        _ => return Some(Step::Skip(used)),
    };
    Some(Step::Key(press(code, modifiers), used))
}

/// The modifiers of `ESC [ 1 ; m X`: 2 Shift, 3 Alt, 5 Ctrl and their sums.
fn modifiers(mask: u8) -> KeyModifiers {
    let mask = mask.saturating_sub(1);
    let mut modifiers = KeyModifiers::NONE;
    if mask & 1 != 0 {
        modifiers |= KeyModifiers::SHIFT;
    }
    if mask & 2 != 0 {
        modifiers |= KeyModifiers::ALT;
    }
    if mask & 4 != 0 {
        modifiers |= KeyModifiers::CONTROL;
    }
    modifiers
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(bytes: &[u8]) -> Vec<Input> {
        Decoder::default().feed(bytes, false, Instant::now())
    }

    fn k(code: KeyCode, modifiers: KeyModifiers) -> Input {
        Input::Key(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn keys_are_read_as_terminals_send_them() {
        let none = KeyModifiers::NONE;
        assert_eq!(
            keys(b"aR\r\t\x7f\x13\x1b"),
            vec![
                k(KeyCode::Char('a'), none),
                k(KeyCode::Char('R'), KeyModifiers::SHIFT),
                k(KeyCode::Enter, none),
                k(KeyCode::Tab, none),
                k(KeyCode::Backspace, none),
                k(KeyCode::Char('s'), KeyModifiers::CONTROL),
                k(KeyCode::Esc, none),
            ]
        );
        assert_eq!(
            keys(b"\x1b[A\x1b[B\x1bOP\x1b[3~\x1b[5~\x1b[Z\x1b[1;5C\x1bx"),
            vec![
                k(KeyCode::Up, none),
                k(KeyCode::Down, none),
                k(KeyCode::F(1), none),
                k(KeyCode::Delete, none),
                k(KeyCode::PageUp, none),
                k(KeyCode::BackTab, KeyModifiers::SHIFT),
                k(KeyCode::Right, KeyModifiers::CONTROL),
                k(KeyCode::Char('x'), KeyModifiers::ALT),
            ]
        );
        assert_eq!(
            keys("é’".as_bytes()),
            vec![k(KeyCode::Char('é'), none), k(KeyCode::Char('’'), none)]
        );
    }

    #[test]
    fn a_paste_is_one_piece_of_text_with_its_line_breaks() {
        let text = format!("\x1b[200~{}\r\nsecond line\x1b[201~q", "x".repeat(5000));
        let inputs = keys(text.as_bytes());
        assert_eq!(inputs.len(), 2);
        assert_eq!(
            inputs[0],
            Input::Paste(format!("{}\nsecond line", "x".repeat(5000)))
        );
        assert_eq!(inputs[1], k(KeyCode::Char('q'), KeyModifiers::NONE));
    }

    #[test]
    fn a_paste_split_across_reads_and_its_end_marker_split_too_is_whole() {
        let mut decoder = Decoder::default();
        let now = Instant::now();
        assert!(decoder.feed(b"\x1b[200~first half ", true, now).is_empty());
        assert!(decoder.feed(b"second half\x1b[20", true, now).is_empty());
        assert_eq!(
            decoder.feed(b"1~", false, now),
            vec![Input::Paste("first half second half".into())]
        );
    }

    #[test]
    fn a_paste_whose_end_never_comes_ends_after_a_pause_and_keys_work_again() {
        let mut decoder = Decoder::default();
        let start = Instant::now();
        assert!(decoder.feed(b"\x1b[200~lost conn", false, start).is_empty());
        assert_eq!(decoder.waiting(), Some(PASTE_PAUSE));
        assert!(decoder.tick(start + PASTE_PAUSE / 2).is_empty());
        assert_eq!(
            decoder.tick(start + PASTE_PAUSE),
            vec![Input::Paste("lost conn".into())]
        );
        assert_eq!(decoder.waiting(), None);
        assert_eq!(
            decoder.feed(b"q", false, start + PASTE_PAUSE * 2),
            vec![k(KeyCode::Char('q'), KeyModifiers::NONE)]
        );
    }

    #[test]
    fn a_very_long_paste_is_handed_on_in_pieces() {
        let mut decoder = Decoder::default();
        let now = Instant::now();
        let mut pieces = decoder.feed(b"\x1b[200~", true, now);
        for _ in 0..3 {
            pieces.extend(decoder.feed(&vec![b'a'; PASTE_PIECE / 2 + 1], true, now));
        }
        pieces.extend(decoder.feed(b"\x1b[201~", false, now));
        let total: usize = pieces
            .iter()
            .map(|p| match p {
                Input::Paste(text) => text.len(),
                Input::Key(_) => 0,
            })
            .sum();
        assert_eq!(total, 3 * (PASTE_PIECE / 2 + 1));
        assert!(pieces.len() >= 2);
    }

    proptest::proptest! {
        /// Whatever the bytes, decoding never panics, and every byte is either used or waiting.
        #[test]
        fn any_bytes_decode_without_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..200), more in proptest::prelude::any::<bool>()) {
            let mut decoder = Decoder::default();
            let now = Instant::now();
            let _ = decoder.feed(&bytes, more, now);
            let _ = decoder.tick(now + PASTE_PAUSE);
            proptest::prop_assert!(decoder.pending.len() <= 64);
        }
    }
}
