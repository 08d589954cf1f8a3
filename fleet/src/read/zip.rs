//! The .zip Intune downloads: its central directory read by hand (the format's APPNOTE, the
//! parts a single-file archive uses), the CSV entry inflated with miniz_oxide and checked
//! against its CRC-32. Zip64, encryption and methods other than stored and DEFLATE are refused
//! with a message; nothing here trusts a size or an offset it has not checked.

use miniz_oxide::inflate::decompress_to_vec_with_limit;

/// What a zip's first bytes are.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// Text inflated beyond this is refused: a 50,000-device export is about 30 MB, and a zip bomb
/// must not take the browser's memory.
pub const MAX_INFLATED: usize = 512 << 20;

/// The bytes of the archive's CSV (the first `.csv` entry, else its first file).
pub fn extract(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let entries = directory(bytes)?;
    let entry = entries
        .iter()
        .find(|e| e.name.to_ascii_lowercase().ends_with(".csv"))
        .or_else(|| entries.iter().find(|e| !e.name.ends_with('/')))
        .ok_or("the zip holds no file")?;
    if entry.flags & 1 != 0 {
        return Err(format!("{} is encrypted", entry.name));
    }
    let local = entry.local_offset;
    if u32_at(bytes, local) != Some(0x0403_4b50) {
        return Err("the zip is damaged (no local header where its directory points)".into());
    }
    let name_len = u16_at(bytes, local + 26).ok_or("the zip is truncated")?;
    let extra_len = u16_at(bytes, local + 28).ok_or("the zip is truncated")?;
    let start = local + 30 + usize::from(name_len) + usize::from(extra_len);
    let data = bytes
        .get(start..start.saturating_add(entry.compressed))
        .ok_or("the zip is truncated")?;
    if entry.size > MAX_INFLATED {
        return Err(format!("{} is larger than 512 MB inflated", entry.name));
    }
    let out = match entry.method {
        0 => data.to_vec(),
        // The directory's size is the limit: a stream that inflates to more is damaged (or a
        // bomb), and is refused before it takes the memory.
        8 => decompress_to_vec_with_limit(data, entry.size)
            .map_err(|_| "the zip's data is damaged or truncated".to_owned())?,
        m => {
            return Err(format!(
                "{} uses compression method {m}, not DEFLATE",
                entry.name
            ))
        }
    };
    if out.len() != entry.size || crc32(&out) != entry.crc {
        return Err("the zip's data is damaged (its checksum does not match)".into());
    }
    Ok(out)
}

struct Entry {
    name: String,
    flags: u16,
    method: u16,
    crc: u32,
    compressed: usize,
    size: usize,
    local_offset: usize,
}

fn directory(bytes: &[u8]) -> Result<Vec<Entry>, String> {
    // The end record sits in the last 22 bytes plus up to 65,535 bytes of comment.
    let from = bytes.len().saturating_sub(22 + 0xFFFF);
    let end = (from..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| u32_at(bytes, i) == Some(0x0605_4b50))
        .ok_or("the zip is truncated (no end of central directory)")?;
    let count = u16_at(bytes, end + 10).ok_or("the zip is truncated")?;
    let mut at = u32_at(bytes, end + 16).ok_or("the zip is truncated")? as usize;
    if count == 0xFFFF || at == u32::MAX as usize {
        return Err("Zip64 archives are not read; export fewer devices per file".into());
    }
    let mut entries = Vec::new();
    for _ in 0..count {
        if u32_at(bytes, at) != Some(0x0201_4b50) {
            return Err("the zip's directory is damaged".into());
        }
        let field = |off: usize| u32_at(bytes, at + off).ok_or("the zip is truncated");
        let short = |off: usize| u16_at(bytes, at + off).ok_or("the zip is truncated");
        let (name_len, extra_len, comment_len) = (short(28)?, short(30)?, short(32)?);
        let name = bytes
            .get(at + 46..at + 46 + usize::from(name_len))
            .ok_or("the zip is truncated")?;
        let entry = Entry {
            name: String::from_utf8_lossy(name).into_owned(),
            flags: short(8)?,
            method: short(10)?,
            crc: field(16)?,
            compressed: field(20)? as usize,
            size: field(24)? as usize,
            local_offset: field(42)? as usize,
        };
        if [entry.compressed, entry.size, entry.local_offset].contains(&(u32::MAX as usize)) {
            return Err("Zip64 archives are not read; export fewer devices per file".into());
        }
        entries.push(entry);
        at += 46 + usize::from(name_len) + usize::from(extra_len) + usize::from(comment_len);
    }
    Ok(entries)
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([b[0], b[1]]))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// CRC-32 (IEEE), the zip's checksum, eight bytes a step ("slicing-by-8"): a byte at a time it
/// took longer than inflating (100 ms for 28 MB here). The eight tables (8 KB) are built at the
/// first use rather than at compile time, so the wasm carries the loop, not the tables.
pub fn crc32(bytes: &[u8]) -> u32 {
    static TABLES: std::sync::OnceLock<Box<[[u32; 256]; 8]>> = std::sync::OnceLock::new();
    let t = TABLES.get_or_init(|| {
        let mut t = Box::new([[0u32; 256]; 8]);
        for i in 0..256 {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            t[0][i] = c;
        }
        for i in 0..256 {
            for k in 1..8 {
                let prev = t[k - 1][i];
                t[k][i] = (prev >> 8) ^ t[0][(prev & 0xFF) as usize];
            }
        }
        t
    });
    let mut c = !0u32;
    let mut chunks = bytes.chunks_exact(8);
    for b in &mut chunks {
        let lo = c ^ u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        c = t[7][(lo & 0xFF) as usize]
            ^ t[6][((lo >> 8) & 0xFF) as usize]
            ^ t[5][((lo >> 16) & 0xFF) as usize]
            ^ t[4][(lo >> 24) as usize]
            ^ t[3][usize::from(b[4])]
            ^ t[2][usize::from(b[5])]
            ^ t[1][usize::from(b[6])]
            ^ t[0][usize::from(b[7])];
    }
    for &b in chunks.remainder() {
        c = t[0][usize::from((c as u8) ^ b)] ^ (c >> 8);
    }
    !c
}

#[cfg(test)]
mod tests {
    use super::crc32;

    #[test]
    fn crc32_is_the_zip_checksum() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
        // Every length around the eight-byte step agrees with the bit-by-bit definition.
        let data: Vec<u8> = (0..100u32).map(|i| (i * 37 + 11) as u8).collect();
        for n in 0..data.len() {
            let mut c = !0u32;
            for &b in &data[..n] {
                c ^= u32::from(b);
                for _ in 0..8 {
                    c = if c & 1 != 0 {
                        0xEDB8_8320 ^ (c >> 1)
                    } else {
                        c >> 1
                    };
                }
            }
            assert_eq!(crc32(&data[..n]), !c, "{n} bytes");
        }
    }
}
