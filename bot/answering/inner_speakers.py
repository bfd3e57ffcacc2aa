"""A who-question answered by a quotation inside a quotation: the inner speaker, not the teller.

    "The councillor stood here and told us, 'By Friday, the road will be open,'" a resident said.

"Who said the road would be open by Friday?" asks for the councillor (the ledger's inner statement,
named where the article names the councillor), not the resident who retells it. A sentence whose
matched words lie in the inner quotation carries the inner statement; where they lie in the
retelling ("who said the councillor had promised ...") the outer one stays.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.terms import stems


def with_inner_speakers(kind: str, terms, candidates: list[Candidate], ledger) -> None:
    if kind != "who" or ledger is None:
        return
    asked = set(terms)
    by_article: dict[str, list] = {}
    for c in candidates:
        st = c.statement
        if st is None:
            continue
        aid = c.chunk.chunk.article_id
        if aid not in by_article:
            by_article[aid] = ledger.statements_for_article(aid)
        inner = [s for s in by_article[aid] if s is not st and s.speaker != st.speaker and st.start <= s.start and s.end <= st.end
                 and c.span.start <= s.start and s.end <= c.span.end and s.end - s.start < st.end - st.start]
        if not inner:
            continue
        s = inner[0]
        within = set(stems(s.content)) & asked
        rest = set(stems(c.text.replace(s.content, " "))) & asked
        if within and len(within) >= len(rest):
            c.statement = s


# a quotation in single marks inside a double-marked one: "... told us, 'By Friday, it will open.'"
_INNER = re.compile(r"(?<![\w'’])['‘](?=[A-Z])[^'’\"“”]{3,}?['’](?![A-Za-z])")


def without_inner_quotes(text: str) -> str:
    """`text` with the words of a quotation inside a quotation blanked (same length): a day inside
    them ("'By Friday, ...'") is the inner speaker's promise, not the day the sentence was said."""
    if not any(m in text for m in '"“”'):
        return text
    return _INNER.sub(lambda m: " " * len(m.group(0)), text)
