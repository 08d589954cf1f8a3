//! The fleet plan as `planFleet` will give it to a page: `{ devices, groups, skipped, columns,
//! csv, … }`, plain data made from the reading and the plan. The names follow the single
//! device API (`src/embed/shape.rs`): scenario ids and answer keys as the model spells them,
//! verdicts `recommended`/`suitable`/`unsuitable`, and the few names of two words in snake
//! case as `evaluate()`'s result has them (`tied_with`, `blocked_by`). A group's reasons,
//! steps and sources are `evaluate()`'s result for its `answers`, which the web crate's shape
//! gives; this crate, below the web crate, gives the answers.

use crate::export::{plan_csv, CsvOptions};
use crate::input::PlanInput;
use crate::map::{
    map_with, read_wfa, Corrections, Reading, AUTOPILOT_REQUIRED, INVENTORY_REQUIRED,
};
use crate::plan::{plan, FleetAnswers, Plan};
use crate::read::{read, ReadError, Table};
use autopilot_engine::engine::{Answers, Evaluation, Verdict};
use autopilot_engine::model::{ScenarioIx, MODEL};
use serde::{Serialize, Serializer};
use std::fmt;

/// The files, as bytes (a dropped file, a .zip) or a string's UTF-8; all but the inventory
/// optional.
#[derive(Debug, Clone, Copy, Default)]
pub struct Files<'a> {
    pub inventory: &'a [u8],
    pub autopilot: Option<&'a [u8]>,
    /// Endpoint analytics' Work from anywhere export.
    pub wfa: Option<&'a [u8]>,
}

/// Why no plan was made: which file, and what its reading looked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FleetError {
    Inventory(ReadError),
    Autopilot(ReadError),
    Wfa(ReadError),
}

impl fmt::Display for FleetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FleetError::Inventory(e) => write!(f, "The device inventory: {e}"),
            FleetError::Autopilot(e) => write!(f, "The Autopilot devices list: {e}"),
            FleetError::Wfa(e) => write!(f, "The Work from anywhere export: {e}"),
        }
    }
}

impl std::error::Error for FleetError {}

/// Everything a plan is made from, kept together so the page can re-plan when the admin
/// changes an answer without reading the files again.
#[derive(Debug, Clone)]
pub struct Fleet {
    pub inventory: Table,
    pub autopilot: Option<Table>,
    pub wfa: Option<Table>,
    pub reading: Reading,
    pub plan: Plan,
}

/// The files as read, each with the columns it must have: the inventory, and the Autopilot
/// devices list and the Work from anywhere export when given.
pub type Tables = (Table, Option<Table>, Option<Table>);

impl<'a> Files<'a> {
    /// Reads each file; the first that is not what it should be says which, and why.
    pub fn read(&self) -> Result<Tables, FleetError> {
        let inventory = read(self.inventory, INVENTORY_REQUIRED).map_err(FleetError::Inventory)?;
        let autopilot = self
            .autopilot
            .map(|b| read(b, AUTOPILOT_REQUIRED))
            .transpose()
            .map_err(FleetError::Autopilot)?;
        let wfa = self
            .wfa
            .map(read_wfa)
            .transpose()
            .map_err(FleetError::Wfa)?;
        Ok((inventory, autopilot, wfa))
    }
}

impl Fleet {
    /// Reads the files, maps them with the corrections and plans with the fleet's answers.
    pub fn read(
        files: Files,
        corrections: &Corrections,
        answers: &FleetAnswers,
    ) -> Result<Fleet, FleetError> {
        let (inventory, autopilot, wfa) = files.read()?;
        let reading = map_with(&inventory, autopilot.as_ref(), wfa.as_ref(), corrections);
        let plan = plan(&reading, answers);
        Ok(Fleet {
            inventory,
            autopilot,
            wfa,
            reading,
            plan,
        })
    }

    /// What `planFleet` does with its input: the files read, mapped with the corrections and
    /// planned with the answers and groups given; any mistake is one message.
    pub fn from_input(input: &PlanInput) -> Result<Fleet, String> {
        let (answers, corrections) = input.parts()?;
        let files = Files {
            inventory: &input.inventory.0,
            autopilot: input.autopilot.as_ref().map(|f| &f.0[..]),
            wfa: input.wfa.as_ref().map(|f| &f.0[..]),
        };
        Fleet::read(files, &corrections, &answers).map_err(|e| e.to_string())
    }

    /// The plan again with other answers (the files and their mapping unchanged).
    pub fn replan(&mut self, answers: &FleetAnswers) {
        self.plan = plan(&self.reading, answers);
    }

