//! The framework features: templates returned from handlers of real
//! servers on 127.0.0.1 (a free port), fetched with a real HTTP client.

use std::fmt;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};

use haml_runtime::{haml, Template};

#[derive(Template)]
#[template(source = "!!! 5\n%title= title\n%p.greeting Hello, #{name}!")]
struct Greeting {
    title: &'static str,
    name: String,
}

/// A value whose `Display` fails: the page must become a 500.
struct Broken;

impl fmt::Display for Broken {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        Err(fmt::Error)
    }
}

#[derive(Template)]
#[template(source = "%p= broken")]
struct BrokenPage {
    broken: Broken,
}

/// A page that asks for a Content-Security-Policy header.
#[derive(Template)]
#[template(
    source = "%script go();\n%p= text",
    csp_nonce = "nonce",
    csp_header = true
)]
struct CspPage {
    nonce: &'static str,
    text: &'static str,
}

fn csp_page() -> CspPage {
    CspPage {
        nonce: "bm9uY2U",
        text: "hi",
    }
}

const GREETING: &str = "<!doctype html><title>Hi</title><p class=greeting>Hello, &lt;Ada> &amp;co!";

struct Reply {
    status: u16,
    content_type: String,
    /// The `Content-Security-Policy` header, if any.
    policy: Option<String>,
    body: String,
}

/// GET `path` with ureq; error statuses are replies, not errors.
fn get(address: SocketAddr, path: &str) -> Reply {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let mut response = agent
        .get(format!("http://{address}{path}"))
        .call()
        .expect("the server answers");
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let policy = response
        .headers()
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    Reply {
        status: response.status().as_u16(),
        content_type,
        policy,
        body: response.body_mut().read_to_string().expect("a text body"),
    }
}

/// What a framework answers when a value fails to render.
#[derive(Clone, Copy, PartialEq)]
enum Failure {
    /// Our plain-text 500.
    PlainText,
    /// The framework's own 500 page (rocket's catcher).
    Catcher,
}

fn check_pages(address: SocketAddr) {
    check_pages_with(address, Failure::PlainText);
}

fn check_pages_with(address: SocketAddr, failure: Failure) {
    let ok = get(address, "/");
    assert_eq!(ok.status, 200);
    assert_eq!(ok.content_type, "text/html; charset=utf-8");
    assert_eq!(ok.body, GREETING);
    assert_eq!(ok.policy, None);

    // The policy the template computed, as a header: the nonce and the
    // hash of its static script.
    let csp = get(address, "/csp");
    assert_eq!(csp.status, 200);
    assert_eq!(csp.body, "<script nonce=\"bm9uY2U\">go();</script><p>hi");
    assert_eq!(csp.policy, csp_page().content_security_policy());
    let policy = csp.policy.expect("a Content-Security-Policy header");
    assert!(
        policy.starts_with("script-src 'self' 'nonce-bm9uY2U' 'sha256-"),
        "{policy}"
    );

    let inline = get(address, "/inline");
    assert_eq!(inline.status, 200);
    assert_eq!(inline.content_type, "text/html; charset=utf-8");
    assert_eq!(inline.body, "<p>inline 42");

    let broken = get(address, "/broken");
    assert_eq!(broken.status, 500);
    if failure == Failure::PlainText {
        assert_eq!(broken.content_type, "text/plain; charset=utf-8");
        assert_eq!(broken.body, "500 Internal Server Error");
    }
    assert!(!broken.body.contains("Hello"), "{}", broken.body);
}

/// A tokio runtime and a listener on a free port of 127.0.0.1.
fn tokio_listener() -> (tokio::runtime::Runtime, tokio::net::TcpListener, SocketAddr) {
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)))
        .expect("a free port");
    let address = listener.local_addr().expect("the bound address");
    (runtime, listener, address)
}

fn greeting() -> Greeting {
    Greeting {
        title: "Hi",
        name: "<Ada> &co".to_string(),
    }
}

#[test]
fn axum_serves_templates() {
    use axum::routing::get as route;

    let (runtime, listener, address) = tokio_listener();
    let app = axum::Router::new()
        .route("/", route(|| async { greeting() }))
        .route("/csp", route(|| async { csp_page() }))
        .route(
            "/inline",
            route(|| async {
                let n = 42;
                axum::response::IntoResponse::into_response(haml!("%p inline #{n}"))
            }),
        )
        .route("/broken", route(|| async { BrokenPage { broken: Broken } }));
    runtime.spawn(async move { axum::serve(listener, app).await });
    check_pages(address);
}

#[test]
fn actix_web_serves_templates() {
    use actix_web::{web, App, HttpServer, Responder};

    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("a free port");
    let address = listener.local_addr().expect("the bound address");
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(|| {
                App::new()
                    .route("/", web::get().to(|| async { greeting() }))
                    .route("/csp", web::get().to(|| async { csp_page() }))
                    .route(
                        "/inline",
                        web::get().to(|| async {
                            let n = 42;
                            let page = haml!("%p inline #{n}");
                            // Rendered here: the page borrows `n`.
                            page.try_render().map(|html| {
                                actix_web::HttpResponse::Ok()
                                    .content_type("text/html; charset=utf-8")
                                    .body(html)
                            })
                        }),
                    )
                    .route(
                        "/broken",
                        web::get().to(|| async { BrokenPage { broken: Broken } }),
                    )
            })
            .workers(1)
            .listen(listener)
            .expect("actix listens")
            .run();
            let _ = sender.send(server.handle());
            let _ = server.await;
        })
    });
    let handle = receiver.recv().expect("the server started");
    check_pages(address);
    actix_web::rt::System::new().block_on(handle.stop(true));
    // `Responder` is implemented for `haml!` values too.
    fn responder<T: Responder>(_: &T) {}
    let n = 1;
    responder(&haml!("= n"));
}

