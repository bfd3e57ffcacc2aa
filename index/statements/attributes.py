"""spaCy's attribute ruler (coarse part of speech, morphology and a few lemmas from the tagger's
fine tags), applied by looking its rules up per token instead of running its Matcher.

The ruler of en_core_web_sm holds 179 rules, nearly all of one token keyed on the fine tag
and/or the lowercase form. spaCy runs them as a Matcher over every paragraph: about a fifth of
the parse's CPU in the ingest (1.0 of 5.5 CPU-seconds on 200 bench articles). Here each token
looks up only the rules that can match it (by tag, by form, or the few keyed on neither), the
rare rules of several tokens stay with a Matcher of their own, and the result is the ruler's:
matches are applied in rule order, so a later rule wins, as in `AttributeRuler.match` (same
part of speech, morphology, lemma, tag and dependency on every token of the general corpus,
the seeds, the held-out and dev sets and 1,000 bench articles; tests/index/test_attributes.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

class Attributes:
    """The rules of a loaded `AttributeRuler`, ready to apply to a `Doc` it has not seen."""

    def __init__(self, ruler) -> None:
        from spacy.matcher import Matcher
        from spacy.tokens._retokenize import set_token_attrs

        self._set = set_token_attrs
        self._attrs = list(ruler.attrs)  # rule number -> what it sets (spaCy's normalised form)
        self._indices = list(ruler.indices)  # rule number -> which token of a longer match
        self._tests: list[Callable] = [_never] * len(self._attrs)  # rule number -> test of one token
        self._by_tag: dict[str, list[int]] = {}
        self._by_lower: dict[str, list[int]] = {}
        self._by_dep: dict[str, list[int]] = {}
        self._by_space: dict[bool, list[int]] = {}
        self._other: tuple[int, ...] = ()
        self._tag_only: set[int] = set()  # rules of one pattern, one token, keyed on its tag alone
        self._by_hash: dict = {}  # id of a StringStore -> the tables by hash
        self._matched: dict = {}  # id of a StringStore -> (tag, form, dep, is space) hashes -> one-token rules matched
        self._matcher = Matcher(ruler.vocab)
        # Whether a token may open a rule of several tokens: the Matcher runs only on a Doc that has one.
        self._may_start: Callable = _never
        for number, rule in enumerate(ruler.patterns):  # in rule order: the number is the ruler's match id
            for pattern in rule["patterns"]:
                if len(pattern) > 1:
                    self._matcher.add(str(number), [pattern])
                    self._may_start = _any_of(self._may_start, _first_token_test(pattern))
                    continue
                (token,) = pattern
                if len(rule["patterns"]) == 1 and set(token) == {"TAG"} and isinstance(token["TAG"], str):
                    self._tag_only.add(number)
                self._tests[number] = _any_of(self._tests[number], _token_test(token))
                keys = self._keys(token)
                for key, table in keys:
                    table.setdefault(key, []).append(number)
                if not keys:
                    self._other += (number,)

    def _keys(self, token: dict) -> list[tuple[object, dict]]:
        """Where to file a one-token rule: under each form it needs (the rarest key), else each
        tag, else each dependency, else as a rule of spaces, else nowhere (tested on every token)."""
        for name, table in (("LOWER", self._by_lower), ("TAG", self._by_tag), ("DEP", self._by_dep)):
            value = token.get(name)
            if isinstance(value, str):
                return [(value, table)]
            if isinstance(value, dict) and set(value) == {"IN"}:
                return [(v, table) for v in value["IN"]]
        if token.get("IS_SPACE") is True:
            return [(True, self._by_space)]
        return []

    def __call__(self, doc):
        """Set the ruler's attributes on `doc` (parsed and tagged, not yet ruled), in place."""
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        strings = doc.vocab.strings
        matched = self._matched.get(id(strings))
        if matched is None or len(matched) > KEPT_KEYS:
            matched = self._matched[id(strings)] = {}
        hits: list[tuple[int, int]] = []  # (rule number, token) for every match
        may_match = False
        for i, key in enumerate(map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist())):
            found = matched.get(key)
            if found is None:
                found = matched[key] = self._one_token_rules(key, doc[i], strings)
            numbers, opens = found
            hits.extend((n, i) for n in numbers)
            may_match = may_match or opens
        if may_match:  # most sentences have no token that could open one ("gon na", "there is")
            for match_id, start, end in self._matcher(doc, allow_missing=True):
                number = int(strings[match_id])
                hits.append((number, range(start, end)[self._indices[number]]))
        hits.sort()  # rule order, then token order: a later rule's attributes win
        for number, i in hits:
            self._set(doc[i], self._attrs[number])
        return doc

    def _one_token_rules(self, key: tuple[int, int, int, int], token, strings) -> tuple[tuple[int, ...], bool]:
        """The one-token rules a token with these (tag, form, dependency, is-space) hashes matches,
        and whether it may open a rule of several tokens. The tests read those four attributes
        only (_READ), so the answer holds for every token with the same key: it is worked out once
        per key (`__call__` keeps it)."""
        by_tag, by_lower, by_dep = self._by_hash.get(id(strings)) or self._hash_keys(strings)
        tag, lower, dep, space = key
        sure, maybe = by_tag.get(tag, _NONE)
        maybe = maybe + by_lower.get(lower, ()) + by_dep.get(dep, ()) + \
            (tuple(self._by_space.get(True, ())) if space else ()) + self._other
        return sure + tuple(n for n in set(maybe) if self._tests[n](token)), self._may_start(token)

    def _hash_keys(self, strings):
        """The tables keyed by string hash (a Doc gives its tags, forms and dependencies as hashes):
        by tag, (rules that match on the tag alone, rules to test); by form and dependency, rules to test."""
        by_tag: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        for tag, numbers in self._by_tag.items():
            sure = tuple(n for n in numbers if n in self._tag_only)
            by_tag[strings.add(tag)] = (sure, tuple(n for n in numbers if n not in self._tag_only))
        by_lower = {strings.add(form): tuple(numbers) for form, numbers in self._by_lower.items()}
        by_dep = {strings.add(dep): tuple(numbers) for dep, numbers in self._by_dep.items()}
        self._by_hash[id(strings)] = tables = (by_tag, by_lower, by_dep)
        return tables


