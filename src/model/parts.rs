//! Which business is taken in private: items printed as Part 2, and items reached while the
//! press and public are excluded, worked out from the log.

use super::kinds::Public;
use super::{Kind, Meeting, Part};

impl Meeting {
    /// Whether the item is taken in private: printed as Part 2, or reached while the press and
    /// public are excluded.
    pub fn part_of(&self, item_id: &str) -> Part {
        self.item_index(item_id)
            .and_then(|index| self.parts().get(index).copied())
            .unwrap_or(Part::One)
    }

    /// Whether the press and public are excluded once the whole log has happened.
    pub fn public_excluded(&self) -> bool {
        self.records
            .iter()
            .rev()
            .find_map(|r| r.event.view().public())
            .is_some_and(|public| public == Public::Excluded)
    }

    /// The printed Part 2 items that had records made under them while the press and public
    /// were still present: exempt business that may have been discussed in public.
    pub fn private_items_taken_in_public(&self) -> Vec<usize> {
        let mut excluded = false;
        let mut found: Vec<usize> = Vec::new();
        let positions = self.item_positions();
        let mut seen = vec![false; self.agenda.len()];
        for record in &self.records {
            match record.event.view().public() {
                Some(Public::Excluded) => excluded = true,
                Some(Public::Readmitted) => excluded = false,
                None => {
                    let index = record.item.as_deref().and_then(|id| positions.get(id));
                    if let Some(&index) = index
                        && !excluded
                        && self.agenda[index].part == Part::Two
                        && !seen[index]
                    {
                        seen[index] = true;
                        found.push(index);
                    }
                }
            }
        }
        found
    }

    /// The part of every agenda item, in agenda order, worked out in one pass over the log.
    pub fn parts(&self) -> Vec<Part> {
        let mut parts: Vec<Part> = self.agenda.iter().map(|item| item.part).collect();
        let mut mark = |from: usize, to: usize| {
            for part in parts.iter_mut().take(to).skip(from) {
                *part = Part::Two;
            }
        };
        // The exclusion itself is minuted in public; the items after it are not, until the
        // public is readmitted.
        let mut excluded_from: Option<usize> = None;
        for record in &self.records {
            let at = || record.item.as_deref().and_then(|id| self.item_index(id));
            match record.event.view().public() {
                Some(Public::Excluded) => excluded_from = Some(at().map_or(0, |i| i + 1)),
                Some(Public::Readmitted) => {
                    if let (Some(from), Some(readmitted_at)) = (excluded_from, at()) {
                        mark(from, readmitted_at);
                    }
                    excluded_from = None;
                }
                None => {}
            }
        }
        if let Some(from) = excluded_from {
            mark(from, self.agenda.len());
        }
        parts
    }

    /// The Schedule 12A paragraphs of the exclusion under which the item at `index` was taken
    /// in private: the exclusion in force when the item was reached, not simply the latest.
    pub fn exclusion_covering(&self, index: usize) -> Option<&[u8]> {
        let mut covering: Option<&[u8]> = None;
        // The exclusion in force: from the item after it, and its paragraphs.
        let mut open: Option<(usize, &[u8])> = None;
        for record in &self.records {
            let at = || record.item.as_deref().and_then(|id| self.item_index(id));
            match record.event.view().public() {
                Some(Public::Excluded) => {
                    open = Some((at().map_or(0, |i| i + 1), record.event.exempt_paragraphs()));
                }
                Some(Public::Readmitted) => {
                    if let (Some((from, paragraphs)), Some(until)) = (open, at())
                        && (from..until).contains(&index)
                    {
                        covering = Some(paragraphs);
                    }
                    open = None;
                }
                None => {}
            }
        }
        if let Some((from, paragraphs)) = open
            && index >= from
        {
            covering = Some(paragraphs);
        }
        covering
    }

    /// The meeting as the public may know it: everything recorded in public, and of the
    /// business taken in private only what was resolved (which the public minutes publish).
    /// Nothing else recorded in private (who came or went, an appointment, a co-option, a
    /// vote, a note) is in it, so nothing made from it can show what was done in private.
    /// Borrowed when nothing was recorded in private.
    pub fn public_record(&self) -> std::borrow::Cow<'_, Meeting> {
        let private = self.private_records();
        if !private.contains(&true) {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut public = self.clone();
        public.records = self
            .records
            .iter()
            .zip(private)
            .filter(|(record, private)| {
                !private || matches!(record.event, super::Event::Resolved { .. })
            })
            .map(|(record, private)| {
                let mut record = record.clone();
                // Of a decision taken in private, what was resolved, not the reasons or the
                // options weighed, which may hold what was exempt.
                if let (
                    true,
                    super::Event::Resolved {
                        reasons, rejected, ..
                    },
                ) = (private, &mut record.event)
                {
                    *reasons = None;
                    *rejected = None;
                }
                record
            })
            .collect();
        std::borrow::Cow::Owned(public)
    }

    /// Whether each record, in log order, is private business: made under an item taken in
    /// private, or made while the press and public were excluded (even inside an item printed
    /// as Part 1). The exclusion itself is resolved in public.
    pub fn private_records(&self) -> Vec<bool> {
        let parts = self.parts();
        let positions = self.item_positions();
        let mut excluded = false;
        self.records
            .iter()
            .map(|record| {
                let under_private_item = record
                    .item
                    .as_deref()
                    .and_then(|id| positions.get(id))
                    .is_some_and(|&i| parts.get(i) == Some(&Part::Two));
                // The meeting's opening and close are the meeting's, not the private business
                // it may have ended on.
                if matches!(
                    record.event,
                    super::Event::Commenced | super::Event::Concluded
                ) {
                    return false;
                }
                let private = match record.event.view().public() {
                    // The resolution excluding the press and public is passed in public, and
                    // published wherever it was recorded.
                    Some(Public::Excluded) => {
                        excluded = true;
                        return false;
                    }
                    // So is the readmission, which the public see, wherever it was recorded.
                    Some(Public::Readmitted) => {
                        excluded = false;
                        return false;
                    }
                    None => excluded,
                };
                private || under_private_item
            })
            .collect()
    }

    /// The Part 1 items with business recorded under them after the press and public were
    /// excluded: private business the agenda prints as public.
    pub fn private_business_in_public_items(&self) -> Vec<usize> {
        let parts = self.parts();
        let positions = self.item_positions();
        let mut seen = vec![false; self.agenda.len()];
        let mut found: Vec<usize> = Vec::new();
        for (record, private) in self.records.iter().zip(self.private_records()) {
            let Some(&index) = record.item.as_deref().and_then(|id| positions.get(id)) else {
                continue;
            };
            if private && parts.get(index) == Some(&Part::One) && !seen[index] {
                seen[index] = true;
                found.push(index);
            }
        }
        found
    }
}
