//! The root component: holds the answers in one reducer and derives the evaluation from them.

use super::components::{
    heading, section_level, About, AudienceSwitch, ComparisonGrid, EmployeeView, Notice, Notices,
    ProfileProblems, Questionnaire, RecommendationPanel,
};
use super::state::{Action, AdvisorState};
use crate::engine::{self, Answers, Evaluation, Policy};
use crate::i18n::{words, Language};
use crate::model::{QuestionIx, ScenarioIx, ValueIx, MODEL};
use crate::profile::{Audience, Profile, Theme};
use crate::start::{starting_answers, Base, Sources};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AdvisorProps {
    /// Where the starting answers can come from (the page's, a link's, this browser's, what a
    /// person ticked on the first render); `start::starting_answers` weighs them with the
    /// profile's preset.
    #[prop_or_default]
    pub start: Sources,
    /// The language of every word and text; the embedding picks it and loads its catalog.
    #[prop_or_default]
    pub lang: Rc<Language>,
    /// What the embedding has to tell a person at the start (answers restored or ignored).
    #[prop_or_default]
    pub notices: Rc<Vec<Notice>>,
    /// The organization's profile: presets, locks, hidden questions, scenarios offered, notes.
    #[prop_or_default]
    pub profile: Rc<Profile>,
    /// What was wrong with the profile or the attributes, shown inside the widget.
    #[prop_or_default]
    pub problems: Rc<Vec<String>>,
    /// Told the answers and the result after every change (and once at the start).
    #[prop_or_default]
    pub on_change: Callback<(Answers, Rc<Evaluation>)>,
    /// Each new value starts over, back to the preset.
    #[prop_or_default]
    pub reset_token: u32,
    /// Answers checked on the prerendered copy while the live widget was being built off the
    /// page (after the start was decided): they win over the preset whenever they change.
    #[prop_or_default]
    pub chosen: Answers,
    /// The widget is the whole page (the hosted site): its title is the page's one h1. Inside
    /// someone else's page it is an h2 under their headings.
    #[prop_or_default]
    pub standalone: bool,
    /// Told when the person switches between the views (the hosted page's switch), so the page
    /// can keep the view in its address.
    #[prop_or_default]
    pub on_audience: Callback<Audience>,
}

/// Gives each widget on a page its own id prefix, so radio groups and labels never clash.
fn next_instance() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Performance marks the benchmark reads: "apa:ready" when the first question can be answered,
/// "apa:rendered" after the result of a changed answer is on screen. (On the hosted page the
/// boot script has marked "apa:ready" already: its prerendered questions take answers earlier.)
fn mark(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}

fn theme_class(theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => "apa-advisor--theme-auto",
        Theme::Light => "apa-advisor--theme-light",
        Theme::Dark => "apa-advisor--theme-dark",
    }
}

/// The answers, in the one reducer: the start as `start::starting_answers` decides it (and
/// whether this browser's answers are back); then a new profile brings its preset, answers
/// checked on the copy later win over it, and a new reset token starts over.
#[hook]
fn use_answers(props: &AdvisorProps) -> (UseReducerHandle<AdvisorState>, bool) {
    // Decided once, at the first render; later props change the answers through the effects.
    let sources = Sources {
        preset: props.profile.preset,
        ..props.start
    };
    let (start, base) = *use_memo((), move |_| starting_answers(&sources));
    let state = use_reducer(move || AdvisorState {
        answers: start,
        undo: None,
    });
    {
        // The start applied the first profile's preset already; a later profile brings its own.
        let state = state.clone();
        let applied = use_mut_ref(|| props.profile.preset);
        use_effect_with(props.profile.clone(), move |p| {
            if *applied.borrow() != p.preset {
                *applied.borrow_mut() = p.preset;
                state.dispatch(Action::Preset(p.preset))
            }
        });
    }
    // After the profile's effect, so a person's choices win over a new preset too.
    {
        let state = state.clone();
        use_effect_with(props.chosen, move |chosen| {
            if !chosen.is_empty() {
                state.dispatch(Action::Preset(*chosen))
            }
        });
    }
    {
        let state = state.clone();
        let preset = props.profile.preset;
        use_effect_with(props.reset_token, move |token| {
            if *token != 0 {
                state.dispatch(Action::StartOver(preset));
            }
        });
    }
    (state, base == Base::Stored)
}

