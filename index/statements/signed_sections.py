"""Signed first-person sections: a report's chair's statement, an open letter, an editor's note.

Such a section opens under a heading in capitals ("CHAIR'S STATEMENT", "A NOTE FROM THE EDITOR"),
speaks in the first person, and closes with a signature block below it:

    Ana Ruiz                     Ana Ruiz, Managing Director
    Chair                        4 June 2024
    27 March 2025

a name line, a role line (or the two on one line, "NAME, ROLE") and an optional date line. No
speech verb names the writer, so every sentence of the section is the signer's, said on the
signature's day (else on the document's), save a sentence the section attributes to someone else
("the Minister described our plant as ..."). The role the signer signs with names them too ("what
did the chief executive say"). A page may hold several signed sections, one after another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index import datelines
from index.models import Article
from index.sign_off import _name, _role
from index.statements.attribution import Raw
from index.statements.letters import _sentences, _speaker, signature
from index.textnorm import fold
from index.vocabulary import vocabulary

_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us|me)\b")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’')]$")
_CREDIT = re.compile(r"^[-–—]\s*[A-Z]")  # "– Ann Roe, Mayor of X" under a quotation, or a list item


@dataclass(frozen=True)
class Signed:
    start: int  # the section's first character (after its heading)
    end: int  # the signature block's first character
    name: str
    role: str
    day: object  # the signature's date, or None
    day_text: str | None
    block_end: int = 0  # the signature block's last character + 1
    # a letter signed off ("Yours sincerely", "Ngā mihi"): it runs from the top, past its numbered
    # headings, and quotes others at length (e-mail extracts, a report's findings), so only its own
    # voice is the signer's: the sentences in the first person or to "you" (`_voiced`)
    letter: bool = False


def sections(text: str) -> list[Signed]:
    """The signed sections of `text`, in order; [] when it has none. Linear in the lines."""
    lines = _lines(text)
    out: list[Signed] = []
    floor = 0  # the previous section's end: no section reaches back past it
    signed_end = 0  # the previous signature block's end: no letter reaches back past it
    heading = 0  # the start of the text under the latest heading in capitals
    greeted = None  # the end of a salutation line ("Dear Members,") since the last signature
    k = 0
    while k < len(lines):
        a, line, opens = lines[k]
        alone = opens and (k + 1 == len(lines) or lines[k + 1][2])  # a paragraph of one line
        if alone and greeted is None and (_SALUTATION.match(line) or _ADDRESSED.match(line)):
            greeted = a + len(line)
            k += 1
            continue
        if _capitals_heading(line):
            heading = a + len(line)
            k += 1
            continue
        block = _signature(lines, k)
        if block is None and greeted is not None and k > 0 and _CLOSING.match(lines[k - 1][1].rstrip(" ,")):
            block = _signers(lines, k)  # an open letter's list of signers under "Yours,"
        blessed = False
        if block is None and greeted is None and k > 0 and _CLOSING.match(lines[k - 1][1].rstrip(" ,")) \
                and (name := _titled_given(line)) and (k + 1 == len(lines) or lines[k + 1][2]):
            block, blessed = (name, "", None, None, 1), True  # "Every blessing, / Father Ann" closing a letter under its heading
        if block is None:
            if (alone and (_heading(line) or signature(line))) or _CREDIT.match(line):  # a headline, another letter's signature, a quotation's credit: no section reaches back past it
                floor = a + len(line)
            k += 1
            continue
        name, role, day_text, day, used = block
        after = lines[k + used] if k + used < len(lines) else None
        if after is not None and not after[2] and _body_line(after[1]) and (k + used + 1 == len(lines) or lines[k + used + 1][2]):
            used += 1  # the signer's body under the role ("Chief Executive" / "Harbour District Council")
            after = lines[k + used] if k + used < len(lines) else None
        if after is not None and not (after[2] or _capitals_heading(after[1])):  # a list of names and posts, no signature
            k += 1
            continue
        # a letter: signed off ("Yours sincerely"), or opened by a salutation, as a newsletter to
        # parents or members is, its sections under headings of their own
        letter = k > 0 and (bool(_CLOSING.match(lines[k - 1][1].rstrip(" ,"))) or greeted is not None)
        start = max(floor, heading, signed_end) if blessed else \
            (greeted if greeted is not None else signed_end) if letter else max(floor, heading)
        body = text[start:a]
        end = lines[k + used - 1][0] + len(lines[k + used - 1][1])
        if _FIRST_PERSON.search(body):
            out.append(Signed(start + len(body) - len(body.lstrip()), a, name, role, day, day_text, end, letter))
        floor = heading = signed_end = end
        greeted = None
        k += used
    return out


def read(article: Article, docs, bases: list[int], ctx) -> list[Raw]:
    """Each signed section's sentences as its signer's, dated by the signature."""
    found = sections(article.text)
    out: list[Raw] = []
    for sec in found:
        speaker = _speaker(sec.name, ctx)
        for k, (span, doc) in enumerate(docs):
            if sec.start <= span.start and span.end <= sec.end:
                for raw in _sentences(speaker, (span, doc), bases[k], k, False):
                    if sec.letter and not _voiced(raw, span, doc):
                        continue
                    if not _ENDS_SENTENCE.search(article.text[raw.span.start:raw.span.end].rstrip()):
                        continue  # a heading over a list ("Key dates"), no sentence of the letter
                    if sec.day is not None:
                        raw.stamped = (sec.day_text, sec.day)
                    out.append(raw)
    return out


# the writer telling of their own telling: "I told them on the spot that ...", "we explained that ..."
_OWN_TELLING = re.compile(r"\b(?:I|[Ww]e)\s+(?:\w+\s+)?(?:told|said|explained|promised|assured|warned|replied|answered)\b")


def own_telling(sentence: str) -> bool:
    """A letter's sentence in which the writer tells of what they said on an occasion the paragraph
    narrates ("Our cadets visited me on Tuesday. ... I told them on the spot that ..."): dated by
    that occasion, as another speaker's words there would be."""
    return _OWN_TELLING.search(sentence) is not None


