//! Values in URL attributes: which part of the URL each stands in, and
//! whether the finished value needs a check when the page renders.

use haml_grammar::Segment;
use haml_html::url::{always_allowed, scheme};

use crate::error::Error;
use crate::tree::{Escape, UrlCheck};

#[derive(Clone, Copy, PartialEq, Eq)]
enum UrlPart {
    /// Nothing of the URL's structure yet: a value here may be its scheme.
    Scheme,
    /// After a `:` or `/`: the path.
    Path,
    /// After the `:` of a scheme that is not special to the URL parser
    /// (`tel:`, `mailto:`, `sms:`, `geo:`): the parser keeps what stands
    /// there as written (an opaque path; after `//`, it encodes what it
    /// must itself), so a value there is escaped only for the attribute
    /// and the browser reads what haml writes.
    Opaque,
    /// After `?` or `#`: a query or fragment value.
    Query,
}

/// The escaping of each `#{}` of a URL attribute's value written as
/// `segments` (`None`: as for any attribute, after a scheme that is not
/// special, such as `tel:#{number}`, which the URL parser keeps as it is),
/// and the check
/// of the finished value: a value in a query or fragment is a component,
/// one elsewhere a URL or path; a value that may make the scheme, after a
/// scheme that not every value passes, or in a list of URLs is checked at
/// run time. A value after a scheme no value can pass (`javascript:`) is
/// an error.
pub(super) fn url_escapes(
    check: UrlCheck,
    segments: &[Segment],
) -> Result<(Vec<Option<Escape>>, UrlCheck), Error> {
    let mut escapes = Vec::new();
    let mut part = UrlPart::Scheme;
    let mut scheme_hole = false;
    // The text before the first `:`, `/`, `?` or `#`, and the scheme it
    // makes if a `:` ends it.
    let mut before_colon = String::new();
    let mut static_scheme = None;
    for s in segments {
        match s {
            Segment::Literal(t) => {
                for c in t.chars() {
                    part = match (part, c) {
                        (_, '?' | '#') => UrlPart::Query,
                        (UrlPart::Scheme, ':') => {
                            before_colon.push(':');
                            static_scheme = scheme(&before_colon);
                            match static_scheme.as_deref() {
                                Some(s) if !is_special(s) => UrlPart::Opaque,
                                _ => UrlPart::Path,
                            }
                        }
                        (UrlPart::Scheme, '/') => UrlPart::Path,
                        (UrlPart::Scheme, c) => {
                            before_colon.push(c);
                            UrlPart::Scheme
                        }
                        (p, _) => p,
                    };
                }
            }
            Segment::Interpolation(code) => {
                scheme_hole |= part == UrlPart::Scheme;
                if let Some(scheme) = static_scheme.as_deref() {
                    let passes = always_allowed(scheme)
                        || (scheme == "data" && check == UrlCheck::Media)
                        || matches!(check, UrlCheck::List | UrlCheck::Refresh);
                    if !passes {
                        return Err(Error::template(blocked_scheme(scheme), code.span));
                    }
                }
                escapes.push(match part {
                    UrlPart::Query => Some(Escape::UrlComponent),
                    UrlPart::Opaque => None,
                    UrlPart::Scheme | UrlPart::Path => Some(Escape::Url),
                });
            }
        }
    }
    // A value in the scheme position, after a scheme written in the
    // template that is not always allowed (`data:`, which depends on the
    // value), or any value of a list of URLs, is checked once the whole
    // value is written.
    let checked = match check {
        UrlCheck::Link | UrlCheck::Media
            if !scheme_hole && static_scheme.as_deref().is_none_or(always_allowed) =>
        {
            UrlCheck::None
        }
        check => check,
    };
    Ok((escapes, checked))
}

/// The schemes whose URLs the URL parser reads as hierarchical (URL
/// Standard, "special scheme").
fn is_special(scheme: &str) -> bool {
    matches!(scheme, "http" | "https" | "ws" | "wss" | "ftp" | "file")
}

/// What is wrong with a value after `scheme:`, which the URL check always
/// blocks, and what to write instead.
fn blocked_scheme(scheme: &str) -> String {
    let (what, instead) = match scheme {
        "javascript" | "vbscript" => (
            "the URL's text is run as code",
            "Put the code in an event handler (`onclick: \"f('#{value}')\"`), where values \
             are escaped for JavaScript",
        ),
        "data" => (
            "the URL's text is a document",
            "Only pictures and sound take `data:` URLs (`img`, `video`, `audio`, `source`, \
             `track`, `input`, SVG `image`); for a document, use `srcdoc`",
        ),
        _ => (
            "only relative URLs and http, https, mailto, tel, sms and geo pass the check",
            "Write the URL in the template without a value, or give the whole URL as a \
             value (checked when the page renders) or as a `SafeUrl`",
        ),
    };
    format!(
        "a value inside a `{scheme}:` URL cannot be made safe ({what}): the finished URL would \
         always be blocked. {instead}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(value: &str) -> Result<(Vec<Option<Escape>>, UrlCheck), Error> {
        let doc = haml_grammar::parse(&format!("%a{{href: \"{value}\"}}")).unwrap();
        let haml_grammar::NodeKind::Element(e) = &doc.nodes[0].kind else {
            panic!()
        };
        let haml_grammar::AttributeValue::Str(segments) =
            &e.attribute_groups[0].attributes[0].value
        else {
            panic!()
        };
        url_escapes(UrlCheck::Link, segments)
    }

    #[test]
    fn url_attribute_parts() {
        let parts = |value| parts(value).unwrap();
        let (url, component) = (Some(Escape::Url), Some(Escape::UrlComponent));
        assert_eq!(parts("#{a}"), (vec![url], UrlCheck::Link));
        assert_eq!(parts("java#{a}"), (vec![url], UrlCheck::Link));
        assert_eq!(parts("/users/#{a}"), (vec![url], UrlCheck::None));
        assert_eq!(
            parts("https://x/?q=#{a}&r=#{b}"),
            (vec![component; 2], UrlCheck::None)
        );
        assert_eq!(parts("#{a}?q=#{b}"), (vec![url, component], UrlCheck::Link));
        // A scheme written in the template: allowed ones need no check.
        assert_eq!(parts("https://x/#{a}"), (vec![url], UrlCheck::None));
        assert_eq!(parts(" HTTPS://x/#{a}"), (vec![url], UrlCheck::None));
        assert_eq!(parts("a b:#{a}"), (vec![url], UrlCheck::None));
        assert_eq!(parts("tel:#{a}"), (vec![None], UrlCheck::None));
        // The opaque path of a URL whose scheme is not special keeps what
        // it holds (spaces too): escaped only for the attribute.
        assert_eq!(parts("tel:+1 #{a}"), (vec![None], UrlCheck::None));
        assert_eq!(
            parts("mailto:x#{a}?subject=#{b}"),
            (vec![None, component], UrlCheck::None)
        );
        assert_eq!(parts("https:x#{a}"), (vec![url], UrlCheck::None));
        assert_eq!(parts("sms://#{a}"), (vec![None], UrlCheck::None));
        assert_eq!(parts("mailto:#{a}"), (vec![None], UrlCheck::None));
    }

    #[test]
    fn a_value_after_a_scheme_that_never_passes_is_an_error() {
        for value in ["javascript:#{a}", "Java\tScript:go('#{a}')", "ftp://x/#{a}"] {
            assert!(parts(value).is_err(), "{value}");
        }
    }
}
