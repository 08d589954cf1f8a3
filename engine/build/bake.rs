//! Turns a checked model into Rust source: the names resolved to indices, the rules grouped,
//! then the whole value baked by databake into a `static MODEL` of the same types.

use model_types::databake::{Bake, CrateEnv};
use model_types::{Condition, Effect, Model, Ref};
use std::collections::BTreeMap;

/// Resolves every [`Ref`] to its index and sets what the build derives: conditions in question
/// order with their value masks, the seed's and newer cells in scenario order, rules grouped by
/// scenario and by effect (the order reasons are listed in) with each scenario's span, and the
/// tie ranks. Only call it on a model `validate` passed: a name that does not resolve panics.
pub fn resolve(m: &mut Model) {
    let sources = index(m.sources.iter().map(|s| &*s.id));
    let scenarios = index(m.scenarios.iter().map(|s| &*s.id));
    let questions: BTreeMap<String, (usize, Vec<String>)> = m
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let values = q.options.iter().map(|o| o.value.to_string()).collect();
            (q.key.to_string(), (i, values))
        })
        .collect();
    let to = |table: &BTreeMap<String, usize>, r: &mut Ref| {
        r.ix = u16::try_from(table[&*r.name]).expect("fewer than 65,535 entries");
    };
    let conditions = |when: &mut model_types::List<Condition>| {
        for c in when.to_mut() {
            let (q, values) = &questions[&*c.question.name];
            c.question.ix = *q as u16;
            for v in c.values.to_mut() {
                v.ix = values
                    .iter()
                    .position(|x| *x == *v.name)
                    .expect("validated") as u16;
                c.mask |= 1 << v.ix;
            }
        }
        when.to_mut().sort_by_key(|c| c.question.ix);
    };

    for r in m.meta.tie_order.to_mut() {
        to(&scenarios, r);
    }
    for f in m.about.to_mut() {
        to(&sources, &mut f.source);
    }
    for s in m.scenarios.to_mut() {
        to(&sources, &mut s.source);
        for c in s.then_candidates.to_mut() {
            to(&scenarios, c);
        }
        for f in [&mut s.pros, &mut s.cons, &mut s.guide, &mut s.prerequisites] {
            for f in f.to_mut() {
                to(&sources, &mut f.source);
                conditions(&mut f.when);
            }
        }
        for l in s.walkthroughs.to_mut() {
            to(&sources, &mut l.source);
        }
    }
    for c in m.capabilities.to_mut() {
        to(&sources, &mut c.source);
        for cell in c.values.to_mut() {
            to(&scenarios, &mut cell.scenario);
        }
        c.values.to_mut().sort_by_key(|cell| cell.scenario.ix);
        for cell in c.newer.to_mut() {
            to(&scenarios, &mut cell.scenario);
            to(&sources, &mut cell.source);
        }
        c.newer.to_mut().sort_by_key(|cell| cell.scenario.ix);
    }
    for q in m.questions.to_mut() {
        conditions(&mut q.ask_when);
        for o in q.options.to_mut() {
            if let Some(how) = &mut o.how {
                to(&sources, &mut how.source);
            }
        }
    }
    for r in m.rules.to_mut() {
        to(&scenarios, &mut r.scenario);
        to(&sources, &mut r.source);
        if let Some(d) = &mut r.departs_from {
            to(&sources, d);
        }
        conditions(&mut r.when);
        // The written-down choice is for the model's readers; the widget never shows it.
        r.choice = None;
    }
    for n in m.notes.to_mut() {
        to(&sources, &mut n.source);
        if let Some(d) = &mut n.departs_from {
            to(&sources, d);
        }
        conditions(&mut n.when);
    }
    for c in m.employee.checklists.to_mut() {
        to(&scenarios, &mut c.scenario);
    }
    for f in m.employee.facts_all_mut() {
        to(&sources, &mut f.source);
        conditions(&mut f.when);
    }

    let effect_rank = |e: Effect| {
        [
            Effect::Exclude,
            Effect::Favour,
            Effect::Disfavour,
            Effect::Info,
        ]
        .iter()
        .position(|x| *x == e)
    };
    // A stable sort: within a scenario and an effect, rules keep their file order.
    m.rules
        .to_mut()
        .sort_by_key(|r| (r.scenario.ix, effect_rank(r.effect)));
    // Each rule's scenario, read before the scenarios are borrowed mutably.
    let owners: Vec<usize> = m.rules.iter().map(|r| r.scenario.ix()).collect();
    for (i, s) in m.scenarios.to_mut().iter_mut().enumerate() {
        let start = owners.iter().position(|&o| o == i).unwrap_or(0);
        let len = owners.iter().filter(|&&o| o == i).count();
        s.rules = model_types::Span {
            start: start as u16,
            end: (start + len) as u16,
        };
    }
}

fn index<'a>(names: impl Iterator<Item = &'a str>) -> BTreeMap<String, usize> {
    names.enumerate().map(|(i, n)| (n.to_owned(), i)).collect()
}

/// The Rust source of the baked model (after [`resolve`]).
pub fn bake(m: &Model) -> String {
    let env = CrateEnv::default();
    let model = m.bake(&env);
    let questions = m.questions.len();
    let scenarios = m.scenarios.len();
    let tokens = quote::quote! {
        pub const QUESTION_COUNT: usize = #questions;
        pub const SCENARIO_COUNT: usize = #scenarios;
        pub static MODEL: Model = #model;
    };
    format!("// @generated by engine/build/bake.rs from model.toml. Do not edit.\n{tokens}\n")
}
