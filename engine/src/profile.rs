//! An organization's profile: preset and locked answers, hidden questions, scenarios it does not
//! offer, its own notes and contact links per scenario, theme and layout. Read from a plain
//! value tree (what JSON or a script gives), checked, and kept even when parts are bad: every
//! problem becomes a message and the valid parts still apply. Pure Rust, no web: the embedding
//! deserializes a page's JavaScript value (or JSON text) into [`Value`] with serde.

use crate::engine::Answers;
use crate::model::{QuestionIx, ScenarioIx, MODEL, SCENARIO_COUNT};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::cell::Cell;
use std::fmt;

/// A JSON-like value, as a page hands it over.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Value>),
    Map(Vec<(String, Value)>),
}

impl Value {
    fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::Text(_) => "a string",
            Value::List(_) => "a list",
            Value::Map(_) => "an object",
        }
    }
}

/// Limits on a value from a page, so that a hostile object (deep or huge) yields a message
/// instead of a hang.
const MAX_DEPTH: usize = 6;
const MAX_ENTRIES: usize = 200;
const MAX_GIVEN_TEXT: usize = 2_000;

/// Any value a page gives (a function or a symbol becomes empty text, which the readers below
/// report where a field expects something else); only the limits refuse it whole.
impl<'de> de::Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let breached = Cell::new(false);
        Limited {
            depth: 0,
            breached: &breached,
        }
        .deserialize(d)
    }
}

/// Reads one value at `depth`; `breached` tells a refused part (a limit, which refuses the
/// whole value) from a value no reader takes (which becomes empty text).
#[derive(Clone, Copy)]
struct Limited<'a> {
    depth: usize,
    breached: &'a Cell<bool>,
}

impl Limited<'_> {
    fn refuse<E: de::Error>(self, message: String) -> E {
        self.breached.set(true);
        E::custom(message)
    }
    fn inner(self) -> Self {
        Limited {
            depth: self.depth + 1,
            ..self
        }
    }
    fn or_empty<E>(self, read: Result<Value, E>) -> Result<Value, E> {
        match read {
            Err(_) if !self.breached.get() => Ok(Value::Text(String::new())),
            other => other,
        }
    }
}

impl<'de> DeserializeSeed<'de> for Limited<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        if self.depth > MAX_DEPTH {
            return Err(self.refuse(format!(
                "The profile is nested deeper than {MAX_DEPTH} levels."
            )));
        }
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Limited<'_> {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON-like value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        self.deserialize(d)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Number(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Text(v.chars().take(MAX_GIVEN_TEXT).collect()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        loop {
            let item = match seq.next_element_seed(self.inner()) {
                Ok(None) => return Ok(Value::List(items)),
                Ok(Some(v)) => Ok(v),
                Err(e) => Err(e),
            };
            let item = self.or_empty(item)?;
            if items.len() == MAX_ENTRIES {
                return Err(self.refuse(format!(
                    "A list in the profile has more than {MAX_ENTRIES} entries."
                )));
            }
            items.push(item);
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if entries.len() == MAX_ENTRIES {
                return Err(self.refuse(format!(
                    "An object in the profile has more than {MAX_ENTRIES} fields."
                )));
            }
            let value = self.or_empty(map.next_value_seed(self.inner()))?;
            entries.push((key, value));
        }
        Ok(Value::Map(entries))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Who the widget speaks to: IT planning deployments (the comparison, the default), or an
/// employee setting up their own PC (plain questions and a checklist).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Audience {
    #[default]
    Admin,
    Employee,
}

impl Audience {
    pub fn name(self) -> &'static str {
        match self {
            Audience::Admin => "admin",
            Audience::Employee => "employee",
        }
    }

    /// The audience a name stands for, if any.
    pub fn from_name(name: &str) -> Option<Audience> {
        [Audience::Admin, Audience::Employee]
            .into_iter()
            .find(|a| a.name() == name)
    }
}

/// A contact link from the organization: only https, http and mailto are allowed.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    pub label: String,
    pub url: String,
}

/// What the organization says about one scenario. Text only, never HTML.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScenarioNote {
    pub note: Option<String>,
    pub contact: Option<Contact>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Profile {
    pub preset: Answers,
    pub locked: Vec<QuestionIx>,
    pub hidden: Vec<QuestionIx>,
    pub not_offered: [bool; SCENARIO_COUNT],
    pub notes: [ScenarioNote; SCENARIO_COUNT],
    pub theme: Theme,
    pub compact: bool,
    pub audience: Audience,
}

/// A profile and the problems found while reading it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Checked {
    pub profile: Profile,
    pub problems: Vec<String>,
}

const MAX_TEXT: usize = 500;

pub fn allowed_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p) && lower.len() > p.len())
        && !url.chars().any(char::is_control)
}

fn scenario_ids() -> String {
    MODEL
        .scenarios
        .iter()
        .map(|s| &*s.id)
        .collect::<Vec<_>>()
        .join(", ")
}

