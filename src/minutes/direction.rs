//! Which way text runs: a resident's name or a quoted petition in Arabic or Hebrew is laid out
//! right to left, in a paragraph of its own or among English words.

/// A letter of a script written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// supplements and presentation forms.
fn is_right_to_left(c: char) -> bool {
    matches!(u32::from(c),
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Whether any of the text runs right to left, so that a reader must work out its direction.
pub fn has_right_to_left(text: &str) -> bool {
    text.chars().any(is_right_to_left)
}

/// Whether the text as a whole reads right to left: its first letter, as the Unicode
/// bidirectional algorithm takes a paragraph's direction, is of a right-to-left script.
pub fn reads_right_to_left(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(is_right_to_left)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_reads_the_way_its_first_letter_does() {
        assert!(reads_right_to_left("«عريضة» from residents"));
        assert!(reads_right_to_left("1. שלום"));
        assert!(!reads_right_to_left("A petition from عائشة"));
        assert!(has_right_to_left("A petition from عائشة"));
        assert!(!has_right_to_left("Councillor O’Donnell"));
        assert!(!reads_right_to_left("123"));
    }
}
