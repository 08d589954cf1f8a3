//! The fleet core's native benchmark: 50,000 rows in the shape of Intune's device export
//! (Microsoft's 56 headers, all three join spellings, duplicates, personal and non-Windows rows,
//! quoted names), read, mapped and planned, against a naive split of the same text (lines on
//! '\n', fields on ',') in the same run; the CSV export and the API's shape (as JSON) timed too.
//!
//! `cargo run --release -p autopilot-fleet --example plan-50k [rows]`

use autopilot_engine::engine::Answers;
use autopilot_fleet::export::{plan_csv, CsvOptions};
use autopilot_fleet::map::{map, Corrections, INVENTORY_REQUIRED};
use autopilot_fleet::plan::{plan, FleetAnswers};
use autopilot_fleet::read::{crc32, read};
use autopilot_fleet::shape::FleetPlan;
use std::hint::black_box;
use std::time::{Duration, Instant};

const HEADERS: &str = "Device ID,Device name,Enrollment date,Last check-in,Microsoft Entra Device ID,OS version,Microsoft Entra registered,EAS activation ID,Serial number,Manufacturer,Model,EAS activated,IMEI,Last EAS sync time,EAS reason,EAS status,Compliance grace period expiration,Security patch level,Wi-Fi MAC,MEID,Subscriber carrier,Total storage,Free storage,Management name,Category,UserId,Primary user UPN,Primary user email address,Primary user display name,WiFiIPv4Address,WiFiSubnetID,Compliance,Managed by,Ownership,Device state,Intune registered,Supervised,Encrypted,OS,SkuFamily,JoinType,Phone number,Jailbroken,ICCID,EthernetMAC,CellularTechnology,ProcessorArchitecture,EID,EnrollmentType,PartnerFeaturesBitmask,ManagementAgents,CertExpirationDate,IsManaged,SystemManagementBIOSVersion,TPMManufacturerId,TPMManufacturerVersion";

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() % from.len() as u64) as usize]
    }
}

