""""How did X reply to Y's letter?": X's words the articles report are a reply only if said after Y's.
A letter that quotes X's earlier letter ("in his letter of 11 October, Mr X wrote ...") reports what Y
answered, not X's reply: when every statement of X's among the chosen sentences is dated before Y's
first statement in that article, the articles do not report a reply."""

from __future__ import annotations

import re

from index.textnorm import fold

_REPLY = re.compile(r"^\s*(?:and\s+)?how\s+(?:did|does|has|have|had|will)\s+(.+?)\s+(?:reply|respond|react|answer|hit back)\s+"
                    r"to\s+(.+?)\s*\??\s*$", re.I)


def reply_not_reported(question: str, chosen, ledger) -> bool:
    m = _REPLY.match(fold(question))
    if m is None or ledger is None or not chosen:
        return False
    replier = ledger.resolve_speaker(m.group(1))
    target = re.sub(r"['’]s?\s+\w+.*$", "", m.group(2))  # "Isobel MacRath's letter" -> Isobel MacRath
    answered = ledger.resolve_speaker(target)
    if replier is None or answered is None or replier == answered:
        return False
    theirs = [c for c in chosen if c.statement is not None and c.statement.speaker == replier]
    if not theirs:
        return False
    for c in theirs:
        said = c.statement.when_start
        firsts = [s.when_start for s in ledger.statements_for_article(c.chunk.chunk.article_id)
                  if s.speaker == answered and s.when_start is not None]
        if said is None or not firsts or said >= min(firsts):
            return False
    return True
