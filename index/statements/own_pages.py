"""An organisation's own page speaks with no speech verb: its text is its statement.

A news story's narration is the reporter's, nobody's statement. A page the organisation publishes
itself is different: each sentence is the organisation telling the reader something. Two shapes
name that owner in their furniture:

- a status or news page titled by the owner ("Northwind Rail Status", "Acme Newsroom") whose
  entries speak as "we" ("We are investigating ...", "Our engineers have ..."): every sentence of
  its entries is the owner's, the passive ones too ("A fix has been deployed");
- a government or company release labelled as one ("News release", "Media release") with a
  "From: <body>" line above it: its body and its fact bullets are the issuer's;
- a body's FAQ, "About us" or service page, labelled so in a heading, whose answers speak as "we"
  ("We expect about 400 households to sign up"): the body its title, masthead or copyright line
  names. Its questions are no one's statement. A service page with no label counts when its
  copyright line names a body and two thirds of its prose says "we".

A section signed in a "Written by NAME, TITLE" line below the start of the page (a review, a
report appended to the page) is NAME's instead, when it too speaks as "we". Sentences another
speaker's statement already covers stay theirs; a first-person speaker phrase ("our partner
bank has confirmed ...") in the owner's text is the owner telling, not the partner.
"""

from __future__ import annotations

import re

from index import datelines
from index.models import Article, Span
from index.signature_lines import written_by
from index.statements.attribution import Raw
from index.statements.author import byline_author
from index.statements.nlp import worded_sentences
from index.statements.people import clean_name
from index.statements.speakers_np import Speaker
from index.textnorm import fold
from index.vocabulary import vocabulary

_FIRST_PLURAL = re.compile(r"\b(?:we|us|our|ours)\b", re.I)
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
_FROM = re.compile(r"^from\s*:\s*(?P<who>[A-Z][^@<>|:]{2,80})$", re.I)
_HEAD_LINES = 12
# an entry sentence that is only a label ("This incident affected: A, B, C") tells nothing
_LABEL = re.compile(r"^[^.!?]{0,60}:\s")
_OWN_ROLE = {"i", "we", "me", "us", "my", "our"}


def read(article: Article, docs, bases: list[int], raws: list[Raw]) -> list[Raw]:
    """The owner's and any signed section's statements on an organisation's own page; [] elsewhere."""
    if not docs:
        return []
    signed_at, author = _signed_section(article)
    out: list[Raw] = []
    owner, voiced = _owner(article, docs, signed_at)
    if owner is not None:
        out += _sentences(owner, docs, bases, lambda s: s.start < signed_at, "stated", voiced)
    if author is not None:
        section = [pi for pi, (span, _) in enumerate(docs) if span.start > signed_at]
        if sum(_speaks_as_we(docs[pi][1].text) for pi in section) >= 2:
            if owner is not None:  # the author writes for the page's owner: "NAME (Owner)", asked about by either
                author = Speaker(name=f"{author.name} ({owner.name})", as_written=author.as_written)
            out += _sentences(author, docs, bases, lambda s: s.start > signed_at, "wrote")
            # the author's own quoted lines ("..., Tenkvist writes") are the same speaker's
            surname = author.as_written.split()[-1]
            for r in raws:
                if r.span.start > signed_at and r.speaker.person is None and r.speaker.name == surname:
                    r.speaker = author
    return out


def merge(raws: list[Raw], own: list[Raw]) -> list[Raw]:
    """The page's statements with the owner's: a sentence another speaker is given stays theirs,
    save a first-person phrase ("our partner bank"), which is the owner speaking of its own."""
    if not own:
        return raws
    inside = {r.paragraph for r in own}
    # ("Our contractor, Acme Ltd, has told us ..." names its speaker: Acme's words stay Acme's)
    kept = [r for r in raws if not (r.paragraph in inside and _first_person(r.speaker.as_written)
                                    and not _named_apart(r.speaker))]
    taken = [(r.span.start, r.span.end) for r in kept]
    added = [r for r in own if not any(a < r.span.end and r.span.start < b for a, b in taken)]
    return sorted([*kept, *added], key=lambda r: (r.span.start, r.span.end))


def _named_apart(speaker: Speaker) -> bool:
    """Whether a first-person phrase ("our contractor, Acme Ltd") gives its speaker a proper name."""
    words = speaker.name.split()
    return bool(words) and words[0].lower() not in _OWN_ROLE and all(w[:1].isupper() for w in words)


def _first_person(as_written: str) -> bool:
    words = as_written.lower().split()
    return bool(words) and words[0] in _OWN_ROLE