#[test]
fn rocket_serves_templates() {
    use rocket::fairing::AdHoc;
    use rocket::{get as route, routes};

    #[route("/")]
    fn home() -> Greeting {
        greeting()
    }
    #[route("/csp")]
    fn csp() -> CspPage {
        csp_page()
    }
    #[route("/inline")]
    fn inline() -> haml_runtime::Inline<impl Fn(&mut haml_runtime::Buffer)> {
        inline_page_reply()
    }
    #[route("/broken")]
    fn broken() -> BrokenPage {
        BrokenPage { broken: Broken }
    }

    let (sender, receiver) = std::sync::mpsc::channel();
    let config = rocket::Config {
        port: 0,
        address: Ipv4Addr::LOCALHOST.into(),
        log_level: rocket::config::LogLevel::Off,
        ..rocket::Config::debug_default()
    };
    let server = rocket::custom(config)
        .mount("/", routes![home, csp, inline, broken])
        .attach(AdHoc::on_liftoff("port", move |rocket| {
            Box::pin(async move {
                let _ = sender.send(rocket.config().port);
            })
        }));
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    runtime.spawn(server.launch());
    let port = receiver.recv().expect("rocket started");
    // rocket's own catcher answers the failed render.
    check_pages_with((Ipv4Addr::LOCALHOST, port).into(), Failure::Catcher);
}

#[test]
fn warp_serves_templates() {
    use warp::Filter;

    let routes = warp::path::end()
        .map(greeting)
        .or(warp::path("csp").map(csp_page))
        .or(warp::path("inline").map(inline_page_reply))
        .or(warp::path("broken").map(|| BrokenPage { broken: Broken }));
    let (runtime, listener, address) = tokio_listener();
    runtime.spawn(warp::serve(routes).incoming(listener).run());
    check_pages(address);
}

/// The `/inline` page as a `haml!(move ...)` value: it owns `n`, so a
/// handler returns it.
fn inline_page_reply() -> haml_runtime::Inline<impl Fn(&mut haml_runtime::Buffer) + Send> {
    let n = 42;
    haml!(move "%p inline #{n}")
}

#[test]
fn poem_serves_templates() {
    use poem::listener::TcpAcceptor;
    use poem::{get as route, handler, Route, Server};

    #[handler]
    fn home() -> Greeting {
        greeting()
    }
    #[handler]
    fn csp() -> CspPage {
        csp_page()
    }
    #[handler]
    fn inline() -> haml_runtime::Inline<impl Fn(&mut haml_runtime::Buffer) + Send> {
        inline_page_reply()
    }
    #[handler]
    fn broken() -> BrokenPage {
        BrokenPage { broken: Broken }
    }

    let app = Route::new()
        .at("/", route(home))
        .at("/csp", route(csp))
        .at("/inline", route(inline))
        .at("/broken", route(broken));
    let (runtime, listener, address) = tokio_listener();
    let acceptor = TcpAcceptor::from_tokio(listener).expect("an acceptor");
    runtime.spawn(Server::new_with_acceptor(acceptor).run(app));
    check_pages(address);
}

#[test]
fn salvo_serves_templates() {
    use salvo_core::conn::tcp::TcpAcceptor;
    use salvo_core::{handler, Response, Router, Server};

    #[handler]
    async fn home() -> Greeting {
        greeting()
    }
    #[handler]
    async fn csp(response: &mut Response) {
        response.render(csp_page());
    }
    #[handler]
    async fn inline() -> haml_runtime::Inline<impl Fn(&mut haml_runtime::Buffer) + Send> {
        inline_page_reply()
    }
    #[handler]
    async fn broken() -> BrokenPage {
        BrokenPage { broken: Broken }
    }

    let router = Router::new()
        .get(home)
        .push(Router::with_path("csp").get(csp))
        .push(Router::with_path("inline").get(inline))
        .push(Router::with_path("broken").get(broken));
    let (runtime, listener, address) = tokio_listener();
    let acceptor = TcpAcceptor::try_from(listener).expect("an acceptor");
    runtime.spawn(Server::new(acceptor).serve(router));
    check_pages(address);
}

/// The `http` feature: a template converts into `http::Response<String>`,
/// served here by axum's hyper.
#[test]
fn http_responses_serve_templates() {
    use axum::http::Response;
    use axum::routing::get as route;

    let (runtime, listener, address) = tokio_listener();
    let app = axum::Router::new()
        .route(
            "/",
            route(|| async { Response::<String>::from(greeting()) }),
        )
        .route(
            "/csp",
            route(|| async { Response::<String>::from(csp_page()) }),
        )
        .route(
            "/inline",
            route(|| async { haml_runtime::http::response(&inline_page_reply()) }),
        )
        .route(
            "/broken",
            route(|| async { Response::<String>::from(BrokenPage { broken: Broken }) }),
        );
    runtime.spawn(async move { axum::serve(listener, app).await });
    check_pages(address);
    // The error is in the failed response's extensions.
    let failed = Response::<String>::from(BrokenPage { broken: Broken });
    assert!(failed
        .extensions()
        .get::<haml_runtime::RenderError>()
        .is_some());
}

/// A template that is not `Send` still compiles with the warp and poem
/// features on (it is simply no reply there).
#[derive(Template)]
#[template(source = "%p= n")]
struct NotSend {
    n: std::rc::Rc<u8>,
}

#[test]
fn templates_that_are_not_send_still_compile() {
    assert_eq!(
        NotSend {
            n: std::rc::Rc::new(1)
        }
        .render(),
        "<p>1"
    );
}
