//! Small components, each given plain data and `on…` callbacks by the root.

mod about;
mod grid;
mod heading;
mod notices;
mod problems;
mod question;
mod questionnaire;
mod recommendation;
mod source_link;

pub use about::About;
pub use grid::ComparisonGrid;
pub use heading::{heading, section_level};
pub use notices::{Notice, Notices};
pub use problems::ProfileProblems;
pub use question::QuestionField;
pub use questionnaire::Questionnaire;
pub use recommendation::RecommendationPanel;
pub use source_link::{reason, source_link, sources_of};
