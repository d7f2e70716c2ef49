//! The `minutebook` command: parses the command line and hands each command to the library.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Record formal committee meetings as they happen, and keep the record safe.
///
/// With a meeting file, opens it in the live screen; with none, shows the start screen of
/// recent meetings and the sample meetings.
#[derive(Parser)]
#[command(
    name = "minutebook",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// The meeting file (.ron) to open in the live screen.
    file: Option<PathBuf>,
    /// Colour theme: default, light, high-contrast, monochrome, or a theme file's name in the
    /// config folder's themes/. NO_COLOR in the environment always means monochrome.
    #[arg(long, value_name = "NAME")]
    theme: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Check a meeting file: report errors and doubtful records with their line and column.
    ///
    /// Exits 0 when every file is sound (warnings alone do not fail it) and 1 otherwise.
    Check {
        /// Meeting files (.ron) to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write draft minutes in the council's house style.
    ///
    /// The default is fit to publish: Part 2 minutes show their heading and resolution only.
    Minutes {
        /// The meeting file (.ron).
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = MinutesFormat::Md)]
        format: MinutesFormat,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// Include Part 2 detail, each part marked not for publication.
        #[arg(long)]
        confidential: bool,
        /// Write the list of follow-up actions (who, what, which minute) instead.
        #[arg(long)]
        actions: bool,
        /// The house style: a bundled style (default, cheshire-east-2025) or a style file.
        /// Without it: the style the meeting names, a house-style.ron beside it, the config's.
        #[arg(long, value_name = "STYLE")]
        style: Option<String>,
    },
    /// Print the house style in force, as a file a council can copy and edit.
    ///
    /// With a meeting file, the style its minutes are written in; without, the style the
    /// config chooses. Every sentence the minutes compose is listed with its placeholders.
    Style {
        /// The meeting file (.ron) whose style to print.
        file: Option<PathBuf>,
        /// Print this style instead: a bundled style or a style file.
        #[arg(long, value_name = "STYLE")]
        style: Option<String>,
    },
    /// Build a meeting ready to record from the text of an agenda pack.
    ///
    /// Reads the front sheet (body, date, time, venue, notices, contact, membership and every
    /// item), prints what it found and every line it could not place, and writes the meeting.
    Import {
        /// The agenda pack: its text (.txt) or the PDF itself (.pdf).
        agenda: PathBuf,
        /// The meeting file to write; by default the pack's name with .ron.
        #[arg(short, long, value_name = "FILE.ron")]
        output: Option<PathBuf>,
    },
    /// Start a new meeting file, blank, from an agenda pack, the previous meeting, or both, and
    /// open it in the live screen.
    ///
    /// A blank meeting takes what is given here; whatever is not given (the body, the venue,
    /// the start time) is asked for in the meeting's details when it opens.
    New {
        /// The meeting file to create.
        file: PathBuf,
        /// The agenda pack (.txt or .pdf) to take the agenda and membership from.
        #[arg(long, value_name = "AGENDA")]
        agenda: Option<PathBuf>,
        /// The body's previous meeting, to carry forward its members, officers and numbering.
        #[arg(long, value_name = "PREVIOUS.ron")]
        after: Option<PathBuf>,
        /// The date of the meeting: 2025-11-10, or "10 November 2025"; today if not given.
        #[arg(long, value_parser = date_given)]
        date: Option<chrono::NaiveDate>,
        /// The body that meets: "Children and Families Committee".
        #[arg(long, value_name = "NAME")]
        body: Option<String>,
        /// When it starts: "10.30 am", "14:00".
        #[arg(long, value_parser = time_given)]
        time: Option<chrono::NaiveTime>,
        /// Where it meets.
        #[arg(long)]
        venue: Option<String>,
        /// The number of its first minute, following the body's last.
        #[arg(long, value_name = "N")]
        first_minute: Option<u32>,
        /// Write the file but do not open it.
        #[arg(long)]
        no_open: bool,
    },
    /// Open a saved meeting to review it, read-only, even while a clerk has it open.
    ///
    /// Browse items and records, search everything recorded (/), see the problems check finds
    /// and go to each (!), read the minutes preview (M) and write the minutes (E). Nothing
    /// here can change the meeting file.
    Review {
        /// The meeting file (.ron).
        file: PathBuf,
    },
    /// Each member's attendance across the meetings in folders, as councils publish it.
    ///
    /// Per member (and per body when the folders mix bodies): meetings expected, present,
    /// by video link, apologies, absent, attended as a substitute, and the share attended.
    /// A file that is not a sound meeting is listed with its reason and skipped.
    Attendance {
        /// Folders of meeting files (searched with their subfolders), or meeting files.
        #[arg(required = true, value_name = "FOLDER")]
        folders: Vec<PathBuf>,
        /// Count meetings from this date (2025-05-01, or "1 May 2025").
        #[arg(long, value_parser = date_given)]
        from: Option<chrono::NaiveDate>,
        /// Count meetings up to this date, included.
        #[arg(long, value_parser = date_given)]
        to: Option<chrono::NaiveDate>,
        #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
        format: ReportFormat,
    },
    /// Every follow-up action across the meetings in folders: its meeting, minute and owner,
    /// and whether a later meeting heard it done or carried forward.
    Actions {
        /// Folders of meeting files (searched with their subfolders), or meeting files.
        #[arg(required = true, value_name = "FOLDER")]
        folders: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
        format: ReportFormat,
        /// Include actions from business taken in private, each marked.
        #[arg(long)]
        confidential: bool,
    },
    /// Everything recorded across the meetings in folders that contains TEXT: item titles,
    /// notes, motions, resolutions and actions, with the file, date and minute.
    Search {
        /// Folders of meeting files, then the text to look for (last).
        #[arg(required = true, num_args = 2.., value_name = "FOLDER... TEXT")]
        folders_then_text: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
        format: ReportFormat,
        /// Search business taken in private too, each match marked.
        #[arg(long)]
        confidential: bool,
    },
    /// Write the whole meeting to standard output for other systems.
    Export {
        /// The meeting file (.ron).
        file: PathBuf,
        /// The format to write.
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum MinutesFormat {
    /// Markdown (the default), on standard output unless -o is given.
    Md,
    /// Plain text wrapped at 78 columns.
    Txt,
    /// One self-contained HTML page that prints well.
    Html,
    /// A Word document; needs -o.
    Docx,
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    /// Markdown (the default).
    Md,
    /// Plain text with aligned columns.
    Txt,
    /// One HTML page with a bar for each member's attendance, printable.
    Html,
    /// Comma-separated values with a header row, for a spreadsheet.
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// The meeting as JSON, with the same field names as the meeting file.
    Json,
}

fn main() -> ExitCode {
    // The child copy that reads a PDF within bounds (see `import::pdf`).
    if std::env::args().nth(1).as_deref() == Some(minutebook::import::pdf::HELPER_COMMAND) {
        return ExitCode::from(u8::try_from(minutebook::import::pdf::helper_main()).unwrap_or(2));
    }
    if let Ok(program) = std::env::current_exe() {
        minutebook::import::pdf::use_helper(program);
    }
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        return live(cli.file, cli.theme.as_deref(), false);
    };
    match command {
        Command::Check { files } => {
            let mut sound = true;
            for file in &files {
                let report = minutebook::commands::check_file(file);
                out(&report.text);
                sound &= report.sound;
            }
            if sound {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Command::Minutes {
            file,
            format,
            output,
            confidential,
            actions,
            style,
        } => {
            use minutebook::minutes::Format;
            let format = match format {
                MinutesFormat::Md => Format::Markdown,
                MinutesFormat::Txt => Format::Text,
                MinutesFormat::Html => Format::Html,
                MinutesFormat::Docx => Format::Docx,
            };
            let (config, configured) = configured_style();
            let request = minutebook::commands::MinutesRequest {
                file: &file,
                format,
                output: output.as_deref(),
                confidential,
                actions,
                style: minutebook::commands::StyleRequest {
                    given: style.as_deref(),
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
                Err(error) => {
                    err(&format!("minutebook: {error:#}"));
                    ExitCode::FAILURE
                }
            }
        }
        Command::Style { file, style } => {
            let (config, configured) = configured_style();
            let request = minutebook::commands::StyleRequest {
                given: style.as_deref(),
                config: Some(&config),
                configured: configured.as_deref(),
            };
            match minutebook::commands::style_in_force(file.as_deref(), request) {
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
                Err(error) => {
                    err(&format!("minutebook: {error:#}"));
                    ExitCode::FAILURE
                }
            }
        }
        Command::Review { file } => live(Some(file), cli.theme.as_deref(), true),
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
            let request = minutebook::commands::NewMeeting {
                file: &file,
                agenda: agenda.as_deref(),
                after: after.as_deref(),
                date,
                body,
                time,
                venue,
                first_minute,
            };
            let today = chrono::Local::now().date_naive();
            match minutebook::commands::new_meeting(&request, today) {
                Ok(report) => {
                    out(&report);
                    if no_open {
                        ExitCode::SUCCESS
                    } else {
                        live(Some(file), cli.theme.as_deref(), false)
                    }
                }
                Err(error) => {
                    err(&format!("minutebook: {error:#}"));
                    ExitCode::FAILURE
                }
            }
        }
        Command::Import { agenda, output } => {
            let output = output.unwrap_or_else(|| agenda.with_extension("ron"));
            match minutebook::commands::import(&agenda, &output) {
                Ok(report) => {
                    out(&report);
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    err(&format!("minutebook: {error:#}"));
                    ExitCode::FAILURE
                }
            }
        }
        Command::Attendance {
            folders,
            from,
            to,
            format,
        } => across(
            &folders,
            minutebook::commands::View::Attendance { from, to },
            format,
        ),
        Command::Actions {
            folders,
            format,
            confidential,
        } => across(
            &folders,
            minutebook::commands::View::Actions { confidential },
            format,
        ),
        Command::Search {
            mut folders_then_text,
            format,
            confidential,
        } => {
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
        Command::Export { file, format } => {
            let ExportFormat::Json = format;
            match minutebook::commands::export_json(&file) {
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
    }
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
        Err(error) => {
            err(&format!("minutebook: {error:#}"));
            ExitCode::FAILURE
        }
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

/// A date on the command line, as a clerk writes it.
fn date_given(text: &str) -> Result<chrono::NaiveDate, String> {
    minutebook::model::clock::read_date("--date", text)
}

/// A time on the command line, as a clerk writes it.
fn time_given(text: &str) -> Result<chrono::NaiveTime, String> {
    minutebook::model::clock::read_time("--time", text)?
        .ok_or_else(|| "--time: give the time the meeting starts, such as 10.30 am".into())
}
