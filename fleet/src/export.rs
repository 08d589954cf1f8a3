//! The plan as CSV that Excel opens correctly: UTF-8 with a byte-order mark (without it Excel
//! reads the ANSI code page and garbles "Büro"), CRLF line ends, fields quoted when they hold
//! the delimiter, a quote or a line break, and every cell that Excel would take for a formula
//! (starting with `=`, `+`, `-`, `@`, a tab or a carriage return: OWASP's "CSV injection")
//! neutralised with a leading `'`. Device and user names come from the export as they were
//! typed, so they are never trusted.

use crate::map::Reading;
use crate::plan::{Group, Plan};
use autopilot_engine::engine::Standing;
use autopilot_engine::model::{ScenarioIx, MODEL};

/// The export's settings. Excel splits a CSV on the list separator of the reader's locale: a
/// comma in English, a semicolon in German and French; the page passes the one for the
/// language it shows. (Excel's `sep=` line would choose for every locale, but with it Excel
/// ignores the byte-order mark and reads the text as ANSI.)
#[derive(Debug, Clone, Copy)]
pub struct CsvOptions {
    pub delimiter: char,
    /// A scenario's name in the reader's language; the model's English name by default.
    pub scenario_name: fn(ScenarioIx) -> &'static str,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            delimiter: ',',
            scenario_name: |s| &MODEL.scenarios[s].name,
        }
    }
}

const BOM: char = '\u{feff}';

/// The per-device plan: one row per device, its group, the advice and every answer evaluated.
pub fn plan_csv(reading: &Reading, plan: &Plan, options: &CsvOptions) -> String {
    let mut out = String::with_capacity(64 + reading.devices.len() * 160);
    out.push(BOM);
    let mut header: Vec<&str> = vec![
        "Serial number",
        "Device name",
        "Primary user",
        "Group",
        "Standing",
        "Recommended",
        "Then",
    ];
    header.extend(MODEL.questions.iter().map(|q| &*q.key));
    row(&mut out, header, options.delimiter);
    for p in &plan.devices {
        let d = &reading.devices[p.device];
        let g = &plan.groups[p.group];
        let (recommended, then) = advice(g);
        let name = |s: Option<ScenarioIx>| s.map_or("", options.scenario_name);
        let mut cells: Vec<&str> = vec![
            &d.serial,
            &d.name,
            &d.user,
            &g.id,
            standing(g),
            name(recommended),
            name(then),
        ];
        cells.extend((0..MODEL.questions.len()).map(|q| p.answers.value_name(q).unwrap_or("")));
        row(&mut out, cells, options.delimiter);
    }
    out
}

/// One group's serial numbers under a "Serial number" header, in the file's order.
pub fn group_serials_csv(reading: &Reading, plan: &Plan, group: &Group) -> String {
    let mut out = String::new();
    out.push(BOM);
    row(&mut out, ["Serial number"], ',');
    for &p in &group.devices {
        row(
            &mut out,
            [&*reading.devices[plan.devices[p].device].serial],
            ',',
        );
    }
    out
}

/// The scenario a group is advised (recommended, else leading) and the one that runs after
/// it, if it runs one (Existing devices).
pub fn advice(g: &Group) -> (Option<ScenarioIx>, Option<ScenarioIx>) {
    let e = &g.evaluation;
    let first = e.recommended.or(e.leading);
    (first, first.and_then(|s| e.scenarios[s].then))
}

/// Where a group's advice stands, in the API's words.
pub fn standing(g: &Group) -> &'static str {
    match g.standing() {
        Standing::Recommended(_) => "recommended",
        Standing::Leading(_) => "leading",
        Standing::NothingFits => "nothing_fits",
        Standing::Open => "open",
        Standing::SeveralFit(_) => "several_fit",
    }
}

fn row<'a>(out: &mut String, cells: impl IntoIterator<Item = &'a str>, delimiter: char) {
    for (i, c) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(delimiter);
        }
        cell(out, c, delimiter);
    }
    out.push_str("\r\n");
}

/// Writes one cell: neutralised when Excel would read a formula, quoted when it must be.
pub fn cell(out: &mut String, text: &str, delimiter: char) {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let d = u8::try_from(delimiter).unwrap_or(b',');
    let quote = formula
        || text
            .bytes()
            .any(|b| b == d || b == b'"' || b == b'\n' || b == b'\r')
        || text.starts_with(' ')
        || text.ends_with(' ');
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for (i, part) in text.split('"').enumerate() {
        if i > 0 {
            out.push_str("\"\"");
        }
        out.push_str(part);
    }
    if quote {
        out.push('"');
    }
}
