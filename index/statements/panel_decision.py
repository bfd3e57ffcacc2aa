"""Who says what in a written decision with a labelled header (`index/decision_header.py`): a
tribunal's judgment, a disciplinary or appeal panel's decision, a regulator's ruling.

- The header's lines ("Respondent: Mr A Roe", "Hearing: 4 May 2026") and the signing line
  ("Signed for the Tribunal:") are furniture, no one's words.
- "The Respondent", "the Claimant" are the people the header names for those roles, and so is a
  pronoun that goes on from such a subject ("He submitted ..."), whoever the parser took them for.
- The signer (`signed_sections`) speaks only in the body's own voice: a sentence whose subject is
  the body ("The Panel finds", "It is satisfied that") with a verb of finding, or a sentence of a
  section in that voice ("Summary", "Findings", "Sanction"). The rest of the signed text tells
  what others said: "He accepted that ..." goes on from the paragraph's last speaker, "The Head
  Steward, Ms X, complained to the club on 2 May" is X's; a bare narrative sentence is no one's.
- Days: the body's voice on the decision's day (the day a finding names is the event's, not the
  finding's); what a party or a witness said, with no day of its own, at the hearing; what a report
  "dated D" says, on D.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date

from index import datelines
from index.decision_header import Header
from index.decision_header import read as read_header
from index.models import Article, Span, Statement
from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.textnorm import fold
from index.vocabulary import vocabulary

_NUMBER = re.compile(r"^\s*(?:\(?\d{1,2}(?:\.\d{1,2}){0,2}\.?\)?|\[\d{1,3}\])\s+")
_PRONOUNS = {"he", "she", "they"}
_LINKS = {"the", "of", "and", "for", "at", "de", "van", "von"}  # inside a named subject ("The Head Steward of the Regatta, Ms X")
_SIGNING = re.compile(r"^\s*(?:signed|dated|approved)\b[^.!?]{0,60}:\s*$", re.IGNORECASE)
_BODIES = r"panel|tribunal|committee|board|commission|adjudicator|arbitrator|ombudsman|regulator|council|court|judge|authority"
_BODY_SUBJECT = re.compile(rf"^(?:the\s+(?:[a-z'’-]+\s+){{0,2}}(?:{_BODIES})|it|we)\s+(?P<rest>.*)$", re.IGNORECASE)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d\d-\d\d"
_REPORT = re.compile(rf"\b(?:report|statement|letter|opinion|assessment|submission|analysis)s?\b[^.]{{0,40}}?\bdated\s+(?P<day>{_DAY})")


@dataclass(frozen=True)
class Layout:
    header: Header
    sections: tuple[tuple[int, bool], ...]  # (heading start, a section in the body's voice), in order
    end: int  # where the decision's text ends (its signature), else the text's end


def layout(article: Article) -> Layout | None:
    """The decision layout of `article`, or None for any other document."""
    header = read_header(article.text)
    if header is None:
        return None
    v = vocabulary()
    sections = []
    for span in article.subheadings:
        if span.start <= header.end:
            continue
        words = _NUMBER.sub("", article.text[span.start:span.end]).strip(" .:").lower()
        voiced = words in v.decision_voice_headings or any(
            re.search(rf"\b{re.escape(h)}\b", words) for h in v.decision_voice_headings)
        sections.append((span.start, voiced))
    signing = next((m.start() for m in re.finditer(r"(?im)^\s*signed\b[^\n]{0,60}$", article.text) if m.start() > header.end), len(article.text))
    return Layout(header, tuple(sections), signing)


def _voiced_section(lay: Layout, pos: int) -> bool:
    voiced = False
    for start, v in lay.sections:
        if start > pos:
            break
        voiced = v
    return voiced


def _role(as_written: str, header: Header) -> str | None:
    """The person a role subject names: "the Respondent" the header's respondent, "the Chair" its chair."""
    low = " ".join(fold(_NUMBER.sub("", as_written)).lower().split())
    low = re.sub(r"^the\s+", "", low)
    if low in ("chair", "chairman", "chairwoman", "chairperson", "panel chair", "presiding member"):
        return header.chair
    return header.parties.get(low)


