//! Named checks over `model.toml`. Each check adds to one list, so a broken file reports every
//! problem at once instead of the first.

use model_types::{Cell, Condition, Effect, Model, QuestionKind, Ref, RuleContext};
use std::collections::BTreeSet;
use std::ops::Deref;

/// The engine's output lists scenarios in exactly this order (the contract).
pub const SCENARIO_ORDER: [&str; 6] = [
    "user-driven",
    "pre-provisioned",
    "self-deploying",
    "existing-devices",
    "reset",
    "device-preparation",
];
pub fn validate(m: &Model) -> Vec<String> {
    let mut errors = Vec::new();
    unique_ids(m, &mut errors);
    sources_resolve(m, &mut errors);
    every_source_used(m, &mut errors);
    scenario_order(m, &mut errors);
    tie_order_names_every_scenario(m, &mut errors);
    then_candidates_are_deployments(m, &mut errors);
    capability_cells(m, &mut errors);
    conditions_name_real_answers(m, &mut errors);
    rule_effects(m, &mut errors);
    texts_present(m, &mut errors);
    current_names(m, &mut errors);
    links_are_https(m, &mut errors);
    dates_are_dates(m, &mut errors);
    departures_name_the_seed(m, &mut errors);
    facts_checked_after_every_page(m, &mut errors);
    aliases_are_unambiguous(m, &mut errors);
    only_facts_say_how(m, &mut errors);
    employee_view(m, &mut errors);
    errors
}

fn duplicates<'a>(what: &str, ids: impl Iterator<Item = &'a str>, errors: &mut Vec<String>) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            errors.push(format!("{what} id \"{id}\" is used twice"));
        }
    }
}

fn unique_ids(m: &Model, errors: &mut Vec<String>) {
    duplicates("source", m.sources.iter().map(|s| s.id.deref()), errors);
    duplicates("scenario", m.scenarios.iter().map(|s| s.id.deref()), errors);
    duplicates(
        "capability",
        m.capabilities.iter().map(|c| c.id.deref()),
        errors,
    );
    duplicates(
        "question",
        m.questions.iter().map(|q| q.key.deref()),
        errors,
    );
    duplicates("note", m.notes.iter().map(|n| n.id.deref()), errors);
    for q in m.questions.iter() {
        let what = format!("question \"{}\" option", q.key);
        duplicates(&what, q.options.iter().map(|o| o.value.deref()), errors);
        if q.options.len() < 2 {
            errors.push(format!("question \"{}\" needs at least two options", q.key));
        }
    }
}

/// Every place that cites a source, as (where, source id).
fn citations(m: &Model) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    for (i, f) in m.about.iter().enumerate() {
        out.push((format!("about[{i}]"), f.source.as_str()));
    }
    for s in m.scenarios.iter() {
        out.push((format!("scenario \"{}\"", s.id), s.source.as_str()));
        for (list, items) in [
            ("pros", &s.pros),
            ("cons", &s.cons),
            ("guide", &s.guide),
            ("prerequisites", &s.prerequisites),
        ] {
            for (i, f) in items.iter().enumerate() {
                out.push((
                    format!("scenario \"{}\" {list}[{i}]", s.id),
                    f.source.as_str(),
                ));
            }
        }
        for (i, l) in s.walkthroughs.iter().enumerate() {
            out.push((
                format!("scenario \"{}\" walkthroughs[{i}]", s.id),
                l.source.as_str(),
            ));
        }
    }
    for c in m.capabilities.iter() {
        out.push((format!("capability \"{}\"", c.id), c.source.as_str()));
        for cell in c.newer.iter() {
            out.push((
                format!("capability \"{}\" cell \"{}\"", c.id, cell.scenario),
                cell.source.as_str(),
            ));
        }
    }
    for (i, r) in m.rules.iter().enumerate() {
        let at = format!("rule {i} ({})", r.scenario);
        out.push((at.clone(), r.source.as_str()));
        if let Some(d) = &r.departs_from {
            out.push((format!("{at} departs_from"), d.as_str()));
        }
    }
    for n in m.notes.iter() {
        out.push((format!("note \"{}\"", n.id), n.source.as_str()));
        if let Some(d) = &n.departs_from {
            out.push((format!("note \"{}\" departs_from", n.id), d.as_str()));
        }
    }
    for (at, f) in m.employee.facts() {
        out.push((at, f.source.as_str()));
    }
    for q in m.questions.iter() {
        for o in q.options.iter() {
            if let Some(how) = &o.how {
                out.push((
                    format!("question \"{}\" option \"{}\" how", q.key, o.value),
                    how.source.as_str(),
                ));
            }
        }
    }
    out
}

