//! Is this a person's name? The evidence the parser weighs wherever a
//! piece of text may name speakers: after a dash or `by` in a heading, on
//! the line under it, in a table cell or a list item.
//!
//! Evidence for a person: two to four capitalised words, name particles
//! (`van`, `de`...), initials (`J.`, `R.J.`), a surname in capitals
//! (`SEKI`), a first word that is a known given name (a Bloom filter over
//! the ~15,000 given names of `data/given-names.txt`, built by `build.rs`),
//! or a name in a script without letter case (CJK...). Evidence against:
//! digits, sentence punctuation, lowercase words that are not particles,
//! company suffixes and well-known organisations (`Inc.`, `Labs`,
//! `Google`), job titles (`Senior Engineer`; both in
//! [`super::orgs_and_jobs`]), more than five words.
//!
//! Nothing here allocates for ASCII input beyond the words' lowercase
//! forms, and the Bloom lookup is a hash and seven bit tests.

use super::orgs_and_jobs::{KNOWN, org_words, role_words};
use super::util::{contains_str, trim_start_str};

/// What a piece of text looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// A person's name; `given` when its first word is a known given name
    /// (or it is in a script without case), the strongest evidence.
    Person { given: bool },
    /// Capitalised words that may be a name or a title (`Spring Boot`).
    Capitalised,
    /// An organisation: a company suffix or a well-known name.
    Org,
    /// A job title (`Principal Engineer`).
    Role,
    /// Anything else: a phrase, a sentence, a number.
    Phrase,
}

/// The given-names Bloom filter (see `build.rs`).
static GIVEN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/given_names.bloom"));

/// Whether a lowercase, accent-free word is a known given name.
fn in_given(folded: &str) -> bool {
    super::bloom::bloom_bits(folded).all(|bit| {
        GIVEN
            .get((bit / 8) as usize)
            .is_some_and(|b| b & (1 << (bit % 8)) != 0)
    })
}

/// Whether `word` (any case, accents allowed) is a known given name.
pub(crate) fn is_given_name(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    if w.len() < 2 {
        return false;
    }
    let folded = if w.is_ascii() {
        w.to_ascii_lowercase()
    } else {
        match crate::text::strip_marks_latin(w) {
            Some(s) => s.to_lowercase(),
            None => w.to_lowercase(),
        }
    };
    if folded.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'') {
        return in_given(&folded);
    }
    // `Никита`, `Дмитрий`: a Cyrillic name, looked up as it is spelt in
    // Latin letters (`nikita`; `dmitriy`, then `dmitry` and `dmitri`).
    // (Not the names that are as often words: `Слава Богу`, `Мир Kotlin`,
    // `Вера в себя`.)
    if [
        "слава",
        "мир",
        "вера",
        "надежда",
        "любовь",
        "лев",
        "роза",
        "сила",
        "лада",
        "зоя",
    ]
    .contains(&folded.as_str())
    {
        return false;
    }
    let Some(latin) = cyrillic_to_latin(&folded) else {
        return false;
    };
    in_given(&latin)
        || latin
            .strip_suffix("iy")
            .is_some_and(|stem| in_given(&format!("{stem}y")) || in_given(&format!("{stem}i")))
}

/// A lowercase Cyrillic word in Latin letters (Russian, Ukrainian and
/// Belarusian letters; the usual English spelling of names), or None
/// when it holds any other letter.
fn cyrillic_to_latin(w: &str) -> Option<String> {
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        out.push_str(match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' | 'ґ' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' => "e",
            'є' => "ye",
            'ж' => "zh",
            'з' => "z",
            'и' | 'і' => "i",
            'ї' => "yi",
            'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' | 'ў' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ъ' | 'ь' => "",
            'ы' => "y",
            'ю' => "yu",
            'я' => "ya",
            _ => return None,
        });
    }
    Some(out)
}

/// Name particles: lowercase words inside names.
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "della", "bin", "ibn",
    "al", "el", "y", "zu", "ten", "ter", "dos", "das", "do", "st", "st.", "op", "het", "af",
];

/// Words of titles and sentences that are never a word of a name, even
/// capitalised (`A Stroll Through WordPress Security`, `THE FORCE
/// AWAKENS`, `For The Users`): lowercase.
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "of"
            | "for"
            | "and"
            | "or"
            | "through"
            | "with"
            | "without"
            | "from"
            | "into"
            | "onto"
            | "your"
            | "our"
            | "my"
            | "their"
            | "its"
            | "how"
            | "why"
            | "what"
            | "when"
            | "where"
            | "is"
            | "are"
            | "not"
            | "beyond"
            | "about"
            | "versus"
            | "vs"
            | "using"
            | "an"
            | "you"
            | "it"
            | "but"
            | "we"
            | "am"
            | "can't"
            | "don't"
            | "won't"
            | "isn't"
            | "let's"
            // (`Machine Learning In Javascript`.)
            | "in"
            | "on"
    )
}

