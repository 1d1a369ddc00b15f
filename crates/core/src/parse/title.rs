//! A heading's text taken apart: its title, the people who gave the talk
//! (after a dash, `by`, a language marker, between bars, in parentheses),
//! its kind (`Keynote`), language marker (`(EN)`), event and organisation.
//! A part counts as the speakers only if it reads as people
//! ([`super::names`]); the strength of that reading is kept, for the
//! outline's evidence.

use super::decorations::{is_kind, strip_annotation, strip_decorations, strip_language};
use super::headings::is_event;
use super::markers;
use super::names;
pub(crate) use super::numbering::strip_ordinal;
use super::speakers;
use super::strength::speaker_strength;
use super::title_forms::{
    bracketed_title, channel_title, name_then_quoted, split_bars, split_quoted,
};
use super::util::{each_name, find_str, first_spaced_dash};

/// `s.split_once(sep)`, by `memchr::memmem` (no str searcher to set up).
pub(super) fn split_once_str<'s>(s: &'s str, sep: &str) -> Option<(&'s str, &'s str)> {
    let at = find_str(s, sep)?;
    Some((&s[..at], &s[at + sep.len()..]))
}

/// A session heading's text taken apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Parts {
    pub title: String,
    /// The part of the text that names the speakers, if any.
    pub speakers: Option<String>,
    pub language: Option<String>,
    /// The kind of session the heading names besides its title
    /// (`Keynote - Title`, `Title - Keynote`): never a speaker.
    pub kind: Option<String>,
    /// Why the text was split where it was (for `--explain`).
    pub why: Option<&'static str>,
    /// How strongly the speaker part reads as people (0-4; see
    /// `speaker_strength`).
    pub strength: u8,
    /// The event named after the title (`Title — KubeCon NA 2023`).
    pub event: Option<String>,
    /// An organisation named instead of people (`Title - Google`).
    pub org: Option<String>,
    /// The speakers already read from `speakers`, when they were.
    pub refs: Option<Vec<speakers::SpeakerRef>>,
}

impl Parts {
    /// The speakers of `speakers`: those already read (taken), else read
    /// now. `speakers` itself stays.
    pub(crate) fn speaker_refs(&mut self) -> Vec<speakers::SpeakerRef> {
        self.refs.take().unwrap_or_else(|| {
            self.speakers
                .as_deref()
                .map(speakers::parse_speakers)
                .unwrap_or_default()
        })
    }
}

/// Whether what follows a kind of session (`Keynote - `) is the title:
/// not people (`Keynote - Jane Doe`), nor two capitalised words, which
/// are a name as often as not (`Opening Keynote - Sumana Harihareswara`);
/// three or more capitalised words are a title
/// (`Panel Discussion - Developer Career Progression`).
fn after_kind_is_title(rest: &str) -> bool {
    // `Lightning Talks - May 17, 6pm`: which of them, not a title.
    if super::days::is_day(&super::headings::norm(rest)) {
        return false;
    }
    match speaker_strength(rest) {
        0 | 1 => true,
        2 => rest.split_whitespace().count() >= 3,
        _ => false,
    }
}

