//! `nav`: a navigation-heavy page with little content.

use super::text;

/// A link.
pub struct Link {
    /// Where it goes (a path, safe in a URL).
    pub href: String,
    /// What it says.
    pub label: String,
    /// Whether it is the current page.
    pub active: bool,
}

/// A section of the mega-menu.
pub struct MenuSection {
    /// Its heading.
    pub title: String,
    /// Its landing page.
    pub href: String,
    /// Whether the current page is in it.
    pub active: bool,
    /// 10 links.
    pub links: Vec<Link>,
}

/// A node of the sidebar tree: three levels.
pub struct TreeNode {
    /// The link.
    pub link: Link,
    /// Whether its children are shown.
    pub open: bool,
    /// Its children.
    pub children: Vec<TreeNode>,
}

/// A column of the footer.
pub struct FooterColumn {
    /// Its heading.
    pub title: String,
    /// 10 links.
    pub links: Vec<Link>,
}

/// The `nav` page's data.
pub struct NavPage {
    /// The page title.
    pub title: String,
    /// The signed-in user, if any.
    pub user: Option<String>,
    /// 8 sections of 10 links.
    pub sections: Vec<MenuSection>,
    /// The trail to the current page.
    pub breadcrumbs: Vec<Link>,
    /// The sidebar.
    pub tree: Vec<TreeNode>,
    /// 4 columns of 10 links.
    pub footer: Vec<FooterColumn>,
}

const SECTIONS: &[&str] = &[
    "Products",
    "Solutions",
    "Developers",
    "Resources",
    "Pricing",
    "Partners",
    "Company",
    "Support",
];

fn slug(s: &str) -> String {
    s.to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

/// The page's data.
pub fn data() -> NavPage {
    let sections = SECTIONS
        .iter()
        .enumerate()
        .map(|(s, name)| {
            let base = format!("/{}", slug(name));
            MenuSection {
                title: name.to_string(),
                href: base.clone(),
                active: s == 2,
                links: (0..10)
                    .map(|l| {
                        let label = text::title(s * 10 + l + 100);
                        Link {
                            href: format!("{base}/{}", slug(&label)),
                            label,
                            active: s == 2 && l == 4,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let tree = (0..6)
        .map(|a| {
            let label = text::title(a + 200);
            let base = format!("/developers/{}", slug(&label));
            TreeNode {
                open: a == 1,
                link: Link {
                    href: base.clone(),
                    label,
                    active: false,
                },
                children: (0..5)
                    .map(|b| {
                        let label = text::title(a * 5 + b + 300);
                        let href = format!("{base}/{}", slug(&label));
                        TreeNode {
                            open: a == 1 && b == 2,
                            children: (0..3)
                                .map(|c| {
                                    let label = text::title(a * 15 + b * 3 + c + 400);
                                    Link {
                                        href: format!("{href}/{}", slug(&label)),
                                        label,
                                        active: a == 1 && b == 2 && c == 1,
                                    }
                                })
                                .map(|link| TreeNode {
                                    link,
                                    open: false,
                                    children: Vec::new(),
                                })
                                .collect(),
                            link: Link {
                                href,
                                label,
                                active: false,
                            },
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let footer = ["Product", "Learn", "Community", "Company"]
        .iter()
        .enumerate()
        .map(|(c, title)| FooterColumn {
            title: title.to_string(),
            links: (0..10)
                .map(|l| {
                    let label = text::title(c * 10 + l + 500);
                    Link {
                        href: format!("/{}/{}", slug(title), slug(&label)),
                        label,
                        active: false,
                    }
                })
                .collect(),
        })
        .collect();
    NavPage {
        title: "Guides & tutorials".into(),
        user: Some(text::person(4)),
        sections,
        breadcrumbs: [
            "Home",
            "Developers",
            "Guides & tutorials",
            "Getting started",
        ]
        .iter()
        .enumerate()
        .map(|(i, label)| Link {
            href: if i == 0 {
                "/".into()
            } else {
                format!("/developers/{}", slug(label))
            },
            label: label.to_string(),
            active: i == 3,
        })
        .collect(),
        tree,
        footer,
    }
}

mod engines {
    use super::{FooterColumn, Link, MenuSection, TreeNode};

    #[derive(haml_runtime::Template)]
    #[template(path = "suite/nav.haml")]
    pub struct Haml<'a> {
        pub title: &'a str,
        pub user: Option<&'a str>,
        pub sections: &'a [MenuSection],
        pub breadcrumbs: &'a [Link],
        pub tree: &'a [TreeNode],
        pub footer: &'a [FooterColumn],
    }

    #[derive(sailfish::TemplateSimple)]
    #[template(path = "suite/nav.stpl")]
    pub struct Sailfish<'a> {
        pub title: &'a str,
        pub user: Option<&'a str>,
        pub sections: &'a [MenuSection],
        pub breadcrumbs: &'a [Link],
        pub tree: &'a [TreeNode],
        pub footer: &'a [FooterColumn],
    }
}

/// Renders the page with this project.
pub fn haml(page: &NavPage) -> String {
    use haml_runtime::Template;
    engines::Haml {
        title: &page.title,
        user: page.user.as_deref(),
        sections: &page.sections,
        breadcrumbs: &page.breadcrumbs,
        tree: &page.tree,
        footer: &page.footer,
    }
    .render()
}

/// Renders the page with Sailfish.
pub fn sailfish(page: &NavPage) -> String {
    use sailfish::TemplateSimple;
    engines::Sailfish {
        title: &page.title,
        user: page.user.as_deref(),
        sections: &page.sections,
        breadcrumbs: &page.breadcrumbs,
        tree: &page.tree,
        footer: &page.footer,
    }
    .render_once()
    .unwrap_or_default()
}

super::suite_page!(NavPage, "nav");
