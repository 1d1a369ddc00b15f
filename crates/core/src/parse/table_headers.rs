//! The headers of tables of talks, in the languages notes are written in:
//! which words name a title column (`Talk`, `Thema`, `講演`), a speaker
//! column (`Speaker`, `Palestrante`, `登壇者`), a schedule's time column
//! and its column of what happens. Read by [`super::catalog_tables`].

use super::markers;

/// Header words of a table's title column.
const TITLE_HEADERS: &[&str] = &[
    "talk",
    "talks",
    "title",
    "session",
    "sessions",
    "topic",
    "presentation",
    "subject",
    "lecture",
    "keynote",
    "workshop",
    // The same in the languages notes are written in.
    "thema",
    "titel",
    "vortrag",
    "tema",
    "título",
    "titulo",
    "titre",
    "sujet",
    // (French for a talk; a column of the events is `événement`.)
    "conférence",
    "charla",
    "palestra",
    "apresentação",
    "apresentacao",
    "presentación",
    "ponencia",
    "présentation",
    "präsentation",
    "titolo",
    "predavanje",
    "доклад",
    "тема",
    "название",
    "제목",
    "발표",
    "タイトル",
    "セッション",
    "セッション名",
    "演題",
    "講演",
    "题目",
    "主题",
    "演讲",
];

/// Header words of a table's speaker column.
const SPEAKER_HEADERS: &[&str] = &[
    "pembicara",
    "narasumber",
    "speaker",
    "speakers",
    "presenter",
    "presenters",
    "who",
    "by",
    "author",
    "authors",
    "speaker(s)",
    "presenter(s)",
    "author(s)",
    "talker",
    "talkers",
    "host",
    "hosts",
    "vortragender",
    "vortragende",
    "referent",
    "referentin",
    "sprecher",
    "ponente",
    "ponentes",
    "orador",
    "palestrante",
    "palestrantes",
    "apresentador",
    "intervenant",
    "intervenants",
    "relatore",
    "докладчик",
    "спикер",
    "발표자",
    "연사",
    "登壇者",
    "講演者",
    "発表者",
    "スピーカー",
    "講師",
    "讲师",
    "分享者",
    "分享人",
    "嘉宾",
    "分享嘉宾",
    "演讲嘉宾",
    "主讲人",
    "講者",
    "演講者",
    "主講者",
    "発表者名",
    "登壇者名",
    "話者",
    "predavač",
    "predavači",
    "演讲者",
    "讲者",
];

/// Whether a header cell's words name a title column (`Talk`, `Title`,
/// `Session`), not a column about the talks (`Session Type`, `Talk
/// Length`, `Session ID`).
pub(super) fn is_title_header(w: &[String]) -> bool {
    w.iter().any(|x| TITLE_HEADERS.contains(&x.as_str()))
        && !(w.len() == 2
            && w[0] != "title"
            && w.last().is_some_and(|x| {
                matches!(
                    x.as_str(),
                    "type"
                        | "kind"
                        | "format"
                        | "category"
                        | "level"
                        | "length"
                        | "duration"
                        | "id"
                        | "code"
                        | "number"
                        | "no"
                        | "language"
                )
            }))
}

/// A header word of a schedule's time column, in the languages notes are
/// written in (`Time`, `Waktu`, `Uhrzeit`, `Horario`).
pub(super) fn is_time_header(x: &str) -> bool {
    matches!(
        x,
        "start"
            | "time"
            | "when"
            | "begin"
            | "from"
            | "slot"
            | "waktu"
            | "zeit"
            | "uhrzeit"
            | "heure"
            | "horaire"
            | "hora"
            | "horario"
            | "horário"
            | "時刻"
            | "時間"
            | "时间"
            | "시간"
    )
}

/// A header word of a schedule's column of what happens, when no column
/// names talks or titles (`Event`, `Agenda`, `Acara`).
pub(super) fn is_doings_header(x: &str) -> bool {
    // (`内容`, `内容`: what, in Japanese and Chinese.)
    matches!(
        x,
        "event" | "agenda" | "acara" | "programm" | "programme" | "内容"
    )
}

/// Whether a header word names a table's speaker column.
pub(super) fn is_speaker_header(x: &str) -> bool {
    SPEAKER_HEADERS.contains(&x)
}

/// The words of a header cell, lowercase.
pub(super) fn header_words(h: &str) -> Vec<String> {
    markers::plain_inline(h)
        .to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '(' || c == ')'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}
