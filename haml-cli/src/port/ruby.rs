//! Ruby expressions and statements to Rust, where the rewrite is
//! mechanical. What is not stays as it is; the compile check in
//! [`super`] marks it.

/// A piece of an expression: code, or a string literal (already in Rust
/// spelling, double-quoted).
enum Piece {
    Code(String),
    Str(String),
}

/// Splits `text` into code and string literals; `'...'` strings become
/// `"..."` and the code inside `#{}` of double-quoted strings is converted
/// too. `None` when a string is not closed.
fn pieces(text: &str) -> Option<Vec<Piece>> {
    let mut out = Vec::new();
    let mut code = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '\'' => {
                let mut s = String::from("\"");
                let mut closed = false;
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => match chars.next() {
                            Some((_, '\'')) => s.push('\''),
                            Some((_, '\\')) => s.push_str("\\\\"),
                            Some((_, other)) => {
                                s.push_str("\\\\");
                                push_escaped(&mut s, other);
                            }
                            None => return None,
                        },
                        '\'' => {
                            closed = true;
                            break;
                        }
                        c => push_escaped(&mut s, c),
                    }
                }
                if !closed {
                    return None;
                }
                s.push('"');
                out.push(Piece::Code(std::mem::take(&mut code)));
                out.push(Piece::Str(s));
            }
            '"' => {
                let mut s = String::from("\"");
                let mut closed = false;
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => {
                            s.push('\\');
                            s.push(chars.next()?.1);
                        }
                        '#' if chars.peek().map(|(_, c)| *c) == Some('{') => {
                            let (open, _) = chars.next()?;
                            let inner = &text[open + 1..];
                            let end = interpolation_end(inner)?;
                            while chars.peek().is_some_and(|&(j, _)| j <= open + 1 + end) {
                                chars.next();
                            }
                            s.push_str("#{");
                            s.push_str(&expression(&inner[..end]));
                            s.push('}');
                        }
                        '"' => {
                            closed = true;
                            break;
                        }
                        c => s.push(c),
                    }
                }
                if !closed {
                    return None;
                }
                s.push('"');
                out.push(Piece::Code(std::mem::take(&mut code)));
                out.push(Piece::Str(s));
            }
            c => code.push(c),
        }
    }
    out.push(Piece::Code(code));
    Some(out)
}

/// Where the code of a `#{` ends: the index of its `}` in `inner` (the
/// text after `#{`), nested braces counted.
pub(super) fn interpolation_end(inner: &str) -> Option<usize> {
    let mut depth = 0;
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return Some(i),
            '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Pushes `c` into a Rust string literal's text.
fn push_escaped(s: &mut String, c: char) {
    match c {
        '"' => s.push_str("\\\""),
        c => s.push(c),
    }
}

/// A Ruby expression in Rust spelling, as far as that is mechanical.
pub(super) fn expression(text: &str) -> String {
    let Some(pieces) = pieces(text) else {
        return text.to_string();
    };
    let mut out = String::new();
    for piece in &pieces {
        match piece {
            Piece::Str(s) => out.push_str(s),
            Piece::Code(code) => out.push_str(&code_words(code)),
        }
    }
    // (After joining: a receiver may hold a string, `x["url"].present?`.)
    let out = predicates(&out);
    ternary(&out).unwrap_or(out)
}

/// The rewrites of code outside strings.
fn code_words(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let word_start = !prev.is_some_and(|p| p.is_alphanumeric() || p == '_');
        // `@var`, `@@var` -> `var`.
        if c == '@' && word_start {
            while i < chars.len() && chars[i] == '@' {
                i += 1;
            }
            continue;
        }
        // `:sym` -> `"sym"` (not `::`, not `a ? b : c`, not `key:`).
        if c == ':'
            && word_start
            && prev != Some(':')
            && chars
                .get(i + 1)
                .is_some_and(|n| n.is_alphabetic() || *n == '_')
        {
            let mut j = i + 1;
            while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            out.push('"');
            out.extend(&chars[i + 1..j]);
            out.push('"');
            i = j;
            continue;
        }
        out.push(c);
        i += 1;
    }
    for (ruby, rust) in [
        (" and ", " && "),
        (" or ", " || "),
        ("nil", "None"),
        (".length", ".len()"),
        (".size", ".len()"),
        (".count", ".len()"),
        (".to_s", ".to_string()"),
        (".first", ".first()"),
        (".last", ".last()"),
    ] {
        out = replace_word(&out, ruby, rust);
    }
    if let Some(rest) = out.strip_prefix("not ") {
        out = format!("!{rest}");
    }
    out
}

