//! The comparison grid: the five scenarios of the seed, and device preparation in a column marked
//! as newer, against the seed's capability rows, pros and cons,
//! with each column's verdict from the engine and, where a scenario is not possible, the answers
//! that would make it possible ("what-if"), ready to try.

use super::{heading, reason, source_link, use_language};
use crate::engine::{Change, Evaluation, ScenarioResult, Verdict};
use crate::i18n::{words, Language, Word};
use crate::model::{Cell, Effect, Fact, QuestionIx, Scenario, ScenarioIx, ValueIx, MODEL};
use crate::profile::Profile;
use crate::ui::describe::change_text;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonGridProps {
    /// The level of this section's heading (3 inside a host page, 2 on the hosted page).
    #[prop_or(3)]
    pub level: u8,
    pub evaluation: Rc<Evaluation>,
    /// Per scenario: the smallest change of answers that makes it possible, if it is not.
    #[prop_or_default]
    pub what_if: Rc<Vec<Option<Change>>>,
    #[prop_or_default]
    pub on_try: Callback<(Vec<(QuestionIx, ValueIx)>, ScenarioIx)>,
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

/// The verdict's word, in the widget's language.
fn verdict_word(v: Verdict) -> Word {
    match v {
        Verdict::Recommended => words::VERDICT_RECOMMENDED,
        Verdict::Suitable => words::VERDICT_POSSIBLE,
        Verdict::Unsuitable => words::VERDICT_NOT_POSSIBLE,
    }
}

fn badge_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Recommended => "apa-badge--recommended",
        Verdict::Suitable => "apa-badge--possible",
        Verdict::Unsuitable => "apa-badge--not-possible",
    }
}

/// What a row puts in one scenario's cell: a class of its own, if any, and the content.
type CellContent<'a> =
    dyn Fn(ScenarioIx, &'static Scenario, &ScenarioResult) -> (Option<&'static str>, Html) + 'a;

/// A row's cells, one per scenario, each marked with the scenario's verdict (and, where `mark`
/// says so, its id); `cell` gives a cell's content and any class of its own.
fn cells(
    e: &Evaluation,
    mark: bool,
    // A `dyn` closure: one copy of this function in the wasm, not one per row.
    cell: &CellContent<'_>,
) -> Html {
    html! {
        { for MODEL.scenarios.iter().zip(&e.scenarios).enumerate().map(|(i, (s, r))| {
            let (class, content) = cell(i, s, r);
            html! {
                <td class={classes!("apa-grid__cell", verdict_class(r.verdict), class)}
                    data-scenario={mark.then_some(&*s.id)}>
                    { content }
                </td>
            }
        }) }
    }
}

/// The column heads: each scenario's short name, its verdict, and whether it is a deployment
/// and newer than the 2023 table.
fn head_row(lang: &Language, e: &Evaluation) -> Html {
    html! {
        <tr>
            <td class="apa-grid__corner"></td>
            { for MODEL.scenarios.iter().zip(&e.scenarios).map(|(s, r)| html! {
                <th scope="col" class={classes!("apa-grid__cell", verdict_class(r.verdict))} data-scenario={&*s.id}>
                    <span class="apa-grid__name">{ lang.text(&s.short) }</span>
                    <span class={classes!("apa-badge", badge_class(r.verdict))}
                          data-verdict={match r.verdict { Verdict::Recommended => "recommended", Verdict::Suitable => "suitable", Verdict::Unsuitable => "unsuitable" }}>
                        { lang.word(verdict_word(r.verdict)) }
                    </span>
                    if !s.deployment {
                        <span class="apa-grid__hint">{ lang.word(words::NOT_DEPLOYMENT) }</span>
                    }
                    if !s.in_seed {
                        <span class="apa-grid__hint apa-grid__hint--newer">{ lang.word(words::NEWER_THAN_SEED) }</span>
                    }
                </th>
            }) }
        </tr>
    }
}

/// "Why not": the exclusions behind each verdict.
fn why_not_row(lang: &Language, e: &Evaluation) -> Html {
    html! {
        <tr class="apa-grid__row apa-grid__row--why-not">
            <th scope="row">{ lang.word(words::WHY_NOT) }</th>
            { cells(e, true, &|_, _, r| (None, html! {
                <ul>
                    { for r.reasons_of(Effect::Exclude).map(|x| html! {
                        <li>{ reason(lang, x) }</li>
                    }) }
                </ul>
            })) }
        </tr>
    }
}

/// "Possible if you change": per scenario that is not possible, the smallest change that would
/// open it, with a button where the change is a set of choices.
fn what_if_row(lang: &Language, e: &Evaluation, props: &ComparisonGridProps) -> Html {
    if !props.what_if.iter().any(Option::is_some) {
        return Html::default();
    }
    html! {
        <tr class="apa-grid__row apa-grid__row--what-if">
            <th scope="row">{ lang.word(words::WHAT_IF) }</th>
            { cells(e, true, &|i, s, _| (None, match props.what_if.get(i) {
                Some(Some(change)) => html! {
                    <>
                        <p>{ change_text(lang, &change.set) }</p>
                        if change.applicable() {
                            <button type="button" class="apa-button apa-button--small apa-grid__try"
                                    aria-label={format!("{}: {}", lang.word(words::TRY_CHANGE), lang.text(&s.short))}
                                    onclick={
                                        let on_try = props.on_try.clone();
                                        let set = change.set.clone();
                                        Callback::from(move |_: MouseEvent| on_try.emit((set.clone(), i)))
                                    }>
                                { lang.word(words::TRY_CHANGE) }
                            </button>
                        }
                    </>
                },
                _ => Html::default(),
            })) }
        </tr>
    }
}

