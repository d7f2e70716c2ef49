//! Undo and redo: groups of edits, each the reverse of one change.

use crate::model::Edit;

#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Vec<Edit>>,
    redo: Vec<Vec<Edit>>,
}

impl History {
    /// A new change was made: it can be undone, and nothing undone before can be redone.
    pub fn done(&mut self, inverses: Vec<Edit>) {
        self.undo.push(inverses);
        self.redo.clear();
    }

    pub fn take_undo(&mut self) -> Option<Vec<Edit>> {
        self.undo.pop()
    }

    pub fn take_redo(&mut self) -> Option<Vec<Edit>> {
        self.redo.pop()
    }

    /// A change was undone: its reverse can be redone.
    pub fn undone(&mut self, inverses: Vec<Edit>) {
        self.redo.push(inverses);
    }

    /// A change was redone: it can be undone again.
    pub fn redone(&mut self, inverses: Vec<Edit>) {
        self.undo.push(inverses);
    }

    /// An undo that could not be made stays undoable.
    pub fn restore_undo(&mut self, group: Vec<Edit>) {
        self.undo.push(group);
    }

    pub fn restore_redo(&mut self, group: Vec<Edit>) {
        self.redo.push(group);
    }
}
