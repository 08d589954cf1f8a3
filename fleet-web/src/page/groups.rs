//! The plan: the export and print buttons, then one card per group of devices that share
//! their advice ("412 devices · Entra joined, registered → Autopilot Reset"), each with the
//! engine's status, reasons, steps and sources (the widget's own helpers), what would open a
//! scenario where nothing fits, and its devices.

use super::devices::DeviceTable;
use super::download::download;
use super::{use_lang, Shared};
use crate::lang::{words, Lang};
use autopilot_fleet::export::{group_serials_csv, plan_csv, CsvOptions};
use autopilot_fleet::map::Reading;
use autopilot_fleet::plan::{Group, Plan as FleetPlan};
use autopilot_ui::engine::Reason;
use autopilot_ui::i18n::{words as ui_words, Word as UiWord};
use autopilot_ui::model::{Effect, Fact, MODEL};
use autopilot_ui::ui::components::{reason, source_link};
use autopilot_ui::ui::describe::{change_text, status};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub reading: Shared<Reading>,
    pub plan: Shared<FleetPlan>,
}

/// "412 devices · Joined today: Microsoft Entra join; Registered: Yes, it is registered →
/// Windows Autopilot Reset": each answer that sets the group apart, under its short name.
fn title(lang: &Lang, plan: &FleetPlan, g: &Group) -> String {
    let facts: Vec<String> = plan
        .differs
        .iter()
        .filter_map(|&q| {
            g.answers.get(q).map(|v| {
                format!(
                    "{}: {}",
                    lang.short(q),
                    lang.text(&MODEL.questions[q].options[v as usize].label)
                )
            })
        })
        .collect();
    let advice = match g.advice() {
        (Some(first), Some(then)) => lang.fill(
            words::FIRST_THEN,
            &[
                ("first", lang.scenario(first)),
                ("then", lang.scenario(then)),
            ],
        ),
        (Some(first), None) => lang.scenario(first).to_owned(),
        (None, _) => lang.model.word(ui_words::NOTHING_FITS).to_owned(),
    };
    let count = lang.count(g.count(), words::ONE_DEVICE, words::DEVICES_COUNT);
    if facts.is_empty() {
        format!("{count} \u{2192} {advice}")
    } else {
        format!("{count} \u{b7} {} \u{2192} {advice}", facts.join("; "))
    }
}

fn advice(lang: &Lang, g: &Group) -> Html {
    let e = &g.evaluation;
    let Some(first) = g.advice().0 else {
        return html! {
            <div class="apa-fleet-group__changes">
                <h4>{ lang.word(words::WOULD_CHANGE) }</h4>
                <ul>{ for e.change_groups.iter().map(|c| html! {
                    <li>{ change_text(&lang.model, &c.set) }{ " → " }
                        { c.opens.iter().map(|&s| lang.scenario(s)).collect::<Vec<_>>().join(", ") }</li>
                }) }</ul>
            </div>
        };
    };
    // The blocks and headings of the widget's own recommendation panel, from the same
    // evaluation: why it fits, the steps for these answers, what to keep in mind, what must be
    // true before starting, Microsoft's walkthrough.
    let result = &e.scenarios[first];
    let reasons = |effect: Effect| -> Vec<&Reason> { result.reasons_of(effect).collect() };
    let facts: Vec<&Fact> = result.prerequisites().collect();
    let scenario = &MODEL.scenarios[first];
    html! {
        <div class="apa-fleet-group__advice">
            { reason_block(lang, ui_words::WHY, &reasons(Effect::Favour)) }
            { reason_block(lang, ui_words::STEPS, &reasons(Effect::Info)) }
            { reason_block(lang, ui_words::TRADE_OFFS, &reasons(Effect::Disfavour)) }
            if !facts.is_empty() {
                <h4>{ lang.model.word(ui_words::PREREQUISITES) }</h4>
                <ul>{ for facts.iter().map(|f| html! {
                    <li>{ lang.text(&f.text) }{ " " }{ source_link(&lang.model, MODEL.source(&f.source)) }</li>
                }) }</ul>
            }
            <h4>{ lang.model.word(ui_words::WALKTHROUGHS) }</h4>
            <ul class="apa-fleet-group__walkthroughs">{ for scenario.walkthroughs.iter().map(|l| html! {
                <li>
                    <a href={&*l.url} target="_blank" rel="noopener noreferrer">{ lang.text(&l.label) }</a>
                    { " " }{ source_link(&lang.model, MODEL.source(&l.source)) }
                </li>
            }) }</ul>
        </div>
    }
}

