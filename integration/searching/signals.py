"""Keep what the engine knows about visibility current.

A page's ``ic_public`` flag depends on view restrictions of the page and its
ancestors, so adding or removing one, or moving a page under a restricted
one, re-indexes the whole subtree. Searches also exclude restricted pages
from the database at query time, which covers changes made while the engine
was unreachable.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.search.index import insert_or_update_object
from wagtail.signals import post_page_move


def reindex_subtree(page: Page) -> None:
    for descendant in page.get_descendants(inclusive=True).specific().iterator():
        insert_or_update_object(descendant)


def _restriction_changed(sender, instance: PageViewRestriction, raw: bool = False, **kwargs):
    if raw:
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        reindex_subtree(page)


def _page_moved(sender, instance: Page, **kwargs):
    # Only a move into or out of a restricted subtree changes visibility.
    if PageViewRestriction.objects.exists():
        reindex_subtree(instance)


def connect() -> None:
    post_save.connect(
        _restriction_changed, sender=PageViewRestriction, dispatch_uid="integration-search-pvr"
    )
    post_delete.connect(
        _restriction_changed, sender=PageViewRestriction, dispatch_uid="integration-search-pvr-del"
    )
    post_page_move.connect(_page_moved, dispatch_uid="integration-search-move")
