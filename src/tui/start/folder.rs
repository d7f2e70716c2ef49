//! The start screen's view over a folder of meetings: each member's attendance, the actions
//! and whether later meetings heard them done, the planning applications and their decisions,
//! and a search of everything recorded. Part 1
//! business only, until the officer asks for Part 2 as well (`p`), as the commands'
//! `--confidential` does.

use std::path::PathBuf;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::across::{Collection, gather, report::Format};
use crate::commands::{View, across_of};
use crate::tui::theme::Theme;

/// Which of the views is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Showing {
    Attendance,
    Actions,
    Applications,
    Search,
    Due,
}

#[derive(Debug)]
pub struct FolderView {
    pub place: PathBuf,
    collection: Collection,
    pub showing: Showing,
    /// The words searched for; typed after `/`.
    pub query: String,
    pub typing: bool,
    pub scroll: usize,
    /// Business taken in private is shown too, marked.
    pub confidential: bool,
    /// The view as text, worked out when it changes rather than on every frame.
    pub text: String,
}

impl FolderView {
    /// Reads every meeting in the folder and shows their attendance.
    pub fn open(place: PathBuf) -> FolderView {
        let collection = gather(std::slice::from_ref(&place));
        let mut view = FolderView {
            place,
            collection,
            showing: Showing::Attendance,
            query: String::new(),
            typing: false,
            scroll: 0,
            confidential: false,
            text: String::new(),
        };
        view.show(Showing::Attendance);
        view
    }

    /// How many meetings were read, and how many files were left out.
    pub fn counts(&self) -> (usize, usize) {
        (
            self.collection.meetings.len(),
            self.collection.skipped.len(),
        )
    }

    fn show(&mut self, showing: Showing) {
        self.showing = showing;
        self.scroll = 0;
        let view = match showing {
            Showing::Attendance => View::Attendance {
                from: None,
                to: None,
                confidential: self.confidential,
                on: crate::commands::today(),
            },
            Showing::Actions => View::Actions {
                confidential: self.confidential,
            },
            Showing::Applications => View::Applications {
                reference: None,
                confidential: self.confidential,
            },
            Showing::Search => View::Search {
                words: &self.query,
                confidential: self.confidential,
            },
            Showing::Due => View::Due {
                on: crate::commands::today(),
            },
        };
        self.text = across_of(&self.collection, view).write(Format::Text);
    }

    /// One key; false when the clerk leaves the view.
    pub fn key(&mut self, key: KeyEvent) -> bool {
        if self.typing {
            match key.code {
                KeyCode::Esc => self.typing = false,
                KeyCode::Enter => {
                    self.typing = false;
                    self.show(Showing::Search);
                }
                KeyCode::Backspace => {
                    self.query.pop();
                }
                KeyCode::Char(c) => self.query.push(c),
                _ => {}
            }
            return true;
        }
        let lines = self.text.lines().count();
        match key.code {
            KeyCode::Esc | KeyCode::Char('q') => return false,
            KeyCode::Char('a') => self.show(Showing::Attendance),
            KeyCode::Char('c') => self.show(Showing::Actions),
            KeyCode::Char('b') => self.show(Showing::Applications),
            KeyCode::Char('d') => self.show(Showing::Due),
            KeyCode::Char('p') => {
                self.confidential = !self.confidential;
                self.show(self.showing);
            }
            KeyCode::Char('/') => {
                self.typing = true;
                self.query.clear();
            }
            KeyCode::Down | KeyCode::Char('j') => self.scroll = (self.scroll + 1).min(lines),
            KeyCode::Up | KeyCode::Char('k') => self.scroll = self.scroll.saturating_sub(1),
            KeyCode::PageDown | KeyCode::Char(' ') => self.scroll = (self.scroll + 20).min(lines),
            KeyCode::PageUp => self.scroll = self.scroll.saturating_sub(20),
            _ => {}
        }
        true
    }

    /// Pasted text goes into the search being typed.
    pub fn paste(&mut self, text: &str) {
        if self.typing {
            self.query.push_str(&text.replace(['\n', '\r'], " "));
        }
    }

