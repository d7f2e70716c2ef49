//! The keys of every layer, generated from the key tables, scrolled with Up and Down.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::tui::action::Action;
use crate::tui::keymap::Layer;
use crate::tui::live::overlays::Outcome;
use crate::tui::live::overlays::Scene;
use crate::tui::theme::Theme;
use crate::tui::widgets::{centred, modal_block};

#[derive(Debug, Clone, Default)]
pub struct Help {
    pub scroll: usize,
}

impl Help {
    pub fn key(&mut self, action: Option<Action>) -> Outcome {
        match action {
            Some(Action::Back) => return Outcome::Close,
            Some(Action::ChoiceDown) => self.scroll += 1,
            Some(Action::ChoiceUp) => self.scroll = self.scroll.saturating_sub(1),
            _ => {}
        }
        Outcome::Stay
    }

    pub fn draw(&self, frame: &mut Frame, area: Rect, scene: &Scene<'_>, theme: &Theme) {
        let rect = centred(area, 72, area.height);
        frame.render_widget(Clear, rect);
        let block = modal_block("Keys".into(), theme);
        let inner = block.inner(rect);
        frame.render_widget(block, rect);
        let mut lines = Vec::new();
        for &layer in Layer::ALL {
            lines.push(Line::from(Span::styled(layer.title(), theme.heading)));
            let body = scene.meeting.body.kind;
            let offered = scene
                .keymap
                .bindings(layer)
                .iter()
                .filter(|b| crate::tui::live::meaning::offered_to(b.action, body));
            for binding in offered {
                lines.push(Line::from(vec![
                    Span::styled(format!("  {:<12}", binding.key.label()), theme.accent),
                    Span::styled(binding.action.description(), theme.text),
                ]));
            }
            lines.push(Line::default());
        }
        let scroll = self
            .scroll
            .min(lines.len().saturating_sub(inner.height as usize));
        frame.render_widget(
            Paragraph::new(lines).scroll((u16::try_from(scroll).unwrap_or(0), 0)),
            inner,
        );
    }
}
