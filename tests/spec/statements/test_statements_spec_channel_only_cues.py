"""A cue that names only where the words went out ("Replying on Instagram, X said ...", "hit back
on X") says nothing of its own: the channel is no content, so the cue makes no statement; what
the sentence reports is still the speaker's. An act pinned on a thing ("blamed the delay on the
new label") keeps its content. Every article is invented."""

from tests.spec.invented import contents_by_speaker, speaker_of, statements_of

ALBUM = """---
title: Singer answers critics
date: 2025-03-04
---

Critics mocked the new album by Velma Orrick on Saturday.

Replying on Instagram, Orrick said the shows had sold out.

The drummer Ned Alvar blamed the delay on the new label.
"""


def test_a_channel_is_no_content():
    stmts = statements_of(ALBUM)
    assert not any(c.startswith("on ") for cs in contents_by_speaker(stmts).values() for c in cs)
    assert speaker_of(stmts, "the shows had sold out") == "Velma Orrick"


def test_an_act_pinned_on_a_thing_keeps_its_content():
    assert speaker_of(statements_of(ALBUM), "the new label") == "Ned Alvar"