def _sentences(speaker: Speaker, docs, bases, where, act: str, voiced: bool = False) -> list[Raw]:
    """The owner's sentences; with `voiced` (an FAQ or service page) only those of the paragraphs
    that speak as "we", and none that speak to the reader or of the page itself."""
    out = []
    open_quote = False
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        quoted, carried = _quoted_spans(doc.text, open_quote)
        open_quote = carried
        if not where(span):
            continue
        # an FAQ's plain service facts ("The subscription is £48 a year", "Collections will be
        # fortnightly") and its account of a meeting are information, not the body's say; its
        # own voice ("The service cost us £1.9m", "We will not charge ...") is
        if voiced and not _speaks_as_we(doc.text):
            continue
        for k, a, b in worded_sentences(doc, floor=12):
            text = doc.text[a:b].lstrip("-–—•·* ")
            a = b - len(text)
            if len(text.split()) < 4 or _LABEL.match(text) or text.endswith("?") or not _has_verb(doc, a, b):
                continue
            if voiced and _TO_READER.match(text):
                continue
            # a quotation is its speaker's words, whoever the page gives them to
            if sum(max(0, min(b, y) - max(a, x)) for x, y in quoted) * 2 > b - a:
                continue
            out.append(Raw(speaker=speaker, act=act, content=Span(span.start + a, span.start + b),
                           quote_type="indirect", span=Span(span.start + a, span.start + b),
                           sentence=base + k, paragraph=pi))
    return out


# a sentence addressed to the reader ("You can keep it ...", "If you move house, ...") or about
# the page itself ("This page answers ...") is guidance, not the body's statement
_TO_READER = re.compile(r"^(?:(?:if|when|once|before|after|unless)\s+)?(?:you|your)\b|^this (?:page|section|guide)\b", re.I)


def _quoted_spans(text: str, open_quote: bool) -> tuple[list[tuple[int, int]], bool]:
    """The quoted stretches of a paragraph, a quotation left open in the paragraph before it
    running on to its first mark; and whether one is left open at its end."""
    marks = [i for i, c in enumerate(text) if c in '"“”']
    # a paragraph that opens a quotation and does not close it goes on in the next (news style),
    # which opens again with a mark of its own: that mark re-opens, it closes nothing
    if open_quote and not (marks and not text[:marks[0]].strip()):
        marks = [-1, *marks]
    spans = [(marks[i], marks[i + 1] + 1) for i in range(0, len(marks) - 1, 2)]
    still_open = len(marks) % 2 == 1
    if still_open:
        spans.append((marks[-1], len(text)))
    return spans, still_open


def _has_verb(doc, a: int, b: int) -> bool:
    """Whether the text holds a finite clause: a list item naming a link or a thing says nothing."""
    return any(t.pos_ in ("VERB", "AUX") and a <= t.idx < b for t in doc)


def _speaks_as_we(text: str) -> bool:
    return bool(_FIRST_PLURAL.search(_QUOTED.sub(" ", text)))


def _head(article: Article, docs) -> list[str]:
    """The page's lines above its first body paragraph."""
    # a bare "From:" label may stand as a paragraph of its own: the head runs to the first prose
    first = next((span.start for span, doc in docs if len(doc.text.split()) >= 4), docs[0][0].start)
    return [fold(ln).strip(" *_#\t") for ln in article.text[:first].splitlines() if ln.strip()][:_HEAD_LINES]


def _owner(article: Article, docs, signed_at: int) -> tuple[Speaker | None, bool]:
    """Who owns the page: a release's "From:" body, or the owner a status or news page is titled
    by when its entries speak as "we"; None on any other page (a news story). And whether the page
    is an FAQ or service page, whose statements are only its "we" paragraphs."""
    v = vocabulary()
    head = _head(article, docs)
    labelled = any(fold(ln).lower().rstrip(".:") in v.release_labels for ln in head)
    for k, ln in enumerate(head):
        # "From: Coastal Works Agency", or "From:" with the body on the line below it
        m = _FROM.match(ln) or (_FROM.match(f"{ln} {head[k + 1]}") if ln.lower().rstrip() == "from:" and k + 1 < len(head) else None)
        if labelled and m and not _person_line(m.group("who")):
            return _body(m.group("who")), False
    if head and (labelled_owner := _labelled_owner(article, docs, head)) is not None:
        return labelled_owner, True
    if article.outlet or not head:
        return None, False
    title = re.split(r"\s+[|>–—-]\s+", head[0])[0].strip()
    words = title.split()
    if len(words) > 6:  # a headline, not a page's name
        return None, False
    for n in (2, 1):
        kind = " ".join(words[-n:]).lower()
        if len(words) > n and kind in v.own_page_kinds and all(w[:1].isupper() for w in words[:-n]):
            name = " ".join(words[:-n])
            prose = [doc.text for span, doc in docs if span.start < signed_at and len(doc.text) >= 40]
            if len(prose) >= 2 and sum(_speaks_as_we(t) for t in prose) * 2 >= len(prose):
                return _body(name), False
    return None, False


_ANSWER_LABELS = {"a", "a.", "answer", "ans", "ans."}