fn sources_resolve(m: &Model, errors: &mut Vec<String>) {
    let known: BTreeSet<&str> = m.sources.iter().map(|s| s.id.deref()).collect();
    for (at, id) in citations(m) {
        if !known.contains(id) {
            errors.push(format!("{at} cites unknown source \"{id}\""));
        }
    }
}

fn every_source_used(m: &Model, errors: &mut Vec<String>) {
    let used: BTreeSet<&str> = citations(m).into_iter().map(|(_, id)| id).collect();
    for s in m.sources.iter() {
        if !used.contains(s.id.deref()) {
            errors.push(format!("source \"{}\" is cited by nothing", s.id));
        }
    }
}

fn scenario_order(m: &Model, errors: &mut Vec<String>) {
    let ids: Vec<&str> = m.scenarios.iter().map(|s| s.id.deref()).collect();
    if ids != SCENARIO_ORDER {
        errors.push(format!(
            "scenarios must be, in this order, {SCENARIO_ORDER:?}; found {ids:?}"
        ));
    }
}

fn tie_order_names_every_scenario(m: &Model, errors: &mut Vec<String>) {
    let mut order: Vec<&str> = m.meta.tie_order.iter().map(Ref::as_str).collect();
    order.sort_unstable();
    let mut ids: Vec<&str> = m.scenarios.iter().map(|s| s.id.deref()).collect();
    ids.sort_unstable();
    if order != ids {
        errors.push(format!(
            "meta.tie_order must name every scenario once; found {:?}",
            m.meta.tie_order
        ));
    }
}

fn then_candidates_are_deployments(m: &Model, errors: &mut Vec<String>) {
    for s in m.scenarios.iter() {
        for c in s.then_candidates.iter() {
            match m.scenarios.iter().find(|t| t.id == c.as_str()) {
                None => errors.push(format!(
                    "scenario \"{}\" then_candidates names unknown scenario \"{c}\"",
                    s.id
                )),
                Some(t) if !t.deployment => errors.push(format!(
                    "scenario \"{}\" then_candidates names \"{c}\", which is not a deployment",
                    s.id
                )),
                Some(_) => {}
            }
        }
    }
}

fn capability_cells(m: &Model, errors: &mut Vec<String>) {
    for c in m.capabilities.iter() {
        for s in m.scenarios.iter() {
            // The seed's scenarios take the seed's cells; a newer one, a cell with a source.
            let (cell, table) = if s.in_seed {
                let cell = c.values.iter().find(|v| v.scenario.as_str() == s.id);
                (cell.map(|v| v.value), "values")
            } else {
                let cell = c.newer.iter().find(|n| n.scenario.as_str() == s.id);
                (cell.map(|n| n.value), "newer")
            };
            match cell {
                None => errors.push(format!(
                    "capability \"{}\" has no {table} cell for \"{}\"",
                    c.id, s.id
                )),
                // "Not stated" is for a newer scenario's cell that its own pages leave open.
                Some(Cell::NotStated) if s.in_seed => errors.push(format!(
                    "capability \"{}\" value \"Not stated\" for \"{}\": the seed states every cell",
                    c.id, s.id
                )),
                Some(_) => {}
            }
        }
        for (k, table, want_seed) in c
            .values
            .iter()
            .map(|v| (&v.scenario, "values", true))
            .chain(c.newer.iter().map(|n| (&n.scenario, "newer", false)))
        {
            match m.scenarios.iter().find(|s| s.id == k.as_str()) {
                None => errors.push(format!(
                    "capability \"{}\" names unknown scenario \"{k}\"",
                    c.id
                )),
                Some(s) if s.in_seed != want_seed => errors.push(format!(
                    "capability \"{}\" {table} names \"{k}\", which belongs in {}",
                    c.id,
                    if s.in_seed { "values" } else { "newer" }
                )),
                Some(_) => {}
            }
        }
    }
}

