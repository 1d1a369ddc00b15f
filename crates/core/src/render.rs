//! Safe HTML from untrusted Markdown, built on pulldown-cmark's events.
//!
//! Notes come from anyone who can open a pull request, so every byte of the
//! output is decided here. The pipeline has three steps, all in one pass:
//!
//! 1. Events: pulldown-cmark parses the Markdown with `md_options` (the same
//!    options the parser uses) into a stream of `Start`/`End`/`Text` events.
//! 2. Filter: each event is judged. Raw HTML becomes text, but for `<br>`
//!    (a line break) and video players (see below). A link or image
//!    target is cleaned and classified with [`classify_url`]; anything but
//!    http(s), mailto, relative and fragment targets (images: http(s) and
//!    relative only) loses its tag and keeps only its text. Relative targets
//!    are resolved against the notes file's folder and clamped to the site
//!    root.
//! 3. Serialise: a small writer emits only tags and attributes from a fixed
//!    allow-list, escapes every text and attribute value, and closes tags
//!    from an explicit stack, so the output is well-formed whatever the
//!    events, and deep nesting never recurses.
//!
//! Architecture Invariant: no text from the notes reaches the output
//! unescaped, and no tag or attribute name comes from the notes.
//!
//! Decisions on the cases docs/DESIGN.md leaves open:
//!
//! - Protocol-relative targets (`//host/x`, also `\\host/x`) are web links;
//!   they are written out as `https://host/x`, so they never take the page's
//!   scheme.
//! - A target starting with one `/` is relative to the site root, not the
//!   host's, since the site may live under any sub-path: `/img/a.png` becomes
//!   `img/a.png`.
//! - Raw HTML blocks show as `<pre class="raw-html">` text, inline raw HTML
//!   as plain text where it stands. `<br>` (`<br/>`, `<BR />`, with any
//!   attributes, which are dropped) is written as a plain `<br>`.
//! - A video player (`<iframe>`, `<embed>` or `<video>` whose `src` is on a
//!   known video host, see `parse/embeds.rs`; `{% youtube id %}`,
//!   `{% vimeo id %}`, `{% include youtube.html id="…" %}` and Hugo's
//!   `{{< youtube id >}}`) becomes one link to the video's page,
//!   `<a class="video" href="https://www.youtube.com/watch?v=…">▶ Video on
//!   YouTube</a>`, an external link like the others; nothing of the raw
//!   HTML is written. Inside another link it is just that label. A player
//!   with any other source stays text. The parser makes the same players a
//!   session's recording, through the same functions.
//! - Headings get `id="h-…"`: `h-` and GitHub's slug of their text
//!   ([`github_slug`]; shortcodes as written, raw HTML left out), `section`
//!   when that is empty, `-1`, `-2`... for duplicates within one document,
//!   as GitHub numbers them. The prefix keeps them apart from the app's own
//!   ids; `[Setup](#setup)` links to `#h-setup`. [`Rendered::outline`] and
//!   [`outline`] list the headings with these ids.
//! - GitHub's emoji shortcodes (`:joy:`) show as the emoji, in text only:
//!   not in code, not in a word that is a URL (see [`crate::emoji`]).
//! - Mailto links open like web links, with `target="_blank"`.
//! - An empty link target keeps only the link's text.
//! - Footnotes are numbered in order of first appearance and linked by
//!   `#fn-N` ids, never by their labels.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use pulldown_cmark::{
    CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd, TextMergeStream,
};

use crate::emoji;
use crate::parse::embeds::{self, InlineReader, Part, Piece, Video, shortcode_embed};
use crate::text::{Unicode, fold_stripped, github_slug};

/// The pulldown-cmark options of confnotes: tables, strikethrough, task lists
/// and footnotes. No smart punctuation, math, heading attributes or metadata
/// blocks. The parser and the renderer share them, so both see one document.
pub(crate) fn md_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
}

/// What a link or image target is, after decoding entities, whitespace and
/// case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlKind {
    /// `http:` or `https:`, or protocol-relative `//host/...` (which the
    /// renderer writes out as `https://host/...`).
    Web,
    /// `mailto:`.
    Mailto,
    /// A path relative to the notes file (no scheme), or to the site root
    /// when it starts with one `/`.
    Relative,
    /// `#fragment`.
    Fragment,
    /// Anything else (`javascript:`, `data:`, `file:`...): shown as text.
    Unsafe,
}

/// Classifies a link target as a browser would read it.
///
/// `raw` is the target with entities already decoded (pulldown-cmark decodes
/// them). Like a browser, this ignores ASCII control characters and spaces
/// around the target and tab, newline (and any other control character)
/// inside it, and ignores case in the scheme, so `" Java\tScript:"` is
/// `javascript:`. Percent-encoding is not decoded, as browsers do not decode
/// it in a scheme: `javascript%3Aalert(1)` is a relative path. A relative
/// target has no `:` before its first `/`, `\`, `?` or `#`; a target with a
/// `:` there and a scheme other than http, https or mailto is
/// [`UrlKind::Unsafe`], even when a browser would not call it a scheme. So is
/// an http(s) target without `//` after the scheme (`https:evil`), which a
/// browser reads one way or another depending on the page's own scheme.
pub fn classify_url(raw: &str) -> UrlKind {
    if is_clean_url(raw) {
        // The usual case, without a copy.
        return kind_of_clean(raw);
    }
    kind_of_clean(&clean_url(raw))
}

/// Whether [`clean_url`] would leave `raw` as it is.
fn is_clean_url(raw: &str) -> bool {
    !raw.starts_with(' ') && !raw.ends_with(' ') && !raw.bytes().any(|b| b.is_ascii_control())
}

