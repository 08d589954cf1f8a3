//! A set of answers, one optional value per question, and the checks that turn names into them.

use crate::model::{QuestionIx, ValueIx, MODEL, QUESTION_COUNT};
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Serialize, Serializer};
use std::fmt;

/// One optional answer per question, in the model's question order. `None` means "not known yet".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Answers {
    values: [Option<ValueIx>; QUESTION_COUNT],
}

/// Why a named answer was refused. The messages name the key and what is allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    UnknownKey {
        key: String,
    },
    UnknownValue {
        key: &'static str,
        value: String,
    },
    NotText {
        key: &'static str,
        found: String,
    },
    /// A link's or a stored value's text is not `key=value&…`.
    Malformed {
        part: String,
    },
    /// Answers given as something other than a plain object (a list, a string, …).
    NotObject {
        found: String,
    },
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::UnknownKey { key } => {
                let keys: Vec<&str> = MODEL.questions.iter().map(|q| &*q.key).collect();
                write!(
                    f,
                    "Unknown answer key \"{}\". Allowed keys: {}.",
                    clip(key),
                    keys.join(", ")
                )
            }
            AnswerError::UnknownValue { key, value } => write!(
                f,
                "\"{}\" is not an allowed value for \"{key}\". Allowed values: {}.",
                clip(value),
                allowed(key)
            ),
            AnswerError::Malformed { part } => write!(
                f,
                "\"{}\" is not an answer of the form key=value.",
                clip(part)
            ),
            AnswerError::NotText { key, found } => write!(
                f,
                "The answer for \"{key}\" must be a string (or null for not known), not {found}. Allowed values: {}.",
                allowed(key)
            ),
            AnswerError::NotObject { found } => write!(
                f,
                "AutopilotAdvisor.evaluate(answers) takes a plain object such as {{ device: \"new\" }}, not {found}."
            ),
        }
    }
}

impl std::error::Error for AnswerError {}

fn allowed(key: &str) -> String {
    MODEL
        .question_ix(key)
        .map(|q| {
            MODEL.questions[q]
                .allowed_values()
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

/// Keeps a hostile or mistyped string from flooding an error message.
fn clip(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let head: String = s.chars().take(MAX).collect();
        format!("{head}…")
    }
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, question: QuestionIx) -> Option<ValueIx> {
        self.values[question]
    }

    pub fn set(&mut self, question: QuestionIx, value: Option<ValueIx>) {
        self.values[question] = value;
    }

    pub fn with(mut self, question: QuestionIx, value: Option<ValueIx>) -> Self {
        self.set(question, value);
        self
    }

    /// The question index for a key, or the error that names the allowed keys.
    pub fn key(key: &str) -> Result<QuestionIx, AnswerError> {
        MODEL
            .question_ix(key)
            .ok_or_else(|| AnswerError::UnknownKey {
                key: key.to_owned(),
            })
    }

    /// Sets an answer by name; `None` clears it. Unknown keys and values are refused.
    pub fn set_named(&mut self, key: &str, value: Option<&str>) -> Result<(), AnswerError> {
        let q = Self::key(key)?;
        let question = &MODEL.questions[q];
        let value = match value {
            None => None,
            Some(v) => Some(
                question
                    .value_ix(v)
                    .ok_or_else(|| AnswerError::UnknownValue {
                        key: &question.key,
                        value: v.to_owned(),
                    })?,
            ),
        };
        self.set(q, value);
        Ok(())
    }

    /// Builds answers from (key, value) pairs, stopping at the first bad one.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
    ) -> Result<Self, AnswerError> {
        let mut answers = Self::new();
        for (k, v) in pairs {
            answers.set_named(k, v)?;
        }
        Ok(answers)
    }

    /// The answered keys and values, in question order.
    pub fn named(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.values
            .iter()
            .enumerate()
            .filter_map(|(q, v)| v.map(|v| Answers::names(q, v)))
    }

    /// One answer by name: the question's key and the value's, as links, storage and the API
    /// spell them.
    pub fn names(question: QuestionIx, value: ValueIx) -> (&'static str, &'static str) {
        let q = &MODEL.questions[question];
        (&*q.key, &*q.options[usize::from(value)].value)
    }

    /// The value's name for a question, if answered.
    pub fn value_name(&self, question: QuestionIx) -> Option<&'static str> {
        self.get(question)
            .map(|v| &*MODEL.questions[question].options[v as usize].value)
    }

    pub fn is_empty(&self) -> bool {
        self.values.iter().all(Option::is_none)
    }

    /// The answers as a link's fragment (after [`LINK_PREFIX`]) or a stored value writes them:
    /// `device=new&identity=entra`, answered keys in question order. Keys and values are plain
    /// ASCII words, so nothing needs escaping.
    pub fn to_query(&self) -> String {
        // Written in place: joining a list of `String`s would add a second copy of std's join
        // to the wasm (the other joins are of `&str`s).
        let mut query = String::new();
        for (k, v) in self.named() {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str(k);
            query.push('=');
            query.push_str(v);
        }
        query
    }

    /// Reads what [`Answers::to_query`] writes. Anything else (a part without "=", an unknown
    /// key or value, a key given twice, more parts than questions) refuses the whole text: a
    /// damaged link must not half-apply.
    pub fn from_query(text: &str) -> Result<Self, AnswerError> {
        let mut answers = Self::new();
        if text.is_empty() {
            return Ok(answers);
        }
        let mut seen = [false; QUESTION_COUNT];
        for (n, part) in text.split('&').enumerate() {
            let malformed = || AnswerError::Malformed {
                part: part.to_owned(),
            };
            let (k, v) = part.split_once('=').ok_or_else(malformed)?;
            if n >= QUESTION_COUNT || v.is_empty() {
                return Err(malformed());
            }
            let q = Self::key(k)?;
            if std::mem::replace(&mut seen[q], true) {
                return Err(malformed());
            }
            answers.set_named(k, Some(v))?;
        }
        Ok(answers)
    }
}

