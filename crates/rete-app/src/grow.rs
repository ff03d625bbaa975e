//! Grow as one user keeps it: communities (a chapter, a club, a company,
//! an event) with the members' profiles an organiser brought in, your own
//! profile in each, the check that points at vague phrases, and the
//! give-give matches with their reasons, leaving out people you know.
//!
//! Who is who follows one rule everywhere (plans, debriefs, matches,
//! introductions): a member is a person of your network when they share
//! an e-mail address, else when their names are the same by
//! `rete_core::identity` (word order, accents, initials aside).

use crate::{App, AppError, Caller, Result};
use rete_core::grow::{Community, MemberProfile, ME};
use rete_core::text::fold;
use rete_core::Role;
use rete_core::{identity, CommunityId, Lang, Person};
use rete_i18n::t;
use rete_match::text::TextPipeline;
use rete_match::{Engine, Profile};
use rete_store::memberships::Belonging;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::sync::Arc;

/// The matching engine's language for a profile's.
pub fn match_lang(lang: Lang) -> rete_match::Lang {
    match lang {
        Lang::It => rete_match::Lang::It,
        Lang::En => rete_match::Lang::En,
    }
}

/// The same human, by rete-core's one rule of who is who: an e-mail in
/// common, else the same name (word order, accents, titles, initials and
/// middle names aside).
pub fn same(person: &Person, member: &MemberProfile) -> bool {
    member.member != ME && identity::same_person(&person.name, &person.emails, &member.name, member.email.as_slice())
}

/// The person of your network a member is, if any.
pub fn person_of<'a>(member: &MemberProfile, people: &'a [Person]) -> Option<&'a Person> {
    people.iter().find(|p| same(p, member))
}

/// Your people, indexed for [`same`] over many members at once.
#[derive(Debug, Default)]
pub struct Known(identity::KnownPeople);

impl Known {
    pub fn new(people: &[Person]) -> Known {
        Known(identity::KnownPeople::new(people))
    }

    /// Whether `member` is one of your people, by the rule of [`same`].
    pub fn contains(&self, member: &MemberProfile) -> bool {
        member.member != ME && self.0.knows(&member.name, member.email.as_slice())
    }
}

/// The engine over the members who opted in.
pub fn engine(profiles: &[MemberProfile]) -> Result<Engine> {
    Engine::build(
        profiles
            .iter()
            .filter(|p| p.opt_in)
            .map(|p| Profile {
                id: p.member,
                lang: match_lang(p.lang),
                offers: p.offers.clone(),
                seeks: p.seeks.clone(),
                interests: p.interests.clone(),
            })
            .collect(),
    )
    .map_err(|e| AppError::Internal(format!("matching: {e}")))
}

/// A community with how many members it has.
#[derive(Debug, Clone, Serialize)]
pub struct CommunityView {
    #[serde(flatten)]
    pub community: Community,
    /// Members other than you.
    pub members: usize,
    /// What you are there: `organiser`, `co-organiser` or `member`.
    pub role: Role,
}

/// A community as its page shows it (see [`App::overview`]).
#[derive(Debug, Clone)]
pub struct Overview {
    pub belonging: Belonging,
    /// The other members you may see, by name.
    pub members: Vec<MemberProfile>,
    pub mine: Option<MemberProfile>,
    /// What would make your profile sharper (empty without one).
    pub advice: Vec<Advice>,
}

/// A members file brought in: the community as it now is, and how many
/// members the file held.
#[derive(Debug, Clone, Serialize)]
pub struct MembersImported {
    #[serde(flatten)]
    pub community: CommunityView,
    pub imported: usize,
}

/// What makes a profile vague, as a code each front end words in its own
/// terms (the CLI names its flags, the web its fields).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advice {
    /// `no_offers`, `few_offers`, `no_seeks`, `empty_phrase`, `generic` or
    /// `no_interests`.
    pub code: &'static str,
    /// The phrase it is about, for `empty_phrase` and `generic`.
    pub phrase: Option<String>,
    /// For `generic`: the share of the community using the same word.
    pub percent: Option<f64>,
    /// The advice in the caller's language.
    pub text: String,
}

