//! Video players embedded in notes: `<iframe>`, `<embed>` and `<video>` of
//! a video host, and `{% youtube id %}` / `{{< youtube id >}}` shortcodes,
//! turned into the video's page. The parser makes them a recording link of
//! the session; the renderer shows each as one link to that page. Nothing
//! of the raw HTML is kept or run: only a web URL on a known video host
//! comes out.
//!
//! Both sides read raw HTML through the same functions ([`InlineReader`]
//! for inline tags, [`block`] for HTML blocks), so the parser warns about
//! exactly the raw HTML the renderer shows as text: not `<br>`, not a
//! player it turns into a link.

use std::borrow::Cow;

use pulldown_cmark::TagEnd;

pub(crate) use super::video::{Video, shortcode_embed, video_page};

/// A video player embedded in the notes, at a byte offset of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Embed {
    pub offset: usize,
    /// The video's page (`https://www.youtube.com/watch?v=…`).
    pub url: String,
    /// The host's name: `YouTube`, `Vimeo`...
    pub host: &'static str,
}

/// One inline raw HTML tag as the renderer treats it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// `<br>`, `<br/>`, `<BR />` (attributes dropped: `<br clear=all>`): a
    /// line break.
    Br,
    /// The opening tag of a player on a video host: a link to the video.
    Player(Video),
    /// The closing tag of that player (`</iframe>`, `</video>`): nothing.
    Closer,
    /// Anything else: shown as text.
    Other,
}

/// Reads the inline raw HTML tags of a paragraph (or heading, table cell)
/// one at a time, remembering an open player so its closing tag goes with
/// it.
#[derive(Debug, Default)]
pub(crate) struct InlineReader {
    /// The name of the player whose closing tag is still to come.
    open: Option<&'static str>,
}

impl InlineReader {
    /// What one inline HTML tag (one pulldown-cmark `InlineHtml` event) is.
    pub(crate) fn read(&mut self, html: &str) -> Piece {
        match tag_of(html.trim()) {
            Some(Tag::Br) => Piece::Br,
            Some(Tag::Player(v, closer)) => {
                self.open = closer;
                Piece::Player(v)
            }
            Some(Tag::Close(name)) if self.open.is_some_and(|o| o == name) => {
                self.open = None;
                Piece::Closer
            }
            _ => Piece::Other,
        }
    }

    /// Forgets an open player at the end of a block: its closing tag, if
    /// any, is in another block.
    pub(crate) fn end(&mut self, end: &TagEnd) {
        if ends_inline_run(end) {
            self.open = None;
        }
    }
}

/// Whether a tag opens or closes emphasis, another inline style or an
/// inline wrapper whose text is all that counts: `<i>`, `</em>`,
/// `<strong>`, `<code>`, `<a name="x">`, `</a>`, `<span class="y">`…
/// (attributes allowed on the wrappers only).
pub(crate) fn is_emphasis_tag(tag: &str) -> bool {
    let Some((closing, name, rest)) = tag_parts(tag.trim()) else {
        return false;
    };
    let attributes = rest.trim().trim_end_matches('/').trim_end();
    let style = [
        "i", "em", "b", "strong", "u", "s", "mark", "small", "sub", "sup", "code", "kbd", "cite",
    ]
    .iter()
    .any(|n| name.eq_ignore_ascii_case(n));
    let wrapper = ["a", "span", "font", "abbr"]
        .iter()
        .any(|n| name.eq_ignore_ascii_case(n));
    // (A closing tag has no attributes.)
    let well_formed = attributes.is_empty() || !closing;
    (style && attributes.is_empty()) || (wrapper && well_formed)
}

/// Whether a tag only styles its text (`<span class="invited-name">`,
/// `</b>`): an emphasis tag that is no link.
pub(crate) fn is_styling_tag(tag: &str) -> bool {
    is_emphasis_tag(tag)
        && tag_parts(tag.trim()).is_some_and(|(_, name, _)| !name.eq_ignore_ascii_case("a"))
}

/// Whether a tag is a line break: `<br>`, `<br/>`, `<BR />`.
pub(crate) fn is_br(tag: &str) -> bool {
    matches!(tag_of(tag.trim()), Some(Tag::Br))
}

