//! rete's texts, in Italian and English, written in [Project Fluent].
//!
//! Every crate that shows text to a person keeps its messages in
//! `locales/en.ftl` and `locales/it.ftl`, embeds them with [`catalog!`] at
//! its root and renders them with [`t!`]:
//!
//! ```ignore
//! rete_i18n::catalog!();
//! use rete_i18n::t;
//! let text = t!("people.count", locale = "it", count = 3);
//! ```
//!
//! Keys are written with dots (`people.count`); in the `.ftl` files the
//! dots are hyphens (`people-count`), as Fluent identifiers require. The
//! language is always passed in, never global: the server renders pages
//! for people of both languages at once.
//!
//! Numbers passed as numbers (`count = 3`, not `count = "3"`) select the
//! plural category of the language (`[one]`, `*[other]`); any other value
//! is passed as its `Display` text, and can select a variant too (a
//! gender, a kind).
//!
//! [Project Fluent]: https://projectfluent.org

use std::borrow::Cow;
use std::fmt::Display;

use fluent_bundle::{concurrent::FluentBundle, FluentResource};
pub use fluent_bundle::{FluentArgs, FluentValue};

/// The messages of one crate, one Fluent bundle per language.
pub struct Catalog {
    bundles: Vec<(&'static str, FluentBundle<FluentResource>)>,
    keys: Vec<(&'static str, Vec<String>)>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("languages", &self.bundles.iter().map(|(l, _)| *l).collect::<Vec<_>>()).finish()
    }
}

/// Why a catalog cannot be built: a message file that does not parse, or
/// that defines a message twice. Both are mistakes in rete's own files,
/// caught by each crate's `both_languages_have_every_message` test.
#[derive(Debug)]
pub struct CatalogError {
    pub lang: &'static str,
    pub problems: Vec<String>,
}

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "locales/{}.ftl: {}", self.lang, self.problems.join("; "))
    }
}

impl std::error::Error for CatalogError {}

impl Catalog {
    /// Parses the `.ftl` text of each language.
    pub fn try_new(sources: &[(&'static str, &'static str)]) -> Result<Self, CatalogError> {
        let mut bundles = Vec::with_capacity(sources.len());
        let mut keys = Vec::with_capacity(sources.len());
        for &(lang, text) in sources {
            let fail = |problems: Vec<String>| CatalogError { lang, problems };
            let resource = FluentResource::try_new(text.to_owned())
                .map_err(|(_, errors)| fail(errors.iter().map(|e| format!("{e:?}")).collect()))?;
            let id: unic_langid::LanguageIdentifier = lang.parse().map_err(|e| fail(vec![format!("{lang}: {e}")]))?;
            let ids = resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect();
            keys.push((lang, ids));
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks (U+2068/U+2069) around every placeable would
            // end up in e-mails, CSV files and terminals; rete's texts are
            // left to right in both languages, and names in other scripts
            // are isolated where they are shown (HTML `bdi`).
            bundle.set_use_isolating(false);
            bundle.add_resource(resource).map_err(|errors| fail(errors.iter().map(|e| e.to_string()).collect()))?;
            bundles.push((lang, bundle));
        }
        Ok(Catalog { bundles, keys })
    }

    /// Like [`Catalog::try_new`], for the files a crate embeds: they are
    /// rete's own and tested, so a broken one is a bug, reported at once.
    pub fn new(sources: &[(&'static str, &'static str)]) -> Self {
        match Self::try_new(sources) {
            Ok(catalog) => catalog,
            Err(e) => panic!("{e}"),
        }
    }

    fn bundle(&self, lang: &str) -> Option<&FluentBundle<FluentResource>> {
        self.bundles.iter().find(|(l, _)| *l == lang).map(|(_, b)| b)
    }

    /// The messages one language has and another lacks ("it lacks
    /// people-count"): each crate's test asks for none, so no text falls
    /// back to English unseen.
    pub fn gaps(&self) -> Vec<String> {
        let mut gaps = Vec::new();
        for (lang, ids) in &self.keys {
            for (other, other_ids) in &self.keys {
                gaps.extend(
                    ids.iter()
                        .filter(|id| !other_ids.contains(id))
                        .map(|id| format!("{other} lacks {id} ({lang} has it)")),
                );
            }
        }
        gaps
    }

    /// The message `key` in `lang` only, without falling back to another
    /// language: for texts that exist in one language and are supplied
    /// otherwise in the other (clap's help, written in English in the code).
    pub fn get(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundle(lang)?;
        let pattern = bundle.get_message(&fluent_id(key))?.value()?;
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
    }

    /// Every message id of `lang`, as the `.ftl` file spells it.
    pub fn ids(&self, lang: &str) -> &[String] {
        self.keys.iter().find(|(l, _)| *l == lang).map_or(&[], |(_, ids)| ids.as_slice())
    }

    /// The message `key` in `lang` (in the first language given, English,
    /// when `lang` lacks it), with
    /// `args`. An unknown key renders as itself, so a missing text shows
    /// up in a test instead of as an empty string.
    pub fn text(&self, lang: &str, key: &str, args: Option<&FluentArgs>) -> Cow<'static, str> {
        let id = fluent_id(key);
        let first = self.bundle(lang).into_iter();
        let fallback = self.bundles.first().map(|(_, b)| b).into_iter();
        for bundle in first.chain(fallback) {
            if let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                return Cow::Owned(text.into_owned());
            }
        }
        Cow::Owned(key.to_owned())
    }
}

