//! "About the scenarios": each scenario's purpose and description, the guide, and the notes
//! that Existing devices and Reset are not deployments themselves.

use super::source_link;
use crate::model::MODEL;
use crate::ui::text;
use yew::prelude::*;

#[component]
pub fn About() -> Html {
    html! {
        <details class="apa-about" part="about">
            <summary class="apa-about__summary">{ text::ABOUT }</summary>
            <div class="apa-about__body">
                <ul class="apa-about__facts">
                    { for MODEL.about.iter().map(|f| html! {
                        <li>{ f.text }{ " " }{ source_link(f.source) }</li>
                    }) }
                </ul>
                { for MODEL.scenarios.iter().map(|s| html! {
                    <section class="apa-about__scenario" data-scenario={s.id}>
                        <h4>{ s.name }</h4>
                        <p>
                            <strong>{ text::PURPOSE }{ ": " }</strong>{ s.purpose }{ ". " }
                            <strong>{ text::DESCRIPTION }{ ": " }</strong>{ s.description }{ ". " }
                            { source_link(s.source) }
                        </p>
                        <ul>
                            { for s.guide.iter().map(|f| html! {
                                <li>{ f.text }{ " " }{ source_link(f.source) }</li>
                            }) }
                        </ul>
                    </section>
                }) }
            </div>
        </details>
    }
}
