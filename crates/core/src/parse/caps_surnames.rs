//! Who gave a talk, as notes in French (and other languages written the
//! same way) name them in their first paragraph: a given name, then the
//! surname in capitals (`La keynote du premier jour a été faite par Marcy
//! CHAROLLOIS.`, `ce talk de Louis TOURNAYRE`, `Kevin DUBOIS, solution
//! architect chez Redhat, nous a fait…`). The capitals mark a person's
//! name as plainly as a `Speaker:` line; one or two such names in the
//! first paragraph are the speakers.

use super::markers;
use super::names;
use super::orgs_and_jobs;
use super::speakers::SpeakerRef;

/// The people the first paragraph of `body` names as `Given SURNAME`
/// (one or two), when it names no more than two.
pub(super) fn caps_surname_speakers(body: &str) -> Option<Vec<SpeakerRef>> {
    let para: String = body
        .lines()
        .map(str::trim)
        .skip_while(|l| l.is_empty() || l.starts_with(['#', '!', '<', '|', '`']))
        .take_while(|l| !l.is_empty())
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    // (A quick look first: two capitals in a row somewhere.)
    if !para
        .as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
    {
        return None;
    }
    let plain = markers::plain_inline(&para);
    let words: Vec<&str> = plain.split_whitespace().collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphabetic() && c != '-')
            .to_string()
    };
    let caps = |w: &str| {
        let b = bare(w);
        b.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && b.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
            // (The next word then ends the name: not `AWS`, `API` after
            // a name in a sentence is rare, but a known acronym is no
            // surname.)
            && !orgs_and_jobs::is_org(&b)
            // (`Uma DBA`, `a CTO`: a job, not a surname.)
            && !orgs_and_jobs::is_job_title(&b)
            && !matches!(b.as_str(), "DBA" | "SRE" | "QA" | "PM" | "DEV" | "OPS" | "API" | "AWS" | "GCP")
    };
    let mut found: Vec<String> = Vec::new();
    let mut k = 0;
    while k + 1 < words.len() {
        let given = bare(words[k]);
        let first_ok = given.chars().next().is_some_and(char::is_uppercase)
            && given.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && names::is_given_name(&given)
            // (The given name ends no clause: `… Marcy, CHAROLLOIS` is no
            // name.)
            && !words[k].ends_with([',', '.', ':', ';']);
        if first_ok && caps(words[k + 1]) {
            let mut name = format!("{given} {}", bare(words[k + 1]));
            let mut j = k + 2;
            // A surname of two words in capitals (`Jean DE LA FONTAINE`).
            if !words[k + 1].ends_with([',', '.', ':', ';'])
                && let Some(w) = words.get(j)
                && caps(w)
            {
                name.push(' ');
                name.push_str(&bare(w));
                j += 1;
            }
            if !found.contains(&name) {
                found.push(name);
            }
            k = j;
        } else {
            k += 1;
        }
    }
    (1..=2).contains(&found.len()).then(|| {
        found
            .into_iter()
            .map(|name| SpeakerRef {
                name,
                org: None,
                handle: false,
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(body: &str) -> Vec<String> {
        caps_surname_speakers(body)
            .unwrap_or_default()
            .into_iter()
            .map(|r| r.name)
            .collect()
    }

    #[test]
    fn a_given_name_then_a_surname_in_capitals() {
        assert_eq!(
            read(
                "La keynote du premier jour a été faites pas Marcy CHAROLLOIS.\n\nMarcy a fait ce talk."
            ),
            ["Marcy CHAROLLOIS"]
        );
        assert_eq!(
            read(
                "Kevin DUBOIS, solution architect et developer advocate chez Redhat, nous a fait une démo."
            ),
            ["Kevin DUBOIS"]
        );
        // Not an acronym after a word, nor three people.
        assert!(read("We moved the API to AWS and GCP.").is_empty());
        assert!(read("Uma DBA palestrando é uma coisa de louco.").is_empty());
        assert!(read("Avec Anne DUPONT, Marc LEROY et Paul MARTIN.").is_empty());
    }
}
