//! Video players embedded in notes: `<iframe>`/`<embed>` of a video host
//! and `{% youtube id %}` / `{{< youtube id >}}` shortcodes, turned into
//! the video's page, a recording link of the session. Nothing of the raw
//! HTML is kept or run: only a web URL on a known video host comes out.

use super::markers;

/// A video player embedded in the notes: an `<iframe>`/`<embed>` of a
/// video host, or a `{% youtube id %}` / `{{< youtube id >}}` shortcode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Embed {
    pub offset: usize,
    /// The video's page (`https://www.youtube.com/watch?v=…`).
    pub url: String,
    /// The host's name: `YouTube`, `Vimeo`...
    pub host: &'static str,
}

/// Whether an inline HTML piece may hold an embed.
pub(crate) fn event_kind_inline(h: &str) -> bool {
    h.contains("<iframe") || h.contains("<embed") || h.contains("<IFRAME")
}

/// The video of an `<iframe src=…>` or `<embed src=…>` in `html`, when it
/// is on a video host.
pub(crate) fn embed_in_html(html: &str, offset: usize) -> Option<Embed> {
    let lower = html.to_ascii_lowercase();
    let tag = lower.find("<iframe").or_else(|| lower.find("<embed"))?;
    let src_at = lower[tag..].find("src=")? + tag + 4;
    let rest = &html[src_at..];
    let (quote, rest) = match rest.chars().next()? {
        q @ ('"' | '\'') => (Some(q), &rest[1..]),
        _ => (None, rest),
    };
    let end = match quote {
        Some(q) => rest.find(q)?,
        None => rest
            .find(|c: char| c.is_whitespace() || c == '>')
            .unwrap_or(rest.len()),
    };
    let src = rest[..end].replace("&amp;", "&");
    video_page(&src).map(|(url, host)| Embed { offset, url, host })
}

/// A `{% youtube id %}`, `{{< youtube id >}}`, `{{% vimeo id %}}` or
/// `{% embed url %}` shortcode at the start of `s`, with its length.
pub(crate) fn shortcode_embed(s: &str) -> Option<(String, &'static str, usize)> {
    let (open, close) = if s.starts_with("{%") {
        ("{%", "%}")
    } else if s.starts_with("{{<") {
        ("{{<", ">}}")
    } else if s.starts_with("{{%") {
        ("{{%", "%}}")
    } else {
        return None;
    };
    let end = s.find(close)?;
    let inner = s[open.len()..end].trim();
    let mut words = inner.split_whitespace();
    let name = words.next()?.to_ascii_lowercase();
    let arg = words
        .next()?
        .trim_matches(['"', '\''])
        .trim_start_matches("id=")
        .trim_matches(['"', '\'']);
    let url = match name.as_str() {
        "youtube" | "youtube_video" => format!("https://www.youtube.com/watch?v={arg}"),
        "vimeo" => format!("https://vimeo.com/{arg}"),
        "embed" | "video" if arg.starts_with("http") => arg.to_string(),
        _ => return None,
    };
    let (url, host) = video_page(&url)?;
    Some((url, host, end + close.len()))
}

/// Video hosts by how their address starts (after the scheme and `www.`),
/// with the name a recording link is labelled with; any other video host
/// is `Video`.
const VIDEO_HOSTS: [(&str, &str); 7] = [
    ("youtu", "YouTube"),
    ("vimeo", "Vimeo"),
    ("archive.org", "Internet Archive"),
    ("media.ccc.de", "media.ccc.de"),
    ("dailymotion", "Dailymotion"),
    ("twitch", "Twitch"),
    ("bilibili", "Bilibili"),
];

/// The page of a video from a player or page URL: YouTube embeds become
/// watch pages; only video hosts count. With the host's name.
pub(crate) fn video_page(src: &str) -> Option<(String, &'static str)> {
    let s = src.trim();
    let s = if let Some(r) = s.strip_prefix("//") {
        format!("https://{r}")
    } else {
        s.to_string()
    };
    if !(s.starts_with("https://") || s.starts_with("http://")) {
        return None;
    }
    let rest = s
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    for prefix in ["youtube.com/embed/", "youtube-nocookie.com/embed/"] {
        if let Some(id) = rest.strip_prefix(prefix) {
            let id: String = id
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            if id.is_empty() {
                return None;
            }
            return Some((format!("https://www.youtube.com/watch?v={id}"), "YouTube"));
        }
    }
    if let Some(id) = rest.strip_prefix("player.vimeo.com/video/") {
        let id: String = id.chars().take_while(char::is_ascii_digit).collect();
        return (!id.is_empty()).then(|| (format!("https://vimeo.com/{id}"), "Vimeo"));
    }
    if !markers::is_video_url(&s) {
        return None;
    }
    let host = VIDEO_HOSTS
        .iter()
        .find(|(start, _)| rest.starts_with(start))
        .map_or("Video", |&(_, name)| name);
    Some((s, host))
}
