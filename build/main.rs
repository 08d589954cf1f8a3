//! Build script: reads `model.toml`, checks it, and bakes it into Rust statics in `OUT_DIR`.
//! A model error stops the build with every problem listed, so bad data never ships.

mod bake;
mod schema;
mod validate;

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let path = manifest.join("model.toml");
    println!("cargo::rerun-if-changed={}", path.display());
    println!("cargo::rerun-if-changed=build");

    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| fail(&[format!("cannot read {}: {e}", path.display())]));
    let model: schema::ModelFile =
        toml::from_str(&text).unwrap_or_else(|e| fail(&[format!("model.toml: {e}")]));
    let errors = validate::validate(&model);
    if !errors.is_empty() {
        fail(&errors);
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("model_data.rs");
    std::fs::write(&out, bake::bake(&model))
        .unwrap_or_else(|e| fail(&[format!("cannot write {}: {e}", out.display())]));
}

fn fail(errors: &[String]) -> ! {
    eprintln!("model.toml has {} problem(s):", errors.len());
    for e in errors {
        eprintln!("  - {e}");
    }
    std::process::exit(1);
}
