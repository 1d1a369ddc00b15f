//! Kramdown's inline attribute lists (`[Видео](…){: .youtube}`,
//! `*php*{: .tag.language}`, a line `{: id="agibalov"}` under a heading):
//! markup for a Jekyll theme, not words of the notes. They are dropped
//! before the file is read, so that titles, speakers and the notes shown
//! carry none of them; line numbers hold (a line that was only an
//! attribute list stays, empty).
//!
//! Only `{:` lists whose every part reads as an attribute (`.class`,
//! `#id`, `key="value"`, `key=value`, a reference name) and that follow
//! a span's end (`)`, `]`, `*`, `_`, `` ` ``, `}`) or fill their line;
//! fenced code is left as it is (`"{:>10}".format(x)` stays).

/// Whether `inner` (between `{:` and `}`) is a list of attributes.
fn attributes(inner: &str) -> bool {
    let mut parts = 0;
    let mut rest = inner.trim();
    while !rest.is_empty() {
        let part_end = if let Some((key, after)) = rest.split_once('=')
            && !key.contains(char::is_whitespace)
            && (after.starts_with('"') || after.starts_with('\''))
        {
            // `key="two words"`: up to the closing quote.
            let q = &after[..1];
            match after[1..].find(q) {
                Some(close) => key.len() + 1 + 1 + close + 1,
                None => return false,
            }
        } else {
            rest.find(char::is_whitespace).unwrap_or(rest.len())
        };
        let part = &rest[..part_end];
        let ok = match part.split_once('=') {
            Some((key, _)) => {
                !key.is_empty()
                    && key
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            }
            None => {
                let name = part.trim_start_matches(['.', '#']);
                // (A bare name is a reference, `{: refdef}`, or a
                // definition's, `{:refdef: style="…"}`, and comes first: not
                // a Clojure map's `{:a 1 :b 2}`.)
                let bare = name.len() == part.len();
                !name.is_empty()
                    && name.starts_with(|c: char| c.is_alphabetic())
                    && name
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
                    && (!bare
                        || (parts == 0
                            && (name.ends_with(':') || rest[part_end..].trim().is_empty())))
            }
        };
        if !ok {
            return false;
        }
        parts += 1;
        rest = rest[part_end..].trim_start();
    }
    parts > 0
}

/// The text without its kramdown attribute lists, or `None` when it has
/// none (the usual case: no copy).
pub(super) fn drop_attribute_lists(text: &str) -> Option<String> {
    if !text.contains("{:") {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut fence: Option<&'static str> = None;
    let mut changed = false;
    for line in text.split_inclusive('\n') {
        let bare = line.trim_start();
        super::util::follow_fence(&mut fence, bare);
        let marker = bare.starts_with("```") || bare.starts_with("~~~");
        if fence.is_some() || marker || !line.contains("{:") {
            out.push_str(line);
            continue;
        }
        let mut rest = line;
        while let Some(open) = rest.find("{:") {
            let after = &rest[open + 2..];
            let close = after.find('}');
            let before = &rest[..open];
            // (Not in code: `{:x}` inside backticks, an indented line.)
            let in_code = line[..line.len() - rest.len() + open].matches('`').count() % 2 == 1;
            let spans_end = before
                .chars()
                .next_back()
                .is_some_and(|c| matches!(c, ')' | ']' | '*' | '_' | '`' | '}'));
            let alone = before.trim().is_empty()
                && !before.starts_with("    ")
                && close.is_some_and(|c| after[c + 1..].trim().is_empty());
            match close {
                Some(c) if !in_code && (spans_end || alone) && attributes(&after[..c]) => {
                    out.push_str(before);
                    rest = &after[c + 1..];
                    changed = true;
                    if alone {
                        // (The line's own end stays.)
                        out.push_str(&rest[rest.trim_end_matches(['\n', '\r']).len()..]);
                        rest = "";
                    }
                }
                _ => {
                    out.push_str(&rest[..open + 2]);
                    rest = after;
                }
            }
        }
        out.push_str(rest);
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::drop_attribute_lists;

    #[test]
    fn span_and_block_lists_go_code_and_words_stay() {
        let md = "### [Иванов Павел](#ivanov)\n{: id=\"ivanov\"}\n\n\
                  * Title. [Видео](https://youtu.be/x){: .youtube} [Слайды](/a.pdf){: .pdf}\n\
                  * [Name](#n) *php*{: .tag.language}\n\
                  * Open {: not an attribute} and \"{:>10}\".format(x)\n\
                  ```python\nprint(f(){:x})\n```\n";
        let out = drop_attribute_lists(md).expect("changed");
        assert_eq!(
            out,
            "### [Иванов Павел](#ivanov)\n\n\n\
             * Title. [Видео](https://youtu.be/x) [Слайды](/a.pdf)\n\
             * [Name](#n) *php*\n\
             * Open {: not an attribute} and \"{:>10}\".format(x)\n\
             ```python\nprint(f(){:x})\n```\n"
        );
        assert_eq!(out.lines().count(), md.lines().count());
        assert!(drop_attribute_lists("no lists here {: x y}").is_none());
        // Code: inline, a Clojure map, an indented line.
        assert!(drop_attribute_lists("**Formatting with `{:x}` and `{:08b}`**").is_none());
        assert!(drop_attribute_lists("[Maps: `{:a 1 :b 2}` everywhere](u)").is_none());
        assert!(drop_attribute_lists("(f){:a 1 :b 2}").is_none());
        assert!(drop_attribute_lists("text\n\n    {:toc}\n").is_none());
        assert_eq!(
            drop_attribute_lists("[Talk](u){:target=\"_blank\" rel='noopener'} by Ann").as_deref(),
            Some("[Talk](u) by Ann")
        );
    }
}
