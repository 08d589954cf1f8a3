//! The copied summary (Markdown for a ticket), as text: what a service desk reads.

use autopilot_advisor::engine::{evaluate, Answers};
use autopilot_advisor::i18n::Language;
use autopilot_advisor::ui::summary::markdown;

fn user_driven() -> Answers {
    Answers::from_query("device=new&registered=yes&identity=entra&users=single&technician=no")
        .unwrap()
}

#[test]
fn a_recommendation_with_answers_reasons_prerequisites_numbered_sources_and_the_link() {
    let a = user_driven();
    let md = markdown(
        &Language::english(),
        &a,
        &evaluate(&a),
        "https://intranet.example/advisor#advisor:x",
    );
    assert!(md.starts_with("# Windows Autopilot scenario: advice\n\n**Recommendation:** Recommended: Windows Autopilot user-driven mode\n"), "{md}");
    for part in [
        "## Answers\n",
        "- Which device are you setting up?: A new device\n",
        ": _not answered_\n",
        "## Why it fits\n",
        "## Before you start\n",
        "## Sources\n",
    ] {
        assert!(md.contains(part), "no {part:?} in\n{md}");
    }
    let cited: std::collections::BTreeSet<usize> = md
        .lines()
        .filter_map(|l| l.strip_suffix(']')?.rsplit_once(" [")?.1.parse().ok())
        .collect();
    let listed: Vec<usize> = md
        .lines()
        .filter_map(|l| l.split_once(". ")?.0.parse().ok())
        .collect();
    assert_eq!(cited.into_iter().collect::<Vec<_>>(), listed);
    assert!(md.contains(": https://learn.microsoft.com/"));
    assert!(md.ends_with(
        "[Open these answers in the advisor](https://intranet.example/advisor#advisor:x)\n"
    ));
}

#[test]
fn nothing_fits_lists_the_changes_and_german_reads_german() {
    let a = Answers::from_query("device=new&identity=hybrid&dc=no&users=single").unwrap();
    let md = markdown(&Language::english(), &a, &evaluate(&a), "L");
    assert!(
        md.contains("**Recommendation:** No scenario fits these answers."),
        "{md}"
    );
    assert!(
        md.contains("Any of these changes would make a scenario possible:\n\n- "),
        "{md}"
    );
    let de = markdown(
        &Language::bundled("de"),
        &user_driven(),
        &evaluate(&user_driven()),
        "L",
    );
    assert!(
        de.contains("Benutzergesteuerter Windows Autopilot-Modus"),
        "{de}"
    );
    assert!(!de.contains("## Answers"), "{de}");
}
