//! The small "source" link shown beside every fact and reason.

use crate::i18n::{words, Language};
use crate::model::Source;
use yew::prelude::*;

/// A plain function, not a component: it is rendered hundreds of times and keeps no state.
pub fn source_link(lang: &Language, s: &'static Source) -> Html {
    let full = lang.fill(
        words::SOURCE_TITLE,
        &[
            ("page", lang.text(s.page)),
            ("section", lang.text(s.section)),
        ],
    );
    html! {
        <a class="apa-source" href={s.url} target="_blank" rel="noopener noreferrer"
           title={full.clone()} aria-label={full}>
            { lang.word(words::SOURCE) }
        </a>
    }
}
