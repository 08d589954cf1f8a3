//! The page's languages: its own words (`fleet-web/i18n/`, baked by `build.rs`) and the
//! model's texts through the UI crate's `Language` (every catalog bundled), and the CSV
//! export's words in the same language.

use autopilot_fleet::export::{self, Words};
use autopilot_ui::i18n::{negotiate, Language};
use autopilot_ui::model::{QuestionIx, ScenarioIx, ValueIx, MODEL};
use std::rc::Rc;

/// One of the page's words; the constants are in [`words`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word(usize);

include!(concat!(env!("OUT_DIR"), "/words.rs"));

/// The page's language: its words and the model's texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Lang {
    index: usize,
    pub model: Language,
}

impl Lang {
    pub fn new(code: &str) -> Rc<Lang> {
        let code = negotiate([code]);
        let index = CODES.iter().position(|c| *c == code).unwrap_or(0);
        Rc::new(Lang {
            index,
            model: Language::bundled(CODES[index]),
        })
    }

    pub fn code(&self) -> &'static str {
        CODES[self.index]
    }

    pub fn word(&self, w: Word) -> &'static str {
        TEXTS[self.index][w.0]
    }

    /// A word with its `{name}` placeholders filled.
    pub fn fill(&self, w: Word, args: &[(&str, &str)]) -> String {
        args.iter()
            .fold(self.word(w).to_owned(), |text, (name, value)| {
                text.replace(&format!("{{{name}}}"), value)
            })
    }

    /// A count with its noun: `one` for exactly one ("1 device"), else `many` with `{count}`
    /// filled. The three languages' plurals all take this shape for the page's nouns.
    pub fn count(&self, n: usize, one: Word, many: Word) -> String {
        match n {
            1 => self.word(one).to_owned(),
            n => self.fill(many, &[("count", &n.to_string())]),
        }
    }

    /// A question's short name ("Registered"), from the page's catalogs (`[short]`, which the
    /// build checks against the model's questions).
    pub fn short(&self, q: QuestionIx) -> &'static str {
        let key = &*MODEL.questions[q].key;
        SHORT[self.index]
            .iter()
            .find(|(k, _)| *k == key)
            .map_or("", |(_, text)| text)
    }

    pub fn text<'a>(&'a self, english: &'a str) -> &'a str {
        self.model.text(english)
    }

    pub fn scenario(&self, s: ScenarioIx) -> &str {
        self.text(&MODEL.scenarios[s].name)
    }
}

impl Words for Lang {
    fn word(&self, word: export::Word) -> &str {
        use export::Word as W;
        self.word(match word {
            W::SerialNumber => words::SERIAL,
            W::DeviceName => words::NAME,
            W::PrimaryUser => words::USER,
            W::Group => words::GROUP,
            W::Standing => words::STANDING,
            W::Recommended => words::RECOMMENDED,
            W::Then => words::THEN,
            W::StandingRecommended => words::STANDING_RECOMMENDED,
            W::StandingLeading => words::STANDING_LEADING,
            W::StandingNothingFits => words::STANDING_NOTHING_FITS,
            W::StandingOpen => words::STANDING_OPEN,
            W::StandingSeveralFit => words::STANDING_SEVERAL_FIT,
        })
    }

    fn scenario(&self, s: ScenarioIx) -> &str {
        Lang::scenario(self, s)
    }

    fn question(&self, q: QuestionIx) -> &str {
        self.text(&MODEL.questions[q].text)
    }

    fn value(&self, q: QuestionIx, v: ValueIx) -> &str {
        self.text(&MODEL.questions[q].options[v as usize].label)
    }
}
