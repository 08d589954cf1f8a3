//! Picking or dropping the files: their bytes read in the browser (`File.arrayBuffer`), never
//! sent anywhere, then read into tables by the fleet core while a progress bar shows.

use super::{use_lang, Tables};
use crate::lang::{words, Lang};
use autopilot_fleet::shape::{Files, FleetError};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{File, HtmlInputElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_tables: Callback<Tables>,
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Reading,
    Failed(String),
}

/// Which file an input or a dropped file is.
#[derive(Clone, Copy, PartialEq)]
enum Slot {
    Inventory,
    Autopilot,
    Wfa,
}

type Bytes = Option<Rc<Vec<u8>>>;

/// The files kept between picks: the inventory, the Autopilot list, the Work from anywhere
/// export.
type Picked = (Bytes, Bytes, Bytes);

async fn bytes_of(file: File) -> Option<Rc<Vec<u8>>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(Rc::new(js_sys::Uint8Array::new(&buffer).to_vec()))
}

/// Lets the browser paint the progress bar before the reading takes the main thread.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 16);
    });
    let _ = JsFuture::from(promise).await;
}

fn read_tables(
    inventory: &[u8],
    autopilot: Option<&[u8]>,
    wfa: Option<&[u8]>,
) -> Result<Tables, FleetError> {
    let (inventory, autopilot, wfa) = Files {
        inventory,
        autopilot,
        wfa,
    }
    .read()?;
    Ok(Tables {
        inventory,
        autopilot,
        wfa,
    })
}

/// The files picked, read with those kept from before: the tables, or the message that says
/// why not (`None` while no inventory is given).
async fn read_picked(
    picked: Vec<(Slot, File)>,
    files: Rc<RefCell<Picked>>,
    lang: Rc<Lang>,
) -> Option<Result<Tables, String>> {
    for (slot, file) in picked {
        let bytes = bytes_of(file).await;
        let mut f = files.borrow_mut();
        match slot {
            Slot::Inventory => f.0 = bytes,
            Slot::Autopilot => f.1 = bytes,
            Slot::Wfa => f.2 = bytes,
        }
    }
    next_frame().await;
    let (inventory, autopilot, wfa) = files.borrow().clone();
    let result = read_tables(
        &inventory?,
        autopilot.as_deref().map(|b| &b[..]),
        wfa.as_deref().map(|b| &b[..]),
    );
    // Reading is one task and mapping and planning (the page's render) the next, so neither
    // holds the main thread for both.
    next_frame().await;
    Some(result.map_err(|e| {
        let (which, detail) = match e {
            FleetError::Inventory(e) => (words::INVENTORY, e.to_string()),
            FleetError::Autopilot(e) => (words::AUTOPILOT, e.to_string()),
            FleetError::Wfa(e) => (words::WFA, e.to_string()),
        };
        lang.fill(
            words::READ_FAILED,
            &[("file", lang.word(which)), ("detail", &detail)],
        )
    }))
}

/// A dropped file's slot, by its name: the Work from anywhere export's report name
/// (`WorkFromAnywhereDeviceList`) or "wfa" first, as it may also say "autopilot"; then the
/// Autopilot list; otherwise the inventory. Microsoft documents neither download's name, so a
/// file named otherwise is picked with its own field.
fn slot_of(file: &File) -> Slot {
    let name = file.name().to_lowercase();
    if name.contains("anywhere") || name.contains("wfa") {
        Slot::Wfa
    } else if name.contains("autopilot") {
        Slot::Autopilot
    } else {
        Slot::Inventory
    }
}

#[function_component(FilePicker)]
pub fn file_picker(props: &Props) -> Html {
    let lang = use_lang();
    let status = use_state(|| Status::Idle);
    let files = use_mut_ref(|| -> Picked { (None, None, None) });
    let take = {
        let (status, files, on_tables) = (status.clone(), files.clone(), props.on_tables.clone());
        let lang = lang.clone();
        Callback::from(move |picked: Vec<(Slot, File)>| {
            status.set(Status::Reading);
            let read = read_picked(picked, files.clone(), lang.clone());
            let (status, on_tables) = (status.clone(), on_tables.clone());
            spawn_local(async move {
                match read.await {
                    Some(Ok(tables)) => {
                        status.set(Status::Idle);
                        on_tables.emit(tables);
                    }
                    Some(Err(message)) => status.set(Status::Failed(message)),
                    None => status.set(Status::Idle),
                }
            });
        })
    };
    let input = |slot: Slot| {
        let take = take.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|l| l.get(0)) {
                take.emit(vec![(slot, file)]);
            }
        })
    };
    let ondrop = {
        let take = take.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let Some(list) = e.data_transfer().and_then(|d| d.files()) else {
                return;
            };
            let picked = (0..list.length())
                .filter_map(|i| list.get(i))
                .map(|f| (slot_of(&f), f))
                .collect();
            take.emit(picked);
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let state = match &*status {
        Status::Idle => Html::default(),
        Status::Reading => html! {
            <p class="apa-fleet-files__busy" role="status">
                { lang.word(words::READING) }{ " " }<progress class="apa-fleet-files__progress"></progress>
            </p>
        },
        Status::Failed(m) => html! { <p class="apa-fleet-files__error" role="alert">{ m }</p> },
    };
    html! {
        <section class="apa-fleet-files" aria-labelledby="apa-fleet-files-h" {ondrop} {ondragover}>
            <h2 id="apa-fleet-files-h">{ lang.word(words::FILES) }</h2>
            <p class="apa-fleet-files__drop">{ lang.word(words::DROP) }</p>
            <label class="apa-fleet-files__field">
                <span>{ lang.word(words::INVENTORY) }</span>
                <input type="file" name="inventory" accept=".csv,.zip,.txt" onchange={input(Slot::Inventory)} />
            </label>
            <label class="apa-fleet-files__field">
                <span>{ lang.word(words::AUTOPILOT_OPTIONAL) }</span>
                <input type="file" name="autopilot" accept=".csv,.zip,.txt" onchange={input(Slot::Autopilot)} />
            </label>
            <label class="apa-fleet-files__field">
                <span>{ lang.word(words::WFA_OPTIONAL) }</span>
                <input type="file" name="wfa" accept=".csv,.zip,.txt" onchange={input(Slot::Wfa)} />
            </label>
            { state }
        </section>
    }
}
