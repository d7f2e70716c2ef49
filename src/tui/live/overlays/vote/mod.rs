//! The vote over the screen: how it was taken (one key each: unanimous, show of hands,
//! recorded), the figures or each member's vote, and the Chair's casting vote on a tie. Its
//! state and what it accepts are in `form`; its keys and drawing here.

pub mod form;

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::model::{Edit, Side};
use crate::tui::action::Action;
use crate::tui::keymap::Layer;
use crate::tui::live::describe;
use crate::tui::live::overlays::Scene;
use crate::tui::live::overlays::vote::form::{VoteFocus, VoteForm, VoteMode, Way};
use crate::tui::live::overlays::{Desk, Outcome, Overlay};
use crate::tui::theme::Theme;
use crate::tui::widgets::{centred, hints_line, modal_block};

pub fn key(
    vote: &mut VoteForm,
    event: KeyEvent,
    action: Option<Action>,
    desk: &mut Desk<'_>,
) -> Outcome {
    let typing_figure = matches!(
        vote.focus,
        VoteFocus::InFavour | VoteFocus::Against | VoteFocus::Abstentions | VoteFocus::Time
    );
    let timing = vote.focus == VoteFocus::Time;
    match (event.code, action) {
        (KeyCode::Char(c), _) if typing_figure && c.is_ascii_digit() => vote.type_figure(Some(c)),
        (KeyCode::Char(c @ ('.' | ':' | ' ' | 'a' | 'p' | 'm')), _) if timing => {
            vote.type_figure(Some(c))
        }
        (KeyCode::Backspace, _) if typing_figure => vote.type_figure(None),
        (_, Some(Action::Cancel)) => {
            *desk.message = Some("Vote cancelled".into());
            return Outcome::Close;
        }
        (_, Some(Action::Submit)) | (KeyCode::Enter, None) => return submit(vote, desk),
        (_, Some(Action::Unanimous)) => vote.set_mode(VoteMode::Unanimous),
        (_, Some(Action::ShowOfHands)) => vote.set_mode(VoteMode::ShowOfHands),
        (_, Some(Action::RecordedVote)) => vote.set_mode(VoteMode::Recorded),
        (_, Some(Action::EqualVotes)) => vote.set_mode(VoteMode::Equal),
        (_, Some(Action::NextField)) => vote.next_field(true),
        (_, Some(Action::PreviousField)) => vote.next_field(false),
        (_, Some(Action::ChoiceDown)) => vote.step(true),
        (_, Some(Action::ChoiceUp)) => vote.step(false),
        (_, Some(Action::VoteFor)) => vote.mark(Some(Way::For)),
        (_, Some(Action::VoteAgainst)) => vote.mark(Some(Way::Against)),
        (_, Some(Action::VoteAbstain)) => vote.mark(Some(Way::Abstain)),
        (_, Some(Action::VoteClear)) => vote.mark(None),
        (_, Some(Action::CastingFor)) => vote.casting = Some(Side::For),
        (_, Some(Action::CastingAgainst)) => vote.casting = Some(Side::Against),
        (_, Some(Action::Help)) => return Outcome::Open(Overlay::Help(Default::default())),
        _ => {}
    }
    Outcome::Stay
}

fn submit(vote: &mut VoteForm, desk: &mut Desk<'_>) -> Outcome {
    let record = match vote.submit() {
        Ok(record) => record,
        Err(error) => {
            vote.error = Some(error);
            return Outcome::Stay;
        }
    };
    let meeting = desk.session.meeting();
    let line = describe::record(meeting, &record);
    let edit = match vote.editing {
        Some(_) => Edit::ReplaceRecord(record),
        None => Edit::InsertRecord {
            at: meeting.records.len(),
            record,
        },
    };
    match desk.session.apply(vec![edit]) {
        Ok(()) => {
            *desk.message = Some(format!("Recorded: {line}"));
            Outcome::Close
        }
        Err(refusal) => {
            vote.error = Some(refusal.to_string());
            Outcome::Stay
        }
    }
}

pub fn draw(frame: &mut Frame, area: Rect, scene: &Scene<'_>, vote: &VoteForm, theme: &Theme) {
    let rect = centred(area, 76, area.height);
    crate::tui::widgets::clear_modal(frame, rect);
    let title = match vote.item.as_deref().and_then(|id| scene.meeting.item(id)) {
        Some(item) => format!("Vote · {}", item.label()),
        None => "Vote".into(),
    };
    let block = modal_block(title, theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let mut lines = how_lines(vote, theme);
    match vote.mode {
        VoteMode::Unanimous => lines.push(Line::from("Carried unanimously.")),
        VoteMode::ShowOfHands => lines.extend(figure_lines(vote, theme)),
        VoteMode::Recorded => lines.extend(member_lines(vote, theme)),
        VoteMode::Equal => lines.push(Line::from(
            "The votes were equal; the minutes give no figures.",
        )),
    }
    lines.extend(result_lines(vote, theme));
    let [body, hints] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let scroll = if vote.mode == VoteMode::Recorded {
        (vote.cursor + 5).saturating_sub(body.height as usize)
    } else {
        0
    };
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(scroll).unwrap_or(0), 0)),
        body,
    );
    frame.render_widget(
        Paragraph::new(hints_line(scene.keymap, Layer::Vote, theme)),
        hints,
    );
}

