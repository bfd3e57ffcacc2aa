"""The default answerer, no LLM: pick the retrieved sentences that answer, attribute, cite.

Scoring is lexical and explainable: the share of the question's (idf-weighted) terms a
sentence contains, with its paragraph lending a little weight (a "he said" sentence
borrows its speaker from the paragraph), and the retrieval rank as a tie-breaker. Weak
evidence means abstention: no answer is better than an unsupported one.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace


from bot.answering.whom_for import asks_whom_for, with_written_side
from bot.answering import answerability
from bot.answering.afterwards import after_the_articles, asked_article, occasion_still_ahead
from bot.answering.ahead import addressed_only_ahead, only_ahead
from bot.answering.agents import described_agent, weigh_agent, with_agent_sentence
from bot.answering.agent_nouns import agents_present
from bot.answering.acts_side_by_side import acts_side_by_side
from bot.answering.acronyms import spell_out
from bot.answering.demands import asks_demand, demander, weigh_demands
from bot.answering.mail_scope import with_mail_scope
from bot.answering.speaker_sentences import with_speaker_sentences
from bot.answering.dates import CLOCK
from bot.answering.alike import Alike, NoAlike
from bot.answering.antecedents import carry_antecedents
from bot.answering.asked_act import deed_untold
from bot.answering.asked import by_the_described, holds_asked, names_the_figure, weigh_down_questions
from bot.answering.deeds import deed_of, owner_of_object, weigh_deeds
from bot.answering.premise_deed_denied import deed_denied
from bot.answering.premise_date_error import date_in_error
from bot.answering.topic_people import weigh_topic_people
from bot.answering.topic_words import topic_coverage
from bot.answering.article_subject import story_topic_of
from bot.answering.event_weekday import event_weekday
from bot.answering.job_words import holds_job, job_words
from bot.answering.telling_day import NOT_THE_TELLER, dated_itself, asks_telling, bare_weekday, by_the_teller, said_by, teller_terms, year_only
from bot.answering.definitions import weigh_definitions
from bot.answering.field_lines import weigh_field_lines
from bot.answering.event_dates import act_asked, weigh_event_dates
from bot.answering.article_pool import with_article_sentences
from bot.answering.attribution import statement_at
from bot.answering.shown import shown
from bot.answering.body_voice import give_body_voice, name_the_body
from bot.answering.candidates import Candidate, candidate_at, candidates_of, overlaps
from bot.answering.sides import select_described_sides, select_named_sides
from bot.answering.asked_speaker import body_voice, prefer_speaker, speaker_is_silent, speaker_terms
from bot.answering.country_cities import as_city, by_city, cities_for
from bot.answering.continued import with_act_after
from bot.answering.reason_after import with_reason_after
from bot.answering.counting import weigh_age, weigh_doer, weigh_done
from bot.answering.shares import weigh_shares
from bot.answering.dated_acts import with_dated_acts
from bot.answering.focus import FOCUS_WEIGHT, NO_FOCUS, focus_of
from bot.answering.announced import with_what_follows
from bot.answering.rules_after import with_rule_after
from bot.answering.former import weigh_former
from bot.answering.seats import weigh_seats
from bot.answering.second_ask import with_second_ask
from bot.answering.several import asks_several
from bot.answering.own_reply import own_reply
from bot.answering.reply_asked import own_reply_given
from bot.answering.quote_ends import with_quote_ends
from bot.answering.credit_lines import weigh_credit_lines
from bot.answering.other_articles import keep_covering_articles
from bot.answering.place_kinds import weigh_named_kinds
from bot.answering.replies import reply_not_reported
from bot.answering.destinations import weigh_destinations
from bot.answering.place_act import NO_ACT, weigh_place_act
from bot.answering.lede_place import weigh_lede_place
from bot.answering.now_and_then import now_before_then, weigh_now, with_other_side
from bot.answering.labels import with_labels, with_topic_heads
from bot.answering.answer_blocks import weigh_other_side, with_block_terms
from bot.answering.labelled_figures import labelled_figure
from index.sparse import _IRREGULAR
from bot.answering.next_dates import asks_ahead, asks_place_ahead, weigh_contest_named, weigh_days_ahead, weigh_places_ahead
from bot.answering.venues import says_where
from bot.answering.causes import asks_cause, cause_untold, weigh_causes, weigh_reasons
from bot.answering.promises import asks_plan, asks_promise, weigh_plans, weigh_promises
from bot.answering.changes_ahead import asks_change, weigh_changes
from bot.answering.refusals import weigh_refusals
from bot.answering.money_uses import asks_money_use, weigh_money_uses
from bot.answering.home_places import asks_origin, introduced_from, labelled_place
from bot.answering.publication_day import publication_day
from bot.answering.contests import contest_still_ahead, meeting_still_ahead
from bot.answering.compare_halves import asks_figures, figures_side_by_side, one_story_halves, select_halves
from bot.answering.described import described_in_text, described_speaker, prefer_body
from bot.answering.elsewhere import told_elsewhere
from bot.answering.events import event_bounds
from bot.answering.excluded import set_aside, weigh_set_aside, without_set_aside
from bot.answering.measures import only_a_change, other_kind_only
from bot.answering.instead import only_a_detail_unknown, opposite_premise, with_instead
from bot.answering.premise_word_denied import word_denied
from bot.answering.instead_of import weigh_instead_of
from bot.answering.change_figures import weigh_change_figures
from bot.answering.findings_after import with_findings_after
from bot.answering.chat_scope import with_chat_scope
from bot.answering.petition_scope import with_petition_lines, with_petition_scope
from bot.answering.items import role_person_in_item, weigh_items, with_item_scope
from bot.answering.asking_phrase import asking_phrase, choice_withheld, which_phrase
from bot.answering.kind_unnamed import kind_unnamed
from bot.answering.not_held import not_happened
from bot.answering.premise_detail import contradicted, counted_none_of, denied_by_speaker
from bot.answering.own_voice import asks_the_writers
from bot.answering.near_answers import own_best, near_miss
from bot.answering.not_yet_done import law_only_weighed
from bot.answering.writer_asked import weigh_writer_place, writer_terms
from bot.answering.none_found import none_found_of_which
from bot.answering.opposite_act import opposite_act_only
from bot.answering.other_event_time import timed_by_another
from bot.answering.own_time_next import own_time_instead
from bot.answering.other_measure import another_measure
from bot.answering.other_ordinal import other_in_series
from bot.answering.other_side import other_side
from bot.answering.other_period import other_period
from bot.answering.other_thing import counts_another_thing
from bot.answering.named_articles import weigh_named_articles
from bot.answering.occupation import asks_occupation
from bot.answering.country_asked import weigh_countries
from bot.answering.years_written import with_years_written
from bot.answering.naming_sentence import with_first_mention, with_naming_sentence
from bot.answering.role_speakers import with_role_holder
from bot.answering.other_party import another_party
from bot.answering.paraphrase import paraphrased
from bot.answering.spelled_out import with_spelled_out
from bot.answering.premise_ahead import premise_to_come
from bot.answering.premise_studied import only_studied
from bot.answering.other_calendars import says_other_calendar_day
from bot.answering.premise_unaffected import unaffected
from bot.answering.premise_unhurt import harm_degree_denied
from bot.answering.appeals import asks_appeal, weigh_appeals
from bot.answering.kin_relation import weigh_kin_relation
from bot.answering.premise_direction import direction_reversed
from bot.answering.identity_withheld import identity_withheld
from bot.answering.described_unnamed import described_unnamed
from bot.answering.neighbours import (
    next_sentence, with_figures_after, with_named_next, with_person, with_place, with_quote_after, with_replies, with_sides_words,
    with_speaker_words,
)
from bot.answering.body_only_named import body_only_named
from bot.answering.body_names import body_name
from bot.answering.checks import check_types, describe, known_as_demonym
from bot.answering.mentions import named_people, people_by_article
from bot.answering.people import _LEADER_STEMS
from bot.answering.predicate_check import check_predicate
from bot.answering.role_labels import weigh_role_turns
from bot.answering.roles import role_person, role_speaker, unknown_role
from bot.answering.turns import lend_turns, with_turn
from bot.answering.role_fit import act_by_another
from bot.answering.question import Question, amounts, analyse, asks_about_speech, asks_counsel
from index.datelines import read_dateline
from index.header_fields import BAR_OR_BOX
from index.world import country_of_capital
from index.statements.dates import MONTHS, find_time_phrases, says_time
from index.models import Answer, Citation, ScoredChunk, Statement
from index.vocabulary import vocabulary
from bot.answering.terms import stems
from bot.answering.inner_speakers import with_inner_speakers
from bot.answering.unknown import not_known_among, says_unknown, withheld_nearby
from bot.answering.withheld import withholds_beyond
from bot.answering.widen import discount_unretrieved, with_next_paragraphs, with_topic_paragraphs
from bot.answering.unrelated import weigh_unrelated
from bot.answering.unnamed_source import asks_unnamed, said_by_unnamed, unnamed_source, weigh_unnamed
from bot.answering.role_named_instead import role_named_instead

NOT_IN_ARTICLES = "The articles do not answer this."
NOT_SAID = "The articles do not say; they report only:"
# Measured on eval/dev_questions.jsonl and eval/own_questions.jsonl (see docs/eval.md):
# answerable questions' best sentences score 0.26-1.06; unanswerable ones without an unknown
# name 0.08-0.14, except questions about what someone did not say (`speaker_is_silent`).
MIN_SCORE = 0.24
KEEP_RATIO = 0.8
OTHER_ARTICLE_RATIO = 0.92
MIN_CONTENT_TERMS = 2
PARAGRAPH_WEIGHT = 0.35
LEXICAL_WEIGHT = 0.7
LEDE = 0.85
NO_DATE = 0.5
PREDICATE_BONUS = 1.0
PARAPHRASE_WEIGHT = 0.8
WIDENED = ("what", "why")  # kinds whose candidates include the paragraph after a retrieved one


# a month in full or abbreviated, with or without its full stop ("Oct. 6", "6 Sept")
_MONTH = "(?:" + "|".join(MONTHS) + "|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?)"
_CALENDAR_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|mid-{_MONTH}|(?:in|since|by)\s+(?:{_MONTH}\s+)?\d{{4}}|\d{{4}}-\d\d-\d\d)\b",
    re.I,
)


_TURN_KINDS = ("what", "why", "how-many", "when", "where")  # a reply tells what, why, how much, when, where; who asked is the turn itself

def score_candidates(q: Question, candidates: list[Candidate], idf, similarity: list[float] | None = None,
                     holder: str | None = None, story_topic=None) -> None:
    """Each candidate's score; `holder`: the person a who-question's role clearly describes (roles.role_speaker),
    or the speaker a when-question asks about; `story_topic(topic, present, article id)`: whether a topic
    the passage lacks is its story's own (article_subject.py), which need not be found again in the sentence."""
    # The speaker of "what did X say" is what the answer must be about: weigh it up.
    # So is the event asked about: "what is the company offering" is answered where it offers.
    # So is the act of "where were the suspects arrested": where it was done, not a sentence on its subject.
    event = set(stems(q.predicate.lemma)) if q.predicate is not None and (
        q.kind == "what" or q.asks == "place" and q.predicate.lemma not in NO_ACT) else set()
    weights = {t: idf(t) * (2.5 if t in q.speaker else 1.0) for t in q.terms}
    # "What is the danger with X": the danger is what the answer must hold (focus.py).
    focus = focus_of(q.text, lambda f: any(f in c.terms or any(f in p.terms and paraphrased(p, c.text, c.terms) for p in q.paraphrases)
                                           for c in candidates)) if q.kind == "what" else None
    if focus in weights:
        weights[focus] *= FOCUS_WEIGHT
    else:
        focus = None
    total = sum(weights.values()) or 1.0
    job = job_words(q) if q.role_head in weights and holder else ()
    telling = q.kind == "when" and asks_telling(q.text)  # "when did she speak to the assembly": "told it on Wednesday"
    teller = teller_terms(q.text, q.names) - set(q.role) if telling else frozenset()  # (not "the veteran champion")
    teller_speaker = holder if telling else None
    event_nouns = frozenset(q.terms) - frozenset(q.names) - frozenset(q.speaker) if q.kind == "when" and not telling else frozenset()
    # A doer may be described by what they do ("the old farmer" / "who owns a farm"); a speaker is found by the
    # ledger's speakers and their roles ("the union leader" is not whoever "has led" a union)
    doer_described = bool(q.speaker) and not asks_about_speech(q.text)
    para_terms: dict[str, frozenset[str]] = {}
    for i, c in enumerate(candidates):
        if c.chunk.chunk.id not in para_terms:
            para_terms[c.chunk.chunk.id] = frozenset(stems(c.chunk.chunk.text))
        paragraph = para_terms[c.chunk.chunk.id] | c.scope  # (a round-up's item is a sentence's surroundings too)
        lede = c.chunk.chunk.paragraph == 1 and c.span.start == c.chunk.chunk.start
        # A quote the ledger gives to X is X's words even where the sentence itself says only "she".
        own = c.terms | speaker_terms(c) | c.antecedent  # ("The company blamed ...": the company named before)
        own |= writer_terms(weights, c)  # "the newsletter writer": the post's own "I"
        if doer_described:
            own |= agents_present(q.speaker, own, c.text)  # "the old farmer": "who owns a farm"
        hit = sum(w for t, w in weights.items() if t in own)
        if job and q.role_head not in own and holds_job(c, job, holder):
            hit += weights[q.role_head]  # "who heads the group": "the group's chair, X", X the one it describes
        hit += sum(PREDICATE_BONUS * weights[t] for t in event if t in c.terms and t in weights)  # a bonus, no penalty
        # "put on the table" / "offered": the act in the article's words counts almost as the question's.
        said_otherwise = [p for p in q.paraphrases if paraphrased(p, c.text, own)]
        hit += sum(PARAPHRASE_WEIGHT * weights.get(t, 0.0) for p in said_otherwise for t in p.terms if t not in own)
        near = sum(w for t, w in weights.items() if t not in own and t in paragraph)
        lexical = (hit + PARAGRAPH_WEIGHT * near) / total
        # Embedding similarity catches paraphrase ("phone call" / "telephone talks").
        dense = similarity[i] if similarity is not None else (c.chunk.dense_score or 0.0)
        score = LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * dense + 0.03 / c.rank
        # "what did X say about T": a passage without T (or T in other words: "the share buyback" for
        # "the share repurchase programme") does not answer.
        told_otherwise = {t for p in said_otherwise for t in p.terms}
        if q.topic and topic_coverage(q.topic, c.terms | paragraph | told_otherwise, idf) < 0.5 \
                and not (story_topic and story_topic(q.topic, c.terms | paragraph | told_otherwise, c.chunk.chunk.article_id)):
            score *= 0.3
        if focus and focus not in own and not any(focus in p.terms for p in said_otherwise):
            score *= NO_FOCUS
        if q.kind == "when":
            # A calendar date answers "when" better than "on Tuesday", which needs the ledger; a
            # dateline's date ("SAN FRANCISCO, May 4 (Reuters) -") is the report's, not the event's.
            dateline = read_dateline(c.text) if lede else None
            text = c.text[dateline.end:] if dateline else c.text
            calendar = [m.group(0) for m in _CALENDAR_DATE.finditer(text)]
            if teller and not teller & own and not said_by(c, teller_speaker):
                score *= NOT_THE_TELLER  # "when did Minister Ward speak": not the lede that never names her
            if telling and calendar and year_only(calendar) and not _names_a_day(text) and not bare_weekday(text):
                score += 0.05  # "when did the firm issue its statement": "exported less than in 2023" tells no day
            elif calendar or says_other_calendar_day(text) or _names_a_day(text) \
                    or (telling and bare_weekday(text) and by_the_teller(c, teller, own, teller_speaker, q.text)) \
                    or event_weekday(text, event_nouns):  # "a packed meeting on Tuesday" for "when was the meeting"
                score += 0.15  # "yesterday", "last Friday": one day, which the report's date resolves
            elif says_time(text) or CLOCK.search(text):  # "struck the shoal about 11:40 p.m."
                score += 0.05
            elif c.stamped and c.statement is not None and c.statement.when_start is not None:
                # a chat's message: its own stamp or date line gives its day (less than a day it names:
                # "Last night I got a reply" tells of another day than its message's)
                score += 0.05
            elif c.statement is not None and c.statement.date_basis in ("explicit", "context"):
                score *= 0.8  # dated by the ledger from its paragraph
            else:
                score *= NO_DATE  # nothing in or behind the sentence says when
        if lede and q.kind not in ("who", "how-many"):
            score *= LEDE  # the lede summarises everything: an attributed sentence that answers says more
        c.score = score
        c.similarity, c.base = dense, score


