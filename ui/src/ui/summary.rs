//! "Copy summary": the result as Markdown for a service-desk ticket (answers, recommendation,
//! reasons, prerequisites, notes, sources and a link back). Plain text built from what the
//! engine returned, so it compiles and is tested natively.

use super::describe::{change_text, status};
use crate::engine::{Answers, Evaluation, ScenarioResult};
use crate::i18n::{words, Language, Word};
use crate::model::{Effect, Source, MODEL};
use std::fmt::Write;

/// Sources in the order the summary first cites them; a reason ends with its number, `[2]`.
#[derive(Default)]
struct Citations(Vec<&'static Source>);

impl Citations {
    fn cite(&mut self, s: &'static Source) -> usize {
        match self.0.iter().position(|x| std::ptr::eq(*x, s)) {
            Some(i) => i + 1,
            None => {
                self.0.push(s);
                self.0.len()
            }
        }
    }
}

/// (text, source, the seed's section it departs from)
type Item = (&'static str, &'static Source, Option<&'static Source>);

/// The Markdown being written, and the sources it has cited so far.
struct Summary<'a> {
    lang: &'a Language,
    out: String,
    cites: Citations,
}

impl Summary<'_> {
    /// A titled list of cited items; nothing when the list is empty.
    fn section(&mut self, title: Word, items: Vec<Item>) {
        if items.is_empty() {
            return;
        }
        let lang = self.lang;
        let _ = writeln!(self.out, "## {}\n", lang.word(title));
        for (text, source, departs) in items {
            let n = self.cites.cite(source);
            match departs {
                Some(seed) => {
                    let m = self.cites.cite(seed);
                    let word = lang.word(words::DEPARTS_FROM);
                    let _ = writeln!(self.out, "- {} [{n}; {word} {m}]", lang.text(text));
                }
                None => {
                    let _ = writeln!(self.out, "- {} [{n}]", lang.text(text));
                }
            }
        }
        self.out.push('\n');
    }

    /// Each asked question with its answer, or "not answered".
    fn answers(&mut self, answers: &Answers, e: &Evaluation) {
        let lang = self.lang;
        let _ = writeln!(self.out, "## {}\n", lang.word(words::SUMMARY_ANSWERS));
        for (q, question) in MODEL.questions.iter().enumerate() {
            // An asked question applies, so its answer is the one the engine used.
            if !e.asked[q] {
                continue;
            }
            let answer = match answers.get(q) {
                Some(v) => lang.text(&question.options[v as usize].label).to_owned(),
                None => format!("_{}_", lang.word(words::SUMMARY_UNANSWERED)),
            };
            let _ = writeln!(self.out, "- {}: {answer}", lang.text(&question.text));
        }
        self.out.push('\n');
    }

    /// The advice for the scenario shown: warnings, why it fits, steps, trade-offs, what to
    /// have in place, and notes.
    fn advice(&mut self, e: &Evaluation, result: &ScenarioResult) {
        let reasons = |effect| {
            result
                .reasons_of(effect)
                .map(|r| (r.text, r.source, r.departs_from))
                .collect()
        };
        let notes = |warning: bool| {
            e.notes
                .iter()
                .filter(|n| n.warning == warning)
                .map(|n| (n.text, n.source, n.departs_from))
                .collect()
        };
        self.section(words::WARNINGS, notes(true));
        self.section(words::WHY, reasons(Effect::Favour));
        self.section(words::STEPS, reasons(Effect::Info));
        self.section(words::TRADE_OFFS, reasons(Effect::Disfavour));
        let prerequisites = result
            .prerequisites()
            .map(|f| (&*f.text, MODEL.source(&f.source), None))
            .collect();
        self.section(words::PREREQUISITES, prerequisites);
        self.section(words::NOTES, notes(false));
    }

    /// When nothing fits: each change that would open a scenario.
    fn changes(&mut self, e: &Evaluation) {
        let lang = self.lang;
        let _ = writeln!(self.out, "{}\n", lang.word(words::CHANGES_INTRO));
        for c in &e.changes {
            let name = lang.text(&MODEL.scenarios[c.scenario].short);
            let _ = writeln!(self.out, "- {}: {}", name, change_text(lang, &c.set));
        }
        self.out.push('\n');
    }

    /// The numbered sources the summary cited.
    fn sources(&mut self) {
        if self.cites.0.is_empty() {
            return;
        }
        let lang = self.lang;
        let _ = writeln!(self.out, "## {}\n", lang.word(words::SUMMARY_SOURCES));
        for (i, s) in self.cites.0.iter().enumerate() {
            let (page, section) = (lang.text(&s.page), lang.text(&s.section));
            let _ = writeln!(self.out, "{}. {page}, {section}: {}", i + 1, s.url);
        }
        self.out.push('\n');
    }
}

pub fn markdown(lang: &Language, answers: &Answers, e: &Evaluation, link: &str) -> String {
    let mut summary = Summary {
        lang,
        out: String::new(),
        cites: Citations::default(),
    };
    let out = &mut summary.out;
    let _ = writeln!(out, "# {}\n", lang.word(words::SUMMARY_TITLE));
    let title = lang.word(words::SUMMARY_RECOMMENDATION);
    let _ = writeln!(out, "**{title}:** {}\n", status(lang, e));
    summary.answers(answers, e);
    match e.recommended.or(e.leading) {
        Some(s) => summary.advice(e, &e.scenarios[s]),
        None if !e.changes.is_empty() => summary.changes(e),
        None => {}
    }
    summary.sources();
    let _ = writeln!(summary.out, "[{}]({link})", lang.word(words::SUMMARY_LINK));
    summary.out
}
