"""Model mixins shared by the plugin's models."""

import uuid

from modelcluster.fields import ParentalKey
from wagtail.models import TranslatableMixin


class LocaleFromParentMixin:
    """A translatable inline row nested below another translatable row.

    Wagtail handles ``locale`` and ``translation_key`` only for a page's
    *direct* translatable children (wagtail#14425); rows one level deeper (a
    ``SubGoal`` under a ``GuidingGoal``) are copied unchanged:

    - ``copy_for_translation`` leaves them in the source locale, and they
      clash with the source rows on the unique ``(translation_key, locale)``
      constraint (wagtail-localize repairs this only when it *updates* an
      existing translation, not when it creates one);
    - the admin's "copy page" keeps their ``translation_key`` in the same
      locale, which clashes the same way.

    So on every save the row takes its parent row's locale, and a new row
    whose key is already taken in that locale gets a key of its own.
    """

    def _translatable_parent_field(self):
        for field in self._meta.get_fields():
            if isinstance(field, ParentalKey) and issubclass(
                field.related_model, TranslatableMixin
            ):
                return field
        return None

    def save(self, *args, **kwargs):
        field = self._translatable_parent_field()
        parent = getattr(self, field.name, None) if field else None
        if parent is not None and parent.locale_id is not None:
            self.locale_id = parent.locale_id
        if self._state.adding and self.locale_id is not None:
            taken = (
                type(self)
                ._default_manager.filter(
                    translation_key=self.translation_key, locale_id=self.locale_id
                )
                .exists()
            )
            if taken:
                self.translation_key = uuid.uuid4()
        return super().save(*args, **kwargs)