/// `people.count` → `people-count`: Fluent identifiers have no dots.
fn fluent_id(key: &str) -> Cow<'_, str> {
    if key.contains('.') {
        Cow::Owned(key.replace('.', "-"))
    } else {
        Cow::Borrowed(key)
    }
}

/// A value handed to a message. Numbers stay numbers, so that Fluent can
/// choose their plural category; everything else is its `Display` text.
/// Chosen at compile time by autoref specialisation: [`NumberArg`] is
/// implemented for `Arg<number>` and found first; [`DisplayArg`] for
/// `&Arg<T: Display>` is the fallback.
#[doc(hidden)]
#[derive(Debug)]
pub struct Arg<'a, T: ?Sized>(pub &'a T);

#[doc(hidden)]
pub trait NumberArg {
    fn fluent(&self) -> FluentValue<'static>;
}

#[doc(hidden)]
pub trait DisplayArg {
    fn fluent(&self) -> FluentValue<'static>;
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl NumberArg for Arg<'_, $t> {
            fn fluent(&self) -> FluentValue<'static> {
                FluentValue::from(*self.0)
            }
        }
        impl NumberArg for Arg<'_, &$t> {
            fn fluent(&self) -> FluentValue<'static> {
                FluentValue::from(**self.0)
            }
        }
    )*};
}

numbers!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);

impl<T: Display + ?Sized> DisplayArg for &Arg<'_, T> {
    fn fluent(&self) -> FluentValue<'static> {
        FluentValue::from(self.0.to_string())
    }
}

/// Embeds the crate's `locales/en.ftl` and `locales/it.ftl`; call it once,
/// at the crate's root, so that [`t!`] finds them. It also gives the
/// crate the test that both files parse and have every message.
#[macro_export]
macro_rules! catalog {
    () => {
        #[doc(hidden)]
        pub(crate) static RETE_I18N_CATALOG: ::std::sync::LazyLock<$crate::Catalog> =
            ::std::sync::LazyLock::new(|| {
                $crate::Catalog::new(&[
                    ("en", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en.ftl"))),
                    ("it", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/it.ftl"))),
                ])
            });

        #[cfg(test)]
        mod rete_i18n_catalog_tests {
            #[test]
            fn both_languages_have_every_message() {
                let gaps = super::RETE_I18N_CATALOG.gaps();
                assert!(gaps.is_empty(), "{gaps:?}");
            }
        }
    };
}

/// The message `key` of the calling crate's catalog, in `locale`, with
/// named arguments: `t!("people.count", locale = l, count = n)`.
///
/// `crate::` here is the calling crate on purpose: each crate renders its
/// own messages, from the catalog [`catalog!`] put at its root.
#[macro_export]
#[allow(clippy::crate_in_macro_def)]
macro_rules! t {
    ($key:expr, locale = $locale:expr $(,)?) => {
        crate::RETE_I18N_CATALOG.text(::std::convert::AsRef::<str>::as_ref(&$locale), ::std::convert::AsRef::<str>::as_ref(&$key), None)
    };
    ($key:expr, locale = $locale:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::{DisplayArg as _, NumberArg as _};
        let mut args = $crate::FluentArgs::new();
        $( args.set(stringify!($name), (&$crate::Arg(&$value)).fluent()); )+
        crate::RETE_I18N_CATALOG.text(::std::convert::AsRef::<str>::as_ref(&$locale), ::std::convert::AsRef::<str>::as_ref(&$key), Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "people = { $count ->\n    [one] { $count } person\n   *[other] { $count } people\n}\nhello = Hello, { $name }\n";
    const IT: &str = "people = { $count ->\n    [one] { $count } persona\n   *[other] { $count } persone\n}\n";

    fn catalog() -> Catalog {
        Catalog::new(&[("en", EN), ("it", IT)])
    }

    fn render(c: &Catalog, lang: &str, key: &str, arg: (&str, FluentValue<'static>)) -> String {
        let mut args = FluentArgs::new();
        args.set(arg.0, arg.1);
        c.text(lang, key, Some(&args)).into_owned()
    }

    #[test]
    fn numbers_choose_their_plural_in_each_language() {
        let c = catalog();
        assert_eq!(render(&c, "en", "people", ("count", Arg(&1usize).fluent())), "1 person");
        assert_eq!(render(&c, "en", "people", ("count", Arg(&2i64).fluent())), "2 people");
        assert_eq!(render(&c, "it", "people", ("count", Arg(&1u32).fluent())), "1 persona");
        assert_eq!(render(&c, "it", "people", ("count", Arg(&0usize).fluent())), "0 persone");
    }

    #[test]
    fn text_is_passed_as_text_and_never_isolated() {
        let c = catalog();
        assert_eq!(render(&c, "en", "hello", ("name", DisplayArg::fluent(&&Arg("Giulia")))), "Hello, Giulia");
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_key() {
        let c = catalog();
        assert_eq!(render(&c, "it", "hello", ("name", DisplayArg::fluent(&&Arg("Giulia")))), "Hello, Giulia");
        assert_eq!(c.text("it", "no.such", None), "no.such");
    }

    #[test]
    fn a_message_only_one_language_has_is_a_gap() {
        assert_eq!(catalog().gaps(), vec!["it lacks hello (en has it)"]);
    }

    #[test]
    fn a_broken_file_is_an_error_naming_its_language() {
        let e = Catalog::try_new(&[("en", "ok = fine\n"), ("it", "broken = {\n")]).unwrap_err();
        assert_eq!(e.lang, "it");
    }
}
