//! The fleet page's build script: reads its catalogs (`i18n/en.toml`, `de.toml`, `fr.toml`,
//! each a `[fleet]` table of words and a `[short]` table of short question names), refuses a
//! missing or stale word, a lost placeholder or a short name for a question the model doesn't
//! ask (or none for one it does), and bakes them with `quote!` as one constant per word and a
//! table of texts per language.

use quote::{format_ident, quote};
use std::collections::BTreeMap;
use std::path::PathBuf;

const LANGUAGES: [&str; 3] = ["en", "de", "fr"];

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Catalog {
    fleet: BTreeMap<String, String>,
    /// A question's short name, by its key: the plan's group titles say "Registered: No, not
    /// yet", not a bare "No, not yet".
    short: BTreeMap<String, String>,
}

/// The model's question keys (`model.toml`'s `[[questions]]`), read for the check alone.
#[derive(serde::Deserialize)]
struct ModelKeys {
    questions: Vec<QuestionKey>,
}

#[derive(serde::Deserialize)]
struct QuestionKey {
    key: String,
}

fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    found.sort_unstable();
    found
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("i18n");
    println!("cargo:rerun-if-changed={}", dir.display());
    let (catalogs, shorts): (Vec<_>, Vec<_>) = LANGUAGES
        .iter()
        .map(|code| {
            let path = dir.join(format!("{code}.toml"));
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let c = toml::from_str::<Catalog>(&text)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (c.fleet, c.short)
        })
        .unzip();
    let model = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../model.toml");
    println!("cargo:rerun-if-changed={}", model.display());
    let keys: Vec<String> = toml::from_str::<ModelKeys>(&std::fs::read_to_string(&model).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", model.display()))
        .questions
        .into_iter()
        .map(|q| q.key)
        .collect();
    let english = &catalogs[0];
    let mut errors = Vec::new();
    for (code, short) in LANGUAGES.iter().zip(&shorts) {
        for key in keys.iter().filter(|k| !short.contains_key(*k)) {
            errors.push(format!(
                "i18n/{code}.toml: [short] misses the question {key}"
            ));
        }
        for key in short.keys().filter(|k| !keys.contains(k)) {
            errors.push(format!(
                "i18n/{code}.toml: [short] {key} is no question of model.toml"
            ));
        }
    }
    for (code, catalog) in LANGUAGES.iter().zip(&catalogs).skip(1) {
        for (key, text) in english {
            match catalog.get(key) {
                None => errors.push(format!("i18n/{code}.toml: [fleet] misses {key}")),
                Some(t) if placeholders(t) != placeholders(text) => errors.push(format!(
                    "i18n/{code}.toml: [fleet] {key} has placeholders {:?}, English has {:?}",
                    placeholders(t),
                    placeholders(text)
                )),
                Some(_) => {}
            }
        }
        for key in catalog.keys().filter(|k| !english.contains_key(*k)) {
            errors.push(format!("i18n/{code}.toml: [fleet] {key} is not in en.toml"));
        }
    }
    assert!(
        errors.is_empty(),
        "the fleet page's catalogs:\n{}",
        errors.join("\n")
    );
    let consts = english.keys().enumerate().map(|(i, key)| {
        let name = format_ident!("{}", key.to_uppercase());
        quote! { pub const #name: Word = Word(#i); }
    });
    let tables = catalogs.iter().map(|c| {
        let texts = c.values();
        quote! { &[#(#texts),*] }
    });
    let short_tables = shorts.iter().map(|short| {
        let pairs = short.iter().map(|(k, v)| quote! { (#k, #v) });
        quote! { &[#(#pairs),*] }
    });
    let codes = LANGUAGES;
    let code = quote! {
        /// The page's words, one constant each (`fleet-web/i18n/en.toml`). `LINK` is the
        /// packaging's alone (the widget's pages link here with it).
        #[allow(dead_code)]
        pub mod words {
            use super::Word;
            #(#consts)*
        }
        pub const CODES: [&str; 3] = [#(#codes),*];
        static TEXTS: [&[&str]; 3] = [#(#tables),*];
        /// Each language's short question names, by the question's key.
        static SHORT: [&[(&str, &str)]; 3] = [#(#short_tables),*];
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("words.rs");
    std::fs::write(out, code.to_string()).unwrap();
}
