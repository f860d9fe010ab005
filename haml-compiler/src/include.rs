//! Partials: every `- include "path"` line is replaced by the nodes of the
//! partial it names, read from the templates directory and parsed here, so
//! the result is the tree the template would have had with the partial
//! pasted in at that indentation. A partial sees the including template's
//! variables; it may include other partials, but not itself.
//!
//! Each source gets a number (the template is 0, partials count up in the
//! order they are first included), which the grammar stores in every
//! `Span`, so errors name the right file and line.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use haml_grammar::{Content, Document, Node, NodeKind, Span, Statement};

use crate::error::Error;
use crate::source::{identifier_stem, SourceFile, TemplatesDir};

/// How deep partials may include partials: far more than a site needs, and
/// few enough that the expansion stays small.
const MAX_DEPTH: usize = 64;

/// Replaces the `- include` lines of `document` (source 0 of `files`) and
/// of the partials it includes, adding each partial to `files`.
pub fn include_partials(
    document: Document,
    files: &mut Vec<SourceFile>,
    dir: &TemplatesDir,
) -> Result<Document, Error> {
    let mut expander = Expander {
        files,
        dir,
        parsed: HashMap::new(),
        stack: vec![0],
    };
    Ok(Document {
        nodes: expander.nodes(document.nodes)?,
    })
}

struct Expander<'a> {
    files: &'a mut Vec<SourceFile>,
    dir: &'a TemplatesDir,
    /// Partials already read, by path: their source number and tree.
    parsed: HashMap<PathBuf, (u32, Document)>,
    /// The sources being expanded, outermost first.
    stack: Vec<u32>,
}

impl Expander<'_> {
    fn nodes(&mut self, nodes: Vec<Node>) -> Result<Vec<Node>, Error> {
        let mut out = Vec::with_capacity(nodes.len());
        for node in nodes {
            match node.kind {
                NodeKind::Include(include) => {
                    let partial = self.partial(&include.path, node.span)?;
                    out.extend(partial);
                }
                kind => out.push(Node {
                    kind: self.kind(kind)?,
                    span: node.span,
                }),
            }
        }
        Ok(out)
    }

    /// The same node with the includes of its children replaced.
    fn kind(&mut self, kind: NodeKind) -> Result<NodeKind, Error> {
        Ok(match kind {
            NodeKind::Element(mut e) => {
                if let Content::Children(children) = e.content {
                    e.content = Content::Children(self.nodes(children)?);
                }
                NodeKind::Element(e)
            }
            NodeKind::Comment(mut c) => {
                c.children = self.nodes(std::mem::take(&mut c.children))?;
                NodeKind::Comment(c)
            }
            NodeKind::Statement(s) => NodeKind::Statement(self.statement(s)?),
            other => other,
        })
    }

    fn statement(&mut self, statement: Statement) -> Result<Statement, Error> {
        Ok(match statement {
            Statement::If {
                mut branches,
                otherwise,
            } => {
                for branch in &mut branches {
                    branch.body = self.nodes(std::mem::take(&mut branch.body))?;
                }
                let otherwise = match otherwise {
                    Some(mut block) => {
                        block.body = self.nodes(block.body)?;
                        Some(block)
                    }
                    None => None,
                };
                Statement::If {
                    branches,
                    otherwise,
                }
            }
            Statement::For {
                pattern,
                iterable,
                body,
            } => Statement::For {
                pattern,
                iterable,
                body: self.nodes(body)?,
            },
            Statement::While { condition, body } => Statement::While {
                condition,
                body: self.nodes(body)?,
            },
            Statement::Loop { body } => Statement::Loop {
                body: self.nodes(body)?,
            },
            Statement::Match {
                scrutinee,
                mut arms,
            } => {
                for arm in &mut arms {
                    arm.body = self.nodes(std::mem::take(&mut arm.body))?;
                }
                Statement::Match { scrutinee, arms }
            }
            other => other,
        })
    }

    /// The nodes of the partial at `path`, its own includes replaced.
    fn partial(&mut self, path: &str, at: Span) -> Result<Vec<Node>, Error> {
        let shown = self.dir.shown.join(path);
        let dir = self
            .dir
            .dir
            .as_ref()
            .map_err(|e| Error::template(format!("cannot include `{path}`: {e}"), at))?;
        if Path::new(path).is_absolute()
            || Path::new(path)
                .components()
                .any(|c| matches!(c, Component::ParentDir | Component::Prefix(_)))
        {
            return Err(Error::template(
                format!(
                    "cannot include `{path}`: a partial's path is relative to the templates \
                     directory and stays inside it (no `..`, no absolute paths)"
                ),
                at,
            ));
        }
        let full = dir.join(path);
        if let Some(i) = self
            .stack
            .iter()
            .position(|&f| self.files[f as usize].path.as_ref() == Some(&full))
        {
            let chain: Vec<String> = self.stack[i..]
                .iter()
                .map(|&f| format!("`{}`", self.files[f as usize].name))
                .chain([format!("`{}`", shown.display())])
                .collect();
            return Err(Error::template(
                format!(
                    "include cycle: {} (a partial cannot include itself)",
                    chain.join(" includes ")
                ),
                at,
            ));
        }
        let (file, document) = match self.parsed.get(&full) {
            Some((file, document)) => (*file, document.clone()),
            None => {
                let source = std::fs::read_to_string(&full).map_err(|e| {
                    Error::template(
                        format!(
                            "cannot read partial `{}`: {e} (partials are looked up in the \
                             templates directory: `templates` next to Cargo.toml, or \
                             $HAML_TEMPLATES_DIR)",
                            shown.display()
                        ),
                        at,
                    )
                })?;
                let file = u32::try_from(self.files.len())
                    .map_err(|_| Error::template("too many partials", at))?;
                let document = haml_grammar::parse_file(&source, file).map_err(Error::Parse);
                self.files.push(SourceFile {
                    name: shown.display().to_string(),
                    source,
                    stem: identifier_stem(path),
                    path: Some(full.clone()),
                    included_at: Some(at),
                });
                let document = document?;
                self.parsed.insert(full, (file, document.clone()));
                (file, document)
            }
        };
        if self.stack.len() > MAX_DEPTH {
            return Err(Error::template(
                format!("partials are included more than {MAX_DEPTH} levels deep"),
                at,
            ));
        }
        self.stack.push(file);
        let nodes = self.nodes(document.nodes);
        self.stack.pop();
        nodes
    }
}
