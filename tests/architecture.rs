//! The layering stated in ARCHITECTURE.md, checked: the model and the engine use no web crate,
//! and the UI holds no rules (it never reads the model's rules or notes).

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((
                path.display().to_string(),
                fs::read_to_string(&path).unwrap(),
            ));
        }
    }
}

fn files(dir: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut out);
    assert!(!out.is_empty(), "{dir} has no Rust files");
    out
}

#[test]
fn model_and_engine_know_nothing_about_the_web() {
    let web = [
        "yew",
        "web_sys",
        "wasm_bindgen",
        "js_sys",
        "gloo",
        "serde_wasm_bindgen",
    ];
    for dir in ["src/model", "src/engine", "build"] {
        // The prerenderer runs the UI natively through Yew's server renderer: it is the one
        // build step that is about the widget, not the model.
        for (path, text) in files(dir)
            .into_iter()
            .filter(|(p, _)| !p.ends_with("build/prerender.rs"))
        {
            for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for w in web {
                    assert!(
                        !line.contains(&format!("{w}::")) && !line.contains(&format!("use {w}")),
                        "{path} uses {w}: {line}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_ui_applies_no_rules_of_its_own() {
    for (path, text) in files("src/ui") {
        for forbidden in ["MODEL.rules", "MODEL.notes", ".weight", "RuleContext"] {
            assert!(
                !text.contains(forbidden),
                "{path} reads {forbidden}: rules belong to the engine"
            );
        }
    }
}

#[test]
fn every_module_says_what_lives_there() {
    for dir in ["src", "build"] {
        for (path, text) in files(dir) {
            assert!(
                text.trim_start().starts_with("//!"),
                "{path} lacks a //! line"
            );
        }
    }
}
