//! Reading a real file: bytes in, a table out. The .zip Intune downloads is opened first
//! (`zip`), the bytes decoded (`text`: UTF-8 with or without a byte-order mark, UTF-16, Windows-1252),
//! the header row found by the columns it must hold, below any report rows or a PowerShell
//! `#TYPE` line, with the delimiter (comma, semicolon or tab) that makes it hold them, and the
//! rest parsed (`csv`). Bad input is a [`ReadError`] naming the columns looked for.

mod csv;
mod text;
mod zip;

pub use csv::Records;
pub use text::decode;
pub use zip::{crc32, is_zip};

use std::fmt;

/// Header rows are looked for in the first lines only: report rows above a header are a few.
pub const HEADER_SEARCH_LINES: usize = 50;

/// A table read from a file: the header row's names, where it stood, and the records below it.
#[derive(Debug, Clone)]
pub struct Table {
    pub headers: Vec<String>,
    /// The 1-based line of the header row (after the report rows before it).
    pub header_line: usize,
    pub delimiter: char,
    pub records: Records,
}

impl Table {
    /// The index of the first header that matches one of `names` loosely ([`loose`]), trying
    /// the names in order.
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        names.iter().find_map(|n| {
            let n = loose(n);
            self.headers.iter().position(|h| loose(h) == n)
        })
    }

    pub fn column_named(&self, header: &str) -> Option<usize> {
        let header = loose(header);
        self.headers.iter().position(|h| loose(h) == header)
    }
}

/// Why a file could not be read. The messages name what was looked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// No header row with the columns looked for (each column given by its names).
    NoHeader {
        looked_for: Vec<String>,
    },
    /// A .zip that cannot be opened.
    Zip {
        reason: String,
    },
    /// No bytes at all.
    Empty,
    TooLarge,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NoHeader { looked_for } => write!(
                f,
                "This is not a device export: no header row in its first {HEADER_SEARCH_LINES} lines has the columns {} (separated by commas, semicolons or tabs).",
                looked_for.join(", ")
            ),
            ReadError::Zip { reason } => write!(f, "The .zip cannot be read: {reason}."),
            ReadError::Empty => write!(f, "The file is empty."),
            ReadError::TooLarge => write!(f, "The file is larger than 512 MB."),
        }
    }
}

impl std::error::Error for ReadError {}

/// A column looked for: its names (the first is the documented one, shown in messages).
pub type Names = &'static [&'static str];

/// Header names compared loosely: case, spaces, underscores, hyphens, dots and a stray
/// byte-order mark ignored, so "Join type", "JoinType", "join_type" and "joinType" are one.
pub fn loose(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '.' | '\u{feff}' | '"' | '\u{a0}'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Reads a file's bytes (a .zip or delimited text) into a table whose header row holds every
/// column of `required` (each by one of its names).
pub fn read(bytes: &[u8], required: &[Names]) -> Result<Table, ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    if bytes.len() > zip::MAX_INFLATED {
        return Err(ReadError::TooLarge);
    }
    let inflated;
    let bytes = if is_zip(bytes) {
        inflated = zip::extract(bytes).map_err(|reason| ReadError::Zip { reason })?;
        &inflated[..]
    } else {
        bytes
    };
    read_text(&decode(bytes), required)
}

/// As [`read`], for text already decoded (the API is given the files' text).
pub fn read_text(text: &str, required: &[Names]) -> Result<Table, ReadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let wanted: Vec<Vec<String>> = required
        .iter()
        .map(|names| names.iter().map(|n| loose(n)).collect())
        .collect();
    let mut offset = 0;
    for (n, line) in text
        .split_inclusive('\n')
        .take(HEADER_SEARCH_LINES)
        .enumerate()
    {
        let body = line.trim_end_matches(['\n', '\r']);
        for delimiter in [',', ';', '\t'] {
            let headers = csv::split_line(body, delimiter);
            let loose_headers: Vec<String> = headers.iter().map(|h| loose(h)).collect();
            let holds = |names: &Vec<String>| names.iter().any(|n| loose_headers.contains(n));
            if headers.len() > 1 && wanted.iter().all(holds) {
                let records = csv::parse(&text[offset + line.len()..], delimiter, n + 2);
                return Ok(Table {
                    headers: headers.iter().map(|h| h.trim().to_owned()).collect(),
                    header_line: n + 1,
                    delimiter,
                    records,
                });
            }
        }
        offset += line.len();
    }
    Err(ReadError::NoHeader {
        looked_for: required.iter().map(|n| n[0].to_owned()).collect(),
    })
}
