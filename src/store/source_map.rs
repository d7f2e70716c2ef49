//! Where things are in a meeting file's text, so that a problem found after parsing can still
//! be reported at a line and column. A light scan of RON's brackets, strings and comments; it
//! never fails, it only finds less in text that is not well formed.

/// A 1-based line and column (columns count characters, as editors do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// The start of each element of the top-level lists, and of the signature.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    pub people: Vec<Position>,
    pub agenda: Vec<Position>,
    pub records: Vec<Position>,
    pub signature: Option<Position>,
    /// Where the meeting itself opens.
    pub start: Position,
}

/// A list field of the top-level meeting that we are collecting element starts for.
#[derive(Clone, Copy)]
enum Collecting {
    People,
    Agenda,
    Records,
}

impl SourceMap {
    pub fn of(text: &str) -> SourceMap {
        let mut map = SourceMap {
            start: Position { line: 1, column: 1 },
            ..SourceMap::default()
        };
        let mut scanner = Scanner::new(text);
        let mut depth = 0usize;
        let mut seen_open = false;
        // The last identifier read at depth 1, waiting for its `:`.
        let mut field: Option<String> = None;
        let mut pending_field: Option<String> = None;
        let mut collecting: Option<(Collecting, usize)> = None;
        let mut expect_element = false;

        while let Some((token, position)) = scanner.next_token() {
            if expect_element && !matches!(token, Token::Close(_)) {
                if let Some((list, _)) = collecting {
                    match list {
                        Collecting::People => map.people.push(position),
                        Collecting::Agenda => map.agenda.push(position),
                        Collecting::Records => map.records.push(position),
                    }
                }
                expect_element = false;
            }
            match token {
                Token::Attribute => {}
                Token::Open(_) => {
                    if !seen_open {
                        seen_open = true;
                        map.start = position;
                    }
                    depth += 1;
                    if let Some(name) = pending_field.take()
                        && depth == 2
                    {
                        collecting = match name.as_str() {
                            "people" => Some((Collecting::People, depth)),
                            "agenda" => Some((Collecting::Agenda, depth)),
                            "records" => Some((Collecting::Records, depth)),
                            _ => None,
                        };
                        expect_element = collecting.is_some();
                    }
                }
                Token::Close(_) => {
                    if collecting.is_some_and(|(_, d)| d == depth) {
                        collecting = None;
                    }
                    expect_element = false;
                    depth = depth.saturating_sub(1);
                }
                Token::Comma => {
                    if collecting.is_some_and(|(_, d)| d == depth) {
                        expect_element = true;
                    }
                }
                Token::Colon => {
                    if depth == 1 {
                        pending_field = field.take();
                        if pending_field.as_deref() == Some("signature") {
                            map.signature = scanner.peek_position();
                        }
                    }
                }
                Token::Ident(name) => {
                    if depth == 1 {
                        field = Some(name);
                    }
                }
                Token::Other => {
                    if depth == 1 {
                        // A value that is not a list (e.g. `records: None`) ends the field.
                        pending_field = None;
                    }
                }
            }
        }
        map
    }
}

#[derive(Debug, PartialEq)]
enum Token {
    Open(char),
    Close(char),
    Comma,
    Colon,
    Ident(String),
    /// `#![enable(...)]`, skipped whole.
    Attribute,
    /// Strings, numbers and anything else that is a value but not a bracket.
    Other,
}

struct Scanner<'t> {
    chars: std::iter::Peekable<std::str::Chars<'t>>,
    line: usize,
    column: usize,
}

impl<'t> Scanner<'t> {
    fn new(text: &'t str) -> Self {
        Scanner {
            chars: text.chars().peekable(),
            line: 1,
            column: 1,
        }
    }

