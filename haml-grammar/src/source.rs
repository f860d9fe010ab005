//! Positions in the template source: byte offsets to line and column, and
//! the map from a joined `|` multiline text back to the source.

use crate::ast::Span;

/// The start of every line of a source, to turn byte offsets into 1-based
/// line and column numbers.
pub(crate) struct LineIndex<'s> {
    source: &'s str,
    /// The file number spans get.
    file: u32,
    /// Byte offset where each line starts (the first skips a BOM).
    starts: Vec<usize>,
    /// The line of the last lookup: spans come mostly in source order, and
    /// many in one line.
    last_line: std::cell::Cell<usize>,
    /// The line of the last column count and whether its text is all
    /// ASCII (columns are byte counts there): found once for all the spans
    /// of a line.
    ascii_line: std::cell::Cell<Option<(usize, bool)>>,
}

impl<'s> LineIndex<'s> {
    pub(crate) fn new(source: &'s str, first_line_start: usize, file: u32) -> Self {
        let bytes = source.as_bytes();
        let mut starts = vec![first_line_start];
        let mut i = first_line_start;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            source,
            file,
            starts,
            last_line: std::cell::Cell::new(0),
            ascii_line: std::cell::Cell::new(None),
        }
    }

    /// 0-based line number of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        let last = self.last_line.get();
        let within = |line: usize| {
            self.starts.get(line).is_some_and(|&s| s <= offset)
                && self.starts.get(line + 1).is_none_or(|&next| offset < next)
        };
        if within(last) {
            return last;
        }
        if within(last + 1) {
            self.last_line.set(last + 1);
            return last + 1;
        }
        let line = match self.starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next.saturating_sub(1),
        };
        self.last_line.set(line);
        line
    }

    /// A span of `start..end` with its line and column.
    pub(crate) fn span(&self, start: usize, end: usize) -> Span {
        let start = start.min(self.source.len());
        let end = end.clamp(start, self.source.len());
        let line = self.line_of(start);
        let line_start = self.starts[line].min(start);
        let ascii = match self.ascii_line.get() {
            Some((known, ascii)) if known == line => ascii,
            _ => {
                let line_end = self
                    .starts
                    .get(line + 1)
                    .map_or(self.source.len(), |&next| next);
                let ascii = self.source.as_bytes()[line_start..line_end].is_ascii();
                self.ascii_line.set(Some((line, ascii)));
                ascii
            }
        };
        let column = if ascii {
            start - line_start
        } else {
            self.source
                .get(line_start..start)
                .map_or(0, |s| s.chars().count())
        };
        Span {
            start,
            end,
            line: (line + 1) as u32,
            column: (column + 1) as u32,
            file: self.file,
        }
    }

    /// The text of the 1-based line `line`, without its line break.
    pub(crate) fn line_text(&self, line: u32) -> &'s str {
        let index = (line as usize).saturating_sub(1);
        let Some(&start) = self.starts.get(index) else {
            return "";
        };
        let end = self
            .starts
            .get(index + 1)
            .copied()
            .unwrap_or(self.source.len());
        self.source[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// Where the text handed to the grammar came from.
pub(crate) enum Origin {
    /// A slice of the source starting at this byte offset.
    Offset(usize),
    /// Pieces of several source lines joined into one (`|` multiline):
    /// `(offset in the joined text, offset in the source)` for each piece,
    /// in order.
    Joined(Vec<(usize, usize)>),
}

impl Origin {
    /// The source offset of an offset in the text handed to the grammar.
    pub(crate) fn map(&self, pos: usize) -> usize {
        match self {
            Origin::Offset(base) => base + pos,
            Origin::Joined(pieces) => {
                let i = pieces.partition_point(|&(joined, _)| joined <= pos);
                let (joined, source) = pieces[i.saturating_sub(1)];
                source + (pos - joined)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let src = "ab\ncdé\r\nx\ry";
        let index = LineIndex::new(src, 0, 0);
        assert_eq!(index.span(0, 1).line, 1);
        let s = index.span(src.find('x').unwrap(), src.len());
        assert_eq!((s.line, s.column), (3, 1));
        let s = index.span(src.find('y').unwrap(), src.len());
        assert_eq!((s.line, s.column), (4, 1));
        // Columns count characters, not bytes.
        let s = index.span(src.find('\r').unwrap(), src.len());
        assert_eq!((s.line, s.column), (2, 4));
        assert_eq!(index.line_text(2), "cdé");
        assert_eq!(index.line_text(9), "");
    }

    #[test]
    fn columns_of_several_spans_on_a_line() {
        // Whether a line is ASCII is remembered per line: spans in turn on
        // a non-ASCII line, an ASCII one, and the first again.
        let src = "é é x
ab cd
é y";
        let index = LineIndex::new(src, 0, 0);
        let column = |needle: &str| index.span(src.find(needle).unwrap(), src.len()).column;
        assert_eq!(column("x"), 5);
        assert_eq!(column(" é"), 2);
        assert_eq!(column("cd"), 4);
        assert_eq!(column("ab"), 1);
        assert_eq!(column("y"), 3);
        assert_eq!(column("x"), 5);
    }

    #[test]
    fn joined_offsets_map_back() {
        let origin = Origin::Joined(vec![(0, 10), (4, 30)]);
        assert_eq!(origin.map(0), 10);
        assert_eq!(origin.map(3), 13);
        assert_eq!(origin.map(4), 30);
        assert_eq!(origin.map(6), 32);
    }
}