/// Replaces `from` where it stands as a whole word (not inside a longer
/// name, not already called).
fn replace_word(text: &str, from: &str, to: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(from) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + from.len()..].chars().next();
        let is_name = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        let starts_word = from.starts_with([' ', '.']) || !(is_name(before) || before == Some('.'));
        let ends_word = from.ends_with(' ') || !(is_name(after) || after == Some('('));
        out.push_str(&rest[..at]);
        out.push_str(if starts_word && ends_word { to } else { from });
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

/// `x.empty?` -> `x.is_empty()`, `x.nil?` -> `x.is_none()`,
/// `x.present?` / `x.any?` -> `!x.is_empty()`, `x.blank?` -> `x.is_empty()`.
fn predicates(code: &str) -> String {
    let mut out = code.to_string();
    for (ruby, rust, negate) in [
        (".empty?", ".is_empty()", false),
        (".blank?", ".is_empty()", false),
        (".nil?", ".is_none()", false),
        (".present?", ".is_empty()", true),
        (".any?", ".is_empty()", true),
    ] {
        while let Some(at) = out.find(ruby) {
            let start = receiver_start(&out[..at]);
            let receiver = out[start..at].to_string();
            let replacement = if negate {
                format!("!{receiver}{rust}")
            } else {
                format!("{receiver}{rust}")
            };
            out.replace_range(start..at + ruby.len(), &replacement);
        }
    }
    out
}

/// Where the receiver that ends at the end of `text` starts: a chain of
/// names, `.`, `::` and bracketed calls.
fn receiver_start(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut i = bytes.len();
    while i > 0 {
        let b = bytes[i - 1];
        if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b':' || b == b'"' {
            i -= 1;
        } else if b == b')' || b == b']' {
            // Skip the bracketed group.
            let open = if b == b')' { b'(' } else { b'[' };
            let mut depth = 0;
            while i > 0 {
                i -= 1;
                if bytes[i] == b {
                    depth += 1;
                } else if bytes[i] == open {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
            }
        } else {
            break;
        }
    }
    i
}

/// `c ? a : b` (one, at the top level, outside strings) ->
/// `if c { a } else { b }`.
fn ternary(text: &str) -> Option<String> {
    let mut depth = 0i32;
    let mut in_string = false;
    let mut question = None;
    let mut colon = None;
    let mut prev = ' ';
    for (i, c) in text.char_indices() {
        match c {
            '"' if prev != '\\' => in_string = !in_string,
            _ if in_string => {}
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            '?' if depth == 0 && prev == ' ' && question.is_none() => question = Some(i),
            ':' if depth == 0 && prev == ' ' && question.is_some() && colon.is_none() => {
                colon = Some(i)
            }
            _ => {}
        }
        prev = c;
    }
    let (q, c) = (question?, colon?);
    Some(format!(
        "if {} {{ {} }} else {{ {} }}",
        text[..q].trim(),
        text[q + 1..c].trim(),
        text[c + 1..].trim()
    ))
}

/// A `- ` line's Ruby statement in this project's flavour: `None` drops the
/// line (`end`).
pub(super) fn statement(text: &str, in_case: bool) -> Option<String> {
    let text = text.trim();
    if text == "end" || text.starts_with("end ") {
        return None;
    }
    if text == "else" {
        return Some(if in_case { "_ =>" } else { "else" }.to_string());
    }
    if let Some(c) = text.strip_prefix("elsif ") {
        return Some(format!("else if {}", expression(c)));
    }
    if let Some(c) = text.strip_prefix("unless ") {
        return Some(format!("if !({})", expression(c)));
    }
    if let Some(c) = text.strip_prefix("if ") {
        return Some(format!("if {}", expression(c)));
    }
    if let Some(c) = text.strip_prefix("case ") {
        return Some(format!("match {}", expression(c)));
    }
    if let Some(c) = text.strip_prefix("when ") {
        let arms: Vec<String> = c.split(',').map(|a| expression(a.trim())).collect();
        return Some(format!("{} =>", arms.join(" | ")));
    }
    if let Some(head) = text.strip_suffix('|') {
        // `X.each do |a|`, `X.each_with_index do |a, i|`, `N.times do |i|`.
        if let Some((receiver, vars)) = head.split_once(" do |") {
            let vars: Vec<&str> = vars.split(',').map(str::trim).collect();
            if let Some(list) = receiver.strip_suffix(".each_with_index") {
                if let [item, index] = vars[..] {
                    return Some(format!(
                        "for ({index}, {item}) in {}.iter().enumerate()",
                        expression(list)
                    ));
                }
            }
            if let Some(list) = receiver.strip_suffix(".each") {
                let pattern = match vars[..] {
                    [one] => one.to_string(),
                    _ => format!("({})", vars.join(", ")),
                };
                return Some(format!("for {pattern} in {}", expression(list)));
            }
            if let Some(n) = receiver.strip_suffix(".times") {
                if let [i] = vars[..] {
                    return Some(format!("for {i} in 0..{}", expression(n)));
                }
            }
        }
    }
    // `x = value` -> `let x = value`.
    if let Some((name, value)) = text.split_once(" = ") {
        let name = name.trim().trim_start_matches('@');
        if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            return Some(format!("let {name} = {}", expression(value)));
        }
    }
    Some(expression(text))
}

