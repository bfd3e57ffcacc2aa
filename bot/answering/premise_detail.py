"""A why-question whose premise has a detail the article contradicts or never gives.

    Why did the government raise its offer to 35%?       "The government has offered 12%." (35% is the
                                                         union's demand) -> corrected with both
    Why did the judge let him off with a suspended sentence?   the article says "sentence" but never
                                                         "suspended" -> corrected with what it reports

The answer says the articles do not say it and gives what they do say, cited: the sentences with
the thing asked about (the offer, the sentence) and the article's lede, which states what happened.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.candidates import Candidate
from bot.answering.instead import done_after_all, done_in_article, opposite_done, opposite_premise, with_instead
from bot.answering.predicate import parse_question
from bot.answering.premise_choice_overturned import choice_overturned
from bot.answering.premise_consequence import consequence_untold
from bot.answering.premise_deferred import deferred, pending
from bot.answering.premise_demanded import only_demanded
from bot.answering.premise_granted import granted_after_all
from bot.answering.premise_upheld import upheld_in_part
from bot.answering.premise_reply import reply_corrects
from bot.answering.premise_ruled_out import refused_instead, ruled_out
from bot.answering.premise_all import not_all, split_vote
from bot.answering.premise_only import only_some
from bot.answering.none_found import absences
from bot.answering.premise_negated import not_done
from bot.answering.premise_not_that import named_instead
from bot.answering.premise_unhurt import nobody_harmed
from bot.answering.premise_offer import offer_still_open
from bot.answering.premise_still import still_so
from bot.answering.premise_duration import lesser_term
from bot.answering.premise_timing import timing_reversed
from bot.answering.premise_season import other_season
from bot.answering.asked import says_money
from bot.answering.question import amounts
from bot.answering.terms import stems

MAX_CORRECTIONS = 2
_LINKS = frozenset("to of at by from".split())
# (and a phrasal verb's particle: "put the price of the package up to £89" gives the figure to the package)
_SKIP = frozenset("the a an its their his her our pay up down back out off".split())


def _units() -> frozenset[str]:
    from index.vocabulary import vocabulary

    return vocabulary().duration_units


_UNITS = _units()


def _attached_noun(question: str, figure: str) -> str | None:
    """The noun a figure is given as: "raise its pay offer to 35%" -> "offer"."""
    words = re.findall(r"[\w%$€£.,\-]+", question)
    at = next((i for i, w in enumerate(words) if figure in w), None)
    if at is not None and at + 1 < len(words) and words[at + 1].lower().rstrip("?.,") in _UNITS:
        return words[at + 1].lower().rstrip("?.,")  # "after ten years": the figure is a count of its unit
    if at is None or at < 2 or words[at - 1].lower() not in _LINKS:
        return None
    for w in reversed(words[max(0, at - 4) : at - 1]):
        if w.lower() not in _SKIP and w.isalpha():
            return w.lower()
    return None


# Adjectives of quantity qualify nothing the article could contradict by omission: "so many villagers".
_QUANTITY = frozenset("many much few several more most less least other such same own".split())


@lru_cache(maxsize=1024)
def _qualified_nouns(question: str) -> tuple[tuple[str, str, str], ...]:
    """(adjective, noun, thing) triples of the question: "a suspended sentence" -> ("suspended",
    "sentence", "sentence"); the thing is what a possessive noun measures: "a full year's notice" ->
    ("full", "year", "notice"), corrected by what the article says of the notice."""
    doc = parse_question(question)  # the question's one parse (predicate.py)
    return tuple((t.lower_, t.head.lower_, t.head.head.lower_ if t.head.dep_ == "poss" else t.head.lower_)
                 for t in doc if t.dep_ == "amod" and t.head.pos_ == "NOUN" and t.pos_ in ("ADJ", "VERB")
                 and t.is_alpha and t.lower_ not in _QUANTITY)


def _country_named(adjective: str, words: set[str]) -> bool:
    """"the Chilean grid company" where the article writes "Chile": a demonym is the country's name."""
    from index.world import country_for, demonyms_of

    country = country_for(adjective)
    return country is not None and any(stems(name) and all(t in words for t in stems(name))
                                       for name in (country, *demonyms_of(country)))


