"""A name set beside a job in apposition ("Our chief executive, Caspian Oduwole, will ...", "The
district health officer, Dr Sione Talataina-Burke, reported ...") is a person, whatever the named-
entity model calls it: a first name it does not know is often tagged a nationality, a place or
nothing, and the "he" or "she" after it then found no one. The cast learns the person, the job
and a mention there, so pronouns and "the chief executive" later find them."""

from __future__ import annotations

from index.statements.english_words import is_english_word
from index.statements.people import clean_name, first_name_gender
from index.vocabulary import vocabulary

_PLACES = ("GPE", "LOC", "FAC", "ORG")  # never a person, save an ORG a title opens


def appositive_names(ctx, doc, span, sent_no: dict, base: int) -> None:
    from index.statements.cast import _is_subjectish, add_roles  # (cast calls this: imported on use)

    v = vocabulary()
    for job in doc:
        if job.pos_ != "NOUN" or not (v.is_role(job.lower_) or _role_compound(job, v)):
            continue
        for name in (c for c in job.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            toks = [t for t in name.subtree if t.i <= name.i and (t.dep_ == "compound" or t.i == name.i) and t.pos_ == "PROPN"]
            titled = v.is_title(toks[0].text)
            # the words as written, a hyphened surname whole ("Talataina-Burke")
            words = clean_name(doc.text[toks[0].idx:name.idx + len(name.text)].split())
            if len(words) < 2 or not all(w[:1].isupper() for w in words):
                continue
            # (an ORG of words no English dictionary holds, beside a job, is a name the model does not know)
            foreign = all(t.ent_type_ == "ORG" for t in toks) and not any(is_english_word(w) for w in words)
            if any(t.ent_type_ in _PLACES and not ((titled or foreign) and t.ent_type_ == "ORG") for t in toks):
                continue  # a place or a body beside the job, unless a personal title opens it ("Dr ...")
            if any(w.lower() in v.organisations or w.lower() in v.companies or w.lower() in v.organisation_name_words
                   for w in words):
                continue  # "Our supplier, Harrow Kilns Ltd": a body's name
            if any(t.ent_type_ == "PERSON" for t in toks) or ctx.cast.known(" ".join(words)) is not None:
                continue  # NER's person, read already
            p = ctx.cast.person(words)
            if p is None:
                continue
            p.gender = p.gender or first_name_gender(words[0])
            add_roles(p, [t.lower_ for t in job.subtree if job.left_edge.i <= t.i <= job.i])
            ctx.add_mention(span.start + toks[0].idx, p, _is_subjectish(job), sent_no.get(job.sent.start, base))


def _role_compound(job, v) -> bool:
    """"the group manager operations, X": a job's title whose head is its field, the role a compound before it."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and v.is_role(c.lower_) for c in job.children)