/// A profile as saved, with what would make it sharper.
#[derive(Debug, Clone, Serialize)]
pub struct SavedProfile {
    pub profile: MemberProfile,
    pub advice: Vec<Advice>,
}

/// One match as scripts read it.
#[derive(Debug, Clone, Serialize)]
pub struct MatchView {
    pub member: u64,
    pub name: String,
    pub score: f64,
    pub give_give: f64,
    pub shared_interests: f64,
    pub sector: Option<String>,
    pub city: Option<String>,
    /// The reasons in one sentence.
    pub reason: String,
    /// The same, one sentence per reason (what they offer you, what you
    /// offer them, what you share).
    pub reasons: Vec<String>,
}

/// Which members matches may name: each field given must hold (any case
/// and accents); a language is one the member speaks or writes in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchFilter {
    pub sector: Option<String>,
    pub city: Option<String>,
    pub language: Option<String>,
}

impl MatchFilter {
    /// Whether `p` passes.
    pub fn admits(&self, p: &MemberProfile) -> bool {
        let same = |wanted: &Option<String>, have: Option<&str>| {
            wanted
                .as_deref()
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .is_none_or(|w| have.is_some_and(|h| fold(h) == fold(w)))
        };
        let speaks = self
            .language
            .as_deref()
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .is_none_or(|w| fold(p.lang.as_str()) == fold(w) || p.languages.iter().any(|l| fold(l) == fold(w)));
        same(&self.sector, p.sector.as_deref()) && same(&self.city, p.city.as_deref()) && speaks
    }

    pub fn is_empty(&self) -> bool {
        [&self.sector, &self.city, &self.language].iter().all(|f| f.as_deref().is_none_or(|v| v.trim().is_empty()))
    }
}

/// A change to your profile: absent fields stay as they are; a list
/// given replaces the old one.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ProfileChange {
    pub name: Option<String>,
    pub lang: Option<Lang>,
    pub offers: Option<Vec<String>>,
    pub seeks: Option<Vec<String>>,
    pub interests: Option<Vec<String>>,
    pub languages: Option<Vec<String>>,
    pub sector: Option<String>,
    pub city: Option<String>,
    pub department: Option<String>,
    pub opt_in: Option<bool>,
    pub pairing: Option<bool>,
}

/// The longest phrase of a profile, and the most phrases in one list.
pub const MAX_PHRASE_CHARS: usize = 200;
pub const MAX_PHRASES: usize = 20;

impl ProfileChange {
    fn apply(self, p: &mut MemberProfile, lang: Lang) -> Result<()> {
        let l = lang.as_str();
        for (field, list, given) in [
            ("offers", &mut p.offers, self.offers),
            ("seeks", &mut p.seeks, self.seeks),
            ("interests", &mut p.interests, self.interests),
            ("languages", &mut p.languages, self.languages),
        ] {
            if let Some(given) = given {
                let clean: Vec<String> =
                    given.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
                if clean.len() > MAX_PHRASES {
                    return Err(AppError::invalid(field, t!("grow.too_many", locale = l, max = MAX_PHRASES)));
                }
                if clean.iter().any(|s| s.chars().count() > MAX_PHRASE_CHARS || s.chars().any(char::is_control)) {
                    let max = MAX_PHRASE_CHARS;
                    return Err(AppError::invalid(field, t!("field.too_long", locale = l, max = max)));
                }
                *list = clean;
            }
        }
        if let Some(n) = self.name {
            let n = n.trim().to_string();
            if n.is_empty() {
                return Err(AppError::required("name", lang));
            }
            p.name = n;
        }
        if let Some(lang) = self.lang {
            p.lang = lang;
        }
        for (slot, value) in
            [(&mut p.sector, self.sector), (&mut p.city, self.city), (&mut p.department, self.department)]
        {
            if let Some(v) = value {
                *slot = Some(v.trim().to_string()).filter(|v| !v.is_empty());
            }
        }
        if let Some(opt_in) = self.opt_in {
            p.opt_in = opt_in;
        }
        if let Some(pairing) = self.pairing {
            p.pairing = pairing;
        }
        Ok(())
    }
}

