//! The `minutebook` command: parses the command line and hands each command to the library.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

mod cli;

use cli::{Cli, Command, ExportFormat, MinutesFormat, ReportFormat};

fn main() -> ExitCode {
    // The child copy that reads a PDF or Word agenda within bounds (see `import::bounded`).
    if std::env::args().nth(1).as_deref() == Some(minutebook::import::bounded::HELPER_COMMAND) {
        return ExitCode::from(
            u8::try_from(minutebook::import::bounded::helper_main()).unwrap_or(2),
        );
    }
    if let Ok(program) = std::env::current_exe() {
        minutebook::import::bounded::use_helper(program);
    }
    let cli = Cli::parse();
    let theme = cli.theme.as_deref();
    let Some(command) = cli.command else {
        return live(cli.file, theme, false);
    };
    match command {
        Command::Check { files } => check(&files),
        Command::Minutes {
            file,
            format,
            output,
            confidential,
            actions,
            style,
        } => minutes(
            &file,
            format,
            output.as_deref(),
            confidential,
            if actions {
                minutebook::commands::Wanted::Actions
            } else {
                minutebook::commands::Wanted::Minutes
            },
            style.as_deref(),
        ),
        Command::Notice {
            file,
            format,
            output,
            style,
        } => minutes(
            &file,
            format,
            output.as_deref(),
            false,
            minutebook::commands::Wanted::Notice,
            style.as_deref(),
        ),
        Command::Decision {
            file,
            format,
            output,
            published,
            style,
        } => minutes(
            &file,
            format,
            output.as_deref(),
            false,
            minutebook::commands::Wanted::Decisions {
                published: published.unwrap_or_else(minutebook::commands::today),
            },
            style.as_deref(),
        ),
        Command::Style { file, style } => print_style(file.as_deref(), style.as_deref()),
        Command::Review { file } => live(Some(file), theme, true),
        Command::New {
            file,
            agenda,
            after,
            date,
            body,
            time,
            venue,
            first_minute,
            no_open,
        } => {
            let (config, configured) = configured_style();
            let request = minutebook::commands::NewMeeting {
                file: &file,
                agenda: agenda.as_deref(),
                after: after.as_deref(),
                date,
                body,
                time,
                venue,
                first_minute,
                style: minutebook::commands::StyleRequest {
                    given: None,
                    config: Some(&config),
                    configured: configured.as_deref(),
                },
            };
            new(&request, no_open, theme)
        }
        Command::Import {
            agenda,
            output,
            date,
        } => import(&agenda, output, date),
        Command::Export { file, format } => export(&file, format),
        report @ (Command::Attendance { .. }
        | Command::Due { .. }
        | Command::Calendar { .. }
        | Command::Actions { .. }
        | Command::Applications { .. }
        | Command::Search { .. }) => across_meetings(report),
    }
}

/// The reports over the meetings in folders.
fn across_meetings(command: Command) -> ExitCode {
    match command {
        Command::Attendance {
            folders,
            from,
            to,
            format,
            confidential,
            on,
        } => across(
            &folders,
            minutebook::commands::View::Attendance {
                from,
                to,
                confidential,
                on: on.unwrap_or_else(minutebook::commands::today),
            },
            format,
        ),
        Command::Due {
            folders,
            on,
            format,
        } => across(
            &folders,
            minutebook::commands::View::Due {
                on: on.unwrap_or_else(minutebook::commands::today),
            },
            format,
        ),
        Command::Calendar { folders, output } => calendar(&folders, output.as_deref()),
        Command::Actions {
            folders,
            format,
            confidential,
        } => across(
            &folders,
            minutebook::commands::View::Actions { confidential },
            format,
        ),
        Command::Applications {
            folders,
            reference,
            format,
            confidential,
        } => across(
            &folders,
            minutebook::commands::View::Applications {
                reference: reference.as_deref(),
                confidential,
            },
            format,
        ),
        Command::Search {
            folders_then_text,
            format,
            confidential,
        } => search(folders_then_text, format, confidential),
        // `main` hands over only the reports above.
        _ => ExitCode::FAILURE,
    }
}

