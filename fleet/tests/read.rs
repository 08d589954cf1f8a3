//! Reading real files: each shape an admin's file comes in reads to the same table, and bad
//! input is an error that names the columns looked for, never a panic.

mod common;

use autopilot_fleet::map::{AUTOPILOT_REQUIRED, INVENTORY_REQUIRED};
use autopilot_fleet::read::{read, ReadError, Table};
use common::{fixture, zip, Rng};

fn inventory(bytes: &[u8]) -> Table {
    read(bytes, INVENTORY_REQUIRED).unwrap_or_else(|e| panic!("{e}"))
}

fn column<'a>(t: &'a Table, header: &str) -> Vec<&'a str> {
    let c = t.column(&[header]).unwrap_or_else(|| panic!("no {header}"));
    (0..t.records.len()).map(|r| t.records.cell(r, c)).collect()
}

#[test]
fn the_documented_export_reads_with_microsofts_fifty_six_headers() {
    let t = inventory(&fixture("intune-devices.csv"));
    assert_eq!(t.headers.len(), 56);
    assert_eq!(
        t.headers[0], "Device ID",
        "the byte-order mark is not part of a header"
    );
    assert_eq!((t.header_line, t.delimiter), (1, ','));
    assert_eq!(t.records.len(), 13);
    let names = column(&t, "Device name");
    assert_eq!(names[7], "=HYPERLINK(\"http://evil.example\",\"click\")");
    assert_eq!(names[8], "Lab, room 2\nshelf \"B\"");
    // The quoted line break moves the next record's line on.
    assert_eq!((t.records.line(8), t.records.line(9)), (10, 12));
}

#[test]
fn the_grids_names_semicolons_and_report_rows_above_the_header() {
    let t = inventory(&fixture("intune-selected-semicolon.csv"));
    assert_eq!((t.header_line, t.delimiter), (4, ';'));
    assert!(
        t.column(&["JoinType"]).is_some(),
        "\"Join type\" is JoinType"
    );
    assert_eq!(column(&t, "join_type")[1], "Hybrid Azure AD joined");
    let cm = inventory(&fixture("configmgr-report.csv"));
    assert_eq!((cm.header_line, cm.records.len()), (4, 1));
}

#[test]
fn excels_unicode_text_is_utf16_with_tabs() {
    let t = inventory(&fixture("intune-unicode-text.txt"));
    assert_eq!(t.delimiter, '\t');
    assert_eq!(column(&t, "Device name")[0], "PC-BÜRO-01");
    assert_eq!(column(&t, "Device name")[4], "KIOSK-04");
}

#[test]
fn powershell_writes_a_type_line_and_quotes_everything() {
    let t = read(&fixture("autopilot-devices.csv"), AUTOPILOT_REQUIRED).unwrap();
    assert_eq!(t.header_line, 2);
    assert_eq!(column(&t, "Serial number")[1], "sn-hyb-02");
    assert_eq!(column(&t, "Group tag")[0], "Office");
}

#[test]
fn the_zip_as_intune_downloads_it_reads_like_its_csv() {
    let csv = fixture("intune-devices.csv");
    let plain = inventory(&csv);
    for deflate in [true, false] {
        let t = inventory(&zip("DevicesWithInventory_2026.csv", &csv, deflate));
        assert_eq!(t.headers, plain.headers);
        assert_eq!(column(&t, "Serial number"), column(&plain, "Serial number"));
    }
}

#[test]
fn lf_crlf_and_no_final_line_break_read_alike() {
    let crlf = "Device name,Serial number\r\nA,1\r\nB,2\r\n";
    let lf = crlf.replace("\r\n", "\n");
    let bare = lf.trim_end();
    for text in [crlf, &lf, bare] {
        let t = inventory(text.as_bytes());
        assert_eq!(column(&t, "Serial number"), ["1", "2"], "{text:?}");
    }
}

fn message(e: ReadError) -> String {
    e.to_string()
}

#[test]
fn a_file_that_is_no_export_names_the_columns_looked_for() {
    let err = read(b"hello,world\n1,2\n", INVENTORY_REQUIRED).unwrap_err();
    assert_eq!(
        message(err),
        "This is not a device export: no header row in its first 50 lines has the columns Serial number, Device name (separated by commas, semicolons or tabs)."
    );
    assert_eq!(read(b"", INVENTORY_REQUIRED).unwrap_err(), ReadError::Empty);
}

#[test]
fn garbage_and_truncated_zips_are_errors_never_panics() {
    let good = zip("x.csv", &fixture("intune-devices.csv"), true);
    let mut damaged = good.clone();
    damaged[60] ^= 0xFF;
    let mut cases: Vec<Vec<u8>> = vec![
        b"PK\x03\x04".to_vec(),
        b"PK\x05\x06".to_vec(),
        damaged,
        [&good[..40], &good[good.len() - 60..]].concat(),
    ];
    cases.extend((4..good.len()).step_by(97).map(|n| good[..n].to_vec()));
    // A zip whose directory points past its end.
    let mut wild = good.clone();
    let n = wild.len();
    wild[n - 6..n - 2].copy_from_slice(&u32::MAX.to_le_bytes());
    cases.push(wild);
    // Random bytes after a zip's signature.
    let mut rng = Rng(0x2545_F491);
    for len in [10, 100, 1000, 5000] {
        let mut bytes = b"PK\x03\x04".to_vec();
        bytes.extend((0..len).map(|_| rng.next() as u8));
        cases.push(bytes);
    }
    for bytes in &cases {
        match read(bytes, INVENTORY_REQUIRED) {
            Err(ReadError::Zip { reason }) => assert!(!reason.is_empty()),
            Err(e) => panic!("{} bytes: not a zip error: {e}", bytes.len()),
            Ok(t) => panic!(
                "{} bytes read as a table of {}",
                bytes.len(),
                t.records.len()
            ),
        }
    }
}

#[test]
fn random_text_never_panics() {
    let mut rng = Rng(0x9E37_79B9);
    let alphabet = b"ab,;\t\"\r\n =Serialnumber Device name";
    for len in 0..300 {
        let text: Vec<u8> = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        let _ = read(&text, INVENTORY_REQUIRED);
        let with_header = [&b"Serial number,Device name\n"[..], &text].concat();
        let t = read(&with_header, INVENTORY_REQUIRED).unwrap();
        for r in 0..t.records.len() {
            for c in 0..t.records.cells(r) + 2 {
                let _ = t.records.cell(r, c);
            }
        }
    }
}

#[test]
fn a_zip_that_inflates_past_its_stated_size_is_refused() {
    let mut bomb = zip("x.csv", &fixture("intune-devices.csv"), true);
    let n = bomb.len();
    let directory = u32::from_le_bytes(bomb[n - 6..n - 2].try_into().unwrap()) as usize;
    // The central directory's uncompressed size says 100 bytes.
    bomb[directory + 24..directory + 28].copy_from_slice(&100u32.to_le_bytes());
    match read(&bomb, INVENTORY_REQUIRED) {
        Err(ReadError::Zip { reason }) => assert!(reason.contains("damaged"), "{reason}"),
        other => panic!("{other:?}"),
    }
}