fn check_condition(m: &Model, at: &str, when: &[Condition], errors: &mut Vec<String>) {
    for c in when {
        let key = &c.question;
        let Some(q) = m.questions.iter().find(|q| q.key == key.as_str()) else {
            errors.push(format!("{at} names unknown answer key \"{key}\""));
            continue;
        };
        if c.values.is_empty() {
            errors.push(format!("{at} lists no values for \"{key}\""));
        }
        // The engine keeps a condition's values as bits of a u32.
        if q.options.len() > 32 {
            errors.push(format!("question \"{key}\" has more than 32 options"));
        }
        for v in c.values.iter() {
            if !q.options.iter().any(|o| o.value == v.as_str()) {
                let allowed: Vec<&str> = q.options.iter().map(|o| o.value.deref()).collect();
                errors.push(format!(
                    "{at}: \"{v}\" is not a value of \"{key}\" (allowed: {})",
                    allowed.join(", ")
                ));
            }
        }
    }
}

fn conditions_name_real_answers(m: &Model, errors: &mut Vec<String>) {
    for (i, q) in m.questions.iter().enumerate() {
        check_condition(
            m,
            &format!("question \"{}\" ask_when", q.key),
            &q.ask_when,
            errors,
        );
        for key in model_types::keys_of(&q.ask_when) {
            let earlier = m.questions[..i].iter().any(|e| e.key == key);
            if !earlier {
                errors.push(format!(
                    "question \"{}\" ask_when must name an earlier question, not \"{key}\"",
                    q.key
                ));
            }
        }
    }
    for (i, r) in m.rules.iter().enumerate() {
        let at = format!("rule {i} ({})", r.scenario);
        if r.when.is_empty() {
            errors.push(format!("{at} has an empty `when`"));
        }
        check_condition(m, &at, &r.when, errors);
    }
    for n in m.notes.iter() {
        let at = format!("note \"{}\"", n.id);
        if n.when.is_empty() {
            errors.push(format!("{at} has an empty `when`"));
        }
        check_condition(m, &at, &n.when, errors);
    }
    for s in m.scenarios.iter() {
        for (i, f) in s.prerequisites.iter().enumerate() {
            let at = format!("scenario \"{}\" prerequisite {i}", s.id);
            check_condition(m, &at, &f.when, errors);
        }
        // Only the recommendation's "Before you start" list is filtered by the answers; the
        // grid and the panel show every pro, con and guide step.
        for (list, facts) in [("pros", &s.pros), ("cons", &s.cons), ("guide", &s.guide)] {
            if facts.iter().any(|f| !f.when.is_empty()) {
                errors.push(format!(
                    "scenario \"{}\": only prerequisites may have a `when`, not {list}",
                    s.id
                ));
            }
        }
    }
}