/// What starts a URL fragment that carries answers: `#advisor:device=new&…`. Other fragments
/// (a host page's own anchors) are not the advisor's and are left alone.
pub const LINK_PREFIX: &str = "advisor:";

/// The API's and the `change` event's `{ key: value }`, answered keys in question order.
impl Serialize for Answers {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.named())
    }
}

/// Answers as a page gives them: `{ device: "new", tpm: null }`, where null (or a missing key)
/// means not known; nothing at all means no answers. The first bad entry refuses the whole set
/// with an [`AnswerError`]'s message, which names the key and what is allowed.
impl<'de> Deserialize<'de> for Answers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(AnswersVisitor)
    }
}

struct AnswersVisitor;

fn not_object<E: de::Error>(found: &str) -> Result<Answers, E> {
    Err(E::custom(AnswerError::NotObject {
        found: found.to_owned(),
    }))
}

impl<'de> Visitor<'de> for AnswersVisitor {
    type Value = Answers;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a plain object such as { device: \"new\" }")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Answers, E> {
        Ok(Answers::new())
    }
    fn visit_none<E: de::Error>(self) -> Result<Answers, E> {
        Ok(Answers::new())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Answers, E> {
        not_object("a boolean")
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Answers, E> {
        not_object("a number")
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Answers, E> {
        not_object("a number")
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Answers, E> {
        not_object("a number")
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Answers, E> {
        not_object("a string")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Answers, A::Error> {
        not_object("an array")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Answers, A::Error> {
        let mut answers = Answers::new();
        while let Some(key) = map.next_key::<String>()? {
            // A value no reader takes (a function, a symbol) is still just "not text".
            let given = map
                .next_value::<Given>()
                .unwrap_or(Given::Other("a function or a symbol"));
            let result = match given {
                Given::Unknown => answers.set_named(&key, None),
                Given::Text(text) => answers.set_named(&key, Some(&text)),
                Given::Other(found) => Answers::key(&key).and_then(|q| {
                    Err(AnswerError::NotText {
                        key: &MODEL.questions[q].key,
                        found: found.to_owned(),
                    })
                }),
            };
            result.map_err(de::Error::custom)?;
        }
        Ok(answers)
    }
}

/// One answer's value as given: only its kind matters unless it is text, so nothing inside a
/// list or an object is read (a hostile deep value costs nothing; serde-wasm-bindgen, the one
/// deserializer used on it, does not need the inside consumed).
enum Given {
    Unknown,
    Text(String),
    Other(&'static str),
}

impl<'de> Deserialize<'de> for Given {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(GivenVisitor)
    }
}

struct GivenVisitor;

impl<'de> Visitor<'de> for GivenVisitor {
    type Value = Given;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an answer")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Given, E> {
        Ok(Given::Unknown)
    }
    fn visit_none<E: de::Error>(self) -> Result<Given, E> {
        Ok(Given::Unknown)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Given, E> {
        Ok(Given::Other("a boolean"))
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Given, E> {
        Ok(Given::Other("a number"))
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Given, E> {
        Ok(Given::Other("a number"))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Given, E> {
        Ok(Given::Other("a number"))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Given, E> {
        Ok(Given::Text(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Given, E> {
        Ok(Given::Text(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Given, A::Error> {
        Ok(Given::Other("an array"))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Given, A::Error> {
        Ok(Given::Other("an object"))
    }
}
