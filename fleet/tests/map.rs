//! Mapping: each value spelling Intune uses reads as the engine's answer, records of one serial
//! number merge (the joined record wins), personal and non-Windows rows are skipped with their
//! reason, registration comes from the Autopilot list, and the admin's corrections apply.

mod common;

use autopilot_fleet::map::{
    join_of, map, tpm_of, windows_of, Corrections, Device, Field, Reading, SkipReason,
    ValueCorrection, AUTOPILOT_REQUIRED, INVENTORY_REQUIRED,
};
use autopilot_fleet::read::read;
use common::fixture;

fn reading(inventory: &str, autopilot: Option<&str>, corrections: &Corrections) -> Reading {
    let inv = read(&fixture(inventory), INVENTORY_REQUIRED).unwrap();
    let ap = autopilot.map(|f| read(&fixture(f), AUTOPILOT_REQUIRED).unwrap());
    map(&inv, ap.as_ref(), corrections)
}

fn device<'a>(r: &'a Reading, serial: &str) -> &'a Device {
    r.devices
        .iter()
        .find(|d| d.serial.eq_ignore_ascii_case(serial))
        .unwrap_or_else(|| panic!("no device {serial}"))
}

/// A device's read answers as `key=value&…`.
fn facts(r: &Reading, serial: &str) -> String {
    device(r, serial).facts.to_query()
}

#[test]
fn join_values_in_all_three_spellings() {
    #[rustfmt::skip]
    let table = [
        ("azureADJoined", Some("entra")),
        ("Azure AD joined", Some("entra")),
        ("Microsoft Entra joined", Some("entra")),
        ("hybridAzureADJoined", Some("hybrid")),
        ("Hybrid Azure AD joined", Some("hybrid")),
        ("Microsoft Entra hybrid joined", Some("hybrid")),
        ("azureADRegistered", Some("none")),
        ("Azure AD registered", Some("none")),
        ("Microsoft Entra registered", Some("none")),
        ("unknown", None),
        ("", None),
    ];
    for (cell, answer) in table {
        assert_eq!(join_of(cell), answer, "{cell:?}");
    }
}

#[test]
fn virtual_machines_are_tpm_vm_and_other_models_stay_unanswered() {
    #[rustfmt::skip]
    let table = [
        ("Microsoft Corporation", "Virtual Machine", Some("vm")),
        ("VMware, Inc.", "VMware Virtual Platform", Some("vm")),
        ("VMware, Inc.", "VMware7,1", Some("vm")),
        ("innotek GmbH", "VirtualBox", Some("vm")),
        ("QEMU", "Standard PC (Q35 + ICH9, 2009)", Some("vm")),
        ("Xen", "HVM domU", Some("vm")),
        ("Microsoft Corporation", "Cloud PC Enterprise 2vCPU/8GB/128GB", Some("vm")),
        ("Microsoft Corporation", "Surface Laptop 6", None),
        ("Dell Inc.", "Latitude 7450", None),
    ];
    for (maker, model, answer) in table {
        assert_eq!(tpm_of(maker, model), answer, "{maker} {model}");
    }
}

#[test]
fn windows_from_the_build_and_the_edition() {
    #[rustfmt::skip]
    let table = [
        ("10.0.26100.4061", "Enterprise", Some("win11")),
        ("10.0.22000.2538", "Education", Some("win11")),
        ("10.0.26100.4061", "Core", Some("unsupported")), // Home
        ("10.0.19045.6456", "Enterprise", Some("unsupported")),
        ("10.0.19045.6456", "", Some("unsupported")),
        ("10.0.17763.7009", "EnterpriseS", Some("ltsc")),
        ("10.0.19044.1", "IoTEnterpriseS", Some("ltsc")),
        ("10.0.26100.1", "EnterpriseS", Some("win11")), // Windows 11 LTSC is Windows 11
        ("18.1", "", None),
        ("", "Enterprise", None),
        ("6.3.9600", "Professional", None),
    ];
    for (version, sku, answer) in table {
        assert_eq!(windows_of(version, sku), answer, "{version} {sku}");
    }
}

