//! The small "source" link shown beside every fact and reason.

use crate::model::Source;
use crate::ui::text;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceLinkProps {
    pub source: &'static Source,
}

#[component]
pub fn SourceLink(props: &SourceLinkProps) -> Html {
    let s = props.source;
    let full = format!("Source: {}, {}", s.page, s.section);
    html! {
        <a class="apa-source" href={s.url} target="_blank" rel="noopener noreferrer"
           title={full.clone()} aria-label={full}>
            { text::SOURCE }
        </a>
    }
}
