//! confnotes-corpus: a deterministic generator of realistic conference
//! notes, for benchmarks and load tests (confnotes-core's `benches/engine.rs`
//! and `examples/parse_profile.rs`, the `gen-corpus` binary). A dev-only
//! crate: the app does not depend on it, so it never ships in the browser.
//!
//! The same `(sessions, seed)` always gives the same files, byte for byte:
//! the only randomness is a small xorshift PRNG ([`Rng`]) over fixed word
//! lists. The notes use every layout the parser understands (docs/DESIGN.md,
//! "Notes formats"):
//!
//! - conference files (`# Conference`, `## Key Themes` with descriptions,
//!   aliases and nested links, `## Learning`, `## Day N` or `## Sessions`
//!   containers, `### Title - Speakers, Company` headings or `### Title`
//!   followed by a `Speaker:` line, `[Recording](...)` links, nested bullets,
//!   links, `Tags:` lines, `#hashtags`, `(EN)` language markers), of 50 to
//!   100 sessions each;
//! - events of one-session files with YAML front matter (`title`,
//!   `speakers`, `tags`, `track`, `event`, `date`, `recording`) in a folder
//!   per event;
//! - names with accents and other scripts (`Anaïs`, `Jiří`, `Søren`, `李伟`).
//!
//! About 1 KB of text per session: 10,000 sessions make about 10 MB.

use confnotes_core::model::SourceFile;
use confnotes_core::text::{AsciiOnly, slugify};

/// A small, fast, deterministic PRNG (xorshift64*). Not for cryptography.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed` (any value, 0 included).
    pub fn new(seed: u64) -> Rng {
        // SplitMix64 of the seed, so that near seeds give unrelated streams
        // and the state is never 0.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        Rng(if z == 0 { 1 } else { z })
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
        }
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One item of `items`, which must not be empty.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Alex",
    "Anaïs",
    "Jessica",
    "Donovan",
    "Kingdon",
    "Jay",
    "Aviv",
    "Jake",
    "Josh",
    "Priya",
    "Mei",
    "Carlos",
    "Fatima",
    "Jiří",
    "Søren",
    "Zoë",
    "José",
    "François",
    "Łukasz",
    "Björn",
    "Ingrid",
    "Kwame",
    "Aisha",
    "Hiroshi",
    "Yūki",
    "Olga",
    "Dmitri",
    "Sofia",
    "Lucas",
    "Emma",
    "Noah",
    "Liam",
    "Olivia",
    "Ava",
    "Mateo",
    "Chloé",
    "Nikolai",
    "Ana",
    "Ravi",
    "Sanjay",
    "Wei",
    "Chen",
    "Tomasz",
    "Agnieszka",
    "Pedro",
    "Lucía",
    "Hannah",
    "Ben",
    "Kelsey",
    "Liz",
    "Sam",
    "Ian",
    "Brendan",
    "Kris",
    "Tim",
    "Sarah",
    "Mark",
    "Julia",
    "Amara",
    "Oğuz",
];

const LAST: &[&str] = &[
    "Jones",
    "Urlichs",
    "Deen",
    "Brown",
    "Barrett",
    "Chen",
    "Sasson",
    "Wernette",
    "Kayani",
    "Patel",
    "Nakamura",
    "García",
    "Haddad",
    "Novák",
    "Kierkegaard",
    "Dvořák",
    "Müller",
    "Núñez",
    "Lefèvre",
    "Kowalski",
    "Ødegaard",
    "Mensah",
    "Okafor",
    "Tanaka",
    "Ivanova",
    "Petrov",
    "Rossi",
    "Schmidt",
    "Johansson",
    "Smith",
    "Nguyen",
    "Kim",
    "Singh",
    "Gupta",
    "Zhang",
    "Wang",
    "Nowak",
    "Silva",
    "Santos",
    "Fernández",
    "Hightower",
    "Burns",
    "Hockin",
    "Rice",
    "Lee",
    "Walker",
    "Young",
    "King",
    "Wright",
    "Lopez",
    "Hill",
    "Green",
    "Adams",
    "Baker",
    "Nelson",
    "Carter",
    "Mitchell",
    "Roberts",
    "Çelik",
    "Yılmaz",
];