#[test]
fn the_documented_export_maps_device_by_device() {
    let r = reading("intune-devices.csv", None, &Corrections::default());
    // Every row is a device in use; registration stays unanswered without the Autopilot list.
    #[rustfmt::skip]
    let table = [
        ("SN-ENTRA-01", "device=existing&current_join=entra&windows=win11"),
        ("SN-HYB-02", "device=existing&current_join=hybrid&windows=unsupported"),
        ("0000-0003-1111-2222-3333-4444-55", "device=existing&current_join=entra&tpm=vm&windows=win11"),
        ("SN-LTSC-04", "device=existing&current_join=hybrid&windows=ltsc"),
        ("SN-HOSTILE-07", "device=existing&current_join=entra&tpm=vm&windows=win11"),
        ("SN-QUOTED-08", "device=existing&current_join=entra&windows=win11"),
        ("SN-HOME-09", "device=existing&current_join=hybrid&windows=unsupported"),
        ("SN-REG-11", "device=existing&current_join=none&windows=win11"),
    ];
    for (serial, expected) in table {
        assert_eq!(facts(&r, serial), expected, "{serial}");
    }
    assert_eq!(r.devices.len(), 9);
    assert_eq!(device(&r, "SN-QUOTED-08").name, "Lab, room 2\nshelf \"B\"");
    assert_eq!(device(&r, "SN-ENTRA-01").user, "anna@contoso.com");
}

#[test]
fn a_hybrid_record_and_a_registered_one_are_one_hybrid_device() {
    let r = reading("intune-devices.csv", None, &Corrections::default());
    let d = device(&r, "SN-HYB-02");
    assert_eq!(
        d.lines,
        [3, 4],
        "the hybrid record first, then the one merged into it"
    );
    assert_eq!(d.category, "Office", "fields come from the winning record");
    assert_eq!(r.report.merged, 1);
    // The registered record first in the file changes nothing: the joined one still wins.
    let text = String::from_utf8(fixture("intune-devices.csv")).unwrap();
    let mut lines: Vec<&str> = text.split("\r\n").collect();
    lines.swap(2, 3);
    let swapped = read(lines.join("\r\n").as_bytes(), INVENTORY_REQUIRED).unwrap();
    let r = map(&swapped, None, &Corrections::default());
    let d = device(&r, "SN-HYB-02");
    assert_eq!(
        (d.lines.clone(), d.facts.value_name(1)),
        (vec![4, 3], Some("hybrid"))
    );
}

#[test]
fn placeholder_serials_never_merge() {
    let text = "Device name,Serial number,JoinType\nA,To be filled by O.E.M.,azureADJoined\nB,To be filled by O.E.M.,azureADJoined\nC,,azureADJoined\nD,,azureADJoined\n";
    let t = read(text.as_bytes(), INVENTORY_REQUIRED).unwrap();
    let r = map(&t, None, &Corrections::default());
    assert_eq!(r.devices.len(), 4);
}

#[test]
fn personal_and_non_windows_rows_are_skipped_with_their_reason() {
    let r = reading("intune-devices.csv", None, &Corrections::default());
    let skipped: Vec<(usize, &str, &str)> = r
        .skipped
        .iter()
        .map(|s| (s.line, s.serial.as_str(), s.reason.code()))
        .collect();
    assert_eq!(
        skipped,
        [
            (7, "SN-PERS-05", "personal"),
            (8, "SN-IOS-06", "not_windows"),
            (13, "SN-AND-10", "not_windows")
        ]
    );
    assert_eq!(
        r.skipped[1].reason,
        SkipReason::NotWindows {
            os: "iOS/iPadOS".into()
        }
    );
    assert_eq!(
        r.skipped[1].reason.to_string(),
        "Not a Windows device (iOS/iPadOS)."
    );
}

