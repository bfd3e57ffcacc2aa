"""A translated wire's lead puts its cue last, after a comma, with a subject of its own ("At least
300 families lost their crops and are asking for credit, the governor of the province, X,
informed this Monday"): what comes before is X's. A witness the article describes but does not
name at their request ("The driver who found the boy, who asked not to be named, told officers
...") is an unnamed source, not no one. Every article is invented."""

from tests.spec.invented import speaker_of, statements_of

WIRE = """Lima, 14 mar (Agencia Sur).- At least 300 potato-growing families in the district of Corvales lost most of their crop to frost and are asking the regional government for seed, the mayor of the district, Rosa Elvira Quispe Mamani, informed this Monday.

The frost struck on Friday night, Quispe said.
"""

APPEAL = """Boy hurt in crash on rural lane

Police are appealing for witnesses after a boy on a bicycle was hurt near Harnwick on Saturday.

The driver who found the boy, who asked not to be named, told officers she had first thought he had fallen from a tree.
"""


def test_a_cue_after_a_comma_at_the_end_of_a_lead_reports_the_clause_before_it():
    assert speaker_of(statements_of(WIRE), "lost most of their crop") == "Rosa Elvira Quispe Mamani"


def test_a_witness_unnamed_at_their_request_is_an_unnamed_source():
    s = next(s for s in statements_of(APPEAL) if "fallen from a tree" in s.content)
    assert s.generic_speaker and "driver" in s.speaker