/// `raw` without the characters a browser drops or that have no business in
/// a URL: ASCII control characters anywhere, spaces at either end.
fn clean_url(raw: &str) -> String {
    if is_clean_url(raw) {
        return raw.to_owned();
    }
    raw.chars()
        .filter(|c| !c.is_ascii_control())
        .collect::<String>()
        .trim_matches(' ')
        .to_owned()
}

/// [`classify_url`] of a target already passed through [`clean_url`].
fn kind_of_clean(url: &str) -> UrlKind {
    let b = url.as_bytes();
    if b.first() == Some(&b'#') {
        return UrlKind::Fragment;
    }
    if slashes(b) {
        return UrlKind::Web;
    }
    match url.find([':', '/', '\\', '?', '#']) {
        Some(i) if b[i] == b':' => {
            let scheme = &url[..i];
            let is = |s: &str| scheme.eq_ignore_ascii_case(s);
            if (is("http") || is("https")) && slashes(&b[i + 1..]) {
                UrlKind::Web
            } else if is("mailto") {
                UrlKind::Mailto
            } else {
                UrlKind::Unsafe
            }
        }
        _ => UrlKind::Relative,
    }
}

/// Whether `b` starts with two slashes (`/` or `\`, in any mix).
fn slashes(b: &[u8]) -> bool {
    matches!(b, [x, y, ..] if is_slash(*x) && is_slash(*y))
}

/// Whether `b` separates path segments (browsers read `\` as `/` in http(s)
/// URLs).
fn is_slash(b: u8) -> bool {
    b == b'/' || b == b'\\'
}

/// How to render one piece of notes.
///
/// None of these change the heading ids or the outline: those depend on the
/// Markdown alone, so [`outline`] takes none.
pub struct RenderOptions<'a> {
    /// Folder of the notes file (e.g. `notes`; a trailing `/` makes no
    /// difference) that relative link and image targets resolve against.
    /// Empty for the root.
    pub base: &'a str,
    /// Folded search terms (see `text::fold`) to wrap in `<mark>`.
    pub highlight: &'a [String],
    /// When given, the asset paths that exist (e.g. `notes/kubecon.jpeg`);
    /// a relative image not in the set renders as a visible placeholder
    /// instead of a broken image.
    pub assets: Option<&'a HashSet<String>>,
    /// Images that exist only in this browser (opened beside the notes):
    /// their path (`opened/trip/photo.jpg`) to the URL the browser made
    /// for them (`blob:…`), which a relative image then shows.
    pub local_images: Option<&'a HashMap<String, String>>,
    /// Unicode provider for folding non-ASCII words when highlighting.
    pub unicode: &'a dyn Unicode,
}

/// The output of [`render_markdown`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    /// Well-formed HTML, safe to set as `innerHTML`.
    pub html: String,
    /// The headings of the notes in order, with the ids `html` gives them.
    pub outline: Vec<OutlineEntry>,
}

/// A heading of some notes, for an on-page outline.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutlineEntry {
    /// 1 to 6, as in `<h1>`...`<h6>`.
    pub level: u8,
    /// The heading's `id` in the rendered HTML (without `#`): `h-` and its
    /// GitHub-style slug, e.g. `h-setup`, `h-setup-1` for a second
    /// `Setup`, `h-section` for a heading with no letter or digit. Only
    /// letters, digits, `-` and `_`.
    pub id: String,
    /// The heading's text as the reader sees it (markup removed, emoji
    /// shortcodes shown as emoji, raw HTML as written), as plain text:
    /// escape it to write it as HTML.
    pub text: String,
}

/// Renders `markdown` to HTML that is safe to inject as it is.
///
/// Only tags and attributes from a fixed allow-list are written; see the
/// module documentation for the pipeline. Runs in time linear in the input
/// and never recurses on its nesting depth.
pub fn render_markdown(markdown: &str, opts: &RenderOptions) -> Rendered {
    let mut w = Writer::new(markdown.len(), opts);
    for event in TextMergeStream::new(Parser::new_ext(markdown, md_options())) {
        w.event(event);
    }
    w.finish()
}

/// The headings of `markdown` with the ids [`render_markdown`] gives them,
/// in order: the same code writes both, so they always agree. It costs a
/// rendering; when the notes are rendered anyway, [`Rendered::outline`]
/// has the same entries for free.
pub fn outline(markdown: &str) -> Vec<OutlineEntry> {
    let opts = RenderOptions {
        base: "",
        highlight: &[],
        assets: None,
        local_images: None,
        unicode: &crate::text::AsciiOnly,
    };
    render_markdown(markdown, &opts).outline
}

/// The serialiser's state while it walks the events.
struct Writer<'o, 'a> {
    out: String,
    opts: &'o RenderOptions<'a>,
    /// What to write at each open tag's `End`: its closing tag, or nothing
    /// for a tag that was filtered out. Each entry closes exactly what its
    /// `Start` opened, so the output is well-formed even if the events were
    /// not balanced; and nesting costs a stack entry, never recursion.
    stack: Vec<&'static str>,
    /// How many `<a>` are open: a video player inside one becomes its
    /// label, never a nested link.
    links_open: usize,
    /// Inside a code block: text is written as it is.
    in_pre: bool,
    /// Inside a table's head row: cells are `<th>`.
    in_head: bool,
    /// The outermost image being read: its target and title.
    image: Option<(String, String)>,
    /// How many tags are open inside that image; its alt text collects in
    /// `alt` until the count drops to zero.
    image_depth: usize,
    alt: String,
    /// Footnote labels and their numbers, in order of first appearance.
    footnotes: HashMap<String, usize>,
    /// The open heading: its content is written to `out` while the HTML
    /// before it waits in `OpenHeading::outer`, since its id (from its
    /// text) goes in its opening tag.
    heading: Option<OpenHeading>,
    /// Heading slugs given so far, each with how many duplicates of it
    /// were numbered (GitHub's scheme).
    slugs: HashMap<String, usize>,
    outline: Vec<OutlineEntry>,
    /// Inline raw HTML read so far in this block (an open player).
    inline_html: InlineReader,
    /// The text of the open raw HTML block, shown when it ends.
    html_block: Option<String>,
}

