//! What the one pulldown-cmark pass of [`super::scan`] records of a file,
//! for the readers after it ([`Scan`]): its headings, Key Themes items,
//! list items, tables, links and images, hashtags, video players and the
//! raw HTML shown as text, as flat lists of byte ranges into its text.

use std::borrow::Cow;
use std::ops::Range;

use super::embeds::Embed;

/// A heading at the top level of the document (not inside a list item,
/// block quote or footnote).
#[derive(Debug, Clone)]
pub(crate) struct Heading {
    pub level: u8,
    /// The heading's bytes, from its first `#` (or first text line for a
    /// setext heading) to the end of its line(s).
    pub range: Range<usize>,
    /// Plain text: inline markup removed, escapes and entities decoded.
    pub text: String,
    /// [`headings::norm`] of `text`, for vocabulary matching.
    pub norm: String,
}

/// An item of a list at the top level of the document, under a heading
/// that may be a Key Themes heading (only Key Themes read items: see
/// [`scan`]).
#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub range: Range<usize>,
    /// Plain text of the item's first paragraph (soft breaks as spaces).
    pub text: String,
    /// Where the item's first paragraph ends: what follows (nested lists,
    /// more paragraphs) is the item's body.
    pub text_end: usize,
}

/// An item of a list at the top level of the document (any list): its
/// bytes and which list it belongs to. Catalogues of talks are read from
/// these (see `parse/catalog.rs`).
#[derive(Debug, Clone)]
pub(crate) struct ListItem {
    pub range: Range<usize>,
    /// The ordinal of its list in the file.
    pub list: u32,
    /// The items of the list nested in it (one level down).
    pub sub_items: Vec<Range<usize>>,
}

/// A table: its header cells and rows of cells, as plain text (`<br>` as
/// a line break), with the bytes of each row.
#[derive(Debug, Clone, Default)]
pub(crate) struct Table {
    pub range: Range<usize>,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
    /// Rows without header and delimiter rows, read by
    /// `super::pipe_rows` (not a CommonMark table).
    pub pasted: bool,
}

/// A table row.
#[derive(Debug, Clone, Default)]
pub(crate) struct Row {
    pub range: Range<usize>,
    pub cells: Vec<Cell>,
}

/// A table cell: its bytes and plain text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Cell {
    pub range: Range<usize>,
    pub text: String,
}

/// A link or image anywhere in the document.
#[derive(Debug, Clone)]
pub(crate) struct LinkRef<'a> {
    pub range: Range<usize>,
    /// Borrowed from the text unless pulldown-cmark had to unescape it.
    pub dest: Cow<'a, str>,
    /// Plain text of the link (the alt text of an image).
    pub text: String,
    pub image: bool,
}

/// A theme named inline: a `#hashtag` or a `[[wiki link]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tagged {
    pub offset: usize,
    pub name: String,
}

/// Raw HTML the renderer will show as text (not `<br>`, not a video
/// player it shows as a link).
#[derive(Debug, Clone)]
pub(crate) struct Html {
    pub offset: usize,
    pub snippet: String,
}

/// Everything the parser takes from the pulldown-cmark pass, offsets into
/// the file's (normalised) text.
#[derive(Debug, Default)]
pub(crate) struct Scan<'a> {
    pub headings: Vec<Heading>,
    pub items: Vec<Item>,
    pub list_items: Vec<ListItem>,
    pub tables: Vec<Table>,
    pub embeds: Vec<Embed>,
    pub links: Vec<LinkRef<'a>>,
    pub html: Vec<Html>,
    /// Code blocks and HTML blocks, in order: the line-level markers
    /// (`Speaker:`, `Tags:`...) are not looked for inside them.
    pub protected: Vec<Range<usize>>,
    pub tags: Vec<Tagged>,
}
