//! The layering stated in ARCHITECTURE.md, checked: the engine's crate depends on no web crate
//! (so Cargo refuses web code there), and the UI holds no rules (it never reads the model's rules
//! or notes).

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

/// The names in a manifest's `[dependencies]` table.
fn dependencies(manifest: &str) -> Vec<String> {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(manifest)).unwrap();
    text.lines()
        .skip_while(|l| l.trim() != "[dependencies]")
        .skip(1)
        .take_while(|l| !l.starts_with('['))
        .filter_map(|l| l.split_once('=').map(|(name, _)| name.trim().to_owned()))
        .filter(|name| !name.starts_with('#') && !name.is_empty())
        .collect()
}

/// The model and the engine know nothing about Yew, the DOM or JavaScript: their crates may
/// depend on serde and each other alone, so Cargo itself refuses a `use yew` there.
#[test]
fn the_engine_crate_depends_on_no_web_crate() {
    assert_eq!(dependencies("engine/Cargo.toml"), ["model-types", "serde"]);
    assert_eq!(
        dependencies("model-types/Cargo.toml"),
        ["serde", "databake"]
    );
    // The UI sits on the engine and brings Yew; only the web crate (.) brings wasm-bindgen's
    // JavaScript side (js-sys, serde-wasm-bindgen).
    let ui = dependencies("ui/Cargo.toml");
    assert!(ui.contains(&"autopilot-engine".to_owned()), "{ui:?}");
    for web in ["js-sys", "serde-wasm-bindgen", "wasm-bindgen"] {
        assert!(!ui.contains(&web.to_owned()), "ui depends on {web}");
    }
}

#[test]
fn the_models_shape_is_written_once() {
    // model-types defines the model's types; the build reads into them and bakes them with
    // databake and quote, the runtime includes what it baked. Nobody spells them again.
    let model_types = files("model-types");
    for name in [
        "Model",
        "Meta",
        "Source",
        "Fact",
        "Link",
        "Scenario",
        "Capability",
        "Question",
        "Choice",
        "Condition",
        "Rule",
        "Note",
        "Cell",
        "Effect",
        "RuleContext",
    ] {
        let defines = |text: &str| {
            text.contains(&format!("pub struct {name} "))
                || text.contains(&format!("pub enum {name} "))
        };
        assert!(
            model_types.iter().any(|(_, text)| defines(text)),
            "model-types defines {name}"
        );
        for dir in ["src", "engine", "ui", "xtask"] {
            for (path, text) in files(dir) {
                assert!(!defines(&text), "{path} defines {name} again");
            }
        }
    }
    for (path, text) in files("engine/build").into_iter().chain(files("ui/build")) {
        assert!(
            !text.contains("writeln!"),
            "{path} writes Rust by hand: bake with databake or quote"
        );
    }
}

#[test]
fn the_ui_applies_no_rules_of_its_own() {
    for (path, text) in files("ui/src/ui") {
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
    for dir in ["src", "engine", "ui", "xtask", "model-types"] {
        for (path, text) in files(dir) {
            assert!(
                text.trim_start().starts_with("//!"),
                "{path} lacks a //! line"
            );
        }
    }
}

#[test]
fn the_build_folders_are_cargos_build_scripts_alone() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["engine/build", "ui/build"] {
        for entry in fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            assert!(
                path.extension().is_some_and(|e| e == "rs"),
                "{} belongs in package/ or xtask/, not in a build script's folder",
                path.display()
            );
        }
    }
}

#[test]
fn evaluate_and_the_change_searches_share_a_lower_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("engine/src/engine");
    let changes = fs::read_to_string(root.join("changes.rs")).unwrap();
    for line in changes.lines().filter(|l| l.starts_with("use super::")) {
        assert!(
            line.starts_with("use super::assess::")
                || line.starts_with("use super::names")
                || line == "use super::Answers;",
            "changes.rs reaches into evaluate's module: {line}"
        );
    }
    let assess = fs::read_to_string(root.join("assess.rs")).unwrap();
    for line in assess.lines().filter(|l| l.starts_with("use super::")) {
        assert!(
            line == "use super::Answers;" || line.starts_with("use super::names"),
            "assess.rs depends on what sits above it: {line}"
        );
    }
}

/// Issue #12: the engine works in indices; a scenario's id or a question's key is written only
/// where it crosses a boundary: `names.rs` (serializing the evaluation) and `answers.rs`
/// (reading and writing answers by name, for the API, links and storage).
#[test]
fn the_engine_names_things_only_at_its_boundaries() {
    for (path, text) in files("engine/src/engine") {
        if path.ends_with("names.rs") || path.ends_with("answers.rs") {
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for field in [".id", ".key"] {
                let reads_name = code.match_indices(field).any(|(i, _)| {
                    !code[i + field.len()..]
                        .starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '(')
                });
                assert!(
                    !reads_name,
                    "{path}:{}: reads a name ({field}); hold the index and name it in names.rs",
                    n + 1
                );
            }
        }
    }
}

/// Small components: no function in the UI runs to 100 lines (a render function that long is
/// several components, or several helpers, waiting to be named).
#[test]
fn ui_functions_stay_under_a_hundred_lines() {
    for (path, text) in files("ui/src/ui") {
        let lines: Vec<&str> = text.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            let indent = line.len() - line.trim_start().len();
            let t = line.trim_start();
            let starts_fn = t.starts_with("fn ") || t.starts_with("pub fn ");
            if !starts_fn || t.ends_with(';') {
                continue;
            }
            let close = " ".repeat(indent) + "}";
            let len = lines[n..]
                .iter()
                .position(|l| *l == close)
                .unwrap_or(lines.len() - n)
                + 1;
            assert!(len < 100, "{path}:{}: a function of {len} lines", n + 1);
        }
    }
}

/// The engine's evaluation is not the JavaScript API's shape: the web crate's `embed::shape`
/// names and shapes it. Only the answers (which pages give and get) cross with serde in the
/// engine.
#[test]
fn the_engines_types_carry_no_javascript_shape() {
    for (path, text) in files("engine/src/engine") {
        if path.ends_with("answers.rs") {
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            for serde in ["Serialize", "serde(", "serde::"] {
                assert!(
                    !line.contains(serde),
                    "{path}:{}: {serde}: the API's shape belongs in src/embed/shape.rs",
                    n + 1
                );
            }
        }
    }
}
