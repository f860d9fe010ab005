//! Peak heap memory of writing a 10 MB page to a file: rendered whole into
//! a `String` and then written (what `write_to` did before it streamed),
//! and with `write_to`, which hands the buffer to the file in chunks as it
//! renders.
//!
//! `cargo run --release -p benches --example stream_memory`

use std::alloc::{GlobalAlloc, Layout, System};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::sync::atomic::{AtomicUsize, Ordering};

use haml_runtime::Template;

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed to the system allocator unchanged; only
// the counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            let now = IN_USE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                - layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        } else {
            IN_USE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

struct Row {
    id: usize,
    name: String,
    email: String,
}

#[derive(Template)]
#[template(source = "!!! 5
%html
  %head
    %title Users
  %body
    %table
      - for row in rows
        %tr
          %td= row.id
          %td
            %a{href: \"/users/#{row.id}\"}= row.name
          %td= row.email")]
struct Users<'a> {
    rows: &'a [Row],
}

/// The peak heap bytes above what was in use before `f`.
fn peak_of(f: impl FnOnce()) -> usize {
    let before = IN_USE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    f();
    PEAK.load(Ordering::Relaxed) - before
}

fn main() -> std::io::Result<()> {
    let rows: Vec<Row> = (0..130_000)
        .map(|id| Row {
            id,
            name: format!("User <{id}>"),
            email: format!("user{id}@example.com"),
        })
        .collect();
    let page = Users { rows: &rows };
    let path = std::env::temp_dir().join("haml-stream-memory.html");
    let size = page.render().len();

    let whole = peak_of(|| {
        let mut file = File::create(&path).unwrap();
        file.write_all(page.render().as_bytes()).unwrap();
    });
    let streamed = peak_of(|| {
        let mut file = File::create(&path).unwrap();
        page.write_to(&mut file).unwrap();
    });
    let buffered = peak_of(|| {
        let mut file = BufWriter::new(File::create(&path).unwrap());
        page.write_to(&mut file).unwrap();
        file.flush().unwrap();
    });
    assert_eq!(std::fs::read(&path)?, page.render().as_bytes());
    std::fs::remove_file(&path)?;
    println!("page: {:.1} MB", size as f64 / 1e6);
    println!("peak heap, render() then write_all: {:>10} bytes", whole);
    println!("peak heap, write_to(File):          {:>10} bytes", streamed);
    println!("peak heap, write_to(BufWriter):     {:>10} bytes", buffered);
    Ok(())
}
