"""Meeting notes kept as bullets: each bullet that opens with a person's name is that person's words.

Notes apps and minute-takers write what each person said as a bullet labelled with their name,
in note-speak, with no speech verb and often no subject: "- Ann: boiler failed on the 3rd. Wants
a date for the repair.", "- Bo Li (Acme Ltd): part ships from Leeds. Says "realistically next
week".", "* Ann — against the cut: the grants are the point of the fund", "- Bo wants the update to
go out by Friday". Every sentence of the bullet is the label's person's, up to a sentence that
opens with another label ("Cy: "Those were another supplier.""), which turns to that person. A
sentence that names its own speaker ("Cy said no, not until ...") is left to the sentence
readers; so is every sentence of a bullet whose label names no one ("Vote: ...", "Agreed: ...").

A label names someone when the page lists them (an attendee line's "@Ann Roe", "Guests: Bo Li
(Acme)") or the article's cast knows them: a given name alone is the one listed person of that
name. The page is notes when at least three bullets open with such a label; the notes' own date
(a "Date:" property, a heading) dates the words, as any page's does.
"""

from __future__ import annotations

import re

from index.models import Article, Span
from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.textnorm import fold
from index.vocabulary import vocabulary

MIN_BULLETS = 3
_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
# "- Ann:", "- Ann (Acme):", "* Ann —", "- Ann against the cut:", "- Ann wants ..."
# a show-notes page's timestamp after the bullet mark: "- **[02:45]** Ann Roe on ...:", "* (12:30) Ann:", "- 1:02:33 - Ann:"
_STAMP = r"(?:(?:\*\*|__)?[\[(]?(?:\d{1,2}:)?\d{1,2}:\d\d[\])]?(?:\*\*|__)?\s*(?:[-–—|·]\s*)?)?"
# a timestamp in brackets or bold opens a line as a bullet mark would: "**[02:45]** Ann Roe: ...", "(12:30) Ann ..."
_MARKED_STAMP = r"(?:\*\*|__)?[\[(](?:\d{1,2}:)?\d{1,2}:\d\d[\])](?:\*\*|__)?\s*(?:[-–—|·]\s*)?"
_BULLET = re.compile(rf"^\s*(?:(?:[-*•·▪]|\d+[.)])\s+{_STAMP}|{_MARKED_STAMP})(?:\*\*)?(?P<name>{_NAME})(?:\*\*)?(?P<note>\s*\([^)\n]{{1,60}}\))?"
                     rf"(?P<rest>.*)$", re.S)
_AFTER_LABEL = re.compile(r"^\s*(?::|\s[—–-]\s|—|–)\s*(?P<text>\S.*)$", re.S)
# a stance label before the colon: "Ann against halving:", "Bo disagreed:"
_STANCE = re.compile(r"^\s+(?P<stance>[a-z][\w'’ -]{1,60}?):\s*(?P<text>\S.*)$", re.S)
# a possessive label: "Ann's answer:", "Bo's own confession:" (the name's words after the colon)
_POSSESSIVE = re.compile(r"^(?P<name>.+?)['’]s$")
_OWNED = re.compile(r"^\s+(?:own\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}:\s*(?P<text>\S.*)$", re.S)
# a bullet opened by its person and a verb of saying or wanting in the present: "- Bo wants ..."
_VERB = re.compile(r"^\s+(?:also\s+)?(?:wants|says|suggests|thinks|proposes|supports|opposes|agrees|disagrees|asks|feels|"
                   r"believes|argues|notes|reports|recommends|warns|prefers|objects|confirms|offers|points out)\b", re.I)
_LISTED = re.compile(r"@(?P<at>[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,3})"
                     r"|(?:^|[:,;]\s*)(?P<field>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,3})(?=\s*(?:\(|,|$))", re.M)
_FIELD_LINE = re.compile(r"^\s*(?:\*\*)?(?:attendees|present|guests|apologies|absent|in attendance|attending|members|"
                         r"participants|invited|chair|note-?taker|minutes)\b", re.I)


