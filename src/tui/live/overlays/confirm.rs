//! Questions answered yes or no: closing the meeting, and taking back what was kept when
//! Minutebook last stopped (an unfinished form, or a recovery copy of the whole meeting).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use crate::model::Meeting;
use crate::tui::action::Action;
use crate::tui::keymap::Layer;
use crate::tui::live::effect::Effect;
use crate::tui::live::forms::{Draft, Form, FormKind};
use crate::tui::live::overlays::Scene;
use crate::tui::live::overlays::form::FormBox;
use crate::tui::live::overlays::{Desk, Outcome, Overlay};
use crate::tui::theme::Theme;
use crate::tui::widgets::{centred, hints_line, modal_block};

/// A question waiting for yes or no.
#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    RestoreDraft(Draft),
    /// A recovery copy written when Minutebook last failed, different from the file.
    RestoreRecovery(Box<Meeting>),
    /// Quitting while the last changes are not saved, for this reason.
    QuitUnsaved(String),
    /// Quitting was asked, but the unsaved work could be kept nowhere: the screen stays open.
    NowhereToKeep(String),
    /// Writing the minutes would replace a file Minutebook did not write (edited by hand?).
    ReplaceMinutes {
        path: std::path::PathBuf,
        format: crate::minutes::Format,
        confidential: bool,
    },
}

pub fn key(question: &mut Question, action: Option<Action>, desk: &mut Desk<'_>) -> Outcome {
    if let (Question::QuitUnsaved(_) | Question::NowhereToKeep(_), Some(Action::SaveCopy)) =
        (&question, action)
    {
        let meeting = desk.session.meeting();
        return match Form::blank(FormKind::SaveAs, meeting, None, None, None) {
            Some(form) => Outcome::Become(Overlay::Form(Box::new(FormBox::new(form)))),
            None => Outcome::Stay,
        };
    }
    let yes = match action {
        Some(Action::Yes) => true,
        Some(Action::No) => false,
        _ => return Outcome::Stay,
    };
    match (question, yes) {
        (Question::RestoreDraft(draft), true) => {
            let meeting = desk.session.meeting();
            if draft.recorded(meeting) {
                *desk.message = Some("That form had been recorded already".into());
                return Outcome::Done(Effect::DraftDeclined);
            }
            let Some(form) = Form::from_draft(meeting, draft) else {
                *desk.message = Some("The unfinished form no longer fits the meeting".into());
                return Outcome::Done(Effect::DraftDeclined);
            };
            if let Some(index) = draft.item.as_deref().and_then(|id| meeting.item_index(id)) {
                desk.nav.go_to(meeting, Some(index));
            }
            *desk.message = Some("Restored the unfinished form".into());
            Outcome::Become(Overlay::Form(Box::new(FormBox::new(form))))
        }
        (Question::RestoreDraft(_), false) => {
            *desk.message = Some("Discarded the unfinished form".into());
            Outcome::Done(Effect::DraftDeclined)
        }
        (Question::RestoreRecovery(recovered), true) => {
            let recovered = (**recovered).clone();
            *desk.message = Some(match desk.session.replace(recovered) {
                Ok(()) => "Restored the recovery copy".into(),
                Err(refusal) => refusal.to_string(),
            });
            desk.nav.settle(desk.session, None);
            Outcome::Done(Effect::RecoveryAnswered(true))
        }
        (Question::RestoreRecovery(_), false) => {
            *desk.message = Some("Kept the meeting file as it was".into());
            Outcome::Done(Effect::RecoveryAnswered(false))
        }
        (Question::QuitUnsaved(_), true) => Outcome::Done(Effect::QuitLeavingRecovery),
        (Question::QuitUnsaved(_), false) => Outcome::Close,
        (Question::NowhereToKeep(_), _) => Outcome::Close,
        (
            Question::ReplaceMinutes {
                format,
                confidential,
                ..
            },
            true,
        ) => Outcome::Done(Effect::WriteMinutes {
            format: *format,
            confidential: *confidential,
            replace: true,
        }),
        (Question::ReplaceMinutes { path, .. }, false) => {
            *desk.message = Some(format!("Left {} as it was", path.display()));
            Outcome::Close
        }
    }
}

pub fn draw(frame: &mut Frame, area: Rect, scene: &Scene<'_>, question: &Question, theme: &Theme) {
    let text = match question {
        Question::RestoreRecovery(recovered) => format!(
            "When Minutebook last stopped it kept a recovery copy of this meeting ({}, {}), with {} records (the file has {}). Restore it?",
            recovered.body.name,
            recovered.date.format("%-d %B %Y"),
            recovered.records.len(),
            scene.meeting.records.len()
        ),
        Question::ReplaceMinutes { path, .. } => format!(
            "{} is already there, and is not what Minutebook last wrote there (it may have been \
             edited by hand). Replace it? The file there now is kept as {}.",
            path.display(),
            crate::store::backup_path(path).display()
        ),
        Question::NowhereToKeep(why) => format!(
            "NOT SAVED: {why}. Minutebook stays open so that nothing is lost: press {} to save \
             the meeting to another file (a USB stick, another drive), or free some space and \
             quit again.",
            scene
                .keymap
                .key_for(Layer::Confirm, Action::SaveCopy)
                .map_or_else(|| "W".to_string(), |k| k.label())
        ),
        Question::QuitUnsaved(why) => format!(
            "NOT SAVED: {why}. Quit anyway? The unsaved work is then kept in Minutebook's data \
             folder and offered back when the meeting is next opened."
        ),
        Question::RestoreDraft(draft) => format!(
            "Text typed into an unfinished form ({}) was kept when Minutebook last stopped. Restore it?",
            Form::from_draft(scene.meeting, draft)
                .map_or_else(|| "a form".to_string(), |f| f.title)
        ),
    };
    let height = if matches!(
        question,
        Question::QuitUnsaved(_) | Question::NowhereToKeep(_) | Question::ReplaceMinutes { .. }
    ) {
        9
    } else {
        7
    };
    let rect = centred(area, 60, height);
    crate::tui::widgets::clear_modal(frame, rect);
    // A notice that the screen stays open asks nothing: it says what can be done, not yes or no.
    let notice = matches!(question, Question::NowhereToKeep(_));
    let block = modal_block(if notice { "Not saved" } else { "Question" }.into(), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [body, hints] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), body);
    let line = if notice {
        notice_hints(scene.keymap, theme)
    } else {
        hints_line(scene.keymap, Layer::Confirm, theme)
    };
    frame.render_widget(Paragraph::new(line), hints);
}

/// What can be done from the notice that nothing could be saved: save a copy elsewhere, or go
/// back to the meeting.
pub fn notice_hints<'a>(
    keymap: &crate::tui::keymap::Keymap,
    theme: &Theme,
) -> ratatui::text::Line<'a> {
    let key = |action| keymap.key_for(Layer::Confirm, action).map(|k| k.label());
    let mut spans = Vec::new();
    for (action, said) in [
        (Action::SaveCopy, "save a copy elsewhere"),
        (Action::No, "back to the meeting"),
    ] {
        if let Some(key) = key(action) {
            spans.push(ratatui::text::Span::styled(format!(" {key}"), theme.accent));
            spans.push(ratatui::text::Span::styled(format!(" {said} "), theme.dim));
        }
    }
    ratatui::text::Line::from(spans)
}