    /// The mapping again with the admin's corrections, and the plan with it (the files are not
    /// read again).
    pub fn correct(&mut self, corrections: &Corrections, answers: &FleetAnswers) {
        self.reading = map_with(
            &self.inventory,
            self.autopilot.as_ref(),
            self.wfa.as_ref(),
            corrections,
        );
        self.plan = plan(&self.reading, answers);
    }

    /// The API's shape of this plan, with its CSV.
    pub fn shape(&self, csv: &CsvOptions) -> FleetPlan<'_> {
        let mut shape = FleetPlan::new(
            &self.reading,
            &self.plan,
            plan_csv(&self.reading, &self.plan, csv),
        );
        shape.inventory = Some(TableRead::from(&self.inventory));
        shape.autopilot = self.autopilot.as_ref().map(TableRead::from);
        shape.wfa = self.wfa.as_ref().map(TableRead::from);
        shape
    }
}

/// How a file was read: where its header row stood, what separated its fields, its headers
/// and how many records followed.
#[derive(Serialize)]
pub struct TableRead<'a> {
    pub header_line: usize,
    pub delimiter: char,
    pub headers: &'a [String],
    pub records: usize,
}

impl<'a> From<&'a Table> for TableRead<'a> {
    fn from(t: &'a Table) -> Self {
        TableRead {
            header_line: t.header_line,
            delimiter: t.delimiter,
            headers: &t.headers,
            records: t.records.len(),
        }
    }
}

#[derive(Serialize)]
pub struct FleetPlan<'a> {
    pub devices: Vec<Device<'a>>,
    pub groups: Vec<Group<'a>>,
    pub skipped: Vec<Skipped<'a>>,
    /// Which column fed which field and answer.
    pub columns: Vec<Column<'a>>,
    /// Each value read, counted, and the answer it became.
    pub values: Vec<Value<'a>>,
    /// Per read answer, per value (null: unanswered), the devices.
    pub counts: Vec<Count>,
    pub rows: usize,
    pub merged: usize,
    /// Rows managed by Configuration Manager (co-managed): the hint for `configmgr`.
    pub comanaged: usize,
    /// Fleet answers the files suggest, for the page to offer: `configmgr: "yes"` when a row
    /// is co-managed (a device co-managed with Configuration Manager means the organization
    /// runs it).
    pub hints: Named,
    pub autopilot_only: &'a [String],
    /// Devices of the plan the Work from anywhere export has a row for.
    pub wfa_matched: usize,
    /// Serial numbers in the Work from anywhere export that match no device of the plan.
    pub wfa_only: &'a [String],
    /// Devices whose `AutoPilotRegistered` disagrees with the Autopilot devices list (which
    /// answers `registered`).
    pub wfa_overruled: usize,
    /// How each file was read (null when the plan was made from a reading alone, or the file
    /// was not given).
    pub inventory: Option<TableRead<'a>>,
    pub autopilot: Option<TableRead<'a>>,
    pub wfa: Option<TableRead<'a>>,
    /// Answer keys whose value differs between groups.
    pub differs: Vec<&'static str>,
    pub csv: String,
}

#[derive(Serialize)]
pub struct Device<'a> {
    pub serial: &'a str,
    pub name: &'a str,
    pub user: &'a str,
    pub answers: Answers,
    pub recommended: Option<&'static str>,
    pub then: Option<&'static str>,
    pub verdicts: Verdicts<'a>,
    /// The group's id.
    pub group: &'a str,
    pub category: &'a str,
    pub group_tag: &'a str,
    /// The inventory's lines merged into this device.
    pub lines: &'a [usize],
}

#[derive(Serialize)]
pub struct Group<'a> {
    pub id: &'a str,
    /// `recommended`, `leading`, `nothing_fits`, `open` or `several_fit`.
    pub standing: &'static str,
    pub recommended: Option<&'static str>,
    /// The scenario that ranks highest when none is recommended yet (answers still open).
    pub leading: Option<&'static str>,
    pub then: Option<&'static str>,
    pub count: usize,
    /// The answers evaluated (those that apply), which `evaluate()` takes for the reasons.
    pub answers: Answers,
    /// The answers that set this group apart from the others.
    pub differs: Named,
    pub verdicts: Verdicts<'a>,
    /// Where nothing fits: the smallest changes that open a scenario.
    pub changes: Vec<Change>,
}

#[derive(Serialize)]
pub struct Change {
    pub scenario: &'static str,
    pub set: Named,
}

#[derive(Serialize)]
pub struct Skipped<'a> {
    pub line: usize,
    pub serial: &'a str,
    pub name: &'a str,
    /// In English, as the API's messages are; `code` is for a page that says it in its language.
    pub reason: String,
    pub code: &'static str,
}

