"""The two sides of a comparison, each answered by its own sentence, said or done by that side.

    How did the union's view of the plan differ from the mayor's?     the union <- "The TGWU rejected ..."
    How did Oslo's view differ from Brussels'?                        Oslo <- "Norway's fisheries minister ... said"
    How far apart are the union's demand and the government's offer?  the union <- "The UTC is demanding 35%"

A side is often written otherwise in the article: by the acronym the article defines ("the Textile
Workers' Union (TWU)"), by its country for a capital ("Oslo" / "Norway", "Norwegian"), or through the
speaker the ledger resolved from a description ("Ghana's largest teachers' union said" -> the
United Teachers' Congress). A sentence said by the side, or with the side as its subject, answers
for it before a sentence that only mentions it; one said by the other side never does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.answering.candidates import Candidate, overlaps
from bot.answering.people import _LEADER_STEMS, term_match
from bot.answering.side_names import heads_own_body, ledes, names_for
from bot.answering.terms import stems
from index.vocabulary import vocabulary
from index.world import country_for, country_of_capital, demonyms_of

SIDE_MIN_SCORE = 0.2  # a comparison needs each side's own sentence, even a weaker one
SECOND_MIN_SCORE = 0.1  # a side's second sentence is theirs already: its words may be its own ("put 6% on the table")
SAID_BY_BONUS = 0.3  # a named side: preferably a sentence it said
SIDE_SAID_BY_BONUS = 0.5  # a described side: found by who said it more than by its words
SIDE_TOPIC_WEIGHT = 0.3  # ...and holding what the question says of that side ("the tariff ... on cement")
HEAD_SHARE = 0.4  # a speaker described by the side's head noun and about half its words speaks for it
ABOUT = 0.5  # the share of a side's terms a sentence (or its speaker's description) must hold

# "the Textile and Garment Workers' Union (TGWU)": a name and the acronym the article gives it.
_ACRONYM = re.compile(r"((?:[A-Z][\w'’\-]*\s+(?:(?:and|of|for|the|de|du)\s+)*){1,7})\(([A-Z][A-Za-z]{1,7})\)")
_LEAD_WORDS = frozenset("the a an but and however meanwhile also".split())


@dataclass
class Side:
    terms: tuple[str, ...]  # stems of the side as the question writes it
    aliases: frozenset[str]  # stems of other names the articles give it (acronym, country, demonym)
    speakers: frozenset[str]  # the ledger's speakers that are this side


def sides_of(terms_per_side, candidates: list[Candidate]) -> list[Side]:
    """Each side with its other names, read from the retrieved passages and their statements."""
    acronyms = _acronyms(candidates)
    out = []
    for terms in terms_per_side:
        places = _place_aliases(terms)
        wanted = set(terms[-1:]) | places  # only sentences with the side's word are read for its name (a few ms)
        aliases = set(places) | names_for(set(terms[-1:]), places, (c.text for c in candidates if c.terms & wanted))
        for name, head, acronym in acronyms:
            if acronym in terms:
                aliases.add(head)  # "the TGWU" is written "the union" too
            elif terms and (set(terms) <= name or (len(terms) == 1 and terms[0] == head)):
                aliases.add(acronym)
        out.append(Side(tuple(terms), frozenset(aliases - set(terms)), _speakers_of(terms, aliases, candidates)))
    # A speaker read as both sides is neither's for sure.
    shared = frozenset.intersection(*(s.speakers for s in out)) if len(out) >= 2 else frozenset()
    return [Side(s.terms, s.aliases, s.speakers - shared) for s in out]


def _acronyms(candidates: list[Candidate]) -> list[tuple[frozenset[str], str, str]]:
    """(the name's stems, its head noun's stem, the acronym's stem) for each "Name (ACR)" defined."""
    seen, out = set(), []
    for c in candidates:
        text = c.chunk.chunk.text
        if text in seen:
            continue
        seen.add(text)
        for m in _ACRONYM.finditer(text):
            words = stems(m.group(1))
            acronym = stems(m.group(2))
            if words and acronym:
                out.append((frozenset(words), words[-1], acronym[0]))
    return out


def _place_aliases(terms: tuple[str, ...]) -> set[str]:
    """A capital stands for its country's government ("Oslo said"); a country is also its demonyms."""
    out: set[str] = set()
    for t in terms:
        country = country_of_capital(t) or country_for(t)
        if country:
            out |= set(stems(country))
            for d in demonyms_of(country):
                out |= set(stems(d))
    return out


def _speakers_of(terms, aliases, candidates: list[Candidate]) -> frozenset[str]:
    """Speakers the articles describe as the side: by the words the ledger read them by ("Ghana's
    largest teachers' union said" -> the union's name), by the words next to their name in the
    sentence ("that of the mine's chief executive, Pieter V"), or by "Its regional secretary, X"
    after a sentence naming the side."""
    out = set()
    leader = bool(set(terms) & _LEADER_STEMS) and bool(aliases)
    about = ledes(candidates) if leader else {}
    for c in candidates:
        st = c.statement
        written = st.speaker_as_written or st.speaker if st is not None else ""
        if st is None or st.generic_speaker or _another(written) or _another(st.speaker):
            continue
        # "Kattegat's chief executive, Mette K, was more cautious. Asked ..., she said": the words next to
        # the name in the sentence, else in its paragraph.
        near = set(stems(written)) | set(stems(st.speaker)) | set(stems(_near_name(c.text, st.speaker) or _near_name(c.chunk.chunk.text, st.speaker)))
        if _possessive(written):
            near |= set(stems(_before(c)))
        if leader and not any(term_match(t, frozenset(near)) for t in set(terms) & _LEADER_STEMS):
            continue  # "the Swedish boss" is a person leading the side, not the company speaking
        if (terms and all(term_match(t, frozenset(near)) for t in terms)) or (aliases & near):
            out.add(st.speaker)
        elif leader and aliases & about.get(c.chunk.chunk.article_id, frozenset()) and heads_own_body(st.speaker, f"{written} {_near_name(c.text, st.speaker)}"):
            out.add(st.speaker)  # "the Swedish boss": "Chief Executive Anna K" in a report on the Swedish company
    return frozenset(out)


NEAR = 60  # characters before a name where its description stands ("the mine's chief executive, X")


def _near_name(text: str, speaker: str) -> str:
    at = text.find(speaker.split()[-1])
    return text[max(0, at - NEAR) : at] if at >= 0 else ""


def _possessive(written: str) -> bool:
    return bool(re.match(r"\s*(?:its|their)\s", written, re.I))


def _before(c: Candidate) -> str:
    """The paragraph before the sentence: whose "its" it is."""
    chunk = c.chunk.chunk
    return chunk.text[: max(0, c.span.start - chunk.start)][-300:]


def _another(phrase: str) -> bool:
    """"A second union", "another minister": not the side the question calls "the union"."""
    return bool(_INDEFINITE.match(phrase))


_INDEFINITE = re.compile(r"\s*(?:but\s+|and\s+)?(?:an?\s+(?:second|third|other|different|rival|smaller)|another|other)\s", re.I)


def _share(terms, present) -> float:
    return sum(1 for t in terms if t in present) / (len(terms) or 1)


def by_side(c: Candidate, side: Side, idf) -> float:
    """1 when the side said it (the ledger's speaker) or is the sentence's subject; else the share
    of the side's terms in its speaker's description ("Zvaigzne" is the finance minister)."""
    if c.statement is not None and c.statement.speaker in side.speakers:
        return 1.0
    if _subject_is(c.text, side) and not set(side.terms) & _LEADER_STEMS:
        return 1.0  # "Rival Kyllä Oy of Finland reported ...": the Finnish company, not "the Finnish boss"
    if c.statement is None or _another(c.statement.speaker_as_written or c.statement.speaker):
        return 0.0  # "A second union said": not the union the question means
    from bot.answering.extractive import coverage

    described = c.by
    # "the leader of the General Port Workers' Union" speaks for "the dockers' union": its head noun
    # and about half of the side's words describe the speaker.
    if side.terms and side.terms[-1] in described and coverage(side.terms, described, idf) >= HEAD_SHARE:
        return 1.0
    return coverage(side.terms, described, idf)


def _subject_is(text: str, side: Side) -> bool:
    """"The TGWU rejected ...", "The government has offered 12%": the side opens the sentence."""
    words = re.findall(r"[\w'’\-]+", text)[:8]
    if _another(text):
        return False
    while words and words[0].lower() in _LEAD_WORDS:
        words = words[1:]
    subject = []  # "The TGWU", "The government", "Textile and Garment Workers' Union": up to the verb
    for w in words:
        if w[:1].isupper() or (subject and w.lower() in ("and", "of", "for", "the")):
            subject.append(w)
        elif not subject:
            subject.append(w)
            break
        else:
            break
    opening = {t for w in subject for t in stems(w)}
    names = set(side.terms[-1:]) | side.aliases
    return bool(opening & names)


def mentions(c: Candidate, side: Side, idf) -> bool:
    from bot.answering.extractive import coverage

    return coverage(side.terms, c.about | c.terms, idf) >= ABOUT or bool(side.aliases & c.terms)


def pick_sides(q, sides: list[Side], halves: list[tuple[str, ...]], candidates: list[Candidate], idf,
               bonus: float) -> list[Candidate]:
    """The best sentence for each side: about it, not said by the other side, said by it if possible."""
    from bot.answering.compare_halves import asks_figures
    from bot.answering.question import amounts

    figures = asks_figures(q)
    chosen: list[Candidate] = []
    for i, side in enumerate(sides):
        others = [s for j, s in enumerate(sides) if j != i]
        taken_speakers = {c.statement.speaker for c in chosen if c.statement is not None}
        pool = [c for c in candidates if not overlaps(c, chosen)
                and ((c.score >= SIDE_MIN_SCORE and mentions(c, side, idf)) or _said_by(c, side, idf))
                and not any(c.statement is not None and c.statement.speaker in o.speakers for o in others)
                and not (c.statement is not None and c.statement.speaker in taken_speakers)]
        if not pool:
            # The side's own words, even in words of its own ("I will believe it when the cabins are full").
            pool = [c for c in candidates if c.statement is not None and c.statement.speaker in side.speakers
                    and not overlaps(c, chosen) and c.statement.speaker not in taken_speakers]
        if figures:
            # "How many reports in the United States compared with Canada?": each side's figure.
            pool = [c for c in pool if amounts(c.text)] or pool
        if pool:
            half = halves[i]
            # What the side said or did itself comes first: a third party's line naming both sides
            # ("an official said the government would raise its offer if the union ...") answers neither.
            chosen.append(max(pool, key=lambda c: (by_side(c, side, idf) >= 1.0, c.score + bonus * by_side(c, side, idf)
                                                   + SIDE_TOPIC_WEIGHT * topic_cover(half, c, idf), -c.rank)))
    if len(chosen) < 2:
        return []
    return _with_second_words(sides, halves, chosen, candidates, idf)


def topic_cover(half: tuple[str, ...], c: Candidate, idf) -> float:
    """The share of what the question says of a side that the sentence holds. A figure's noun ("the
    money", "the cost") is held by the figure itself: "set aside £480m" is the minister's money."""
    from bot.answering.extractive import coverage

    return coverage(half, c.terms | _figure_words(half, c.text), idf)


def _figure_words(half: tuple[str, ...], text: str) -> frozenset[str]:
    from bot.answering.asked import says_money
    from bot.answering.question import amounts

    money, figure = _figure_stems()
    asked = [t for t in half if t in money or t in figure]
    if not asked or not amounts(text):
        return frozenset()
    sum_of_money = says_money(text)
    return frozenset(t for t in asked if t in figure or sum_of_money)


@cache
def _figure_stems() -> tuple[frozenset[str], frozenset[str]]:
    """(stems of the words that ask for money, stems of the nouns a number gives)."""
    v = vocabulary()
    return (frozenset(t for w in v.money_asked for t in stems(w)),
            frozenset(t for w in (*v.amount_nouns, *v.figure_nouns) for t in stems(w)))


def _said_by(c: Candidate, side: Side, idf) -> bool:
    """The side's own sentence, kept down to a lower score: it is found by who says it."""
    return c.score >= (SECOND_MIN_SCORE if c.statement is not None and c.statement.speaker in side.speakers
                       else SIDE_MIN_SCORE) and by_side(c, side, idf) >= 1.0


def _with_second_words(sides: list[Side], halves, chosen: list[Candidate], candidates: list[Candidate], idf) -> list[Candidate]:
    """Each side's own next-best sentence too: a side's first line often only sums its view up
    ("a researcher said the company had been warned"), the next holds it ("I sent three emails")."""
    out: list[Candidate] = []
    for i, (side, first) in enumerate(zip(sides, chosen)):
        out.append(first)
        speaker = _named_speaker(first)
        if by_side(first, side, idf) < 1.0 and speaker is None:
            continue
        others = [s for j, s in enumerate(sides) if j != i]

        def its_own(c: Candidate) -> bool:
            if speaker is not None and _named_speaker(c) == speaker:
                return True
            return by_side(c, side, idf) >= 1.0 and not any(by_side(c, o, idf) >= 1.0 for o in others)

        # "Asked whether she agreed with Halonen, she said: ...": the side's answer to the other side,
        # whatever its words, is the comparison itself.
        rivals = {n.split()[-1] for o, c in zip(sides, chosen) if o is not side and (n := _named_speaker(c))
                  and n.split()[0] not in ("The", "A", "An")}  # a person's surname, not "The ... Union"
        # The side's figure ("the money": "set aside £480m") in a line of theirs that has few of the question's words.
        figure = not _figure_words(halves[i], first.text)
        pool = [c for c in candidates if (c.score >= SECOND_MIN_SCORE or _names_any(c.text, rivals)
                                          or (figure and _figure_words(halves[i], c.text)))
                and not overlaps(c, chosen + out) and its_own(c)
                and c.chunk.chunk.article_id == first.chunk.chunk.article_id]  # another article's chief executive is another
        if pool:
            out.append(max(pool, key=lambda c: (_names_any(c.text, rivals), figure and bool(_figure_words(halves[i], c.text)),
                                                c.score + SIDE_TOPIC_WEIGHT * topic_cover(halves[i], c, idf), -c.rank)))
    return out + chosen[len(sides):]


def _names_any(text: str, surnames: set[str]) -> bool:
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in surnames)


