"""The vocabulary data file loads, and its lookups answer as documented."""

from index.vocabulary import vocabulary


def test_speech_forms_map_to_their_lemma():
    v = vocabulary()
    assert v.speech_lemma("said") == "say" and v.speech_lemma("Denied") == "deny"
    assert v.speech_lemma("called  for") == "call for"
    assert v.speech_lemma("table") is None


def test_every_act_lists_its_past_form_third():
    v = vocabulary()
    assert v.past("deny") == "denied" and v.past("tell") == "told" and v.past("write") == "wrote"
    assert all(len(forms) >= 4 for forms in v.speech_acts.values())


def test_roles_titles_and_pronouns():
    v = vocabulary()
    assert v.is_role("minister") and v.is_role("Prime Minister") and not v.is_role("budget")
    assert v.title_gender("Ms.") == "female" and v.title_gender("Mr") == "male" and v.is_title("Dr")
    assert v.pronoun("she")["gender"] == "female" and v.pronoun("table") is None
    assert v.role_gender("spokeswoman") == "female"


def test_question_and_stop_words():
    v = vocabulary()
    assert v.question_words["who"] == "person" and v.question_words["how many"] == "amount"
    assert "the" in v.stop_words and "minister" not in v.stop_words
    forms = v.speech_forms()
    assert "ruled out" in forms and [len(f) for f in forms] == sorted((len(f) for f in forms), reverse=True)


def test_question_words_for_the_answerers_come_from_the_same_file():
    v = vocabulary()
    assert {"said", "denied", "liken"} <= v.speech_words and "agreed" not in v.speech_words  # an event too
    assert "resident" in v.person_nouns and "passenger" in v.person_nouns and "ministry" in v.body_nouns
    assert "city" not in v.body_nouns and "city" in v.place_nouns
    assert {"march", "tuesday", "minister", "which"} <= v.not_names and "kremlin" not in v.not_names
    assert v.third_person("singular") >= {"he", "her", "himself"} and "we" not in v.third_person("plural")


def test_the_answering_core_reads_the_shared_vocabulary():
    from bot.answering import followup, question

    v = vocabulary()
    assert question.SPEECH == v.speech_words and question.PERSON_ROLES == v.person_nouns
    assert followup.SPEECH == v.speech_words and followup.AUX == v.auxiliaries


def test_money_figures_and_occasions_are_data():
    v = vocabulary()
    assert {"net", "operating", "pre-tax"} <= set(v.figure_kinds)
    assert {"cost", "paid", "revenue"} <= v.money_asked and {"drop", "rose"} <= v.change_words
    assert {"euros", "usd", "rupees"} <= v.currencies and "$" in v.currency_signs
    assert {"hearing", "interview", "forum", "assembly"} <= v.occasions


def test_words_yaml_reads_as_booleans_are_kept_as_words():
    # Unquoted, YAML 1.1 reads no/on/off as false/true: the stop words lost three words.
    v = vocabulary()
    assert {"no", "on", "off"} <= v.stop_words and not {"true", "false"} & v.stop_words


def test_a_word_list_holding_a_boolean_is_refused_with_what_to_do():
    import pytest

    from index.vocabulary import _words

    with pytest.raises(ValueError, match="quote it"):
        _words(["a", False])


def test_derived_word_sets_are_built_once():
    # names_anyone reads person_nouns and body_nouns for every word of a sentence
    v = vocabulary()
    for name in ("speech_words", "wh", "person_nouns", "body_nouns"):
        assert getattr(v, name) is getattr(v, name), name
