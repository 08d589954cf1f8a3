//! Endpoint analytics' Work from anywhere export: read with the header row Microsoft documents
//! for `WorkFromAnywhereDeviceList` and its codes (`fixtures/wfa-devices.csv`: a row per
//! inventory device it covers, written in 1/0 and in True/False, a serial number in lower case,
//! one not in the inventory, a placeholder), matched by serial number, filling `registered`
//! and `tpm` where the other files leave them open, and refused with the columns looked for
//! when it is something else.

mod common;

use autopilot_fleet::export::CsvOptions;
use autopilot_fleet::map::{
    flag_of, map_with, read_wfa, Corrections, Device, Field, Reading, ValueCorrection,
    AUTOPILOT_REQUIRED, INVENTORY_REQUIRED,
};
use autopilot_fleet::plan::FleetAnswers;
use autopilot_fleet::read::read;
use autopilot_fleet::shape::{Files, Fleet, FleetError};
use common::{fixture, zip};
use serde_json::{json, Value};

fn reading(wfa: &[u8], autopilot: bool, corrections: &Corrections) -> Reading {
    let inv = read(&fixture("intune-devices.csv"), INVENTORY_REQUIRED).unwrap();
    let ap =
        autopilot.then(|| read(&fixture("autopilot-devices.csv"), AUTOPILOT_REQUIRED).unwrap());
    let wfa = read_wfa(wfa).unwrap();
    map_with(&inv, ap.as_ref(), Some(&wfa), corrections)
}

fn device<'a>(r: &'a Reading, serial: &str) -> &'a Device {
    r.devices
        .iter()
        .find(|d| d.serial.eq_ignore_ascii_case(serial))
        .unwrap_or_else(|| panic!("no device {serial}"))
}

/// A device's `registered` and `tpm` as read.
fn answers(r: &Reading, serial: &str) -> (Option<&'static str>, Option<&'static str>) {
    let facts = &device(r, serial).facts;
    (facts.value_name(2), facts.value_name(7))
}

fn count(r: &Reading, key: &str, read: &str) -> Option<(Option<&'static str>, usize)> {
    r.report
        .values
        .iter()
        .find(|v| v.key == key && v.read == read)
        .map(|v| (v.value, v.count))
}

const VM: &str = "0000-0003-1111-2222-3333-4444-55";

#[test]
fn the_documented_export_fills_registration_and_tpm_device_by_device() {
    let r = reading(&fixture("wfa-devices.csv"), false, &Corrections::default());
    #[rustfmt::skip]
    let table = [
        ("SN-ENTRA-01", (Some("no"), None)),        // AutoPilotRegistered 0, TPMCheckFailed 0
        ("SN-HYB-02", (Some("yes"), Some("no"))),   // 1, 1: no TPM 2.0
        (VM, (Some("no"), Some("vm"))),             // TPMCheckFailed 1 on a VM: still vm
        ("SN-LTSC-04", (Some("yes"), None)),        // its row's serial in lower case
        ("SN-QUOTED-08", (Some("yes"), None)),
        ("SN-REG-11", (Some("yes"), None)),         // True, False: words read as the codes
        // Not in the export (no data in 29 days): unanswered, as without it.
        ("SN-HOSTILE-07", (None, Some("vm"))),
        ("SN-HOME-09", (None, None)),
        ("SN-ENTRA-12", (None, None)),
    ];
    for (serial, expected) in table {
        assert_eq!(answers(&r, serial), expected, "{serial}");
    }
    // The inventory's answers are untouched.
    assert_eq!(
        device(&r, "SN-HYB-02").facts.to_query(),
        "device=existing&current_join=hybrid&registered=yes&tpm=no&windows=unsupported"
    );
    // The placeholder row is no serial number; the one not in the inventory is listed.
    assert_eq!(r.report.wfa_rows, Some(7));
    assert_eq!(r.report.wfa_matched, 6);
    assert_eq!(r.report.wfa_only, ["SN-WFA-ONLY-99"]);
    assert_eq!(r.report.wfa_overruled, 0);
    assert_eq!(r.devices.len(), 9, "the export adds no device");
}

