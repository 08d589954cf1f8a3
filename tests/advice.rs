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
    assert_eq!(prerequisites(&run("identity=hybrid tpm=vm"), UD).len(), all);
    assert_eq!(
        prerequisites(&run("identity=entra tpm=yes"), UD).len(),
        all - 2
    );
}

/// device-guidelines: the virtual machine's sizing is for testing in one; a physical device,
/// with TPM 2.0 or without, has no use for it (the `tpm` question has an answer for a VM).
#[test]
fn the_virtual_machine_sizing_is_listed_unless_the_device_is_physical() {
    let vm = |answers| user_driven_lists(answers, "To test in a virtual machine");
    assert!(vm("tpm=vm"));
    assert!(vm(""));
    assert!(!vm("tpm=yes"));
    assert!(!vm("tpm=no"));
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

/// dp-compare-concurrent (2026-08-07): a registered device runs its Autopilot profile unless
/// it is associated; then device association takes precedence.
#[test]
fn a_registered_device_runs_its_autopilot_profile_unless_it_is_associated() {
    let e =
        run("device=new registered=yes identity=entra users=single technician=no windows=win11");
    assert_eq!(recommended(&e), Some(UD));
    assert!(reasons(&e, DP, Effect::Disfavour)
        .iter()
        .any(|t| t.contains("unless it is associated with your tenant")));
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
    // Existing devices (a custom image on a kiosk) and self-deploying mode score alike here,
    // and nothing open can rule either out: the tie order puts Existing devices first and names
    // self-deploying mode.
    let e = run("device=new registered=no identity=entra users=shared technician=no tpm=yes windows=win11 configmgr=yes custom_image=yes fast_user=yes");
    assert_eq!(score(&e, ED), score(&e, SD), "{e:#?}");
    assert_eq!(recommended(&e), Some(ED));
    assert_eq!(tied_with(&e), vec![SD]);
}

#[test]
fn an_open_tie_has_no_leader() {
    // The deployment modes tie on a broken device while the technician and the TPM are open.
    let e = run("device=broken current_join=entra registered=yes configmgr=no");
    assert_eq!(score(&e, UD), score(&e, PP));
    assert_eq!(leading(&e), None);
    assert!(e.tied_with.is_empty());
}

// --- Right as of today (December 2026): the review of the model against Microsoft's current
// pages. Each test names the page and the sentence it follows; model.toml cites them. ---------

/// The warning notes of an evaluation, by id.
fn warnings(e: &Evaluation) -> Vec<&'static str> {
    e.notes
        .iter()
        .filter(|n| n.warning)
        .map(|n| n.id())
        .collect()
}

/// requirements (2025-07-08): "Windows Autopilot doesn't support products that are beyond their
/// support lifecycle"; windows-10-end (2025-11-21): Windows 10 reached end of support on
/// 14 October 2025. Said up front for a new device, one in use and a broken one alike.
#[test]
fn windows_out_of_support_is_said_up_front_in_every_device_state() {
    for device in ["new", "existing", "broken"] {
        let e = run(&format!("device={device} windows=unsupported"));
        assert_eq!(
            warnings(&e),
            ["windows-out-of-support", "windows-10-end-of-support"],
            "{device}"
        );
    }
    // A Windows 11 still in support, or an LTSC edition still in support, gets no warning.
    assert!(warnings(&run("device=new windows=win11")).is_empty());
    assert!(warnings(&run("device=existing windows=ltsc")).is_empty());
    assert_eq!(notes_of(&run("windows=ltsc")), ["windows-ltsc"]);
    // An open question warns of nothing: the note waits for the answer.
    assert!(warnings(&run("device=existing")).is_empty());
}

fn notes_of(e: &Evaluation) -> Vec<&'static str> {
    e.notes.iter().map(|n| n.id()).collect()
}

/// The old values stay accepted: `older` (Windows 10, or an older Windows 11) reads as
/// `unsupported` in links, the API and profiles, and is written back under the new name.
#[test]
fn the_old_windows_value_older_still_reads_as_out_of_support() {
    let a = Answers::from_query("windows=older").unwrap();
    assert_eq!(a.to_query(), "windows=unsupported");
    assert_eq!(
        Answers::from_query("windows=win11").unwrap().to_query(),
        "windows=win11"
    );
}

