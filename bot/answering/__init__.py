"""The answering core: question parse, evidence, answerers (ledger, extractive), follow-ups.

bot.answering.answer.answer() is the entry point every front-end calls; it adds the LLM answerer.
"""
