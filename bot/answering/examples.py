"""Example questions drawn from the user's own corpus: its most quoted speakers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from index.models import Statement

GENERIC = ["Who said …?", "What did <a speaker> say about <a topic>?", "When did <a speaker> say …?"]


def example_questions(statements: Iterable[Statement], n: int = 2) -> list[str]:
    """ "What did <speaker> say?" for the corpus's most quoted named people; generic forms when it has none."""
    counts = Counter(
        st.speaker for st in statements
        if len(st.speaker.split()) >= 2 and all(w[:1].isupper() for w in st.speaker.split())
    )
    top = [name for name, _ in counts.most_common(n)]
    if not top:
        return GENERIC[:n]
    return [f"What did {name} say?" for name in top] + [f"When did {top[0].split()[-1]} say it?"][: max(0, 3 - len(top))]
