"""Sentences on the asked topic that stop short of the thing asked: the articles do not say it.

    What price did the developers offer?         "he had had two offers from developers"      no price
    How many downloads did it serve in total?    "served 2.9 million fewer downloads than ..." a difference
    What will the fare be on short routes?       "Short routes go up by R1."                  the rise only
    What did the minister say?                   "The MP called on the minister to intervene." only called on
    When will the company restart the plant?     "would update growers early in the new year" a date to tell
    Where is next year's final?                  "the final on March 15" (reported in January)   this year's
    Where is her Monday surgery?                 "my surgery this Saturday"                       another day
    What did the board decide?                   "had not yet reached a decision"                 not done
    How much did the county give?                "had been asked for a grant of up to $2m"        only sought
    On what date will the board rule?            "its decision within the coming weeks"           no day
    Did the tenant appeal?                       "Either party may appeal within 14 days."        only open
    Which seed did the team get?                 "was projected as the No. 2 seed"                a forecast
    How much did the insurer pay?                "covers the damage up to $5,000"                 a ceiling only
    How much did the scheme cost in all?         "Each visit cost the board £420"                 a share only
    How did the regional parliament vote?        "The town board voted 5-2"                       another body's
    What advice did the ministry give?           "he had asked the ministry for advice"           only asked for
    What is the deckhand's surname?              "a deckhand called Tobiah"                       first name only
    What is the driver's name?                   "The driver was amazing."                        no name at all
    How much will the repair cost?               "was built in 1994 at a cost of £1.8m"           another act's cost
    Who won the cup?                             "whoever wins it will have earned it"            winner unknown
    How much is she suing for?                   "had not decided whether to go to court"         only weighed
    What temperature did Hallowby reach?         "31C in Brennick, while Hallowby was spared"      another place's

`near_miss` runs them all. Each is read from the chosen sentences' text with regexes (no parse of a candidate sentence); the
answer says the articles do not say, citing the sentence that shows how far they go.
"""

from __future__ import annotations

import re

from bot.answering.question import asks_about_speech
from bot.answering.terms import stems

_NUM = r"(?:[$€£¥₹R]\s?)?\d+(?:[,.]\d+)*(?:%|\s?(?:m|bn|k)\b)?(?:\s+(?:million|billion|thousand|hundred)\b)?"

# "What price ...", "what fine ...", "which figure ...": a sum or a figure is the answer.
_FIGURE_ASKED = re.compile(
    r"^\s*(?:and\s+)?(?:what|which)\s+(?:[\w\-]+\s+)?(?:price|prices|figure|figures|fine|fines|fee|fees|sum|penalty|"
    r"penalties|wage|wages|rent|rents)\b"
    r"|^\s*(?:and\s+)?how\s+much\s+(?:money\s+)?(?:did|does|do|will|would|has|have|had|is|was|are|were|could|can)\b"
    r"[^?]*\b(?:cost|costs|pay|paid|offer|offered|bid|charge|charged|owe|owed|spend|spent|save|saved|earn|earned|raise|raised)\b",
    re.I)
# "What figure did the firm give for ...": a number, though "figure" may name a person ("which figure in the party").
_FIGURE_GIVEN = re.compile(r"^\s*(?:and\s+)?what\s+figures?\s+(?:did|does|do|has|have|had)\b[^?]*\b(?:give|put|quote|cite|publish|report)\b",
                           re.I)
# "free of charge", "nothing", "no charge": a price given without a number.
_NO_SUM = re.compile(r"\b(?:free\s+of\s+charge|for\s+free|(?:is|are|was|were|be|been)\s+free\b|nothing|no\s+(?:charge|cost|fee|fine)|zero|unpaid|not\s+charge)\b", re.I)
_SPELLED_SUM = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a|a few)\s+"
                          r"(?:hundred|thousand|million|billion|pounds?|dollars?|euros?|rand|cents?|pence|shillings?)\b",
                          re.I)


def figure_not_given(question: str, texts: list[str]) -> bool:
    """A sum or figure asked ("what price did they offer", "how much would it cost") and no chosen
    sentence gives a number (not a year, an age or a name's number), nor a sum in words, nor a price
    of nothing."""
    if not texts or not _FIGURE_ASKED.search(question):
        return False
    return not any(_gives_figure(t) or _SPELLED_SUM.search(t) or _NO_SUM.search(t) for t in texts)


