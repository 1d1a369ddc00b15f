//! The renderer's behaviour: Markdown in, HTML out, and an XSS corpus that
//! must come out inert.

use std::collections::HashSet;

use confnotes_core::render::{
    RenderOptions, UrlKind, classify_url, escape_html, highlight_text, render_markdown,
};
use confnotes_core::text::AsciiOnly;

/// Renders `md` as notes in `notes/` and compares with `expected`; every
/// output also passes the allow-list checker.
#[track_caller]
fn check(md: &str, expected: &str) {
    check_with(&opts(), md, expected);
}

#[track_caller]
fn check_with(opts: &RenderOptions, md: &str, expected: &str) {
    let html = render_markdown(md, opts).html;
    if let Err(e) = assert_safe(&html) {
        panic!("unsafe output ({e}) for {md:?}:\n{html}");
    }
    assert_eq!(html, expected, "\nMarkdown: {md:?}\nactual:\n{html}");
}

fn opts() -> RenderOptions<'static> {
    RenderOptions {
        base: "notes/",
        highlight: &[],
        assets: None,
        local_images: None,
        unicode: &AsciiOnly,
    }
}

const EXT: &str = r#" rel="noopener noreferrer" target="_blank""#;

#[test]
fn blocks_and_inlines() {
    check(
        "# KubeCon *2021*\n\nSome **bold**, ~~gone~~ and `code`.  \nNext line\nsoft\n\n---\n",
        "<h1 id=\"h-kubecon-2021\">KubeCon <em>2021</em></h1>\n<p>Some <strong>bold</strong>, <del>gone</del> and \
         <code>code</code>.<br>\nNext line\nsoft</p>\n<hr>\n",
    );
    check("###### six\n", "<h6 id=\"h-six\">six</h6>\n");
    check("> quoted\n", "<blockquote>\n<p>quoted</p>\n</blockquote>\n");
}

#[test]
fn lists_and_task_lists() {
    check(
        "- a\n  - b\n",
        "<ul>\n<li>a<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n",
    );
    check("1. a\n2. b\n", "<ol>\n<li>a</li>\n<li>b</li>\n</ol>\n");
    check("3. c\n", "<ol start=\"3\">\n<li>c</li>\n</ol>\n");
    check(
        "- [x] done\n- [ ] todo\n",
        "<ul>\n<li><input type=\"checkbox\" disabled checked> done</li>\n\
         <li><input type=\"checkbox\" disabled> todo</li>\n</ul>\n",
    );
}

#[test]
fn tables() {
    check(
        "| a | b |\n|:--|--:|\n| 1 | *2* |\n",
        "<table>\n<thead><tr><th>a</th><th>b</th></tr></thead>\n\
         <tr><td>1</td><td><em>2</em></td></tr>\n</table>\n",
    );
}

#[test]
fn footnotes_are_numbered_in_order_of_appearance() {
    check(
        "a[^x] b[^y] c[^x]\n\n[^y]: why\n[^x]: ex\n",
        "<p>a<sup class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup> \
         b<sup class=\"footnote-ref\"><a href=\"#fn-2\">2</a></sup> \
         c<sup class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup></p>\n\
         <div class=\"footnote\" id=\"fn-2\"><sup class=\"footnote-label\">2</sup>\n<p>why</p>\n</div>\n\
         <div class=\"footnote\" id=\"fn-1\"><sup class=\"footnote-label\">1</sup>\n<p>ex</p>\n</div>\n",
    );
}

#[test]
fn code_blocks_keep_text_and_a_clean_language_class() {
    check(
        "```rust\nlet a = \"<b>\" & 'c';\n```\n",
        "<pre><code class=\"language-rust\">let a = &quot;&lt;b&gt;&quot; &amp; &#39;c&#39;;\n</code></pre>\n",
    );
    check(
        "```c++ extra\nx\n```\n",
        "<pre><code class=\"language-c++\">x\n</code></pre>\n",
    );
    check("```\"><x\nx\n```\n", "<pre><code>x\n</code></pre>\n");
    check(
        "```js{.a}\nx\n```\n",
        "<pre><code class=\"language-js\">x\n</code></pre>\n",
    );
    check(
        "    indented <b>\n",
        "<pre><code>indented &lt;b&gt;\n</code></pre>\n",
    );
}

#[test]
fn raw_html_is_shown_as_text() {
    check(
        "<div onclick=\"x()\">\nhi\n</div>\n",
        "<pre class=\"raw-html\">&lt;div onclick=&quot;x()&quot;&gt;\nhi\n&lt;/div&gt;\n</pre>\n",
    );
    check(
        "a <b>bold</b> <!-- c -->",
        "<p>a &lt;b&gt;bold&lt;/b&gt; &lt;!-- c --&gt;</p>\n",
    );
    check("&lt;b&gt; &amp; &copy;", "<p>&lt;b&gt; &amp; \u{a9}</p>\n");
}

