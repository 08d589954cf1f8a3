//! Build script: reads `model.toml`, checks it, and bakes it into Rust statics in `OUT_DIR`.
//! A model error stops the build with every problem listed, so bad data never ships.

mod bake;
mod i18n;
mod validate;

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let path = manifest.join("model.toml");
    println!("cargo::rerun-if-changed={}", path.display());
    println!("cargo::rerun-if-changed=build");

    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| fail(&[format!("cannot read {}: {e}", path.display())]));
    let mut model: model_types::Model =
        toml::from_str(&text).unwrap_or_else(|e| fail(&[format!("model.toml: {e}")]));
    let mut errors = validate::validate(&model);
    let catalogs = i18n::read(&manifest.join("i18n"));
    match &catalogs {
        Ok(c) => errors.extend(i18n::validate(c, &model)),
        Err(e) => errors.extend(e.iter().cloned()),
    }
    if !errors.is_empty() {
        fail(&errors);
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    let (index, baked) = i18n::bake(&catalogs.expect("checked above"), &model);
    bake::resolve(&mut model);
    write(&out_dir.join("model_data.rs"), &bake::bake(&model));
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
    eprintln!("model.toml or i18n/ has {} problem(s):", errors.len());
    for e in errors {
        eprintln!("  - {e}");
    }
    std::process::exit(1);
}
