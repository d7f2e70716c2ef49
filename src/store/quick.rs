//! A quick reader for meeting files laid out as Minutebook writes them. RON's own reader spends
//! most of its time on what a hand-written file may hold (comments, escapes, every kind of
//! number and white space); a file Minutebook wrote holds none of that, so this reader takes
//! only the narrow form the writer produces and declines everything else, and the file is then
//! read by RON as before. It therefore never reads a file differently from RON: where it
//! succeeds, RON would have read the same meeting; where RON would fail, or might read the text
//! in a way this reader does not know, it declines, and RON's precise error is what the clerk
//! sees.
//!
//! What it takes: white space of spaces, tabs and line ends; the one attribute
//! `#![enable(implicit_some)]`; anonymous structs `(name: value, ...)`; lists `[...]`; tuples
//! `(...)`; enum variants `Name`, `Name(value)`, `Name(a, b)` and `Name(field: value)`; `None`,
//! `Some(value)` and a bare value for an option; `true` and `false`; whole numbers in plain
//! digits; strings in quotes without escapes, and raw strings `r#"..."#`.

use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, Visitor};

/// The value in `text`, or `None` when the text is not in the writer's form (or is not a
/// valid value at all): read it with RON then.
pub fn read<T: DeserializeOwned>(text: &str) -> Option<T> {
    let mut reader = Reader {
        text,
        at: 0,
        depth: 0,
    };
    reader.attribute().ok()?;
    let value = T::deserialize(&mut reader).ok()?;
    reader.space();
    (reader.at == text.len()).then_some(value)
}

/// The text is not in the form this reader takes; nothing more is said, as RON says it better.
#[derive(Debug)]
struct Declined;

impl fmt::Display for Declined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not in the form Minutebook writes")
    }
}

impl std::error::Error for Declined {}

impl de::Error for Declined {
    fn custom<T: fmt::Display>(_: T) -> Self {
        Declined
    }
}

type Result<T> = std::result::Result<T, Declined>;

struct Reader<'de> {
    text: &'de str,
    at: usize,
    /// How many brackets deep the reader is: resolution clauses may nest without end, so a
    /// value nested more deeply than RON reads is left to RON to refuse.
    depth: usize,
}

/// Well within what RON reads (128 of its own levels, and it may count two for one of ours),
/// so that nothing this reader takes is a file RON would refuse as too deep; real meetings
/// nest a dozen deep at most.
const DEEPEST: usize = 32;

impl<'de> Reader<'de> {
    /// Into a bracket, unless that is deeper than RON reads.
    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > DEEPEST {
            return Err(Declined);
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn space(&mut self) {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// The byte next after white space, consumed.
    fn eat(&mut self, byte: u8) -> Result<()> {
        self.space();
        self.eat_here(byte)
    }

    /// The byte next with nothing between, consumed: the writer puts a variant's bracket right
    /// after its name.
    fn eat_here(&mut self, byte: u8) -> Result<()> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(Declined)
        }
    }

    /// Only the attribute the writer puts first; any other is left to RON.
    fn attribute(&mut self) -> Result<()> {
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
    fn name(&mut self) -> Result<&'de str> {
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
    fn string(&mut self) -> Result<&'de str> {
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
    fn digits(&mut self) -> Result<u64> {
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

    fn whole_number(&mut self) -> Result<i64> {
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
    fn comma(&mut self) -> bool {
        self.space();
        if self.peek() == Some(b',') {
            self.at += 1;
            true
        } else {
            false
        }
    }
}

macro_rules! unsigned {
    ($($method:ident => $visit:ident: $kind:ty),*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            let number = <$kind>::try_from(self.digits()?).map_err(|_| Declined)?;
            visitor.$visit(number)
        }
    )*};
}

macro_rules! signed {
    ($($method:ident => $visit:ident: $kind:ty),*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            let number = <$kind>::try_from(self.whole_number()?).map_err(|_| Declined)?;
            visitor.$visit(number)
        }
    )*};
}

