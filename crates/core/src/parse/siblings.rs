//! Readings made alike across a file's headings: when several headings
//! name who gave them one way (organisations in parentheses, a person
//! before the dash or a colon, names in parentheses, `with Name and
//! Name`), the others that may be read that way are; and a person's name
//! right over a talk's title, when two or more headings show it.

use super::file::FileParser;
use super::heading_features::Features;
use super::headings;
use super::names;
use super::orgs_and_jobs;
use super::scan_records::Heading;
use super::util::*;

impl FileParser<'_> {
    /// Applies each reading below to the headings' parts and features.
    pub(super) fn alike_across_siblings(&mut self, hs: &[Heading], feats: &mut [Features]) {
        self.codes_like_siblings(feats);
        self.shared_leads(feats);
        self.numbers_like_siblings();
        self.orgs_like_siblings(feats);
        self.names_like_siblings(feats);
        self.parens_like_siblings(hs, feats);
        self.with_like_siblings(feats);
        self.after_like_siblings(feats);
        self.by_like_siblings(feats);
        self.name_before_org_like_siblings(hs, feats);
    }

    /// `# Todd Parker` right over `## jQuery Mobile`, `# Christian
    /// Heilmann` over `## Embracing & Celebrating Redundancy`: a person's
    /// name right over a title (`right_under`: each heading comes right
    /// under the one before, nothing between, deeper), as a pattern of two
    /// or more at one level, makes the name's heading the talk
    /// ([`Features::title_heading`]).
    pub(super) fn names_over_titles(
        &self,
        hs: &[Heading],
        feats: &mut [Features],
        right_under: &[bool],
    ) {
        // `# Todd Parker` right over `## jQuery Mobile`: a person's name
        // over a heading that is no name, no section and no group.
        for i in 0..feats.len().saturating_sub(1) {
            let (f, t) = (&feats[i], &feats[i + 1]);
            // (A known given name: `## 技术` has a CJK name's shape.)
            // (Or one with their handle after it: `### Chad Fowler
            // [@chadfowler](…)` over `#### [Disposable Components](…)`.)
            // (Under such a one, a title of capitalised words read as a
            // name for the pattern of the file, `#### Disposable
            // Components`, is a title.)
            let handled = super::util::name_then_handle(&hs[i].text).is_some_and(|name| {
                matches!(names::shape(name), names::Shape::Person { given: true })
            });
            if (f.person_only
                && matches!(
                    names::shape(hs[i].text.trim()),
                    names::Shape::Person { given: true }
                )
                || handled)
                && f.container.is_none()
                && right_under[i + 1]
                && !t.person_only
                && (!t.speaker_heading || (handled && !names::is_person(&hs[i + 1].text, false)))
                // (A title of two words or more under a name with its
                // handle: not `#### [rust-analyzer](…)`, a project.)
                && (!handled || hs[i + 1].text.split_whitespace().nth(1).is_some())
                && !t.not_a_talk()
                && !t.kind
                && !t.kinds
                && t.container.is_none()
                && !t.speakers_in_heading
                && t.catalog == 0
                && hs[i + 1].text.split_whitespace().count() <= 20
            {
                feats[i].title_heading = true;
            }
        }
        // Only as a pattern: two such pairs at one level or more (one
        // `## Giá Trị Đạt Được` over `### Kỹ Năng Kỹ Thuật` is a section
        // and its part, whatever the words' shape).
        // (Counted per level once: linear in the headings.)
        let mut per_level = [0usize; 7];
        for f in feats.iter().filter(|f| f.title_heading) {
            per_level[usize::from(f.level.min(6))] += 1;
        }
        for f in feats.iter_mut() {
            if f.title_heading && per_level[usize::from(f.level.min(6))] < 2 {
                f.title_heading = false;
            }
        }
        // `# Haymo Meran` over `## Aloha Editor` reads so too when two
        // known names in the file show the pattern.
        // (At the level of those: `### Basic Concepts` over `####
        // Decoupling` in a talk's notes is no name.)
        let mut pair_levels = [false; 7];
        let mut pairs = 0;
        for f in feats.iter().filter(|f| f.title_heading) {
            pair_levels[usize::from(f.level.min(6))] = true;
            pairs += 1;
        }
        if pairs >= 2 {
            for i in 0..feats.len().saturating_sub(1) {
                let t = &feats[i + 1];
                // (`### Yehuda Katz [@wycats](…)`: a name's shape before a
                // handle.)
                // (Over a title of two words or more: not `#### [serde](…)`,
                // a project.)
                let named = (!feats[i].speakers_in_heading && name_like(&hs[i].text))
                    || (super::util::name_then_handle(&hs[i].text).is_some_and(name_like)
                        && hs[i + 1].text.split_whitespace().nth(1).is_some());
                if !feats[i].title_heading
                    && pair_levels[usize::from(feats[i].level.min(6))]
                    && named
                    && feats[i].container.is_none()
                    && right_under[i + 1]
                    && !name_like(&hs[i + 1].text)
                    && !t.person_only
                    && !t.not_a_talk()
                    && t.container.is_none()
                    && !t.speakers_in_heading
                    && t.catalog == 0
                {
                    feats[i].title_heading = true;
                }
            }
        }
        // (A speaker of three talks, `### Andre Arko [@indirect](…)` over
        // each title: a name over a title, not a label.)
        for f in feats.iter_mut().filter(|f| f.title_heading) {
            f.label = false;
        }
    }

    /// `OSQuery (BTV)`, `KubeGOAT (CV)`, `z/OS Container Breakout
    /// (Track2)`: when three headings or more end with a short code in
    /// parentheses (capitals and digits, `Track2`), and most headings of
    /// the file do, the codes name where the talks ran (a village, a
    /// room, a track), not part of their titles.
    fn codes_like_siblings(&mut self, feats: &mut [Features]) {
        let code_at = |t: &str| -> Option<usize> {
            let inner = t.strip_suffix(')')?;
            let open = inner.rfind('(')?;
            let code = &inner[open + 1..];
            let capitals = (2..=6).contains(&code.len())
                && code
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                && code.bytes().any(|b| b.is_ascii_uppercase());
            let track = code
                .strip_prefix("Track")
                .is_some_and(|n| !n.is_empty() && n.trim().bytes().all(|b| b.is_ascii_digit()));
            (open > 0 && (capitals || track)).then_some(open)
        };
        let with_code = self
            .parts
            .iter()
            .filter(|p| code_at(&p.title).is_some())
            .count();
        let candidates = feats
            .iter()
            .filter(|f| f.container.is_none() && !f.vocab)
            .count();
        if with_code < 3 || with_code * 2 < candidates {
            return;
        }
        for p in &mut self.parts {
            if let Some(open) = code_at(&p.title) {
                let title = p.title[..open].trim_end().to_string();
                if !title.is_empty() {
                    p.title = title;
                }
            }
        }
    }

    /// `### Pattern - Common Domain`, `### Pattern - Expose Helper`,
    /// `### Pattern - Expose Partial`: what three headings or more share
    /// before their dash is a kind of part, not a title given by as many
    /// people; what follows the dash is each one's own title, and no
    /// speaker (one person's several talks would share the right side).
    fn shared_leads(&mut self, feats: &mut [Features]) {
        const AFTER: &str = "people's names after the last spaced dash";
        let after: Vec<usize> = (0..self.parts.len())
            .filter(|&i| self.parts[i].why == Some(AFTER))
            .collect();
        if after.len() < 3 {
            return;
        }
        // The headings of each lead at each level, in file order, found
        // in one pass (a file may have thousands of `Title - Name`
        // headings).
        // (At one level: not `## 02 Vue Router - Eduardo San Martin
        // Morote` over its parts `### 02 Vue Router - Scroll …`.)
        let mut groups: std::collections::HashMap<(String, u8), Vec<usize>, crate::text::FnvBuild> =
            std::collections::HashMap::default();
        for &i in &after {
            let level = feats.get(i).map_or(0, |f| f.level);
            groups
                .entry((self.parts[i].title.to_lowercase(), level))
                .or_default()
                .push(i);
        }
        let mut groups: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() >= 3).collect();
        groups.sort_unstable();
        for same in groups {
            // (Each with its own right side: not one person's talks.)
            let mut sides: Vec<&str> = same
                .iter()
                .filter_map(|&k| self.parts[k].speakers.as_deref())
                .collect();
            sides.sort_unstable();
            sides.dedup();
            if sides.len() < same.len() {
                continue;
            }
            // (Nor one title given by several people: `Batch Jobs Made
            // Easy! - Carlos Young, Solo.io` three times, each a person.)
            if sides
                .iter()
                .any(|sp| names::is_person(sp.split(',').next().unwrap_or(sp).trim(), false))
            {
                continue;
            }
            for k in same {
                let p = &mut self.parts[k];
                if let Some(own) = p.speakers.take() {
                    p.title = own;
                    p.refs = None;
                    p.why = Some(
                        "the words before the dash are shared by the headings beside it: a kind of part, the title after it",
                    );
                    if let Some(f) = feats.get_mut(k) {
                        f.speakers_in_heading = false;
                        f.people_in_heading = false;
                    }
                }
            }
        }
    }

    /// `### 1 Just 0.1% of the Python Wechaty`, `### 2 Go Wechaty 开发分享`,
    /// `### 3 …`: a bare number before the title that counts on from
    /// heading to heading (three or more in a row) numbers the talks; it
    /// is no word of the title (`99 Bottles of OOP` alone keeps its).
    fn numbers_like_siblings(&mut self) {
        let number = |t: &str| -> Option<(u32, usize)> {
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            let rest = t.get(digits..)?;
            if !((1..=3).contains(&digits)
                && rest.starts_with(' ')
                && rest.trim_start().starts_with(|c: char| !c.is_ascii_digit())
                && rest.trim().chars().count() >= 3)
            {
                return None;
            }
            Some((t[..digits].parse().ok()?, digits))
        };
        let numbered: Vec<(usize, u32, usize)> = self
            .parts
            .iter()
            .enumerate()
            .filter_map(|(i, p)| number(&p.title).map(|(n, len)| (i, n, len)))
            .collect();
        // Runs of numbers that count on by one.
        let mut k = 0;
        while k < numbered.len() {
            let mut end = k + 1;
            while end < numbered.len() && numbered[end].1 == numbered[end - 1].1 + 1 {
                end += 1;
            }
            if end - k >= 3 {
                for &(i, _, len) in &numbered[k..end] {
                    if let Some(p) = self.parts.get_mut(i) {
                        p.title = p.title[len..].trim_start().to_string();
                    }
                }
            }
            k = end;
        }
    }

    /// Organisations read alike across a file's headings. `Storm (Yahoo,
    /// Thaiwan)` beside `Putting wings on the elephant (Facebook)` and
    /// `Hadoop Operations (Spotify)`: when two headings or more end with
    /// the organisation that gave the talk in parentheses, capitalised
    /// words in parentheses at the end of the others are organisations
    /// too. And when two or more name one anyhow, a well-known
    /// organisation as the last word of another is its organisation.
    fn orgs_like_siblings(&mut self, feats: &mut [Features]) {
        let by_orgs =
            |p: &headings::Parts| p.why == Some("organisations in parentheses at the end");
        let in_parens = self.parts.iter().filter(|p| by_orgs(p)).count();
        let orgs = self.parts.iter().filter(|p| p.org.is_some()).count();
        if orgs < 2 {
            return;
        }
        for (p, f) in self.parts.iter_mut().zip(feats.iter_mut()) {
            if p.speakers.is_some() || p.org.is_some() || f.container.is_some() {
                continue;
            }
            // `Istio Multi-cluster Service Mesh Patterns IBM` beside `Ingress
            // v2 - Google`: a well-known organisation glued to the end.
            if let Some((title, last)) = p.title.rsplit_once(' ')
                && title.split_whitespace().count() >= 3
                && last.starts_with(char::is_uppercase)
                && orgs_and_jobs::is_known_org(last)
            {
                p.org = Some(last.to_string());
                p.title = title.trim_end_matches([' ', '-', ',']).to_string();
                p.why = Some(
                    "a well-known organisation at the end, as the headings beside it name theirs",
                );
                f.org_in_heading = true;
                continue;
            }
            if in_parens < 2 || !p.title.ends_with(')') {
                continue;
            }
            let Some(open) = p.title.rfind('(') else {
                continue;
            };
            let inner = &p.title[open + 1..p.title.len() - 1];
            let capitalised = !inner.trim().is_empty()
                && inner.split(',').all(|part| {
                    let words: Vec<&str> = part.split_whitespace().collect();
                    (1..=2).contains(&words.len())
                        && words.iter().all(|w| w.starts_with(char::is_uppercase))
                });
            let title = p.title[..open].trim();
            if capitalised && !title.is_empty() {
                p.org = Some(inner.trim().to_string());
                p.title = title.to_string();
                p.why =
                    Some("organisations in parentheses at the end, as in the headings beside it");
                f.org_in_heading = true;
            }
        }
    }

    /// Speakers read alike across a file's headings. When two headings or
    /// more name a person before the first spaced dash (`Steven Baker -
    /// Reflections on a Reluctant Revolution`), two or three capitalised
    /// words before the dash of another are its speaker too, even when
    /// the first is no given name known here (`Chikahiro Tokoro - Generate
    /// anonymised database with MasKING`).
    fn names_like_siblings(&mut self, feats: &mut [Features]) {
        const BEFORE: &str = "a person's name before the first spaced dash";
        const COLON: &str = "a person's name before the first colon";
        const AFTER: &str = "people's names after the last spaced dash";
        const COMMA: &str = "a person's name before the first comma, the title after it";
        // Counted at each heading's level and above: `### Donnie Berkholz -
        // VP IT Service Delivery` under each talk says nothing of how the
        // `##` talks are written (`## Reality Check - How much influence
        // …`), while `# Steven Baker - Reflections …` does of the `##`
        // talks of an unconference part below.
        let mut before = [0usize; 7];
        let mut after = [0usize; 7];
        let mut commas = [0usize; 7];
        for (p, f) in self.parts.iter().zip(feats.iter()) {
            let from = usize::from(f.level.min(6));
            if p.why == Some(COMMA) {
                commas[from..].iter_mut().for_each(|n| *n += 1);
            }
            if p.why == Some(BEFORE) || p.why == Some(COLON) || p.why == Some(COMMA) {
                before[from..].iter_mut().for_each(|n| *n += 1);
            } else if p.why == Some(AFTER) {
                after[from..].iter_mut().for_each(|n| *n += 1);
            }
        }
        if before.iter().all(|&n| n < 2) {
            return;
        }
        for (p, f) in self.parts.iter_mut().zip(feats.iter_mut()) {
            let l = usize::from(f.level.min(6));
            let (before, after) = (before[l], after[l]);
            if before < 2 {
                continue;
            }
            // Read the other way round (`Uri Goldshtein - GraphQL
            // Subscriptions`, both sides capitalised words) while most
            // headings put the person first: turned round, when the title
            // read is a name and the speakers read are no known person.
            if before > after * 2
                && p.why == Some(AFTER)
                && let Some(sp) = p.speakers.clone()
                && !sp.contains([',', '&', '@'])
                && !matches!(names::shape(&sp), names::Shape::Person { given: true })
                && name_like(&p.title)
            {
                p.speakers = Some(std::mem::replace(&mut p.title, sp));
                p.refs = None;
                p.why = Some(
                    "a person's name before the first spaced dash, as in the headings beside it",
                );
                continue;
            }
            // `Radamés Ajna - Arduino - Computação Física`: a name before
            // the first of two dashes, where the headings beside it put
            // theirs; the rest is the title.
            if before > after * 2
                && p.why == Some(AFTER)
                && let Some(sp) = p.speakers.clone()
                && !sp.contains([',', '&', '@'])
                && !matches!(names::shape(&sp), names::Shape::Person { given: true })
                && let Some((at, len)) = first_spaced_dash(&p.title)
                && name_like(p.title[..at].trim())
                && !name_like(p.title[at + len..].trim())
            {
                let title = format!("{} - {sp}", p.title[at + len..].trim());
                p.speakers = Some(p.title[..at].trim().to_string());
                p.title = title;
                p.refs = None;
                p.why = Some(
                    "a person's name before the first spaced dash, as in the headings beside it",
                );
                continue;
            }
            if p.speakers.is_some() || p.org.is_some() || f.container.is_some() || f.vocab {
                continue;
            }
            // (`Anjana Vakil: Immutable data structures` the same, and
            // `Chenyan Xiong, Representation Learning…` beside two
            // headings that put a known person before a comma.)
            // (`Bozhidar Batsov, CIDER: The journey so far…`: the comma
            // first, where the headings beside it put theirs there.)
            let comma = (commas[l] >= 2)
                .then(|| p.title.find(", "))
                .flatten()
                .filter(|&c| p.title.find(": ").is_none_or(|k| c < k));
            let dash = first_spaced_dash(&p.title).filter(|&(d, _)| comma.is_none_or(|c| d < c));
            let Some((at, len)) = dash
                .or_else(|| comma.map(|at| (at, 2)))
                .or_else(|| p.title.find(": ").map(|at| (at, 2)))
            else {
                continue;
            };
            let sep = if dash.is_some() {
                b'-'
            } else {
                p.title.as_bytes()[at]
            };
            let (left, right) = (p.title[..at].trim(), p.title[at + len..].trim());
            // One name, or several (`Sean Larkin & Tobias Koppers`), or,
            // before a dash, the one name a speaker goes by (`Digit -
            // Burrito: Wrap your app in a BEAM burrito!`; not `Generics:
            // The Road Ahead`).
            let names_like =
                each_name(left).all(name_like) || (dash.is_some() && one_word_name(left));
            // (Not `Making SDKs: the Bespoke, the Hopeful and the
            // Generated`: a title goes on in lowercase after its colon.)
            if names_like
                && right.starts_with(|c: char| !c.is_lowercase())
                && right.split_whitespace().count() >= 3
                && !names::is_person(right, false)
            {
                p.speakers = Some(left.to_string());
                p.title = right.to_string();
                p.refs = None;
                p.strength = 3;
                p.why = Some(match sep {
                    b',' => "a person's name before the first comma, as in the headings beside it",
                    b':' => "a person's name before the first colon, as in the headings beside it",
                    _ => {
                        "a person's name before the first spaced dash, as in the headings beside it"
                    }
                });
                f.speakers_in_heading = true;
                f.people_in_heading = true;
            }
        }
    }

    /// Names in parentheses read alike across a file's headings.
    /// `Microservice Anti-Patterns (Tammer Saleh)` beside `Unevenly
    /// Distributed (Adrian Colyer)` and `Continuous Delivery at LMAX (Sam
    /// Adams)`: when most headings that name people do so in parentheses
    /// at the end, two or three capitalised words there are a name too,
    /// also after a dash in the title (`Immutable Infrastructure - The
    /// Rise of Machine Images (Axel Fontaine)`).
    fn parens_like_siblings(&mut self, hs: &[Heading], feats: &mut [Features]) {
        const PARENS: &str = "people's names in parentheses at the end";
        let parens = self.parts.iter().filter(|p| p.why == Some(PARENS)).count();
        let named = self.parts.iter().filter(|p| p.speakers.is_some()).count();
        if parens < 2 || parens * 3 < named * 2 {
            return;
        }
        for ((p, f), h) in self.parts.iter_mut().zip(feats.iter_mut()).zip(hs) {
            if p.why == Some(PARENS) || f.container.is_some() || f.vocab {
                continue;
            }
            let t = h.text.trim();
            let Some(open) = t.strip_suffix(')').and_then(|x| x.rfind('(')) else {
                continue;
            };
            let (head, inner) = (t[..open].trim(), &t[open + 1..t.len() - 1]);
            let names = each_name(inner).all(name_like);
            if !names || head.is_empty() {
                continue;
            }
            let q = headings::parts(head);
            p.title = if q.speakers.is_none() {
                q.title
            } else {
                head.to_string()
            };
            p.speakers = Some(inner.to_string());
            p.refs = None;
            p.org = None;
            p.strength = 3;
            p.why = Some("people's names in parentheses at the end, as in the headings beside it");
            f.speakers_in_heading = true;
            f.people_in_heading = true;
            f.org_in_heading = false;
        }
    }
}