#[test]
fn external_links_open_in_a_new_tab_without_referrer() {
    check(
        "[Dapr](https://dapr.io/ \"Dapr's site\")",
        &format!("<p><a href=\"https://dapr.io/\" title=\"Dapr&#39;s site\"{EXT}>Dapr</a></p>\n"),
    );
    check(
        "[m](mailto:a@b.c)",
        &format!("<p><a href=\"mailto:a@b.c\"{EXT}>m</a></p>\n"),
    );
    check(
        "<https://learning.kasten.io/> <a@b.c>",
        &format!(
            "<p><a href=\"https://learning.kasten.io/\"{EXT}>https://learning.kasten.io/</a> \
             <a href=\"mailto:a@b.c\"{EXT}>a@b.c</a></p>\n"
        ),
    );
    check(
        "[x](//cdn.example/a)",
        &format!("<p><a href=\"https://cdn.example/a\"{EXT}>x</a></p>\n"),
    );
    check(
        "[x](\\\\\\\\cdn.example/a)",
        &format!("<p><a href=\"https://cdn.example/a\"{EXT}>x</a></p>\n"),
    );
    check(
        "[q](https://x.example/?a=1&b=\"2\"&c=%20)",
        &format!(
            "<p><a href=\"https://x.example/?a=1&amp;b=&quot;2&quot;&amp;c=%20\"{EXT}>q</a></p>\n"
        ),
    );
}

#[test]
fn relative_links_resolve_against_the_notes_folder() {
    check("[a](other.md)", "<p><a href=\"notes/other.md\">a</a></p>\n");
    check(
        "[a](./sub/../x.md?v=1#top)",
        "<p><a href=\"notes/x.md?v=1#top\">a</a></p>\n",
    );
    check("[a](../../../../x)", "<p><a href=\"x\">a</a></p>\n");
    check("[a](/img/x.png)", "<p><a href=\"img/x.png\">a</a></p>\n");
    check("[a](sub/)", "<p><a href=\"notes/sub/\">a</a></p>\n");
    check("[a](..)", "<p><a href=\"./\">a</a></p>\n");
    check("[a](?q=1)", "<p><a href=\"notes/?q=1\">a</a></p>\n");
    check("[a](#learning)", "<p><a href=\"#h-learning\">a</a></p>\n");
    check(
        "[a](javascript%3Aalert(1))",
        "<p><a href=\"notes/javascript%3Aalert(1)\">a</a></p>\n",
    );
    check("[empty]()", "<p>empty</p>\n");
    let root = RenderOptions { base: "", ..opts() };
    check_with(
        &root,
        "[a](./javascript:alert(1))",
        "<p><a href=\"./javascript:alert(1)\">a</a></p>\n",
    );
    check_with(&root, "[a](%2e%2e/%2E./x)", "<p><a href=\"x\">a</a></p>\n");
}

#[test]
fn unsafe_links_become_their_text() {
    for target in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#0000106;avascript:alert(1)",
        "java&#x09;script:alert(1)",
        "<java\tscript:alert(1)>",
        "< javascript:alert(1)>",
        "javascript&colon;alert(1)",
        "data:text/html,x",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://x.example/",
        "https:javascript:alert(1)",
    ] {
        check(
            &format!("[click *me*]({target} \"t\")"),
            "<p>click <em>me</em></p>\n",
        );
    }
    check("<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n");
    check("[a] [b][a]\n\n[a]: javascript:alert(1)\n", "<p>a b</p>\n");
}

#[test]
fn images_load_only_from_the_web_or_the_notes() {
    check(
        "![KubeCon](./kubecon.jpeg \"Hall\")",
        "<p><img src=\"notes/kubecon.jpeg\" alt=\"KubeCon\" title=\"Hall\" loading=\"lazy\"></p>\n",
    );
    check(
        "![](https://x.example/a.png)",
        "<p><img src=\"https://x.example/a.png\" alt=\"\" loading=\"lazy\"></p>\n",
    );
    check(
        "![a *b* `c`](x.png)",
        "<p><img src=\"notes/x.png\" alt=\"a b c\" loading=\"lazy\"></p>\n",
    );
    check(
        "![a\"b](x.png)",
        "<p><img src=\"notes/x.png\" alt=\"a&quot;b\" loading=\"lazy\"></p>\n",
    );
    check(
        "![<i>alt</i>](javascript:alert(1))",
        "<p>&lt;i&gt;alt&lt;/i&gt;</p>\n",
    );
    check("![pic](data:image/png;base64,AAAA)", "<p>pic</p>\n");
    check("![pic](mailto:a@b.c) ![frag](#x)", "<p>pic frag</p>\n");
    check(
        "[![pic](x.png)](https://x.example)",
        &format!(
            "<p><a href=\"https://x.example\"{EXT}><img src=\"notes/x.png\" alt=\"pic\" loading=\"lazy\"></a></p>\n"
        ),
    );
}

