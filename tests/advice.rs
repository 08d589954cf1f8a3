//! The advice that follows Microsoft's current pages where they go beyond the seed's 2023
//! summary: redeploying devices already in use, Windows Autopilot device preparation, and the
//! review's eight points. Each test is named for the sentence its rule follows (model.toml
//! cites the page beside the rule) and fails if the rule goes.

mod common;

use autopilot_advisor::engine::{evaluate_with, Answers, Evaluation, Policy, Verdict};
use autopilot_advisor::model::{Effect, MODEL, SCENARIO_COUNT};
use common::{keys, leading, recommended, run, scenario, tied_with, DP, ED, PP, RS, SD, UD};

fn verdict(e: &Evaluation, id: &str) -> Verdict {
    scenario(e, id).verdict
}

fn score(e: &Evaluation, id: &str) -> i32 {
    scenario(e, id).score
}

/// The texts of a scenario's reasons with this effect.
fn reasons(e: &Evaluation, id: &str, effect: Effect) -> Vec<&'static str> {
    let s = scenario(e, id);
    s.reasons
        .iter()
        .filter(|r| r.effect == effect)
        .map(|r| r.text)
        .collect()
}

fn has_step(e: &Evaluation, id: &str, starts: &str) -> bool {
    reasons(e, id, Effect::Info)
        .iter()
        .any(|t| t.starts_with(starts))
}

// --- The three situations the issue measured: each now has a way forward ------------------

#[test]
fn a_registered_hybrid_laptop_moving_to_entra_join_without_configuration_manager_is_wiped_and_redeployed(
) {
    let e = run("device=existing current_join=hybrid registered=yes identity=entra users=single technician=no configmgr=no");
    assert_eq!(recommended(&e), Some(UD), "{e:#?}");
    assert!(has_step(&e, UD, "For a device in use: wipe it from Intune"));
    assert!(has_step(
        &e,
        UD,
        "After the wipe or a reinstall, Autopilot runs again"
    ));
    assert!(has_step(
        &e,
        UD,
        "The device leaves on-premises Active Directory"
    ));
    assert!(has_step(
        &e,
        UD,
        "After a full wipe, a hybrid joined device can take up to 24 hours"
    ));
}

#[test]
fn a_registered_device_with_broken_windows_and_no_configuration_manager_is_reinstalled_from_media()
{
    let e = run("device=broken current_join=entra registered=yes identity=entra users=single technician=no tpm=yes configmgr=no");
    assert_eq!(recommended(&e), Some(UD), "{e:#?}");
    assert!(has_step(
        &e,
        UD,
        "Windows is broken, so reinstall it from installation media"
    ));
    assert!(!has_step(
        &e,
        UD,
        "For a device in use: wipe it from Intune"
    ));
    assert_eq!(verdict(&e, ED), Verdict::Unsuitable);
    assert_eq!(verdict(&e, RS), Verdict::Unsuitable);
}

#[test]
fn an_entra_joined_device_in_use_that_is_not_registered_gets_registered_or_uses_device_preparation()
{
    // Windows 11: device preparation needs no registration at all.
    let e = run("device=existing current_join=entra registered=no identity=entra users=single windows=win11 configmgr=no");
    assert_eq!(recommended(&e), Some(DP), "{e:#?}");
    assert!(has_step(&e, DP, "For a device in use: wipe it from Intune"));
    // Windows 10: register it, then wipe it, then user-driven mode.
    let e = run("device=existing current_join=entra registered=no identity=entra users=single technician=no windows=older configmgr=no");
    assert_eq!(recommended(&e), Some(UD), "{e:#?}");
    assert!(has_step(
        &e,
        UD,
        "If the device is enrolled in Intune and corporate-owned"
    ));
    assert!(has_step(&e, UD, "Or collect its hardware hash"));
    assert!(has_step(
        &e,
        UD,
        "Register the device as an Autopilot device"
    ));
}

// --- The redeploy path, rule by rule ------------------------------------------------------

#[test]
fn intune_wipe_restores_factory_settings_so_a_device_in_use_can_run_a_deployment_mode() {
    for id in [UD, PP, SD, DP] {
        let e = run("device=existing");
        assert_ne!(verdict(&e, id), Verdict::Unsuitable, "{id}");
        assert!(
            has_step(&e, id, "For a device in use: wipe it from Intune"),
            "{id}"
        );
    }
    // A new device needs no wipe.
    let e = run("device=new");
    assert!(!has_step(&e, UD, "For a device in use"));
}