#[test]
fn the_report_says_which_column_fed_what_and_counts_each_value_per_device() {
    let r = reading(&fixture("wfa-devices.csv"), false, &Corrections::default());
    let column = |f: Field| {
        let c = r.report.columns.iter().find(|c| c.field == f).unwrap();
        (c.header.as_deref(), c.feeds)
    };
    assert_eq!(column(Field::WfaSerial), (Some("SerialNumber"), None));
    assert_eq!(
        column(Field::WfaRegistered),
        (Some("AutoPilotRegistered"), Some("registered"))
    );
    assert_eq!(
        column(Field::WfaTpmCheck),
        (Some("TPMCheckFailed"), Some("tpm"))
    );
    #[rustfmt::skip]
    let table = [
        ("registered", "AutoPilotRegistered: 0", Some((Some("no"), 2))),
        ("registered", "AutoPilotRegistered: 1", Some((Some("yes"), 3))),
        ("registered", "AutoPilotRegistered: True", Some((Some("yes"), 1))),
        // A passing check answers nothing: TPM 2.0 may still fail attestation.
        ("tpm", "TPMCheckFailed: 0", Some((None, 3))),
        ("tpm", "TPMCheckFailed: False", Some((None, 1))),
        // The VM's row is not counted: its `tpm` was answered (vm) before.
        ("tpm", "TPMCheckFailed: 1", Some((Some("no"), 1))),
    ];
    for (key, read, expected) in table {
        assert_eq!(count(&r, key, read), expected, "{key} {read}");
    }
    assert!(r.report.answers.contains(&("tpm", Some("no"), 1)));
    assert!(r.report.answers.contains(&("registered", None, 3)));
    // Without the export, no Work from anywhere column is in the report.
    let inv = read(&fixture("intune-devices.csv"), INVENTORY_REQUIRED).unwrap();
    let plain = map_with(&inv, None, None, &Corrections::default());
    assert!(plain
        .report
        .columns
        .iter()
        .all(|c| !c.field.key().starts_with("wfa_")));
    assert_eq!(plain.report.wfa_rows, None);
}

#[test]
fn the_autopilot_list_wins_over_autopilot_registered() {
    let r = reading(&fixture("wfa-devices.csv"), true, &Corrections::default());
    let registered = |s: &str| answers(&r, s).0;
    // The export says 0 for SN-ENTRA-01, which the list holds; True for SN-REG-11, which it
    // doesn't: the list is the registration itself, the export up to 29 days old.
    assert_eq!(registered("SN-ENTRA-01"), Some("yes"));
    assert_eq!(registered("SN-REG-11"), Some("no"));
    assert_eq!(registered("SN-HYB-02"), Some("yes"));
    assert_eq!(registered(VM), Some("no"));
    assert_eq!(r.report.wfa_overruled, 2);
    assert!(
        r.report.values.iter().all(|v| v.key != "registered"),
        "no value of AutoPilotRegistered was used, so none is counted"
    );
    // The TPM check still counts: the list says nothing about it.
    assert_eq!(answers(&r, "SN-HYB-02").1, Some("no"));
}

#[test]
fn a_value_read_from_the_export_can_be_given_another_meaning() {
    let corrections = Corrections {
        columns: Vec::new(),
        values: vec![
            // The admin knows these devices attest: a passing check means yes for them.
            ValueCorrection {
                key: "tpm".into(),
                read: "TPMCheckFailed: 0".into(),
                value: Some("yes".into()),
            },
            ValueCorrection {
                key: "registered".into(),
                read: "AutoPilotRegistered: 0".into(),
                value: None,
            },
            // The inventory's VM is not a VM after all: the export's check fills its `tpm`.
            ValueCorrection {
                key: "tpm".into(),
                read: "Microsoft Corporation · Virtual Machine".into(),
                value: None,
            },
        ],
    };
    let r = reading(&fixture("wfa-devices.csv"), false, &corrections);
    assert_eq!(answers(&r, "SN-ENTRA-01"), (None, Some("yes")));
    assert_eq!(answers(&r, "SN-LTSC-04"), (Some("yes"), Some("yes")));
    assert_eq!(answers(&r, VM), (None, Some("no")));
    assert_eq!(answers(&r, "SN-REG-11").1, None, "False is its own value");
    // A correction names the export's value: the inventory's values of `tpm` are untouched.
    assert_eq!(answers(&r, "SN-HOSTILE-07").1, Some("vm"));
    // A column chosen again: no column for the TPM check, so `tpm` is the inventory's alone.
    let corrections = Corrections {
        columns: vec![(Field::WfaTpmCheck, None)],
        values: Vec::new(),
    };
    let r = reading(&fixture("wfa-devices.csv"), false, &corrections);
    assert_eq!(answers(&r, "SN-HYB-02"), (Some("yes"), None));
}

#[test]
fn flags_in_every_spelling() {
    #[rustfmt::skip]
    let table = [
        ("1", Some(true)), ("0", Some(false)),
        ("True", Some(true)), ("false", Some(false)), ("TRUE", Some(true)),
        ("Yes", Some(true)), ("No", Some(false)),
        ("WAHR", Some(true)), ("FALSCH", Some(false)), // Excel, German
        ("VRAI", Some(true)), ("FAUX", Some(false)),   // Excel, French
        (" 1 ", Some(true)),
        ("", None), ("2", None), ("-1", None), ("unknown", None),
    ];
    for (cell, expected) in table {
        assert_eq!(flag_of(cell), expected, "{cell:?}");
    }
}

