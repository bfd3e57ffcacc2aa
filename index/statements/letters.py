"""Letters to the editor: a letter's words are its signatory's, named only below it.

A letters page prints each letter as paragraphs opened by a salutation ("Sir,", "Dear Editor,")
and closed by a signature line ("Agnes Kerr, Port Ellen"; "Dr Ian Moss, Chair, Ellen Trust";
"— Ana Ruiz, Leeds."). No speech verb names the writer, so every sentence of the letter is a
statement of the signatory, save those the letter itself attributes to someone else ("the
company calls this ..."). Without a salutation, paragraphs count as a letter only on a page
that calls itself letters ("LETTERS", "Letters to the editor"). The first person ("I counted",
"we will publish") is the signatory's too.

A first-person piece "as told to" a reporter reads the same way: a short note above or below it
("Ana Ruiz, 58, has kept the lock for 30 years. She spoke to Tom Reed."; "As told to Tom Reed")
names the narrator, and each sentence of the account in the first person is the narrator's; a
quotation the narrator reports ("My manager said, ...") stays its speaker's. So do a judge's
sentencing remarks, the judge named in a heading or under them: the "I" is the judge's, and the
"you" they address is the defendant (`remarks_parties`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.models import Article, Span
from index.statements.attribution import Raw
from index.statements.nlp import worded_sentences
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
    above = [article.slice(s) for s in article.subheadings if s.start < docs[0][0].start][-1:]
    # "Dear Shareholders," on a line of its own above the letter, kept out of the body as a heading
    greeted = bool(above) and _salutation(above[0], v)
    if not page and not greeted and not any(_salutation(doc.text, v) for _, doc in docs):
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
        if pi is None and name is None and run and _CLOSING.match(fold(text).strip()):
            continue  # "Yours sincerely," between the letter and its signature
        if name and run:
            opens = _salutation(docs[run[0]][1].text, v)
            if page or opens or greeted:
                speaker = _speaker(name, ctx)
                for k in run:
                    out.extend(_sentences(speaker, docs[k], bases[k], k, k == run[0] and opens))
        run, greeted = [], False
    return out


_CLOSING = re.compile(r"(?i:yours (?:sincerely|faithfully|truly|ever)|sincerely(?: yours)?|(?:kind|best|warm) regards|"
                      r"with (?:best|kind) wishes|regards|respectfully),?$")
_TOLD_TO = re.compile(r"\b(?:[Aa]s told to|[Ii]n conversation with|(?:spoke|talked|was speaking|was talking) to)\s+"
                      r"(?P<to>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def told(article: Article, docs, bases: list[int], ctx) -> list[Raw]:
    """The narrator's statements of an "as told to" piece (or the judge's of sentencing remarks), one
    per sentence of the account; [] on any other page (a column's or a news story's first person is
    left to the byline's writer)."""
    lines = [ln.strip(" *_#") for ln in article.text.splitlines() if ln.strip()]
    judge = remarks_parties(article, ctx)[0]
    notes = [ln for ln in [*lines[:5], *lines[-3:]] if len(ln) <= 250 and _TOLD_TO.search(ln)]
    if (not notes and judge is None) or len(docs) < 3:
        return []
    note = notes[0] if notes else None
    narrator = judge or _narrator([note, docs[0][1].text, *lines[:5]], _TOLD_TO.search(note).group("to"), ctx)
    if narrator is None:
        return []
    out, firsts = [], 0
    for pi, (span, doc) in enumerate(docs):
        if note is not None and (doc.text.strip() in note or note in doc.text or _TOLD_TO.search(doc.text)):
            continue  # the note itself is the reporter's
        qs = _quoted(doc.text)
        # the whole account is the narrator's telling, "The hardest part is ..." too, as the
        # remarks are the judge's; the piece counts as one when it speaks in the first person
        for r, sent in _sentences(narrator, (span, doc), bases[pi], pi, False, with_sents=True):
            if not re.search(r"[.!?:;\"”’']\W*$", sent.text.strip()):
                continue  # a heading line ("IN THE COURT AT X", "R v Name"), no sentence of the account
            out.append(replace(r, act="said"))
            firsts += any(t.lower_ in _FIRST_PERSON and not any(a <= t.idx < b for a, b in qs) for t in sent)
    if judge is None and (firsts < 3 or len({r.paragraph for r in out}) < 2):
        return []
    return out if len(out) >= 3 else []


# a line that is only the judge's style and name, or the remarks' heading ("Why I disagree with Justice X" is not)
_JUDGE = re.compile(r"^(?i:(?:sentencing\s+)?remarks\s+(?:of|by)\s+|sentencing\s+remarks:?\s+)?"
                    r"(?i:(?:his|her)\s+honou?r\s+|the\s+hon(?:ou?rable|\.)?\s+|mr\s+|mrs\s+|ms\s+|lord\s+|lady\s+|district\s+)?"
                    r"(?i:judge|justice|recorder|sheriff)\s+(?P<name>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})[.,]?$")
_CROWN_V = re.compile(r"^(?:R|Regina|The King|The Queen|HM Advocate|State)\s*(?:\s-v-|\sv\.?|\svs\.?)\s+(?P<name>[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})$")
_VOCATIVE = re.compile(r"^(?:Mr|Mrs|Ms|Miss)\s+(?P<name>[A-Z][A-Za-z'’-]+),\s+(?:you|please)\b")


def remarks_parties(article: Article, ctx) -> tuple[Speaker | None, Speaker | None]:
    """A judge's sentencing remarks: (the judge named in a heading or under the remarks, the
    defendant they address as "you", named in an "R v Name" line or the opening "Mr X, you ..." / "Ms X, please stand")."""
    lines = [fold(ln).strip(" *_#") for ln in article.text.splitlines() if ln.strip()]
    heads = [ln for ln in [*lines[:5], *lines[-3:]] if len(ln) <= 90]
    judge = next((m.group("name") for ln in heads if (m := _JUDGE.search(ln))), None)
    if judge is None or len(re.findall(r"\byou\b", article.text, re.I)) < 3:  # remarks speak to the defendant
        return None, None
    judge = " ".join(w.capitalize() if w.isupper() else w for w in judge.split())
    accused = next((m.group("name") for ln in lines[:6] if (m := _CROWN_V.match(ln))), None) or next(
        (m.group("name") for ln in lines[:8] if (m := _VOCATIVE.match(ln))), None)
    if accused is not None:
        accused = " ".join(w.capitalize() if w.isupper() else w for w in accused.split())
        whole = next((p.name for p in ctx.cast.people if p.name.split()[-1] == accused.split()[-1]
                      and len(p.name.split()) >= len(accused.split())), accused)
        accused = _speaker(whole, ctx)
    return _speaker(judge, ctx), accused


def _narrator(texts: list[str], listener: str, ctx) -> Speaker | None:
    """The one the note is about: the first person it (else the first paragraph) names who is not
    the listener; else a name with an age opening a line above the account ("Ana Ruiz, 41, on ...")."""
    for text in texts[:2]:
        named = sorted((text.find(p.name), p) for p in ctx.cast.people
                       if p.name in text and p.name.split()[-1] not in listener.split() and len(p.name.split()) > 1)
        if named:
            p = named[0][1]
            return Speaker(name=p.name, as_written=p.name, person=p)
    for text in texts:
        m = re.match(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+\d{1,3},", text)
        if m and m.group("name") != listener:
            return _speaker(m.group("name"), ctx)
    return None


def _quoted(text: str) -> list[tuple[int, int]]:
    marks = [i for i, c in enumerate(text) if c in '"“”']
    return [(marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2)]


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
    while len(words) > 2 and words[-1].isupper() and 2 <= len(words[-1]) <= 4:
        words = words[:-1]  # post-nominal letters: "Ann Roe MBE", "Fr Ian Moss PP"
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
    """"The developer says the turbines would ...", "X said:": the letter reports someone else's words."""
    v = vocabulary()
    # ("X, chair of Y, said:": the cue of the quotation in the next paragraph, X's words to come)
    cue = sent.text.rstrip().endswith(":")
    return any(v.speech_lemma(t.text) and (cue or any(c.dep_ in ("ccomp", "parataxis") for c in t.children)) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _FIRST_PERSON for c in t.children) for t in sent)


def _sentences(speaker: Speaker, parsed, base: int, paragraph: int, saluted: bool, with_sents: bool = False) -> list:
    """A letter paragraph's sentences as the signatory's; the opening salutation is no part of one."""
    span, doc = parsed
    skip = 0
    if saluted:  # the letter's first paragraph: "Sir, the new timetable ..."
        m = re.match(r"\s*[^,:—–-]{1,24}[,:—–-]\s*", doc.text)
        skip = m.end() if m else 0
    out = []
    sents = list(doc.sents)
    for k, a, b in worded_sentences(doc, skip, floor=12):
        sent = sents[k]
        if _reports_another(sent):
            continue
        raw = Raw(speaker=speaker, act="wrote", content=Span(span.start + a, span.start + b),
                  quote_type="direct", span=Span(span.start + sent.start_char, span.start + b),
                  sentence=base + k, paragraph=paragraph)
        out.append((raw, sent) if with_sents else raw)
    return out
