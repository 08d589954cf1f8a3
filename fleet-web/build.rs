//! The fleet page's build script: reads its catalogs (`i18n/en.toml`, `de.toml`, `fr.toml`,
//! each a `[fleet]` table), refuses a missing or stale word or a lost placeholder, and bakes
//! them with `quote!` as one constant per word and a table of texts per language.

use quote::{format_ident, quote};
use std::collections::BTreeMap;
use std::path::PathBuf;

const LANGUAGES: [&str; 3] = ["en", "de", "fr"];

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Catalog {
    fleet: BTreeMap<String, String>,
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
    let catalogs: Vec<BTreeMap<String, String>> = LANGUAGES
        .iter()
        .map(|code| {
            let path = dir.join(format!("{code}.toml"));
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            toml::from_str::<Catalog>(&text)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
                .fleet
        })
        .collect();
    let english = &catalogs[0];
    let mut errors = Vec::new();
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
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("words.rs");
    std::fs::write(out, code.to_string()).unwrap();
}
