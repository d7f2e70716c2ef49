//! The one cursor every list on the screen moves with, and the text typed to narrow a list.
//! Each list keeps how long it is; the cursor only ever needs that length to stay inside it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where the clerk is in a list: its position from the top.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub at: usize,
}

impl Cursor {
    pub fn at(at: usize) -> Cursor {
        Cursor { at }
    }

    /// One along the list of `len`, stopping at either end.
    pub fn step(&mut self, forward: bool, len: usize) {
        self.at = if forward {
            (self.at + 1).min(len.saturating_sub(1))
        } else {
            self.at.saturating_sub(1).min(len.saturating_sub(1))
        };
    }

    /// One along the list of `len`, from the last round to the first and back.
    pub fn wrap(&mut self, forward: bool, len: usize) {
        if len == 0 {
            self.at = 0;
            return;
        }
        // A place kept from a longer list comes back inside this one first.
        let at = self.at % len;
        self.at = if forward {
            (at + 1) % len
        } else {
            (at + len - 1) % len
        };
    }

    /// Back inside a list that has become `len` long.
    pub fn clamp(&mut self, len: usize) {
        self.at = self.at.min(len.saturating_sub(1));
    }

    /// Back to the top, as when what the list holds has changed.
    pub fn top(&mut self) {
        self.at = 0;
    }
}

/// Text typed to narrow a list, and the cursor in what it leaves.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Finder {
    pub query: String,
    pub cursor: Cursor,
}

impl Finder {
    /// A key that edits the query: a character adds to it, Backspace takes one off, Ctrl-U
    /// clears it; the cursor goes back to the top of what it now finds. Says whether the key
    /// was one of these.
    pub fn type_key(&mut self, event: KeyEvent) -> bool {
        let control = event.modifiers.contains(KeyModifiers::CONTROL);
        match event.code {
            KeyCode::Backspace => {
                self.query.pop();
            }
            KeyCode::Char('u') if control => self.query.clear(),
            KeyCode::Char(c) if !control => self.query.push(c),
            _ => return false,
        }
        self.cursor.top();
        true
    }

    /// Text pasted into the query, on one line.
    pub fn paste(&mut self, text: &str) {
        self.query.push_str(&text.replace(['\r', '\n', '\t'], " "));
        self.cursor.top();
    }

    /// Empties the query, as when finding starts again.
    pub fn clear(&mut self) {
        self.query.clear();
        self.cursor.top();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_stops_at_the_ends_and_a_wrap_goes_round() {
        let mut cursor = Cursor::default();
        cursor.step(false, 3);
        assert_eq!(cursor.at, 0);
        for _ in 0..5 {
            cursor.step(true, 3);
        }
        assert_eq!(cursor.at, 2);
        cursor.wrap(true, 3);
        assert_eq!(cursor.at, 0);
        cursor.wrap(false, 3);
        assert_eq!(cursor.at, 2);
        cursor.clamp(1);
        assert_eq!(cursor.at, 0);
        cursor.step(true, 0);
        assert_eq!(cursor.at, 0, "an empty list has nowhere to go");
    }

    #[test]
    fn typing_narrows_from_the_top_and_ctrl_u_clears() {
        let mut finder = Finder {
            query: String::new(),
            cursor: Cursor::at(4),
        };
        let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
        assert!(finder.type_key(key(KeyCode::Char('f'))));
        assert!(finder.type_key(key(KeyCode::Char('l'))));
        assert_eq!((finder.query.as_str(), finder.cursor.at), ("fl", 0));
        assert!(finder.type_key(key(KeyCode::Backspace)));
        assert_eq!(finder.query, "f");
        assert!(finder.type_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)));
        assert_eq!(finder.query, "");
        assert!(!finder.type_key(key(KeyCode::Enter)));
    }
}
