//! Which answers a widget starts from, decided once for the hosted page, the element and
//! `mount()`: the places answers can come from, and the one function that weighs them
//! (tests/start.rs is its table).

use crate::engine::Answers;
use crate::model::QUESTION_COUNT;
use crate::profile::Audience;

/// The part of a link's fragment that names the view, `audience=employee`: not an answer, so
/// it is taken out before the answers are read (and an unknown value is left out with it).
const VIEW_KEY: &str = "audience=";

/// A link's fragment text split into its answers' text and the view it asks for, if any.
pub fn split_link(text: &str) -> (String, Option<Audience>) {
    let mut audience = None;
    let rest: Vec<&str> = text
        .split('&')
        .filter(|part| match part.strip_prefix(VIEW_KEY) {
            Some(name) => {
                audience = Audience::from_name(name).or(audience);
                false
            }
            None => true,
        })
        .collect();
    (rest.join("&"), audience)
}

/// A link's fragment text for these answers and view: the answers, then the view unless it is
/// the default (so an admin's links stay as they were).
pub fn link_text(answers: &Answers, audience: Audience) -> String {
    let query = answers.to_query();
    match (audience, query.is_empty()) {
        (Audience::Admin, _) => query,
        (a, true) => format!("{VIEW_KEY}{}", a.name()),
        (a, false) => format!("{query}&{VIEW_KEY}{}", a.name()),
    }
}

/// The answers a widget could start from, each whole or absent: a damaged link or stored value
/// is refused before it gets here (the embedding tells the person so).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sources {
    /// The page's own answers (`mount()`'s `answers` option).
    pub given: Option<Answers>,
    /// The answers in the page address's `#advisor:` fragment.
    pub link: Option<Answers>,
    /// The answers this browser kept from an earlier visit.
    pub stored: Option<Answers>,
    /// The organization's preset (its profile).
    pub preset: Answers,
    /// Answers a person ticked on the widget's first render, before it came alive.
    pub ticked: Answers,
}

/// Which of the whole sets the start is built on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    Given,
    Link,
    Stored,
    Nothing,
}

/// The starting answers, and what they were built on. The base is the page's own answers, else
/// a link's (opened on purpose), else this browser's: the first that is there, whole. The
/// organization's preset goes over the base, key by key; what a person ticked on the first
/// render goes over everything, since it is what they chose last.
pub fn starting_answers(s: &Sources) -> (Answers, Base) {
    let (mut answers, base) = match (s.given, s.link, s.stored) {
        (Some(a), _, _) => (a, Base::Given),
        (None, Some(a), _) => (a, Base::Link),
        (None, None, Some(a)) if !a.is_empty() => (a, Base::Stored),
        _ => (Answers::new(), Base::Nothing),
    };
    for over in [s.preset, s.ticked] {
        for q in 0..QUESTION_COUNT {
            if let Some(v) = over.get(q) {
                answers.set(q, Some(v));
            }
        }
    }
    (answers, base)
}
