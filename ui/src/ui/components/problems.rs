//! The box that says what was wrong with the organization's profile or the attributes.

use super::use_language;
use crate::i18n::words;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProfileProblemsProps {
    /// For the page's author, so in English like the console's messages.
    pub problems: Rc<Vec<String>>,
}

#[component]
pub fn ProfileProblems(props: &ProfileProblemsProps) -> Html {
    let lang = use_language();
    if props.problems.is_empty() {
        return Html::default();
    }
    html! {
        <div class="apa-problems" role="alert" part="problems">
            <p class="apa-problems__title">{ lang.word(words::PROBLEMS) }</p>
            <ul lang="en">
                { for props.problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }
            </ul>
        </div>
    }
}