/// A Ruby attribute hash's inside (`:a => 1, "b" => x, c: y`) in this
/// project's flavour.
pub(super) fn hash(text: &str) -> String {
    let Some(pieces) = pieces(text) else {
        return text.to_string();
    };
    let mut out = String::new();
    for piece in &pieces {
        match piece {
            Piece::Str(s) => out.push_str(s),
            Piece::Code(code) => {
                // `:key =>` -> `key:`; the rest as code.
                let mut converted = String::new();
                let mut from = 0;
                let mut search = 0;
                while let Some(found) = code[search..].find(':') {
                    let at = search + found;
                    let after = &code[at + 1..];
                    let name_len = after
                        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
                        .unwrap_or(after.len());
                    let tail = after[name_len..].trim_start();
                    let before_ok = code[..at]
                        .chars()
                        .next_back()
                        .is_none_or(|c| c == ' ' || c == '{' || c == ',' || c == '(');
                    if name_len > 0 && before_ok && tail.starts_with("=>") {
                        converted.push_str(&code_words(&code[from..at]));
                        let name = &after[..name_len];
                        if name.contains('-') {
                            converted.push_str(&format!("\"{name}\" =>"));
                        } else {
                            converted.push_str(&format!("{name}:"));
                        }
                        from = code.len() - tail.len() + 2;
                        search = from;
                    } else {
                        search = at + 1;
                    }
                }
                converted.push_str(&code_words(&code[from..]));
                out.push_str(&converted);
            }
        }
    }
    // `:"data-x" =>` (a quoted symbol) -> `"data-x" =>`.
    let mut fixed = String::with_capacity(out.len());
    let mut prev = ' ';
    let mut chars = out.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ':' && matches!(prev, ' ' | '{' | ',' | '(') && chars.peek() == Some(&'"') {
            prev = c;
            continue;
        }
        fixed.push(c);
        prev = c;
    }
    fixed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions() {
        assert_eq!(expression("@user.name"), "user.name");
        assert_eq!(expression("'say \"hi\"'"), "\"say \\\"hi\\\"\"");
        assert_eq!(expression("items.empty?"), "items.is_empty()");
        assert_eq!(expression("@items.any?"), "!items.is_empty()");
        assert_eq!(expression("user.name.present?"), "!user.name.is_empty()");
        assert_eq!(expression("x.nil?"), "x.is_none()");
        assert_eq!(expression("items.size > 0"), "items.len() > 0");
        assert_eq!(expression("a and not_b"), "a && not_b");
        assert_eq!(
            expression("paid ? 'Paid' : 'Due'"),
            "if paid { \"Paid\" } else { \"Due\" }"
        );
        assert_eq!(expression(":active"), "\"active\"");
        assert_eq!(expression("\"n-#{@n}\""), "\"n-#{n}\"");
        assert_eq!(expression("Foo::Bar"), "Foo::Bar");
        assert_eq!(
            expression("n.request['url'].present?"),
            "!n.request[\"url\"].is_empty()"
        );
    }

    #[test]
    fn statements() {
        assert_eq!(statement("end", false), None);
        assert_eq!(
            statement("elsif x.empty?", false).unwrap(),
            "else if x.is_empty()"
        );
        assert_eq!(statement("unless @ok", false).unwrap(), "if !(ok)");
        assert_eq!(
            statement("@items.each do |item|", false).unwrap(),
            "for item in items"
        );
        assert_eq!(
            statement("items.each_with_index do |item, i|", false).unwrap(),
            "for (i, item) in items.iter().enumerate()"
        );
        assert_eq!(statement("3.times do |i|", false).unwrap(), "for i in 0..3");
        assert_eq!(statement("case kind", false).unwrap(), "match kind");
        assert_eq!(
            statement("when 'a', 'b'", true).unwrap(),
            "\"a\" | \"b\" =>"
        );
        assert_eq!(statement("else", true).unwrap(), "_ =>");
        assert_eq!(
            statement("@title = 'x'", false).unwrap(),
            "let title = \"x\""
        );
    }

    #[test]
    fn hashes() {
        assert_eq!(hash(":class => 'a', :id => @id"), "class: \"a\", id: id");
        assert_eq!(hash(":'data-x' => 1"), "\"data-x\" => 1");
        assert_eq!(hash(":data => {:toggle => 'x'}"), "data: {toggle: \"x\"}");
        assert_eq!(
            hash("'aria-label' => 'Prev', type: :button"),
            "\"aria-label\" => \"Prev\", type: \"button\""
        );
    }
}