_A_NUMBER = re.compile(r"\d+(?:[,.]\d+)*")
_AGE = re.compile(r"[A-Z][\w'’\-]*,\s*$")  # "Mr Dallowby, 67, said": an age after a name


def _gives_figure(text: str) -> bool:
    """Whether `text` holds a number that is not a year, an age after a name ("Mr Dallowby, 67,"), nor
    part of a name ("a statement to 7 News")."""
    from bot.answering.question import amounts

    given = set(amounts(text))
    for m in _A_NUMBER.finditer(text):
        number = m.group(0).rstrip(".,")
        if not any(a.startswith(number) for a in given):
            continue
        after = text[m.end():].lstrip()
        if re.match(r"[A-Z][a-z]", after) or (_AGE.search(text[:m.start()]) and after.startswith(",")):
            continue
        return True
    return False


# "how many more", "by how much", "compared with": the question asks a difference itself.
_DIFFERENCE_ASKED = re.compile(r"\b(?:more|fewer|less|difference|compared|than|by how (?:much|many)|rise|fall|drop|change\w*)\b",
                               re.I)
_DIFFERENCE = frozenset(("more", "fewer", "less", "extra"))


def difference_only(question: str, counted_word: str | None, texts: list[str]) -> int | None:
    """A count asked ("how many downloads") where every chosen sentence that counts that noun gives
    only how many more or fewer than another time or thing ("2.9 million fewer downloads than ...");
    the index of the first such sentence, else None."""
    if not counted_word or not texts or _DIFFERENCE_ASKED.search(question):
        return None
    word = counted_word.lower().rstrip("s")
    if len(word) < 3:
        return None
    count = re.compile(rf"({_NUM})\s+((?:[\w\-]+\s+){{0,2}}?){re.escape(word)}(?:s|es)?\b", re.I)
    found = None
    for i, t in enumerate(texts):
        counts = list(count.finditer(t))
        if not counts:
            continue
        for m in counts:
            between = m.group(2).split()
            if not (between and between[0].lower() in _DIFFERENCE
                    and re.search(r"\bthan\b", t[m.end():])):
                return None  # a count of the noun itself
        if found is None:
            found = i
    return found


# A level asked ("what will the fare be", "what is the price"), not a change in it.
_LEVEL_ASKED = re.compile(r"^\s*(?:and\s+)?(?:what|how much)\s+(?:is|was|are|were|will|would)\b", re.I)
_CHANGE_ASKED = re.compile(r"\b(?:up|down|rise|rises|rose|increas\w*|rais\w*|fall|fell|cut|drop\w*|climb\w*|chang\w*|"
                           r"by how much|since|compared|more|less)\b", re.I)
_MOVED_BY = re.compile(rf"\b(?:go(?:es)?\s+up|went\s+up|goes\s+down|go\s+down|went\s+down|up|down|rise|rises|rose|risen|"
                       rf"increase[sd]?|fall|falls|fell|drop(?:s|ped)?|climb(?:s|ed)?|cut|jump(?:s|ed)?)\s+(?:by\s+)?(?:about\s+|around\s+)?"
                       rf"({_NUM})", re.I)
_FIGURE = re.compile(_NUM)


def part_changed_only(question: str, q_terms: tuple[str, ...], names: tuple[str, ...], best_terms: frozenset[str],
                      own: list) -> object | None:
    """A level asked of one part ("what will the fare be on short routes") where the best sentence
    lacks that part's words and the article's sentence holding them (of `own`, its best candidates)
    gives only a rise or fall in it ("Short routes go up by R1."): that sentence, else None."""
    if not _LEVEL_ASKED.match(question) or _CHANGE_ASKED.search(question):
        return None
    lacking = {t for t in q_terms if t not in best_terms and t not in names and not t.isdigit()}
    if not lacking:
        return None
    for c in own:
        if not lacking <= c.terms:
            continue
        figures = [m.group(0).strip() for m in _FIGURE.finditer(c.text)]
        moved = [m.group(1).strip() for m in _MOVED_BY.finditer(c.text)]
        return c if figures and len(moved) == len(figures) else None
    return None


# The asked person or body named only as whom someone else calls on or writes to.
# (a letter still to be sent counts: "will write to the governor", "we will ask the governor to think again")
_CALLED = r"(?:called|calls|calling|call)\s+on|urged|urges|urging|appealed\s+to|appeals\s+to|" \
          r"(?:wrote|writes|write|writing|written)\s+to|(?:a\s+)?letter\s+to|" \
          r"asked|asks|ask|asking|lobbied|lobby|lobbying|petitioned|petition|demanded\s+that|want(?:s|ed)?"


