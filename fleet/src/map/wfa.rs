//! Endpoint analytics' Work from anywhere export (`WorkFromAnywhereDeviceList`): its rows
//! matched to the inventory's devices by serial number, its `AutoPilotRegistered` and
//! `TPMCheckFailed` filling the answers the inventory and the Autopilot devices list leave
//! open. Nothing else of it is read: each choice is written beside its rule and tested in
//! `tests/wfa.rs`.
//!
//! What the sources say:
//! - The report's columns (memdocs `intune/device-management/reports/ref-graph-available-reports.md`,
//!   `WorkFromAnywhereDeviceList`): `AutoPilotProfileAssigned, AutoPilotRegistered,
//!   CompliancePolicySetToIntune, DeviceId, DeviceName, GraphDeviceIsManaged, JoinType,
//!   ManagedBy, Manufacturer, Model, OSCheckFailed, OSDescription, OSVersion,
//!   OtherWorkloadsSetToIntune, Ownership, PartnerFeaturesBitmask, Processor64BitCheckFailed,
//!   ProcessorCoreCountCheckFailed, ProcessorFamilyCheckFailed, ProcessorSpeedCheckFailed,
//!   RamCheckFailed, ReferenceId, SecureBootCheckFailed, SerialNumber, StorageCheckFailed,
//!   TenantAttached, TPMCheckFailed, UpgradeEligibility`.
//! - Its CSV holds codes, not the portal's words (memdocs
//!   `memdocs/analytics/includes/known-issue-csv-mapping.md`: `UpgradeEligibility` 0 Upgraded,
//!   1 Unknown, 2 Not capable, 3 Capable).
//! - `autoPilotRegistered`: "When TRUE, indicates the intune device's autopilot is registered";
//!   `tpmCheckFailed`: "When TRUE, indicates Trusted Platform Module (TPM) hardware check
//!   failed for device to [upgrade to] the latest version of windows" (Graph,
//!   `userExperienceAnalyticsWorkFromAnywhereDevice`, both Boolean).
//! - A device is in the report only if it sent Endpoint analytics data in the last 29 days
//!   (memdocs `memdocs/analytics/work-from-anywhere.md`).

use super::{
    question, serial_key, set, Column, Mapper, Reading, SerialIndex, WFA_REGISTERED, WFA_TPM,
};
use crate::read::{Names, ReadError, Table};

pub(super) const SERIAL: Names = &["SerialNumber"];
pub(super) const REGISTERED: Names = &["AutoPilotRegistered"];
pub(super) const TPM_CHECK: Names = &["TPMCheckFailed"];

/// The columns a Work from anywhere export's header row must hold: the serial number, and
/// `AutoPilotRegistered` or `TPMCheckFailed` (the Windows view and the cloud provisioning view
/// may export different columns; Microsoft documents neither file, so either will do). Without
/// the second, an Intune inventory (which has a serial number too) would pass for one.
pub const WFA_REQUIRED: &[Names] = &[SERIAL, &["AutoPilotRegistered", "TPMCheckFailed"]];

/// Reads a Work from anywhere export (a .zip or delimited text, as [`crate::read::read`]);
/// a file without its columns is an error naming both alternatives of the second.
pub fn read_wfa(bytes: &[u8]) -> Result<Table, ReadError> {
    crate::read::read(bytes, WFA_REQUIRED).map_err(|e| match e {
        ReadError::NoHeader { .. } => ReadError::NoHeader {
            looked_for: vec![
                "SerialNumber".to_owned(),
                "AutoPilotRegistered or TPMCheckFailed".to_owned(),
            ],
        },
        e => e,
    })
}

/// A Boolean cell as the export or Excel writes it: Graph's `true`/`false`, the CSV's `1`/`0`,
/// Yes/No, and what Excel saves in German and French (WAHR/FALSCH, VRAI/FAUX); case ignored.
/// Anything else (empty, a score, `-1`) is no answer; unlike headers, a value's hyphen is kept.
pub fn flag_of(cell: &str) -> Option<bool> {
    match cell.trim().to_lowercase().as_str() {
        "1" | "true" | "yes" | "wahr" | "vrai" => Some(true),
        "0" | "false" | "no" | "falsch" | "faux" => Some(false),
        _ => None,
    }
}

