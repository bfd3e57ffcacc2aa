"""Sentences that say the very act asked about has not been done (yet), or that a sum was only asked for.

    What did the port authority say about the closure?   "The Gazette asked the port authority for comment
                                                          but had not received a reply by deadline."
    What did the licensing board decide on the bid?      "... the board had not yet reached a decision."
    How much did the county give towards the new roof?   "the county had been asked for a grant of up to $2m"

The question is answered by a decline that cites the sentence: the articles say the reply, the decision,
the grant is still to come. Read from the chosen sentences' text with regexes (no parse).
"""

from __future__ import annotations

import re

from bot.answering.question import asks_about_speech

# "what did X decide / rule / conclude", "what was X's decision / ruling / verdict"
_DECISION_ASKED = re.compile(
    r"^\s*(?:and\s+)?what\s+(?:did|has|have|had|does|do|will)\s+[^?]*?\b(?:decide|rule|conclude|determine|resolve)\b"
    r"|^\s*(?:and\s+)?what\s+(?:was|is|were|are)\s+[^?]*?\b(?:decision|ruling|verdict|conclusion|determination|finding)s?\b",
    re.I)
# A decision not (yet) made, in the sentence's own words.
_UNDECIDED = re.compile(
    r"\b(?:not\s+(?:yet\s+)?(?:reached|made|taken|come\s+to|arrived\s+at)\s+(?:a|any|its|their|his|her|the)\s+"
    r"(?:final\s+)?(?:decision|ruling|verdict|conclusion|determination)"
    r"|(?:has|have|had|is|are|was|were)\s+(?:not|n['’]t)\s+(?:yet\s+)?(?:decided|ruled|concluded)"
    r"|(?:has|have|had|is|are|was|were)n['’]t\s+(?:yet\s+)?(?:decided|ruled|concluded)"
    r"|(?:has|have|had|is|are|was|were)\s+yet\s+to\s+(?:decide|rule|reach\s+a\s+decision|make\s+a\s+decision|conclude)"
    r"|no\s+(?:final\s+)?(?:decision|ruling|verdict)\s+(?:has|had|have|was|were|is)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:made|taken|reached|given|announced))",
    re.I)
# Something decided after all: "decided to", "ruled that", "approved", "rejected" (then the decline is wrong).
_DECIDED = re.compile(r"\b(?<!not\s)(?<!n['’]t\s)(?:decided|ruled|concluded|approved|rejected|refused|granted|dismissed|upheld|"
                      r"voted)\s+(?:to|that|the|against|in\s+favour)\b", re.I)
# A reply asked for and not given: "had not received a reply", "did not respond", "no response was received".
_NO_REPLY = re.compile(
    r"\b(?:(?:had|has|have)\s+not\s+(?:yet\s+)?(?:received|had|got|gotten)\s+(?:a|any)\s+(?:reply|response|answer|comment)"
    r"|(?:had|has|have)n['’]t\s+(?:yet\s+)?(?:received|had|got|gotten)\s+(?:a|any)\s+(?:reply|response|answer|comment)"
    r"|(?:did|does|had|has|have)\s+not\s+(?:yet\s+)?(?:respond|responded|reply|replied|return(?:ed)?\s+(?:calls?|messages?|emails?))"
    r"|(?:didn|doesn|hadn|hasn|haven)['’]t\s+(?:yet\s+)?(?:respond|responded|reply|replied)"
    r"|no\s+(?:reply|response|answer)\s+(?:had|has|was|have)\s+(?:yet\s+)?(?:been\s+)?(?:received|given))\b",
    re.I)