def _names_a_day(text: str) -> bool:
    """A relative phrase for one day that tells which ("yesterday", "last night", "last Friday",
    "Saturday the 19th"); a bare "on Tuesday" is as often the day the news was told as the day asked."""
    return any(tp.kind == "rel" or tp.kind == "wday" and _WHICH_WEEKDAY.search(tp.text) for tp in find_time_phrases(text))


_WHICH_WEEKDAY = re.compile(r"^(?:last|this)\s|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b", re.I)


def sentence_similarities(question: str, candidates: list[Candidate], corpus) -> list[float] | None:
    """Cosine of each candidate sentence to the question (vectors stored at ingest; see index/retrieval.py)."""
    if not candidates or not hasattr(corpus, "sentence_similarities"):
        return None
    return corpus.sentence_similarities(question, [(c.chunk.chunk, c.span) for c in candidates])


def coverage(terms, present, idf) -> float:
    total = sum(idf(t) for t in terms) or 1.0
    return sum(idf(t) for t in terms if t in present) / total


def select(q: Question, candidates: list[Candidate], idf=lambda t: 1.0) -> list[Candidate]:
    if (both := acts_side_by_side(q, candidates)) is not None:
        return [both]  # "We asked for 9 percent ..., and the company offered 4.5 percent": both halves at once
    # "the Finnish and Swedish bosses": named sides' leaders are looked for as described sides first.
    described_first = bool(q.sides) and all(set(s) & set(q.names) for s in q.sides) \
        and any(set(s) & _LEADER_STEMS for s in q.sides)
    if q.kind == "compare" and q.sides and described_first:
        sides = select_described_sides(q, candidates, idf)
        if sides:
            return sides
    if q.kind == "compare" and len(q.names) >= 2:
        sides = select_named_sides(q, candidates, idf)
        if sides:
            return sides
    if q.kind == "compare" and q.sides and not described_first:
        sides = select_described_sides(q, candidates, idf)
        if sides:
            return sides
    if q.kind == "compare":
        halves = select_halves(q, candidates, idf)
        if halves:
            return one_story_halves(q, halves, candidates)
    ranked = sorted(candidates, key=lambda c: (-c.score, c.rank, c.span.start))
    both = figures_side_by_side(q, candidates, ranked[0].chunk.chunk.article_id) if q.kind == "compare" and ranked else None
    if both is not None:
        ranked = [both] + [c for c in ranked if c is not both]  # two figures set side by side answer both halves
    elif not ranked or ranked[0].score < MIN_SCORE:
        return []
    best = ranked[0].score
    limit = 4 if q.kind == "compare" else 3
    several = q.kind == "who" and q.asks == "person" and asks_several(q.text)
    chosen = [ranked[0]]
    for c in ranked[1:]:
        if len(chosen) >= limit:
            break
        # (several people asked for, on two sides: each side's sentence, as for a comparison)
        floor = max(MIN_SCORE, best * (0.65 if q.kind == "compare" or several else KEEP_RATIO))
        if q.kind != "compare" and c.chunk.chunk.article_id != ranked[0].chunk.chunk.article_id:
            floor = max(floor, best * OTHER_ARTICLE_RATIO)  # another article must be nearly as good
        if q.kind == "who" and q.asks == "person" and not _same_person(c, ranked[0]) and not several:
            floor = max(floor, best * OTHER_PERSON_RATIO)  # "which senator": one person, unless two tie
        if c.score >= floor and not overlaps(c, chosen):
            chosen.append(c)
    return chosen


