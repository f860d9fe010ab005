//! `table`: a wide data table of 200 orders x 10 columns.

use super::text;

/// An order's state, shown as a badge.
#[derive(Clone, Copy)]
pub enum Status {
    /// Paid.
    Paid,
    /// Waiting for payment.
    Pending,
    /// On its way.
    Shipped,
    /// Money returned.
    Refunded,
    /// Payment failed.
    Failed,
}

impl Status {
    /// What the badge says.
    pub fn label(self) -> &'static str {
        match self {
            Status::Paid => "Paid",
            Status::Pending => "Pending",
            Status::Shipped => "Shipped",
            Status::Refunded => "Refunded",
            Status::Failed => "Failed",
        }
    }

    /// The badge's class.
    pub fn badge(self) -> &'static str {
        match self {
            Status::Paid => "badge-success",
            Status::Pending => "badge-warning",
            Status::Shipped => "badge-info",
            Status::Refunded => "badge-secondary",
            Status::Failed => "badge-danger",
        }
    }
}

/// A row of the table.
pub struct Order {
    /// Its number.
    pub id: u32,
    /// Who ordered.
    pub customer: String,
    /// What.
    pub product: String,
    /// How many.
    pub qty: u32,
    /// Price of one.
    pub unit_price: f64,
    /// Discount in percent.
    pub discount: f64,
    /// Tax.
    pub tax: f64,
    /// What the customer pays.
    pub total: f64,
    /// Its state.
    pub status: Status,
    /// When.
    pub date: String,
}

/// The `table` page's data.
pub struct TablePage {
    /// The shop's name.
    pub shop: String,
    /// 200 orders.
    pub orders: Vec<Order>,
    /// The sum of the totals.
    pub grand_total: f64,
}

const PRODUCTS: &[&str] = &[
    "Espresso beans, 1 kg",
    "Pour-over kettle",
    "Ceramic mug (set of 4)",
    "Burr grinder",
    "Paper filters x100",
    "Milk frother",
    "Cold brew jar",
    "Barista apron",
    "Tea & coffee sampler",
    "Travel tumbler",
    "Digital scale",
    "Descaler <eco>",
];

/// The page's data.
pub fn data() -> TablePage {
    let orders: Vec<Order> = (0..200)
        .map(|i| {
            let qty = 1 + (i * 7 % 12) as u32;
            let unit_price = 4.5 + (i * 37 % 2000) as f64 / 10.0 + 0.99;
            let discount = (i % 5) as f64 * 2.5;
            let net = qty as f64 * unit_price * (1.0 - discount / 100.0);
            let tax = net * 0.2;
            let status = [
                Status::Paid,
                Status::Shipped,
                Status::Pending,
                Status::Paid,
                Status::Refunded,
                Status::Paid,
                Status::Failed,
            ][i % 7];
            Order {
                id: 70_000 + i as u32,
                customer: text::person(i * 3),
                product: PRODUCTS[i % PRODUCTS.len()].to_string(),
                qty,
                unit_price,
                discount,
                tax,
                total: net + tax,
                status,
                date: text::date(i).0[..10].to_string(),
            }
        })
        .collect();
    TablePage {
        shop: "Bean & Leaf".into(),
        grand_total: orders.iter().map(|o| o.total).sum(),
        orders,
    }
}

mod engines {
    use super::Order;

    #[derive(haml_runtime::Template)]
    #[template(path = "suite/table.haml")]
    pub struct Haml<'a> {
        pub shop: &'a str,
        pub orders: &'a [Order],
        pub grand_total: f64,
    }

    #[derive(sailfish::TemplateSimple)]
    #[template(path = "suite/table.stpl")]
    pub struct Sailfish<'a> {
        pub shop: &'a str,
        pub orders: &'a [Order],
        pub grand_total: f64,
    }
}

/// Renders the page with this project.
pub fn haml(page: &TablePage) -> String {
    use haml_runtime::Template;
    engines::Haml {
        shop: &page.shop,
        orders: &page.orders,
        grand_total: page.grand_total,
    }
    .render()
}

/// Renders the page with Sailfish.
pub fn sailfish(page: &TablePage) -> String {
    use sailfish::TemplateSimple;
    engines::Sailfish {
        shop: &page.shop,
        orders: &page.orders,
        grand_total: page.grand_total,
    }
    .render_once()
    .unwrap_or_default()
}

super::suite_page!(TablePage, "table");
