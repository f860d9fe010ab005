//! `!!!` lines: haml's doctypes for each format.

use crate::options::{Format, Options};

/// Whether `!!! keyword` is an XML declaration.
pub(super) fn is_xml(keyword: &str) -> bool {
    parse_doctype(keyword).1 == "xml"
}

/// haml's reading of a doctype keyword: version, type, encoding.
fn parse_doctype(keyword: &str) -> (String, String, String) {
    let text = keyword.trim().to_lowercase();
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut version = String::new();
    if bytes.first().is_some_and(u8::is_ascii_digit) {
        version.push(bytes[0] as char);
        i = 1;
        if bytes.get(1) == Some(&b'.') && bytes.get(2).is_some_and(u8::is_ascii_digit) {
            version.push('.');
            version.push(bytes[2] as char);
            i = 3;
        }
    }
    let rest = text[i..].trim_start();
    let kind: String = rest
        .chars()
        .take_while(|c| c.is_ascii_lowercase())
        .collect();
    let rest = rest[kind.len()..].trim_start();
    let encoding: String = rest.chars().take_while(|c| *c != ' ').collect();
    (version, kind, encoding)
}

const XHTML_TRANSITIONAL: &str = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">";
const HTML4_TRANSITIONAL: &str = "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\" \"http://www.w3.org/TR/html4/loose.dtd\">";

fn xhtml_doctype(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "1.1" => "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">",
        "5" | "html" => "<!DOCTYPE html>",
        "strict" => "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">",
        "frameset" => "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Frameset//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-frameset.dtd\">",
        "mobile" => "<!DOCTYPE html PUBLIC \"-//WAPFORUM//DTD XHTML Mobile 1.2//EN\" \"http://www.openmobilealliance.org/tech/DTD/xhtml-mobile12.dtd\">",
        "basic" => "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML Basic 1.1//EN\" \"http://www.w3.org/TR/xhtml-basic/xhtml-basic11.dtd\">",
        "transitional" => XHTML_TRANSITIONAL,
        "svg" => "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">",
        _ => return None,
    })
}

fn html_doctype(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "5" | "html" => "<!DOCTYPE html>",
        "strict" => "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\">",
        "frameset" => "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Frameset//EN\" \"http://www.w3.org/TR/html4/frameset.dtd\">",
        "transitional" => HTML4_TRANSITIONAL,
        _ => return None,
    })
}

/// The text of a `!!!` line (with its newline for `!!! XML`), as haml
/// writes it for the format; an error for unknown keywords.
pub(super) fn doctype(keyword: &str, options: &Options) -> Result<String, String> {
    let (version, kind, _) = parse_doctype(keyword);
    let format = options.format;
    let text = match kind.as_str() {
        "xml" => {
            return Ok(match format {
                Format::Xhtml => "<?xml version='1.0' encoding='utf-8' ?>\n".to_string(),
                _ => String::new(),
            })
        }
        "" => match format {
            Format::Xhtml => {
                let v = if version.is_empty() {
                    "transitional"
                } else {
                    version.as_str()
                };
                xhtml_doctype(v)
            }
            Format::Html4 => Some(HTML4_TRANSITIONAL),
            Format::Html5 => Some("<!DOCTYPE html>"),
        },
        kind => match format {
            Format::Xhtml => xhtml_doctype(kind),
            _ => html_doctype(kind),
        },
    };
    text.map(str::to_string).ok_or_else(|| {
        let shown = if kind.is_empty() { version } else { kind };
        format!(
            "invalid doctype `!!! {}` for format {}: use `!!!`, `!!! 5`, `!!! Strict`, \
             `!!! Frameset`{}{}",
            keyword.trim(),
            match format {
                Format::Html5 => "html5",
                Format::Html4 => "html4",
                Format::Xhtml => "xhtml",
            },
            if format == Format::Xhtml {
                ", `!!! 1.1`, `!!! Basic`, `!!! Mobile`"
            } else {
                " (`!!! Basic` and `!!! Mobile` need format = \"xhtml\")"
            },
            if shown.is_empty() {
                ""
            } else {
                " or `!!! XML`"
            }
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn haml() -> Options {
        Options {
            output: crate::options::Output::Haml,
            ..Options::default()
        }
    }

    #[test]
    fn doctypes_per_format() {
        let mut o = haml();
        assert_eq!(doctype("", &o).unwrap(), "<!DOCTYPE html>");
        assert_eq!(doctype("XML", &o).unwrap(), "");
        assert!(doctype("basic", &o).is_err());
        o.format = Format::Xhtml;
        assert_eq!(doctype("5", &o).unwrap(), "<!DOCTYPE html>");
        assert!(doctype("1.1", &o).unwrap().contains("XHTML 1.1"));
        assert!(doctype("XML iso-8859-1", &o).unwrap().contains("utf-8"));
        o.format = Format::Html4;
        assert!(doctype("5", &o).unwrap().contains("4.01 Transitional"));
    }
}
