//! The JSON API under `/api/v1`: one module per resource. Every handler is
//! annotated for the OpenAPI document, and the router is built from those
//! same annotations ([`router`]), so a route cannot exist undocumented and
//! the cross-account test can walk every route from the document.

mod account;
mod audit;
mod auth;
mod cached;
pub(crate) mod communities;
mod docs;
mod drafts;
mod events;
mod followups;
mod imports;
mod interactions;
mod invitations;
mod ledger;
mod milestones;
pub(crate) mod people;
mod today;
pub(crate) mod upload;

use crate::AppState;
use axum::Router;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

/// `limit` and `cursor`, as every list takes them.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// At most this many (default 100, at most 1000).
    pub limit: Option<usize>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

#[derive(OpenApi)]
#[openapi(
    info(title = "rete API", description = "Keep and grow a professional network: people, interactions, the ledger, follow-ups, milestones, events, the day's agenda, drafts, the audit, imports, communities and matches, accounts and tokens. Authenticate with `Authorization: Bearer <token>` (from `POST /auth/token`) or the browser's session cookie."),
    servers((url = "/api/v1")),
    tags(
        (name = "auth", description = "Registering and signing in"),
        (name = "account", description = "Your account, sessions and API tokens"),
        (name = "people", description = "The people you keep"),
        (name = "interactions", description = "Meetings, calls and messages"),
        (name = "ledger", description = "What you gave and received"),
        (name = "followups", description = "What you promised, and by when"),
        (name = "milestones", description = "New jobs, promotions, awards, anniversaries"),
        (name = "events", description = "Your events and whom you met there"),
        (name = "agenda", description = "What to do today"),
        (name = "audit", description = "Your habits against the classic networking mistakes"),
        (name = "imports", description = "Address books in: LinkedIn, vCard, Google, Outlook"),
        (name = "communities", description = "Communities, profiles and give-give matches"),
    )
)]
struct ApiDoc;

/// Every API route with its documentation.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(auth::register))
        .routes(routes!(auth::token))
        .routes(routes!(auth::logout))
        .routes(routes!(account::me, account::update, account::delete_account))
        .routes(routes!(account::calendar_link, account::revoke_calendar_link))
        .routes(routes!(account::change_password))
        .routes(routes!(account::export))
        .routes(routes!(account::sessions))
        .routes(routes!(account::tokens, account::create_token))
        .routes(routes!(account::revoke_token))
        .routes(routes!(invitations::list, invitations::create))
        .routes(routes!(invitations::revoke))
        .routes(routes!(people::list, people::create))
        .routes(routes!(people::get, people::update, people::delete))
        .routes(routes!(people::archive))
        .routes(routes!(people::merge))
        .routes(routes!(interactions::list, interactions::create))
        .routes(routes!(interactions::get, interactions::update, interactions::delete))
        .routes(routes!(ledger::list, ledger::create))
        .routes(routes!(ledger::get, ledger::update, ledger::delete))
        .routes(routes!(ledger::thank))
        .routes(routes!(followups::list, followups::create))
        .routes(routes!(followups::update, followups::delete))
        .routes(routes!(followups::done))
        .routes(routes!(followups::snooze))
        .routes(routes!(people::timeline))
        .routes(routes!(drafts::draft))
        .routes(routes!(milestones::list, milestones::create))
        .routes(routes!(milestones::get, milestones::update, milestones::delete))
        .routes(routes!(events::list, events::create))
        .routes(routes!(events::get, events::update, events::delete))
        .routes(routes!(events::attend))
        .routes(routes!(today::today))
        .routes(routes!(today::done))
        .routes(routes!(today::snooze))
        .routes(routes!(audit::findings))
        .routes(routes!(audit::quiz))
        .routes(routes!(audit::plan))
        .routes(routes!(imports::import))
        .routes(routes!(communities::list, communities::create))
        .routes(routes!(communities::get, communities::update))
        .routes(routes!(communities::members, communities::add_members))
        .routes(routes!(communities::profile, communities::set_profile, communities::replace_profile))
        .routes(routes!(communities::matches))
        .routes(routes!(communities::remove_member))
        .routes(routes!(communities::set_role))
        .routes(routes!(communities::leave))
        .routes(routes!(communities::invite, communities::invitations))
        .routes(routes!(communities::revoke_invitation))
        .routes(routes!(communities::accept))
}

/// The OpenAPI document itself and its readable reference page.
pub fn docs_router() -> Router<AppState> {
    docs::router(openapi())
}

/// The OpenAPI 3.1 document of every route.
pub fn openapi() -> utoipa::openapi::OpenApi {
    router().split_for_parts().1
}