/// `rows` rows as the export writes them (UTF-8 with a byte-order mark, CRLF).
fn export(rows: usize) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = String::with_capacity(rows * 700);
    out.push('\u{feff}');
    out.push_str(HEADERS);
    out.push_str("\r\n");
    let joins = [
        "azureADJoined",
        "hybridAzureADJoined",
        "azureADRegistered",
        "Azure AD joined",
        "Hybrid Azure AD joined",
        "Microsoft Entra joined",
        "Microsoft Entra hybrid joined",
        "Microsoft Entra registered",
        "unknown",
    ];
    let builds = [
        "26100.4061",
        "26200.7171",
        "22631.4460",
        "22621.3007",
        "19045.6456",
        "17763.7009",
    ];
    let skus = [
        "Enterprise",
        "Professional",
        "Education",
        "EnterpriseS",
        "Core",
    ];
    let models = [
        "Latitude 7450",
        "EliteBook 840 G8",
        "ThinkPad T14 Gen 4",
        "Surface Laptop 6",
        "Virtual Machine",
        "VMware Virtual Platform",
    ];
    for i in 0..rows {
        // One in a hundred rows repeats the previous serial (a hybrid record and a registered one).
        let serial = if i % 100 == 99 { i - 1 } else { i };
        let os = match rng.next() % 100 {
            0..=2 => "iOS/iPadOS",
            3..=4 => "Android",
            _ => "Windows",
        };
        let ownership = if rng.next().is_multiple_of(50) {
            "Personal"
        } else {
            "Corporate"
        };
        let name = match i % 1000 {
            7 => format!("\"Lab, room {i}\""),
            8 => "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"".to_owned(),
            _ => format!("PC-{i:06}"),
        };
        let fields = [
            format!(
                "{:08x}-0000-4000-8000-{:012x}",
                i,
                rng.next() & 0xFFFF_FFFF_FFFF
            ),
            name,
            "2025-01-15 09:00:00".to_owned(),
            format!(
                "2026-11-{:02} 08:{:02}:00",
                1 + rng.next() % 28,
                rng.next() % 60
            ),
            format!(
                "{:08x}-1111-4000-8000-{:012x}",
                i,
                rng.next() & 0xFFFF_FFFF_FFFF
            ),
            format!("10.0.{}", rng.pick(&builds)),
            "True".into(),
            String::new(),
            format!("SN{serial:08}"),
            rng.pick(&["Dell Inc.", "HP", "LENOVO", "Microsoft Corporation"])
                .into(),
            rng.pick(&models).into(),
            "False".into(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            format!("{:012x}", rng.next() & 0xFFFF_FFFF_FFFF),
            String::new(),
            String::new(),
            "256000".into(),
            format!("{}", rng.next() % 256000),
            format!("user{i}_Windows_{}", i % 28),
            rng.pick(&["Office", "Lab", "Kiosk", ""]).into(),
            format!("{:08x}-2222-4000-8000-000000000000", i),
            format!("user{i}@contoso.com"),
            format!("user{i}@contoso.com"),
            format!("User {i}"),
            "10.0.0.1".into(),
            "10.0.0.0".into(),
            "Compliant".into(),
            rng.pick(&["Intune", "Co-managed", "Intune"]).into(),
            ownership.into(),
            "Active".into(),
            "True".into(),
            "False".into(),
            "True".into(),
            os.into(),
            rng.pick(&skus).into(),
            rng.pick(&joins).into(),
            String::new(),
            "False".into(),
            String::new(),
            format!("{:012x}", rng.next() & 0xFFFF_FFFF_FFFF),
            "Unknown".into(),
            "x64".into(),
            String::new(),
            "WindowsAzureADJoin".into(),
            "0".into(),
            "mdm".into(),
            "2027-01-15 09:00:00".into(),
            "True".into(),
            "1.21.0".into(),
            "1314145024".into(),
            "7.2.3.1".into(),
        ];
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Best and median of a measurement's runs. The machine is shared, so the runs of every
/// measurement are interleaved (one round times each once) and the best run is compared: it is
/// the one least disturbed by others.
struct Times(Vec<Duration>);

impl Times {
    fn best(&self) -> Duration {
        self.0.iter().copied().min().unwrap_or_default()
    }

    fn median(&self) -> Duration {
        let mut t = self.0.clone();
        t.sort();
        t[t.len() / 2]
    }
}

fn once<T>(times: &mut Times, f: impl FnOnce() -> T) {
    let start = Instant::now();
    black_box(f());
    times.0.push(start.elapsed());
}

/// A one-entry zip as Intune's download is (DEFLATE), made with miniz_oxide's compressor.
fn zip(data: &[u8]) -> Vec<u8> {
    let name = b"DevicesWithInventory.csv";
    let body = miniz_oxide::deflate::compress_to_vec(data, 6);
    let header = |out: &mut Vec<u8>| {
        out.extend(20u16.to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out.extend(8u16.to_le_bytes());
        out.extend([0, 0, 0x21, 0x58]);
        out.extend(crc32(data).to_le_bytes());
        out.extend((body.len() as u32).to_le_bytes());
        out.extend((data.len() as u32).to_le_bytes());
        out.extend((name.len() as u16).to_le_bytes());
        out.extend(0u16.to_le_bytes());
    };
    let mut out = b"PK\x03\x04".to_vec();
    header(&mut out);
    out.extend(name);
    out.extend(&body);
    let directory = out.len();
    out.extend(b"PK\x01\x02\x14\x00");
    header(&mut out);
    out.extend([0u8; 16]);
    out.extend(name);
    let size = out.len() - directory;
    out.extend(b"PK\x05\x06\0\0\0\0\x01\0\x01\0");
    out.extend((size as u32).to_le_bytes());
    out.extend((directory as u32).to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

fn main() {
    let rows: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50_000);
    let text = export(rows);
    let bytes = text.as_bytes();
    let fleet = FleetAnswers {
        answers: Answers::from_query(
            "identity=entra&users=single&technician=no&configmgr=yes&custom_image=no&fast_user=no",
        )
        .unwrap(),
        overrides: Vec::new(),
    };
    let runs = 9;
    let table = read(bytes, INVENTORY_REQUIRED).unwrap();
    let reading = map(&table, None, &Corrections::default());
    let the_plan = plan(&reading, &fleet);
    let zipped = zip(bytes);
    let [mut naive, mut reading_only, mut from_zip, mut mapping, mut planning, mut whole, mut csv, mut json] =
        std::array::from_fn(|_| Times(Vec::new()));
    for _ in 0..runs {
        // The baseline: what a page would do with no care for quotes, encodings or headers.
        once(&mut naive, || {
            text.split('\n')
                .map(|line| line.split(',').collect::<Vec<&str>>())
                .collect::<Vec<_>>()
        });
        once(&mut whole, || {
            let table = read(bytes, INVENTORY_REQUIRED).unwrap();
            let reading = map(&table, None, &Corrections::default());
            plan(&reading, &fleet)
        });
        once(&mut reading_only, || {
            read(bytes, INVENTORY_REQUIRED).unwrap()
        });
        once(&mut from_zip, || read(&zipped, INVENTORY_REQUIRED).unwrap());
        once(&mut mapping, || map(&table, None, &Corrections::default()));
        once(&mut planning, || plan(&reading, &fleet));
        once(&mut csv, || {
            plan_csv(&reading, &the_plan, &CsvOptions::default())
        });
        // The API's shape written as JSON text: a stand-in for serde-wasm-bindgen's objects,
        // which only a browser can time.
        once(&mut json, || {
            let shape = FleetPlan::new(&reading, &the_plan, String::new());
            serde_json::to_string(&shape).unwrap().len()
        });
    }

    let ms = |t: &Times| {
        format!(
            "{:8.1} ms (median {:6.1})",
            t.best().as_secs_f64() * 1000.0,
            t.median().as_secs_f64() * 1000.0
        )
    };
    println!(
        "{rows} rows, {:.1} MB, {} devices ({} skipped, {} merged), {} groups; best of {runs} interleaved runs",
        bytes.len() as f64 / 1e6,
        reading.devices.len(),
        reading.skipped.len(),
        reading.report.merged,
        the_plan.groups.len()
    );
    println!(
        "  the table holds {:.1} MB (cells' text and offsets)",
        table.records.heap_bytes() as f64 / 1e6
    );
    println!("  naive split (lines on \\n, fields on ,)  {}", ms(&naive));
    println!(
        "  read (decode, header, quoted fields)   {}",
        ms(&reading_only)
    );
    println!(
        "  read from the .zip ({:.1} MB, DEFLATE)   {}",
        zipped.len() as f64 / 1e6,
        ms(&from_zip)
    );
    println!("  map (answers, merge, report)           {}", ms(&mapping));
    println!("  plan (evaluate each answer set once)   {}", ms(&planning));
    println!("  read + map + plan                      {}", ms(&whole));
    println!("  CSV export                             {}", ms(&csv));
    let json_bytes = serde_json::to_string(&FleetPlan::new(&reading, &the_plan, String::new()))
        .unwrap()
        .len();
    println!(
        "  the API's shape as JSON (serde_json)   {} ({:.1} MB, without the CSV)",
        ms(&json),
        json_bytes as f64 / 1e6
    );
    println!(
        "  read + map + plan / naive split        {:8.2}×",
        whole.best().as_secs_f64() / naive.best().as_secs_f64()
    );
}
