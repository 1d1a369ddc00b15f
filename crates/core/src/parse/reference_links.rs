//! Reference links written the way the first Markdown allowed, with a
//! space between the link's text and its label (`[Cody Hiar] [cody]`),
//! where the file defines the label (`[cody]: https://…`): joined
//! (`[Cody Hiar][cody]`) before the file is read, so that they are links,
//! as their author meant, and not text in brackets.

use std::collections::HashSet;

use super::util;

/// `text` with its spaced reference links joined, if it has any.
pub(super) fn join_spaced_references(text: &str) -> Option<String> {
    util::find_str(text, "] [")?;
    // The labels the file defines: `[label]: …` at a line's start.
    let mut labels: HashSet<String> = HashSet::new();
    for line in text.lines() {
        let t = line.trim_start_matches(' ');
        if line.len() - t.len() > 3 {
            continue;
        }
        if let Some(rest) = t.strip_prefix('[')
            && let Some((label, _)) = rest.split_once("]:")
            && !label.trim().is_empty()
            && !label.contains(['[', ']'])
        {
            labels.insert(label.trim().to_lowercase());
        }
    }
    if labels.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut fence: Option<&'static str> = None;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start_matches(' ');
        if line.len() - t.len() <= 3 {
            util::follow_fence(&mut fence, t);
        }
        if fence.is_some() || util::find_str(line, "] [").is_none() {
            out.push_str(line);
            continue;
        }
        let mut rest = line;
        while let Some(k) = util::find_str(rest, "] [") {
            let after = &rest[k + 3..];
            let defined = after
                .find(']')
                .is_some_and(|e| labels.contains(&after[..e].trim().to_lowercase()));
            out.push_str(&rest[..=k]);
            if defined {
                changed = true;
                out.push('[');
            } else {
                out.push_str(" [");
            }
            rest = after;
        }
        out.push_str(rest);
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::join_spaced_references;

    #[test]
    fn joins_only_defined_labels_outside_code() {
        let text = "* Deploying Django by [Cody Hiar] [cody]\n* [a] [b] stays\n```\n[x] [cody]\n```\n\n[cody]: https://example.com/cody\n";
        assert_eq!(
            join_spaced_references(text).as_deref(),
            Some(
                "* Deploying Django by [Cody Hiar][cody]\n* [a] [b] stays\n```\n[x] [cody]\n```\n\n[cody]: https://example.com/cody\n"
            )
        );
        assert_eq!(
            join_spaced_references("[a] [b] with no definitions\n"),
            None
        );
    }
}
