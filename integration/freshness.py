"""Keeping the offers directory current: confirming an offer is still valid.

The integration concept demands an inventory that is "always current". An
editor who checked an offer confirms it with one click; that sets today's
review date on the offer (and its translations) without touching anything
else, not even a pending draft.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from .indexing import reindex
from .models import OfferPage
from .signals import bump_content_version


@transaction.atomic
def confirm_current(offer: OfferPage, user=None, day: datetime.date | None = None) -> int:
    """Set ``last_reviewed_on`` to ``day`` (today) on ``offer`` and its translations.

    The live row and the page's latest and live revisions get the new date,
    so neither publishing a pending draft nor reverting loses it. Returns the
    number of pages updated.
    """
    day = day or timezone.localdate()
    pages = list(
        OfferPage.objects.filter(translation_key=offer.translation_key).select_related(
            "latest_revision", "live_revision"
        )
    )
    OfferPage.objects.filter(pk__in=[page.pk for page in pages]).update(last_reviewed_on=day)
    for page in pages:
        for revision in {page.latest_revision, page.live_revision} - {None}:
            revision.content["last_reviewed_on"] = day.isoformat()
            revision.save(update_fields=["content"])
        page.last_reviewed_on = day
        log(
            instance=page,
            action="integration.confirm_current",
            user=user,
            data={"last_reviewed_on": day.isoformat()},
        )
    transaction.on_commit(lambda: reindex(pages))
    bump_content_version()
    return len(pages)
