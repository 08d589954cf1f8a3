//! The docs quote what the code really says: every build message `docs/model.md` quotes in a
//! "caught by" column is one the build (or a compile-time check) still writes.

use std::fs;

/// Where the build's messages are written: the build script, the model's types, and the
/// engine's compile-time limits.
const SOURCES: [&str; 4] = [
    "engine/build/validate.rs",
    "ui/build/i18n.rs",
    "model-types/src/lib.rs",
    "engine/src/engine/assess.rs",
];

/// The sources' text as the messages read: `\"` as `"`, and each `{placeholder}` as `…`, the
/// doc's sign for a part filled in.
fn messages_as_written() -> String {
    let mut out = String::new();
    for path in SOURCES {
        let text = fs::read_to_string(path).unwrap().replace("\\\"", "\"");
        let mut rest = text.as_str();
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let name_len = rest[open + 1..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':' || c == '?'))
                .unwrap_or(0);
            if rest[open + 1 + name_len..].starts_with('}') {
                out.push('…');
                rest = &rest[open + name_len + 2..];
            } else {
                out.push('{');
                rest = &rest[open + 1..];
            }
        }
        out.push_str(rest);
    }
    out
}

/// The code spans of a table cell that quote the build: those after `build:`, up to a `;` or a
/// `(` (after which the cell names a test). Spans may be ``double`` to hold a backtick.
fn build_messages(cell: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut quoting = false;
    let mut rest = cell;
    while let Some(tick) = rest.find('`') {
        let text = &rest[..tick];
        if let Some(end) = text.rfind([';', '(']) {
            quoting = text[end..].contains("build:");
        } else if text.contains("build:") {
            quoting = true;
        }
        let fence = if rest[tick..].starts_with("``") {
            "``"
        } else {
            "`"
        };
        let body = &rest[tick + fence.len()..];
        let close = body.find(fence).expect("a code span is closed");
        if quoting {
            out.push(body[..close].trim());
        }
        rest = &body[close + fence.len()..];
    }
    out
}

#[test]
fn the_build_messages_docs_model_md_quotes_are_the_builds() {
    let written = messages_as_written();
    let doc = fs::read_to_string("docs/model.md").unwrap();
    let quoted: Vec<&str> = doc
        .lines()
        .filter(|l| l.starts_with('|'))
        .flat_map(|row| build_messages(row.trim_end_matches('|').rsplit(" | ").next().unwrap()))
        .collect();
    assert!(
        quoted.len() > 30,
        "only {} build messages found",
        quoted.len()
    );
    let stale: Vec<&&str> = quoted.iter().filter(|m| !written.contains(**m)).collect();
    assert!(
        stale.is_empty(),
        "docs/model.md quotes build messages that no file of {SOURCES:?} writes \
         (a placeholder is written …): {stale:#?}"
    );
}

#[test]
fn a_cell_quotes_the_build_only_after_build() {
    assert_eq!(
        build_messages(
            "build: `a`, ``b `c` ``; `tests/x.rs` `t` (tested in `y`), build: `d` (in `tests/z.rs`)"
        ),
        ["a", "b `c`", "d"]
    );
}
