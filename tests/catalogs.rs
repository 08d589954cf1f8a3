//! The language catalogs (`i18n/`): complete, and the build's checks really catch a missing or
//! stale entry and a broken placeholder. Runs the build script's own modules on the files.

#[allow(dead_code)]
#[path = "../ui/build/i18n.rs"]
mod i18n;
#[allow(dead_code)]
#[path = "../engine/build/validate.rs"]
mod validate;

use autopilot_advisor::embed::api::model_in;
use autopilot_advisor::i18n::{negotiate, words, Language, CATALOGS, LANGUAGES};
use autopilot_advisor::model::{Cell, MODEL};
use std::path::Path;

fn model() -> model_types::Model {
    toml::from_str(&std::fs::read_to_string("model.toml").unwrap()).unwrap()
}

fn catalogs() -> i18n::Catalogs {
    i18n::read(Path::new("i18n")).unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn every_catalog_is_complete() {
    assert_eq!(i18n::validate(&catalogs(), &model()), Vec::<String>::new());
    // English, German and a third language.
    assert_eq!(LANGUAGES.map(|(c, _)| c), ["en", "de", "fr"]);
}

#[test]
fn a_missing_word_a_missing_text_a_stale_text_and_a_lost_placeholder_each_fail() {
    let m = model();
    let mut c = catalogs();
    let de = &mut c.others[0].1;
    de.ui.remove("copy_summary");
    de.model.remove("Device for a single user");
    de.model
        .insert("A text model.toml never said".into(), "Ein Text".into());
    de.ui.insert("answered".into(), "{done} beantwortet".into());
    let errors = i18n::validate(&c, &m);
    let expect = [
        "i18n/de.toml: [ui] misses \"copy_summary\"",
        "i18n/de.toml: [model] has no translation of \"Device for a single user\"",
        "i18n/de.toml: [model] translates \"A text model.toml never said\", which model.toml no longer says",
        "i18n/de.toml: \"answered\" must keep the placeholders",
    ];
    for e in expect {
        assert!(
            errors.iter().any(|x| x.starts_with(e)),
            "no error {e:?} in {errors:#?}"
        );
    }
    assert_eq!(errors.len(), expect.len(), "{errors:#?}");
}

#[test]
fn the_baked_catalogs_load_and_translate_words_cells_and_model_texts() {
    for (code, text) in CATALOGS {
        let lang = Language::from_catalog(code, text).expect("fits this build's index");
        assert_eq!(lang.code, code);
        assert_ne!(lang.word(words::TITLE), "Autopilot Scenario Advisor");
        assert_ne!(lang.cell(Cell::Yes), "Yes");
        // Every scenario's name is translated, and no text is left empty.
        for s in MODEL.scenarios.iter() {
            assert_ne!(lang.text(&s.name), s.name, "{code}: {}", s.id);
        }
        assert!(text.split('\u{1f}').all(|t| !t.trim().is_empty()));
    }
    // A catalog that does not fit (cut short, or for another build) is refused, not misread.
    let (code, text) = CATALOGS[0];
    assert!(Language::from_catalog(code, &text[..text.len() / 2]).is_none());
    assert!(Language::from_catalog("en", text).is_none());
    // Text that is not the model's (an organization's note) comes back as it is.
    assert_eq!(
        Language::bundled("de").text("Call the desk"),
        "Call the desk"
    );
}

#[test]
fn microsoft_names_per_language() {
    let de = Language::bundled("de");
    let fr = Language::bundled("fr");
    let name = |id: &str| &*MODEL.scenario(id).unwrap().name;
    assert_eq!(
        de.text(name("user-driven")),
        "Benutzergesteuerter Windows Autopilot-Modus"
    );
    assert_eq!(
        de.text(name("existing-devices")),
        "Windows Autopilot für vorhandene Geräte"
    );
    assert_eq!(
        fr.text(name("existing-devices")),
        "Windows Autopilot pour les appareils existants"
    );
    assert_eq!(
        fr.text(name("reset")),
        "Réinitialisation de Windows Autopilot"
    );
    // Product names stay as Microsoft writes them in every language.
    for lang in [&de, &fr] {
        for s in MODEL.scenarios.iter() {
            assert!(
                lang.text(&s.name).contains("Windows Autopilot"),
                "{}",
                lang.text(&s.name)
            );
        }
    }
}

#[test]
fn the_language_follows_the_first_supported_preference() {
    assert_eq!(negotiate(["de-AT"]), "de");
    assert_eq!(negotiate(["es-ES", "fr-CA", "de"]), "fr");
    assert_eq!(negotiate(["es", "pt-BR"]), "en");
    assert_eq!(negotiate(["", "  DE_ch "]), "de");
    assert_eq!(negotiate([]), "en");
}

#[test]
fn a_facts_checked_date_that_is_not_a_real_day_fails() {
    let mut m = model();
    assert!(validate::validate(&m).is_empty());
    for bad in ["30.11.2026", "2026-11-31", "2026-02-29", "2026-1-30", ""] {
        m.meta.facts_checked = bad.to_owned().into();
        assert_eq!(
            validate::validate(&m),
            [format!(
                "meta.facts_checked \"{bad}\" must be a date written YYYY-MM-DD"
            )]
        );
    }
    assert!(validate::is_date("2028-02-29"));
}

#[test]
fn only_prerequisites_may_depend_on_the_answers_and_their_conditions_name_real_answers() {
    let mut m = model();
    let s = &mut m.scenarios.to_mut()[0];
    let conditional = s.prerequisites.iter().position(|f| !f.when.is_empty());
    let conditional =
        &mut s.prerequisites.to_mut()[conditional.expect("a prerequisite with a `when`")];
    let when = conditional.when.clone();
    conditional.when.to_mut()[0].values =
        vec![autopilot_advisor::model::Ref::named("maybe")].into();
    let mut pro = s.pros[0].clone();
    pro.when = when;
    s.pros.to_mut().push(pro);
    let errors = validate::validate(&m);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("only prerequisites may have a `when`, not pros")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("\"maybe\" is not a value of")),
        "{errors:?}"
    );
}

