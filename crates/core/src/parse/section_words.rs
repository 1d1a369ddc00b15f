//! What a heading's words say it is not, or holds: section vocabulary
//! (`Key Themes`, `Lunch`, `Takeaways`, in the languages notes are written
//! in), lists of media rather than talks (`## Podcasts`), and the words
//! that name a list of talks (`Talks I attended`, `講演`), breaks in the
//! day and the words that name a programme. Used through
//! [`super::headings`] and by the table readers.

use super::headings::CONTAINERS;
use super::names;

/// Headings that are conference notes, never sessions (compared after
/// lowercasing, dropping leading symbols and trailing punctuation).
const VOCABULARY: &[&str] = &[
    "key themes",
    "key theme",
    "themes",
    "main themes",
    "learning",
    "learnings",
    "lessons learned",
    "swag",
    "notes",
    "my notes",
    "general",
    "general notes",
    "other notes",
    "summary",
    "takeaways",
    "key takeaways",
    "links",
    "see also",
    "related",
    "resources",
    "references",
    "further reading",
    "reading list",
    "breakfast",
    "lunch",
    "dinner",
    "break",
    "coffee",
    "coffee break",
    "lunch break",
    "party",
    "after party",
    "afterparty",
    "happy hour",
    "registration",
    "check-in",
    "venue",
    "travel",
    "hotel",
    "food",
    "misc",
    "miscellaneous",
    "other",
    "others",
    "overview",
    "introduction",
    "intro",
    "agenda",
    "schedule",
    "conclusion",
    "conclusions",
    "wrap up",
    "thoughts",
    "final thoughts",
    "highlights",
    "todo",
    "to do",
    "questions",
    "q&a",
    "feedback",
    "expo",
    "sponsors",
    "organizers",
    "organisers",
    "organizing committee",
    "organising committee",
    "program committee",
    "programme committee",
    "networking",
    "registration",
    // The same in the languages notes are often written in.
    "diverses",
    "divers",
    "sonstiges",
    "verschiedenes",
    "allgemeines",
    "fazit",
    "zusammenfassung",
    "varios",
    "varia",
    "晚餐",
    "オープニング",
    "クロージング",
    "終了",
    "本会終了",
    "閉会",
    "懇親会",
    "점심시간",
    // Summaries and closings in Japanese, Chinese and Korean (`全体的に`:
    // overall; `所感`, `感想`: impressions).
    "まとめ",
    "全体的に",
    "全体の感想",
    "所感",
    "感想",
    "おわりに",
    "終わりに",
    "最後に",
    "はじめに",
    // (Japanese: the date and place, the venue, an outline.)
    "日時",
    "場所",
    "会場",
    "日時・場所",
    "開催概要",
    "总结",
    "總結",
    "小结",
    "小結",
    "写在最后",
    "寫在最後",
    // (Traditional and simplified: a preface, the author's impressions,
    // related material and references, a closing word, a postscript.)
    "前言",
    "心得",
    "參與心得",
    "参与心得",
    "相關資料",
    "相关资料",
    "參考資料",
    "参考资料",
    "参考資料",
    "参考リンク",
    "結語",
    "结语",
    "後記",
    "后记",
    "들어가며",
    "마치며",
    "마무리",
    "정리",
    "요약",
    "후기",
    "résumé",
    "conclusión",
    "conclusiones",
    "resumen",
    "conclusões",
    "inledning",
    "sammanfattning",
    "avslutning",
    "einleitung",
    "inleiding",
    "samenvatting",
    "introducción",
    "introdução",
    "introduzione",
    "riassunto",
    "conclusione",
    "bilan",
];

/// Words that make a heading a section of notes wherever they appear in
/// it (`Some great notes`, `Travel and hotel`), when nothing else says it
/// is a talk.
const SECTION_WORDS: &[&str] = &[
    "notes",
    "takeaways",
    "takeaway",
    "thoughts",
    "summary",
    "recap",
    "links",
    "resources",
    "references",
    "impressions",
    "impression",
    "rating",
    "slides",
    "agenda",
    "schedule",
    "travel",
    "hotel",
    "venue",
    "coffee-break",
    "snack",
    "snacks",
    "reception",
    "swag",
    "party",
    "learnings",
    "reflections",
    "conclusion",
    "conclusions",
    "highlights",
    "wrap-up",
    "wrapup",
    "overview",
    "abstract",
    "description",
    "details",
    "bio",
    "biography",
    "questions",
    "q&a",
    "cuisine",
    "food",
    "feedback",
    "setup",
    "prerequisites",
    // The same in the languages notes are written in.
    "bilan",
    "fazit",
    "résumé",
    "resumen",
    "resumo",
    "conclusión",
    "conclusão",
];

