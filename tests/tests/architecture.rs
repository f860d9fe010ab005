//! The shape of the code, checked: no import cycle between the modules of
//! any crate, and no pass of the compiler that imports another pass
//! (ARCHITECTURE.md).
//!
//! The import graph is read from the sources: every `crate::...` and
//! `super::...` path in code (not in comments, not in the `#[cfg(test)]`
//! module at the end of a file, whose tests may build their input with
//! other passes) is an edge from the file's module to the longest module
//! the path names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The crates whose modules are checked.
const CRATES: &[&str] = &[
    "haml-grammar",
    "haml-html",
    "haml-compiler",
    "haml-macros",
    "haml-runtime",
    "haml-cli",
];

/// The compiler's passes, in pipeline order: none may use another.
const PASSES: &[&str] = &[
    "include", "lower", "minify", "escaping", "flatten", "csp", "optimise", "codegen",
];

/// Module path (`minify::scan`, `` for the root) -> its source text.
type Modules = BTreeMap<String, String>;

fn modules(src: &Path) -> Modules {
    let mut out = Modules::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let relative: PathBuf = path.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
                parts.pop();
            }
            out.insert(parts.join("::"), std::fs::read_to_string(&path).unwrap());
        }
    }
    out
}

/// The code of a file: comments and the test modules at its end removed
/// (from the first `#[cfg(test)]` that stands before a `mod`).
fn code(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let end = (0..lines.len())
        .find(|&i| {
            lines[i].trim() == "#[cfg(test)]"
                && lines[i + 1..]
                    .iter()
                    .map(|l| l.trim())
                    .find(|l| !l.starts_with("#[") && !l.starts_with("//"))
                    .is_some_and(|l| l.starts_with("mod "))
        })
        .unwrap_or(lines.len());
    lines[..end]
        .iter()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module paths a file's code names: each as written after `crate::`,
/// resolved from `super::`, or after the name of one of the module's own
/// `children` (braces of `use` lists expanded).
fn named_paths(module: &str, text: &str, children: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let inline_modules = inline_modules(text);
    let own: Vec<String> = module
        .split("::")
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        // A path's first segment: not inside a word, not after `::`.
        let starts_word = i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || (i >= 2 && &bytes[i - 2..i] == b"::"));
        let child = children
            .iter()
            .find(|c| starts_word && rest.starts_with(&format!("{c}::")));
        let base = if let Some(child) = child {
            let mut parts = own.clone();
            parts.push(child.to_string());
            Some((parts, child.len() + 2))
        } else if starts_word && rest.starts_with("crate::") {
            Some((Vec::new(), "crate::".len()))
        } else if starts_word && rest.starts_with("super::") {
            let mut parts: Vec<String> = module.split("::").map(str::to_string).collect();
            parts.retain(|p| !p.is_empty());
            // Each `super` first leaves a `mod name { ... }` written in this
            // file (as in generated code); a path that stays in the file
            // names no other module.
            let mut inline = inline_modules.iter().filter(|r| r.contains(&i)).count();
            let mut len = 0;
            while text[i + len..].starts_with("super::") {
                if inline > 0 {
                    inline -= 1;
                } else {
                    parts.pop();
                }
                len += "super::".len();
            }
            if inline_modules.iter().any(|r| r.contains(&i)) && parts.len() == own.len() {
                i += len;
                continue;
            }
            Some((parts, len))
        } else {
            None
        };
        match base {
            Some((prefix, len)) => {
                let consumed = paths_at(&text[i + len..], prefix, &mut out);
                i += len + consumed;
            }
            None => i += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// The byte ranges of the `mod name { ... }` blocks written in a file.
fn inline_modules(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    // The brace depth at which each open inline module started.
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut depth = 0usize;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // Braces in string and character literals are not blocks.
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 2,
            b'\'' if bytes.get(i + 1) == Some(&b'\\') => {
                i += 2;
                while i < bytes.len() && bytes[i] != b'\'' {
                    i += 1;
                }
            }
            b'{' => {
                let before = text[..i].trim_end();
                let word_start = before
                    .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .map_or(0, |at| at + 1);
                let keyword = before[..word_start].trim_end();
                if keyword.ends_with("mod")
                    && !keyword[..keyword.len() - 3]
                        .ends_with(|c: char| c.is_alphanumeric() || c == '_')
                {
                    open.push((depth, i));
                }
                depth += 1;
            }
            b'}' => {
                depth = depth.saturating_sub(1);
                if open.last().is_some_and(|&(d, _)| d == depth) {
                    let (_, start) = open.pop().unwrap_or_default();
                    out.push(start..i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Reads `a::b::{c, d::e}` at the start of `text` (after a `crate::`),
/// pushing each full path; returns the bytes read.
fn paths_at(text: &str, prefix: Vec<String>, out: &mut Vec<String>) -> usize {
    let mut parts = prefix;
    let mut i = 0;
    loop {
        if text[i..].starts_with('{') {
            i += 1;
            loop {
                i += text[i..].len() - text[i..].trim_start().len();
                if text[i..].starts_with('}') {
                    return i + 1;
                }
                i += paths_at(&text[i..], parts.clone(), out);
                i += text[i..].len() - text[i..].trim_start().len();
                if text[i..].starts_with(',') {
                    i += 1;
                } else if text[i..].starts_with('}') {
                    return i + 1;
                } else {
                    return i;
                }
            }
        }
        let name: String = text[i..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        i += name.len();
        if !name.is_empty() {
            parts.push(name);
            if text[i..].starts_with("::") {
                i += 2;
                continue;
            }
        }
        out.push(parts.join("::"));
        return i;
    }
}

/// The import graph: module -> the modules its code names.
fn graph(modules: &Modules) -> BTreeMap<String, BTreeSet<String>> {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in modules {
        let targets = edges.entry(module.clone()).or_default();
        let prefix = if module.is_empty() {
            String::new()
        } else {
            format!("{module}::")
        };
        let children: Vec<&str> = modules
            .keys()
            .filter_map(|m| m.strip_prefix(prefix.as_str()))
            .filter(|c| !c.is_empty() && !c.contains("::"))
            .collect();
        for path in named_paths(module, &code(text), &children) {
            // The longest module the path names (the rest are items).
            let mut parts: Vec<&str> = path.split("::").collect();
            let target = loop {
                let candidate = parts.join("::");
                if modules.contains_key(&candidate) || parts.is_empty() {
                    break candidate;
                }
                parts.pop();
            };
            if target != *module {
                targets.insert(target);
            }
        }
    }
    edges
}

/// The cycles of a graph: each strongly connected component of more than
/// one module (Tarjan's algorithm).
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        next: usize,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        let targets: Vec<&'a str> = s
            .edges
            .get(v)
            .map(|t| t.iter().map(String::as_str).collect())
            .unwrap_or_default();
        for w in targets {
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.on_stack.contains(w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                component.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.out.push(component);
            }
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in edges.keys() {
        if !state.index.contains_key(v.as_str()) {
            visit(&mut state, v);
        }
    }
    state.out
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn no_crate_has_an_import_cycle() {
    let mut problems = Vec::new();
    for krate in CRATES {
        let modules = modules(&root().join(krate).join("src"));
        assert!(!modules.is_empty(), "{krate}: no modules found");
        for cycle in cycles(&graph(&modules)) {
            let names: Vec<&str> = cycle
                .iter()
                .map(|m| {
                    if m.is_empty() {
                        "(the crate root)"
                    } else {
                        m.as_str()
                    }
                })
                .collect();
            problems.push(format!("{krate}: {}", names.join(" <-> ")));
        }
    }
    assert!(
        problems.is_empty(),
        "import cycles:\n{}",
        problems.join("\n")
    );
}

#[test]
fn no_pass_imports_another_pass() {
    let modules = modules(&root().join("haml-compiler/src"));
    let pass_of = |module: &str| {
        let top = module.split("::").next().unwrap_or("");
        PASSES.iter().find(|p| **p == top).copied()
    };
    let graph = graph(&modules);
    // The graph sees real code: the pipeline calls every pass.
    for pass in PASSES {
        assert!(
            graph["pipeline"].contains(*pass),
            "the pipeline does not use `{pass}`: {:?}",
            graph["pipeline"]
        );
    }
    let mut problems = Vec::new();
    for (module, targets) in graph {
        let Some(from) = pass_of(&module) else {
            continue;
        };
        for target in targets {
            if let Some(to) = pass_of(&target) {
                if to != from {
                    problems.push(format!("{module} (pass {from}) uses {target} (pass {to})"));
                }
            }
        }
    }
    for pass in PASSES {
        assert!(
            modules.keys().any(|m| m == pass),
            "the pass `{pass}` is not a module of haml-compiler"
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The checker finds what it looks for, in code written for it.
#[test]
fn the_checker_sees_cycles_and_paths() {
    let modules: Modules = [
        ("", "mod a; mod b; pub use a::X;"),
        ("a", "use crate::b::{self, Y};\nfn f() { super::c::g() }"),
        ("b", "// crate::a is only a comment\nuse crate::{c::Z, a};"),
        (
            "c",
            "pub fn g() {}\n#[cfg(test)]\nmod tests { use crate::a; }",
        ),
    ]
    .into_iter()
    .map(|(m, t)| (m.to_string(), t.to_string()))
    .collect();
    let g = graph(&modules);
    let set = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(g["a"], set(&["b", "c"]));
    assert_eq!(g["b"], set(&["a", "c"]));
    assert_eq!(g["c"], set(&[]));
    assert_eq!(cycles(&g), vec![vec!["a".to_string(), "b".to_string()]]);
    assert_eq!(
        named_paths(
            "x::y",
            "super::super::z::W, crate::q, k::V, o::k::U",
            &["k"]
        ),
        vec!["z::W", "q", "x::y::k::V"]
    );
    // The root's own modules, named without `crate::`.
    assert!(g[""].contains("a"));
    // `super` inside a `mod m { }` of the file stays in the file (as in
    // generated parsers); one `super` more leaves it. Braces in literals
    // are not blocks.
    assert_eq!(
        named_paths(
            "x::y",
            "mod m { const C: char = '{'; fn f() { super::g(); super::super::z::W; } }",
            &[]
        ),
        vec!["x::z::W"]
    );
}
