"""The article's own voice: a fact check, an investigation or a column speaks as "we", not by the
role a reader gives it. "What verdict did the fact-checkers reach?" is answered by "OUR VERDICT:
Partly true.", "what did the reporters find?" by "We found ..."."""

from __future__ import annotations

import re

from index.vocabulary import vocabulary

# A quotation is someone else's "we"; the writer's own is outside quotation marks.
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
_WE = re.compile(r"\b(?:we|us|our|ours)\b", re.I)


def asks_the_writers(role_phrase: str | None) -> bool:
    """Whether a role names whoever wrote the article ("the fact-checkers", "the paper's reporters")."""
    if not role_phrase:
        return False
    last = re.sub(r"['’]s?$", "", role_phrase.split()[-1].lower().strip("?,."))
    return last in vocabulary().writer_roles


def in_own_voice(text: str) -> bool:
    """Whether `text` says "we" or "our" outside a quotation."""
    return bool(_WE.search(_QUOTED.sub(" ", text)))
