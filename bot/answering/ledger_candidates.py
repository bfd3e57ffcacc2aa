"""Which statements can match a claim: a term index over the ledger, kept until the ledger changes.

A statement that shares no term with a claim scores 0 against it, so a who-question only
needs to score the statements that share a term. Without the index every who-question
loaded, parsed and stemmed every statement: about 300 ms a question at 10,000 articles.
The index also gives each candidate's score: the share of the claim's terms its text holds
is the count of the claim's terms whose postings list it, so no candidate is stemmed again.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import date

from index.models import Article, Statement
from index.statements.topics import terms, topic_score


def scored_claim_candidates(
    claim: str,
    ledger,
    since: date | None,
    until: date | None,
    articles: Mapping[str, Article],
    text_of: Callable[[Statement, Mapping[str, Article]], str],
    min_share: float = 0.0,
) -> list[tuple[float, Statement]]:
    """(share, statement) for `ledger.statements(since=, until=)`, in its order, less those
    sharing too few terms with `claim`; share is `topic_score(claim, text_of(statement, articles))`.

    `text_of(statement, articles)` is the text a claim is scored against; a statement is kept
    when it shares a term with the claim and at least `min_share` of the claim's terms.
    """
    want = terms(claim)
    if not hasattr(ledger, "derived"):  # a ledger without a database behind it: nothing to index
        return [(topic_score(claim, text_of(st, articles)), st) for st in ledger.statements(since=since, until=until)]
    postings = ledger.derived(("claim terms", text_of), lambda: _postings(ledger, articles, text_of))
    need = math.ceil(max(1, min_share * len(want) - 1e-9))  # terms a statement must share
    lists = sorted((postings.get(term, _NONE) for term in want), key=len)
    # A statement sharing `need` of the claim's terms is in the postings of at least one of any
    # len(want) - need + 1 of them: the rarest give the candidates (counting every statement that
    # shares a common term cost milliseconds a question).
    candidates = set().union(*lists[: len(want) - need + 1])
    shared: Counter[str] = Counter()
    for some in lists:
        shared.update(candidates.intersection(some))
    ids = {sid for sid, n in shared.items() if n >= need}
    if not ids:
        return []
    # The statements by id, each with its place in the ledger's order: picking the few that
    # share terms, instead of scanning them all (17 ms a question at 10,000 articles).
    placed = _placed(ledger, since, until)
    return [(shared[st.id] / len(want), st) for _, st in sorted(placed[sid] for sid in ids if sid in placed)]


_NONE: frozenset[str] = frozenset()


def build_claim_tables(ledger, articles: Mapping[str, Article], text_of: Callable[[Statement, Mapping[str, Article]], str]) -> None:
    """The tables `scored_claim_candidates(..., text_of)` reads for a question without a period,
    built now (bot/answering/warm.py): seconds at 10,000 articles, else paid by the first who-question."""
    if hasattr(ledger, "derived"):
        ledger.derived(("claim terms", text_of), lambda: _postings(ledger, articles, text_of))
        _placed(ledger, None, None)


def _placed(ledger, since: date | None, until: date | None) -> dict[str, tuple[int, Statement]]:
    return ledger.derived(("statements by id", since, until),
                          lambda: {st.id: (i, st) for i, st in enumerate(ledger.statements(since=since, until=until))})


def _postings(ledger, articles, text_of) -> dict[str, set[str]]:
    """term -> ids of the statements whose text holds it."""
    postings: dict[str, set[str]] = {}
    for st in ledger.statements():
        for term in terms(text_of(st, articles)):
            postings.setdefault(term, set()).add(st.id)
    return postings
