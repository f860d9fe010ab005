//! Renders a small page from two templates (a layout and a list) and prints
//! it: `cargo run -p haml-runtime --example page`.
//!
//! The templates are in `haml-runtime/templates/example/`. They are compiled
//! into this program: edit one and run again, cargo rebuilds.

use haml_runtime::Template;

struct Task {
    id: u32,
    title: &'static str,
    done: bool,
    due: Option<&'static str>,
}

/// The list of tasks; a component of the page.
#[derive(Template)]
#[template(path = "example/tasks.haml")]
struct TaskList<'a> {
    tasks: &'a [Task],
}

/// The page around any content.
#[derive(Template)]
#[template(path = "example/layout.haml")]
struct Layout<'a, C: Template> {
    title: &'a str,
    tasks: &'a [Task],
    open_count: usize,
    content: C,
}

fn main() {
    let tasks = [
        Task {
            id: 1,
            title: "Write the parser",
            done: true,
            due: None,
        },
        Task {
            id: 2,
            title: "Escape <script> & friends",
            done: false,
            due: Some("Friday"),
        },
        Task {
            id: 3,
            title: "Beat \"the copy limit\"",
            done: false,
            due: None,
        },
    ];
    let page = Layout {
        title: "Tasks",
        tasks: &tasks,
        open_count: tasks.iter().filter(|t| !t.done).count(),
        content: TaskList { tasks: &tasks },
    };
    println!("{}", page.render());
}
