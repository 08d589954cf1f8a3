//! Each option defined once: the options table (`engine/src/options.rs`) is what the profile
//! reads, and what the hand-written TypeScript (`src/embed/autopilot-advisor.d.ts`, the web
//! part's `profile.ts` and pane), the element's script and the docs say. A field added to the
//! table and not to one of them, or left in one of them after it left the table, fails here.

use autopilot_advisor::model::MODEL;
use autopilot_advisor::options::{Kind, Reads, Scope, NAMES, OPTIONS, PROFILE_FIELDS};
use autopilot_advisor::profile::{self, Value, FIELDS};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

fn read(path: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text between `start` and the first line after it that is `end`.
fn block<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?}"));
    let rest = &text[from + start.len()..];
    let to = rest
        .find(&format!("\n{end}"))
        .unwrap_or_else(|| panic!("{start:?} has no end {end:?}"));
    &rest[..to]
}

/// The members of a TypeScript interface or object literal: `name?: type` or `name: value` at
/// the block's first level of indentation, as (name, type), comments left out.
fn members(body: &str) -> Vec<(String, String)> {
    let indent = body
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    body.lines()
        .filter(|l| l.len() - l.trim_start().len() == indent)
        .map(str::trim)
        .filter(|l| !l.starts_with("//") && !l.starts_with("/*") && !l.starts_with('*'))
        .filter_map(|l| {
            let name: String = l
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let rest = l[name.len()..].trim_start_matches('?');
            (!name.is_empty() && (rest.starts_with(':') || rest.starts_with(',')))
                .then(|| (name, rest.trim_start_matches([':', ',']).trim().to_owned()))
        })
        .collect()
}

fn names_of(scope: Scope) -> BTreeSet<String> {
    OPTIONS
        .iter()
        .filter(|o| o.scope == scope)
        .map(|o| o.name.to_owned())
        .collect()
}

/// The TypeScript type the `.d.ts` gives each kind of value.
fn typescript(kind: Kind) -> &'static str {
    match kind {
        Kind::AnswerMap => "AutopilotAnswers;",
        Kind::QuestionKeys | Kind::ScenarioIds => "string | string[];",
        Kind::ScenarioNotes => "Partial<Record<AutopilotScenarioId,",
        Kind::Boolean => "boolean;",
        Kind::Theme => "'light' | 'dark' | 'auto';",
        Kind::Audience => "'admin' | 'employee';",
        Kind::Language => "string;",
        Kind::Json => "AutopilotProfile | string;",
    }
}

#[test]
fn the_table_names_each_option_and_attribute_once() {
    let names: BTreeSet<_> = NAMES.iter().collect();
    assert_eq!(names.len(), OPTIONS.len(), "an option is defined twice");
    let attributes: Vec<_> = OPTIONS
        .iter()
        .filter_map(|o| o.attribute)
        .filter(|a| a.reads != Reads::EachQuestion)
        .map(|a| a.name)
        .collect();
    assert_eq!(
        attributes.iter().collect::<BTreeSet<_>>().len(),
        attributes.len()
    );
    for a in &attributes {
        assert!(
            a.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !a.is_empty(),
            "attribute {a:?} is not kebab-case"
        );
        // An attribute must not shadow an answer attribute.
        assert!(MODEL
            .questions
            .iter()
            .all(|q| q.key != *a && q.key.replace('_', "-") != *a));
    }
    for o in &OPTIONS {
        assert!(!o.about.is_empty() && !o.about.contains('\n'), "{}", o.name);
    }
    assert_eq!(FIELDS, PROFILE_FIELDS);
}

#[test]
fn the_profile_reads_exactly_the_tables_profile_fields() {
    for o in &OPTIONS {
        let layer = Value::Map(vec![(o.name.to_owned(), Value::Null)]);
        let problems = profile::read(&layer).problems;
        let unknown = problems
            .iter()
            .any(|p| p.starts_with("Unknown profile field"));
        assert_eq!(
            unknown,
            o.scope == Scope::Mount,
            "{}: {problems:?} (a profile field must be read by profile::read_layer, a mount \
             setting refused there)",
            o.name
        );
    }
}

