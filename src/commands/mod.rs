//! What the command-line commands do, as functions the tests can call directly.

use std::fmt::Write;
use std::path::Path;

use crate::check::{self, Severity};
use crate::store::{self, LoadError};

mod across;
mod new;

pub use across::{View, across, calendar, of as across_of};
pub use new::{NewMeeting, new_meeting};

/// The outcome of checking one file: what to print, and whether the file is sound.
#[derive(Debug)]
pub struct CheckReport {
    pub text: String,
    pub sound: bool,
    pub errors: usize,
    pub warnings: usize,
}

/// Checks a meeting file: errors that stop it loading, then warnings from the derived facts.
pub fn check_file(path: &Path, style: StyleRequest<'_>) -> CheckReport {
    let loaded = match store::load_with_map(path) {
        Ok(loaded) => loaded,
        Err(error) => {
            let errors = match &error {
                LoadError::Invalid(diagnostics) => diagnostics.len(),
                _ => 1,
            };
            return CheckReport {
                text: format!("{error}\n{}: not sound\n", path.display()),
                sound: false,
                errors,
                warnings: 0,
            };
        }
    };
    // What the minutes in the house style would leave out is a warning at the record.
    let house = house_style(&loaded.meeting, path, style);
    let unprinted = crate::minutes::unprinted_warnings(&loaded.meeting, &house.style);
    let mut warnings: Vec<_> = check::warnings(&loaded.meeting)
        .into_iter()
        .chain(unprinted)
        .chain(six_month_warnings(&loaded.meeting, path))
        .map(|problem| store::place(path, &loaded.meeting, &loaded.map, problem))
        .collect();
    // In file order, so an officer can work down the file.
    warnings.sort_by_key(|w| (w.position.line, w.position.column));
    let mut text = String::new();
    for warning in &warnings {
        debug_assert_eq!(warning.severity, Severity::Warning);
        let _ = writeln!(text, "{warning}");
    }
    let _ = match warnings.len() {
        0 => writeln!(text, "{}: sound", path.display()),
        1 => writeln!(text, "{}: sound, with 1 warning", path.display()),
        n => writeln!(text, "{}: sound, with {n} warnings", path.display()),
    };
    CheckReport {
        text,
        sound: true,
        errors: 0,
        warnings: warnings.len(),
    }
}

/// The whole meeting as pretty-printed JSON, ending with a newline.
pub fn export_json(path: &Path) -> anyhow::Result<String> {
    let meeting = store::load(path)?;
    let mut json = serde_json::to_string_pretty(&meeting)?;
    json.push('\n');
    Ok(json)
}

/// Which document of a meeting to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wanted {
    Minutes,
    /// The follow-up actions: who, what, which minute.
    Actions,
    /// The note of the meeting a community or town council in Wales publishes.
    Notice,
    /// The records of an executive's decisions, as published on the day given.
    Decisions {
        published: chrono::NaiveDate,
    },
}

/// What `minutebook minutes` (or `notice`, or `decision`) was asked for.
pub struct MinutesRequest<'a> {
    pub file: &'a Path,
    pub format: crate::minutes::Format,
    pub output: Option<&'a Path>,
    pub confidential: bool,
    pub wanted: Wanted,
    /// Where to look for the house style, and what was asked for on the command line.
    pub style: StyleRequest<'a>,
}

/// Where the house style is looked for.
#[derive(Debug, Clone, Copy, Default)]
pub struct StyleRequest<'a> {
    /// A style named on the command line: a bundled name or a file. Wins over all others.
    pub given: Option<&'a str>,
    /// The config folder, where a council's own `house-style.ron` may be.
    pub config: Option<&'a Path>,
    /// The style the config names.
    pub configured: Option<&'a str>,
}

/// The house style for the meeting in `file`, with what was wrong on the way to it.
pub fn house_style(
    meeting: &crate::model::Meeting,
    file: &Path,
    request: StyleRequest<'_>,
) -> crate::minutes::style::Found {
    use crate::minutes::style::{Found, Style, for_meeting};
    if let Some(given) = request.given {
        if let Some(style) = Style::bundled(given) {
            return Found {
                style,
                origin: format!("the bundled style {given}"),
                problems: Vec::new(),
            };
        }
        let mut named = meeting.clone();
        // A file named on the command line is found from where the command was run.
        let absolute = std::env::current_dir()
            .map(|dir| dir.join(given))
            .unwrap_or_else(|_| Path::new(given).to_path_buf());
        named.body.style = Some(absolute.to_string_lossy().into_owned());
        return for_meeting(&named, Some(file), None, None);
    }
    for_meeting(meeting, Some(file), request.config, request.configured)
}

