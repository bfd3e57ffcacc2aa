"""The people behind a campaign, asked as a group, are its group's chair or spokesperson:

    "What did the harbour campaigners ask the council for?"   -> "Save Tolby Harbour chair Ines Moray"
    "Who heads the group behind the harbour campaign?"        -> the same chair

A story names a campaign's group once ("Friends of Tolby Harbour", "the Brackhill Residents'
Association") and then calls it "the group"; the question calls its members by what they do
("campaigners", "protesters", "residents") or the body by what it is for ("the group behind X").
Neither word is in the description of the one who speaks for them: her job ("chair") and her
group's name are. Narrow: the group's name must read as a campaign's (a civic group's word), the
job must be a group's leader's or voice's, and the question's other words must be the article's."""

from __future__ import annotations

import re

from bot.answering.terms import stems

# "the lido campaigners", "the quarry protesters", "the residents' group": people asked as a campaign
_MEMBERS = frozenset(stems("campaigners protesters objectors activists petitioners residents"))
_GROUP = frozenset(stems("group campaign"))
# "who heads the group behind X": parsed as "the head of the group behind X"
_BEHIND = re.compile(r"^the\s+(?:head|leader|chair|chairman|chairwoman|chairperson)\s+of\s+the\s+"
                     r"(?:group|campaign|body|organisation|organization)\s+(?:behind|running|leading)\s+(?P<rest>.+)$", re.I)
# a group's leader or voice, as a description writes the job
_VOICE = frozenset(stems("chair chairman chairwoman chairperson spokesperson spokeswoman spokesman leader founder "
                         "coordinator organiser organizer convener convenor"))
# a civic group's name: "Friends of X", "Save X", "X Action Group", "X Residents' Association"
_CIVIC = re.compile(r"\b(?:Friends\s+of|Save)\s+[A-Z]|\b[A-Z][\w\-]*\s+(?:Action\s+Group|Campaign|Residents['’]?\s+"
                    r"(?:Association|Group)|Protest\s+Group)\b")


def asked_words(role_phrase: str | None, role: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words that say which campaign ("lido" of "the lido campaigners"), when the role phrase
    asks for a campaign's people; else None."""
    phrase = (role_phrase or "").strip().strip("?,.")
    m = _BEHIND.match(phrase)
    if m:
        return tuple(t for t in stems(m.group("rest")) if t not in _GROUP) or None
    words = phrase.split()
    if len(words) < 2 or words[0].lower() != "the":
        return None
    last = re.sub(r"['’]s?$", "", words[-1])
    # "the lido campaigners"; "the quarry residents' group"
    if last.lower() == "group" and len(words) > 2:
        last = re.sub(r"['’]s?$", "", words[-2])
        head = stems(last)[-1:]
        if not head or head[0] not in _MEMBERS or not re.search(r"['’]s?$", words[-2]):
            return None
    elif not (last.lower().endswith("s") and stems(last)[-1:] and stems(last)[-1] in _MEMBERS):
        return None
    asked = tuple(t for t in role if t not in _MEMBERS and t not in _GROUP)
    return asked or None  # "the protesters" alone says no campaign


def speaks_for_campaign(role_phrase: str | None, role: tuple[str, ...], p, terms: frozenset[str]) -> bool:
    """Whether `p` chairs or speaks for the campaign group the role phrase asks about: `p`'s
    description names a civic group and its leader's or voice's job, and the question's words for
    the campaign are the article's (`terms`)."""
    asked = asked_words(role_phrase, role)
    if asked is None or not _CIVIC.search(p.description or ""):
        return False
    if not any(t in _VOICE for t in p.terms):
        return False
    return all(t in terms for t in asked)
