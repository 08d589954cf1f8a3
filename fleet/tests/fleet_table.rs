//! The fleet's decision table, one row per kind of device an admin finds in Intune's export:
//! what the row says (join type as Intune spells it, OS version, edition, model, whether the
//! Autopilot devices list holds its serial number), the answers read from it, and the plan's
//! advice under one set of fleet answers. Every row's advice is `evaluate()`'s (tests/plan.rs
//! checks that device for device); this table shows what that means for real rows.

use autopilot_engine::engine::Answers;
use autopilot_fleet::map::{map, Corrections, AUTOPILOT_REQUIRED, INVENTORY_REQUIRED};
use autopilot_fleet::plan::{plan, FleetAnswers};
use autopilot_fleet::read::read;
use autopilot_fleet::shape::FleetPlan;

/// Asked once for the whole fleet: Entra join, one user each, no technician step,
/// Configuration Manager runs, no custom image, no hurry.
const FLEET: &str =
    "identity=entra&users=single&technician=no&configmgr=yes&custom_image=no&fast_user=no";

struct Row {
    join: &'static str,
    os_version: &'static str,
    sku: &'static str,
    model: &'static str,
    in_autopilot_list: bool,
    /// The answers read from the row (`device=existing` on every row is left out).
    read: &'static str,
    recommended: Option<&'static str>,
    then: Option<&'static str>,
}

#[rustfmt::skip]
const ROWS: &[Row] = &[
    // Entra joined, Windows 11, registered: Autopilot Reset.
    Row { join: "azureADJoined", os_version: "10.0.26100.4061", sku: "Enterprise", model: "Latitude 7450", in_autopilot_list: true,
          read: "current_join=entra&registered=yes&windows=win11", recommended: Some("reset"), then: None },
    // The same, not registered: Reset needs an Autopilot device; device preparation needs no registration.
    Row { join: "Microsoft Entra joined", os_version: "10.0.26100.4061", sku: "Professional", model: "Latitude 7450", in_autopilot_list: false,
          read: "current_join=entra&registered=no&windows=win11", recommended: Some("device-preparation"), then: None },
    // Hybrid joined (old spelling) on Windows 10: Reset doesn't cover hybrid; Existing devices reinstalls, then user-driven.
    Row { join: "Hybrid Azure AD joined", os_version: "10.0.19045.6456", sku: "Enterprise", model: "EliteBook 840 G8", in_autopilot_list: true,
          read: "current_join=hybrid&registered=yes&windows=unsupported", recommended: Some("existing-devices"), then: Some("user-driven") },
    // Hybrid joined (Entra spelling), Windows 10 Enterprise LTSC: the same way.
    Row { join: "Microsoft Entra hybrid joined", os_version: "10.0.17763.7009", sku: "EnterpriseS", model: "ThinkCentre M70q", in_autopilot_list: true,
          read: "current_join=hybrid&registered=yes&windows=ltsc", recommended: Some("existing-devices"), then: Some("user-driven") },
    // A Hyper-V virtual machine: no TPM attestation, so user-driven.
    Row { join: "azureADJoined", os_version: "10.0.26100.2033", sku: "Enterprise", model: "Virtual Machine", in_autopilot_list: false,
          read: "current_join=entra&registered=no&tpm=vm&windows=win11", recommended: Some("user-driven"), then: None },
    // Entra registered only: no join today.
    Row { join: "Microsoft Entra registered", os_version: "10.0.26100.4061", sku: "Professional", model: "Surface Laptop 6", in_autopilot_list: false,
          read: "current_join=none&registered=no&windows=win11", recommended: Some("device-preparation"), then: None },
    // Windows 11 Home: Autopilot doesn't support Home.
    Row { join: "hybridAzureADJoined", os_version: "10.0.26100.4061", sku: "Core", model: "Aspire 5", in_autopilot_list: false,
          read: "current_join=hybrid&registered=no&windows=unsupported", recommended: Some("existing-devices"), then: Some("user-driven") },
    // Join type unknown: the answer stays open, so no recommendation until the admin says.
    Row { join: "unknown", os_version: "10.0.26100.4061", sku: "Enterprise", model: "Latitude 7450", in_autopilot_list: true,
          read: "registered=yes&windows=win11", recommended: None, then: None },
];

#[test]
fn each_kind_of_row_gets_its_advice() {
    let mut inventory = String::from("Device name,Serial number,OS,OS version,SkuFamily,JoinType,Manufacturer,Model,Ownership\r\n");
    let mut autopilot = String::from("Serial number,Group tag\r\n");
    for (i, r) in ROWS.iter().enumerate() {
        let maker = if r.model == "Virtual Machine" {
            "Microsoft Corporation"
        } else {
            "Contoso"
        };
        inventory += &format!(
            "PC-{i},SN-{i},Windows,{},{},{},{maker},{},Corporate\r\n",
            r.os_version, r.sku, r.join, r.model
        );
        if r.in_autopilot_list {
            autopilot += &format!("SN-{i},\r\n");
        }
    }
    let inventory = read(inventory.as_bytes(), INVENTORY_REQUIRED).unwrap();
    let autopilot = read(autopilot.as_bytes(), AUTOPILOT_REQUIRED).unwrap();
    let reading = map(&inventory, Some(&autopilot), &Corrections::default());
    let fleet = FleetAnswers {
        answers: Answers::from_query(FLEET).unwrap(),
        overrides: Vec::new(),
    };
    let plan = plan(&reading, &fleet);
    let shape = FleetPlan::new(&reading, &plan, String::new());
    for (i, (row, device)) in ROWS.iter().zip(&shape.devices).enumerate() {
        let facts = reading.devices[i].facts.to_query();
        let read = facts
            .strip_prefix("device=existing")
            .unwrap()
            .trim_start_matches('&');
        assert_eq!(read, row.read, "row {i} ({}): answers read", row.join);
        assert_eq!(
            (device.recommended, device.then),
            (row.recommended, row.then),
            "row {i} ({}, {}): advice",
            row.join,
            row.read
        );
    }
}
