//! Bytes to text: the byte-order mark decides (UTF-8, UTF-16 LE or BE); without one, UTF-8 when
//! the bytes are valid UTF-8, else UTF-16 when every other byte is zero, else Windows-1252.

/// Decodes a file's bytes. Never fails: text that is no encoding we know still reads as
/// Windows-1252, and the header search then says what it missed.
pub fn decode(bytes: &[u8]) -> String {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => utf8_or_1252(rest),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ if looks_utf16(bytes, 1) => utf16(bytes, u16::from_le_bytes),
        _ if looks_utf16(bytes, 0) => utf16(bytes, u16::from_be_bytes),
        _ => utf8_or_1252(bytes),
    }
}

/// Excel's "CSV (Comma delimited)" writes the system's ANSI code page, Windows-1252 in Western
/// locales, where a device name like "Büro-PC" is one byte per letter and no valid UTF-8.
fn utf8_or_1252(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

/// A UTF-16 file without a byte-order mark: ASCII text has a zero in every other byte. Looks at
/// the first 64 code units only.
fn looks_utf16(bytes: &[u8], zero_at: usize) -> bool {
    let head = &bytes[..bytes.len().min(128) & !1];
    head.len() >= 4
        && head
            .chunks_exact(2)
            .all(|p| p[zero_at] == 0 && p[1 - zero_at] != 0)
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// Windows-1252: Latin-1 except 0x80–0x9F, where it puts typographic marks and a few letters.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut out = if bom { vec![0xFF, 0xFE] } else { vec![] };
        out.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        out
    }

    #[test]
    fn each_encoding_reads_the_same_text() {
        let text = "Device name\tSerial number\r\nBüro-PC\tAB1\r\n";
        assert_eq!(decode(text.as_bytes()), text);
        assert_eq!(decode(&[b"\xEF\xBB\xBF", text.as_bytes()].concat()), text);
        assert_eq!(decode(&utf16le(text, true)), text);
        assert_eq!(decode(&utf16le(text, false)), text);
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be), text);
        assert_eq!(decode(b"B\xfcro \x80\x93"), "Büro €“");
    }

    #[test]
    fn odd_and_broken_bytes_never_panic() {
        for bytes in [
            &b"\xFF\xFE\x41"[..],
            b"\xFE\xFF\xD8\x00",
            b"",
            b"\xEF\xBB",
            b"\xFF",
        ] {
            let _ = decode(bytes);
        }
    }
}