OTHER_PERSON_RATIO = 0.95
_ASKS_NAME = re.compile(r"\bname\s+of\b|\b(?:his|her|their|its)\s+name\b|\bnamed?\b.*\?$", re.I)
_HOW_WHAT = re.compile(r"^\s*(?:and\s+)?how\s+(old|much|many|long|big|large|far|deep|high|tall|often)\b", re.I)
NEXT_READ = 3  # the best sentences read for one that withholds what the best does not give


def _same_person(c: Candidate, first: Candidate) -> bool:
    """Is `c` by the person the best sentence names (its speaker, or its speaker's surname in it)?"""
    if not speaker_terms(first):
        return True  # the best sentence names no one the ledger knows: nothing to compare
    surname = first.statement.speaker.split()[-1]
    return (c.statement is not None and c.statement.speaker == first.statement.speaker) or surname in c.text


def keep_to_period(question: str, candidates: list[Candidate], ledger, article_of=None) -> None:
    """"... in February 2023", "before the blockade began": statements dated outside are ruled out."""
    if ledger is None:
        return
    from index.statements.periods import period_in_question
    from index.textnorm import normalize

    since, until, _ = period_in_question(normalize(question).rstrip(" ?.!"), ledger)
    if since is None and until is None and article_of is not None:
        since, until = event_bounds(question, candidates, article_of)
    if since is None and until is None:
        return
    # "How many nights in December did she say ...": a sentence that names the month or year asked
    # tells of that time, whenever it was said ("on eleven nights in December", said in January).
    named = _PERIOD_WORD.search(question)
    for c in candidates:
        when = c.statement.when_start if c.statement is not None else None
        if named and re.search(rf"\b{re.escape(named.group(0))}\b", c.text):
            continue
        if when is not None and ((since and when < since) or (until and when > until)):
            c.score *= 0.2


_PERIOD_WORD = re.compile(rf"\b(?:{'|'.join(calendar.month_name[1:])})\b|\b(?:19|20)\d\d\b")  # "may" is a verb


def _name_kept_back(question: str, text: str) -> bool:
    """The sentence keeps back the name of the person the question describes ("One senior
    photographer, who asked not to be named, ..." for "the senior photographer who objected")."""
    from bot.answering.anonymous import unnamed_on_request
    from bot.answering.hops import described

    d = described(question)
    return d is not None and d.asks == "person" and unnamed_on_request(text, d.head.lower(), set(stems(d.head)))


def _one_side_dated(q: Question) -> bool:
    """A comparison whose year is in one half only ("a night today compared with one before 2022"):
    the period bounds that side, not the answer."""
    if q.kind != "compare" or len(q.halves) != 2:
        return False
    return [any(t.isdigit() for t in half) for half in q.halves].count(True) == 1


def attach_statements(candidates: list[Candidate], ledger) -> None:
    """Give each candidate the ledger statement it carries: one query per article, not per sentence."""
    if ledger is None:
        return
    by_article: dict[str, list[Statement]] = {}
    for c in candidates:
        article_id = c.chunk.chunk.article_id
        if article_id not in by_article:
            by_article[article_id] = ledger.statements_for_article(article_id)
        c.statement = statement_at(by_article[article_id], c.span)


