//! The CSV export: what Excel needs to open it cleanly (byte-order mark, CRLF, quoting) and no
//! cell Excel would run as a formula; read back by the crate's own reader, every text survives.

mod common;

use autopilot_engine::engine::Answers;
use autopilot_fleet::export::{
    cell, group_serials_csv, plan_csv, CsvOptions, English, Word, Words,
};
use autopilot_fleet::map::{map, Corrections, Reading, INVENTORY_REQUIRED};
use autopilot_fleet::plan::{plan, FleetAnswers, Plan};
use autopilot_fleet::read::read;
use common::fixture;

fn one(text: &str) -> String {
    let mut out = String::new();
    cell(&mut out, text, ',');
    out
}

#[test]
fn cells_are_quoted_and_formulas_neutralised() {
    #[rustfmt::skip]
    let table = [
        ("PC-01", "PC-01"),
        ("Lab, room 2", "\"Lab, room 2\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("=HYPERLINK(\"http://evil.example\",\"click\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""),
        ("+1 555", "\"'+1 555\""),
        ("-2+3", "\"'-2+3\""),
        ("@SUM(A1)", "\"'@SUM(A1)\""),
        ("\tcmd", "\"'\tcmd\""),
        ("\rcmd", "\"'\rcmd\""),
        ("a=b", "a=b"),
        ("", ""),
    ];
    for (text, written) in table {
        assert_eq!(one(text), written, "{text:?}");
    }
    let mut semicolon = String::new();
    cell(&mut semicolon, "a;b", ';');
    assert_eq!(semicolon, "\"a;b\"");
}

fn planned() -> (Reading, Plan) {
    let inv = read(&fixture("intune-devices.csv"), INVENTORY_REQUIRED).unwrap();
    let r = map(&inv, None, &Corrections::default());
    let fleet = FleetAnswers {
        answers: Answers::from_query(
            "identity=entra&users=single&technician=no&configmgr=yes&custom_image=no&fast_user=no",
        )
        .unwrap(),
        overrides: Vec::new(),
    };
    let p = plan(&r, &fleet);
    (r, p)
}

#[test]
fn the_plan_csv_opens_in_excel_and_reads_back() {
    let (r, p) = planned();
    let csv = plan_csv(&r, &p, &CsvOptions::default());
    assert!(csv.starts_with(
        "\u{feff}Serial number,Device name,Primary user,Group,Standing,Recommended,Then,device,"
    ));
    assert!(csv.ends_with("\r\n"));
    assert_eq!(csv.matches("\r\n").count(), r.devices.len() + 1);
    assert!(
        !csv.contains(",=") && !csv.contains(",@"),
        "no cell starts a formula"
    );
    let back = read(csv.as_bytes(), &[&["Serial number"], &["Device name"]]).unwrap();
    assert_eq!(back.records.len(), r.devices.len());
    let col = |h: &str| back.column(&[h]).unwrap();
    for (row, d) in r.devices.iter().enumerate() {
        assert_eq!(back.records.cell(row, col("Serial number")), d.serial);
        let name = back.records.cell(row, col("Device name"));
        assert_eq!(name.strip_prefix('\'').unwrap_or(name), d.name);
    }
    let hostile = (0..back.records.len())
        .map(|row| back.records.cell(row, col("Device name")))
        .find(|n| n.contains("HYPERLINK"))
        .unwrap();
    assert!(hostile.starts_with("'="));
    let user = (0..back.records.len())
        .map(|row| back.records.cell(row, col("Primary user")))
        .find(|u| u.contains("evil"))
        .unwrap();
    assert_eq!(user, "'@evil");
    let reset = (0..back.records.len())
        .find(|&row| back.records.cell(row, col("Serial number")) == "SN-ENTRA-01")
        .unwrap();
    assert_eq!(
        back.records.cell(reset, col("Recommended")),
        "Windows Autopilot Reset"
    );
}

#[test]
fn semicolons_for_locales_that_split_on_them() {
    let (r, p) = planned();
    let options = CsvOptions {
        delimiter: ';',
        ..CsvOptions::default()
    };
    let csv = plan_csv(&r, &p, &options);
    assert!(csv.starts_with("\u{feff}Serial number;Device name;"));
    assert!(
        csv.contains(";\"Lab, room 2\nshelf \"\"B\"\"\";")
            || csv.contains("\"Lab, room 2\nshelf \"\"B\"\"\";")
    );
}

#[test]
fn each_groups_serial_numbers() {
    let (r, p) = planned();
    for g in &p.groups {
        let csv = group_serials_csv(&r, &p, g, &English);
        let lines: Vec<&str> = csv
            .trim_start_matches('\u{feff}')
            .split_terminator("\r\n")
            .collect();
        assert_eq!(lines[0], "Serial number");
        assert_eq!(lines.len(), g.count() + 1);
    }
}

/// A page in another language gives the export its words.
struct German;

impl Words for German {
    fn word(&self, word: Word) -> &str {
        match word {
            Word::SerialNumber => "Seriennummer",
            Word::DeviceName => "Gerätename",
            Word::StandingRecommended => "empfohlen",
            other => English.word(other),
        }
    }

    fn scenario(&self, _: usize) -> &str {
        "Szenario"
    }

    fn value(&self, _: usize, _: u8) -> &str {
        "Wert"
    }
}

#[test]
fn the_words_are_the_pages() {
    let (r, p) = planned();
    let csv = plan_csv(
        &r,
        &p,
        &CsvOptions {
            delimiter: ';',
            words: &German,
        },
    );
    assert!(
        csv.starts_with("\u{feff}Seriennummer;Gerätename;Primary user;Group;Standing;"),
        "{csv}"
    );
    assert!(csv.contains(";empfohlen;Szenario;"), "{csv}");
    assert!(csv.contains(";Wert;"), "{csv}");
}
