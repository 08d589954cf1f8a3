//! Build script: reads the catalogs in `i18n/`, checks them against `model.toml`'s texts (every
//! problem at once), and bakes their index and one text file per language into `OUT_DIR`.
//! (`model.toml` itself is checked and baked by the engine's build script.)

mod i18n;

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest.parent().expect("the crate sits in the workspace");
    let path = root.join("model.toml");
    println!("cargo::rerun-if-changed={}", path.display());
    println!("cargo::rerun-if-changed=build");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| fail(&[format!("cannot read {}: {e}", path.display())]));
    // The engine's build reports a model that does not read; here it only stops the catalogs.
    let model: model_types::Model =
        toml::from_str(&text).unwrap_or_else(|e| fail(&[format!("model.toml: {e}")]));
    let catalogs = i18n::read(&root.join("i18n")).unwrap_or_else(|e| fail(&e));
    let errors = i18n::validate(&catalogs, &model);
    if !errors.is_empty() {
        fail(&errors);
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    let (index, baked) = i18n::bake(&catalogs, &model);
    write(&out_dir.join("i18n_data.rs"), &index);
    for (code, text) in baked {
        write(&out_dir.join(format!("catalog-{code}.txt")), &text);
    }
}

fn write(path: &std::path::Path, text: &str) {
    std::fs::write(path, text)
        .unwrap_or_else(|e| fail(&[format!("cannot write {}: {e}", path.display())]));
}

fn fail(errors: &[String]) -> ! {
    eprintln!("i18n/ has {} problem(s):", errors.len());
    for e in errors {
        eprintln!("  - {e}");
    }
    std::process::exit(1);
}