/// A word list as a hash set, built once (lookups are hot: every heading
/// and speaker line asks).
pub(crate) struct WordSet(
    std::sync::OnceLock<std::collections::HashSet<&'static str, crate::text::FnvBuild>>,
    Words,
);

/// Where a [`WordSet`]'s words come from.
enum Words {
    List(&'static [&'static str]),
    /// A data file: one word per line, `#` comment lines.
    Text(&'static str),
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        WordSet(std::sync::OnceLock::new(), Words::List(words))
    }

    pub(super) const fn from_text(text: &'static str) -> Self {
        WordSet(std::sync::OnceLock::new(), Words::Text(text))
    }

    pub(crate) fn contains(&self, w: &str) -> bool {
        self.0
            .get_or_init(|| match self.1 {
                Words::List(l) => l.iter().copied().collect(),
                Words::Text(t) => t
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .collect(),
            })
            .contains(w)
    }
}

/// Whether a lowercase word is a name particle (`van`, `de`).
pub(crate) fn is_particle(w: &str) -> bool {
    PARTICLES.contains(&w)
}

/// Whether a word is an initial: `J`, `J.`, `R.J.`.
fn is_initial(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    // `I` and `A` without a dot are English words (`I AM DEVOPS`).
    letters > 0
        && !matches!(w, "I" | "A")
        && letters <= 3
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(|c| c.is_uppercase() || c == '.')
        && (letters == 1 || w.contains('.'))
}

/// Whether a character belongs to a script without letter case that
/// writes names (CJK, Thai, Arabic, Hebrew, Devanagari...).
pub(crate) fn caseless_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
}

/// The shape of `s`, a candidate name (Markdown already removed; an
/// `@handle` already taken out).
pub(crate) fn shape(s: &str) -> Shape {
    // The same names come back again and again (speakers of many talks,
    // the same org after every name): a small cache per thread.
    thread_local! {
        static CACHE: std::cell::RefCell<std::collections::HashMap<String, Shape, crate::text::FnvBuild>> =
            std::cell::RefCell::new(std::collections::HashMap::default());
    }
    if s.len() > 80 {
        return Shape::Phrase;
    }
    if let Some(hit) = CACHE.with(|c| c.borrow().get(s).copied()) {
        return hit;
    }
    let out = shape_of(s);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= 8192 {
            c.clear();
        }
        c.insert(s.to_string(), out);
    });
    out
}

