//! From the export's rows to devices with the engine's answers. Headers are matched loosely
//! (`read::loose`), cell values by keyword across the three spellings Intune uses (Graph's
//! `hybridAzureADJoined`, the old "Hybrid Azure AD joined", the new "Microsoft Entra hybrid
//! joined"); each choice below is written beside its rule and tested in `tests/map.rs`. The
//! mapping reports what it read (which column fed which answer, counts per value, the skipped
//! rows) and takes the admin's corrections (another column for a field, another answer for a
//! value read). Endpoint analytics' Work from anywhere export fills answers the inventory and the
//! Autopilot list leave open (`wfa`).

use crate::read::{loose, Names, Table};
use autopilot_engine::engine::Answers;
use autopilot_engine::model::MODEL;
use std::collections::HashMap;
use std::fmt;

mod wfa;

pub use wfa::{flag_of, read_wfa, WFA_REQUIRED};

/// What the mapping reads from the inventory (and from the Work from anywhere export, the
/// fields named `Wfa…`), each field from one column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Serial,
    Name,
    User,
    Os,
    OsVersion,
    Sku,
    Join,
    Ownership,
    ManagedBy,
    Manufacturer,
    Model,
    Category,
    LastCheckIn,
    WfaSerial,
    WfaRegistered,
    WfaTpmCheck,
}

/// The file a field is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    Inventory,
    /// Endpoint analytics' Work from anywhere export.
    Wfa,
}

impl Field {
    pub const ALL: [Field; 16] = [
        Field::Serial,
        Field::Name,
        Field::User,
        Field::Os,
        Field::OsVersion,
        Field::Sku,
        Field::Join,
        Field::Ownership,
        Field::ManagedBy,
        Field::Manufacturer,
        Field::Model,
        Field::Category,
        Field::LastCheckIn,
        Field::WfaSerial,
        Field::WfaRegistered,
        Field::WfaTpmCheck,
    ];

    /// The field's name in the API and in corrections.
    pub fn key(self) -> &'static str {
        match self {
            Field::Serial => "serial",
            Field::Name => "name",
            Field::User => "user",
            Field::Os => "os",
            Field::OsVersion => "os_version",
            Field::Sku => "sku",
            Field::Join => "join",
            Field::Ownership => "ownership",
            Field::ManagedBy => "managed_by",
            Field::Manufacturer => "manufacturer",
            Field::Model => "model",
            Field::Category => "category",
            Field::LastCheckIn => "last_check_in",
            Field::WfaSerial => "wfa_serial",
            Field::WfaRegistered => "wfa_registered",
            Field::WfaTpmCheck => "wfa_tpm_check_failed",
        }
    }

    pub fn source(self) -> Source {
        match self {
            Field::WfaSerial | Field::WfaRegistered | Field::WfaTpmCheck => Source::Wfa,
            _ => Source::Inventory,
        }
    }

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The headers this field is read from, compared loosely, the documented one first
    /// (`DevicesWithInventory`'s), then the portal grid's and Graph's names.
    pub fn names(self) -> Names {
        match self {
            Field::Serial => &["Serial number", "SerialNumber", "Device Serial Number"],
            Field::Name => &["Device name", "DeviceName", "Computer name"],
            Field::User => &[
                "Primary user UPN",
                "UserPrincipalName",
                "Primary user email address",
            ],
            Field::Os => &["OS", "Operating system", "Platform"],
            Field::OsVersion => &["OS version", "OSVersion"],
            Field::Sku => &["SkuFamily", "Edition"],
            Field::Join => &["JoinType", "Trust type"],
            Field::Ownership => &["Ownership", "ManagedDeviceOwnerType", "OwnerType"],
            Field::ManagedBy => &["Managed by", "ManagementAgent", "ManagementAgents"],
            Field::Manufacturer => &["Manufacturer"],
            Field::Model => &["Model"],
            Field::Category => &["Category", "DeviceCategoryDisplayName", "Device category"],
            Field::LastCheckIn => &["Last check-in", "LastSyncDateTime", "Last contact"],
            // `WorkFromAnywhereDeviceList`'s own names (memdocs
            // `intune/device-management/reports/ref-graph-available-reports.md`); compared
            // loosely, they match Graph's camel case (`serialNumber`, `tpmCheckFailed`) too.
            Field::WfaSerial => wfa::SERIAL,
            Field::WfaRegistered => wfa::REGISTERED,
            Field::WfaTpmCheck => wfa::TPM_CHECK,
        }
    }

    /// The answer this field feeds, if any.
    pub fn feeds(self) -> Option<&'static str> {
        match self {
            Field::Join => Some("current_join"),
            Field::Model | Field::Manufacturer => Some("tpm"),
            Field::OsVersion | Field::Sku => Some("windows"),
            Field::WfaRegistered => Some("registered"),
            Field::WfaTpmCheck => Some("tpm"),
            _ => None,
        }
    }
}

