//! The frame every page shares: the document head, the top bar with the
//! signed-in user's sign-out button, and the main column.

use maud::{html, Markup, DOCTYPE};
use rete_core::Lang;
use rust_i18n::t;

pub fn page(lang: Lang, title: &str, signed_in: bool, body: Markup) -> Markup {
    let l = lang.as_str();
    html! {
        (DOCTYPE)
        html lang=(l) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · rete" }
                link rel="stylesheet" href="/static/rete.css";
            }
            body {
                header class="bar" {
                    a class="brand" href="/" { "rete" }
                    @if signed_in {
                        form method="post" action="/logout" class="inline" {
                            button type="submit" class="link" { (t!("page.logout", locale = l)) }
                        }
                    }
                }
                main class="page" { (body) }
                footer class="foot" {
                    a href="/api/v1/docs" { (t!("page.api_docs", locale = l)) }
                }
            }
        }
    }
}
