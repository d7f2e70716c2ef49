//! Draft minutes: the 14 February 2022 meeting must render to minutes that agree with the
//! published minutes in every fact; every sample renders in every format; public minutes keep
//! Part 2 business private.

mod common;

use std::path::Path;

use chrono::NaiveTime;
use common::sample;
use minutebook::minutes::{self, Format, Options};
use minutebook::model::Meeting;
use regex::Regex;

const PUBLIC: Options = Options {
    confidential: false,
};
const CONFIDENTIAL: Options = Options { confidential: true };

fn text_of(meeting: &Meeting, options: Options) -> String {
    minutes::text::write(&minutes::minutes(meeting, options))
}

/// Joins wrapped lines and collapses space, as a reader would; keeps a hyphen that ends a
/// line ("non-" / "pecuniary") joined without a space.
fn normalise(text: &str) -> String {
    let joined = Regex::new(r"-\s*\n\s*")
        .expect("pattern")
        .replace_all(text, "-");
    joined
        .replace('’', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The minute headings in order, each only when its number is the next in sequence (so that
/// numbered resolution clauses are not taken for headings), with the text of each minute.
fn minutes_of(text: &str, first: u32) -> Vec<(u32, String, String)> {
    let mut found = Vec::new();
    let mut rest = text;
    let mut number = first;
    loop {
        let marker = format!("{number} ");
        let Some(at) = find_heading(rest, &marker) else {
            break;
        };
        let after = &rest[at + marker.len()..];
        // The title is the run of words with no lower-case letter.
        let mut title_end = 0;
        for word in after.split(' ') {
            if word.is_empty()
                || word.starts_with("RESOLVED")
                || word.chars().any(|c| c.is_lowercase())
            {
                break;
            }
            title_end += word.len() + 1;
        }
        let title = after[..title_end.min(after.len())].trim().to_string();
        let body_start = at + marker.len() + title_end.min(after.len());
        let next = format!("{} ", number + 1);
        let body_end =
            find_heading(&rest[body_start..], &next).map_or(rest.len(), |i| body_start + i);
        found.push((number, title, rest[body_start..body_end].trim().to_string()));
        rest = &rest[body_end..];
        number += 1;
    }
    found
}

/// Where "N TITLE" starts: the number at a word boundary followed by a capital word.
fn find_heading(text: &str, marker: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text[from..].find(marker) {
        let at = from + i;
        let boundary = at == 0 || text[..at].ends_with(' ');
        let next_word = text[at + marker.len()..].split(' ').next().unwrap_or("");
        let capital = next_word.len() > 1 && next_word.chars().all(|c| !c.is_lowercase());
        if boundary && capital {
            return Some(at);
        }
        from = at + marker.len();
    }
    None
}

fn surnames(text: &str) -> Vec<String> {
    text.split([',', ' '])
        .filter(|w| w.len() > 1 && w.chars().next().is_some_and(char::is_uppercase))
        .filter(|w| *w != "Councillor" && *w != "Councillors")
        .map(str::to_string)
        .collect()
}

/// The facts of a set of minutes, in order, each with what it is.
fn facts(raw: &str) -> Vec<(String, String)> {
    let text = normalise(raw);
    let mut facts = Vec::new();
    let mut fact = |what: &str, value: String| facts.push((what.to_string(), value));
    let capture = |pattern: &str| {
        Regex::new(pattern)
            .expect("pattern")
            .captures(&text)
            .map(|c| {
                c.iter()
                    .skip(1)
                    .flatten()
                    .map(|m| m.as_str().to_string())
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .unwrap_or_default()
    };
    fact(
        "heading",
        capture(
            r"Minutes of a meeting of the (.+?) held on (\w+, \d+\w\w \w+, \d{4}) in the (Committee Suite[^,]+)",
        ),
    );
    fact(
        "Chair line",
        capture(r"PRESENT Councillor (\w \w+) \(Chair\)"),
    );
    fact(
        "Vice-Chair line",
        capture(r"Councillor (\w \w+) \(Vice-Chair\)"),
    );
    let councillors = capture(r"Councillors (.+?) OFFICERS IN ATTENDANCE");
    let mut names = surnames(&councillors);
    names.sort();
    fact("councillors present", names.join(", "));
    let officers = capture(r"OFFICERS IN ATTENDANCE (.+?) 54 APOLOGIES");
    for (name, role) in [
        (
            "Deborah Woodcock",
            "Executive Director of Children's Services",
        ),
        (
            "Claire Williamson",
            "Interim Director of Early Help and Prevention",
        ),
        (
            "Mark Bayley",
            "Acting Director of Education and 14-19 Skills",
        ),
        (
            "Deborah Nickson",
            "Legal Team Manager (People) and Deputy Monitoring Officer",
        ),
        ("Joanne Wilcox", "Head of Financial Management"),
        ("Steve Reading", "Principal Accountant"),
        ("Josie Lloyd", "Democratic Services Officer"),
    ] {
        let line = format!("{name}, {role}");
        let listed = officers.contains(&line);
        let after = officers.split(&line).nth(1).unwrap_or("");
        let virtually = after
            .trim_start()
            .to_lowercase()
            .starts_with("(attended virtually");
        fact(
            "officer",
            format!("{line}: listed {listed}, virtual {virtually}"),
        );
    }
    let minute_pattern = Regex::new(r"Councillor (?:\w )?(\w+) (left the meeting ahead of the debate and vote|left the meeting and did not return|left the meeting|returned to the meeting)").expect("pattern");
    let declared =
        Regex::new(r"((?:Councillor (?:\w )?\w+(?:, | and )?)+) (?:therefore )?declared")
            .expect("pattern");
    let items = Regex::new(r"items? (\d+(?: and \d+)?)").expect("pattern");
    for (number, title, body) in minutes_of(&text, 54) {
        fact("minute", format!("{number} {title}"));
        for movement in minute_pattern.captures_iter(&body) {
            fact(
                &format!("movement at minute {number}"),
                format!("{} {}", &movement[1], &movement[2]),
            );
        }
        for declaration in declared.captures_iter(&body) {
            fact(
                &format!("declaration at minute {number}"),
                surnames(&declaration[1]).join(", "),
            );
        }
        if body.contains("declared") {
            let mut mentioned: Vec<String> = items
                .captures_iter(&body)
                .map(|c| c[1].to_string())
                .collect();
            mentioned.dedup();
            fact(
                &format!("items declared at minute {number}"),
                mentioned.join("; "),
            );
            fact(
                &format!("non-pecuniary at minute {number}"),
                body.contains("non-pecuniary").to_string(),
            );
            fact(
                &format!("will leave at minute {number}"),
                body.matches("would leave the meeting").count().to_string(),
            );
        }
        for phrase in [
            "There were no apologies for absence.",
            "There were no public speakers.",
        ] {
            if body.contains(phrase) {
                fact(&format!("minute {number} says"), phrase.into());
            }
        }
        if let Some(resolved) = body.split("RESOLVED").nth(1) {
            let unanimous = resolved.trim_start().starts_with("(unanimously)");
            let words = resolved
                .trim_start_matches(" (unanimously)")
                .trim_start_matches(':')
                .trim();
            fact(
                &format!("resolution of minute {number}"),
                format!("unanimously {unanimous}: {words}"),
            );
        } else {
            fact(&format!("resolution of minute {number}"), "none".into());
        }
    }
    let close = capture(
        r"The meeting commenced at ([\d.]+(?: [ap]m)?) and concluded at ([\d.]+(?: [ap]m)?)",
    );
    let times: Vec<String> = close
        .split(" | ")
        .map(|t| {
            NaiveTime::parse_from_str(t, "%H.%M")
                .or_else(|_| NaiveTime::parse_from_str(t, "%I.%M %P"))
                .map(|t| t.format("%H:%M").to_string())
                .unwrap_or_else(|_| format!("unreadable {t}"))
        })
        .collect();
    fact("commenced and concluded", times.join(" to "));
    fact(
        "signature",
        capture(r"concluded at [\d.]+(?: [ap]m)? Councillor (\w \w+) \((Chair)\)"),
    );
    facts
}

#[test]
fn the_fourteenth_of_february_renders_to_the_facts_of_the_published_minutes() {
    let published = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/minutes/children-and-families-2022-02-14.txt"),
    )
    .expect("the published minutes");
    let rendered = text_of(&sample("children-and-families-2022-02-14.ron"), PUBLIC);
    let expected = facts(&published);
    let got = facts(&rendered);
    // The published minutes have twelve minutes, and each was found.
    assert_eq!(
        expected.iter().filter(|(what, _)| what == "minute").count(),
        12
    );
    for (index, (want, have)) in expected.iter().zip(&got).enumerate() {
        assert_eq!(
            have,
            want,
            "fact {} differs: the published minutes say {:?} for {:?}, ours say {:?}",
            index + 1,
            want.1,
            want.0,
            have.1
        );
    }
    assert_eq!(
        got.len(),
        expected.len(),
        "ours have {} facts, the published {}",
        got.len(),
        expected.len()
    );
}

#[test]
fn every_sample_renders_in_its_house_style_in_every_format() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-meetings");
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .expect("samples")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        let meeting = sample(&name);
        // Each in the house style it names, or the default.
        let style = minutes::style::for_meeting(&meeting, Some(&folder.join(&name)), None, None);
        assert_eq!(style.problems, Vec::<String>::new(), "{name}");
        let document = minutes::minutes_in(&meeting, &style.style, PUBLIC);
        let stem = name.trim_end_matches(".ron");
        insta::assert_snapshot!(format!("{stem}.md"), minutes::markdown::write(&document));
        insta::assert_snapshot!(format!("{stem}.txt"), minutes::text::write(&document));
        insta::assert_snapshot!(format!("{stem}.html"), minutes::html::write(&document));
        let word = minutes::docx::write(&document).expect("a Word document");
        insta::assert_snapshot!(format!("{stem}.docx"), common::docx::outline(&word));
    }
}

#[test]
fn the_board_lists_its_members_in_their_groups() {
    let text = text_of(&sample("health-and-wellbeing-board-2022-01-25.ron"), PUBLIC);
    let groups = [
        "Voting Members\nCouncillor Carol Bulman, Cheshire East Council\nCouncillor Sam Corcoran (Chairman), Cheshire East Council",
        "Non-Voting Members\nDeborah Woodcock, Cheshire East Council",
        "Associate Non-Voting Members\nCouncillor Janet Clowes, Cheshire East Council",
        "Cheshire East Officers and Others\nMark Bayley, Cheshire East 0-25 SEND Partnership\nMark Groves, Healthwatch Cheshire",
        "Mark Groves (Healthwatch Cheshire) attended as a substitute.",
        "Councillor Sam Corcoran declared a non-pecuniary interest by virtue of his\nwife being a GP.",
        "RESOLVED:\n\n(1) The update relating to the SEND Strategy",
        "The meeting commenced at 2.00 pm and concluded at 2.52 pm",
        "Councillor Sam Corcoran (Chair)",
    ];
    for group in groups {
        assert!(text.contains(group), "missing {group:?} in\n{text}");
    }
}

#[test]
fn the_votes_meeting_renders_counts_names_the_casting_vote_and_the_lost_motion() {
    let text = normalise(&text_of(
        &sample("highways-and-transport-votes.ron"),
        PUBLIC,
    ));
    for words in [
        "An amendment to recommendation 2 was moved by Councillor E Murray and seconded by Councillor F Nowak",
        "Councillor C Hughes proposed a friendly amendment, seconded by Councillor H Shah: “That the route",
        "The amendment was put to the vote and, the votes being equal (4 for, 4 against, 1 abstention), was lost on the Chair's casting vote.",
        "A recorded vote was taken on the motion: For: Councillor A Okafor, Councillor B Patel, Councillor L Evans, Councillor C Hughes, Councillor H Shah Against: Councillor E Murray, Councillor F Nowak, Councillor K Wood Abstain: Councillor G Reid",
        "RESOLVED (by 5 votes to 3, with 1 abstention):",
        "RESOLVED (by 6 votes to 1, with 1 abstention): That the committee: 1. approves",
        "The amendment was accepted by the mover and became part of the substantive motion.",
        "The motion was put to the vote and was lost (3 for, 5 against, 1 abstention).",
        "Councillor G Reid left the meeting ahead of the debate and vote.",
        "The Committee adjourned at 8.24 pm. The meeting was no longer quorate.",
        "The Committee reconvened at 8.32 pm.",
        "Councillor K Wood attended as a substitute.",
        "Apologies for absence were received from Councillor J Turner.",
        "Councillor G Reid declared a disclosable pecuniary interest in respect of item 6 as he owns land adjoining the preferred route and would leave the meeting before the debate and vote took place for item 6, Northbridge Relief Road: Preferred Route.",
    ] {
        assert!(text.contains(words), "missing {words:?} in\n{text}");
    }
}

#[test]
fn public_minutes_hold_no_part_two_detail_and_confidential_minutes_mark_it() {
    let meeting = sample("highways-and-transport-votes.ron");
    let secret = "evaluation scores of each bidder";
    for format in Format::ALL.iter().filter(|f| **f != Format::Docx) {
        let public = format
            .write(&minutes::minutes(&meeting, PUBLIC))
            .expect("writes");
        let public = String::from_utf8(public).expect("text");
        assert!(
            !public.contains(secret),
            "{format:?} public minutes leak the Part 2 notes"
        );
        assert!(
            !public.contains("5 votes to 0"),
            "{format:?} public minutes give the Part 2 vote"
        );
        assert!(
            public.contains("awarded to the bidder ranked"),
            "{format:?} keeps the resolution"
        );
        assert!(!public.contains("NOT FOR PUBLICATION"));
        let private = String::from_utf8(
            format
                .write(&minutes::minutes(&meeting, CONFIDENTIAL))
                .expect("writes"),
        )
        .expect("text");
        assert!(private.contains(secret), "{format:?}");
        assert!(
            private.contains("NOT FOR PUBLICATION: exempt information under paragraph 3"),
            "{format:?}"
        );
    }
    // And across a large generated meeting, with notes in its Part 2 items.
    let large = minutebook::generate::large_meeting(300, 80, 5_000);
    let parts = large.parts();
    let private_notes: Vec<&str> = large
        .records
        .iter()
        .filter(|r| {
            r.item
                .as_deref()
                .and_then(|id| large.item_index(id))
                .is_some_and(|i| parts[i] == minutebook::model::Part::Two)
        })
        .filter_map(|r| match &r.event {
            minutebook::model::Event::Note { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert!(!private_notes.is_empty());
    let public = minutes::markdown::write(&minutes::minutes(&large, PUBLIC));
    let public_notes: Vec<&str> = large
        .records
        .iter()
        .filter(|r| {
            r.item
                .as_deref()
                .and_then(|id| large.item_index(id))
                .is_some_and(|i| parts[i] == minutebook::model::Part::One)
        })
        .filter_map(|r| match &r.event {
            minutebook::model::Event::Note { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    for note in private_notes {
        // The generator reuses words, so only a note that is not also a public note counts.
        if !public_notes.contains(&note) {
            assert!(
                !public.contains(&note.replace('*', "\\*")),
                "leaked: {note}"
            );
        }
    }
}

#[test]
fn the_docx_opens_as_a_word_document_with_headings_and_the_minutes_text() {
    let meeting = sample("children-and-families-2022-02-14.ron");
    let bytes = Format::Docx
        .write(&minutes::minutes(&meeting, PUBLIC))
        .expect("writes");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/document.xml").expect("document part"),
        &mut xml,
    )
    .expect("readable");
    let mut styles = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/styles.xml").expect("styles part"),
        &mut styles,
    )
    .expect("readable");
    // Word's own names for its built-in heading styles, which every reader maps.
    assert!(styles.contains("\"heading 1\"") && styles.contains("\"heading 2\""));
    assert!(
        xml.contains("w:val=\"Heading2\""),
        "minute headings use a heading style"
    );
    // The text of each paragraph, its runs joined, a tab shown as "|".
    let paragraphs: Vec<String> = xml
        .split("</w:p>")
        .map(|paragraph| {
            Regex::new(r"<w:t[^>]*>([^<]*)</w:t>|<w:tab\s*/>")
                .expect("pattern")
                .captures_iter(paragraph)
                .map(|c| c.get(1).map_or("|".to_string(), |m| m.as_str().to_string()))
                .collect::<String>()
        })
        .collect();
    for line in [
        "Minutes of a meeting of the Children and Families Committee",
        "54|APOLOGIES FOR ABSENCE",
        "RESOLVED (unanimously):",
        "The Growth Fund at £0.8m.",
        "The meeting commenced at 10.35 and concluded at 12.25",
        "Councillor K Flavell (Chair)",
    ] {
        assert!(
            paragraphs.iter().any(|p| p == line),
            "no paragraph {line:?} in {paragraphs:#?}"
        );
    }
}

#[test]
fn the_minutes_command_writes_each_format_and_refuses_docx_to_the_terminal() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-meetings/highways-and-transport-votes.ron");
    let output = common::minutebook()
        .args(["minutes", file.to_str().expect("path")])
        .output()
        .expect("runs");
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("**NORTHBRIDGE BOROUGH COUNCIL**"));
    let refused = common::minutebook()
        .args(["minutes", file.to_str().expect("path"), "--format", "docx"])
        .output()
        .expect("runs");
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("name a file with -o"));
    let folder = tempfile::tempdir().expect("folder");
    for (format, name) in [("html", "m.html"), ("txt", "m.txt"), ("docx", "m.docx")] {
        let out = folder.path().join(name);
        let status = common::minutebook()
            .args([
                "minutes",
                file.to_str().expect("path"),
                "--format",
                format,
                "-o",
                out.to_str().expect("path"),
            ])
            .status()
            .expect("runs");
        assert!(status.success(), "{format}");
        assert!(
            std::fs::metadata(&out).expect("written").len() > 1000,
            "{format}"
        );
    }
    let actions = common::minutebook()
        .args(["minutes", file.to_str().expect("path"), "--actions"])
        .output()
        .expect("runs");
    let actions = String::from_utf8_lossy(&actions.stdout);
    assert!(actions.contains("| 27 | Kwame Mensah | The Head of Highways would bring revised proposals to the next meeting. |"), "{actions}");
}

#[test]
fn the_vice_chair_presiding_and_a_late_declaration_are_minuted_as_councils_do() {
    use minutebook::model::{Event, Record};
    let mut meeting = sample("adults-and-health-2022-03-28-agenda.ron");
    let record = |item: Option<&str>, event: Event| Record::new(None, item.map(Into::into), event);
    meeting.records = vec![
        record(None, Event::Commenced),
        record(
            None,
            Event::Apologies {
                person: "rhodes".into(),
                reason: None,
            },
        ),
        record(
            None,
            Event::Present {
                person: "moran".into(),
            },
        ),
        record(
            None,
            Event::Present {
                person: "gardiner".into(),
            },
        ),
        record(
            None,
            Event::Present {
                person: "jeuda".into(),
            },
        ),
        record(
            None,
            Event::InTheChair {
                person: "moran".into(),
            },
        ),
        record(
            Some("6"),
            Event::Declaration {
                person: "gardiner".into(),
                items: vec![],
                applications: Vec::new(),
                kind: Default::default(),
                words: "as he was a former member of the Local Safeguarding Adults Board".into(),
                will_leave: false,
                may_speak_first: false,
                dispensation: None,
            },
        ),
        record(None, Event::Concluded),
    ];
    let text = normalise(&text_of(&meeting, PUBLIC));
    assert!(text.contains("PRESENT Councillor A Moran (Vice-Chair, in the Chair) Councillors S Gardiner and L Jeuda"), "{text}");
    assert!(
        !text.contains("(Chair)\n") && !text.contains("J Rhodes (Chair)"),
        "{text}"
    );
    assert!(text.contains("Apologies for absence were received from Councillor J Rhodes."));
    // A declaration made when item 6 was reached prints in that item's minute, where it was
    // made, and not among the declarations.
    assert!(
        text.contains("50 DECLARATIONS OF INTEREST There were no declarations of interest. 51 "),
        "{text}"
    );
    assert!(text.contains("54 DAY OPPORTUNITIES FLEXIBLE PURCHASING SYSTEM Councillor S Gardiner declared an interest as he was a former member of the Local Safeguarding Adults Board. 55 "), "{text}");
    assert!(
        text.ends_with("Councillor A Moran (Vice-Chair, in the Chair)"),
        "{text}"
    );
}

#[test]
fn others_present_are_listed_apart_from_officers() {
    let text = text_of(&sample("highways-and-transport-votes.ron"), PUBLIC);
    assert!(text.contains("OFFICERS IN ATTENDANCE\n\nKwame Mensah, Head of Highways\nRachel Hall, Principal Solicitor\nPriya Desai, Democratic Services Officer\n\nALSO PRESENT\n\nMargaret Grant, resident of Station Road\n"), "{text}");
}

#[test]
fn no_sample_leaks_part_two_notes_votes_or_actions_into_public_minutes() {
    use minutebook::model::{Event, Part};
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-meetings");
    let mut checked = 0;
    for entry in std::fs::read_dir(folder).expect("samples") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        let meeting = sample(&name);
        let parts = meeting.parts();
        let public = text_of(&meeting, PUBLIC);
        let public = normalise(&public);
        for record in &meeting.records {
            let private = record
                .item
                .as_deref()
                .and_then(|id| meeting.item_index(id))
                .is_some_and(|i| parts[i] == Part::Two);
            if !private {
                continue;
            }
            let secret = match &record.event {
                Event::Note { text, .. } | Event::Action { text, .. } => normalise(text),
                Event::Vote { count, .. } => match count.figures() {
                    Some((f, a, _)) => format!("by {f} votes to {a}"),
                    None => "(unanimously)".into(),
                },
                _ => continue,
            };
            checked += 1;
            assert!(
                !public.contains(&secret),
                "{name}: public minutes contain {secret:?}"
            );
        }
    }
    assert!(checked >= 2, "only {checked} Part 2 records were checked");
}

#[test]
fn a_part_two_item_cites_the_exclusion_it_was_taken_under_not_the_last_one() {
    use minutebook::model::{Event, Record};
    let mut meeting = sample("children-and-families-2022-02-14.ron");
    // The press and public were also excluded, under paragraph 1, for minute 62 alone: out
    // after item 8 (minute 61), back in at item 10 (minute 63).
    let at = |item: &str| {
        meeting
            .records
            .iter()
            .rposition(|r| r.item.as_deref() == Some(item))
            .expect("records under the item")
            + 1
    };
    let out = at("8");
    meeting.records.insert(
        out,
        Record::new(
            None,
            Some("8".into()),
            Event::Excluded {
                paragraphs: vec![1],
                wording: None,
            },
        ),
    );
    let back = meeting
        .records
        .iter()
        .position(|r| r.item.as_deref() == Some("10"))
        .expect("records under item 10");
    meeting.records.insert(
        back,
        Record::new(None, Some("10".into()), Event::Readmitted),
    );
    meeting.give_records_ids();
    let text = normalise(&text_of(&meeting, CONFIDENTIAL));
    let minute = |n: u32| {
        let from = text.find(&format!(" {n} ")).expect("the minute");
        text[from..].trim_start().to_string()
    };
    assert!(
        minute(62).starts_with(
            "62 MINUTES OF SUB COMMITTEES NOT FOR PUBLICATION: exempt information under paragraph 1 of Part 1"
        ),
        "{}",
        minute(62)
    );
    assert!(
        minute(65).contains("NOT FOR PUBLICATION: exempt information under paragraph 3 of Part 1"),
        "{}",
        minute(65)
    );
}

#[test]
fn the_exclusion_is_published_wherever_it_was_recorded_and_part_two_declarations_show_no_detail() {
    use minutebook::model::{Event, InterestKind, Record};
    let mut meeting = sample("children-and-families-2022-02-14.ron");
    // The clerk recorded the exclusion on the Part 2 item itself.
    let at = meeting
        .records
        .iter()
        .position(|r| matches!(r.event, Event::Excluded { .. }))
        .expect("an exclusion");
    let mut exclusion = meeting.records.remove(at);
    exclusion.item = Some("11".into());
    let first_of_11 = meeting
        .records
        .iter()
        .position(|r| r.item.as_deref() == Some("11"))
        .expect("business under item 11");
    meeting.records.insert(first_of_11, exclusion);
    // A member declared an interest in the Part 2 item, in words of their own, at the
    // declarations item in public; another declared one in private, once the item was reached.
    let declaration = |person: &str, item: &str, words: &str| {
        let mut declared = Record::new(
            None,
            Some(item.into()),
            Event::Declaration {
                person: person.into(),
                items: vec!["11".into()],
                applications: Vec::new(),
                kind: InterestKind::Described("secret governance".into()),
                words: words.into(),
                will_leave: false,
                may_speak_first: false,
                dispensation: None,
            },
        );
        declared.id = minutebook::model::RecordId::UNSET;
        declared
    };
    meeting.records.insert(
        first_of_11 + 1,
        declaration("bulman", "11", "as a director of the bidder"),
    );
    let declarations_item = meeting
        .records
        .iter()
        .position(|r| r.item.as_deref() == Some("2"))
        .expect("the declarations");
    meeting.records.insert(
        declarations_item,
        declaration("hayes", "2", "as a trustee of the bidder"),
    );
    meeting.give_records_ids();
    let public = normalise(&text_of(&meeting, PUBLIC));
    assert!(
        public.contains("That the press and public be excluded from the meeting during consideration of this item pursuant to Section 100(A)4"),
        "{public}"
    );
    assert!(!public.contains("secret governance"), "{public}");
    assert!(!public.contains("of the bidder"), "{public}");
    assert!(
        public.contains("Councillor G Hayes declared an interest in respect of item 11, which was considered in private."),
        "{public}"
    );
    // What was declared in private is not in the public minutes at all.
    assert!(!public.contains("Bulman declared"), "{public}");
    let confidential = normalise(&text_of(&meeting, CONFIDENTIAL));
    assert!(
        confidential.contains("trustee of the bidder")
            && confidential.contains("director of the bidder"),
        "{confidential}"
    );
    // Check says where the record is odd.
    let warnings: Vec<String> = minutebook::check::check(&meeting)
        .into_iter()
        .map(|p| p.message)
        .collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("were excluded under item 11") && w.contains("itself")),
        "{warnings:?}"
    );
}
