//! The box that says what was wrong with the organization's profile or the attributes.

use crate::ui::text;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProfileProblemsProps {
    pub problems: Rc<Vec<String>>,
}

#[component]
pub fn ProfileProblems(props: &ProfileProblemsProps) -> Html {
    if props.problems.is_empty() {
        return Html::default();
    }
    html! {
        <div class="apa-problems" role="alert" part="problems">
            <p class="apa-problems__title">{ text::PROBLEMS }</p>
            <ul>
                { for props.problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }
            </ul>
        </div>
    }
}