/// The columns an inventory's header row must hold: a device's serial number and name.
pub const INVENTORY_REQUIRED: &[Names] = &[
    &["Serial number", "SerialNumber", "Device Serial Number"],
    &["Device name", "DeviceName", "Computer name"],
];

/// The Autopilot devices list: the portal grid's, Graph's (PowerShell) or the hash upload's
/// serial number column.
pub const AUTOPILOT_SERIAL: Names = &["Serial number", "SerialNumber", "Device Serial Number"];
pub const AUTOPILOT_GROUP_TAG: Names = &["Group tag", "GroupTag", "OrderIdentifier"];
pub const AUTOPILOT_REQUIRED: &[Names] = &[AUTOPILOT_SERIAL];

/// The admin's corrections: another column for a field (or none), another answer for a value
/// as read (`read` is the text the report's value counts show).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corrections {
    pub columns: Vec<(Field, Option<String>)>,
    pub values: Vec<ValueCorrection>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueCorrection {
    pub key: String,
    pub read: String,
    /// An allowed value of the answer, or `None` for "leave it unanswered".
    pub value: Option<String>,
}

/// A device: one serial number's records merged.
#[derive(Debug, Clone, PartialEq)]
pub struct Device {
    pub serial: String,
    pub name: String,
    pub user: String,
    pub category: String,
    /// From the Autopilot devices list, when given and the device is in it.
    pub group_tag: String,
    /// The lines of the inventory merged into this device, the record it was read from first.
    pub lines: Vec<usize>,
    /// What was read: `device`, `current_join`, `tpm`, `windows`, `registered`.
    pub facts: Answers,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    NotWindows { os: String },
    Personal,
}

impl SkipReason {
    /// A stable code for the page, which says the reason in the reader's language.
    pub fn code(&self) -> &'static str {
        match self {
            SkipReason::NotWindows { .. } => "not_windows",
            SkipReason::Personal => "personal",
        }
    }
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::NotWindows { os } => write!(f, "Not a Windows device ({os})."),
            SkipReason::Personal => write!(
                f,
                "Personally owned: Autopilot deploys corporate devices (enrollment restrictions block personal ones for existing devices)."
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub line: usize,
    pub serial: String,
    pub name: String,
    pub reason: SkipReason,
}

/// Which column fed which field (and through it which answer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnUse {
    pub field: Field,
    pub header: Option<String>,
    pub feeds: Option<&'static str>,
}

/// One value as read, counted over the rows kept, and the answer it became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueCount {
    pub key: &'static str,
    pub read: String,
    pub value: Option<&'static str>,
    pub count: usize,
    /// The admin changed what this value means.
    pub corrected: bool,
}

/// What the mapping read, for the page to show and the admin to check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub columns: Vec<ColumnUse>,
    pub values: Vec<ValueCount>,
    /// Per answer key, per value (`None`: unanswered), the devices.
    pub answers: Vec<(&'static str, Option<&'static str>, usize)>,
    pub rows: usize,
    /// Rows merged into another of the same serial number.
    pub merged: usize,
    /// Rows that say co-managed or Configuration Manager: a hint that the organization runs it.
    pub comanaged: usize,
    /// Serial numbers in the Autopilot list with no device in the inventory.
    pub autopilot_only: Vec<String>,
    /// The Autopilot list's rows, when one was given.
    pub autopilot_rows: Option<usize>,
    /// The Work from anywhere export's rows (with a usable serial number, each serial number
    /// once), when one was given.
    pub wfa_rows: Option<usize>,
    /// Devices of the plan the Work from anywhere export has a row for.
    pub wfa_matched: usize,
    /// Serial numbers in the Work from anywhere export that match no device of the plan (not
    /// in the inventory, or a row left out): ignored, listed.
    pub wfa_only: Vec<String>,
    /// Devices whose `AutoPilotRegistered` says otherwise than the Autopilot devices list,
    /// which was kept.
    pub wfa_overruled: usize,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    pub devices: Vec<Device>,
    pub skipped: Vec<Skipped>,
    pub report: Report,
}

