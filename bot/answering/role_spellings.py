"""A job the question writes one way and the article the other: "the CFO" is the "chief financial
officer" or the "finance chief", "the chief executive officer" the "CEO". The pairs are the role
groups' (index/vocabulary.yaml role_groups) short forms whose letters are a longer member's
initials, each with every title of several words in its group."""

from __future__ import annotations

from functools import lru_cache

from bot.answering.terms import stems
from index.vocabulary import vocabulary


@lru_cache(maxsize=1)
def _pairs() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(the short form's stems, the long form's stems) for each acronym a role group spells out."""
    out = []
    for group in vocabulary().role_groups:
        for short in group:
            if " " in short:
                out.extend(_leading_pairs(short, group))
                out.extend(_two_word_pairs(short, group))
                continue
            if len(short) < 2:
                continue
            spelled = [long for long in group if _initials(long) == short.lower()]
            if not spelled:
                continue
            # An acronym stands for its group's other titles of several words too: "the CFO" is the
            # "finance chief" a wire writes, as much as the "chief financial officer".
            for long in group:
                words = long.split()
                a, b = stems(short), stems(long)
                if len(words) >= 2 and a and len(b) == len(words):
                    out.append((a, b))
    return tuple(out)


@lru_cache(maxsize=1)
def _first_terms() -> frozenset[str]:
    """The first stem of each form of each pair: a sentence holding none holds no form whole."""
    return frozenset(form[0] for pair in _pairs() for form in pair)


def _leading_pairs(short: str, group) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """"hr manager" beside "human resources manager": the leading acronym ("hr") and the words it
    stands for ("human resources"), the rest of the two titles being the same."""
    head, *rest = short.split()
    if not 2 <= len(head) <= 4:
        return []
    out = []
    for long in group:
        words = long.split()
        lead = words[:len(words) - len(rest)] if rest and words[-len(rest):] == rest else []
        if len(lead) >= 2 and _initials(" ".join(lead)) == head.lower() and stems(head) and len(stems(" ".join(lead))) == len(lead):
            out.append((stems(head), stems(" ".join(lead))))
    return out


def _two_word_pairs(title: str, group) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """"opposition spokesman" beside "shadow minister": a job of two words its group also names by two
    other words, none shared (titles sharing a word, "foreign minister" / "foreign secretary", match
    already by their one-word groups). A question's "the opposition health spokesman" then reads as
    the "shadow health minister", the words apart as the job's field is written between them."""
    a = stems(title)
    if len(title.split()) != 2 or len(a) != 2:
        return []
    out = []
    for other in group:
        b = stems(other)
        if other != title and len(other.split()) == 2 and len(b) == 2 and not set(a) & set(b):
            out.append((a, b))
    return out


def _initials(phrase: str) -> str:
    """"chief financial officer": "cfo"; "member of parliament": "mp" (an acronym skips "of" and "the")."""
    words = [w for w in phrase.split() if w.lower() not in ("of", "the")]
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""


def _replace(role: tuple[str, ...], old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...] | None:
    n = len(old)
    for i in range(len(role) - n + 1):
        if role[i:i + n] == old:
            return role[:i] + new + role[i + n:]
    if n == 2 and len(new) == 2 and old[0] in role:
        # "opposition health spokesman": a two-word job with its field between its words
        i = role.index(old[0])
        j = next((k for k in range(i + 2, min(i + 4, len(role))) if role[k] == old[1]), None)
        if j is not None:
            return role[:i] + (new[0],) + role[i + 1:j] + (new[1],) + role[j + 1:]
    return None


def spellings(role: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The role's stems, and the same with a job's acronym spelled out or a spelled-out job shortened."""
    out = [role]
    for short, long in _pairs():
        for old, new in ((short, long), (long, short)):
            other = _replace(role, old, new)
            if other is not None and other not in out:
                out.append(other)
    return tuple(out)


def holds_job(head: str, terms: frozenset[str]) -> bool:
    """The description's terms hold the job's word, or its other spelling ("cfo": "chief financial officer")."""
    return any(all(t in terms for t in form) for form in spellings((head,)))


def with_job_spellings(candidates) -> None:
    """Give a sentence that writes a job one way the other way's terms too, for its scoring: "What
    did the CFO say" is answered by "chief financial officer Ana Ruiz said"."""
    firsts = _first_terms()
    for c in candidates:
        if firsts.isdisjoint(c.terms):
            continue  # no form of any pair can be whole in the sentence (most sentences: no job word)
        extra = {t for short, long in _pairs() for have, add in ((short, long), (long, short))
                 if all(t in c.terms for t in have) for t in add}
        if extra - c.terms:
            c.terms = c.terms | frozenset(extra)
