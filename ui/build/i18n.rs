//! The message catalogs in `i18n/`: read, checked against the model and the English words, and
//! baked. English is built in; each other language becomes one text file (its words joined by
//! U+001F, in the order the widget looks them up) that the wasm carries or fetches.

use model_types::Model;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The languages besides English, with the name each calls itself.
pub const LANGUAGES: [(&str, &str); 2] = [("de", "Deutsch"), ("fr", "Français")];
/// Separates the texts of a baked catalog; no text may contain it.
pub const SEPARATOR: char = '\u{1f}';

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct English {
    pub ui: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub ui: BTreeMap<String, String>,
    /// English text of model.toml → its translation.
    pub model: BTreeMap<String, String>,
}

pub struct Catalogs {
    pub english: English,
    pub others: Vec<(&'static str, Catalog)>,
}

pub fn read(dir: &Path) -> Result<Catalogs, Vec<String>> {
    let mut errors = Vec::new();
    let mut load = |name: &str| -> Option<String> {
        let path = dir.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        std::fs::read_to_string(&path)
            .map_err(|e| errors.push(format!("cannot read i18n/{name}: {e}")))
            .ok()
    };
    let english = load("en.toml");
    let others: Vec<_> = LANGUAGES
        .iter()
        .map(|(code, _)| (*code, load(&format!("{code}.toml"))))
        .collect();
    let english = english.and_then(|t| {
        toml::from_str::<English>(&t)
            .map_err(|e| errors.push(format!("i18n/en.toml: {e}")))
            .ok()
    });
    let others: Vec<_> = others
        .into_iter()
        .filter_map(|(code, t)| {
            toml::from_str::<Catalog>(&t?)
                .map_err(|e| errors.push(format!("i18n/{code}.toml: {e}")))
                .ok()
                .map(|c| (code, c))
        })
        .collect();
    match english {
        Some(english) if errors.is_empty() => Ok(Catalogs { english, others }),
        _ => Err(errors),
    }
}

/// The model's texts a catalog translates, each once, in the order the build bakes them. The
/// widget's title is a word of its own (`ui.title`), so `meta.title` is left out.
pub fn model_texts(m: &Model) -> Vec<&str> {
    let mut seen = BTreeSet::new();
    m.texts()
        .into_iter()
        .filter(|(at, _)| at != "meta.title")
        .map(|(_, t)| t)
        .filter(|t| seen.insert(*t))
        .collect()
}

fn placeholders(s: &str) -> BTreeSet<&str> {
    s.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// Named checks; every problem is listed.
pub fn validate(c: &Catalogs, m: &Model) -> Vec<String> {
    let mut errors = Vec::new();
    let model = model_texts(m);
    for (code, cat) in c.others.iter() {
        same_words(code, &c.english, cat, &mut errors);
        every_model_text(code, &model, cat, &mut errors);
        same_placeholders(code, &c.english, cat, &mut errors);
        no_separator_or_empty(code, cat, &mut errors);
    }
    errors
}

fn same_words(code: &str, en: &English, cat: &Catalog, errors: &mut Vec<String>) {
    for k in en.ui.keys().filter(|k| !cat.ui.contains_key(*k)) {
        errors.push(format!("i18n/{code}.toml: [ui] misses \"{k}\""));
    }
    for k in cat.ui.keys().filter(|k| !en.ui.contains_key(*k)) {
        errors.push(format!(
            "i18n/{code}.toml: [ui] has \"{k}\", which en.toml does not"
        ));
    }
}

fn every_model_text(code: &str, model: &[&str], cat: &Catalog, errors: &mut Vec<String>) {
    for t in model.iter().filter(|t| !cat.model.contains_key(**t)) {
        errors.push(format!(
            "i18n/{code}.toml: [model] has no translation of \"{t}\""
        ));
    }
    let known: BTreeSet<&str> = model.iter().copied().collect();
    for t in cat.model.keys().filter(|t| !known.contains(t.as_str())) {
        errors.push(format!(
            "i18n/{code}.toml: [model] translates \"{t}\", which model.toml no longer says"
        ));
    }
}

fn same_placeholders(code: &str, en: &English, cat: &Catalog, errors: &mut Vec<String>) {
    let pairs = en
        .ui
        .iter()
        .filter_map(|(k, e)| Some((k.as_str(), e.as_str(), cat.ui.get(k)?.as_str())))
        .chain(
            cat.model
                .iter()
                .map(|(e, t)| (e.as_str(), e.as_str(), t.as_str())),
        );
    for (k, e, t) in pairs {
        if placeholders(e) != placeholders(t) {
            errors.push(format!(
                "i18n/{code}.toml: \"{k}\" must keep the placeholders of the English: {:?}",
                placeholders(e)
            ));
        }
    }
}

fn no_separator_or_empty(code: &str, cat: &Catalog, errors: &mut Vec<String>) {
    for (k, t) in cat.ui.iter().chain(&cat.model) {
        if t.trim().is_empty() {
            errors.push(format!("i18n/{code}.toml: \"{k}\" is empty"));
        }
        if t.contains(SEPARATOR) {
            errors.push(format!("i18n/{code}.toml: \"{k}\" contains U+001F"));
        }
    }
}

/// The Rust source of the catalogs' index, and each language's baked text.
pub fn bake(c: &Catalogs, m: &Model) -> (String, Vec<(&'static str, String)>) {
    use quote::{format_ident, quote};

    // The model's texts sorted, in the index and in each catalog alike: a lookup is a binary
    // search whose position is the text's place in the catalog, with no hash map and no table
    // of positions in the wasm.
    let mut model = model_texts(m);
    model.sort_unstable();
    let word_names = c
        .english
        .ui
        .keys()
        .map(|k| format_ident!("{}", k.to_uppercase()));
    let word_ix =
        (0..c.english.ui.len()).map(|i| u16::try_from(i).expect("fewer than 65,535 words"));
    let word_count = c.english.ui.len();
    let english = c.english.ui.values();
    let text_count = model.len();
    let language_count = LANGUAGES.len() + 1;
    let (codes, names): (Vec<&str>, Vec<&str>) = LANGUAGES.iter().copied().unzip();

    let baked: Vec<(&'static str, String)> = c
        .others
        .iter()
        .map(|(code, cat)| {
            let texts: Vec<&str> = cat
                .ui
                .values()
                .map(String::as_str)
                .chain(model.iter().map(|t| cat.model[*t].as_str()))
                .collect();
            (*code, texts.join(&SEPARATOR.to_string()))
        })
        .collect();
    // Changes whenever a catalog does: the hosted site fetches `i18n/<code>.txt?<this>`.
    let version = baked.iter().fold(0xcbf29ce484222325u64, |h, (_, t)| {
        t.bytes()
            .fold(h, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3))
    });
    let version = format!("{version:016x}");
    let catalog_count = baked.len();
    let catalog_codes = baked.iter().map(|(code, _)| *code);
    let catalog_files = baked.iter().map(|(code, _)| format!("/catalog-{code}.txt"));

    let tokens = quote! {
        /// The widget's own words: an index into every catalog.
        pub mod words {
            use super::Word;
            #( pub const #word_names: Word = Word(#word_ix); )*
        }
        const WORD_COUNT: usize = #word_count;
        static ENGLISH_WORDS: [&str; #word_count] = [ #(#english),* ];
        const MODEL_TEXT_COUNT: usize = #text_count;
        static MODEL_TEXTS: [&str; #text_count] = [ #(#model),* ];
        /// Every language: its code and the name it calls itself. English first.
        pub static LANGUAGES: [(&str, &str); #language_count] =
            [("en", "English"), #((#codes, #names)),*];
        pub const CATALOG_VERSION: &str = #version;
        /// The catalogs themselves, where the build carries them (the embed script, native code).
        #[cfg(any(feature = "embed", not(target_arch = "wasm32")))]
        pub static CATALOGS: [(&str, &str); #catalog_count] = [
            #((#catalog_codes, include_str!(concat!(env!("OUT_DIR"), #catalog_files)))),*
        ];
    };
    (
        format!("// @generated by ui/build/i18n.rs from i18n/. Do not edit.\n{tokens}\n"),
        baked,
    )
}
