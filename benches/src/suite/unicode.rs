//! `unicode`: a page of mostly non-ASCII text: 60 posts in Japanese,
//! Russian, Arabic (right to left) and Chinese with emoji, plus static
//! prose in those languages.

/// A post.
pub struct Entry {
    /// Its number.
    pub id: u32,
    /// The author.
    pub name: String,
    /// The language (`lang`).
    pub lang: &'static str,
    /// The direction, when not left to right.
    pub dir: Option<&'static str>,
    /// Where the author is.
    pub city: String,
    /// When it was posted.
    pub posted: String,
    /// The text.
    pub message: String,
    /// Reactions, as emoji.
    pub reactions: String,
    /// Likes.
    pub likes: u32,
}

/// The `unicode` page's data.
pub struct UnicodePage {
    /// 60 posts.
    pub entries: Vec<Entry>,
}

struct Language {
    lang: &'static str,
    dir: Option<&'static str>,
    names: &'static [&'static str],
    cities: &'static [&'static str],
    phrases: &'static [&'static str],
}

const LANGUAGES: &[Language] = &[
    Language {
        lang: "ja",
        dir: None,
        names: &[
            "山田太郎",
            "佐藤花子",
            "鈴木一郎",
            "高橋美咲",
            "田中健",
            "渡辺さくら",
        ],
        cities: &["東京", "大阪", "京都", "札幌", "福岡"],
        phrases: &[
            "今日は良い天気ですね。",
            "新しいプロジェクトを始めました。",
            "駅の近くに新しいカフェができました。",
            "週末は京都へ紅葉を見に行きます。",
            "このライブラリはとても速いです。",
            "会議は午後三時からです。",
            "「AとB」を比べると、Bの方が<少し>速い。",
            "ラーメンを食べに行きませんか？",
        ],
    },
    Language {
        lang: "ru",
        dir: None,
        names: &[
            "Анна Иванова",
            "Дмитрий Петров",
            "Ольга Смирнова",
            "Сергей Кузнецов",
            "Мария Соколова",
        ],
        cities: &[
            "Москва",
            "Санкт-Петербург",
            "Казань",
            "Новосибирск",
            "Екатеринбург",
        ],
        phrases: &[
            "Сегодня отличная погода.",
            "Мы начали новый проект.",
            "Рядом с вокзалом открылось новое кафе.",
            "На выходных поеду на дачу к родителям.",
            "Эта библиотека работает очень быстро.",
            "Встреча начнётся в три часа.",
            "«Привет» & добро пожаловать в наш город!",
            "Пойдём пить чай с вареньем.",
        ],
    },
    Language {
        lang: "ar",
        dir: Some("rtl"),
        names: &[
            "أحمد علي",
            "فاطمة حسن",
            "محمد إبراهيم",
            "ليلى خالد",
            "يوسف منصور",
        ],
        cities: &["القاهرة", "دبي", "الرياض", "عمّان", "بيروت"],
        phrases: &[
            "الطقس جميل اليوم.",
            "بدأنا مشروعًا جديدًا.",
            "افتتح مقهى جديد بالقرب من المحطة.",
            "سأسافر إلى الإسكندرية في عطلة نهاية الأسبوع.",
            "هذه المكتبة سريعة جدًا.",
            "يبدأ الاجتماع في الساعة الثالثة.",
            "الربيع جميل في المدينة.",
            "هيا نشرب الشاي بالنعناع.",
        ],
    },
    Language {
        lang: "zh",
        dir: None,
        names: &["王伟", "李娜", "张敏", "刘洋", "陈静"],
        cities: &["北京", "上海", "成都", "杭州", "深圳"],
        phrases: &[
            "今天我们发布了新版本 🎉🚀",
            "周末去爬山，风景太美了 ⛰️🌄",
            "新开的咖啡店很不错 ☕️😋",
            "终于修好了那个 bug 🐛✅",
            "晚上一起吃火锅吧 🍲🔥",
            "下雨了，记得带伞 ☔️",
            "读完了一本好书 📚✨",
            "猫又睡在键盘上了 🐈⌨️",
        ],
    },
];

const REACTIONS: &[&str] = &["👍❤️😂", "🎉🙌", "😮👏🔥", "🙏", "💯🚀✨", "😊🌸"];

/// The page's data.
pub fn data() -> UnicodePage {
    UnicodePage {
        entries: (0..60)
            .map(|i| {
                let language = &LANGUAGES[i % LANGUAGES.len()];
                let k = i / LANGUAGES.len();
                let phrases = language.phrases;
                let message = (0..2 + k % 3)
                    .map(|p| phrases[(k * 3 + p * 5) % phrases.len()])
                    .collect::<Vec<_>>()
                    .join(" ");
                Entry {
                    id: 1 + i as u32,
                    name: language.names[k % language.names.len()].to_string(),
                    lang: language.lang,
                    dir: language.dir,
                    city: language.cities[(k * 2) % language.cities.len()].to_string(),
                    posted: format!(
                        "2024年5月{}日 {:02}:{:02}",
                        1 + i % 28,
                        i * 7 % 24,
                        i * 13 % 60
                    ),
                    message,
                    reactions: REACTIONS[i % REACTIONS.len()].to_string(),
                    likes: (i * 41 % 300) as u32,
                }
            })
            .collect(),
    }
}

mod engines {
    use super::Entry;

    #[derive(haml_runtime::Template)]
    #[template(path = "suite/unicode.haml")]
    pub struct Haml<'a> {
        pub entries: &'a [Entry],
    }

    #[derive(sailfish::TemplateSimple)]
    #[template(path = "suite/unicode.stpl")]
    pub struct Sailfish<'a> {
        pub entries: &'a [Entry],
    }
}

/// Renders the page with this project.
pub fn haml(page: &UnicodePage) -> String {
    use haml_runtime::Template;
    engines::Haml {
        entries: &page.entries,
    }
    .render()
}

/// Renders the page with Sailfish.
pub fn sailfish(page: &UnicodePage) -> String {
    use sailfish::TemplateSimple;
    engines::Sailfish {
        entries: &page.entries,
    }
    .render_once()
    .unwrap_or_default()
}

super::suite_page!(UnicodePage, "unicode");
