//! The small "source" link shown beside every fact and reason.

use crate::i18n::{words, Language};
use crate::model::Source;
use yew::prelude::*;

/// A plain function, not a component: it is rendered hundreds of times and keeps no state.
pub fn source_link(lang: &Language, s: &'static Source) -> Html {
    let full = lang.fill(
        words::SOURCE_TITLE,
        &[
            ("page", lang.text(&s.page)),
            ("section", lang.text(&s.section)),
        ],
    );
    html! {
        <a class="apa-source" href={&*s.url} target="_blank" rel="noopener noreferrer"
           title={full.clone()} aria-label={full}>
            { lang.word(words::SOURCE) }
        </a>
    }
}

/// A reason's or note's source, and where it follows a newer page over the seed, a second link
/// to the seed's section it departs from: both pages are cited, and the reader is told so.
pub fn sources_of(
    lang: &Language,
    source: &'static Source,
    departs_from: Option<&'static Source>,
) -> Html {
    let Some(seed) = departs_from else {
        return source_link(lang, source);
    };
    let full = lang.fill(
        words::SOURCE_TITLE,
        &[
            ("page", lang.text(&seed.page)),
            ("section", lang.text(&seed.section)),
        ],
    );
    html! {
        <>
            { source_link(lang, source) }
            { " " }
            <a class="apa-source apa-source--departs" href={&*seed.url} target="_blank" rel="noopener noreferrer"
               title={full.clone()} aria-label={format!("{} {full}", lang.word(words::DEPARTS_FROM))}>
                { lang.word(words::DEPARTS_FROM) }
            </a>
        </>
    }
}
