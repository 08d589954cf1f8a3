//! The hosted page's switch between the two views: "I'm setting up my own PC" (the employee
//! view) and "I plan deployments for my organization" (the comparison for IT).

use super::use_language;
use crate::i18n::words;
use crate::profile::Audience;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AudienceSwitchProps {
    pub id_prefix: AttrValue,
    pub audience: Audience,
    pub on_change: Callback<Audience>,
}

#[component]
pub fn AudienceSwitch(props: &AudienceSwitchProps) -> Html {
    let lang = use_language();
    let name = format!("{}-audience", props.id_prefix);
    let choice = |audience: Audience, word| {
        let id = format!("{name}-{}", audience.name());
        let on_change = props.on_change.clone();
        let onchange = Callback::from(move |_: Event| on_change.emit(audience));
        html! {
            <label class="apa-audience__choice" for={id.clone()}>
                <input type="radio" {id} name={name.clone()} value={audience.name()}
                       checked={props.audience == audience} {onchange} />
                <span>{ lang.word(word) }</span>
            </label>
        }
    };
    html! {
        <fieldset class="apa-audience" part="audience">
            <legend class="apa-audience__label">{ lang.word(words::AUDIENCE_LABEL) }</legend>
            { choice(Audience::Employee, words::AUDIENCE_EMPLOYEE) }
            { choice(Audience::Admin, words::AUDIENCE_ADMIN) }
        </fieldset>
    }
}
