//! The three panes of the live screen: the agenda, the current item with its records, and who
//! is in the room.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Wrap};

use crate::model::{Attendance, Office, Part, PersonKind, RecordId};
use crate::tui::keymap::Layer;
use crate::tui::live::app::App;
use crate::tui::live::describe;
use crate::tui::live::view::Facts;
use crate::tui::theme::Theme;
use crate::tui::widgets::attendance_mark;
use crate::tui::widgets::{pane, scroll_to};

pub(super) fn agenda(frame: &mut Frame, area: Rect, app: &App, facts: &Facts<'_>, theme: &Theme) {
    let meeting = app.meeting();
    let block = pane("Agenda", theme, false);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines: Vec<Line> = Vec::new();
    let at_opening = facts.current.is_none() && !app.nav.at_close;
    let place = |here: bool, name: &str| {
        Line::from(Span::styled(
            format!("{}    {name}", if here { "▶" } else { " " }),
            if here { theme.selected } else { theme.text },
        ))
    };
    lines.push(place(at_opening, "Opening"));
    for (index, item) in meeting.agenda.iter().enumerate() {
        let current = facts.current == Some(index);
        let minute = facts
            .minutes
            .get(index)
            .map(|n| n.to_string())
            .unwrap_or_default();
        let number = item.number.as_deref().unwrap_or("–");
        let part_two = facts.private(Some(index));
        let marker = if current { "▶" } else { " " };
        let tag = if part_two { "P2 " } else { "" };
        let style = if current {
            theme.selected
        } else if part_two {
            theme.part_two
        } else {
            theme.text
        };
        let withdrawn = match item.withdrawn.as_ref().map(|w| w.how) {
            Some(crate::model::Withdrawn::Withdrawn) => " (withdrawn)",
            Some(crate::model::Withdrawn::Deferred) => " (deferred)",
            None => "",
        };
        lines.push(Line::from(Span::styled(
            format!(
                "{marker}{minute:>3} {tag}{number}. {}{withdrawn}",
                item.title
            ),
            style,
        )));
    }
    lines.push(place(app.nav.at_close, "Close"));
    let selected_line = match facts.current {
        Some(i) => i + 1,
        None if app.nav.at_close => lines.len() - 1,
        None => 0,
    };
    let scroll = scroll_to(selected_line, inner.height as usize);
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
}

/// On a meeting with no agenda or nobody known yet, what to do first and the keys for it.
fn first_steps(app: &App) -> Vec<String> {
    use crate::tui::action::Action;
    let meeting = app.meeting();
    let key = |action| {
        app.keymap
            .key_for(Layer::Live, action)
            .map_or_else(|| "?".to_string(), |k| k.label())
    };
    let mut steps = Vec::new();
    if meeting.agenda.is_empty() {
        steps.push(format!(
            "To build the agenda, {} adds an item (after the one you are on).",
            key(Action::AddItem)
        ));
    }
    if meeting.people.is_empty() {
        steps.push(format!(
            "{} lists the people the meeting knows; + there adds the members and officers.",
            key(Action::People)
        ));
    }
    if meeting.agenda.is_empty() || meeting.people.is_empty() {
        steps.push(format!(
            "{} sets the meeting's details: the body, date, time and place.",
            key(Action::EditMeeting)
        ));
        steps.push(format!("{} shows every key.", key(Action::Help)));
    }
    steps
}

pub(super) fn item(frame: &mut Frame, area: Rect, app: &App, facts: &Facts<'_>, theme: &Theme) {
    let (title, heading) = item_heading(app, facts);
    let block = pane(&title, theme, app.nav.records_focus);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut text = Text::default();
    text.lines
        .push(Line::from(Span::styled(heading, theme.heading)));
    item_warnings(&mut text, app, facts, theme);
    text.lines.push(Line::default());
    let ids = app.item_records();
    if ids.is_empty() {
        text.lines
            .push(Line::from(Span::styled("Nothing recorded yet.", theme.dim)));
        for line in first_steps(app) {
            text.lines.push(Line::from(Span::styled(line, theme.dim)));
        }
    }
    let height = inner.height as usize;
    let width = inner.width.max(1) as usize;
    let shown = records_in_view(app, &ids, height);
    if shown.start > 0 {
        // What is above is out of view: the heading goes, so the pane starts with records.
        text.lines.clear();
    }
    let selected_line = record_lines(&mut text, app, &ids[shown], width, theme);
    // Keep the end of the log in view while recording, and the selection while choosing.
    let wrapped: usize = text
        .lines
        .iter()
        .map(|line| line.width().max(1).div_ceil(width))
        .sum();
    let scroll = if app.nav.records_focus {
        selected_line.saturating_sub(height / 2)
    } else {
        wrapped.saturating_sub(height)
    };
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        inner,
    );
}