#[test]
fn images_missing_from_the_assets_become_placeholders() {
    let assets: HashSet<String> = [
        "notes/kubecon.jpeg".to_owned(),
        "notes/my pic.png".to_owned(),
    ]
    .into();
    let o = RenderOptions {
        assets: Some(&assets),
        local_images: None,
        ..opts()
    };
    check_with(
        &o,
        "![Hall](./kubecon.jpeg) ![Stage](stage.png) ![](img/x%20y.png?v=2) \
         ![w](https://x.example/a.png) ![p](my%20pic.png)",
        "<p><img src=\"notes/kubecon.jpeg\" alt=\"Hall\" loading=\"lazy\"> \
         <span class=\"img-missing\" role=\"img\" aria-label=\"Missing image: Stage\">Stage</span> \
         <span class=\"img-missing\" role=\"img\" aria-label=\"Missing image: x y.png\">x y.png</span> \
         <img src=\"https://x.example/a.png\" alt=\"w\" loading=\"lazy\"> \
         <img src=\"notes/my%20pic.png\" alt=\"p\" loading=\"lazy\"></p>\n",
    );
}

#[test]
fn images_opened_in_this_browser_show_through_the_url_made_for_them() {
    let assets: HashSet<String> = HashSet::new();
    let local: std::collections::HashMap<String, String> = [
        (
            "opened/trip/stage.png".to_owned(),
            "blob:https://notes.example/1f2e".to_owned(),
        ),
        (
            "opened/trip/my pic.jpg".to_owned(),
            "blob:https://notes.example/3a4b".to_owned(),
        ),
    ]
    .into();
    let o = RenderOptions {
        base: "opened/trip",
        assets: Some(&assets),
        local_images: Some(&local),
        ..opts()
    };
    check_with(
        &o,
        "![Stage](stage.png) ![p](./my%20pic.jpg) ![gone](gone.png) ![b](blob:https://notes.example/1f2e)",
        "<p><img src=\"blob:https://notes.example/1f2e\" alt=\"Stage\" loading=\"lazy\"> \
         <img src=\"blob:https://notes.example/3a4b\" alt=\"p\" loading=\"lazy\"> \
         <span class=\"img-missing\" role=\"img\" aria-label=\"Missing image: gone\">gone</span> b</p>\n",
    );
}

#[test]
fn search_terms_are_marked_in_text_only() {
    let terms = ["kube".to_owned(), "dapr".to_owned()];
    let o = RenderOptions {
        highlight: &terms,
        ..opts()
    };
    check_with(
        &o,
        "# Kubernetes <kube>\n\n[Dapr](https://dapr.io/) and `kube` in code, minikube.\n\n```\nkube\n```\n",
        &format!(
            "<h1 id=\"h-kubernetes\"><mark>Kubernetes</mark> &lt;kube&gt;</h1>\n<p><a href=\"https://dapr.io/\"{EXT}>\
             <mark>Dapr</mark></a> and <code>kube</code> in code, minikube.</p>\n\
             <pre><code>kube\n</code></pre>\n"
        ),
    );
}

#[test]
fn highlight_marks_words_that_start_with_a_term() {
    let t = |text: &str, terms: &[&str]| {
        let terms: Vec<String> = terms.iter().map(|s| s.to_string()).collect();
        highlight_text(text, &terms, &AsciiOnly)
    };
    assert_eq!(
        t("Kubernetes & KubeCon", &["kube"]),
        "<mark>Kubernetes</mark> &amp; <mark>KubeCon</mark>"
    );
    assert_eq!(
        t("GitOps+Jenkins-CI", &["jenkins", "ci"]),
        "GitOps+<mark>Jenkins</mark>-<mark>CI</mark>"
    );
    assert_eq!(t("minikube <b>", &["kube"]), "minikube &lt;b&gt;");
    assert_eq!(t("K3s", &[""]), "K3s");
    assert_eq!(t("K3s", &[]), "K3s");
}