def _statements_of(candidates: list[Candidate]) -> list[Statement]:
    return [c.statement for c in candidates if c.statement is not None]


# base -> its irregular past forms ("fall" -> "fell"): the question's stem and the index's word differ
_PAST_FORMS: dict[str, tuple[str, ...]] = {}
for _past, _base in _IRREGULAR.items():
    _PAST_FORMS[_base] = (*_PAST_FORMS.get(_base, ()), _past)


def unknown_names(q: Question, df) -> list[str]:
    """Names in the question that no article mentions at all ("Serbian" counts as Serbia)."""
    # (a name that is also an irregular past, "Fell", "Rose", is the question's "fall", "rise" and the
    # index's own word: either form counts)
    unknown = [n for n in q.names if df(n) == 0 and not any(df(p) for p in _PAST_FORMS.get(n, ()))]
    if not unknown:
        return []
    words = {stems(w)[0]: w for w in re.findall(r"[^\W\d_][\w\-]*", q.text) if stems(w)}
    return [n for n in unknown if not known_as_demonym(words.get(n, n), df) and not _capital_for_state(words.get(n, n), q.text, df)]


def _capital_for_state(word: str, question: str, df) -> bool:
    """"Oslo's fisheries minister" is Norway's: a capital that owns a minister or a threat stands for
    its state, known where the articles name the state. "The mayor of Oslo" is the city's."""
    country = country_of_capital(word)
    if country is None or not re.search(rf"\b{re.escape(word)}['’]s?\b", question):
        return False
    return known_as_demonym(country, df)


