//! Which answers a widget starts from, as a table: the page's own answers, a link's, this
//! browser's, the organization's preset and what a person ticked on the first render, weighed
//! by the one function the hosted page, the element and `mount()` share.

use autopilot_advisor::engine::Answers;
use autopilot_advisor::profile::Audience;
use autopilot_advisor::start::{link_text, split_link, starting_answers, Base, Sources};

/// Answers written as "key=value&key=value" ("" for none).
fn a(text: &str) -> Answers {
    Answers::from_query(text).unwrap()
}

struct Row {
    given: Option<&'static str>,
    link: Option<&'static str>,
    stored: Option<&'static str>,
    preset: &'static str,
    ticked: &'static str,
    start: &'static str,
    base: Base,
}

#[rustfmt::skip]
const ROWS: &[Row] = &[
    // Nothing anywhere: an empty start.
    Row { given: None, link: None, stored: None, preset: "", ticked: "", start: "", base: Base::Nothing },
    // This browser's answers come back when nothing else is there.
    Row { given: None, link: None, stored: Some("device=new"), preset: "", ticked: "", start: "device=new", base: Base::Stored },
    // Stored but empty is nothing to bring back.
    Row { given: None, link: None, stored: Some(""), preset: "", ticked: "", start: "", base: Base::Nothing },
    // A link was opened on purpose: it wins over this browser's answers, whole (not merged).
    Row { given: None, link: Some("users=shared"), stored: Some("device=new&tpm=yes"), preset: "", ticked: "", start: "users=shared", base: Base::Link },
    // The page's own answers win over a link and this browser's.
    Row { given: Some("device=existing"), link: Some("users=shared"), stored: Some("tpm=yes"), preset: "", ticked: "", start: "device=existing", base: Base::Given },
    // The organization's preset goes over the base, key by key.
    Row { given: None, link: Some("device=new&identity=hybrid"), stored: None, preset: "identity=entra&configmgr=no", ticked: "", start: "device=new&identity=entra&configmgr=no", base: Base::Link },
    // What a person ticked on the first render goes over everything, the preset included.
    Row { given: None, link: None, stored: Some("device=new&users=single"), preset: "identity=entra", ticked: "identity=hybrid&users=shared", start: "device=new&identity=hybrid&users=shared", base: Base::Stored },
    // Ticked answers alone.
    Row { given: None, link: None, stored: None, preset: "", ticked: "device=broken", start: "device=broken", base: Base::Nothing },
];

#[test]
fn the_start_weighs_the_page_a_link_this_browser_the_preset_and_the_first_render() {
    let mut failures = Vec::new();
    for (i, r) in ROWS.iter().enumerate() {
        let sources = Sources {
            given: r.given.map(a),
            link: r.link.map(a),
            stored: r.stored.map(a),
            preset: a(r.preset),
            ticked: a(r.ticked),
        };
        let (start, base) = starting_answers(&sources);
        if start != a(r.start) || base != r.base {
            failures.push(format!(
                "row {i}: started from {:?} on {base:?}, expected {:?} on {:?}",
                start.to_query(),
                r.start,
                r.base
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The view a link names is not an answer: it is taken out before the answers are read, and
/// written after them; the default view writes nothing, so an admin's links are as they were.
#[test]
fn a_links_view_is_kept_apart_from_its_answers() {
    let cases = [
        ("audience=employee", "", Some(Audience::Employee)),
        (
            "device=new&audience=employee",
            "device=new",
            Some(Audience::Employee),
        ),
        (
            "audience=admin&device=new",
            "device=new",
            Some(Audience::Admin),
        ),
        ("device=new", "device=new", None),
        // An unknown view is left out, and the answers still read.
        ("device=new&audience=boss", "device=new", None),
        ("", "", None),
    ];
    for (text, answers, audience) in cases {
        assert_eq!(split_link(text), (answers.to_owned(), audience), "{text}");
        assert!(Answers::from_query(&split_link(text).0).is_ok(), "{text}");
    }
    assert_eq!(
        link_text(&a("device=new"), Audience::Employee),
        "device=new&audience=employee"
    );
    assert_eq!(link_text(&a(""), Audience::Employee), "audience=employee");
    assert_eq!(link_text(&a("device=new"), Audience::Admin), "device=new");
    let round = link_text(&a("device=existing&users=shared"), Audience::Employee);
    assert_eq!(
        split_link(&round),
        (
            "device=existing&users=shared".to_owned(),
            Some(Audience::Employee)
        )
    );
}