#[derive(Serialize)]
pub struct Column<'a> {
    pub field: &'static str,
    /// The header read, or null when no column matched.
    pub header: Option<&'a str>,
    /// The answer key the field feeds, if any.
    pub feeds: Option<&'static str>,
}

#[derive(Serialize)]
pub struct Value<'a> {
    pub key: &'static str,
    pub read: &'a str,
    pub value: Option<&'static str>,
    pub count: usize,
    pub corrected: bool,
}

#[derive(Serialize)]
pub struct Count {
    pub key: &'static str,
    pub value: Option<&'static str>,
    pub count: usize,
}

/// Names as an object, in the order given (`{ key: value }`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Named(pub Vec<(&'static str, &'static str)>);

impl Serialize for Named {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().copied())
    }
}

/// Each scenario's verdict, `{ "user-driven": "suitable", … }`, written from the group's
/// evaluation when serialized: 50,000 devices share a few dozen evaluations.
#[derive(Clone, Copy)]
pub struct Verdicts<'a>(pub &'a Evaluation);

impl Serialize for Verdicts<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(
            self.0
                .scenarios
                .iter()
                .map(|r| (scenario_id(r.scenario), verdict(r.verdict))),
        )
    }
}

fn scenario_id(s: ScenarioIx) -> &'static str {
    &MODEL.scenarios[s].id
}

fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Recommended => "recommended",
        Verdict::Suitable => "suitable",
        Verdict::Unsuitable => "unsuitable",
    }
}

impl<'a> FleetPlan<'a> {
    pub fn new(reading: &'a Reading, plan: &'a Plan, csv: String) -> Self {
        let devices = plan
            .devices
            .iter()
            .map(|p| {
                let d = &reading.devices[p.device];
                let g = &plan.groups[p.group];
                let (first, then) = g.advice();
                Device {
                    serial: &d.serial,
                    name: &d.name,
                    user: &d.user,
                    answers: p.answers,
                    recommended: g.evaluation.recommended.map(scenario_id),
                    then: then
                        .filter(|_| first == g.evaluation.recommended)
                        .map(scenario_id),
                    verdicts: Verdicts(&g.evaluation),
                    group: &g.id,
                    category: &d.category,
                    group_tag: &d.group_tag,
                    lines: &d.lines,
                }
            })
            .collect();
        let groups = plan
            .groups
            .iter()
            .map(|g| {
                let (_, then) = g.advice();
                let e = &g.evaluation;
                Group {
                    id: &g.id,
                    standing: g.standing_code(),
                    recommended: e.recommended.map(scenario_id),
                    leading: e.leading.map(scenario_id),
                    then: then.map(scenario_id),
                    count: g.count(),
                    answers: g.answers,
                    differs: Named(
                        plan.differs
                            .iter()
                            .filter_map(|&q| g.answers.get(q).map(|v| Answers::names(q, v)))
                            .collect(),
                    ),
                    verdicts: Verdicts(e),
                    changes: e
                        .changes
                        .iter()
                        .map(|c| Change {
                            scenario: c.scenario_id(),
                            set: Named(c.named_set().collect()),
                        })
                        .collect(),
                }
            })
            .collect();
        let report = &reading.report;
        FleetPlan {
            devices,
            groups,
            skipped: reading
                .skipped
                .iter()
                .map(|s| Skipped {
                    line: s.line,
                    serial: &s.serial,
                    name: &s.name,
                    reason: s.reason.to_string(),
                    code: s.reason.code(),
                })
                .collect(),
            columns: report
                .columns
                .iter()
                .map(|c| Column {
                    field: c.field.key(),
                    header: c.header.as_deref(),
                    feeds: c.feeds,
                })
                .collect(),
            values: report
                .values
                .iter()
                .map(|v| Value {
                    key: v.key,
                    read: &v.read,
                    value: v.value,
                    count: v.count,
                    corrected: v.corrected,
                })
                .collect(),
            counts: report
                .answers
                .iter()
                .map(|&(key, value, count)| Count { key, value, count })
                .collect(),
            rows: report.rows,
            merged: report.merged,
            comanaged: report.comanaged,
            hints: Named(if report.comanaged > 0 {
                vec![("configmgr", "yes")]
            } else {
                Vec::new()
            }),
            autopilot_only: &report.autopilot_only,
            wfa_matched: report.wfa_matched,
            wfa_only: &report.wfa_only,
            wfa_overruled: report.wfa_overruled,
            inventory: None,
            autopilot: None,
            wfa: None,
            differs: plan
                .differs
                .iter()
                .map(|&q| &*MODEL.questions[q].key)
                .collect(),
            csv,
        }
    }
}