const CJK_NAMES: &[&str] = &["李伟", "王芳", "张敏", "田中 太郎", "佐藤 花子", "김민준"];

const COMPANIES: &[&str] = &[
    "Microsoft",
    "Weaveworks",
    "Palo Alto Networks",
    "IBM",
    "Civo",
    "Google",
    "Red Hat",
    "VMware",
    "AWS",
    "Datadog",
    "Grafana Labs",
    "HashiCorp",
    "GitLab",
    "GitHub",
    "Isovalent",
    "Solo.io",
    "Buoyant",
    "Aqua Security",
    "Sysdig",
    "Snyk",
    "Chainguard",
    "Kasten by Veeam",
    "Mirantis",
    "SUSE",
    "Canonical",
    "Spotify",
    "Shopify",
    "Intuit",
    "Adobe",
    "Apple",
    "Netflix",
    "Bloomberg",
    "Capital One",
    "Mercedes-Benz Tech Innovation",
    "Deutsche Telekom",
    "Société Générale",
    "Zalando",
    "Booking.com",
    "ING",
    "Mercado Libre",
    "Nubank",
    "Rakuten",
    "LINE",
    "Alibaba Cloud",
    "Huawei",
    "Ericsson",
    "Nokia",
    "CERN",
    "Cisco",
    "Elastic",
];

/// Themes: (name, aliases).
const THEMES: &[(&str, &[&str])] = &[
    ("Developer experience", &["DevX", "devex"]),
    ("Security", &[]),
    ("Supply chain security", &["SBOM"]),
    ("Observability", &["o11y"]),
    ("Multi-cloud", &[]),
    ("Maturity", &[]),
    ("Platform engineering", &["IDP"]),
    ("GitOps", &[]),
    ("Service mesh", &[]),
    ("eBPF", &[]),
    ("WebAssembly", &["Wasm"]),
    ("Cost management", &["FinOps"]),
    ("Edge computing", &[]),
    ("Machine learning", &["ML", "MLOps"]),
    ("Sustainability", &["green software"]),
    ("Policy as code", &["OPA"]),
    ("Serverless", &[]),
    ("Storage", &[]),
    ("Networking", &[]),
    ("Autoscaling", &[]),
    ("Chaos engineering", &[]),
    ("Incident response", &[]),
    ("Accessibility", &["a11y"]),
    ("Testing", &[]),
    ("Open source community", &[]),
    ("Multi-tenancy", &[]),
    ("Data privacy", &["GDPR"]),
    ("Release engineering", &[]),
];

const TAGS: &[&str] = &[
    "kubernetes",
    "security",
    "observability",
    "gitops",
    "ebpf",
    "wasm",
    "rust",
    "golang",
    "devx",
    "platform",
    "sre",
    "finops",
    "ml",
    "networking",
    "storage",
    "testing",
    "ci-cd",
    "helm",
    "operators",
    "tracing",
];

const CONFERENCES: &[&str] = &[
    "KubeCon",
    "DevOpsDays Zürich",
    "SREcon",
    "QCon London",
    "GopherCon",
    "RustConf",
    "PyCon",
    "FOSDEM",
    "Open Source Summit",
    "Cloud Native Rejekts",
    "HashiConf",
    "GitHub Universe",
    "re:Invent",
    "Google Cloud Next",
    "Monitorama",
    "ContainerDays",
    "Velocity",
    "Strange Loop",
    "NDC Oslo",
    "JSConf",
    "Devoxx Belgium",
    "WeAreDevelopers",
    "Config Management Camp",
    "All Things Open",
    "Platform Con",
    "Observability Day",
    "SecurityCon",
    "WasmCon",
    "EuroRust",
    "Berlin Buzzwords",
    "Codemotion Madrid",
    "DevConf.CZ",
    "JavaZone",
    "GOTO Aarhus",
    "Craft Conference",
    "CloudNativeDay Tokyo",
];

