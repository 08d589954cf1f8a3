//! The what-if search: for each scenario that is not suitable, the smallest set of changed
//! answers that makes it suitable. Properties are checked against `evaluate_with` by an
//! independent brute force; the named cases are ones a person would recognise.

use autopilot_advisor::engine::{
    effective, evaluate_with, what_if, Answers, Change, Policy, Verdict, MAX_CHANGED,
};
use autopilot_advisor::model::{QuestionIx, QuestionKind, ValueIx, MODEL, SCENARIO_COUNT};

/// Answers written as "key=value key=value".
fn answers(text: &str) -> Answers {
    let pairs = text.split_whitespace().map(|kv| {
        let (k, v) = kv.split_once('=').expect("key=value");
        (k, Some(v))
    });
    Answers::from_pairs(pairs).unwrap_or_else(|e| panic!("bad test answers {text:?}: {e}"))
}

fn scenario_ix(id: &str) -> usize {
    let ix = MODEL.scenarios.iter().position(|s| s.id == id);
    ix.unwrap_or_else(|| panic!("no scenario {id}"))
}

fn question_ix(key: &str) -> QuestionIx {
    MODEL.question_ix(key).expect("known key")
}

fn apply(a: &Answers, set: &[(&str, &str)]) -> Answers {
    let mut changed = *a;
    for (k, v) in set {
        changed
            .set_named(k, Some(v))
            .expect("a known key and value");
    }
    changed
}

fn open(a: &Answers, policy: &Policy, s: usize) -> bool {
    evaluate_with(a, policy).scenarios[s].verdict != Verdict::Unsuitable
}

/// The questions a change may touch: answered (hidden ones too: a change can revive them) and
/// not locked.
fn changeable(a: &Answers, policy: &Policy) -> Vec<QuestionIx> {
    (0..MODEL.questions.len())
        .filter(|&q| a.get(q).is_some() && !policy.locked.contains(&q))
        .collect()
}

/// The other values a change may give question `q`: any of a choice's; of a fact's, only those
/// that say how they would come true.
fn suggestible(a: &Answers, q: QuestionIx) -> Vec<ValueIx> {
    let question = &MODEL.questions[q];
    (0..question.options.len() as ValueIx)
        .filter(|&v| Some(v) != a.get(q))
        .filter(|&v| {
            question.kind == QuestionKind::Choice || question.options[usize::from(v)].how.is_some()
        })
        .collect()
}

/// Brute force, independent of the engine's search: per scenario, the smallest number of
/// changed answers (each to another value a change may give it, at most `max`) that opens it
/// under `evaluate_with`.
fn smallest_opening(a: &Answers, policy: &Policy, max: usize) -> [Option<usize>; SCENARIO_COUNT] {
    let keys = changeable(a, policy);
    let mut smallest = [None; SCENARIO_COUNT];
    for size in 1..=max.min(keys.len()) {
        for mask in (1u32..1 << keys.len()).filter(|m| m.count_ones() as usize == size) {
            let chosen: Vec<QuestionIx> = (0..keys.len())
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| keys[i])
                .collect();
            // Each chosen key takes one of its other values: a mixed-radix counter.
            let values: Vec<Vec<ValueIx>> = chosen.iter().map(|&q| suggestible(a, q)).collect();
            for mut n in 0..values.iter().map(Vec::len).product() {
                let mut changed = *a;
                for (&q, vs) in chosen.iter().zip(&values) {
                    changed.set(q, Some(vs[n % vs.len()]));
                    n /= vs.len();
                }
                let verdicts = evaluate_with(&changed, policy).scenarios;
                for (s, r) in verdicts.iter().enumerate() {
                    if smallest[s].is_none() && r.verdict != Verdict::Unsuitable {
                        smallest[s] = Some(size);
                    }
                }
            }
        }
    }
    smallest
}

