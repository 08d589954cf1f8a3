//! The small "source" link shown beside every fact and reason, and a reason with its sources.

use crate::engine::Reason;
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

/// A reason as a person reads it: its text in this language and its sources. A scenario the
/// organization does not offer is said in the widget's words, with no source link: the
/// organization's profile is no page a person can open (a link would have an empty `href`,
/// reloading the page), and the sentence already names who decided.
pub fn reason(lang: &Language, r: &Reason) -> Html {
    if r.is_not_offered() {
        return html! { <>{ lang.word(words::NOT_OFFERED) }</> };
    }
    html! {
        <>{ lang.text(r.text) }{ " " }{ sources_of(lang, r.source, r.departs_from) }</>
    }
}
