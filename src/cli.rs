//! The command line as a user types it: every command and option, with the help clap prints.

use std::path::PathBuf;

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
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The meeting file (.ron) to open in the live screen.
    pub file: Option<PathBuf>,
    /// Colour theme: default, light, high-contrast, monochrome, or a theme file's name in the
    /// config folder's themes/. NO_COLOR in the environment always means monochrome.
    #[arg(long, value_name = "NAME")]
    pub theme: Option<String>,
}

#[derive(Subcommand)]
pub enum Command {
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
    /// Write the note of a meeting a community or town council in Wales must publish within
    /// seven working days: the members present, the apologies, the declarations of interest
    /// and each decision with the outcome of any vote, nothing taken in private. In English,
    /// and in Welsh after it where the house style gives the Welsh words.
    Notice {
        /// The meeting file (.ron).
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = MinutesFormat::Md)]
        format: MinutesFormat,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// The house style: a bundled style or a style file.
        #[arg(long, value_name = "STYLE")]
        style: Option<String>,
    },
    /// Write the record of each decision a cabinet or executive made at the meeting: the
    /// decision, its reasons, the options rejected, conflicts of interest and dispensations,
    /// and the day it may be carried out once five clear working days for call-in have passed.
    Decision {
        /// The meeting file (.ron).
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = MinutesFormat::Md)]
        format: MinutesFormat,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// The day the record is published, from which call-in is counted; today by default.
        #[arg(long, value_parser = date_given)]
        published: Option<chrono::NaiveDate>,
        /// The house style: a bundled style or a style file.
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
        /// The agenda pack: its text (.txt), the PDF itself (.pdf) or a Word document (.docx).
        agenda: PathBuf,
        /// The meeting file to write; by default the pack's name with .ron.
        #[arg(short, long, value_name = "FILE.ron")]
        output: Option<PathBuf>,
        /// The date of the meeting, where the agenda gives none: 2026-03-12, or "12 March 2026".
        #[arg(long, value_parser = date_given)]
        date: Option<chrono::NaiveDate>,
    },
    /// Start a new meeting file, blank, from an agenda pack, the previous meeting, or both, and
    /// open it in the live screen.
    ///
    /// A blank meeting takes what is given here; whatever is not given (the body, the venue,
    /// the start time) is asked for in the meeting's details when it opens.
    New {
        /// The meeting file to create.
        file: PathBuf,
        /// The agenda pack (.txt, .pdf or .docx) to take the agenda and membership from.
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
        /// Count attendance recorded in private too (an officer or a co-opted member who came
        /// in for business taken in private); marked CONFIDENTIAL.
        #[arg(long)]
        confidential: bool,
        /// The day the six-month rule is worked out for; today by default.
        #[arg(long, value_parser = date_given)]
        on: Option<chrono::NaiveDate>,
    },
    /// What is due, and by when, for the meetings in folders: agendas of meetings to come,
    /// draft minutes of a parish or town council, a Welsh council's note of decisions, an
    /// executive's records of decisions. What has passed first.
    Due {
        /// Folders of meeting files (searched with their subfolders), or meeting files.
        #[arg(required = true, value_name = "FOLDER")]
        folders: Vec<PathBuf>,
        /// The day to count from; today by default.
        #[arg(long, value_parser = date_given)]
        on: Option<chrono::NaiveDate>,
        #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
        format: ReportFormat,
    },
    /// The meetings in folders as an iCalendar file (.ics) for a website or members'
    /// calendars: an event each, which a calendar given the file again updates.
    Calendar {
        /// Folders of meeting files (searched with their subfolders), or meeting files.
        #[arg(required = true, value_name = "FOLDER")]
        folders: Vec<PathBuf>,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "OUT.ics")]
        output: Option<PathBuf>,
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
    /// Every planning application across the meetings in folders: its meeting and minute,
    /// reference, site and proposal, and what was decided on it.
    Applications {
        /// Folders of meeting files (searched with their subfolders), or meeting files.
        #[arg(required = true, value_name = "FOLDER")]
        folders: Vec<PathBuf>,
        /// Only the applications whose reference holds this ("25/0412").
        #[arg(long)]
        reference: Option<String>,
        #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
        format: ReportFormat,
        /// Include applications taken in private, each marked.
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
pub enum MinutesFormat {
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
pub enum ReportFormat {
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
pub enum ExportFormat {
    /// The meeting as JSON, with the same field names as the meeting file.
    Json,
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
