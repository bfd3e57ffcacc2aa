"""A passive question with its doer named, asked in the active voice the parser reads.

    By whom were the prayers led?                      -> Who led the prayers?
    By which firm was the depot taken over?            -> Which firm has taken over the depot?
    Why was the claim rated false by the fact-checkers? -> Why did the fact-checkers rate the claim false?

The question parser finds the person asked for in a who-question's first words, and the act and its
doer in the subject and verb after an inverted "did"; a passive puts the doer last, after "by".
"""

from __future__ import annotations

import re

# "By whom was", "by which Dutch competitor were", "by how many people was".
_BY_WH = re.compile(r"^(?i:by)\s+(?P<wh>whom|(?:which|what|how\s+many)\s+.+?)\s+(?:was|were)\s+(?P<rest>.+)$", re.I)
# "Why was the claim rated false by the fact-checkers", the doer last or before a clause of time or aim.
_WH_BY = re.compile(r"^(?P<wh>(?i:why|when|where|how|what|which)(?:\s+(?!was\b|were\b)[\w\-'’]+){0,3}?)\s+(?i:was|were)\s+"
                    r"(?P<rest>.+?)\s+by\s+(?P<doer>(?:(?i:the|a|an|his|her|its|their)\s|[A-Z])[^,]*?)"
                    r"(?P<tail>\s+(?:when|while|after|before|during|because|to\s+\w+)\b.*)?$")
# Past participles that are the simple past as well ("led", "told"): the active keeps the word.
_PAST_TOO = re.compile(r"(?:ed|led|told|said|made|found|held|sent|paid|won|lost|put|set|cut|bought|brought|built|"
                       r"caught|taught|thought|heard|kept|left|meant|met|read|sold|spent|stood|heard|hit|shut|"
                       r"struck|sought|won)$")


def active(text: str) -> str:
    """`text` in the active voice when it is a passive question naming its doer; else unchanged."""
    if (m := _BY_WH.match(text)):
        split = _participle(m.group("rest"))
        if split is None:
            return text
        done, verb, rest = split
        wh = "who" if m.group("wh").lower() == "whom" else m.group("wh")
        said = verb.text if _PAST_TOO.search(verb.lower_) else "has " + verb.text
        return f"{wh} {said}{_particle(verb)} {done} {rest}".strip()
    # "by the mayor and by the union": two doers; "by the nurse supposed to ...": the doer of another verb
    if (m := _WH_BY.match(text)) and " by " not in m.group("doer") and not _has_verb(_without_relative(m.group("doer"))):
        if (said := _what_was_done(m)) is not None:
            return said
        split = _participle(m.group("rest"))
        if split is None or split[0].lower() in ("it", "there"):  # "was it admitted by ... that": no thing done
            return text
        done, verb, rest = split
        from bot.answering.plain_question import base_form

        return f"{m.group('wh')} did {m.group('doer')} {base_form(verb)}{_particle(verb)} {done} {rest}".strip() + (m.group("tail") or "")
    return text


def _what_was_done(m: re.Match) -> str | None:
    """"What was said about the levy by the chair who resigned?" -> "What did the chair who resigned say
    about the levy?": the thing done is the "what" asked, so the participle comes first."""
    if m.group("wh").lower() not in ("what", "what else") or m.group("tail"):
        return None  # "what deal was signed by ...": asked of the deal; "what was predicted by X to happen": a clause of its own
    from bot.answering.plain_question import base_form, doc_of

    doc = doc_of(m.group("rest"))
    if not len(doc) or doc[0].tag_ not in ("VBN", "VBD"):
        return None
    rest = doc[1:].text
    return f"{m.group('wh')} did {m.group('doer')} {base_form(doc[0])}{_particle(doc[0])} {rest}".strip()


def _without_relative(doer: str) -> str:
    """"the judge who questioned its counsel" -> "the judge": a relative clause's verb is not the doer's own act."""
    return re.split(r"\s+(?:who|that|which|whose)\s+", doer, maxsplit=1)[0]


def _participle(rest: str):
    """(what was done, the participle, the words after it) of "the prayers led when ...", or None."""
    from bot.answering.plain_question import doc_of

    doc = doc_of(rest)
    verb = next((t for t in doc if t.tag_ in ("VBN", "VBD")), None)
    if verb is None or verb.i == 0:
        return None  # "were killed in fires caused by ...": the "by" is of another verb than the question's
    after = [t for t in doc[verb.i + 1:] if not (t.dep_ == "prt" and t.head.i == verb.i)]
    return doc[:verb.i].text, verb, "".join(t.text_with_ws for t in after).strip()


def _particle(verb) -> str:
    """" over" of "taken over": the particle goes with the verb."""
    return "".join(" " + c.text for c in verb.children if c.dep_ == "prt")


def _has_verb(words: str) -> bool:
    from bot.answering.plain_question import doc_of

    return any(t.pos_ == "VERB" for t in doc_of(words))