/// A day's meals and breaks, in the languages notes are written in: a
/// section of notes wherever the word stands in a heading (`Lunch and
/// hallway track`), and an agenda's filler item (`12:30 Lunch`).
const MEALS: &[&str] = &[
    "lunch",
    "dinner",
    "breakfast",
    "almoço",
    "almuerzo",
    "pranzo",
    "déjeuner",
    "mittagessen",
    "mittagspause",
    "kaffeepause",
    "休息",
    "茶歇",
    "午餐",
    "午休",
    "休憩",
    "昼食",
    "昼休み",
    "ランチ",
    "휴식",
    "점심",
];

/// Whether a lowercase word names a meal or a break (see `MEALS`).
pub(crate) fn is_meal(w: &str) -> bool {
    static MEAL: names::WordSet = names::WordSet::new(MEALS);
    MEAL.contains(w)
}

/// Whether lowercase text mentions an event's programme or its talks
/// (`schedule`, `agenda`, `programme`, `timetable`, `talks`), as the text
/// over pipe rows pasted without a header does.
pub(crate) fn mentions_programme(lower: &str) -> bool {
    [
        "schedule",
        "agenda",
        "programme",
        "program",
        "timetable",
        "charlas",
        "talks",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Whether a heading's or a row's [`norm`] names a break in the day: a
/// meal (see [`is_meal`]), `break`, `coffee` or `refreshments` among its
/// words (`Lunch`, `Coffee break`, `昼休み`).
pub(crate) fn names_a_break(norm: &str) -> bool {
    norm.split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "break" | "coffee" | "refreshments") || is_meal(w))
}

