//! What the fleet's tests share: the fixtures and a small zip writer (stored or DEFLATE), so a
//! test makes the .zip it reads, as Intune's download holds one CSV.
#![allow(dead_code)]

use autopilot_fleet::read::crc32;
use std::path::Path;

pub fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn fixture_text(name: &str) -> String {
    String::from_utf8(fixture(name)).unwrap()
}

/// A one-entry zip as the APPNOTE lays it out: local header, data, central directory, end.
pub fn zip(name: &str, data: &[u8], deflate: bool) -> Vec<u8> {
    let body = if deflate {
        miniz_oxide::deflate::compress_to_vec(data, 6)
    } else {
        data.to_vec()
    };
    let method: u16 = if deflate { 8 } else { 0 };
    let crc = crc32(data);
    let common = |out: &mut Vec<u8>| {
        out.extend(20u16.to_le_bytes()); // version needed
        out.extend(0u16.to_le_bytes()); // flags
        out.extend(method.to_le_bytes());
        out.extend([0, 0, 0x21, 0x58]); // time, date
        out.extend(crc.to_le_bytes());
        out.extend((body.len() as u32).to_le_bytes());
        out.extend((data.len() as u32).to_le_bytes());
        out.extend((name.len() as u16).to_le_bytes());
        out.extend(0u16.to_le_bytes()); // extra length
    };
    let mut out = b"PK\x03\x04".to_vec();
    common(&mut out);
    out.extend(name.as_bytes());
    out.extend(&body);
    let directory = out.len();
    out.extend(b"PK\x01\x02");
    out.extend(20u16.to_le_bytes()); // made by
    common(&mut out);
    out.extend([0u8; 6]); // comment length, disk, internal attributes
    out.extend(0u32.to_le_bytes()); // external attributes
    out.extend(0u32.to_le_bytes()); // local header offset
    out.extend(name.as_bytes());
    let size = out.len() - directory;
    out.extend(b"PK\x05\x06");
    out.extend([0u8; 4]);
    out.extend(1u16.to_le_bytes());
    out.extend(1u16.to_le_bytes());
    out.extend((size as u32).to_le_bytes());
    out.extend((directory as u32).to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// A small seeded generator (xorshift), so a failing case can be replayed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}