#[cfg(feature = "native")]
#[test]
fn highlight_folds_non_ascii_words_and_keeps_the_original() {
    use confnotes_core::text::{NativeUnicode, Unicode};
    use std::borrow::Cow;
    use std::cell::Cell;

    /// Counts the calls to the provider and the words it is handed.
    struct Counting(Cell<(usize, usize)>);
    impl Unicode for Counting {
        fn nfc<'a>(&self, s: &'a str) -> Cow<'a, str> {
            NativeUnicode.nfc(s)
        }
        fn strip_marks<'a>(&self, s: &'a str) -> Cow<'a, str> {
            let (calls, words) = self.0.get();
            self.0.set((calls + 1, words + 1));
            NativeUnicode.strip_marks(s)
        }
        fn strip_marks_many(&self, items: &[&str]) -> Vec<String> {
            let (calls, words) = self.0.get();
            self.0.set((calls + 1, words + items.len()));
            items
                .iter()
                .map(|s| NativeUnicode.strip_marks(s).into_owned())
                .collect()
        }
    }
    let u = Counting(Cell::new((0, 0)));
    let terms = ["anai".to_owned(), "jiri".to_owned(), "str".to_owned()];
    assert_eq!(
        highlight_text("Anaïs Urlichs, Jiří, Straße, street", &terms, &u),
        "<mark>Anaïs</mark> Urlichs, <mark>Jiří</mark>, <mark>Straße</mark>, <mark>street</mark>"
    );
    assert_eq!(u.0.get(), (1, 3), "one call, with only the non-ASCII words");
    assert_eq!(highlight_text("Kubernetes", &terms, &u), "Kubernetes");
    assert_eq!(u.0.get(), (1, 3), "no call for ASCII text");
}

#[test]
fn escape_html_escapes_the_five_characters() {
    assert_eq!(
        escape_html(r#"<a href="x">Tom & 'Jerry'</a>"#),
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
    );
    assert_eq!(escape_html("plain"), "plain");
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    for unit in ["> ", "- ", "1. ", "* > ", "*a ", "[", "![", "<a>"] {
        let md = unit.repeat(100_000) + "x";
        let html = render_markdown(&md, &opts()).html;
        assert_safe(&html).unwrap_or_else(|e| panic!("{unit:?}: {e}"));
    }
}

#[test]
fn the_seed_renders_with_its_links() {
    let seed = include_str!("../../../notes/kubecon-2021.md");
    let html = render_markdown(seed, &opts()).html;
    assert_safe(&html).unwrap();
    assert!(html.contains(&format!(
        "<a href=\"https://learning.kasten.io/\"{EXT}>https://learning.kasten.io/</a>"
    )));
    assert!(html.contains(&format!("<a href=\"https://dapr.io/\"{EXT}>Dapr</a>")));
    assert!(html.contains("<img src=\"notes/kubecon.jpeg\" alt=\"\" loading=\"lazy\">"));
    let links = seed.matches("](http").count() + seed.matches("<https://").count();
    assert_eq!(html.matches("<a href=\"https://").count(), links);
    assert!(html.contains("&amp;fromFollowed"));
}

#[test]
fn the_checker_rejects_what_the_renderer_must_not_write() {
    for bad in [
        "<script>x</script>",
        "<p onclick=\"x\">a</p>",
        "<a href=\"javascript:x\">a</a>",
        "<a href=\"java&#9;script:x\">a</a>",
        "<img src=\"data:image/png,x\" alt=\"\">",
        "<img src=\"//evil/x\" alt=\"\">",
        "<a href=\"notes/../../x\">a</a>",
        "<a href=\"x\" target=\"_blank\">a</a>",
        "<p style=\"x\">a</p>",
        "<p>a",
        "<p>a</em>",
        "<p>a > b</p>",
        "<p>&#106;</p>",
        "<iframe></iframe>",
    ] {
        assert!(assert_safe(bad).is_err(), "accepted {bad:?}");
    }
    assert_safe(
        "<p><a href=\"notes/x\">a</a> <img src=\"https://x/y\" alt=\"\" loading=\"lazy\"></p>",
    )
    .unwrap();
}

/// The cases of the shared XSS corpus: name and Markdown.
fn corpus() -> Vec<(&'static str, String)> {
    let text = include_str!("xss-corpus.txt");
    let mut cases: Vec<(&str, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        if let Some(name) = line.strip_prefix("==== ") {
            cases.push((name.trim_end(), String::new()));
        } else if let Some((_, md)) = cases.last_mut() {
            md.push_str(line);
        }
    }
    cases
}

#[test]
fn xss_corpus_renders_inert() {
    let cases = corpus();
    assert!(cases.len() > 100, "corpus has {} cases", cases.len());
    for (name, md) in &cases {
        for base in ["notes/", ""] {
            let opts = RenderOptions { base, ..opts() };
            let html = render_markdown(md, &opts).html;
            if let Err(e) = assert_safe(&html) {
                panic!("case {name:?} (base {base:?}): {e}\n{md}\n---\n{html}");
            }
        }
    }
}

// The allow-list checker. The renderer escapes all text, so every `<` in its
// output starts a tag it wrote; the checker tokenises those tags and accepts
// only the tags, attributes and URLs the renderer is meant to produce.

const TAGS: &str = "p ul ol li a img em strong del code pre blockquote h1 h2 h3 h4 h5 h6 hr br \
    table thead tr th td input mark span sup sub div";
const VOID: &[&str] = &["img", "input", "br", "hr"];

/// Checks that `html` is well-formed and uses only allowed tags, attributes
/// and URLs, with all text escaped.
fn assert_safe(html: &str) -> Result<(), String> {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        check_text(&rest[..i])?;
        rest = &rest[i + 1..];
        let close = rest.starts_with('/');
        if close {
            rest = &rest[1..];
        }
        let n = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .ok_or("unterminated tag")?;
        let name = &rest[..n];
        rest = &rest[n..];
        if !TAGS.split_whitespace().any(|t| t == name) {
            return Err(format!("tag <{name}> not allowed"));
        }
        if close {
            rest = rest.strip_prefix('>').ok_or("junk in closing tag")?;
            if open.pop() != Some(name) {
                return Err(format!("</{name}> closes nothing open"));
            }
            continue;
        }
        let mut attrs: Vec<&str> = Vec::new();
        loop {
            if let Some(r) = rest.strip_prefix('>') {
                rest = r;
                break;
            }
            rest = rest.strip_prefix(' ').ok_or(format!("junk in <{name}>"))?;
            let n = rest
                .find(|c: char| !(c.is_ascii_lowercase() || c == '-'))
                .ok_or("eof")?;
            let attr = &rest[..n];
            rest = &rest[n..];
            let mut value = None;
            if let Some(r) = rest.strip_prefix("=\"") {
                let end = r.find('"').ok_or("unterminated attribute")?;
                value = Some(&r[..end]);
                rest = &r[end + 1..];
            }
            check_attr(name, attr, value)?;
            attrs.push(attr);
        }
        if attrs.contains(&"target") && !attrs.contains(&"rel") {
            return Err("target without rel".into());
        }
        if !VOID.contains(&name) {
            open.push(name);
        }
    }
    check_text(rest)?;
    match open.pop() {
        Some(name) => Err(format!("<{name}> never closed")),
        None => Ok(()),
    }
}

