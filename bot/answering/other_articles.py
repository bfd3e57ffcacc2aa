"""A second article is cited only when it covers some of the question the first does not.

    How many Fernbridge pupils will be moved?   "Fernbridge's 140 students would be split ..."  (the school story)
                                               "... show a drop of 31 pupils."  (a tunnel story: dropped)

Retrieval and sentence scores can rank a sentence of an unrelated story high on common words
("pupils", "went down"). Read at the level of whole articles, the unrelated story holds none of the
question's names the answering story lacks, and either lacks one that story holds or holds far less
of the question's (idf-weighted) words: its sentences add nothing but a wrong citation. A sentence
that names a person the other story's chosen sentences name is a hop from one story to the next
("the executive whose job is under review" / "... founded the firm in Town"): it stays.
"""

from __future__ import annotations

from bot.answering.candidates import Candidate
from bot.answering.mentions import named_people, writes_word
from bot.answering.neighbours import gives_figure

COVERED = 0.75  # an article holding less than this share of another's weight of the question's words


def keep_covering_articles(q, chosen: list[Candidate], article_terms, people, idf) -> list[Candidate]:
    """`chosen` without the sentences of an article that another chosen article covers the question beyond."""
    articles = list(dict.fromkeys(c.chunk.chunk.article_id for c in chosen))
    # A comparison's sides may each have a story of their own, one told in fewer of the question's words;
    # unless one story already gives both sides a figure ("€9.50 this year" / "Last year it was €6.80").
    if len(articles) < 2 or (q.kind == "compare" and not any(_both_sides(a, chosen) for a in articles)):
        return chosen
    asked = set(q.terms)
    names = set(q.names)
    held = {a: asked & article_terms(a) for a in articles}
    weight = {a: sum(idf(t) for t in held[a]) for a in articles}
    covered = {a for a in articles if any(b != a and _beyond(b, a, held, weight, names) for b in articles)}
    if not covered or len(covered) == len(articles):
        return chosen
    kept = [c for c in chosen if c.chunk.chunk.article_id not in covered or _bridges(c, chosen, covered, people)]
    return kept or chosen


def _both_sides(article: str, chosen: list[Candidate]) -> bool:
    """Two of `article`'s chosen sentences each give a figure: a side each."""
    return sum(1 for c in chosen if c.chunk.chunk.article_id == article and gives_figure(c.text)) >= 2


def _beyond(b: str, a: str, held, weight, names: set[str]) -> bool:
    """Article `b` covers the question beyond `a`: `a` holds no name of the question `b` lacks, and `b`
    holds one `a` lacks, or far more of the question's weight (`a`'s other words are common ones)."""
    if (held[a] - held[b]) & names:
        return False
    return bool((held[b] - held[a]) & names) or weight[a] < COVERED * weight[b]


def _bridges(c: Candidate, chosen: list[Candidate], covered: set[str], people) -> bool:
    """`c` names someone a kept article's chosen sentence names or is said by: the hop between stories."""
    kept = [o for o in chosen if o.chunk.chunk.article_id not in covered]
    named = {p.surname for o in kept for p in named_people(o.text, people.get(o.chunk.chunk.article_id, ()))}
    named |= {o.statement.speaker.split()[-1] for o in kept
              if o.statement is not None and not o.statement.generic_speaker and o.statement.speaker[:1].isupper()}
    return any(writes_word(c.text, s) for s in named)
