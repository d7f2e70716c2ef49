//! The planning applications an agenda lists under an item, in the shapes councils print them:
//! a reference at the start of the item's title ("25/01234/FUL 12 High Street"), a line each
//! under the item ("25/00412/FUL 12 Mill Lane – single storey rear extension"), or a site as
//! the title of a part of a "Planning Applications" item with its proposal, "Ward:" and
//! "Recommendation:" lines under it. What the agenda does not print is left empty.

use crate::model::ListedApplication;

/// What a labelled line under an application gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Reference,
    Site,
    Proposal,
    Ward,
    Recommendation,
    /// A field the application record does not keep (the applicant, the case officer).
    Other,
}

/// The labels councils print before an application's fields, longest first where one ends
/// another ("Officer Recommendation" before "Recommendation").
const LABELS: &[(&str, Field)] = &[
    ("application number", Field::Reference),
    ("application no.", Field::Reference),
    ("application no", Field::Reference),
    ("application ref", Field::Reference),
    ("application reference", Field::Reference),
    ("planning reference", Field::Reference),
    ("reference", Field::Reference),
    ("site address", Field::Site),
    ("site", Field::Site),
    ("location", Field::Site),
    ("address", Field::Site),
    ("proposal", Field::Proposal),
    ("development", Field::Proposal),
    ("description", Field::Proposal),
    ("ward", Field::Ward),
    ("wards", Field::Ward),
    ("officer recommendation", Field::Recommendation),
    ("officers recommendation", Field::Recommendation),
    ("officers' recommendation", Field::Recommendation),
    ("officer's recommendation", Field::Recommendation),
    ("recommendation", Field::Recommendation),
    ("applicant", Field::Other),
    ("agent", Field::Other),
    ("parish", Field::Other),
    ("case officer", Field::Other),
    ("target date", Field::Other),
    ("date valid", Field::Other),
];

/// The applications listed under an item with this title and these description lines.
/// `under_planning` says the item is a part of one titled for planning applications, where
/// each part is an application whose title is its site.
pub fn listed(title: &str, lines: &[String], under_planning: bool) -> Vec<ListedApplication> {
    let mut listed: Vec<ListedApplication> = Vec::new();
    if let Some((reference, rest)) = reference_first(title) {
        listed.push(from_line(reference, rest));
    } else if !lines.iter().any(|l| reference_first(l).is_some())
        && (under_planning || lines.iter().any(|l| says_application(l)))
    {
        listed.push(ListedApplication {
            site: title.trim().to_string(),
            ..ListedApplication::default()
        });
    }
    for line in lines {
        if let Some((reference, rest)) = reference_first(line) {
            listed.push(from_line(reference, rest));
            continue;
        }
        let Some(current) = listed.last_mut() else {
            continue;
        };
        let (lead, fields) = labelled(line);
        if !lead.is_empty() {
            add(&mut current.proposal, lead);
        }
        for (field, value) in fields {
            give(current, field, value);
        }
    }
    listed.retain(|a| !a.reference.is_empty() || !a.site.is_empty());
    listed
}

/// A line under an item that gives an application's reference by its label ("Application
/// number: 25/01234/FUL"). A "Ward:" or "Recommendation:" alone does not make an item an
/// application: reports of every kind print them.
fn says_application(line: &str) -> bool {
    labelled(line).1.iter().any(|(field, value)| {
        *field == Field::Reference
            && value
                .split_whitespace()
                .next()
                .is_some_and(|v| is_reference(v.trim_end_matches([',', ';'])))
    })
}

/// An application from a line that starts with its reference: the site, and the proposal
/// after a dash ("12 Mill Lane – single storey rear extension"), then any labelled fields.
fn from_line(reference: &str, rest: &str) -> ListedApplication {
    let mut application = ListedApplication {
        reference: reference.to_string(),
        ..ListedApplication::default()
    };
    let (lead, fields) = labelled(rest);
    match [" – ", " — ", " - "]
        .iter()
        .find_map(|dash| lead.split_once(dash))
    {
        Some((site, proposal)) => {
            application.site = site.trim().to_string();
            application.proposal = proposal.trim().to_string();
        }
        None => application.site = lead.trim().trim_end_matches(',').to_string(),
    }
    for (field, value) in fields {
        give(&mut application, field, value);
    }
    application
}

fn give(application: &mut ListedApplication, field: Field, value: &str) {
    let value = value.trim().trim_end_matches(',').trim();
    if value.is_empty() {
        return;
    }
    match field {
        Field::Reference if application.reference.is_empty() => {
            application.reference = value.to_string();
        }
        Field::Site if application.site.is_empty() => application.site = value.to_string(),
        Field::Proposal => add(&mut application.proposal, value),
        Field::Ward => application.ward = Some(value.to_string()),
        Field::Recommendation => application.recommendation = Some(sentence_case(value)),
        Field::Reference | Field::Site | Field::Other => {}
    }
}

/// A recommendation as it reads inside a sentence: "Approve subject to conditions" becomes
/// "approve subject to conditions"; a capital that starts a name or an abbreviation stays.
fn sentence_case(value: &str) -> String {
    let mut chars = value.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            let word = value.split_whitespace().next().unwrap_or_default();
            let verb = [
                "Approve", "Refuse", "Grant", "Permit", "Defer", "Delegate", "Note",
            ]
            .iter()
            .any(|v| word.starts_with(v));
            if verb {
                first
                    .to_lowercase()
                    .chain(value[first.len_utf8()..].chars())
                    .collect()
            } else {
                value.to_string()
            }
        }
        _ => value.to_string(),
    }
}