def _finding(sentence: str) -> bool:
    """"The Panel finds that ...", "It is satisfied that ...", "We are satisfied": the body's voice."""
    m = _BODY_SUBJECT.match(_NUMBER.sub("", sentence).strip())
    if m is None:
        return False
    words = m.group("rest").lower().split()
    verbs = vocabulary().body_finding_verbs
    for k in range(min(4, len(words))):  # "does not accept", "is satisfied", "therefore finds"
        w = words[k].strip(",;")
        if w in verbs or " ".join(words[k:k + 2]) in verbs or " ".join(words[k:k + 3]) in verbs:
            return True
        if w not in ("does", "did", "not", "therefore", "also", "further", "accordingly", "is", "was", "has", "had"):
            break
    return False


def respoken(raws: list[Raw], lay: Layout, text: str, signed: set[int], docs, bases: list[int]
             ) -> tuple[list[Raw], tuple[set[int], set[int]]]:
    """The statements of a decision, its furniture dropped and its roles and signer's sentences
    read as the module says; and the ids of those in the body's own voice, and of the words a
    witness reports a party saying at the events."""
    v = vocabulary()
    header_lines = lay.header.lines
    names = {r.speaker.name for r in raws if id(r) not in signed and not r.speaker.generic}
    unread = _unread(raws, lay, text, signed, docs, bases)
    signed = signed | {id(r) for r in unread}
    out: list[Raw] = []
    voice: set[int] = set()
    told: set[int] = set()
    subject: tuple[int, str] | None = None  # (paragraph, party) of the last role subject
    wrong: dict[str, str] = {}  # a name the parser gave a role's words -> the party, for pronouns after it
    for r in sorted([*raws, *unread], key=lambda r: (r.span.start, r.span.end)):
        if any(a < r.span.end and r.span.start < b for a, b in header_lines) or _SIGNING.match(text[r.span.start:r.span.end]):
            continue
        sentence = text[r.span.start:r.span.end]
        if id(r) in signed and lay.header.end < r.span.start < lay.end:
            if _finding(sentence) or _voiced_section(lay, r.span.start):
                out.append(r)
                voice.add(id(r))
                continue
            other = _told_by(sentence, out, r, names, v)
            if other is not None:
                out.append(other)
            continue
        if _BODY_SUBJECT.match(_NUMBER.sub("", r.speaker.as_written).strip() + " x") and lay.header.end < r.span.start < lay.end:
            voice.add(id(r))  # "The Panel notes that ...", read as any speaker's
        party = _role(r.speaker.as_written, lay.header)
        inner = _inner_teller(r, lay.header, names, text, docs)
        if inner is not None:  # 'He said she walked out, telling him that "..."': her words
            out.append(replace(r, speaker=Speaker(inner[0], inner[1], False, None)))
            told.add(id(out[-1]))
            continue
        pronoun = r.speaker.as_written.lower() in _PRONOUNS
        full = next((n for n in lay.header.parties.values() if n != r.speaker.name and n.endswith(" " + r.speaker.name)
                     and not any(o != n and o.endswith(" " + r.speaker.name) for o in names)), None)  # a namesake: no guess
        if party is None and full is not None:  # "Mr Roe complains": the header's Mr Ann Roe
            party = full
        if party is not None:
            if r.speaker.name != party:
                wrong[r.speaker.name] = party
            r = replace(r, speaker=Speaker(party, r.speaker.as_written, False, None))
            subject = (r.paragraph, party)
        elif pronoun and subject is not None and subject[0] == r.paragraph:  # "The Claimant argued ... She submitted"
            r = replace(r, speaker=Speaker(subject[1], r.speaker.as_written, False, None))
        elif pronoun and r.speaker.name == r.speaker.as_written and r.paragraph < len(docs) and \
                (named := _last_named(lay.header, names, text, docs[r.paragraph][0].start, r.span.start,
                                      {"he": "m", "she": "f"}.get(r.speaker.as_written.lower()), "")):
            r = replace(r, speaker=Speaker(named[0], r.speaker.as_written, False, None))  # "The Appellant was ... She told"
        elif pronoun and r.speaker.name in wrong:
            r = replace(r, speaker=Speaker(wrong[r.speaker.name], r.speaker.as_written, False, None))
        elif r.speaker.name in wrong:
            wrong.pop(r.speaker.name)  # the name itself again: its own words from here
        if not pronoun and party is None:
            subject = None
        out.append(r)
    return out, (voice, told)