/// Share of the community above which a one-word phrase is too generic.
const GENERIC_SHARE: f64 = 0.05;

/// What makes `me` vague against `community`: empty or too short lists,
/// and phrases whose only term most of the community already uses (a bare
/// "consulenza").
pub fn check(me: &MemberProfile, community: &[MemberProfile], lang: Lang) -> Vec<Advice> {
    let l = lang.as_str();
    let pipeline = TextPipeline::new();
    let mut df: HashMap<String, usize> = HashMap::new();
    for p in community.iter().filter(|p| p.member != ME) {
        let terms: HashSet<String> =
            p.offers.iter().chain(&p.seeks).flat_map(|phrase| pipeline.terms(phrase, match_lang(p.lang))).collect();
        for t in terms {
            *df.entry(t).or_default() += 1;
        }
    }
    let members = community.iter().filter(|p| p.member != ME).count().max(1);
    let mut advice = Vec::new();
    let mut say = |code: &'static str, phrase: Option<&String>, percent: Option<f64>| {
        let text = t!(
            format!("grow.check.{code}"),
            locale = l,
            phrase = phrase.map(String::as_str).unwrap_or_default(),
            percent = percent.unwrap_or_default()
        )
        .into_owned();
        advice.push(Advice { code, phrase: phrase.cloned(), percent, text });
    };
    if me.offers.is_empty() {
        say("no_offers", None, None);
    } else if me.offers.len() < 2 {
        say("few_offers", None, None);
    }
    if me.seeks.is_empty() {
        say("no_seeks", None, None);
    }
    for phrase in me.offers.iter().chain(&me.seeks) {
        let terms = pipeline.terms(phrase, match_lang(me.lang));
        if terms.is_empty() {
            say("empty_phrase", Some(phrase), None);
            continue;
        }
        let share = |t: &String| df.get(t).copied().unwrap_or(0) as f64 / members as f64;
        // A profile written in the other language still shares its words
        // with the community: try both stemmers.
        let widest = [rete_match::Lang::It, rete_match::Lang::En]
            .into_iter()
            .map(|lang| pipeline.terms(phrase, lang))
            .filter(|t| t.len() == 1)
            .map(|t| share(&t[0]))
            .fold(0.0, f64::max);
        if terms.len() == 1 && widest >= GENERIC_SHARE {
            say("generic", Some(phrase), Some((widest * 100.0).round()));
        }
    }
    if me.interests.is_empty() {
        say("no_interests", None, None);
    }
    advice
}

