//! Text from a file, made safe to show in a terminal: a control character in a name or a note
//! (an escape sequence that could rewrite the screen or the window's title) is shown as what
//! it is, never sent to the terminal to act on.

use std::borrow::Cow;

/// The text with every control character but line breaks and tabs written out as `\x1b`.
pub fn escaped(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hazard) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_hazard(c) {
            out.push_str(&format!("\\x{:02x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A control character that a terminal would act on, as a single visible symbol: the Unicode
/// control pictures (␛ for escape), or � for the rest.
pub fn picture(c: char) -> char {
    match u32::from(c) {
        code @ 0x00..=0x1f => char::from_u32(0x2400 + code).unwrap_or('\u{fffd}'),
        0x7f => '\u{2421}',
        _ => '\u{fffd}',
    }
}

/// A character a terminal acts on rather than shows.
pub fn is_hazard(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_shown_not_obeyed() {
        assert_eq!(escaped("K Flavell"), "K Flavell");
        assert_eq!(
            escaped("Evil\u{1b}]0;HACKED\u{7}\nnext"),
            "Evil\\x1b]0;HACKED\\x07\nnext"
        );
        assert_eq!(escaped("\u{9b}2J"), "\\x9b2J");
        assert_eq!(picture('\u{1b}'), '␛');
        assert_eq!(picture('\u{7f}'), '␡');
    }
}