    pub fn draw(&self, frame: &mut Frame, theme: &Theme) {
        let [title, tabs, body, hints] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(frame.area());
        let (meetings, skipped) = self.counts();
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(" Across meetings ", theme.heading),
                Span::styled(
                    format!(
                        "{} · {meetings} meeting{} · {skipped} file{} skipped",
                        self.place.display(),
                        if meetings == 1 { "" } else { "s" },
                        if skipped == 1 { "" } else { "s" }
                    ),
                    theme.dim,
                ),
            ])),
            title,
        );
        let tab = |name: &'static str, which: Showing| {
            let style = if self.showing == which {
                theme.selected
            } else {
                theme.text
            };
            Span::styled(format!(" {name} "), style)
        };
        let mut line = vec![
            tab("a Attendance", Showing::Attendance),
            tab("c Actions", Showing::Actions),
            tab("b Applications", Showing::Applications),
            tab("/ Search", Showing::Search),
            tab("d Due", Showing::Due),
        ];
        if self.confidential {
            line.push(Span::styled(
                " CONFIDENTIAL: Part 2 business shown (p to hide) ",
                theme.part_two,
            ));
        }
        if self.typing {
            line.push(Span::styled(
                format!(" Search for: {}▏", self.query),
                theme.accent,
            ));
        }
        frame.render_widget(Paragraph::new(Line::from(line)), tabs);
        let block = Block::bordered().border_style(theme.dim);
        let inner = block.inner(body);
        frame.render_widget(block, body);
        let shown: Vec<Line> = self
            .text
            .lines()
            .skip(self.scroll)
            .take(inner.height as usize)
            .map(|l| Line::from(Span::styled(l.to_string(), theme.text)))
            .collect();
        frame.render_widget(Paragraph::new(shown), inner);
        frame.render_widget(
            Paragraph::new(Span::styled(
                " j/k scroll · a attendance · c actions · b applications · / search · p Part 2 · esc back",
                theme.dim,
            )),
            hints,
        );
        crate::tui::live::view::no_control_characters(frame);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::KeyModifiers;

    fn press(view: &mut FolderView, keys: &str) {
        for c in keys.chars() {
            let code = match c {
                '\n' => KeyCode::Enter,
                c => KeyCode::Char(c),
            };
            view.key(KeyEvent::new(code, KeyModifiers::NONE));
        }
    }

    fn screen(view: &FolderView) -> String {
        let mut terminal = Terminal::new(TestBackend::new(140, 40)).expect("terminal");
        let theme = Theme::built_in("default").expect("theme");
        terminal
            .draw(|frame| view.draw(frame, &theme))
            .expect("draws");
        terminal.backend().to_string()
    }

    #[test]
    fn the_three_views_over_a_folder_are_a_key_each() {
        let folder = tempfile::tempdir().expect("folder");
        let first = chrono::NaiveDate::from_ymd_opt(2025, 1, 6).expect("date");
        for (n, meeting) in crate::generate::committee_series("Audit Committee", 4, 3, first)
            .iter()
            .enumerate()
        {
            crate::store::save(meeting, &folder.path().join(format!("{n}.ron"))).expect("saves");
        }
        std::fs::write(folder.path().join("bad.ron"), "nonsense").expect("written");
        let mut view = FolderView::open(folder.path().to_path_buf());
        assert_eq!(view.counts(), (4, 1));
        let shown = screen(&view);
        assert!(shown.contains("Attendance: Audit Committee"), "{shown}");
        assert!(shown.contains("Councillor A Member1"), "{shown}");
        assert!(shown.contains("4 meetings · 1 file skipped"), "{shown}");
        press(&mut view, "c");
        let shown = screen(&view);
        assert!(shown.contains("Actions: Audit Committee"), "{shown}");
        assert!(shown.contains("Report back on ward 3"), "{shown}");
        press(&mut view, "/ward 2 was\n");
        let shown = screen(&view);
        assert!(shown.contains("Search: ward 2 was"), "{shown}");
        assert!(
            shown.contains("The budget for ward 2 was noted."),
            "{shown}"
        );
        assert!(!shown.contains("ward 1 was"), "{shown}");
        // A Part 2 item's title is in the public minutes, so the public search finds it.
        press(&mut view, "/contract award 2\n");
        assert!(screen(&view).contains("Contract Award 2"));
        // Business taken in private only when asked for, and said so plainly.
        press(&mut view, "/negotiate contract 2\n");
        assert!(!screen(&view).contains("Negotiate contract 2"));
        press(&mut view, "p");
        let shown = screen(&view);
        assert!(shown.contains("Negotiate contract 2"), "{shown}");
        assert!(shown.contains("CONFIDENTIAL"), "{shown}");
        press(&mut view, "p");
        let shown = screen(&view);
        assert!(!shown.contains("Negotiate contract 2") && !shown.contains("CONFIDENTIAL"));
        assert!(!view.key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)));
    }
}