#[test]
fn the_typescript_declarations_say_what_the_table_says() {
    let dts = read("src/embed/autopilot-advisor.d.ts");
    let profile = members(block(&dts, "interface AutopilotProfile {", "  }"));
    let mount = members(block(
        &dts,
        "interface AutopilotMountOptions extends AutopilotProfile {",
        "  }",
    ));
    let declared = |list: &[(String, String)]| -> BTreeSet<String> {
        list.iter()
            .map(|(n, _)| n.clone())
            .filter(|n| n != "onChange")
            .collect()
    };
    assert_eq!(
        declared(&profile),
        names_of(Scope::Profile),
        "AutopilotProfile"
    );
    assert_eq!(
        declared(&mount),
        names_of(Scope::Mount),
        "AutopilotMountOptions"
    );
    for o in &OPTIONS {
        let ty = &profile
            .iter()
            .chain(&mount)
            .find(|(n, _)| n == o.name)
            .unwrap()
            .1;
        assert!(
            ty.starts_with(typescript(o.kind)),
            "{}: the .d.ts says {ty:?}, the table {:?}",
            o.name,
            o.kind
        );
    }
    let attributes: BTreeSet<String> = dts
        .split("type AutopilotAdvisorAttribute =")
        .nth(1)
        .and_then(|rest| rest.split(';').next())
        .expect("the .d.ts declares AutopilotAdvisorAttribute")
        .split('|')
        .map(|a| a.trim().trim_matches('\'').to_owned())
        .filter(|a| !a.is_empty())
        .collect();
    let table: BTreeSet<String> = OPTIONS
        .iter()
        .filter_map(|o| o.attribute)
        .filter(|a| a.reads != Reads::EachQuestion)
        .map(|a| a.name.to_owned())
        .collect();
    assert_eq!(attributes, table, "AutopilotAdvisorAttribute");
    // An option the element also takes from script is a property of the element.
    let element = block(
        &dts,
        "interface AutopilotAdvisorElement extends HTMLElement {",
        "  }",
    );
    for o in OPTIONS.iter().filter(|o| {
        o.attribute
            .is_some_and(|a| a.reads == Reads::TextOrProperty)
    }) {
        assert!(
            element.contains(&format!(
                "\n    {}: {}",
                o.name,
                &typescript(o.kind)[..typescript(o.kind).len() - 1]
            )),
            "the element's {} property",
            o.name
        );
    }
}

/// How the web part's pane gives each option: the property it stores (a prefix for one per
/// question or scenario) and the attribute it sets, or why it has none.
const PANE: [(&str, &[&str]); 12] = [
    ("preset", &["preset_"]),
    ("locked", &["locked_"]),
    ("hidden", &["hidden_"]),
    ("not_offered", &["offered_"]),
    ("scenarios", &["note_", "contactLabel_", "contactUrl_"]),
    ("theme", &["'theme'"]),
    ("compact", &["'compact'"]),
    ("audience", &["'audience'"]),
    // The web part hands the pane's fields over as one profile.
    ("profile", &["'profile'"]),
    // A web part starts where its reader left off; there is no pane field for answers.
    ("answers", &[]),
    ("lang", &["'language'", "'lang'"]),
    ("storage", &["'noStorage'", "'no-storage'"]),
];

#[test]
fn the_web_parts_pane_and_profile_say_what_the_table_says() {
    let part = read("spfx/src/webparts/autopilotAdvisor/AutopilotAdvisorWebPart.ts");
    let profile_ts = read("spfx/src/webparts/autopilotAdvisor/profile.ts");
    assert_eq!(
        PANE.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
        NAMES,
        "every option of the table, in its order, says how the pane gives it"
    );
    for (name, fields) in PANE {
        for f in fields {
            assert!(
                part.contains(f) || profile_ts.contains(f),
                "{name}: the web part has no {f}"
            );
        }
    }
    // The profile the pane makes has exactly the profile's fields.
    let iprofile = members(block(&profile_ts, "export interface IProfile {", "}"));
    let fields: BTreeSet<String> = iprofile.into_iter().map(|(n, _)| n).collect();
    assert_eq!(fields, names_of(Scope::Profile), "profile.ts IProfile");
    let made = members(block(&profile_ts, "  return {\n    preset,", "  };"));
    let mut made: BTreeSet<String> = made.into_iter().map(|(n, _)| n).collect();
    made.insert("preset".into());
    assert_eq!(made, names_of(Scope::Profile), "profile.ts toProfile()");
    // Every attribute the web part sets is the table's.
    for set in part.split("setAttribute(").skip(1) {
        let args = set.split(')').next().unwrap_or_default();
        let Some(name) = args.split('\'').nth(1) else {
            continue;
        };
        assert!(
            OPTIONS
                .iter()
                .any(|o| o.attribute.is_some_and(|a| a.name == name)),
            "the web part sets the attribute {name:?}, which the table does not have"
        );
    }
}

#[test]
fn the_elements_script_spells_no_option_by_hand() {
    let element = read("src/embed/element.js");
    assert!(element.contains("'__OPTIONS__'"), "package.mjs fills it in");
    for o in &OPTIONS {
        if let Some(a) = o.attribute.filter(|a| a.name.contains('-')) {
            assert!(
                !element.contains(&format!("'{}'", a.name)),
                "element.js spells {:?}: it comes from the table",
                a.name
            );
        }
    }
    for q in MODEL.questions.iter().filter(|q| q.key.contains('_')) {
        assert!(
            !element.contains(&format!("'{}'", q.key)),
            "element.js spells the answer key {:?}: it comes from the model",
            q.key
        );
    }
}

#[test]
fn the_docs_list_every_option() {
    let embedding = read("docs/embedding.md");
    let api = read("docs/api.md");
    let mount_options = block(&api, "Options: ", "Until");
    for o in &OPTIONS {
        assert!(
            mount_options.contains(&format!("`{}", o.name)),
            "docs/api.md's mount options miss {}",
            o.name
        );
        if let Some(a) = o.attribute.filter(|a| a.reads != Reads::EachQuestion) {
            assert!(
                embedding.contains(&format!("\n| `{}", a.name)),
                "docs/embedding.md's attribute table misses {}",
                a.name
            );
        }
        if o.scope == Scope::Profile {
            assert!(
                embedding.contains(&format!("\n  \"{}\":", o.name)),
                "docs/embedding.md's profile example misses {}",
                o.name
            );
        }
    }
}