/// reset-overview (2024-10-08): "A new OS of the same version is created by reconstructing it
/// from the WinSxS store." Reset keeps the Windows on the device, so on Windows 10 it says to
/// upgrade first or reinstall.
#[test]
fn reset_keeps_the_windows_on_the_device_so_windows_10_is_upgraded_first() {
    let e =
        run("device=existing current_join=entra registered=yes identity=entra windows=unsupported");
    assert_eq!(recommended(&e), Some(RS), "{e:#?}");
    assert!(has_step(
        &e,
        RS,
        "Autopilot Reset rebuilds the Windows version already on the device"
    ));
    assert!(prerequisites(&e, RS)
        .iter()
        .any(|t| t.starts_with("Keeps the Windows version already on the device")));
    // On a Windows 11 still in support there is nothing to upgrade.
    let e = run("device=existing current_join=entra registered=yes identity=entra windows=win11");
    assert!(!has_step(
        &e,
        RS,
        "Autopilot Reset rebuilds the Windows version already on the device"
    ));
}

/// reset (2025-08-13): "When local Windows Autopilot Reset is used on a device, the device's
/// primary user and the Microsoft Entra device owner aren't updated."
#[test]
fn a_local_reset_leaves_the_primary_user_as_it_is() {
    let reset = MODEL.scenario(RS).unwrap();
    let local = reset
        .prerequisites
        .iter()
        .find(|f| f.text.starts_with("Local reset"))
        .unwrap();
    assert!(local.text.contains("doesn't update the primary user"));
    assert_eq!(MODEL.source(&local.source).id, "reset");
    assert_eq!(
        MODEL.source(&local.source).date.as_deref(),
        Some("2025-08-13")
    );
}

/// dp-compare-concurrent (2026-08-07): "If the device is associated, device association takes
/// precedence and the Windows Autopilot device preparation deployment runs." Registration now
/// costs device preparation one step, not two.
#[test]
fn device_association_takes_precedence_over_a_registered_devices_profile() {
    let e = run("device=new registered=yes identity=entra");
    assert_eq!(score(&e, DP), -1);
    let dp = prerequisites(&e, DP);
    assert!(dp.iter().any(
        |t| t.contains("associate it with your tenant (device association) or deregister it first")
    ));
    // Association needs a physical device with TPM 2.0 (dp-association-requirements): for a
    // virtual machine the requirement isn't listed, and the step says to deregister instead.
    assert!(dp
        .iter()
        .any(|t| t.starts_with("Device association needs a physical device")));
    let vm = run("device=new registered=yes identity=entra tpm=vm");
    assert!(!prerequisites(&vm, DP)
        .iter()
        .any(|t| t.starts_with("Device association needs")));
    assert!(has_step(&vm, DP, "Device association needs a physical device, so a registered virtual machine must be deregistered"));
}

/// dp-faq (2025-04-03): "the user-driven scenario for physical devices". A virtual machine no
/// longer ties device preparation with user-driven mode.
#[test]
fn device_preparation_is_for_physical_devices_so_a_virtual_machine_gets_user_driven_mode() {
    let e = run("device=new registered=no identity=entra tpm=vm windows=win11");
    assert_eq!(recommended(&e), Some(UD), "{e:#?}");
    assert!(score(&e, UD) > score(&e, DP));
    assert!(e.tied_with.is_empty());
    assert!(notes_of(&e).contains(&"dp-automatic-cloud-pc"));
}

/// seed-pros-cons: user-driven mode "Doesn't require TPM attestation, so it works on physical
/// devices and virtual machines". The favour is for virtual machines only: a physical PC
/// without TPM 2.0 gains nothing more than the TPM modes' exclusion.
#[test]
fn the_user_driven_favour_for_no_tpm_holds_for_virtual_machines_only() {
    let vm = run("tpm=vm");
    let physical = run("tpm=no");
    assert_eq!(score(&vm, UD), 1);
    assert_eq!(score(&physical, UD), 0);
    for e in [&vm, &physical] {
        assert_eq!(verdict(e, PP), Verdict::Unsuitable);
        assert_eq!(verdict(e, SD), Verdict::Unsuitable);
    }
}