/// A heading being written.
struct OpenHeading {
    level: u8,
    /// The stack's height before the heading's own entry.
    depth: usize,
    /// The HTML written before the heading.
    outer: String,
    /// Its text as Markdown gives it, for the slug (shortcodes as written,
    /// no raw HTML, as GitHub's slugs).
    slug: String,
    /// Its text as the reader sees it, for the outline.
    text: String,
}

const H_CLOSE: [&str; 6] = [
    "</h1>\n", "</h2>\n", "</h3>\n", "</h4>\n", "</h5>\n", "</h6>\n",
];
const EXTERNAL: &str = " rel=\"noopener noreferrer\" target=\"_blank\"";

impl<'o, 'a> Writer<'o, 'a> {
    /// A writer for input of about `len` bytes.
    fn new(len: usize, opts: &'o RenderOptions<'a>) -> Self {
        Writer {
            out: String::with_capacity(len + len / 2),
            opts,
            stack: Vec::new(),
            links_open: 0,
            in_pre: false,
            in_head: false,
            image: None,
            image_depth: 0,
            alt: String::new(),
            footnotes: HashMap::new(),
            heading: None,
            slugs: HashMap::new(),
            outline: Vec::new(),
            inline_html: InlineReader::default(),
            html_block: None,
        }
    }

    /// Closes whatever is still open (nothing, when the events were
    /// balanced) and returns the HTML and the outline.
    fn finish(mut self) -> Rendered {
        if self.image_depth > 0 {
            self.image();
        }
        self.end_html_block();
        while !self.stack.is_empty() {
            self.pop();
        }
        self.end_heading();
        Rendered {
            html: self.out,
            outline: self.outline,
        }
    }

    /// Writes what closes the innermost open tag, and finishes the heading
    /// when that was its tag.
    fn pop(&mut self) {
        if let Some(close) = self.stack.pop() {
            if close == "</a>" {
                self.links_open = self.links_open.saturating_sub(1);
            }
            self.out.push_str(close);
        }
        if self
            .heading
            .as_ref()
            .is_some_and(|h| self.stack.len() <= h.depth)
        {
            self.end_heading();
        }
    }