fn add(to: &mut String, text: &str) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    if !to.is_empty() {
        to.push(' ');
    }
    to.push_str(text);
}

/// A line's text before its first label, and each labelled field after it:
/// "Ward: Easterby Officer Recommendation: Refuse" gives no lead and two fields.
fn labelled(line: &str) -> (&str, Vec<(Field, &str)>) {
    let lower = line.to_lowercase();
    // Lower-casing keeps byte offsets only for text whose case does not change its length.
    if lower.len() != line.len() {
        return (line, Vec::new());
    }
    let mut starts: Vec<(usize, usize, Field)> = Vec::new();
    for (colon, _) in line.match_indices(':') {
        let before = &lower[..colon];
        let found = LABELS.iter().find(|(label, _)| {
            before.ends_with(label)
                && before[..before.len() - label.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| c == ' ' || c == '\t' || c == '•')
        });
        if let Some((label, field)) = found {
            starts.push((colon - label.len(), colon + 1, *field));
        }
    }
    let lead = &line[..starts.first().map_or(line.len(), |s| s.0)];
    let fields = starts
        .iter()
        .enumerate()
        .map(|(n, &(_, after, field))| {
            let end = starts.get(n + 1).map_or(line.len(), |s| s.0);
            (field, line[after..end].trim())
        })
        .collect();
    (lead.trim(), fields)
}

/// A line that starts with an application's reference, after any bullet: the reference and
/// the rest of the line.
fn reference_first(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_start_matches(|c: char| c.is_whitespace() || "•·-*–".contains(c));
    let end = line.find(char::is_whitespace).unwrap_or(line.len());
    let token = line[..end].trim_end_matches([',', ':', ';']);
    is_reference(token).then(|| (token, line[end..].trim()))
}

/// A planning application's reference as councils number them: "25/01234/FUL",
/// "20/501261/FULL", "14/506664", "DC/25/1234", "P/2025/0123/HH". Not a date ("12/03/2026")
/// nor a financial year ("2025/26").
fn is_reference(token: &str) -> bool {
    let parts: Vec<&str> = token.split('/').collect();
    if parts.len() < 2
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
    {
        return false;
    }
    let numeric = |p: &&str| p.chars().all(|c| c.is_ascii_digit());
    let digits = token.chars().filter(char::is_ascii_digit).count();
    if digits < 4 || !parts.iter().any(numeric) {
        return false;
    }
    if parts.iter().all(numeric) {
        let date = parts.len() == 3 && crate::model::clock::numeric_date(token).is_some();
        let shortest = parts.iter().map(|p| p.len()).min().unwrap_or(0);
        return !date && (parts.len() > 2 || shortest >= 2 && parts[1].len() >= 4);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn references_are_told_from_dates_and_years() {
        for reference in [
            "25/01234/FUL",
            "20/501261/FULL",
            "14/506664",
            "DC/25/1234",
            "P/2025/0123/HH",
        ] {
            assert!(is_reference(reference), "{reference}");
        }
        for other in ["12/03/2026", "2025/26", "1/2", "and/or", "12/03/26"] {
            assert!(!is_reference(other), "{other}");
        }
    }

    #[test]
    fn an_item_titled_by_its_reference_takes_its_labelled_fields() {
        let listed = listed(
            "25/01300/HOUSE 3 Mill Lane, Easterby",
            &lines(
                "Application number: 25/01300/HOUSE\nWard: Easterby Officer Recommendation: Refuse",
            ),
            false,
        );
        assert_eq!(
            listed,
            vec![ListedApplication {
                reference: "25/01300/HOUSE".into(),
                site: "3 Mill Lane, Easterby".into(),
                proposal: String::new(),
                ward: Some("Easterby".into()),
                recommendation: Some("refuse".into()),
            }]
        );
    }

    #[test]
    fn a_line_each_gives_the_site_and_the_proposal_after_a_dash() {
        let listed = listed(
            "PLANNING",
            &lines(
                "To consider the following applications:\n\
                 25/00412/FUL 12 Mill Lane – single storey rear extension\n\
                 • 20/501113/FULL 3 Walters Cottages Heath Road\n\
                 Erection of a two storey side extension",
            ),
            false,
        );
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[0].site, "12 Mill Lane");
        assert_eq!(listed[0].proposal, "single storey rear extension");
        assert_eq!(listed[1].reference, "20/501113/FULL");
        assert_eq!(listed[1].site, "3 Walters Cottages Heath Road");
        assert_eq!(
            listed[1].proposal,
            "Erection of a two storey side extension"
        );
    }

    #[test]
    fn a_part_of_a_planning_item_is_an_application_at_its_site() {
        let listed = listed(
            "The Old Forge, Mill Lane",
            &lines(
                "Change of use to a dwelling.\nWard: Millfield\nRecommendation: Grant permission.",
            ),
            true,
        );
        assert_eq!(listed[0].site, "The Old Forge, Mill Lane");
        assert_eq!(listed[0].reference, "");
        assert_eq!(listed[0].proposal, "Change of use to a dwelling.");
        assert_eq!(listed[0].ward.as_deref(), Some("Millfield"));
        assert_eq!(
            listed[0].recommendation.as_deref(),
            Some("grant permission.")
        );
        // An ordinary item lists none.
        assert!(super::listed("Finance", &lines("To approve the payments."), false).is_empty());
    }
}