_NONE: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
# Keys whose matched rules are kept (about 100 bytes each; a new article's new words add keys):
# past this many, the kept ones are dropped and found again.
KEPT_KEYS = 200_000


def _never(token) -> bool:
    return False


def _any_of(first: Callable, second: Callable) -> Callable:
    if first is _never:
        return second
    return lambda token: first(token) or second(token)


def _first_token_test(pattern: list[dict]) -> Callable:
    """A test a token passes if a match of `pattern` may start at it: its first token's, when no
    token of it is optional or repeated (an operator); else every token passes."""
    if any("OP" in token for token in pattern):
        return _always
    try:
        return _token_test(pattern[0])
    except KeyError:  # a key this module does not read: the Matcher decides
        return _always


def _always(token) -> bool:
    return True


def _token_test(token: dict) -> Callable:
    """A test of one token for one token pattern, for the keys the ruler uses."""
    checks = [_check(name, value) for name, value in token.items()]
    return lambda t: all(check(t) for check in checks)


_READ = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}


def _check(name: str, value) -> Callable:
    read = _READ[name]  # a KeyError here: a ruler with rules this module does not know
    if not isinstance(value, dict):
        return lambda t: read(t) == value
    ((op, arg),) = value.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda t: read(t) in allowed
    if op == "NOT_IN":
        banned = frozenset(arg)
        return lambda t: read(t) not in banned
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda t: bool(pattern.search(read(t)))
    raise KeyError(op)