/// Keys of the answers the mapping fills, in the model's question order.
pub const READ_KEYS: [&str; 5] = ["device", "current_join", "registered", "tpm", "windows"];

/// Serial numbers that firmware ships unset: devices with these are never merged.
const PLACEHOLDER_SERIALS: &[&str] = &[
    "",
    "0",
    "TOBEFILLEDBYOEM",
    "DEFAULTSTRING",
    "SYSTEMSERIALNUMBER",
    "NONE",
    "N/A",
    "123456789",
];

/// Reads devices from an inventory, registration and group tags from an Autopilot devices
/// list (optional), with the admin's corrections.
pub fn map(inventory: &Table, autopilot: Option<&Table>, corrections: &Corrections) -> Reading {
    map_with(inventory, autopilot, None, corrections)
}

/// As [`map`], with Endpoint analytics' Work from anywhere export (optional) filling the
/// registration and TPM answers the other files leave open (`wfa.rs`).
pub fn map_with(
    inventory: &Table,
    autopilot: Option<&Table>,
    wfa: Option<&Table>,
    corrections: &Corrections,
) -> Reading {
    let mut used = columns(inventory, Source::Inventory, corrections);
    let mut cols = [None; Field::ALL.len()];
    for c in &used {
        cols[c.field as usize] = c.index;
    }
    let mut registry = autopilot.map(Registry::read);
    let mut m = Mapper {
        table: inventory,
        cols: &cols,
        corrections,
        index: Default::default(),
        seen: Vec::new(),
        scratch: String::new(),
    };
    let mut memo = Memo::default();
    let mut reading = Reading::default();
    let mut merger = Merger::default();
    let records = &inventory.records;
    for row in 0..records.len() {
        let cell = |f: Field| cols[f as usize].map_or("", |c| records.cell(row, c).trim());
        let (serial, name) = (cell(Field::Serial), cell(Field::Name));
        reading.report.rows += 1;
        if let Some(reason) = skip_reason(&mut memo, cell(Field::Os), cell(Field::Ownership)) {
            reading.skipped.push(Skipped {
                line: records.line(row),
                serial: serial.to_owned(),
                name: name.to_owned(),
                reason,
            });
            continue;
        }
        if memo.comanaged.get(cell(Field::ManagedBy), is_comanaged) {
            reading.report.comanaged += 1;
        }
        let key = serial_key(serial);
        let mut facts = m.facts(row);
        let (group_tag, registered) = match &mut registry {
            Some(r) => r.find(key.as_deref()),
            None => (String::new(), None),
        };
        set(&mut facts, "registered", registered);
        let device = Device {
            serial: serial.to_owned(),
            name: name.to_owned(),
            user: cell(Field::User).to_owned(),
            category: cell(Field::Category).to_owned(),
            group_tag,
            lines: vec![records.line(row)],
            facts,
        };
        let rank = Rank::of(&device.facts, cell(Field::LastCheckIn));
        merger.add(&mut reading, key, device, rank);
    }
    if let Some(wfa) = wfa {
        let wfa_columns = columns(wfa, Source::Wfa, corrections);
        wfa::fill(&mut reading, &mut m, wfa, &wfa_columns, autopilot.is_some());
        used.extend(wfa_columns);
    }
    reading.report.columns = used
        .into_iter()
        .map(|c| ColumnUse {
            field: c.field,
            header: c.header,
            feeds: c.field.feeds(),
        })
        .collect();
    reading.report.values = m.counts();
    reading.report.answers = answer_counts(&reading.devices);
    if let Some(r) = registry {
        reading.report.autopilot_rows = Some(r.serials.len());
        reading.report.autopilot_only = r.serials.unmatched();
    }
    reading
}

/// Merges the records of one serial number into one device as they come.
#[derive(Default)]
struct Merger {
    by_serial: HashMap<String, (usize, Rank)>,
}

