"""A name asked for, against a sentence whose only word "name" withholds one.

    What is the name of the safety inspector who checked the quarry?
        "A mother of two in the harbour village, who did not want her name printed, said ..."
        "One of our safety inspectors went out to the site last Thursday ..."

"name" in the question says what is asked, and a sentence that withholds somebody's name ("did not
want her name printed", "declined to give his name") shares the word without giving any name: on
that word alone it outranked the sentence describing the person asked. Such a sentence's "name" is
no match; it still counts for whatever else it shares, and a name kept back of the very person
asked is still read as such (anonymous.py, extractive's name check), from the sentence's text.
"""

from __future__ import annotations

import re

from index.vocabulary import vocabulary

# "the name of X", "what's her first name", "Name the skipper", "head coach name?": a name asked for
# (not "which firm did he name", the act of naming).
ASKS_A_NAME = re.compile(r"\bname\s+of\b|\b(?:his|her|their|its|first|full|whose)\s+name\b|^\s*name\s+(?:the|a|an|his|her)\b"
                         r"|\bname\s*\??\s*$", re.I)
# "did not want her name printed", "asked not to be named", "declined to give his name", "without naming"
_WITHHOLDS = re.compile(r"\b(?:not|n[o']t|never|declined|refused|without)\b(?:\s+[\w'’]+){0,4}?\s+nam(?:e|ed|es|ing)\b", re.I)
_NAME = "name"


def name_not_matched(question: str, candidates) -> None:
    """For a question asking a name, drop "name" from the terms of the sentences withholding one."""
    if not ASKS_A_NAME.search(question):
        return
    markers = vocabulary().anonymity_markers
    for c in candidates:
        if _NAME in c.terms and (_WITHHOLDS.search(c.text) or any(m in c.text.lower() for m in markers)):
            c.terms = c.terms - {_NAME}
