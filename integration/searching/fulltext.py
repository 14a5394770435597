"""Every match of a query in Wagtail's database search index, with its score, in one query.

Wagtail's database backend answers ``search()`` with pages in score order,
but on SQLite it computes each page's score in a correlated subquery that
repeats the full-text match once per matching page: a query matching
thousands of pages takes seconds. The fallback search needs every match
(for totals and facet counts) and ranks them itself, so it asks the index
directly:

- SQLite: one pass over the FTS5 table, ``bm25`` per row (lower is better,
  so the score is negated);
- PostgreSQL: the backend's own query, which already ranks in the join;
- any other database: the backend's ranked results, scored by position.

The query objects (``PlainText``, ``Or``…) and the backend's compilers are
Wagtail's, so matching follows the same rules as ``Page.objects.search()``.
"""

from django.db import connection
from wagtail.models import Page


def match_scores(backend, query, queryset) -> dict[int, float]:
    """``{page id: score}`` of every page of ``queryset`` matching ``query``; higher is better.

    On SQLite the scores cover every indexed page (the caller applies its
    own visibility rules); elsewhere only the pages of ``queryset``.
    """
    compiler = backend.query_compiler_class(queryset, query, order_by_relevance=True)
    config = compiler.get_config(backend)
    if connection.vendor == "sqlite":
        return _sqlite_scores(compiler, config)
    if connection.vendor == "postgresql":
        matches = compiler.search(config, None, None, score_field="_score", backend=backend)
        scores: dict[int, float] = {}
        for pk, score in matches.values_list("pk", "_score"):
            scores[pk] = max(score or 0.0, scores.get(pk, 0.0))
        return scores
    ranked = [page.pk for page in backend.search(query, queryset)]
    return {pk: float(len(ranked) - position) for position, pk in enumerate(ranked)}


def _sqlite_scores(compiler, config) -> dict[int, float]:
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry
    from modelsearch.utils import get_descendants_content_types_pks
    from wagtail.search.query import MatchAll, Not

    query = normalize(compiler.query)
    if isinstance(query, MatchAll | Not):
        raise ValueError("match_scores needs a positive text query")
    search_query = compiler.build_search_query(query, config=config)
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), config)
    rows = (
        SQLiteFTSIndexEntry.objects.filter(
            MatchExpression(compiler.fields or compiler.FTS_TABLE_FIELDS, search_query)
        )
        .filter(index_entry__content_type__in=get_descendants_content_types_pks(Page))
        .annotate(score=rank)
        .values_list("index_entry__object_id", "score")
    )
    scores: dict[int, float] = {}
    for object_id, score in rows:
        pk = int(object_id)
        scores[pk] = max(-(score or 0.0), scores.get(pk, float("-inf")))
    return scores
