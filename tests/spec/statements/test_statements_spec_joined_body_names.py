"""A body whose name holds "and" or a possessive is one speaker under its whole name, not a list
of speakers cut at its commas nor its head with the listed words dropped; a real list of bodies
stays a list."""

from tests.spec.invented import statements_of

ARTICLE = """Ferry crews vote to strike over rosters

Thursday 14 May 2026

By Brielle Varley

PORT ELLERAY - Harbour staff will walk out next week.

The Dock, Rail and Allied Workers' Union of Elleray (DRAWU) has accused the operator of breaking the rota agreement.

The Boatmen and Porters' Association said it would back the strike.

The Seamen's and Stokers' Guild of Elleray said its members were not consulted.

The Harbour Board and the Pilots' Union said talks would resume on Monday.
"""

LATER = """Crane drivers to ballot

Thursday 14 May 2026

The Crane, Hoist and Rigging Workers' Union of Elleray has written to the port.

The union claims that nine drivers were moved without notice.
"""


def _speakers(fragment):
    stmts = statements_of(ARTICLE)
    return sorted(s.speaker for s in stmts if fragment in s.content), [(s.speaker, s.content) for s in stmts]


def test_a_union_name_with_commas_and_and_is_one_speaker():
    found, all_ = _speakers("breaking the rota agreement")
    assert found == ["Dock, Rail and Allied Workers' Union of Elleray"], all_


def test_a_possessive_association_name_keeps_its_listed_words():
    found, all_ = _speakers("back the strike")
    assert found == ["Boatmen and Porters' Association"], all_


def test_two_possessives_joined_by_and_are_one_guild():
    found, all_ = _speakers("not consulted")
    assert found == ["Seamen's and Stokers' Guild of Elleray"], all_


def test_a_list_of_two_bodies_stays_two_speakers():
    found, all_ = _speakers("talks would resume")
    assert len(found) == 2, all_


def test_a_later_the_union_means_the_whole_name():
    stmts = statements_of(LATER)
    assert [s.speaker for s in stmts if "nine drivers" in s.content] == [
        "Crane, Hoist and Rigging Workers' Union of Elleray"], [(s.speaker, s.content) for s in stmts]
