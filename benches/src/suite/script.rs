//! `script`: a catalog page whose inline scripts hold values from data.
//!
//! This project writes a value in a script as a JavaScript literal escaped
//! for its place (`"O\u0027Neil"`); Sailfish's users write it with the
//! `json` filter (`<%- value | json %>`, serde_json: `"O'Neil"`). Both are
//! the same JavaScript value, and the equivalence test compares script
//! text after decoding JavaScript string escapes. The values hold no
//! `</`, which serde_json would write as it is and end the script.

/// A product.
pub struct Product {
    /// Its number.
    pub id: u32,
    /// Its stock-keeping unit.
    pub sku: String,
    /// Its name.
    pub name: String,
    /// Its price.
    pub price: f64,
    /// Whether it can be bought now.
    pub in_stock: bool,
}

/// The `script` page's data.
pub struct ScriptPage {
    /// The shop's name.
    pub store_name: String,
    /// The signed-in user's number.
    pub user_id: u64,
    /// The signed-in user's name.
    pub user_name: String,
    /// The user's locale.
    pub locale: String,
    /// Whether the user chose the dark theme.
    pub dark_mode: bool,
    /// The currency code.
    pub currency: String,
    /// The API's base URL.
    pub api_base: String,
    /// Items in the cart.
    pub cart_count: u32,
    /// A coupon code, when the user has one.
    pub coupon: Option<String>,
    /// 40 products.
    pub products: Vec<Product>,
}

const NAMES: &[&str] = &[
    "Darjeeling first flush",
    "Grandma's \"Best\" Jam",
    "Oolong & honey",
    "Matcha whisk",
    "Rooibos vanilla",
    "Cast iron teapot",
    "Earl Grey (decaf)",
    "Chai spice mix",
];

/// The page's data.
pub fn data() -> ScriptPage {
    ScriptPage {
        store_name: "Leaf & Kettle".into(),
        user_id: 4_210_337,
        user_name: "Róisín O'Shea".into(),
        locale: "en-IE".into(),
        dark_mode: true,
        currency: "EUR".into(),
        api_base: "https://api.example.com/v2".into(),
        cart_count: 3,
        coupon: None,
        products: (0..40)
            .map(|i| Product {
                id: 300 + i as u32,
                sku: format!("LK-{:05}", 300 + i * 7),
                name: format!("{} #{}", NAMES[i % NAMES.len()], 1 + i / NAMES.len()),
                price: (350 + i * 173 % 4000) as f64 / 100.0,
                in_stock: i % 6 != 5,
            })
            .collect(),
    }
}

mod engines {
    use super::Product;

    #[derive(haml_runtime::Template)]
    #[template(path = "suite/script.haml")]
    pub struct Haml<'a> {
        pub store_name: &'a str,
        pub user_id: u64,
        pub user_name: &'a str,
        pub locale: &'a str,
        pub dark_mode: bool,
        pub currency: &'a str,
        pub api_base: &'a str,
        pub cart_count: u32,
        pub coupon: Option<&'a str>,
        pub products: &'a [Product],
    }

    #[derive(sailfish::TemplateSimple)]
    #[template(path = "suite/script.stpl")]
    pub struct Sailfish<'a> {
        pub store_name: &'a str,
        pub user_id: u64,
        pub user_name: &'a str,
        pub locale: &'a str,
        pub dark_mode: bool,
        pub currency: &'a str,
        pub api_base: &'a str,
        pub cart_count: u32,
        pub coupon: Option<&'a str>,
        pub products: &'a [Product],
    }
}

/// Renders the page with this project.
pub fn haml(page: &ScriptPage) -> String {
    use haml_runtime::Template;
    engines::Haml {
        store_name: &page.store_name,
        user_id: page.user_id,
        user_name: &page.user_name,
        locale: &page.locale,
        dark_mode: page.dark_mode,
        currency: &page.currency,
        api_base: &page.api_base,
        cart_count: page.cart_count,
        coupon: page.coupon.as_deref(),
        products: &page.products,
    }
    .render()
}

/// Renders the page with Sailfish.
pub fn sailfish(page: &ScriptPage) -> String {
    use sailfish::TemplateSimple;
    engines::Sailfish {
        store_name: &page.store_name,
        user_id: page.user_id,
        user_name: &page.user_name,
        locale: &page.locale,
        dark_mode: page.dark_mode,
        currency: &page.currency,
        api_base: &page.api_base,
        cart_count: page.cart_count,
        coupon: page.coupon.as_deref(),
        products: &page.products,
    }
    .render_once()
    .unwrap_or_default()
}

super::suite_page!(ScriptPage, "script");
