//! A group's devices (name, serial number, user): filtered and sorted over the whole group,
//! but only one page of rows rendered, so 50,000 devices stay smooth.

use super::{use_lang, Shared};
use crate::lang::words;
use autopilot_fleet::map::{Device, Reading};
use autopilot_fleet::plan::Plan;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Rows rendered at once.
const PAGE: usize = 100;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub reading: Shared<Reading>,
    pub plan: Shared<Plan>,
    pub group: usize,
}

#[derive(Clone, Copy, PartialEq)]
enum Column {
    Name,
    Serial,
    User,
}

fn cell(d: &Device, c: Column) -> &str {
    match c {
        Column::Name => &d.name,
        Column::Serial => &d.serial,
        Column::User => &d.user,
    }
}

#[function_component(DeviceTable)]
pub fn device_table(props: &Props) -> Html {
    let lang = use_lang();
    let filter = use_state(String::new);
    let sort = use_state(|| Column::Name);
    let page = use_state(|| 0usize);
    // The group's devices, filtered and sorted: derived, and only when these change.
    let rows = use_memo(
        (
            props.reading.clone(),
            props.plan.clone(),
            props.group,
            (*filter).clone(),
            *sort,
        ),
        |(reading, plan, group, filter, sort)| {
            let needle = filter.to_lowercase();
            let mut rows: Vec<usize> = plan.0.groups[*group]
                .devices
                .iter()
                .map(|&p| plan.0.devices[p].device)
                .filter(|&d| {
                    let d = &reading.0.devices[d];
                    needle.is_empty()
                        || [Column::Name, Column::Serial, Column::User]
                            .iter()
                            .any(|&c| cell(d, c).to_lowercase().contains(&needle))
                })
                .collect();
            rows.sort_by(|&a, &b| {
                cell(&reading.0.devices[a], *sort).cmp(cell(&reading.0.devices[b], *sort))
            });
            rows
        },
    );
    let oninput = {
        let (filter, page) = (filter.clone(), page.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                filter.set(input.value());
                page.set(0);
            }
        })
    };
    let pages = rows.len().div_ceil(PAGE).max(1);
    let current = (*page).min(pages - 1);
    let heading = |c: Column, w| {
        let sort = sort.clone();
        let pressed = (*sort == c).to_string();
        html! { <th scope="col"><button type="button" class="apa-fleet-devices__sort" aria-pressed={pressed} onclick={move |_| sort.set(c)}>{ lang.word(w) }</button></th> }
    };
    let go = |to: usize, w, disabled: bool| {
        let page = page.clone();
        html! { <button type="button" class="apa-fleet-button" {disabled} onclick={move |_| page.set(to)}>{ lang.word(w) }</button> }
    };
    let devices = &props.reading.0.devices;
    html! {
        <div class="apa-fleet-devices">
            <label class="apa-fleet-devices__filter">
                <span>{ lang.word(words::FILTER) }</span>
                <input type="search" value={(*filter).clone()} {oninput} />
            </label>
            <table class="apa-fleet-devices__table">
                <thead><tr>
                    { heading(Column::Name, words::NAME) }{ heading(Column::Serial, words::SERIAL) }{ heading(Column::User, words::USER) }
                </tr></thead>
                <tbody>
                    { for rows.iter().skip(current * PAGE).take(PAGE).map(|&d| {
                        let d = &devices[d];
                        html! { <tr><td>{ &d.name }</td><td>{ &d.serial }</td><td>{ &d.user }</td></tr> }
                    }) }
                </tbody>
            </table>
            <p class="apa-fleet-devices__pages">
                { go(current.saturating_sub(1), words::PREVIOUS, current == 0) }
                { " " }{ lang.fill(words::PAGE_OF, &[("page", &(current + 1).to_string()), ("pages", &pages.to_string()), ("rows", &rows.len().to_string())]) }{ " " }
                { go(current + 1, words::NEXT, current + 1 >= pages) }
            </p>
        </div>
    }
}