/// dp-whats-new (2026-04-10): up to 25 apps, in user-driven and automatic mode; and
/// dp-user-driven-workflow (2026-08-07): "If you use Intune enrollment restrictions to block
/// personal device enrollments, you must configure either corporate identifiers or device
/// association for each device".
#[test]
fn device_preparation_installs_up_to_25_apps_and_needs_a_corporate_identifier_or_association() {
    let dp = MODEL.scenario(DP).unwrap();
    assert!(dp
        .cons
        .iter()
        .any(|f| f.text.contains("up to 25 essential apps")));
    assert!(!dp
        .cons
        .iter()
        .any(|f| f.text.contains("up to 10 essential apps")));
    assert!(prerequisites(&run(""), DP)
        .iter()
        .any(|t| t.contains("corporate identifier or device association")));
}

/// profiles (2025-03-27): "Convert all targeted devices to Autopilot" registers corporate
/// devices in the targeted groups; a registered device that isn't associated runs its profile
/// (dp-compare-concurrent). A device in use moving to device preparation is told to check.
#[test]
fn a_device_in_use_moving_to_device_preparation_is_warned_of_convert_all_targeted_devices() {
    let e = run("device=existing current_join=entra identity=entra windows=win11");
    assert!(has_step(&e, DP, "Check that no Windows Autopilot profile with \"Convert all targeted devices to Autopilot\""));
    assert!(!has_step(
        &run("device=new"),
        DP,
        "Check that no Windows Autopilot profile"
    ));
}

/// pre-provision (2025-04-09): "An enrollment status page (ESP) profile must be targeted to the
/// device", and the technician flow's choices on Windows 11 (pre-provision-hybrid-technician).
#[test]
fn pre_provisioning_needs_an_enrollment_status_page_and_says_the_windows_11_choices() {
    let pp = prerequisites(&run(""), PP);
    assert!(pp.contains(&"An Enrollment Status Page profile is assigned to the device."));
    assert!(pp.iter().any(
        |t| t.contains("on Windows 11 choose Pre-provision with Windows Autopilot, then Next")
    ));
}

/// esp (2026-01-20): "Installing the quality updates during OOBE adds 20-40 minutes"; they
/// install in pre-provisioning's user flow, not its technician flow.
#[test]
fn quality_updates_in_the_user_flow_weaken_the_shortest_wait() {
    let e = run("device=new identity=entra users=single technician=yes tpm=yes fast_user=yes");
    assert_eq!(recommended(&e), Some(PP));
    assert!(has_step(
        &e,
        PP,
        "Windows quality updates still install during the user flow"
    ));
    assert!(!has_step(
        &run("fast_user=no"),
        PP,
        "Windows quality updates"
    ));
}

/// existing-devices-register (2025-06-13): the task sequence "doesn't automatically register the
/// device ... If the device ever undergoes a reset ... it won't run the Windows Autopilot
/// deployment again"; existing-devices: the JSON file is saved "in ASCII or ANSI format".
#[test]
fn existing_devices_registers_nothing_and_its_json_file_is_ascii_or_ansi() {
    let ed = prerequisites(&run("device=broken configmgr=yes"), ED);
    assert!(ed
        .iter()
        .any(|t| t.starts_with("The task sequence doesn't register the device")));
    assert!(ed.iter().any(|t| t.contains("saved as ASCII or ANSI")));
}

/// existing-devices: "The JSON file ... only supports user-driven ... profiles". A kiosk sent
/// through Existing devices runs user-driven mode; that poor fit counts against Existing
/// devices, and the step says how to get self-deploying mode afterwards.
#[test]
fn the_mode_after_existing_devices_must_fit_too() {
    let e = run("device=broken registered=no identity=entra users=shared tpm=yes configmgr=yes fast_user=yes");
    assert_eq!(then_of(&e), Some(UD));
    assert!(has_step(
        &e,
        ED,
        "The JSON file carries user-driven profiles only"
    ));
    // The follow-up's drawbacks are Existing devices' trade-offs, and lower its score.
    let trade_offs = reasons(&e, ED, Effect::Disfavour);
    assert!(
        trade_offs.iter().any(|t| t
            .starts_with("User-driven mode is meant for a device used primarily by a single user")),
        "{trade_offs:?}"
    );
    assert_eq!(recommended(&e), Some(SD));
    // Registered with a profile, self-deploying mode can follow: no such cost.
    let e = run("device=broken registered=yes identity=entra users=shared tpm=yes configmgr=yes fast_user=yes");
    assert_eq!(then_of(&e), Some(SD));
    assert!(reasons(&e, ED, Effect::Disfavour)
        .iter()
        .all(|t| !t.starts_with("User-driven mode")));
}