/// A members file in JSON Lines (MATCHING.md's format, plus the optional
/// opt-in, department, languages and e-mail); a bad line names the file
/// and the line, and nothing is kept.
pub fn read_members(r: impl BufRead, file: &str) -> Result<Vec<MemberProfile>> {
    #[derive(Debug, Deserialize)]
    struct MemberLine {
        id: u64,
        name: Option<String>,
        lang: String,
        #[serde(default)]
        offers: Vec<String>,
        #[serde(default)]
        seeks: Vec<String>,
        #[serde(default)]
        interests: Vec<String>,
        sector: Option<String>,
        city: Option<String>,
        department: Option<String>,
        #[serde(default)]
        languages: Vec<String>,
        email: Option<String>,
        opt_in: Option<bool>,
        pairing: Option<bool>,
    }
    let bad = |line: usize, message: String| AppError::BadFile { file: file.to_string(), line, message };
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for (i, line) in r.lines().enumerate() {
        let n = i + 1;
        let line = line.map_err(|e| bad(n, e.to_string()))?;
        if line.trim().is_empty() {
            continue;
        }
        let m: MemberLine = serde_json::from_str(&line).map_err(|e| bad(n, e.to_string()))?;
        if m.id == ME {
            return Err(bad(n, "id: 0 is reserved for your own profile".into()));
        }
        if !seen.insert(m.id) {
            return Err(bad(n, format!("id: {} appears twice", m.id)));
        }
        let lang: Lang = m.lang.parse().map_err(|e: rete_core::vocab::UnknownValue| bad(n, e.to_string()))?;
        out.push(MemberProfile {
            member: m.id,
            name: m.name.unwrap_or_else(|| format!("#{}", m.id)),
            lang,
            offers: m.offers,
            seeks: m.seeks,
            interests: m.interests,
            sector: m.sector,
            city: m.city,
            languages: m.languages,
            department: m.department,
            email: m.email.map(|e| e.trim().to_lowercase()).filter(|e| !e.is_empty()),
            opt_in: m.opt_in.unwrap_or(true),
            pairing: m.pairing.unwrap_or(true),
        });
    }
    Ok(out)
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

impl App {
    /// Your communities, by name, with how many members each has: those
    /// you organise, then those you joined.
    pub async fn communities(&self, caller: &Caller) -> Result<Vec<CommunityView>> {
        let mut out = Vec::new();
        for community in self.store.communities(caller.account).await? {
            out.push(self.view(caller, community).await?);
        }
        for joined in self.store.joined(caller.account).await? {
            out.push(self.view_of(caller, joined.community.id).await?);
        }
        Ok(out)
    }

    /// `community`, which you organise, with its count of members (other
    /// than you).
    async fn view(&self, caller: &Caller, community: Community) -> Result<CommunityView> {
        let members =
            self.store.profiles(caller.account, community.id).await?.iter().filter(|p| p.member != ME).count();
        Ok(CommunityView { community, members, role: Role::Organiser })
    }

    /// A community you belong to, with the members you can see.
    async fn view_of(&self, caller: &Caller, id: CommunityId) -> Result<CommunityView> {
        let (Belonging { community, membership, .. }, profiles) = self.seen(caller, id).await?;
        let members = profiles.iter().filter(|p| p.member != membership.member).count();
        Ok(CommunityView { community, members, role: membership.role })
    }

    /// What you are in the community and the profiles you may read there,
    /// yours among them: one check and one read.
    async fn seen(&self, caller: &Caller, id: CommunityId) -> Result<(Belonging, Vec<MemberProfile>)> {
        Ok(self.store.community_profiles(caller.account, id).await?)
    }

    /// The community and what you are in it, whether you organise it or
    /// joined it (`NotFound` otherwise, as for one that does not exist).
    pub async fn belonging(&self, caller: &Caller, id: CommunityId) -> Result<Belonging> {
        Ok(self.store.belonging(caller.account, id).await?)
    }

    pub async fn community(&self, caller: &Caller, id: CommunityId) -> Result<Community> {
        self.store
            .communities(caller.account)
            .await?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or_else(|| AppError::NotFound { what: "community", key: id.to_string() })
    }

    /// The community of that name (any case and accents), never creating
    /// one: a typo must not start a new community.
    pub async fn find_community(&self, caller: &Caller, name: &str) -> Result<Option<Community>> {
        Ok(self.store.find_community(caller.account, name).await?)
    }

    /// Creates a community, or answers the one of that name.
    pub async fn create_community(&self, caller: &Caller, name: &str) -> Result<Community> {
        if name.trim().chars().count() > crate::events::MAX_EVENT_TEXT {
            let max = crate::events::MAX_EVENT_TEXT;
            return Err(AppError::invalid("name", t!("field.too_long", locale = caller.lang.as_str(), max = max)));
        }
        if name.trim().is_empty() {
            return Err(AppError::required("name", caller.lang));
        }
        Ok(self.store.create_community(caller.account, name).await?)
    }

    /// Where pairings are announced: an http(s) URL, or none.
    pub async fn set_community_webhook(
        &self,
        caller: &Caller,
        id: CommunityId,
        url: Option<&str>,
    ) -> Result<Community> {
        let url = url.map(str::trim).filter(|u| !u.is_empty());
        if let Some(u) = url {
            if !(u.starts_with("https://") || u.starts_with("http://")) || u.chars().any(char::is_whitespace) {
                return Err(AppError::invalid(
                    "webhook",
                    t!("grow.bad_webhook", locale = caller.lang.as_str(), url = u),
                ));
            }
        }
        self.store.set_community_webhook(caller.account, id, url).await?;
        self.community(caller, id).await
    }

    /// Brings in a members file: the community of that name is created
    /// only when the whole file reads (a refusal writes nothing), and
    /// members already there are updated by id.
    pub async fn import_members(
        &self,
        caller: &Caller,
        name: &str,
        bytes: &[u8],
        file: &str,
    ) -> Result<MembersImported> {
        let profiles = read_members(bytes, file)?;
        let community = self.create_community(caller, name).await?;
        self.store.upsert_profiles(caller.account, community.id, &profiles).await?;
        let view = self.view(caller, community).await?;
        Ok(MembersImported { community: view, imported: profiles.len() })
    }

    /// Adds or updates members of an existing community from a members
    /// file, all or none.
    pub async fn add_members(
        &self,
        caller: &Caller,
        id: CommunityId,
        bytes: &[u8],
        file: &str,
    ) -> Result<MembersImported> {
        let community = self.community(caller, id).await?;
        let profiles = read_members(bytes, file)?;
        self.store.upsert_profiles(caller.account, community.id, &profiles).await?;
        let view = self.view(caller, community).await?;
        Ok(MembersImported { community: view, imported: profiles.len() })
    }

    /// One community with its count of members.
    pub async fn community_view(&self, caller: &Caller, id: CommunityId) -> Result<CommunityView> {
        self.view_of(caller, id).await
    }

    /// The members' profiles (not yours), by name: a member sees public
    /// profiles only (no e-mail, nobody who opted out).
    pub async fn members(&self, caller: &Caller, id: CommunityId) -> Result<Vec<MemberProfile>> {
        Ok(self.overview(caller, id).await?.members)
    }

    /// A community as its page shows it, from one read: what you are there,
    /// the other members by name, your profile and what would sharpen it.
    pub async fn overview(&self, caller: &Caller, id: CommunityId) -> Result<Overview> {
        let (belonging, profiles) = self.seen(caller, id).await?;
        let me = belonging.membership.member;
        let mine = profiles.iter().find(|p| p.member == me).cloned();
        let advice = mine.as_ref().map(|m| check(m, &profiles, caller.lang)).unwrap_or_default();
        let mut members: Vec<MemberProfile> = profiles.into_iter().filter(|p| p.member != me).collect();
        members.sort_by_cached_key(|p| (fold(&p.name), p.member));
        Ok(Overview { belonging, members, mine, advice })
    }

    /// Every member's name by member id, yours too (a pairing round may
    /// have put you in a pair).
    pub async fn member_names(&self, caller: &Caller, id: CommunityId) -> Result<HashMap<u64, String>> {
        self.community(caller, id).await?;
        Ok(self.store.profiles(caller.account, id).await?.into_iter().map(|p| (p.member, p.name)).collect())
    }

    /// Your people, for leaving them out of matches (kept with the
    /// account's revision when the caller has one).
    async fn known(&self, caller: &Caller) -> Result<Arc<Known>> {
        let read = async { Ok(Known::new(&self.store.people(caller.account).await?)) };
        self.cache.get(caller, crate::cache::Key::Known, read).await
    }

    /// The name a new profile of yours starts with: your account's, else
    /// "Me" (the CLI's local account before it has a login).
    pub async fn display_name(&self, caller: &Caller) -> Result<String> {
        Ok(match self.store.user(caller.account).await? {
            Some(user) => user.name,
            None => t!("grow.me", locale = caller.lang.as_str()).into_owned(),
        })
    }

    /// Your profile in the community, if you wrote one.
    pub async fn my_profile(&self, caller: &Caller, id: CommunityId) -> Result<Option<MemberProfile>> {
        let (belonging, profiles) = self.seen(caller, id).await?;
        Ok(profiles.into_iter().find(|p| p.member == belonging.membership.member))
    }

    /// Changes your profile (writing one if there was none) and says what
    /// would make it sharper.
    pub async fn set_my_profile(
        &self,
        caller: &Caller,
        id: CommunityId,
        change: ProfileChange,
    ) -> Result<SavedProfile> {
        let (belonging, mut profiles) = self.seen(caller, id).await?;
        let member = belonging.membership.member;
        let mut profile = match profiles.iter().find(|p| p.member == member) {
            Some(p) => p.clone(),
            None => MemberProfile::empty(member, self.display_name(caller).await?, caller.lang),
        };
        change.apply(&mut profile, caller.lang)?;
        let profile = self.store.set_own_profile(caller.account, id, &profile).await?;
        let revision = self.belonging(caller, id).await?.revision;
        self.engines.changed(id, revision, crate::engines::Change::Upsert(Box::new(profile.clone()))).await;
        // The community as it is now: the others as read, yours as saved.
        profiles.retain(|p| p.member != member);
        profiles.push(profile.clone());
        let advice = check(&profile, &profiles, caller.lang);
        Ok(SavedProfile { profile, advice })
    }

    /// What would make your profile sharper (`NotFound` without one).
    pub async fn profile_advice(&self, caller: &Caller, id: CommunityId) -> Result<Vec<Advice>> {
        let found = self.overview(caller, id).await?;
        found.mine.map(|_| found.advice).ok_or(AppError::NotFound { what: "profile", key: id.to_string() })
    }

    /// Your `k` best give-give matches in the community, with reasons,
    /// leaving out people you already know (matching is for meeting
    /// someone new) and members who opted out.
    pub async fn matches(&self, caller: &Caller, id: CommunityId, k: usize) -> Result<Vec<MatchView>> {
        self.matches_where(caller, id, k, &MatchFilter::default()).await
    }

    /// [`App::matches`] among the members `filter` lets through.
    pub async fn matches_where(
        &self,
        caller: &Caller,
        id: CommunityId,
        k: usize,
        filter: &MatchFilter,
    ) -> Result<Vec<MatchView>> {
        let Belonging { community, membership, revision } = self.belonging(caller, id).await?;
        let l = caller.lang.as_str();
        let mine = membership.member;
        let organiser_view = membership.role.organises();
        let load = || async { Ok(self.seen(caller, id).await?.1) };
        let warm = self.engines.warm(id, organiser_view, revision, load).await?;
        let known = self.known(caller).await?;
        let poisoned = || AppError::Internal("a poisoned engine".into());
        if !warm.read().map_err(|_| poisoned())?.profiles.contains_key(&mine) {
            // Not in the engine: no profile, or one that opted out.
            return Err(match self.my_profile(caller, id).await? {
                Some(_) => AppError::Refused(t!("grow.you_opted_out", locale = l).into_owned()),
                None => AppError::Refused(t!("grow.no_profile", locale = l, name = community.name).into_owned()),
            });
        }
        let warm = warm.read().map_err(|_| poisoned())?;
        let (engine, by_id) = (&warm.engine, &warm.profiles);
        // People you know are left out, so ask for a few more than `k`, and
        // for more again only while they filled the list (checking all the
        // community against your Keep cost more than the query itself).
        let mut want = k + 8;
        let found = loop {
            let found = engine.query(mine, want).map_err(|e| AppError::Internal(format!("matching: {e}")))?;
            let wanted = |p: &&MemberProfile| !known.contains(p) && filter.admits(p);
            let fresh = found.iter().filter(|(m, _)| by_id.get(m).filter(wanted).is_some()).count();
            if fresh >= k || found.len() < want {
                break found;
            }
            want *= 4;
        };
        let mut views = Vec::new();
        for (member, score) in found {
            let Some(p) = by_id.get(&member) else { continue };
            if known.contains(p) || !filter.admits(p) {
                continue;
            }
            let e = engine
                .explain(mine, member, match_lang(caller.lang))
                .map_err(|e| AppError::Internal(format!("matching: {e}")))?;
            views.push(MatchView {
                member,
                name: p.name.clone(),
                score: round4(score),
                give_give: round4(e.give_give),
                shared_interests: round4(e.shared),
                sector: p.sector.clone(),
                city: p.city.clone(),
                reason: e.render_named(match_lang(caller.lang), &p.name),
                reasons: e.reasons_named(match_lang(caller.lang), &p.name),
            });
            if views.len() == k {
                break;
            }
        }
        Ok(views)
    }
}
