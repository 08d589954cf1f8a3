//! Components rendered natively through Yew's server renderer: what a person would read.

use autopilot_advisor::engine::Answers;
use autopilot_advisor::start::Sources;
use autopilot_advisor::ui::{Advisor, AdvisorProps};
use yew::ServerRenderer;

fn answers(text: &str) -> Answers {
    Answers::from_pairs(text.split_whitespace().map(|kv| {
        let (k, v) = kv.split_once('=').unwrap();
        (k, Some(v))
    }))
    .unwrap()
}

async fn render(text: &str) -> String {
    let given = answers(text);
    ServerRenderer::<Advisor>::with_props(move || AdvisorProps {
        start: Sources {
            given: Some(given),
            ..Sources::default()
        },
        ..Default::default()
    })
    .hydratable(false)
    .render()
    .await
}

/// The HTML between an element's opening tag that contains `marker` and the next `</tag>`.
fn element<'a>(html: &'a str, marker: &str, tag: &str) -> &'a str {
    let at = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not rendered"));
    let start = html[..at + marker.len()].rfind(&format!("<{tag}")).unwrap();
    let end = html[at..].find(&format!("</{tag}>")).unwrap() + at;
    &html[start..end]
}

#[tokio::test]
async fn nothing_answered_shows_every_question_that_applies_and_no_verdict() {
    let html = render("").await;
    for key in [
        "device",
        "registered",
        "identity",
        "users",
        "technician",
        "tpm",
        "windows",
        "configmgr",
        "custom_image",
        "fast_user",
    ] {
        assert!(
            html.contains(&format!("data-key=\"{key}\"")),
            "question {key} missing"
        );
    }
    // Follow-up questions stay hidden until they apply.
    assert!(!html.contains("data-key=\"current_join\""));
    assert!(!html.contains("data-key=\"dc\""));
    assert!(html.contains("Answer the questions and the recommendation appears here"));
    assert!(html.contains("0 of 10 answered"));
    // "Not sure" is the checked choice of an unanswered question.
    let device = element(&html, "data-key=\"device\"", "fieldset");
    assert!(device.contains("Not sure"));
    assert_eq!(device.matches("checked").count(), 1);
    let not_sure = device.find("value=\"\"").unwrap();
    let input_end = device[not_sure..].find('>').unwrap() + not_sure;
    let input_start = device[..not_sure].rfind('<').unwrap();
    assert!(
        device[input_start..input_end].contains("checked"),
        "Not sure is checked"
    );
}

#[tokio::test]
async fn follow_up_questions_appear_when_they_apply() {
    let html = render("device=existing identity=hybrid").await;
    assert!(html.contains("data-key=\"current_join\""));
    assert!(html.contains("data-key=\"dc\""));
}

#[tokio::test]
async fn a_recommendation_names_the_scenario_with_reasons_prerequisites_and_walkthroughs() {
    let html = render(
        "device=new registered=yes identity=entra users=single technician=no tpm=yes fast_user=no",
    )
    .await;
    let panel = element(&html, "class=\"apa-recommendation", "section");
    assert!(
        panel.contains("Recommended: Windows Autopilot user-driven mode"),
        "{panel}"
    );
    assert!(panel.contains("Why it fits"));
    assert!(panel.contains("needs no IT admin, OEM or reseller"));
    assert!(panel.contains("Before you start"));
    assert!(panel.contains(
        "https://learn.microsoft.com/autopilot/tutorial/user-driven/azure-ad-join-workflow"
    ));
    assert!(
        panel.contains("class=\"apa-source\""),
        "reasons carry source links"
    );
}

#[tokio::test]
async fn the_grid_marks_verdicts_and_keeps_the_seed_values() {
    let html = render("device=new identity=entra users=shared tpm=yes").await;
    let grid = element(&html, "class=\"apa-grid\"", "section");
    assert!(grid.contains("<table"));
    assert!(grid.contains("scope=\"col\""));
    assert!(grid.contains("scope=\"row\""));
    let head = element(grid, "<thead", "thead");
    let self_deploying = element(head, "data-scenario=\"self-deploying\"", "th");
    assert!(self_deploying.contains("apa-grid__col--recommended"));
    assert!(self_deploying.contains("Recommended"));
    let reset = element(head, "data-scenario=\"reset\"", "th");
    assert!(reset.contains("apa-grid__col--unsuitable"));
    assert!(reset.contains("Not possible"));
    // The reason Reset is out, in the "Why not" row.
    let why_not = element(grid, "apa-grid__row--why-not", "tr");
    assert!(why_not.contains("a new device has nothing to reset"));
    // A seed value, row by row: TPM authenticates for pre-provisioning is "Technician flow".
    let tpm = element(grid, "data-capability=\"tpm-authenticates\"", "tr");
    assert!(tpm.contains("Technician flow"));
}

