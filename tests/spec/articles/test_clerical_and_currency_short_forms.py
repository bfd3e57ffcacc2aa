"""A clerical style ("Ven.") before a name and a currency's short form ("Rs.", "Ksh.") before a
figure end no sentence: the sentences answers cite are whole. Every text here is invented."""

from index.chunking import sentence_spans


def test_short_forms_before_a_name_or_a_figure_end_no_sentence():
    text = ("An irrigation engineer, Nadeesha Ruwan, said repairs would cost about Rs. 4 million. "
            "The abbot, Ven. Ambagala Sumedha Thera, wrote to the minister. "
            "Traders said the levy was Ksh. 300 a day.")
    assert [text[s.start:s.end] for s in sentence_spans(text)] == [
        "An irrigation engineer, Nadeesha Ruwan, said repairs would cost about Rs. 4 million.",
        "The abbot, Ven. Ambagala Sumedha Thera, wrote to the minister.",
        "Traders said the levy was Ksh. 300 a day.",
    ]
