//! The quick reader as serde sees it: values, lists, structs and enum variants handed to
//! whatever is being read, each from the reader's narrow form.

use serde::de::{self, DeserializeSeed, Visitor};

use super::{Declined, Reader, Result};

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
