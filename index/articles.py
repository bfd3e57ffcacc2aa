"""Reading an article file: decoding, front matter, and cleaning into body paragraphs.

Cleaning never rewrites text: `Article.text` is the file as it is on disk (front matter
included), and cleaning decides which spans of it are body paragraphs and what metadata the
text itself states (title, outlet, date). Quirks handled in general: a repeated title line,
no title at all, bylines and date lines above the lede, date lines, embargo lines and section
labels above the headline (the headline after them is still the title), minutes dated by the
meeting they record, subheadings inside the body (a short line naming a day, "Next meeting:
14 May", is story text), wire datelines, "Source: ..." credit lines, site furniture. A line is left out only when the whole
line is furniture or a credit (index.furniture); every line left out is kept in
`Article.dropped` so it can be listed.

The lede keeps its dateline: a place named only there ("SAN FRANCISCO, May 4 (Reuters) -")
stays in a chunk, so it is searchable and a question naming it is not told that no article
mentions it; citations of the lede show it as the reader saw it.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import yaml

from index import (form_titles, article_dates, contents_lists, body_dates, byline_dates, caption_pages, carrier_dates, chat_lines, column_wrap, datelines, decision_header, group_posts, petition_page,
                   footers, headlines, issue_comments, line_end_hyphens, line_numbered, outlets, page_titles, post_stamps, signed_dates, subtitles, talk_signatures,
                   top_line_dates)
from index.errors import ArticleError
from index.furniture import CUE_HEADER, is_furniture
from index.models import Article, Span
from index.text_decoding import decode_article_bytes
from index.textnorm import normalize

MAX_ARTICLE_BYTES = 5_000_000
ARTICLE_SUFFIXES = {".txt", ".md"}
# Part of every content hash: a change in what cleaning reads re-reads stored articles.
CLEANING_VERSION = "91"

_TERMINAL = re.compile(r"[.!?…:;\"'”’»)\]]\s*$")
_CREDIT = re.compile(
    r"^\W*(?P<label>source|sources|via|credit|credits|photo|photos|image|images|picture|video|reporting by|written by|"
    r"editing by|originally published(?: at| on| in)?|read more(?: at)?|first published(?: at| on| in)?)"
    r"\s*[:：]\s*(?P<value>[^\"“”]{1,100})$",
    re.I,
)
# Credits that name where the article comes from; a photo credit does not.
_OUTLET_CREDIT = re.compile(r"source|via|originally|read more|first published", re.I)
# "© 2024 Example Media. All rights reserved.", "© Example Media 2024" name the outlet too.
_COPYRIGHT_HOLDER = re.compile(
    r"^\W*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<holder>[^\d\W][^.|]{1,60}?)"
    r"(?:,?\s*\d{4}(?:\s*[-–]\s*\d{4})?)?"  # "© Example Council 2026": the year after the holder
    r"\s*(?:[.,|]\s*all rights reserved\.?|\.)?\s*$",
    re.I,
)
_FRONT = re.compile(r"^---[ \t]*\r?\n")
_FRONT_END = re.compile(r"\r?\n---[ \t]*(?:\r?\n|$)")


@dataclass(frozen=True)
class RawArticle:
    """A file's decoded text and its front matter, before cleaning.

    `text` is the whole file; the article's own text starts at `body_start` (after the
    front matter, 0 when there is none)."""

    text: str
    front: dict
    path: Path | None
    body_start: int = 0


def read_article_file(path: Path) -> RawArticle:
    """Decode a .txt/.md file and find its YAML front matter, or raise ArticleError."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"Cannot read {path}: {err.strerror or err}. Check the path and its permissions.")
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{path} is {len(data) // 1_000_000} MB; articles are limited to 5 MB. Split it.")
    text = decode_article_bytes(data, path)
    return parse_front_matter(text, path)


def parse_front_matter(text: str, path: Path | None = None) -> RawArticle:
    """Find YAML front matter; the text itself is kept whole, so offsets match the file."""
    front: dict = {}
    body_start = 0
    opening = _FRONT.match(text)
    closing = _FRONT_END.search(text, opening.end() - 1) if opening else None
    if opening and closing:
        try:
            loaded = yaml.safe_load(text[opening.end() : closing.start()])
        except yaml.YAMLError as err:
            raise ArticleError(f"{path or 'article'}: the YAML front matter is malformed ({err}). Fix or remove it.")
        if loaded is not None and not isinstance(loaded, dict):
            raise ArticleError(f"{path or 'article'}: the front matter must be 'key: value' lines.")
        front = loaded or {}
        body_start = closing.end()
    if not text[body_start:].strip():
        raise ArticleError(f"{path or 'article'} has no text. Nothing to ingest.")
    return RawArticle(text=text, front=front, path=path, body_start=body_start)


def _lines(text: str, offset: int = 0) -> list[Span]:
    """Non-empty lines as spans, leading/trailing whitespace trimmed."""
    spans, pos = [], offset
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append(Span(pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return spans


def _blocks(text: str, offset: int = 0) -> list[Span]:
    """Paragraph spans: a line is a paragraph, except hard-wrapped lines, which are joined."""
    out: list[Span] = []
    pos = offset
    chat = chat_lines.messages(text)
    captioned = caption_pages.read(text)
    grouped = bool(group_posts.heads(text))
    transcript = line_numbered.holds_transcript(text)
    for block in re.split(r"(\n\s*\n)", text):
        if block.strip() and not re.fullmatch(r"\n\s*\n", block):
            lines = _lines(block, pos)
            texts = [text[s.start - offset : s.end - offset] for s in lines]
            if captioned and lines and (lines[-1].end - offset > captioned.start or caption_pages.chapter_list(texts)):
                # a caption transcript and the comments under it: every line its own passage (captions
                # run on with no stops; joined, a block of them would be one sentence of hundreds of words);
                # a chapters list too: "2:35 Sampling results - Dr. Ann Roe" says who speaks on what
                out.extend(lines)
                pos += len(block)
                continue
            if grouped:  # a group's thread: each line its own (a name, a badge, a comment), its buttons none
                out.extend(s for s, t in zip(lines, texts) if not group_posts.nobodys(t))
                pos += len(block)
                continue
            if chat:
                out.extend(_chat_paragraphs(lines, chat, offset))
                pos += len(block)
                continue
            if line_numbered.is_line_numbered(texts, transcript):  # a hearing's numbered lines: a passage per turn
                out.extend(line_numbered.paragraphs(lines, texts))
                pos += len(block)
                continue
            if (cue := subtitles.cue(lines, texts)) is not None:
                out.extend(cue)
                pos += len(block)
                continue
            if column_wrap.is_column(texts):
                out.extend(Span(lines[i].start, lines[j].end) for i, j in column_wrap.paragraphs(texts))
                pos += len(block)
                continue
            wrapped = len(lines) > 2 and sum(
                not _TERMINAL.search(text[s.start - offset : s.end - offset]) for s in lines[:-1]
            ) > len(lines[:-1]) / 2
            if wrapped and headlines.header_block([text[s.start - offset : s.end - offset] for s in lines]):
                wrapped = False
            wrapped = wrapped or _wrapped_pair(texts)
            out.extend([Span(lines[0].start, lines[-1].end)] if wrapped else _credits_joined(block, pos, lines))
        pos += len(block)
    return out


def _wrapped_pair(texts: list[str]) -> bool:
    """Two lines, one sentence wrapped over them ("The engineer, Mr. R. J. Pridham, was" / "not
    available ..."; "... will be on Saturday," / "November 30."): the first, of four words or more,
    closes no sentence and the second goes on in lower case, or the first ends in a comma, which
    no heading does."""
    if len(texts) != 2 or len(texts[0].split()) < 4 or _TERMINAL.search(texts[0]):
        return False
    return texts[1][:1].islower() or texts[0].endswith(",")


def _chat_paragraphs(lines: list[Span], chat, offset: int) -> list[Span]:
    """A chat's lines as paragraphs: each message its own, its text over several lines one, and a
    header line (a sender and a stamp over the text) apart from its text: joined as wrapped
    lines, neighbouring messages would read as one sentence, stamps and all."""
    opens = {m.start + offset: m for m in chat}
    bodies = {m.body + offset for m in chat if m.header}
    out: list[Span] = []
    joinable = False
    for span in lines:
        head = opens.get(span.start)
        if head is None and span.start not in bodies and joinable and out:
            out[-1] = Span(out[-1].start, span.end)
            continue
        out.append(span)
        # a message's text runs on over the next lines; a header line, a date line or a title does not
        joinable = span.start in bodies or (head is not None and not head.header)
    return out


# a quotation line ('"We start at four."', a blockquote's '> «...»') and, on the next line, the
# dash line that credits it ("— Amina Odhiambo, 38, farmer"): a pull quote or testimonial, whose
# speaker is given by layout alone; apart, the credit would read as a heading and the quote as no one's
_QUOTE_LINE = re.compile(r'^(?:>\s*)?["“”«»„].*["“”«»]\s*$')
_CREDIT_LINE = re.compile(r"^(?:>\s*)?(?:-{1,2}|[–—―])\s*[A-Z]")


# the last paragraph of a quotation over several, which closes a mark opened paragraphs before
_QUOTE_CLOSED = re.compile(r'["”»]\s*$')


def _closes_a_quotation(line: str) -> bool:
    return bool(_QUOTE_LINE.match(line)) or bool(_QUOTE_CLOSED.search(line)) and (
        line.count('"') % 2 == 1 or line.count("”") > line.count("“") or line.count("»") > line.count("«"))


def _credits_joined(block: str, pos: int, lines: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in lines:
        line = block[span.start - pos : span.end - pos]
        if out and _CREDIT_LINE.match(line) and _closes_a_quotation(block[out[-1].start - pos : out[-1].end - pos]):
            out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out


_SENTENCE = re.compile(r"[^\W\d_]{2}[.!?](?:\s|$)")
# A header line this long with a sentence in it is a story whose line breaks were lost.
_LONG_LINE = 300


def _standfirst_only(text: str, body: list[Span]) -> bool:
    """Is all the body so far one or two summary lines that end without sentence punctuation?"""
    return len(body) <= 2 and not any(_TERMINAL.search(text[b.start : b.end]) and not _question_headline(text[b.start : b.end])
                                      for b in body)


def _question_headline(line: str) -> bool:
    """One short line that asks a question and holds no other sentence ("When the ferry stops, who
    moves the mail?"): a headline under a station's or a site's name, not the story's first line."""
    line = line.strip()
    return "\n" not in line and line.endswith("?") and len(line.split()) <= 16 and not _SENTENCE.search(line[:-1])


def _is_heading(line: str) -> bool:
    return headlines.is_heading(line) and not _credited_quotation(line)


def _credited_quotation(span_text: str) -> bool:
    """A quotation with the dash line that credits it under it (as `_credits_joined` joins them):
    story text, though its last line ends without a stop."""
    lines = span_text.split("\n")
    return len(lines) == 2 and _CREDIT_LINE.match(lines[1].strip()) is not None and _closes_a_quotation(lines[0].strip())


# Front matter as static-site generators and scrapers write it, mapped to our fields.
_FRONT_KEYS = {
    "published": ("published", "date", "pubdate", "published_at", "publish_date", "datepublished", "published_date"),
    "outlet": ("outlet", "publisher", "source", "site_name", "site"),
    "url": ("url", "link", "canonical_url", "source_url"),
}


def _front_fields(front: dict) -> dict:
    lowered = {str(k).lower(): v for k, v in front.items() if v is not None}
    out = dict(lowered)
    for field, keys in _FRONT_KEYS.items():
        value = next((lowered[k] for k in keys if k in lowered), None)
        if value is not None:
            out[field] = value
    return out


def _parse_date(value) -> date | None:
    if value is None or value == "":
        return None
    found = article_dates.metadata_date(value)  # a YAML date, ISO, or "May 14, 2025" as a page writes it
    if found:
        return found
    raise ArticleError(f"published: {value!r} is not a date; write it as YYYY-MM-DD.")


def _credit(line: str) -> tuple[str, str | None] | None:
    """(the line, the outlet it names or None) for a credit line; None for any other line."""
    m = _CREDIT.match(line)
    if not m or len(m.group("value").split()) > 12 or re.search(r"\b(?:said|says|told)\b", m.group("value")):
        return None
    value = m.group("value").strip().rstrip(".")
    return line, (value if _OUTLET_CREDIT.match(m.group("label")) and value[:1].isupper() else None)


def _copyright_holder(line: str) -> str | None:
    m = _COPYRIGHT_HOLDER.match(line)
    holder = m.group("holder").strip() if m else None
    return None if not holder or holder.lower().startswith("all rights") else holder


def clean(raw: RawArticle, article_id: str, meta: dict | None = None) -> Article:
    """Body paragraphs and metadata; `meta` (manifest) is overridden by front matter."""
    # words a printed column split at its line ends, joined again (the text keeps its length)
    text = raw.text[: raw.body_start] + line_end_hyphens.rejoined(raw.text[raw.body_start :])
    info = {**(meta or {}), **_front_fields(raw.front)}
    lines = _blocks(text[raw.body_start :], raw.body_start)
    if not lines:
        raise ArticleError(f"{article_id} has no text. Nothing to ingest.")
    title = info.get("title")
    outlet = info.get("outlet")
    published = None if re.fullmatch(r"\d{4}(?:-\d\d)?", str(info.get("published", ""))) \
        else _parse_date(info.get("published"))
    confidence = info.get("date_confidence") or ("stated" if published else "unknown")

    banner = []  # furniture above the title ("FOR IMMEDIATE RELEASE"): never the title
    while len(lines) > 2 and is_furniture(text[lines[0].start : lines[0].end]):
        banner.append(lines.pop(0))
    stated: dict[str, date] = {}
    updated, years, saved = article_dates.metadata_hints(info)
    if updated:  # "updated: 2025-06-03" in the front matter: the day at the latest, else the day itself
        stated["metadata"], saved = updated, min(saved or updated, updated)
    yearless: datelines.Dateline | None = None
    for span in banner:  # "EMBARGOED UNTIL 00:01 GMT THURSDAY 12 JUNE 2025" dates the piece
        found = datelines.header_date(text[span.start : span.end])
        if found:
            stated.setdefault(found[0], found[1])
        yearless = yearless or (None if found else datelines.partial_date(text[span.start : span.end]))
    # Lines a page prints above its headline (a date line, a byline, a section label): the
    # headline is the first heading after them.
    lead = 0
    while lead < len(lines) - 2 and headlines.above_headline(text, lines[lead], lines[lead + 1]):
        lead += 1
    first = text[lines[lead].start : lines[lead].end]
    heading_title = heading_span = None
    # a subtitle file: a caption is a piece of a sentence, never a heading however short
    # (a line-numbered transcript's turns likewise: "MR ANN ROE (affirmed)" is no heading)
    subtitled = subtitles.is_subtitle_file(text, lines)
    captions = subtitled or line_numbered.holds_transcript(text[raw.body_start :])
    if subtitled and CUE_HEADER.match(first):
        first = ""  # (a cue's number and times are no headline: the file has none)
    following = text[lines[lead + 1].start : lines[lead + 1].end] if len(lines) > lead + 1 else ""
    # a question headline ("Did the mayor promise free buses?") under a kicker or over a date line
    question = _is_heading(first.rstrip("?")) and (lead or headlines.header_line(following) or datelines.ambiguous_numeric(following))
    if len(lines) > lead + 1 and (_is_heading(first) or question) and not headlines.header_line(first) \
            and not headlines.names_a_voice(first, following):  # a voice over its quotation is no title
        heading_title = first.strip("#*_ ").strip()
        heading_span = lines[lead]
        lines = lines[:lead] + lines[lead + 1 :]
        if held := headlines.past_day(heading_title):  # "Minutes of the meeting held on 11 March 2025"
            stated.setdefault("held", held)
        # "Your morning digest from Porto · Thursday 5 March" kept as the title still dates the page
        yearless = yearless or datelines.partial_date(heading_title)
        titled = datelines.read_dateline(heading_title)  # "BERGEN, Norway, 2 June 2025 - Tunnel reopens"
        if titled and titled.year and titled.month and titled.day and body_dates.valid_day(titled.year, titled.month, titled.day):
            stated.setdefault("published", date(titled.year, titled.month, titled.day))
    seen_title = normalize(heading_title or title or "")
    body: list[Span] = []
    subheadings: list[Span] = []
    dropped: list[Span] = list(banner)
    credits: list[str] = []
    ambiguous: tuple[date, date] | None = None
    alone: datelines.Dateline | None = None  # a dateline on a line of its own above the lede
    # a chat message's text: a short line with no stop there is a message, never a heading
    said = [(m.body, m.end) for m in chat_lines.messages(text)]
    # a sender's header with a note in brackets ("Ann Roe (board treasurer)  9:40 AM"): the one line
    # that says who the sender is, kept as a passage of its own
    said += chat_lines.noted_headers(text)
    # an issue comment's line with no final stop ("Same here. Our app too. +1"): its words, no heading
    said += issue_comments.comment_lines(text)
    # a group thread's comment line with no final stop ("Thank you! We'll be there 🙌") is no heading
    said += group_posts.unstopped_lines(text)
    # a petition page's "10,482 signatures" and "Created by Ann Roe": short lines, each the one place saying a fact
    said += petition_page.kept_lines(text)
    # a caption transcript's times alone on their lines: no words of anyone's
    captioned = caption_pages.read(text)
    cue_stamps = set(captioned.stamps) if captioned else set()
    said += [(c.start, c.end) for c in captioned.cues] if captioned else []  # a caption line is never a heading
    said += [(c, c + 1) for c in captioned.chapters] if captioned else []  # nor a chapter's line
    if captioned and captioned.day:
        stated.setdefault("published", captioned.day)  # "Streamed live on Feb 11, 2025"
    toc = contents_lists.spans(text, lines)  # "On this page" over the headings below: links, no text
    for li, span in enumerate(lines):
        line = text[span.start : span.end]
        following = text[lines[li + 1].start : lines[li + 1].end] if li + 1 < len(lines) else ""
        if span in toc:
            dropped.append(span)
            continue
        if seen_title and len(line) < 2 * len(seen_title) + 8 and normalize(line.strip("#*_ ")) == seen_title:
            continue  # a repeated title line
        credit = _credit(line)
        if credit or is_furniture(line):
            credits += [credit[1] if credit else _copyright_holder(line)]
            years += [int(y) for y in headlines.COPYRIGHT_YEAR.findall(line)[-1:]]
            dropped.append(span)
            continue
        if span.start in cue_stamps:
            subheadings.append(span)
            continue
        if any(a <= span.start < b for a, b in said):
            body.append(span)
            continue
        # a post's "**Ann Roe**" then "Mar 3, 2026" under a subtitle that reads like a lede
        if li and (posted := byline_dates.under_author([text[b.start:b.end] for b in body[:4]],
                                                        text[lines[li - 1].start:lines[li - 1].end], line)):
            stated.setdefault(posted[0], posted[1])
            subheadings.append(span)
            continue
        # a show's title over its dated line ("Published 2024.09.12 · 48 min"): a labelled date
        # line under a line or two that hold no sentence yet is a header line too
        if not body or _standfirst_only(text, body) or (len(body) <= 2 and datelines.field_date(line)
                                                        and not any(_SENTENCE.search(text[b.start:b.end]) for b in body)) \
                or top_line_dates.under_masthead([text[b.start:b.end] for b in body[:3]], line):
            # Above the lede: bylines, date lines, a kicker ("Analysis"): kept, not body. A
            # standfirst (a summary line with no final stop) may come before the byline and the
            # date line, as the Guardian and many sites print them.
            found = datelines.header_date(line)
            if found and len(line) > _LONG_LINE and _SENTENCE.search(line):
                # "Published 13 May 2025 The council has ...": the line breaks were lost and the
                # date line runs into the story; dated by it, and the story is kept
                stated.setdefault(found[0], found[1])
                body.append(span)
                continue
            if found or datelines.is_byline(line) or (not body and not subtitled and _is_heading(line) and span is not lines[-1]
                                                      and not headlines.names_a_voice(line, following)):
                if found:
                    stated.setdefault(found[0], found[1])
                elif (numeric := datelines.ambiguous_numeric(line)) and not ambiguous:
                    ambiguous = numeric
                elif (day := datelines.partial_date(line)) and not yearless:
                    yearless = day  # "Monday, 17 February": the year from the calendar or the file
                elif (held := headlines.past_day(line)) and not body:
                    stated.setdefault("held", held)  # minutes: "Held at the Village Hall on Tuesday 11 March 2025"
                elif not body and not alone:  # "PORT TOWN, Thurs. Jan. 22, 2026--" on a line of its own
                    alone = datelines.dateline_alone(line)
                subheadings.append(span)
                continue
        if body and li and body[-1] == lines[li - 1] and _CREDIT_LINE.match(line.strip()) and len(line) <= 160 \
                and _QUOTE_LINE.match(text[body[-1].start : body[-1].end].strip()):
            body.append(span)  # a panel's quotation, a blank line, then "- Name, weaver, recorded in 1978": story text
            continue
        if (body and not captions and _is_heading(line) and not headlines.dated_notice(line) and not headlines.names_the_answerer(line)
                and not headlines.names_a_voice(line, following)):
            subheadings.append(span)
            continue
        body.append(span)
    if not body:
        raise ArticleError(f"{article_id} has a title but no article text. Nothing to ingest.")
    # a tribunal's or a panel's decision: its "Date of decision:" line, in the header block however
    # the block's lines were split into headings and paragraphs
    if (ruling := decision_header.read(text[raw.body_start :])) is not None and ruling.decided is not None:
        stated.setdefault("published", ruling.decided)
    # a talk page: its last edit, else its latest signed comment, whatever day a comment names
    if "published" not in stated and "updated" not in stated and (talked := talk_signatures.latest_day(text[raw.body_start :])):
        stated["updated"] = talked
    # A notice's block of fields read as one paragraph ("Recall summary / Starting date: 5 March 2025
    # / Type: ..."): its labelled date field dates it as a header line would.
    for span in body[:2]:
        fields = text[span.start : span.end].splitlines()
        for found in (datelines.field_date(f) for f in fields if len(fields) > 1):
            if found:
                stated.setdefault(found[0], found[1])
        # a bulletin's header block ("Issued: 4.45am Sunday 9 November"): the year from the calendar
        yearless = yearless or next((d for f in fields if len(fields) > 1 and (d := datelines.field_partial(f))), None)
    # The dateline opens the lede, or the paragraph after a standfirst.
    lede, dateline = text[body[0].start : body[0].end], None
    for span in body[:2]:
        dateline = datelines.read_dateline(text[span.start : span.end])
        if dateline:
            lede = text[span.start : span.end]
            break
    dateline = dateline or alone  # the lede under a dateline's own line is all story
    footer = _footer(text, body, [*dropped, *(s for s in subheadings if s.start > body[0].start)])
    outlet = (outlet or (dateline.outlet if dateline else None) or next((c for c in credits if c), None)
              or (footer.outlet if footer else None) or outlets.named(text[raw.body_start :]))
    partial = None
    # "Tir 16, 2018 (January 24, 2026)": the Gregorian day of the pair (a Buddhist-era "23 January
    # 2569" beside it is no year a page goes out in)
    if not published and ("published" not in stated or stated["published"].year > carrier_dates.LAST_YEAR) \
            and (paired := carrier_dates.bracketed(text[raw.body_start : raw.body_start + 4_000])):
        stated["published"] = paired[0]
    if not published:
        # What dates a news story is near its top; a long file's tail adds only cost.
        published, confidence, partial = article_dates.date_from_text(
            text[raw.body_start : raw.body_start + 100_000], lede, dateline, stated, footer,
            ambiguous, years[-1] if len(set(years)) == 1 else None, yearless, saved)
        if not published and not partial:  # a style no reader knows: a dated line at its top
            published = top_line_dates.top_line_date(text[raw.body_start : raw.body_start + 4_000])
            confidence = "stated" if published else confidence
        if not published and not partial:  # a signed report's "Name / Role / 27 March 2025" under a section
            published = signed_dates.signed_date(text[raw.body_start : raw.body_start + 100_000])
            confidence = "stated" if published else confidence
        if not published and not partial:
            published, confidence = _carried_date(text[raw.body_start :], info.get("url"), ambiguous, confidence)
    if not title and (form := form_titles.title(text[raw.body_start:])):
        title = form  # a witness statement's "Statement of:", a forum thread's line under its "Posted by u/..."
    if not title and (issue := issue_comments.page_title(text[raw.body_start:])):
        title = issue  # a code host's page opens with its chrome ("Skip to content", the tab bar)
    if not title:
        # a motto, a masthead or a header line read as the heading: the story's headline below it
        # (the line read first stays a line of the page's top, its words still the page's)
        title = page_titles.headline(text[raw.body_start :], heading_title) or heading_title
        if heading_span is not None and title != heading_title:
            subheadings = sorted([*subheadings, heading_span], key=lambda s: s.start)
    return Article(
        id=article_id,
        text=text,
        title=title or None,
        outlet=outlet or None,
        published=published,
        date_confidence=confidence if published else "unknown",
        url=info.get("url") or None,
        paragraphs=tuple(body),
        subheadings=tuple(subheadings),
        source_path=str(raw.path) if raw.path else None,
        content_hash=hashlib.sha256(
            (CLEANING_VERSION + text + repr(sorted((k, str(v)) for k, v in info.items()))).encode("utf-8")
        ).hexdigest(),
        published_partial=partial,
        dropped=tuple(dropped),
    )


def _carried_date(text: str, url, ambiguous: tuple[date, date] | None, confidence: str) -> tuple[date | None, str]:
    """The last resorts: the day the page's address writes ("/2025/12/09/"), else the day of a
    thread's first post, else a header's numeric date that reads both ways ("09/10/2025"), in the
    order the text's dates or spelling follow (when neither tells, none)."""
    day = carrier_dates.url_day(text[:4_000], str(url) if url else None)
    if day:
        return day, "inferred"
    if thread := post_stamps.posts(text[:100_000]):  # a thread: the day it was opened on
        return thread[0].day, "inferred"
    order = carrier_dates.numeric_order(text[:100_000]) if ambiguous else None
    if ambiguous and order:
        return ambiguous[0] if order == "day" else ambiguous[1], "inferred"
    return None, confidence


def _footer(text: str, body: list[Span], others: list[Span]) -> footers.Closing | None:
    """A closing line that dates the article ("first published March 18, 2025", "Filed 12 March
    2025", a print-edition note, a result line) among its last lines; the lede is never one."""
    # lines left out or read as subheadings ("Filed 12 March 2025" has no full stop) count too
    tail = sorted([*body[1:][-6:], *others], key=lambda s: s.start)[-8:]
    return footers.closing_date([(text[span.start : span.end], span in body) for span in tail])


def cleaning_notes(article: Article) -> list[str]:
    """What cleaning left out or could not tell, one line each, for `whosaid sources --verbose`."""
    notes = []
    if article.published is None and article.published_partial:
        notes.append(f"date: month and day {article.published_partial[2:]} stated, year unknown")
    for span in article.dropped:
        line = article.text.count("\n", 0, span.start) + 1
        notes.append(f"left out, line {line}: {article.slice(span)}")
    return notes


def load_article(path: Path, article_id: str | None = None, meta: dict | None = None) -> Article:
    return clean(read_article_file(path), article_id or path.name, meta)


def load_manifest(folder: Path) -> dict[str, dict]:
    """Per-article metadata from `manifest.yaml` in a folder, if there is one."""
    path = folder / "manifest.yaml"
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise ArticleError(f"{path} cannot be read ({err}). Fix or remove it.")
    return {entry["id"]: entry for entry in data.get("articles", []) if isinstance(entry, dict) and "id" in entry}


def find_article_files(paths: list[Path], unreadable: list[tuple[str, str]] | None = None) -> list[Path]:
    """Every .txt/.md article under the given files and folders, in a stable order. A folder that
    cannot be listed is added to `unreadable` as (path, why), when given, instead of left out unsaid."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p for p in sorted(_files_under(path, unreadable))
                if p.suffix.lower() in ARTICLE_SUFFIXES
                and p.name.lower() not in ("readme.md", "articles.md") and not p.name.startswith(".")
            )
        elif path.is_file():
            found.append(path)
        else:
            raise ArticleError(f"{path} does not exist. Give a .txt/.md file or a folder of them.")
    return found


def _files_under(folder: Path, unreadable: list[tuple[str, str]] | None):
    """The files below `folder`, symlinked folders not followed (as Path.rglob, which would skip
    a folder it may not list without a word)."""

    def cannot_list(err: OSError) -> None:
        if unreadable is not None:
            unreadable.append((str(err.filename), f"cannot list this folder ({err.strerror}); its articles were not "
                                                  "read. Check its permissions and ingest again."))

    for root, _, names in os.walk(folder, onerror=cannot_list):
        for name in names:
            if (path := Path(root, name)).is_file():
                yield path


def with_id(article: Article, article_id: str) -> Article:
    return replace(article, id=article_id)
