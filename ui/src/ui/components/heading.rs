//! A heading whose level follows where the widget sits: the hosted page's title is its h1,
//! while inside someone else's page the widget starts at h2 under the page's own headings.

use yew::prelude::*;

/// The level of the widget's section headings (Your situation, Recommendation, ...): one below
/// the title. Sub-headings inside a section are one level deeper still.
pub fn section_level(standalone: bool) -> u8 {
    if standalone {
        2
    } else {
        3
    }
}

/// `<hN class=…>content</hN>`; levels past 6 stay at 6.
pub fn heading(level: u8, class: &'static str, id: Option<String>, content: Html) -> Html {
    let tag = format!("h{}", level.clamp(1, 6));
    html! { <@{tag} class={(!class.is_empty()).then_some(class)} {id}>{ content }</@> }
}