SCANNED = 12  # the article's best sentences read for the act asked about


def _denied(q, own: list[Candidate]) -> Candidate | None:
    """"Why is the union suing the government?" where the article says the union "would not go to
    court": the best sentence that denies the act, when none of the best says it happened."""
    p = q.predicate
    if p is None:
        return opposite_done(q, own[:SCANNED])
    if not (p.past or p.ongoing):
        return None
    from bot.answering.predicate import happened

    denial = None
    for c in own[:SCANNED]:
        said = happened(c.text, p.lemma)
        if said == "yes":
            return None
        if said == "negated" and denial is None:
            denial = c
    # "Why did the drivers reject the offer?" / "voted to accept the offer": the opposite act, done.
    return denial or opposite_done(q, own[:SCANNED])


def _denied_otherwise(q, own: list[Candidate]) -> Candidate | None:
    """"Why did the ferry company axe the late boat?" / "No sailing has been withdrawn in the
    evening": a denial in other words (denials.py); the caller has found no sentence telling the act."""
    from bot.answering.denials import denial

    return denial(q, own[:SCANNED], set(q.terms), names=frozenset(q.names))


def _none_of_the_act(q, own: list[Candidate], corpus) -> Candidate | None:
    """"Why did he conclude she had been drinking?" / "no alcohol or drugs were found" (denials.py)."""
    from bot.answering.alike import Alike
    from bot.answering.denials import none_of_the_act

    embedder = getattr(corpus, "embedder", None)
    return none_of_the_act(q, own, Alike(embedder)) if embedder is not None else None


def denied_by_speaker(q, candidates: list[Candidate]) -> list[Candidate] | None:
    """For "why did X say ..." where the articles report nothing said by X: the best sentence in which
    X declines, denies or refuses (denials.py), with what follows it; else None."""
    from bot.answering.denials import denial

    ranked = sorted(candidates, key=lambda c: -c.score)
    found = denial(q, ranked[:SCANNED], set(q.speaker), least=1)
    if found is None:
        # "Why did the captain say he is joining a French club?" / "He said he had turned down an offer
        # from a club in France": the refusal names the thing, not the speaker, in a sentence by them.
        theirs = [c for c in ranked[:SCANNED] if set(q.speaker) & c.by]
        found = denial(q, theirs, _with_countries(q), names=frozenset(q.names))
    if found is None:
        return None
    return with_instead(found, [c for c in ranked if c.chunk.chunk.article_id == found.chunk.chunk.article_id])


def _with_countries(q) -> set[str]:
    """The question's words but the speaker's, with the country a demonym names ("French" -> France)."""
    from index.world import country_for

    words = set(q.terms) - set(q.speaker)
    for w in re.findall(r"[A-Z][a-z]+", q.text):
        country = country_for(w)
        if country is not None:
            words.update(stems(country))
    return words


def counted_none_of(q, candidates: list[Candidate], alike) -> Candidate | None:
    """"How many drivers were trapped?" where the best article tells no trapping and says "No vehicle
    was inside the tunnel": that sentence (denials.counted_none); else None."""
    if not candidates:
        return None  # (no predicate: "how many have been reported missing" asks of a report, a speech verb)
    from bot.answering.denials import counted_none

    best = max(candidates, key=lambda c: c.score)
    own = sorted((c for c in candidates if c.chunk.chunk.article_id == best.chunk.chunk.article_id), key=lambda c: -c.score)
    found = counted_none(q, own[:SCANNED], alike)  # rare: read first, as it spares the parse of most sentences
    if found is None or (q.predicate is None and not absences(found.text)):
        return None  # without the act asked, only "no reports of anyone missing" is read as counting none
    # ("no reports of anyone missing" names the reporting it denies: it is not the one that tells it)
    return None if _told(q, [c for c in own if c is not found], ahead=False) else found


