"""A police force's appeal ("Officers from X Police are appealing for witnesses", "Police in Y
are appealing for information") is the force's statement; an unnamed witness who "told
officers" something speaks too. Every article is invented."""

from tests.spec.invented import speaker_of as _by, statements_of as _statements


ASSAULT = """Man injured in assault

A man was taken to hospital after being assaulted in Market Street on Friday night.

Officers from Northshire Police are appealing for anyone who saw the attack to come forward.

A witness told officers that two men ran towards the station.
"""

CAR = """Car set alight in cul-de-sac

Police in Dunmore are appealing for information after a car was set alight on Tuesday.

One witness told officers she heard a loud bang shortly after midnight.
"""


def test_officers_of_a_named_force_appeal_for_it():
    assert _by(_statements(ASSAULT), "anyone who saw the attack") == "Northshire Police"


def test_police_in_a_town_appeal():
    assert "Police" in _by(_statements(CAR), "information")


def test_an_unnamed_witness_who_told_officers_speaks():
    assert "witness" in _by(_statements(ASSAULT), "two men ran").lower()
    assert "witness" in _by(_statements(CAR), "heard a loud bang").lower()