macro_rules! declined {
    ($($method:ident),*) => {$(
        fn $method<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
            Err(Declined)
        }
    )*};
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Declined;

    unsigned!(deserialize_u8 => visit_u8: u8, deserialize_u16 => visit_u16: u16,
        deserialize_u32 => visit_u32: u32, deserialize_u64 => visit_u64: u64);
    signed!(deserialize_i8 => visit_i8: i8, deserialize_i16 => visit_i16: i16,
        deserialize_i32 => visit_i32: i32, deserialize_i64 => visit_i64: i64);
    // What the writer never writes for a meeting, or writes in a form with more than one
    // reading, is left to RON.
    declined!(
        deserialize_any,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_map,
        deserialize_ignored_any
    );

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.name()? {
            "true" => visitor.visit_bool(true),
            "false" => visitor.visit_bool(false),
            _ => Err(Declined),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.string()?)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.space();
        let before = self.at;
        match self.name() {
            Ok("None") => return visitor.visit_none(),
            Ok("Some") => {
                self.eat_here(b'(')?;
                self.enter()?;
                let value = visitor.visit_some(&mut *self)?;
                self.leave();
                self.comma();
                self.eat(b')')?;
                return Ok(value);
            }
            _ => self.at = before,
        }
        // Options are written bare (implicit_some), as the attribute says.
        visitor.visit_some(self)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.space();
        if self.text[self.at..].starts_with("()") {
            self.at += 2;
            visitor.visit_unit()
        } else {
            Err(Declined)
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _visitor: V,
    ) -> Result<V::Value> {
        Err(Declined)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _visitor: V,
    ) -> Result<V::Value> {
        Err(Declined)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.eat(b'[')?;
        self.enter()?;
        let value = visitor.visit_seq(Entries::new(self, b']'))?;
        self.leave();
        self.eat(b']')?;
        Ok(value)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        self.eat(b'(')?;
        self.enter()?;
        let value = visitor.visit_seq(Entries::new(self, b')'))?;
        self.leave();
        self.eat(b')')?;
        Ok(value)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        _visitor: V,
    ) -> Result<V::Value> {
        Err(Declined)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        // Written without the struct's name; a name in front is left to RON.
        self.eat(b'(')?;
        self.enter()?;
        let value = visitor.visit_map(Entries::new(self, b')'))?;
        self.leave();
        self.eat(b')')?;
        Ok(value)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_enum(self)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.name()?)
    }
}

/// The entries of a list, tuple or struct, separated by commas, a last comma allowed.
struct Entries<'r, 'de> {
    reader: &'r mut Reader<'de>,
    close: u8,
    /// Whether another entry may follow: at the start, or after a comma.
    open: bool,
}

impl<'r, 'de> Entries<'r, 'de> {
    fn new(reader: &'r mut Reader<'de>, close: u8) -> Self {
        Entries {
            reader,
            close,
            open: true,
        }
    }

    /// Whether there is another entry; the closing bracket is left for the caller.
    fn another(&mut self) -> Result<bool> {
        self.reader.space();
        match self.reader.peek() {
            Some(b) if b == self.close => Ok(false),
            Some(_) if self.open => Ok(true),
            _ => Err(Declined),
        }
    }
}

impl<'de> de::SeqAccess<'de> for Entries<'_, 'de> {
    type Error = Declined;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if !self.another()? {
            return Ok(None);
        }
        let value = seed.deserialize(&mut *self.reader)?;
        self.open = self.reader.comma();
        Ok(Some(value))
    }
}

impl<'de> de::MapAccess<'de> for Entries<'_, 'de> {
    type Error = Declined;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if !self.another()? {
            return Ok(None);
        }
        seed.deserialize(&mut *self.reader).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        self.reader.eat(b':')?;
        let value = seed.deserialize(&mut *self.reader)?;
        self.open = self.reader.comma();
        Ok(value)
    }
}

impl<'de> de::EnumAccess<'de> for &mut Reader<'de> {
    type Error = Declined;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        let variant = seed.deserialize(&mut *self)?;
        Ok((variant, self))
    }
}

impl<'de> de::VariantAccess<'de> for &mut Reader<'de> {
    type Error = Declined;

    fn unit_variant(self) -> Result<()> {
        if self.peek() == Some(b'(') {
            return Err(Declined);
        }
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        self.eat_here(b'(')?;
        self.enter()?;
        let value = seed.deserialize(&mut *self)?;
        self.leave();
        self.comma();
        self.eat(b')')?;
        Ok(value)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        self.eat_here(b'(')?;
        self.enter()?;
        let value = visitor.visit_seq(Entries::new(self, b')'))?;
        self.leave();
        self.eat(b')')?;
        Ok(value)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.eat_here(b'(')?;
        self.enter()?;
        let value = visitor.visit_map(Entries::new(self, b')'))?;
        self.leave();
        self.eat(b')')?;
        Ok(value)
    }
}

#[cfg(test)]
mod tests {
    use super::read;
    use crate::generate::large_meeting;
    use crate::model::Meeting;

