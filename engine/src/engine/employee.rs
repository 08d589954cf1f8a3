//! What happens next for a person setting up their own PC (the employee view): the engine's
//! verdict on the same answers, said as a checklist they can follow, or the reasons IT must act
//! first. No rule of its own decides a scenario: the standing is `evaluate`'s, and the model's
//! `[employee]` section only says what it means for the person.

use super::assess::{all_match, effective, not_ruled_out};
use super::{Answers, Evaluation, Standing};
use crate::model::{Checklist, Fact, QuestionIx, ScenarioIx, MODEL};

/// What the person reads after their answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Next {
    /// The scenario the answers lead to (recommended, or leading so far), if any.
    pub scenario: Option<ScenarioIx>,
    /// Why IT must act before the person can start; empty when they can go ahead.
    pub it_first: Vec<&'static Fact>,
    /// The scenario's checklist, when it has one and the person can go ahead.
    pub checklist: Option<Steps>,
    /// Signs that something is wrong: stop and call IT. Shown in every case.
    pub warnings: Vec<&'static Fact>,
}

/// A checklist with the items these answers rule out left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Steps {
    pub time: &'static Fact,
    pub ready: Vec<&'static Fact>,
    pub steps: Vec<&'static Fact>,
    pub trouble: Vec<&'static Fact>,
    /// The leader is not confirmed: open answers (IT's to give) could still change it.
    pub unconfirmed: bool,
}

/// The questions the employee view asks, in the model's order: those with plain words.
pub fn employee_questions() -> impl Iterator<Item = QuestionIx> {
    (0..MODEL.questions.len()).filter(|&q| MODEL.questions[q].employee.is_some())
}

fn listed(facts: &'static [Fact], answers: &Answers) -> Vec<&'static Fact> {
    facts
        .iter()
        .filter(|f| not_ruled_out(&f.when, answers))
        .collect()
}

fn holding(facts: &'static [Fact], answers: Answers) -> impl Iterator<Item = &'static Fact> {
    facts.iter().filter(move |f| all_match(&f.when, &answers))
}

/// What happens next for these answers and their evaluation (`evaluate_with` of the same
/// answers under the organization's policy).
pub fn next(answers: &Answers, e: &Evaluation) -> Next {
    let answers = effective(answers);
    let e_ = &MODEL.employee;
    let (scenario, unconfirmed) = match e.standing() {
        Standing::Recommended(s) => (Some(s), false),
        Standing::Leading(s) => (Some(s), true),
        _ => (None, false),
    };
    let mut it_first: Vec<&'static Fact> = holding(&e_.it_first, answers).collect();
    match e.standing() {
        Standing::NothingFits => it_first.push(&e_.nothing_fits),
        Standing::Open | Standing::SeveralFit(_) => it_first.push(&e_.undecided),
        _ => {}
    }
    let list: Option<&'static Checklist> = scenario.and_then(|s| e_.checklist(s));
    if let Some(c) = list {
        it_first.extend(holding(&c.it_first, answers));
    }
    let checklist = list.filter(|_| it_first.is_empty()).map(|c| Steps {
        time: &c.time,
        ready: listed(&e_.ready, &answers),
        steps: listed(&c.steps, &answers),
        trouble: e_.trouble.iter().collect(),
        unconfirmed,
    });
    Next {
        scenario,
        it_first,
        checklist,
        warnings: e_.warnings.iter().collect(),
    }
}
