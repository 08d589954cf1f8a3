//! Properties over the whole answer space: every key unanswered or any of its values.

use autopilot_advisor::engine::{
    effective, evaluate, Answers, Evaluation, ScenarioResult, Verdict,
};
use autopilot_advisor::model::{QuestionIx, ValueIx, MODEL};

/// Calls `f` with every combination of answers; `with_unknown` adds "unanswered" per key.
fn every_answer_set(with_unknown: bool, f: &mut dyn FnMut(&Answers)) {
    fn go(q: usize, a: Answers, with_unknown: bool, f: &mut dyn FnMut(&Answers)) {
        if q == MODEL.questions.len() {
            f(&a);
            return;
        }
        if with_unknown {
            go(q + 1, a.with(q, None), with_unknown, f);
        }
        for v in 0..MODEL.questions[q].options.len() as ValueIx {
            go(q + 1, a.with(q, Some(v)), with_unknown, f);
        }
    }
    go(0, Answers::new(), with_unknown, f);
}

fn id(s: &ScenarioResult) -> &'static str {
    &MODEL.scenarios[s.scenario].id
}

fn check(a: &Answers, e: &Evaluation) -> Result<(), String> {
    let recommended: Vec<_> = e
        .scenarios
        .iter()
        .filter(|s| s.verdict == Verdict::Recommended)
        .collect();
    if recommended.len() > 1 {
        return Err("more than one recommended".into());
    }
    if recommended.first().map(|s| s.scenario) != e.recommended {
        return Err(format!(
            "`recommended` {:?} disagrees with the verdicts",
            e.recommended
        ));
    }
    let effective = effective(a);
    let answered = |q: QuestionIx| effective.get(q).is_some();
    let key = |q: QuestionIx| &*MODEL.questions[q].key;
    for s in &e.scenarios {
        if s.verdict == Verdict::Unsuitable {
            if s.reasons.is_empty() || s.blocked_by.is_empty() {
                return Err(format!(
                    "{} unsuitable without reasons or blocked_by",
                    id(s)
                ));
            }
            if let Some(q) = s.blocked_by.iter().find(|&q| !answered(q)) {
                return Err(format!("{} blocked by unanswered key {}", id(s), key(q)));
            }
        } else if !s.blocked_by.is_empty() {
            return Err(format!(
                "{} suitable but blocked_by {:?}",
                id(s),
                s.blocked_by.keys().collect::<Vec<_>>()
            ));
        }
        if let Some(q) = s.pending.iter().find(|&q| answered(q)) {
            return Err(format!("{} pending on answered key {}", id(s), key(q)));
        }
    }
    if let Some(r) = e.recommended.map(|s| &e.scenarios[s]) {
        if !r.pending.is_empty() {
            return Err(format!(
                "{} recommended while {:?} could still exclude it",
                id(r),
                r.pending.keys().collect::<Vec<_>>()
            ));
        }
    }
    let none_suitable = e.scenarios.iter().all(|s| s.verdict == Verdict::Unsuitable);
    let has_changes = !e.changes.is_empty();
    if none_suitable != has_changes {
        return Err(format!(
            "changes {:?} while none_suitable={none_suitable}",
            e.changes
        ));
    }
    for c in &e.changes {
        let mut changed = *a;
        for (k, v) in c.named_set() {
            changed.set_named(k, Some(v)).map_err(|e| e.to_string())?;
        }
        let after = evaluate(&changed);
        if after.scenarios[c.scenario].verdict == Verdict::Unsuitable {
            return Err(format!("change {c:?} does not open {}", c.scenario_id()));
        }
    }
    if e.changes
        .iter()
        .any(|c| c.set.len() != e.changes[0].set.len())
    {
        return Err("changes of different sizes: only the smallest belong".into());
    }
    Ok(())
}