def dated_letters(sectioned: list[Raw], lettered: list[Raw]) -> list[Raw]:
    """The sections' statements a letters reader did not read; one it read by the same signer
    takes the signature's day."""
    by_span = {r.span: r for r in lettered}
    out = []
    for r in sectioned:
        letter = by_span.get(r.span)
        if letter is None:
            out.append(r)
        elif letter.speaker.name == r.speaker.name and letter.stamped is None:
            letter.stamped = r.stamped
    return out


def roles(text: str) -> dict[str, str]:
    """The role each signer signs with, for questions that name the role ("the chair")."""
    return {sec.role: sec.name for sec in sections(text) if sec.role}  # (an open letter's signers sign with no role)


def _lines(text: str) -> list[tuple[int, str, bool]]:
    """(start, text, opens a paragraph) of each non-blank line."""
    text = fold(text)
    out, pos, blank = [], 0, True
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            out.append((pos + line.index(stripped[0]), stripped, blank))
        blank = not stripped
        pos += len(line) + 1
    return out


_CLOSING = re.compile(r"(?i:yours|in\s+solidarity|signed|god\s+bless(?:\s+you(?:\s+all)?)?|(?:every|with)\s+blessings?|blessings|"
                      r"(?:with\s+)?(?:love|prayers)(?:\s+and\s+(?:prayers|blessings|best\s+wishes))?|in\s+christ|peace|"
                      r"(?:yours\s+)?(?:sincerely|faithfully|truly|ever)(?:\s+yours)?|(?:with\s+)?(?:kind|best|warm|warmest)\s+(?:regards|wishes)|"
                      r"regards|respectfully|cordially|(?:with\s+|many\s+)?thanks|ng[āa]\s+mihi(?:\s+nui)?|n[āa]ku\s+noa,?\s+n[āa]|mauri\s+ora)[.!]?$")
# a letter's salutation on a line of its own: "Dear Members,", "Dear all:", "To all residents,"
_SALUTATION = re.compile(r"^(?:[Dd]ear|DEAR|To all)\s+[\w'’ .&/-]{2,60}[,:]$")
# an open letter's address on a line of its own: "To Ann Roe, Chief Executive, Acme, and to its board:"
_ADDRESSED = re.compile(r"^To\s+(?:the\s+)?[A-Z][^.!?\"“”]{2,200}:$")
_VOICE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|me|[Yy]ou|[Yy]our)\b")
_PLEASE = re.compile(r"^\W*[Pp]lease\b")


