"""Letters to the editor: a letter's words are its signatory's, named only below it.

A letters page prints each letter as paragraphs opened by a salutation ("Sir,", "Dear Editor,")
and closed by a signature line ("Agnes Kerr, Port Ellen"; "Dr Ian Moss, Chair, Ellen Trust";
"— Ana Ruiz, Leeds."). No speech verb names the writer, so every sentence of the letter is a
statement of the signatory, save those the letter itself attributes to someone else ("the
company calls this ..."). Without a salutation, paragraphs count as a letter only on a page
that calls itself letters ("LETTERS", "Letters to the editor"). The first person ("I counted",
"we will publish") is the signatory's too.
"""

from __future__ import annotations

import re

from index.models import Article, Span
from index.statements.attribution import Raw
from index.statements.people import first_name_gender
from index.statements.speakers_np import Speaker
from index.textnorm import fold, normalize
from index.vocabulary import vocabulary

_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
_LETTERS_PAGE = re.compile(r"\bletters\b|\bcorrespondence\b|\bmailbag\b", re.I)
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*\.?$")


def read(article: Article, docs, bases: list[int], ctx) -> list[Raw]:
    """The signatories' statements, one per sentence of their letters; [] on any other page."""
    v = vocabulary()
    if not docs:
        return []
    page = _letters_page(article, docs)
    if not page and not any(_salutation(doc.text, v) for _, doc in docs):
        return []
    items = sorted([*((span.start, pi) for pi, (span, _) in enumerate(docs)),
                    *((s.start, None) for s in article.subheadings if s.start > docs[0][0].start)])
    heads = {s.start: s for s in article.subheadings}
    out: list[Raw] = []
    run: list[int] = []
    for start, pi in items:
        text = docs[pi][1].text if pi is not None else article.slice(heads[start])
        name = signature(text, v)
        if pi is not None and name is None:
            run.append(pi)
            continue
        if name and run:
            opens = _salutation(docs[run[0]][1].text, v)
            if page or opens:
                speaker = _speaker(name, ctx)
                for k in run:
                    out.extend(_sentences(speaker, docs[k], bases[k], k, k == run[0] and opens))
        run = []
    return out


def merge(raws: list[Raw], letters: list[Raw]) -> list[Raw]:
    """The article's statements with the letters': a letter's first person is its signatory, and
    a sentence the letter attributes to someone else stays theirs."""
    if not letters:
        return raws
    inside = {r.paragraph for r in letters}
    kept = [r for r in raws if not (r.paragraph in inside and r.speaker.as_written.lower() in _FIRST_PERSON)]
    taken = [(r.span.start, r.span.end) for r in kept]
    added = [r for r in letters if not any(a < r.span.end and r.span.start < b for a, b in taken)]
    return sorted([*kept, *added], key=lambda r: (r.span.start, r.span.end))


def aliases(letters: list[Raw]) -> dict[str, str]:
    """The signatories' names and surnames, for questions that name them."""
    out: dict[str, str] = {}
    for r in letters:
        out.setdefault(normalize(r.speaker.name), r.speaker.name)
        out.setdefault(normalize(r.speaker.name.split()[-1]), r.speaker.name)
    return out


def signature(line: str, v=None) -> str | None:
    """The writer's name a signature line gives ("Dr Ana Ruiz, Leeds" -> "Ana Ruiz"), or None."""
    v = v or vocabulary()
    text = fold(line).strip().strip("*_").lstrip("-–— ").rstrip(" .")
    if not text or len(text.split()) > 14 or re.search(r"[\"“”]", text):
        return None
    if any(m.group(1).lower() not in v.titles and m.group(1).lower() not in v.title_roles
           for m in re.finditer(r"\b([A-Za-z]*[a-z]{2})[.!?:;]\s", text)):  # a sentence, not "Prof. Ana Ruiz"
        return None
    first, comma = text.split(",")[0].strip(), "," in text
    words = first.split()
    titled = False
    while words and (words[0].lower().rstrip(".") in v.titles or words[0].lower().rstrip(".") in v.title_roles):
        words, titled = words[1:], True
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.match(w) or w.lower() in v.name_particles for w in words):
        return None
    if any(w.lower() in v.stop_words for w in words) or not (titled or comma or first_name_gender(words[0])):
        return None
    return " ".join(words)


def _salutation(text: str, v) -> bool:
    opening = fold(text).lstrip()[:30].lower()
    return any(re.match(rf"{re.escape(s)}\s*[,:—–-]", opening) for s in v.salutations)


def _letters_page(article: Article, docs) -> bool:
    """Does the page call itself letters, in its title or a header line above the first letter?"""
    above = [article.slice(s) for s in article.subheadings if s.start < docs[0][0].start]
    return any(_LETTERS_PAGE.search(t) and len(t.split()) <= 12 for t in [article.title or "", *above])


def _speaker(name: str, ctx) -> Speaker:
    people = ctx.cast.people
    found = next((p for p in people if p.name == name), None) or next(
        (p for p in people if len(p.name.split()) > 1 and p.name.split()[-1] == name.split()[-1]
         and p.name.split()[0] == name.split()[0]), None)
    return Speaker(name=found.name if found else name, as_written=name, person=found)


def _reports_another(sent) -> bool:
    """"The developer says the turbines would ...": the letter reports someone else's words."""
    v = vocabulary()
    return any(v.speech_lemma(t.text) and any(c.dep_ in ("ccomp", "parataxis") for c in t.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _FIRST_PERSON for c in t.children) for t in sent)


def _sentences(speaker: Speaker, parsed, base: int, paragraph: int, saluted: bool) -> list[Raw]:
    """A letter paragraph's sentences as the signatory's; the opening salutation is no part of one."""
    span, doc = parsed
    skip = 0
    if saluted:  # the letter's first paragraph: "Sir, the new timetable ..."
        m = re.match(r"\s*[^,:—–-]{1,24}[,:—–-]\s*", doc.text)
        skip = m.end() if m else 0
    out = []
    for k, sent in enumerate(doc.sents):
        a, b = max(sent.start_char, skip), sent.end_char
        while b > a and doc.text[b - 1].isspace():
            b -= 1
        if b - a < 12 or not any(ch.isalpha() for ch in doc.text[a:b]) or _reports_another(sent):
            continue
        out.append(Raw(speaker=speaker, act="wrote", content=Span(span.start + a, span.start + b),
                       quote_type="direct", span=Span(span.start + sent.start_char, span.start + b),
                       sentence=base + k, paragraph=paragraph))
    return out
