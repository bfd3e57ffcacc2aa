"""Questions that ask by a noun, recast in the plain form the question parser reads.

    Who's the judge that sentenced the landlord?          -> Which judge sentenced the landlord?
    I'd like to know the date of the fair the chair named -> When is the fair the chair named?
    What was the complaint of the vicar's neighbour?      -> What did the vicar's neighbour complain about?

The parser reads a question's kind from its first words and its act from the verb after an inverted
auxiliary: "who is the judge ..." asks of an identity (no act), "what was the complaint of X" and
"the date of X" of a noun. Each form is a way of asking, never a fact of an article.
"""

from __future__ import annotations

import re

_AND = r"^(?P<and>and\s+)?"
# "who is the judge that sentenced ...": the person asked for is the one who did the act.
_WHO_IS_THE = re.compile(_AND + r"who\s+(?:is|was)\s+the\s+(?P<noun>[\w\-'’ ]+?)\s+(?:who|that)\s+(?P<rest>.+)$", re.I)
# ("what was the firm's reason for refusing ...", "what reasons did the firm give for ..." stay as asked:
# as "why did the firm refuse ..." they read as a premise to check, not as what the firm said.)
# "what was the complaint of the neighbour who ...", "what was the chair's warning about ...": what was said,
# asked by the noun of its act.
_SAID_NOUNS = {"complaint": "complain about", "complaints": "complain about", "warning": "warn", "warnings": "warn",
               "criticism": "criticise", "objection": "object to", "objections": "object to", "demand": "demand",
               "demands": "demand", "promise": "promise", "pledge": "pledge"}
_NOUN_OF = re.compile(_AND + r"what\s+(?P<be>was|were)\s+(?:the\s+(?:main\s+)?(?P<noun>" + "|".join(_SAID_NOUNS) + r")\s+of\s+(?P<who>[^,]+)"
                      r"|(?P<owner>(?:her|his|their|its)\b|[^,]+?['’]s?)\s+(?:main\s+)?(?P<noun2>" + "|".join(_SAID_NOUNS) + r"))(?P<about>\s+(?:about|over|on)\s+.+)?$", re.I)
# ("when is the board due to rule ...", "when is the mayor meeting ..." stay as asked: "will" matches a
# later plan's "will next meet" as well as the asked one, and the tuning sets' such questions are
# answered as asked.)
# "I'd like to know the date of ...", "can you tell me the number of ...": a request for the answer by its kind's noun.
_KIND_NOUN = r"(?=the\s+(?:exact\s+)?(?:date|day|number|count|total)\s)"
_OF = re.compile(r"of\s+(?P<np>.+)$", re.I)


def wrapped_kind_noun(wrappers: str) -> re.Pattern:
    """The pattern of a wrapper before "the date", "the number" (wrappers: an alternation)."""
    return re.compile(_AND + r"(?:" + wrappers + r")[\s,:]+" + _KIND_NOUN, re.I)


def recast(text: str) -> str | None:
    """The plain form of `text` when it asks by one of the forms above; None otherwise."""
    lead = lambda m: m.group("and") or ""  # noqa: E731
    if (m := _WHO_IS_THE.match(text)) and _plain_noun(m.group("noun")):
        from bot.answering.plain_question import _which

        return lead(m) + _which(m.group("noun"), m.group("rest"))
    if (m := _NOUN_OF.match(text)):
        noun, who = (m.group("noun"), m.group("who")) if m.group("noun") else (m.group("noun2"), _owner(m.group("owner")))
        verb = _SAID_NOUNS[noun.lower()]
        about = (m.group("about") or "").strip()
        if about and verb.endswith((" about", " to")):
            verb = verb.rsplit(" ", 1)[0]  # "complain" + "about the lorries"
        return lead(m) + f"what did {who} {verb}" + (f" {about}" if about else "")
    return None


def date_of(rest: str) -> str | None:
    """"of the fair the chair named" (after "tell me the date") -> "when is the fair the chair named"."""
    m = _OF.match(rest)
    return f"when is {m.group('np')}" if m else None


def _plain_noun(noun: str) -> bool:
    """A noun phrase with no verb or preposition of its own ("judge", "county surveyor")."""
    from bot.answering.plain_question import doc_of

    return not any(t.pos_ in ("VERB", "AUX", "ADP") for t in doc_of(noun))


_PRONOUNS = {"her": "she", "his": "he", "their": "they", "its": "it"}


def _owner(owner: str) -> str:
    """"the union's" -> "the union", "residents'" -> "residents", "her" -> "she"."""
    if owner.lower() in _PRONOUNS:
        return _PRONOUNS[owner.lower()]
    return re.sub(r"['’]s?$", "", owner)
