"""The statement ledger: who said what, how, when and where, extracted by rules.

    extract(article) -> list[Statement]                      (extract.py)
    create_schema / replace_statements / delete_statements   (store.py, never commits)
    Ledger(conn).statements(...), .resolve_speaker(...), .speakers()
"""
