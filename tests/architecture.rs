//! The layering and the invariants ARCHITECTURE.md states, checked: the engine's crate depends
//! on no web crate (so Cargo refuses web code there), the UI holds no rules, no state but the
//! root's answers and no words of its own, and each folder holds what the document says.

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

/// The fleet plan's core sits on the engine and reads files with its own code and one DEFLATE
/// crate: no web crate, so the page, its worker and `planFleet` are laid on it, not in it.
#[test]
fn the_fleet_core_depends_on_the_engine_and_no_web_crate() {
    assert_eq!(
        dependencies("fleet/Cargo.toml"),
        ["autopilot-engine", "serde", "miniz_oxide"]
    );
}

/// The widget does not carry the fleet page (issue #22: it is built apart, package.mjs): no
/// crate below or beside the fleet page depends on it or on the fleet's core.
#[test]
fn the_widget_carries_no_fleet_code() {
    for manifest in ["Cargo.toml", "ui/Cargo.toml", "engine/Cargo.toml"] {
        let deps = dependencies(manifest);
        assert!(
            !deps.iter().any(|d| d.contains("fleet")),
            "{manifest} depends on {deps:?}: the fleet page is built apart"
        );
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
    for dir in ["src", "engine", "ui", "xtask", "model-types", "fleet"] {
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
    for (crate_dir, dir) in [("engine", "engine/build"), ("ui", "ui/build")] {
        let cargo = fs::read_to_string(root.join(crate_dir).join("Cargo.toml")).unwrap();
        assert!(
            cargo.contains("build = \"build/main.rs\""),
            "{crate_dir}'s build script"
        );
        let main = fs::read_to_string(root.join(dir).join("main.rs")).unwrap();
        for entry in fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_str().unwrap();
            assert!(
                path.extension().is_some_and(|e| e == "rs")
                    && (name == "main" || main.contains(&format!("mod {name};"))),
                "{} is no module of the build script: it belongs in package/ or xtask/",
                path.display()
            );
        }
    }
}

#[test]
fn the_packaging_lives_in_package_and_xtask() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let trunk = fs::read_to_string(root.join("Trunk.toml")).unwrap();
    assert!(trunk.contains("command_arguments = [\"package/package.mjs\"]"));
    // package.mjs runs the packaging's native helpers as xtask's subcommands, each a module of
    // xtask/src/main.rs; no crate keeps them as examples any more.
    let package = fs::read_to_string(root.join("package/package.mjs")).unwrap();
    let xtask = fs::read_to_string(root.join("xtask/src/main.rs")).unwrap();
    let subcommands: Vec<&str> = package
        .split("'-p', 'xtask', '--', '")
        .skip(1)
        .map(|rest| &rest[..rest.find('\'').unwrap()])
        .collect();
    assert!(
        !subcommands.is_empty(),
        "package.mjs runs no xtask subcommand"
    );
    for name in subcommands {
        assert!(
            xtask.contains(&format!("mod {name};")) && xtask.contains(&format!("Some(\"{name}\")")),
            "xtask has no subcommand {name}"
        );
    }
    let cargo = fs::read_to_string(root.join("Cargo.toml")).unwrap();
    assert!(
        !cargo.contains("path = \"package/"),
        "the packaging's helpers are xtask's subcommands, not examples"
    );
}

#[test]
fn serde_wasm_bindgen_is_the_embeddings_alone() {
    for (path, text) in ["src", "ui", "engine", "fleet", "fleet-web"]
        .into_iter()
        .flat_map(files)
    {
        // The fleet page's embedding is its `api.rs` (planFleet).
        assert!(
            path.contains("/src/embed/")
                || path.ends_with("fleet-web/src/api.rs")
                || !text.contains("serde_wasm_bindgen"),
            "{path} uses serde_wasm_bindgen: values cross into JavaScript in src/embed only"
        );
    }
}

