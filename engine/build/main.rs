//! Build script: reads `model.toml`, checks it, and bakes it into Rust statics in `OUT_DIR`.
//! A model error stops the build with every problem listed, so bad data never ships.

mod bake;
mod validate;

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let path = manifest
        .parent()
        .expect("the crate sits in the workspace")
        .join("model.toml");
    println!("cargo::rerun-if-changed={}", path.display());
    println!("cargo::rerun-if-changed=build");

    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| fail(&[format!("cannot read {}: {e}", path.display())]));
    let mut model: model_types::Model =
        toml::from_str(&text).unwrap_or_else(|e| fail(&[format!("model.toml: {e}")]));
    let errors = validate::validate(&model);
    if !errors.is_empty() {
        fail(&errors);
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    bake::resolve(&mut model);
    write(&out_dir.join("model_data.rs"), &bake::bake(&model));
}

fn write(path: &std::path::Path, text: &str) {
    std::fs::write(path, text)
        .unwrap_or_else(|e| fail(&[format!("cannot write {}: {e}", path.display())]));
}

fn fail(errors: &[String]) -> ! {
    eprintln!("model.toml has {} problem(s):", errors.len());
    for e in errors {
        eprintln!("  - {e}");
    }
    std::process::exit(1);
}