/// The organization's own note and contact per scenario, where its profile gives any.
fn organization_row(lang: &Language, e: &Evaluation, profile: &Profile) -> Html {
    if !profile
        .notes
        .iter()
        .any(|n| n.note.is_some() || n.contact.is_some())
    {
        return Html::default();
    }
    html! {
        <tr class="apa-grid__row apa-grid__row--organization">
            <th scope="row">{ lang.word(words::ORGANIZATION) }</th>
            { cells(e, true, &|i, _, _| {
                let n = &profile.notes[i];
                (None, html! {
                    <>
                        if let Some(note) = &n.note { <p>{ note.clone() }</p> }
                        if let Some(c) = &n.contact {
                            <a href={c.url.clone()} target="_blank" rel="noopener noreferrer">{ c.label.clone() }</a>
                        }
                    </>
                })
            }) }
        </tr>
    }
}

/// Purpose and description, then the seed's capability rows, cell for cell (a newer column
/// cites its own page in each cell; the row's link cites the seed).
fn capability_rows(lang: &Language, e: &Evaluation) -> Html {
    html! {
        <>
            <tr class="apa-grid__row">
                <th scope="row">{ lang.word(words::PURPOSE) }</th>
                { cells(e, false, &|_, s, _| (None, html! { lang.text(&s.purpose) })) }
            </tr>
            <tr class="apa-grid__row">
                <th scope="row">{ lang.word(words::DESCRIPTION) }</th>
                { cells(e, false, &|_, s, _| (None, html! { lang.text(&s.description) })) }
            </tr>
            { for MODEL.capabilities.iter().map(|c| html! {
                <tr class="apa-grid__row" data-capability={&*c.id}>
                    <th scope="row">{ lang.text(&c.label) }{ " " }{ source_link(lang, MODEL.source(&c.source)) }</th>
                    { cells(e, true, &|ix, s, _| {
                        let (v, source) = c.cell(ix).expect("the build checks every cell");
                        (
                            (v == Cell::Yes).then_some("apa-grid__value--yes"),
                            html! {
                                <>
                                    { lang.cell(v) }
                                    if !s.in_seed {
                                        { " " }{ source_link(lang, MODEL.source(source)) }
                                    }
                                </>
                            },
                        )
                    }) }
                </tr>
            }) }
        </>
    }
}

/// Pros and cons, a list per scenario.
fn list_rows(lang: &Language, e: &Evaluation) -> Html {
    html! {
        <>
            <tr class="apa-grid__row apa-grid__row--list">
                <th scope="row">{ lang.word(words::PROS) }</th>
                { cells(e, true, &|_, s, _| (None, fact_list(lang, s, &s.pros))) }
            </tr>
            <tr class="apa-grid__row apa-grid__row--list">
                <th scope="row">{ lang.word(words::CONS) }{ " " }{ source_link(lang, MODEL.source(&MODEL.scenarios[0].cons[0].source)) }</th>
                { cells(e, true, &|_, s, _| (None, fact_list(lang, s, &s.cons))) }
            </tr>
        </>
    }
}

#[component]
pub fn ComparisonGrid(props: &ComparisonGridProps) -> Html {
    let e = &*props.evaluation;
    let lang = use_language();
    let lang = &*lang;
    let table = html! {
        // Its own name: two landmarks named alike (this region and the section) confuse a
        // screen reader's landmark list (axe: landmark-unique).
        <div class="apa-grid__scroll" tabindex="0" role="region" aria-label={lang.word(words::GRID_TABLE).to_owned()}>
            <table class="apa-grid__table">
                <caption class="apa-grid__caption">{ lang.word(words::GRID_CAPTION) }</caption>
                <thead>{ head_row(lang, e) }</thead>
                <tbody>
                    { why_not_row(lang, e) }
                    { what_if_row(lang, e, props) }
                    { organization_row(lang, e, &props.profile) }
                    { capability_rows(lang, e) }
                    { list_rows(lang, e) }
                </tbody>
            </table>
        </div>
    };
    html! {
        <section class="apa-grid" aria-label={lang.word(words::GRID).to_owned()} part="grid">
            if props.compact {
                <details class="apa-grid__fold">
                    <summary class="apa-grid__title">{ lang.word(words::GRID) }</summary>
                    { table }
                </details>
            } else {
                { heading(props.level, "apa-grid__title apa-heading--section", None, lang.word(words::GRID).into()) }
                { table }
            }
        </section>
    }
}

/// A column's pros or cons. The row's link cites the seed's list; a scenario newer than the seed
/// cites each of its facts' own pages instead.
fn fact_list(lang: &Language, scenario: &Scenario, facts: &'static [Fact]) -> Html {
    html! {
        <ul>
            { for facts.iter().map(|f| html! {
                <li>
                    { lang.text(&f.text) }
                    if !scenario.in_seed {
                        { " " }{ source_link(lang, MODEL.source(&f.source)) }
                    }
                </li>
            }) }
        </ul>
    }
}