const VERBS: &[&str] = &[
    "Scaling",
    "Securing",
    "Debugging",
    "Migrating",
    "Observing",
    "Automating",
    "Building",
    "Testing",
    "Operating",
    "Taming",
    "Rethinking",
    "Shipping",
    "Hardening",
    "Simplifying",
    "Measuring",
];

const NOUNS: &[&str] = &[
    "Kubernetes",
    "Microservices",
    "Service Meshes",
    "Multi-Cluster Deployments",
    "CI/CD Pipelines",
    "Observability Stacks",
    "Secrets",
    "Container Images",
    "Edge Workloads",
    "Stateful Applications",
    "Operators",
    "Developer Platforms",
    "eBPF Programs",
    "WebAssembly Modules",
    "Supply Chains",
    "Data Pipelines",
    "Feature Flags",
    "Load Balancers",
    "API Gateways",
    "Batch Jobs",
    "GPU Clusters",
    "Policy Engines",
];

const TOOLS: &[&str] = &[
    "Argo CD",
    "Flux",
    "Jenkins",
    "Tekton",
    "Helm",
    "Kustomize",
    "Crossplane",
    "Backstage",
    "Prometheus",
    "OpenTelemetry",
    "Jaeger",
    "Grafana",
    "Cilium",
    "Istio",
    "Linkerd",
    "Envoy",
    "Dapr",
    "Knative",
    "KEDA",
    "Karpenter",
    "Vault",
    "cert-manager",
    "Falco",
    "Kyverno",
    "OPA Gatekeeper",
    "Sigstore",
    "Trivy",
    "k3s",
    "kind",
    "Terraform",
    "Pulumi",
    "Spin",
    "wasmCloud",
    "Rook",
    "Longhorn",
    "Velero",
    "Kubeflow",
    "Ray",
];

const ADJECTIVES: &[&str] = &[
    "Zero-Downtime",
    "Declarative",
    "Cost-Aware",
    "Production-Ready",
    "Secure by Default",
    "Boring",
    "Cloud Native",
    "Self-Service",
    "Resilient",
    "Lightweight",
    "Planet-Scale",
    "Event-Driven",
];

const OPENERS: &[&str] = &[
    "Really great talk about",
    "Good overview of",
    "Live demo of",
    "They showed how they use",
    "Interesting take on",
    "Deep dive into",
    "Lots of practical advice on",
    "Case study of",
    "Walked through",
    "Not much new on",
    "Very fast paced intro to",
    "Panel discussion about",
];

const MIDDLES: &[&str] = &[
    "running it at production scale across several regions",
    "the trade-offs between building and buying a platform",
    "how to mitigate the most common attack vectors",
    "reducing the time from commit to production",
    "keeping the cognitive load of developers low",
    "what broke during the migration and how they fixed it",
    "measuring the impact with real numbers from their clusters",
    "policies and guard rails that teams actually follow",
    "multi-tenant clusters with strict isolation",
    "cost savings of roughly 30% after right-sizing",
    "a single binary install that runs on a Raspberry Pi",
    "side-channel issues when pods share a node",
    "the path from a proof of concept to a paved road",
    "upgrading hundreds of clusters without downtime",
];

const CLOSERS: &[&str] = &[
    "Worth watching the recording.",
    "Slides are linked below.",
    "Not really useful to us at the moment.",
    "Should try this on our staging cluster.",
    "Demo did not work, but the ideas are solid.",
    "Good for beginners, little confusing at the end.",
    "Follow up with the team next sprint.",
    "They are hiring, by the way.",
    "Q&A was better than the talk.",
    "Compare with what we do today.",
];

const DOMAINS: &[&str] = &[
    "github.com",
    "kubernetes.io",
    "cncf.io",
    "dapr.io",
    "opentelemetry.io",
    "learning.kasten.io",
    "sigstore.dev",
    "cilium.io",
    "backstage.io",
    "argo-cd.readthedocs.io",
];

/// Builds one person's name, sometimes from another script.
fn person(rng: &mut Rng) -> String {
    if rng.chance(3) {
        rng.pick(CJK_NAMES).to_string()
    } else {
        format!("{} {}", rng.pick(FIRST), rng.pick(LAST))
    }
}

