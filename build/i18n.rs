//! The message catalogs in `i18n/`: read, checked against the model and the English words, and
//! baked. English is built in; each other language becomes one text file (its words joined by
//! U+001F, in the order the widget looks them up) that the wasm carries or fetches.

use crate::schema::ModelFile;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
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
pub fn model_texts(m: &ModelFile) -> Vec<&str> {
    let mut seen = BTreeSet::new();
    crate::validate::texts(m)
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
pub fn validate(c: &Catalogs, m: &ModelFile) -> Vec<String> {
    let mut errors = Vec::new();
    let model = model_texts(m);
    for (code, cat) in &c.others {
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
pub fn bake(c: &Catalogs, m: &ModelFile) -> (String, Vec<(&'static str, String)>) {
    let model = model_texts(m);
    let mut out = String::new();
    let w = &mut out;
    writeln!(
        w,
        "/// The widget's own words: an index into every catalog."
    )
    .unwrap();
    writeln!(w, "pub mod words {{").unwrap();
    writeln!(w, "    use super::Word;").unwrap();
    for (i, k) in c.english.ui.keys().enumerate() {
        writeln!(w, "    pub const {}: Word = Word({i});", k.to_uppercase()).unwrap();
    }
    writeln!(w, "}}").unwrap();
    let n = c.english.ui.len();
    writeln!(w, "const WORD_COUNT: usize = {n};").unwrap();
    writeln!(w, "static ENGLISH_WORDS: [&str; {n}] = [").unwrap();
    for v in c.english.ui.values() {
        writeln!(w, "    {v:?},").unwrap();
    }
    writeln!(w, "];").unwrap();
    // Sorted by text, so a lookup is a binary search and the wasm needs no hash map.
    let mut sorted: Vec<(&str, usize)> = model.iter().enumerate().map(|(i, t)| (*t, i)).collect();
    sorted.sort();
    writeln!(w, "const MODEL_TEXT_COUNT: usize = {};", model.len()).unwrap();
    writeln!(w, "static MODEL_TEXTS: [(&str, u16); {}] = [", model.len()).unwrap();
    for (t, i) in sorted {
        writeln!(w, "    ({t:?}, {i}),").unwrap();
    }
    writeln!(w, "];").unwrap();
    writeln!(
        w,
        "/// Every language: its code and the name it calls itself. English first.\npub static LANGUAGES: [(&str, &str); {}] = [(\"en\", \"English\"), {}];",
        LANGUAGES.len() + 1,
        LANGUAGES
            .iter()
            .map(|(c, n)| format!("({c:?}, {n:?})"))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .unwrap();

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
    writeln!(w, "pub const CATALOG_VERSION: &str = \"{version:016x}\";").unwrap();
    writeln!(
        w,
        "/// The catalogs themselves, where the build carries them (the embed script, native code)."
    )
    .unwrap();
    writeln!(
        w,
        "#[cfg(any(feature = \"embed\", not(target_arch = \"wasm32\")))]"
    )
    .unwrap();
    writeln!(
        w,
        "pub static CATALOGS: [(&str, &str); {}] = [",
        baked.len()
    )
    .unwrap();
    for (code, _) in &baked {
        writeln!(
            w,
            "    ({code:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/catalog-{code}.txt\"))),"
        )
        .unwrap();
    }
    writeln!(w, "];").unwrap();
    (out, baked)
}
