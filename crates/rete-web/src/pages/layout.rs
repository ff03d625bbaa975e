//! The frame every page shares: the document head, the top bar with the
//! signed-in user's navigation and sign-out button, and the main column.
//! On a phone the navigation is a bar of large targets at the bottom of
//! the screen, where a thumb reaches; on a desktop it sits in the top bar.

use maud::{html, Markup, DOCTYPE};
use rete_core::Lang;
use rete_i18n::t;

/// Where the signed-in user is, so the navigation marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Today,
    People,
    Log,
    Followups,
    Ledger,
    More,
    /// Signed out (sign-in, registration, errors).
    None,
}

const NAV: [(Section, &str, &str); 5] = [
    (Section::Today, "/today", "nav.today"),
    (Section::People, "/people", "nav.people"),
    (Section::Log, "/log", "nav.log"),
    (Section::Followups, "/followups", "nav.followups"),
    (Section::Ledger, "/ledger", "nav.ledger"),
];

pub fn page(lang: Lang, title: &str, signed_in: bool, body: Markup) -> Markup {
    frame(lang, title, if signed_in { Some(Section::More) } else { None }, body)
}

/// A page of the signed-in app, with `section` marked in the navigation.
pub fn app_page(lang: Lang, title: &str, section: Section, body: Markup) -> Markup {
    frame(lang, title, Some(section), body)
}

fn frame(lang: Lang, title: &str, section: Option<Section>, body: Markup) -> Markup {
    let l = lang.as_str();
    html! {
        (DOCTYPE)
        html lang=(l) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="theme-color" content="#1f6f5c";
                title { (title) " · rete" }
                link rel="stylesheet" href=(super::statics::stylesheet_url());
                link rel="manifest" href="/manifest.webmanifest";
                link rel="icon" href="/static/icon.svg" type="image/svg+xml";
                // htmx without its inline indicator style and without eval
                // (the CSP allows neither), and without a copy of private
                // pages in the browser's local storage for "back".
                meta name="htmx-config" content=r#"{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false,"historyCacheSize":0,"refreshOnHistoryMiss":true}"#;
                script src=(super::statics::htmx_url()) defer {}
                script src=(super::statics::script_url()) defer {}
            }
            body class=[section.map(|_| "app")] {
                a class="skip" href="#main" { (t!("nav.skip", locale = l)) }
                header class="bar" {
                    a class="brand" href="/" { "rete" }
                    @if let Some(current) = section {
                        nav class="tabs" aria-label=(t!("nav.label", locale = l)) {
                            @for (s, href, key) in NAV {
                                a href=(href) class={ "tab tab-" (key.trim_start_matches("nav.")) }
                                    aria-current=[(s == current).then_some("page")] { (t!(key, locale = l)) }
                            }
                        }
                        a class="settings-link" href="/more" aria-current=[(current == Section::More).then_some("page")] {
                            (t!("nav.more", locale = l))
                        }
                        form method="post" action="/logout" class="inline signout" {
                            button type="submit" class="link" { (t!("page.logout", locale = l)) }
                        }
                    }
                }
                main class="page" id="main" { (body) }
                footer class="foot" {
                    a href="/api/v1/docs" { (t!("page.api_docs", locale = l)) }
                }
            }
        }
    }
}