def _unread(raws: list[Raw], lay: Layout, text: str, signed: set[int], docs, bases: list[int]) -> list[Raw]:
    """The decision's sentences no reader gave anyone, as the body's (its signer's when one signs):
    the caller keeps those in the body's voice and those that tell another's words."""
    signer = next((r.speaker for r in raws if id(r) in signed), None)
    if signer is None:
        m = re.search(rf"\bThe ((?:[A-Z][a-z]+ ){{0,2}}(?:{_BODIES.title()}))\b", text[lay.header.end:lay.end])
        if m is None:
            return []
        signer = Speaker(f"The {m.group(1)}", f"The {m.group(1)}")
    taken = sorted((r.span.start, r.span.end) for r in raws)
    starts, reach, far = [a for a, _ in taken], [], 0
    for _, b in taken:  # the furthest end of the statements that start by each: overlap by bisection, not a scan
        far = max(far, b)
        reach.append(far)
    out = []
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        if not (lay.header.end < span.start < lay.end):
            continue
        for k, sent in enumerate(doc.sents):
            a, b = span.start + sent.start_char, span.start + sent.end_char
            k = bisect.bisect_left(starts, b)
            if len(sent) < 4 or (k and reach[k - 1] > a):
                continue
            out.append(Raw(speaker=signer, act="wrote", content=Span(a, b), quote_type="direct", span=Span(a, b),
                           sentence=base + k, paragraph=pi))
    return out


_MENTION = re.compile(r"\b(?:(?P<title>Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                      r"|[Tt]he\s+(?P<role>[A-Z][a-z]+))\b")


def _inner_teller(r: Raw, header: Header, names: set[str], text: str, docs) -> tuple[str, str] | None:
    """A quotation a witness reports another saying: 'He said she walked out, telling him
    that "..."' -- the cue is a participle ("telling", "saying") on a verb whose subject is another
    pronoun than the witness's; that pronoun is the last person of its gender the paragraph named
    before it ("met the Appellant ... He said she ...", "his manager, Ms X, ...")."""
    if not r.cue or not isinstance(r.cue[0], int) or r.quote_type != "direct" or r.paragraph >= len(docs):
        return None
    span, doc = docs[r.paragraph]
    if r.cue[0] >= len(doc):
        return None
    verb = doc[r.cue[0]]
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in ("he", "she") or subj.lower_ == r.speaker.as_written.lower():
        return None
    return _last_named(header, names, text, span.start, span.start + subj.idx, "m" if subj.lower_ == "he" else "f", r.speaker.name)


def _last_named(header: Header, names: set[str], text: str, start: int, end: int, want: str | None, other: str
                ) -> tuple[str, str] | None:
    """The last person of gender `want` (None: any) named in text[start:end], by name and title or by
    a header role ("the Respondent"), save `other`: (name, as written)."""
    last = None
    for m in _MENTION.finditer(text, start, end):
        if m.group("role"):
            name = header.parties.get(m.group("role").lower())
            g = header.genders.get(name) if name else None
        else:
            written = m.group("name")
            name = next((n for n in names if n == written or n.endswith(" " + written.split()[-1])), written)
            g = "m" if m.group("title") in ("Mr", "Sir") else "f" if m.group("title") in ("Mrs", "Ms", "Miss", "Dame") else None
        if name is None or name == other or g not in (None, want) and want is not None:
            continue
        last = (name, m.group(0))
    return last


def _told_by(sentence: str, before: list[Raw], r: Raw, names: set[str], v) -> Raw | None:
    """A signed sentence that tells another's words: "He accepted that ..." after the paragraph's
    speaker; "The Head Steward, Ms X, complained to the club ..." by the person it names."""
    body = _NUMBER.sub("", sentence).strip()
    words = body.split()
    if len(words) > 2 and words[0].lower() in _PRONOUNS and (v.speech_lemma(words[1].strip(",")) or
                                                             words[1].lower() in v.position_verbs):
        last = next((b for b in reversed(before[-12:]) if b.paragraph == r.paragraph and not b.speaker.generic), None)
        if last is not None and last.speaker.name in names:
            return replace(r, speaker=Speaker(last.speaker.name, words[0], False, last.speaker.person), act=words[1].strip(","),
                           quote_type="indirect", content=_after(sentence, r, words[1]))
        return None
    for k, w in enumerate(words[:14]):
        if k and v.speech_lemma(w.strip(",")) and w[:1].islower():
            subject = " ".join(words[:k])
            if any(x[:1].islower() and x.strip(",") not in _LINKS for x in words[:k]):
                return None  # "The Board obtained an expert opinion": a verb before it, no named subject
            who = [n for n in names if n in subject or n.split()[-1] in subject.split()]
            if len(who) == 1:
                return replace(r, speaker=Speaker(who[0], subject, False, None), act=w.strip(","), quote_type="indirect",
                               content=_after(sentence, r, w))
            return None
    return None


