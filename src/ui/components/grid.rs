//! The comparison grid: the five scenarios against the seed's capability rows, pros and cons,
//! with each column's verdict from the engine.

use super::source_link;
use crate::engine::{Evaluation, Verdict};
use crate::model::{Cell, Effect, MODEL};
use crate::profile::Profile;
use crate::ui::text;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonGridProps {
    pub evaluation: Rc<Evaluation>,
    #[prop_or_default]
    pub profile: Rc<Profile>,
    /// Folds the grid away behind a summary (the compact layout).
    #[prop_or_default]
    pub compact: bool,
}

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Recommended => "apa-grid__col--recommended",
        Verdict::Suitable => "apa-grid__col--suitable",
        Verdict::Unsuitable => "apa-grid__col--unsuitable",
    }
}

fn badge_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Recommended => "apa-badge--recommended",
        Verdict::Suitable => "apa-badge--possible",
        Verdict::Unsuitable => "apa-badge--not-possible",
    }
}

#[component]
pub fn ComparisonGrid(props: &ComparisonGridProps) -> Html {
    let e = &*props.evaluation;
    let cols = || MODEL.scenarios.iter().zip(&e.scenarios);
    let cell_class = |v: Verdict| classes!("apa-grid__cell", verdict_class(v));
    let table = html! {
            <div class="apa-grid__scroll" tabindex="0" role="region" aria-label={text::GRID}>
                <table class="apa-grid__table">
                    <caption class="apa-grid__caption">{ text::GRID_CAPTION }</caption>
                    <thead>
                        <tr>
                            <td class="apa-grid__corner"></td>
                            { for cols().map(|(s, r)| html! {
                                <th scope="col" class={cell_class(r.verdict)} data-scenario={s.id}>
                                    <span class="apa-grid__name">{ s.short }</span>
                                    <span class={classes!("apa-badge", badge_class(r.verdict))}
                                          data-verdict={match r.verdict { Verdict::Recommended => "recommended", Verdict::Suitable => "suitable", Verdict::Unsuitable => "unsuitable" }}>
                                        { text::verdict(r.verdict) }
                                    </span>
                                    if !s.deployment {
                                        <span class="apa-grid__hint">{ text::NOT_DEPLOYMENT }</span>
                                    }
                                </th>
                            }) }
                        </tr>
                    </thead>
                    <tbody>
                        <tr class="apa-grid__row apa-grid__row--why-not">
                            <th scope="row">{ text::WHY_NOT }</th>
                            { for cols().map(|(s, r)| html! {
                                <td class={cell_class(r.verdict)} data-scenario={s.id}>
                                    <ul>
                                        { for r.reasons.iter().filter(|x| x.effect == Effect::Exclude).map(|x| html! {
                                            <li>{ x.text }{ " " }{ source_link(x.source) }</li>
                                        }) }
                                    </ul>
                                </td>
                            }) }
                        </tr>
                        if props.profile.notes.iter().any(|n| n.note.is_some() || n.contact.is_some()) {
                            <tr class="apa-grid__row apa-grid__row--organization">
                                <th scope="row">{ text::ORGANIZATION }</th>
                                { for cols().zip(props.profile.notes.iter()).map(|((s, r), n)| html! {
                                    <td class={cell_class(r.verdict)} data-scenario={s.id}>
                                        if let Some(note) = &n.note { <p>{ note.clone() }</p> }
                                        if let Some(c) = &n.contact {
                                            <a href={c.url.clone()} target="_blank" rel="noopener noreferrer">{ c.label.clone() }</a>
                                        }
                                    </td>
                                }) }
                            </tr>
                        }
                        <tr class="apa-grid__row">
                            <th scope="row">{ text::PURPOSE }</th>
                            { for cols().map(|(s, r)| html! {
                                <td class={cell_class(r.verdict)}>{ s.purpose }</td>
                            }) }
                        </tr>
                        <tr class="apa-grid__row">
                            <th scope="row">{ text::DESCRIPTION }</th>
                            { for cols().map(|(s, r)| html! {
                                <td class={cell_class(r.verdict)}>{ s.description }</td>
                            }) }
                        </tr>
                        { for MODEL.capabilities.iter().map(|c| html! {
                            <tr class="apa-grid__row" data-capability={c.id}>
                                <th scope="row">{ c.label }{ " " }{ source_link(c.source) }</th>
                                { for cols().zip(c.values).map(|((s, r), v)| html! {
                                    <td class={classes!(cell_class(r.verdict), (*v == Cell::Yes).then_some("apa-grid__value--yes"))}
                                        data-scenario={s.id}>
                                        { v.label() }
                                    </td>
                                }) }
                            </tr>
                        }) }
                        <tr class="apa-grid__row apa-grid__row--list">
                            <th scope="row">{ text::PROS }</th>
                            { for cols().map(|(s, r)| html! {
                                <td class={cell_class(r.verdict)}>
                                    <ul>{ for s.pros.iter().map(|f| html! { <li>{ f.text }</li> }) }</ul>
                                </td>
                            }) }
                        </tr>
                        <tr class="apa-grid__row apa-grid__row--list">
                            <th scope="row">{ text::CONS }{ " " }{ source_link(MODEL.scenarios[0].cons[0].source) }</th>
                            { for cols().map(|(s, r)| html! {
                                <td class={cell_class(r.verdict)}>
                                    <ul>{ for s.cons.iter().map(|f| html! { <li>{ f.text }</li> }) }</ul>
                                </td>
                            }) }
                        </tr>
                    </tbody>
                </table>
            </div>
    };
    html! {
        <section class="apa-grid" aria-label={text::GRID} part="grid">
            if props.compact {
                <details class="apa-grid__fold">
                    <summary class="apa-grid__title">{ text::GRID }</summary>
                    { table }
                </details>
            } else {
                <h3 class="apa-grid__title">{ text::GRID }</h3>
                { table }
            }
        </section>
    }
}
