//! Languages: the widget's words and the model's texts in English (built in), German and French
//! (catalogs from `i18n/`, baked by the build). Pure Rust: loading a catalog is the embedding's job.

use crate::model::{Cell, Model, MODEL};
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/i18n_data.rs"));

/// One of the widget's own words (`i18n/en.toml` `[ui]`); the constants are in [`words`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word(u16);

/// A language the widget speaks: English, or a catalog's texts in the order the build baked them.
#[derive(Debug, Clone)]
pub struct Language {
    pub code: &'static str,
    texts: Vec<Box<str>>,
}

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        // A code always comes with the same catalog (the build bakes them together).
        self.code == other.code
    }
}

impl Default for Language {
    fn default() -> Self {
        Self::english()
    }
}

/// The supported language for a list of preferred ones ("de-AT", "fr", …), by primary subtag;
/// English when none is supported.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> &'static str {
    preferred
        .into_iter()
        .find_map(|tag| {
            let primary = tag.trim().split(['-', '_']).next()?;
            LANGUAGES
                .iter()
                .find(|(code, _)| code.eq_ignore_ascii_case(primary))
                .map(|(code, _)| *code)
        })
        .unwrap_or("en")
}

impl Language {
    pub fn english() -> Self {
        Language {
            code: "en",
            texts: Vec::new(),
        }
    }

    /// A catalog as baked by the build; `None` when it does not fit this build's index (a
    /// stale or foreign file), so the caller can stay with English.
    pub fn from_catalog(code: &str, catalog: &str) -> Option<Self> {
        let code = LANGUAGES.iter().find(|(c, _)| *c == code && *c != "en")?.0;
        let texts: Vec<Box<str>> = catalog.split('\u{1f}').map(Box::from).collect();
        (texts.len() == WORD_COUNT + MODEL_TEXT_COUNT).then_some(Language { code, texts })
    }

    /// A language this build carries in full (the embed script and native code carry all).
    #[cfg(any(feature = "embed", not(target_arch = "wasm32")))]
    pub fn bundled(code: &str) -> Self {
        CATALOGS
            .iter()
            .find(|(c, _)| *c == code)
            .and_then(|(c, text)| Self::from_catalog(c, text))
            .unwrap_or_else(Self::english)
    }

    pub fn is_english(&self) -> bool {
        self.texts.is_empty()
    }

    /// One of the widget's own words.
    pub fn word(&self, w: Word) -> &str {
        match self.texts.get(w.0 as usize) {
            Some(t) => t,
            None => ENGLISH_WORDS[w.0 as usize],
        }
    }

    /// A word with its `{placeholders}` filled in.
    pub fn fill(&self, w: Word, args: &[(&str, &str)]) -> String {
        // A scan for `{name}` rather than `str::replace`, which brings a substring searcher into
        // the wasm. A brace that starts no known placeholder stays as it is.
        let mut rest = self.word(w);
        let mut out = String::with_capacity(rest.len());
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            rest = &rest[open..];
            let filled = rest.find('}').and_then(|close| {
                let name = &rest[1..close];
                let (_, value) = args.iter().find(|(n, _)| *n == name)?;
                Some((close, *value))
            });
            match filled {
                Some((close, value)) => {
                    out.push_str(value);
                    rest = &rest[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = &rest[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// A text of the model in this language. Text that is not the model's (an organization's
    /// note) comes back as it is.
    pub fn text<'a>(&'a self, english: &'a str) -> &'a str {
        if self.is_english() {
            return english;
        }
        MODEL_TEXTS
            .binary_search(&english)
            .ok()
            .and_then(|i| self.texts.get(WORD_COUNT + i))
            .map_or(english, |t| t)
    }

    /// The model with every text a person reads in this language (`Model::texts`), as
    /// `AutopilotAdvisor.model(lang)` gives it; names, ids and links stay as they are.
    pub fn model(&self) -> Model {
        let mut model = MODEL.clone();
        if !self.is_english() {
            for text in model.texts_mut() {
                let translated = self.text(text);
                if translated != &**text {
                    *text = Cow::Owned(translated.to_owned());
                }
            }
        }
        model
    }

    /// A capability cell as the seed spells it, in this language.
    pub fn cell(&self, c: Cell) -> &str {
        self.word(match c {
            Cell::Yes => words::CELL_YES,
            Cell::No => words::CELL_NO,
            Cell::NA => words::CELL_NA,
            Cell::TechnicianFlow => words::CELL_TECHNICIAN_FLOW,
            Cell::UserFlow => words::CELL_USER_FLOW,
            Cell::LocalReset => words::CELL_LOCAL_RESET,
            Cell::RemoteReset => words::CELL_REMOTE_RESET,
            Cell::NotStated => words::CELL_NOT_STATED,
        })
    }
}
