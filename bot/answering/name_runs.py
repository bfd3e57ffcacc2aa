"""Runs of tokens that make one name, as follow-ups read them from a previous answer.

A name is mostly a run of capitalised words, but not only: an initial keeps its full stop
("N. Parvathamma"), and particles stand inside names without a capital ("Khalid bin Nasser
al-Hinai", "Joost van der Kolk"). Without these a name breaks into pieces of one word, and the
follow-up's "she" is left for nobody.
"""

from __future__ import annotations

from collections.abc import Callable

from index.vocabulary import vocabulary

_PARTICLES = vocabulary().name_particles


def name_runs(tokens: list[str], capital: Callable[[str], bool]) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) for each name run in `tokens`; an initial's full stop joins its letter."""
    runs, k = [], 0
    while k < len(tokens):
        if not _opens(tokens[k], capital):
            k += 1
            continue
        start, words = k, []
        while k < len(tokens):
            token = tokens[k]
            if _opens(token, capital):
                words.append(token)
            elif token == "." and _initial(words) and _next_capital(tokens, k, capital):
                words[-1] += "."  # "N." of "N. Parvathamma"
            elif token.lower() in _PARTICLES and words and _next_capital(tokens, k, capital):
                words.append(token)
            else:
                break
            k += 1
        runs.append((start, k, words))
    return runs


def _opens(token: str, capital: Callable[[str], bool]) -> bool:
    if capital(token):
        return True
    head, _, rest = token.partition("-")  # "al-Hinai", "el-Sayed"
    return bool(rest) and head.lower() in _PARTICLES and rest[:1].isupper()


def _initial(words: list[str]) -> bool:
    return bool(words) and len(words[-1]) == 1 and words[-1].isupper()


def _next_capital(tokens: list[str], k: int, capital: Callable[[str], bool]) -> bool:
    """The token after k opens a name, or is one more particle before one ("van der Kolk")."""
    for token in tokens[k + 1 : k + 3]:
        if _opens(token, capital):
            return True
        if token.lower() not in _PARTICLES:
            return False
    return False
