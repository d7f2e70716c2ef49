//! The keys of every layer, generated from the key tables, scrolled with Up and Down.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::action::Action;
use crate::tui::keymap::Layer;
use crate::tui::live::overlays::Outcome;
use crate::tui::live::overlays::Scene;
use crate::tui::theme::Theme;
use crate::tui::widgets::{centred, modal_block};

/// The live screen's keys in groups, in the order a meeting needs them.
const GROUPS: &[(&str, &[Action])] = &[
    (
        "Preparing the meeting",
        &[
            Action::EditMeeting,
            Action::AddItem,
            Action::EditItem,
            Action::DeleteItem,
            Action::MoveItemUp,
            Action::MoveItemDown,
            Action::WithdrawItem,
            Action::People,
            Action::MattersArising,
        ],
    ),
    (
        "Moving about",
        &[
            Action::Help,
            Action::NextItem,
            Action::PreviousItem,
            Action::GoToItem,
            Action::SetClock,
            Action::Preview,
            Action::PreviewDown,
            Action::PreviewUp,
        ],
    ),
    (
        "Who is there",
        &[
            Action::Commence,
            Action::RollCall,
            Action::AddPerson,
            Action::MemberLeft,
            Action::MemberReturned,
            Action::TakeChair,
            Action::Appoint,
            Action::CoOpt,
            Action::ApproveAbsence,
            Action::PublicCount,
            Action::Adjourn,
            Action::Reconvene,
            Action::Conclude,
        ],
    ),
    (
        "Recording the business",
        &[
            Action::Declare,
            Action::AddNote,
            Action::AddAction,
            Action::PublicSpoke,
            Action::PlanningApplication,
            Action::AddMotion,
            Action::SettleMotion,
            Action::TakeVote,
            Action::Resolve,
            Action::Payments,
            Action::SetPrecept,
            Action::ExcludePublic,
            Action::ReadmitPublic,
        ],
    ),
    (
        "Correcting",
        &[
            Action::FocusRecords,
            Action::EditRecord,
            Action::EditTime,
            Action::DeleteRecord,
            Action::MoveRecordUp,
            Action::MoveRecordDown,
            Action::RecordUp,
            Action::RecordDown,
            Action::Undo,
            Action::Redo,
        ],
    ),
    (
        "Minutes, checks and files",
        &[
            Action::Sign,
            Action::ExportMinutes,
            Action::Problems,
            Action::Search,
            Action::SaveCopy,
            Action::Quit,
        ],
    ),
];

/// The group a live key is listed under; any other under the last.
fn group_of(action: Action) -> &'static str {
    GROUPS
        .iter()
        .find(|(_, actions)| actions.contains(&action))
        .map_or(OTHER, |(title, _)| title)
}

const OTHER: &str = "Other keys";

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
        crate::tui::widgets::clear_modal(frame, rect);
        let block = modal_block("Keys".into(), theme);
        let inner = block.inner(rect);
        frame.render_widget(block, rect);
        let mut lines = Vec::new();
        let body = scene.meeting.body.kind;
        for &layer in Layer::ALL {
            let offered: Vec<_> = scene
                .keymap
                .bindings(layer)
                .iter()
                .filter(|b| crate::tui::live::meaning::offered_to(b.action, body))
                .collect();
            // The live screen's many keys by what they are for; other screens' as they come.
            let groups: Vec<(&str, Vec<_>)> = if layer == Layer::Live {
                GROUPS
                    .iter()
                    .map(|&(title, _)| title)
                    .chain([OTHER])
                    .map(|title| {
                        let keys = offered
                            .iter()
                            .filter(|b| group_of(b.action) == title)
                            .copied()
                            .collect();
                        (title, keys)
                    })
                    .collect()
            } else {
                vec![(layer.title(), offered)]
            };
            for (title, bindings) in groups.into_iter().filter(|(_, b)| !b.is_empty()) {
                lines.push(Line::from(Span::styled(title.to_string(), theme.heading)));
                for binding in bindings {
                    lines.push(Line::from(vec![
                        Span::styled(format!("  {:<12}", binding.key.label()), theme.accent),
                        Span::styled(binding.action.description(), theme.text),
                    ]));
                }
                lines.push(Line::default());
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_live_key_bound_by_default_has_its_group() {
        let keymap = crate::tui::keymap::Keymap::default();
        let ungrouped: Vec<Action> = keymap
            .bindings(Layer::Live)
            .iter()
            .map(|b| b.action)
            .filter(|&a| a != Action::Back && group_of(a) == OTHER)
            .collect();
        assert!(ungrouped.is_empty(), "{ungrouped:?}");
    }
}
