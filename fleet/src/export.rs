//! The plan as CSV that Excel opens correctly: UTF-8 with a byte-order mark (without it Excel
//! reads the ANSI code page and garbles "Büro"), CRLF line ends, fields quoted when they hold
//! the delimiter, a quote or a line break, and every cell that Excel would take for a formula
//! (starting with `=`, `+`, `-`, `@`, a tab or a carriage return: OWASP's "CSV injection")
//! neutralised with a leading `'`. Device and user names come from the export as they were
//! typed, so they are never trusted.

use crate::map::Reading;
use crate::plan::{Group, Plan};
use autopilot_engine::engine::{Answers, Standing};
use autopilot_engine::model::{QuestionIx, ScenarioIx, ValueIx, MODEL};

/// The export's settings. Excel splits a CSV on the list separator of the reader's locale: a
/// comma in English, a semicolon in German and French; the page passes the one for the
/// language it shows. (Excel's `sep=` line would choose for every locale, but with it Excel
/// ignores the byte-order mark and reads the text as ANSI.) The words are the page's too: a
/// person reads this file, so its headings, standings, scenario names and answers come from the
/// page's catalogs; [`English`] (the model's names, the API's keys and values) by default.
#[derive(Clone, Copy)]
pub struct CsvOptions<'a> {
    pub delimiter: char,
    pub words: &'a dyn Words,
}

impl Default for CsvOptions<'static> {
    fn default() -> Self {
        CsvOptions {
            delimiter: ',',
            words: &English,
        }
    }
}

/// The export's own words: its headings and a group's standing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    SerialNumber,
    DeviceName,
    PrimaryUser,
    Group,
    Standing,
    Recommended,
    Then,
    StandingRecommended,
    StandingLeading,
    StandingNothingFits,
    StandingOpen,
    StandingSeveralFit,
}

/// What the export says in the reader's language.
pub trait Words {
    fn word(&self, word: Word) -> &str;

    fn scenario(&self, s: ScenarioIx) -> &str {
        &MODEL.scenarios[s].name
    }

    /// A question's column heading: its key by default.
    fn question(&self, q: QuestionIx) -> &str {
        &MODEL.questions[q].key
    }

    /// An answer: its value's name by default.
    fn value(&self, q: QuestionIx, v: ValueIx) -> &str {
        Answers::names(q, v).1
    }
}

/// English headings, the model's scenario names, the API's keys and values.
pub struct English;

impl Words for English {
    fn word(&self, word: Word) -> &str {
        match word {
            Word::SerialNumber => "Serial number",
            Word::DeviceName => "Device name",
            Word::PrimaryUser => "Primary user",
            Word::Group => "Group",
            Word::Standing => "Standing",
            Word::Recommended => "Recommended",
            Word::Then => "Then",
            Word::StandingRecommended => "recommended",
            Word::StandingLeading => "leading, answers still open",
            Word::StandingNothingFits => "nothing fits",
            Word::StandingOpen => "open",
            Word::StandingSeveralFit => "several fit",
        }
    }
}

const BOM: char = '\u{feff}';

/// The per-device plan: one row per device, its group, the advice and every answer evaluated.
pub fn plan_csv(reading: &Reading, plan: &Plan, options: &CsvOptions) -> String {
    let w = options.words;
    let mut out = String::with_capacity(64 + reading.devices.len() * 160);
    out.push(BOM);
    let mut header: Vec<&str> = [
        Word::SerialNumber,
        Word::DeviceName,
        Word::PrimaryUser,
        Word::Group,
        Word::Standing,
        Word::Recommended,
        Word::Then,
    ]
    .map(|word| w.word(word))
    .to_vec();
    header.extend((0..MODEL.questions.len()).map(|q| w.question(q)));
    row(&mut out, header, options.delimiter);
    for p in &plan.devices {
        let d = &reading.devices[p.device];
        let g = &plan.groups[p.group];
        let (recommended, then) = g.advice();
        let name = |s: Option<ScenarioIx>| s.map_or("", |s| w.scenario(s));
        let mut cells: Vec<&str> = vec![
            &d.serial,
            &d.name,
            &d.user,
            &g.id,
            w.word(standing_word(g)),
            name(recommended),
            name(then),
        ];
        cells.extend(
            (0..MODEL.questions.len()).map(|q| p.answers.get(q).map_or("", |v| w.value(q, v))),
        );
        row(&mut out, cells, options.delimiter);
    }
    out
}

fn standing_word(g: &Group) -> Word {
    match g.standing() {
        Standing::Recommended(_) => Word::StandingRecommended,
        Standing::Leading(_) => Word::StandingLeading,
        Standing::NothingFits => Word::StandingNothingFits,
        Standing::Open => Word::StandingOpen,
        Standing::SeveralFit(_) => Word::StandingSeveralFit,
    }
}

/// One group's serial numbers under a "Serial number" heading, in the file's order: one
/// column, so no delimiter to choose.
pub fn group_serials_csv(
    reading: &Reading,
    plan: &Plan,
    group: &Group,
    words: &dyn Words,
) -> String {
    let mut out = String::new();
    out.push(BOM);
    row(&mut out, [words.word(Word::SerialNumber)], ',');
    for &p in &group.devices {
        row(
            &mut out,
            [&*reading.devices[plan.devices[p].device].serial],
            ',',
        );
    }
    out
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