fn question_keys() -> String {
    MODEL
        .questions
        .iter()
        .map(|q| &*q.key)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Keys given as a list of strings or one string separated by spaces or commas.
fn names(value: &Value, field: &str, problems: &mut Vec<String>) -> Vec<String> {
    match value {
        Value::Text(t) => t
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        Value::List(items) => items
            .iter()
            .filter_map(|v| match v {
                Value::Text(t) => Some(t.clone()),
                other => {
                    problems.push(format!("\"{field}\" lists {}, not a name.", other.kind()));
                    None
                }
            })
            .collect(),
        Value::Null => Vec::new(),
        other => {
            problems.push(format!(
                "\"{field}\" must be a list of names, not {}.",
                other.kind()
            ));
            Vec::new()
        }
    }
}

fn question_list(value: &Value, field: &str, problems: &mut Vec<String>) -> Vec<QuestionIx> {
    let mut out = Vec::new();
    for name in names(value, field, problems) {
        match Answers::key(&name) {
            Ok(q) if !out.contains(&q) => out.push(q),
            Ok(_) => {}
            Err(_) => problems.push(format!(
                "\"{field}\" names unknown question \"{}\". Known: {}.",
                clip(&name),
                question_keys()
            )),
        }
    }
    out
}

fn clip(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s.to_owned()
    }
}

fn text(value: &Value, at: &str, problems: &mut Vec<String>) -> Option<String> {
    match value {
        Value::Text(t) if t.trim().is_empty() => None,
        Value::Text(t) => {
            if t.chars().count() > MAX_TEXT {
                problems.push(format!(
                    "{at} is longer than {MAX_TEXT} characters; it was cut."
                ));
                Some(t.chars().take(MAX_TEXT).collect())
            } else {
                Some(t.clone())
            }
        }
        Value::Null => None,
        other => {
            problems.push(format!("{at} must be text, not {}.", other.kind()));
            None
        }
    }
}

fn read_preset(value: &Value, profile: &mut Profile, problems: &mut Vec<String>) {
    let Value::Map(entries) = value else {
        if *value != Value::Null {
            problems.push(format!(
                "\"preset\" must be an object such as {{ \"identity\": \"entra\" }}, not {}.",
                value.kind()
            ));
        }
        return;
    };
    for (key, v) in entries {
        let result = match v {
            Value::Text(t) => profile.preset.set_named(key, Some(t)),
            Value::Null => profile.preset.set_named(key, None),
            other => Answers::key(key).and_then(|q| {
                Err(crate::engine::AnswerError::NotText {
                    key: &MODEL.questions[q].key,
                    found: other.kind().to_owned(),
                })
            }),
        };
        if let Err(e) = result {
            problems.push(format!("Preset: {e}"));
        }
    }
}

fn read_scenarios(value: &Value, profile: &mut Profile, problems: &mut Vec<String>) {
    let Value::Map(entries) = value else {
        if *value != Value::Null {
            problems.push(format!(
                "\"scenarios\" must be an object keyed by scenario id, not {}.",
                value.kind()
            ));
        }
        return;
    };
    for (id, v) in entries {
        let Some(s) = MODEL.scenario_ix(id) else {
            problems.push(format!(
                "\"scenarios\" names unknown scenario \"{}\". Known: {}.",
                clip(id),
                scenario_ids()
            ));
            continue;
        };
        let Value::Map(fields) = v else {
            problems.push(format!(
                "\"scenarios\".\"{id}\" must be an object with \"note\" and \"contact\", not {}.",
                v.kind()
            ));
            continue;
        };
        for (field, fv) in fields {
            match field.as_str() {
                "note" => {
                    profile.notes[s].note = text(fv, &format!("The note for \"{id}\""), problems)
                }
                "contact" => profile.notes[s].contact = read_contact(fv, id, problems),
                other => problems.push(format!(
                    "\"scenarios\".\"{id}\" has unknown field \"{}\" (known: note, contact).",
                    clip(other)
                )),
            }
        }
    }
}

fn read_contact(value: &Value, id: &str, problems: &mut Vec<String>) -> Option<Contact> {
    let at = format!("The contact for \"{id}\"");
    let (label, url) = match value {
        Value::Map(fields) => {
            let get = |k: &str| fields.iter().find(|(f, _)| f == k).map(|(_, v)| v);
            (
                get("label").and_then(|v| text(v, &format!("{at} label"), problems)),
                get("url").and_then(|v| text(v, &format!("{at} url"), problems)),
            )
        }
        Value::Text(url) => (None, Some(url.clone())),
        Value::Null => return None,
        other => {
            problems.push(format!(
                "{at} must be an object with \"label\" and \"url\", not {}.",
                other.kind()
            ));
            return None;
        }
    };
    let Some(url) = url else {
        problems.push(format!("{at} has no \"url\"."));
        return None;
    };
    if !allowed_link(&url) {
        problems.push(format!(
            "{at} was left out: \"{}\" is not an https, http or mailto link.",
            clip(&url)
        ));
        return None;
    }
    let label = label.unwrap_or_else(|| url.trim_start_matches("mailto:").to_owned());
    Some(Contact {
        label,
        url: url.trim().to_owned(),
    })
}