/// The house style in force for a meeting file, or without one the style the config (or the
/// command line) chooses.
pub fn style_in_force(
    file: Option<&Path>,
    request: StyleRequest<'_>,
) -> anyhow::Result<crate::minutes::style::Found> {
    match file {
        Some(file) => Ok(house_style(&store::load(file)?, file, request)),
        None => {
            // No meeting: the choices a meeting would make are the config's alone.
            let nowhere = crate::model::Meeting::new(
                crate::model::Body::named(""),
                chrono::NaiveDate::MIN,
                "",
                1,
            );
            let beside = Path::new("no-meeting");
            let mut request = request;
            if request.given.is_none() {
                return Ok(crate::minutes::style::for_meeting(
                    &nowhere,
                    None,
                    request.config,
                    request.configured,
                ));
            }
            request.config = None;
            Ok(house_style(&nowhere, beside, request))
        }
    }
}

/// Minutes written: the bytes for standard output when no file was named, and what was wrong
/// with the house style (the minutes are still written, in the style found).
pub struct MinutesWritten {
    pub bytes: Option<Vec<u8>>,
    pub problems: Vec<String>,
}

/// Writes the minutes (or the actions) where asked; returns the bytes for standard output
/// when no output file was named.
pub fn minutes(request: &MinutesRequest<'_>) -> anyhow::Result<MinutesWritten> {
    use crate::minutes::{self, Format, Options};
    let meeting = store::load(request.file)?;
    let house = house_style(&meeting, request.file, request.style);
    let mut problems = house.problems;
    let document = match request.wanted {
        Wanted::Actions => minutes::actions_in(&meeting, &house.style, request.confidential),
        Wanted::Minutes => minutes::minutes_in(
            &meeting,
            &house.style,
            Options {
                confidential: request.confidential,
            },
        ),
        Wanted::Notice => {
            if !meeting.body.wales {
                problems.push(format!(
                    "{} is not marked as in Wales, where this notice is a community or town council's duty (i on the live screen, In Wales)",
                    meeting.body.name
                ));
            }
            crate::duties::notice::notice(&meeting, &house.style)
        }
        Wanted::Decisions { published } => {
            if meeting.body.kind != crate::model::BodyKind::Executive {
                anyhow::bail!(
                    "{}: {} is not a cabinet or executive, whose decisions are recorded this way; set its kind with i on the live screen",
                    request.file.display(),
                    meeting.body.name
                );
            }
            crate::duties::decisions::decision_records(&meeting, &house.style, published)
        }
    };
    let bytes = request.format.write(&document)?;
    match request.output {
        None if request.format == Format::Docx => anyhow::bail!(
            "a DOCX file cannot go to the terminal; name a file with -o, such as -o minutes.docx"
        ),
        None => Ok(MinutesWritten {
            bytes: Some(bytes),
            problems,
        }),
        Some(out) => {
            let same = |a: &Path, b: &Path| {
                std::fs::canonicalize(a)
                    .ok()
                    .zip(std::fs::canonicalize(b).ok())
                    .is_some_and(|(a, b)| a == b)
            };
            if same(out, request.file) {
                anyhow::bail!(
                    "{} is the meeting file; write the minutes to another file",
                    out.display()
                );
            }
            store::write_document(out, &bytes, request.confidential)
                .map_err(|error| anyhow::anyhow!("{}: could not write: {error}", out.display()))?;
            Ok(MinutesWritten {
                bytes: None,
                problems,
            })
        }
    }
}

/// An agenda pack's text, and anything the clerk should know of how it was read.
pub struct AgendaText {
    pub text: String,
    /// "the file is not UTF-8; it was read as Windows-1252 (Latin-1)".
    pub note: Option<String>,
}

/// Reads an agenda pack's text: a text file (UTF-8, or Windows-1252 as older converters and
/// Word's "plain text" write it), a PDF, or a Word document.
pub fn agenda_text(agenda: &Path) -> anyhow::Result<AgendaText> {
    agenda_text_until(agenda, &crate::import::Stop::default())
}

