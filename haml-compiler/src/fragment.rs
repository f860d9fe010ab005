//! Fragments: the part of a template that one element with a static id
//! renders (`#[template(fragment = "task-list")]`), for the partial
//! responses of htmx, Turbo or Datastar. Reads the syntax tree after the
//! partials are inlined and keeps the chosen elements, each with the
//! `- let` lines before it that it may use.

use haml_grammar::{AttributeValue, Content, Document, Element, Node, NodeKind, Segment, Shortcut};
use haml_grammar::{Span, Statement};

use crate::error::Error;

/// The elements of `document` whose static ids are `ids`, in that order;
/// `name` is the template's, for messages.
pub fn select(
    document: Document,
    ids: &[(String, proc_macro2::Span)],
    name: &str,
) -> Result<Document, Error> {
    let mut nodes = Vec::new();
    for (id, span) in ids {
        let mut search = Search {
            id,
            lets: Vec::new(),
            found: Vec::new(),
            dynamic: Vec::new(),
        };
        search.nodes(&document.nodes, None);
        let mut found = search.found.into_iter();
        let Some(first) = found.next() else {
            let mut message = format!("{name} has no element with the static id `{id}`");
            if !search.dynamic.is_empty() {
                let lines: Vec<String> =
                    search.dynamic.iter().map(|s| s.line.to_string()).collect();
                message.push_str(&format!(
                    "; the ids of the elements at line {} are computed at run time, and a \
                     fragment needs its element's id written as a literal (`#{id}` or \
                     `id: \"{id}\"`)",
                    lines.join(", ")
                ));
            }
            return Err(Error::Rust(syn::Error::new(*span, message)));
        };
        if let Some(second) = found.next() {
            return Err(Error::template(
                format!(
                    "a second element has the id `{id}` (the first is at line {}): a fragment \
                     names one element",
                    first.node.span.line
                ),
                second.node.span,
            ));
        }
        if let Some((kind, block)) = first.inside {
            return Err(Error::template(
                format!(
                    "the element with the id `{id}` is inside the `- {kind}` at line {}: a \
                     fragment renders its element alone, without the code around it; put the \
                     `- {kind}` inside the element",
                    block.line
                ),
                first.node.span,
            ));
        }
        nodes.extend(first.lets);
        nodes.push(first.node);
    }
    Ok(Document { nodes })
}

/// An element with the id sought.
struct Found {
    node: Node,
    /// The `- let` and other statement lines before it, at its level and
    /// the levels around it.
    lets: Vec<Node>,
    /// The innermost Rust block around it, if any: its keyword and line.
    inside: Option<(&'static str, Span)>,
}

struct Search<'a> {
    id: &'a str,
    /// The statement lines in scope where the search stands.
    lets: Vec<Node>,
    found: Vec<Found>,
    /// Where elements whose ids are computed at run time stand.
    dynamic: Vec<Span>,
}

impl Search<'_> {
    fn nodes(&mut self, nodes: &[Node], inside: Option<(&'static str, Span)>) {
        let in_scope = self.lets.len();
        for node in nodes {
            match &node.kind {
                NodeKind::Element(element) => {
                    match static_id(element) {
                        Some(Some(id)) if id == self.id => self.found.push(Found {
                            node: node.clone(),
                            lets: self.lets.clone(),
                            inside,
                        }),
                        Some(None) => self.dynamic.push(node.span),
                        _ => {}
                    }
                    if let Content::Children(children) = &element.content {
                        self.nodes(children, inside);
                    }
                }
                NodeKind::Comment(comment) => self.nodes(&comment.children, inside),
                NodeKind::Statement(statement) => match statement {
                    Statement::Let(_) | Statement::Plain(_) => self.lets.push(node.clone()),
                    Statement::If {
                        branches,
                        otherwise,
                    } => {
                        for branch in branches {
                            self.nodes(&branch.body, Some(("if", node.span)));
                        }
                        if let Some(block) = otherwise {
                            self.nodes(&block.body, Some(("if", node.span)));
                        }
                    }
                    Statement::For { body, .. } => self.nodes(body, Some(("for", node.span))),
                    Statement::While { body, .. } => self.nodes(body, Some(("while", node.span))),
                    Statement::Loop { body } => self.nodes(body, Some(("loop", node.span))),
                    Statement::Match { arms, .. } => {
                        for arm in arms {
                            self.nodes(&arm.body, Some(("match", node.span)));
                        }
                    }
                },
                _ => {}
            }
        }
        self.lets.truncate(in_scope);
    }
}