fn shape_of(s: &str) -> Shape {
    let t = s.trim().trim_matches(|c: char| {
        c == '*' || c == '_' || c == '`' || c == ',' || c == '-' || c.is_whitespace()
    });
    if t.is_empty() || t.len() > 80 {
        return Shape::Phrase;
    }
    if t.contains(|c: char| c.is_ascii_digit() || "!?:;|/\\<>[]{}=+#~^$%".contains(c)) {
        return Shape::Phrase;
    }
    // Japanese written with hiragana (`Recipi は便利そう`) or a long
    // katakana word without the dot between names (`モバイルフレンドリー`)
    // is a phrase: names are kanji, or katakana split by `・`.
    let kana = t
        .chars()
        .filter(|c| matches!(c, '\u{30a0}'..='\u{30ff}'))
        .count();
    if t.contains(|c: char| matches!(c, '\u{3041}'..='\u{309f}' | '。' | '、'))
        || (kana > 6 && !t.contains('・'))
    {
        return Shape::Phrase;
    }
    // A nickname in quotes (`Yukihiro "Matz" Matsumoto`) is part of a name.
    let words: Vec<&str> = t
        .split_whitespace()
        .filter(|w| !w.trim_matches(['"', '“', '”', '\'']).is_empty())
        .collect();
    if words.is_empty() || words.len() > 6 {
        return Shape::Phrase;
    }
    let lower = t.to_lowercase();
    let lower_words: Vec<&str> = lower.split_whitespace().collect();
    let known = KNOWN.contains(&lower)
        || (lower_words.len() <= 3 && lower_words.first().is_some_and(|w| KNOWN.contains(w)));
    if known {
        return Shape::Org;
    }
    if role_words(&lower) {
        return Shape::Role;
    }
    if org_words(&lower_words) {
        return Shape::Org;
    }
    if words.len() > 5 {
        return Shape::Phrase;
    }
    if words.iter().any(|w| w.chars().any(caseless_letter)) {
        // `클러스터 API`, `이미지는 RO 레이어지만`: a name is written in one
        // script; and a Korean name is a few syllables (`홍길동`), not a
        // place's (`코엑스 그랜드볼룸`).
        let hangul = |w: &str| {
            w.chars()
                .filter(|c| matches!(c, '\u{ac00}'..='\u{d7af}'))
                .count()
        };
        if words
            .iter()
            .any(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
            || words.iter().any(|w| hangul(w) > 4)
            || words.iter().map(|w| hangul(w)).sum::<usize>() > 6
            // `컨퍼런스 개요`: in two words, a Korean name's first is its
            // surname, one or two syllables.
            || (words.len() >= 2 && hangul(words[0]) > 2)
        {
            return Shape::Phrase;
        }
        // `简单行程` (an itinerary): four Han characters or more in one
        // word are a phrase; Chinese names are two or three, four only
        // with a compound surname (`欧阳`, `司马`…). Japanese names of
        // four are written with a space (`徳丸 浩`).
        let han = |c: char| matches!(c, '\u{4e00}'..='\u{9fff}');
        // `著者パネル` (an authors' panel): kanji and katakana in one word
        // are a phrase; a name is one or the other.
        if words
            .iter()
            .any(|w| w.chars().any(han) && w.chars().any(|c| matches!(c, '\u{30a1}'..='\u{30fa}')))
        {
            return Shape::Phrase;
        }
        if let [w] = words.as_slice()
            && w.chars().all(han)
            && w.chars().count() >= 4
            && ![
                "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "慕容", "夏侯", "令狐",
            ]
            .iter()
            .any(|c| w.starts_with(c))
        {
            return Shape::Phrase;
        }
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        // (`仮`, tentative: a name has two characters or more.)
        return if (2..=12).contains(&letters) && words.len() <= 3 {
            Shape::Person { given: true }
        } else {
            Shape::Phrase
        };
    }
    let mut core = 0;
    for w in &words {
        let bare = w.trim_matches(|c: char| "\"“”'’().,".contains(c));
        if bare.is_empty() {
            continue;
        }
        if bare.len() <= 7 {
            let folded = bare.to_ascii_lowercase();
            if bare.len() <= 5 && is_particle(&folded) {
                continue;
            }
            if is_function_word(&folded) {
                return Shape::Phrase;
            }
        }
        let first = bare.chars().next();
        let quoted = w.starts_with(['"', '“']);
        if !(first.is_some_and(char::is_uppercase) || quoted) {
            return Shape::Phrase;
        }
        // Words of titles that are not names.
        if bare.chars().skip(1).any(char::is_uppercase)
            && !bare.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            && !bare.contains(['-', '\''])
            && !is_mc(bare)
        {
            // `GraphQL`, `JavaScript`: camel case is a product, not a name.
            return Shape::Capitalised;
        }
        core += 1;
    }
    if core == 0 || core > 4 {
        return Shape::Phrase;
    }
    let first = words
        .iter()
        .map(|w| w.trim_matches(|c: char| "\"“”'’().,".contains(c)))
        .find(|w| !w.is_empty())
        .unwrap_or("");
    // One word in capitals (`SKIPPED`, `TBD`) is a remark, not a first name.
    let shouted = words.len() == 1
        && first
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic());
    // (`FOSS Governance`, `UNIX Pipes`: an acronym of three letters or
    // more before a capitalised word is no first name; `TJ Holowaychuk`
    // is.)
    let acronym = words.len() >= 2
        && first.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && first
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic())
        && words[1..].iter().any(|w| w.chars().any(char::is_lowercase));
    let given = (is_given_name(first) && !shouted && !acronym && !noun_ending(first))
        || (words.len() >= 2 && is_initial(first))
        || (words.len() >= 2 && first.contains('-') && first.split('-').all(is_given_name));
    // `Masatoshi SEKI`: a surname in capitals after a capitalised name.
    let caps_surname = words.len() == 2
        && words[1].chars().filter(|c| c.is_alphabetic()).count() >= 3
        && words[1]
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic())
        && words[0].chars().skip(1).all(|c| !c.is_uppercase());
    // `Interpolating Hidden States`, `Minimizing Cover Time`: a gerund
    // opens a phrase, not a name (unless it is a known given name).
    // (`Jiaming Song` is a name: short words ending so may be.)
    let gerund = first.to_ascii_lowercase().ends_with("ing")
        && (first.len() >= 9 || (first.len() > 5 && words.len() >= 3));
    if given {
        Shape::Person { given: true }
    } else if gerund {
        Shape::Phrase
    } else if caps_surname {
        Shape::Person { given: false }
    } else {
        Shape::Capitalised
    }
}