/// Checks meeting files; fails when any is not sound.
fn check(files: &[PathBuf]) -> ExitCode {
    let mut sound = true;
    let (config, configured) = configured_style();
    let style = minutebook::commands::StyleRequest {
        given: None,
        config: Some(&config),
        configured: configured.as_deref(),
    };
    for file in files {
        let report = minutebook::commands::check_file(file, style);
        out(&report.text);
        sound &= report.sound;
    }
    if sound {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Writes the minutes (or the actions list) to a file or standard output.
fn minutes(
    file: &Path,
    format: MinutesFormat,
    output: Option<&Path>,
    confidential: bool,
    wanted: minutebook::commands::Wanted,
    style: Option<&str>,
) -> ExitCode {
    use minutebook::minutes::Format;
    let format = match format {
        MinutesFormat::Md => Format::Markdown,
        MinutesFormat::Txt => Format::Text,
        MinutesFormat::Html => Format::Html,
        MinutesFormat::Docx => Format::Docx,
    };
    let (config, configured) = configured_style();
    let request = minutebook::commands::MinutesRequest {
        file,
        format,
        output,
        confidential,
        wanted,
        style: minutebook::commands::StyleRequest {
            given: style,
            config: Some(&config),
            configured: configured.as_deref(),
        },
    };
    match minutebook::commands::minutes(&request) {
        Ok(written) => {
            for problem in &written.problems {
                err(&format!("minutebook: house style: {problem}"));
            }
            if let Some(text) = written.bytes {
                if std::io::stdout().is_terminal() {
                    out(&String::from_utf8_lossy(&text));
                } else {
                    let _ = std::io::stdout().lock().write_all(&text);
                }
            }
            ExitCode::SUCCESS
        }
        Err(error) => failed(&error),
    }
}

/// Prints the house style in force, for a meeting or as the config chooses.
fn print_style(file: Option<&Path>, style: Option<&str>) -> ExitCode {
    let (config, configured) = configured_style();
    let request = minutebook::commands::StyleRequest {
        given: style,
        config: Some(&config),
        configured: configured.as_deref(),
    };
    match minutebook::commands::style_in_force(file, request) {
        Ok(found) => {
            for problem in &found.problems {
                err(&format!("minutebook: house style: {problem}"));
            }
            out(&format!(
                "// The house style in force: {}\n{}",
                found.origin,
                found.style.to_text()
            ));
            ExitCode::SUCCESS
        }
        Err(error) => failed(&error),
    }
}

/// Makes a new meeting file and opens it, unless asked not to.
fn new(
    request: &minutebook::commands::NewMeeting<'_>,
    no_open: bool,
    theme: Option<&str>,
) -> ExitCode {
    let today = chrono::Local::now().date_naive();
    let made = match minutebook::commands::new_meeting(request, today) {
        Err(error) if minutebook::commands::refused_undated(&error) => match date_asked(&error) {
            Some(date) => minutebook::commands::new_meeting(
                &minutebook::commands::NewMeeting {
                    date: Some(date),
                    ..(*request).clone()
                },
                today,
            ),
            None => Err(error),
        },
        made => made,
    };
    match made {
        Ok(report) => {
            out(&report);
            if no_open {
                ExitCode::SUCCESS
            } else {
                live(Some(request.file.to_path_buf()), theme, false)
            }
        }
        Err(error) => failed(&error),
    }
}

/// Imports an agenda pack into a new meeting file.
fn import(agenda: &Path, output: Option<PathBuf>, date: Option<chrono::NaiveDate>) -> ExitCode {
    let output = output.unwrap_or_else(|| agenda.with_extension("ron"));
    let made = match minutebook::commands::import_dated(agenda, &output, date) {
        Err(error) if minutebook::commands::refused_undated(&error) => match date_asked(&error) {
            Some(date) => minutebook::commands::import_dated(agenda, &output, Some(date)),
            None => Err(error),
        },
        made => made,
    };
    match made {
        Ok(report) => {
            out(&report);
            ExitCode::SUCCESS
        }
        Err(error) => failed(&error),
    }
}

/// Searches the folders named first for the text named last.
fn search(
    mut folders_then_text: Vec<PathBuf>,
    format: ReportFormat,
    confidential: bool,
) -> ExitCode {
    let words = folders_then_text
        .pop()
        .map(|text| text.to_string_lossy().into_owned())
        .unwrap_or_default();
    let view = minutebook::commands::View::Search {
        words: &words,
        confidential,
    };
    across(&folders_then_text, view, format)
}

/// Writes the whole meeting to standard output.
fn export(file: &Path, format: ExportFormat) -> ExitCode {
    let ExportFormat::Json = format;
    match minutebook::commands::export_json(file) {
        Ok(json) => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is not worth a panic.
            let _ = out.write_all(json.as_bytes());
            ExitCode::SUCCESS
        }
        Err(error) => {
            err(&error.to_string());
            ExitCode::FAILURE
        }
    }
}

/// Says why a command failed.
/// An agenda that gives no date, imported at a terminal: the clerk is asked for the date, until
/// they give one or an empty line. Not at a terminal (a script), `--date` gives it.
fn date_asked(_refused: &anyhow::Error) -> Option<chrono::NaiveDate> {
    use std::io::{BufRead, IsTerminal, Write};
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return None;
    }
    err("minutebook: the agenda gives no date for its meeting (a script gives it with --date)");
    loop {
        eprint!("The meeting's date (such as 12 March 2026; Enter to stop): ");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        if stdin.lock().read_line(&mut line).ok()? == 0 || line.trim().is_empty() {
            return None;
        }
        match minutebook::model::clock::read_date("the date", &line) {
            Ok(date) => return Some(date),
            Err(refusal) => err(&refusal),
        }
    }
}