/// Every property of one what-if result. Minimality (no smaller set opens the scenario) and
/// a None (no set of up to MAX_CHANGED opens it) are proved by trying every set of changes up
/// to `brute` changes; the full MAX_CHANGED costs about a thousand evaluations, so the walks
/// ask for it on a share of the sets and for less on the others.
fn check(a: &Answers, policy: &Policy, brute: usize) -> Result<(), String> {
    let result = what_if(a, policy);
    if result.len() != SCENARIO_COUNT {
        return Err(format!("{} results", result.len()));
    }
    if result != what_if(a, policy) {
        return Err("not deterministic".into());
    }
    let before = evaluate_with(a, policy);
    // How far the brute force must look: below each set's size, and all the way for a None.
    let unsuitable = |s: usize| before.scenarios[s].verdict == Verdict::Unsuitable;
    let depth = (0..SCENARIO_COUNT)
        .map(|s| match &result[s] {
            Some(c) => c.set.len() - 1,
            None if unsuitable(s) && !policy.not_offered[s] => MAX_CHANGED,
            None => 0,
        })
        .max()
        .unwrap_or(0)
        .min(brute);
    let smallest = smallest_opening(a, policy, depth);
    for (s, (change, verdict)) in result
        .iter()
        .zip(before.scenarios.iter().map(|r| r.verdict))
        .enumerate()
    {
        let id = &MODEL.scenarios[s].id;
        let Some(change) = change else {
            if verdict == Verdict::Unsuitable && !policy.not_offered[s] && smallest[s].is_some() {
                return Err(format!("{id}: None, but {smallest:?} changes open it"));
            }
            continue;
        };
        if verdict != Verdict::Unsuitable {
            return Err(format!("{id} is suitable already but gets {change:?}"));
        }
        if policy.not_offered[s] {
            return Err(format!("{id} is not offered but gets {change:?}"));
        }
        if change.scenario != s {
            return Err(format!("{id}'s change names {}", change.scenario));
        }
        let size = change.set.len();
        if size == 0 || size > MAX_CHANGED {
            return Err(format!("{id}: {size} changes"));
        }
        let keys: Vec<QuestionIx> = change.set.iter().map(|&(q, _)| q).collect();
        let named: Vec<(&str, &str)> = change.named_set().collect();
        if keys.windows(2).any(|w| w[0] >= w[1]) {
            return Err(format!("{id}: keys not in question order: {change:?}"));
        }
        let after = apply(a, &named);
        for (&q, (k, v)) in keys.iter().zip(&named) {
            if a.get(q).is_none() {
                return Err(format!("{id}: changes unanswered {k}"));
            }
            if effective(&after).get(q).is_none() {
                return Err(format!(
                    "{id}: changes {k}, which does not apply after the change"
                ));
            }
            if policy.locked.contains(&q) {
                return Err(format!("{id}: changes locked {k}"));
            }
            if a.value_name(q) == Some(v) {
                return Err(format!("{id}: 'changes' {k} to its current value"));
            }
            let question = &MODEL.questions[q];
            let option = question.value_ix(v).expect("a value of the question");
            if !question.suggestible(option) {
                return Err(format!(
                    "{id}: changes the fact {k} to {v}, which says no how"
                ));
            }
        }
        if !open(&after, policy, s) {
            return Err(format!("{change:?} does not open {id}"));
        }
        if smallest[s].is_some_and(|n| n < size) {
            return Err(format!(
                "{change:?} is not minimal: fewer changes open {id}"
            ));
        }
    }
    // When nothing fits, `evaluate` lists the smallest changes over all scenarios: their size
    // is the smallest what-if size, and (unless the list was cut) it holds those sets. Hidden
    // answers aside: `evaluate`'s search drops them, the what-if keeps them.
    if before.changes.is_empty() || effective(a) != *a {
        return Ok(());
    }
    let least = result.iter().flatten().map(|c| c.set.len()).min();
    if least != Some(before.changes[0].set.len()) {
        return Err(format!(
            "smallest what-if size {least:?}, evaluate's changes {:?}",
            before.changes
        ));
    }
    let listed_all = before.changes.len() < 12;
    let missing = result
        .iter()
        .flatten()
        .find(|c| Some(c.set.len()) == least && !before.changes.contains(c));
    match missing {
        Some(c) if listed_all => Err(format!("{c:?} not among {:?}", before.changes)),
        _ => Ok(()),
    }
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn report(failures: &[String]) {
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn describe(a: &Answers, policy: &Policy) -> String {
    let locked: Vec<_> = policy
        .locked
        .iter()
        .map(|&q| &*MODEL.questions[q].key)
        .collect();
    let not_offered: Vec<_> = (0..SCENARIO_COUNT)
        .filter(|&s| policy.not_offered[s])
        .map(|s| &*MODEL.scenarios[s].id)
        .collect();
    format!(
        "{:?} locked {locked:?} not offered {not_offered:?}",
        a.named().collect::<Vec<_>>()
    )
}

#[test]
fn every_fully_answered_set_gets_minimal_working_changes() {
    fn go(q: usize, a: Answers, count: &mut usize, failures: &mut Vec<String>) {
        if q == MODEL.questions.len() {
            *count += 1;
            let policy = Policy::default();
            // Spread over the walk (7 is prime to every key's option count).
            let brute = [MAX_CHANGED, 2, 1, MAX_CHANGED, 1, 2, 1][*count % 7];
            if let Err(why) = check(&a, &policy, brute) {
                failures.push(format!("{}: {why}", describe(&a, &policy)));
            }
            return;
        }
        for v in 0..MODEL.questions[q].options.len() as ValueIx {
            go(q + 1, a.with(q, Some(v)), count, failures);
        }
    }
    let (mut count, mut failures) = (0, Vec::new());
    go(0, Answers::new(), &mut count, &mut failures);
    // 3 * 4 * 2 * 2 * 2 * 2 * 2 * 3 * 3 * 2 * 2 * 2: every key answered (hidden ones included).
    assert_eq!(count, 27_648);
    failures.truncate(10);
    report(&failures);
}

#[test]
fn random_answers_and_policies_get_minimal_working_changes() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut failures = Vec::new();
    for n in 0..10_000 {
        let mut a = Answers::new();
        for q in 0..MODEL.questions.len() {
            let options = MODEL.questions[q].options.len();
            let pick = rng.below(options + 1); // `options` means unanswered
            a.set(q, (pick < options).then_some(pick as ValueIx));
        }
        let mut policy = Policy::default();
        for _ in 0..rng.below(3) {
            policy.locked.push(rng.below(MODEL.questions.len()));
        }
        if rng.below(3) == 0 {
            policy.not_offered[rng.below(SCENARIO_COUNT)] = true;
        }
        let brute = [MAX_CHANGED, 2, 2][n % 3];
        if let Err(why) = check(&a, &policy, brute) {
            if failures.len() < 10 {
                failures.push(format!("{}: {why}", describe(&a, &policy)));
            }
        }
    }
    report(&failures);
}

fn what_if_for(text: &str, policy: &Policy, scenario: &str) -> Option<Change> {
    what_if(&answers(text), policy)[scenario_ix(scenario)].clone()
}

fn change(scenario: &'static str, set: &[(&'static str, &'static str)]) -> Option<Change> {
    let set = set
        .iter()
        .map(|(k, v)| {
            let q = question_ix(k);
            (q, MODEL.questions[q].value_ix(v).expect("a known value"))
        })
        .collect();
    Some(Change {
        scenario: scenario_ix(scenario),
        set,
    })
}

/// A kiosk on a virtual machine.
const KIOSK_VM: &str = "device=new identity=entra users=shared technician=no tpm=vm";

/// Whether a device is a virtual machine is a fact, and nothing makes a VM a physical device
/// with TPM 2.0: the what-if offers no change for the TPM modes (before December 2026 it
/// offered "tpm → yes" to try).
#[test]
fn a_kiosk_on_a_virtual_machine_is_offered_no_tpm_to_try() {
    let none = Policy::default();
    let result = what_if(&answers(KIOSK_VM), &none);
    assert_eq!(result[scenario_ix("self-deploying")], None);
    assert_eq!(result[scenario_ix("pre-provisioned")], None);
    // User-driven works on a virtual machine: nothing to change.
    assert_eq!(result[scenario_ix("user-driven")], None);

    // On a physical device with TPM 2.0, the technician is a choice: that one answer opens
    // pre-provisioning, and a click may apply it.
    let kiosk = "device=new identity=entra users=shared technician=no tpm=yes";
    let pp = what_if_for(kiosk, &none, "pre-provisioned");
    assert_eq!(pp, change("pre-provisioned", &[("technician", "yes")]));
    assert!(pp.unwrap().applicable());
    // The organization fixed the technician answer: nothing else opens pre-provisioning.
    let locked = Policy {
        locked: vec![question_ix("technician")],
        ..Policy::default()
    };
    assert_eq!(what_if_for(kiosk, &locked, "pre-provisioned"), None);
    // Not offered: never suggested.
    let mut not_offered = Policy::default();
    not_offered.not_offered[scenario_ix("pre-provisioned")] = true;
    assert_eq!(what_if_for(kiosk, &not_offered, "pre-provisioned"), None);
}

/// Registration is a fact that can be made true: the what-if names it (register the device),
/// but a click doesn't pretend it happened.
#[test]
fn an_unregistered_device_is_told_to_register_for_reset_not_offered_a_click() {
    let text = "device=existing current_join=entra registered=no identity=entra configmgr=yes";
    let reset = what_if_for(text, &Policy::default(), "reset");
    assert_eq!(reset, change("reset", &[("registered", "yes")]));
    assert!(!reset.unwrap().applicable());
}

#[test]
fn a_hybrid_joined_device_is_offered_no_other_join_for_reset() {
    let text = "device=existing current_join=hybrid registered=yes identity=entra configmgr=yes custom_image=no";
    let result = what_if(&answers(text), &Policy::default());
    // Autopilot Reset supports only Entra joined devices, and how the device is joined today
    // is a fact: the what-if stays silent (before December 2026 it offered to "try" Entra join).
    assert_eq!(result[scenario_ix("reset")], None);
    // Existing devices is the recommendation already; the deployment modes are possible after
    // a wipe, so they need no change either.
    assert_eq!(result[scenario_ix("existing-devices")], None);
    assert_eq!(result[scenario_ix("user-driven")], None);
}

#[test]
fn among_equal_sizes_the_set_that_makes_it_recommended_wins() {
    // A new device with Configuration Manager and no custom image: Existing devices is out.
    let text = "device=new registered=yes identity=entra users=single technician=no tpm=yes configmgr=yes custom_image=no fast_user=no";
    let a = answers(text);
    let none = Policy::default();
    let ed = scenario_ix("existing-devices");
    // Two single answers open it: the device (first in question order) or the custom image.
    assert!(open(&apply(&a, &[("device", "existing")]), &none, ed));
    // The custom image is the one after which Existing devices is recommended, so it is chosen.
    let chosen = what_if_for(text, &none, "existing-devices");
    assert_eq!(
        chosen,
        change("existing-devices", &[("custom_image", "yes")])
    );
    let after = evaluate_with(
        &apply(&a, &chosen.unwrap().named_set().collect::<Vec<_>>()),
        &none,
    );
    assert_eq!(after.recommended, MODEL.scenario_ix("existing-devices"));
}