#[test]
fn headers_are_matched_loosely_and_any_delimiter_or_encoding_reads() {
    let documented = reading(&fixture("wfa-devices.csv"), false, &Corrections::default());
    let all =
        |r: &Reading| -> Vec<String> { r.devices.iter().map(|d| d.facts.to_query()).collect() };
    // Graph's camel case, and a grid's spaced names saved from Excel with semicolons.
    let camel = "serialNumber,autoPilotRegistered,tpmCheckFailed\r\nSN-ENTRA-01,false,false\r\nSN-HYB-02,true,true\r\n0000-0003-1111-2222-3333-4444-55,false,true\r\nSN-LTSC-04,true,false\r\nSN-QUOTED-08,true,false\r\nSN-REG-11,true,false\r\n";
    let spaced = "Serial Number;Autopilot registered;TPM check failed\nSN-ENTRA-01;No;No\nSN-HYB-02;Yes;Yes\n0000-0003-1111-2222-3333-4444-55;No;Yes\nSN-LTSC-04;Yes;No\nSN-QUOTED-08;Yes;No\nSN-REG-11;Yes;No\n";
    for text in [camel, spaced] {
        assert_eq!(
            all(&reading(text.as_bytes(), false, &Corrections::default())),
            all(&documented),
            "{text}"
        );
    }
    // The .zip a download may be, and Excel's "Unicode text" (UTF-16, tabs).
    let zipped = zip(
        "WorkFromAnywhereDeviceList.csv",
        &fixture("wfa-devices.csv"),
        true,
    );
    assert_eq!(
        all(&reading(&zipped, false, &Corrections::default())),
        all(&documented)
    );
    let tabs = String::from_utf8(fixture("wfa-devices.csv"))
        .unwrap()
        .replace(',', "\t");
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(tabs.encode_utf16().flat_map(u16::to_le_bytes));
    // The device name "Lab, room 2" loses its comma to a tab here; only the answers matter.
    assert_eq!(
        all(&reading(&utf16, false, &Corrections::default())),
        all(&documented)
    );
}

#[test]
fn a_file_that_is_no_work_from_anywhere_export_is_refused_naming_the_columns() {
    let answers = FleetAnswers::default();
    // Intune's inventory has a serial number but neither of the export's own columns.
    for wfa in [
        fixture("intune-devices.csv"),
        b"SerialNumber,UpgradeEligibility\nX,3\n".to_vec(),
    ] {
        let files = Files {
            inventory: &fixture("intune-devices.csv"),
            autopilot: None,
            wfa: Some(&wfa),
        };
        let err = Fleet::read(files, &Corrections::default(), &answers).unwrap_err();
        assert!(matches!(err, FleetError::Wfa(_)), "{err}");
        assert!(
            err.to_string()
                .starts_with("The Work from anywhere export: ")
                && err.to_string().contains(
                    "has the columns SerialNumber, AutoPilotRegistered or TPMCheckFailed"
                ),
            "{err}"
        );
    }
    // One of the two columns is enough.
    let only_tpm = b"SerialNumber,TPMCheckFailed\nSN-HYB-02,1\n";
    assert!(read_wfa(only_tpm).is_ok());
}

#[test]
fn the_api_gives_what_was_read_from_the_export() {
    let files = Files {
        inventory: &fixture("intune-devices.csv"),
        autopilot: Some(&fixture("autopilot-devices.csv")),
        wfa: Some(&fixture("wfa-devices.csv")),
    };
    let fleet = Fleet::read(files, &Corrections::default(), &FleetAnswers::default()).unwrap();
    let plan: Value = serde_json::to_value(fleet.shape(&CsvOptions::default())).unwrap();
    assert_eq!(plan["wfa_matched"], 6);
    assert_eq!(plan["wfa_only"], json!(["SN-WFA-ONLY-99"]));
    assert_eq!(plan["wfa_overruled"], 2);
    assert_eq!(plan["wfa"]["records"], 8);
    assert_eq!(plan["wfa"]["headers"][26], "TPMCheckFailed");
    let hyb = plan["devices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["serial"] == "SN-HYB-02")
        .unwrap();
    assert_eq!(hyb["answers"]["tpm"], "no");
    assert!(plan["columns"].as_array().unwrap().contains(
        &json!({ "field": "wfa_tpm_check_failed", "header": "TPMCheckFailed", "feeds": "tpm" })
    ));
    // A correction maps again with the export kept (not read again).
    let mut fleet = fleet;
    let corrections = Corrections {
        columns: Vec::new(),
        values: vec![ValueCorrection {
            key: "tpm".into(),
            read: "TPMCheckFailed: 1".into(),
            value: None,
        }],
    };
    fleet.correct(&corrections, &FleetAnswers::default());
    let i = fleet
        .reading
        .devices
        .iter()
        .position(|d| d.serial == "SN-HYB-02")
        .unwrap();
    assert_eq!(fleet.reading.devices[i].facts.value_name(7), None);
}