/// One of the panel's lists of reasons under its heading; nothing when there are none.
fn reason_block(lang: &Lang, title: UiWord, reasons: &[&Reason]) -> Html {
    if reasons.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h4>{ lang.model.word(title) }</h4>
            <ul>{ for reasons.iter().map(|r| html! { <li>{ reason(&lang.model, r) }</li> }) }</ul>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct CardProps {
    reading: Shared<Reading>,
    plan: Shared<FleetPlan>,
    group: usize,
}

#[function_component(GroupCard)]
fn group_card(props: &CardProps) -> Html {
    let lang = use_lang();
    let open = use_state(|| false);
    let g = &props.plan.0.groups[props.group];
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: Option<web_sys::HtmlElement> = e.target_dyn_into();
            open.set(details.is_some_and(|d| d.has_attribute("open")));
        })
    };
    let serials = {
        let (reading, plan, lang, index) = (
            props.reading.clone(),
            props.plan.clone(),
            lang.clone(),
            props.group,
        );
        Callback::from(move |_| {
            let g = &plan.0.groups[index];
            download(
                &format!("serials-{}.csv", g.id),
                &group_serials_csv(&reading.0, &plan.0, g, &*lang),
            );
        })
    };
    let devices = open.then(|| html! {
        <DeviceTable reading={props.reading.clone()} plan={props.plan.clone()} group={props.group} />
    });
    html! {
        <li class="apa-fleet-group" data-group={g.id.clone()} data-standing={g.standing_code()}>
            <details {ontoggle}>
                <summary class="apa-fleet-group__title">{ title(&lang, &props.plan.0, g) }</summary>
                <p class="apa-fleet-group__status">{ status(&lang.model, &g.evaluation) }</p>
                { advice(&lang, g) }
                <button type="button" class="apa-fleet-button" onclick={serials}>{ lang.word(words::DOWNLOAD_SERIALS) }</button>
                { devices }
            </details>
        </li>
    }
}

#[function_component(Plan)]
pub fn plan(props: &Props) -> Html {
    let lang = use_lang();
    let export = {
        let (reading, plan, lang) = (props.reading.clone(), props.plan.clone(), lang.clone());
        Callback::from(move |_| {
            let options = CsvOptions {
                delimiter: ',',
                words: &*lang,
            };
            download(
                "autopilot-fleet-plan.csv",
                &plan_csv(&reading.0, &plan.0, &options),
            );
        })
    };
    let print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });
    let plan = &props.plan.0;
    let summary = lang.fill(
        words::PLAN_SUMMARY,
        &[
            (
                "devices",
                &lang.count(plan.devices.len(), words::ONE_DEVICE, words::DEVICES_COUNT),
            ),
            (
                "groups",
                &lang.count(plan.groups.len(), words::ONE_GROUP, words::GROUPS_COUNT),
            ),
        ],
    );
    html! {
        <section class="apa-fleet-plan" aria-labelledby="apa-fleet-plan-h">
            <h2 id="apa-fleet-plan-h">{ lang.word(words::PLAN) }</h2>
            <p class="apa-fleet-plan__summary" role="status">{ summary }</p>
            <p class="apa-fleet-plan__actions">
                <button type="button" class="apa-fleet-button" onclick={export}>{ lang.word(words::EXPORT) }</button>
                { " " }
                <button type="button" class="apa-fleet-button" onclick={print}>{ lang.word(words::PRINT) }</button>
            </p>
            <ul class="apa-fleet-plan__groups">
                { for (0..plan.groups.len()).map(|i| html! {
                    <GroupCard key={i} reading={props.reading.clone()} plan={props.plan.clone()} group={i} />
                }) }
            </ul>
        </section>
    }
}
