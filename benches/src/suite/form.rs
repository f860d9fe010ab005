//! `form`: an account settings form with about 40 fields.

use super::text;

/// An option of a select or a radio group.
pub struct Choice {
    /// The submitted value.
    pub value: String,
    /// What the user sees.
    pub label: String,
}

/// A notification checkbox.
pub struct Toggle {
    /// The field's key (safe in an id).
    pub key: &'static str,
    /// Its label.
    pub label: &'static str,
    /// A line of help under it.
    pub help: String,
    /// Whether it is on.
    pub on: bool,
    /// Whether the user may not change it.
    pub locked: bool,
}

/// The `form` page's data: the user's current settings.
pub struct FormPage {
    /// The anti-forgery token.
    pub csrf_token: String,
    /// Display name.
    pub display_name: String,
    /// User name (cannot be changed).
    pub username: String,
    /// E-mail.
    pub email: String,
    /// Website.
    pub website: String,
    /// Company.
    pub company: String,
    /// Location.
    pub location: String,
    /// Phone.
    pub phone: String,
    /// Birthday (`yyyy-mm-dd`).
    pub birthday: String,
    /// Bio (a textarea).
    pub bio: String,
    /// E-mail signature (a textarea).
    pub signature: String,
    /// The selected time zone.
    pub timezone: String,
    /// 30 time zones.
    pub timezones: Vec<Choice>,
    /// The selected language.
    pub language: String,
    /// 5 languages (radio buttons).
    pub languages: Vec<Choice>,
    /// `light`, `dark` or `system`.
    pub theme: String,
    /// `public`, `followers` or `private`.
    pub visibility: String,
    /// 12 notification settings.
    pub notifications: Vec<Toggle>,
    /// Whether two-factor authentication is on.
    pub two_factor: bool,
    /// The account number (read only).
    pub account_id: u64,
}

