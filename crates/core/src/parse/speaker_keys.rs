//! The keys that introduce a session's speakers (`Speaker:`, `Presented
//! by`, `Referent:`, `登壇者`, `Por:`), those of them that name one
//! speaker, and such a key alone on its line (`**Speakers**`, `Plenary
//! Speakers:`) over a list of the people. Used by
//! [`super::speaker_lines`] and wherever a line may be such a key.

use super::markers::{strip_emphasis, strip_list_marker};
use super::speakers::parse_speakers;

/// Whether a line is a speaker key and nothing else (`**Speakers**`,
/// `Speakers:`): the list items after it name the speakers.
pub(crate) fn speaker_label(line: &str) -> bool {
    if line.len() > 40 {
        return false;
    }
    // (`### Speaker(s):`, such a line set as a sub-heading.)
    let line = match line.trim_start().strip_prefix('#') {
        Some(h) => h.trim_start_matches('#').trim(),
        None => line,
    };
    let t = strip_emphasis(strip_list_marker(line)).trim_end_matches(':');
    let t = strip_emphasis(t).to_lowercase();
    if SPEAKER_KEYS.contains(&t.as_str()) {
        return true;
    }
    // `Plenary Speakers:`, `Keynote speakers`: one word before a plural
    // key.
    t.rsplit_once(' ').is_some_and(|(w, key)| {
        matches!(key, "speakers" | "presenters" | "panelists" | "panellists")
            && !w.is_empty()
            && w.chars().all(char::is_alphabetic)
    })
}

/// Whether `key` (lowercase) names a session's speakers (`Speaker`,
/// `Presenter`, `Sprecher`…).
pub(crate) fn is_speaker_key(key: &str) -> bool {
    SPEAKER_KEYS.contains(&key)
}

/// Keys of lines that name a session's speakers.
/// The keys above that name one speaker: `A, B` after them is a person
/// and their organisation, not two people.
pub(super) const SINGULAR_KEYS: &[&str] = &[
    "speaker",
    "presenter",
    "presented by",
    "sprecher",
    "sprecherin",
    "referent",
    "referentin",
    "intervenant",
    "intervenante",
    "orateur",
    "oratrice",
    "conférencier",
    "ponente",
    "palestrante",
    "relatore",
    "spreker",
    "prelegent",
    "докладчик",
    "спикер",
];

pub(super) const SPEAKER_KEYS: &[&str] = &[
    "speaker",
    "speakers",
    "speaker(s)",
    "presenter",
    "presenters",
    "presenter(s)",
    "presented by",
    "panelists",
    "panellists",
    "moderator",
    "by",
    "speaker name",
    "speakers names",
    // (A programme's word for who gave the talk, `**author:** Michael
    // DeHaan` under its title; front matter's `author` is the notes'.)
    "author",
    "authors",
    // The same in the languages of notes seen so far.
    "sprecher",
    "sprecherin",
    "referent",
    "referentin",
    "referenten",
    "intervenant",
    "intervenants",
    "intervenante",
    "orateur",
    "oratrice",
    "conférencier",
    "conférenciers",
    "ponente",
    "ponentes",
    "palestrante",
    "palestrantes",
    "relatore",
    "relatori",
    "spreker",
    "sprekers",
    "prelegent",
    "prelegenci",
    "diễn giả",
    "докладчик",
    "докладчики",
    "спикер",
    "спикеры",
    "登壇者",
    "発表者",
    "講演者",
    "讲者",
    "演讲者",
    "講者",
    "발표자",
    "연사",
    // `**Who:** [David Henke](…), former SVP of Engineering at LinkedIn.`
    "who",
    "演讲人",
    "演讲嘉宾",
    "主讲人",
    "讲师",
    "分享人",
    "分享嘉宾",
    // `**Por:** Jorge Murillo.`, `Von: …`, `Par : …`: "by" as a key.
    "por",
    "von",
    "par",
];

/// The people a list item under a speaker's label names: `- Bruce
/// Burgett, University of Washington Bothell`, or a person then what
/// they do after a colon (`+ Jay Kreps ([@jaykreps](…)): CEO,
/// Co-Founder, Confluent`, the last part their organisation). `None` for
/// a line that is no list item or names nobody.
pub(crate) fn listed_people(line: &str) -> Option<Vec<super::speakers::SpeakerRef>> {
    let t = line.trim();
    let item = strip_list_marker(t);
    if item.len() == t.len() {
        return None;
    }
    let refs = parse_speakers(item);
    if super::speakers::plausible(&refs) {
        return Some(refs);
    }
    let (who, what) = item.split_once(": ")?;
    let mut refs = parse_speakers(who);
    if refs.len() != 1 || !super::speakers::plausible(&refs) {
        return None;
    }
    if let Some(r) = refs.first_mut()
        && r.org.is_none()
        && let Some(org) = what.rsplit_once(", ").map(|(_, o)| o.trim())
        && org.starts_with(char::is_uppercase)
        && org.split_whitespace().count() <= 4
        && !super::orgs_and_jobs::is_role(org)
    {
        r.org = Some(org.trim_end_matches('.').to_string());
    }
    Some(refs)
}

/// The people listed after a speaker's label in `text` (`Plenary
/// Speakers:` over `- Bruce Burgett, University of Washington Bothell`),
/// one per list item, names only.
pub(crate) fn listed_after_label(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut after_label = false;
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if speaker_label(t) {
            after_label = true;
            continue;
        }
        // (Only right after the label: most lines are not read.)
        let Some(refs) = after_label.then(|| listed_people(t)).flatten() else {
            after_label = false;
            continue;
        };
        out.extend(refs.into_iter().map(|r| r.name));
    }
    out
}
