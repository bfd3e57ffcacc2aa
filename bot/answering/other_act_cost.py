"""A cost asked of one act ("how much will it cost to repair the bridge?", "what will the repairs
cost?") that the chosen sentences give only for another act of the same thing ("The bridge was built
in 1994 at a cost of £1.8 million"): the articles do not say the cost asked.

    How much will it cost to repair the footbridge?   "built in 1994 at a cost of £1.8 million"    build cost only
    How much will it cost to repair the footbridge?   "Repairs are expected to cost £420,000"      answered
    How much will it cost to repair the pumps?         "when the pumps of the town's $42 million plant
                                                        failed ... nobody has said when they will be fixed"   declined

A sum before a noun after a determiner or possessive ("the town's $42 million plant", "a £2m bridge")
is the thing's worth, another cost than the act's. A sentence that names the act but gives it no sum
("when it will be fixed") does not answer either: only a sentence with the act and a sum does.

Read from the question's and the chosen sentences' text alone (regular expressions)."""

from __future__ import annotations

import re

# The acts a cost is asked of, each by the stems its forms share ("repair", "repairs", "repaired").
_ACTS = ("repair", "fix", "replac", "rebuil", "restor", "renovat", "refurbish", "demolish", "demolition",
         "upgrad", "maint", "clean", "mend", "widen", "extend", "extension", "convert", "conversion",
         "remov", "run", "operat", "insur")
_COST_ASKED = re.compile(
    r"^\s*(?:and\s+)?(?:how\s+much\b[^?]*\bcost|what\s+(?:is|was|will\s+be|would\s+be)?\s*(?:the\s+)?(?:\w+\s+)?cost\b|"
    r"what\s+(?:will|would|did|does|do)\b[^?]*\bcost\b)", re.I)
# The act the given sum belongs to: building or buying the thing in the first place.
_OTHER_ACT = re.compile(r"\b(?:built|build|building|constructed|construction|bought|purchased|opened|installed|"
                        r"put\s+up|erected)\b", re.I)
# a sum that names the thing's worth: "the village's $186 million solar grid", "a £2m bridge"
_WORTH = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['’]s)\s+(?:[$€£¥₹]\s?\d[\d,.]*|\d[\d,.]*)"
                    r"(?:\s?(?:million|billion|m|bn|k)\b)?(?:\s+(?:dollars?|pounds?|euros?))?\s+[a-z]", re.I)
_SUM = re.compile(r"[$€£¥₹]\s?\d|\d[\d,.]*\s*(?:million|billion|m|bn|k)?\s*(?:pounds|dollars|euros|rand)\b", re.I)


def _asked_acts(question: str) -> list[str]:
    words = re.findall(r"[a-z]+", question.lower())
    return [stem for stem in _ACTS if any(w.startswith(stem) for w in words)]


def other_act_cost(q, chosen: list) -> object | None:
    """chosen[0] when a cost of an act is asked, no chosen sentence names that act, and the first
    gives a sum for building or buying the thing; else None."""
    if not chosen or not _COST_ASKED.search(q.text):
        return None
    acts = _asked_acts(q.text)
    if not acts:
        return None
    texts = [c.text.lower() for c in chosen]
    if any(re.search(rf"\b{stem}", t) and _SUM.search(t) for stem in acts for t in texts):
        return None  # a sentence with the act and a sum: the cost asked may be there
    first = chosen[0].text
    if not (_SUM.search(first) and (_OTHER_ACT.search(first) or _WORTH.search(first))):
        return None
    return chosen[0]