#[test]
fn an_unenrolled_and_reset_device_is_enrolled_through_autopilot_again() {
    let e = run("device=broken");
    for id in [UD, PP, SD] {
        assert!(
            has_step(
                &e,
                id,
                "After the wipe or a reinstall, Autopilot runs again"
            ),
            "{id}"
        );
    }
    assert!(has_step(
        &e,
        DP,
        "After the wipe or the reinstall, device preparation starts"
    ));
}

#[test]
fn starting_over_costs_a_device_in_use_its_data_so_reset_comes_first() {
    let e = run("device=existing current_join=entra registered=yes identity=entra users=single technician=no tpm=no");
    assert_eq!(recommended(&e), Some(RS), "{e:#?}");
    assert!(reasons(&e, UD, Effect::Disfavour)
        .contains(&"A device in use must first be wiped or reinstalled: its user data, apps and settings are removed."));
}

#[test]
fn convert_all_targeted_devices_to_autopilot_registers_an_enrolled_device() {
    let e = run("device=existing registered=no");
    assert!(has_step(
        &e,
        UD,
        "If the device is enrolled in Intune and corporate-owned"
    ));
    // A broken Windows can't be managed: only the hardware hash remains.
    let e = run("device=broken registered=no");
    assert!(!has_step(&e, UD, "If the device is enrolled in Intune"));
    assert!(has_step(&e, UD, "Or collect its hardware hash"));
    // Device preparation needs no registration: no such steps.
    assert!(!has_step(&e, DP, "Or collect its hardware hash"));
}

#[test]
fn deleting_the_on_premises_computer_object_keeps_it_from_syncing_back_to_entra_id() {
    let cleanup = "The device leaves on-premises Active Directory";
    let e = run("device=existing current_join=domain identity=entra");
    assert!(has_step(&e, UD, cleanup) && has_step(&e, DP, cleanup));
    // Staying hybrid, or already Entra joined: nothing to clean up.
    assert!(!has_step(
        &run("device=existing current_join=hybrid identity=hybrid dc=yes"),
        UD,
        cleanup
    ));
    assert!(!has_step(
        &run("device=existing current_join=entra identity=entra"),
        UD,
        cleanup
    ));
}

// --- The review's eight points -------------------------------------------------------------

#[test]
fn the_hybrid_technician_flow_needs_only_internet_access() {
    let e = run("device=new identity=hybrid dc=yes technician=yes");
    let step = scenario(&e, PP)
        .reasons
        .iter()
        .find(|r| {
            r.text
                .starts_with("With hybrid join, the technician flow needs only internet access")
        })
        .expect("the technician-flow step");
    assert_eq!(step.source.id, "pre-provision-hybrid-technician");
    assert_eq!(
        step.departs_from.map(|s| &*s.id),
        Some("seed-guide-pre-provisioned")
    );
    // The user flow still needs a domain controller.
    assert_eq!(
        verdict(&run("device=new identity=hybrid dc=no technician=yes"), PP),
        Verdict::Unsuitable
    );
    // No text of the model claims what no page says.
    for r in MODEL.rules.iter() {
        assert!(!r.text.contains("bring-your-own VPN"), "{}", r.text);
    }
}

#[test]
fn reset_needs_a_registered_device_as_the_scenarios_page_says() {
    let e = run("device=existing current_join=entra registered=no identity=entra");
    assert_eq!(verdict(&e, RS), Verdict::Unsuitable);
    assert_eq!(keys(scenario(&e, RS).blocked_by), vec!["registered"]);
}

#[test]
fn a_connector_serves_only_its_own_domain_and_its_account_creates_the_computer_objects() {
    let e = run("identity=hybrid");
    let note = |id: &str| {
        e.notes
            .iter()
            .find(|n| MODEL.notes[n.note].id == id)
            .map(|n| n.text)
            .unwrap_or_default()
    };
    assert!(note("hybrid-needs-dc").contains("at least one in each domain"));
    assert!(!note("hybrid-needs-dc").contains("one per domain"));
    assert!(note("hybrid-connector-rights").contains("managed service account"));
}

/// The prerequisites of a scenario listed for these answers ("Before you start").
fn prerequisites(e: &Evaluation, id: &str) -> Vec<&'static str> {
    scenario(e, id).prerequisites().map(|f| &*f.text).collect()
}