def _voiced(raw, span, doc) -> bool:
    """A letter's sentence in its own voice: one of a paragraph that speaks in the first person, or
    to the "you" it writes to (or asks them, "Please ..."), outside quotation marks ("... we gave
    the date as X. That was an error")."""
    from index.statements.attribution import quote_spans  # (attribution reads this module's callers: imported on use)

    text = doc.text
    quoted = quote_spans(text)[0]
    sents = list(doc.sents)

    def voiced(sent) -> bool:
        return any(not any(a <= m.start() < b for a, b in quoted) for m in _VOICE.finditer(text, sent.start_char, sent.end_char)) \
            or _PLEASE.match(sent.text) is not None  # "Please ring the clubhouse if ...": to the reader

    at = raw.span.start - span.start
    if not any(s.start_char <= at < s.end_char for s in sents):
        return False
    # (a paragraph told in the letter's own voice is the writer's throughout: "I have written to
    # the board about the moorings. No answer has come yet.")
    return any(voiced(s) for s in sents)


def _body_line(line: str) -> bool:
    """A short line of capitalised words with no sentence mark: an organisation's name under a role."""
    words = line.split()
    return 1 <= len(words) <= 8 and line[:1].isupper() and not _SENTENCE_END.search(line)


_SENTENCE_END = re.compile(r"[.!?:;\"”]$|[.!?]\s")


def _heading(line: str) -> bool:
    return len(line.split()) <= 10 and line[:1].isupper() and not re.search(r"[.!?,:;\"”’)]$", line)


def _capitals_heading(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 4 <= len(letters) and len(text.split()) <= 10 and all(c.isupper() for c in letters)


def _signature(lines: list[tuple[int, str, bool]], k: int):
    """(name, role, date text, date, lines used) of a signature block opening at line k, else None.
    The block must end the section: the line after it is a heading, a blank end or another block."""
    first = lines[k][1].lstrip("-–— ").rstrip(" .")
    if "," in first and len(first.split()) <= 12:  # "Ana Ruiz, Managing Director"
        name, role = (p.strip() for p in first.split(",", 1))
        if _name(name) and _role(role):
            used = 1
            day_text, day = _date(lines, k + 1)
            return _name(name), role, day_text, day, used + (day is not None)
    if k + 1 < len(lines) and not lines[k + 1][2] and _name(first) and _role(lines[k + 1][1]):
        day_text, day = _date(lines, k + 2)
        return _name(first), lines[k + 1][1].rstrip(" ."), day_text, day, 2 + (day is not None)
    return None


def _signers(lines: list[tuple[int, str, bool]], k: int):
    """(lead signer, "", None, None, lines used) of an open letter's list of signers opening at line
    k ("Ann Roe, Roe's Hardware, Ely (organiser)" / "Ben Tay, ..." / "... and 40 others"), else None:
    the letter is its signers' and the first named speaks for them."""
    lead = signature(lines[k][1])
    if lead is None or not _name(lead):
        lead = _titled_given(lines[k][1])  # a priest's "Fr Cuthwin" under "God bless,"
    if lead is None:
        return None
    used = 1
    while k + used < len(lines) and not lines[k + used][2]:  # the list's further lines, up to the paragraph's end
        used += 1
    return lead, "", None, None, used


# a cleric's style written out, in a sign-off only ("her father" elsewhere is no title)
_CLERGY = frozenset({"father", "sister", "brother", "mother", "pastor", "deacon", "canon", "bishop", "rabbi", "imam", "reverend"})


def _titled_given(line: str) -> str | None:
    """A sign-off by title and given name alone ("Fr Cuthwin", "Revd Ann"): the name as signed."""
    m = re.fullmatch(r"[-–—\s]*(?P<title>[A-Z][a-z]{0,7}\.?)\s+(?P<given>[A-Z][a-z'’-]{2,20})[\s.,]*", fold(line))
    if m is None or (m.group("title").lower() not in vocabulary().titles and m.group("title").lower() not in _CLERGY):
        return None
    return f"{m.group('title')} {m.group('given')}"


def _date(lines, k: int):
    if k < len(lines) and not lines[k][2] and len(lines[k][1]) <= 40 and (day := datelines.full_date(lines[k][1])):
        return lines[k][1], day
    return None, None