/// Reads a profile. Unknown fields, keys and values are reported; the valid parts apply.
pub fn read(value: &Value) -> Checked {
    read_layers(std::slice::from_ref(value))
}

/// Reads several layers into one profile, later ones over earlier ones (a profile object, then
/// an element's attributes): presets merge key by key, other fields are replaced.
pub fn read_layers(layers: &[Value]) -> Checked {
    let mut profile = Profile::default();
    let mut problems = Vec::new();
    for layer in layers {
        read_layer(layer, &mut profile, &mut problems);
    }
    finish(&mut profile, &mut problems);
    Checked { profile, problems }
}

/// The fields a profile may have, as the options table defines them (`Scope::Profile`); `mount`
/// also takes each of them as a top-level option.
pub const FIELDS: [&str; crate::options::PROFILE_FIELDS.len()] = crate::options::PROFILE_FIELDS;

fn read_layer(value: &Value, profile: &mut Profile, problems: &mut Vec<String>) {
    let entries = match value {
        Value::Map(entries) => entries.as_slice(),
        Value::Null => &[],
        other => {
            problems.push(format!(
                "The profile must be an object, not {}.",
                other.kind()
            ));
            &[]
        }
    };
    // One arm per profile field of the options table (`tests/options.rs` checks every field is
    // read here).
    for (field, v) in entries {
        match field.as_str() {
            "preset" => read_preset(v, profile, problems),
            "locked" => profile.locked = question_list(v, "locked", problems),
            "hidden" => profile.hidden = question_list(v, "hidden", problems),
            "not_offered" => {
                profile.not_offered = [false; SCENARIO_COUNT];
                for name in names(v, "not_offered", problems) {
                    match MODEL.scenario_ix(&name) {
                        Some(s) => profile.not_offered[s] = true,
                        None => problems.push(format!(
                            "\"not_offered\" names unknown scenario \"{}\". Known: {}.",
                            clip(&name),
                            scenario_ids()
                        )),
                    }
                }
            }
            "scenarios" => read_scenarios(v, profile, problems),
            "theme" => match v {
                Value::Text(t) if t == "auto" => profile.theme = Theme::Auto,
                Value::Text(t) if t == "light" => profile.theme = Theme::Light,
                Value::Text(t) if t == "dark" => profile.theme = Theme::Dark,
                other => problems.push(format!(
                    "\"theme\" must be \"light\", \"dark\" or \"auto\", not {}.",
                    match other {
                        Value::Text(t) => format!("\"{}\"", clip(t)),
                        o => o.kind().to_owned(),
                    }
                )),
            },
            "compact" => match v {
                Value::Bool(b) => profile.compact = *b,
                other => problems.push(format!(
                    "\"compact\" must be true or false, not {}.",
                    other.kind()
                )),
            },
            "audience" => match v {
                Value::Text(t) if Audience::from_name(t).is_some() => {
                    profile.audience = Audience::from_name(t).unwrap_or(profile.audience)
                }
                other => problems.push(format!(
                    "\"audience\" must be \"admin\" or \"employee\", not {}.",
                    match other {
                        Value::Text(t) => format!("\"{}\"", clip(t)),
                        o => o.kind().to_owned(),
                    }
                )),
            },
            other => problems.push(format!(
                "Unknown profile field \"{}\" (known: {}).",
                clip(other),
                FIELDS.join(", ")
            )),
        }
    }
}

fn finish(profile: &mut Profile, problems: &mut Vec<String>) {
    // A locked question without a preset answer locks nothing.
    let unset: Vec<&str> = profile
        .locked
        .iter()
        .filter(|&&q| profile.preset.get(q).is_none())
        .map(|&q| &*MODEL.questions[q].key)
        .collect();
    if !unset.is_empty() {
        problems.push(format!(
            "\"locked\" names {} without a preset answer; nothing is locked there.",
            unset.join(", ")
        ));
        let preset = profile.preset;
        profile.locked.retain(|&q| preset.get(q).is_some());
    }
}

impl Profile {
    /// The answers with the locked presets forced in: what the engine sees.
    pub fn apply_locks(&self, answers: &Answers) -> Answers {
        let mut out = *answers;
        for &q in &self.locked {
            out.set(q, self.preset.get(q));
        }
        out
    }

    pub fn is_locked(&self, q: QuestionIx) -> bool {
        self.locked.contains(&q)
    }

    pub fn offered(&self, s: ScenarioIx) -> bool {
        !self.not_offered[s]
    }
}
