""""Kgosi Given Surname" and "The Principal Wildlife Officer for the region, Mr Given Surname, who ...,
acknowledged ...": a title before a given name and a surname that the named-entity model does not
know (it calls the three words a body, or nothing) still names a person. The chief's later "Kgosi
Surname told ..." and "he said" are the whole name's; the officer set off by commas between his job
and his verb speaks, not the job, and the "He said" after him is his. Every name here is invented."""

from tests.spec.invented import speaker_of, statements_of

TRIBUNE = """NORTHERN DISTRICTS TRIBUNE
Fair . Firm . Free

News  |  Regions  |  Sport

Wednesday, 14 October 2026

Hippos trample Letsatsi rice beds

BY MPHO KGOSIEMANG
Staff Writer

LETSATSI: Rice growers along the river say hippos have flattened most of the seedbeds and that the parks authority has not answered their complaints.

The growers spoke at a crowded kgotla meeting on Saturday, called by Kgosi Tshwaragano Mokgatlhe after what he described as the worst year the ward has known.

Kgosi Mokgatlhe told the meeting that the animals had come out of the water almost every night since August.

"We plant with our own seed, we carry water on our heads, and in one night it is gone," he said. "We do not hate the hippos. We hate being forgotten."

Mma Lorato Segokgo, who farms two hectares near the river, said she had lost her whole crop.

The Principal Wildlife Officer for the region, Mr Gaone Mosalakae, who attended the meeting, acknowledged the delays. He said the authority had only one boat for the whole river.

He told growers that a floating barrier would be tried "before the rains".

Kgosi Mokgatlhe said the ward would wait until the end of November. If nothing had changed by then, he said, he would take the elders to the capital himself.
"""


def test_a_chiefs_title_before_an_unknown_name_names_the_whole_person():
    stmts = statements_of(TRIBUNE)
    assert speaker_of(stmts, "come out of the water") == "Tshwaragano Mokgatlhe"
    assert speaker_of(stmts, "We hate being forgotten") == "Tshwaragano Mokgatlhe"
    assert speaker_of(stmts, "take the elders to the capital") == "Tshwaragano Mokgatlhe"


def test_the_titled_name_between_job_and_verb_speaks():
    stmts = statements_of(TRIBUNE)
    assert speaker_of(stmts, "the delays") == "Gaone Mosalakae"
    assert speaker_of(stmts, "only one boat") == "Gaone Mosalakae"
    assert speaker_of(stmts, "floating barrier") == "Gaone Mosalakae"


def test_a_local_courtesy_title_is_not_part_of_the_name():
    assert speaker_of(statements_of(TRIBUNE), "lost her whole crop") == "Lorato Segokgo"