def read(article: Article, docs, bases: list[int], ctx) -> list[Raw]:
    """The labelled persons' statements, one per sentence of their bullets."""
    text = article.text
    roster = _roster(text)
    bullets = []  # (paragraph index, the label's person or None, where their words start)
    for pi, (span, _) in enumerate(docs):
        para = text[span.start:span.end]
        if _BULLET.match(fold(para)) or re.match(rf"^\s*(?:[-*•·▪]\s|{_MARKED_STAMP})", para):
            got = _label(para, roster, ctx)
            bullets.append((pi, *(got if got else (None, span.start)), got is not None))
    if sum(labelled for *_, labelled in bullets) < MIN_BULLETS:
        return []
    out: list[Raw] = []
    for pi, who, start, _ in bullets:
        span, doc = docs[pi]
        start = span.start + start if who is not None else start
        current = who
        for si, sent in enumerate(doc.sents):
            a, b = span.start + sent.start_char, span.start + sent.end_char
            first = a <= start < b
            a = max(a, start)
            words = text[a:b]
            if a >= b or not re.search(r"[^\W\d_]{2}", words):
                continue
            other = _inner_label(words, roster, ctx)
            if other is not None:
                current, skip = other
                a += skip
            elif not first and _named_subject(words, roster, ctx):
                current = None  # "Cy said no, ...": the sentence readers give it to its subject
            if (halves := _two_voices(text, a, b, roster, ctx)) is not None:
                for who_, x, y in halves:  # "Bo thinks it is too late; Ann says "not yet"": each clause its person's
                    out.append(Raw(speaker=who_, act="said", content=Span(x, y), quote_type="indirect",
                                   span=Span(x, y), sentence=bases[pi] + si, paragraph=pi))
                continue
            if current is None:
                continue
            a += len(text[a:b]) - len(text[a:b].lstrip(" *_"))
            b = a + len(text[a:b].rstrip(" *_🤷✅\n"))
            if b - a < 3:
                continue
            out.append(Raw(speaker=current, act="said", content=Span(a, b), quote_type="indirect",
                           span=Span(a, b), sentence=bases[pi] + si, paragraph=pi))
    return out


def merge(raws: list[Raw], noted: list[Raw], article: Article) -> list[Raw]:
    """The article's statements with the notes': in a labelled bullet, a statement the sentence
    readers found stands when the bullet names its speaker; a speaker named nowhere in the bullet
    (a name from the attendee line above) is a misreading, and the label's person keeps the words."""
    if not noted:
        return raws
    paragraphs = {r.paragraph for r in noted}
    roster = _roster(article.text)
    kept = []
    for r in raws:
        if r.paragraph not in paragraphs:
            kept.append(r)
            continue
        bullet = fold(article.text[r.span.start - 400 if r.span.start > 400 else 0:r.content.start])
        line = bullet.rsplit("\n", 1)[-1].lower()
        written = fold(r.speaker.as_written).lower().strip()
        if written in _PRONOUNS and any(n.speaker.name != r.speaker.name and n.content.start < r.content.end
                                        and r.content.start < n.content.end for n in noted):
            continue  # "- Ann on the budget: she says ...": the label's person, not someone of the bullet above
        if written and not written.startswith("@") and written in line:
            if (full := roster.get(r.speaker.as_written.strip())) and full != r.speaker.name:
                r.speaker = Speaker(name=full, as_written=r.speaker.as_written)  # "Cy said no": Cy Roe, as listed
            kept.append(r)
    # where both read a sentence for one person, the bullet's whole sentence; for another, theirs;
    # a sentence of two persons' clauses ("Bo thinks ...; Ann says ..."), the clauses
    clauses = [n for n in noted if _clause(article.text, n)]
    kept = [r for r in kept if not any(n.speaker.name == r.speaker.name and n.content.start < r.content.end
                                       and r.content.start < n.content.end for n in noted)
            and not any(n.content.start < r.content.end and r.content.start < n.content.end for n in clauses)]
    taken = [(r.content.start, r.content.end) for r in kept]
    own = [r for r in noted if not any(a < r.content.end and r.content.start < b for a, b in taken)]
    return sorted([*kept, *own], key=lambda r: (r.span.start, r.span.end))


_PRONOUNS = {"he", "she", "they"}


def _clause(text: str, r: Raw) -> bool:
    """`r` is one of a sentence's two clauses on a semicolon (read by _two_voices)."""
    return text[r.content.end:r.content.end + 1] == ";" or text[:r.content.start].rstrip().endswith(";")


def _roster(text: str) -> dict[str, str]:
    """Names the page lists (attendee lines, "@Name", a show's host line), by full name and by given name when one."""
    full = [m.group("host") for m in _HOST.finditer(text, 0, _TOP)]
    for line in text.splitlines():
        line = line.replace("*", "")
        if "@" not in line and not _FIELD_LINE.match(line):
            continue
        for m in _LISTED.finditer(line):
            name = (m.group("at") or m.group("field") or "").strip()
            if len(name.split()) >= 2 and not _FIELD_LINE.match(name):
                full.append(name)
    out = {n: n for n in full}
    firsts: dict[str, set[str]] = {}
    v = vocabulary()
    for n in full:
        words = n.split()
        given = words[1] if len(words) > 2 and (v.is_title(words[0]) or v.title_role(words[0])) else words[0]
        firsts.setdefault(given, set()).add(n)  # "Cllr Ann Roe" is "Ann" in a bullet
    out.update({f: next(iter(ns)) for f, ns in firsts.items() if len(ns) == 1 and f not in out})
    return out