    /// Filters and writes one event.
    fn event(&mut self, event: Event) {
        if self.image_depth > 0 {
            return self.image_event(event);
        }
        if let Some(block) = self.html_block.as_mut() {
            match event {
                Event::Html(t) | Event::InlineHtml(t) | Event::Text(t) => {
                    block.push_str(&t);
                    return;
                }
                _ => self.end_html_block(),
            }
        }
        match event {
            Event::Start(Tag::Image {
                dest_url, title, ..
            }) => {
                self.image = Some((dest_url.into_string(), title.into_string()));
                self.image_depth = 1;
                self.alt.clear();
            }
            Event::Start(Tag::Heading { level, .. }) if self.heading.is_none() => {
                let i = (level as usize).clamp(1, 6) - 1;
                self.heading = Some(OpenHeading {
                    level: i as u8 + 1,
                    depth: self.stack.len(),
                    outer: std::mem::take(&mut self.out),
                    slug: String::new(),
                    text: String::new(),
                });
                self.stack.push(H_CLOSE[i]);
            }
            Event::Start(Tag::HtmlBlock) => {
                self.html_block = Some(String::new());
                self.stack.push("");
            }
            Event::Start(tag) => {
                let close = self.start(tag);
                if close == "</a>" {
                    self.links_open += 1;
                }
                self.stack.push(close);
            }
            Event::End(end) => {
                match end {
                    TagEnd::CodeBlock => self.in_pre = false,
                    TagEnd::TableHead => self.in_head = false,
                    _ => {}
                }
                self.inline_html.end(&end);
                self.pop();
            }
            Event::Text(t) if self.in_pre => push_escaped(&mut self.out, &t),
            Event::Text(t) => self.text(&t),
            Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                self.heading_text(&t, &t);
                self.out.push_str("<code>");
                push_escaped(&mut self.out, &t);
                self.out.push_str("</code>");
            }
            Event::InlineHtml(t) => self.inline_html(&t),
            // Raw HTML outside a block (not from pulldown-cmark): text.
            Event::Html(t) => push_escaped(&mut self.out, &t),
            Event::FootnoteReference(label) => {
                let n = self.footnote(&label);
                self.out
                    .push_str("<sup class=\"footnote-ref\"><a href=\"#fn-");
                self.out.push_str(&n);
                self.out.push_str("\">");
                self.out.push_str(&n);
                self.out.push_str("</a></sup>");
            }
            Event::SoftBreak => {
                self.heading_text(" ", " ");
                self.out.push('\n');
            }
            Event::HardBreak => {
                self.heading_text(" ", " ");
                self.out.push_str("<br>\n");
            }
            Event::Rule => self.out.push_str("<hr>\n"),
            Event::TaskListMarker(checked) => {
                self.out.push_str("<input type=\"checkbox\" disabled");
                self.out.push_str(if checked { " checked> " } else { "> " });
            }
        }
    }

    /// Adds to the open heading's text: `slug` to what its id is made of,
    /// `shown` to what the outline shows.
    fn heading_text(&mut self, slug: &str, shown: &str) {
        if let Some(h) = self.heading.as_mut() {
            h.slug.push_str(slug);
            h.text.push_str(shown);
        }
    }

    /// Writes the open heading: its opening tag with its id, then what was
    /// written inside it; and adds it to the outline.
    fn end_heading(&mut self) {
        let Some(h) = self.heading.take() else {
            return;
        };
        let inner = std::mem::replace(&mut self.out, h.outer);
        let id = self.heading_id(&h.slug);
        self.out.push_str("<h");
        self.out.push(char::from(b'0' + h.level));
        self.out.push_str(" id=\"");
        push_escaped(&mut self.out, &id);
        self.out.push_str("\">");
        self.out.push_str(&inner);
        self.outline.push(OutlineEntry {
            level: h.level,
            id,
            text: h.text.split_whitespace().collect::<Vec<_>>().join(" "),
        });
    }

    /// The id of a heading whose text is `text`, unique in this document:
    /// `h-` and [`github_slug`], `section` for a heading with no letter or
    /// digit, and `-1`, `-2`... for duplicates, as GitHub numbers them.
    fn heading_id(&mut self, text: &str) -> String {
        let mut base = github_slug(text);
        if base.is_empty() {
            base.push_str("section");
        }
        let mut slug = base.clone();
        while self.slugs.contains_key(&slug) {
            let n = self.slugs.entry(base.clone()).or_insert(0);
            *n += 1;
            slug = format!("{base}-{n}");
        }
        self.slugs.insert(slug.clone(), 0);
        slug.insert_str(0, "h-");
        slug
    }

    /// Writes a run of text: emoji shortcodes become emoji, video
    /// shortcodes (`{% youtube id %}`) links, the rest is escaped and
    /// highlighted.
    fn text(&mut self, t: &str) {
        if self.heading.is_some() {
            let shown = emoji::replace(t);
            self.heading_text(t, &shown);
        }
        let mut done = 0;
        let mut video = next_video(t, 0);
        let mut emo = emoji::find(t, 0, false);
        loop {
            let video_first = match (&video, &emo) {
                (Some(v), Some(e)) => v.0 <= e.0.start,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            if video_first {
                let Some((at, len, v)) = video.take() else {
                    break;
                };
                self.plain(&t[done..at]);
                self.video(&v);
                done = at + len;
                video = next_video(t, done);
                if emo.as_ref().is_some_and(|e| e.0.start < done) {
                    emo = emoji::find(t, done, false);
                }
            } else {
                let Some((r, e)) = emo.take() else {
                    break;
                };
                self.plain(&t[done..r.start]);
                self.out.push_str(e);
                done = r.end;
                emo = emoji::find(t, done, true);
                if video.as_ref().is_some_and(|v| v.0 < done) {
                    video = next_video(t, done);
                }
            }
        }
        self.plain(&t[done..]);
    }

    /// Writes text escaped, with the search terms marked.
    fn plain(&mut self, t: &str) {
        push_highlighted(&mut self.out, t, self.opts.highlight, self.opts.unicode);
    }

    /// Writes one inline raw HTML tag: a line break, a video link, or the
    /// tag as text.
    fn inline_html(&mut self, t: &str) {
        match self.inline_html.read(t) {
            Piece::Br => {
                self.heading_text("", " ");
                self.out.push_str("<br>");
            }
            Piece::Player(v) => self.video(&v),
            Piece::Closer => {}
            Piece::Other => {
                self.heading_text("", t);
                push_escaped(&mut self.out, t);
            }
        }
    }

    /// Writes a link to a video, labelled with its host; just the label
    /// inside another link.
    fn video(&mut self, v: &Video) {
        let label = v.label();
        self.heading_text("", &label);
        match safe_link(&v.url, "") {
            Some((href, true)) if self.links_open == 0 => {
                self.out.push_str("<a class=\"video\" href=\"");
                push_escaped(&mut self.out, &href);
                self.out.push('"');
                self.out.push_str(EXTERNAL);
                self.out.push('>');
                push_escaped(&mut self.out, &label);
                self.out.push_str("</a>");
            }
            _ => push_escaped(&mut self.out, &label),
        }
    }

    /// Writes the raw HTML block that just ended: as text, or with its
    /// video players as links (see [`embeds::block`]).
    fn end_html_block(&mut self) {
        let Some(html) = self.html_block.take() else {
            return;
        };
        let Some(parts) = embeds::block(&html) else {
            self.out.push_str("<pre class=\"raw-html\">");
            push_escaped(&mut self.out, &html);
            self.out.push_str("</pre>\n");
            return;
        };
        for part in parts {
            match part {
                Part::Text(t) => {
                    self.out.push_str("<pre class=\"raw-html\">");
                    push_escaped(&mut self.out, t);
                    self.out.push_str("\n</pre>\n");
                }
                Part::Player(v) => {
                    self.out.push_str("<p>");
                    self.video(&v);
                    self.out.push_str("</p>\n");
                }
                Part::Br => self.out.push_str("<br>\n"),
            }
        }
    }

    /// Writes the opening of `tag` and returns what closes it.
    fn start(&mut self, tag: Tag) -> &'static str {
        let (open, close) = match tag {
            Tag::Paragraph => ("<p>", "</p>\n"),
            // A heading inside a heading (only from unbalanced events):
            // no id.
            Tag::Heading { level, .. } => {
                const H_OPEN: [&str; 6] = ["<h1>", "<h2>", "<h3>", "<h4>", "<h5>", "<h6>"];
                let i = (level as usize).clamp(1, 6) - 1;
                (H_OPEN[i], H_CLOSE[i])
            }
            Tag::BlockQuote(_) => ("<blockquote>\n", "</blockquote>\n"),
            Tag::CodeBlock(kind) => {
                self.in_pre = true;
                self.out.push_str("<pre><code");
                if let CodeBlockKind::Fenced(info) = kind {
                    let ok = |c: &char| c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '-');
                    let lang: String = info.trim_start().chars().take_while(ok).collect();
                    if !lang.is_empty() {
                        self.out.push_str(" class=\"language-");
                        self.out.push_str(&lang);
                        self.out.push('"');
                    }
                }
                (">", "</code></pre>\n")
            }
            Tag::List(Some(1)) => ("<ol>\n", "</ol>\n"),
            Tag::List(Some(n)) => {
                self.out.push_str("<ol start=\"");
                self.out.push_str(&n.to_string());
                ("\">\n", "</ol>\n")
            }
            Tag::List(None) => ("<ul>\n", "</ul>\n"),
            Tag::Item => ("<li>", "</li>\n"),
            Tag::FootnoteDefinition(label) => {
                let n = self.footnote(&label);
                self.out.push_str("<div class=\"footnote\" id=\"fn-");
                self.out.push_str(&n);
                self.out.push_str("\"><sup class=\"footnote-label\">");
                self.out.push_str(&n);
                ("</sup>\n", "</div>\n")
            }
            Tag::Table(_) => ("<table>\n", "</table>\n"),
            Tag::TableHead => {
                self.in_head = true;
                ("<thead><tr>", "</tr></thead>\n")
            }
            Tag::TableRow => ("<tr>", "</tr>\n"),
            Tag::TableCell if self.in_head => ("<th>", "</th>"),
            Tag::TableCell => ("<td>", "</td>"),
            Tag::Emphasis => ("<em>", "</em>"),
            Tag::Strong => ("<strong>", "</strong>"),
            Tag::Strikethrough => ("<del>", "</del>"),
            Tag::Superscript => ("<sup>", "</sup>"),
            Tag::Subscript => ("<sub>", "</sub>"),
            Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            } => {
                let mut url = dest_url.into_string();
                if link_type == LinkType::Email {
                    url.insert_str(0, "mailto:");
                }
                return self.link(&url, &title);
            }
            // Definition lists, metadata, HTML blocks (see `event`) and
            // whatever a later pulldown-cmark adds: the content is kept, the
            // tag is not.
            _ => ("", ""),
        };
        self.out.push_str(open);
        close
    }

    /// Writes the `<a>` of a link if its target is allowed, and returns what
    /// closes it: `</a>`, or nothing when only the link's text is kept.
    ///
    /// A link to a fragment of the notes (`#setup`) goes to the heading's
    /// id: `#h-setup` (lowercased, as slugs are).
    fn link(&mut self, raw: &str, title: &str) -> &'static str {
        let Some((mut href, external)) = safe_link(raw, self.opts.base) else {
            return "";
        };
        if let Some(fragment) = href.strip_prefix('#')
            && !fragment.is_empty()
        {
            href = format!("#h-{}", fragment.to_lowercase());
        }
        self.out.push_str("<a href=\"");
        push_escaped(&mut self.out, &href);
        self.out.push('"');
        self.push_title(title);
        if external {
            self.out.push_str(EXTERNAL);
        }
        self.out.push('>');
        "</a>"
    }

    /// Writes a `title` attribute when the link or image has a title.
    fn push_title(&mut self, title: &str) {
        if !title.is_empty() {
            self.out.push_str(" title=\"");
            push_escaped(&mut self.out, title);
            self.out.push('"');
        }
    }

    /// An event inside an image: only its text counts, as the alt text.
    fn image_event(&mut self, event: Event) {
        match event {
            Event::Start(_) => self.image_depth += 1,
            Event::End(_) => {
                self.image_depth -= 1;
                if self.image_depth == 0 {
                    self.image();
                }
            }
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                self.alt.push_str(&t)
            }
            Event::Html(t) | Event::InlineHtml(t) => self.alt.push_str(&t),
            Event::SoftBreak | Event::HardBreak => self.alt.push(' '),
            _ => {}
        }
    }

    /// Writes the finished image: an `<img>`, a placeholder for a missing
    /// file, or the alt text alone when the source is not allowed.
    fn image(&mut self) {
        let Some((raw, title)) = self.image.take() else {
            return;
        };
        let url = clean_url(&raw);
        let (src, mut relative) = match kind_of_clean(&url) {
            _ if url.is_empty() => (None, false),
            UrlKind::Web => (Some(web_url(url)), false),
            UrlKind::Relative => (Some(resolve(self.opts.base, &url)), true),
            _ => (None, false),
        };
        let alt = std::mem::take(&mut self.alt);
        // A relative image opened in this browser: the URL made for it.
        let src = match (src, self.opts.local_images) {
            (Some(s), Some(local)) if relative => Some(match local_url(local, &s) {
                Some(url) => {
                    relative = false;
                    url.to_string()
                }
                None => s,
            }),
            (s, _) => s,
        };
        match src {
            None => push_escaped(&mut self.out, &alt),
            Some(src) if relative && self.opts.assets.is_some_and(|a| missing(a, &src)) => {
                let path = percent_decode(src.split(['?', '#']).next().unwrap_or(""));
                let name = path.rsplit('/').next().unwrap_or("");
                let label = if alt.is_empty() { name } else { &alt };
                self.out.push_str(
                    "<span class=\"img-missing\" role=\"img\" aria-label=\"Missing image: ",
                );
                push_escaped(&mut self.out, label);
                self.out.push_str("\">");
                push_escaped(&mut self.out, label);
                self.out.push_str("</span>");
            }
            Some(src) => {
                self.out.push_str("<img src=\"");
                push_escaped(&mut self.out, &src);
                self.out.push_str("\" alt=\"");
                push_escaped(&mut self.out, &alt);
                self.out.push('"');
                self.push_title(&title);
                self.out.push_str(" loading=\"lazy\">");
            }
        }
        self.alt = alt;
    }

    /// The number of a footnote label, given on first appearance.
    fn footnote(&mut self, label: &str) -> String {
        let next = self.footnotes.len() + 1;
        self.footnotes
            .entry(label.to_owned())
            .or_insert(next)
            .to_string()
    }
}

