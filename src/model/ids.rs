//! Typed handles for the things a meeting refers to, so that a person's id can never be passed
//! where an item's belongs. In the file each is the plain text (or number) it always was.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Serialize};

macro_rules! text_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                $name(text.to_string())
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> Self {
                $name(text)
            }
        }

        impl From<&String> for $name {
            fn from(text: &String) -> Self {
                $name(text.clone())
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:?}", self.0)
            }
        }
    };
}

text_id!(
    /// A person's handle in the file: `"flavell"`.
    PersonId
);
text_id!(
    /// An agenda item's handle in the file: often its printed number, `"6"`.
    ItemId
);
text_id!(
    /// A motion's handle, for the votes and outcomes on it: `"motion-1"`.
    MotionId
);

/// A record's handle: given once, when the record is made, and never reused in the file, so a
/// correction or a kept draft finds its record wherever the log has moved it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RecordId(pub u32);

impl RecordId {
    /// Not yet given: a record read from a file written before records had handles.
    pub const UNSET: RecordId = RecordId(0);

    pub fn is_unset(&self) -> bool {
        *self == RecordId::UNSET
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl fmt::Debug for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_and_write_as_plain_text() {
        let id: PersonId = ron::from_str("\"flavell\"").expect("reads");
        assert_eq!(id, "flavell");
        assert_eq!(ron::to_string(&id).expect("writes"), "\"flavell\"");
        let record: RecordId = ron::from_str("12").expect("reads");
        assert_eq!(record, RecordId(12));
    }
}