#[tokio::test]
async fn nothing_fits_shows_the_changes_that_would_help() {
    let html = render("device=new identity=hybrid dc=no").await;
    let panel = element(&html, "class=\"apa-recommendation", "section");
    assert!(panel.contains("No scenario fits these answers."));
    // The join is a choice: the change names the question and its new answer, ready to apply.
    let choice = element(
        panel,
        "Which join must the device end up with? → Microsoft Entra join",
        "li",
    );
    assert!(choice.contains(">Apply<"), "{choice}");
    // Reaching a domain controller is a fact: the change says what would make it true, and no
    // click pretends to.
    let fact = element(
        panel,
        "Give the device a domain controller during setup",
        "li",
    );
    assert!(!fact.contains(">Apply<"), "{fact}");
    assert!(!fact.contains("→"), "{fact}");
}

#[tokio::test]
async fn existing_devices_names_the_deployment_that_follows() {
    let html =
        render("device=broken registered=yes identity=entra users=shared tpm=yes configmgr=yes")
            .await;
    assert!(html.contains("Recommended: Windows Autopilot for existing devices"));
    assert!(html
        .contains("After the reinstall, the device runs Windows Autopilot self-deploying mode."));
}

#[tokio::test]
async fn the_about_panel_says_existing_devices_and_reset_are_not_deployments() {
    let html = render("").await;
    let about = element(&html, "class=\"apa-about\"", "details");
    assert!(about.contains("isn't an Autopilot deployment itself"));
    assert!(about.contains("Autopilot Reset isn't an Autopilot deployment itself either"));
    assert!(about.contains("Kiosk device or device for multiple users"));
}

#[tokio::test]
async fn an_organization_profile_locks_hides_and_adds_its_notes_as_text() {
    use autopilot_advisor::profile::{read, Value};
    use std::rc::Rc;
    let text = |s: &str| Value::Text(s.to_owned());
    let checked = read(&Value::Map(vec![
        (
            "preset".into(),
            Value::Map(vec![
                ("identity".into(), text("entra")),
                ("device".into(), text("new")),
            ]),
        ),
        ("locked".into(), text("identity")),
        ("hidden".into(), text("configmgr custom_image")),
        (
            "not_offered".into(),
            Value::List(vec![text("pre-provisioned")]),
        ),
        (
            "scenarios".into(),
            Value::Map(vec![(
                "user-driven".into(),
                Value::Map(vec![
                    ("note".into(), text("Call <b>IT</b> first")),
                    (
                        "contact".into(),
                        Value::Map(vec![
                            ("label".into(), text("Service desk")),
                            ("url".into(), text("https://it.example.com/")),
                        ]),
                    ),
                ]),
            )]),
        ),
        ("compact".into(), Value::Bool(true)),
        ("theme".into(), text("dark")),
    ]));
    assert!(checked.problems.is_empty(), "{:?}", checked.problems);
    let profile = checked.profile;
    let html = ServerRenderer::<Advisor>::with_props(move || AdvisorProps {
        profile: Rc::new(profile),
        ..Default::default()
    })
    .hydratable(false)
    .render()
    .await;
    assert!(html.contains("apa-advisor--theme-dark"));
    assert!(html.contains("apa-advisor--compact"));
    assert!(
        !html.contains("data-key=\"configmgr\""),
        "hidden question shown"
    );
    assert!(
        !html.contains("data-key=\"custom_image\""),
        "hidden question shown"
    );
    let identity = element(&html, "data-key=\"identity\"", "fieldset");
    assert!(identity.contains("Set by your organization"));
    let inputs: Vec<&str> = identity
        .split("<input")
        .skip(1)
        .map(|s| &s[..s.find('>').unwrap()])
        .collect();
    assert_eq!(inputs.len(), 3);
    assert!(
        inputs.iter().all(|i| i.contains("disabled")),
        "every choice of a locked question is disabled"
    );
    assert!(
        html.contains("Your organization doesn&#x27;t offer this scenario.")
            || html.contains("Your organization doesn't offer this scenario.")
    );
    // The note is text: its markup is escaped, never rendered.
    assert!(
        html.contains("Call &lt;b&gt;IT&lt;/b&gt; first"),
        "note not escaped"
    );
    assert!(html.contains("href=\"https://it.example.com/\""));
}

