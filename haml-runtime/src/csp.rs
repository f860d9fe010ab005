//! Content-Security-Policy headers built from what the compiler saw in a
//! template: the hashes of its static inline scripts and styles and the
//! request's nonce (see the `csp_nonce`, `strict_csp` and `csp_header`
//! template options in `docs/security.md`).

/// Builds the policy of a template: `script-src` and `style-src` allow the
/// same origin, the nonce (if it is a valid one) and the hashes; inline
/// event handlers and `style` attributes only by their hashes (with
/// `'unsafe-hashes'`, and only if the template has static ones); no plugins
/// (`object-src 'none'`) and no `<base>` elsewhere (`base-uri 'self'`).
///
/// ```
/// let policy = haml_runtime::content_security_policy(
///     Some("r4nd0m"),
///     &["'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"],
///     &[],
///     &[],
///     &[],
/// );
/// assert_eq!(
///     policy,
///     "script-src 'self' 'nonce-r4nd0m' 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='; \
///      style-src 'self' 'nonce-r4nd0m'; object-src 'none'; base-uri 'self'"
/// );
/// ```
pub fn content_security_policy(
    nonce: Option<&str>,
    scripts: &[&str],
    styles: &[&str],
    script_attributes: &[&str],
    style_attributes: &[&str],
) -> String {
    // A nonce is base64 (or base64url): anything else could add sources.
    let nonce = nonce.filter(|n| {
        !n.is_empty()
            && n.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'-' | b'_'))
    });
    let mut policy = String::new();
    for (directive, hashes, attributes) in [
        ("script-src", scripts, script_attributes),
        ("style-src", styles, style_attributes),
    ] {
        policy.push_str(directive);
        policy.push_str(" 'self'");
        if let Some(nonce) = nonce {
            policy.push_str(" 'nonce-");
            policy.push_str(nonce);
            policy.push('\'');
        }
        for hash in hashes {
            policy.push(' ');
            policy.push_str(hash);
        }
        if !attributes.is_empty() {
            policy.push_str(" 'unsafe-hashes'");
            for hash in attributes {
                policy.push(' ');
                policy.push_str(hash);
            }
        }
        policy.push_str("; ");
    }
    policy.push_str("object-src 'none'; base-uri 'self'");
    policy
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nonce_that_is_not_base64_is_left_out() {
        let policy = content_security_policy(Some("x' 'unsafe-inline"), &[], &[], &[], &[]);
        assert!(!policy.contains("unsafe-inline"), "{policy}");
        assert!(!policy.contains("nonce"), "{policy}");
    }

    #[test]
    fn attribute_hashes_come_with_unsafe_hashes() {
        let policy = content_security_policy(None, &[], &[], &["'sha256-a'"], &["'sha256-b'"]);
        assert_eq!(
            policy,
            "script-src 'self' 'unsafe-hashes' 'sha256-a'; \
             style-src 'self' 'unsafe-hashes' 'sha256-b'; object-src 'none'; base-uri 'self'"
        );
    }
}
