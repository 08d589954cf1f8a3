//! What was read: which column fed which field and answer (a column can be chosen again, from
//! the file the field is read from), each value read with its count and the answer it became
//! (a value can be given another meaning), the rows skipped with their reason, and what the
//! Autopilot list and the Work from anywhere export added.

use super::{use_lang, Shared, Tables};
use crate::lang::{words, Lang, Word};
use autopilot_fleet::map::{Corrections, Field, Reading, SkipReason, Source, ValueCorrection};
use autopilot_ui::engine::Answers;
use autopilot_ui::model::MODEL;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub tables: Shared<Tables>,
    pub reading: Shared<Reading>,
    pub corrections: Corrections,
    pub on_change: Callback<Corrections>,
}

fn field_word(f: Field) -> Word {
    match f {
        Field::Serial => words::SERIAL,
        Field::Name => words::NAME,
        Field::User => words::USER,
        Field::Os => words::FIELD_OS,
        Field::OsVersion => words::FIELD_OS_VERSION,
        Field::Sku => words::FIELD_SKU,
        Field::Join => words::FIELD_JOIN,
        Field::Ownership => words::FIELD_OWNERSHIP,
        Field::ManagedBy => words::FIELD_MANAGED_BY,
        Field::Manufacturer => words::FIELD_MANUFACTURER,
        Field::Model => words::FIELD_MODEL,
        Field::Category => words::FIELD_CATEGORY,
        Field::LastCheckIn => words::FIELD_LAST_CHECK_IN,
        Field::WfaSerial => words::FIELD_WFA_SERIAL,
        Field::WfaRegistered => words::FIELD_WFA_REGISTERED,
        Field::WfaTpmCheck => words::FIELD_WFA_TPM_CHECK,
    }
}

fn question_text<'a>(lang: &'a Lang, key: &str) -> &'a str {
    Answers::key(key).map_or("", |q| lang.text(&MODEL.questions[q].text))
}

fn selected(e: &Event) -> Option<String> {
    let value = e.target_dyn_into::<HtmlSelectElement>()?.value();
    Some(value).filter(|v| !v.is_empty())
}

fn columns(lang: &Lang, props: &Props) -> Html {
    let tables = &props.tables.0;
    let row = |c: &autopilot_fleet::map::ColumnUse| {
        let field = c.field;
        // A field's column is chosen among its own file's headers.
        let headers: &[String] = match field.source() {
            Source::Inventory => &tables.inventory.headers,
            Source::Wfa => tables.wfa.as_ref().map_or(&[], |t| &t.headers),
        };
        let onchange = {
            let (corrections, on_change) = (props.corrections.clone(), props.on_change.clone());
            Callback::from(move |e: Event| {
                let mut corrections = corrections.clone();
                corrections.columns.retain(|(f, _)| *f != field);
                corrections.columns.push((field, selected(&e)));
                on_change.emit(corrections);
            })
        };
        let label = lang.word(field_word(field));
        html! {
            <tr data-field={field.key()}>
                <th scope="row">{ label }</th>
                <td><select aria-label={label} {onchange}>
                    <option value="" selected={c.header.is_none()}>{ lang.word(words::NO_COLUMN) }</option>
                    { for headers.iter().map(|h| html! { <option value={h.clone()} selected={c.header.as_deref() == Some(h)}>{ h }</option> }) }
                </select></td>
                <td>{ c.feeds.map(|k| question_text(lang, k)).unwrap_or("") }</td>
            </tr>
        }
    };
    html! {
        <table class="apa-fleet-read__columns">
            <caption>{ lang.word(words::COLUMNS) }</caption>
            <thead><tr><th scope="col">{ lang.word(words::FIELD) }</th><th scope="col">{ lang.word(words::COLUMN) }</th><th scope="col">{ lang.word(words::FEEDS) }</th></tr></thead>
            <tbody>{ for props.reading.0.report.columns.iter().map(row) }</tbody>
        </table>
    }
}