/// Whether the end of this element ends a run of inline content.
fn ends_inline_run(end: &TagEnd) -> bool {
    !matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::Superscript
            | TagEnd::Subscript
    )
}

/// A part of an HTML block that holds a player or a line break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Part<'a> {
    /// Raw HTML shown as text, as it is written.
    Text(&'a str),
    /// A player: a link to the video.
    Player(Video),
    /// A line break.
    Br,
}

/// How the renderer shows an HTML block: None when it is shown whole as
/// text (as any raw HTML), else its parts.
///
/// A block with a player on a video host becomes parts: the players (with
/// their closing tags) become links, and each stretch of other raw HTML
/// between them is shown as text (stretches of only whitespace, line breaks
/// and wrapper tags such as `<div>` or `<center>` are dropped). A block of
/// nothing but players, line breaks, wrapper tags and whitespace keeps its
/// line breaks too. Any other block is shown whole, as before.
pub(crate) fn block(html: &str) -> Option<Vec<Part<'_>>> {
    // Each token: its byte range and what it is.
    let mut tokens: Vec<(usize, usize, Token)> = Vec::new();
    let mut open: Option<&'static str> = None;
    let mut players = 0;
    let mut brs = 0;
    let mut others = 0;
    for (start, end) in tokenize(html) {
        let piece = &html[start..end];
        let token = if !piece.starts_with('<') {
            if piece.trim().is_empty() {
                Token::Space
            } else {
                Token::Other
            }
        } else {
            match tag_of(piece) {
                Some(Tag::Br) => Token::Br,
                Some(Tag::Player(v, closer)) => {
                    open = closer;
                    Token::Player(v)
                }
                Some(Tag::Close(name)) if open.is_some_and(|o| o == name) => {
                    open = None;
                    Token::Space
                }
                Some(Tag::Wrapper) => Token::Wrapper,
                _ => Token::Other,
            }
        };
        match token {
            Token::Player(_) => players += 1,
            Token::Br => brs += 1,
            Token::Other => others += 1,
            _ => {}
        }
        tokens.push((start, end, token));
    }
    if players == 0 && (brs == 0 || others > 0) {
        return None;
    }
    let mut parts = Vec::new();
    let mut stretch: Option<Stretch> = None;
    for (start, end, token) in tokens {
        match token {
            Token::Player(v) => {
                flush(html, &mut stretch, &mut parts);
                parts.push(Part::Player(v));
            }
            Token::Br if others == 0 => parts.push(Part::Br),
            Token::Space if stretch.is_none() => {}
            Token::Wrapper if others == 0 => {}
            t => {
                let other = t == Token::Other;
                let s = stretch.get_or_insert((start, end, false));
                s.1 = end;
                s.2 |= other;
            }
        }
    }
    flush(html, &mut stretch, &mut parts);
    Some(parts)
}

/// A stretch of an HTML block between players: its byte range, and whether
/// it holds anything but whitespace, wrapper tags and line breaks.
type Stretch = (usize, usize, bool);

/// Ends the open stretch: a text part when it holds other raw HTML.
fn flush<'a>(html: &'a str, stretch: &mut Option<Stretch>, parts: &mut Vec<Part<'a>>) {
    if let Some((a, b, true)) = stretch.take() {
        parts.push(Part::Text(html.get(a..b).unwrap_or("").trim()));
    }
}

/// What a token of an HTML block is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Space,
    Br,
    Player(Video),
    Wrapper,
    Other,
}

/// What a tag is, as far as players and line breaks go.
enum Tag {
    Br,
    /// A player on a video host, with the name of its closing tag (None
    /// for `<embed>`, which has none).
    Player(Video, Option<&'static str>),
    /// A closing tag, by its lowercase name.
    Close(String),
    /// A tag that only wraps a player: `div`, `p`, `center`, `figure`,
    /// `span`, opening or closing.
    Wrapper,
}

/// Reads one tag (`<…>`): None when it is not one of [`Tag`]'s.
/// A tag's parts: whether it closes, its name (as written) and what follows
/// the name (its attributes); None when it is no tag (`<>`, `<3`,
/// `<i-x>`).
fn tag_parts(tag: &str) -> Option<(bool, &str, &str)> {
    let inner = tag.strip_prefix('<')?.strip_suffix('>')?;
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, inner),
    };
    let name_len = inner
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name_len == 0 {
        return None;
    }
    let rest = &inner[name_len..];
    if !rest.is_empty() && !rest.starts_with(|c: char| c.is_ascii_whitespace() || c == '/') {
        return None;
    }
    Some((closing, &inner[..name_len], rest))
}