def _mentions(role: str, text: str) -> bool:
    return re.search(rf"\b{_role_word(role)}", text, re.I) is not None


def _role_word(role: str) -> str:
    """The pattern a role is found by: its last word ("the governor" -> governor), or the last two
    when `role_key` kept them ("chief minister")."""
    return r"\s+".join(map(re.escape, role.lower().split()))


_DETERMINERS = frozenset("the a an this that these those its their his her our your my".split())


def role_key(phrase: str, texts: list[str]) -> str:
    """The words of an asked role that the articles name it by: its last two ("chief minister") when
    some sentence writes them together, so that "the minister" of another portfolio is not taken for
    the chief minister; else its last word."""
    words = [w for w in phrase.lower().split() if not w.endswith(("'s", "’s")) and w not in _DETERMINERS]
    if len(words) >= 2:
        two = rf"\b{re.escape(words[-2])}\s+{re.escape(words[-1])}"
        if any(re.search(two, t, re.I) for t in texts):
            return f"{words[-2]} {words[-1]}"
    return words[-1] if words else phrase.split()[-1]


def only_called_on(role: str | None, texts: list[str], speakers: list[str]) -> int | None:
    """"What did the minister say?" where the chosen sentences name the minister only as whom another
    called on, urged or wrote to, and none is the minister's own words: the first such, else None."""
    if not role or not texts:
        return None
    word = _role_word(role)
    if any(re.search(rf"\b{word}", s, re.I) for s in speakers):
        return None
    called = re.compile(rf"\b(?:{_CALLED})\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w\-]+\s+){{0,3}}?{word}\w*\b", re.I)
    found = None
    for i, t in enumerate(texts):
        mentions = len(re.findall(rf"\b{word}\w*\b", t, re.I))
        if not mentions:
            continue
        if len(called.findall(t)) < mentions:
            return None  # the role is named otherwise too: it may act or speak there
        if found is None:
            found = i
    return found


def _named_otherwise(role: str, own: list) -> bool:
    """Whether one of the article's best sentences names `role` other than as whom another calls on or
    writes to, as the one who says ("Governor X said in a statement ..."): the one asked may speak there
    (a minister merely named elsewhere does not count)."""
    word = _role_word(role)
    speaks = re.compile(rf"\b{word}\w*\b[^.]{{0,60}}?\b(?:said|says|told|replied|responded|stated|wrote\s+back)\b", re.I)
    return any(_mentions(role, c.text) and only_called_on(role, [c.text], []) is None and speaks.search(c.text) for c in own)


# A promise to tell later: "would update growers early in the new year", "will let residents know in May".
# (A date to decide or review is the date of an act of its own: "Cabinet will decide on 22 April".)
_TO_TELL = re.compile(r"\b(?:would|will|'ll|’ll|plans? to|expects? to|hopes? to)\s+(?:update|inform|advise|brief|notify|"
                      r"report\s+back|give\s+(?:an?\s+)?update|provide\s+(?:an?\s+)?update|let\s+[\w\s]{1,30}?\s+know)\b", re.I)


def date_only_to_tell(acts: tuple[str | None, ...], chosen: list) -> object | None:
    """"When will they restart the plant?" where the best sentence dates only a promise to tell
    later ("would update growers early in the new year") and none tells the asked act
    (`acts`, the question's verb and its object as parsed: "restart", "plant"; a lower-case question
    may be parsed with the two swapped, so either one missing will do): that sentence, else None."""
    told = set().union(*(c.terms for c in chosen))
    missing = [a for a in acts if a and (s := set(stems(a))) and not s & told and not _TO_TELL.search(a)]
    if not missing:
        return None
    return chosen[0] if _TO_TELL.search(chosen[0].text) else None


