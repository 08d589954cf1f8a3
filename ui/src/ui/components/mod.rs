//! Small components, each given plain data and `on…` callbacks by the root, and the language
//! every one of them speaks, from a context the root provides.

use crate::i18n::Language;
use std::rc::Rc;
use yew::prelude::*;

mod about;
mod audience;
mod employee;
mod grid;
mod heading;
mod notices;
mod problems;
mod question;
mod questionnaire;
mod recommendation;
mod source_link;

pub use about::About;
pub use audience::AudienceSwitch;
pub use employee::EmployeeView;
pub use grid::ComparisonGrid;
pub use heading::{heading, section_level};
pub use notices::{Notice, Notices};
pub use problems::ProfileProblems;
pub use question::QuestionField;
pub use questionnaire::Questionnaire;
pub use recommendation::{organization_note, RecommendationPanel};
pub use source_link::{reason, source_link, sources_of};

/// The widget's language. Every component needs it, so the root provides it as a context
/// (`Advisor`) rather than each parent handing it down as a prop.
#[hook]
pub fn use_language() -> Rc<Language> {
    use_context::<Rc<Language>>().unwrap_or_default()
}