impl Merger {
    fn add(&mut self, reading: &mut Reading, key: Option<String>, device: Device, rank: Rank) {
        let Some(key) = key else {
            reading.devices.push(device);
            return;
        };
        let Some(&(i, best)) = self.by_serial.get(&key) else {
            self.by_serial.insert(key, (reading.devices.len(), rank));
            reading.devices.push(device);
            return;
        };
        reading.report.merged += 1;
        let kept = &mut reading.devices[i];
        // The record with the stronger join is the device (see `Rank`); the lines of both are
        // kept, the device's own first.
        let mut lines = std::mem::take(&mut kept.lines);
        if rank > best {
            lines.insert(0, device.lines[0]);
            *kept = device;
            self.by_serial.insert(key, (i, rank));
        } else {
            lines.push(device.lines[0]);
        }
        kept.lines = lines;
    }
}

/// Which record of a serial number is the device. A PC often appears as a hybrid-joined record
/// and an Entra-registered one (the registration Windows makes before the hybrid join
/// completes, fleet-formats.md): a joined record (hybrid, Entra or domain) always wins over a
/// registered or unknown one; among equals, the latest "Last check-in" (compared as text, so
/// only when it is an ISO date) wins, else the first in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    joined: u8,
    check_in: Option<[u8; 19]>,
}

impl Rank {
    fn of(facts: &Answers, check_in: &str) -> Rank {
        let joined = match facts.value_name(question("current_join")) {
            Some("entra" | "hybrid" | "domain") => 2,
            Some(_) => 1,
            None => 0,
        };
        let iso = check_in.len() >= 10
            && check_in.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && check_in.as_bytes()[4] == b'-';
        let check_in = iso.then(|| {
            let mut key = [0u8; 19];
            for (k, b) in key.iter_mut().zip(check_in.bytes()) {
                *k = b;
            }
            key
        });
        Rank { joined, check_in }
    }
}

/// The serial number as compared across files: trimmed, case ignored. Placeholders are no key.
fn serial_key(serial: &str) -> Option<String> {
    let key = serial.trim().to_uppercase();
    let bare: String = key
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-'))
        .collect();
    (!PLACEHOLDER_SERIALS.contains(&bare.as_str())).then_some(key)
}

/// A row is skipped when its OS is given and is not Windows, or when it is personally owned
/// (Graph `personal`, the portal's "Personal"). A row with no OS column or an empty OS is
/// kept: the inventory is a Windows export more often than not, and the admin sees its Windows
/// answer unanswered.
fn skip_reason(memo: &mut Memo, os: &str, ownership: &str) -> Option<SkipReason> {
    if !os.is_empty() && !memo.windows.get(os, |os| loose(os).contains("windows")) {
        return Some(SkipReason::NotWindows { os: os.to_owned() });
    }
    memo.personal
        .get(ownership, |o| loose(o).contains("personal"))
        .then_some(SkipReason::Personal)
}

/// Answers about a cell's text worked out once per distinct text: a column like OS or
/// Ownership holds a handful of values over 50,000 rows.
#[derive(Default)]
struct Memo {
    windows: Seen,
    personal: Seen,
    comanaged: Seen,
}

#[derive(Default)]
struct Seen(HashMap<String, bool>);

impl Seen {
    fn get(&mut self, text: &str, f: impl FnOnce(&str) -> bool) -> bool {
        if let Some(&b) = self.0.get(text) {
            return b;
        }
        let b = f(text);
        self.0.insert(text.to_owned(), b);
        b
    }
}

fn is_comanaged(managed_by: &str) -> bool {
    let m = loose(managed_by);
    m.contains("comanaged") || m.contains("configmgr") || m.contains("configurationmanager")
}

/// The join a cell says, across Graph's enums, the old and the new names. Hybrid first (every
/// spelling of it also says "joined"); "registered" (Entra registered, or Graph's
/// `azureADRegistered`) is no join at all, so `none`; the admin can correct it to `domain`
/// when such devices are domain joined, which the export cannot show. `unknown` and empty
/// stay unanswered.
pub fn join_of(cell: &str) -> Option<&'static str> {
    let v = loose(cell);
    if v.contains("hybrid") {
        Some("hybrid")
    } else if v.contains("registered") || v.contains("workplace") {
        Some("none")
    } else if v.contains("domain") {
        Some("domain")
    } else if v.contains("joined") || v == "azuread" || v == "entra" {
        Some("entra")
    } else if v.contains("notjoined") || v == "none" {
        Some("none")
    } else {
        None
    }
}

