//! The options table: every setting a page can give the advisor, defined once, as ripgrep defines
//! each flag once. One row is one name in `mount()`'s options and in a profile, the
//! `<autopilot-advisor>` attribute that carries it (if any), whether it belongs to the
//! organization's profile or only to one widget, what kind of value it takes and what it does.
//!
//! Everything else follows from it: [`crate::profile::FIELDS`] and the fields a profile reads,
//! the options `mountAdvisor` reads (`src/embed/mount.rs`), the element's observed attributes and
//! their reading (`src/embed/element.js`, which gets this table as JSON from `xtask options` when
//! the embed script is packaged). The TypeScript declarations, the web part's profile and the docs
//! are checked against it (`tests/options.rs`). Pure data, no web.

use serde::Serialize;

/// Where an option belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// A field of the organization's profile; `mount()` also takes it at the top level (it wins
    /// over the `profile` option's).
    Profile,
    /// A setting of one widget, given to `mount()` or the element only.
    Mount,
}

/// The kind of value an option takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// An object of answers, `{ "identity": "entra" }`, keyed by the model's question keys.
    AnswerMap,
    /// Question keys: a list, or one string separated by spaces or commas.
    QuestionKeys,
    /// Scenario ids: a list, or one string separated by spaces or commas.
    ScenarioIds,
    /// An object keyed by scenario id, each `{ note, contact: { label, url } }`.
    ScenarioNotes,
    /// `true` or `false`.
    Boolean,
    /// `"light"`, `"dark"` or `"auto"`.
    Theme,
    /// `"admin"` or `"employee"`.
    Audience,
    /// A language tag such as `"de"` or `"fr-FR"`.
    Language,
    /// A profile: an object, or its JSON text.
    Json,
}

/// How the element reads an option from its attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reads {
    /// The attribute's text as it is, when the attribute is there.
    Text,
    /// The attribute's text, unless the element's property of the option's name was set from
    /// script (an object or JSON text), which wins.
    TextOrProperty,
    /// `true` when the attribute is there, unless its value is `"false"`.
    Flag,
    /// `false` when the attribute is there; read once, when the widget starts.
    OffWhenPresent,
    /// One attribute per question, named by its key in kebab-case (`current-join`) or, as the
    /// API spells it, snake_case (`current_join`); a value that is not empty is an answer.
    EachQuestion,
    /// The element's own attribute or its closest ancestor's, when not empty.
    Inherited,
}

/// An element attribute and how it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Attribute {
    /// Its name (kebab-case); empty for [`Reads::EachQuestion`], whose names are the questions'.
    pub name: &'static str,
    pub reads: Reads,
}

/// One option.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Opt {
    /// Its name as `mount()` and a profile spell it.
    pub name: &'static str,
    /// The element attribute that carries it, if any.
    pub attribute: Option<Attribute>,
    pub scope: Scope,
    pub kind: Kind,
    /// What it does, in one line (the docs say it in more words).
    pub about: &'static str,
}

const fn attribute(name: &'static str, reads: Reads) -> Option<Attribute> {
    Some(Attribute { name, reads })
}

/// Every option, once. A profile reads its fields in this order.
pub const OPTIONS: [Opt; 12] = [
    Opt {
        name: "preset",
        attribute: attribute("", Reads::EachQuestion),
        scope: Scope::Profile,
        kind: Kind::AnswerMap,
        about: "Answers filled in for the user, who may still change them unless locked.",
    },
    Opt {
        name: "locked",
        attribute: attribute("locked", Reads::Text),
        scope: Scope::Profile,
        kind: Kind::QuestionKeys,
        about: "Questions whose preset answer the user cannot change.",
    },
    Opt {
        name: "hidden",
        attribute: attribute("hidden-questions", Reads::Text),
        scope: Scope::Profile,
        kind: Kind::QuestionKeys,
        about: "Questions not shown (their preset answers still apply).",
    },
    Opt {
        name: "not_offered",
        attribute: attribute("not-offered", Reads::Text),
        scope: Scope::Profile,
        kind: Kind::ScenarioIds,
        about: "Scenarios the organization does not offer: never recommended.",
    },
    Opt {
        name: "scenarios",
        attribute: None,
        scope: Scope::Profile,
        kind: Kind::ScenarioNotes,
        about: "The organization's note and contact link per scenario.",
    },
    Opt {
        name: "theme",
        attribute: attribute("theme", Reads::Text),
        scope: Scope::Profile,
        kind: Kind::Theme,
        about: "Light, dark, or auto (the page's or the system's colour scheme).",
    },
    Opt {
        name: "compact",
        attribute: attribute("compact", Reads::Flag),
        scope: Scope::Profile,
        kind: Kind::Boolean,
        about: "A denser layout, for narrow columns.",
    },
    Opt {
        name: "audience",
        attribute: attribute("audience", Reads::Text),
        scope: Scope::Profile,
        kind: Kind::Audience,
        about:
            "Who reads it: admin (IT planning, the default) or employee (setting up one's own PC).",
    },
    Opt {
        name: "profile",
        attribute: attribute("profile", Reads::TextOrProperty),
        scope: Scope::Mount,
        kind: Kind::Json,
        about: "The organization profile as a whole; the fields above, given on their own, win.",
    },
    Opt {
        name: "answers",
        attribute: None,
        scope: Scope::Mount,
        kind: Kind::AnswerMap,
        about:
            "Where the user starts; without it, a link's answers or the ones kept in this browser.",
    },
    Opt {
        name: "lang",
        attribute: attribute("lang", Reads::Inherited),
        scope: Scope::Mount,
        kind: Kind::Language,
        about: "The widget's language (en, de, fr); else the page's, else the browser's.",
    },
    Opt {
        name: "storage",
        attribute: attribute("no-storage", Reads::OffWhenPresent),
        scope: Scope::Mount,
        kind: Kind::Boolean,
        about:
            "false keeps no answers in this browser (shared kiosks); read when the widget starts.",
    },
];

/// The options' names, in the table's order.
pub const NAMES: [&str; OPTIONS.len()] = {
    let mut out = [""; OPTIONS.len()];
    let mut i = 0;
    while i < OPTIONS.len() {
        out[i] = OPTIONS[i].name;
        i += 1;
    }
    out
};

const PROFILE_COUNT: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < OPTIONS.len() {
        if matches!(OPTIONS[i].scope, Scope::Profile) {
            n += 1;
        }
        i += 1;
    }
    n
};

/// The profile's fields, in the table's order.
pub const PROFILE_FIELDS: [&str; PROFILE_COUNT] = {
    let mut out = [""; PROFILE_COUNT];
    let (mut i, mut n) = (0, 0);
    while i < OPTIONS.len() {
        if matches!(OPTIONS[i].scope, Scope::Profile) {
            out[n] = OPTIONS[i].name;
            n += 1;
        }
        i += 1;
    }
    out
};

/// The option of this name.
pub fn find(name: &str) -> Option<&'static Opt> {
    OPTIONS.iter().find(|o| o.name == name)
}