/// Tells the embedding the answers and the result at the start and after every change, and
/// marks the moments the benchmark measures.
#[hook]
fn use_report(
    on_change: Callback<(Answers, Rc<Evaluation>)>,
    answers: Answers,
    evaluation: Rc<Evaluation>,
) {
    let first = use_mut_ref(|| true);
    use_effect_with((answers, evaluation), move |(a, e)| {
        mark(if first.replace(false) {
            "apa:ready"
        } else {
            "apa:rendered"
        });
        on_change.emit((*a, e.clone()))
    });
}

/// What the components' `on…` callbacks do: each dispatches one action to the reducer.
struct Handlers {
    answer: Callback<(QuestionIx, Option<ValueIx>)>,
    apply: Callback<Vec<(QuestionIx, ValueIx)>>,
    try_change: Callback<(Vec<(QuestionIx, ValueIx)>, ScenarioIx)>,
    undo: Callback<MouseEvent>,
    start_over: Callback<MouseEvent>,
}

/// A callback that dispatches the action `make` builds from what the component reports.
fn dispatch<T: 'static>(
    state: &UseReducerHandle<AdvisorState>,
    make: fn(T) -> Action,
) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |x| state.dispatch(make(x)))
}

impl Handlers {
    fn new(state: &UseReducerHandle<AdvisorState>, preset: Answers) -> Self {
        let start_state = state.clone();
        Handlers {
            answer: dispatch(state, |(q, v)| Action::Answer(q, v)),
            apply: dispatch(state, Action::Apply),
            try_change: dispatch(state, |(set, s)| Action::TryChange(set, s)),
            undo: dispatch(state, |_: MouseEvent| Action::Undo),
            start_over: Callback::from(move |_: MouseEvent| {
                start_state.dispatch(Action::StartOver(preset))
            }),
        }
    }
}

fn header(lang: &Language, standalone: bool, audience: Audience) -> Html {
    let (title, intro) = match audience {
        Audience::Admin => (words::TITLE, words::INTRO),
        Audience::Employee => (words::EMPLOYEE_TITLE, words::EMPLOYEE_INTRO),
    };
    html! {
        <header class="apa-advisor__header">
            { heading(section_level(standalone) - 1, "apa-advisor__title", None, lang.word(title).into()) }
            <p class="apa-advisor__intro">{ lang.word(intro) }</p>
        </header>
    }
}

/// The view shown: the profile's audience, until the person picks the other on the hosted
/// page's switch (a passing choice of view, not an answer); a new profile's audience wins.
#[hook]
fn use_audience(props: &AdvisorProps) -> (Audience, Callback<Audience>) {
    let audience = use_state(|| props.profile.audience);
    {
        let audience = audience.clone();
        use_effect_with(props.profile.audience, move |a| audience.set(*a));
    }
    let on_audience = props.on_audience.clone();
    let set = {
        let audience = audience.clone();
        Callback::from(move |a: Audience| {
            audience.set(a);
            on_audience.emit(a);
        })
    };
    (*audience, set)
}

/// The seed the advice follows, the day its facts were checked, and the version.
fn footer(lang: &Language) -> Html {
    html! {
        <footer class="apa-advisor__footer">
            { lang.word(words::BASED_ON) }{ " " }
            <a href={&*MODEL.meta.seed_url} target="_blank" rel="noopener noreferrer">
                { format!("\u{201c}{}\u{201d}", lang.text(&MODEL.meta.seed_title)) }
            </a>
            { " " }{ lang.fill(words::FOOTER, &[("date", &MODEL.meta.seed_date), ("applies", lang.text(&MODEL.meta.applies_to))]) }
            <br />
            <span class="apa-advisor__checked">
                { lang.fill(words::FACTS_CHECKED, &[("date", &MODEL.meta.facts_checked), ("version", env!("CARGO_PKG_VERSION"))]) }
            </span>
        </footer>
    }
}