def act_not_done(q, chosen: list, own: list) -> object | None:
    """The sentence that says the act asked ("what did X decide", "what did X say") is not done: of
    `own` (the best article's best sentences), a decision not reached, when none of them tells one
    made; or, first among the chosen, a request for comment with no reply. Else None."""
    texts = [c.text for c in chosen]
    if _DECISION_ASKED.search(q.text):
        undecided = [c for c in own if _UNDECIDED.search(c.text)]
        if undecided and not any(_DECIDED.search(c.text) for c in own):
            return undecided[0]
    if q.kind == "what" and asks_about_speech(q.text) and _NO_REPLY.search(texts[0]):
        return chosen[0]
    return None


_SUM_ASKED = re.compile(r"^\s*(?:and\s+)?how\s+much\s+(?:money\s+)?(?:did|has|have|had|will|would|is|was|does|do)\s+"
                        r"([^?]*?)\s+(?:give|given|gave|pay|paid|grant|granted|contribute|contributed|donate|donated|provide|provided|"
                        r"award|awarded|put\s+in|put\s+up|commit|committed|allocate|allocated|chip\s+in|fund|funded)\b",
                        re.I)
_AMOUNT = re.compile(r"(?:[$€£¥₹]|\b(?:R|A\$|NZ\$|US\$|BDS\$))\s?\d+(?:[,.]\d+)*(?:\s?(?:m|bn|k|million|billion|thousand))?"
                     r"|\b\d+(?:[,.]\d+)*\s?(?:million|billion|thousand)?\s*(?:dollars|pounds|euros|rand|rupees)\b", re.I)
# The sum is what was asked for, applied for or bid: no one has given it.
# (the one asked may be a body of several words, possessive: "asked the Attorney General's Office for")
_SOUGHT = re.compile(r"\b(?:asked\s+(?:[\w\-'’]+\s+){0,5}?for|applied\s+for|applying\s+for|sought|seeking|seek|requested|requesting|bid\s+for|"
                     r"bidding\s+for|application\s+for|lobbying\s+for|hoping\s+for|hopes\s+to\s+(?:get|secure|receive))\s+"
                     r"(?:[\w\-]+\s+){0,5}?$", re.I)


def only_sought(q, chosen: list) -> object | None:
    """"How much did X give towards Y?" where the chosen sentences that name X give a sum only as what
    X was asked for or applied to for ("X had been asked for a grant of up to $3m"): that sentence,
    else None. The giver is the question's words between its auxiliary and the verb of giving."""
    asked = _SUM_ASKED.search(q.text)
    if asked is None:
        return None
    giver = [w for w in re.findall(r"[a-z]+", asked.group(1).lower()) if w not in ("the", "a", "an", "its", "their", "his", "her")]
    if not giver or len(giver) > 4:
        return None
    found = None
    for c in chosen:
        if not all(re.search(rf"\b{re.escape(w)}", c.text, re.I) for w in giver):
            continue
        sums = list(_AMOUNT.finditer(c.text))
        if not sums:
            continue
        if not all(_SOUGHT.search(c.text[max(0, m.start() - 60):m.start()]) for m in sums):
            return None  # a sum the giver gave (or another told alongside): not only asked for
        found = found or c
    return found


# A decision's words, verbs and nouns: "when will the board rule" is answered where it "gives its decision".
_RULING_WORDS = re.compile(r"\b(?:decid\w*|decision|rul(?:e|es|ed|ing|ings)|verdict|determin\w*|conclu\w*|judg(?:e?ment))\b", re.I)
_RULING_ACTS = frozenset("decide rule determine conclude judge".split())
# A time that names no day: "within the coming weeks", "in due course", "shortly".
_VAGUE_TIME = re.compile(r"\b(?:(?:with)?in\s+(?:the\s+)?(?:coming|next|following)\s+(?:few\s+)?(?:days|weeks|months)|"
                         r"within\s+(?:a\s+few\s+)?(?:days|weeks|months)|in\s+due\s+course|shortly|soon|"
                         r"at\s+a\s+later\s+(?:date|stage)|in\s+the\s+near\s+future)\b", re.I)


