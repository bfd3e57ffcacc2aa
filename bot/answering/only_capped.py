"""A sum asked as paid or given where the articles give only a ceiling of what may be paid.

    How much did the insurer pay the club?    "the policy covers flood damage up to £8,000, with an excess of £500"
    How much did the trust give the school?   "schools can apply for grants of up to $20,000"

The question asks a payment made ("did", "has", "had": past); each sum the chosen sentences naming
the payer give is a ceiling ("up to", "a maximum of", "capped at") or what the payee bears itself
(an excess, a deductible), so nothing says what was paid: the decline cites the sentence. A sum told
as paid beside a ceiling ("paid £6,200 of the £8,000 it covers") answers it.
"""

from __future__ import annotations

import re

from bot.answering.terms import stems

# "how much did the insurer pay", "how much has the trust given": the payer between the auxiliary and the verb.
_PAID_ASKED = re.compile(r"^\s*(?:and\s+)?how\s+much\s+(?:money\s+)?(?:did|has|have|had)\s+([^?]*?)\s+"
                         r"(?:give|given|pay|paid|grant|granted|contribute|contributed|donate|donated|award|awarded|"
                         r"provide|provided|hand\s+over|handed\s+over|pay\s+out|paid\s+out)\b", re.I)
_SUM = re.compile(r"(?:[$€£¥₹]|\b(?:Rs\.?|Shs|KSh|R|A\$|NZ\$|US\$|C\$|FJ\$))\s?\d+(?:[,.]\d+)*(?:\s?(?:m|bn|k|million|billion|thousand))?"
                  r"|\b\d+(?:[,.]\d+)*\s?(?:million|billion|thousand)?\s*(?:dollars|pounds|euros|rand|rupees|shillings)\b", re.I)
# Right before the sum: a ceiling, or what the payee bears ("an excess of", "the deductible is").
_CEILING = re.compile(r"\b(?:up\s+to|as\s+much\s+as|a\s+maximum\s+of|maximum\s+of|capped\s+at|a\s+cap\s+of|a\s+limit\s+of|"
                      r"limited\s+to|no\s+more\s+than|not\s+(?:to\s+)?exceed(?:ing)?)\s*$"
                      r"|\b(?:excess|deductible)\s+(?:is\s+|was\s+|of\s+|would\s+be\s+|will\s+be\s+)?$", re.I)
NEAR = 30  # characters before a sum read for its ceiling words
_WORDS = frozenset("the a an its their his her our".split())


def only_a_ceiling(q, chosen: list) -> object | None:
    """The chosen sentence naming the payer whose every sum is a ceiling or the payee's own share,
    for a how-much-did-X-pay question, when no chosen sentence naming the payer gives another sum;
    else None."""
    asked = _PAID_ASKED.search(q.text)
    if asked is None:
        return None
    payer = [s for w in re.findall(r"[A-Za-z][\w\-]*", asked.group(1)) if w.lower() not in _WORDS for s in stems(w)]
    if not payer or len(payer) > 4:
        return None
    found = None
    for c in chosen:
        if not any(p in c.terms for p in payer):
            continue
        sums = list(_SUM.finditer(c.text))
        if not sums:
            continue
        if not all(_CEILING.search(c.text[max(0, m.start() - NEAR):m.start()]) for m in sums):
            return None  # a sum paid (or another told alongside): not only a ceiling
        found = found or c
    return found