/// Whether user-driven's "Before you start" lists a prerequisite that starts so, for answers
/// written as "key=value key=value".
fn user_driven_lists(answers: &str, starts: &str) -> bool {
    prerequisites(&run(answers), UD)
        .iter()
        .any(|t| t.starts_with(starts))
}

/// user-driven: "For Microsoft Entra hybrid join over a VPN: ..." is a hybrid join's
/// prerequisite; an Entra join never needs it (the choice is written beside it in model.toml).
#[test]
fn the_vpn_prerequisite_is_listed_only_where_hybrid_join_is_possible() {
    let vpn = |answers| user_driven_lists(answers, "For Microsoft Entra hybrid join over a VPN");
    assert!(!vpn("device=new identity=entra"));
    assert!(vpn("device=new identity=hybrid"));
    assert!(vpn(""), "an open question never hides a prerequisite");
    // The others stay whatever the answers.
    let all = MODEL.scenario(UD).unwrap().prerequisites.len();
    assert_eq!(prerequisites(&run("identity=hybrid tpm=no"), UD).len(), all);
    assert_eq!(
        prerequisites(&run("identity=entra tpm=yes"), UD).len(),
        all - 2
    );
}

/// device-guidelines: the virtual machine's sizing is for testing in one; a physical device
/// with TPM 2.0 (the `tpm` question tells a VM to answer No) has no use for it.
#[test]
fn the_virtual_machine_sizing_is_listed_unless_the_device_is_physical_with_a_tpm() {
    let vm = |answers| user_driven_lists(answers, "To test in a virtual machine");
    assert!(vm("tpm=no"));
    assert!(vm(""));
    assert!(!vm("tpm=yes"));
}

#[test]
fn the_virtual_machine_sizing_is_microsofts_advice_for_testing() {
    let ud = MODEL.scenario(UD).unwrap();
    let vm = ud
        .prerequisites
        .iter()
        .find(|f| f.text.contains("virtual machine"))
        .expect("the virtual machine prerequisite");
    assert_eq!(vm.source.as_str(), "device-guidelines");
    let tpm = MODEL.questions.iter().find(|q| q.key == "tpm").unwrap();
    assert!(!tpm.help.contains("2018"));
    for id in [PP, SD] {
        let s = MODEL.scenario(id).unwrap();
        assert!(
            s.prerequisites
                .iter()
                .any(|f| f.text.contains("*.microsoftaik.azure.net")),
            "{id} lacks the TPM attestation endpoints"
        );
    }
}

#[test]
fn a_primary_user_can_be_set_by_hand_after_self_deploying() {
    let e = run("device=new identity=entra users=single tpm=yes");
    assert_eq!(verdict(&e, SD), Verdict::Suitable);
    assert!(score(&e, SD) < score(&e, UD));
    let single = scenario(&e, SD)
        .reasons
        .iter()
        .find(|r| r.effect == Effect::Disfavour)
        .unwrap();
    assert_eq!(single.departs_from.map(|s| &*s.id), Some("seed-pros-cons"));
}

#[test]
fn saying_a_technician_can_help_never_ranks_pre_provisioning_below_an_open_answer() {
    for rest in [
        "",
        "fast_user=yes",
        "fast_user=no",
        "users=single fast_user=yes",
    ] {
        let open = run(&format!("device=new {rest}"));
        let can = run(&format!("device=new technician=yes {rest}"));
        assert!(score(&can, PP) >= score(&open, PP), "{rest}");
    }
    // The technician step's cost counts when the short wait isn't needed.
    let e = run(
        "device=new registered=yes identity=entra users=single technician=yes tpm=yes fast_user=no",
    );
    assert_eq!(recommended(&e), Some(UD));
}

#[test]
fn a_custom_image_on_a_new_device_means_reimaging_with_configuration_manager() {
    let e = run("device=new identity=entra users=single configmgr=yes custom_image=yes");
    assert_eq!(leading(&e), Some(ED));
    assert!(has_step(
        &e,
        ED,
        "On a new device this means replacing the OEM's preinstalled Windows"
    ));
    assert!(!has_step(
        &run("device=existing custom_image=yes"),
        ED,
        "On a new device"
    ));
}

#[test]
fn where_the_current_scenarios_page_differs_the_about_panel_says_so() {
    let current: Vec<&str> = MODEL
        .about
        .iter()
        .filter(|f| f.source.as_str() == "seed-current")
        .map(|f| &*f.text)
        .collect();
    assert!(current
        .iter()
        .any(|t| t.contains("Needs to be registered as Autopilot device before deployment")));
    assert!(current
        .iter()
        .any(|t| t.contains("more cons for Existing devices")));
}