/// As [`agenda_text`], unless the reading is stopped from another thread.
pub fn agenda_text_until(agenda: &Path, stop: &crate::import::Stop) -> anyhow::Result<AgendaText> {
    let bytes = store::read_bounded(agenda, crate::import::MAX_AGENDA_BYTES)?;
    let extension = |wanted: &str| {
        agenda
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case(wanted))
    };
    let read = |result: Result<String, String>| {
        result
            .map(|text| AgendaText { text, note: None })
            .map_err(|error| anyhow::anyhow!("{}: {error}", agenda.display()))
    };
    if extension("pdf") || bytes.starts_with(b"%PDF") {
        return read(crate::import::document_text_until(true, &bytes, stop));
    }
    if extension("docx") || bytes.starts_with(b"PK\x03\x04") {
        return read(crate::import::document_text_until(false, &bytes, stop));
    }
    if extension("doc") {
        anyhow::bail!(
            "{}: this is a Word document in the old format (.doc); save it from Word as .docx \
             (or as plain text) and import that",
            agenda.display()
        );
    }
    Ok(match String::from_utf8(bytes) {
        Ok(text) => AgendaText { text, note: None },
        Err(error) => AgendaText {
            text: crate::import::windows_1252(error.as_bytes()),
            note: Some(
                "the file is not UTF-8 text; it was read as Windows-1252 (Latin-1), as older \
                 converters write it: check any accented letters and symbols"
                    .into(),
            ),
        },
    })
}

/// Imports an agenda pack into a new meeting file and describes what was found.
pub fn import(agenda: &Path, output: &Path) -> anyhow::Result<String> {
    import_dated(agenda, output, None)
}

/// As [`import`], for a meeting on this date where the agenda gives none.
pub fn import_dated(
    agenda: &Path,
    output: &Path,
    date: Option<chrono::NaiveDate>,
) -> anyhow::Result<String> {
    if output.exists() {
        anyhow::bail!(
            "{} already exists; name another file with -o",
            output.display()
        );
    }
    let text = agenda_text(agenda)?;
    import_text(&text.text, text.note, agenda, output, date)
}

/// Writes the meeting an agenda's text makes (typed, pasted or read from a pack named
/// `agenda`), and says what became of it.
pub fn import_text(
    text: &str,
    note: Option<String>,
    agenda: &Path,
    output: &Path,
    date: Option<chrono::NaiveDate>,
) -> anyhow::Result<String> {
    let mut imported =
        crate::import::import_dated(text, date).map_err(|error| refused(agenda, &error))?;
    imported.warnings.extend(note);
    let problems = check::errors(&imported.meeting);
    if let Some(problem) = problems.first() {
        anyhow::bail!(
            "the imported meeting would not be sound ({}); no file was written",
            problem.message
        );
    }
    store::save(&imported.meeting, output)?;
    Ok(crate::import::summary(&imported, agenda, output))
}

/// An agenda that made no meeting, and why: a screen that can ask for what is missing (the
/// date) tells it from the rest.
#[derive(Debug, thiserror::Error)]
#[error("{agenda}: {error}{hint}; no file was written")]
pub struct Refused {
    agenda: String,
    pub error: crate::import::ImportError,
    hint: &'static str,
}

/// Why an agenda made no meeting, and what the clerk can do.
pub fn refused(agenda: &Path, error: &crate::import::ImportError) -> anyhow::Error {
    let hint = match error {
        crate::import::ImportError::Undated => {
            "; give the date with --date (such as --date 2026-03-12)"
        }
        crate::import::ImportError::NotAnAgenda(_) => "",
    };
    anyhow::Error::new(Refused {
        agenda: agenda.display().to_string(),
        error: error.clone(),
        hint,
    })
}

/// Whether the agenda was refused only for giving no date.
pub fn refused_undated(error: &anyhow::Error) -> bool {
    error
        .downcast_ref::<Refused>()
        .is_some_and(|r| matches!(r.error, crate::import::ImportError::Undated))
}

/// Members of the meeting's body near or past six months without attending a meeting of the
/// council, as the meetings in the meeting file's folder record it at the meeting's date, each
/// a warning at the member.
fn six_month_warnings(meeting: &crate::model::Meeting, path: &Path) -> Vec<check::Problem> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let collection = crate::across::gather(&[folder.to_path_buf()]);
    crate::duties::six_months::at_risk(meeting, &collection, meeting.date)
        .into_iter()
        .map(|(id, sentence)| {
            let place = meeting
                .people
                .iter()
                .position(|p| p.id == id.as_str())
                .map_or(check::Place::Meeting, check::Place::Person);
            check::Problem::warning(place, sentence)
        })
        .collect()
}

/// Today, as the duties count from it: the computer's date, or `MINUTEBOOK_TODAY`
/// (`2026-03-01`) to see how things stood, or will stand, on another day.
pub fn today() -> chrono::NaiveDate {
    std::env::var("MINUTEBOOK_TODAY")
        .ok()
        .and_then(|day| chrono::NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}
