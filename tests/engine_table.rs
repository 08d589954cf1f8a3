//! The engine's decision table: answers in, verdicts out, one row per case a domain expert can
//! check against the sources. A last test proves that every rule in model.toml fires in at
//! least one row, so no rule goes untested.

mod common;

use autopilot_advisor::engine::Verdict;
use autopilot_advisor::model::MODEL;
use common::{id, keys, notes, recommended, run, scenario, then, DP, ED, PP, RS, SD, UD};
use std::collections::BTreeSet;

struct Row {
    answers: &'static str,
    recommended: Option<&'static str>,
    /// Scenarios that must be unsuitable, each with the keys that block it.
    unsuitable: &'static [(&'static str, &'static [&'static str])],
    /// Scenarios that must stay suitable (or recommended).
    suitable: &'static [&'static str],
    then: Option<&'static str>,
}

#[rustfmt::skip]
const ROWS: &[Row] = &[
    // Nothing answered: nothing excluded, nothing recommended yet.
    Row { answers: "", recommended: None, unsuitable: &[], suitable: &[UD, PP, SD, ED, RS, DP], then: Some(UD) },
    // A new device: Reset has nothing to reset; the deployment modes stay open.
    Row { answers: "device=new", recommended: None, unsuitable: &[(RS, &["device"])], suitable: &[UD, PP, SD, ED, DP], then: Some(UD) },
    // New, single user, Entra join, straight to the user: user-driven; no technician excludes pre-provisioning;
    // self-deploying is ranked far below for one main user, not excluded.
    Row { answers: "device=new registered=yes identity=entra users=single technician=no tpm=yes configmgr=no custom_image=no fast_user=no",
          recommended: Some(UD), unsuitable: &[(PP, &["technician"]), (ED, &["device", "configmgr", "custom_image"]), (RS, &["device"])], suitable: &[SD, DP], then: None },
    // The user's wait must be short and a technician can help: pre-provisioning.
    Row { answers: "device=new registered=yes identity=entra users=single technician=yes tpm=yes configmgr=no custom_image=no fast_user=yes",
          recommended: Some(PP), unsuitable: &[], suitable: &[UD, SD, DP], then: None },
    // Technician available but no need to hurry: pre-provisioning's extra step isn't worth it.
    Row { answers: "device=new registered=yes identity=entra users=single technician=yes tpm=yes fast_user=no",
          recommended: Some(UD), unsuitable: &[], suitable: &[PP, DP], then: Some(UD) },
    // A virtual machine: TPM attestation rules out pre-provisioning and self-deploying.
    Row { answers: "device=new identity=entra users=single technician=yes tpm=no fast_user=yes",
          recommended: Some(UD), unsuitable: &[(PP, &["tpm"]), (SD, &["tpm"])], suitable: &[DP], then: Some(UD) },
    // A kiosk with TPM and Entra join: self-deploying.
    Row { answers: "device=new identity=entra users=shared tpm=yes",
          recommended: Some(SD), unsuitable: &[], suitable: &[UD, PP, DP], then: Some(SD) },
    // A kiosk that must be hybrid joined: self-deploying and device preparation can't; user-driven remains.
    Row { answers: "device=new identity=hybrid dc=yes users=shared technician=no tpm=yes custom_image=no",
          recommended: Some(UD), unsuitable: &[(SD, &["identity"]), (PP, &["technician"]), (DP, &["identity"])], suitable: &[], then: None },
    // Hybrid join without a domain controller: only Entra join is an option, so nothing fits.
    Row { answers: "device=new identity=hybrid dc=no users=single",
          recommended: None, unsuitable: &[(UD, &["identity", "dc"]), (PP, &["identity", "dc"]), (SD, &["identity"]), (ED, &["identity", "dc"]), (RS, &["device", "identity"]), (DP, &["identity"])], suitable: &[], then: None },
    // Hybrid join with a domain controller and an OEM technician: pre-provisioning stays possible.
    Row { answers: "device=new identity=hybrid dc=yes users=single technician=yes tpm=yes fast_user=yes custom_image=no",
          recommended: Some(PP), unsuitable: &[(SD, &["identity"]), (DP, &["identity"])], suitable: &[UD], then: None },
    // A healthy Entra-joined Autopilot device to repurpose: Reset; a wipe and a deployment mode stay possible.
    Row { answers: "device=existing current_join=entra registered=yes identity=entra custom_image=no",
          recommended: Some(RS), unsuitable: &[], suitable: &[UD, PP, SD, ED, DP], then: Some(UD) },
    // Not registered: Reset needs an Autopilot device; Existing devices doesn't (Windows 10: no device preparation).
    Row { answers: "device=existing current_join=entra registered=no identity=entra windows=older configmgr=yes",
          recommended: Some(ED), unsuitable: &[(RS, &["registered"]), (DP, &["windows"])], suitable: &[UD], then: Some(UD) },
    // Windows broken: Reset can't repair it; Existing devices reinstalls.
    Row { answers: "device=broken current_join=entra registered=yes identity=entra configmgr=yes",
          recommended: Some(ED), unsuitable: &[(RS, &["device"])], suitable: &[UD, DP], then: Some(UD) },
    // A hybrid joined device moving to Entra join: Existing devices; Reset doesn't support hybrid devices.
    Row { answers: "device=existing current_join=hybrid registered=yes identity=entra configmgr=yes custom_image=no",
          recommended: Some(ED), unsuitable: &[(RS, &["current_join"])], suitable: &[UD], then: Some(UD) },
    // Domain joined only: Reset supports only Entra joined devices.
    Row { answers: "device=existing current_join=domain registered=yes identity=entra configmgr=yes",
          recommended: Some(ED), unsuitable: &[(RS, &["current_join"])], suitable: &[UD], then: Some(UD) },
    // Not joined at all: Reset again needs an Entra joined device.
    Row { answers: "device=existing current_join=none configmgr=yes",
          recommended: None, unsuitable: &[(RS, &["current_join"])], suitable: &[ED, UD], then: Some(UD) },
    // Staying hybrid on an existing device: Reset and device preparation can't end hybrid joined.
    Row { answers: "device=existing current_join=entra registered=yes identity=hybrid dc=yes configmgr=yes",
          recommended: Some(ED), unsuitable: &[(RS, &["identity"]), (DP, &["identity"])], suitable: &[UD], then: Some(UD) },
    // Custom image on a healthy Entra device: Existing devices outranks Reset.
    Row { answers: "device=existing current_join=entra registered=yes identity=entra configmgr=yes custom_image=yes",
          recommended: Some(ED), unsuitable: &[], suitable: &[RS], then: Some(UD) },
    // Custom image on a new device with Configuration Manager: Existing devices, then
    // pre-provisioning for the short wait (registration unknown, so not excluded).
    Row { answers: "device=new identity=entra users=single technician=yes tpm=yes configmgr=yes custom_image=yes fast_user=yes",
          recommended: Some(ED), unsuitable: &[], suitable: &[UD, PP, SD, DP], then: Some(PP) },
    // After Existing devices on a registered kiosk: self-deploying can follow.
    Row { answers: "device=broken registered=yes identity=entra users=shared tpm=yes configmgr=yes",
          recommended: Some(ED), unsuitable: &[], suitable: &[SD], then: Some(SD) },
    // Not registered: the JSON file carries user-driven profiles only, so user-driven follows.
    Row { answers: "device=broken registered=no identity=entra users=shared tpm=yes configmgr=yes",
          recommended: Some(ED), unsuitable: &[], suitable: &[SD, DP], then: Some(UD) },
    // Registered, Windows broken, a technician at hand and a short wait wanted: a reinstall from
    // media and pre-provisioning outrank the task sequence, which would run pre-provisioning after it.
    Row { answers: "device=broken registered=yes identity=entra users=single technician=yes tpm=yes fast_user=yes configmgr=yes",
          recommended: Some(PP), unsuitable: &[], suitable: &[ED], then: Some(PP) },
    // A new device not yet registered: still suitable; registering is a step.
    Row { answers: "device=new registered=no identity=entra users=shared tpm=yes",
          recommended: Some(SD), unsuitable: &[], suitable: &[UD, DP], then: Some(UD) },
    // A broken device without Configuration Manager: no longer a dead end; the deployment modes
    // remain after a reinstall from media, and the user's answers decide between them.
    Row { answers: "device=broken current_join=entra registered=yes configmgr=no",
          recommended: None, unsuitable: &[(ED, &["configmgr"]), (RS, &["device"])], suitable: &[UD, PP, SD, DP], then: None },
    // A shared virtual machine: self-deploying is out; user-driven, ranked lower for a shared
    // device, still serves, and device preparation's user-driven scenario is for physical devices.
    Row { answers: "device=new identity=entra users=shared tpm=vm technician=no custom_image=no",
          recommended: Some(UD), unsuitable: &[(SD, &["tpm"]), (PP, &["technician", "tpm"])], suitable: &[DP], then: None },
    // current_join is asked only for devices in use: for a new device it is ignored.
    Row { answers: "device=new current_join=hybrid identity=entra users=shared tpm=yes",
          recommended: Some(SD), unsuitable: &[(RS, &["device"])], suitable: &[], then: Some(SD) },
    // dc is asked only for hybrid join: for Entra join "dc=no" is ignored.
    Row { answers: "device=new registered=yes identity=entra dc=no users=single technician=no",
          recommended: Some(UD), unsuitable: &[], suitable: &[DP], then: Some(UD) },
    // Windows 10 (spelled "older", the value before December 2026): device preparation can't
    // run; the classic modes can, under the end-of-support warning (tests/advice.rs).
    Row { answers: "device=new registered=no identity=entra users=single windows=older technician=no",
          recommended: Some(UD), unsuitable: &[(DP, &["windows"])], suitable: &[], then: Some(UD) },
    // Windows 10 Enterprise LTSC still in support: the classic modes; device preparation needs Windows 11.
    Row { answers: "device=new registered=no identity=entra users=single windows=ltsc technician=no",
          recommended: Some(UD), unsuitable: &[(DP, &["windows"])], suitable: &[], then: Some(UD) },
    // A Windows 10 device in use, Entra joined and registered: Reset still fits (with its warning
    // and the step to upgrade first, tests/advice.rs).
    Row { answers: "device=existing current_join=entra registered=yes identity=entra windows=unsupported custom_image=no",
          recommended: Some(RS), unsuitable: &[(DP, &["windows"])], suitable: &[UD, ED], then: Some(UD) },
    // A virtual machine: user-driven mode, the mode that works on VMs; device preparation is for
    // physical devices, so it ranks well below even when registration isn't needed.
    Row { answers: "device=new registered=no identity=entra users=single technician=no tpm=vm windows=win11",
          recommended: Some(UD), unsuitable: &[(PP, &["technician", "tpm"]), (SD, &["tpm"])], suitable: &[DP], then: Some(UD) },
    // A registered virtual machine: device association needs a physical device, so device
    // preparation would first need a deregistration; user-driven mode leads.
    Row { answers: "device=new registered=yes identity=entra users=single technician=no tpm=vm windows=win11",
          recommended: Some(UD), unsuitable: &[(PP, &["technician", "tpm"]), (SD, &["tpm"])], suitable: &[DP], then: Some(UD) },
    // A physical PC without TPM attestation: the TPM modes are out, but user-driven mode gains
    // nothing from it (the favour is for virtual machines), so device preparation, needing no
    // registration, leads.
    Row { answers: "device=new registered=no identity=entra users=single technician=no tpm=no windows=win11",
          recommended: Some(DP), unsuitable: &[(PP, &["technician", "tpm"]), (SD, &["tpm"])], suitable: &[UD], then: Some(UD) },
    // A broken kiosk, not registered: Existing devices would run user-driven mode after the
    // reinstall (the JSON file carries no self-deploying profile), a poor fit for a kiosk that
    // counts against it; a reinstall from media, registration and self-deploying mode lead.
    Row { answers: "device=broken registered=no identity=entra users=shared tpm=yes configmgr=yes fast_user=yes",
          recommended: Some(SD), unsuitable: &[(RS, &["device", "registered"])], suitable: &[ED, UD], then: Some(UD) },
];

