//! Opening a meeting for the live screen: the real file behind any link, locked for editing
//! (or read-only, saying who has it), with temporaries a crash left removed, and whatever was
//! kept when Minutebook last stopped offered back.

use std::path::{Path, PathBuf};

use crate::keeping::{Places, kept_draft, kept_recovery, real_path};
use crate::store::{self, LockError, MeetingLock};
use crate::tui::config::Settings;
use crate::tui::live::app::App;
use crate::tui::live::forms::{Draft, Form, FormKind};
use crate::tui::live::house::House;
use crate::tui::live::overlays::form::FormBox;
use crate::tui::live::overlays::{Overlay, Question};

/// A meeting opened for the live screen.
pub struct Opened {
    pub app: App,
    pub lock: Option<MeetingLock>,
    /// The real file the meeting is saved to.
    pub path: PathBuf,
    /// The recovery copy offered back, if one was.
    pub recovery: Option<PathBuf>,
}

/// Opens a meeting for the live screen: locked for editing, or read-only if another copy has
/// it. A file that will not load is an error, its cause kept whole (the file, line, column and
/// what was expected), and the file is left untouched.
pub fn open_meeting(path: &Path, settings: &Settings, data: &Path) -> anyhow::Result<Opened> {
    let path = real_path(path);
    let meeting = store::load(&path)?;
    let (lock, read_only) = match MeetingLock::acquire(&path) {
        Ok(lock) => (Some(lock), None),
        Err(LockError::Held { holder, .. }) => (
            None,
            Some(format!("open in another copy of Minutebook ({holder})")),
        ),
        Err(error) => (None, Some(error.to_string())),
    };
    let places = Places::new(&path, data);
    if lock.is_some() {
        // Holding the lock, nobody else is writing: what a crash left half-written can go,
        // the draft's temporaries and any backup an older Minutebook kept of it included.
        store::remove_leftovers(&path);
        store::remove_leftovers(&places.draft_beside());
        let _ = std::fs::remove_file(store::backup_path(&places.draft_beside()));
        // And what a keeping cut short left in the data folder: half-written, never offered.
        store::remove_leftovers(&places.draft_in_data());
        store::remove_leftovers(&places.recovery_in_data());
    }
    let mut app = App::new(meeting, settings.keymap.clone(), read_only.clone());
    let found = house(&app, &path, settings);
    app.set_house(found);
    if let Some(reason) = read_only {
        app.message = Some(format!("Opened read-only: {reason}"));
        return Ok(Opened {
            app,
            lock,
            path,
            recovery: None,
        });
    } else if let Some(problem) = settings.problems.first() {
        app.message = Some(format!("Settings: {problem}"));
    } else if let Some(problem) = app.house.problems.first() {
        app.message = Some(format!("House style: {problem}"));
    }
    let draft =
        kept_draft(&places).and_then(|text| store::ron_options().from_str::<Draft>(&text).ok());
    // A recovery copy from a failure is offered first: it holds whole records. The form that
    // was being filled in is offered after it, whichever way the clerk answers.
    if let Some(recovery) = kept_recovery(&places, app.meeting()) {
        if let Some(draft) = draft {
            app.offer_draft(draft);
        }
        app.overlays
            .push(Overlay::Confirm(Question::RestoreRecovery(Box::new(
                recovery.meeting,
            ))));
        return Ok(Opened {
            app,
            lock,
            path,
            recovery: Some(recovery.place),
        });
    }
    let recorded = draft.as_ref().is_some_and(|d| d.recorded(app.meeting()));
    if recorded {
        // Recorded and saved just before Minutebook stopped: nothing to offer.
        crate::keeping::forget_draft(&places);
        app.message = Some("The form open when Minutebook stopped had been recorded".into());
    } else if let Some(draft) = draft {
        app.offer_draft(draft);
    } else if crate::commands::NewMeeting::details_wanted(app.meeting())
        && let Some(form) = Form::blank(FormKind::Details, app.meeting(), None, None, None)
    {
        // A meeting still being prepared opens at the details it lacks.
        app.overlays
            .push(Overlay::Form(Box::new(FormBox::new(form))));
    }
    Ok(Opened {
        app,
        lock,
        path,
        recovery: None,
    })
}

/// Opens a meeting to review: read-only, without taking the lock, so it works while a clerk
/// has it open, and nothing done here can change the file.
pub fn open_for_review(path: &Path, settings: &Settings) -> anyhow::Result<App> {
    let meeting = store::load(path)?;
    let mut app = App::new(
        meeting,
        settings.keymap.clone(),
        Some("reviewing; nothing here changes the meeting file".into()),
    );
    let found = house(&app, path, settings);
    app.set_house(found);
    app.message = Some(match app.house.problems.first() {
        Some(problem) => format!("House style: {problem}"),
        None => {
            "Reviewing, read-only: / search, ! problems, M minutes preview, E write the minutes"
                .into()
        }
    });
    Ok(app)
}

/// The house style the meeting's minutes are written in, found as `minutebook minutes` finds it.
fn house(app: &App, path: &Path, settings: &Settings) -> House {
    House::find(
        app.meeting(),
        Some(path.to_path_buf()),
        Some(settings.config.clone()),
        settings.style.clone(),
    )
}
