//! Delimited text to records: RFC 4180 quoting (a quoted field holds the delimiter, `""` for a
//! quote, and line breaks), CRLF, LF or a lone CR between records, and a table that keeps every
//! cell in one buffer so 50,000 rows of 56 columns cost two allocations, not three million.
//!
//! Written here rather than taken from the `csv` crate: the delimiter and the header row are
//! found first (read/mod.rs), on text already decoded from UTF-16 or Windows-1252, which is all
//! the parsing left to do; the state machine is short, and it keeps the wasm small.

/// Records after the header: cell texts (quotes removed) in one string, each cell's end offset,
/// each record's first cell and the line it starts on.
#[derive(Debug, Clone, Default)]
pub struct Records {
    text: String,
    ends: Vec<u32>,
    starts: Vec<u32>,
    lines: Vec<u32>,
}

impl Records {
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The 1-based line of the file the record starts on.
    pub fn line(&self, row: usize) -> usize {
        self.lines[row] as usize
    }

    /// A cell's text; a cell the record lacks reads as empty.
    pub fn cell(&self, row: usize, col: usize) -> &str {
        let first = self.starts[row] as usize;
        let last = self
            .starts
            .get(row + 1)
            .map_or(self.ends.len(), |&s| s as usize);
        let i = first + col;
        if i >= last {
            return "";
        }
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// The bytes the records hold on the heap (their text and offsets), for the benchmark.
    pub fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + 4 * (self.ends.capacity() + self.starts.capacity() + self.lines.capacity())
    }

    pub fn cells(&self, row: usize) -> usize {
        let first = self.starts[row] as usize;
        let last = self
            .starts
            .get(row + 1)
            .map_or(self.ends.len(), |&s| s as usize);
        last - first
    }
}

/// Splits one line of text into fields, quotes honoured within the line: enough to recognise a
/// header row.
pub fn split_line(line: &str, delimiter: char) -> Vec<String> {
    let mut parser = Parser::new(line, delimiter);
    let mut fields = Vec::new();
    let mut out = String::new();
    while let Some(end) = parser.field(&mut out) {
        fields.push(std::mem::take(&mut out));
        if end != End::Field {
            break;
        }
    }
    fields
}

/// Parses every record of `text` (which starts at line `first_line` of the file). Blank lines
/// are left out; a quote left open at the end takes the rest of the text, as Excel does.
pub fn parse(text: &str, delimiter: char, first_line: usize) -> Records {
    let mut records = Records {
        text: String::with_capacity(text.len()),
        ..Records::default()
    };
    let mut parser = Parser::new(text, delimiter);
    let mut line = first_line;
    loop {
        let record_start = records.ends.len();
        let record_line = line;
        let text_start = records.text.len();
        let mut end;
        loop {
            end = match parser.field(&mut records.text) {
                Some(end) => end,
                None => End::Eof,
            };
            records.ends.push(offset(records.text.len()));
            if end != End::Field {
                break;
            }
        }
        line = first_line + parser.breaks;
        let blank = records.ends.len() - record_start == 1 && records.text.len() == text_start;
        if blank {
            records.ends.truncate(record_start);
        } else {
            records.starts.push(offset(record_start));
            records.lines.push(offset(record_line));
        }
        if end == End::Eof {
            break;
        }
    }
    // The offsets grew by doubling; the table lives as long as the page keeps the plan.
    records.ends.shrink_to_fit();
    records.starts.shrink_to_fit();
    records.lines.shrink_to_fit();
    records
}

/// Offsets are u32 to halve the table's size; text over 4 GiB is refused before parsing.
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum End {
    Field,
    Record,
    Eof,
}

struct Parser<'a> {
    bytes: &'a [u8],
    text: &'a str,
    pos: usize,
    delimiter: u8,
    /// Line breaks passed so far, inside quotes too: gives each record its line.
    breaks: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, delimiter: char) -> Self {
        Parser {
            bytes: text.as_bytes(),
            text,
            pos: 0,
            // The delimiters looked for are ASCII (comma, semicolon, tab).
            delimiter: u8::try_from(delimiter).unwrap_or(b','),
            breaks: 0,
        }
    }

    /// Appends the next field's text to `out` and says what ended it; `None` at the very end.
    fn field(&mut self, out: &mut String) -> Option<End> {
        if self.pos >= self.bytes.len() {
            return None;
        }
        if self.bytes[self.pos] == b'"' {
            self.pos += 1;
            self.quoted(out);
        }
        // Unquoted text, or what follows a closing quote, runs to the delimiter or line end.
        let start = self.pos;
        while self.pos < self.bytes.len() {
            let b = self.bytes[self.pos];
            if b == self.delimiter || b == b'\n' || b == b'\r' {
                break;
            }
            self.pos += 1;
        }
        out.push_str(&self.text[start..self.pos]);
        Some(self.end())
    }

    fn quoted(&mut self, out: &mut String) {
        loop {
            let rest = &self.bytes[self.pos..];
            let Some(q) = rest.iter().position(|&b| b == b'"') else {
                self.count_breaks(rest);
                out.push_str(&self.text[self.pos..]);
                self.pos = self.bytes.len();
                return;
            };
            self.count_breaks(&rest[..q]);
            out.push_str(&self.text[self.pos..self.pos + q]);
            self.pos += q + 1;
            if self.bytes.get(self.pos) == Some(&b'"') {
                out.push('"');
                self.pos += 1;
            } else {
                return;
            }
        }
    }

    fn count_breaks(&mut self, bytes: &[u8]) {
        // CRLF counts once: count LF, and CR not followed by LF.
        self.breaks += bytes
            .iter()
            .enumerate()
            .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
            .count();
    }

    fn end(&mut self) -> End {
        match self.bytes.get(self.pos) {
            None => End::Eof,
            Some(&b) if b == self.delimiter => {
                self.pos += 1;
                End::Field
            }
            Some(b'\r') => {
                self.pos += 1;
                if self.bytes.get(self.pos) == Some(&b'\n') {
                    self.pos += 1;
                }
                self.breaks += 1;
                End::Record
            }
            Some(_) => {
                self.pos += 1;
                self.breaks += 1;
                End::Record
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(r: &Records) -> Vec<(usize, Vec<&str>)> {
        (0..r.len())
            .map(|i| (r.line(i), (0..r.cells(i)).map(|c| r.cell(i, c)).collect()))
            .collect()
    }

    #[test]
    fn quotes_hold_delimiters_quotes_and_line_breaks() {
        let text = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\r\n\"two\r\nlines\",x\nlast,\"open";
        let r = parse(text, ',', 2);
        assert_eq!(
            rows(&r),
            [
                (2, vec!["a", "b,c", "say \"hi\""]),
                (4, vec!["two\r\nlines", "x"]),
                (6, vec!["last", "open"]),
            ]
        );
        assert_eq!(r.cell(0, 9), "");
    }

    #[test]
    fn a_trailing_delimiter_is_an_empty_cell_and_lone_cr_ends_a_record() {
        let r = parse("a;b;\rc;d", ';', 1);
        assert_eq!(rows(&r), [(1, vec!["a", "b", ""]), (2, vec!["c", "d"])]);
        assert_eq!(split_line("\"x\ty\"\tz", '\t'), ["x\ty", "z"]);
    }
}