/// Text and attribute values hold no raw `<`, `>`, `"` and only our entities.
fn check_text(text: &str) -> Result<(), String> {
    if text.contains(['<', '>', '"']) {
        return Err(format!("unescaped text {text:?}"));
    }
    for (i, _) in text.match_indices('&') {
        let ent = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"];
        if !ent.iter().any(|e| text[i..].starts_with(e)) {
            return Err(format!("stray & in {text:?}"));
        }
    }
    Ok(())
}

fn check_attr(tag: &str, attr: &str, value: Option<&str>) -> Result<(), String> {
    let v = value.unwrap_or("");
    check_text(v)?;
    let url = v
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"");
    let url = url.replace("&#39;", "'").replace("&amp;", "&");
    let ok = match (tag, attr) {
        ("a", "href") => {
            let kind = classify_url(&url);
            kind != UrlKind::Unsafe && safe_path(&url, kind)
        }
        ("img", "src") => {
            let kind = classify_url(&url);
            (matches!(kind, UrlKind::Web | UrlKind::Relative) && safe_path(&url, kind))
                // The URLs the tests' own "browser" made for opened images
                // (notes cannot write one: `blob:` is not a web URL).
                || url.starts_with("blob:https://notes.example/")
        }
        ("a" | "img", "title") | ("img", "alt") | ("span", "aria-label") => true,
        ("a", "rel") => v == "noopener noreferrer",
        ("a", "target") => v == "_blank",
        ("img", "loading") => v == "lazy",
        ("span", "role") => v == "img",
        ("input", "type") => v == "checkbox",
        ("input", "disabled" | "checked") => value.is_none(),
        ("ol", "start") => !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()),
        ("div", "id") => v
            .strip_prefix("fn-")
            .is_some_and(|n| n.parse::<u32>().is_ok()),
        ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", "id") => v.strip_prefix("h-").is_some_and(|s| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        }),
        (_, "class") => {
            !v.is_empty()
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_+".contains(&b))
        }
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!("<{tag} {attr}={v:?}> not allowed"))
    }
}

