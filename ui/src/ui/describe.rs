//! Plain-text descriptions that components and the copied summary share: a suggested change of
//! answers and the status line.

use crate::engine::{ChangedAnswers, Evaluation, Standing};
use crate::i18n::{words, Language};
use crate::model::{ScenarioIx, MODEL};

/// "Question → answer; …" in the widget's language. A fact's new answer is said as what would
/// make it true ("Register the device …"): it is not a choice to click.
pub fn change_text(lang: &Language, set: &ChangedAnswers) -> String {
    // Written in place: joining a list of `String`s would add a second copy of std's join to
    // the wasm (the other joins are of `&str`s).
    let mut text = String::new();
    for &(q, v) in set.iter() {
        let q = &MODEL.questions[q];
        let option = &q.options[usize::from(v)];
        if !text.is_empty() {
            text.push_str("; ");
        }
        match &option.how {
            Some(how) => text.push_str(lang.text(&how.text)),
            None => {
                text.push_str(lang.text(&q.text));
                text.push_str(" \u{2192} ");
                text.push_str(lang.text(&option.label));
            }
        }
    }
    text
}

/// The one line that says where the advice stands: the panel's live status and the summary's
/// headline.
pub fn status(lang: &Language, e: &Evaluation) -> String {
    let name = |s: ScenarioIx| lang.text(&MODEL.scenarios[s].name).to_owned();
    match e.standing() {
        Standing::Recommended(r) => lang.fill(words::RECOMMENDED_STATUS, &[("name", &name(r))]),
        Standing::NothingFits => lang.word(words::NOTHING_FITS).to_owned(),
        Standing::Leading(l) => lang.fill(words::LEADING, &[("name", &name(l))]),
        Standing::Open => lang.word(words::NOTHING_YET).to_owned(),
        Standing::SeveralFit(n) => lang.fill(words::SEVERAL_FIT, &[("count", &n.to_string())]),
    }
}
