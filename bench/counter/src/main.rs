//! The benchmark's baseline: one button, one state hook, and the same Performance marks the
//! advisor sets ("apa:ready" once interactive, "apa:rendered" after each update).

use yew::prelude::*;

fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0u32);
    use_effect_with(*count, |c| mark(if *c == 0 { "apa:ready" } else { "apa:rendered" }));
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! { <main><button {onclick}>{ format!("Clicked {} times", *count) }</button></main> }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
