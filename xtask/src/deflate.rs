//! `xtask deflate IN OUT`: compresses a file as raw deflate with Zopfli.
//! `package/package.mjs` uses it for the embed script's payload: Zopfli writes a stream any
//! inflater (the browser's `DecompressionStream('deflate-raw')`) reads, a few percent smaller
//! than zlib's best, which is what keeps the script under its 200 KB on disk.

use std::io::Write;

pub fn run(args: impl Iterator<Item = String>) {
    let args: Vec<String> = args.collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: deflate IN OUT");
        std::process::exit(2);
    };
    let data = std::fs::read(input).expect("read the input");
    let mut out = Vec::new();
    zopfli::compress(
        zopfli::Options::default(),
        zopfli::Format::Deflate,
        &data[..],
        &mut out,
    )
    .expect("compress");
    std::fs::File::create(output)
        .and_then(|mut f| f.write_all(&out))
        .expect("write the output");
}
