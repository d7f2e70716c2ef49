//! What an import found, as a short table for the clerk to check, and an honest account of the
//! rest: what went into notices and descriptions, what conflicted and which was taken, what
//! was set aside, and every line not placed. "Every line of the front sheet was placed." is
//! said only when it is true.

use std::fmt::Write;
use std::path::Path;

use super::{Imported, Use};
use crate::model::{ItemKind, Office, Part};

pub fn summary(imported: &Imported, agenda: &Path, output: &Path) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Imported {} into {}",
        agenda.display(),
        output.display()
    );
    details(imported, &mut out);
    items(imported, &mut out);
    account(imported, &mut out);
    out
}

/// The body, when and where, the contact, the members and the first minute.
fn details(imported: &Imported, out: &mut String) {
    let meeting = &imported.meeting;
    if meeting.body.name.trim().is_empty() {
        let _ = writeln!(out, "  Body          (none found)");
    } else {
        let _ = writeln!(
            out,
            "  Body          {} ({:?})",
            meeting.body.name, meeting.body.kind
        );
    }
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
}

/// Each item, with its pages and what the importer made of it.
fn items(imported: &Imported, out: &mut String) {
    let meeting = &imported.meeting;
    let _ = writeln!(out, "  Items         {}", meeting.agenda.len());
    for item in &meeting.agenda {
        let pages = item
            .pages
            .map(|p| format!("pp {}-{}", p.first, p.last))
            .unwrap_or_default();
        let mut notes = Vec::new();
        if item.sub_item {
            notes.push("part of the item above".to_string());
        }
        if let Some(planned) = item.planned {
            notes.push(format!("planned {}", planned.format("%H:%M")));
        }
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
            "    {:>9}  {:<56} {:<12} {}",
            item.number.as_deref().unwrap_or(""),
            truncate(&item.title, 56),
            pages,
            notes.join(", ")
        );
        for application in &item.applications {
            let said = [
                application.reference.as_str(),
                application.site.as_str(),
                application.ward.as_deref().unwrap_or_default(),
            ]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
            let _ = writeln!(
                out,
                "               application listed: {}",
                truncate(&said, 60)
            );
        }
    }
}

/// Lines by number, run together: "12-14, 17".
fn line_numbers(lines: &[(usize, &str)]) -> String {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (number, _) in lines {
        match runs.last_mut() {
            // A line parted into several counts once.
            Some((_, end)) if *end + 1 == *number || *end == *number => *end = *number,
            _ => runs.push((*number, *number)),
        }
    }
    runs.iter()
        .map(|(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}-{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Where every line went that is not plainly a detail or an item, and the claim, when true,
/// that every line was placed.
fn account(imported: &Imported, out: &mut String) {
    let notices = imported.lines(Use::Notice);
    if !notices.is_empty() {
        let _ = writeln!(out, "Into notices: lines {}", line_numbers(&notices));
    }
    let descriptions = imported.lines(Use::Description);
    if !descriptions.is_empty() {
        let _ = writeln!(
            out,
            "Into the items' descriptions: lines {}",
            line_numbers(&descriptions)
        );
    }
    for warning in &imported.warnings {
        let _ = writeln!(out, "Check: {warning}");
    }
    for conflict in &imported.conflicts {
        let taken = match conflict.taken.0 {
            0 => format!("\"{}\"", conflict.taken.1),
            line => format!("line {line}"),
        };
        let _ = writeln!(
            out,
            "Conflict: two lines give the {}; {taken} was taken, not line {}: {}",
            conflict.fact,
            conflict.left.0,
            conflict.left.1.trim()
        );
    }
    listed(
        out,
        imported.lines(Use::Signature),
        "Set aside as the summons' signature",
    );
    listed(
        out,
        imported.lines(Use::Furniture),
        "Set aside as page furniture (page numbers, running headers, links)",
    );
    listed(
        out,
        imported.lines(Use::Doubtful),
        "Lines marked like items but read as text; check them against the pack",
    );
    let unplaced = imported.lines(Use::Unplaced);
    listed(
        out,
        unplaced.clone(),
        "Lines not placed; check them against the pack",
    );
    if imported.every_line_placed() {
        let _ = writeln!(out, "Every line of the front sheet was placed.");
    } else if unplaced.is_empty() {
        let _ = writeln!(out, "Every other line of the front sheet was placed.");
    }
    if let Some((line, text)) = &imported.ended_at {
        let _ = writeln!(
            out,
            "The front sheet ends at line {line} ({}), where the pack's next document begins; \
             the lines from there on were read only for the previous minutes' last number.",
            truncate(text, 60)
        );
    }
}

fn listed(out: &mut String, lines: Vec<(usize, &str)>, heading: &str) {
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(out, "{heading} ({}):", lines.len());
    for (line, text) in lines {
        let _ = writeln!(out, "  line {line}: {}", text.trim());
    }
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}