/// The URL made in this browser for the resolved relative image `src`, as
/// it is written or percent-decoded.
fn local_url<'m>(local: &'m HashMap<String, String>, src: &str) -> Option<&'m str> {
    let path = src.split(['?', '#']).next().unwrap_or("");
    local
        .get(path)
        .or_else(|| local.get(&*percent_decode(path)))
        .map(String::as_str)
}

/// Whether the resolved relative image `src` is not among `assets`, as it
/// is written or percent-decoded (`my%20pic.png` is the file `my pic.png`).
fn missing(assets: &HashSet<String>, src: &str) -> bool {
    let path = src.split(['?', '#']).next().unwrap_or("");
    !assets.contains(path) && !assets.contains(&*percent_decode(path))
}

/// The first video shortcode (`{% youtube id %}`...) in `t` at or after
/// byte `from`: its start, its length and its video.
fn next_video(t: &str, from: usize) -> Option<(usize, usize, Video)> {
    let mut i = from;
    while let Some(at) = t.get(i..)?.find('{').map(|p| i + p) {
        if let Some((v, len)) = shortcode_embed(&t[at..]) {
            return Some((at, len, v));
        }
        i = at + 1;
    }
    None
}

/// `s` with `%XX` escapes decoded; invalid escapes are kept as written,
/// invalid UTF-8 becomes U+FFFD.
pub fn percent_decode(s: &str) -> Cow<'_, str> {
    percent_encoding::percent_decode_str(s).decode_utf8_lossy()
}

