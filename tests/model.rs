//! The model against its primary source: the seed page's tables and lists, transcribed here
//! from Microsoft Learn's "Windows Autopilot scenarios" (ms.date 2023-04-19) so the project
//! stands alone. Also: every fact cites a source, and the rules are baked in the engine's order.

use autopilot_advisor::model::{Fact, MODEL};

/// The seed's "Scenario capabilities" table, exactly as the page has it.
const SEED_CAPABILITIES: &str = "\
| Scenario | **User-driven** | **Pre-provisioned** | **Self-deploying** | **Existing devices** | **Reset** |
| --- | --- | --- | --- | --- | --- |
| **Supports Azure AD join** | Yes | Yes | Yes | Yes | Yes |
| **Supports hybrid Azure AD join** | Yes | Yes | No | Yes | No |
| **Deployment requires interaction by user** | Yes | Yes | No | NA | Local reset |
| **Deployment requires interaction by IT admin/OEM/reseller** | No | Yes | No | Yes | Remote reset |
| **Supports assigning user to device** | Yes | Yes | No | NA | NA |
| **Minimizes time user interacts with deployment** | No | Yes | Yes | NA | NA |
| **User authenticates** | Yes | User flow | No | NA | Local reset |
| **TPM authenticates** | No | Technician flow | Yes | NA | NA |
| **Registered as Autopilot device before deployment** | Yes | Yes | Yes | No | Yes |
";

fn cells(line: &str) -> Vec<String> {
    line.trim()
        .trim_matches('|')
        .split('|')
        .map(|c| c.trim().trim_matches('*').to_owned())
        .collect()
}

#[test]
fn capability_grid_matches_the_seed_cell_by_cell() {
    let mut lines = SEED_CAPABILITIES.lines();
    let header = cells(lines.next().unwrap());
    // The seed's columns come first; device preparation's column, newer than the seed, after.
    let shorts: Vec<&str> = MODEL
        .scenarios
        .iter()
        .filter(|s| s.in_seed)
        .map(|s| &*s.short)
        .collect();
    assert_eq!(header[1..], shorts, "column order");
    assert!(MODEL.scenarios[shorts.len()..].iter().all(|s| !s.in_seed));
    lines.next(); // the --- row
    let rows: Vec<Vec<String>> = lines.map(cells).collect();
    assert_eq!(rows.len(), MODEL.capabilities.len(), "row count");
    for (row, cap) in rows.iter().zip(MODEL.capabilities.iter()) {
        assert_eq!(row[0], cap.seed_label, "row label");
        // The seed's cells, one per scenario of the seed, in column order.
        assert_eq!(cap.values.len(), shorts.len());
        for (col, (seed, ours)) in row[1..].iter().zip(cap.values.iter()).enumerate() {
            assert_eq!(ours.scenario.ix(), col, "cells in column order");
            assert_eq!(
                seed,
                ours.value.label(),
                "cell {} / {}",
                cap.seed_label,
                MODEL.scenarios[col].short
            );
        }
    }
}

#[test]
fn every_list_of_the_seed_is_complete() {
    // (scenario, pros, cons, guide bullets, walkthrough links), counted on the seed page.
    let expected = [
        ("user-driven", 2, 1, 5, 2),
        ("pre-provisioned", 1, 2, 6, 2),
        ("self-deploying", 1, 4, 5, 1),
        ("existing-devices", 4, 2, 7, 1),
        ("reset", 1, 2, 6, 1),
    ];
    for (id, pros, cons, guide, walk) in expected {
        let s = MODEL.scenario(id).unwrap();
        assert_eq!(s.pros.len(), pros, "{id} pros");
        assert_eq!(s.cons.len(), cons, "{id} cons");
        assert_eq!(s.guide.len(), guide, "{id} guide");
        assert_eq!(s.walkthroughs.len(), walk, "{id} walkthroughs");
    }
}

