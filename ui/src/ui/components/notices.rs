//! Short notices above the questions: answers from a link or from this browser that could not
//! be read (and were ignored), answers restored from a last visit, and the Undo of a what-if.

use super::use_language;
use crate::i18n::{words, Word};
use crate::model::{ScenarioIx, MODEL};
use std::rc::Rc;
use yew::prelude::*;

/// Something the embedding tells a person once, when the widget starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// The page's address carried answers the widget could not read.
    BadLink,
    /// The answers kept in this browser could not be read (and were removed).
    BadSaved,
    /// The answers kept in this browser were put back.
    Restored,
}

impl Notice {
    fn word(self) -> Word {
        match self {
            Notice::BadLink => words::BAD_LINK,
            Notice::BadSaved => words::BAD_SAVED,
            Notice::Restored => words::RESTORED,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Rc<Vec<Notice>>,
    /// The scenario the last what-if change opened, while it can still be undone.
    pub undo: Option<ScenarioIx>,
    pub on_undo: Callback<MouseEvent>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let lang = use_language();
    let lang = &*lang;
    let dismissed = use_state(Vec::<Notice>::new);
    let shown: Vec<Notice> = props
        .notices
        .iter()
        .copied()
        .filter(|n| !dismissed.contains(n))
        .collect();
    // The region is always there, so a screen reader announces what appears in it.
    html! {
        <div class="apa-notices" role="status" part="notices">
            { for shown.into_iter().map(|n| {
                let dismissed = dismissed.clone();
                let on_dismiss = Callback::from(move |_: MouseEvent| {
                    let mut d = (*dismissed).clone();
                    d.push(n);
                    dismissed.set(d);
                });
                html! {
                    <p class={classes!("apa-notice", (n != Notice::Restored).then_some("apa-notice--warning"))}>
                        <span>{ lang.word(n.word()) }</span>
                        <button type="button" class="apa-button apa-button--secondary apa-button--small" onclick={on_dismiss}>
                            { lang.word(words::DISMISS) }
                        </button>
                    </p>
                }
            }) }
            if let Some(s) = props.undo {
                <p class="apa-notice apa-notice--undo">
                    <span>{ lang.fill(words::CHANGED, &[("name", lang.text(&MODEL.scenarios[s].short))]) }</span>
                    <button type="button" class="apa-button apa-button--small apa-notice__undo" onclick={props.on_undo.clone()}>
                        { lang.word(words::UNDO) }
                    </button>
                </p>
            }
        </div>
    }
}
