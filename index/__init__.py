"""The corpus side of whosaid: articles -> chunks -> vectors / BM25 / statements.

Nothing in this package imports `bot`; data flows one way.
"""

from index import blas_threads  # noqa: F401  (first: before anything loads numpy)