def contradicted(q, candidates: list[Candidate], article_text, lede_of, corpus=None) -> tuple[str, list[Candidate]] | None:
    """(what the articles do not say, the sentences that say otherwise) for a why-question, or None.
    `article_text(id)` gives an article's text, `lede_of(id)` its first sentence as a Candidate."""
    if q.kind != "why" or not candidates:
        return None
    from bot.answering.afterwards import asked_article

    # The article asked about: "why did the Varnholm council refuse ..." is corrected by the article that
    # names Varnholm, not by a better-scoring one about another council's refusal.
    article_id = asked_article(candidates, q.names)
    own = sorted((c for c in candidates if c.chunk.chunk.article_id == article_id), key=lambda c: -c.score)
    part = not_all(q, own) or split_vote(q, own)  # "why did they reopen all the pools" / "two pools remain closed"
    part = part or only_some(q, own)  # "why did it break every driver" / "It only affects drivers that ..."
    if part is not None:
        return "so", part
    denial = _denied(q, own)
    if denial is not None:
        return "so", with_instead(denial, own)
    demanded = only_demanded(q, own)  # "why has the government agreed to X" / "calls on the government to X"
    if demanded is not None:
        return "so", demanded
    refused = refused_instead(q, own)  # "why did the studio agree to re-edit it" / "would not cut a single scene"
    if refused is not None:
        return "so", refused
    done = done_after_all(q, own[:SCANNED]) or granted_after_all(q, own) or upheld_in_part(q, own) \
        or (done_in_article(q, article_id, corpus) if corpus is not None else None)
    if done is not None:
        return "so", done  # "why did they refuse to pay" / "will pay"; "why did he reject a review" / "the review will ..."
    put_off = (deferred(q, own, corpus) if corpus is not None else None) or pending(q, own)
    if put_off is not None:
        return "so", put_off  # "why did the council approve the car park" / "to defer a decision"
    overturned = choice_overturned(q, article_id, corpus)  # "why settle on 2017" / "Then 2018 it is. ... moved 2017 to a note"
    if overturned is not None:
        return "so", overturned
    followed = consequence_untold(q, article_id, corpus)  # "why was she sacked after ..." / "he wrote me up. And then he tore it up."
    if followed is not None:
        return "so", followed
    for figure in amounts(q.text):
        noun = _attached_noun(q.text, figure)
        if noun is None or not stems(noun):
            continue
        stem = stems(noun)[0]
        with_noun = [c for c in own if stem in c.terms]
        given = [c for c in with_noun if figure in c.text]
        if not with_noun or (given and not all(_given_for_other(c.text, figure) or _other_kind_of(q.text, noun, c.text)
                                               for c in given)):
            return None  # the figure is the offer's somewhere: not contradicted
        # "Why did the judge jail him for five years?" / "The starting point is five years ...; after
        # credit the sentence is three years": the figure is given only as another thing's.
        other = [c for c in with_noun if amounts(c.text) and c not in given]
        if _MONEY_BEFORE.search(q.text[:q.text.find(figure)]):
            # a sum asked ("up to £89"): the sentences giving a sum for the thing first, not its other figures
            other = sorted(other, key=lambda c: not says_money(c.text))
        other = other[:MAX_CORRECTIONS]
        given = [c for c in own if figure in c.text][:1]
        if other:
            written = re.search(rf"[$€£¥₹]?{re.escape(figure)}", q.text)  # "£89" as asked, not "89"
            shown = written.group(0) if written else figure
            return (f"{figure} {noun}" if noun in _UNITS else f"the {noun} was {shown}"), other + given
    opposite = opposite_premise(q, own)  # "why did they back the plan" / "voted 15-6 to oppose" it
    if opposite is not None:
        return "so", opposite
    text = (article_text(article_id) or "").lower()
    words = set(stems(text))
    for adjective, noun, thing in _qualified_nouns(q.text):
        a, n, th = stems(adjective), stems(noun), stems(thing)
        if a and n and n[0] in words and a[0] not in words and not _country_named(adjective, words) \
                and not _same_root(a[0], words):
            lede = lede_of(article_id)
            body = [c for c in own if lede is None or c.span != lede.span]
            with_thing = [c for c in body if th and th[0] in c.terms]
            as_written = [c for c in with_thing if _as_noun(c.text, thing)]
            # "Why was Dunmore's equaliser, scored from open play by Yusuf, ...": with the noun only as another
            # word ("the ball was played", "we play"), the line naming all the question's names tells the event.
            named = [c for c in body if len(q.names) >= 2 and set(q.names) <= c.terms]
            # (not "she had asked for a sentence of five years": a thing given as what someone sought is not what happened)
            as_written = [c for c in as_written if not _given_for_other(c.text, thing)]
            with_thing = [c for c in with_thing if not _given_for_other(c.text, thing)]
            said = as_written[:1] or named[:1] or with_thing[:1] or [c for c in body if n[0] in c.terms][:1]
            if lede is not None and th and th[0] in lede.terms:
                # the lede tells the thing itself ("was sentenced on Oct 8 to four years' jail"): another
                # sentence only where it names the thing as such ("ended the study with 31% more moths")
                said = [c for c in with_thing if _noun_of_stem(c.text, th[0])][:1]
            found = ([lede] if lede is not None else []) + said
            if found:
                return f"it was {_a_or_an(adjective)} {adjective} {noun}", found
    still_open = offer_still_open(q, own)  # "why did they turn down X's offer to supply" / X "would be happy to continue supplying"
    if still_open is not None:
        return "so", still_open
    # Last: a denial in other words ("No sailing has been withdrawn" for "why did they axe the late boat").
    going_on = still_so(q, own)  # "why did they rule out free travel" / "may still be eligible for free travel"
    if going_on is not None:
        return "so", going_on
    later = timing_reversed(q, own) or other_season(q, own) or lesser_term(q, own, corpus)  # "in the summer" / "this winter is her last"; "brought forward" / "now expected in 2026"; "for life" / "for 18 months"
    if later is not None:
        return "so", later
    negated = not_done(q, own) or nobody_harmed(q, own) or named_instead(q, own)  # "No decision has been taken."; "Nobody was hurt"; "A, not B"
    if negated is not None:
        return "so", negated
    if _told(q, own) or _figure_told(q, own):
        return None
    out = ruled_out(q, own)  # "why is X starting on Saturday" / "X won't travel"
    if out is not None:
        return "so", with_instead(out, own)
    other = _denied_otherwise(q, own) or _none_of_the_act(q, own, corpus)
    if other is not None:
        return "so", with_instead(other, own)
    # "Why is the market closing?" / "So is there a market this summer?" "Yes. ... twenty stalls instead of forty."
    reply = reply_corrects(q, own, corpus)
    return ("so", reply) if reply is not None else None