    fn position(&self) -> Position {
        Position {
            line: self.line,
            column: self.column,
        }
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    /// The position of the next token, skipping space and comments.
    fn peek_position(&mut self) -> Option<Position> {
        self.skip_space_and_comments();
        let position = self.position();
        self.chars.peek().map(|_| position)
    }

    fn skip_space_and_comments(&mut self) {
        loop {
            match self.chars.peek() {
                Some(c) if c.is_whitespace() => {
                    self.bump();
                }
                Some('/') => {
                    let mut ahead = self.chars.clone();
                    ahead.next();
                    match ahead.next() {
                        Some('/') => {
                            while let Some(c) = self.bump() {
                                if c == '\n' {
                                    break;
                                }
                            }
                        }
                        Some('*') => self.skip_block_comment(),
                        _ => return,
                    }
                }
                _ => return,
            }
        }
    }

    fn skip_block_comment(&mut self) {
        self.bump();
        self.bump();
        // RON block comments nest.
        let mut nesting = 1usize;
        while nesting > 0 {
            match self.bump() {
                None => return,
                Some('*') if self.chars.peek() == Some(&'/') => {
                    self.bump();
                    nesting -= 1;
                }
                Some('/') if self.chars.peek() == Some(&'*') => {
                    self.bump();
                    nesting += 1;
                }
                Some(_) => {}
            }
        }
    }

    fn skip_quoted(&mut self, quote: char) {
        self.bump();
        while let Some(c) = self.bump() {
            if c == '\\' {
                self.bump();
            } else if c == quote {
                return;
            }
        }
    }

    /// Raw strings: `r"..."`, `r#"..."#`, with any number of hashes.
    fn skip_raw_string(&mut self) {
        self.bump();
        let mut hashes = 0usize;
        while self.chars.peek() == Some(&'#') {
            self.bump();
            hashes += 1;
        }
        if self.chars.peek() != Some(&'"') {
            return;
        }
        self.bump();
        while let Some(c) = self.bump() {
            if c == '"' {
                let mut closing = 0usize;
                while closing < hashes && self.chars.peek() == Some(&'#') {
                    self.bump();
                    closing += 1;
                }
                if closing == hashes {
                    return;
                }
            }
        }
    }

    fn next_token(&mut self) -> Option<(Token, Position)> {
        self.skip_space_and_comments();
        let position = self.position();
        let c = *self.chars.peek()?;
        let token = match c {
            '(' | '[' | '{' => {
                self.bump();
                Token::Open(c)
            }
            ')' | ']' | '}' => {
                self.bump();
                Token::Close(c)
            }
            ',' => {
                self.bump();
                Token::Comma
            }
            ':' => {
                self.bump();
                Token::Colon
            }
            '"' => {
                self.skip_quoted('"');
                Token::Other
            }
            '\'' => {
                self.skip_quoted('\'');
                Token::Other
            }
            '#' => {
                self.skip_attribute();
                Token::Attribute
            }
            'r' if self.raw_string_ahead() => {
                self.skip_raw_string();
                Token::Other
            }
            c if c.is_alphabetic() || c == '_' => {
                let mut name = String::new();
                while let Some(&c) = self.chars.peek() {
                    if c.is_alphanumeric() || c == '_' || c == '#' && name == "r" {
                        name.push(c);
                        self.bump();
                    } else {
                        break;
                    }
                }
                Token::Ident(name)
            }
            _ => {
                self.bump();
                Token::Other
            }
        };
        Some((token, position))
    }

    fn raw_string_ahead(&self) -> bool {
        let mut ahead = self.chars.clone();
        ahead.next();
        let mut next = ahead.next();
        while next == Some('#') {
            next = ahead.next();
        }
        next == Some('"')
    }

    fn skip_attribute(&mut self) {
        // `#![enable(...)]`: skip to the matching `]`.
        let mut nesting = 0usize;
        while let Some(c) = self.bump() {
            match c {
                '[' => nesting += 1,
                ']' => {
                    nesting = nesting.saturating_sub(1);
                    if nesting == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_record_and_person_despite_strings_and_comments() {
        let text = "#![enable(implicit_some)]\n(\n  version: 1,\n  people: [\n    (id: \"a, b\", name: \"[x]\"),\n    // (id: \"ghost\")\n    (id: \"c\"),\n  ],\n  records: [\n    (event: Commenced), /* (nested /* ) */ */ (event: Note(text: r#\"a \"quoted\" ],\"#)),\n  ],\n  signature: (person: \"a\"),\n)\n";
        let map = SourceMap::of(text);
        assert_eq!(map.start, Position { line: 2, column: 1 });
        assert_eq!(
            map.people,
            vec![
                Position { line: 5, column: 5 },
                Position { line: 7, column: 5 }
            ]
        );
        assert_eq!(
            map.records,
            vec![
                Position {
                    line: 10,
                    column: 5
                },
                Position {
                    line: 10,
                    column: 47
                }
            ]
        );
        assert_eq!(
            map.signature,
            Some(Position {
                line: 12,
                column: 14
            })
        );
        assert!(map.agenda.is_empty());
    }

    #[test]
    fn nonsense_gives_an_empty_map_not_a_panic() {
        for text in ["", "(((", "]]]", "r#\"", "/* never closed", "\"open string"] {
            let _ = SourceMap::of(text);
        }
    }
}