#[test]
fn overview_table_purposes_match_the_seed() {
    // The seed's overview table, purpose column; descriptions are checked by key phrases.
    let expected = [
        (
            "user-driven",
            "Windows Autopilot user-driven mode",
            "Device for a single user",
            "completely run by the end user",
        ),
        (
            "pre-provisioned",
            "Windows Autopilot for pre-provisioned deployment",
            "Device for a single user",
            "split between an IT admin, OEM or reseller and the end user",
        ),
        (
            "self-deploying",
            "Windows Autopilot self-deploying mode",
            "Kiosk device or device for multiple users",
            "completely automated",
        ),
        (
            "existing-devices",
            "Windows Autopilot for existing devices",
            "Windows must be completely reinstalled",
            "Microsoft Configuration Manager",
        ),
        (
            "reset",
            "Windows Autopilot Reset",
            "factory default installation of Windows",
            "existing installation of Windows",
        ),
    ];
    for (id, name, purpose, description) in expected {
        let s = MODEL.scenario(id).unwrap();
        assert_eq!(s.name, name);
        assert!(s.purpose.contains(purpose), "{id} purpose: {}", s.purpose);
        assert!(
            s.description.contains(description),
            "{id} description: {}",
            s.description
        );
        assert_eq!(s.source.as_str(), "seed-overview");
    }
    // Only the three deployment modes are deployments (the seed's note).
    let deployments: Vec<&str> = MODEL
        .scenarios
        .iter()
        .filter(|s| s.deployment)
        .map(|s| &*s.id)
        .collect();
    assert_eq!(
        deployments,
        [
            "user-driven",
            "pre-provisioned",
            "self-deploying",
            "device-preparation"
        ]
    );
}

#[test]
fn walkthrough_links_are_the_seeds() {
    let urls: Vec<&str> = MODEL
        .scenarios
        .iter()
        .filter(|s| s.in_seed)
        .flat_map(|s| s.walkthroughs.iter().map(|l| &*l.url))
        .collect();
    let base = "https://learn.microsoft.com/autopilot/tutorial/";
    let expected = [
        "user-driven/azure-ad-join-workflow",
        "user-driven/hybrid-azure-ad-join-workflow",
        "pre-provisioning/azure-ad-join-workflow",
        "pre-provisioning/hybrid-azure-ad-join-workflow",
        "self-deploying/self-deploying-workflow",
        "existing-devices/existing-devices-workflow",
        "reset/autopilot-reset-overview",
    ];
    let expected: Vec<String> = expected.iter().map(|p| format!("{base}{p}")).collect();
    assert_eq!(urls, expected);
}

fn all_facts() -> Vec<(&'static str, &'static Fact)> {
    let mut out: Vec<(&str, &Fact)> = MODEL.about.iter().map(|f| ("about", f)).collect();
    for s in MODEL.scenarios.iter() {
        for f in s
            .pros
            .iter()
            .chain(s.cons.iter())
            .chain(s.guide.iter())
            .chain(s.prerequisites.iter())
        {
            out.push((&s.id, f));
        }
    }
    out
}

#[test]
fn every_fact_has_a_source() {
    let known = |url: &str| MODEL.sources.iter().any(|s| s.url == url);
    let mut missing = Vec::new();
    for (at, f) in all_facts() {
        if MODEL.source(&f.source).page.is_empty()
            || MODEL.source(&f.source).section.is_empty()
            || !known(&MODEL.source(&f.source).url)
        {
            missing.push(format!("{at}: {}", f.text));
        }
    }
    for s in MODEL.scenarios.iter() {
        for l in s.walkthroughs.iter() {
            assert!(known(&MODEL.source(&l.source).url), "{} walkthrough", s.id);
        }
        assert!(known(&MODEL.source(&s.source).url), "{}", s.id);
    }
    for c in MODEL.capabilities.iter() {
        assert!(known(&MODEL.source(&c.source).url), "{}", c.id);
    }
    for r in MODEL.rules.iter() {
        assert!(known(&MODEL.source(&r.source).url), "rule {}", r.text);
    }
    for n in MODEL.notes.iter() {
        assert!(known(&MODEL.source(&n.source).url), "note {}", n.id);
    }
    assert!(missing.is_empty(), "facts without a source: {missing:#?}");
    for s in MODEL.sources.iter() {
        assert!(
            s.url.starts_with("https://learn.microsoft.com/"),
            "{}",
            s.url
        );
    }
}

