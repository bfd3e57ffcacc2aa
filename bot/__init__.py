"""The conversation side of whosaid: the facade (service.py), answering, the model, the terminal,
Telegram, and eval."""

from index import blas_threads  # noqa: F401  (first: before anything loads numpy)