/// A person's usual company: derived from the name, so a speaker mostly
/// speaks for the same org, sometimes for another.
fn company_of(name: &str, rng: &mut Rng) -> &'static str {
    let h = name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x1000_0000_01b3)
    });
    if rng.chance(10) {
        rng.pick(COMPANIES)
    } else {
        COMPANIES[(h % COMPANIES.len() as u64) as usize]
    }
}

/// A session title.
fn title(rng: &mut Rng) -> String {
    let t = match rng.below(9) {
        0 => format!(
            "{} {} with {}",
            rng.pick(VERBS),
            rng.pick(NOUNS),
            rng.pick(TOOLS)
        ),
        1 => format!(
            "{} {}: Lessons Learned",
            rng.pick(ADJECTIVES),
            rng.pick(NOUNS)
        ),
        2 => format!(
            "How We Built a {} Platform on {}",
            rng.pick(ADJECTIVES),
            rng.pick(TOOLS)
        ),
        3 => format!(
            "{}+{} With Declarative Everything",
            rng.pick(TOOLS),
            rng.pick(TOOLS)
        ),
        4 => format!(
            "Insights into {} {} in the Wild",
            rng.pick(ADJECTIVES),
            rng.pick(NOUNS)
        ),
        5 => format!(
            "Shh, It’s a Secret: {} the {} Way",
            rng.pick(VERBS),
            rng.pick(TOOLS)
        ),
        6 => format!("{} Made Easy!", rng.pick(NOUNS)),
        7 => format!(
            "From {} to {}: {} at Scale",
            rng.pick(TOOLS),
            rng.pick(TOOLS),
            rng.pick(VERBS)
        ),
        _ => format!("{} Years of {}", rng.between(2, 10), rng.pick(NOUNS)),
    };
    if rng.chance(5) {
        format!("{t} (EN)")
    } else {
        t
    }
}

/// One sentence of notes, sometimes naming a theme, a tool or a link.
fn sentence(rng: &mut Rng, themes: &[usize]) -> String {
    let mut s = format!("{} {}", rng.pick(OPENERS), rng.pick(TOOLS));
    if rng.chance(40) {
        s.push_str(", ");
        s.push_str(rng.pick(MIDDLES));
    }
    if !themes.is_empty() && rng.chance(25) {
        let (name, aliases) = THEMES[themes[rng.below(themes.len())]];
        let word = if !aliases.is_empty() && rng.chance(30) {
            rng.pick(aliases)
        } else {
            name
        };
        s.push_str(&format!(" ({word} is a big topic)"));
    }
    if rng.chance(15) {
        let tool = rng.pick(TOOLS);
        s.push_str(&format!(
            " - see [{tool}](https://{}/{})",
            rng.pick(DOMAINS),
            slugify(&AsciiOnly, tool)
        ));
    }
    if rng.chance(10) {
        s.push_str(&format!(" #{}", rng.pick(TAGS)));
    }
    s.push('.');
    if rng.chance(50) {
        s.push(' ');
        s.push_str(rng.pick(CLOSERS));
    }
    s
}

/// The bullet notes of one session, about 900 bytes.
fn notes(rng: &mut Rng, themes: &[usize]) -> String {
    let mut out = String::new();
    let target = rng.between(700, 1100);
    while out.len() < target {
        out.push_str("- ");
        out.push_str(&sentence(rng, themes));
        out.push('\n');
        if rng.chance(25) {
            out.push_str("  - ");
            out.push_str(&sentence(rng, themes));
            out.push('\n');
        }
    }
    if rng.chance(20) {
        let n = rng.between(1, 3);
        let tags: Vec<&str> = (0..n).map(|_| rng.pick(TAGS)).collect();
        out.push_str(&format!("- Tags: {}\n", tags.join(", ")));
    }
    out
}

/// A recording URL.
fn recording(rng: &mut Rng) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let id: String = (0..11)
        .map(|_| ALPHABET[rng.below(ALPHABET.len())] as char)
        .collect();
    format!("https://www.youtube.com/watch?v={id}")
}

