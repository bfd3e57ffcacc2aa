"""A when-question answered by the asked person's sentence dated in another calendar's month
("told reporters on Tir 12", "on 14 Ramadan"), not by a namesake's or another speaker's sentence
dated "on Wednesday"; the month names are vocabulary (index/vocabulary.yaml `other_calendar_months`).
A when-question on when a named person spoke is not answered by a sentence another named speaker
said (a namesake sharing the surname, or the chairman "speaking about the berth on Tuesday")."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


WEEKLY = """THE ADDIS LEDGER
Saturday, Tir 16, 2018

Tea growers say payments are late

By Selam Worku Ababe

JIMMA - The Gera Tea Growers' Union says its members are selling leaf to private traders because payments arrive weeks late.

Speaking to reporters at the union's depot outside Jimma on Wednesday, the union's chairman, Ato Berhanu Tolossa, said the union had bought only 3,100 tons of leaf this season.

The National Tea Authority said the delays were caused by the buyers. Its director, W/ro Almaz Tolossa, told reporters in Adama on Tir 9 that the authority had approved every sale within three days.

W/ro Almaz is not related to the union's chairman.
"""

GULF = """Port works to finish after the holiday

DOHA - The Ras Qabil port authority will finish the new berth after the holiday, its chairman said.

Speaking about the new berth on Tuesday, the chairman, Engineer Khalid Rashdan-Amiri, said its cranes had arrived.

The works director, Engineer Salma Haddad-Nouri, told journalists on 14 Ramadan that the berth would take its first ship in the spring.
"""

weekly = app_fixture("gera_tea_weekly.txt", WEEKLY)
gulf = app_fixture("ras_qabil_port.txt", GULF)


def test_the_asked_persons_day_in_another_calendar_answers_when(weekly):
    answers(weekly, "When did Almaz Tolossa speak to reporters?", "Tir 9", lacking="Wednesday")


def test_a_hijri_day_answers_when_the_director_spoke(gulf):
    answers(gulf, "When did Salma Haddad-Nouri speak about the new berth?", "14 Ramadan", lacking="Tuesday")
