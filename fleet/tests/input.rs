//! What `planFleet` will be given, read by serde: answers with the engine's own messages,
//! groups and corrections checked, and every mistake refused whole with what is allowed.

mod common;

use autopilot_fleet::input::PlanInput;
use autopilot_fleet::shape::Fleet;
use common::{fixture, fixture_text, zip};
use serde_json::{json, Value};

fn input(v: Value) -> Result<PlanInput, String> {
    serde_json::from_value(v).map_err(|e| e.to_string())
}

fn planned(v: Value) -> Result<Fleet, String> {
    Fleet::from_input(&input(v)?)
}

#[test]
fn the_files_the_answers_a_group_and_corrections() {
    let fleet = planned(json!({
        "inventory": fixture_text("intune-devices.csv"),
        "autopilot": fixture_text("autopilot-devices.csv"),
        "answers": { "identity": "entra", "users": "single", "technician": "no" },
        "groups": [{ "tag": "Kiosk", "answers": { "users": "shared" } }],
        "corrections": {
            "columns": { "category": null },
            "values": [{ "key": "current_join", "read": "Microsoft Entra registered", "value": "domain" }]
        }
    }))
    .unwrap();
    let device = |serial: &str| {
        let i = fleet
            .reading
            .devices
            .iter()
            .position(|d| d.serial == serial)
            .unwrap();
        fleet
            .plan
            .devices
            .iter()
            .find(|p| p.device == i)
            .unwrap()
            .answers
            .to_query()
    };
    assert_eq!(
        device("SN-LTSC-04"),
        "device=existing&current_join=hybrid&registered=yes&identity=entra&users=shared&technician=no&windows=ltsc"
    );
    assert_eq!(
        device("SN-REG-11"),
        "device=existing&current_join=domain&registered=no&identity=entra&users=single&technician=no&windows=win11"
    );
    let shape = serde_json::to_value(fleet.shape(&Default::default())).unwrap();
    assert_eq!(shape["hints"], json!({ "configmgr": "yes" }));
}

#[test]
fn a_file_as_bytes_carries_the_zip_and_utf16() {
    let zipped = zip(
        "DevicesWithInventory.csv",
        &fixture("intune-devices.csv"),
        true,
    );
    let from_zip =
        planned(json!({ "inventory": zipped, "answers": { "identity": "entra" } })).unwrap();
    let from_text = planned(json!({ "inventory": fixture_text("intune-devices.csv"), "answers": { "identity": "entra" } })).unwrap();
    assert_eq!(from_zip.reading, from_text.reading);
    let utf16 = planned(json!({ "inventory": fixture("intune-unicode-text.txt") })).unwrap();
    assert_eq!(utf16.reading.devices[0].name, "PC-BÜRO-01");
    let err = planned(json!({ "inventory": 42 })).unwrap_err();
    assert!(
        err.contains("a file's text (a string) or its bytes (an ArrayBuffer or a Uint8Array)"),
        "{err}"
    );
}

#[test]
fn mistakes_are_refused_with_what_is_allowed() {
    let inventory = fixture_text("intune-devices.csv");
    #[rustfmt::skip]
    let table: [(Value, &str); 7] = [
        (json!({ "inventory": inventory, "answers": { "identity": "cloud" } }),
         "\"cloud\" is not an allowed value for \"identity\". Allowed values: entra, hybrid."),
        (json!({ "inventory": inventory, "answer": {} }),
         "unknown field `answer`"),
        (json!({ "inventory": inventory, "groups": [{ "answers": {} }] }),
         "A group names either a tag (the Autopilot group tag) or a category (Intune's), not both or neither."),
        (json!({ "inventory": inventory, "corrections": { "columns": { "joins": "Join type" } } }),
         "\"joins\" is not a field the mapping reads. Fields: serial, name, user, os, os_version, sku, join, ownership, managed_by, manufacturer, model, category, last_check_in, wfa_serial, wfa_registered, wfa_tpm_check_failed."),
        (json!({ "inventory": inventory, "corrections": { "values": [{ "key": "identity", "read": "x", "value": "entra" }] } }),
         "A value read can be corrected for current_join, registered, tpm, windows only, not \"identity\"."),
        (json!({ "inventory": inventory, "corrections": { "values": [{ "key": "tpm", "read": "x", "value": "maybe" }] } }),
         "\"maybe\" is not an allowed value for \"tpm\". Allowed values: yes, no, vm (or null for unanswered)."),
        (json!({ "inventory": "a,b\n1,2\n" }),
         "The device inventory: This is not a device export: no header row in its first 50 lines has the columns Serial number, Device name"),
    ];
    for (value, message) in table {
        let err = planned(value).expect_err(message);
        assert!(err.contains(message), "{err}\n  should say: {message}");
    }
}
