//! What `planFleet` will be given, as serde reads it: `{ inventory, autopilot, wfa, answers,
//! groups, corrections }`. The answers are read by the engine's own `Answers` (the same
//! messages as `evaluate()`'s: the key and the allowed values); a group names a tag or a
//! category, a correction a field or a value the report shows. Every mistake is refused whole
//! with a message that says what is allowed, never half applied.

use crate::map::{Corrections, Field, ValueCorrection};
use crate::plan::{FleetAnswers, GroupRef, Override};
use autopilot_engine::engine::Answers;
use autopilot_engine::model::MODEL;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanInput {
    /// Intune's device export.
    pub inventory: FileData,
    /// The Windows Autopilot devices list.
    #[serde(default)]
    pub autopilot: Option<FileData>,
    /// Endpoint analytics' Work from anywhere export (`map/wfa.rs`).
    #[serde(default)]
    pub wfa: Option<FileData>,
    #[serde(default)]
    pub answers: Answers,
    #[serde(default)]
    pub groups: Vec<GroupInput>,
    #[serde(default)]
    pub corrections: CorrectionsInput,
}

/// A file as a page has it: its text (a string), or its bytes (an `ArrayBuffer` or a
/// `Uint8Array`, which serde-wasm-bindgen gives as bytes; a list of numbers in JSON). Only the
/// bytes can carry the .zip Intune downloads or a UTF-16 file as it is: a string is already
/// decoded, and a UTF-16 file read as UTF-8 text is garbage.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileData(pub Vec<u8>);

impl<'de> Deserialize<'de> for FileData {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FileVisitor)
    }
}

struct FileVisitor;

impl<'de> Visitor<'de> for FileVisitor {
    type Value = FileData;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a file's text (a string) or its bytes (an ArrayBuffer or a Uint8Array)")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<FileData, E> {
        Ok(FileData(v.as_bytes().to_vec()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<FileData, E> {
        Ok(FileData(v.into_bytes()))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<FileData, E> {
        Ok(FileData(v.to_vec()))
    }

    fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<FileData, E> {
        Ok(FileData(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<FileData, A::Error> {
        let mut bytes = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 20));
        while let Some(b) = seq.next_element::<u8>()? {
            bytes.push(b);
        }
        Ok(FileData(bytes))
    }
}

/// `{ tag: "Kiosk", answers: { users: "shared" } }` or `{ category: "Lab", answers: … }`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupInput {
    #[serde(default)]
    pub tag: Option<String>,
    #[serde(default)]
    pub category: Option<String>,
    pub answers: Answers,
}

/// `{ columns: { join: "Join type", category: null }, values: [{ key, read, value }] }`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorrectionsInput {
    #[serde(default)]
    pub columns: BTreeMap<String, Option<String>>,
    #[serde(default)]
    pub values: Vec<ValueInput>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValueInput {
    pub key: String,
    pub read: String,
    pub value: Option<String>,
}

/// The answers the mapping reads from a value (and so the keys a value correction may name):
/// `registered` from the Work from anywhere export's `AutoPilotRegistered`.
const CORRECTABLE: [&str; 4] = ["current_join", "registered", "tpm", "windows"];

impl PlanInput {
    /// The fleet's answers and the corrections, checked: an unknown field, a group with no tag
    /// or category (or both), a correction of a key the mapping doesn't read or to a value the
    /// question doesn't allow is an error naming what is allowed.
    pub fn parts(&self) -> Result<(FleetAnswers, Corrections), String> {
        let overrides = self
            .groups
            .iter()
            .map(|g| {
                let group = match (&g.tag, &g.category) {
                    (Some(t), None) => GroupRef::Tag(t.clone()),
                    (None, Some(c)) => GroupRef::Category(c.clone()),
                    _ => {
                        return Err(
                            "A group names either a tag (the Autopilot group tag) or a category (Intune's), not both or neither.".to_owned(),
                        )
                    }
                };
                Ok(Override {
                    group,
                    answers: g.answers,
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let fields = || Field::ALL.map(Field::key).join(", ");
        let columns = self
            .corrections
            .columns
            .iter()
            .map(|(field, header)| {
                let f = Field::from_key(field).ok_or_else(|| {
                    format!(
                        "\"{field}\" is not a field the mapping reads. Fields: {}.",
                        fields()
                    )
                })?;
                Ok((f, header.clone()))
            })
            .collect::<Result<Vec<_>, String>>()?;
        let values = self
            .corrections
            .values
            .iter()
            .map(|v| {
                if !CORRECTABLE.contains(&v.key.as_str()) {
                    return Err(format!(
                        "A value read can be corrected for {} only, not \"{}\".",
                        CORRECTABLE.join(", "),
                        v.key
                    ));
                }
                let q = &MODEL.questions[MODEL.question_ix(&v.key).unwrap_or_default()];
                if let Some(value) = &v.value {
                    if q.value_ix(value).is_none() {
                        let allowed: Vec<&str> = q.allowed_values().collect();
                        return Err(format!(
                            "\"{value}\" is not an allowed value for \"{}\". Allowed values: {} (or null for unanswered).",
                            v.key,
                            allowed.join(", ")
                        ));
                    }
                }
                Ok(ValueCorrection {
                    key: v.key.clone(),
                    read: v.read.clone(),
                    value: v.value.clone(),
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok((
            FleetAnswers {
                answers: self.answers,
                overrides,
            },
            Corrections { columns, values },
        ))
    }
}