/// The target of a link as it may be written into a page: `Some((href,
/// external))` for http(s), mailto, relative (resolved against the folder
/// `base`) and fragment targets; None for anything else and for an empty
/// target. The parser uses it for `Session::links`, the renderer for every
/// `<a>`, so both follow the same rules.
pub fn safe_link(raw: &str, base: &str) -> Option<(String, bool)> {
    let url = clean_url(raw);
    Some(match kind_of_clean(&url) {
        UrlKind::Unsafe => return None,
        _ if url.is_empty() => return None,
        UrlKind::Web => (web_url(url), true),
        UrlKind::Mailto => (url, true),
        UrlKind::Relative => (resolve(base, &url), false),
        UrlKind::Fragment => (url, false),
    })
}

/// A Web target as written out: protocol-relative `//host` (or `\\host`,
/// which browsers read alike) becomes `https://host`, so the scheme never
/// depends on the page's.
fn web_url(url: String) -> String {
    match url.trim_start_matches(['/', '\\']) {
        rest if rest.len() < url.len() => format!("https://{rest}"),
        _ => url,
    }
}

/// Resolves the relative target `url` against the folder `base`.
///
/// A target starting with `/` resolves against the site root instead, since
/// the site may be served under any sub-path. `.` and `..` segments (also
/// percent-encoded ones, which browsers honour) are applied, and `..` never
/// climbs above the site root. Empty segments are dropped, so the result
/// never starts with `//`, and a `:` in the first segment gets a `./` in
/// front so it cannot read as a scheme. The query and fragment are kept.
fn resolve(base: &str, url: &str) -> String {
    let split = url.find(['?', '#']).unwrap_or(url.len());
    let (path, rest) = url.split_at(split);
    let rooted = path.as_bytes().first().is_some_and(|b| is_slash(*b));
    let full = if rooted {
        path.to_owned()
    } else {
        format!("{base}/{path}")
    };
    let mut segs: Vec<&str> = Vec::new();
    let mut dir = false;
    for seg in full.split(['/', '\\']) {
        let s = seg.to_ascii_lowercase();
        dir = true;
        match s.as_str() {
            "" | "." | "%2e" => {}
            ".." | ".%2e" | "%2e." | "%2e%2e" => {
                segs.pop();
            }
            _ => {
                segs.push(seg);
                dir = false;
            }
        }
    }
    let mut out = String::with_capacity(full.len() + rest.len() + 2);
    if segs.first().is_some_and(|s| s.contains(':')) || segs.is_empty() {
        out.push_str("./");
    }
    out.push_str(&segs.join("/"));
    if dir && !segs.is_empty() {
        out.push('/');
    }
    out.push_str(rest);
    out
}

/// Escapes text for HTML element content and attribute values: `&`, `<`,
/// `>`, `"` and `'`.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_escaped(&mut out, s);
    out
}