const ZONES: &[(&str, &str)] = &[
    ("Pacific/Honolulu", "(UTC-10:00) Hawaii"),
    ("America/Anchorage", "(UTC-09:00) Alaska"),
    (
        "America/Los_Angeles",
        "(UTC-08:00) Pacific Time (US & Canada)",
    ),
    ("America/Denver", "(UTC-07:00) Mountain Time (US & Canada)"),
    ("America/Chicago", "(UTC-06:00) Central Time (US & Canada)"),
    ("America/New_York", "(UTC-05:00) Eastern Time (US & Canada)"),
    ("America/Halifax", "(UTC-04:00) Atlantic Time (Canada)"),
    ("America/Sao_Paulo", "(UTC-03:00) Brasilia"),
    ("Atlantic/South_Georgia", "(UTC-02:00) Mid-Atlantic"),
    ("Atlantic/Azores", "(UTC-01:00) Azores"),
    (
        "Europe/London",
        "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    ),
    (
        "Europe/Berlin",
        "(UTC+01:00) Amsterdam, Berlin, Rome, Vienna",
    ),
    (
        "Europe/Paris",
        "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
    ),
    ("Europe/Athens", "(UTC+02:00) Athens, Bucharest"),
    ("Africa/Cairo", "(UTC+02:00) Cairo"),
    ("Europe/Helsinki", "(UTC+02:00) Helsinki, Kyiv, Riga, Sofia"),
    ("Europe/Istanbul", "(UTC+03:00) Istanbul"),
    ("Europe/Moscow", "(UTC+03:00) Moscow, St. Petersburg"),
    ("Asia/Dubai", "(UTC+04:00) Abu Dhabi, Muscat"),
    ("Asia/Karachi", "(UTC+05:00) Islamabad, Karachi"),
    (
        "Asia/Kolkata",
        "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi",
    ),
    ("Asia/Dhaka", "(UTC+06:00) Dhaka"),
    ("Asia/Bangkok", "(UTC+07:00) Bangkok, Hanoi, Jakarta"),
    ("Asia/Shanghai", "(UTC+08:00) Beijing, Chongqing, Hong Kong"),
    ("Asia/Singapore", "(UTC+08:00) Kuala Lumpur, Singapore"),
    ("Asia/Tokyo", "(UTC+09:00) Osaka, Sapporo, Tokyo"),
    ("Asia/Seoul", "(UTC+09:00) Seoul"),
    (
        "Australia/Sydney",
        "(UTC+10:00) Canberra, Melbourne, Sydney",
    ),
    ("Pacific/Noumea", "(UTC+11:00) Solomon Is., New Caledonia"),
    ("Pacific/Auckland", "(UTC+12:00) Auckland, Wellington"),
];

const TOGGLES: &[(&str, &str)] = &[
    ("mentions", "Someone mentions me"),
    ("replies", "Someone replies to my post"),
    ("follows", "Someone follows me"),
    ("likes", "Someone likes my post"),
    ("digest", "Weekly digest"),
    ("product", "Product news & announcements"),
    ("security", "Security alerts"),
    ("billing", "Billing and invoices"),
    ("events", "Events near me"),
    ("messages", "Direct messages"),
    ("invites", "Team invitations"),
    ("research", "Invitations to user research"),
];

/// The page's data.
pub fn data() -> FormPage {
    FormPage {
        csrf_token: "c2VjcmV0LXRva2VuLTEyMzQ1Njc4OTA".into(),
        display_name: "Nadia O'Connor".into(),
        username: "nadia_oconnor".into(),
        email: "nadia@example.com".into(),
        website: "https://nadia.example.com/about?lang=en&ref=profile".into(),
        company: "Smith & Jones \"Analytics\" Ltd".into(),
        location: "Dublin, Ireland".into(),
        phone: "+353 1 555 0199".into(),
        birthday: "1990-04-17".into(),
        bio: format!(
            "{}\n\n{}\nI <3 maps & trains.",
            text::paragraph(5, 3),
            text::paragraph(8, 2)
        ),
        signature: "Nadia O'Connor\nData Lead, Smith & Jones\n\"Measure twice, cut once.\"".into(),
        timezone: "Europe/London".into(),
        timezones: ZONES
            .iter()
            .map(|(value, label)| Choice {
                value: value.to_string(),
                label: label.to_string(),
            })
            .collect(),
        language: "en-GB".into(),
        languages: [
            ("en-GB", "English (UK)"),
            ("en-US", "English (US)"),
            ("ga", "Gaeilge"),
            ("fr", "Français"),
            ("de", "Deutsch"),
        ]
        .iter()
        .map(|(value, label)| Choice {
            value: value.to_string(),
            label: label.to_string(),
        })
        .collect(),
        theme: "system".into(),
        visibility: "followers".into(),
        notifications: TOGGLES
            .iter()
            .enumerate()
            .map(|(i, (key, label))| Toggle {
                key,
                label,
                help: text::sentence(i + 20, 6 + i % 5),
                on: i % 3 != 1,
                locked: *key == "security",
            })
            .collect(),
        two_factor: true,
        account_id: 9_007_199_254,
    }
}

mod engines {
    use super::FormPage;

    #[derive(haml_runtime::Template)]
    #[template(path = "suite/form.haml")]
    pub struct Haml<'a> {
        pub form: &'a FormPage,
    }

    #[derive(sailfish::TemplateSimple)]
    #[template(path = "suite/form.stpl")]
    pub struct Sailfish<'a> {
        pub form: &'a FormPage,
    }
}

/// Renders the page with this project.
pub fn haml(page: &FormPage) -> String {
    use haml_runtime::Template;
    engines::Haml { form: page }.render()
}

/// Renders the page with Sailfish.
pub fn sailfish(page: &FormPage) -> String {
    use sailfish::TemplateSimple;
    engines::Sailfish { form: page }
        .render_once()
        .unwrap_or_default()
}

super::suite_page!(FormPage, "form");
