//! The fleet page (`FleetPage`): the files read once, the admin's answers and corrections as
//! state; the reading and the plan derived from them (`use_memo`), so a changed answer plans
//! again without reading the files again.

mod devices;
mod download;
mod files;
mod groups;
mod overrides;
mod questions;
mod reading;

use crate::lang::{words, Lang};
use autopilot_fleet::map::{map_with, Corrections, Reading};
use autopilot_fleet::plan::{plan, FleetAnswers, Plan};
use autopilot_fleet::read::Table;
use std::rc::Rc;
use yew::prelude::*;

/// A value compared by identity: the tables are read once and never change.
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The files as read: the inventory and, if given, the Autopilot devices list and the Work
/// from anywhere export.
pub struct Tables {
    pub inventory: Table,
    pub autopilot: Option<Table>,
    pub wfa: Option<Table>,
}

/// The language (a context, as the widget's `use_language()`).
#[hook]
pub fn use_lang() -> Rc<Lang> {
    use_context::<Rc<Lang>>().unwrap_or_else(|| Lang::new("en"))
}

fn page_language() -> Rc<Lang> {
    let window = gloo::utils::window();
    let query = window.location().search().unwrap_or_default();
    let asked = query
        .trim_start_matches('?')
        .split('&')
        .find_map(|p| p.strip_prefix("lang=").map(str::to_owned));
    let browser = window.navigator().language().unwrap_or_default();
    Lang::new(asked.as_deref().unwrap_or(&browser))
}

#[function_component(FleetPage)]
pub fn fleet_page() -> Html {
    let lang = use_memo((), |_| page_language());
    let tables = use_state(|| None::<Shared<Tables>>);
    let answers = use_state(FleetAnswers::default);
    let corrections = use_state(Corrections::default);
    let reading = use_memo(((*tables).clone(), (*corrections).clone()), |(t, c)| {
        t.as_ref().map(|t| {
            let t = &t.0;
            Shared(Rc::new(map_with(
                &t.inventory,
                t.autopilot.as_ref(),
                t.wfa.as_ref(),
                c,
            )))
        })
    });
    // The reading compared by identity, not device by device.
    let planned = use_memo(((*reading).clone(), (*answers).clone()), |(r, a)| {
        r.as_ref().map(|r| Rc::new(plan(&r.0, a)))
    });
    let on_tables = {
        let (tables, corrections) = (tables.clone(), corrections.clone());
        Callback::from(move |t: Tables| {
            corrections.set(Corrections::default());
            tables.set(Some(Shared(Rc::new(t))));
        })
    };
    let on_answers = {
        let answers = answers.clone();
        Callback::from(move |a: FleetAnswers| answers.set(a))
    };
    let on_corrections = {
        let corrections = corrections.clone();
        Callback::from(move |c: Corrections| corrections.set(c))
    };
    let lang = (*lang).clone();
    html! {
        <ContextProvider<Rc<Lang>> context={lang.clone()}>
            <div class="apa-fleet" lang={lang.code()}>
                <h1 class="apa-fleet__title">{ lang.word(words::TITLE) }</h1>
                <p class="apa-fleet__intro">{ lang.word(words::INTRO) }</p>
                <p class="apa-fleet__privacy" role="note">{ lang.word(words::PRIVACY) }</p>
                <files::FilePicker on_tables={on_tables} />
                { body(&tables, &reading, &planned, &answers, &corrections, on_answers, on_corrections) }
                <p class="apa-fleet__back"><a href="./">{ lang.word(words::BACK) }</a></p>
            </div>
        </ContextProvider<Rc<Lang>>>
    }
}

fn body(
    tables: &Option<Shared<Tables>>,
    reading: &Option<Shared<Reading>>,
    planned: &Option<Rc<Plan>>,
    answers: &FleetAnswers,
    corrections: &Corrections,
    on_answers: Callback<FleetAnswers>,
    on_corrections: Callback<Corrections>,
) -> Html {
    let (Some(tables), Some(reading), Some(planned)) = (tables, reading, planned) else {
        return Html::default();
    };
    let tables = tables.clone();
    let reading = reading.clone();
    let planned = Shared(planned.clone());
    html! {
        <>
            <questions::FleetQuestions answers={answers.clone()} hints={reading.0.report.comanaged > 0} on_change={on_answers.clone()} />
            <overrides::GroupOverrides reading={reading.clone()} answers={answers.clone()} on_change={on_answers} />
            <groups::Plan reading={reading.clone()} plan={planned} />
            <reading::WhatWasRead tables={tables} reading={reading} corrections={corrections.clone()} on_change={on_corrections} />
        </>
    }
}