fn tag_of(tag: &str) -> Option<Tag> {
    let (closing, name, rest) = tag_parts(tag)?;
    let name = name.to_ascii_lowercase();
    if matches!(name.as_str(), "div" | "p" | "center" | "figure" | "span") {
        return Some(Tag::Wrapper);
    }
    if closing {
        return rest.trim().is_empty().then_some(Tag::Close(name));
    }
    if name == "br" {
        // Attributes (`<br clear="all">`) are dropped with the tag: the
        // renderer writes a plain `<br>`.
        return Some(Tag::Br);
    }
    let closer = match name.as_str() {
        "iframe" => Some("iframe"),
        "video" => Some("video"),
        "embed" => None,
        _ => return None,
    };
    let src = attribute(rest, "src")?;
    let (url, host) = video_page(&src)?;
    Some(Tag::Player(Video { url, host }, closer))
}

/// The value of the attribute `name` (lowercase) among a tag's
/// `attributes`, with `&amp;` decoded.
fn attribute<'a>(attributes: &'a str, name: &str) -> Option<Cow<'a, str>> {
    let mut rest = attributes;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let n = rest
            .find(|c: char| c.is_ascii_whitespace() || matches!(c, '=' | '/' | '>'))
            .unwrap_or(rest.len());
        let attr = &rest[..n];
        rest = rest[n..].trim_start();
        let mut value = "";
        if let Some(r) = rest.strip_prefix('=') {
            let r = r.trim_start();
            let (v, after) = match r.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &r[1..];
                    let end = body.find(q)?;
                    (&body[..end], &body[end + 1..])
                }
                _ => {
                    let end = r
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .unwrap_or(r.len());
                    (&r[..end], &r[end..])
                }
            };
            value = v;
            rest = after;
        } else if n == 0 {
            // A stray character: skip it.
            rest = rest.get(1..).unwrap_or("");
        }
        if attr.eq_ignore_ascii_case(name) {
            return Some(match value.contains("&amp;") {
                true => Cow::Owned(value.replace("&amp;", "&")),
                false => Cow::Borrowed(value),
            });
        }
    }
}

/// The longest tag [`tokenize`] reads (a player's `<iframe>` with all its
/// attributes is about 400 bytes): past it, a `<` is text, so a block of
/// unclosed quotes costs linear time.
const MAX_TAG: usize = 2048;

