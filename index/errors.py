"""The few errors a user can see. Each message says what went wrong and what to do.

    WhosaidError
     ├── ConfigError        a setting is missing or malformed
     ├── ArticleError       an article cannot be read or parsed
     ├── IndexCorruptError  the data directory is damaged
     │    └── VectorStoreError  only the vector store is (`whosaid rebuild` mends it)
     ├── WriterBusyError    another ingest, remove or rebuild holds the data directory
     ├── QuestionError      the question is empty, too long or unusable
     └── LLMError           the language model endpoint failed (callers fall back)
"""


class WhosaidError(Exception):
    """Base class: front-ends print str(err) and nothing else."""


class ConfigError(WhosaidError):
    pass


class ArticleError(WhosaidError):
    pass


class IndexCorruptError(WhosaidError):
    pass


class VectorStoreError(IndexCorruptError):
    pass


class WriterBusyError(WhosaidError):
    pass


class QuestionError(WhosaidError):
    pass


class LLMError(WhosaidError):
    pass