/// `McDonald`, `MacArthur`, `DeVries`: names with an inner capital.
fn is_mc(w: &str) -> bool {
    ["Mc", "Mac", "De", "Di", "Le", "La", "Van", "O'"]
        .iter()
        .any(|p| w.starts_with(p) && w[p.len()..].chars().next().is_some_and(char::is_uppercase))
}

/// Whether a word ends as English nouns do and names do not
/// (`Preparation`, `Deployment`, `Ownership`): no given name nor surname,
/// whatever the filter's false positives say.
pub(crate) fn noun_ending(word: &str) -> bool {
    let f = word.to_ascii_lowercase();
    ["tion", "sion", "ment", "ness", "ship", "ology", "ism"]
        .iter()
        .any(|e| f.len() > e.len() + 2 && f.ends_with(e))
}

/// Whether `s` looks like a person's name: a `Person`, or two to four
/// capitalised words (`Capitalised` with more than one word) when
/// `lenient` (other evidence backs it: a speaker key, a profile link, a
/// handle, the line's position).
pub(crate) fn is_person(s: &str, lenient: bool) -> bool {
    match shape(s) {
        Shape::Person { .. } => true,
        Shape::Capitalised => lenient && s.split_whitespace().count() >= 2,
        _ => false,
    }
}

/// Two to four words of a person's shape, known given name or not
/// (`Maciej Zieliński`, `Linda Maria de Cave`).
pub(crate) fn whole_name(s: &str) -> bool {
    (2..=4).contains(&s.split_whitespace().count()) && is_person(s, true)
}

/// Two to four words, each capitalised, that read as a person's name or
/// as capitalised words (`Tim Oxley`, `Himanshu Awasthi`): a name written
/// out in full where other evidence says a person stands there.
pub(crate) fn capitalised_name(s: &str) -> bool {
    (2..=4).contains(&s.split_whitespace().count())
        && s.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && is_person(s, true)
}

/// Whether a link target is a person's profile (social network, GitHub
/// user page): a link on a name there is evidence it is a person.
pub(crate) fn is_profile_url(url: &str) -> bool {
    let u = trim_start_str(url, "https://");
    let u = trim_start_str(u, "http://");
    let u = trim_start_str(u, "www.");
    let u = trim_start_str(u, "mobile.");
    let Some(slash) = u.find('/') else {
        return false;
    };
    let (host, path) = (&u[..slash], u[slash + 1..].trim_end_matches('/'));
    // (`ch.linkedin.com/in/…`: a country's LinkedIn.)
    let host = match host.split_once('.') {
        Some((cc, rest)) if rest == "linkedin.com" && cc.len() == 2 => rest,
        _ => host,
    };
    let one_segment = |p: &str| !p.is_empty() && !p.contains('/');
    match host {
        "twitter.com" | "x.com" | "github.com" | "dev.to" | "speakerdeck.com"
        | "sessionize.com" | "about.me" => one_segment(path),
        "linkedin.com" => path.strip_prefix("in/").is_some_and(one_segment),
        "bsky.app" => path.strip_prefix("profile/").is_some_and(one_segment),
        "mastodon.social" | "fosstodon.org" | "hachyderm.io" | "medium.com" => {
            path.starts_with('@') && one_segment(path)
        }
        _ => contains_str(path, "speakers/") || contains_str(path, "speaker/"),
    }
}

