//! Answers for one group of devices (an Intune category or an Autopilot group tag) over the
//! fleet's: pick the group, then answer as for the fleet; an empty set removes the override.

use super::questions::fields;
use super::{use_lang, Shared};
use crate::lang::{words, Lang};
use autopilot_fleet::map::Reading;
use autopilot_fleet::plan::{FleetAnswers, GroupRef, Override};
use autopilot_ui::engine::Answers;
use std::collections::BTreeSet;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub reading: Shared<Reading>,
    pub answers: FleetAnswers,
    pub on_change: Callback<FleetAnswers>,
}

/// The categories and group tags the devices carry, each once, categories first.
fn candidates(reading: &Reading) -> Vec<GroupRef> {
    let categories: BTreeSet<&str> = reading
        .devices
        .iter()
        .map(|d| &*d.category)
        .filter(|c| !c.is_empty())
        .collect();
    let tags: BTreeSet<&str> = reading
        .devices
        .iter()
        .map(|d| &*d.group_tag)
        .filter(|t| !t.is_empty())
        .collect();
    let categories = categories
        .into_iter()
        .map(|c| GroupRef::Category(c.to_owned()));
    categories
        .chain(tags.into_iter().map(|t| GroupRef::Tag(t.to_owned())))
        .collect()
}

fn label(lang: &Lang, g: &GroupRef) -> String {
    match g {
        GroupRef::Category(c) => lang.fill(words::OVERRIDE_CATEGORY, &[("name", c)]),
        GroupRef::Tag(t) => lang.fill(words::OVERRIDE_TAG, &[("name", t)]),
    }
}

/// The fleet's answers with `group`'s set to `answers` (removed when empty).
fn with_override(fleet: &FleetAnswers, group: &GroupRef, answers: Answers) -> FleetAnswers {
    let mut fleet = fleet.clone();
    fleet.overrides.retain(|o| &o.group != group);
    if !answers.is_empty() {
        fleet.overrides.push(Override {
            group: group.clone(),
            answers,
        });
    }
    fleet
}

#[function_component(GroupOverrides)]
pub fn group_overrides(props: &Props) -> Html {
    let lang = use_lang();
    let groups = use_memo(props.reading.clone(), |r| candidates(&r.0));
    let chosen = use_state(|| None::<usize>);
    if groups.is_empty() {
        return Html::default();
    }
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let value = e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value());
            chosen.set(value.and_then(|v| v.parse().ok()));
        })
    };
    let current = (*chosen).and_then(|i| groups.get(i));
    let body = current.map(|group| {
        let answers = props
            .answers
            .overrides
            .iter()
            .find(|o| &o.group == group)
            .map(|o| o.answers)
            .unwrap_or_default();
        let on_change = {
            let (fleet, group, on_change) = (
                props.answers.clone(),
                group.clone(),
                props.on_change.clone(),
            );
            Callback::from(move |a: Answers| on_change.emit(with_override(&fleet, &group, a)))
        };
        fields(&lang, &answers, false, &on_change)
    });
    html! {
        <section class="apa-fleet-overrides" aria-labelledby="apa-fleet-overrides-h">
            <h2 id="apa-fleet-overrides-h">{ lang.word(words::OVERRIDES) }</h2>
            <p>{ lang.word(words::OVERRIDES_HELP) }</p>
            <label class="apa-fleet-overrides__group">
                <span>{ lang.word(words::OVERRIDE_GROUP) }</span>
                <select name="override-group" {onchange}>
                    <option value="" selected={current.is_none()}>{ lang.word(words::OVERRIDE_NONE) }</option>
                    { for groups.iter().enumerate().map(|(i, g)| html! {
                        <option value={i.to_string()} selected={*chosen == Some(i)}>{ label(&lang, g) }</option>
                    }) }
                </select>
            </label>
            { for body }
        </section>
    }
}