    fn by_ron(text: &str) -> Option<Meeting> {
        crate::store::ron_options().from_str(text).ok()
    }

    #[test]
    fn a_long_meeting_as_written_reads_as_ron_reads_it() {
        let meeting = large_meeting(50, 20, 2_000);
        let text = crate::store::to_text(&meeting).expect("text");
        let quick: Option<Meeting> = read(&text);
        assert_eq!(quick.as_ref(), Some(&meeting));
        assert_eq!(quick, by_ron(&text));
    }

    #[test]
    fn what_the_writer_never_writes_is_left_to_ron() {
        let meeting = large_meeting(3, 3, 5);
        let text = crate::store::to_text(&meeting).expect("text");
        let venue = format!("venue: {:?},", meeting.venue);
        let edits = [
            // A comment, an escape, a struct's name, a number RON reads in other forms, a space
            // before a variant's bracket, an explicit Some, another attribute.
            text.replace("    version:", "    // kept by hand\n    version:"),
            text.replace(&venue, "venue: \"Town Hall \\u{2013} Room 1\","),
            text.replacen("(\n    version:", "Meeting(\n    version:", 1),
            text.replace("first_minute: 1,", "first_minute: 0x1,"),
            text.replace("first_minute: 1,", "first_minute: 1_0,"),
            text.replace("first_minute: 1,", "first_minute: +1,"),
            text.replacen("Present(", "Present (", 1),
            text.replace("#![enable(implicit_some)]", "#![enable(unwrap_newtypes)]"),
        ];
        for edited in &edits {
            assert_ne!(edited, &text, "the edit applies");
            assert_eq!(read::<Meeting>(edited), None, "{edited}");
        }
        // RON still reads those it can, and it reads them as a clerk meant.
        assert_eq!(by_ron(&edits[0]).as_ref(), Some(&meeting));
        assert_eq!(
            by_ron(&edits[1]).map(|m| m.venue),
            Some("Town Hall – Room 1".to_string())
        );
    }

    #[test]
    fn what_is_wrong_is_declined_for_ron_to_report() {
        let text = crate::store::to_text(&large_meeting(3, 3, 5)).expect("text");
        let broken = [
            text.replacen("    version: 2,\n", "    version: 2\n", 1),
            text.replacen("    version:", "    verison:", 1),
            format!("{text})"),
            text.replacen("first_minute: 1,", "first_minute: 99999999999,", 1),
            text[..text.len() / 2].to_string(),
        ];
        for broken in &broken {
            assert_eq!(read::<Meeting>(broken), None, "{broken}");
        }
    }

    #[test]
    fn clauses_nested_deeper_than_this_reader_goes_are_read_by_ron() {
        let clause = |depth: usize| {
            let mut text = String::from("(text: \"x\")");
            for _ in 0..depth {
                text = format!("(text: \"x\", clauses: [{text}])");
            }
            text
        };
        let meeting = |depth: usize| {
            format!(
                "(version: 2, body: (name: \"x\"), date: \"2026-01-01\", venue: \"v\", \
                 first_minute: 1, records: [(event: Resolved(clauses: [{}]))])",
                clause(depth)
            )
        };
        let deepest = (1..200)
            .take_while(|&d| read::<Meeting>(&meeting(d)).is_some())
            .last()
            .expect("reads some");
        assert!(deepest >= 10, "real resolutions nest a few deep: {deepest}");
        // The deepest this reader takes, RON reads the same; one deeper is left to RON.
        assert_eq!(
            read::<Meeting>(&meeting(deepest)),
            by_ron(&meeting(deepest))
        );
        assert_eq!(read::<Meeting>(&meeting(deepest + 1)), None);
        assert!(by_ron(&meeting(deepest + 1)).is_some(), "RON reads it");
    }

    #[test]
    fn a_mistake_deep_in_a_long_file_is_reported_at_its_line() {
        let meeting = large_meeting(50, 20, 5_000);
        let text = crate::store::to_text(&meeting).expect("text");
        let mut lines: Vec<&str> = text.lines().collect();
        let wrong = lines.len() * 2 / 3;
        let at = (wrong..lines.len())
            .find(|&i| lines[i].trim_start().starts_with("event:"))
            .expect("a record");
        lines[at] = "            evnet: Commenced,";
        let broken = lines.join("\n");
        let error = crate::store::parse(std::path::Path::new("long.ron"), broken.as_bytes())
            .expect_err("refused");
        let said = error.to_string();
        assert!(said.starts_with(&format!("long.ron:{}:", at + 1)), "{said}");
    }
}