REFERENCE_NEAR = 40  # characters from a word of reference to the figure it gives


def _given_for_other(sentence: str, figure: str) -> bool:
    """The figure stands just after a word that gives it as a reference, not as what was done
    ("The starting point is five years", "the prosecution sought six years"; `reference_figures`)."""
    from index.vocabulary import vocabulary

    at = sentence.find(figure)
    before = sentence[max(0, at - REFERENCE_NEAR):at].lower()
    return at >= 0 and any(re.search(rf"\b{re.escape(w)}\b", before) for w in vocabulary().reference_figures)


_MONEY_BEFORE = re.compile(r"[$€£¥₹]\s?$")


def _other_kind_of(question: str, noun: str, sentence: str) -> bool:
    """The sentence gives the figure for another kind of the thing asked: "its cheapest package" asked,
    "the 30GB package normally costs £89" told (the word before the noun differs, and the question's
    is not in the sentence)."""
    asked = re.search(rf"\b([\w\-]+)\s+{re.escape(noun)}\b", question, re.I)
    if asked is None or asked.group(1).lower() in _SKIP or asked.group(1).lower() in ("of", "to", "for", "this", "that"):
        return False
    qualifier = asked.group(1).lower()
    if re.search(rf"\b{re.escape(qualifier)}\b", sentence, re.I):
        return False
    told = [m.group(1).lower() for m in re.finditer(rf"\b([\w\-]+)\s+{re.escape(noun)}\b", sentence, re.I)]
    return bool(told) and all(w not in _SKIP and w != qualifier for w in told)


