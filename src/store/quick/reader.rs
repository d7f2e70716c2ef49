//! The quick reader's reading of the text itself: white space, brackets, names, numbers and
//! strings in the narrow form Minutebook writes, declining anything else.

use super::{Declined, Result};

pub(super) struct Reader<'de> {
    pub(super) text: &'de str,
    pub(super) at: usize,
    /// How many brackets deep the reader is: resolution clauses may nest without end, so a
    /// value nested more deeply than RON reads is left to RON to refuse.
    pub(super) depth: usize,
}

/// Well within what RON reads (128 of its own levels, and it may count two for one of ours),
/// so that nothing this reader takes is a file RON would refuse as too deep; real meetings
/// nest a dozen deep at most.
const DEEPEST: usize = 32;

impl<'de> Reader<'de> {
    /// Into a bracket, unless that is deeper than RON reads.
    pub(super) fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > DEEPEST {
            return Err(Declined);
        }
        Ok(())
    }

    pub(super) fn leave(&mut self) {
        self.depth -= 1;
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    pub(super) fn space(&mut self) {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// The byte next after white space, consumed.
    pub(super) fn eat(&mut self, byte: u8) -> Result<()> {
        self.space();
        self.eat_here(byte)
    }

    /// The byte next with nothing between, consumed: the writer puts a variant's bracket right
    /// after its name.
    pub(super) fn eat_here(&mut self, byte: u8) -> Result<()> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(Declined)
        }
    }

    /// Only the attribute the writer puts first; any other is left to RON.
    pub(super) fn attribute(&mut self) -> Result<()> {
        const IMPLICIT_SOME: &str = "#![enable(implicit_some)]";
        self.space();
        if self.text[self.at..].starts_with(IMPLICIT_SOME) {
            self.at += IMPLICIT_SOME.len();
        } else if self.peek() == Some(b'#') {
            return Err(Declined);
        }
        Ok(())
    }

    /// A plain ASCII name. Raw names (`r#name`) and names with other letters are left to RON.
    pub(super) fn name(&mut self) -> Result<&'de str> {
        self.space();
        let bytes = self.text.as_bytes();
        let start = self.at;
        if !bytes
            .get(start)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        {
            return Err(Declined);
        }
        let mut end = start + 1;
        while bytes
            .get(end)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
        {
            end += 1;
        }
        if bytes
            .get(end)
            .is_some_and(|b| *b >= 0x80 || matches!(b, b'#' | b'"'))
        {
            return Err(Declined);
        }
        self.at = end;
        Ok(&self.text[start..end])
    }

    /// A string without escapes, or a raw string.
    pub(super) fn string(&mut self) -> Result<&'de str> {
        self.space();
        let bytes = self.text.as_bytes();
        match bytes.get(self.at) {
            Some(b'"') => {
                let start = self.at + 1;
                let length = memchr::memchr2(b'"', b'\\', &bytes[start..]).ok_or(Declined)?;
                if bytes[start + length] != b'"' {
                    return Err(Declined);
                }
                self.at = start + length + 1;
                Ok(&self.text[start..start + length])
            }
            Some(b'r') => {
                let hashes = bytes[self.at + 1..]
                    .iter()
                    .take_while(|&&b| b == b'#')
                    .count();
                if bytes.get(self.at + 1 + hashes) != Some(&b'"') {
                    return Err(Declined);
                }
                let start = self.at + 2 + hashes;
                let ending = &self.text[self.at + 1..self.at + 1 + hashes];
                // The string ends at the first quote followed by as many hashes, as in RON.
                let mut from = start;
                loop {
                    let quote = from + memchr::memchr(b'"', &bytes[from..]).ok_or(Declined)?;
                    if self.text[quote + 1..].starts_with(ending) {
                        self.at = quote + 1 + hashes;
                        return Ok(&self.text[start..quote]);
                    }
                    from = quote + 1;
                }
            }
            _ => Err(Declined),
        }
    }

    /// Plain digits, without a sign, a leading zero, underscores or a suffix.
    pub(super) fn digits(&mut self) -> Result<u64> {
        self.space();
        let bytes = self.text.as_bytes();
        let start = self.at;
        let mut end = start;
        while bytes.get(end).is_some_and(u8::is_ascii_digit) {
            end += 1;
        }
        let leading_zero = bytes.get(start) == Some(&b'0') && end > start + 1;
        let runs_on = bytes
            .get(end)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80 || matches!(b, b'_' | b'.'));
        if end == start || leading_zero || runs_on {
            return Err(Declined);
        }
        self.at = end;
        self.text[start..end].parse().map_err(|_| Declined)
    }

    pub(super) fn whole_number(&mut self) -> Result<i64> {
        self.space();
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
            if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
                return Err(Declined);
            }
        }
        let size = i64::try_from(self.digits()?).map_err(|_| Declined)?;
        Ok(if negative { -size } else { size })
    }

    /// After an entry: a comma, or the end of the list. Says whether a comma was there.
    pub(super) fn comma(&mut self) -> bool {
        self.space();
        if self.peek() == Some(b',') {
            self.at += 1;
            true
        } else {
            false
        }
    }
}