fn rule_effects(m: &Model, errors: &mut Vec<String>) {
    // The engine keeps a scenario's fired rules as bits of a u64.
    for s in m.scenarios.iter() {
        let n = m
            .rules
            .iter()
            .filter(|r| s.id == r.scenario.as_str())
            .count();
        if n > 64 {
            errors.push(format!(
                "scenario \"{}\" has {n} rules; the engine allows 64",
                s.id
            ));
        }
        // ... and the prerequisites it lists as bits of a u64 too.
        let n = s.prerequisites.len();
        if n > 64 {
            errors.push(format!(
                "scenario \"{}\" has {n} prerequisites; the engine allows 64",
                s.id
            ));
        }
    }
    let follow_ups: BTreeSet<&str> = m
        .scenarios
        .iter()
        .flat_map(|s| s.then_candidates.iter().map(Ref::as_str))
        .collect();
    for (i, r) in m.rules.iter().enumerate() {
        let at = format!("rule {i} ({})", r.scenario);
        if !m.scenarios.iter().any(|s| s.id == r.scenario.as_str()) {
            errors.push(format!("{at} names unknown scenario \"{}\"", r.scenario));
        }
        let ranked = matches!(r.effect, Effect::Favour | Effect::Disfavour);
        match (ranked, r.weight) {
            (true, None) => errors.push(format!("{at} ({:?}) needs a weight", r.effect)),
            (true, Some(w)) if !(1..=5).contains(&w) => {
                errors.push(format!("{at} weight {w} is outside 1..=5"))
            }
            (false, Some(_)) => errors.push(format!("{at} ({:?}) takes no weight", r.effect)),
            _ => {}
        }
        // A choice is documentation for reviewers (it stays in model.toml, not in the wasm),
        // so it must say something.
        if r.choice.as_deref().is_some_and(|c| c.trim().len() < 10) {
            errors.push(format!("{at} has a `choice` too short to explain anything"));
        }
        if r.context == RuleContext::FollowUp && !follow_ups.contains(r.scenario.as_str()) {
            errors.push(format!(
                "{at} has context follow-up, but \"{}\" never runs as a follow-up",
                r.scenario
            ));
        }
    }
}

fn texts_present(m: &Model, errors: &mut Vec<String>) {
    for (at, t) in m.texts() {
        if t.trim().is_empty() {
            errors.push(format!("{at} is empty"));
        }
    }
    for s in m.scenarios.iter() {
        for (what, n) in [
            ("pros", s.pros.len()),
            ("cons", s.cons.len()),
            ("guide", s.guide.len()),
            ("prerequisites", s.prerequisites.len()),
            ("walkthroughs", s.walkthroughs.len()),
        ] {
            if n == 0 {
                errors.push(format!("scenario \"{}\" has no {what}", s.id));
            }
        }
    }
}

/// Azure AD is now Microsoft Entra ID: a text may name the old term only beside "formerly".
/// A source's title is quoted as its page spells it, so sources are left out.
fn current_names(m: &Model, errors: &mut Vec<String>) {
    for (at, t) in m
        .texts()
        .into_iter()
        .filter(|(at, _)| !at.starts_with("source "))
    {
        if t.contains("Azure AD") && !t.contains("formerly") && !t.contains("renamed") {
            errors.push(format!(
                "{at} says \"Azure AD\" without the current name: write \"Microsoft Entra join (formerly Azure AD join)\""
            ));
        }
    }
}

fn links_are_https(m: &Model, errors: &mut Vec<String>) {
    let urls = m
        .sources
        .iter()
        .map(|s| (format!("source \"{}\"", s.id), &s.url))
        .chain(m.scenarios.iter().flat_map(|s| {
            s.walkthroughs
                .iter()
                .map(move |l| (format!("scenario \"{}\" walkthrough", s.id), &l.url))
        }))
        .chain(std::iter::once((
            "meta.seed_url".to_owned(),
            &m.meta.seed_url,
        )));
    for (at, url) in urls {
        if !url.starts_with("https://learn.microsoft.com/") {
            errors.push(format!(
                "{at} url \"{url}\" must be a https://learn.microsoft.com/ page"
            ));
        }
    }
}

/// True for a real calendar day written YYYY-MM-DD (the form the footer shows).
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let number = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    (1..=days).contains(&day)
}

fn dates_are_dates(m: &Model, errors: &mut Vec<String>) {
    for (at, date) in [
        ("meta.seed_date", &m.meta.seed_date),
        ("meta.facts_checked", &m.meta.facts_checked),
    ] {
        if !is_date(date) {
            errors.push(format!("{at} \"{date}\" must be a date written YYYY-MM-DD"));
        }
    }
    // A source's date is the page's own ms.date, as read.
    for src in m.sources.iter() {
        if let Some(d) = src.date.as_deref().filter(|d| !is_date(d)) {
            errors.push(format!(
                "source \"{}\" date \"{d}\" must be a date written YYYY-MM-DD",
                src.id
            ));
        }
    }
}