/// The item pane's title ("Minute 66 · item 1 · Part 2") and the heading under it.
fn item_heading(app: &App, facts: &Facts<'_>) -> (String, String) {
    let meeting = app.meeting();
    match facts.current.and_then(|i| meeting.agenda.get(i)) {
        Some(item) => {
            let minute = facts
                .current
                .and_then(|i| facts.minutes.get(i))
                .map(|n| format!("Minute {n}"))
                .unwrap_or_default();
            let number = item
                .number
                .as_deref()
                .map(|n| format!(" · item {n}"))
                .unwrap_or_default();
            let part = if facts.private(facts.current) {
                " · Part 2"
            } else {
                ""
            };
            (format!("{minute}{number}{part}"), item.title.clone())
        }
        None if app.nav.at_close => (
            "Close".to_string(),
            "The meeting's conclusion, and anything after the last item".to_string(),
        ),
        None => (
            "Opening".to_string(),
            "Attendance and anything before the first item".to_string(),
        ),
    }
}

/// What the clerk must know of the item before recording under it: Part 2 business with the
/// public still in, and actions carried to it from earlier meetings.
fn item_warnings(text: &mut Text<'_>, app: &App, facts: &Facts<'_>, theme: &Theme) {
    let meeting = app.meeting();
    let item = facts.current.and_then(|i| meeting.agenda.get(i));
    // Exempt business must not start with the public in the room.
    if item.is_some_and(|item| item.part == Part::Two) && !app.session.facts().public_excluded {
        let key = app
            .keymap
            .key_for(Layer::Live, crate::tui::action::Action::ExcludePublic)
            .map(|k| k.label())
            .unwrap_or_else(|| "x".into());
        text.lines.push(Line::from(Span::styled(
            format!("! Part 2, but the public is not excluded ({key})"),
            theme.warning,
        )));
    }
    if let Some(item) = item
        && !item.arising.is_empty()
    {
        text.lines.push(arising_line(app, item, theme));
    }
    if let Some(item) = item
        && !item.applications.is_empty()
    {
        text.lines.push(applications_line(app, item, theme));
    }
}

/// Which of the item's records can be on screen: around the chosen one while choosing, else
/// the last ones, however many the item has. Only these are worded.
fn records_in_view(app: &App, ids: &[RecordId], height: usize) -> std::ops::Range<usize> {
    let chosen = app
        .nav
        .selected
        .filter(|_| app.nav.records_focus)
        .and_then(|id| ids.iter().position(|r| *r == id));
    match chosen {
        Some(at) => at.saturating_sub(height)..(at + height + 1).min(ids.len()),
        None => {
            let mut start = ids.len();
            let mut lines = 0;
            while start > 0 && lines < height {
                start -= 1;
                if let Some(record) = app.session.record(ids[start]) {
                    lines += describe::lines(app.meeting(), record).len();
                }
            }
            start..ids.len()
        }
    }
}

/// Each record as its lines, its time down the left and its words hanging clear of it; says
/// on which line the chosen record starts.
fn record_lines(
    text: &mut Text<'_>,
    app: &App,
    ids: &[RecordId],
    width: usize,
    theme: &Theme,
) -> usize {
    let mut selected_line = 0;
    for record in ids.iter().filter_map(|id| app.session.record(*id)) {
        let selected = app.nav.records_focus && app.nav.selected == Some(record.id);
        if selected {
            selected_line = text.lines.len();
        }
        let style = if selected { theme.selected } else { theme.text };
        // The chosen record is marked by a symbol as well as by colour.
        let pointer = match (app.nav.records_focus, selected) {
            (true, true) => "▶ ",
            (true, false) => "  ",
            (false, _) => "",
        };
        let time = format!("{pointer}{} ", describe::time(record));
        let hanging = " ".repeat(time.chars().count());
        let room = width.saturating_sub(hanging.len()).max(12);
        let mut lead = time;
        // A note typed in paragraphs or points shows them on lines of their own, under the
        // text and clear of the time.
        for part in describe::lines(app.meeting(), record) {
            for piece in hang(&part, room) {
                let shown = std::mem::replace(&mut lead, hanging.clone());
                text.lines.push(Line::from(vec![
                    Span::styled(shown, if selected { style } else { theme.dim }),
                    Span::styled(piece, style),
                ]));
            }
        }
    }
    selected_line
}

/// A line of a record wrapped at word boundaries to `width` columns, each line after the first
/// indented as the first is, so that a wrapped record stands clear of the times down the
/// left and a sub-clause wraps under its own words. A word too long for a line is left for the
/// pane to break.
fn hang(line: &str, width: usize) -> Vec<String> {
    let words = line.trim_start();
    let indent = &line[..line.len() - words.len()];
    let columns = |text: &str| Span::raw(text).width();
    let mut pieces = Vec::new();
    let mut piece = indent.to_string();
    let mut used = columns(indent);
    let mut empty = true;
    for word in words.split(' ').filter(|w| !w.is_empty()) {
        let needed = columns(word) + usize::from(!empty);
        if !empty && used + needed > width {
            pieces.push(std::mem::replace(&mut piece, indent.to_string()));
            used = columns(indent);
            empty = true;
        }
        if !empty {
            piece.push(' ');
            used += 1;
        }
        piece.push_str(word);
        used += columns(word);
        empty = false;
    }
    pieces.push(piece);
    pieces
}