def extractive_answer(question: str, passages: list[ScoredChunk], corpus, q: Question | None = None) -> Answer:
    ledger = corpus.ledger()
    q = q or analyse(question, ledger)
    sparse = corpus.sparse
    idf = sparse.idf if sparse else (lambda t: 1.0)
    df = (lambda t: sparse.df.get(t, 0)) if sparse else (lambda t: 1)
    if q.asks == "place" and (field := labelled_place(question, q.terms, passages, corpus)) is not None:
        return field  # "Where is the importer based?": "Importer: Seacrest Trading, Dunholt"
    if (figure := labelled_figure(question, q, passages, corpus)) is not None:
        return figure  # "What was the crowd?": "Venue: Keppoch Park | Attendance: 4,812"
    if q.kind == "when" and (day := publication_day(question, passages, corpus)) is not None:
        return day  # "When was this edition published?": "Edition 1,482 — week ending Friday 14 March 2025"
    # "Did they tell you why?" is retrieved; the answer is the next paragraph, which may rank below the eight read.
    # "Where was X when he told reporters?": X's quote after the paragraph naming X says where ("..., he told
    # reporters at the control room in Ardley"). Only with a speaker: each added sentence costs a parse.
    if q.asks == "person":
        # "Which councillor complained ...": the person is picked by the deed the question states, which a
        # paragraph read only for its meaning (sharing hardly a word with the question) does not state.
        passages = [p for p in passages if not p.by_meaning_only]
    widened = q.kind in WIDENED or (q.kind == "where" and bool(q.speaker))
    read = with_next_paragraphs(passages, corpus) if widened else passages
    read = with_topic_paragraphs(read, corpus)  # "On the new assistant manager:" retrieved: the paragraphs under it
    if q.kind in ("how-many", "who"):
        read = with_petition_lines(read, corpus)  # a retrieved petition's "10,482 signatures", "Created by X"
    candidates = with_spelled_out(question, candidates_of(read))  # "the AGM": "the Annual General Meeting"
    missing = unknown_names(q, df)
    if missing:
        # A name only a headline holds ("Low Danube halts cargo barges") is mentioned: headlines are not searched.
        missing = _not_in_titles(missing, passages, corpus)
    cities = {}
    if missing:
        # "the Austrian importer" / "a Graz importer": a country word the passages write as one of its cities.
        cities = cities_for(missing, question, passages)
        q = as_city(q, cities)
        missing = [n for n in missing if n not in cities]
    looks_ahead = q.kind == "when" and asks_ahead(q.text)
    # "Where do they play next?": "Tuesday's trip to X" is said in passing, in a paragraph sharing no word with it.
    place_ahead = q.asks == "place" and asks_place_ahead(q.text)
    aside = set_aside(q.text)
    if aside:
        q = replace(q, terms=without_set_aside(q.terms, q.text))  # "Apart from Wells, where ...": Wells is no answer
    if q.kind == "compare" or looks_ahead or place_ahead or (aside and q.asks == "place"):
        # A side's sentence, wherever it stands; a "Date of next meeting" line, which shares no word with "meet again".
        candidates = with_article_sentences(candidates, passages, corpus)
    people = people_by_article((c.chunk.chunk.article_id for c in candidates), corpus)
    article_terms = _article_terms(corpus)
    agent = described_agent(q, people, idf, article_terms, lambda a: [ch.text for ch in corpus.chunks_of(a)])
    if agent is None and q.role and q.asks == "person":
        agent = role_person(q, people, idf, article_terms) \
            or role_person_in_item(q, people, idf, article_terms, corpus.article)  # "which barrister": counsel's sentence, retrieved or not
        if agent is not None:
            with_agent_sentence(candidates, agent, corpus, ledger)
            agent = None  # (its sentence only: the agent's weighing is for a verb's doer)
    elif agent is not None:
        with_agent_sentence(candidates, agent, corpus)
    if q.kind == "when" and q.role and q.asks != "person" and (described := role_person(q, people, idf, article_terms)):
        with_dated_acts(candidates, q, described, corpus, _CALENDAR_DATE)  # "X wrote to me on Oct. 6", unretrieved
    by_city(candidates, cities)
    with_years_written(q.text, candidates, lambda a: getattr(corpus.article(a), "published", None))  # "last year": "in 2025"
    with_labels(candidates, corpus.article)  # "Hazard identified" above "The connector can overheat"
    with_topic_heads(candidates, corpus.article)  # "On X's knee:" above "She'll be out for a month"
    with_block_terms(q.kind, candidates, corpus.article)  # "Answered on 4 March 2025": its block's question's terms
    attach_statements(candidates, ledger)
    with_inner_speakers(q.kind, q.terms, candidates, ledger)  # "X told us, 'By Friday ...'": X's words, for who said them
    carry_antecedents(candidates, corpus, q.text)
    with_item_scope(candidates, corpus.article)  # a round-up's sentence is about its item's case
    with_chat_scope(candidates, corpus.article)  # a chat message's sentence: under its header, in its workspace
    with_mail_scope(candidates, corpus.article)  # an e-mail's sentence: under its sender's and subject's lines
    with_petition_scope(candidates, corpus.article)  # a petition page's "10,482 signatures": under the petition's title
    spell_out(candidates, lambda a: getattr(corpus.article(a), "text", None))  # "Acasu requests": the coffee growers' association
    give_body_voice(q, candidates, people)
    name_the_body(q, candidates)
    # "according to the insider": "a source, who asked not to be named", never the body it works for
    speaker = unnamed_source(q, _statements_of(candidates)) if q.asks != "person" else None
    if speaker is None and q.role:
        speaker = role_speaker(q, people, idf, article_terms)
    if speaker is None and q.role and q.speaker_phrase and q.asks != "person" and ledger is not None:
        statements = _statements_of(candidates)
        # The words next to a name in the text first: the ledger's reading of a role may be wrong.
        speaker = described_in_text(q.role, q.role_head, statements, lambda a: getattr(corpus.article(a), "text", None),
                                    idf) or described_speaker(q.role, q.role_head, statements, idf)
    if speaker is None and q.speaker_phrase and not q.role and ledger is not None:
        speaker = ledger.resolve_speaker(q.speaker_phrase)
    voiced = None
    if speaker is None and q.speaker_phrase and not q.role and q.asks != "person":
        speaker = voiced = body_voice(q, candidates, people)  # "the Quay Traders": their association's chair
    if q.asks != "person":
        with_speaker_sentences(candidates, q, speaker, corpus, ledger)  # "how were they picked, according to X": X's "selection"
    # Once the described speaker is found, the role's words ("the union's general secretary") say
    # who, not what: the content is scored on the rest of the question.
    content = q
    if (speaker or asks_the_writers(q.role_phrase)) and q.role and q.asks != "person":
        rest = tuple(t for t in q.terms if t not in q.role)
        # "What did the inspector find": with one word left, the role's words still pick the sentence.
        content = replace(q, terms=rest) if len(rest) >= MIN_CONTENT_TERMS else q
    elif voiced:
        rest = tuple(t for t in q.terms if t not in q.speaker)  # (the body's words say who, as a role's do)
        content = replace(q, terms=rest, speaker=()) if len(rest) >= MIN_CONTENT_TERMS else q
    score_candidates(content, candidates, idf, sentence_similarities(question, candidates, corpus),
                     speaker if q.asks == "person" or q.kind == "when" else None,
                     story_topic_of(corpus, lambda t: df(t) > 0))
    # (a paragraph read only because the embedder ranks it first counts as not retrieved: a near tie stays with what was)
    discount_unretrieved(candidates, read[len(passages):] + [p for p in passages if p.by_meaning_only])
    weigh_items(q, candidates, idf)  # a round-up's case asked about: its own item's sentences
    weigh_credit_lines(q.kind, candidates)  # "- Ann Roe, the union delegate, on Tuesday": who said the quote above, not what
    if q.kind in _TURN_KINDS:
        lend_turns(candidates, corpus)  # "So what replaces it?" / "Farm shops ...": the reply answers
    check_types(q, candidates, people, idf, _alike(corpus) or NoAlike(), speaker,
                article_terms)
    weigh_down_questions(q, candidates)
    weigh_unrelated(q, candidates)  # "X, who is not related to the alderman": no alderman
    weigh_kin_relation(q, candidates)  # "how is Bram related to the vet": "Her nephew, Bram ..."
    if agent is not None:
        weigh_agent(candidates, agent)
    weigh_done(q, candidates)
    weigh_change_figures(q, candidates)  # "by how much did the estimate rise": "is 348,000, up from 265,000"
    weigh_shares(q.text, candidates)  # "what share of its turnover": "14 per cent of our turnover"
    weigh_doer(q, candidates)
    weigh_age(q, candidates)
    weigh_former(q.text, candidates)
    weigh_now(q, candidates)  # "how many ... now": not "when I started there were seven"
    weigh_seats(q, candidates)  # "where is X based": "X's head office in Town", not the lede naming X
    weigh_writer_place(q, candidates)  # "where is the newsletter writer based": her "Hello from Town"
    weigh_named_kinds(q, candidates)  # "in which department": "the department of Huila"
    weigh_instead_of(q, candidates)  # "instead of the river": the sentence saying what instead, not the lede naming the river
    weigh_destinations(q, candidates)  # "where were they taken": "were moved overnight to a sports hall"
    weigh_place_act(q, candidates)  # "where were the suspects arrested": the sentence telling the arrests
    weigh_countries(q.text, candidates)  # "which country are the parts coming from": "from a supplier in Uruguay"
    if q.kind == "who" and (not q.role or asks_counsel(q.text)) and (deed := deed_of(q.text)) is not None:
        weigh_deeds(deed, candidates, article_terms, owner_of_object(q.text, deed))  # "who handles X's dogs": not X
    weigh_topic_people(q, candidates, people, corpus.article)  # "On the new assistant manager:" / "I'm delighted to have X in"
    if q.kind == "when" and q.predicate is not None:
        weigh_event_dates(act_asked(q.text, q.predicate.lemma), candidates)
    weigh_other_side(q, candidates)  # "when was it answered": not the question's tabling day
    weigh_named_articles(q, candidates, article_terms)  # a story that never writes the question's name
    weigh_definitions(q.text, candidates)  # "what is X": "X, a subsea cable that ..."
    weigh_field_lines(q, candidates, corpus.article)  # "Comment submitted date: ...": no day of a decision
    weigh_set_aside(q.text, candidates, article_terms, q.asks == "place")  # "apart from Wells": a sentence naming only Wells answers nothing
    if looks_ahead:
        weigh_days_ahead(candidates, corpus.article, q.names, article_terms)  # "due to meet again": a day after the report's, not its own
        weigh_contest_named(q.text, candidates)  # "what date is the final": not the semi-final's day
    elif place_ahead:
        weigh_places_ahead(candidates, says_where, q.names, article_terms)  # "where will they host": a venue for what is to come
    silent = speaker_is_silent(q, candidates, ledger, people) or unknown_role(q, candidates, people, idf, article_terms, cities)
    prefer_speaker(q, candidates, ledger, None if asks_unnamed(q) else speaker)  # (an unnamed source: weigh_unnamed)
    weigh_unnamed(q, candidates, speaker)  # "according to the insider": not "The agency did not respond"
    prefer_body(q, candidates, lambda a: getattr(corpus.article(a), "text", None))
    if not _one_side_dated(q):
        keep_to_period(question, candidates, ledger, corpus.article)  # "today compared with before 2022": one side's period only
    weigh_role_turns(q, candidates)  # "The CHAIR: ..." right after the complaint is the ruling on it
    before = {id(c): c.score for c in candidates} if q.kind == "why" else {}
    ahead = check_predicate(q, candidates, speaker)
    if q.kind in ("what", "why") and asks_cause(q.text):
        weigh_causes(candidates)  # "what held it up": "stalled when the contractor went bust", not the delay itself
    elif q.kind == "why":
        weigh_reasons(candidates)  # "why did she close them": "Because the ceilings were coming down."
    if q.kind == "what" and asks_promise(q.text):
        weigh_promises(candidates)  # "what did the firm promise": "We'll pay everyone", not what happened
    elif q.kind == "what" and asks_plan(q.text):
        weigh_plans(candidates)  # "what is she going to do next": "said she would ask for a call-in", not her quotes
    elif q.kind == "what" and asks_demand(q.text):
        weigh_demands(candidates, demander(q.text), speaker)  # "what does the union want": "would ask for the cuts to be frozen", not the cuts
    elif q.kind == "what" and asks_appeal(q.text):
        weigh_appeals(q.text, candidates)  # "what did he tell members not to do": "He urged members not to uproot ..."
    elif q.kind == "what" and asks_change(q.text):
        weigh_changes(candidates)  # "what is X changing": "said X would now alert ...", not X's background
    if q.kind == "what":
        weigh_refusals(q, candidates)  # "will he commit to ...?": "He declines to give that commitment."
    if q.kind == "what" and asks_money_use(q.text):
        weigh_money_uses(candidates)  # "what will it do with the money": "will use the funds to", not the raising
    # (last: the speaker's and the checks' weighing lifts the back references)
    weigh_lede_place(q, candidates, lambda a: _lede(a, corpus), says_where)  # "set up their blockade": the lede's "parked across the road at X"
    describe(candidates, people)
    chosen = [] if missing or silent else select(q, candidates, idf)
    # "when did they vote": not a lede timing what follows the vote, but the vote's own dated sentence
    chosen = own_time_instead(q, chosen, candidates, lambda rest: select(q, rest, idf))
    chosen = keep_covering_articles(q, chosen, article_terms, people, idf)  # not a story sharing only common words
    if answerability.recording:  # (eval/answerability/dump.py)
        answerability.last = answerability.features(q, chosen, candidates, passages, idf, article_terms) if chosen else None
    if not missing and not silent and q.kind != "compare" and (in_error := date_in_error(q, candidates)) is not None:
        return corrected(question, passages, ("so", in_error), corpus, q)  # "the July inspection" / "That was an error"
    if missing and not silent and only_a_detail_unknown(q, missing):
        # "Why did the company close its pit in Limpopo?": the place is the false detail; what they report corrects it.
        found = _premise_without(q, candidates, missing, lambda a: _lede(a, corpus))
        if found:
            names = ", ".join(f"“{m}”" for m in _as_written(question, missing))
            return corrected(question, passages, (f"so (none of them mentions {names})", found), corpus, q)
    if q.kind in ("when", "why", "what") and not missing and not silent \
            and (studied := only_studied(q, candidates, corpus)) is not None:
        return corrected(question, passages, ("so", studied), corpus, q)  # "when will the road be built": only studied
    # "When did the president sign it?" / "... he would sign it next week": the articles do not say it
    # happened. (A why-question's premise is answered by its correction instead.)
    if chosen and not missing and not silent and _ASKS_NAME.search(q.text) and _name_kept_back(q.text, chosen[0].text):
        # "What is the name of the photographer who objected to the checks?": the best sentence keeps the
        # name back ("who asked not to be named"); checks still to come are no answer to the name
        return not_said(question, passages, chosen[0], corpus, q)
    if q.kind in ("why", "when") and not missing and not silent and candidates:
        # "why did the minister order a cull" / "would not carry out mass culling": corrected, cited.
        asked = asked_article(candidates, q.names)
        own = sorted((c for c in candidates if c.chunk.chunk.article_id == asked), key=lambda c: -c.score)
        if (denied := word_denied(q, own)) is not None:
            return corrected(question, passages, ("so", with_instead(denied, own)), corpus, q)
    if ahead is not None and q.kind != "why" and not missing and not silent:
        return not_said(question, passages, ahead, corpus, q)
    if q.kind in ("who", "what", "how-many", "where") and not missing and not silent:
        # "Who was elected on March 3?" where every article is older than March 3.
        later = after_the_articles(question, candidates, corpus.article) or occasion_still_ahead(question, candidates, q.names) \
            or only_ahead(q, candidates) or addressed_only_ahead(q, candidates) \
            or contest_still_ahead(question, candidates, q.names, lambda a: getattr(corpus.article(a), "text", None)) \
            or meeting_still_ahead(question, candidates, q.names, lambda a: getattr(corpus.article(a), "text", None))
        if later is not None:
            return not_said(question, passages, later, corpus, q)
    if q.kind == "why" and not missing and not silent:
        # "Why did the government raise its offer to 35%?" where it offered 12%: corrected, cited.
        found = contradicted(q, candidates, lambda a: getattr(corpus.article(a), "text", None), lambda a: _lede(a, corpus),
                            corpus)
        if found is not None:
            return corrected(question, passages, found, corpus, q)
        # "Why did the card payments go down?" / "Card payments are not affected": corrected, cited.
        asked = asked_article(candidates, q.names)
        if (spared := unaffected(q, candidates, asked)) is not None:
            return corrected(question, passages, ("so", [spared]), corpus, q)
        # "Why have fares gone up?" / "Fares have fallen by a third": corrected, cited.
        if (other_way := direction_reversed(q, candidates, asked)) is not None:
            return corrected(question, passages, ("so", other_way), corpus, q)
    if q.kind == "why" and not missing and silent and q.speaker:
        # "Why did the firm confirm the sale?" where the firm said nothing but "declined to comment": corrected.
        found = denied_by_speaker(q, candidates)
        if found is not None:
            return corrected(question, passages, ("so", found), corpus, q)
    if q.kind in ("what", "how-many") and not missing and not silent:
        # "How badly was the steward hurt?" / "Nobody was hurt": corrected, cited.
        asked = asked_article(candidates, q.names) if candidates else None
        if asked is not None and (unhurt := harm_degree_denied(
                q, sorted((c for c in candidates if c.chunk.chunk.article_id == asked), key=lambda c: -c.score))) is not None:
            return corrected(question, passages, ("so", unhurt), corpus, q)
        # "What deal did the drivers reject?" where they voted to accept the offer: corrected, cited.
        opposite = opposite_premise(q, candidates)
        if opposite is not None:
            return corrected(question, passages, ("so", opposite), corpus, q)
        # "Which chemical did they find had killed the fish?" / "We have not found any sign of a chemical spill".
        if (none := none_found_of_which(q, candidates)) is not None:
            return corrected(question, passages, ("so", [none]), corpus, q)
        # "What was the net profit?" where the articles give only the operating profit.
        other = other_kind_only(question, candidates, lambda a: getattr(corpus.article(a), "text", None))
        if other is not None:
            return not_said(question, passages, other, corpus, q)
        # "What is the price of a gallon?" where the articles give only how much it climbed.
        change = only_a_change(question, chosen)
        if change is not None:
            return not_said(question, passages, change, corpus, q)
    if q.kind in ("what", "who", "when", "how-many") and not missing and not silent:
        # "Which brewery agreed to sponsor it?" where the article names a brewery only to withhold which.
        withheld = withheld_nearby(q, candidates, chosen)
        if withheld is not None:
            return not_said(question, passages, withheld, corpus, q)
        # "Which bank held the account?" / "... stopped by the receiving bank": the kind, never which.
        if (unnamed := kind_unnamed(q, chosen, lambda a: getattr(corpus.article(a), "text", None))) is not None:
            return not_said(question, passages, unnamed, corpus, q)
    if not missing and not silent and (elsewhere := told_elsewhere(q, chosen, corpus)) is not None:
        # "How many homes in Carrowmore were flooded?" / "... 300 homes in Ballyduff": not of the place asked.
        return not_said(question, passages, elsewhere, corpus, q)
    if q.kind == "how-many" and not missing and not silent:
        # "How many drivers were trapped?" where "No vehicle was inside the tunnel": corrected, cited.
        none = counted_none_of(q, candidates, _alike(corpus) or NoAlike())
        if none is not None:
            return corrected(question, passages, ("so", [none]), corpus, q)
    if q.kind == "who" and not missing and not silent and (denied := deed_denied(
            q, candidates, lambda a: getattr(corpus.article(a), "text", None), _alike(corpus))) is not None:
        return corrected(question, passages, ("so", denied), corpus, q)  # "who stole the key" / "the key was not compromised"
    if not chosen and not missing and not silent and (to_come := premise_to_come(q, candidates, before)) is not None:
        # "Why did the new machines, installed in 2021, break down?" / "I'd love to see the machines they promised".
        return corrected(question, passages, ("so", to_come), corpus, q)
    if not chosen and not missing \
            and (party := identity_withheld(q, sorted(candidates, key=lambda c: (-c.score, c.rank)))) is not None:
        return not_said(question, passages, party, corpus, q)  # no person chosen (or the role unknown): the sentence withholds who
    if not chosen:
        return abstain(question, passages, candidates, corpus, missing)
    if (weighed := law_only_weighed(q, chosen, own_best(chosen[0], candidates))) is not None:
        return corrected(question, passages, ("so", [weighed]), corpus, q)  # "how much is she suing for": "not decided whether to go to court"
    if (short := near_miss(q, chosen, candidates, lambda a: getattr(corpus.article(a), "published", None),
                           lambda a: getattr(corpus.article(a), "text", None))) is not None:
        return not_said(question, passages, short, corpus, q)  # "what price did they offer": "had two offers" (near_answers.py)
    if (unnamed := described_unnamed(q, chosen, candidates)) is not None:
        return not_said(question, passages, unnamed, corpus, q)  # "who was the man with the spade": "X said he had seen a man with a spade"
    content_terms = tuple(t for t in q.terms if t not in q.names and t not in q.speaker)
    # A who-question is answered by the person who withholds something else ("..., which he declined to
    # name"): not checked. "What did X say about Y?" / "X declined to comment": X said nothing the articles report,
    # unless the best sentence is X's own statement: then the refusal is what X said (bot/answering/own_reply.py).
    asked_speaker = q.speaker if q.speaker_phrase and q.kind in ("what", "why") and asks_about_speech(q.text) else ()
    if asked_speaker and q.kind == "what" and own_reply(q, chosen[0], people, idf, article_terms):
        asked_speaker, content_terms = (), ()  # "I could not confirm those reports": what the spokesperson said
    if q.kind == "what" and own_reply_given(q.text, chosen[0]):
        asked_speaker, content_terms = (), ()  # "what was her answer when asked ...": "she would need to check"
    if q.kind not in ("compare", "when") and q.asks != "place" and not (q.kind == "how-many" and amounts(chosen[0].text)) \
            and (unknown := not_known_among(q, chosen, candidates)) is not None:
        # "Did the tribunal rule for them?" / "The verdict has not yet been pronounced": not known at all.
        return not_said(question, passages, unknown, corpus, q)
    if (unheld := not_happened(q, chosen)) is not None:
        # "What was the result of the ballot?" / "A ballot ... has not been held": nothing to report yet.
        return not_said(question, passages, unheld, corpus, q)
    if (party := identity_withheld(q, chosen)) is not None:
        return not_said(question, passages, party, corpus, q)  # "who was the first contractor" / "declined to name the first contractor"
    # A who-question is checked only when the sentence withholds the very "which <thing>" it asks.
    which = which_phrase(q.text)
    if q.kind != "compare" and choice_withheld(q.text, chosen[0].text):
        return not_said(question, passages, chosen[0], corpus, q)  # "which site": "picked one but declined to say which one"
    # (the unnamed source asked about withholds only their own name: "a source, who asked not to be named, said")
    if q.kind != "compare" and (q.asks != "person" or (which and which.search(chosen[0].text))) \
            and not said_by_unnamed(q, chosen[0], speaker) and not dated_itself(q, chosen[0].text) \
            and says_unknown(q.text, content_terms, chosen[0].text, asked_speaker):
        return not_said(question, passages, chosen[0], corpus, q)
    if q.kind != "compare" and (q.asks != "person" or which):
        # "How old are the wagons?" / best: "Eleven wagons left the rails", next: "She declined to say how
        # old the wagons were": one of the next best sentences withholds the very measure asked ("how old").
        # A count in the best answers a how-many question whatever is withheld.
        # Also "which supplier": "He did not say which supplier had failed to deliver".
        asking = asking_phrase(q.text)
        ranked = sorted(candidates, key=lambda c: (-c.score, c.rank))[:NEXT_READ] if asking else []
        counted = q.kind == "how-many" and bool(amounts(chosen[0].text))
        if counted and asking:
            # "How many victims were refunded?" / best "Of the 212 victims, ...": its count answers, unless
            # its article withholds the very deed (the question's verb) the count leaves out ("did not say how
            # many had been refunded"); not another count the article withholds ("how many the firm believed").
            article = chosen[0].chunk.chunk.article_id
            beyond = next((c for c in candidates if c.chunk.chunk.article_id == article and asking.search(c.text)
                           and withholds_beyond(c.text, deed, chosen[0].terms)), None) if (deed := _deed_stems(q)) else None
            if beyond is not None:
                return not_said(question, passages, beyond, corpus, q)
        for c in ranked:
            if counted or c is chosen[0] or not asking.search(c.text):
                continue
            if says_unknown(q.text, content_terms, c.text, asked_speaker):
                return not_said(question, passages, c, corpus, q)
    chosen = with_replies(chosen, corpus)
    if q.kind == "what":
        chosen = with_act_after(q, chosen, candidates)  # "what will the $4m pay for": "The money will cover ..."
    elif q.kind == "why":
        chosen = with_reason_after(q, chosen, candidates)  # "why so slow": "..., because the limit was ..."
    if q.kind == "compare":
        chosen = with_sides_words(with_other_side(q, chosen, candidates), corpus)
    if q.kind == "how-many" or (q.kind == "compare" and asks_figures(q)):
        chosen = with_figures_after(chosen, corpus)
    chosen = now_before_then(q, chosen, candidates)  # "how many now": "Now there are five", after "When I joined ..."
    chosen = with_second_ask(q, chosen, candidates, idf)  # "..., and what range did the company warn of?"
    if q.kind == "what" and asks_occupation(q.text):
        chosen = with_naming_sentence(chosen)  # "what does she do for a living": "..., NAME, who is a diver by trade."
        chosen = with_first_mention(chosen, corpus)  # "what body does he sit on": "Council member Mr NAME raised ..."
    if q.asks == "person":
        chosen = with_naming_sentence(with_person(chosen, people, candidates))  # "He acknowledged ...": the sentence naming him
        chosen = with_role_holder(chosen, people, corpus)  # "the Harbour Commissioner said": the sentence naming her
    if q.asks == "place" and asks_origin(q.text) and (intro := introduced_from(chosen, candidates)) is not None \
            and not overlaps(intro, chosen):
        chosen = [chosen[0], intro, *chosen[1:]]  # "Where was the cyclist from?": "X, 41, a nurse from Town"
    if q.asks == "place":
        chosen = with_place(chosen, candidates, q.speaker, tuple(t for t in q.terms if t not in q.names))
    if act_by_another(q, chosen, candidates, people, idf, article_terms):
        return abstain(question, passages, candidates, corpus, missing)  # "which engineer said": the spokesperson said it
    chosen = role_named_instead(q, chosen, candidates, people)  # "who is the head of X": not a caption naming X
    if not holds_asked(q, chosen, people) or not by_the_described(q, chosen, people, speaker, idf) \
            or not names_the_figure(q, chosen, corpus) or reply_not_reported(question, chosen, ledger) \
            or _near_miss(q, chosen, corpus):
        return abstain(question, passages, candidates, corpus, missing)
    if q.kind in ("what", "why"):
        told = None if asks_unnamed(q) else speaker  # (an unnamed source goes on as "the source said": read from the sentence)
        chosen = with_speaker_words(chosen, corpus, told or _named_speaker(q, chosen[0], people) or _named_in_question(q, chosen[0]),
                                    q.role_phrase.split()[-1].lower() if q.role_phrase else None)
        chosen = with_quote_ends(with_named_next(with_quote_after(chosen, corpus), corpus), corpus)
        chosen = with_what_follows(chosen, lambda c: next_sentence(c, corpus))  # "My question is to the Premier." and what it is
        chosen = with_findings_after(q, chosen, lambda c: next_sentence(c, corpus))  # "he found that the problem is worse": what it is
        chosen = with_rule_after(q, chosen, lambda c: next_sentence(c, corpus))  # "had tightened its rules": "From Monday, ..."
    if q.kind in _TURN_KINDS:
        chosen = with_turn(q, chosen, corpus)
    attach_statements([c for c in chosen if c.statement is None], ledger)
    if asks_whom_for(question, q.asks):
        chosen = with_written_side(chosen)
    citations, lines = [], []
    for n, c in enumerate(chosen, start=1):
        chunk = c.chunk.chunk
        citations.append(Citation(n, chunk.article_id, c.span.start, c.span.end, c.text, chunk.id, chunk.paragraph))
        article = corpus.article(chunk.article_id)
        lines.append(f"{shown(c.text, c.statement, article, q.kind, c.span.start)} [{n}]")
    return Answer(question=question, text=" ".join(lines), citations=citations, retrieved=passages)