def _after(sentence: str, r: Raw, verb: str) -> Span:
    """The words after a sentence's speech verb (and its "that"): what it reports."""
    m = re.search(rf"\b{re.escape(verb)}\s+(?:that\s+)?", sentence)
    return Span(r.span.start + m.end(), r.span.end) if m else r.content


def report_days(text: str, lay: Layout, names: set[str]) -> dict[str, tuple[str, date]]:
    """Who wrote a report "dated D" the decision names ("an expert opinion dated 3 March 2026 from Dr
    X"; "Ms Y's witness statement dated ..."): name -> (day as written, day)."""
    out: dict[str, tuple[str, date]] = {}
    body = text[lay.header.end:lay.end]
    for m in _REPORT.finditer(body):
        day = datelines.full_date(m.group("day"))
        if day is None:
            continue
        a = body.rfind(".", 0, m.start()) + 1
        b = body.find(".", m.end())
        sentence = body[a:b if b >= 0 else len(body)]
        who = [n for n in names if n in sentence or n.split()[-1] in sentence]
        if len(who) == 1:
            out.setdefault(who[0], (m.group("day").strip(), day))
    return out


_HEARD = re.compile(r"\b(?:told|tells|telling)\s+the\s+(?:" + _BODIES + r")\b|\bgave evidence\b|\bin (?:oral )?evidence\b|\bat the hearing\b", re.IGNORECASE)


def dated(stmts: list[Statement], raws: list[Raw], lay: Layout, marks: tuple[set[int], set[int]], text: str) -> list[Statement]:
    """The decision's days: its own voice on the decision day, a dated report's words on that
    report's day, a party's words a witness reports on the day of the scene the paragraph tells
    (a day a statement before it in the paragraph took from the events, never the hearing's),
    other words with no day of their own at the hearing."""
    voice, told = marks
    scene: dict[int, Statement] = {}  # paragraph -> its last statement dated by the events
    hearing, decided = lay.header.hearing, lay.header.decided
    reports = report_days(text, lay, {r.speaker.name for r in raws if not r.speaker.generic and not _BODY_SUBJECT.match(r.speaker.name + " x")})
    out = []
    for st, r in zip(stmts, raws):
        inside = lay.header.end < st.start < lay.end
        if not inside:
            out.append(st)
            continue
        if id(r) in voice:
            if decided is not None:
                st = replace(st, when_text=None, when_start=decided, when_end=None, date_basis="publication")
            out.append(st)
            continue
        if id(r) in told:
            day = scene.get(r.paragraph)
            out.append(replace(st, when_text=day.when_text, when_start=day.when_start, when_end=day.when_end, date_basis="context")
                       if day is not None else replace(st, when_text=None, when_start=None, when_end=None, date_basis="none"))
            continue
        if st.date_basis in ("explicit", "context") and st.when_start is not None and st.when_start != hearing \
                and (decided is None or st.when_start < decided):
            scene[r.paragraph] = st
        sentence = text[r.span.start:r.span.end]
        heard = bool(_HEARD.search(sentence))
        if st.speaker in reports and not heard and st.date_basis in ("none", "publication", "context"):
            day = reports[st.speaker]
            st = replace(st, when_text=day[0], when_start=day[1], when_end=None, date_basis="context")
        elif hearing is not None and (st.date_basis in ("none", "publication") or heard and st.date_basis != "explicit"):
            st = replace(st, when_text=None, when_start=hearing, when_end=None, date_basis="context")
        out.append(st)
    return out


def aliases(lay: Layout) -> dict[str, str]:
    """"the respondent" -> the party the header names, for questions that ask by role."""
    out = {}
    for role, name in lay.header.parties.items():
        out[role] = name
        out[f"the {role}"] = name
    return out