/// A Web URL names its scheme; a relative one never climbs or turns into a
/// protocol-relative or scheme URL.
fn safe_path(url: &str, kind: UrlKind) -> bool {
    if url.chars().any(|c| c.is_ascii_control()) {
        return false;
    }
    match kind {
        UrlKind::Web => {
            let l = url.to_ascii_lowercase();
            l.starts_with("http:") || l.starts_with("https:")
        }
        UrlKind::Relative => {
            let path = url.split(['?', '#']).next().unwrap_or("");
            !path.starts_with(['/', '\\'])
                && !path.split(['/', '\\']).any(|s| {
                    matches!(
                        s.to_ascii_lowercase().as_str(),
                        ".." | ".%2e" | "%2e." | "%2e%2e"
                    )
                })
        }
        _ => true,
    }
}

#[test]
fn headings_get_github_style_ids_and_fragment_links_follow() {
    check(
        "# Setup\n\n## Setup\n\n### Setup\n\n## Setup-1\n\n[Go](#setup) [Up](#Setup-1) [Top](#)\n",
        "<h1 id=\"h-setup\">Setup</h1>\n<h2 id=\"h-setup-1\">Setup</h2>\n\
         <h3 id=\"h-setup-2\">Setup</h3>\n<h2 id=\"h-setup-1-1\">Setup-1</h2>\n\
         <p><a href=\"#h-setup\">Go</a> <a href=\"#h-setup-1\">Up</a> <a href=\"#\">Top</a></p>\n",
    );
    // GitHub's slugs: case folded, spaces as `-`, punctuation dropped, the
    // text of code kept, markup and raw HTML not; shortcodes as written.
    check(
        "## jOOQ - A *bit* `different`! <small>v2</small>\n\n## :rocket: Café 2024\n",
        "<h2 id=\"h-jooq---a-bit-different-v2\">jOOQ - A <em>bit</em> <code>different</code>! \
         &lt;small&gt;v2&lt;/small&gt;</h2>\n<h2 id=\"h-rocket-café-2024\">🚀 Café 2024</h2>\n",
    );
    // Nothing to make a slug of: `section`, numbered like any other.
    check(
        "# 🎉\n\n# ...\n",
        "<h1 id=\"h-section\">🎉</h1>\n<h1 id=\"h-section-1\">...</h1>\n",
    );
    // Setext headings, and headings in lists and quotes, get ids too.
    check(
        "Title\n=====\n\n> ## Quoted\n",
        "<h1 id=\"h-title\">Title</h1>\n<blockquote>\n<h2 id=\"h-quoted\">Quoted</h2>\n</blockquote>\n",
    );
}

#[test]
fn heading_ids_from_hostile_text_are_letters_digits_and_dashes() {
    check(
        "# <script>alert(1)</script>\n",
        "<h1 id=\"h-alert1\">&lt;script&gt;alert(1)&lt;/script&gt;</h1>\n",
    );
    check(
        "# \"><img src=x onerror=alert(1)>\n",
        "<h1 id=\"h-section\">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</h1>\n",
    );
    check(
        "# a\" onmouseover=\"x' `y` &amp; <b>z</b>\n",
        "<h1 id=\"h-a-onmouseoverx-y--z\">a&quot; onmouseover=&quot;x&#39; <code>y</code> \
         &amp; &lt;b&gt;z&lt;/b&gt;</h1>\n",
    );
    // A fragment link is escaped like any other target.
    check(
        "[x](#\"><script>)",
        "<p><a href=\"#h-&quot;&gt;&lt;script&gt;\">x</a></p>\n",
    );
}

#[test]
fn the_outline_has_the_ids_the_html_has() {
    use confnotes_core::render::{OutlineEntry, outline};
    let md = "# Notes :tada:\n\nText\n\n## Setup\n\n```\n# not a heading\n```\n\n## Setup\n\n\
              ### Run `cargo` <br> now\n\n#### <b>x</b>\n";
    let entry = |level, id: &str, text: &str| OutlineEntry {
        level,
        id: id.into(),
        text: text.into(),
    };
    let want = vec![
        entry(1, "h-notes-tada", "Notes 🎉"),
        entry(2, "h-setup", "Setup"),
        entry(2, "h-setup-1", "Setup"),
        entry(3, "h-run-cargo--now", "Run cargo now"),
        entry(4, "h-x", "<b>x</b>"),
    ];
    assert_eq!(outline(md), want);
    // Whatever the options, the same ids, in the HTML and in the outline.
    let terms = ["setup".to_owned()];
    let o = RenderOptions {
        highlight: &terms,
        base: "",
        ..opts()
    };
    let r = render_markdown(md, &o);
    assert_eq!(r.outline, want);
    for e in &want {
        assert!(r.html.contains(&format!(" id=\"{}\">", e.id)), "{}", e.id);
    }
    assert!(
        r.html
            .contains("<h2 id=\"h-setup\"><mark>Setup</mark></h2>")
    );
    assert_eq!(outline("no headings"), vec![]);
}

