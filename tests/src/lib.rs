//! Integration tests live in `tests/`. This library holds the doc tests of
//! the README and the manual: every Rust example in `README.md` and in
//! `docs/` is compiled and run by `cargo test --workspace`.
#![forbid(unsafe_code)]

/// `README.md`.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadMe;

/// `docs/language.md`.
#[cfg(doctest)]
#[doc = include_str!("../../docs/language.md")]
pub struct Language;

/// `docs/output.md`.
#[cfg(doctest)]
#[doc = include_str!("../../docs/output.md")]
pub struct Output;

/// `docs/options.md`.
#[cfg(doctest)]
#[doc = include_str!("../../docs/options.md")]
pub struct Options;

/// `docs/rendering.md`.
#[cfg(doctest)]
#[doc = include_str!("../../docs/rendering.md")]
pub struct Rendering;

/// `docs/composition.md`.
#[cfg(doctest)]
#[doc = include_str!("../../docs/composition.md")]
pub struct Composition;

/// `docs/security.md`.
#[cfg(doctest)]
#[doc = include_str!("../../docs/security.md")]
pub struct Security;

/// `docs/errors.md`.
#[cfg(doctest)]
#[doc = include_str!("../../docs/errors.md")]
pub struct Errors;

/// `docs/frameworks.md`.
#[cfg(doctest)]
#[doc = include_str!("../../docs/frameworks.md")]
pub struct Frameworks;