#[test]
fn decision_table() {
    let mut failures = Vec::new();
    for row in ROWS {
        let e = run(row.answers);
        let mut fail = |what: String| failures.push(format!("[{}] {what}", row.answers));
        if recommended(&e) != row.recommended {
            fail(format!(
                "recommended {:?}, expected {:?}",
                recommended(&e),
                row.recommended
            ));
        }
        for (id, expected) in row.unsuitable {
            let s = scenario(&e, id);
            if s.verdict != Verdict::Unsuitable {
                fail(format!("{id} is {:?}, expected unsuitable", s.verdict));
            } else if keys(s.blocked_by) != *expected {
                fail(format!(
                    "{id} blocked_by {:?}, expected {expected:?}",
                    keys(s.blocked_by)
                ));
            }
        }
        for id in row.suitable {
            if scenario(&e, id).verdict == Verdict::Unsuitable {
                fail(format!("{id} is unsuitable, expected suitable"));
            }
        }
        if then(&e) != row.then {
            fail(format!("then {:?}, expected {:?}", then(&e), row.then));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing rows:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_rule_fires_in_some_row() {
    let mut fired = BTreeSet::new();
    for row in ROWS {
        let e = run(row.answers);
        for s in &e.scenarios {
            for r in &s.reasons {
                fired.insert((id(s.scenario), r.text));
            }
        }
    }
    // Follow-up rules fire inside the `then` choice, not as reasons; rows above cover them
    // through `then`, so they are checked by their effect on `then` instead.
    let missing: Vec<String> = MODEL
        .rules
        .iter()
        .filter(|r| r.context != autopilot_advisor::model::RuleContext::FollowUp)
        .filter(|r| !fired.contains(&(r.scenario.as_str(), &*r.text)))
        .map(|r| format!("{}: {}", r.scenario, r.text))
        .collect();
    assert!(
        missing.is_empty(),
        "rules no row exercises:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_note_shows_in_some_case() {
    let cases = [
        "device=new identity=hybrid dc=no",
        "device=existing current_join=hybrid identity=hybrid dc=yes registered=yes custom_image=yes configmgr=no",
        "windows=unsupported tpm=vm",
        "windows=ltsc",
    ];
    let shown: BTreeSet<&str> = cases.iter().flat_map(|c| notes(&run(c))).collect();
    let missing: Vec<&str> = MODEL
        .notes
        .iter()
        .map(|n| &*n.id)
        .filter(|id| !shown.contains(id))
        .collect();
    assert!(missing.is_empty(), "notes never shown: {missing:?}");
}

#[test]
fn nothing_fits_offers_changes() {
    // Staying hybrid without a domain controller: only Microsoft Entra join is an option.
    let e = run(
        "device=existing current_join=hybrid registered=yes identity=hybrid dc=no configmgr=yes",
    );
    assert!(e.recommended.is_none());
    assert!(
        e.changes
            .iter()
            .any(|c| c.scenario_id() == ED && c.named_set().eq([("dc", "yes")])),
        "expected dc=yes to open Existing devices, got {:?}",
        e.changes
    );
    // Smallest sets only: every listed change has the same, minimal size.
    assert!(
        e.changes.iter().all(|c| c.set.len() == 1),
        "{:?}",
        e.changes
    );

    let e = run("device=new identity=hybrid dc=no users=single");
    let opening: BTreeSet<_> = e
        .changes
        .iter()
        .map(|c| (c.scenario_id(), c.named_set().collect::<Vec<_>>()))
        .collect();
    assert!(
        opening.contains(&(UD, vec![("identity", "entra")])),
        "{:?}",
        e.changes
    );
    assert!(
        opening.contains(&(UD, vec![("dc", "yes")])),
        "{:?}",
        e.changes
    );
}

#[test]
fn then_is_the_follow_up_when_existing_devices_is_suitable() {
    let e = run("device=broken identity=hybrid dc=yes users=shared configmgr=yes");
    // Self-deploying can't do hybrid join, so after the reinstall user-driven runs.
    assert_eq!(then(&e), Some(UD));
    assert_eq!(recommended(&e), Some(ED));
}

/// The evaluation says which questions are asked, so the questionnaire and the summary need
/// not work it out again: exactly those that apply to the effective answers.
#[test]
fn the_evaluation_names_the_questions_asked() {
    let mut rng = 20261130u64;
    for _ in 0..2_000 {
        let mut a = autopilot_advisor::engine::Answers::new();
        for q in 0..autopilot_advisor::model::MODEL.questions.len() {
            rng = rng
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let options = autopilot_advisor::model::MODEL.questions[q].options.len() as u64 + 1;
            let pick = (rng >> 33) % options;
            a.set(
                q,
                (pick < options - 1).then_some(pick as autopilot_advisor::model::ValueIx),
            );
        }
        let e = autopilot_advisor::engine::evaluate(&a);
        let effective = autopilot_advisor::engine::effective(&a);
        for q in 0..autopilot_advisor::model::MODEL.questions.len() {
            assert_eq!(
                e.asked[q],
                autopilot_advisor::engine::applies(&effective, q),
                "{}",
                a.to_query()
            );
        }
    }
}

#[test]
fn changes_come_grouped_by_the_answers_they_set() {
    // Nothing fits: several scenarios open with the same single change.
    let e = run("device=new identity=hybrid dc=no users=single");
    assert!(!e.changes.is_empty());
    let mut seen = BTreeSet::new();
    for g in &e.change_groups {
        assert!(seen.insert(g.set.clone()), "one group per set: {g:?}");
        let opened: Vec<usize> = e
            .changes
            .iter()
            .filter(|c| c.set == g.set)
            .map(|c| c.scenario)
            .collect();
        assert_eq!(g.opens, opened, "every scenario the set opens, in order");
    }
    assert_eq!(
        e.change_groups.iter().map(|g| g.opens.len()).sum::<usize>(),
        e.changes.len()
    );
    assert!(
        e.change_groups.iter().any(|g| g.opens.len() > 1),
        "some set opens more than one scenario: {:?}",
        e.change_groups
    );
}

/// Where the advice stands is decided once (`Evaluation::standing`), for the panel's status,
/// its body and the summary's headline alike.
#[test]
fn the_standing_is_decided_once_from_the_verdicts() {
    use autopilot_advisor::engine::Standing;
    let ix = |id: &str| MODEL.scenario_ix(id).unwrap();
    assert_eq!(run("").standing(), Standing::Open);
    assert_eq!(
        run("device=new identity=hybrid dc=no").standing(),
        Standing::NothingFits
    );
    assert_eq!(
        run("device=new identity=entra users=shared tpm=yes").standing(),
        Standing::Recommended(ix(SD))
    );
    // Self-deploying leads a kiosk while the TPM is open: it could still be ruled out.
    assert_eq!(
        run("device=new identity=entra users=shared").standing(),
        Standing::Leading(ix(SD))
    );
    // A new device: Reset is out, five fit, none leads yet.
    assert_eq!(run("device=new").standing(), Standing::SeveralFit(5));
}