def _deed_stems(q: Question) -> tuple[str, ...]:
    """The stems of the question's own verb ("refunded" of "how many victims were refunded"), which a
    count of the victims does not tell."""
    return tuple(stems(q.predicate.lemma)) if q.predicate is not None and q.predicate.lemma else ()


def _alike(corpus) -> Alike | None:
    """Nouns near in meaning by the corpus's embedder; None for a corpus without one."""
    embedder = getattr(corpus, "embedder", None)
    return Alike(embedder) if embedder else None


def _near_miss(q: Question, chosen: list[Candidate], corpus) -> bool:
    """The chosen sentences are on the topic but not the thing asked: "Who was arrested for the damage?"
    where no one was; a count of another thing; another one of a series; the other side of an event;
    another period's figure; another measure (no speed, no rate); another event's time; the body asked
    about named only as someone else's addressee; the opposite act."""
    texts = [c.text for c in chosen]
    alike = _alike(corpus)
    return deed_untold(q, _cited_texts(chosen, corpus), alike) or counts_another_thing(q, texts, alike) \
        or other_in_series(q.text, texts) or other_side(q.text, texts) \
        or (q.kind != "compare" and (other_period(q.text, texts) or another_measure(q.text, texts))) \
        or timed_by_another(q, texts) or body_only_named(q, texts) or opposite_act_only(q, texts) \
        or another_party(q, chosen, lambda a: getattr(corpus.article(a), "text", None)) \
        or cause_untold(q.text, texts)