/// The model is baked at build time: the wasm links no TOML or JSON parser, and nothing in
/// `src/` writes or reads JSON text with one (a profile given as JSON text goes through the
/// browser's `JSON.parse`).
#[test]
fn the_wasm_carries_no_parser_for_the_model() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifests = [
        "Cargo.toml",
        "engine/Cargo.toml",
        "ui/Cargo.toml",
        "model-types/Cargo.toml",
    ];
    let cargo: String = manifests
        .iter()
        .map(|m| fs::read_to_string(root.join(m)).unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    for section in cargo.split("\n[").filter(|s| s.contains("dependencies]")) {
        if section.starts_with("build-dependencies]") || section.starts_with("dev-dependencies]") {
            continue;
        }
        for parser in ["toml", "serde_json", "serde-json"] {
            assert!(
                !section
                    .lines()
                    .any(|l| l.starts_with(&format!("{parser} "))),
                "[{} names {parser}",
                section.lines().next().unwrap()
            );
        }
    }
    let wasm_sources = ["src", "ui/src", "engine/src"].into_iter().flat_map(files);
    for (path, text) in wasm_sources {
        for parser in ["toml::", "serde_json"] {
            assert!(!text.contains(parser), "{path} uses {parser}");
        }
    }
}

/// The answers (and the answers one what-if change replaced) live in one reducer at the root;
/// components keep only passing UI state: the notices dismissed, the copy message; the root, the
/// view shown (admin or employee, the hosted page's switch) and whether "How IT chooses" is open.
#[test]
fn the_answers_live_in_one_reducer_at_the_root() {
    for (path, text) in files("ui/src/ui") {
        let reducers = text.matches("use_reducer").count();
        let states = text.matches("use_state").count();
        if path.ends_with("/ui/app.rs") {
            assert_eq!(reducers, 1, "{path}");
        } else {
            assert_eq!(reducers, 0, "{path} has a reducer of its own");
        }
        let passing = path.ends_with("/notices.rs")
            || path.ends_with("/recommendation.rs")
            || path.ends_with("/employee.rs");
        let allowed = if path.ends_with("/ui/app.rs") {
            2
        } else {
            usize::from(passing)
        };
        assert!(
            states <= allowed,
            "{path} keeps state: the answers belong in the root's reducer"
        );
    }
}

/// The string literals that follow `open` in `line`, each with the code after it.
fn literals_after<'a>(line: &'a str, open: &str) -> Vec<(&'a str, &'a str)> {
    line.match_indices(open)
        .filter_map(|(i, _)| {
            let rest = &line[i + open.len()..];
            let end = rest.find('"')?;
            Some((&rest[..end], &rest[end + 1..]))
        })
        .collect()
}

/// Every word the widget shows is looked up in the catalogs: no component writes a word as a
/// text child (`{ "…" }`) or as an accessible name or title.
#[test]
fn the_ui_writes_no_words_of_its_own() {
    let has_word = |t: &&str| t.chars().any(char::is_alphabetic);
    for (path, text) in ["ui/src/ui", "fleet-web/src/page"]
        .into_iter()
        .flat_map(files)
    {
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            let squeezed = line.replace("{ \"", "{\"");
            let mut words: Vec<&str> = literals_after(&squeezed, "{\"")
                .into_iter()
                .filter(|(_, after)| after.trim_start().starts_with('}'))
                .map(|(literal, _)| literal)
                .filter(has_word)
                .collect();
            for attribute in ["aria-label=\"", "title=\"", "alt=\"", "placeholder=\""] {
                let named = literals_after(line, attribute).into_iter().map(|(l, _)| l);
                words.extend(named.filter(has_word));
            }
            assert!(
                words.is_empty(),
                "{path} writes {words:?}: put the words in i18n/en.toml [ui] and look them up"
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
            for lookup in [".scenario_ix(", ".question_ix(", ".value_ix("] {
                assert!(
                    !code.contains(lookup),
                    "{path}:{}: looks a name up ({lookup}); do it in answers.rs or names.rs",
                    n + 1
                );
            }
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
    for (path, text) in ["ui/src/ui", "fleet-web/src"].into_iter().flat_map(files) {
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