/// `AutoPilotRegistered`: true is `registered = yes`, false `no`.
fn registered_of(cell: &str) -> Option<&'static str> {
    flag_of(cell).map(|r| if r { "yes" } else { "no" })
}

/// `TPMCheckFailed`: true is `tpm = no`. Windows 11's hardware check asks for TPM 2.0, so a
/// device that fails it has no TPM 2.0 the check can see (none, an older one, or one turned
/// off in the firmware): it cannot attest for self-deploying mode or pre-provisioning until
/// that changes, which is the engine's "No, a physical device without it" (the admin corrects
/// the value when such devices get their TPM turned on). False leaves `tpm` unanswered: a TPM
/// 2.0 that passes the check may still fail attestation, which the engine's `yes` promises.
fn tpm_of(cell: &str) -> Option<&'static str> {
    flag_of(cell).and_then(|failed| failed.then_some("no"))
}

/// The text a value is counted under: the column's header and the cell ("TPMCheckFailed: 1"),
/// so the admin sees which file said it, and a correction of it never touches the inventory's
/// values of the same answer.
fn read_text(out: &mut String, header: &str, cell: &str) {
    out.clear();
    out.push_str(header);
    out.push(':');
    if !cell.is_empty() {
        out.push(' ');
        out.push_str(cell);
    }
}

/// Fills the devices' answers from the export, after the inventory's records are merged (so
/// each device is matched and counted once):
/// - A device is matched by its serial number as the Autopilot list is (`serial_key`:
///   trimmed, case ignored, placeholders never match). Of two rows with one serial number the
///   first is read. A device with no row keeps its answers as they were: the export covers only
///   devices active in the last 29 days, so no row says nothing.
/// - It fills only what is still unanswered. `registered`: the Autopilot devices list, when
///   given, is the registration list itself and the export's data can be 29 days old, so the
///   list wins; it answers every device with a serial number, so the export's
///   `AutoPilotRegistered` is read only without it, and where it disagrees with the list the
///   device is counted (`wfa_overruled`). `tpm`: a virtual machine stays `vm`, and a value the
///   admin corrected stays theirs.
/// - Values are counted per device they were read for, as the inventory's are per row.
pub(super) fn fill(
    reading: &mut Reading,
    m: &mut Mapper,
    wfa: &Table,
    columns: &[Column],
    autopilot_given: bool,
) {
    let col = |f: super::Field| columns.iter().find(|c| c.field == f).and_then(|c| c.index);
    let (registered, tpm) = (
        col(super::Field::WfaRegistered),
        col(super::Field::WfaTpmCheck),
    );
    let mut rows = SerialIndex::read(wfa, col(super::Field::WfaSerial));
    let records = &wfa.records;
    let (q_registered, q_tpm) = (question("registered"), question("tpm"));
    let mut read = String::new();
    let report = &mut reading.report;
    for device in &mut reading.devices {
        let Some(key) = serial_key(&device.serial) else {
            continue;
        };
        let Some(row) = rows.find(&key) else {
            continue;
        };
        report.wfa_matched += 1;
        let cell = |c: usize| records.cell(row, c).trim();
        if let Some(c) = registered {
            let said = cell(c);
            if device.facts.get(q_registered).is_none() {
                read_text(&mut read, &wfa.headers[c], said);
                let value = m.value(WFA_REGISTERED, &read, || registered_of(said));
                set(&mut device.facts, "registered", value);
            } else if autopilot_given {
                let says = registered_of(said);
                if says.is_some() && says != device.facts.value_name(q_registered) {
                    report.wfa_overruled += 1;
                }
            }
        }
        if let Some(c) = tpm {
            if device.facts.get(q_tpm).is_none() {
                let said = cell(c);
                read_text(&mut read, &wfa.headers[c], said);
                let value = m.value(WFA_TPM, &read, || tpm_of(said));
                set(&mut device.facts, "tpm", value);
            }
        }
    }
    report.wfa_rows = Some(rows.len());
    report.wfa_only = rows.unmatched();
}
