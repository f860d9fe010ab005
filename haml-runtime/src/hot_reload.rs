//! Hot reload, the runtime's half (the `hot-reload` feature): in debug
//! builds, a derived template whose file changed renders the edited static
//! text with its compiled code, without a rebuild.
//!
//! The derive writes, for debug builds only, a `static` [`Reloadable`] per
//! template that holds what the compiler knew (`haml_compiler::reload`).
//! Each render asks it for the static text ([`Reloadable::statics`]): at
//! most every [`INTERVAL`] that looks at the modification times of the
//! template and its partials, and only when one changed reads and compiles
//! them again. Release builds never name any of this: nothing of it is in
//! their code.
//!
//! `HAML_HOT_RELOAD=off` (or `0`, `false`) in the environment turns it off.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant};

use haml_compiler::reload::{modified, recompile, Recompiled};
pub use haml_compiler::reload::{Step, Template};

/// How long a render trusts the last look at the files.
pub const INTERVAL: Duration = Duration::from_millis(200);

/// A template's compiled slots, and what the files hold since they changed.
#[derive(Debug)]
pub struct Reloadable {
    template: Template,
    state: Mutex<Option<State>>,
}

#[derive(Debug)]
struct State {
    /// When the files were last looked at.
    checked: Instant,
    /// The files watched, with their modification times when last read
    /// (`(0, 0)` when unknown).
    files: Vec<(PathBuf, (u64, u32))>,
    /// The slots' text of the files as they are, if their steps are the
    /// compiled ones and that text differs from the compiled text.
    statics: Option<Arc<[String]>>,
}

/// The static text a render writes: the compiled text, or the text the
/// files hold now.
#[derive(Debug)]
pub struct Statics {
    compiled: &'static [&'static str],
    reloaded: Option<Arc<[String]>>,
}

impl Statics {
    /// The text of slot `n` (empty past the end, which never happens: the
    /// slots of a reload are counted like the compiled ones).
    #[inline]
    pub fn get(&self, n: usize) -> &str {
        match &self.reloaded {
            Some(reloaded) => reloaded.get(n).map_or("", String::as_str),
            None => self.compiled.get(n).copied().unwrap_or(""),
        }
    }
}

/// Whether `HAML_HOT_RELOAD` leaves hot reload on.
fn enabled() -> bool {
    static ENABLED: OnceLock<bool> = OnceLock::new();
    *ENABLED.get_or_init(|| {
        !std::env::var("HAML_HOT_RELOAD").is_ok_and(|v| {
            matches!(
                v.trim().to_ascii_lowercase().as_str(),
                "off" | "0" | "false" | "no"
            )
        })
    })
}

impl Reloadable {
    /// The slots of `template`, as compiled.
    pub const fn new(template: Template) -> Self {
        Reloadable {
            template,
            state: Mutex::new(None),
        }
    }

    /// The static text to render now.
    pub fn statics(&self) -> Statics {
        let compiled = self.template.statics;
        if !enabled() {
            return Statics {
                compiled,
                reloaded: None,
            };
        }
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let state = state.get_or_insert_with(|| State {
            // The first render looks at the files.
            checked: Instant::now() - INTERVAL,
            files: self
                .template
                .files
                .iter()
                .map(|&(path, seconds, nanos)| (PathBuf::from(path), (seconds, nanos)))
                .collect(),
            statics: None,
        });
        if state.checked.elapsed() >= INTERVAL {
            state.checked = Instant::now();
            if state
                .files
                .iter()
                .any(|(path, then)| modified(path) != *then)
            {
                self.reload(state);
            }
        }
        Statics {
            compiled,
            reloaded: state.statics.clone(),
        }
    }

    /// Compiles the files again and says what came of it on stderr.
    fn reload(&self, state: &mut State) {
        // The times before reading: an edit while compiling is seen next time.
        let times: Vec<_> = state.files.iter().map(|(p, _)| modified(p)).collect();
        let (outcome, read) = recompile(&self.template);
        let name = format!("{}/{}", self.template.shown, self.template.path);
        match outcome {
            Recompiled::Same(statics) => {
                let same = statics.iter().eq(self.template.statics.iter());
                state.statics = (!same).then(|| statics.into());
                eprintln!("haml: reloaded {name}");
            }
            Recompiled::Changed(changes) => {
                state.statics = None;
                for change in changes {
                    eprintln!("haml: {change}");
                }
            }
            Recompiled::Failed(message) => {
                state.statics = None;
                eprintln!(
                    "haml: {name} does not compile; the compiled template renders:\n{message}"
                );
            }
        }
        let mut files: Vec<_> = state
            .files
            .iter()
            .map(|(p, _)| p.clone())
            .zip(times)
            .collect();
        for path in read {
            if !files.iter().any(|(p, _)| *p == path) {
                let time = modified(&path);
                files.push((path, time));
            }
        }
        state.files = files;
    }
}
