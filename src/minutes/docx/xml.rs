//! Text as WordprocessingML: escaped, with the characters XML cannot hold left out, line breaks
//! and tabs as Word's own, and paragraphs with their properties in the order Word expects.

/// The text escaped for XML, without the control characters XML 1.0 forbids.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Runs for the text: a line break where it has one, a tab where it has one; marked as
/// right-to-left text where the paragraph reads right to left.
pub fn runs(text: &str, bold: bool, right_to_left: bool) -> String {
    let start = match (bold, right_to_left) {
        (true, true) => "<w:r><w:rPr><w:b/><w:rtl/></w:rPr>",
        (true, false) => "<w:r><w:rPr><w:b/></w:rPr>",
        (false, true) => "<w:r><w:rPr><w:rtl/></w:rPr>",
        (false, false) => "<w:r>",
    };
    let mut out = String::with_capacity(text.len() + 64);
    out.push_str(start);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push_str("<w:br/>");
        }
        for (m, piece) in line.split('\t').enumerate() {
            if m > 0 {
                out.push_str("<w:tab/>");
            }
            if !piece.is_empty() {
                out.push_str("<w:t xml:space=\"preserve\">");
                out.push_str(&escape(piece));
                out.push_str("</w:t>");
            }
        }
    }
    out.push_str("</w:r>");
    out
}

/// How a paragraph is set out.
#[derive(Default, Clone, Copy)]
pub struct Props<'s> {
    pub style: Option<&'s str>,
    pub keep_next: bool,
    /// A list's numbering and the level in it.
    pub numbered: Option<(usize, usize)>,
    /// No space after, as between the lines of an attendance list.
    pub tight: bool,
    /// The left indent and how far the first line hangs out of it, in twentieths of a point.
    pub indent: Option<(usize, usize)>,
    /// Room above, as after a table.
    pub space_before: bool,
    /// Kept whole on one page, as a signature or a vote's names.
    pub keep_lines: bool,
    /// Set flush right, as a sum of money.
    pub right: bool,
    /// Reading right to left, as a petition quoted in Arabic.
    pub right_to_left: bool,
}

pub fn paragraph(props: Props<'_>, runs: &str) -> String {
    let mut p = String::from("<w:p><w:pPr>");
    if let Some(style) = props.style {
        p.push_str(&format!("<w:pStyle w:val=\"{style}\"/>"));
    }
    if props.keep_next {
        p.push_str("<w:keepNext/>");
    }
    if props.keep_lines {
        p.push_str("<w:keepLines/>");
    }
    if let Some((id, level)) = props.numbered {
        p.push_str(&format!(
            "<w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{id}\"/></w:numPr>"
        ));
    }
    if props.right_to_left {
        p.push_str("<w:bidi/>");
    }
    match (props.space_before, props.tight) {
        (true, true) => p.push_str("<w:spacing w:before=\"160\" w:after=\"0\"/>"),
        (true, false) => p.push_str("<w:spacing w:before=\"160\"/>"),
        (false, true) => p.push_str("<w:spacing w:after=\"0\"/>"),
        (false, false) => {}
    }
    if let Some((left, hanging)) = props.indent {
        p.push_str(&format!(
            "<w:ind w:left=\"{left}\" w:hanging=\"{hanging}\"/>"
        ));
    }
    if props.right {
        p.push_str("<w:jc w:val=\"right\"/>");
    }
    p.push_str("</w:pPr>");
    p.push_str(runs);
    p.push_str("</w:p>");
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_what_xml_cannot_hold_is_left_out() {
        assert_eq!(
            escape("A & B <c> \"d\"\u{1}\u{b}e"),
            "A &amp; B &lt;c&gt; &quot;d&quot;e"
        );
        assert_eq!(
            runs("one\ntwo\tthree", false, false),
            "<w:r><w:t xml:space=\"preserve\">one</w:t><w:br/><w:t xml:space=\"preserve\">two</w:t><w:tab/><w:t xml:space=\"preserve\">three</w:t></w:r>"
        );
    }
}
