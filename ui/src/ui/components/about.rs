//! "About the scenarios": each scenario's purpose and description, the guide, and the notes
//! that Existing devices and Reset are not deployments themselves.

use super::{heading, source_link, use_language};
use crate::i18n::words;
use crate::model::MODEL;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AboutProps {
    /// The level of this section's heading (3 inside a host page, 2 on the hosted page).
    #[prop_or(3)]
    pub level: u8,
}

#[component]
pub fn About(props: &AboutProps) -> Html {
    let lang = use_language();
    let lang = &*lang;
    html! {
        <details class="apa-about" part="about">
            <summary class="apa-about__summary">{ lang.word(words::ABOUT) }</summary>
            <div class="apa-about__body">
                <ul class="apa-about__facts">
                    { for MODEL.about.iter().map(|f| html! {
                        <li>{ lang.text(&f.text) }{ " " }{ source_link(lang, MODEL.source(&f.source)) }</li>
                    }) }
                </ul>
                { for MODEL.scenarios.iter().map(|s| html! {
                    <section class="apa-about__scenario" data-scenario={&*s.id}>
                        { heading(props.level + 1, "apa-heading--item", None, lang.text(&s.name).into()) }
                        <p>
                            <strong>{ lang.word(words::PURPOSE) }{ ": " }</strong>{ lang.text(&s.purpose) }{ ". " }
                            <strong>{ lang.word(words::DESCRIPTION) }{ ": " }</strong>{ lang.text(&s.description) }{ ". " }
                            { source_link(lang, MODEL.source(&s.source)) }
                        </p>
                        <ul>
                            { for s.guide.iter().map(|f| html! {
                                <li>{ lang.text(&f.text) }{ " " }{ source_link(lang, MODEL.source(&f.source)) }</li>
                            }) }
                        </ul>
                    </section>
                }) }
            </div>
        </details>
    }
}