/// Whether `text` may be a person's name, known given name or not: two or
/// three capitalised words (`Nate Berkopec`, `Megan Tiu!`) that are no
/// organisation, job title or phrase. Only taken where the place and the
/// file's other headings say a name is likely.
pub(super) fn name_like(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['!', '.', ':']);
    // (`#### (Lukasz Dziedzia)`: the name in parentheses.)
    let t = super::util::unparenthesised(t);
    let words = t.split_whitespace().count();
    (2..=3).contains(&words)
        && matches!(
            names::shape(t),
            names::Shape::Person { .. } | names::Shape::Capitalised
        )
        && !orgs_and_jobs::is_org(t)
}

/// `chris coiyer`: a name written small, two or three lowercase words
/// whose first is a known given name. Only where the headings beside
/// name people the same way.
pub(super) fn small_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-' || c == '\''))
        && names::is_given_name(words[0])
}

/// `Digit`: one capitalised word (the rest lowercase) that is no kind of
/// session, section word or known organisation: the name a speaker goes
/// by, where the headings beside put the person before the dash.
fn one_word_name(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(char::is_uppercase)
        && text.chars().count() >= 3
        && chars.all(char::is_lowercase)
        && !headings::is_kind(text)
        && !headings::is_vocab(&headings::norm(text))
        && !orgs_and_jobs::is_org(text)
}