/// A virtual machine, from its model or manufacturer: Hyper-V's "Virtual Machine" (by
/// Microsoft Corporation), "VMware Virtual Platform" and VMware's "VMware7,1", VirtualBox,
/// QEMU/KVM, Xen's "HVM domU", Parallels and Windows 365's "Cloud PC". A VM is `tpm = vm`:
/// self-deploying and pre-provisioning need TPM 2.0 attestation on a physical device
/// (sources.md, pages self-deploying and pre-provision). Any other model leaves `tpm`
/// unanswered: the export's TPMManufacturerId and TPMManufacturerVersion say a TPM exists, not
/// that it is 2.0 with attestation (fleet-formats.md).
pub fn tpm_of(manufacturer: &str, model: &str) -> Option<&'static str> {
    let model = loose(model);
    let maker = loose(manufacturer);
    const MODELS: [&str; 8] = [
        "virtualmachine",
        "vmware",
        "virtualbox",
        "kvm",
        "qemu",
        "hvmdomu",
        "parallels",
        "cloudpc",
    ];
    const MAKERS: [&str; 4] = ["qemu", "xen", "innotekgmbh", "parallels"];
    (MODELS.iter().any(|m| model.contains(m)) || MAKERS.iter().any(|m| maker.starts_with(m)))
        .then_some("vm")
}

/// The Windows a device runs, from `OS version` (`10.0.<build>.<revision>`) and `SkuFamily`:
/// - Home (SkuFamily "Core…" or "Home") is `unsupported`: Autopilot supports Pro, Enterprise,
///   Education and LTSC editions, not Home (sources.md, page requirements).
/// - Build 22000 and up is Windows 11 (fleet-formats.md): `win11`. Whether that version is
///   still in support is not in the sources this project follows, so every Windows 11 build
///   reads as `win11`; the report counts builds, and the admin corrects a build that is out of
///   support (to `unsupported`).
/// - Below 22000 is Windows 10: its Enterprise LTSC editions (SkuFamily "EnterpriseS",
///   "IoTEnterpriseS" or naming LTSC/LTSB) are `ltsc`, each supported to its own end date (the
///   model's note "windows-ltsc"); any other edition is `unsupported`, Windows 10 having
///   reached end of support on 14 October 2025 (the model's source "windows-10-end").
/// - A version that isn't `10.0.<build>` stays unanswered.
pub fn windows_of(os_version: &str, sku: &str) -> Option<&'static str> {
    let mut parts = os_version.trim().split('.');
    let (major, minor) = (parts.next()?, parts.next()?);
    let build: u32 = parts.next()?.trim().parse().ok()?;
    if major != "10" || minor != "0" {
        return None;
    }
    let sku = loose(sku);
    if sku.starts_with("core") || sku.contains("home") {
        Some("unsupported")
    } else if build >= 22000 {
        Some("win11")
    } else if sku.ends_with("enterprises") || sku.contains("ltsc") || sku.contains("ltsb") {
        Some("ltsc")
    } else {
        Some("unsupported")
    }
}

/// The text a Windows value is counted under: the build (revisions don't change the answer)
/// and the edition.
fn windows_read(out: &mut String, os_version: &str, sku: &str) {
    for (i, part) in os_version.trim().splitn(4, '.').take(3).enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str(part);
    }
    let sku = sku.trim();
    if !sku.is_empty() {
        out.push(' ');
        out.push_str(sku);
    }
}

/// A question's index by its key; the keys the mapping reads are looked up once.
fn question(key: &str) -> usize {
    static READ: std::sync::OnceLock<[usize; READ_KEYS.len()]> = std::sync::OnceLock::new();
    let read = READ.get_or_init(|| READ_KEYS.map(|k| MODEL.question_ix(k).unwrap_or(usize::MAX)));
    match READ_KEYS.iter().position(|&k| k == key) {
        Some(i) if read[i] != usize::MAX => read[i],
        _ => MODEL
            .question_ix(key)
            .unwrap_or_else(|| unreachable!("the model asks {key}")),
    }
}