/// Splits an HTML block into tags (`<…>`, quotes respected, at most
/// [`MAX_TAG`] bytes; comments whole) and the text between them, as byte
/// ranges.
fn tokenize(html: &str) -> Vec<(usize, usize)> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut no_comment_end = false;
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            let end = html[i..].find('<').map_or(b.len(), |p| i + p);
            out.push((i, end));
            i = end;
            continue;
        }
        let end = if html[i..].starts_with("<!--") {
            // Once no `-->` follows, none follows any later `<!--` either.
            let end = match no_comment_end {
                true => None,
                false => html[i + 4..].find("-->").map(|p| i + 4 + p + 3),
            };
            no_comment_end = end.is_none();
            end
        } else {
            let mut quote = None;
            let mut end = None;
            let limit = b.len().min(i + MAX_TAG);
            for (k, &c) in b.iter().enumerate().take(limit).skip(i + 1) {
                match (quote, c) {
                    (Some(q), c) if c == q => quote = None,
                    (Some(_), _) => {}
                    (None, b'"' | b'\'') if b[k - 1].is_ascii_whitespace() || b[k - 1] == b'=' => {
                        quote = Some(c)
                    }
                    (None, b'>') => {
                        end = Some(k + 1);
                        break;
                    }
                    (None, b'<') => break,
                    _ => {}
                }
            }
            end
        };
        match end {
            Some(end) => {
                out.push((i, end));
                i = end;
            }
            None => {
                // Not a whole tag: text up to the next `<`.
                let end = html[i + 1..].find('<').map_or(b.len(), |p| i + 1 + p);
                out.push((i, end));
                i = end;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yt(id: &str) -> Video {
        Video {
            url: format!("https://www.youtube.com/watch?v={id}"),
            host: "YouTube",
        }
    }

    #[test]
    fn players_on_video_hosts_become_their_page() {
        let mut r = InlineReader::default();
        let cases = [
            (
                r#"<iframe width="560" src="https://www.youtube.com/embed/SyKUBXJLL50?si=x&amp;start=3" allowfullscreen>"#,
                Piece::Player(yt("SyKUBXJLL50")),
            ),
            ("</iframe>", Piece::Closer),
            ("</iframe>", Piece::Other),
            (
                "<IFRAME SRC='https://www.youtube-nocookie.com/embed/a_b-c'>",
                Piece::Player(yt("a_b-c")),
            ),
            (
                "<iframe src=https://player.vimeo.com/video/12345?h=1>",
                Piece::Player(Video {
                    url: "https://vimeo.com/12345".into(),
                    host: "Vimeo",
                }),
            ),
            (
                "<embed src=\"//www.youtube.com/embed/xyz\">",
                Piece::Player(yt("xyz")),
            ),
            (
                "<video src=\"https://archive.org/details/talk\" controls>",
                Piece::Player(Video {
                    url: "https://archive.org/details/talk".into(),
                    host: "Internet Archive",
                }),
            ),
            ("</video>", Piece::Closer),
            ("<br>", Piece::Br),
            ("<BR/>", Piece::Br),
            ("<br />", Piece::Br),
            ("<br clear=\"all\" onclick=x>", Piece::Br),
            ("<br", Piece::Other),
            ("<bra>", Piece::Other),
            // Hostile or unknown sources are no player.
            ("<iframe src=\"javascript:alert(1)\">", Piece::Other),
            ("<iframe src=\"data:text/html,x\">", Piece::Other),
            (
                "<iframe src=\"https://evil.example/embed/x\">",
                Piece::Other,
            ),
            (
                "<iframe src=\"https://youtube.com.evil.example/embed/x\">",
                Piece::Other,
            ),
            (
                "<iframe data-src=\"https://www.youtube.com/embed/x\">",
                Piece::Other,
            ),
            (
                "<iframe srcdoc=\"<script>\" src=\"javascript:x\">",
                Piece::Other,
            ),
            (
                "<iframe src=\"https://www.youtube.com/embed/\">",
                Piece::Other,
            ),
            (
                "<object data=\"https://www.youtube.com/embed/x\">",
                Piece::Other,
            ),
        ];
        for (html, want) in cases {
            assert_eq!(r.read(html), want, "{html}");
        }
    }

    #[test]
    fn html_blocks_with_players_become_parts() {
        let player = r#"<iframe src="https://www.youtube.com/embed/abc" title="x"></iframe>"#;
        assert_eq!(block(player), Some(vec![Part::Player(yt("abc"))]));
        let wrapped = format!("<div class=\"video\">\n  {player}\n</div>\n");
        assert_eq!(block(&wrapped), Some(vec![Part::Player(yt("abc"))]));
        let split = "<iframe width=\"560\" src=\"https://www.youtube.com/embed/i7R\" \n  allow=\"a; b\" allowfullscreen></iframe>\n";
        assert_eq!(block(split), Some(vec![Part::Player(yt("i7R"))]));
        let mixed = format!("<p>Great <b>talk</b></p>\n{player}\n<hr/>\n");
        assert_eq!(
            block(&mixed),
            Some(vec![
                Part::Text("<p>Great <b>talk</b></p>"),
                Part::Player(yt("abc")),
                Part::Text("<hr/>"),
            ])
        );
        assert_eq!(block("<br>\n<br/>\n"), Some(vec![Part::Br, Part::Br]));
        // No player: shown whole, as any raw HTML.
        assert_eq!(block("<div>a<br>b</div>\n"), None);
        assert_eq!(
            block("<iframe src=\"javascript:alert(1)\"></iframe>\n"),
            None
        );
        assert_eq!(
            block("<iframe src=\"https://open.spotify.com/embed/x\"></iframe>"),
            None
        );
        assert_eq!(
            block("<!-- <iframe src=\"https://www.youtube.com/embed/abc\"> -->"),
            None
        );
        assert_eq!(
            block("<div title=\"<iframe src='https://www.youtube.com/embed/a'>\">"),
            None
        );
    }
}