def _cited_texts(chosen: list[Candidate], corpus) -> list[str]:
    """The whole texts of the articles the chosen sentences come from."""
    ids = dict.fromkeys(c.chunk.chunk.article_id for c in chosen)
    return [t for a in ids if (t := getattr(corpus.article(a), "text", None))]


def _not_in_titles(missing: list[str], passages: list[ScoredChunk], corpus) -> list[str]:
    """The names of `missing` that no retrieved article's title or header lines hold (a house's
    "LEGISLATIVE ASSEMBLY" above a sitting's record is a mention, though no passage holds it)."""
    titles: set[str] = set()
    for article_id in dict.fromkeys(sc.chunk.article_id for sc in passages):
        article = corpus.article(article_id)
        titles.update(stems(getattr(article, "title", None) or ""))
        lede = article.paragraphs[0].start if getattr(article, "paragraphs", None) else 0
        for span in getattr(article, "subheadings", ()) or ():
            # Above the lede; or a line naming the missing name whole ("Isobel MacRath, Kilbeg" signing a
            # letter), which the passages leave out as a signature.
            line = article.text[span.start:span.end]
            if span.start < lede or len(line.split()) <= SIGNATURE_WORDS:
                titles.update(stems(line))
            # a post's header of fields ("#4 | Cllr Ann Roe | Posts: 31 | 06/03/2026"): its author's field
            for field in re.split(BAR_OR_BOX, line) if re.search(BAR_OR_BOX, line) else ():
                if len(field.split()) <= SIGNATURE_WORDS:
                    titles.update(stems(field))
    return [n for n in missing if n not in titles]