def answered_by_owner(article: Article, docs, raws: list[Raw]) -> list[Raw]:
    """An FAQ printed as "Q: ... / A: ...": the answers the interview readers give to the label "A"
    are the body's whose page it is (None of them when the page is no body's own)."""
    if not docs or not any(r.speaker.name.lower() in _ANSWER_LABELS for r in raws):
        return raws
    owner = _labelled_owner(article, docs, _head(article, docs), qa=True)
    if owner is None:
        return raws
    kept = []
    for r in raws:
        if r.speaker.name.lower() in _ANSWER_LABELS:
            said = article.text[r.content.start:r.content.end]
            if _LABEL.match(said) and datelines.full_date(said.split(":", 1)[1]):
                continue  # the page's "Last reviewed: 3 March 2026" under the last answer: no words of it
            r.speaker = owner
        kept.append(r)
    return kept


def _labelled_owner(article: Article, docs, head: list[str], qa: bool = False) -> Speaker | None:
    """The body whose own page this is when a heading labels it one ("Garden Waste: Frequently Asked
    Questions", "About us") and its answers speak as "we": the body the label's line, the page's
    title or masthead, or its copyright line names."""
    v = vocabulary()
    if byline_author(article):
        return None  # a signed post or column: its "we" is its writer's (index.statements.writer_voice)
    labelled = None
    for ln in head:
        parts = [p.strip(" .:") for p in _LABEL_PARTS.split(ln)]
        # (a site's menu, "Home | About us | Contact", labels no page)
        if len(parts) <= 2 and any(p.lower() in v.own_page_labels for p in parts):
            labelled = parts
            break
    if labelled is None and qa and article.title:  # a Q-and-A page titled "FAQs | Acme Trust" above its first question
        parts = [p.strip(" .:") for p in _LABEL_PARTS.split(fold(article.title))]
        labelled = parts if len(parts) <= 2 and any(p.lower() in v.own_page_labels for p in parts) else None
    if labelled is None:
        return _service_page_owner(article, docs)
    # the answers: prose that is no question; half of them or more, and two at least, say "we"
    prose = [doc.text for _, doc in docs if len(doc.text) >= 30 and not doc.text.rstrip().endswith("?")]
    if sum(_speaks_as_we(t) for t in prose) < max(2, (len(prose) + 1) // 2):
        return None
    named = [p for p in labelled if p.lower() not in v.own_page_labels]
    for name in [*named, *head, article.title or "", article.outlet or ""]:
        if _body_name(name, v):
            return _body(name)
    return None


def _service_page_owner(article: Article, docs) -> Speaker | None:
    """A body's service page with no label ("Garden waste collections") signed only by its copyright
    line ("© Kessingham Borough Council 2026"): the body, when nearly all its prose says "we"."""
    from index.articles import _copyright_holder  # (cleaning's reading of the line; imported on use)

    holder = next((h for span in reversed(article.dropped) if (h := _copyright_holder(article.slice(span)))), None)
    if holder is None or not _body_name(holder, vocabulary()):
        return None
    prose = [doc.text for _, doc in docs if len(doc.text) >= 30 and not doc.text.rstrip().endswith("?")]
    we = sum(_speaks_as_we(t) for t in prose)
    return _body(holder) if we >= 2 and we * 3 >= len(prose) * 2 else None


# "Frequently Asked Questions | Acme Trust", "Garden Waste: FAQs", "About us - Acme Trust"
_LABEL_PARTS = re.compile(r"\s*[:|>–—]\s*|\s+-\s+")


def _body_name(name: str, v) -> bool:
    """A body's name: a short capitalised line with an organisation's word ("Kessingham Borough Council")."""
    words = re.findall(r"[\w'’&-]+", name)
    return 2 <= len(words) <= 8 and all(w[:1].isupper() or w.lower() in ("of", "and", "for", "the", "&") for w in words) \
        and any(w.lower() in v.organisations | v.companies for w in words)


def _person_line(who: str) -> bool:
    """A mail's "From: Ana Ruiz" names a person; a release's names a body."""
    return not any(w.lower() in vocabulary().organisations | vocabulary().companies for w in re.findall(r"[\w'’-]+", who)) \
        and len(who.split()) <= 3


def _body(name: str) -> Speaker:
    name = " ".join(name.split()).rstrip(" .,")
    return Speaker(name=name, as_written=name)


def _signed_section(article: Article) -> tuple[int, Speaker | None]:
    """Where a "Written by NAME, TITLE" line below the page's first paragraph stands, and NAME;
    (end of text, None) when there is none."""
    signed = written_by(article)
    if signed is None:
        return len(article.text), None
    words = clean_name(signed.name.split())
    if len(words) < 2:
        return len(article.text), None
    name = " ".join(words)
    return signed.span.start, Speaker(name=name, as_written=name)
