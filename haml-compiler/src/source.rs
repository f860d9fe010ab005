//! The sources of a template: its own text and the partials it includes,
//! and where they are read from.

use std::path::PathBuf;

use haml_grammar::Span;

/// One source of a template: the template itself or a partial.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// How messages name it (`templates/shared/_nav.haml`).
    pub name: String,
    /// Its text.
    pub source: String,
    /// Its name in identifiers (`shared__nav_haml`).
    pub stem: String,
    /// The file, to rebuild when it changes (none for inline sources).
    pub path: Option<PathBuf>,
    /// The `- include` line that brought it in (none for the template).
    pub included_at: Option<Span>,
}

impl SourceFile {
    /// A template given as text (`source = "..."`, `haml!`), named `name`
    /// in messages and `stem` in identifiers.
    pub fn inline(source: impl Into<String>, name: impl Into<String>, stem: &str) -> Self {
        SourceFile {
            name: name.into(),
            source: source.into(),
            stem: identifier_stem(stem),
            path: None,
            included_at: None,
        }
    }

    /// The template at `path` in `dir`, read now.
    pub fn read(dir: &TemplatesDir, path: &str) -> Result<Self, String> {
        let full = dir.dir.as_ref().map_err(Clone::clone)?.join(path);
        let relative = dir.shown.join(path);
        let source = std::fs::read_to_string(&full).map_err(|e| {
            format!(
                "cannot read template `{}`: {e} (templates are looked up in the \
                 `templates` directory next to Cargo.toml, or in $HAML_TEMPLATES_DIR)",
                relative.display(),
            )
        })?;
        Ok(SourceFile {
            name: relative.display().to_string(),
            source,
            stem: identifier_stem(path),
            path: Some(full),
            included_at: None,
        })
    }
}

/// Where `path = "..."` templates and partials are read from: the templates
/// directory, and how messages show it.
#[derive(Clone, Debug)]
pub struct TemplatesDir {
    /// The directory, or why it is unknown.
    pub dir: Result<PathBuf, String>,
    /// How messages name it (`templates`).
    pub shown: PathBuf,
}

impl TemplatesDir {
    /// `$HAML_TEMPLATES_DIR` if set, else `templates/` next to the
    /// Cargo.toml of the crate being built (`$CARGO_MANIFEST_DIR`).
    pub fn from_env() -> TemplatesDir {
        if let Some(dir) = std::env::var_os("HAML_TEMPLATES_DIR") {
            let dir = PathBuf::from(dir);
            return TemplatesDir {
                dir: Ok(dir.clone()),
                shown: dir,
            };
        }
        TemplatesDir {
            dir: std::env::var_os("CARGO_MANIFEST_DIR")
                .map(|root| PathBuf::from(root).join("templates"))
                .ok_or_else(|| "CARGO_MANIFEST_DIR is not set: build with cargo".to_string()),
            shown: PathBuf::from("templates"),
        }
    }

    /// No directory: templates given as text, without partials.
    pub fn none() -> TemplatesDir {
        TemplatesDir {
            dir: Err("no templates directory is set".to_string()),
            shown: PathBuf::from("templates"),
        }
    }

    /// The directory `dir`, shown as it is.
    pub fn at(dir: impl Into<PathBuf>) -> TemplatesDir {
        let dir = dir.into();
        TemplatesDir {
            dir: Ok(dir.clone()),
            shown: dir,
        }
    }
}

/// `users/show.haml` -> `users_show_haml`.
pub fn identifier_stem(name: &str) -> String {
    let mut stem: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if stem.starts_with(|c: char| c.is_ascii_digit()) || stem.is_empty() {
        stem.insert(0, '_');
    }
    stem
}