#[test]
fn the_seed_facts_cite_the_seed() {
    // Pros, cons and guide bullets of the seed's scenarios all come from the seed page itself.
    for s in MODEL.scenarios.iter().filter(|s| s.in_seed) {
        for f in s.pros.iter().chain(s.cons.iter()) {
            assert_eq!(f.source.as_str(), "seed-pros-cons", "{}: {}", s.id, f.text);
        }
        for f in s.guide.iter() {
            assert!(
                f.source.as_str().starts_with("seed-guide"),
                "{}: {}",
                s.id,
                f.text
            );
        }
    }
}

#[test]
fn old_names_appear_only_beside_the_new() {
    let mut texts: Vec<&str> = all_facts().iter().map(|(_, f)| &*f.text).collect();
    texts.extend(MODEL.rules.iter().map(|r| &*r.text));
    texts.extend(MODEL.notes.iter().map(|n| &*n.text));
    texts.extend(MODEL.capabilities.iter().map(|c| &*c.label));
    for t in texts {
        if t.contains("Azure AD") {
            assert!(
                t.contains("formerly") || t.contains("renamed"),
                "old name alone: {t}"
            );
        }
    }
    let hybrid = &MODEL.capabilities[1];
    assert_eq!(
        hybrid.label,
        "Supports Microsoft Entra hybrid join (formerly hybrid Azure AD join)"
    );
}

#[test]
fn device_preparations_column_cites_its_own_pages() {
    let dp = MODEL.scenario_ix("device-preparation").unwrap();
    let seed_cap = "seed-capabilities";
    for c in MODEL.capabilities.iter() {
        let source = MODEL.source(c.cell(dp).unwrap().1);
        assert_ne!(
            source.id, seed_cap,
            "{}: a newer cell cites its own page",
            c.id
        );
        assert!(
            source.url.contains("/device-preparation/"),
            "{}: {}",
            c.id,
            source.url
        );
        // The seed's columns cite the seed's table.
        for s in 0..dp {
            assert_eq!(c.cell(s).unwrap().1.as_str(), seed_cap);
        }
    }
    let cell = |id: &str| {
        MODEL
            .capabilities
            .iter()
            .find(|c| c.id == id)
            .unwrap()
            .cell(dp)
            .unwrap()
            .0
            .label()
    };
    assert_eq!(cell("entra-join"), "Yes");
    assert_eq!(cell("hybrid-join"), "No");
    assert_eq!(cell("registered-before"), "No");
    assert_eq!(cell("tpm-authenticates"), "Not stated");
}

/// The README's table of pages is the model's sources, page by page, both ways: every page the
/// model cites is listed with its own date, and the table lists no page the model doesn't cite.
#[test]
fn the_readme_lists_every_page_the_model_follows_with_its_date() {
    let readme = include_str!("../README.md");
    let header = "| page | page date |";
    let table: std::collections::BTreeSet<&str> = readme
        .lines()
        .skip_while(|l| *l != header)
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert!(!table.is_empty(), "README has no table headed {header}");
    let mut wanted = std::collections::BTreeSet::new();
    for s in MODEL.sources.iter() {
        let url = s.url.split(['#', '?']).next().unwrap();
        let date = s.date.as_deref().unwrap_or("not stated");
        wanted.insert(format!("| [{}]({url}) | {date} |", s.page));
    }
    let missing: Vec<&String> = wanted
        .iter()
        .filter(|r| !table.contains(r.as_str()))
        .collect();
    let stale: Vec<&&str> = table.iter().filter(|r| !wanted.contains(**r)).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "README's page table is out of step with model.toml's sources.\nmissing: {missing:#?}\nnot in the model: {stale:#?}"
    );
}

/// The engine lists a scenario's reasons, and walks its rules, in the order they are baked:
/// grouped by scenario and, within one, by effect (exclude, favour, disfavour, info).
#[test]
fn rules_are_baked_grouped_by_scenario_then_by_effect() {
    let mut count = 0;
    for s in 0..MODEL.scenarios.len() {
        let rules = MODEL.rules_of(s);
        count += rules.len();
        assert!(rules.iter().all(|r| r.scenario.ix() == s), "{s}");
        assert!(
            rules
                .windows(2)
                .all(|w| w[0].effect as u8 <= w[1].effect as u8),
            "the rules of {} are not grouped by effect",
            MODEL.scenarios[s].id
        );
    }
    assert_eq!(
        count,
        MODEL.rules.len(),
        "a rule outside its scenario's span"
    );
}