#[test]
fn br_tags_are_line_breaks() {
    check(
        "a<br>b<br/>c<BR />d <Br>\n",
        "<p>a<br>b<br>c<br>d <br></p>\n",
    );
    check(
        "| a | b |\n|---|---|\n| one<br>two | x<br/>y |\n",
        "<table>\n<thead><tr><th>a</th><th>b</th></tr></thead>\n\
         <tr><td>one<br>two</td><td>x<br>y</td></tr>\n</table>\n",
    );
    check("para\n\n<br>\n\nnext\n", "<p>para</p>\n<br>\n<p>next</p>\n");
    // Attributes go with the tag: `<br>` is all that is written.
    check(
        "a<br clear=\"all\">b<br onclick=\"x()\"/>c\n",
        "<p>a<br>b<br>c</p>\n",
    );
    // Anything else stays text, `<br>` look-alikes included.
    check(
        "a<brr>b</br>c<br\n",
        "<p>a&lt;brr&gt;b&lt;/br&gt;c&lt;br</p>\n",
    );
    check(
        "<div>a<br>b</div>\n",
        "<pre class=\"raw-html\">&lt;div&gt;a&lt;br&gt;b&lt;/div&gt;\n</pre>\n",
    );
    check("`a<br>b`\n", "<p><code>a&lt;br&gt;b</code></p>\n");
}

/// A link to a YouTube video as the renderer writes it.
fn video(id: &str) -> String {
    format!(
        "<a class=\"video\" href=\"https://www.youtube.com/watch?v={id}\"{EXT}>▶ Video on YouTube</a>"
    )
}

#[test]
fn video_players_become_one_link_to_the_video() {
    let iframe = "<iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/SyKUBXJLL50?si=x&amp;start=3\" \
                  title=\"YouTube video player\" allow=\"autoplay\" allowfullscreen></iframe>";
    check(
        &format!("{iframe}\n"),
        &format!("<p>{}</p>\n", video("SyKUBXJLL50")),
    );
    check(
        &format!("- Talk\n\n  {iframe}\n"),
        &format!(
            "<ul>\n<li><p>Talk</p>\n<p>{}</p>\n</li>\n</ul>\n",
            video("SyKUBXJLL50")
        ),
    );
    check(
        "<div class=\"video\">\n<iframe src=\"https://player.vimeo.com/video/76979871?h=8\"\n  frameborder=\"0\"></iframe>\n</div>\n",
        &format!(
            "<p><a class=\"video\" href=\"https://vimeo.com/76979871\"{EXT}>▶ Video on Vimeo</a></p>\n"
        ),
    );
    check(
        "Watch <embed src=\"//www.youtube-nocookie.com/embed/a_b-c\"> or \
         <video src=\"https://archive.org/details/talk\" controls></video>.\n",
        &format!(
            "<p>Watch {} or <a class=\"video\" href=\"https://archive.org/details/talk\"{EXT}>\
             ▶ Video on Internet Archive</a>.</p>\n",
            video("a_b-c")
        ),
    );
    // Raw HTML around a player is shown as text, as before.
    check(
        &format!("<p>Great <b>talk</b></p>\n{iframe}\n"),
        &format!(
            "<pre class=\"raw-html\">&lt;p&gt;Great &lt;b&gt;talk&lt;/b&gt;&lt;/p&gt;\n</pre>\n<p>{}</p>\n",
            video("SyKUBXJLL50")
        ),
    );
}

#[test]
fn video_shortcodes_become_one_link_to_the_video() {
    check(
        "{% youtube S7tLhIJZKxA %}\n",
        &format!("<p>{}</p>\n", video("S7tLhIJZKxA")),
    );
    check(
        "See {% vimeo 146022717 %} and {{< youtube id=\"w7Ft2ymGmfc\" >}}.\n",
        &format!(
            "<p>See <a class=\"video\" href=\"https://vimeo.com/146022717\"{EXT}>▶ Video on Vimeo</a> \
             and {}.</p>\n",
            video("w7Ft2ymGmfc")
        ),
    );
    check(
        "{% include youtube.html id=\"xyz_1\" %}\n",
        &format!("<p>{}</p>\n", video("xyz_1")),
    );
    // In code, a shortcode is code.
    check(
        "`{% youtube abc %}`\n\n```\n{% youtube abc %}\n```\n",
        "<p><code>{% youtube abc %}</code></p>\n<pre><code>{% youtube abc %}\n</code></pre>\n",
    );
}