# a show's host as its page's top names them: "a gardening podcast with Ann Roe", "Hosted by Ann Roe", "Host: Ann Roe"
_HOST = re.compile(r"(?i:\bpodcast with|\bshow with|\bhosted by|\bpresented by|^[ \t*_]*hosts?[ \t*_]*:)[ \t*_]+"
                   r"(?P<host>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,2})", re.M)
_TOP = 600  # characters: the page's title lines


def _person(name: str, roster: dict[str, str], ctx) -> Speaker | None:
    name = name.strip().rstrip(".")
    for n in (name, name.split()[0]):
        if n in roster:
            return Speaker(name=roster[n], as_written=name)
    known = ctx.cast.known(name)
    if known is not None and len(known.name.split()) >= 2:
        return Speaker(name=known.name, as_written=name, person=known)
    return None


def _label(paragraph: str, roster: dict[str, str], ctx) -> tuple[Speaker, int] | None:
    """The bullet's person and where their words start, or None for another line."""
    m = _BULLET.match(fold(paragraph))
    if m is None:
        return None
    name, rest = m.group("name"), m.group("rest")
    if (owner := _POSSESSIVE.match(name)) and (after := _OWNED.match(rest)) and not m.group("note"):
        who = _person(owner.group("name"), roster, ctx)  # "Ann's own confession: she lost ...": Ann's
        return (who, m.start("rest") + after.start("text")) if who else None
    words = name.split()
    # "Ann Roe asked" / "Ann wants": the name is the capitalised run before the first lower-case word
    who = _person(name, roster, ctx) or (_person(words[0], roster, ctx) if len(words) > 1 else None)
    if who is None:
        return None
    if who.as_written != name.strip().rstrip("."):
        return None  # "Ann Vote" is no label: the whole capitalised run must be the name
    if (after := _AFTER_LABEL.match(rest)) or (after := _STANCE.match(rest)):
        return who, m.start("rest") + after.start("text")
    if _VERB.match(rest):
        return who, m.start("name")
    return None


def _inner_label(sentence: str, roster: dict[str, str], ctx) -> tuple[Speaker, int] | None:
    """"Cy: "Those were another supplier."" inside a bullet: Cy's words, and where they start."""
    m = re.match(rf"^\s*(?P<name>{_NAME}?)(?:['’]s\s+(?:own\s+)?[a-z][\w'’-]*)?\s*:\s*(?=\S)", fold(sentence))
    if m is None:  # ("Ann's answer: only if ...": Ann's words too)
        return None
    who = _person(m.group("name"), roster, ctx)
    return (who, m.end()) if who else None


_SAYS = _VERB.pattern.replace("^\\s+", "\\s+", 1)
_OPENED = re.compile(rf"^\s*(?P<name>{_NAME}?){_SAYS}")


def _two_voices(text: str, a: int, b: int, roster: dict[str, str], ctx) -> list[tuple[Speaker, int, int]] | None:
    """A sentence of two clauses on a semicolon, each opened by a person and a verb of saying or
    thinking ("Bo thinks it would not have mattered; Ann says ..."): each clause and its person."""
    words = fold(text[a:b])
    cut = words.find("; ")
    if cut < 0:
        return None
    first, second = _OPENED.match(words[:cut]), _OPENED.match(words[cut + 1:])
    if first is None or second is None:
        return None
    one, two = _person(first.group("name"), roster, ctx), _person(second.group("name"), roster, ctx)
    if one is None or two is None or one.name == two.name:
        return None
    lead = len(words) - len(words.lstrip(" *_"))
    tail = len(words[cut + 1:]) - len(words[cut + 1:].lstrip())
    end = len(words.rstrip(" *_.\n"))
    return [(one, a + lead, a + cut), (two, a + cut + 1 + tail, a + end)]


def _named_subject(sentence: str, roster: dict[str, str], ctx) -> bool:
    m = re.match(rf"^\s*(?P<name>{_NAME})\b", fold(sentence))
    return bool(m) and _person(m.group("name").split()[0], roster, ctx) is not None
