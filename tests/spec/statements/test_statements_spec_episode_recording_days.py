"""A show's turns are dated at the recording its header block gives ("Recorded last Thursday
evening at ..."), under a dated episode line, even when the show's title line reads like a turn
label ("THE X HOUR — Episode 41: ..."). Every article here is invented."""

from datetime import date

import pytest

from index.articles import clean, parse_front_matter
from index.statements.extract import extract

_SHOW = (
    "{title}\n{dated}\n{recorded}\n\n"
    "Transcript (auto-generated)\n\n"
    "Music: Sam Dale. Produced by the Fenwick club.\n\n"
    "[00:00:03] HOST: Welcome back to The Beekeepers' Hour, I'm Mina Clarke. With me is Tobias Wren, who keeps the club's hives.\n\n"
    "[00:00:12] TOBIAS WREN: Thanks, Mina. We lost two colonies in the cold spell, which hurt.\n\n"
    "[00:00:30] MINA: What would you tell a beginner?\n\n"
    "[00:00:34] TOBIAS WREN: Feed them sugar syrup in autumn and never open a hive in the rain.\n\n"
    "[00:01:02] MINA: Thank you, Tobias."
)


@pytest.mark.parametrize(
    "title, dated, recorded, expected",
    [
        ('THE BEEKEEPERS\' HOUR — Episode 41: "Swarms and sugar"', "Published 2024.09.13 · 48 min",
         "Recorded last Tuesday evening in the club apiary at Fenwick.", date(2024, 9, 10)),
        ("Hive Talk, episode 7", "Published: 2024.09.13 | 22 mins",
         "Recorded on Wednesday in the village hall.", date(2024, 9, 11)),
    ],
)
def test_turns_are_dated_at_the_recording_the_header_block_gives(title, dated, recorded, expected):
    stmts = extract(clean(parse_front_matter(_SHOW.format(title=title, dated=dated, recorded=recorded)), "x.txt"))
    said = [s for s in stmts if "two colonies" in s.content or "sugar syrup" in s.content]
    assert said and all(s.when_start == expected for s in said), [(s.speaker, s.content, s.when_start) for s in stmts]


def test_turns_that_start_further_down_still_take_the_header_blocks_recording_day():
    text = ("Hive Talk, episode 9\nPublished: 2024.09.13 | 40 mins\nRecorded last Tuesday evening in the village hall.\n\n"
            "Transcript (auto-generated)\n\n"
            "Welcome back to the show, where we talk about bees every week.\n\n"
            "This week we have a guest who keeps forty hives on the moor.\n\n"
            "And we have letters from listeners, too.\n\n"
            "We start with the winter losses.\n\n"
            "MINA CLARKE: Tobias, how was the winter?\n\n"
            "TOBIAS WREN: We lost two colonies in the cold spell, which hurt.\n\n"
            "MINA CLARKE: And what would you tell a beginner?\n\n"
            "TOBIAS WREN: Feed them sugar syrup in autumn and never open a hive in the rain.")
    stmts = extract(clean(parse_front_matter(text), "x.txt"))
    said = [s for s in stmts if "two colonies" in s.content or "sugar syrup" in s.content]
    assert said and all(s.when_start == date(2024, 9, 10) for s in said), [(s.speaker, s.content, s.when_start) for s in stmts]


def test_a_listeners_note_the_host_reads_out_is_dated_at_the_recording():
    text = _SHOW.format(title="Hive Talk, episode 8", dated="Published: 2024.09.13 | 22 mins",
                        recorded="Recorded last Tuesday evening in the village hall.").replace(
        "[00:00:30] MINA: What would you tell a beginner?",
        "[00:00:30] MINA: An email from Petra in Alnwick: \"My bees have stopped flying since the storm.\" "
        "What would you tell a beginner?")
    stmts = extract(clean(parse_front_matter(text), "x.txt"))
    note = [s for s in stmts if "stopped flying" in s.content]
    assert note and note[0].when_start == date(2024, 9, 10), [(s.speaker, s.content, s.when_start) for s in stmts]
