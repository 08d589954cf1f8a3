//! The plan as the API gives it: the names the issue gives (`devices`, `groups`, `skipped`,
//! `columns`, `csv`), scenario ids and answer keys as `evaluate()` spells them, and input that
//! is no export refused with the columns looked for.

mod common;

use autopilot_engine::engine::Answers;
use autopilot_fleet::export::CsvOptions;
use autopilot_fleet::map::{Corrections, Field};
use autopilot_fleet::plan::FleetAnswers;
use autopilot_fleet::shape::{Files, Fleet, FleetError};
use common::{fixture, zip};
use serde_json::{json, Value};

fn fleet_answers() -> FleetAnswers {
    FleetAnswers {
        answers: Answers::from_query(
            "identity=entra&users=single&technician=no&configmgr=yes&custom_image=no&fast_user=no",
        )
        .unwrap(),
        overrides: Vec::new(),
    }
}

/// The first entry of a list in the plan whose `key` is `value`.
fn find<'a>(plan: &'a Value, list: &str, key: &str, value: &str) -> &'a Value {
    plan[list]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e[key] == value)
        .unwrap_or_else(|| panic!("no {list} with {key} {value}"))
}

fn planned(inventory: &[u8], autopilot: Option<&[u8]>) -> Value {
    let files = Files {
        inventory,
        autopilot,
        wfa: None,
    };
    let fleet = Fleet::read(files, &Corrections::default(), &fleet_answers()).unwrap();
    serde_json::to_value(fleet.shape(&CsvOptions::default())).unwrap()
}

#[test]
fn a_device_a_group_and_a_skipped_row_as_the_api_gives_them() {
    let inventory = zip(
        "DevicesWithInventory.csv",
        &fixture("intune-devices.csv"),
        true,
    );
    let autopilot = fixture("autopilot-devices.csv");
    let plan = planned(&inventory, Some(&autopilot));
    let device = find(&plan, "devices", "serial", "SN-ENTRA-01");
    let group = device["group"].as_str().unwrap();
    assert_eq!(device["name"], "PC-ENTRA-01");
    assert_eq!(device["user"], "anna@contoso.com");
    assert_eq!(device["recommended"], "reset");
    assert_eq!(device["then"], Value::Null);
    assert_eq!(device["answers"]["current_join"], "entra");
    assert_eq!(device["answers"]["registered"], "yes");
    assert_eq!(device["verdicts"]["reset"], "recommended");
    assert_eq!(device["verdicts"].as_object().unwrap().len(), 6);
    let g = find(&plan, "groups", "id", group);
    assert_eq!(
        (g["standing"].clone(), g["recommended"].clone()),
        (json!("recommended"), json!("reset"))
    );
    assert_eq!(
        g["count"], 2,
        "with SN-QUOTED-08, joined and registered alike"
    );
    assert_eq!(
        plan["skipped"][0],
        json!({ "line": 7, "serial": "SN-PERS-05", "name": "PC-PERSONAL-05",
        "reason": "Personally owned: Autopilot deploys corporate devices (enrollment restrictions block personal ones for existing devices).",
        "code": "personal" })
    );
    let join = find(&plan, "columns", "field", "join");
    assert_eq!(
        *join,
        json!({ "field": "join", "header": "JoinType", "feeds": "current_join" })
    );
    assert!(plan["csv"].as_str().unwrap().starts_with('\u{feff}'));
    assert_eq!(plan["autopilot_only"], json!(["SN-NOT-IN-INTUNE"]));
    assert_eq!(plan["inventory"]["header_line"], 1);
    assert_eq!(plan["inventory"]["delimiter"], ",");
    assert_eq!(plan["inventory"]["headers"].as_array().unwrap().len(), 56);
    assert_eq!(plan["inventory"]["records"], 13);
    assert_eq!(
        plan["autopilot"]["header_line"], 2,
        "below PowerShell's #TYPE line"
    );
}

#[test]
fn existing_devices_names_the_mode_that_follows() {
    let plan = planned(&fixture("intune-devices.csv"), None);
    let hybrid = find(&plan, "devices", "serial", "SN-HYB-02");
    assert_eq!(
        (hybrid["recommended"].clone(), hybrid["then"].clone()),
        (json!("existing-devices"), json!("user-driven"))
    );
    assert_eq!(hybrid["lines"], json!([3, 4]));
}

#[test]
fn input_that_is_no_export_is_refused_naming_the_columns() {
    let files = Files {
        inventory: b"name,value\nx,1\n",
        autopilot: None,
        wfa: None,
    };
    let err = Fleet::read(files, &Corrections::default(), &fleet_answers()).unwrap_err();
    assert!(matches!(err, FleetError::Inventory(_)));
    assert!(
        err.to_string()
            .contains("the columns Serial number, Device name"),
        "{err}"
    );
    let files = Files {
        inventory: &fixture("intune-devices.csv"),
        autopilot: Some(b"Group tag\nOffice\n"),
        wfa: None,
    };
    let err = Fleet::read(files, &Corrections::default(), &fleet_answers()).unwrap_err();
    assert!(
        err.to_string().starts_with("The Autopilot devices list: "),
        "{err}"
    );
    assert!(
        err.to_string().contains("the columns Serial number"),
        "{err}"
    );
}

#[test]
fn a_correction_maps_again_without_reading_again() {
    let files = Files {
        inventory: &fixture("intune-devices.csv"),
        autopilot: None,
        wfa: None,
    };
    let mut fleet = Fleet::read(files, &Corrections::default(), &fleet_answers()).unwrap();
    let corrections = Corrections {
        columns: vec![(Field::Join, None)],
        values: Vec::new(),
    };
    fleet.correct(&corrections, &fleet_answers());
    assert!(fleet
        .reading
        .devices
        .iter()
        .all(|d| d.facts.value_name(1).is_none()));
    let join = fleet
        .reading
        .report
        .columns
        .iter()
        .find(|c| c.field == Field::Join)
        .unwrap();
    assert_eq!(join.header, None);
}

#[test]
fn replanning_keeps_the_reading() {
    let files = Files {
        inventory: &fixture("intune-devices.csv"),
        autopilot: None,
        wfa: None,
    };
    let mut fleet = Fleet::read(files, &Corrections::default(), &FleetAnswers::default()).unwrap();
    let before = fleet.reading.clone();
    fleet.replan(&fleet_answers());
    assert_eq!(fleet.reading, before);
    assert!(fleet
        .plan
        .groups
        .iter()
        .any(|g| g.evaluation.recommended.is_some()));
}
