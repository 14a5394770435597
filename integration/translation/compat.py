"""Corrections to wagtail-localize 1.14 that our models need (see docs/compatibility.md)."""

from modelcluster.fields import ParentalManyToManyField
from wagtail_localize.fields import get_translatable_fields


def _copy_synchronised_fields_clearing_emptied_links(original):
    """wagtail-localize copies a synchronised many-to-many field only when it has values
    (``if values:``), so emptying it in the source leaves stale links in every
    translation. After its copy, empty the translation's field where the source's is empty.
    """

    def copy_synchronised_fields(source, target):
        original(source, target)
        for translatable_field in get_translatable_fields(source.__class__):
            if not translatable_field.is_synchronized(source):
                continue
            field = translatable_field.get_field(target.__class__)
            if isinstance(field, ParentalManyToManyField) and not getattr(source, field.name).all():
                setattr(target, field.attname, [])

    copy_synchronised_fields.integration_fix = True
    return copy_synchronised_fields


def install() -> None:
    from wagtail_localize import models

    if not getattr(models.copy_synchronised_fields, "integration_fix", False):
        models.copy_synchronised_fields = _copy_synchronised_fields_clearing_emptied_links(
            models.copy_synchronised_fields
        )