/// The style of a field of the form: marked when it has the keys.
fn focus_style(vote: &VoteForm, focus: VoteFocus, theme: &Theme) -> ratatui::style::Style {
    if vote.focus == focus {
        theme.selected
    } else {
        theme.text
    }
}

/// What the vote is on, how it was taken, and who may vote.
fn how_lines<'a>(vote: &VoteForm, theme: &Theme) -> Vec<Line<'a>> {
    let on = match vote.motion.checked_sub(1).and_then(|i| vote.motions.get(i)) {
        Some((_, text)) => text.clone(),
        None => "the recommendations".to_string(),
    };
    let mode = |m: VoteMode, label: &'static str| {
        let style = if vote.mode == m {
            theme.selected
        } else {
            theme.dim
        };
        Span::styled(format!(" {label} "), style)
    };
    let names: Vec<&str> = vote.eligible.iter().map(|(_, n)| n.as_str()).collect();
    vec![
        Line::from(vec![
            Span::styled("On: ", theme.dim),
            Span::styled(on, focus_style(vote, VoteFocus::Motion, theme)),
        ]),
        Line::from(vec![
            Span::styled("How: ", theme.dim),
            mode(VoteMode::Unanimous, "u unanimous"),
            mode(VoteMode::ShowOfHands, "h show of hands"),
            mode(VoteMode::Recorded, "r recorded vote"),
            mode(VoteMode::Equal, "e equal, no figures"),
        ]),
        Line::from(Span::styled(
            format!("May vote ({}): {}", names.len(), names.join(", ")),
            theme.dim,
        )),
        Line::default(),
    ]
}

/// The figures of a show of hands, as typed.
fn figure_lines<'a>(vote: &VoteForm, theme: &Theme) -> Vec<Line<'a>> {
    [
        ("For", VoteFocus::InFavour, 0),
        ("Against", VoteFocus::Against, 1),
        ("Abstaining", VoteFocus::Abstentions, 2),
    ]
    .into_iter()
    .map(|(label, focus, index)| {
        let figure = if vote.figures[index].is_empty() {
            "_".to_string()
        } else {
            vote.figures[index].clone()
        };
        Line::from(vec![
            Span::styled(format!("{label:<12}"), theme.dim),
            Span::styled(figure, focus_style(vote, focus, theme)),
        ])
    })
    .collect()
}

/// Each member and how they voted, in a recorded vote.
fn member_lines<'a>(vote: &VoteForm, theme: &Theme) -> Vec<Line<'a>> {
    vote.eligible
        .iter()
        .zip(&vote.ways)
        .enumerate()
        .map(|(index, ((_, name), way))| {
            let mark = match way {
                Some(Way::For) => "[for]    ",
                Some(Way::Against) => "[against]",
                Some(Way::Abstain) => "[abstain]",
                None => "[ ]      ",
            };
            let style = if vote.focus == VoteFocus::Members && index == vote.cursor {
                theme.selected
            } else {
                theme.text
            };
            Line::from(Span::styled(format!("{mark} {name}"), style))
        })
        .collect()
}

/// The count so far, the casting vote on a tie, the time and what is wrong.
fn result_lines<'a>(vote: &VoteForm, theme: &Theme) -> Vec<Line<'a>> {
    let mut lines = Vec::new();
    if let Some((f, a, s)) = vote.tally() {
        lines.push(Line::from(Span::styled(
            format!(
                "Counted: {f} for, {a} against, {s} abstaining of {} who may vote",
                vote.eligible.len()
            ),
            theme.dim,
        )));
    }
    if vote.needs_casting_vote() {
        let casting = match vote.casting {
            Some(Side::For) => "for",
            Some(Side::Against) => "against",
            None => "not yet given",
        };
        lines.push(Line::from(Span::styled(
            format!("The votes are equal. Chair's casting vote (F for, A against): {casting}"),
            theme.warning,
        )));
    }
    lines.push(Line::default());
    let time = if vote.time.is_empty() && vote.focus != VoteFocus::Time {
        "not known".to_string()
    } else {
        vote.time.clone()
    };
    lines.push(Line::from(vec![
        Span::styled("Time: ", theme.dim),
        Span::styled(time, focus_style(vote, VoteFocus::Time, theme)),
        Span::styled("  (Tab to it to change, empty if not known)", theme.dim),
    ]));
    if let Some(error) = &vote.error {
        lines.push(Line::from(Span::styled(error.clone(), theme.warning)));
    }
    lines
}