/// `AutopilotAdvisor.model(lang)`, which the web part's pane shows: every text of the model in the
/// language asked for, negotiated as the widget's `lang`; ids, keys and values as they are.
#[test]
fn the_model_speaks_the_language_asked_for() {
    let english = model_in("en");
    assert_eq!(
        serde_json::to_value(&english).unwrap(),
        serde_json::to_value(&MODEL).unwrap()
    );
    for (tag, code) in [("de", "de"), ("fr-FR", "fr"), ("DE-at", "de")] {
        let lang = Language::bundled(code);
        let model = model_in(tag);
        for (q, ours) in MODEL.questions.iter().zip(model.questions.iter()) {
            assert_eq!(ours.key, q.key);
            assert_eq!(&*ours.text, lang.text(&q.text), "{tag}: {}", q.key);
            assert_ne!(ours.text, q.text, "{tag}: {} is still English", q.key);
            for (o, theirs) in ours.options.iter().zip(q.options.iter()) {
                assert_eq!(o.value, theirs.value);
                assert_eq!(&*o.label, lang.text(&theirs.label));
            }
        }
        for (s, ours) in MODEL.scenarios.iter().zip(model.scenarios.iter()) {
            assert_eq!(ours.id, s.id);
            assert_eq!(&*ours.name, lang.text(&s.name));
        }
        // Every text of the model, and nothing else, is translated.
        let mut copy = MODEL.clone();
        let texts: Vec<String> = copy.texts_mut().iter().map(|t| t.to_string()).collect();
        let english: Vec<&str> = MODEL.texts().into_iter().map(|(_, t)| t).collect();
        assert_eq!(texts, english, "texts_mut and texts list the same texts");
        let translated: Vec<String> = model
            .clone()
            .texts_mut()
            .iter()
            .map(|t| t.to_string())
            .collect();
        let expected: Vec<&str> = english.iter().map(|t| lang.text(t)).collect();
        assert_eq!(translated, expected, "{tag}");
    }
    // A language the advisor doesn't speak: English.
    assert_eq!(model_in("ja").questions[0].text, MODEL.questions[0].text);
}
