//! The people a list item's title carries at its end, read after its
//! parts (`super::headings::parts`): names in the last parentheses, a
//! name before the handle that was taken for the speaker, and a track in
//! bold before a picked schedule's title. Used by
//! [`super::catalog_list_item`].

use super::file::FileParser;
use super::names;
use super::speakers::SpeakerRef;
use super::title::Parts;

impl FileParser<'_> {
    /// `**Green Garden**: Title (Name)` in a schedule picked from the
    /// programme: the track or room in bold before the colon, when the
    /// file writes it so (`**Green Garden**:`) twice or more (a bold title
    /// is not named twice), goes; a kind of session (`**Keynote**:`)
    /// stays.
    /// (After the time it starts, `10:15 **PyData**: …`, both go.)
    pub(super) fn after_track_label<'t>(&self, t: &'t str) -> Option<&'t str> {
        let t = super::numbering::time_of_day(t)
            .map(str::trim_start)
            .filter(|r| r.starts_with("**"))
            .unwrap_or(t);
        let inner = t.strip_prefix("**")?;
        let end = inner.find("**")?;
        let label = &inner[..end];
        let rest = inner[end + 2..].strip_prefix(':')?.trim_start();
        if label.trim().is_empty()
            || label.split_whitespace().count() > 4
            || label.contains(['[', '*', '`'])
            || rest.split_whitespace().count() < 2
            || super::headings::is_kind(label)
        {
            return None;
        }
        // (Two openings are enough: the search stops there.)
        let opened = memchr::memmem::find_iter(self.text.as_bytes(), &inner.as_bytes()[..end + 3])
            .filter(|&at| self.text[..at].ends_with("**"))
            .take(2)
            .count();
        (opened >= 2).then_some(rest)
    }
}

/// The people in the last parentheses of `title_text`, over what `parts`
/// read (see the comments below).
pub(super) fn people_in_last_parens(parts: &mut Parts, title_text: &str) {
    // `Die CAcert Community - Wer, was, wo? (Bernhard Fröhlich)`: the
    // people in the last parentheses; the dash is the title's. (So for
    // `Kata Containers on Edge Cloud (Yuntong Jin, Yu Bai)`, whose
    // `Name on Title` reading took a product for a person: names of
    // any origin, then.)
    // (Not `Title - 史甫仁 (Jeff Shih)`: a person after the dash, an
    // alias in the parentheses.)
    let split_names_person = parts.speakers.as_deref().is_some_and(|s| {
        let s = s.split(" (").next().unwrap_or(s).trim();
        names::is_person(s, false) || super::speakers::is_cjk_name(s)
    });
    if !split_names_person
        && let Some((head, who)) = super::util::last_parenthesis(title_text.trim_end())
        && head.trim() != parts.title
        && {
            let first = super::speakers::first_of(who);
            let dashed = head.starts_with(parts.title.as_str())
                && super::util::first_spaced_dash(head).is_some();
            (dashed && names::is_person(first, false))
                || (parts.speakers.is_some()
                    && (2..=3).contains(&first.split_whitespace().count())
                    && matches!(
                        names::shape(first),
                        names::Shape::Person { .. } | names::Shape::Capitalised
                    ))
        }
    {
        parts.title = head.trim().to_string();
        parts.speakers = Some(who.trim().to_string());
        parts.refs = None;
        parts.org = None;
        parts.kind = None;
    }
}

/// The name before a handle taken for the speaker (see below).
pub(super) fn name_before_handle(parts: &mut Parts, speakers: &mut Vec<SpeakerRef>) {
    // `Xcode Plugins - Jarek Pendowski - [@iloveshw](twitter)`: the
    // handle after the name is the name's; the name, after the title's
    // last dash, is the speaker.
    if !speakers.is_empty()
        && speakers.iter().all(|r| r.handle)
        && let Some((at, len)) = super::util::last_spaced_dash(&parts.title)
        && let who = parts.title[at + len..].trim()
        && (2..=3).contains(&who.split_whitespace().count())
        && !who.contains([',', '(', '&', ':'])
        && matches!(
            names::shape(who),
            names::Shape::Person { .. } | names::Shape::Capitalised
        )
        && parts.title[..at].split_whitespace().count() >= 2
    {
        *speakers = super::speakers::parse_speakers(who);
        parts.title = parts.title[..at].trim_end().to_string();
    }
}