/// `text` with each Hugo shortcode (`{{< … >}}`, `{{% … %}}`) made a
/// space, and spaces run together.
fn without_shortcodes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(o) = rest.find("{{") {
        let close = match rest.as_bytes().get(o + 2) {
            Some(b'<') => ">}}",
            Some(b'%') => "%}}",
            _ => {
                out.push_str(&rest[..o + 2]);
                rest = &rest[o + 2..];
                continue;
            }
        };
        let Some(c) = rest[o..].find(close) else {
            break;
        };
        out.push_str(&rest[..o]);
        out.push(' ');
        rest = &rest[o + c + close.len()..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Takes a heading's plain text apart: ordinal prefix (`3. `, `A. `) and
/// language markers (`(EN)`, `[DE]`) removed; a leading kind of session
/// (`Keynote:`) taken out; then the speakers split off where the evidence
/// is: after the last spaced dash (` - `, ` – `, ` — `), before the first
/// one (`Name - Title`), after ` by `, after a language marker (`Title
/// (EN) Name`), after ` | `, after a comma, or in parentheses at the end.
/// A part is the speakers only if it reads as people (see
/// [`names::shape`]); an org alone is dropped from the title.
pub(crate) fn parts(text: &str) -> Parts {
    // `Title\u{a0}-\u{a0}Name`, `Name\u{200a}—\u{200a}Title`: no-break,
    // thin and hair spaces, and tabs, read as spaces.
    let odd_space = |c: char| {
        matches!(
            c,
            '\u{a0}' | '\t' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}'
        )
    };
    let spaced;
    let text = if text.contains(odd_space) {
        spaced = text.replace(odd_space, " ");
        spaced.as_str()
    } else {
        text
    };
    // `Opening Keynote {{< span class="u-small" >}}– Yehuda Katz{{< /span
    // >}}`: a site generator's shortcodes around words are no words.
    let unshort;
    let text = if text.contains("{{<") || text.contains("{{%") {
        unshort = without_shortcodes(text);
        unshort.as_str()
    } else {
        text
    };
    // `Title [TALK-1098] - Name, Org`: the catalogue's code of the session
    // inside the heading is no word of it.
    let uncoded;
    let text = match text.find(" [").and_then(|o| {
        let close = text[o + 2..].find(']')? + o + 2;
        let code = &text[o + 2..close];
        super::numbering::is_session_code(code).then_some((o, close))
    }) {
        Some((o, close)) => {
            uncoded = format!("{}{}", &text[..o], &text[close + 1..]);
            uncoded.as_str()
        }
        None => text,
    };
    // `Welcome - 09:30 - Meri Williams`: the talk's time between spaced
    // dashes, in the middle, is no word of the title nor a speaker.
    let untimed;
    let text = match mid_time(text) {
        Some((a, b)) => {
            untimed = format!("{}{}", &text[..a], &text[b..]);
            untimed.as_str()
        }
        None => text,
    };
    let mut language = None;
    let mut kind = None;
    let cleaned = strip_decorations(text.trim(), &mut kind);
    let mut s = strip_ordinal(cleaned);
    s = strip_language(s, &mut language);
    // `RailsConf 2019 - The Elusive Attribute`: the event and its year
    // before the title (a video's name on YouTube).
    if let Some((at, len)) = first_spaced_dash(s)
        && let (event, rest) = (s[..at].trim(), s[at + len..].trim())
        // (Not inside a quoted title: `"Uptime 15,364 days - The …" by`.)
        && !event.starts_with(['"', '“', '\''])
        && event.contains(|c: char| c.is_ascii_digit())
        && is_event(event)
        && rest.split_whitespace().count() >= 2
        && !names::is_person(rest, false)
        // (Nor who gave it: `Workshop AngularJs 1.x - Palestrante: Name`.)
        && !markers::key_line(rest).is_some_and(|(k, _)| super::speaker_keys::is_speaker_key(&k))
    {
        s = rest;
    }
    // `## Tema: EOSCR Pre-practica UI/UX`, `### Talk: Title`: the key of a
    // title line, written into the heading.
    if let Some((key, value)) = markers::key_line(s)
        && markers::is_title_line(&key, value)
        && (key == "talk" || key.len() >= 4)
    {
        s = value.trim();
    }
    // `Thursday, Aug 16th 2018 at 13:00 EDT: World Tour Recap`: the day
    // it was given, a colon, then the title.
    if let Some((date, rest)) = s.split_once(": ")
        && rest.split_whitespace().count() >= 2
        && super::days::is_worded_date(date)
    {
        s = rest.trim();
    }
    // `CppCon 2014: Chandler Carruth "Efficiency with Algorithms…"`: the
    // event and its year, a colon, then who and the quoted title (a
    // video's name on YouTube).
    if let Some((event, rest)) = s.split_once(": ")
        && event.contains(|c: char| c.is_ascii_digit())
        && is_event(event)
        && rest.ends_with(['"', '”'])
        && rest.split_whitespace().count() >= 3
    {
        s = rest.trim();
    }
    if let Some(mut p) = name_then_quoted(s) {
        p.kind = kind;
        p.language = language;
        return p;
    }
    if let Some(p) = channel_title(s) {
        return p;
    }
    if let Some(p) = bracketed_title(s) {
        return p;
    }
    // `Andy Jassy Keynote`: a person's name, then the kind of session
    // they gave; the whole is its title.
    // (A keynote only: `Ray Serve Tutorial`, `Julia Language Workshop`
    // name a topic.)
    if let Some((who, last)) = s.rsplit_once(' ')
        && last.eq_ignore_ascii_case("keynote")
        // (Not `Brad Green - Keynote`, read below.)
        && !who.trim_end().ends_with(['-', '–', '—', ':', ',', '|'])
        // (Nor `Jessica McKellar's Keynote`, read in `title_tails`.)
        && !who.ends_with("'s")
        && !who.ends_with("’s")
        && (2..=4).contains(&who.split_whitespace().count())
        && names::is_person(who.trim(), false)
    {
        return Parts {
            title: s.to_string(),
            speakers: Some(who.trim().to_string()),
            kind: Some(last.to_string()),
            language,
            why: Some("a person's name, then the kind of session they gave (`Name Keynote`)"),
            strength: speaker_strength(who),
            ..Parts::default()
        };
    }
    // `Keynote Chris McCord`: the kind of session, then only who gave it
    // (a known person of two to four words).
    if let Some(who) = s
        .split_once(' ')
        .filter(|(k, _)| k.eq_ignore_ascii_case("keynote"))
        .map(|(_, w)| w.trim())
        && (2..=4).contains(&who.split_whitespace().count())
        && who
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && matches!(names::shape(who), names::Shape::Person { given: true })
    {
        return Parts {
            title: s[..s.len() - who.len()].trim().to_string(),
            speakers: Some(who.to_string()),
            kind: Some("Keynote".to_string()),
            language,
            why: Some("the kind of session, then who gave it (`Keynote Name`)"),
            strength: speaker_strength(who),
            ..Parts::default()
        };
    }
    // `Keynote - Title`, `Keynote: Title`.
    for sep in [" - ", " – ", " — ", ": "] {
        if let Some((head, rest)) = split_once_str(s, sep)
            && is_kind(head)
            && !rest.trim().is_empty()
        {
            if after_kind_is_title(rest) {
                kind = Some(head.trim().to_string());
                s = rest.trim();
                // `Best Paper: "Title"`: the title without its quotes.
                for (open, close) in [('"', '"'), ('“', '”')] {
                    if let Some(inner) = s.strip_prefix(open).and_then(|x| x.strip_suffix(close))
                        && !inner.contains(['"', '“', '”'])
                    {
                        s = inner.trim();
                    }
                }
                break;
            }
            // `Keynote: Gil Broza`: the keynote, and who gave it.
            let rest = rest.trim();
            // (Each a known given name: `Good Change, Bad Change` is a
            // title.)
            if sep == ": "
                && speaker_strength(rest) >= 3
                && !rest.contains(" - ")
                && each_name(rest).all(|n| names::is_person(n, false))
            {
                return Parts {
                    title: head.trim().to_string(),
                    speakers: Some(rest.to_string()),
                    kind: Some(head.trim().to_string()),
                    language,
                    why: Some("a kind of session, then who gave it (`Keynote: Name`)"),
                    strength: speaker_strength(rest),
                    ..Parts::default()
                };
            }
        }
    }
    let mut out = split_speakers(s, &mut language);
    if out.kind.is_none() {
        out.kind = kind;
    }
    // `A Practical Introduction to Coaching (hands-on session), Heidi
    // Helfand`: a note that was before the speakers.
    out.title = strip_annotation(super::title_ends::strip_time_paren(strip_language(
        &out.title,
        &mut language,
    )))
    .to_string();
    // `Shining a Light (closing keynote) by …`: the kind, before the
    // speakers.
    if out.speakers.is_some()
        && let Some(inner) = out.title.strip_suffix(')')
        && let Some(open) = inner.rfind('(')
        && open > 0
        && super::decorations::is_kind(&inner[open + 1..])
    {
        let k = inner[open + 1..].to_string();
        out.title = inner[..open].trim_end().to_string();
        out.kind.get_or_insert(k);
    }
    out.speakers = out
        .speakers
        .map(|sp| strip_language(&sp, &mut language).to_string());
    out.language = language;
    if out.title.is_empty() {
        out.title = out.kind.clone().unwrap_or_else(|| s.to_string());
    }
    out
}

/// The best split of a heading found so far: the reading whose speaker
/// part is strongest wins; the first of equal strength stays.
#[derive(Default)]
pub(super) struct Best(Option<(u8, Parts)>);

impl Best {
    /// Keeps `title` and `speakers` as the split, if `strength` beats the
    /// best so far. An empty `speakers` splits off an organisation.
    pub(super) fn consider(
        &mut self,
        strength: u8,
        title: &str,
        speakers: &str,
        why: &'static str,
    ) {
        let title = title.trim().trim_end_matches([':', ',']).trim();
        if title.is_empty() {
            return;
        }
        if self.0.as_ref().is_none_or(|(b, _)| strength > *b) {
            self.0 = Some((
                strength,
                Parts {
                    title: title.to_string(),
                    speakers: Some(speakers.trim().to_string()),
                    why: Some(why),
                    strength,
                    ..Parts::default()
                },
            ));
        }
    }

    /// The best split of `s`, or `s` whole as the title.
    fn finish(self, s: &str) -> Parts {
        match self.0 {
            Some((_, mut p)) => {
                if p.speakers.as_deref().is_some_and(str::is_empty) {
                    p.speakers = None;
                    // The organisation that was split off (`Title - Google`).
                    let rest = s.get(p.title.len()..).unwrap_or("");
                    let org = rest
                        .trim()
                        .trim_start_matches(['-', '–', '—', '('])
                        .trim_end_matches(')')
                        .trim();
                    if !org.is_empty() {
                        p.org = Some(org.to_string());
                    }
                }
                p
            }
            None => Parts {
                title: s.to_string(),
                ..Parts::default()
            },
        }
    }
}

/// The byte range of ` - 09:30` in `Title - 09:30 - Name` (or `– 9:30am`,
/// `- 10:40-11:20`): a time of day alone between two spaced dashes, with
/// words on both sides.
fn mid_time(text: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(k) = text[from..]
        .find(" - ")
        .or_else(|| text[from..].find(" – "))
    {
        let at = from + k;
        let dash = if text[at..].starts_with(" - ") { 3 } else { 5 };
        let after = &text[at + dash..];
        if at > 0
            && let Some(rest) = super::numbering::time_of_day(after)
        {
            // (An end time: `10:40-11:20`, `10:40 - 11:20`.)
            let rest = [" - ", "-", " – ", "–"]
                .iter()
                .find_map(|p| rest.strip_prefix(p))
                .and_then(super::numbering::time_of_day)
                .unwrap_or(rest);
            if (rest.starts_with(" - ") || rest.starts_with(" – "))
                && rest
                    .trim_start_matches([' ', '-', '–'])
                    .starts_with(char::is_alphabetic)
            {
                return Some((at, text.len() - rest.len()));
            }
        }
        from = at + dash;
    }
    None
}

/// The split of [`parts`], after the ordinal, the language marker at the
/// ends and a leading kind are gone: a whole form of its own
/// ([`super::title_forms`]), else the strongest of the readings at the
/// spaced dashes ([`super::title_dashes`]) and after a word or mark
/// ([`super::title_tails`]).
pub(super) fn split_speakers(s: &str, language: &mut Option<String>) -> Parts {
    if (s.contains(" | ") || s.contains(" • "))
        && let Some(p) = split_bars(s)
    {
        return p;
    }
    if (s.contains('"') || s.contains('“') || s.contains('「') || s.contains('『'))
        && let Some(p) = split_quoted(s)
    {
        return p;
    }
    // `プロファイラの実装(Yusuke Miyazaki)`, `実装（宮崎 祐輔）`: in
    // Japanese and Chinese no space comes before the parentheses of who
    // gave the talk; read as `Title (Name)`.
    let spaced;
    let s = match cjk_paren_tail(s) {
        Some((title, inner)) => {
            spaced = format!("{title} ({inner})");
            spaced.as_str()
        }
        None => s,
    };
    let mut best = Best::default();
    if let Some((at, people)) = super::title_tails::labelled_people(s) {
        best.consider(
            5,
            &s[..at],
            people,
            "people's names after a speaker's label at the end",
        );
        return best.finish(s);
    }
    if let Some(p) = super::title_dashes::read(s, language, &mut best) {
        return p;
    }
    super::title_tails::read(s, language, &mut best);
    best.finish(s)
}

/// `Title(Name)` or `Title（Name）` with a CJK character before the
/// opening parenthesis: the title and what is inside.
fn cjk_paren_tail(s: &str) -> Option<(&str, &str)> {
    let (title, who) = match s.strip_suffix(')') {
        Some(i) => i.rsplit_once('(')?,
        None => s.strip_suffix('）')?.rsplit_once('（')?,
    };
    let before = title.chars().next_back()?;
    // (A person: not a note, `（仮）`, nor `(Part 1)`, `(Go 1.20)`.)
    (super::speakers::is_cjk(before)
        && who.split_whitespace().count() >= 2
        && names::is_person(who.trim(), true))
    .then_some((title, who.trim()))
}

/// `Name (Org)` without the parentheses.
pub(super) fn strip_paren_tail(s: &str) -> String {
    let t = markers::plain_inline(s);
    match t.find('(') {
        Some(i) => t[..i].trim().to_string(),
        None => t.trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> (String, Option<String>, Option<String>) {
        let x = parts(s);
        (x.title, x.speakers, x.language)
    }

    #[test]
    fn title_ends_at_the_last_spaced_dash() {
        assert_eq!(
            p(
                "Shh, It’s a Secret: Managing Your Secrets in a GitOps Way - Jake Wernette & Josh Kayani, IBM"
            ),
            (
                "Shh, It’s a Secret: Managing Your Secrets in a GitOps Way".into(),
                Some("Jake Wernette & Josh Kayani, IBM".into()),
                None
            )
        );
        assert_eq!(
            p("GitOps+Jenkins-CI - Kingdon"),
            ("GitOps+Jenkins-CI".into(), Some("Kingdon".into()), None)
        );
        assert_eq!(p("A - B – C"), ("A - B".into(), Some("C".into()), None));
        // A dangling dash is not part of the title.
        assert_eq!(p("Trailing -"), ("Trailing".into(), None, None));
    }

    #[test]
    fn a_title_is_kept_whole_when_its_tail_names_nobody() {
        // Real headings (tests/corpus/real): the part after the dash, `by`
        // or the comma is the title's own.
        for s in [
            "Yarn - 2019 and beyond",
            "Navigating Today’s Website Threats!! – A Stroll Through WordPress Security",
            "How we clean up our murders - postmortems",
            "From a Backend Developer to DevOps - THE FORCE AWAKENS",
            "Validation Of The Users, By The Users, For The Users",
            "OSM in World Bank Operations: Analyzing Green Space in Tbilisi, Georgia",
        ] {
            assert_eq!(p(s), (s.into(), None, None), "{s}");
        }
        // ... and split when it does.
        assert_eq!(
            p("Multicluster Tool Box - admiralty").0,
            "Multicluster Tool Box"
        );
        assert_eq!(
            p("Keynote: Ruby 2023, by Yukihiro Matsumoto").1.as_deref(),
            Some("Yukihiro Matsumoto")
        );
    }

    #[test]
    fn ordinals_and_languages_are_not_title() {
        assert_eq!(
            p("3. Talk (EN) - Ada"),
            ("Talk".into(), Some("Ada".into()), Some("EN".into()))
        );
        assert_eq!(
            p("A. [DE] Vortrag - Bob"),
            ("Vortrag".into(), Some("Bob".into()), Some("DE".into()))
        );
        assert_eq!(
            p("Talk - Bob [fr]"),
            ("Talk".into(), Some("Bob".into()), Some("FR".into()))
        );
        assert_eq!(
            p("Intro to ML (AI)"),
            ("Intro to ML (AI)".into(), None, None)
        );
        assert_eq!(p("2023. "), ("2023.".into(), None, None));
        assert_eq!(p("Ignite Talks (each 5 minutes)").0, "Ignite Talks");
        assert_eq!(p("Opening (30min)").0, "Opening");
        assert_eq!(p("A talk (livestream)").0, "A talk");
        assert_eq!(p("Top 5 (of 10)").0, "Top 5 (of 10)");
        assert_eq!(
            p("Binary Trees To Hash Array Mapped Tries, Step by Step").0,
            "Binary Trees To Hash Array Mapped Tries, Step by Step"
        );
        assert_eq!(
            p("Authoring Educational Hypercomics assisted by Large Language Models").1,
            None
        );
        assert_eq!(
            p("Explicit Direct Instruction in Programming Education @felienne"),
            (
                "Explicit Direct Instruction in Programming Education".into(),
                Some("@felienne".into()),
                None
            )
        );
        // A curly quote inside a title (tests/corpus/holdout: this panicked).
        assert_eq!(
            p("rstudio::conf(“notes”, day = 2)").0,
            "rstudio::conf(“notes”, day = 2)"
        );
        assert_eq!(p("Q&A"), ("Q&A".into(), None, None));
    }
}
