"""A job written before a name, parted from it by a comma, in a run of people introduced together
("... speaks to the union's spokesperson, X, and to the city's MMC for transport, Y."): the small
parser often hangs the second name off the verb instead of the job (and tags it a body), so the
apposition `role_appositions` reads is lost and a later "The MMC says" finds no one. Read from
the text instead: the words since the clause's opening (a comma, "and", "to", "with") before
", Name" are the name's job when they hold a role word and the name ends its clause (a comma,
"and" or the sentence's end follows; "Speaking to the minister, Ann Lee said" is a scene, not a job).
A sentence's subject with its job right before it ("City engineer NAME said") or after it between
commas ("NAME, the city engineer, said") is a person too, whose first name the lexicon may not know
and NER may take for a body's: the "he" of the next sentences is that person."""

from __future__ import annotations

import bisect
import re

from index.statements.people import clean_name, first_name_gender
from index.vocabulary import vocabulary

_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’-]+){1,2}"
_JOB_THEN_NAME = re.compile(
    r"(?:^|[,;:(]|\band |\bto |\bwith )\s*(?P<job>[^,;:()\"“”]{2,70}?), (?P<name>" + _NAME + r")(?=\s*(?:[,.;)]|and\b|$))")
# "City engineer Tapiwa Chigumbu said": a job right before a sentence's subject, no comma between,
# where NER may take a name whose first name it does not know for a body
_JOB_NAME = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<job>(?:[A-Z][a-z-]+ )?(?:[a-z][\w-]* ){0,3}[a-z][\w-]*) "
                       r"(?P<name>" + _NAME + r")(?= [a-z]|,)")
# "Tapiwa Chigumbu, the city engineer, said": a sentence's subject described by its job after it
_NAME_THEN_JOB = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>" + _NAME + r"), (?:the|a|an) (?P<job>[a-z][^,;:()\"“”]{1,60}?),")


def roles_before_names(ctx, text: str, start: int, sentence_of) -> None:
    """Give the people named in the paragraph `text` (at article offset `start`) the job written
    before their name and a comma; `sentence_of(offset)` numbers the sentence at a paragraph offset."""
    from index.statements.cast import add_roles  # (cast calls this: imported on use)

    v = vocabulary()
    for m in [*_JOB_THEN_NAME.finditer(text), *_JOB_NAME.finditer(text), *_NAME_THEN_JOB.finditer(text)]:
        words = [w.lower() for w in re.findall(r"[\w-]+", m.group("job"))]
        if not any(v.is_role(w) or v.is_role(" ".join(words[i:i + 2])) for i, w in enumerate(words)):
            continue
        if m.re is not _JOB_THEN_NAME and (not v.is_role(words[-1]) or words[-1] in v.companies or words[-1] in v.organisations):
            continue  # (the job's own last word: "Transport operator Metro Trains" is a firm)
        name = clean_name(m.group("name").split())
        if len(name) < 2 or any(w.lower() in v.organisations or w.lower() in v.companies
                                or w.lower() in v.organisation_name_words or v.is_role(w.lower()) for w in name):
            continue  # "the supplier, Harrow Kilns Ltd": a body's name
        p = ctx.cast.known(" ".join(name)) or ctx.cast.person(name)
        if p is None:
            continue
        p.gender = p.gender or first_name_gender(name[0])
        add_roles(p, words)
        pos = start + m.start("name")
        mentions = ctx.cast.mentions
        i = bisect.bisect_left(mentions, pos, key=lambda x: x.pos)
        if not (i < len(mentions) and mentions[i].pos == pos):
            ctx.add_mention(pos, p, False, sentence_of(m.start("name")))

