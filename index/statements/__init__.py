"""The statement ledger: who said what, how, when and where.

    extract(article) -> list[Statement]; extract_many(articles)   (extract.py: parse once, batched)
    nlp.py          the spaCy pipeline, loaded lazily once per process; paragraphs parsed in batches
    people.py       the article's cast: names, roles, ages, genders; pronoun and role antecedents
    speakers_np.py  who a subject noun phrase names: person, body, country or unnamed source
    attribution.py  (speaker, cue, content) triples of a parsed paragraph, quotes over sentences
    when.py         time phrases resolved against publication or the date just mentioned
    names.py        variant spellings of one name
    create_schema / replace_statements / delete_statements   (store.py, never commits)
    Ledger(conn).statements(...), .resolve_speaker(...), .speakers()
Words come from index/vocabulary.yaml (index/vocabulary.py).
"""
