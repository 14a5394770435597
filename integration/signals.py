"""Signal handlers: every change the public can see bumps the content version.

Connected in ``IntegrationConfig.ready``. Bumps inside a transaction are
coalesced into one, run when it commits.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import ContentVersion, District, Language, Provider, TargetGroup


def _bump() -> None:
    ContentVersion.bump()


def bump_content_version(**kwargs) -> None:
    """Bump once per transaction, when it commits (immediately outside one).

    A transaction that rolls back drops its pending bump with it.
    """
    if version_bump_pending():
        return
    transaction.on_commit(_bump)


def version_bump_pending() -> bool:
    """Whether this transaction holds changes the public can see, not yet committed.

    Until it commits, what this connection reads is newer than the content
    version says: anything cached per version is stale for it.
    """
    connection = transaction.get_connection()
    pending = (entry[1] for entry in connection.run_on_commit)
    return connection.in_atomic_block and any(callback is _bump for callback in pending)


def connect() -> None:
    page_published.connect(bump_content_version, dispatch_uid="integration-published")
    page_unpublished.connect(bump_content_version, dispatch_uid="integration-unpublished")
    post_page_move.connect(bump_content_version, dispatch_uid="integration-moved")
    for model in (
        Page,
        PageViewRestriction,
        Site,
        Locale,
        Provider,
        TargetGroup,
        District,
        Language,
    ):
        post_delete.connect(
            bump_content_version, sender=model, dispatch_uid=f"integration-del-{model.__name__}"
        )
    for model in (PageViewRestriction, Site, Locale, Provider, TargetGroup, District, Language):
        post_save.connect(
            bump_content_version, sender=model, dispatch_uid=f"integration-save-{model.__name__}"
        )