fn set(facts: &mut Answers, key: &str, value: Option<&str>) {
    let q = question(key);
    facts.set(q, value.and_then(|v| MODEL.questions[q].value_ix(v)));
}

struct Column {
    field: Field,
    index: Option<usize>,
    header: Option<String>,
}

/// Each field of one file's: the admin's choice of column, else the first header that matches
/// its names.
fn columns(table: &Table, source: Source, corrections: &Corrections) -> Vec<Column> {
    Field::ALL
        .into_iter()
        .filter(|f| f.source() == source)
        .map(|field| {
            let index = match corrections.columns.iter().find(|(f, _)| *f == field) {
                Some((_, Some(header))) => table.column_named(header),
                Some((_, None)) => None,
                None => table.column(field.names()),
            };
            let header = index.map(|i| table.headers[i].clone());
            Column {
                field,
                index,
                header,
            }
        })
        .collect()
}

/// Reads the answers of a row, each value read mapped once and counted.
struct Mapper<'a> {
    table: &'a Table,
    cols: &'a [Option<usize>; Field::ALL.len()],
    corrections: &'a Corrections,
    /// Per answer read, text read → its index in `seen`. Doubles as the cache that
    /// keyword-matches each distinct text once; looked up by `&str`, so a row allocates
    /// nothing for a text seen before.
    index: [HashMap<String, usize>; VALUE_KEYS.len()],
    seen: Vec<ValueCount>,
    /// Where a row's Windows or TPM text is put together before it is looked up.
    scratch: String,
}

const JOIN: usize = 0;
const TPM: usize = 1;
const WINDOWS: usize = 2;
/// The Work from anywhere export's values: its own slots, so its "TPMCheckFailed: 1" is
/// counted apart from the inventory's models, though both feed `tpm`.
const WFA_REGISTERED: usize = 3;
const WFA_TPM: usize = 4;
const VALUE_KEYS: [&str; 5] = ["current_join", "tpm", "windows", "registered", "tpm"];

impl<'a> Mapper<'a> {
    /// A cell of the table, borrowed from the table rather than the mapper.
    fn cell(&self, row: usize, f: Field) -> &'a str {
        let table: &'a Table = self.table;
        self.cols[f as usize].map_or("", |c| table.records.cell(row, c).trim())
    }

    fn facts(&mut self, row: usize) -> Answers {
        let mut facts = Answers::new();
        // Every inventory row is a device in use; only the admin marks devices broken.
        set(&mut facts, "device", Some("existing"));
        let join = self.cell(row, Field::Join);
        let value = self.value(JOIN, join, || join_of(join));
        set(&mut facts, "current_join", value);

        let (maker, model) = (
            self.cell(row, Field::Manufacturer),
            self.cell(row, Field::Model),
        );
        let mut read = std::mem::take(&mut self.scratch);
        read.clear();
        if !maker.is_empty() {
            read.push_str(maker);
            read.push_str(" · ");
        }
        read.push_str(model);
        let value = self.value(TPM, &read, || tpm_of(maker, model));
        set(&mut facts, "tpm", value);

        let (version, sku) = (self.cell(row, Field::OsVersion), self.cell(row, Field::Sku));
        read.clear();
        windows_read(&mut read, version, sku);
        let value = self.value(WINDOWS, &read, || windows_of(version, sku));
        set(&mut facts, "windows", value);
        self.scratch = read;
        facts
    }

    /// The answer for a text read (a correction first), counting it.
    fn value(
        &mut self,
        which: usize,
        read: &str,
        keyword: impl FnOnce() -> Option<&'static str>,
    ) -> Option<&'static str> {
        if let Some(&i) = self.index[which].get(read) {
            self.seen[i].count += 1;
            return self.seen[i].value;
        }
        let key = VALUE_KEYS[which];
        let correction = self
            .corrections
            .values
            .iter()
            .find(|c| c.key == key && c.read == read);
        let value = match correction {
            Some(c) => c.value.as_deref().and_then(|v| allowed(key, v)),
            None => keyword(),
        };
        self.index[which].insert(read.to_owned(), self.seen.len());
        self.seen.push(ValueCount {
            key,
            read: read.to_owned(),
            value,
            count: 1,
            corrected: correction.is_some(),
        });
        value
    }

    fn counts(&self) -> Vec<ValueCount> {
        let mut out = self.seen.clone();
        // Per answer in question order, the most frequent values first.
        out.sort_by_key(|v| (question(v.key), std::cmp::Reverse(v.count)));
        out
    }
}

