"""A keyword query ("harbour strike start date?", "evacuated residents taken where?", "environment
minister?", "mayor quote flooding") put as the question it stands for, so that the parser reads
its kind (who, when, where, how many, what was said) as it reads a full question's.

Only a query that is no question already: it starts with no question word, auxiliary or request,
and the parser finds no kind in it. What it asks is read from its words (index/vocabulary.yaml
`terse_kinds`, `terse_said`) or from its head noun naming a person ("minister", "spokeswoman").
"""

from __future__ import annotations

import re

from bot.answering.active_question import active
from bot.answering.question import _asks_of_noun, _head, kind_of
from index.vocabulary import vocabulary

_V = vocabulary()
_STARTS = _V.wh | _V.auxiliaries | frozenset(("and", "according", "if", "whether", "please", "i", "tell", "name",
                                               "give", "list", "identify", "describe", "compare", "explain"))
_PHRASE = {"when": "When", "where": "Where", "how many": "How many", "how much": "How much", "why": "Why", "who": "Who"}


def asked(question: str) -> str:
    """The question a keyword query stands for; any other question unchanged."""
    body = question.strip().rstrip("?.! ").strip()
    words = re.findall(r"[\w'’]+", body.lower())
    if len(words) < 2 or words[0] in _STARTS or "'" in words[0] or "’" in words[0]:
        return question
    if (trailing := _trailing(body)) is not None:
        return trailing
    if (measured := _measured_done(body)) is not None:
        return measured
    if (aged := _AGE_OF.match(body)) is not None:
        return f"How old is {_the(aged.group('np'))}?"  # "age of man who warned ..." (a "who" inside, after it)
    if any(w in _V.wh for w in words) or kind_of(question) != "what":
        return question  # a question word inside: a question, however it is put
    return _by_keyword(body) or _said(body) or _person(body) or question


_AGE_OF = re.compile(r"^(?:the\s+)?age\s+of\s+(?P<np>\S.*)$", re.IGNORECASE)


def _measured_done(body: str) -> str | None:
    """"elephant fence km finished?", "strike days lost?": a unit and a participle said last ask how
    much of the thing has been done, as "How many km of the fence have been finished?"."""
    m = re.match(r"^(?P<what>.+?)\s+(?P<unit>[a-z]+)\s+(?P<done>[a-z]+(?:ed|en|wn|lt|st))$", body)
    if m is None or m.group("unit") not in _V.length_units | _V.duration_units:
        return None
    if any(w in _V.wh for w in re.findall(r"[\w'’]+", m.group("what").lower())):
        return None
    return f"How many {m.group('unit')} of {_the(m.group('what'))} have been {m.group('done')}?"


def _the(np: str) -> str:
    """"man who warned ..." -> "the man who warned ...": a common noun asked of gets its article back."""
    first = np.split()[0]
    return np if first[:1].isupper() or first.lower() in ("the", "a", "an", "his", "her", "their", "its") else "the " + np


def _trailing(body: str) -> str | None:
    """"residents taken where?", "pump stations repaired how many?": the question word said last
    (or "where" and "how many" a word or two before the end)."""
    m = re.match(r"^(?P<rest>.+?)[\s,]+(?P<wh>where|when|who|why|how many|how much)$", body, re.IGNORECASE)
    # "residents taken where overnight?": a place or a number asked near the end, a word or two after it
    m = m or re.match(r"^(?P<rest>.+?)[\s,]+(?P<wh>where|how many|how much)(?P<after>(?:\s+[\w'’-]+){1,2})$", body, re.IGNORECASE)
    if m is None and (by := re.match(r"^(?P<rest>.+?)\s+(?P<done>[a-z]+(?:ed|en|wn|t))\s+by$", body)):
        # "council letter signed by?", "the survey carried out by?": the doer asked, as "By whom was ... signed?"
        voiced = active(f"By whom was {by.group('rest')} {by.group('done')}")
        return voiced[:1].upper() + voiced[1:] + "?" if not voiced.lower().startswith("by whom") else None
    if m is None or any(w in _V.wh for w in re.findall(r"[\w'’]+", m.group("rest").lower() + (m.groupdict().get("after") or ""))):
        return None
    return f"{_PHRASE[m.group('wh').lower()]} {m.group('rest')}{m.groupdict().get('after') or ''}?"


