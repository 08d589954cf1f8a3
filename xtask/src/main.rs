//! The packaging's native helpers, one subcommand each (`cargo run -p xtask -- NAME …`), run by
//! `package/package.mjs` after Trunk's build: `prerender` writes the widget's first renders and
//! the language catalogs; `deflate` compresses the embed script's payloads with Zopfli; `options`
//! prints the options table and the model's answer keys as JSON, which element.js is given.

mod deflate;
mod options;
mod prerender;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        Some("prerender") => prerender::run(args).await,
        Some("deflate") => deflate::run(args),
        Some("options") => options::run(),
        _ => {
            eprintln!("usage: xtask prerender [DIR [WORK]] | xtask deflate IN OUT | xtask options");
            std::process::exit(2);
        }
    }
}
