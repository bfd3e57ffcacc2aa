"""A follow-up's he/she is the person the previous answer names, whatever the shape of the name:
an initial ("R. Thangavelu"), particles ("Tariq bin Saleh al-Mazrui", "Joost van der Kolk"), and
a question that opens on a capitalised word that is no name ("Since when has she ...")."""

from bot.answering.followup import depends_on_history, rewrite_followup
from index.models import Turn


def test_a_name_with_an_initial_is_the_person_meant():
    history = [Turn("Who is the district collector?", answer_text="R. Thangavelu is the District Collector [1].")]
    assert rewrite_followup("How many wells did she say had run dry?", history) == \
        "How many wells did R. Thangavelu say had run dry?"


def test_a_name_with_particles_is_the_person_meant():
    history = [Turn("Who is the port undersecretary?", answer_text="Tariq bin Saleh al-Mazrui.")]
    assert rewrite_followup("How long did he say the dredging would take?", history) == \
        "How long did Tariq bin Saleh al-Mazrui say the dredging would take?"
    history = [Turn("Who runs the ferry?", answer_text="Joost van der Kolk, the operator [1].")]
    assert rewrite_followup("What did he say about fares?", history) == "What did Joost van der Kolk say about fares?"


def test_a_capitalised_first_word_is_no_name_for_the_pronoun():
    assert depends_on_history("Since when has she been captain?")
    assert depends_on_history("Whenever did he say that?")
    history = [Turn("Who captained the side in the final?", answer_text="Oriane Delacroix-Moss.")]
    assert rewrite_followup("Since when has she been captain?", history) == \
        "Since when has Oriane Delacroix-Moss been captain?"


def test_a_name_still_stands_first():
    assert not depends_on_history("Did Halvard Ruud say he would resign?")
    assert not depends_on_history("Ruud said he would resign: when?")
