//! The employee view (issue #21): a person setting up their own PC reads plain words, in every
//! state and language, and the advice is the engine's.
//!
//! Jargon: the view is rendered with Yew's server renderer for every combination of the
//! employee's answers ("Not sure" included) over organization presets that lead to every
//! scenario, nothing fitting and IT's choice, in English, German and French; its visible text
//! (tags stripped, so not the source links' titles, which name Microsoft's pages as Microsoft
//! titles them) must hold no term of the jargon list. "Intune" and "Entra" are on the list too:
//! the view names neither, it says "your organization" and "IT".
//!
//! Reading grade: the Flesch–Kincaid grade of the English employee texts (the questions' plain
//! words, the `[employee]` section, the widget's employee words), pooled over all of them as the
//! formula is meant for a passage, must be 8 or below; no single text may pass 12, so one hard
//! text cannot hide among easy ones.

use autopilot_advisor::engine::employee::{employee_questions, next};
use autopilot_advisor::engine::{evaluate, Answers};
use autopilot_advisor::i18n::{words, Language};
use autopilot_advisor::model::MODEL;
use autopilot_advisor::profile::{Audience, Profile};
use autopilot_advisor::start::Sources;
use autopilot_advisor::ui::{Advisor, AdvisorProps};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::ServerRenderer;

/// The terms and others an employee does not know, as each language spells them.
const JARGON: [(&str, &[&str]); 3] = [
    (
        "en",
        &[
            "Configuration Manager",
            "ConfigMgr",
            "SCCM",
            "MECM",
            "attestation",
            "OEM",
            "reseller",
            "task sequence",
            "admin center",
            "hybrid join",
            "pre-provision",
            "pre-provisioning",
            "pre-provisioned",
            "KB5035942",
            "Enrollment Status Page",
            "ESP",
            "hardware hash",
            "JSON",
            "organizational unit",
            "Intune",
            "Entra",
            "TPM",
            "tpm.msc",
            "MDM",
            "OOBE",
            "Active Directory",
            "Azure AD",
            "self-deploying",
            "user-driven",
            "technician",
            "enrollment",
            "deployment mode",
        ],
    ),
    (
        "de",
        &[
            "Configuration Manager",
            "Konfigurations-Manager",
            "ConfigMgr",
            "SCCM",
            "MECM",
            "Nachweis",
            "TPM-Nachweis",
            "OEM",
            "Vertriebspartner",
            "Tasksequenz",
            "Admin Center",
            "Hybrideinbindung",
            "Vorabbereitstellung",
            "vorab bereitgestellt",
            "KB5035942",
            "Registrierungsstatusseite",
            "ESP",
            "Hardwarehash",
            "JSON",
            "Organisationseinheit",
            "Intune",
            "Entra",
            "TPM",
            "MDM",
            "OOBE",
            "Active Directory",
            "Azure AD",
            "Selbstbereitstellung",
            "benutzergesteuert",
            "Techniker",
        ],
    ),
    (
        "fr",
        &[
            "Configuration Manager",
            "Gestionnaire de configuration",
            "ConfigMgr",
            "SCCM",
            "MECM",
            "attestation",
            "OEM",
            "revendeur",
            "séquence de tâches",
            "centre d’administration",
            "centre d'administration",
            "jonction hybride",
            "préprovisionnement",
            "pré-provisionnement",
            "KB5035942",
            "Page d’état d’inscription",
            "Page d'état d'inscription",
            "ESP",
            "hachage matériel",
            "JSON",
            "unité d’organisation",
            "unité d'organisation",
            "Intune",
            "Entra",
            "TPM",
            "MDM",
            "OOBE",
            "Active Directory",
            "Azure AD",
            "auto-déploiement",
            "technicien",
        ],
    ),
];

