//! Slide decks written in Markdown (Slidev): after the deck's own front
//! matter, each slide may open with a block of its settings between two
//! `---` lines (`layout: iframe-left`, `url: …`, `src: ../reuse/me.md`).
//! Markdown reads such a block's last line over the `---` under it as a
//! heading, so the deck's talks would hide behind headings made of
//! settings. The settings are blanked before the file is read (their lines
//! stay, empty, so line numbers hold); nothing else changes.
//!
//! Only blocks whose every key is a slide setting Slidev knows, in a file
//! with two such blocks or more, one of them naming a layout, a source or
//! an image: notes that put `Speaker: Jane Doe` between two rules keep it.

/// The keys of a slide's settings.
const SLIDE_KEYS: &[&str] = &[
    "layout",
    "image",
    "url",
    "src",
    "class",
    "background",
    "transition",
    "clicks",
    "level",
    "hideInToc",
    "routeAlias",
    "preload",
    "disabled",
    "hide",
    "zoom",
    "title",
    "dragPos",
    "backgroundSize",
];

/// Whether a line is `key: value` with a slide setting's key (or the
/// indented line of a value that goes on).
fn setting_line(l: &str) -> Option<&str> {
    if l.starts_with(' ') && !l.trim().is_empty() {
        return Some("");
    }
    let (key, _) = l.split_once(':')?;
    SLIDE_KEYS.contains(&key).then_some(key)
}

/// The text with its slides' settings blanked, or `None` when it has no
/// such blocks (the usual case: no copy).
pub(super) fn blank_slide_settings(text: &str) -> Option<String> {
    if !text.contains("\n---\nlayout:") && !text.contains("\n---\nsrc:") {
        return None;
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let bare = |k: usize| {
        lines
            .get(k)
            .map_or("", |l| l.trim_end_matches(['\n', '\r']))
    };
    // The deck's own front matter, first, is left to the front matter
    // reader.
    let mut k = 0;
    if bare(0) == "---" {
        k = 1;
        while k < lines.len() && bare(k) != "---" {
            k += 1;
        }
        k += 1;
    }
    // (first line, end line) of each block's settings.
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut named = false;
    while k < lines.len() {
        if bare(k) == "---" {
            let mut j = k + 1;
            let mut keys = Vec::new();
            while j < lines.len() && j - k <= 12 {
                match setting_line(bare(j)) {
                    Some(key) => keys.push(key),
                    None => break,
                }
                j += 1;
            }
            if !keys.is_empty() && bare(j) == "---" {
                named |= keys
                    .iter()
                    .any(|k| matches!(*k, "layout" | "src" | "image"));
                blocks.push((k + 1, j));
                k = j;
                continue;
            }
        }
        k += 1;
    }
    if blocks.len() < 2 || !named {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut next = blocks.iter().peekable();
    for (n, line) in lines.iter().enumerate() {
        while next.peek().is_some_and(|&&(_, end)| end <= n) {
            next.next();
        }
        let inside = next
            .peek()
            .is_some_and(|&&(start, end)| (start..end).contains(&n));
        if inside {
            out.push('\n');
        } else {
            out.push_str(line);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_blanked_line_for_line() {
        let deck = "---\ntheme: default\n---\n\n# Report\n\n---\nlayout: image-left\nimage: /a.jpg\n---\n\n### Day before\n\n---\nlayout: iframe-left\nurl: https://speakerdeck.com/player/1\n---\n\n### A talk\n";
        let out = blank_slide_settings(deck).expect("a deck");
        assert_eq!(out.lines().count(), deck.lines().count());
        assert!(!out.contains("layout:"));
        assert!(out.starts_with("---\ntheme: default\n---\n"));
        assert!(out.contains("\n---\n\n\n---\n\n### Day before"));
        // Notes with a speaker line between two rules are no deck.
        let notes = "# Meetup\n\n---\nSpeaker: Jane Doe\n---\n\n---\nlayout: x\n---\n";
        assert_eq!(blank_slide_settings(notes), None);
    }
}
