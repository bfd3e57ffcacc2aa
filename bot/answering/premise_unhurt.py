"""A why-question about harm done to people that the article says nobody came to, or a question
asking how badly someone was harmed.

    Why did the blast at the depot injure two drivers?   "No one was hurt when the tank burst."
    Why did the crash kill the cyclist?                  "The rider escaped unhurt."
    How badly was the steward hurt in the collapse?      "Nobody was hurt, the organisers said."
    What injuries did the driver suffer?                 "The driver was unhurt."

The question's verb of harm ("injure", "hurt", "kill", "wound") is read from its text, not its
parse: a lower-case question may be parsed with "injure" as a noun. The sentence denies harm to
anyone in other words of harm ("nobody was hurt", "no injuries", "unharmed"); not when another
sentence read tells someone harmed, nor for "no one else was hurt" (someone was).
"""

from __future__ import annotations

import re

SCANNED = 30  # the asked article's best sentences read: a short "Nobody was hurt in that fire." scores low

# ("hurt" and "harm" only of people: "why did the closure hurt trade" is not about injury.)
_PEOPLE = r"(?:people|persons?|residents?|neighbou?rs?|workers?|staff|children|pupils|passengers?|guests?|fans|spectators?|" \
          r"drivers?|riders?|anyone|anybody|someone|somebody|him|her|them|us|me|\d+|two|three|four|five|several|many|dozens)"
_HARM_ASKED = re.compile(r"^\s*(?:and\s+)?why\s+(?:did|does|do|has|have|had|was|were|is|are)\b[^?]*?\b"
                         r"(?:injur(?:e|es|ed|ing)|kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|maim\w*"
                         rf"|(?:hurt|harm)(?:s|ed|ing)?\s+(?:\w+\s+){{0,2}}?{_PEOPLE}\b)",
                         re.I)
_HARM = r"(?:hurt|injured|harmed|killed|wounded|hospitali[sz]ed|maimed)"
_NOBODY = re.compile(
    rf"\b(?:nobody|no\s*-?\s*one|none\s+of\s+(?:them|the\s+\w+)|no\s+(?:residents?|people|person|workers?|staff|neighbours?|"
    rf"neighbors?|passengers?|children|pupils|guests?|spectators?|drivers?|riders?)|neither)\s+(?:\w+\s+)?(?:was|were|is|are|has\s+been|"
    rf"have\s+been|had\s+been|got)\s+(?:seriously\s+|badly\s+)?{_HARM}\b"
    rf"|\bno\s+(?:(?:one|serious|major|reported)\s+)?(?:injur(?:y|ies)|casualt(?:y|ies)|deaths?|fatalit(?:y|ies))\b"
    rf"|\b(?:unhurt|unharmed|uninjured|without\s+injury|without\s+injuries)\b"
    # "Nobody was on the path when the slope gave way": nobody there, so nobody harmed
    rf"|\b(?:nobody|no\s*-?\s*one)\s+(?:was|were|had\s+been)\s+(?:on|in|at|inside|aboard|under|near|beneath)\s+(?:the|a|an|its|their)\b",
    re.I)
_ELSE = re.compile(r"\b(?:nobody|no\s*-?\s*one)\s+else\b|\bno\s+other\b|\bno\s+further\b", re.I)
_HARMED = re.compile(rf"\b(?:was|were|been|is|are|got|left)\s+(?:\w+\s+)?(?:{_HARM})\b|\binjur(?:y|ies)\b|\bdied\b|\bdead\b|"
                     rf"\bcasualt(?:y|ies)\b", re.I)


# "How badly was X hurt", "how seriously were they injured", "what injuries did X suffer": the
# harm is taken as done and only its degree asked.
_DEGREE_ASKED = re.compile(r"^\s*(?:and\s+)?(?:how\s+(?:badly|seriously|severely|gravely|bad)\s+(?:was|were|is|are|had|has|have|did)\b[^?]*?"
                           r"\b(?:hurt|injured|harmed|wounded)\b"
                           r"|(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:injur(?:y|ies)|wounds?)\s+(?:did|had|has|have|were|was)\b)",
                           re.I)


def nobody_harmed(q, own: list) -> list | None:
    """The asked article's sentence saying nobody was harmed, for a why-question asking why harm was
    done; else None (when any sentence read tells harm done, or the question itself denies). Asked why
    someone was killed: the sentences telling those harmed lived (`survived`)."""
    if q.kind != "why" or not own or not _HARM_ASKED.search(q.text):
        return None
    return _denying(q, own) or survived(q, own)


# "Why did the crash kill the passenger?": a death asked.
_KILL_ASKED = re.compile(r"^\s*(?:and\s+)?why\s+(?:did|does|do|has|have|had|was|were|is|are)\b[^?]*?\b(?:kill(?:s|ed|ing)?|die|died)\b",
                         re.I)
# Those harmed lived: hurt, treated, sent home ("suffered leg injuries", "have since been discharged").
_LIVED = re.compile(r"\b(?:suffered\s+(?:[\w\-]+\s+){0,3}?(?:injur(?:y|ies)|wounds?|fractures?|burns|cuts|bruis\w+|concussion)|"
                    r"suffered\s+(?:a\s+|an\s+)?(?:broken|fractured|minor|serious|head|leg|arm|back)\b|"
                    r"(?:was|were|been)\s+(?:\w+\s+)?(?:injured|hurt|wounded)|"
                    r"(?:was|were|been|being)\s+(?:since\s+)?discharged|survived|(?:is|are|was|were)\s+recovering|"
                    r"(?:in\s+a\s+)?(?:stable|satisfactory)\s+condition)\b", re.I)
_DEATH = re.compile(r"\b(?:died|dies|dead|death|deaths|killed|fatal\w*|perish\w*|bod(?:y|ies)|lost\s+(?:his|her|their)\s+li(?:fe|ves))\b", re.I)
LIVED_CITED = 2


def survived(q, own: list) -> list | None:
    """Asked why someone was killed ("why did the collision kill the passenger"), the asked article's
    sentences telling those harmed were hurt and lived ("suffered leg injuries", "have since been
    discharged"), when no sentence read tells a death; else None."""
    if not _KILL_ASKED.search(q.text) or re.search(r"\b(?:not|no|n['’]t|never)\b", q.text, re.I):
        return None
    read = own[:SCANNED]
    if any(_DEATH.search(c.text) for c in read):
        return None
    lived = [c for c in read if _LIVED.search(c.text)]
    return lived[:LIVED_CITED] or None


def harm_degree_denied(q, own: list) -> list | None:
    """The asked article's sentence saying nobody was harmed, for a question asking how badly someone
    was ("how badly was the steward hurt"); else None, as `nobody_harmed`."""
    if not own or not _DEGREE_ASKED.search(q.text):
        return None
    return _denying(q, own)


def _denying(q, own: list) -> list | None:
    if re.search(r"\b(?:not|no|n['’]t|never)\b", q.text, re.I):
        return None
    read = own[:SCANNED]
    denying = [c for c in read if _NOBODY.search(c.text) and not _ELSE.search(c.text)]
    if not denying:
        return None
    if any(_HARMED.search(_NOBODY.sub(" ", c.text)) for c in read):
        return None  # harm told too ("two were injured; nobody was hurt in the second blast")
    return denying[:1]