/// Whether a heading's [`norm`] is section vocabulary: the whole text, or
/// one of its words (see `SECTION_WORDS`).
pub(crate) fn is_vocab(norm: &str) -> bool {
    // `Key Notes`: keynotes written in two words, not notes.
    if norm.starts_with("key notes") {
        return false;
    }
    static VOCAB: names::WordSet = names::WordSet::new(VOCABULARY);
    static SECTION: names::WordSet = names::WordSet::new(SECTION_WORDS);
    // In a long heading, a section word in the middle is a title's word
    // (`Paypal's reflections on four years of Scala in practice`); at its
    // start or end it still names the section (`Some thoughts on the
    // first day of the conference`).
    // (Read without collecting them: every heading passes here.)
    let words = || {
        norm.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
    };
    let n = words().count();
    // (The author's own words still name a section: `Some final thoughts
    // and reflections on the first day`.)
    let long = n > 6
        && !words().any(|w| matches!(w, "my" | "our" | "some" | "final" | "overall" | "general"));
    VOCAB.contains(norm)
        || words()
            .enumerate()
            .any(|(i, w)| (!long || i < 2 || i + 1 == n) && (SECTION.contains(w) || is_meal(w)))
        // `About`, `About the speaker`, `General`: first only (not `Should
        // I care about a service mesh?`).
        || ["about", "general"].iter().any(|w| {
            norm.strip_prefix(w)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
        // `企業ブース散策`, `スポンサーブース`: the expo's booths.
        || (norm.contains("ブース")
            && !norm.contains("ブースト")
            && !norm.contains(' ')
            && norm.chars().count() <= 12)
        // `Taking a short break`, `A well-deserved coffee break`.
        || (norm.ends_with(" break") && norm.split(' ').count() <= 5)
        // `Date: 1 Dec 2021`, `When: Thursday 7pm`, `Location: Sierra
        // Vista library`: a field of the event's details, with its value
        // (a day or an hour has a digit: not `Time: The Scarcest
        // Resource`, a talk).
        || (norm.split(' ').count() <= 8
            && (["date:", "when:", "time:"]
                .iter()
                .any(|f| norm.starts_with(f) && norm.contains(|c: char| c.is_ascii_digit()))
                || ["location:", "venue:"].iter().any(|f| norm.starts_with(f))))
}

/// Whether a heading names a list of what is not a talk: podcasts,
/// articles, interviews, press, other people's write-ups (`## Podcasts`,
/// `## Blog posts`, `## Other Bloggers`), on a speaker's page of talks and
/// media, or after a report. Not when it names talks too
/// (`## Talks and podcasts`).
pub(crate) fn is_media_list(norm: &str) -> bool {
    // `Media` names such a list (`In the media`, `Media appearances`), not
    // a topic (`Media Accessibility`).
    let mut words = norm.split_whitespace().peekable();
    let media = std::iter::from_fn(|| {
        let w = words.next()?;
        Some((w, words.peek().copied()))
    })
    .any(|(w, next)| {
        w == "media" && next.is_none_or(|n| matches!(n, "appearances" | "coverage" | "mentions"))
    });
    norm.len() <= 40
        && !names_talk_list(norm)
        && (media
            || norm.split_whitespace().any(|w| {
                matches!(
                    w,
                    "podcasts"
                        | "podcast"
                        | "articles"
                        | "interviews"
                        | "press"
                        | "publications"
                        | "posts"
                        | "writings"
                        | "books"
                        | "newsletters"
                        | "blogs"
                        | "bloggers"
                        | "write-ups"
                        | "writeups"
                        // The same in the languages notes are written in.
                        | "статьи"
                        | "публикации"
                        | "artículos"
                        | "artigos"
                        | "artykuły"
                        | "記事"
                )
            })
            // (`Writing`, `My writing`: not `Ease of Extension Writing`.)
            || ((norm.starts_with("writing") || norm.ends_with(" writing"))
                && norm.split_whitespace().count() <= 2))
}

/// Whether a title heading names a list of talks (`Presentations`,
/// `Ignite Sessions`, `Talks I attended`): its children are sessions.
pub(crate) fn names_talk_list(norm: &str) -> bool {
    CONTAINERS.contains(&norm)
        // (`## Session Notes`: the notes of each session; not `## Talk
        // notes`, as often a one-talk file's part.)
        || ((norm.contains(" notes") || norm.contains(" summaries"))
            && norm
                .split_whitespace()
                .zip(norm.split_whitespace().skip(1))
                .any(|(a, b)| a == "session" && matches!(b, "notes" | "summaries")))
        || norm.split_whitespace().any(|w| {
            matches!(
                w,
                "talks"
                    | "sessions"
                    | "presentations"
                    | "lightning"
                    | "ignites"
                    | "keynotes"
                    // The same in the languages notes are written in.
                    | "charlas"
                    | "ponencias"
                    | "palestras"
                    | "vorträge"
                    | "conférences"
                    | "interventions"
                    | "доклады"
                    | "выступления"
                    | "トーク"
                    | "講演"
                    // (Japanese: the sessions one attended, a list of
                    // them.)
                    | "参加セッション"
                    | "参加したセッション"
                    | "聴講セッション"
                    | "聴講したセッション"
                    | "セッション一覧"
                    | "講演一覧"
                    // (One's own: the slides of one's talks, one's talks.)
                    | "スライド一覧"
                    | "発表スライド"
                    | "発表資料"
                    | "登壇資料"
                    | "発表一覧"
                    | "登壇一覧"
                    | "演讲"
                    // A timetable of the talks one picked (`2024 INFCON
                    // 인프콘 시간표` over `### 1-1. Title`).
                    | "시간표"
                    | "타임테이블"
                    | "タイムテーブル"
                    | "时间表"
                    | "時間表"
            )
        })
        // (Japanese writes no spaces: `当日のトークについて`, about the
        // day's talks; `聞いたセッション`.)
        // (Not `このセッションについて`, `このセッションの対象者`: about
        // this one session; `この日聞いたセッション` is the day's.)
        || (!norm.contains(' ')
            && norm.chars().count() <= 16
            && !norm.starts_with("このセッション")
            && !norm.starts_with("本セッション")
            && ["トーク", "セッション", "講演"].iter().any(|w| norm.contains(w)))
}