def _named_speaker(c: Candidate) -> str | None:
    st = c.statement
    if st is None or st.generic_speaker or len(st.speaker.split()) < 2 or not st.speaker[:1].isupper() \
            or _another(st.speaker_as_written or st.speaker):
        return None
    return st.speaker


def half_topics(q, sides_terms) -> list[tuple[str, ...]]:
    """What the question says of each side; a side it says nothing of ("... differ from the
    mayor's") shares the other's ("the union's view of the retraining plan")."""
    out = []
    for side in sides_terms:
        named = [h for h in q.halves if set(side) & set(h)]
        out.append(tuple(t for t in named[0] if t not in side) if len(named) == 1 else ())
    shared = tuple(dict.fromkeys(t for h in out for t in h))
    return [h if h else tuple(t for t in shared if t not in side) for h, side in zip(out, sides_terms)]


def select_named_sides(q, candidates: list[Candidate], idf) -> list[Candidate]:
    """A comparison of named sides ("Oslo", "Brussels"). Of more names, the two the sides hold: in "How
    do the Finnish and Swedish bosses differ on Europe's market?" Europe is what they differ on."""
    named = [n for n in q.names if any(n in side for side in q.sides)]
    if not named and len(runs := _name_runs(q)) == 1 and set(q.names) <= set(runs[0]):
        return []  # "did the Coast Guard report at first ...": one name of two words, no two sides
    terms = [(n,) for n in (named if len(named) == 2 else q.names)]
    if len(terms) > 2 and len(runs := _name_runs(q)) == 2:
        terms = runs  # "the United States compared with Canada": two sides, one of two words
    return pick_sides(q, sides_of(terms, candidates), half_topics(q, terms), candidates, idf, SAID_BY_BONUS)


def _name_runs(q) -> list[tuple[str, ...]]:
    """The question's names as written together: "United States" is one name of two words."""
    runs = []
    for m in re.finditer(r"(?<!^)\b[A-Z][\w'’\-]*(?:\s+(?:of\s+)?[A-Z][\w'’\-]*)*", q.text.strip()):
        words = tuple(t for t in stems(re.sub(r"['’]s\b", "", m.group(0))) if t in q.names)
        if words:
            runs.append(words)
    return runs


def select_described_sides(q, candidates: list[Candidate], idf) -> list[Candidate]:
    """A comparison of described sides ("the union's demand and the government's offer"). In "the
    Danish and Dutch bosses" the head noun is both sides'."""
    terms = list(q.sides)
    if len(terms) == 2 and len(terms[0]) == 1 and terms[0][0] in q.names and len(terms[1]) == 2 and terms[1][-1] in _LEADER_STEMS:
        terms[0] = (terms[0][0], terms[1][-1])
    return pick_sides(q, sides_of(terms, candidates), half_topics(q, terms), candidates, idf, SIDE_SAID_BY_BONUS)