// --- Windows Autopilot device preparation --------------------------------------------------

#[test]
fn device_preparation_is_appended_after_reset_and_newer_than_the_seed() {
    let ids: Vec<&str> = MODEL.scenarios.iter().map(|s| &*s.id).collect();
    assert_eq!(ids, [UD, PP, SD, ED, RS, DP]);
    assert!(!MODEL.scenario(DP).unwrap().in_seed);
    assert!(MODEL.scenarios[..5].iter().all(|s| s.in_seed));
}

#[test]
fn device_preparation_supports_only_microsoft_entra_join() {
    let e = run("identity=hybrid");
    assert_eq!(verdict(&e, DP), Verdict::Unsuitable);
    assert_eq!(keys(scenario(&e, DP).blocked_by), vec!["identity"]);
}

#[test]
fn device_preparation_needs_windows_11_with_the_april_2024_update() {
    assert_eq!(verdict(&run("windows=older"), DP), Verdict::Unsuitable);
    assert_eq!(verdict(&run("windows=win11"), DP), Verdict::Suitable);
    // The classic modes run on Windows 10 too.
    assert_eq!(verdict(&run("windows=older"), UD), Verdict::Suitable);
}

#[test]
fn device_preparation_needs_no_registration() {
    let e = run("device=new registered=no identity=entra users=single technician=no windows=win11");
    assert_eq!(recommended(&e), Some(DP), "{e:#?}");
}

#[test]
fn a_registered_device_runs_its_autopilot_profile_which_takes_precedence() {
    let e =
        run("device=new registered=yes identity=entra users=single technician=no windows=win11");
    assert_eq!(recommended(&e), Some(UD));
    assert!(reasons(&e, DP, Effect::Disfavour)
        .iter()
        .any(|t| t.contains("first remove the device from Windows Autopilot")));
}

#[test]
fn device_preparation_has_no_pre_provisioning_or_self_deploying_mode() {
    let e = run("device=new registered=no identity=entra users=shared tpm=yes windows=win11");
    assert_eq!(recommended(&e), Some(SD));
    let e = run("device=new registered=yes identity=entra users=single technician=yes tpm=yes fast_user=yes windows=win11");
    assert_eq!(recommended(&e), Some(PP));
    assert!(score(&e, DP) < score(&e, PP));
}

#[test]
fn device_preparation_can_be_not_offered_like_any_scenario() {
    let answers = Answers::from_pairs([
        ("device", Some("new")),
        ("registered", Some("no")),
        ("identity", Some("entra")),
        ("users", Some("single")),
        ("windows", Some("win11")),
    ])
    .unwrap();
    let mut not_offered = [false; SCENARIO_COUNT];
    not_offered[MODEL.scenario_ix(DP).unwrap()] = true;
    let e = evaluate_with(
        &answers,
        &Policy {
            not_offered,
            ..Policy::default()
        },
    );
    assert_eq!(verdict(&e, DP), Verdict::Unsuitable);
    assert_ne!(recommended(&e), Some(DP));
}

#[test]
fn device_preparation_never_follows_existing_devices() {
    let ed = MODEL.scenario(ED).unwrap();
    let dp = MODEL.scenario_ix(DP).unwrap();
    assert!(!ed.then_candidates.iter().any(|c| c.ix() == dp));
}

// --- Ties ------------------------------------------------------------------------------------

#[test]
fn a_final_tie_goes_to_what_changes_the_device_least_and_names_the_others() {
    // Existing devices and device preparation score alike here, and nothing open can rule
    // either out: the tie order puts Existing devices first and names device preparation.
    let e = run("device=existing current_join=entra registered=no identity=entra users=shared technician=no tpm=no windows=win11 configmgr=yes custom_image=no fast_user=yes");
    assert_eq!(score(&e, ED), score(&e, DP), "{e:#?}");
    assert_eq!(recommended(&e), Some(ED));
    assert_eq!(tied_with(&e), vec![DP]);
}

#[test]
fn an_open_tie_has_no_leader() {
    // The deployment modes tie on a broken device while the technician and the TPM are open.
    let e = run("device=broken current_join=entra registered=yes configmgr=no");
    assert_eq!(score(&e, UD), score(&e, PP));
    assert_eq!(leading(&e), None);
    assert!(e.tied_with.is_empty());
}