/// `departs_from` names the part of the seed a rule or note leaves behind for a newer page.
fn departures_name_the_seed(m: &Model, errors: &mut Vec<String>) {
    let departures = m
        .rules
        .iter()
        .enumerate()
        .map(|(i, r)| {
            (
                format!("rule {i} ({})", r.scenario),
                &r.departs_from,
                &r.source,
            )
        })
        .chain(
            m.notes
                .iter()
                .map(|n| (format!("note \"{}\"", n.id), &n.departs_from, &n.source)),
        );
    for (at, departs, source) in departures {
        let Some(d) = departs else { continue };
        if !d.as_str().starts_with("seed-") {
            errors.push(format!(
                "{at} departs_from \"{d}\": name a section of the seed (a seed-* source)"
            ));
        }
        if source.as_str().starts_with("seed-") {
            errors.push(format!(
                "{at} departs from the seed but cites the seed (\"{source}\"): cite the newer page"
            ));
        }
    }
}

/// `facts_checked` says when every cited page was last read, so no page may be dated after it:
/// a page read later than the model says was read at a version the footer does not claim.
fn facts_checked_after_every_page(m: &Model, errors: &mut Vec<String>) {
    // YYYY-MM-DD compares as text once both are dates (`dates_are_dates` reports the others).
    let checked = m.meta.facts_checked.deref();
    for src in m.sources.iter() {
        if let Some(d) = src
            .date
            .as_deref()
            .filter(|d| is_date(d) && is_date(checked))
        {
            if d > checked {
                errors.push(format!(
                    "source \"{}\" is dated {d}, after meta.facts_checked {checked}: re-check the facts and move facts_checked on",
                    src.id
                ));
            }
        }
    }
}

/// An older name of a value must stand for one option only, and never for another's value.
fn aliases_are_unambiguous(m: &Model, errors: &mut Vec<String>) {
    for q in m.questions.iter() {
        let names = q
            .options
            .iter()
            .flat_map(|o| std::iter::once(&o.value).chain(o.aliases.iter()));
        duplicates(
            &format!("question \"{}\" value or alias", q.key),
            names.map(Deref::deref),
            errors,
        );
    }
}

/// Only a fact's option says how it would come true (a choice is simply chosen), and what it
/// says has no `when`.
fn only_facts_say_how(m: &Model, errors: &mut Vec<String>) {
    for q in m.questions.iter() {
        for o in q.options.iter() {
            let Some(how) = &o.how else { continue };
            if q.kind == QuestionKind::Choice {
                errors.push(format!(
                    "question \"{}\" option \"{}\" has a `how`, but the question is a choice: only a fact's option says how it comes true",
                    q.key, o.value
                ));
            }
            if !how.when.is_empty() {
                errors.push(format!(
                    "question \"{}\" option \"{}\" how has a `when`: only prerequisites may",
                    q.key, o.value
                ));
            }
        }
    }
}

/// The employee view: a plain question names one label per option, a checklist names a known
/// scenario once, and its items' `when` name real answers.
fn employee_view(m: &Model, errors: &mut Vec<String>) {
    for q in m.questions.iter() {
        if let Some(p) = &q.employee {
            if p.labels.len() != q.options.len() {
                errors.push(format!(
                    "question \"{}\" employee: {} labels for {} options",
                    q.key,
                    p.labels.len(),
                    q.options.len()
                ));
            }
        }
    }
    let mut seen = BTreeSet::new();
    for c in m.employee.checklists.iter() {
        if !m.scenarios.iter().any(|s| s.id == c.scenario.as_str()) {
            errors.push(format!(
                "checklist names unknown scenario \"{}\"",
                c.scenario
            ));
        }
        if !seen.insert(c.scenario.as_str()) {
            errors.push(format!("scenario \"{}\" has two checklists", c.scenario));
        }
        if c.steps.is_empty() {
            errors.push(format!("checklist \"{}\" has no steps", c.scenario));
        }
    }
    for (at, f) in m.employee.facts() {
        check_condition(m, &at, &f.when, errors);
    }
}
