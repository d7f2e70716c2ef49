//! A small tree of an XML (or XHTML) document, read with a real parser, so tests can ask for
//! its structure instead of searching its text.

use quick_xml::events::Event;
use quick_xml::reader::Reader;

#[derive(Debug, Clone)]
pub enum Node {
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Element {
    /// The name as written, prefix and all: "w:p", "li".
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Node>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The element's children that are elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|child| match child {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    /// Every element below this one with the name, in document order.
    pub fn all(&self, name: &str) -> Vec<&Element> {
        let mut found = Vec::new();
        fn walk<'e>(element: &'e Element, name: &str, found: &mut Vec<&'e Element>) {
            for child in element.elements() {
                if child.name == name {
                    found.push(child);
                }
                walk(child, name, found);
            }
        }
        walk(self, name, &mut found);
        found
    }

    /// All the text below the element, joined as it stands.
    pub fn text(&self) -> String {
        let mut out = String::new();
        fn walk(element: &Element, out: &mut String) {
            for child in &element.children {
                match child {
                    Node::Text(text) => out.push_str(text),
                    Node::Element(inner) => walk(inner, out),
                }
            }
        }
        walk(self, &mut out);
        out
    }
}

fn entity(name: &str) -> String {
    match name {
        "amp" => "&".into(),
        "lt" => "<".into(),
        "gt" => ">".into(),
        "quot" => "\"".into(),
        "apos" => "'".into(),
        _ => {
            let code = name
                .strip_prefix("#x")
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()));
            code.and_then(char::from_u32)
                .map(String::from)
                .unwrap_or_else(|| panic!("unknown entity &{name};"))
        }
    }
}

fn start(tag: &quick_xml::events::BytesStart<'_>) -> Element {
    let name = String::from_utf8_lossy(tag.name().as_ref()).into_owned();
    let attributes = tag
        .attributes()
        .map(|a| {
            let a = a.expect("a well-formed attribute");
            (
                String::from_utf8_lossy(a.key.as_ref()).into_owned(),
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .expect("an attribute value")
                    .into_owned(),
            )
        })
        .collect();
    Element {
        name,
        attributes,
        children: Vec::new(),
    }
}

/// Parses the document, failing the test if it is not well formed.
pub fn parse(text: &str) -> Element {
    let mut reader = Reader::from_str(text);
    let mut stack = vec![Element {
        name: "#document".into(),
        attributes: Vec::new(),
        children: Vec::new(),
    }];
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(tag) => stack.push(start(&tag)),
            Event::Empty(tag) => {
                let element = start(&tag);
                stack
                    .last_mut()
                    .expect("a parent")
                    .children
                    .push(Node::Element(element));
            }
            Event::End(_) => {
                let element = stack.pop().expect("an open element");
                stack
                    .last_mut()
                    .expect("every element closed in order")
                    .children
                    .push(Node::Element(element));
            }
            Event::Text(text) => {
                let text = text.decode().expect("text").into_owned();
                stack
                    .last_mut()
                    .expect("a parent")
                    .children
                    .push(Node::Text(text));
            }
            Event::CData(text) => {
                let text = String::from_utf8_lossy(&text).into_owned();
                stack
                    .last_mut()
                    .expect("a parent")
                    .children
                    .push(Node::Text(text));
            }
            Event::GeneralRef(reference) => {
                let name = reference.decode().expect("an entity").into_owned();
                stack
                    .last_mut()
                    .expect("a parent")
                    .children
                    .push(Node::Text(entity(&name)));
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
    assert_eq!(stack.len(), 1, "every element is closed");
    stack.pop().expect("the document")
}