fn values(lang: &Lang, props: &Props) -> Html {
    let row = |v: &autopilot_fleet::map::ValueCount| {
        let (key, read) = (v.key, v.read.clone());
        let onchange = {
            let (corrections, on_change) = (props.corrections.clone(), props.on_change.clone());
            Callback::from(move |e: Event| {
                let mut corrections = corrections.clone();
                corrections
                    .values
                    .retain(|c| !(c.key == key && c.read == read));
                let value = selected(&e);
                corrections.values.push(ValueCorrection {
                    key: key.into(),
                    read: read.clone(),
                    value,
                });
                on_change.emit(corrections);
            })
        };
        let options = Answers::key(key)
            .map(|q| &MODEL.questions[q].options[..])
            .unwrap_or(&[]);
        let label = lang.fill(words::MEANS, &[("read", &v.read)]);
        html! {
            <tr data-key={key} data-read={v.read.clone()}>
                <td>{ question_text(lang, key) }</td>
                <td>{ if v.read.is_empty() { lang.word(words::EMPTY) } else { &v.read } }</td>
                <td>{ v.count }</td>
                <td><select aria-label={label} {onchange}>
                    <option value="" selected={v.value.is_none()}>{ lang.word(words::UNANSWERED) }</option>
                    { for options.iter().map(|o| html! { <option value={o.value.to_string()} selected={v.value == Some(&*o.value)}>{ lang.text(&o.label) }</option> }) }
                </select></td>
            </tr>
        }
    };
    html! {
        <table class="apa-fleet-read__values">
            <caption>{ lang.word(words::VALUES) }</caption>
            <thead><tr><th scope="col">{ lang.word(words::ANSWER) }</th><th scope="col">{ lang.word(words::READ) }</th><th scope="col">{ lang.word(words::COUNT) }</th><th scope="col">{ lang.word(words::BECOMES) }</th></tr></thead>
            <tbody>{ for props.reading.0.report.values.iter().map(row) }</tbody>
        </table>
    }
}

/// What the Work from anywhere export added: its rows, the devices found in it, the serial
/// numbers that match none (listed), and the devices whose registration the Autopilot list
/// answered against it.
fn wfa(lang: &Lang, reading: &Reading) -> Html {
    let report = &reading.report;
    let Some(rows) = report.wfa_rows else {
        return Html::default();
    };
    let summary = lang.fill(
        words::WFA_SUMMARY,
        &[
            ("rows", &rows.to_string()),
            ("matched", &report.wfa_matched.to_string()),
            ("unmatched", &report.wfa_only.len().to_string()),
        ],
    );
    html! {
        <>
            <p class="apa-fleet-read__wfa">{ summary }</p>
            if report.wfa_overruled > 0 {
                <p class="apa-fleet-read__wfa-overruled">{ lang.fill(words::WFA_OVERRULED, &[("count", &report.wfa_overruled.to_string())]) }</p>
            }
            if !report.wfa_only.is_empty() {
                <details class="apa-fleet-read__wfa-only">
                    <summary>{ lang.word(words::WFA_ONLY) }</summary>
                    <ul>{ for report.wfa_only.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                </details>
            }
        </>
    }
}

fn skipped(lang: &Lang, reading: &Reading) -> Html {
    let reason = |r: &SkipReason| match r {
        SkipReason::NotWindows { os } => lang.fill(words::SKIP_NOT_WINDOWS, &[("os", os)]),
        SkipReason::Personal => lang.word(words::SKIP_PERSONAL).to_owned(),
    };
    html! {
        <details class="apa-fleet-read__skipped">
            <summary>{ lang.fill(words::SKIPPED, &[("count", &reading.skipped.len().to_string())]) }</summary>
            <ul>{ for reading.skipped.iter().map(|s| html! {
                <li>{ lang.fill(words::SKIPPED_ROW, &[("line", &s.line.to_string()), ("name", &s.name), ("serial", &s.serial), ("reason", &reason(&s.reason))]) }</li>
            }) }</ul>
        </details>
    }
}

#[function_component(WhatWasRead)]
pub fn what_was_read(props: &Props) -> Html {
    let lang = use_lang();
    let report = &props.reading.0.report;
    let summary = lang.fill(
        words::READ_SUMMARY,
        &[
            ("rows", &report.rows.to_string()),
            ("devices", &props.reading.0.devices.len().to_string()),
            ("merged", &report.merged.to_string()),
        ],
    );
    html! {
        <section class="apa-fleet-read" aria-labelledby="apa-fleet-read-h">
            <h2 id="apa-fleet-read-h">{ lang.word(words::WHAT_WAS_READ) }</h2>
            <p>{ summary }</p>
            { for report.autopilot_rows.map(|n| html! { <p>{ lang.fill(words::AUTOPILOT_SUMMARY, &[("rows", &n.to_string())]) }</p> }) }
            { wfa(&lang, &props.reading.0) }
            { skipped(&lang, &props.reading.0) }
            { columns(&lang, props) }
            { values(&lang, props) }
        </section>
    }
}