/// The model's own spelling of an allowed value (so a correction's text is never kept).
fn allowed(key: &str, value: &str) -> Option<&'static str> {
    let q = &MODEL.questions[question(key)];
    q.value_ix(value).map(|v| &*q.options[usize::from(v)].value)
}

fn answer_counts(devices: &[Device]) -> Vec<(&'static str, Option<&'static str>, usize)> {
    let mut out = Vec::new();
    for key in READ_KEYS {
        let q = question(key);
        let key: &'static str = &MODEL.questions[q].key;
        let mut counts: Vec<(Option<&'static str>, usize)> = MODEL.questions[q]
            .options
            .iter()
            .map(|o| (Some(&*o.value), 0))
            .chain([(None, 0)])
            .collect();
        for d in devices {
            let v = d.facts.value_name(q);
            if let Some(c) = counts.iter_mut().find(|c| c.0 == v) {
                c.1 += 1;
            }
        }
        out.extend(
            counts
                .into_iter()
                .filter(|c| c.1 > 0)
                .map(|(v, n)| (key, v, n)),
        );
    }
    out
}

/// A list's rows by serial number (as compared, `serial_key`): the first row of each serial
/// number, and which of them a device matched. The Autopilot devices list and the Work from
/// anywhere export are both matched to the inventory's devices through it.
pub(super) struct SerialIndex {
    serials: Vec<String>,
    rows: Vec<usize>,
    index: HashMap<String, usize>,
    matched: Vec<bool>,
}

impl SerialIndex {
    /// The rows of `table` by the serial number in column `serial` (none when it has none);
    /// rows with a placeholder or empty serial number are left out, and of two rows with one
    /// serial number the first is kept.
    pub(super) fn read(table: &Table, serial: Option<usize>) -> SerialIndex {
        let mut s = SerialIndex {
            serials: Vec::new(),
            rows: Vec::new(),
            index: HashMap::new(),
            matched: Vec::new(),
        };
        let records = &table.records;
        for row in 0..records.len() {
            let cell = serial.map_or("", |c| records.cell(row, c).trim());
            let Some(key) = serial_key(cell) else {
                continue;
            };
            if s.index.contains_key(&key) {
                continue;
            }
            s.index.insert(key.clone(), s.serials.len());
            s.serials.push(key);
            s.rows.push(row);
        }
        s.matched = vec![false; s.serials.len()];
        s
    }

    /// How many serial numbers the list holds.
    pub(super) fn len(&self) -> usize {
        self.serials.len()
    }

    /// The row of a serial number (a `serial_key`), marked as matched.
    pub(super) fn find(&mut self, key: &str) -> Option<usize> {
        let &i = self.index.get(key)?;
        self.matched[i] = true;
        Some(self.rows[i])
    }

    /// Serial numbers in the list that no device matched.
    pub(super) fn unmatched(self) -> Vec<String> {
        self.serials
            .into_iter()
            .zip(self.matched)
            .filter(|(_, m)| !m)
            .map(|(s, _)| s)
            .collect()
    }
}

/// The Autopilot devices list: its serial numbers and their group tags.
struct Registry<'a> {
    serials: SerialIndex,
    table: &'a Table,
    tag: Option<usize>,
}

impl<'a> Registry<'a> {
    fn read(table: &'a Table) -> Registry<'a> {
        Registry {
            serials: SerialIndex::read(table, table.column(AUTOPILOT_SERIAL)),
            table,
            tag: table.column(AUTOPILOT_GROUP_TAG),
        }
    }

    /// A device's group tag and registration: in the list (`yes`) or not (`no`); a device with
    /// no usable serial number stays unanswered.
    fn find(&mut self, key: Option<&str>) -> (String, Option<&'static str>) {
        let Some(key) = key else {
            return (String::new(), None);
        };
        match self.serials.find(key) {
            Some(row) => {
                let tag = self
                    .tag
                    .map_or("", |c| self.table.records.cell(row, c).trim());
                (tag.to_owned(), Some("yes"))
            }
            None => (String::new(), Some("no")),
        }
    }
}
