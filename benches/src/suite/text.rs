//! Deterministic text for the suite's data: words, names and sentences
//! picked by arithmetic on indices (no randomness), so every run renders
//! the same pages.

const WORDS: &[&str] = &[
    "system", "release", "memory", "compiler", "template", "render", "server", "request",
    "latency", "cache", "update", "network", "storage", "query", "index", "design", "review",
    "team", "project", "budget", "city", "council", "market", "report", "weather", "garden",
    "river", "coffee", "kitchen", "morning", "evening", "weekend", "library", "museum", "concert",
    "festival", "school", "student", "teacher", "lesson", "bridge", "street", "station", "train",
    "bicycle", "harbor", "island", "mountain", "the", "a", "of", "and", "to", "in", "for", "with",
    "on", "after", "before", "about", "new", "old", "small", "large", "quiet", "busy", "early",
    "late", "simple", "careful", "fast", "slow", "open", "local", "public", "private", "final",
    "first", "second", "last", "is", "was", "will", "can", "should", "might", "helps", "needs",
    "shows", "brings", "moves", "changes", "keeps", "builds", "finds", "starts", "ends", "grows",
    "works", "runs", "today", "again", "still", "almost", "really", "often", "never", "always",
    "together", "here",
];

const FIRST: &[&str] = &[
    "Ann", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kofi",
    "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomoko",
];

const LAST: &[&str] = &[
    "Lee", "Novak", "Garcia", "Ivanova", "Okafor", "Tanaka", "Schmidt", "Haddad", "Silva", "Berg",
    "Kowalski", "Moreau", "O'Neil", "Rossi", "Nguyen", "Duarte", "Fischer",
];

const TAGS: &[&str] = &[
    "rust",
    "web",
    "performance",
    "design",
    "news",
    "travel",
    "food",
    "music",
    "science",
    "books",
    "photography",
    "open-source",
    "databases",
    "security",
    "climate",
    "cities",
];

/// `n` words chosen from `seed`, separated by single spaces.
pub fn words(seed: usize, n: usize) -> String {
    let mut out = String::with_capacity(n * 8);
    for i in 0..n {
        if i > 0 {
            out.push(' ');
        }
        let k = seed.wrapping_mul(31) + i * 17 + i * i * 7 + seed / 3;
        out.push_str(WORDS[k % WORDS.len()]);
    }
    out
}

/// A sentence of `n` words: capitalized, ending with a full stop.
pub fn sentence(seed: usize, n: usize) -> String {
    let mut s = words(seed, n);
    if let Some(first) = s.get(..1) {
        let upper = first.to_ascii_uppercase();
        s.replace_range(..1, &upper);
    }
    s.push('.');
    s
}

/// A paragraph of `sentences` sentences of 7 to 15 words. Every 5th
/// paragraph holds an apostrophe, every 11th a quotation, every 13th an
/// ampersand and a `<`: escaping matters, but most text is plain.
pub fn paragraph(seed: usize, sentences: usize) -> String {
    let mut out = String::new();
    for i in 0..sentences {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&sentence(seed * 7 + i, 7 + (seed + i * 3) % 9));
    }
    if seed.is_multiple_of(5) {
        out.push_str(" It's worth a look.");
    }
    if seed.is_multiple_of(11) {
        out.push_str(" She said \"not yet\" twice.");
    }
    if seed.is_multiple_of(13) {
        out.push_str(" Q&A: is 3 < 4? Yes.");
    }
    out
}

/// A title of 3 to 7 words in title case; every 9th has an ampersand,
/// every 14th angle brackets.
pub fn title(seed: usize) -> String {
    let raw = words(seed * 3 + 1, 3 + seed % 5);
    let mut out = String::with_capacity(raw.len() + 8);
    for (i, w) in raw.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut cs = w.chars();
        if let Some(c) = cs.next() {
            out.push(c.to_ascii_uppercase());
            out.push_str(cs.as_str());
        }
    }
    if seed.is_multiple_of(9) {
        out.push_str(" & More");
    }
    if seed.is_multiple_of(14) {
        out.push_str(" <Draft>");
    }
    out
}

/// A person's name; some hold an apostrophe.
pub fn person(i: usize) -> String {
    format!(
        "{} {}",
        FIRST[i % FIRST.len()],
        LAST[(i * 7 + i / 3) % LAST.len()]
    )
}

/// A user name: lowercase letters, digits and `_`, safe in a URL path.
pub fn username(i: usize) -> String {
    let first = FIRST[i % FIRST.len()].to_ascii_lowercase();
    let last: String = LAST[(i * 7 + i / 3) % LAST.len()]
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    format!("{first}_{last}{}", i % 97)
}

/// A tag: lowercase letters and `-`, safe in a URL path.
pub fn tag(i: usize) -> &'static str {
    TAGS[i % TAGS.len()]
}

/// A date in May 2024 as `(iso, display)`, e.g. `("2024-05-12T09:15", "May 12, 09:15")`.
pub fn date(i: usize) -> (String, String) {
    let day = 1 + i * 7 % 28;
    let hour = i * 5 % 24;
    let minute = i * 13 % 60;
    (
        format!("2024-05-{day:02}T{hour:02}:{minute:02}"),
        format!("May {day}, {hour:02}:{minute:02}"),
    )
}
