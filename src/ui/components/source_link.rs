//! The small "source" link shown beside every fact and reason.

use crate::model::Source;
use crate::ui::text;
use yew::prelude::*;

/// A plain function, not a component: it is rendered hundreds of times and keeps no state.
pub fn source_link(s: &'static Source) -> Html {
    let full = format!("Source: {}, {}", s.page, s.section);
    html! {
        <a class="apa-source" href={s.url} target="_blank" rel="noopener noreferrer"
           title={full.clone()} aria-label={full}>
            { text::SOURCE }
        </a>
    }
}