def _by_keyword(body: str) -> str | None:
    """"blockade start date?", "number of tenants surveyed": a word that says what is asked, said
    last or before "of", or "date" first (not "generated last year", "city allotments committee")."""
    low = body.lower()
    for word in sorted(_V.terse_kinds, key=lambda w: (-len(w), w)):
        m = re.search(r"(?:^|\s)(?:the\s+)?" + re.escape(word) + r"(?:\s+of(?=\s)|$)" + (r"|^date(?=\s)" if word == "date" else ""), low)
        if m is None:
            continue
        before, after = body[:m.start()].strip(), body[m.end():].strip()
        # "survey number of private tenants": what is counted comes first, as in "how many tenants ..."
        rest = " ".join((f"{after} {before}" if m.group(0).rstrip().endswith(" of") else f"{before} {after}").split())
        if len(rest.split()) < 2:
            return None
        wh = _PHRASE[_V.terse_kinds[word]]
        if wh == "How many" and not m.group(0).rstrip().endswith(" of"):
            rest = _counted(rest)  # "ferry passenger count": "how many ferry passengers are there"
        # "mayor quote flooding date": when the one named spoke of it.
        return (_said(rest, f"{wh} did {{who}} speak") if wh == "When" else None) or f"{wh} {rest}?"
    return None


def _counted(rest: str) -> str:
    """"ferry passenger" -> "ferry passengers are there": a count said last counts its noun, and a
    phrase with no verb asks how many there are."""
    from bot.answering.plain_question import doc_of

    doc = doc_of(rest)
    if any(t.pos_ in ("VERB", "AUX") for t in doc) or not len(doc) or doc[-1].tag_ not in ("NN", "NNP"):
        return rest
    last = doc[-1].text
    plural = last[:-1] + "ies" if re.search(r"[^aeiou]y$", last) else last + ("es" if re.search(r"(?:s|x|z|ch|sh)$", last) else "s")
    return f"{doc[:-1].text} {plural} are there".strip()


def _said(body: str, asking: str = "What did {who} say") -> str | None:
    """"mayor quote flooding", "Varnholt comments trade talks": what the one named first said about the rest."""
    words = body.split()
    for k, w in enumerate(words[1:5], start=1):
        if w.lower().strip(",:") in _V.terse_said:
            who, about = " ".join(words[:k]), " ".join(words[k + 1:])
            return asking.format(who=_described(who.split())) + (f" about {about}?" if about else "?")
    return None


def _person(body: str) -> str | None:
    """"lower saxony environment minister?": a phrase whose head names a person asks who that is."""
    words = body.split()
    head, end = _head(words)
    if (head is None or _asks_of_noun(head) != "person") and _asks_of_noun(words[-1]) == "person":
        head, end = words[-1], len(words) - 1  # "Tennet Basin Authority finance director": the job is last
    if head is None or _asks_of_noun(head) != "person":
        return None
    described = _described(words[:end + 1])
    if end == len(words) - 1:
        return f"Who is {described}?"
    if end > 3:
        return None  # a head noun deep in a run of keywords may be anything's
    if words[end + 1][:1].isupper():  # "fire chief Pine Hollow Fire": what the one described said of it
        return f"What did {described} say about {' '.join(words[end + 1:])}?"
    rest = " ".join(words[end + 1:])
    if any(_asks_of_noun(w) == "organisation" for w in words[end + 1:end + 3]) and _tells_a_deed(rest):
        # "spokeswoman freight company train derailed": the body after the job and what it did tell
        # whose job it is, as "the spokeswoman for the company whose train derailed" would; who holds
        # it is asked.
        return f"Who is {described} {rest}?"
    # "mayor flooding", "senator bill require high schools": the senator's bill, or which senator? Left as typed.
    return None


def _tells_a_deed(rest: str) -> bool:
    from bot.answering.plain_question import doc_of

    # ("coach injured striker": an adjective, the coach's words on the striker, or which coach? Left.)
    return any(t.pos_ == "VERB" and t.tag_ in ("VB", "VBD", "VBN", "VBP", "VBZ") and t.dep_ != "amod" for t in doc_of(rest))


def _described(words: list[str]) -> str:
    """The person described, as a question writes them: "Tulsa fire chief" -> "Tulsa's fire chief"
    (a name before a job in lower case is whose job it is), "fire chief" -> "the fire chief"."""
    if words[0].lower() in ("the", "a", "an"):
        return " ".join(words)
    names = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
    if names == len(words):
        return " ".join(words)  # "Varnholt": a name is its own description
    if 0 < names < len(words) and all(w.islower() for w in words[names:]):
        owner = " ".join(words[:names])
        return f"the {owner}{'’' if owner.endswith('s') else chr(39) + 's'} {' '.join(words[names:])}"
    return "the " + " ".join(words)