def _as_noun(sentence: str, noun: str) -> bool:
    from bot.answering.predicate import _parse

    return any(t.pos_ == "NOUN" and t.lemma_.lower() == noun for t in _parse(sentence))


def _noun_of_stem(sentence: str, stem: str) -> bool:
    """The sentence writes the thing as a noun ("31% more moths"), not as a verb ("was sentenced")."""
    from bot.answering.predicate import _parse

    return any(t.pos_ == "NOUN" and not t.lower_.endswith("ing") and stems(t.text)[:1] == (stem,) for t in _parse(sentence))


def _a_or_an(word: str) -> str:
    """"an open play", "a late kick-off" (a vowel letter; "a unit", "an hour" are rare in such adjectives)."""
    return "an" if word[:1].lower() in "aeio" or (word[:1].lower() == "u" and not word.lower().startswith(("uni", "use", "usu"))) else "a"


def _same_root(adjective: str, words: set[str]) -> bool:
    """"rental rules" where the article writes "rented homes": the adjective is a form of a word the
    article has (a stem of four letters or more it starts with), so it is no detail the article lacks.
    "The grounded ship" where it "ran aground": English writes a state as "a-" before the root
    (aground, afloat, ablaze, adrift), the same word to a reader."""
    return any(len(w) >= 4 and adjective.startswith(w) and len(adjective) - len(w) <= 3 for w in words) \
        or (len(adjective) >= 4 and "a" + adjective in words)


def _unit_words() -> str:
    """Words between a figure and the thing it is of: scales and currencies (index/vocabulary.yaml)."""
    from index.vocabulary import vocabulary

    words = {"million", "billion", "thousand", "trillion", "bn", "m", "us", "per", "cent", "percent", "crown", "crowns"}
    return "|".join(map(re.escape, sorted(words | set(vocabulary().currencies), key=lambda w: (-len(w), w))))


_UNIT_WORDS = _unit_words()


def _figure_told(q, own: list[Candidate]) -> bool:
    """"Why did A slap a 20% duty on B?" where a best sentence says "B introduced a 20% duty": the figure
    with the word after it is told, so the act is (the premise may be wrong in who did it, not whether)."""
    for figure in amounts(q.text):
        # The thing the figure is of, past its units: "a 20% duty" -> duty; "the 740 million dollar cost" -> cost.
        after = re.search(rf"{re.escape(figure)}\s+(?:(?:{_UNIT_WORDS})\s+)*([^\W\d_]+)", q.text, re.I)
        if after is None:
            continue
        told = re.compile(rf"{re.escape(figure)}\s+(?:[\w$€£%.\-]+\s+){{0,3}}?{re.escape(after.group(1))}", re.I)
        if any(told.search(c.text) for c in own[:SCANNED]):
            return True
    return False


def _told(q, own: list[Candidate], ahead: bool = True) -> bool:
    """One of the best sentences tells the act asked about (or, asked "why will ...", that it is to come)."""
    p = q.predicate
    if p is None:
        return False
    from bot.answering.predicate import happened, names_event

    for c in own[:SCANNED]:
        said = happened(c.text, p.lemma)
        if said == "yes" or (ahead and said == "future" and not (p.past or p.ongoing) and names_event(c.text, p.lemma)):
            return True
    return False
