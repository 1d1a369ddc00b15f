//! Who gave a talk, as notes in Japanese and Korean say it in the first
//! lines under its heading: `こちらは弁護士ドットコム株式会社の[かみくず](…)さんによる発表です`
//! (a talk by Kamikuzu of Bengo4.com), `Pixelic 한정수님의 발표 입니다`
//! (Han Jeongsu of Pixelic's talk), `발표는 민우님이 해 주셨고` (Minwoo
//! gave the talk). The name is the word before the honorific (`さん`,
//! `氏`, `님`), the organisation what comes before it with `の` (Japanese)
//! or the word before it (Korean).

use super::markers;
use super::speakers::SpeakerRef;

/// What follows a Japanese honorific when it names a talk's speaker.
const JA_AFTER: &[&str] = &[
    "による発表",
    "による講演",
    "によるセッション",
    "によるトーク",
    "による登壇",
    "の発表",
    "の講演",
    "のセッション",
    "のトーク",
    "が発表",
    "が登壇",
];

/// Words that make the text before `の` an organisation.
const JA_ORG: &[&str] = &[
    "株式会社",
    "合同会社",
    "有限会社",
    "大学",
    "研究所",
    "Inc",
    "LLC",
];

/// The speakers the first lines of `body` name with an honorific.
pub(super) fn honorific_speakers(body: &str) -> Option<Vec<SpeakerRef>> {
    // (A quick look first: only text with an honorific and a talk word.)
    let head = first_text(body)?;
    if !head.contains("さん") && !head.contains('氏') && !head.contains('님') {
        return None;
    }
    let plain = markers::plain_inline(&head);
    let plain: String = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    japanese(&plain).or_else(|| korean(&plain))
}

/// The first paragraph of text under the heading (past images, sub-headings
/// and blank lines), at most three lines.
fn first_text(body: &str) -> Option<String> {
    let mut lines = body
        .lines()
        .map(str::trim)
        .skip_while(|l| l.is_empty() || l.starts_with(['#', '!', '<', '|', '`']));
    let first = lines.next()?;
    let mut out = first.to_string();
    for l in lines.take(2).take_while(|l| !l.is_empty()) {
        out.push(' ');
        out.push_str(l);
    }
    Some(out)
}

/// `…の[Name](…)さんによる発表です`, `Name氏の講演`.
fn japanese(s: &str) -> Option<Vec<SpeakerRef>> {
    for hon in ["さん", "氏"] {
        let mut from = 0;
        while let Some(k) = s[from..].find(hon).map(|k| k + from) {
            from = k + hon.len();
            let after = &s[from..];
            if !JA_AFTER.iter().any(|a| after.starts_with(a)) {
                continue;
            }
            let before = &s[..k];
            // The name: back to `の`, `は`, a comma or the start.
            let start = before
                .rfind([
                    'の', 'は', 'が', '、', '。', '「', '」', '（', '(', '：', ':',
                ])
                .map_or(0, |i| {
                    i + before[i..].chars().next().map_or(1, char::len_utf8)
                });
            let name = before[start..].trim();
            if name.is_empty() || name.chars().count() > 24 {
                continue;
            }
            // The organisation: `…の` right before the name.
            let org = before[..start]
                .strip_suffix('の')
                .map(|o| {
                    let from = o
                        .rfind(['は', '、', '。', '「', '」', ' '])
                        .map_or(0, |i| i + o[i..].chars().next().map_or(1, char::len_utf8));
                    o[from..].trim()
                })
                .filter(|o| !o.is_empty() && JA_ORG.iter().any(|w| o.contains(w)))
                .map(str::to_string);
            return Some(vec![SpeakerRef {
                name: name.to_string(),
                org,
                handle: false,
            }]);
        }
    }
    None
}

/// `Pixelic 한정수님의 발표 입니다`, `고현민님의 발표`, `발표는 민우님이`.
fn korean(s: &str) -> Option<Vec<SpeakerRef>> {
    let words: Vec<&str> = s.split(' ').collect();
    for (i, w) in words.iter().enumerate() {
        let Some(at) = w.find('님') else {
            continue;
        };
        let name = &w[..at];
        let rest = &w[at + '님'.len_utf8()..];
        let next = words.get(i + 1).copied().unwrap_or("");
        // `님의 발표`, `님의 발표입니다`, `님의 강연`; or `발표는 …님이`.
        let talk_after = matches!(rest, "의" | "께서" | "이")
            && ["발표", "강연", "세션"].iter().any(|t| next.starts_with(t));
        // (`발표는 민우님이 해 주셨고`: gave it; not `발표는 민우님이
        // 추천해 주신 것`, talks Minwoo recommended.)
        let talk_before = rest == "이"
            && i > 0
            && words[i - 1].starts_with("발표")
            && ["해", "하셨", "진행"].iter().any(|v| next.starts_with(v));
        let joined =
            rest.starts_with("의") && ["발표", "강연"].iter().any(|t| rest[3..].starts_with(t));
        if !(talk_after || talk_before || joined)
            || name.is_empty()
            || name.chars().count() > 12
            || !name.chars().all(char::is_alphabetic)
        {
            continue;
        }
        // The word before, in Latin letters: the organisation (`Pixelic`).
        let org = i
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .filter(|o| {
                o.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                    && o.chars().all(|c| c.is_ascii_alphanumeric())
            })
            .map(|o| o.to_string());
        return Some(vec![SpeakerRef {
            name: name.to_string(),
            org,
            handle: false,
        }]);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(body: &str) -> Vec<String> {
        honorific_speakers(body)
            .unwrap_or_default()
            .into_iter()
            .map(|r| match r.org {
                Some(o) => format!("{} ({o})", r.name),
                None => r.name,
            })
            .collect()
    }

    #[test]
    fn japanese_and_korean_honorifics_name_the_speaker() {
        assert_eq!(
            read(
                "こちらは弁護士ドットコム株式会社の[かみくず](https://x.com/p_craft)さんによる発表です。\n"
            ),
            ["かみくず (弁護士ドットコム株式会社)"]
        );
        assert_eq!(
            read(
                "こちらは弁護士ドットコム株式会社の[Nobuaki kamba](https://qiita.com/n)さんによる発表です。"
            ),
            ["Nobuaki kamba (弁護士ドットコム株式会社)"]
        );
        assert_eq!(
            read(
                "![photo](a.png)\n\n체대 출신 개발자의 회고라는 글로 잘 알려진 Pixelic 한정수님의  발표 입니다."
            ),
            ["한정수 (Pixelic)"]
        );
        assert_eq!(
            read("얄팍한 코딩사전 채널을 운영하는 고현민님의 발표 입니다."),
            ["고현민"]
        );
        assert_eq!(
            read("발표는 민우님이 해 주셨고, 익훈님과 한남님도 함께 자리 해 주셨습니다."),
            ["민우"]
        );
        // A person thanked, or a talk's topic: no speaker.
        assert!(read("山田さんとランチに行きました。").is_empty());
        assert!(read("동욱님이 아주 좋아하셨습니다.").is_empty());
    }
}