/// The element's id as haml writes it (`#a{id: "b"}` is `a_b`): `None`
/// without one, `Some(None)` if some part of it is computed at run time.
fn static_id(element: &Element) -> Option<Option<String>> {
    let mut parts: Vec<Option<String>> = element
        .shortcuts
        .iter()
        .filter_map(|s| match s {
            Shortcut::Id(name) => Some(Some(name.name.clone())),
            Shortcut::Class(_) => None,
        })
        .collect();
    for group in &element.attribute_groups {
        for attribute in group.attributes.iter().filter(|a| a.name.name == "id") {
            parts.push(match &attribute.value {
                AttributeValue::Str(segments) => segments
                    .iter()
                    .map(|s| match s {
                        Segment::Literal(text) => Some(text.as_str()),
                        Segment::Interpolation(_) => None,
                    })
                    .collect::<Option<String>>(),
                _ => None,
            });
        }
    }
    if parts.is_empty() {
        return None;
    }
    Some(
        parts
            .into_iter()
            .collect::<Option<Vec<String>>>()
            .map(|p| p.join("_")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn select_str(source: &str, ids: &[&str]) -> Result<Vec<u32>, String> {
        let document = haml_grammar::parse(source).map_err(|e| e.to_string())?;
        let ids: Vec<_> = ids
            .iter()
            .map(|id| (id.to_string(), proc_macro2::Span::call_site()))
            .collect();
        select(document, &ids, "t.haml")
            .map(|d| d.nodes.iter().map(|n| n.span.line).collect())
            .map_err(|e| e.summary())
    }

    #[test]
    fn finds_the_element_by_shortcut_or_attribute() {
        let source = "!!! 5\n%html\n  %body\n    #a\n      %p x\n    %ul{id: \"b\"}\n      %li y\n";
        assert_eq!(select_str(source, &["a"]), Ok(vec![4]));
        assert_eq!(select_str(source, &["b"]), Ok(vec![6]));
        assert_eq!(select_str(source, &["b", "a"]), Ok(vec![6, 4]));
        // haml joins ids with `_`.
        assert_eq!(select_str("%p#x{id: \"y\"}\n", &["x_y"]), Ok(vec![1]));
        assert_eq!(select_str("%p(id=\"z\")\n", &["z"]), Ok(vec![1]));
    }

    #[test]
    fn keeps_the_let_lines_in_scope() {
        let source = "- let a = 1;\n%div\n  - let b = 2;\n  %p#c= a + b\n- let d = 3;\n";
        assert_eq!(select_str(source, &["c"]), Ok(vec![1, 3, 4]));
        // A `let` inside a sibling element is not in scope.
        let source = "%div\n  - let b = 2;\n%p#c x\n";
        assert_eq!(select_str(source, &["c"]), Ok(vec![3]));
    }

    #[test]
    fn says_what_is_wrong() {
        let e = select_str("%p#a\n", &["b"]).unwrap_err();
        assert_eq!(e, "t.haml has no element with the static id `b`");
        let e = select_str("%p{id: \"b-#{n}\"}\n%p{id: x}\n", &["b"]).unwrap_err();
        assert!(e.contains("at line 1, 2 are computed at run time"), "{e}");
        let e = select_str("%p#a\n%div\n  %p#a\n", &["a"]).unwrap_err();
        assert!(e.contains("a second element has the id `a` (the first is at line 1)"));
        let e = select_str("- for i in 0..2\n  %p#a\n", &["a"]).unwrap_err();
        assert!(e.contains("inside the `- for` at line 1"), "{e}");
        let e = select_str("- if x\n  %p\n- else\n  %p#a\n", &["a"]).unwrap_err();
        assert!(e.contains("inside the `- if` at line 1"), "{e}");
    }
}