#[component]
pub fn Advisor(props: &AdvisorProps) -> Html {
    let (state, restored) = use_answers(props);
    // "How IT chooses": the comparison one click away in the employee view (passing UI state).
    let it_open = use_state(|| false);
    let notices = use_memo(props.notices.clone(), move |n| {
        // The embedding reports what it refused; the start says whether stored answers are back.
        let mut all = (**n).clone();
        if restored {
            all.push(Notice::Restored);
        }
        Rc::new(all)
    });
    let instance = use_memo((), |_| format!("apa{}", next_instance()));
    let profile = props.profile.clone();
    let answers = profile.apply_locks(&state.answers);
    let policy = use_memo(profile.clone(), |p| Policy {
        locked: p.locked.clone(),
        not_offered: p.not_offered,
    });
    let evaluation = use_memo((answers, (*policy).clone()), |(a, p)| {
        engine::evaluate_with(a, p)
    });
    let what_if = use_memo((answers, (*policy).clone()), |(a, p)| engine::what_if(a, p));
    use_report(props.on_change.clone(), answers, evaluation.clone());
    let on = Handlers::new(&state, profile.preset);

    let class = classes!(
        "apa-advisor",
        theme_class(profile.theme),
        profile.compact.then_some("apa-advisor--compact")
    );
    let level = section_level(props.standalone);
    let (audience, set_audience) = use_audience(props);
    let show_it = *it_open;
    let toggle_it = Callback::from(move |_: MouseEvent| it_open.set(!show_it));
    html! {
        <ContextProvider<Rc<Language>> context={props.lang.clone()}>
            <div {class} part="advisor" lang={props.lang.code}>
                { header(&props.lang, props.standalone, audience) }
                <ProfileProblems problems={props.problems.clone()} />
                <Notices notices={(*notices).clone()}
                         undo={state.undo.map(|(_, s)| s)} on_undo={on.undo} />
                if props.standalone {
                    <AudienceSwitch id_prefix={(*instance).clone()} {audience} on_change={set_audience} />
                }
                if audience == Audience::Employee {
                    <EmployeeView {level} id_prefix={(*instance).clone()} {answers}
                        evaluation={evaluation.clone()} profile={profile.clone()} on_answer={on.answer.clone()} />
                    <button type="button" class="apa-button apa-button--secondary apa-advisor__how-it-chooses"
                            aria-expanded={show_it.to_string()} onclick={toggle_it}>
                        { props.lang.word(words::HOW_IT_CHOOSES) }
                    </button>
                }
                if audience == Audience::Admin || show_it {
                    <div class="apa-advisor__main">
                        // The employee view asks its own questions; IT's panel and grid follow them.
                        if audience == Audience::Admin {
                            <Questionnaire
                                {level}
                                id_prefix={(*instance).clone()}
                                {answers}
                                evaluation={evaluation.clone()}
                                profile={profile.clone()}
                                on_answer={on.answer.clone()}
                                on_start_over={on.start_over}
                            />
                        }
                        <RecommendationPanel
                            {level}
                            evaluation={evaluation.clone()}
                            {answers}
                            profile={profile.clone()}
                            on_apply={on.apply}
                        />
                    </div>
                    <ComparisonGrid {level} evaluation={evaluation.clone()} what_if={what_if.clone()}
                                    on_try={on.try_change} profile={profile.clone()} compact={profile.compact} />
                    <About {level} />
                }
                { footer(&props.lang) }
            </div>
        </ContextProvider<Rc<Language>>>
    }
}