def stops_short(q, chosen: list, candidates: list) -> object | None:
    """The sentence to cite when the chosen ones are on the topic but stop short of the thing asked
    (see the module), else None."""
    if not chosen:
        return None
    texts = [c.text for c in chosen]
    if (q.kind in ("what", "how-many") or (q.kind == "who" and _FIGURE_GIVEN.search(q.text))) \
            and figure_not_given(q.text, texts):
        return chosen[0]
    if q.kind == "how-many" and (i := difference_only(q.text, q.counted_word, texts)) is not None:
        return chosen[i]
    own = own_best(chosen[0], candidates)
    if q.kind == "what" and (part := part_changed_only(q.text, q.terms, q.names, chosen[0].terms, own)) is not None:
        return part
    # (a body qualified by its place, "Crickmoor police", is described as much as "the police" is)
    if q.kind == "what" and (q.speaker_is_role or (q.role_phrase and q.role_phrase == q.speaker_phrase)) \
            and asks_about_speech(q.text):
        role = role_key(q.speaker_phrase, texts + [c.text for c in own])
        speakers = [c.statement.speaker for c in chosen if c.statement is not None] + [" ".join(c.by) for c in chosen]
        if (i := only_called_on(role, texts, speakers)) is not None \
                and not _named_otherwise(role, own):
            return chosen[i]
        # The chosen sentences never mention the one asked: the asked article's best sentences that
        # do may name them only as whom another asked to act ("The council asked police to patrol").
        if not any(_mentions(role, t) for t in texts):
            mentioning = [c for c in own if _mentions(role, c.text)]
            speakers = [c.statement.speaker for c in own if c.statement is not None] + [" ".join(c.by) for c in own]
            if mentioning and (i := only_called_on(role, [c.text for c in mentioning], speakers)) is not None:
                return mentioning[i]
    if q.kind == "when" and q.predicate is not None \
            and (promise := date_only_to_tell(_acts(q.predicate), chosen)) is not None:
        return promise
    return None


OWN_READ = 12  # the best article's best sentences read for the part asked or a promise to tell


def own_best(best, candidates: list) -> list:
    article = best.chunk.chunk.article_id
    return sorted((c for c in candidates if c.chunk.chunk.article_id == article), key=lambda c: (-c.score, c.rank))[:OWN_READ]


def _acts(predicate) -> tuple[str | None, ...]:
    """The question's verb and object as parsed, and the last word of its subject: a name before the
    verb ("When will Stennick Mills restart ...") may swallow the verb into the subject."""
    subject = (predicate.subj or "").split()
    return predicate.lemma, predicate.obj, subject[-1] if len(subject) > 1 else None


def near_miss(q, chosen: list, candidates: list, published_of, text_of=lambda a: None) -> object | None:
    """The chosen sentence to cite in a decline when the chosen ones stop short of the thing asked,
    tell another year's or weekday's event, say the act asked is not done, or give a sum only sought;
    else None. `published_of(article_id)`: the article's date; `text_of(article_id)`: its text."""
    from bot.answering.act_only_possible import only_open
    from bot.answering.next_years import this_years_day_only
    from bot.answering.only_projected import only_projected
    from bot.answering.only_capped import only_a_ceiling
    from bot.answering.not_yet_done import act_not_done, act_only_weighed, only_sought, ruling_time_vague
    from bot.answering.other_weekday import another_weekday
    from bot.answering.first_name_only import first_name_only
    from bot.answering.name_not_given import name_not_given
    from bot.answering.noun_only_sought import noun_only_sought
    from bot.answering.only_a_share import only_a_share
    from bot.answering.other_body_vote import other_body_vote
    from bot.answering.no_count_given import no_count_given
    from bot.answering.sales_only_priced import sales_only_priced
    from bot.answering.other_act_cost import other_act_cost
    from bot.answering.winner_unknown import winner_unknown
    from bot.answering.other_place_figure import other_place_figure

    if (short := stops_short(q, chosen, candidates)) is not None:
        return short
    if (i := this_years_day_only(q.text, [(c.text, published_of(c.chunk.chunk.article_id)) for c in chosen])) is not None:
        return chosen[i]
    if (i := another_weekday(q.text, [c.text for c in chosen])) is not None:
        return chosen[i]
    own = own_best(chosen[0], candidates)
    return act_not_done(q, chosen, own) or only_sought(q, chosen) or ruling_time_vague(q, chosen, own) \
        or only_open(q, chosen, own) or only_projected(q, chosen) or only_a_ceiling(q, chosen) \
        or only_a_share(q, chosen, own) or other_body_vote(q, chosen, text_of) or noun_only_sought(q, chosen) \
        or first_name_only(q, chosen, text_of) or name_not_given(q, chosen) or no_count_given(q, chosen) \
        or sales_only_priced(q, chosen) \
        or other_act_cost(q, chosen) or winner_unknown(q, chosen) or act_only_weighed(q, chosen) \
        or other_place_figure(q, chosen)