SIGNATURE_WORDS = 6  # a sign-off line: a name and a place or a title


def _premise_without(q: Question, candidates: list[Candidate], missing: list[str], lede_of) -> list[Candidate]:
    """The best sentence on the rest of the question, and its article's lede (which states what happened)."""
    ranked = sorted(candidates, key=lambda c: (-c.score, c.rank))
    if not ranked:
        return []
    best = ranked[0]
    lede = lede_of(best.chunk.chunk.article_id)
    if lede is None or lede.span == best.span:
        return [best]
    return [lede, best]


def _named_speaker(q: Question, best: Candidate, people) -> str | None:
    """"What did the Norwegian minister say": the best sentence's named speaker, when the question
    asks about someone and no one was resolved from its words. A sentence that only introduces
    them ("Another analyst, Clara N, was more positive.") is followed by what they said."""
    st = best.statement
    if not q.speaker_phrase:
        return None
    if st is None:
        named = named_people(best.text, people.get(best.chunk.chunk.article_id, ()))
        return named[0].name if len(named) == 1 else None
    if st.generic_speaker or vocabulary().pronoun(st.speaker):
        return None
    return st.speaker if len(st.speaker.split()) >= 2 and st.speaker[:1].isupper() else None


def _named_in_question(q: Question, best: Candidate) -> str | None:
    """"What reasons did Fairhallow give for ...": the best sentence's speaker, a body the question
    names by a word of its name, though no speaker phrase was read from the question (its "It said
    ..." after the act asked about gives the reasons)."""
    st = best.statement
    if st is None or st.generic_speaker or not q.names or not st.speaker[:1].isupper() or not body_name(st.speaker):
        return None
    return st.speaker if any(w.lower() in q.names for w in st.speaker.split()) else None


def _article_terms(corpus):
    """article id -> the stems of its passages (from the BM25 postings), read once per answer."""
    seen: dict[str, frozenset[str]] = {}

    def terms(article_id: str) -> frozenset[str]:
        if article_id not in seen:
            seen[article_id] = corpus.article_stems(article_id)
        return seen[article_id]

    return terms


def not_said(question: str, passages, c: Candidate, corpus, q: Question) -> Answer:
    """The articles say the thing asked is withheld or still to come: say so, citing where."""
    chunk = c.chunk.chunk
    citation = Citation(1, chunk.article_id, c.span.start, c.span.end, c.text, chunk.id, chunk.paragraph)
    line = f"{shown(c.text, c.statement, corpus.article(chunk.article_id), q.kind, c.span.start)} [1]"
    return Answer(question=question, text=f"{NOT_SAID} {line}", abstained=True, citations=[citation], retrieved=passages)


def corrected(question: str, passages, found: tuple[str, list[Candidate]], corpus, q: Question) -> Answer:
    """A premise the articles contradict: what they do not say, then what they report, cited."""
    what, sentences = found
    citations, lines = [], []
    for n, c in enumerate(sentences, start=1):
        chunk = c.chunk.chunk
        citations.append(Citation(n, chunk.article_id, c.span.start, c.span.end, c.text, chunk.id, chunk.paragraph))
        lines.append(f"{shown(c.text, c.statement, corpus.article(chunk.article_id), q.kind, c.span.start)} [{n}]")
    return Answer(question=question, text=f"The articles do not say {what}; they report: " + " ".join(lines),
                  citations=citations, retrieved=passages)


def _lede(article_id: str, corpus) -> Candidate | None:
    """The article's first sentence (its lede), as a candidate."""
    from index.models import ScoredChunk

    chunks = list(corpus.chunks_of(article_id))
    for i, chunk in enumerate(chunks):
        if i + 1 < len(chunks) and len(chunk.sentences) == 1 and not _ENDS_SENTENCE.search(chunk.text):
            continue  # a standfirst under the headline ("..., court hears") with no full stop: the lede follows
        for span in chunk.sentences:
            c = candidate_at(ScoredChunk(chunk, 0.0), 1, span)
            if not _shouted(c.text):
                return c  # (not "THIS IS A RUSH TRANSCRIPT.": a notice in capitals above a transcript tells nothing)
    return None


_ENDS_SENTENCE = re.compile(r"[.!?…][\s\"'”’)\]]*$")


def _shouted(text: str) -> bool:
    """A line in capitals: a notice or a label, not a sentence that tells what happened."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def abstain(question: str, passages, candidates: list[Candidate], corpus, missing: list[str]) -> Answer:
    ranked = sorted(candidates, key=lambda c: (-c.score, c.rank))
    related, seen = [], set()
    for c in ranked:
        if c.chunk.chunk.id in seen:
            continue
        seen.add(c.chunk.chunk.id)
        chunk = c.chunk.chunk
        related.append(Citation(len(related) + 1, chunk.article_id, c.span.start, c.span.end, c.text, chunk.id, chunk.paragraph))
        if len(related) == 3:
            break
    why = ""
    if missing:
        why = " None of them mentions " + ", ".join(f"“{m}”" for m in _as_written(question, missing)) + "."
    return Answer(question=question, text=NOT_IN_ARTICLES + why, abstained=True, related=related, retrieved=passages)


def _as_written(question: str, names: list[str]) -> list[str]:
    words = re.findall(r"[^\W\d_][\w\-]*", question)
    out = []
    for s in names:
        out.append(next((w for w in words if stems(w) == (s,)), s))
    return out