/// Appends `s` to `out`, escaped as by [`escape_html`].
pub fn push_escaped(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

/// Escapes `text` and wraps each word that a search term starts in `<mark>`.
///
/// `terms` are folded with [`crate::text::fold`]. A word is a run of
/// alphanumeric characters; it matches when its folded form starts with a
/// term, so `kube` marks `Kubernetes`. The output keeps the original text;
/// only non-ASCII words go through `unicode`, in one
/// [`Unicode::strip_marks_many`] call per text.
pub fn highlight_text(text: &str, terms: &[String], unicode: &dyn Unicode) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    push_highlighted(&mut out, text, terms, unicode);
    out
}

/// Appends `text` to `out` as [`highlight_text`] does.
fn push_highlighted(out: &mut String, text: &str, terms: &[String], unicode: &dyn Unicode) {
    let mut done = 0;
    for_each_hit(text, terms, unicode, |r| {
        push_escaped(out, &text[done..r.start]);
        out.push_str("<mark>");
        push_escaped(out, &text[r.clone()]);
        out.push_str("</mark>");
        done = r.end;
        true
    });
    push_escaped(out, &text[done..]);
}

/// Calls `hit` with the byte range of each word of `text` that a term
/// starts (see [`highlight_text`]), in order, while it returns true.
fn for_each_hit(
    text: &str,
    terms: &[String],
    unicode: &dyn Unicode,
    mut hit: impl FnMut(std::ops::Range<usize>) -> bool,
) {
    if terms.iter().all(|t| t.is_empty()) {
        return;
    }
    // Word ranges first, so the non-ASCII words go to the provider in one
    // call (in the browser, one call across the FFI boundary).
    let mut words = Vec::new();
    let mut at = 0;
    while let Some(start) = text[at..].find(char::is_alphanumeric).map(|i| at + i) {
        at = text[start..]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(text.len(), |i| start + i);
        words.push(start..at);
    }
    let non_ascii: Vec<&str> = words
        .iter()
        .map(|r| &text[r.clone()])
        .filter(|w| !w.is_ascii())
        .collect();
    let mut stripped = match non_ascii.is_empty() {
        true => Vec::new(),
        false => unicode.strip_marks_many(&non_ascii),
    }
    .into_iter();
    for r in words {
        let word = &text[r.clone()];
        let matched = if word.is_ascii() {
            let w = word.as_bytes();
            terms.iter().any(|t| {
                !t.is_empty()
                    && w.len() >= t.len()
                    && w[..t.len()].eq_ignore_ascii_case(t.as_bytes())
            })
        } else {
            let folded = fold_stripped(&stripped.next().unwrap_or_default());
            terms
                .iter()
                .any(|t| !t.is_empty() && folded.starts_with(t.as_str()))
        };
        if matched && !hit(r) {
            return;
        }
    }
}

/// The plain text of some notes Markdown (no markup, link targets or raw
/// HTML), up to about `limit` bytes.
fn plain_text(markdown: &str, limit: usize) -> String {
    let mut out = String::new();
    for event in Parser::new_ext(markdown, md_options()) {
        let event_is_text = matches!(event, Event::Text(_));
        match event {
            Event::Text(t) | Event::Code(t) => {
                let t = match event_is_text {
                    true => emoji::replace(&t),
                    false => Cow::Borrowed(&*t),
                };
                let t = if out.ends_with(' ') {
                    t.trim_start()
                } else {
                    &t
                };
                out.push_str(t);
            }
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::TableCell)
                if !out.ends_with(' ') =>
            {
                out.push(' ')
            }
            // Blocks (bullets, paragraphs) are set apart with a middle dot.
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::Heading(_)
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_),
            ) if !out.is_empty() && !out.ends_with(' ') => out.push_str(" · "),
            _ => {}
        }
        if out.len() >= limit {
            break;
        }
    }
    let end = out.trim_end_matches([' ', '·']).len();
    out.truncate(end);
    out
}

