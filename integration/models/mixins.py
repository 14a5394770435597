"""Model mixins shared by the plugin's models."""

from modelcluster.fields import ParentalKey
from wagtail.models import TranslatableMixin


class LocaleFromParentMixin:
    """A translatable inline row that always carries its parent row's locale.

    Wagtail's ``copy_for_translation`` moves only a page's *direct*
    translatable children to the new locale (wagtail#14425); rows nested one
    level deeper (a ``SubGoal`` under a ``GuidingGoal``) keep the source
    locale and clash with the source rows on the unique
    ``(translation_key, locale)`` constraint. wagtail-localize fixes this only
    when it updates an existing translation, not when it creates one. Taking
    the parent's locale on every save fixes both paths and any other copy.
    """

    def save(self, *args, **kwargs):
        for field in self._meta.get_fields():
            if isinstance(field, ParentalKey) and issubclass(
                field.related_model, TranslatableMixin
            ):
                parent = getattr(self, field.name, None)
                if parent is not None and parent.locale_id is not None:
                    self.locale_id = parent.locale_id
                break
        return super().save(*args, **kwargs)
