"""A quantifier standing for people of a group the sentence before made its subject: "Residents
dispute that. Several told the paper that ...", "Parents are angry. Some say the school ...". The
speakers are those unnamed people, as the sentence before called them, not a person "Several"."""

from __future__ import annotations

from index.vocabulary import vocabulary

_QUANTIFIERS = {"several", "some", "many", "most", "others", "few", "all"}


def group_before(head, is_people) -> str | None:
    """The plural subject of the sentence just before (its words), when `head` is a bare quantifier
    opening its own sentence as the subject; `is_people(plural)` says whether a plural noun is of people."""
    if head.lower_ not in _QUANTIFIERS or head.dep_ not in ("nsubj", "nsubjpass") or head.i != head.sent.start \
            or any(c.dep_ == "prep" for c in head.children) or head.sent.start == 0:
        return None
    before = head.doc[head.sent.start - 1].sent
    v = vocabulary()
    for t in before:
        # (the subject of its verb; or the sentence's root when the parser took the verb for a noun:
        # "Tenants on the estate dispute that")
        subject = t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" or t.dep_ == "ROOT" and t.i == before.start
        if subject and t.tag_ == "NNS" and (t.lower_[:-1] in v.people_nouns or v.is_role(t.lower_[:-1]) or is_people(t.lower_)):
            words = [x.text for x in t.subtree if x.i <= t.i and not x.is_punct and x.dep_ != "det"]
            return " ".join(words)
    return None