/// A short excerpt of `markdown` around the first word a search term
/// starts, as escaped HTML with the matches in `<mark>` (for the session
/// list); None when no word of the notes matches.
pub fn snippet(markdown: &str, terms: &[String], unicode: &dyn Unicode) -> Option<String> {
    const BEFORE: usize = 60;
    const AFTER: usize = 120;
    if terms.is_empty() {
        return None;
    }
    let text = plain_text(markdown, 64 * 1024);
    let mut first = None;
    for_each_hit(&text, terms, unicode, |r| {
        first = Some(r);
        false
    });
    let r = first?;
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    // Start and end at word boundaries near the window's edges.
    let mut start = floor(r.start.saturating_sub(BEFORE));
    if start > 0 {
        start = text[start..r.start]
            .find(' ')
            .map_or(start, |i| start + i + 1);
    }
    let mut end = floor((r.end + AFTER).min(text.len()));
    if end < text.len() {
        end = text[r.end..end].rfind(' ').map_or(end, |i| r.end + i);
    }
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    push_highlighted(&mut out, text[start..end].trim(), terms, unicode);
    if end < text.len() {
        out.push('…');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::AsciiOnly;

    #[test]
    fn a_snippet_shows_the_first_match_in_the_notes_with_markup_removed() {
        let md = "- [Dapr](https://dapr.io/) really cool **micro services** framework\n- allows for transparent service discovery\n";
        let terms = vec!["discover".to_string()];
        assert_eq!(
            snippet(md, &terms, &AsciiOnly).as_deref(),
            Some(
                "…micro services framework · allows for transparent service <mark>discovery</mark>"
            )
        );
        assert_eq!(snippet(md, &["nothing".to_string()], &AsciiOnly), None);
        assert_eq!(snippet(md, &[], &AsciiOnly), None);
    }

    #[test]
    fn a_snippet_of_long_notes_is_cut_at_word_boundaries_and_escaped() {
        let md = format!(
            "{} a < b & the needle {}",
            "word ".repeat(100),
            "tail ".repeat(100)
        );
        let s = snippet(&md, &["needle".to_string()], &AsciiOnly).unwrap_or_default();
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(
            s.contains("a &lt; b &amp; the <mark>needle</mark> tail"),
            "{s}"
        );
        assert!(s.len() < 300, "{s}");
    }

    #[test]
    fn url_kinds() {
        use UrlKind::*;
        let cases: &[(&str, UrlKind)] = &[
            ("https://kubecon.io/x", Web),
            ("HTTP://x", Web),
            ("https:\\\\x", Web),
            ("https:x", Unsafe),
            ("http:/x", Unsafe),
            ("//evil.example/x", Web),
            ("\\\\evil.example/x", Web),
            ("mailto:a@b.c", Mailto),
            ("MailTo:a@b.c", Mailto),
            ("#notes", Fragment),
            (" #notes", Fragment),
            ("./kubecon.jpeg", Relative),
            ("img/a.png", Relative),
            ("/img/a.png", Relative),
            ("a.md?x=1:2#y:z", Relative),
            ("javascript%3Aalert(1)", Relative),
            ("", Relative),
            ("javascript:alert(1)", Unsafe),
            ("JaVaScRiPt:alert(1)", Unsafe),
            (" javascript:alert(1)", Unsafe),
            ("\u{1}javascript:alert(1)", Unsafe),
            ("java\tscript:alert(1)", Unsafe),
            ("java\nscript:alert(1)", Unsafe),
            ("java\0script:alert(1)", Unsafe),
            ("javascript\t:alert(1)", Unsafe),
            ("data:text/html,<script>", Unsafe),
            ("vbscript:msgbox", Unsafe),
            ("file:///etc/passwd", Unsafe),
            ("ftp://x", Unsafe),
            ("java%73cript:alert(1)", Unsafe),
            ("C:\\Windows", Unsafe),
        ];
        for (url, kind) in cases {
            assert_eq!(classify_url(url), *kind, "{url:?}");
        }
    }

    #[test]
    fn relative_targets_resolve_and_clamp() {
        let cases: &[(&str, &str, &str)] = &[
            ("notes/", "./kubecon.jpeg", "notes/kubecon.jpeg"),
            ("notes/", "a/../b/./c.png", "notes/b/c.png"),
            ("notes/", "../../../../x", "x"),
            ("notes/", "%2e%2e/%2E./.%2e/x", "x"),
            ("notes/", "a\\..\\b", "notes/b"),
            ("notes/", "/img/x.png", "img/x.png"),
            ("notes/", "a//b/", "notes/a/b/"),
            ("notes/", "sub/..", "notes/"),
            ("notes/", "x.md?a=../b#c/../d", "notes/x.md?a=../b#c/../d"),
            ("notes/", "?q", "notes/?q"),
            ("", "..", "./"),
            ("", "./javascript:alert(1)", "./javascript:alert(1)"),
            ("", "/a:b/c", "./a:b/c"),
            ("notes", "x.png", "notes/x.png"),
        ];
        for (base, url, want) in cases {
            assert_eq!(resolve(base, url), *want, "{base:?} + {url:?}");
        }
    }

    #[test]
    fn percent_decoding_for_asset_lookup() {
        assert_eq!(percent_decode("a%20b%2Fc"), "a b/c");
        assert_eq!(percent_decode("%zz%4%"), "%zz%4%");
        assert_eq!(percent_decode("caf%C3%A9 é"), "café é");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
        // Only two hex digits make an escape (`from_str_radix` took `+1`).
        assert_eq!(percent_decode("%+1%-1"), "%+1%-1");
    }

    #[test]
    fn protocol_relative_targets_get_https() {
        assert_eq!(web_url("//x.example/a".into()), "https://x.example/a");
        assert_eq!(web_url("\\\\x.example".into()), "https://x.example");
        assert_eq!(web_url("http://x.example".into()), "http://x.example");
    }

    #[test]
    fn unbalanced_events_still_give_well_formed_html() {
        use pulldown_cmark::CowStr;
        let opts = RenderOptions {
            base: "",
            highlight: &[],
            assets: None,
            local_images: None,
            unicode: &crate::text::AsciiOnly,
        };
        let run = |events: Vec<Event<'static>>| {
            let mut w = Writer::new(0, &opts);
            events.into_iter().for_each(|e| w.event(e));
            w.finish().html
        };
        let image = || Tag::Image {
            link_type: LinkType::Inline,
            dest_url: CowStr::from("a.png"),
            title: CowStr::from(""),
            id: CowStr::from(""),
        };
        let text = || Event::Text(CowStr::from("t"));
        assert_eq!(run(vec![Event::End(TagEnd::Paragraph), text()]), "t");
        assert_eq!(
            run(vec![
                Event::Start(Tag::List(None)),
                Event::Start(Tag::Item),
                text()
            ]),
            "<ul>\n<li>t</li>\n</ul>\n"
        );
        assert_eq!(
            run(vec![
                Event::Start(Tag::Emphasis),
                Event::Start(image()),
                text()
            ]),
            "<em><img src=\"a.png\" alt=\"t\" loading=\"lazy\"></em>"
        );
        assert_eq!(
            run(vec![
                Event::Start(Tag::TableHead),
                Event::End(TagEnd::Table)
            ]),
            "<thead><tr></tr></thead>\n"
        );
    }
}