#[tokio::test]
async fn device_preparation_has_a_column_marked_newer_with_a_source_in_each_cell() {
    let html = render("device=new").await;
    let grid = element(&html, "class=\"apa-grid\"", "section");
    let head = element(grid, "<thead", "thead");
    let dp = element(head, "data-scenario=\"device-preparation\"", "th");
    assert!(dp.contains("Newer than the 2023 table"), "{dp}");
    assert!(!element(head, "data-scenario=\"user-driven\"", "th").contains("Newer than"));
    let hybrid = element(grid, "data-capability=\"hybrid-join\"", "tr");
    let cell = element(hybrid, "data-scenario=\"device-preparation\"", "td");
    assert!(cell.contains("No"), "{cell}");
    assert!(cell.contains("device-preparation/faq"), "{cell}");
    // Its pros and cons cite their own pages, fact by fact; the seed's columns keep the row's
    // link to the seed's list.
    let lists: Vec<&str> = grid
        .match_indices("apa-grid__row--list")
        .map(|(i, _)| &grid[i..])
        .collect();
    assert_eq!(lists.len(), 2, "a pros row and a cons row");
    for list in lists {
        let row = &list[..list.find("</tr>").unwrap()];
        let dp = element(row, "data-scenario=\"device-preparation\"", "td");
        assert!(dp.contains("/device-preparation/"), "{dp}");
        let ud = element(row, "data-scenario=\"user-driven\"", "td");
        assert!(!ud.contains("apa-source"), "{ud}");
    }
}

#[tokio::test]
async fn advice_that_follows_a_newer_page_cites_the_seed_it_departs_from() {
    let html =
        render("device=new registered=yes identity=hybrid dc=yes users=single technician=yes tpm=yes fast_user=yes")
            .await;
    let panel = element(&html, "class=\"apa-recommendation", "section");
    assert!(
        panel.contains("Recommended: Windows Autopilot for pre-provisioned deployment"),
        "{panel}"
    );
    assert!(panel.contains("the technician flow needs only internet access"));
    assert!(
        panel.contains("class=\"apa-source apa-source--departs\""),
        "{panel}"
    );
    assert!(panel.contains("differs from the 2023 page"));
}

#[tokio::test]
async fn a_recommendation_won_on_a_tie_names_the_others() {
    let html = render("device=new registered=no identity=entra users=shared technician=no tpm=yes windows=win11 configmgr=yes custom_image=yes fast_user=yes").await;
    let panel = element(&html, "class=\"apa-recommendation", "section");
    assert!(
        panel.contains("Recommended: Windows Autopilot for existing devices"),
        "{panel}"
    );
    let tie = element(panel, "class=\"apa-recommendation__tie\"", "p");
    assert!(
        tie.contains("Fits your answers just as well: Self-deploying."),
        "{tie}"
    );
}

#[tokio::test]
async fn the_footer_says_when_the_facts_were_checked_and_which_version_this_is() {
    use autopilot_advisor::model::MODEL;
    let html = render("").await;
    let footer = element(&html, "class=\"apa-advisor__footer\"", "footer");
    assert!(
        footer.contains(&format!(
            "Facts last checked against Microsoft's pages on {}. Version {}.",
            MODEL.meta.facts_checked,
            env!("CARGO_PKG_VERSION")
        )),
        "{footer}"
    );
}

/// Issue #20: a scenario the organization does not offer says so in the widget's language, and
/// its reason carries no link that leads nowhere (the profile is no page to open).
#[tokio::test]
async fn a_scenario_not_offered_is_said_in_the_widgets_language_without_an_empty_link() {
    use autopilot_advisor::i18n::Language;
    use autopilot_advisor::profile::{read, Value};
    use std::rc::Rc;
    for (code, said) in [
        ("en", "Your organization doesn't offer this scenario."),
        ("de", "Ihre Organisation bietet dieses Szenario nicht an."),
        ("fr", "Votre organisation ne propose pas ce scénario."),
    ] {
        let html = ServerRenderer::<Advisor>::with_props(move || {
            let checked = read(&Value::Map(vec![(
                "not_offered".into(),
                Value::List(vec![Value::Text("pre-provisioned".into())]),
            )]));
            assert!(checked.problems.is_empty(), "{:?}", checked.problems);
            AdvisorProps {
                lang: Rc::new(Language::bundled(code)),
                profile: Rc::new(checked.profile),
                ..Default::default()
            }
        })
        .hydratable(false)
        .render()
        .await;
        let why_not = element(&html, "apa-grid__row--why-not", "tr");
        let cell = element(why_not, "data-scenario=\"pre-provisioned\"", "td");
        assert!(cell.contains(said), "{code}: {cell}");
        assert!(!cell.contains("href=\"\""), "{code}: an empty link: {cell}");
    }
}