/// Speakers of one session: `(name, company)`, one to three.
fn speakers(rng: &mut Rng) -> Vec<(String, &'static str)> {
    let n = match rng.below(10) {
        0..=5 => 1,
        6..=8 => 2,
        _ => 3,
    };
    let shared = rng.chance(50);
    let mut out: Vec<(String, &'static str)> = Vec::with_capacity(n);
    for _ in 0..n {
        let name = person(rng);
        let company = match out.first() {
            Some(first) if shared => first.1,
            _ => company_of(&name, rng),
        };
        out.push((name, company));
    }
    out
}

/// `A & B, Company` when they share a company, else `A, X & B, Y`.
fn heading_speakers(sp: &[(String, &str)]) -> String {
    if sp.iter().all(|s| s.1 == sp[0].1) {
        let names: Vec<&str> = sp.iter().map(|s| s.0.as_str()).collect();
        format!("{}, {}", names.join(" & "), sp[0].1)
    } else {
        sp.iter()
            .map(|(n, c)| format!("{n}, {c}"))
            .collect::<Vec<_>>()
            .join(" & ")
    }
}

/// Writes one conference file of `count` sessions.
fn conference_file(rng: &mut Rng, name: &str, count: usize) -> SourceFile {
    let slug = slugify(&AsciiOnly, name);
    let mut t = format!("# {name}\n\n");
    if rng.chance(50) {
        t.push_str(&format!("![](./{slug}.jpeg)\n\n"));
    }
    let key: Vec<usize> = {
        let mut k: Vec<usize> = Vec::new();
        let want = rng.between(3, 6);
        while k.len() < want {
            let i = rng.below(THEMES.len());
            if !k.contains(&i) {
                k.push(i);
            }
        }
        k
    };
    t.push_str("## Key Themes\n\n");
    for &i in &key {
        let (theme, aliases) = THEMES[i];
        if aliases.is_empty() {
            t.push_str(&format!("- {theme} - {}\n", rng.pick(MIDDLES)));
        } else {
            t.push_str(&format!(
                "- {theme} - ({}) {}\n",
                aliases.join("/"),
                rng.pick(MIDDLES)
            ));
        }
        if rng.chance(30) {
            let tool = rng.pick(TOOLS);
            t.push_str(&format!(
                "  - [{tool}](https://{}/{})\n",
                rng.pick(DOMAINS),
                slugify(&AsciiOnly, tool)
            ));
        }
    }
    t.push_str("\n## Learning\n\n");
    t.push_str(&format!(
        "- <https://{}/> - Saw this in one of the keynotes. {}\n\n",
        rng.pick(DOMAINS),
        rng.pick(CLOSERS)
    ));
    let days = if rng.chance(50) { rng.between(2, 3) } else { 0 };
    if days == 0 {
        t.push_str("## Sessions\n");
    }
    let mut last_day = usize::MAX;
    for i in 0..count {
        if days > 0 {
            let day = i * days / count;
            if day != last_day {
                t.push_str(&format!("\n## Day {}\n", day + 1));
                last_day = day;
            }
        }
        let sp = speakers(rng);
        let title = title(rng);
        if rng.chance(75) {
            t.push_str(&format!("\n### {title} - {}\n\n", heading_speakers(&sp)));
        } else {
            let list: Vec<String> = sp.iter().map(|(n, c)| format!("{n} ({c})")).collect();
            let key = if sp.len() > 1 { "Speakers" } else { "Speaker" };
            t.push_str(&format!(
                "\n### {title}\n\n**{key}:** {}\n\n",
                list.join(", ")
            ));
        }
        t.push_str(&format!("[Recording]({})\n\n", recording(rng)));
        t.push_str(&notes(rng, &key));
    }
    SourceFile {
        path: format!("notes/{slug}.md"),
        text: t,
    }
}

/// Writes one event as one front-matter file per session.
fn event_files(rng: &mut Rng, name: &str, count: usize, year: usize) -> Vec<SourceFile> {
    let slug = slugify(&AsciiOnly, name);
    let tracks = ["Platform", "Security", "Observability", "Apps", "Keynotes"];
    (0..count)
        .map(|i| {
            let title = title(rng);
            let sp = speakers(rng);
            let mut t = String::from("---\n");
            t.push_str(&format!("title: \"{}\"\n", title.replace('"', "'")));
            t.push_str("speakers:\n");
            for (n, c) in &sp {
                t.push_str(&format!("  - {n} ({c})\n"));
            }
            let n_tags = rng.between(1, 3);
            let tags: Vec<&str> = (0..n_tags).map(|_| rng.pick(TAGS)).collect();
            t.push_str(&format!("tags: [{}]\n", tags.join(", ")));
            t.push_str(&format!("track: {}\n", rng.pick(&tracks)));
            t.push_str(&format!("event: {name}\n"));
            t.push_str(&format!(
                "date: {year}-{:02}-{:02}\n",
                rng.between(3, 11),
                rng.between(1, 28)
            ));
            t.push_str(&format!("recording: {}\n", recording(rng)));
            t.push_str("---\n\n");
            t.push_str(&notes(rng, &[]));
            SourceFile {
                path: format!(
                    "notes/{slug}/{:03}-{}.md",
                    i + 1,
                    slugify(&AsciiOnly, &title)
                ),
                text: t,
            }
        })
        .collect()
}

/// Generates notes with `sessions` sessions in total, deterministically
/// from `seed`: mostly conference files of 50 to 100 sessions, and about one
/// event in five as one-session front-matter files.
pub fn generate(sessions: usize, seed: u64) -> Vec<SourceFile> {
    let mut rng = Rng::new(seed);
    let mut files = Vec::new();
    let mut left = sessions;
    let mut k = 0usize;
    while left > 0 {
        // One edition per conference and year: a random year offset here
        // gave two `KubeCon 2016` files at 10,000 sessions (same path, so
        // gen-corpus wrote one over the other).
        let year = 2015 + (k / CONFERENCES.len()) % 10;
        let base = CONFERENCES[k % CONFERENCES.len()];
        let name = if k >= CONFERENCES.len() * 10 {
            format!("{base} {year} #{k}")
        } else {
            format!("{base} {year}")
        };
        k += 1;
        let count = rng.between(50, 100).min(left);
        left -= count;
        if rng.chance(20) {
            files.extend(event_files(&mut rng, &name, count, year));
        } else {
            files.push(conference_file(&mut rng, &name, count));
        }
    }
    files
}

/// Total size of `files`' text in bytes.
pub fn total_bytes(files: &[SourceFile]) -> usize {
    files.iter().map(|f| f.text.len()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_notes() {
        assert_eq!(generate(120, 7), generate(120, 7));
        assert_ne!(generate(120, 7), generate(120, 8));
    }

    #[test]
    fn about_one_kilobyte_per_session() {
        let files = generate(1000, 1);
        let bytes = total_bytes(&files);
        assert!((800_000..1_400_000).contains(&bytes), "{bytes} bytes");
        let paths: std::collections::HashSet<&str> =
            files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths.len(), files.len(), "paths are unique");
    }

    #[test]
    fn paths_are_unique_at_the_largest_size() {
        let files = generate(10_000, 1);
        let paths: std::collections::HashSet<&str> =
            files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths.len(), files.len());
    }

    #[test]
    fn conference_files_use_the_layouts_the_parser_knows() {
        let files = generate(2000, 3);
        let all: String = files.iter().map(|f| f.text.as_str()).collect();
        for needle in [
            "## Key Themes",
            "## Day 1",
            "## Sessions",
            "**Speaker:**",
            "[Recording](",
            "- Tags: ",
            " #",
            "\n  - ",
            "---\ntitle: ",
            "(EN)",
            "Jiří",
        ] {
            assert!(all.contains(needle), "no {needle:?}");
        }
        assert!(
            files.iter().any(|f| f.path.matches('/').count() == 2),
            "front-matter events"
        );
    }

    #[test]
    fn rng_stays_in_range() {
        let mut r = Rng::new(0);
        for n in 1..50 {
            assert!(r.below(n) < n);
        }
        assert_eq!(r.below(0), 0);
        assert!((3..=5).contains(&r.between(3, 5)));
    }
}