def ruling_time_vague(q, chosen: list, own: list = ()) -> object | None:
    """"On what date will the board rule?" where the chosen sentence on the ruling gives only a vague
    time ("would give its decision within the coming weeks") and no chosen sentence on it names a day
    (another sentence's date, "the permit expires on 30 April", is another thing's): that sentence."""
    from index.statements.dates import find_time_phrases

    if q.kind != "when" or q.predicate is None or q.predicate.lemma not in _RULING_ACTS:
        return None
    read = [*chosen, *(c for c in own if all(c is not o for o in chosen))]  # (`own`: the best article's best sentences)
    clauses = [(c, k) for c in read for k in _CLAUSES.split(c.text) if _RULING_WORDS.search(k)]
    if not clauses or not _VAGUE_TIME.search(clauses[0][1]):
        return None
    if any(find_time_phrases(_VAGUE_TIME.sub(" ", k)) for _, k in clauses):
        return None  # a day or date of the ruling told too ("representations until 3 April" is another clause's)
    return clauses[0][0]


_CLAUSES = re.compile(r"\band\s+that\b|\bbut\b|;|\.\s")


# "had not decided whether to go to court", "is still considering whether to appeal": an act weighed, not done.
_WEIGHED = re.compile(r"\b(?:(?:not|n['’]t)\s+(?:yet\s+)?decided|yet\s+to\s+decide|undecided|(?:still\s+)?(?:considering|weighing|"
                      r"deciding))\s+(?:whether|if)\s+(?:or\s+not\s+)?(?:to\s+)?([^.;]{0,50})", re.I)
# Going to law by any of its names: "how much is she suing for" is weighed as "whether to go to court".
_LAW = re.compile(r"\b(?:su(?:e|es|ed|ing)|court|legal|lawsuit|litigat\w*|claim)\b", re.I)
_PLAIN = frozenset("what which when where who how much many does did is was are were will would has have had the a an "
                   "for her his their its to of on in about over".split())


# going to law told as done: "has sued", "filed a lawsuit", "is suing ... for £12,000", "issued proceedings"
_LAW_DONE = re.compile(r"\b(?:(?:has|have|had)\s+sued|sued|(?:is|are|was|were)\s+suing|filed\s+(?:a\s+)?(?:lawsuit|claim|suit)|"
                       r"issued\s+(?:legal\s+)?proceedings|(?:a|the)\s+lawsuit)\b", re.I)


def law_only_weighed(q, chosen: list, own: list = ()) -> object | None:
    """For a question that takes going to law as done ("how much is she suing for?"): the sentence
    saying it is still weighed ("had not decided whether to go to court"), chosen first or among the
    asked article's best sentences (`own`: "she was sent a photograph ..." may be chosen, the weighing
    further down), when no sentence read tells a suit brought; else None. The premise is wrong: the
    caller corrects it."""
    if not chosen or not _LAW.search(q.text) or any(_LAW_DONE.search(c.text) for c in [*chosen, *own]):
        return None
    return next((c for c in [chosen[0], *own] if (w := _WEIGHED.search(c.text)) is not None and _LAW.search(w.group(1))),
                None)


def act_only_weighed(q, chosen: list) -> object | None:
    """chosen[0] when it says the act the question asks about is still being weighed ("had not
    decided whether to sell the farm" for "who bought the farm?"); else None."""
    if not chosen:
        return None
    weighed = _WEIGHED.search(chosen[0].text)
    if weighed is None:
        return None
    clause = weighed.group(1)
    asked = {w[:5] for w in re.findall(r"[a-z]+", q.text.lower()) if w not in _PLAIN and len(w) > 3}
    told = {w[:5] for w in re.findall(r"[a-z]+", clause.lower()) if len(w) > 3}
    # the act shared, not only the thing ("whether to sell the farm" for "who bought the farm?")
    verbs = re.findall(r"\bto\s+([a-z]+)", "to " + clause.lower())
    return chosen[0] if verbs and verbs[0][:5] in asked and asked & told else None
