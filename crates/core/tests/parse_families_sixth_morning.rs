//! Layouts of real notes learnt from the misses of the held-out sets in
//! the session that began 2026-12-06 at 03:44 UTC (holdout169 and
//! holdout170), each pinned down with Markdown in and sessions out
//! (`title | speakers (org) | recording`), with the near misses that must
//! stay as they were.

mod parse_support;

use parse_support::check_sessions as check;

#[test]
fn a_speaker_a_colon_a_bold_title_and_the_event_in_parentheses() {
    // A curated list of recorded talks: `Name: **Title** (Event)`, the
    // video in a nested item.
    check(
        "# Must-watch videos about Python

## 2007
* Alex Martelli: **Python Design Patterns** (Google Developers Day US)
    * Video: [youtube](https://www.youtube.com/watch?v=0vJJlVBVTFg) [00:44:02]
    * [Slides](http://www.aleax.it/gdd_pydp.pdf)

* Thomas Wouters: **Advanced Python (or understanding Python)** (Google)
    * Video: [youtube](https://www.youtube.com/watch?v=uOzdG3lwcB4) [01:15:43]

## 2009
* David Beazley: **Inside the Python GIL**
    * Video: [youtube](https://www.youtube.com/watch?v=ph374fJqFPE) [01:01:03]
",
        &[
            "Python Design Patterns | Alex Martelli | https://www.youtube.com/watch?v=0vJJlVBVTFg",
            "Advanced Python (or understanding Python) | Thomas Wouters | https://www.youtube.com/watch?v=uOzdG3lwcB4",
            "Inside the Python GIL | David Beazley | https://www.youtube.com/watch?v=ph374fJqFPE",
        ],
    );
    // Near miss: after a colon, words in italics are a note's emphasis,
    // not the title alone, and text after the bold that is more than one
    // parenthesis stays with the item as before.
    check(
        "# Talks

* Alex Martelli: **Python Design Patterns** and more, at GDD
    * Video: [youtube](https://www.youtube.com/watch?v=0vJJlVBVTFg)
* David Beazley: **Inside the Python GIL** explained again
    * Video: [youtube](https://www.youtube.com/watch?v=ph374fJqFPE)
",
        &[
            "Python Design Patterns and more, at GDD | Alex Martelli | https://www.youtube.com/watch?v=0vJJlVBVTFg",
            "Inside the Python GIL explained again | David Beazley | https://www.youtube.com/watch?v=ph374fJqFPE",
        ],
    );
}

#[test]
fn a_japanese_lightning_talk_night_with_json_front_matter() {
    // Eleventy's `---json` front matter (an event page), slots by length
    // (`10分枠`, ten-minute slot) and `Name「Title」` items, the title
    // sometimes linking to the slides.
    check(
        "---json
{
    \"layout\": \"event\",
    \"title\": \"UNTIL. LT #0x05\",
    \"dtstart\": \"2024-10-05T16:00+09:00\"
}
---

筑波大学に関する情報技術者による LT 会の第 0x05 回です。

## 発表テーマ
### 10分枠
* lapla「[ELFバイナリの妥当な破壊](https://slide.lapla.dev/zatsu/until0x05)」
* Iwancof_ptr「モラトリアムを求めて」

### 5分枠 
* Yuku Kotani「React19でお手軽にCSS-in-JSを自作する」
* 間瀬BB「オレオレ電話してえ！」

### 飛び込み枠
* ゆーき「JPKIの事業者になる前にマイナンバーカードのこと全部話す」
",
        &[
            "ELFバイナリの妥当な破壊 | lapla | ",
            "モラトリアムを求めて | Iwancof_ptr | ",
            "React19でお手軽にCSS-in-JSを自作する | Yuku Kotani | ",
            "オレオレ電話してえ！ | 間瀬BB | ",
            "JPKIの事業者になる前にマイナンバーカードのこと全部話す | ゆーき | ",
        ],
    );
}

#[test]
fn corner_brackets_after_a_kind_or_a_sentence_name_no_speaker() {
    // Near misses: `招待講演「…」` is a kind of session, `今回は「…」` a
    // sentence ("this time…"), and a list of them names no talk.
    check(
        "# 勉強会 #3

* 今回は「型安全」がテーマでした
* 懇親会で「次回もやろう」と話した
* 招待講演「Rustの未来」

## Type-safe APIs - Taro Yamada

型の話。
",
        &["Type-safe APIs | Taro Yamada | "],
    );
}

#[test]
fn presenters_over_their_demos_some_named_without_a_link() {
    // A user group's lightning demos: each presenter an item (most linked
    // to their profile, some a plain known name), the demo nested under;
    // `### Date: …` is a detail of the evening, no talk.
    check(
        "# Containers: Lightning Demos - Community Code Share

## Presenters

- Mark Dean
  - Use PowerShell Module to manage SQL data
- [Doug Finke](https://twitter.com/dfinke)
  - PSPx - Executing Markdown with PowerShell
- Mark Hutchinson
  - Hutchinson's Helpful Hints
- [Gregg Lott](https://twitter.com/greggZ251)
  - Secure connections to AD
- [Jeremy Brown](https://twitter.com/Banana_Jama)
  - Random Password Generator

### Date: 1 Dec 2021

### Summary

Time for the community to show off their own code in small demos.
",
        &[
            "Use PowerShell Module to manage SQL data | Mark Dean | ",
            "PSPx - Executing Markdown with PowerShell | Doug Finke | ",
            "Hutchinson's Helpful Hints | Mark Hutchinson | ",
            "Secure connections to AD | Gregg Lott | ",
            "Random Password Generator | Jeremy Brown | ",
        ],
    );
    // Near miss: a team's chores under plain names, none linked, are no
    // talks (the heading over them stays read as before: a name under it).
    check(
        "# Sprint 12

## Tasks

- Mark Dean
  - Update the release notes
- Anna Keller
  - Review the open pull requests
- Jeremy Brown
  - Book the venue for the offsite

## Notes

We ship on Friday.
",
        &["Tasks | Mark Dean | "],
    );
}

#[test]
fn a_kramdown_meetup_archive_with_quoted_titles_and_tight_headings() {
    // Headings written without a space after their `#`s and with a
    // kramdown attribute list (`{: #nextmeetup}`, `{: .timeline}`); items
    // `"Title" - Name (Org)` with no links; the quotes are no part of the
    // title.
    check(
        "#21. Treffen der User Group{: #nextmeetup}
Das nächste Treffen ist am Donnerstag.

##Archiv
Die Vorträge vom letzten Mal gibt es immer auf unserer Seite.

###13. Juli 2017{: .timeline}
* \"GraphQL!\" - Toni Möckel
* \"Dynamische statische Webseiten mit Angular 2\" - David Enke (Zalari)

###11. Mai 2017{: .timeline}
* \"Going Desktop with Electron\" - Leo Lindhorst (Saxonia Systems)
* \"CSS Modules\" - Veit Lehmann
",
        &[
            "GraphQL! | Toni Möckel | ",
            "Dynamische statische Webseiten mit Angular 2 | David Enke (Zalari) | ",
            "Going Desktop with Electron | Leo Lindhorst (Saxonia Systems) | ",
            "CSS Modules | Veit Lehmann | ",
        ],
    );
    // Near misses: quotes around part of a title stay.
    check(
        "# Talks

## \"Not Hotdog\" Revisited - Jane Doe

Notes.

## \"Tabs\" vs \"Spaces\" - John Smith

Notes.
",
        &[
            "\"Not Hotdog\" Revisited | Jane Doe | ",
            "\"Tabs\" vs \"Spaces\" | John Smith | ",
        ],
    );
}

#[test]
fn talks_with_their_materials_then_the_event_and_its_date() {
    // A project's page of presentations: the title, its slides and video,
    // then `(Event, Month Year)`: where and when, no speaker.
    check(
        "# Presentations and slides

## Slides

* Open sourcing the IoT [slides](https://www.slideshare.net/paolopat/open-sourcing-the-iot-93787899) (CloudConf, April 2018)
* Scaling out Eclipse Hono [video](https://www.youtube.com/watch?v=ht90EqXnV-o) and [slides](https://www.slideshare.net/dejanb/scaling-out-eclipse-hono) (EclipseCon Europe, October 2017)
* [Messaging for the cloud](https://www.slideshare.net/dejanb/messaging-for-the-cloud) (Voxxed Days Belgrad, October 2017)
",
        &[
            "Open sourcing the IoT |  | ",
            "Scaling out Eclipse Hono |  | https://www.youtube.com/watch?v=ht90EqXnV-o",
            "Messaging for the cloud |  | ",
        ],
    );
    // Near miss: a known person before the event and year is who gave it.
    check(
        "# Talks

* [Messaging for the cloud](https://www.slideshare.net/dejanb/messaging-for-the-cloud) (Dejan Bosanac, Voxxed Days 2017)
* [Open sourcing the IoT](https://www.slideshare.net/paolopat/open-sourcing-the-iot) (Paolo Patierno, IoT Day 2017)
",
        &[
            "Messaging for the cloud | Dejan Bosanac | ",
            "Open sourcing the IoT | Paolo Patierno | ",
        ],
    );
}

#[test]
fn where_and_when_each_talk_was_given_at_the_end_of_most_titles() {
    // A speaker's page of recorded talks: each heading ends with the event
    // and its year, in parentheses or after commas; half of them or more
    // do, so each is read without it (also the one-word event beside
    // them).
    check(
        "# Мои выступления про GraphQL

## Видео моих выступлений

### В каких проектах стоит использовать GraphQL, а в каких нет?, 12 июля 2021, Podlodka Frontend Crew, сезон #2

[Видео](https://www.youtube.com/watch?v=aaaaaaaaaaa)

### Революция в микрофронтендах, module federation, Webpack 5, HolyJS 2020, Online

[Видео](https://www.youtube.com/watch?v=bbbbbbbbbbb)

### GraphQL: фрагментная модель на клиенте (KharkivJSx10)

[Видео](https://www.youtube.com/watch?v=ccccccccccc)

### 5 подходов построения GraphQL-схем (Kyiv 2019, Zlit Tech)

[Видео](https://www.youtube.com/watch?v=ddddddddddd)

### Как работать с ошибками в GraphQL (GraphQL Moscow Meetup at Rambler 2018)

[Видео](https://www.youtube.com/watch?v=eeeeeeeeeee)
",
        &[
            "В каких проектах стоит использовать GraphQL, а в каких нет? |  | https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "Революция в микрофронтендах, module federation, Webpack 5 |  | https://www.youtube.com/watch?v=bbbbbbbbbbb",
            "GraphQL: фрагментная модель на клиенте |  | https://www.youtube.com/watch?v=ccccccccccc",
            "5 подходов построения GraphQL-схем |  | https://www.youtube.com/watch?v=ddddddddddd",
            "Как работать с ошибками в GraphQL |  | https://www.youtube.com/watch?v=eeeeeeeeeee",
        ],
    );
    // Near miss: one title with a year in parentheses among others that
    // have none keeps it (`(2019 edition)` may be the title's).
    check(
        "# Talks

## State of the Web (2019 edition) - Jane Doe

Notes.

## Building Parsers in Rust - John Smith

Notes.

## Testing in Production - Eva Novak

Notes.
",
        &[
            "State of the Web (2019 edition) | Jane Doe | ",
            "Building Parsers in Rust | John Smith | ",
            "Testing in Production | Eva Novak | ",
        ],
    );
}

#[test]
fn near_misses_found_by_this_sessions_review() {
    // A changelog's labels before bold entries are no speakers, and the
    // list no talks.
    check(
        "# Release 2.4 changelog

- Breaking Change: **Dropped Python 3.7 support**
- New Feature: **Async client for the REST API**
- Bug Fix: **Retry on connection reset**
",
        &["Release 2.4 changelog |  | "],
    );
    // Remarks quoted in corner brackets with an honorific, in an event's
    // notes, are no talks.
    check(
        "# Rust勉強会 #12

## Rustの非同期処理 - Taro Yamada

非同期の話。

## 懇親会
- 鈴木さん「来年も登壇したい」
- 田中先生「参加者は500人」
",
        &["Rustの非同期処理 | Taro Yamada | "],
    );
    // A book list in corner brackets, in a file that never speaks of
    // talks, is no list of talks (the file stays one page, read as
    // before, its last line taken for a name).
    check(
        "# 2023年に読んだ本

- 村上春樹「ノルウェイの森」
- 夏目漱石「こころ」
- 太宰治「人間失格」
",
        &["2023年に読んだ本 | 太宰治「人間失格」 | "],
    );
    // `Time:` and `Where:` before a title are a talk's words; `Date:` with
    // a day is a detail of the event.
    check(
        "# DevDays 2024

### Date: 12 March 2024

### Time: The Scarcest Resource
Speaker: Jane Doe

### Where: Rethinking Location APIs
Speaker: Bob Smith
",
        &[
            "Time: The Scarcest Resource | Jane Doe | ",
            "Where: Rethinking Location APIs | Bob Smith | ",
        ],
    );
    // A team's chores under names, half of them linked to GitHub, in a
    // file about no event: no talks.
    check(
        "# Team chores, sprint 14

- [Jane Doe](https://github.com/janedoe)
  - Review the Terraform PR
- [Mark Stone](https://github.com/mstone)
  - Update Grafana dashboards
- Priya Natarajan
  - Write the postmortem for Tuesday
- Tom Becker
  - Rotate the staging credentials
",
        &["Team chores, sprint 14 | Jane Doe | "],
    );
    // People before the date in the parenthesis are who gave the talk:
    // with their organisation, two of them, or an honorific.
    check(
        "# Talks worth watching

- [Fearless concurrency in practice](https://youtu.be/aaa1) (Jane Doe, Mozilla, 2019)
- [Logical replication](https://youtu.be/x2) (Jane Doe & Bob Smith, PGDay 2020)
- [Query plans](https://youtu.be/x6) (Dr. Jane Doe, 2023)
",
        &[
            "Fearless concurrency in practice | Jane Doe (Mozilla) | https://youtu.be/aaa1",
            "Logical replication | Jane Doe; Bob Smith | https://youtu.be/x2",
            "Query plans | Jane Doe | https://youtu.be/x6",
        ],
    );
}

#[test]
fn sessions_attended_as_org_slash_name_san_then_the_title() {
    // A Japanese report's attended sessions: `Org / Nameさん、Title` and
    // the event page's link; `さん` (the honorific) and a handle after the
    // name are no part of it; two people joined by `＆`.
    check(
        "# DroidKaigi 2025 参加メモ

## 聴講・視聴したセッション
- JetBrains / Sebastian Aignerさん＆Márton Braun、KotlinでのAI活用による開発 [＜イベントページ＞](https://2025.droidkaigi.jp/timetable/989391)
    - 原題: Building with AI in Kotlin
- ZOZO, Inc. / 中鉢かける(@b4tchkn)さん、これでもう迷わない！Jetpack Composeの書き方実践ガイド [＜イベントページ＞](https://2025.droidkaigi.jp/timetable/943991)
    - Compose用のLintがある
",
        &[
            "KotlinでのAI活用による開発 | Sebastian Aigner (JetBrains); Márton Braun (JetBrains) | ",
            "これでもう迷わない！Jetpack Composeの書き方実践ガイド | 中鉢かける (ZOZO, Inc.) | ",
        ],
    );
}

#[test]
fn a_link_text_wholly_in_quotes_is_all_title() {
    // `["ng-europe - roundup"](slides) - Name (Org)`: the dash inside the
    // quotes is the title's.
    check(
        "# DresdenJS

## Archiv

### 10. November 2016
* [\"ng-europe - roundup\"](https://example.org/ng_europe_roundup.pdf) - Christian Ulbrich (Zalari)
* [\"koajs - yielden statt callbacks\"](https://github.com/hoeck/dresdenjs-koa) - Erik Söhnel (Lovoo)
",
        &[
            "ng-europe - roundup | Christian Ulbrich (Zalari) | ",
            "koajs - yielden statt callbacks | Erik Söhnel (Lovoo) | ",
        ],
    );
}

#[test]
fn a_chinese_conference_page_is_no_one_talk_page() {
    // Front matter titled with `会议` (a conference): the page of an
    // event, not one talk, even where no talk is read from it.
    check(
        "---
layout: page
title: 第十届中国R会议（兰州）
---

<p>演讲信息</p>
",
        &[],
    );
}