/// Whether `url`'s last path segment spells `text`, two to four words
/// (`[Deepsha Menghani](/2023/regular/deepsha_menghani)`,
/// `[Isabella Velásquez](…/isabella-velasquez/)`): a page about the
/// person the text names, on a site's pages of people or of an event's
/// year. A letter outside ASCII in the text stands for any one letter of
/// the address.
pub(crate) fn is_page_of(text: &str, url: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| !matches!(c, '-' | '\'' | '’' | '.'))
                .flat_map(char::to_lowercase)
                .collect()
        })
        .collect();
    if !(2..=4).contains(&words.len()) || words.iter().any(String::is_empty) {
        return false;
    }
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .trim_end_matches('/');
    // (A site's pages of people or of an event's year: `/speakers/…`,
    // `/2023/regular/…`; not `/tools/blue-heron`, a product's.)
    let of_people = path.rsplit('/').skip(1).any(|seg| {
        let seg = seg.to_ascii_lowercase();
        let year = super::util::is_year(&seg);
        year || matches!(
            seg.as_str(),
            "speaker"
                | "speakers"
                | "people"
                | "person"
                | "team"
                | "presenters"
                | "presenter"
                | "authors"
                | "author"
                | "members"
                | "member"
                | "profile"
                | "profiles"
                | "keynote"
                | "keynotes"
                | "regular"
                | "lightning"
                | "talks"
                | "talk"
                | "sessions"
                | "session"
                | "u"
                | "users"
                | "user"
                | "bio"
                | "bios"
        )
    });
    if !of_people {
        return false;
    }
    let last = path.rsplit('/').next().unwrap_or("");
    let last = last
        .strip_suffix(".html")
        .or_else(|| last.strip_suffix(".md"))
        .unwrap_or(last)
        .to_ascii_lowercase();
    let parts: Vec<&str> = last
        .split(['_', '-', '.'])
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() == words.len()
        && parts.iter().zip(&words).all(|(p, w)| {
            p.chars().count() == w.chars().count()
                && p.chars()
                    .zip(w.chars())
                    .all(|(a, b)| a == b || !b.is_ascii())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_are_known() {
        // (Cyrillic names through their Latin spelling.)
        for n in [
            "Andrew",
            "Tim",
            "Jiří",
            "Anaïs",
            "Scott",
            "Elena",
            "Kelsey",
            "Сергей",
            "Дмитрий",
            "Олена",
            "Никита",
        ] {
            assert!(is_given_name(n), "{n}");
        }
        for w in [
            "Kubernetes",
            "Spring",
            "Data",
            "Emojis",
            "The",
            "Google",
            "Weaveworks",
            "Москва",
            "Котлин",
            "Как",
        ] {
            assert!(!is_given_name(w), "{w}");
        }
    }

    #[test]
    fn shapes() {
        let person = |s| matches!(shape(s), Shape::Person { .. });
        assert!(person("Elena Morozova"));
        assert!(person("Ludwig van Beethoven"));
        assert!(person("J. Evans"));
        assert!(person("Masatoshi SEKI"));
        assert!(is_person("Yukihiro \"Matz\" Matsumoto", true));
        assert!(person("Emma Hatfield-Dodds"));
        assert!(person("Jiří Pinkas"));
        assert!(person("松本 行弘"));
        assert_eq!(shape("Spring Boot"), Shape::Capitalised);
        assert_eq!(shape("Flowmill"), Shape::Capitalised);
        assert_eq!(shape("Weaveworks"), Shape::Org);
        assert_eq!(shape("MobileIron, Inc."), Shape::Org);
        assert_eq!(shape("Red Hat"), Shape::Org);
        assert_eq!(shape("Palo Alto Networks"), Shape::Org);
        assert_eq!(shape("Senior Software Engineer"), Shape::Role);
        assert_eq!(shape("a phrase from a bullet"), Shape::Phrase);
        assert_eq!(shape("Top 10 Tips"), Shape::Phrase);
        assert_eq!(shape("Great talk!"), Shape::Phrase);
        assert_eq!(shape("GraphQL"), Shape::Capitalised);
        assert_eq!(shape("Keynote"), Shape::Capitalised);
        // Words of titles, capitalised or shouted, are not names.
        assert_eq!(shape("A Stroll Through WordPress Security"), Shape::Phrase);
        assert_eq!(shape("THE FORCE AWAKENS"), Shape::Phrase);
        assert_eq!(shape("The Users"), Shape::Phrase);
        assert_eq!(shape("You Can't Buy DevOps"), Shape::Phrase);
        assert!(!matches!(shape("I AM DEVOPS"), Shape::Person { .. }));
        assert!(!matches!(shape("SKIPPED"), Shape::Person { .. }));
    }

    #[test]
    fn profiles() {
        assert!(is_profile_url("https://twitter.com/alexnk26"));
        assert!(is_profile_url("https://github.com/azharichenko/"));
        assert!(!is_profile_url("https://github.com/ruby/ruby.wasm"));
        assert!(is_profile_url("https://www.linkedin.com/in/jane-doe"));
        assert!(!is_profile_url("https://www.youtube.com/watch?v=x"));
    }
}
