//! "Copy summary": the result as Markdown for a service-desk ticket (answers, recommendation,
//! reasons, prerequisites, notes, sources and a link back). Plain text built from what the
//! engine returned, so it compiles and is tested natively.

use super::describe::{change_text, status};
use crate::engine::{Answers, Evaluation};
use crate::i18n::{words, Language};
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

pub fn markdown(lang: &Language, answers: &Answers, e: &Evaluation, link: &str) -> String {
    let mut md = String::new();
    let mut cites = Citations::default();
    let out = &mut md;
    let _ = writeln!(out, "# {}\n", lang.word(words::SUMMARY_TITLE));
    let _ = writeln!(
        out,
        "**{}:** {}\n",
        lang.word(words::SUMMARY_RECOMMENDATION),
        status(lang, e)
    );

    let _ = writeln!(out, "## {}\n", lang.word(words::SUMMARY_ANSWERS));
    for (q, question) in MODEL.questions.iter().enumerate() {
        // An asked question applies, so its answer is the one the engine used.
        if !e.asked[q] {
            continue;
        }
        let answer = match answers.get(q) {
            Some(v) => lang.text(&question.options[v as usize].label).to_owned(),
            None => format!("_{}_", lang.word(words::SUMMARY_UNANSWERED)),
        };
        let _ = writeln!(out, "- {}: {answer}", lang.text(&question.text));
    }
    out.push('\n');

    let shown = e.recommended.or(e.leading).map(|s| &e.scenarios[s]);
    if let Some(result) = shown {
        // (text, source, the seed's section it departs from)
        type Item = (&'static str, &'static Source, Option<&'static Source>);
        let mut section = |title, items: Vec<Item>| {
            if items.is_empty() {
                return;
            }
            let _ = writeln!(out, "## {}\n", lang.word(title));
            for (text, source, departs) in items {
                let n = cites.cite(source);
                match departs {
                    Some(seed) => {
                        let m = cites.cite(seed);
                        let word = lang.word(words::DEPARTS_FROM);
                        let _ = writeln!(out, "- {} [{n}; {word} {m}]", lang.text(text));
                    }
                    None => {
                        let _ = writeln!(out, "- {} [{n}]", lang.text(text));
                    }
                }
            }
            out.push('\n');
        };
        let reasons = |effect| {
            result
                .reasons
                .iter()
                .filter(|r| r.effect == effect)
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
        section(words::WARNINGS, notes(true));
        section(words::WHY, reasons(Effect::Favour));
        section(words::STEPS, reasons(Effect::Info));
        section(words::TRADE_OFFS, reasons(Effect::Disfavour));
        section(
            words::PREREQUISITES,
            result
                .prerequisites()
                .map(|f| (&*f.text, MODEL.source(&f.source), None))
                .collect(),
        );
        section(words::NOTES, notes(false));
    } else if !e.changes.is_empty() {
        let _ = writeln!(out, "{}\n", lang.word(words::CHANGES_INTRO));
        for c in &e.changes {
            let name = lang.text(&MODEL.scenarios[c.scenario].short);
            let _ = writeln!(out, "- {}: {}", name, change_text(lang, &c.set));
        }
        out.push('\n');
    }

    if !cites.0.is_empty() {
        let _ = writeln!(out, "## {}\n", lang.word(words::SUMMARY_SOURCES));
        for (i, s) in cites.0.iter().enumerate() {
            let _ = writeln!(
                out,
                "{}. {}, {}: {}",
                i + 1,
                lang.text(&s.page),
                lang.text(&s.section),
                s.url
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "[{}]({link})", lang.word(words::SUMMARY_LINK));
    md
}
