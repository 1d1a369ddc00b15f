//! Is this an organisation or a job, not a person? Well-known
//! organisations (`data/orgs.txt`, `IBM`, `Google`), the words of
//! organisations' names (`data/org-words.txt`: `Inc.`, `Labs`,
//! `University`; `株式会社`, a domain), and job titles from the words of
//! `data/role-words.txt` (`Senior Engineer`, `VP IT Service Delivery`).
//! The evidence against a person that [`super::names`] weighs.

use super::names::WordSet;

/// Well-known organisations (`data/orgs.txt`), words of organisations'
/// names (`data/org-words.txt`), words of job titles
/// (`data/role-words.txt`).
pub(super) static KNOWN: WordSet = WordSet::from_text(include_str!("../../data/orgs.txt"));
static ORG: WordSet = WordSet::from_text(include_str!("../../data/org-words.txt"));
static ROLE: WordSet = WordSet::from_text(include_str!("../../data/role-words.txt"));

/// Whether `s` is a well-known organisation's name (`IBM`, `Google`).
pub(crate) fn is_known_org(s: &str) -> bool {
    KNOWN.contains(&s.trim().to_lowercase())
}

/// Whether `s` (trimmed) names an organisation by its own words.
pub(crate) fn is_org(s: &str) -> bool {
    let t = s
        .trim()
        .trim_matches(|c: char| c == '`' || c == '*' || c == '_');
    if t.is_empty() {
        return false;
    }
    // (`株式会社メルカリ`, `ウォンテッドリー株式会社`, `阿里巴巴集团`, `東京大学`: a
    // company's or a university's mark in Japanese or Chinese.)
    if t.bytes().any(|b| b >= 0xE0)
        && [
            "株式会社",
            "有限会社",
            "合同会社",
            "公司",
            "集团",
            "大学",
            "研究所",
        ]
        .iter()
        .any(|m| t.contains(m))
    {
        return true;
    }
    let lower = t.to_lowercase();
    if KNOWN.contains(&lower) {
        return true;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    if org_words(&words) {
        return true;
    }
    // A known organisation followed by a product or team word.
    words.len() <= 3 && words.first().is_some_and(|w| KNOWN.contains(w))
}

/// Whether lowercase words make an organisation's name: a company word
/// (`inc`, `labs`, `university`), or a domain (`acme.io`).
pub(super) fn org_words(words: &[&str]) -> bool {
    if words.len() <= 6
        && words
            .iter()
            .any(|w| ORG.contains(w) || ORG.contains(w.trim_end_matches([',', '.'])))
    {
        return true;
    }
    if let [w] = words
        && let Some((_, tld)) = w.rsplit_once('.')
        && matches!(
            tld,
            "io" | "com" | "net" | "org" | "dev" | "ai" | "co" | "de" | "app"
        )
    {
        return true;
    }
    false
}

/// Whether `s` is a job title: most of its words are role words.
pub(crate) fn is_role(s: &str) -> bool {
    let lower = s.to_lowercase();
    if !role_words(&lower) {
        return false;
    }
    // Of two words, the second heads the job or the first ranks it
    // (`Software Engineer`, `Lead Expert`): `Devops, distributed` after a
    // speaker's dash is a title. (Only here: a name's shape keeps the
    // looser reading.)
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == '/')
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [first, last] => {
            ROLE.contains(last)
                || matches!(
                    *first,
                    "lead" | "senior" | "principal" | "staff" | "head" | "chief"
                )
        }
        _ => true,
    }
}

/// Whether `s` is a job title: [`is_role`], or words after one that
/// heads a job (`VP IT Service Delivery`, `Head of Solutions Architect`,
/// `CTO StatsBomb`).
pub(crate) fn is_job_title(s: &str) -> bool {
    let first = s
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    // (`腾讯高级开发工程师`, `不甘社 创始人`: a job in Chinese, Japanese or
    // Korean ends with its word.)
    let cjk_job = [
        "工程师",
        "创始人",
        "联合创始人",
        "组织者",
        "经理",
        "总监",
        "主席",
        "研究员",
        "教授",
        "博士",
        "架构师",
        "负责人",
        "讲师",
        "엔지니어",
        "개발자",
        "대표",
        "エンジニア",
        "代表",
        "社長",
    ];
    let bare = s.trim_end_matches(['.', '…', ' ']);
    is_role(s)
        || cjk_job.iter().any(|w| bare.ends_with(w))
        || (s.split_whitespace().count() >= 2
            && matches!(
                first.as_str(),
                "vp" | "svp"
                    | "evp"
                    | "cto"
                    | "ceo"
                    | "cfo"
                    | "coo"
                    | "cio"
                    | "cso"
                    | "cpo"
                    | "head"
                    | "director"
                    | "chief"
            ))
}

/// [`is_role`] of lowercase text.
pub(super) fn role_words(lower: &str) -> bool {
    let mut n = 0;
    let mut roles = 0;
    for w in lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == '/')
        .filter(|w| !w.is_empty())
    {
        n += 1;
        roles += usize::from(ROLE.contains(w));
    }
    roles > 0 && roles * 2 >= n.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_of_two_words_have_a_head() {
        assert!(is_role("Software Engineer"));
        assert!(is_role("Site Reliability Engineer"));
        assert!(is_role("Lead Expert"));
        assert!(is_role("CTO"));
        assert!(!is_role("Devops, distributed"));
    }
}
