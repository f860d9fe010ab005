//! `email`: an order confirmation e-mail: nested layout tables, inline
//! styles, `bgcolor`/`width`/`cellpadding` attributes, 20 order lines.

use super::text;

/// A line of the order.
pub struct Line {
    /// What was bought.
    pub name: String,
    /// Its stock-keeping unit.
    pub sku: String,
    /// How many.
    pub qty: u32,
    /// Price of one.
    pub price: f64,
}

/// The `email` page's data.
pub struct EmailPage {
    /// The customer's name.
    pub customer: String,
    /// The order number.
    pub order_no: String,
    /// When it was ordered.
    pub date: String,
    /// The brand's colour (`#rrggbb`).
    pub brand_color: String,
    /// 20 lines.
    pub lines: Vec<Line>,
    /// Sum of the lines.
    pub subtotal: f64,
    /// Shipping.
    pub shipping: f64,
    /// Tax.
    pub tax: f64,
    /// What was charged.
    pub total: f64,
    /// The delivery address, one line each.
    pub address: Vec<String>,
}

const ITEMS: &[&str] = &[
    "Linen shirt, sky blue",
    "Wool socks (3 pairs)",
    "Canvas tote",
    "Leather belt, 90 cm",
    "Rain jacket \"Storm\"",
    "Cotton T-shirt",
    "Knit beanie",
    "Chinos, slim fit",
    "Scarf & gloves set",
    "Sneakers, size 42",
];

/// The page's data.
pub fn data() -> EmailPage {
    let lines: Vec<Line> = (0..20)
        .map(|i| Line {
            name: ITEMS[i % ITEMS.len()].to_string(),
            sku: format!("SKU-{:06}", 104_729 * (i + 1) % 1_000_000),
            qty: 1 + (i % 3) as u32,
            price: 9.95 + (i * 617 % 9000) as f64 / 100.0,
        })
        .collect();
    let subtotal: f64 = lines.iter().map(|l| l.qty as f64 * l.price).sum();
    let shipping = 4.95;
    let tax = subtotal * 0.21;
    EmailPage {
        customer: text::person(9),
        order_no: "A-2024-0519-7731".into(),
        date: "May 19, 2024".into(),
        brand_color: "#1a5fb4".into(),
        lines,
        subtotal,
        shipping,
        tax,
        total: subtotal + shipping + tax,
        address: vec![
            text::person(9),
            "Flat 3, 14 O'Connell Street".into(),
            "Limerick V94 X2Y7".into(),
            "Ireland".into(),
        ],
    }
}

mod engines {
    use super::EmailPage;

    #[derive(haml_runtime::Template)]
    #[template(path = "suite/email.haml")]
    pub struct Haml<'a> {
        pub email: &'a EmailPage,
    }

    #[derive(sailfish::TemplateSimple)]
    #[template(path = "suite/email.stpl")]
    pub struct Sailfish<'a> {
        pub email: &'a EmailPage,
    }
}

/// Renders the page with this project.
pub fn haml(page: &EmailPage) -> String {
    use haml_runtime::Template;
    engines::Haml { email: page }.render()
}

/// Renders the page with Sailfish.
pub fn sailfish(page: &EmailPage) -> String {
    use sailfish::TemplateSimple;
    engines::Sailfish { email: page }
        .render_once()
        .unwrap_or_default()
}

super::suite_page!(EmailPage, "email");