pub(super) fn roster(frame: &mut Frame, area: Rect, app: &App, facts: &Facts<'_>, theme: &Theme) {
    let meeting = app.meeting();
    let room = &facts.room;
    let in_room = room.voters_in_room().count();
    let title = format!("In the room {in_room}");
    let block = pane(&title, theme, false);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines: Vec<Line> = Vec::new();
    let mut officers: Vec<Line> = Vec::new();
    for (person, standing) in room.everyone() {
        if matches!(person.kind, PersonKind::Officer | PersonKind::Other) {
            if standing.in_room || standing.attendance == Attendance::Virtual {
                let (mark, style) = attendance_mark(standing, theme);
                officers.push(Line::from(Span::styled(
                    format!("{mark} {}", person.name),
                    style,
                )));
            }
            continue;
        }
        if person.kind == PersonKind::Councillor && standing.attendance == Attendance::NotRecorded {
            continue;
        }
        let (mark, style) = attendance_mark(standing, theme);
        let mut label = format!("{mark} {}", person.name);
        match standing.office {
            Office::Chair => label.push_str(" (C)"),
            Office::ViceChair => label.push_str(" (VC)"),
            Office::Member => {}
        }
        if let Attendance::Substitute { for_member } = &standing.attendance {
            match for_member.as_deref().and_then(|id| meeting.person(id)) {
                Some(member) => label.push_str(&format!(" sub for {}", member.name)),
                None => label.push_str(" sub"),
            }
        }
        if standing.late {
            label.push_str(" late");
        }
        lines.push(Line::from(Span::styled(label, style)));
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        format!("Officers and others: {}", officers.len()),
        theme.dim,
    )));
    // Named when there is room for them and the key to the marks.
    let count = officers.len();
    if lines.len() + count < inner.height as usize {
        lines.extend(officers);
    }
    // The key to the marks, on as many lines as the panel's width needs, never cut off.
    let mut legend = String::new();
    for piece in ["● in", "○ out", "◐ online", "✗ apologies", "– absent"] {
        let used = legend.lines().last().map_or(0, |l| l.chars().count());
        if used > 0 && used + 1 + piece.chars().count() > inner.width as usize {
            legend.push('\n');
        } else if used > 0 {
            legend.push(' ');
        }
        legend.push_str(piece);
    }
    for line in legend.lines() {
        lines.push(Line::from(Span::styled(line.to_string(), theme.dim)));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// How many actions carried from earlier meetings await a report here, and the key for it.
fn arising_line(app: &App, item: &crate::model::AgendaItem, theme: &Theme) -> Line<'static> {
    let waiting = item
        .arising
        .iter()
        .filter(|a| a.progress == crate::model::Progress::NotReported)
        .count();
    let key = app
        .keymap
        .key_for(Layer::Live, crate::tui::action::Action::MattersArising)
        .map(|k| k.label())
        .unwrap_or_else(|| "F".into());
    let carried = item.arising.len();
    if waiting == 0 {
        Line::from(Span::styled(
            format!("Matters arising: {carried} carried, all reported ({key})"),
            theme.dim,
        ))
    } else {
        Line::from(Span::styled(
            format!("Matters arising: {carried} carried, {waiting} not yet reported ({key})"),
            theme.warning,
        ))
    }
}

/// The next planning application the agenda lists under the item, and the key that takes it.
fn applications_line(app: &App, item: &crate::model::AgendaItem, theme: &Theme) -> Line<'static> {
    let key = app
        .keymap
        .key_for(Layer::Live, crate::tui::action::Action::PlanningApplication)
        .map(|k| k.label())
        .unwrap_or_else(|| "b".into());
    let listed = item.applications.len();
    match crate::model::kinds::planning::next_listed(app.meeting(), &item.id) {
        Some(next) => {
            let name = if next.reference.is_empty() {
                &next.site
            } else {
                &next.reference
            };
            Line::from(Span::styled(
                format!("Applications listed: {listed}; next {name} ({key})"),
                theme.dim,
            ))
        }
        None => Line::from(Span::styled(
            format!("Applications listed: {listed}, all taken"),
            theme.dim,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::hang;

    #[test]
    fn a_wrapped_line_keeps_its_indent_and_never_passes_the_width() {
        let pieces = hang("  (i) the use of a local funding formula", 16);
        assert_eq!(
            pieces,
            vec!["  (i) the use of", "  a local", "  funding", "  formula"]
        );
        // Wide characters count as the two columns they take.
        let pieces = hang("委员会 委员会 委员会", 14);
        assert_eq!(pieces, vec!["委员会 委员会", "委员会"]);
        assert_eq!(hang("", 10), vec![""]);
    }
}
