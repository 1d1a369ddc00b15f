//! The labels of session links: a link's text that is a label word
//! (`Recording`, `Slides (PDF)`, `Repo`), one that says it is a recording
//! (`Watch`, `YouTube`, `📹`), a camera before a link, and the addresses
//! of videos on their hosts (YouTube, Vimeo, media.ccc.de…), linked or
//! alone on their line.

use super::markers::strip_any_list_marker;
use super::util::trim_start_str;

/// Link labels, lowercase, with how they are shown.
const LABELS: &[(&str, &str)] = &[
    ("recording", "Recording"),
    ("video", "Video"),
    ("slides", "Slides"),
    // Slide hosts named as the link's text (`[Speakerdeck](…)`).
    ("slideshare", "Slides"),
    ("speakerdeck", "Slides"),
    ("speaker deck", "Slides"),
    ("talk", "Talk"),
    ("demo", "Demo"),
    ("repo", "Repo"),
    ("code", "Code"),
    ("blog", "Blog"),
    ("paper", "Paper"),
    ("handout", "Handout"),
    ("website", "Website"),
    // The same in the languages notes are written in.
    ("слайды", "Slides"),
    ("презентация", "Slides"),
    ("diapositivas", "Slides"),
    ("diapos", "Slides"),
    ("folien", "Slides"),
    ("slajdy", "Slides"),
    ("スライド", "Slides"),
    ("幻灯片", "Slides"),
];

/// The label of a link whose text is a label word (`Recording`,
/// `Slides (PDF)`, `video:`), capitalised.
pub(crate) fn label_of_text(text: &str) -> Option<&'static str> {
    let mut t = text.trim().trim_end_matches(':').trim();
    if t.ends_with(')')
        && let Some(open) = t.rfind('(')
    {
        t = t[..open].trim();
    }
    label_word(t).or_else(|| link_to(t).and_then(label_word))
}

/// What `Link to the powerpoint slides`, `Link to youtube recording` say
/// the link is: the words after `link to`, the article and a host's or a
/// format's name.
fn link_to(t: &str) -> Option<&str> {
    let rest = super::markers::strip_prefix_ci(t, "link to ")?.trim_start();
    let rest = super::markers::strip_prefix_ci(rest, "the ").unwrap_or(rest);
    Some(
        ["youtube ", "powerpoint ", "google ", "pdf ", "vimeo "]
            .iter()
            .find_map(|w| super::markers::strip_prefix_ci(rest, w))
            .unwrap_or(rest)
            .trim(),
    )
}

/// Whether a link's text says it is a recording: `Recording`, `Video`,
/// `Watch`, `YouTube`, `talk`, or a camera or play emoji (📹 🎥 ▶️ 📺, or
/// their `:video_camera:` shortcodes).
pub(crate) fn is_recording_label(text: &str) -> bool {
    let whole = text.trim();
    // (`[(Watch)](…)`: the label in parentheses.)
    let whole = whole
        .strip_prefix('(')
        .and_then(|w| w.strip_suffix(')'))
        .unwrap_or(whole)
        .trim();
    // (A shortcode's own colons are kept: `:movie_camera:`.)
    let t = if whole.starts_with(':') {
        whole
    } else {
        whole.trim_end_matches(':').trim()
    };
    if t.is_empty() {
        return false;
    }
    // (`Link to youtube recording`; but `Link to the talk` goes to its
    // page as often as to a video.)
    if let Some(rest) = link_to(t) {
        return !rest.eq_ignore_ascii_case("talk") && is_recording_label(rest);
    }
    let lower = t.to_lowercase();
    matches!(
        lower.as_str(),
        "recording"
            | "video"
            | "watch"
            | "youtube"
            | "vimeo"
            | "talk"
            | "watch the talk"
            | "watch the video"
            | "watch here"
            | "watch it here"
            | "watch on youtube"
            | "watch the recording"
            | "the talk"
            | "the video"
            | "session video"
            | "talk video"
            | "video recording"
            | "recorded talk"
            | "watch it"
            | "stream"
            | "livestream"
            | "screencast"
            // The same in the languages notes are written in.
            | "видео"
            | "запись"
            | "vidéo"
            | "vídeo"
            | "grabación"
            | "gravação"
            | "aufzeichnung"
            | "wideo"
            | "nagranie"
            | "動画"
            | "録画"
            | "视频"
            | "录像"
            | "영상"
            | "동영상"
    ) || [
        "📹",
        "🎥",
        "▶",
        "📺",
        "🎬",
        "📽",
        ":video_camera:",
        ":movie_camera:",
        ":tv:",
        ":arrow_forward:",
        ":film_projector:",
        ":cinema:",
        ":clapper:",
        ":vhs:",
    ]
    .iter()
    .any(|e| t.starts_with(e))
}

/// Whether a link's text is only a mark, never a title: an emoji shortcode
/// (`[:scroll:](notes.md)`) or symbols with no letter or digit
/// (`[📜](…)`, `[→](…)`).
pub(crate) fn is_mark_label(text: &str) -> bool {
    let t = text.trim();
    let shortcode = t.len() > 2
        && t.starts_with(':')
        && t.ends_with(':')
        && t[1..t.len() - 1].bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'+' | b'-')
        });
    // (`[[PDF]](…)`, `[[Course Site]](…)`: a label the author set in
    // brackets after the title.)
    let bracketed = t.len() > 2
        && t.starts_with('[')
        && t.ends_with(']')
        && (1..=3).contains(&t[1..t.len() - 1].split_whitespace().count())
        && !t[1..t.len() - 1].contains(['[', ']']);
    shortcode
        || bracketed
        || (!t.is_empty() && t.chars().count() <= 8 && !t.contains(char::is_alphanumeric))
}