fn failed(error: &anyhow::Error) -> ExitCode {
    err(&format!("minutebook: {error:#}"));
    ExitCode::FAILURE
}

/// Prints a view over the meetings in folders. A CSV holds only the table, so the files
/// skipped are said on standard error.
fn across(
    folders: &[PathBuf],
    view: minutebook::commands::View<'_>,
    format: ReportFormat,
) -> ExitCode {
    use minutebook::across::report::Format;
    let report = minutebook::commands::across(folders, view);
    let format = match format {
        ReportFormat::Md => Format::Markdown,
        ReportFormat::Txt => Format::Text,
        ReportFormat::Html => Format::Html,
        ReportFormat::Csv => Format::Csv,
    };
    if format == Format::Csv {
        for skipped in &report.skipped {
            err(&format!("minutebook: skipped {skipped}"));
        }
    }
    out(&report.write(format));
    ExitCode::SUCCESS
}

/// Writes the meetings as an iCalendar file, to a file or standard output.
fn calendar(folders: &[PathBuf], output: Option<&Path>) -> ExitCode {
    let text = minutebook::commands::calendar(folders);
    match output {
        Some(path) => match minutebook::store::write_document(path, text.as_bytes(), false) {
            Ok(_) => ExitCode::SUCCESS,
            Err(error) => {
                err(&format!(
                    "minutebook: {}: could not write: {error}",
                    path.display()
                ));
                ExitCode::FAILURE
            }
        },
        None => {
            out(&text);
            ExitCode::SUCCESS
        }
    }
}

/// Opens the live screen (or the start screen when no file is named).
fn live(file: Option<PathBuf>, theme: Option<&str>, review: bool) -> ExitCode {
    use minutebook::tui;
    let folders = tui::config::Folders::find();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let settings = tui::config::load_settings(&folders, theme, no_color);
    match tui::run::run(file, settings, folders, review) {
        Ok(farewell) => {
            if let Some(farewell) = farewell {
                err(&format!("minutebook: {farewell}"));
            }
            ExitCode::SUCCESS
        }
        Err(error) => failed(&error),
    }
}

/// The config folder, and the house style its config.ron names.
fn configured_style() -> (PathBuf, Option<String>) {
    use minutebook::tui;
    let folders = tui::config::Folders::find();
    let settings = tui::config::load_settings(&folders, None, true);
    (folders.config, settings.style)
}

/// Writes to standard output; text from a file cannot work the terminal it is shown on.
fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let text = if std::io::stdout().is_terminal() {
        minutebook::printable::escaped(text)
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    // A closed pipe (`| head`) is not worth a panic.
    let _ = stdout.write_all(text.as_bytes());
}

/// Writes a line to standard error, as safely as to standard output.
fn err(text: &str) {
    let text = if std::io::stderr().is_terminal() {
        minutebook::printable::escaped(text)
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}