/// The jargon terms `text` holds, matched case-insensitively as whole words.
fn jargon_in(text: &str, lang: &str) -> Vec<&'static str> {
    let terms = JARGON.iter().find(|(l, _)| *l == lang).unwrap().1;
    let lower = text.to_lowercase();
    terms
        .iter()
        .copied()
        .filter(|t| {
            let t = t.to_lowercase();
            lower.match_indices(&t).any(|(i, _)| {
                let before = lower[..i].chars().next_back();
                let after = lower[i + t.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        })
        .collect()
}

/// What a person reads: the HTML's text, tags (and their attributes) left out.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

fn answers(text: &str) -> Answers {
    Answers::from_pairs(text.split_whitespace().map(|kv| {
        let (k, v) = kv.split_once('=').unwrap();
        (k, Some(v))
    }))
    .unwrap()
}

/// Every combination of the employee's answers over `base`, "Not sure" included.
fn combinations(base: Answers) -> Vec<Answers> {
    let mut all = vec![base];
    for q in employee_questions() {
        let n = MODEL.questions[q].options.len();
        all = all
            .into_iter()
            .flat_map(|a| (0..=n).map(move |v| a.with(q, (v < n).then_some(v as u8))))
            .collect();
    }
    all
}

/// Organization presets (the questions the employee is not asked) that lead to every scenario,
/// nothing fitting, and IT's choice.
const PRESETS: [&str; 7] = [
    "",
    "registered=yes identity=entra technician=no tpm=yes configmgr=no custom_image=no fast_user=no",
    "registered=yes identity=entra technician=yes tpm=yes configmgr=no custom_image=no fast_user=yes",
    "registered=no identity=entra technician=no tpm=no configmgr=no custom_image=no fast_user=no",
    "registered=yes identity=hybrid dc=yes technician=no tpm=yes configmgr=yes custom_image=yes fast_user=no",
    "registered=yes identity=hybrid dc=no technician=yes tpm=vm configmgr=no custom_image=no fast_user=yes",
    "registered=no identity=entra technician=no tpm=yes configmgr=no custom_image=no fast_user=no",
];

/// One set of answers per distinct thing the view says (the scenario, whether IT acts first and
/// why, the checklist's items): rendering these covers every state the view can be in.
fn representatives() -> Vec<Answers> {
    let mut seen = BTreeMap::new();
    for preset in PRESETS {
        for a in combinations(answers(preset)) {
            let n = next(&a, &evaluate(&a));
            seen.entry(format!("{n:?}")).or_insert(a);
        }
    }
    seen.into_values().collect()
}

async fn render(lang: &str, given: Answers) -> String {
    let code = lang.to_owned();
    ServerRenderer::<Advisor>::with_props(move || AdvisorProps {
        start: Sources {
            given: Some(given),
            ..Sources::default()
        },
        lang: Rc::new(Language::bundled(&code)),
        profile: Rc::new(Profile {
            audience: Audience::Employee,
            ..Profile::default()
        }),
        standalone: true,
        ..Default::default()
    })
    .hydratable(false)
    .render()
    .await
}

#[test]
fn the_jargon_check_finds_an_injected_term_in_each_language() {
    assert_eq!(
        jargon_in("Open the Intune admin center.", "en"),
        ["admin center", "Intune"]
    );
    assert_eq!(
        jargon_in("Die Registrierungsstatusseite erscheint.", "de"),
        ["Registrierungsstatusseite"]
    );
    assert_eq!(
        jargon_in("Le hachage matériel est chargé.", "fr"),
        ["hachage matériel"]
    );
    // Whole words only: "poem" holds no OEM, "espace" no ESP.
    assert!(jargon_in("A poem about the despair of espace.", "en").is_empty());
    assert_eq!(
        visible_text("<a title=\"Intune\">source</a> &amp; more"),
        " source  & more"
    );
}

#[tokio::test]
async fn the_employee_view_speaks_no_jargon_in_any_state_or_language() {
    let states = representatives();
    let mut scenarios = std::collections::BTreeSet::new();
    for a in &states {
        if let Some(s) = next(a, &evaluate(a)).scenario {
            scenarios.insert(&*MODEL.scenarios[s].id);
        }
    }
    // The presets reach every scenario's checklist, so every checklist is read below.
    assert_eq!(scenarios.len(), MODEL.scenarios.len(), "{scenarios:?}");
    for lang in ["en", "de", "fr"] {
        for a in &states {
            let html = render(lang, *a).await;
            assert!(html.contains("apa-employee"), "the employee view is shown");
            let text = visible_text(&html);
            let found = jargon_in(&text, lang);
            assert!(
                found.is_empty(),
                "{lang}, answers {:?}: the employee view says {found:?}",
                a.to_query()
            );
        }
    }
}

/// The view decides nothing itself: its scenario is the one `evaluate` recommends or leads
/// with, and a checklist shows only when IT need not act first.
#[test]
fn what_happens_next_follows_the_engines_verdict() {
    use autopilot_advisor::engine::Standing;
    for preset in PRESETS {
        for a in combinations(answers(preset)) {
            let e = evaluate(&a);
            let n = next(&a, &e);
            let expected = match e.standing() {
                Standing::Recommended(s) | Standing::Leading(s) => Some(s),
                _ => None,
            };
            assert_eq!(n.scenario, expected, "{}", a.to_query());
            assert_eq!(
                n.checklist.is_some(),
                n.it_first.is_empty(),
                "{}",
                a.to_query()
            );
            if matches!(
                e.standing(),
                Standing::NothingFits | Standing::Open | Standing::SeveralFit(_)
            ) {
                assert!(!n.it_first.is_empty(), "{}: IT decides", a.to_query());
            }
        }
    }
    // With the organization's answers, "reset mine" is a Reset the person can follow, and
    // "Windows is broken" needs IT to put Windows on the PC again before user-driven mode.
    let preset = PRESETS[1];
    let case = |device: &str| {
        let a = answers(&format!(
            "{preset} device={device} users=single windows=win11 current_join=entra"
        ));
        next(&a, &evaluate(&a))
    };
    let reset = case("existing");
    assert_eq!(
        reset.scenario.map(|s| &*MODEL.scenarios[s].id),
        Some("reset")
    );
    assert!(reset.it_first.is_empty() && reset.checklist.is_some());
    let broken = case("broken");
    assert_eq!(
        broken.scenario.map(|s| &*MODEL.scenarios[s].id),
        Some("user-driven")
    );
    assert!(broken
        .it_first
        .iter()
        .any(|f| f.text.contains("put on the PC again")));
}

#[tokio::test]
async fn the_first_screen_asks_at_most_five_plain_questions() {
    for a in combinations(Answers::new()) {
        let html = render("en", a).await;
        let asked = html.matches("class=\"apa-question__text\"").count();
        assert!(
            (1..=5).contains(&asked),
            "{}: {asked} questions",
            a.to_query()
        );
        assert!(
            !html.contains("apa-grid"),
            "the comparison is one click away, not shown"
        );
    }
}

#[tokio::test]
async fn it_acting_first_gives_a_message_with_the_persons_answers() {
    let html = render(
        "en",
        answers("device=new users=single windows=win11 registered=no"),
    )
    .await;
    let text = visible_text(&html);
    assert!(text.contains("IT must act first"), "{text}");
    assert!(text.contains("not on your organization's list of PCs yet"));
    let message = html.split("apa-employee__message-text").nth(1).unwrap();
    assert!(
        message.contains("What do you need to do with your PC? Set up a new PC"),
        "{message}"
    );
    assert!(message.contains("Who will use this PC? Only me"));
}

#[tokio::test]
async fn a_checklist_lists_what_to_have_ready_the_screens_in_order_and_what_to_do_on_failure() {
    let preset = PRESETS[1];
    let html = render(
        "en",
        answers(&format!("{preset} device=new users=single windows=win11")),
    )
    .await;
    let text = visible_text(&html);
    for heading in [
        "How long it takes",
        "Have this ready",
        "What you will see",
        "If something goes wrong",
        "Stop and call IT if you see this",
    ] {
        assert!(text.contains(heading), "{heading}: {text}");
    }
    let steps = html
        .split("<ol class=\"apa-employee__list\">")
        .nth(1)
        .unwrap();
    let first = steps.find("Turn on the PC").unwrap();
    let last = steps.find("your desktop appears").unwrap();
    assert!(first < last, "the screens in order");
    assert!(text.contains("serial number"));
}

// --- Reading grade ----------------------------------------------------------------------

/// Syllables of an English word: groups of vowels, a final silent "e" left out, at least one.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for &c in &w {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    let n = w.len();
    // A final "e" after a consonant is silent, except in "-le" after a consonant ("table").
    let le = n > 2 && w[n - 2] == 'l' && !vowel(w[n - 3]);
    if n > 2 && w[n - 1] == 'e' && !vowel(w[n - 2]) && !le {
        count -= 1;
    }
    count.max(1)
}

/// (sentences, words, syllables) of a text; a text without a full stop is one sentence.
fn counts(text: &str) -> (usize, usize, usize) {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
        .collect();
    let sentences = text
        .split(['.', '!', '?', ':'])
        .filter(|s| {
            s.split_whitespace()
                .any(|w| w.chars().any(char::is_alphabetic))
        })
        .count()
        .max(1);
    let syll = words.iter().map(|w| syllables(w)).sum();
    (sentences, words.len(), syll)
}

fn grade((sentences, words, syllables): (usize, usize, usize)) -> f64 {
    let (s, w, y) = (sentences as f64, words as f64, syllables as f64);
    0.39 * (w / s) + 11.8 * (y / w) - 15.59
}

/// Every English text of the employee view.
fn employee_texts() -> Vec<String> {
    let en = Language::english();
    let mut out: Vec<String> = [
        words::EMPLOYEE_TITLE,
        words::EMPLOYEE_INTRO,
        words::AUDIENCE_LABEL,
        words::AUDIENCE_EMPLOYEE,
        words::EMPLOYEE_QUESTIONS,
        words::IT_DECIDES,
        words::NEXT_STEPS,
        words::HOW_LONG,
        words::HAVE_READY,
        words::YOU_WILL_SEE,
        words::IF_WRONG,
        words::STOP_IF,
        words::UNCONFIRMED,
        words::IT_FIRST,
        words::IT_MESSAGE,
        words::IT_MESSAGE_INTRO,
        words::COPY_MESSAGE,
        words::COPIED_MESSAGE,
        words::HOW_IT_CHOOSES,
        words::NOT_SURE,
    ]
    .iter()
    .map(|w| en.word(*w).to_owned())
    .collect();
    for q in MODEL.questions.iter() {
        if let Some(p) = &q.employee {
            out.extend([p.text.to_string(), p.help.to_string()]);
            out.extend(p.labels.iter().map(|l| l.to_string()));
        }
    }
    out.extend(
        MODEL
            .employee
            .facts()
            .into_iter()
            .map(|(_, f)| f.text.to_string()),
    );
    out
}

#[test]
fn the_syllable_counter_counts_plain_words_right() {
    for (word, n) in [
        ("PC", 1),
        ("the", 1),
        ("make", 1),
        ("table", 2),
        ("organization", 5),
        ("password", 2),
        ("ready", 2),
        ("Windows", 2),
    ] {
        assert_eq!(syllables(word), n, "{word}");
    }
}

#[test]
fn the_english_employee_texts_read_at_grade_eight_or_below() {
    let texts = employee_texts();
    let mut total = (0, 0, 0);
    let mut hardest = (f64::MIN, "");
    for t in &texts {
        let c = counts(t);
        assert!(grade(c) <= 12.0, "grade {:.1}: {t}", grade(c));
        if grade(c) > hardest.0 {
            hardest = (grade(c), t);
        }
        total = (total.0 + c.0, total.1 + c.1, total.2 + c.2);
    }
    let pooled = grade(total);
    println!(
        "pooled Flesch-Kincaid grade over {} texts: {pooled:.2}; the hardest, {:.1}: {}",
        texts.len(),
        hardest.0,
        hardest.1
    );
    assert!(pooled <= 8.0, "pooled grade {pooled:.2}");
}