/// Whether the text before a link on its line is only a camera or play
/// mark (`- 🎥 [Title](…)`, `📹 [Title](…)`), list marker aside: the
/// link is the recording.
pub(crate) fn camera_before(before: &str) -> bool {
    let t = strip_any_list_marker(before.trim()).trim();
    (!t.is_empty()
        && t.chars().count() <= 16
        && !t.contains(char::is_alphanumeric)
        && is_recording_label(t))
        || matches!(t, ":video_camera:" | ":movie_camera:" | ":tv:")
}

/// Whether a URL is a video on a video host (YouTube, Vimeo...).
/// A line that is only a video's address (`https://www.youtube.com/watch?v=…`),
/// not a Markdown link: the URL.
pub(crate) fn bare_video_url(line: &str) -> Option<&str> {
    let t = line.trim();
    ((t.starts_with("https://") || t.starts_with("http://"))
        && !t.contains(char::is_whitespace)
        && is_video_url(t))
    .then_some(t)
}

pub(crate) fn is_video_url(url: &str) -> bool {
    let u = trim_start_str(url, "https://");
    let u = trim_start_str(u, "http://");
    let u = trim_start_str(u, "www.");
    let u = trim_start_str(u, "m.");
    u.starts_with("youtube.com/watch")
        || u.starts_with("youtu.be/")
        || u.starts_with("youtube.com/embed/")
        || u.starts_with("youtube.com/live/")
        || u.starts_with("youtube-nocookie.com/embed/")
        || u.starts_with("vimeo.com/")
        || u.starts_with("player.vimeo.com/")
        || u.starts_with("archive.org/details/")
        || u.starts_with("media.ccc.de/v/")
        || u.starts_with("infoq.com/presentations/")
        || u.starts_with("dailymotion.com/video/")
        || u.starts_with("twitch.tv/videos/")
        || u.starts_with("v.qq.com/")
        || u.starts_with("bilibili.com/video/")
        || u.starts_with("video.fosdem.org/")
        || u.starts_with("slideslive.com/")
        || u.starts_with("confreaks.tv/videos/")
        // (Confreaks' address before it moved to `.tv`.)
        || u.starts_with("confreaks.com/videos/")
        || u.starts_with("confreaks.net/videos/")
        || u.starts_with("v.youku.com/")
        // Apple's and Microsoft's session videos: `developer.apple.com/
        // videos/play/wwdc2025/102`, `developer.apple.com/wwdc24/10223`,
        // `channel9.msdn.com/Events/Build/2016/B821`.
        || u.starts_with("developer.apple.com/videos/play/")
        || u.strip_prefix("developer.apple.com/wwdc").is_some_and(|r| {
            let (year, id) = r.split_once('/').unwrap_or((r, ""));
            year.len() == 2
                && year.bytes().all(|b| b.is_ascii_digit())
                && !id.is_empty()
                && id.trim_end_matches('/').bytes().all(|b| b.is_ascii_digit())
        })
        // (`wwdc.io/share/wwdc20/10170`: the WWDC app's link to one.)
        || u.starts_with("wwdc.io/share/")
        || u.starts_with("channel9.msdn.com/events/")
        || u.starts_with("channel9.msdn.com/Events/")
        // A meeting's recording shared from Zoom.
        || (u.contains("zoom.us/rec/") && !u.contains(' '))
}

/// Whether a URL is a video file on the web
/// (`…/debconf21-80-linuxs-30th-anniversary.webm`): a talk's recording
/// when a catalogue's item links it, though not evidence enough by itself
/// that a heading is a talk (a release note's demo, a tutorial's sample).
pub(crate) fn is_video_file(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let path = rest.split(['?', '#']).next().unwrap_or(rest);
    let lower = path.to_ascii_lowercase();
    path.contains('/')
        && [".webm", ".mp4", ".m4v", ".mkv", ".ogv", ".mov"]
            .iter()
            .any(|e| lower.ends_with(e))
}

/// `word` as a link label, if it is one (any case).
pub(crate) fn label_word(word: &str) -> Option<&'static str> {
    // (`Слайды`: lowercase beyond ASCII too.)
    let lower = (!word.is_ascii()).then(|| word.to_lowercase());
    LABELS
        .iter()
        .find(|(k, _)| match &lower {
            Some(w) => k == w,
            None => k.eq_ignore_ascii_case(word),
        })
        .map(|(_, l)| *l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(label_of_text("Recording"), Some("Recording"));
        assert_eq!(label_of_text("slides (PDF)"), Some("Slides"));
        assert_eq!(label_of_text("Dapr"), None);
        assert_eq!(label_of_text("Link to powerpoint slides"), Some("Slides"));
        assert_eq!(label_of_text("Слайды"), Some("Slides"));
        assert_eq!(label_of_text("スライド"), Some("Slides"));
        assert!(is_recording_label("Link to youtube recording"));
        assert!(!is_recording_label("Link to the future of video"));
        assert!(!is_recording_label("Link to the talk"));
    }
}