#[test]
fn hostile_or_unknown_players_are_no_link() {
    for md in [
        "<iframe src=\"javascript:alert(1)\"></iframe>\n",
        "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>\n",
        "<iframe src=\"JaVaScRiPt:alert(1)//https://www.youtube.com/embed/x\"></iframe>\n",
        "<iframe src=\"https://evil.example/embed/x\"></iframe>\n",
        "<iframe src=\"https://www.youtube.com.evil.example/embed/x\"></iframe>\n",
        "<iframe src=\"https://open.spotify.com/embed/episode/x\"></iframe>\n",
        "<embed src=\"vbscript:x\">\n",
        "<video src=\"file:///etc/passwd\"></video>\n",
    ] {
        let html = render_markdown(md, &opts()).html;
        assert_safe(&html).unwrap();
        assert!(!html.contains("<a"), "{md}: {html}");
        assert!(html.contains("&lt;"), "shown as text: {md}: {html}");
    }
    for md in [
        "{% youtube \"><script> %}\n",
        "{% youtube \"><script>alert(1)</script> %}\n",
        "{% youtube a\"onmouseover=alert(1) %}\n",
        "{% vimeo javascript:alert(1) %}\n",
        "{% embed javascript:alert(1) %}\n",
        "{% include youtube.html id=\"<x>\" %}\n",
    ] {
        let html = render_markdown(md, &opts()).html;
        assert_safe(&html).unwrap();
        assert!(!html.contains("<a"), "{md}: {html}");
    }
}

#[test]
fn a_player_inside_a_link_is_its_label_not_a_nested_link() {
    let iframe = "<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>";
    check(
        &format!("[see {iframe} here](https://x.example/)\n"),
        &format!("<p><a href=\"https://x.example/\"{EXT}>see ▶ Video on YouTube here</a></p>\n"),
    );
    check(
        "[{% youtube abc %}](https://x.example/)\n",
        &format!("<p><a href=\"https://x.example/\"{EXT}>▶ Video on YouTube</a></p>\n"),
    );
    check(
        &format!("<https://x.example/> {iframe}\n"),
        &format!(
            "<p><a href=\"https://x.example/\"{EXT}>https://x.example/</a> {}</p>\n",
            video("abc")
        ),
    );
}

#[test]
fn emoji_shortcodes_become_emoji_outside_code_and_urls() {
    check(
        "Great :joy: talk :+1::+1: :video_camera: [link :tada:](https://x.example/)\n",
        &format!("<p>Great 😂 talk 👍👍 📹 <a href=\"https://x.example/\"{EXT}>link 🎉</a></p>\n"),
    );
    check(
        "`:joy:` and\n\n```\n:joy:\n```\n",
        "<p><code>:joy:</code> and</p>\n<pre><code>:joy:\n</code></pre>\n",
    );
    check(
        ":foo: std::thread 10:30:00 https://x.example/:joy: <https://x.example/:joy:>\n",
        &format!(
            "<p>:foo: std::thread 10:30:00 https://x.example/:joy: \
             <a href=\"https://x.example/:joy:\"{EXT}>https://x.example/:joy:</a></p>\n"
        ),
    );
    let terms = ["great".to_owned()];
    let o = RenderOptions {
        highlight: &terms,
        ..opts()
    };
    check_with(&o, "Great:joy:\n", "<p><mark>Great</mark>:joy:</p>\n");
    check_with(&o, "Great :joy:\n", "<p><mark>Great</mark> 😂</p>\n");
}

#[test]
fn repeated_hostile_pieces_render_in_linear_time() {
    let started = std::time::Instant::now();
    for (unit, n) in [
        ("<div title=\"<a x=\"", 20_000),
        ("<!--<iframe ", 20_000),
        ("{% youtube ", 20_000),
        ("{{< vimeo ", 20_000),
        (":joy:", 40_000),
        (":joy", 40_000),
        ("<br>", 40_000),
        ("<iframe src=\"https://www.youtube.com/embed/a\">", 5_000),
        ("# h\n\n", 20_000),
        ("# h-1\n\n# h\n\n", 10_000),
    ] {
        let md = unit.repeat(n);
        let r = render_markdown(&md, &opts());
        assert_safe(&r.html).unwrap_or_else(|e| panic!("{unit:?}: {e}"));
    }
    // Generous: quadratic behaviour on these inputs takes minutes.
    assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
}
