"""whosaid's vocabulary of English news, read from `index/vocabulary.yaml` (data, not code).

Every part that needs English words reads them here: the statement extractor, the question
parser and the answerers. Loaded once per process (cached). All words are lower case.

    from index.vocabulary import vocabulary
    v = vocabulary()
    v.speech_lemma("denied")      -> "deny"        (None for a word that is no speech act)
    v.speech_lemma("called for")  -> "call for"    (multi-word acts keep their particle)
    v.speech_forms("say")         -> ("say", "says", "said", "saying")
    v.speech_forms()              -> every form of every act, longest first
    v.past("deny")                -> "denied"      (the form shown as a statement's act)
    v.is_reported("warn")         -> True          (introduces reported speech: "warned that")
    v.is_weak("describe")         -> True          (a speech act only with a clause or quote)
    v.is_stance("praise")         -> True          (its object is what was said: "praised the work")
    v.attribution_phrases         -> ("according to", ...)
    v.is_role("minister")         -> True; v.roles is a frozenset (single and multi-word)
    v.title_gender("Ms")          -> "female"; v.is_title("Dr.") -> True
    v.pronoun("she")              -> {"gender": "female", "number": "singular"} or None
    v.role_gender("spokeswoman")  -> "female" or None
    v.role_group("diplomat")      -> {"diplomat", "foreign minister", ...}: words for one job
    v.organisations               -> nouns naming a body that speaks as one ("ministry", "alliance")
    v.companies                   -> nouns for a business ("company", "firm", "carrier")
    v.state_voices                -> nouns for a government speaking as one ("government", "officials")
    v.claim_nouns                 -> what one rejects or disputes ("that account", "the claim")
    v.counterpart_words           -> {"counterpart", ...}: a person given the role of the one they face
    v.generic_sources, v.anonymity_markers, v.statement_nouns, v.channels, v.listeners
    v.question_words              -> {"who": "person", "how many": "amount", ...}
    v.stop_words                  -> frozenset

The API above is stable; the data file may grow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

_PATH = Path(__file__).with_name("vocabulary.yaml")


@dataclass(frozen=True)
class Vocabulary:
    """The loaded vocabulary; build it with `vocabulary()`."""

    speech_acts: dict[str, tuple[str, ...]]
    reported: frozenset[str]
    weak: frozenset[str]
    attribution_phrases: tuple[str, ...]
    statement_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    channels: frozenset[str]
    listeners: frozenset[str]
    roles: frozenset[str]
    organisations: frozenset[str]
    companies: frozenset[str]
    state_voices: frozenset[str]
    generic_sources: frozenset[str]
    anonymity_markers: tuple[str, ...]
    titles: dict[str, str | None]
    pronouns: dict[str, dict]
    gendered_roles: dict[str, str]
    role_groups: tuple[frozenset[str], ...]
    question_words: dict[str, str]
    stop_words: frozenset[str]
    _by_form: dict[str, str] = field(default_factory=dict, repr=False)
    stance: frozenset[str] = frozenset()
    counterpart_words: frozenset[str] = frozenset()

    def speech_lemma(self, word: str) -> str | None:
        """The speech act a form belongs to ("said" -> "say"), or None."""
        return self._by_form.get(" ".join(word.lower().split()))

    def speech_forms(self, lemma: str | None = None) -> tuple[str, ...]:
        """The forms of one act, or of every act (longest first) when `lemma` is None."""
        if lemma is not None:
            return self.speech_acts.get(lemma, ())
        return tuple(sorted(self._by_form, key=lambda f: (-len(f), f)))

    def past(self, lemma: str) -> str:
        """The simple past of an act ("deny" -> "denied"), the form a Statement's `act` uses."""
        forms = self.speech_acts.get(lemma, ())
        return forms[2] if len(forms) > 2 else lemma

    def is_reported(self, lemma: str) -> bool:
        return lemma in self.reported

    def is_weak(self, lemma: str) -> bool:
        return lemma in self.weak

    def is_stance(self, lemma: str) -> bool:
        return lemma in self.stance

    def is_role(self, word: str) -> bool:
        return " ".join(word.lower().split()) in self.roles

    def is_title(self, word: str) -> bool:
        return word.lower() in self.titles

    def title_gender(self, word: str) -> str | None:
        return self.titles.get(word.lower())

    def pronoun(self, word: str) -> dict | None:
        return self.pronouns.get(word.lower())

    def role_gender(self, word: str) -> str | None:
        return self.gendered_roles.get(word.lower())

    def role_group(self, word: str) -> frozenset[str]:
        """Role words naming the same job ("diplomat" ~ "foreign minister"); empty if none."""
        w = " ".join(word.lower().split())
        return next((g for g in self.role_groups if w in g), frozenset())


def _words(items) -> frozenset[str]:
    return frozenset(" ".join(str(w).lower().split()) for w in items or ())


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary, loaded from the data file once per process."""
    data = yaml.safe_load(_PATH.read_text(encoding="utf-8"))
    acts = {lemma: tuple(str(f).lower() for f in spec.get("forms", ())) for lemma, spec in data["speech_acts"].items()}
    by_form: dict[str, str] = {}
    for lemma, forms in acts.items():
        for form in forms:
            by_form.setdefault(form, lemma)
    return Vocabulary(
        speech_acts=acts,
        reported=frozenset(k for k, v in data["speech_acts"].items() if v.get("reported")),
        weak=frozenset(k for k, v in data["speech_acts"].items() if v.get("weak")),
        attribution_phrases=tuple(str(p).lower() for p in data.get("attribution_phrases", ())),
        statement_nouns=_words(data.get("statement_nouns")),
        claim_nouns=_words(data.get("claim_nouns")),
        channels=_words(data.get("channels")),
        listeners=_words(data.get("listeners")),
        roles=_words(data.get("roles")),
        organisations=_words(data.get("organisations")),
        companies=_words(data.get("companies")),
        state_voices=_words(data.get("state_voices")),
        generic_sources=_words(data.get("generic_sources")),
        anonymity_markers=tuple(str(p).lower() for p in data.get("anonymity_markers", ())),
        titles={str(k).lower(): v for k, v in (data.get("titles") or {}).items()},
        pronouns={str(k).lower(): v for k, v in (data.get("pronouns") or {}).items()},
        gendered_roles={str(k).lower(): v for k, v in (data.get("gendered_roles") or {}).items()},
        role_groups=tuple(_words(g) for g in data.get("role_groups") or ()),
        question_words={str(k).lower(): v for k, v in (data.get("question_words") or {}).items()},
        stop_words=_words(data.get("stop_words")),
        _by_form=by_form,
        stance=frozenset(k for k, v in data["speech_acts"].items() if v.get("stance")),
        counterpart_words=_words(data.get("counterpart_words")),
    )