#[test]
fn invariants_hold_for_every_answer_set() {
    let mut count = 0usize;
    let mut failures = Vec::new();
    every_answer_set(true, &mut |a| {
        count += 1;
        let e = evaluate(a);
        if let Err(why) = check(a, &e) {
            if failures.len() < 10 {
                failures.push(format!("{:?}: {why}", a.named().collect::<Vec<_>>()));
            }
        }
    });
    // 4 * 5 * 3 * 3 * 3 * 3 * 3 * 4 * 4 * 3 * 3 * 3: each key unanswered or any value.
    assert_eq!(count, 2_099_520);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_same_answers_always_give_the_same_result() {
    every_answer_set(false, &mut |a| assert_eq!(evaluate(a), evaluate(a)));
}

#[test]
fn clearing_an_answer_never_excludes_a_scenario() {
    every_answer_set(false, &mut |a| {
        let before = evaluate(a);
        for q in 0..MODEL.questions.len() {
            let after = evaluate(&a.with(q, None));
            for (b, x) in before.scenarios.iter().zip(&after.scenarios) {
                assert!(
                    b.verdict == Verdict::Unsuitable || x.verdict != Verdict::Unsuitable,
                    "clearing {} excluded {} for {:?}",
                    MODEL.questions[q].key,
                    id(b),
                    a.named().collect::<Vec<_>>()
                );
            }
        }
    });
}

#[test]
fn fully_answered_means_a_recommendation_or_nothing_fits() {
    every_answer_set(false, &mut |a| {
        let e = evaluate(a);
        let none = e.scenarios.iter().all(|s| s.verdict == Verdict::Unsuitable);
        assert!(
            e.recommended.is_some() || none,
            "all answered, no recommendation: {:?}",
            a.named().collect::<Vec<_>>()
        );
    });
}

/// Answers that say "we can" (a technician can help, the device has a TPM, a domain controller
/// is reachable, Configuration Manager is there, Windows is current) never rank a scenario lower
/// or rule it out compared with leaving the question open: the seed names these as what a
/// scenario needs, never as what counts against it.
#[test]
fn saying_we_can_never_scores_worse_than_no_answer() {
    let can = [
        ("technician", "yes"),
        ("tpm", "yes"),
        ("dc", "yes"),
        ("configmgr", "yes"),
        ("windows", "win11"),
    ];
    let can: Vec<(usize, ValueIx)> = can
        .iter()
        .map(|(k, v)| {
            let q = MODEL.question_ix(k).expect("a question of the model");
            (q, MODEL.questions[q].value_ix(v).expect("a value of it"))
        })
        .collect();
    let mut failures = Vec::new();
    every_answer_set(true, &mut |a| {
        let open = evaluate(a);
        for &(q, yes) in can.iter().filter(|(q, _)| a.get(*q).is_none()) {
            let answered = evaluate(&a.with(q, Some(yes)));
            for (o, y) in open.scenarios.iter().zip(&answered.scenarios) {
                let worse = y.score < o.score
                    || (o.verdict != Verdict::Unsuitable && y.verdict == Verdict::Unsuitable);
                if worse && failures.len() < 10 {
                    failures.push(format!(
                        "{}={} lowers {} ({} to {}) for {:?}",
                        MODEL.questions[q].key,
                        MODEL.questions[q].options[yes as usize].value,
                        id(o),
                        o.score,
                        y.score,
                        a.named().collect::<Vec<_>>()
                    ));
                }
            }
        }
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Existing devices needs a deployment mode to run after it: it carries that mode's drawbacks
/// (the one `then` names), never its merits, which would rank a reinstall by what the mode
/// after it does well.
#[test]
fn existing_devices_borrows_the_follow_ups_drawbacks_never_its_merits() {
    use autopilot_advisor::model::Effect;
    let ed = MODEL.scenario_ix("existing-devices").unwrap();
    let texts = |s: usize, effect: Effect| -> Vec<&'static str> {
        MODEL
            .rules_of(s)
            .iter()
            .filter(|r| r.effect == effect)
            .map(|r| &*r.text)
            .collect()
    };
    let own_merits = texts(ed, Effect::Favour);
    let own_drawbacks = texts(ed, Effect::Disfavour);
    let mut failures = Vec::new();
    every_answer_set(true, &mut |a| {
        let e = evaluate(a);
        let r = &e.scenarios[ed];
        for reason in &r.reasons {
            let fits = match reason.effect {
                Effect::Favour => own_merits.contains(&reason.text),
                Effect::Disfavour => {
                    own_drawbacks.contains(&reason.text)
                        || r.then
                            .is_some_and(|t| texts(t, Effect::Disfavour).contains(&reason.text))
                }
                _ => true,
            };
            if !fits && failures.len() < 10 {
                failures.push(format!(
                    "{:?}: {}",
                    a.named().collect::<Vec<_>>(),
                    reason.text
                ));
            }
        }
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
