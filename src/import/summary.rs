//! What an import found, as a short table for the clerk to check, with every line it could not
//! place.

use std::fmt::Write;
use std::path::Path;

use super::Imported;
use crate::model::{ItemKind, Office, Part};

pub fn summary(imported: &Imported, agenda: &Path, output: &Path) -> String {
    let meeting = &imported.meeting;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Imported {} into {}",
        agenda.display(),
        output.display()
    );
    let _ = writeln!(
        out,
        "  Body          {} ({:?})",
        meeting.body.name, meeting.body.kind
    );
    if let Some(council) = &meeting.body.council {
        let _ = writeln!(out, "  Council       {council}");
    }
    let when = match meeting.time {
        Some(time) => format!(
            "{}, {}",
            meeting.date.format("%A %-d %B %Y"),
            time.format("%H:%M")
        ),
        None => format!("{} (no time found)", meeting.date.format("%A %-d %B %Y")),
    };
    let _ = writeln!(out, "  Date          {when}");
    let venue = if meeting.venue.is_empty() {
        "(none found)"
    } else {
        &meeting.venue
    };
    let _ = writeln!(out, "  Venue         {venue}");
    let contact = meeting.contact.as_ref().map(|c| {
        [c.name.as_deref(), c.phone.as_deref(), c.email.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ")
    });
    let _ = writeln!(
        out,
        "  Contact       {}",
        contact.unwrap_or_else(|| "(none found)".into())
    );
    let _ = writeln!(out, "  Notices       {}", meeting.notices.len());
    let office = |wanted: Office| {
        meeting
            .people
            .iter()
            .find(|p| p.office == wanted)
            .map_or_else(|| "none found".to_string(), |p| p.name.clone())
    };
    let _ = writeln!(
        out,
        "  Members       {} ({}: {}, {}: {})",
        meeting.people.len(),
        meeting.body.chair_title.chair(),
        office(Office::Chair),
        meeting.body.chair_title.vice_chair(),
        office(Office::ViceChair)
    );
    let _ = writeln!(
        out,
        "  First minute  {} ({})",
        meeting.first_minute, imported.first_minute_from
    );
    let _ = writeln!(out, "  Items         {}", meeting.agenda.len());
    for item in &meeting.agenda {
        let pages = item
            .pages
            .map(|p| format!("pp {}-{}", p.first, p.last))
            .unwrap_or_default();
        let mut notes = Vec::new();
        if item.verbal {
            notes.push("verbal".to_string());
        }
        if item.part == Part::Two {
            let paragraphs: Vec<String> =
                item.exempt_paragraphs.iter().map(u8::to_string).collect();
            notes.push(format!(
                "Part 2, paragraph {}",
                if paragraphs.is_empty() {
                    "not found".into()
                } else {
                    paragraphs.join(", ")
                }
            ));
        }
        if item.kind != ItemKind::Report {
            notes.push(format!("{:?}", item.kind));
        }
        let _ = writeln!(
            out,
            "    {:>3}  {:<60} {:<12} {}",
            item.number.as_deref().unwrap_or(""),
            truncate(&item.title, 60),
            pages,
            notes.join(", ")
        );
    }
    if !imported.doubtful.is_empty() {
        let _ = writeln!(
            out,
            "Lines marked like items but read as text ({}); check them against the pack:",
            imported.doubtful.len()
        );
        for (line, text) in &imported.doubtful {
            let _ = writeln!(out, "  line {line}: {}", text.trim());
        }
    }
    if imported.unplaced.is_empty() && imported.doubtful.is_empty() {
        let _ = writeln!(out, "Every line of the front sheet was placed.");
    } else if imported.unplaced.is_empty() {
        let _ = writeln!(out, "Every other line of the front sheet was placed.");
    } else {
        let _ = writeln!(
            out,
            "Lines not placed ({}); check them against the pack:",
            imported.unplaced.len()
        );
        for (line, text) in &imported.unplaced {
            let _ = writeln!(out, "  line {line}: {}", text.trim());
        }
    }
    out
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}
