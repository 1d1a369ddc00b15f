//! Videos: the page of a video from a player's address
//! (`youtube.com/embed/…` → the watch page) or from a shortcode
//! (`{% youtube id %}`, `{{< vimeo id >}}`), with its host's name. Only
//! http(s) addresses on known video hosts come out.

use super::link_labels;
use crate::render::{UrlKind, classify_url};

/// A video: its page and its host's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Video {
    /// The video's page, an http(s) URL.
    pub url: String,
    /// The host's name: `YouTube`, `Vimeo`... (`Video` for other hosts).
    pub host: &'static str,
}

impl Video {
    /// What a link to the video says: `▶ Video on YouTube`.
    pub(crate) fn label(&self) -> String {
        match self.host {
            "Video" => "▶ Video".to_string(),
            host => format!("▶ Video on {host}"),
        }
    }
}

/// A `{% youtube id %}`, `{% vimeo id %}`, `{% include youtube.html
/// id="id" %}`, `{{< youtube id >}}`, `{{% vimeo id %}}` or `{% embed url
/// %}` shortcode at the start of `s`: its video and its length in bytes.
///
/// A YouTube id is letters, digits, `_` and `-`; a Vimeo id is digits;
/// anything else is no video, so the shortcode stays as written.
pub(crate) fn shortcode_embed(s: &str) -> Option<(Video, usize)> {
    let (open, close) = if s.starts_with("{%") {
        ("{%", "%}")
    } else if s.starts_with("{{<") {
        ("{{<", ">}}")
    } else if s.starts_with("{{%") {
        ("{{%", "%}}")
    } else {
        return None;
    };
    // A shortcode is short: its end is looked for in its first bytes only,
    // so text full of `{%` costs linear time.
    let mut window = s.len().min(256);
    while !s.is_char_boundary(window) {
        window -= 1;
    }
    // (After the opening: in `{%}` the `%}` overlaps it.)
    let end = s.get(open.len()..window)?.find(close)? + open.len();
    let inner = s[open.len()..end].trim();
    let mut words = inner.split_whitespace();
    let mut name = words.next()?.to_ascii_lowercase();
    if name == "include" {
        // `{% include youtube.html id="…" %}`: the file names the host.
        let file = words.next()?.to_ascii_lowercase();
        name = ["youtube", "vimeo"]
            .into_iter()
            .find(|h| file.starts_with(h))?
            .to_string();
    }
    let args: Vec<&str> = words.collect();
    // The id: `id="…"` (or `video_id=…`) or the first argument.
    let arg = args
        .iter()
        .find_map(|a| {
            a.strip_prefix("id=")
                .or_else(|| a.strip_prefix("video_id="))
        })
        .or_else(|| args.first().copied())?
        .trim_matches(['"', '\'']);
    let id_ok =
        |ok: fn(&u8) -> bool| !arg.is_empty() && arg.len() <= 64 && arg.bytes().all(|b| ok(&b));
    let url = match name.as_str() {
        "youtube" | "youtube_video" if arg.starts_with("http") => arg.to_string(),
        "vimeo" if arg.starts_with("http") => arg.to_string(),
        "youtube" | "youtube_video"
            if id_ok(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-')) =>
        {
            format!("https://www.youtube.com/watch?v={arg}")
        }
        "vimeo" if id_ok(u8::is_ascii_digit) => format!("https://vimeo.com/{arg}"),
        "embed" | "video" if arg.starts_with("http") => arg.to_string(),
        _ => return None,
    };
    let (url, host) = video_page(&url)?;
    Some((Video { url, host }, end + close.len()))
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

/// The page of a video from a player or page URL: YouTube and Vimeo
/// players become watch pages; only video hosts count, and only http(s)
/// URLs that a page may link to. With the host's name.
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
    if !link_labels::is_video_url(&s) || classify_url(&s) != UrlKind::Web {
        return None;
    }
    let host = VIDEO_HOSTS
        .iter()
        .find(|(start, _)| rest.starts_with(start))
        .map_or("Video", |&(_, name)| name);
    Some((s, host))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcodes_name_a_video_by_a_clean_id() {
        let got = |s: &str| shortcode_embed(s).map(|(v, n)| (v.url, v.host, n));
        // (Found by the robustness test: a close that overlaps the open.)
        assert_eq!(got("{%}🕴%%𐮚"), None);
        assert_eq!(got("{{<>}}"), None);
        assert_eq!(
            got("{% youtube S7tLhIJZKxA %} rest"),
            Some((
                "https://www.youtube.com/watch?v=S7tLhIJZKxA".into(),
                "YouTube",
                25
            ))
        );
        assert_eq!(
            got("{% vimeo 146022717 %}"),
            Some(("https://vimeo.com/146022717".into(), "Vimeo", 21))
        );
        assert_eq!(
            got("{% include youtube.html id=\"a-b_c\" %}").map(|g| g.0),
            Some("https://www.youtube.com/watch?v=a-b_c".into())
        );
        assert_eq!(
            got("{{< youtube id=\"w7Ft2ymGmfc\" autoplay=\"true\" >}}").map(|g| g.0),
            Some("https://www.youtube.com/watch?v=w7Ft2ymGmfc".into())
        );
        assert_eq!(
            got("{{% vimeo 42 %}}").map(|g| g.0),
            Some("https://vimeo.com/42".into())
        );
        assert_eq!(
            got("{% youtube https://youtu.be/abc %}").map(|g| g.0),
            Some("https://youtu.be/abc".into())
        );
        for bad in [
            "{% youtube \"><script> %}",
            "{% youtube a\"onmouseover=x %}",
            "{% youtube ../../x %}",
            "{% youtube a?b %}",
            "{% youtube %}",
            "{% vimeo abc %}",
            "{% vimeo javascript:alert(1) %}",
            "{% embed javascript:alert(1) %}",
            "{% include header.html %}",
            "{% include youtube.html id=\"<x>\" %}",
            "{% youtube abc",
            "{% raw %}",
        ] {
            assert_eq!(got(bad), None, "{bad}");
        }
    }

    #[test]
    fn labels_name_the_host() {
        let youtube = Video {
            url: "https://www.youtube.com/watch?v=x".into(),
            host: "YouTube",
        };
        assert_eq!(youtube.label(), "▶ Video on YouTube");
        let other = Video {
            url: "https://www.infoq.com/presentations/x".into(),
            host: "Video",
        };
        assert_eq!(other.label(), "▶ Video");
    }
}
