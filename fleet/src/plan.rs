//! The plan: every device's answers (what was read, the fleet's answers over them, its group's
//! override over those), its verdict exactly the engine's `evaluate` of those answers, and the
//! devices grouped by the answers the engine works on, so each distinct set is evaluated once:
//! 50,000 devices are a few dozen evaluations.

use crate::map::{Device, Reading};
use autopilot_engine::engine::{effective, evaluate, Answers, Evaluation, Standing};
use autopilot_engine::model::{QuestionIx, ScenarioIx, MODEL};
use std::collections::HashMap;

/// The fleet's answers, asked once (target join, domain controller, technician, custom image,
/// short wait, target Windows, Configuration Manager, users), and overrides per group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FleetAnswers {
    pub answers: Answers,
    pub overrides: Vec<Override>,
}

/// Answers for the devices of one group: an Autopilot group tag or an Intune category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Override {
    pub group: GroupRef,
    pub answers: Answers,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupRef {
    /// The device's group tag in the Autopilot devices list.
    Tag(String),
    /// The device's category in Intune.
    Category(String),
}

impl GroupRef {
    fn holds(&self, d: &Device) -> bool {
        match self {
            GroupRef::Tag(t) => !t.is_empty() && d.group_tag.eq_ignore_ascii_case(t),
            GroupRef::Category(c) => !c.is_empty() && d.category.eq_ignore_ascii_case(c),
        }
    }

    fn rank(&self) -> u8 {
        match self {
            GroupRef::Category(_) => 0,
            GroupRef::Tag(_) => 1,
        }
    }
}

/// One device in the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    /// Index into the reading's devices.
    pub device: usize,
    /// The answers evaluated: read facts, then the fleet's answers, then the group overrides.
    pub answers: Answers,
    /// Index into the plan's groups.
    pub group: usize,
}

/// Devices that share the answers the engine works on, so they share the verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// `g1`, `g2`, …: the largest group first.
    pub id: String,
    /// The effective answers (those to questions that don't apply are dropped).
    pub answers: Answers,
    pub evaluation: Evaluation,
    /// Indices into the plan's devices, in the file's order.
    pub devices: Vec<usize>,
}

impl Group {
    pub fn count(&self) -> usize {
        self.devices.len()
    }

    pub fn standing(&self) -> Standing {
        self.evaluation.standing()
    }

    /// The scenario the group is advised (recommended, else leading) and the one that runs
    /// after it, if it runs one (Existing devices). The engine's own `then` names Existing
    /// devices' follow-up whenever that scenario is suitable, even when another leads.
    pub fn advice(&self) -> (Option<ScenarioIx>, Option<ScenarioIx>) {
        let e = &self.evaluation;
        let first = e.recommended.or(e.leading);
        (first, first.and_then(|s| e.scenarios[s].then))
    }

    /// Where the group's advice stands, in the API's words.
    pub fn standing_code(&self) -> &'static str {
        match self.standing() {
            Standing::Recommended(_) => "recommended",
            Standing::Leading(_) => "leading",
            Standing::NothingFits => "nothing_fits",
            Standing::Open => "open",
            Standing::SeveralFit(_) => "several_fit",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub devices: Vec<Planned>,
    pub groups: Vec<Group>,
    /// Questions answered differently between groups: what sets the groups apart.
    pub differs: Vec<QuestionIx>,
}

/// A device's answers: the read facts, then every answer the fleet gives over them, then the
/// overrides of its groups, an Intune category's before an Autopilot group tag's (a tag is set
/// per device on purpose, a category is broader). An answer the admin gives is a decision, so
/// it wins over what was read: the fleet's target Windows, or marking a group's devices broken.
pub fn answers_of(device: &Device, fleet: &FleetAnswers) -> Answers {
    let mut answers = device.facts;
    overlay(&mut answers, &fleet.answers);
    let mut overrides: Vec<&Override> = fleet
        .overrides
        .iter()
        .filter(|o| o.group.holds(device))
        .collect();
    overrides.sort_by_key(|o| o.group.rank());
    for o in overrides {
        overlay(&mut answers, &o.answers);
    }
    answers
}

fn overlay(answers: &mut Answers, over: &Answers) {
    for q in 0..MODEL.questions.len() {
        if let Some(v) = over.get(q) {
            answers.set(q, Some(v));
        }
    }
}

/// Plans every device read.
pub fn plan(reading: &Reading, fleet: &FleetAnswers) -> Plan {
    let mut index: HashMap<Answers, usize> = HashMap::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut devices = Vec::with_capacity(reading.devices.len());
    for (i, d) in reading.devices.iter().enumerate() {
        let answers = answers_of(d, fleet);
        let key = effective(&answers);
        let g = *index.entry(key).or_insert_with(|| {
            groups.push(Group {
                id: String::new(),
                answers: key,
                evaluation: evaluate(&key),
                devices: Vec::new(),
            });
            groups.len() - 1
        });
        groups[g].devices.push(i);
        devices.push(Planned {
            device: i,
            answers,
            group: g,
        });
    }
    // The largest group first; equal sizes in the order of their first device.
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| (std::cmp::Reverse(groups[g].count()), groups[g].devices[0]));
    let mut new_ix = vec![0; groups.len()];
    for (n, &g) in order.iter().enumerate() {
        new_ix[g] = n;
    }
    let mut sorted: Vec<Option<Group>> = groups.into_iter().map(Some).collect();
    let mut groups: Vec<Group> = order.iter().filter_map(|&g| sorted[g].take()).collect();
    for (n, g) in groups.iter_mut().enumerate() {
        g.id = format!("g{}", n + 1);
    }
    for d in &mut devices {
        d.group = new_ix[d.group];
    }
    let differs = (0..MODEL.questions.len())
        .filter(|&q| {
            groups
                .iter()
                .any(|g| g.answers.get(q) != groups[0].answers.get(q))
        })
        .collect();
    Plan {
        devices,
        groups,
        differs,
    }
}