#[test]
fn registration_and_group_tags_come_from_the_autopilot_list_by_serial() {
    let r = reading(
        "intune-devices.csv",
        Some("autopilot-devices.csv"),
        &Corrections::default(),
    );
    let registered = |s: &str| device(&r, s).facts.value_name(2);
    assert_eq!(registered("SN-ENTRA-01"), Some("yes"));
    assert_eq!(
        registered("SN-HYB-02"),
        Some("yes"),
        "serials compare ignoring case"
    );
    assert_eq!(registered("SN-REG-11"), Some("no"));
    assert_eq!(device(&r, "SN-LTSC-04").group_tag, "Kiosk");
    assert_eq!(r.report.autopilot_only, ["SN-NOT-IN-INTUNE"]);
    assert_eq!(r.report.autopilot_rows, Some(5));
}

#[test]
fn the_grids_semicolon_file_reads_as_the_full_export_does() {
    let full = reading("intune-devices.csv", None, &Corrections::default());
    let grid = reading(
        "intune-selected-semicolon.csv",
        None,
        &Corrections::default(),
    );
    let answers = |r: &Reading| -> Vec<(String, String)> {
        r.devices
            .iter()
            .map(|d| (d.serial.clone(), d.facts.to_query()))
            .collect()
    };
    assert_eq!(answers(&full), answers(&grid));
    // The same rows skipped, each three lines lower: the report rows above the header count.
    let skipped = |r: &Reading, offset: usize| -> Vec<(usize, String)> {
        r.skipped
            .iter()
            .map(|s| (s.line - offset, s.serial.clone()))
            .collect()
    };
    assert_eq!(skipped(&full, 0), skipped(&grid, 3));
}

#[test]
fn the_report_says_which_column_fed_which_answer_and_counts_values() {
    let r = reading("intune-devices.csv", None, &Corrections::default());
    let join = r
        .report
        .columns
        .iter()
        .find(|c| c.field == Field::Join)
        .unwrap();
    assert_eq!(
        (join.header.as_deref(), join.feeds),
        (Some("JoinType"), Some("current_join"))
    );
    let count = |key: &str, read: &str| {
        r.report
            .values
            .iter()
            .find(|v| v.key == key && v.read == read)
            .map(|v| (v.value, v.count))
    };
    assert_eq!(
        count("current_join", "azureADJoined"),
        Some((Some("entra"), 3))
    );
    assert_eq!(
        count("current_join", "Azure AD registered"),
        Some((Some("none"), 1))
    );
    assert_eq!(
        count("windows", "10.0.17763 EnterpriseS"),
        Some((Some("ltsc"), 1))
    );
    assert_eq!(
        count("tpm", "VMware, Inc. · VMware Virtual Platform"),
        Some((Some("vm"), 1))
    );
    assert!(r
        .report
        .answers
        .contains(&("current_join", Some("hybrid"), 3)));
    assert!(r.report.answers.contains(&("registered", None, 9)));
    assert_eq!((r.report.rows, r.report.comanaged), (13, 2));
}

#[test]
fn the_admin_corrects_a_value_and_a_column() {
    let corrections = Corrections {
        columns: vec![
            (Field::Category, None),
            (Field::User, Some("Primary user email address".into())),
        ],
        values: vec![
            ValueCorrection {
                key: "current_join".into(),
                read: "Microsoft Entra registered".into(),
                value: Some("domain".into()),
            },
            ValueCorrection {
                key: "windows".into(),
                read: "10.0.22000 Education".into(),
                value: Some("unsupported".into()),
            },
        ],
    };
    let r = reading("intune-devices.csv", None, &corrections);
    assert_eq!(
        facts(&r, "SN-REG-11"),
        "device=existing&current_join=domain&windows=win11"
    );
    assert_eq!(
        facts(&r, "SN-QUOTED-08"),
        "device=existing&current_join=entra&windows=unsupported"
    );
    assert_eq!(device(&r, "SN-ENTRA-01").category, "");
    let category = r
        .report
        .columns
        .iter()
        .find(|c| c.field == Field::Category)
        .unwrap();
    assert_eq!(category.header, None);
    assert!(r
        .report
        .values
        .iter()
        .any(|v| v.corrected && v.read == "Microsoft Entra registered"));
}
