//! The JSON text the JavaScript API returns (the engine's output and the model), written by
//! hand so the wasm carries no serialization framework. Pure Rust; the API hands the text to
//! the browser's `JSON.parse`. Field names are the API's contract (docs/api.md).

use crate::engine::{Change, Evaluation, NoteResult, Reason, ScenarioResult, Verdict};
use crate::model::{
    Capability, Cell, Choice, Effect, Fact, Link, Model, Question, Scenario, Source,
};

pub trait ToJson {
    fn json(&self, out: &mut String);
}

/// The JSON text of a value.
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut out = String::with_capacity(4096);
    value.json(&mut out);
    out
}

/// Writes an object's fields with the commas between them.
struct Object<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Object<'a> {
    fn new(out: &'a mut String) -> Self {
        out.push('{');
        Object { out, first: true }
    }
    fn field(mut self, name: &str, value: &(impl ToJson + ?Sized)) -> Self {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        name.json(self.out);
        self.out.push(':');
        value.json(self.out);
        self
    }
    fn end(self) {
        self.out.push('}');
    }
}

impl ToJson for str {
    fn json(&self, out: &mut String) {
        out.push('"');
        for c in self.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c if (c as u32) < 0x20 => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.push_str("\\u00");
                    out.push(HEX[(c as usize) >> 4] as char);
                    out.push(HEX[(c as usize) & 15] as char);
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

impl ToJson for bool {
    fn json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl ToJson for i32 {
    fn json(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = write!(out, "{self}");
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn json(&self, out: &mut String) {
        match self {
            Some(v) => v.json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn json(&self, out: &mut String) {
        out.push('[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            v.json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn json(&self, out: &mut String) {
        self.as_slice().json(out)
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn json(&self, out: &mut String) {
        (**self).json(out)
    }
}

impl ToJson for Verdict {
    fn json(&self, out: &mut String) {
        match self {
            Verdict::Recommended => "recommended",
            Verdict::Suitable => "suitable",
            Verdict::Unsuitable => "unsuitable",
        }
        .json(out)
    }
}

impl ToJson for Effect {
    fn json(&self, out: &mut String) {
        match self {
            Effect::Exclude => "exclude",
            Effect::Favour => "favour",
            Effect::Disfavour => "disfavour",
            Effect::Info => "info",
        }
        .json(out)
    }
}

impl ToJson for Cell {
    fn json(&self, out: &mut String) {
        self.label().json(out)
    }
}

impl ToJson for Source {
    fn json(&self, out: &mut String) {
        Object::new(out)
            .field("id", self.id)
            .field("page", self.page)
            .field("section", self.section)
            .field("url", self.url)
            .field("date", self.date)
            .end()
    }
}

impl ToJson for Reason {
    fn json(&self, out: &mut String) {
        Object::new(out)
            .field("text", self.text)
            .field("source", self.source)
            .field("departs_from", &self.departs_from)
            .field("keys", self.keys)
            .field("effect", &self.effect)
            .end()
    }
}

impl ToJson for ScenarioResult {
    fn json(&self, out: &mut String) {
        Object::new(out)
            .field("id", self.id)
            .field("verdict", &self.verdict)
            .field("reasons", &self.reasons)
            .field("blocked_by", &self.blocked_by)
            .field("score", &self.score)
            .field("pending", &self.pending)
            .field("then", &self.then)
            .end()
    }
}

impl ToJson for NoteResult {
    fn json(&self, out: &mut String) {
        Object::new(out)
            .field("id", self.id)
            .field("text", self.text)
            .field("source", self.source)
            .field("departs_from", &self.departs_from)
            .field("keys", self.keys)
            .end()
    }
}

/// `{ scenario, set: { key: value, ... } }`.
impl ToJson for Change {
    fn json(&self, out: &mut String) {
        struct Set<'a>(&'a [(&'static str, &'static str)]);
        impl ToJson for Set<'_> {
            fn json(&self, out: &mut String) {
                self.0
                    .iter()
                    .fold(Object::new(out), |o, (k, v)| o.field(k, v))
                    .end()
            }
        }
        Object::new(out)
            .field("scenario", self.scenario)
            .field("set", &Set(&self.set))
            .end()
    }
}

impl ToJson for Evaluation {
    fn json(&self, out: &mut String) {
        Object::new(out)
            .field("scenarios", &self.scenarios)
            .field("recommended", &self.recommended)
            .field("leading", &self.leading)
            .field("tied_with", &self.tied_with)
            .field("then", &self.then)
            .field("notes", &self.notes)
            .field("changes", &self.changes)
            .end()
    }
}

impl ToJson for Fact {
    fn json(&self, out: &mut String) {
        Object::new(out)
            .field("text", self.text)
            .field("source", self.source)
            .end()
    }
}

impl ToJson for Link {
    fn json(&self, out: &mut String) {
        Object::new(out)
            .field("label", self.label)
            .field("url", self.url)
            .field("source", self.source)
            .end()
    }
}

impl ToJson for Scenario {
    fn json(&self, out: &mut String) {
        Object::new(out)
            .field("id", self.id)
            .field("name", self.name)
            .field("short", self.short)
            .field("purpose", self.purpose)
            .field("description", self.description)
            .field("source", self.source)
            .field("deployment", &self.deployment)
            .field("in_seed", &self.in_seed)
            .field("pros", self.pros)
            .field("cons", self.cons)
            .field("guide", self.guide)
            .field("prerequisites", self.prerequisites)
            .field("walkthroughs", self.walkthroughs)
            .end()
    }
}

/// Capability cells keyed by scenario id, so a script need not know the column order.
impl ToJson for Capability {
    fn json(&self, out: &mut String) {
        struct Values<T: 'static>(&'static [T]);
        impl<T: ToJson> ToJson for Values<T> {
            fn json(&self, out: &mut String) {
                let scenarios = crate::model::MODEL.scenarios.iter();
                scenarios
                    .zip(self.0)
                    .fold(Object::new(out), |o, (s, c)| o.field(s.id, c))
                    .end()
            }
        }
        Object::new(out)
            .field("id", self.id)
            .field("label", self.label)
            .field("seed_label", self.seed_label)
            .field("source", self.source)
            .field("values", &Values(self.values))
            .field("cell_sources", &Values(self.cell_sources))
            .end()
    }
}

impl ToJson for Choice {
    fn json(&self, out: &mut String) {
        Object::new(out)
            .field("value", self.value)
            .field("label", self.label)
            .end()
    }
}

impl ToJson for Question {
    fn json(&self, out: &mut String) {
        Object::new(out)
            .field("key", self.key)
            .field("text", self.text)
            .field("help", self.help)
            .field("options", self.options)
            .end()
    }
}

impl ToJson for Model {
    fn json(&self, out: &mut String) {
        Object::new(out)
            .field("scenarios", self.scenarios)
            .field("capabilities", self.capabilities)
            .field("questions", self.questions)
            .end()
    }
}