fn then_of(e: &Evaluation) -> Option<&'static str> {
    e.then.map(common::id)
}

/// hybrid (2025-05-29) and seed-current (2025-06-13): "Deploying new devices as Microsoft Entra
/// hybrid join devices isn't recommended, including through Windows Autopilot."
#[test]
fn hybrid_join_for_new_devices_is_worded_as_the_current_pages() {
    let e = run("device=new identity=hybrid dc=yes");
    assert_eq!(warnings(&e), ["hybrid-new-devices"]);
    let prefer = e.notes.iter().find(|n| n.id() == "prefer-entra").unwrap();
    assert!(prefer
        .text
        .contains("deploying new devices as hybrid joined isn't recommended"));
    assert_eq!(prefer.source.id, "seed-current");
    // The grid keeps the seed's cells: hybrid join is supported by user-driven mode.
    let hybrid = MODEL
        .capabilities
        .iter()
        .find(|c| c.id == "hybrid-join")
        .unwrap();
    let ud = MODEL.scenario_ix(UD).unwrap();
    assert_eq!(hybrid.cell(ud).unwrap().0.label(), "Yes");
}

/// Each question says whether it asks for a fact or a choice; only a fact's option may say how
/// it would come true, and the facts that can be made true say so.
#[test]
fn facts_and_choices_are_named_and_the_what_if_changes_only_choices() {
    use autopilot_advisor::model::QuestionKind::{Choice, Fact};
    let kind = |key: &str| MODEL.questions[MODEL.question_ix(key).unwrap()].kind;
    for key in [
        "device",
        "current_join",
        "registered",
        "dc",
        "tpm",
        "windows",
        "configmgr",
    ] {
        assert_eq!(kind(key), Fact, "{key}");
    }
    for key in [
        "identity",
        "users",
        "technician",
        "custom_image",
        "fast_user",
    ] {
        assert_eq!(kind(key), Choice, "{key}");
    }
    let how = |key: &str, value: &str| {
        let q = &MODEL.questions[MODEL.question_ix(key).unwrap()];
        q.options[usize::from(q.value_ix(value).unwrap())]
            .how
            .is_some()
    };
    assert!(how("registered", "yes") && how("windows", "win11") && how("dc", "yes"));
    assert!(!how("current_join", "entra") && !how("tpm", "yes") && !how("device", "existing"));
    // Device preparation on Windows 10: the what-if names the upgrade; nothing to click.
    let w = autopilot_advisor::engine::what_if(
        &Answers::from_query("device=new&windows=unsupported").unwrap(),
        &Policy::default(),
    );
    let dp = w[MODEL.scenario_ix(DP).unwrap()].clone().unwrap();
    assert_eq!(dp.named_set().collect::<Vec<_>>(), [("windows", "win11")]);
    assert!(!dp.applicable());
}

/// The footer's "facts last checked" date is honest: no cited page is dated after it, and the
/// pages re-read on 2026-12-03 carry their current dates.
#[test]
fn facts_checked_is_never_earlier_than_a_cited_page() {
    let checked = &*MODEL.meta.facts_checked;
    for s in MODEL.sources.iter() {
        if let Some(d) = s.date.as_deref() {
            assert!(
                d <= checked,
                "{} is dated {d}, after facts_checked {checked}",
                s.id
            );
        }
    }
    let date = |id: &str| {
        MODEL
            .sources
            .iter()
            .find(|s| s.id == id)
            .unwrap()
            .date
            .as_deref()
    };
    assert_eq!(date("dp-compare"), Some("2026-08-07"));
    assert_eq!(date("requirements"), Some("2025-07-08"));
    assert_eq!(date("seed-current"), Some("2025-06-13"));
}
