//! A small task list served with axum: `cargo run --example site --features
//! axum,hot-reload`, then open <http://127.0.0.1:3000> (set `PORT` for another
//! port). With `hot-reload`, an edit of a template's markup shows on the
//! next page load, without a rebuild (docs/hot-reload.md).
//!
//! Every page is a `Layout` around a page template; the layout includes
//! partials for the navigation and the footer, and the list includes one
//! for each task. The templates are in `haml-runtime/templates/site/` and
//! are compiled into this program. Titles and notes are user input: they
//! are escaped wherever they appear. Toggling a task asks for one fragment
//! of the home page (`TaskList`) and swaps it in, without a page load.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard};

use axum::extract::{Form, Path, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use haml_runtime::Template;
use serde::Deserialize;

/// One task.
#[derive(Clone)]
struct Task {
    id: u32,
    title: String,
    note: String,
    done: bool,
}

/// The page around every page: the navigation marks `current`.
#[derive(Template)]
#[template(path = "site/layout.haml")]
struct Layout<'a, C: Template> {
    title: &'a str,
    current: &'a str,
    content: C,
}

/// The list and the form to add a task.
#[derive(Template)]
#[template(path = "site/home.haml")]
struct Home {
    tasks: Vec<Task>,
    open: usize,
    /// Why the last form was refused.
    error: Option<&'static str>,
    /// What was typed in the refused form.
    draft_title: String,
    draft_note: String,
}

/// Only the element `#task-list` of the home page: the answer to a toggle
/// sent by the page's `fetch`, which swaps it in.
#[derive(Template)]
#[template(path = "site/home.haml", fragment = "task-list")]
struct TaskList {
    tasks: Vec<Task>,
    open: usize,
}

impl TaskList {
    fn of(app: &App) -> Self {
        let tasks = app.tasks().clone();
        TaskList {
            open: tasks.iter().filter(|t| !t.done).count(),
            tasks,
        }
    }
}

/// One task's page.
#[derive(Template)]
#[template(path = "site/task.haml")]
struct TaskPage {
    task: Task,
}

#[derive(Template)]
#[template(path = "site/about.haml")]
struct About;

#[derive(Template)]
#[template(path = "site/not_found.haml")]
struct NotFound {
    path: String,
}

/// The tasks, shared by the handlers.
#[derive(Clone, Default)]
struct App {
    tasks: Arc<Mutex<Vec<Task>>>,
}

impl App {
    fn tasks(&self) -> MutexGuard<'_, Vec<Task>> {
        // A handler that panicked mid-update leaves whole tasks behind.
        self.tasks.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn add(&self, title: &str, note: &str) -> u32 {
        let mut tasks = self.tasks();
        let id = tasks.iter().map(|t| t.id).max().unwrap_or(0) + 1;
        tasks.push(Task {
            id,
            title: title.to_string(),
            note: note.to_string(),
            done: false,
        });
        id
    }
}

fn home_page(app: &App, error: Option<&'static str>, draft: NewTask) -> Layout<'static, Home> {
    let tasks = app.tasks().clone();
    Layout {
        title: "Tasks",
        current: "/",
        content: Home {
            open: tasks.iter().filter(|t| !t.done).count(),
            tasks,
            error,
            draft_title: draft.title,
            draft_note: draft.note,
        },
    }
}

async fn home(State(app): State<App>) -> Layout<'static, Home> {
    home_page(&app, None, NewTask::default())
}

/// The fields of the form on the home page.
#[derive(Deserialize, Default)]
struct NewTask {
    title: String,
    #[serde(default)]
    note: String,
}

async fn add(State(app): State<App>, Form(form): Form<NewTask>) -> Response {
    let title = form.title.trim();
    if title.is_empty() {
        let page = home_page(&app, Some("A task needs a title."), form);
        return (StatusCode::UNPROCESSABLE_ENTITY, page).into_response();
    }
    if title.chars().count() > 200 {
        let page = home_page(&app, Some("Titles are at most 200 characters."), form);
        return (StatusCode::UNPROCESSABLE_ENTITY, page).into_response();
    }
    let id = app.add(title, form.note.trim());
    Redirect::to(&format!("/tasks/{id}")).into_response()
}

async fn show(State(app): State<App>, Path(id): Path<u32>, uri: Uri) -> Response {
    let task = app.tasks().iter().find(|t| t.id == id).cloned();
    match task {
        Some(task) => Layout {
            title: "Task",
            current: "",
            content: TaskPage { task },
        }
        .into_response(),
        None => not_found(uri).await.into_response(),
    }
}

/// Marks a task done or open again; a request from the page's `fetch`
/// (header `X-Fragment: task-list`) gets the new list, a plain form post
/// goes back to the home page.
async fn toggle(State(app): State<App>, Path(id): Path<u32>, headers: HeaderMap) -> Response {
    if let Some(task) = app.tasks().iter_mut().find(|t| t.id == id) {
        task.done = !task.done;
    }
    if headers.get("x-fragment").is_some_and(|v| v == "task-list") {
        return TaskList::of(&app).into_response();
    }
    Redirect::to("/").into_response()
}

async fn about() -> Layout<'static, About> {
    Layout {
        title: "About",
        current: "/about",
        content: About,
    }
}

async fn not_found(uri: Uri) -> (StatusCode, Layout<'static, NotFound>) {
    let page = Layout {
        title: "Not found",
        current: "",
        content: NotFound {
            path: uri.path().to_string(),
        },
    };
    (StatusCode::NOT_FOUND, page)
}

fn router(app: App) -> Router {
    Router::new()
        .route("/", get(home))
        .route("/tasks", post(add))
        .route("/tasks/{id}", get(show))
        .route("/tasks/{id}/toggle", post(toggle))
        .route("/about", get(about))
        .fallback(not_found)
        .with_state(app)
}

#[tokio::main]
async fn main() {
    let port = match std::env::var("PORT") {
        Ok(p) => match p.parse::<u16>() {
            Ok(p) => p,
            Err(_) => {
                eprintln!("PORT must be a port number, not {p:?}");
                std::process::exit(2);
            }
        },
        Err(_) => 3000,
    };
    let app = App::default();
    app.add("Read the templates in haml-runtime/templates/site", "");
    app.add(
        "Add a task called <script>alert(1)</script>",
        "It shows up as text: titles & notes are escaped.",
    );
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let listener = match tokio::net::TcpListener::bind(address).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("cannot listen on {address}: {e} (set PORT to use another port)");
            std::process::exit(1);
        }
    };
    let address = listener.local_addr().unwrap_or(address);
    println!("Listening on http://{address}");
    let server = axum::serve(listener, router(app)).with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    });
    if let Err(e) = server.await {
        eprintln!("server error: {e}");
        std::process::exit(1);
    }
}
